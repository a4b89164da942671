/**
 * Reader throughput on synthetic input (made here; no corpus needed).
 * Run: node dist/ingest/bench.js [--docs N]
 * Prints docs/s and MB/s per format. A script, not a test: timings vary by machine.
 * @module
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readInputs } from './read.js';

const SENT = [
  'The foreign minister met his counterpart in the capital on Monday to discuss the border.',
  'Rebels attacked a police post near the frontier, killing three officers, officials said.',
  'The government rejected the demand and accused the opposition of inciting violence.',
  'Both sides agreed to resume talks next week under the mediation of regional envoys.',
];
const para = (k: number) => Array.from({ length: 6 }, (_, j) => SENT[(k + j) % SENT.length]).join(' ');
const article = (k: number) => `Headline number ${k}\n\nBy Bench Writer\n\nCAPITAL CITY, Dec. 4, 2006 (Wire) - ${para(k)}\n\n${para(k + 1)}\n\n${para(k + 2)}\n`;

async function time(label: string, paths: string[], bytes: number): Promise<void> {
  const t0 = process.hrtime.bigint();
  let n = 0;
  let bad = 0;
  for await (const r of readInputs(paths, { maxBytes: 200 * 1024 * 1024 })) r.ok ? n++ : bad++;
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`${label.padEnd(10)} ${String(n).padStart(6)} docs ${bad ? `(${bad} errors) ` : ''}in ${s.toFixed(2)} s: ${(n / s).toFixed(0)} docs/s, ${(bytes / 1e6 / s).toFixed(1)} MB/s`);
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--docs');
  const N = i > 0 ? Number(process.argv[i + 1]) : 2000;
  const dir = mkdtempSync(join(tmpdir(), 'annals-bench-'));
  try {
    const jsonl = Array.from({ length: N }, (_, k) => JSON.stringify({ id: `d${k}`, date: '2006-12-04', text: article(k) })).join('\n');
    writeFileSync(join(dir, 'a.jsonl'), jsonl);
    writeFileSync(join(dir, 'a.jsonl.gz'), gzipSync(jsonl));
    const csv = 'id,date,text\n' + Array.from({ length: N }, (_, k) => `d${k},2006-12-04,"${article(k).replace(/"/g, '""')}"`).join('\n');
    writeFileSync(join(dir, 'a.csv'), csv);
    const xml = '<Sentences>\n' + Array.from({ length: N }, (_, k) => `<Sentence date="20061204" id="s${k}"><Text>${para(k)}</Text><Parse>(ROOT)</Parse></Sentence>`).join('\n') + '\n</Sentences>\n';
    writeFileSync(join(dir, 'a.xml'), xml);
    const tdir = join(dir, 'txt');
    const hdir = join(dir, 'html');
    mkdirSync(tdir);
    mkdirSync(hdir);
    const M = Math.max(1, Math.floor(N / 4));
    let tb = 0;
    let hb = 0;
    for (let k = 0; k < M; k++) {
      const a = article(k);
      writeFileSync(join(tdir, `${k}.txt`), a);
      tb += a.length;
      const h = `<!doctype html><html><head><title>T${k}</title><meta property="article:published_time" content="2006-12-04"></head><body><nav>Home</nav><article>${a.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
      writeFileSync(join(hdir, `${k}.html`), h);
      hb += h.length;
    }
    console.log(`nproc ${cpus().length}, ${N} record docs, ${M} text and ${M} HTML files`);
    await time('jsonl', [join(dir, 'a.jsonl')], jsonl.length);
    await time('jsonl.gz', [join(dir, 'a.jsonl.gz')], jsonl.length);
    await time('csv', [join(dir, 'a.csv')], csv.length);
    await time('petrarch', [join(dir, 'a.xml')], xml.length);
    await time('text', [tdir], tb);
    await time('html', [hdir], hb);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
