/**
 * Huge pages against 4 KB pages under the model tables in ONE process (see
 * hugepages.ts), so that both run the same JIT code under the same load:
 *
 *   node dist/bench/hugepages-inproc.js [ROOT] [--seconds S] [--control]
 *
 * The process runs with glibc's huge-page tunable (it starts itself again
 * with it when needed), so the tables of the pipeline it loads first (A) lie
 * on huge pages. It loads the pipeline a second time (B) and moves B's
 * large typed arrays (256 KB and more: the tagger's and parser's tables)
 * into a WebAssembly memory, which V8 maps itself without madvise, so that
 * on a host with transparent huge pages in `madvise` mode they lie on 4 KB
 * pages; each copy keeps its offset within a 4 KB page. `--control` copies
 * them into fresh ordinary (malloc'd, huge-page) buffers instead: the ratio
 * should then be ~1. Timed as analysis-ab times two builds: alternating
 * passes over the bench corpus by CPU time. Prints B/A as "4 KB / huge".
 * @module
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { anonHugePagesKb, asksHugetlb, withHugetlb } from './hugepages.js';

if (!asksHugetlb(process.env.GLIBC_TUNABLES)) {
  const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, GLIBC_TUNABLES: withHugetlb(process.env.GLIBC_TUNABLES) },
  });
  process.exit(r.status ?? 1);
}

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
}
const seconds = Number(arg('seconds', '20'));
const control = process.argv.includes('--control');
const root = resolve(process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !(i > 0 && all[i - 1].startsWith('--'))) ?? '.');
process.chdir(root);
const url = (p: string): string => pathToFileURL(resolve(root, p)).href;
const an = await import(url('dist/analysis/index.js'));
const { loadBenchCorpus } = await import(url('dist/bench/corpus.js'));
const sentences: string[] = (await loadBenchCorpus()).sentences;

const hugeKb = (): number => anonHugePagesKb(readFileSync('/proc/self/smaps_rollup', 'utf8')) ?? NaN;

type View = ArrayBufferView & { constructor: new (buf: ArrayBufferLike, off: number, len: number) => ArrayBufferView };
const MIN = 256 * 1024;
/** Every object reachable from `x` through properties, arrays, Map/Set entries and closures' bound stages. */
function walk(x: unknown, seen: Set<object>, visit: (holder: Record<string | symbol, unknown>, key: string | symbol, v: ArrayBufferView) => void): void {
  if (x === null || (typeof x !== 'object' && typeof x !== 'function') || seen.has(x as object)) return;
  seen.add(x as object);
  if (ArrayBuffer.isView(x)) return;
  if (x instanceof Map) {
    for (const v of x.values()) walk(v, seen, visit);
    return;
  }
  if (x instanceof Set) {
    for (const v of x) walk(v, seen, visit);
    return;
  }
  if (typeof x === 'function') return;
  for (const k of Reflect.ownKeys(x as object)) {
    const d = Object.getOwnPropertyDescriptor(x, k);
    if (!d || !('value' in d)) continue;
    const v = d.value;
    if (ArrayBuffer.isView(v)) {
      if (v.buffer.byteLength >= MIN) visit(x as Record<string | symbol, unknown>, k, v);
    } else walk(v, seen, visit);
  }
}

