/**
 * End-to-end benchmark: read (JSONL) -> analyse -> code -> write JSONL, one
 * core, with the full Phoenix dictionaries from ../shared (or annals' own
 * dictionaries when ../shared is absent).
 *   npm run bench
 * @module
 */
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
  console.log(`dictionaries: ${dicts[0] ?? 'annals defaults'} (${annals.dictionaries.files.length} files)`);
  console.log(`load: compile ${cold.toFixed(0)} ms (no cache); models + dictionaries from cache ${warm.toFixed(0)} ms`);

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
  const pass = (): { sentences: number; events: number } => {
    let sentences = 0;
    let events = 0;
    for (const r of readBuffer(input, 'bench.jsonl', {})) {
      if (!r.ok) throw r.error;
      const coded = annals.codeDocument(r.doc);
      sentences += coded.doc.sentenceCount;
      events += coded.events.length;
      for (const e of coded.events) writer.write(e);
    }
    return { sentences, events };
  };
  pass(); // warm-up
  let sentences = 0;
  let events = 0;
  let peak = 0;
  const t0 = performance.now();
  let secs = 0;
  while (secs < SECONDS) {
    const r = pass();
    sentences += r.sentences;
    events += r.events;
    peak = Math.max(peak, process.memoryUsage().rss);
    secs = (performance.now() - t0) / 1000;
  }
  await writer.end();
  console.log(`end to end: ${Math.round(sentences / secs)} sentences/s (${sentences} sentences, ${events} events, ${mb(bytes)} JSONL in ${secs.toFixed(1)} s)`);
  console.log(`peak RSS: ${mb(peak)}`);
} finally {
  rmSync(cache, { recursive: true, force: true });
}
