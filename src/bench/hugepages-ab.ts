/**
 * Speed of the analysis pipeline with and without huge pages under the model
 * tables (see hugepages.ts), by CPU time:
 *
 *   node dist/bench/hugepages-ab.js [ROOT] [--rounds N] [--seconds S]
 *
 * The glibc tunable is read at process start, so the two conditions cannot
 * share a process as analysis-ab's builds do: each round runs two child
 * processes one after the other (the order alternating between rounds), each
 * loading the default pipeline of the package at ROOT (default: this one),
 * warming up, and timing passes over the bench corpus for S seconds of wall
 * time by its own CPU time. Prints both rates in 25-token sentences per CPU
 * second, the ratio over all rounds, and the median of the rounds' ratios.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { anonHugePagesKb, withHugetlb } from './hugepages.js';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
}

const seconds = Number(arg('seconds', '10'));
const root = resolve(process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !(i > 0 && all[i - 1].startsWith('--'))) ?? '.');

if (process.argv.includes('--child')) {
  process.chdir(root);
  const url = (p: string): string => pathToFileURL(resolve(root, p)).href;
  const an = await import(url('dist/analysis/index.js'));
  const { loadBenchCorpus } = await import(url('dist/bench/corpus.js'));
  const analyzer = an.loadAnalyzer();
  const sentences: string[] = (await loadBenchCorpus()).sentences;
  for (let r = 0; r < 3; r++) for (const s of sentences) analyzer.analyze(s);
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let tok = 0;
  const c0 = cpu();
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) for (const s of sentences) tok += analyzer.analyze(s).length;
  const ms = cpu() - c0;
  let kb: number | null = null;
  try {
    kb = anonHugePagesKb(readFileSync('/proc/self/smaps_rollup', 'utf8'));
  } catch {
    // no /proc
  }
  process.stdout.write(JSON.stringify({ tok, ms, kb }));
  process.exit(0);
}

const rounds = Number(arg('rounds', '6'));
const self = fileURLToPath(import.meta.url);
const base = { ...process.env };
delete base.GLIBC_TUNABLES;
const envs = [base, { ...base, GLIBC_TUNABLES: withHugetlb(undefined) }];
const tok = [0, 0];
const ms = [0, 0];
const ratios: number[] = [];
const rate = (t: number, m: number): number => (t / 25 / m) * 1000;
for (let r = 0; r < rounds; r++) {
  const res: { tok: number; ms: number; kb: number | null }[] = [];
  for (const k of r % 2 === 0 ? [0, 1] : [1, 0]) {
    const out = spawnSync(process.execPath, [self, root, '--child', '--seconds', String(seconds)], { env: envs[k], encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`child failed: ${out.stderr}`);
    res[k] = JSON.parse(out.stdout);
    tok[k] += res[k].tok;
    ms[k] += res[k].ms;
  }
  const ra = rate(res[0].tok, res[0].ms);
  const rb = rate(res[1].tok, res[1].ms);
  ratios.push(rb / ra);
  console.log(
    `round ${r + 1}: 4 KB pages ${ra.toFixed(0)} (${res[0].kb ?? '?'} kB huge), huge pages ${rb.toFixed(0)} (${res[1].kb ?? '?'} kB huge) 25-token sentences per CPU second, ratio ${(rb / ra).toFixed(3)}`,
  );
}
const median = [...ratios].sort((a, b) => a - b)[ratios.length >> 1];
console.log(
  `${root}: 4 KB pages ${rate(tok[0], ms[0]).toFixed(0)}, huge pages ${rate(tok[1], ms[1]).toFixed(0)} per CPU second; ratio ${(rate(tok[1], ms[1]) / rate(tok[0], ms[0])).toFixed(3)} over all, median of ${rounds} rounds ${median.toFixed(3)}`,
);