// The stages hold their tagger / parser in closures: reach them through the
// objects the stages' closures were built from, exposed by loading the
// components the way loadAnalyzer does.
const tagMod = await import(url('dist/analysis/tagger/index.js'));
const parMod = await import(url('dist/analysis/parser/index.js'));
const lemMod = await import(url('dist/analysis/lemma/index.js'));
const tenseMod = await import(url('dist/analysis/tense.js'));
const pipeMod = await import(url('dist/analysis/pipeline.js'));
function build(): { stages: { run(d: unknown): void }[]; parts: unknown[] } {
  const tagger = tagMod.loadTagger();
  const lem = lemMod.loadLemmatizer();
  const parser = parMod.loadParser();
  return { stages: [tagMod.taggerStage(tagger), tenseMod.tenseStage(lem), lemMod.lemmaStage(lem), parMod.parserStage(parser)], parts: [tagger, lem, parser] };
}
const A = build();
const kbA = hugeKb();
const B = build();
const kbAB = hugeKb();
// Buffers reachable from A stay put (module-level caches shared by both).
const shared = new Set<ArrayBufferLike>();
walk(A.parts, new Set(), (_h, _k, v) => shared.add(v.buffer));
const moved = new Map<ArrayBufferLike, ArrayBuffer>();
const offsets = new Map<ArrayBufferLike, number>();
let bytes = 0;
const views: [Record<string | symbol, unknown>, string | symbol, ArrayBufferView][] = [];
walk(B.parts, new Set(), (h, k, v) => {
  if (!shared.has(v.buffer)) views.push([h, k, v]);
});
// One WebAssembly memory for all moved buffers, each at its old offset within a 4 KB page.
const need = [...new Set(views.map(([, , v]) => v.buffer))].reduce((s, buf) => s + buf.byteLength + 8192, 0);
// (The project's TypeScript libs have no WebAssembly types.)
const Wasm = (globalThis as unknown as { WebAssembly: { Memory: new (d: { initial: number }) => { buffer: ArrayBuffer } } }).WebAssembly;
const mem = control ? null : new Wasm.Memory({ initial: Math.ceil(need / 65536) + 1 });
let at = 0;
for (const [h, k, v] of views) {
  let nb: ArrayBuffer | undefined = moved.get(v.buffer);
  if (nb === undefined) {
    const len = v.buffer.byteLength;
    if (mem) {
      at = (at + 4095) & ~4095;
      const off = at;
      at += len + 4096;
      new Uint8Array(mem.buffer, off, len).set(new Uint8Array(v.buffer as ArrayBuffer));
      nb = mem.buffer;
      moved.set(v.buffer, nb);
      offsets.set(v.buffer, off);
    } else {
      nb = new ArrayBuffer(len);
      new Uint8Array(nb).set(new Uint8Array(v.buffer as ArrayBuffer));
      moved.set(v.buffer, nb);
    }
    bytes += len;
  }
  const base: ArrayBuffer = nb;
  const off = (offsets.get(v.buffer) ?? 0) + v.byteOffset;
  const Ctor = (v as View).constructor;
  const per = v instanceof DataView ? 1 : (v as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;
  h[k] = v instanceof DataView ? new DataView(base, off, v.byteLength) : new Ctor(base, off, v.byteLength / per);
}
(globalThis as unknown as { gc?: () => void }).gc?.();
const kbMoved = hugeKb();
if (process.argv.includes('--maps')) {
  // The largest mappings and their huge pages.
  const rows: [number, number, string][] = [];
  let cur: [number, number, string] | null = null;
  for (const l of readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
    if (/^[0-9a-f]+-[0-9a-f]+ /.test(l)) rows.push((cur = [0, 0, l.slice(0, 60)]));
    else if (cur && l.startsWith('Rss:')) cur[0] = Number(l.split(/\s+/)[1]);
    else if (cur && l.startsWith('AnonHugePages:')) cur[1] = Number(l.split(/\s+/)[1]);
  }
  for (const r of rows.sort((x, y) => y[0] - x[0]).slice(0, 8)) console.log(`  rss ${r[0]} kB, huge ${r[1]} kB: ${r[2]}`);
}
console.log(
  `huge pages: ${kbA} kB after the first pipeline, ${kbAB} kB after the second; moved ${(bytes / 1048576).toFixed(1)} MB of B's tables ` +
    `(${views.length} views) into ${control ? 'ordinary buffers (control)' : 'a WebAssembly memory (4 KB pages)'}: ${kbMoved} kB on huge pages`,
);

const { Doc, tokenize } = an;
const runStages = pipeMod.runStages as (s: unknown[], d: unknown) => { length: number };
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const pass = (p: { stages: unknown[] }): [number, number] => {
  const t0 = cpuMs();
  let tok = 0;
  for (const s of sentences) tok += runStages(p.stages, Doc.fromTokens(tokenize(s))).length;
  return [tok, cpuMs() - t0];
};
// Same output from both (the copies are exact).
for (const s of sentences.slice(0, 300)) {
  const x = runStages(A.stages, Doc.fromTokens(tokenize(s))) as unknown as { head: Int32Array; upos: Uint8Array };
  const y = runStages(B.stages, Doc.fromTokens(tokenize(s))) as unknown as { head: Int32Array; upos: Uint8Array };
  if (x.head.join() !== y.head.join() || x.upos.join() !== y.upos.join()) throw new Error(`different analyses: ${s}`);
}
for (let i = 0; i < 5; i++) {
  pass(A);
  pass(B);
}
let ta = 0;
let tb = 0;
let na = 0;
let nb2 = 0;
let pairs = 0;
const blocks: number[] = [];
let ba = 0;
let bb = 0;
const t0 = performance.now();
while (performance.now() - t0 < seconds * 1000) {
  const order = pairs % 2 === 0 ? [A, B] : [B, A];
  for (const p of order) {
    const [t, ms] = pass(p);
    if (p === A) {
      na += t;
      ta += ms;
      ba += ms / t;
    } else {
      nb2 += t;
      tb += ms;
      bb += ms / t;
    }
  }
  if (++pairs % 10 === 0) {
    blocks.push(ba / bb);
    ba = 0;
    bb = 0;
  }
}
const rate = (t: number, ms: number): number => (t / 25 / ms) * 1000;
const median = [...blocks].sort((x, y) => x - y)[blocks.length >> 1] ?? NaN;
console.log(`${pairs} pairs of passes: huge pages (A) ${rate(na, ta).toFixed(0)}, ${control ? 'copied (B)' : '4 KB pages (B)'} ${rate(nb2, tb).toFixed(0)} 25-token sentences per CPU second`);
console.log(`ratio A/B (huge over ${control ? 'copy' : '4 KB'}): ${(rate(na, ta) / rate(nb2, tb)).toFixed(3)} over all passes, median of ${blocks.length} blocks ${median.toFixed(3)}`);
