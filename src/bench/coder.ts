/**
 * End-to-end benchmark: read (JSONL) -> analyse -> code -> write JSONL, one
 * core, with the full Phoenix dictionaries from ../shared (or annals' own
 * dictionaries when ../shared is absent).
 *   npm run bench
 * @module
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createAnnals } from '../annals.js';
import { loadDictionaries } from '../dictionaries/index.js';
import { readBuffer } from '../ingest/index.js';
import { createWriter } from '../output/index.js';
import { loadBenchCorpus, mb } from './corpus.js';

const PHOENIX = '../shared/dictionaries/phoenix';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const dicts = existsSync(PHOENIX) ? [PHOENIX] : [];

console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}; single thread`);
const cache = mkdtempSync(join(tmpdir(), 'annals-bench-'));
try {
  let t = performance.now();
  loadDictionaries(dicts, { cacheDir: cache });
  const cold = performance.now() - t;
  t = performance.now();
  const annals = createAnnals({ dicts, cacheDir: cache });
  const warm = performance.now() - t;
  // The same coder without the article layers (coreference, context), for comparison.
  const plain = createAnnals({ dicts, cacheDir: cache, coref: false, context: false });
  // The default coder with greedy parsing (--beam 1) instead of the beam-4 model.
  const greedy = createAnnals({ dicts, cacheDir: cache, beam: 1 });
  console.log(`dictionaries: ${dicts[0] ?? 'annals defaults'} (${annals.dictionaries.files.length} files)`);
  console.log(`load: compile ${cold.toFixed(0)} ms (no cache); models + dictionaries from cache ${warm.toFixed(0)} ms`);
  // The GeoNames gazetteer (event coordinates) is loaded on the first place name: its cost apart,
  // first the one-time index build, then a load from the cache it wrote.
  const probe =
    `import { loadGazetteer } from ${JSON.stringify(new URL('../context/gazetteer.js', import.meta.url).href)};` +
    `const r0 = process.memoryUsage().rss; const t = performance.now(); const g = loadGazetteer({ cacheDir: ${JSON.stringify(cache)} });` +
    `console.log(JSON.stringify({ ms: performance.now() - t, rss: process.memoryUsage().rss - r0, size: g ? g.size : 0 }));`;
  const child = (code: string) =>
    JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' })) as { ms: number; rss: number; size: number };
  // Both in child processes: this one's peak RSS then holds only the copy the pipeline loads.
  const built = child(probe);
  const cached = child(probe);
  console.log(
    `gazetteer: ${built.size ? `${built.size} places` : 'not installed'}; index build ${built.ms.toFixed(0)} ms (first run only, RSS +${mb(built.rss)}), ` +
      `load from cache ${cached.ms.toFixed(0)} ms, RSS +${mb(Math.max(0, cached.rss))}`,
  );

  const corpus = await loadBenchCorpus();
  const jsonl = corpus.sentences.map((text, i) => JSON.stringify({ id: `s${i}`, text, date: '2008-08-01' })).join('\n') + '\n';
  const input = Buffer.from(jsonl);
  console.log(`corpus: ${corpus.name}: ${corpus.sentences.length} sentences, mean ${corpus.meanTokens.toFixed(1)} tokens`);

  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      bytes += chunk.length;
      cb();
    },
  });
  const writer = createWriter('jsonl', sink);
  const pass = (a: typeof annals): { sentences: number; events: number } => {
    let sentences = 0;
    let events = 0;
    for (const r of readBuffer(input, 'bench.jsonl', {})) {
      if (!r.ok) throw r.error;
      const coded = a.codeDocument(r.doc);
      sentences += coded.doc.sentenceCount;
      events += coded.events.length;
      for (const e of coded.events) writer.write(e);
    }
    return { sentences, events };
  };
  // Alternate the two configurations so machine noise hits both alike.
  const runs = [
    { name: 'end to end (default: coreference + context)', a: annals, sentences: 0, events: 0, secs: 0 },
    { name: 'end to end (sentence level: --no-coref, no context)', a: plain, sentences: 0, events: 0, secs: 0 },
    { name: 'end to end (default with greedy parsing: --beam 1)', a: greedy, sentences: 0, events: 0, secs: 0 },
  ];
  for (const r of runs) pass(r.a); // warm-up
  let peak = 0;
  const t0 = performance.now();
  while ((performance.now() - t0) / 1000 < SECONDS * runs.length) {
    for (const r of runs) {
      const t1 = performance.now();
      const got = pass(r.a);
      r.secs += (performance.now() - t1) / 1000;
      r.sentences += got.sentences;
      r.events += got.events;
    }
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  await writer.end();
  for (const r of runs) {
    console.log(`${r.name}: ${Math.round(r.sentences / r.secs)} sentences/s (${r.sentences} sentences, ${r.events} events in ${r.secs.toFixed(1)} s)`);
  }
  console.log(`JSONL written: ${mb(bytes)}`);
  console.log(`peak RSS: ${mb(peak)}`);
} finally {
  rmSync(cache, { recursive: true, force: true });
}
