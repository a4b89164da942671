/**
 * Cost of the event context (src/context) on real news, one core:
 * 1. coding alone vs coding + context, on pre-analysed documents (the coder's own
 *    time is what the context adds to); 2. the whole codeDocument (analysis included)
 *    with and without context. Alternating rounds; BENCH_ROUNDS (default 20).
 *   node dist/context/bench.js
 * @module
 */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { createAnnals, dayNumber } from '../annals.js';
import { createActorMatcher } from '../actors/matcher.js';
import { loadBenchCorpus } from '../bench/corpus.js';
import { createCoder } from '../events/coder.js';
import { readBuffer } from '../ingest/index.js';
import { createContextAnalyzer, memoMatcher } from './index.js';
import { loadGazetteer } from './gazetteer.js';

const PHOENIX = '../shared/dictionaries/phoenix';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const dicts = existsSync(PHOENIX) ? [PHOENIX] : [];
const withCtx = createAnnals({ dicts });
const without = createAnnals({ dicts, context: false });
const corpus = await loadBenchCorpus();
const input = Buffer.from(corpus.sentences.map((text, i) => JSON.stringify({ id: `s${i}`, text, date: '2008-08-01' })).join('\n') + '\n');
// The sample is small: repeated (as distinct documents) so one pass is long enough to time.
const REPEAT = Number(process.env.BENCH_REPEAT ?? 10);
const once = [...readBuffer(input, 'bench.jsonl', {})].flatMap((r) => (r.ok ? [r.doc] : []));
const docs = Array.from({ length: REPEAT }, (_, k) => once.map((d) => ({ ...d, id: `${d.id}.${k}` }))).flat();
const analysed = docs.map((src) => ({ src, doc: withCtx.analyzer.analyze(src.text), day: dayNumber(src.date) }));
console.log(`machine: ${cpus().length} cores, node ${process.version}; corpus: ${corpus.name}, ${once.length} sentences x ${REPEAT}`);

// The gazetteer is loaded once per process (on the first place name); time it apart, from its cache.
const rss0 = process.memoryUsage().rss;
const tg = performance.now();
const gaz = loadGazetteer();
console.log(`gazetteer: ${gaz ? `${gaz.size} places` : 'not installed'}, loaded from cache in ${(performance.now() - tg).toFixed(0)} ms, RSS +${((process.memoryUsage().rss - rss0) / 1e6).toFixed(0)} MB`);

const raw = createActorMatcher(withCtx.dictionaries.actors);
const verbs = withCtx.dictionaries.verbs;
function codeOnly(): number {
  const coder = createCoder({ verbs, actors: raw });
  const t = performance.now();
  for (const { doc, day } of analysed) coder.code(doc, day);
  return performance.now() - t;
}
function codeAndContext(): { ms: number; events: number } {
  // A fresh memo each round, as each document gets in the pipeline.
  const actors = memoMatcher(raw);
  const coder = createCoder({ verbs, actors });
  const ctx = createContextAnalyzer({ actors, gazetteer: () => gaz });
  let events = 0;
  const t = performance.now();
  for (const { src, doc, day } of analysed) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const evs = coder.code(doc, day);
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    const cs = ctx.analyze(doc, { date: src.date, dateline: src.dateline }, evs);
    events += cs.length;
    for (const c of cs) if (c.location) (c.location.lat !== undefined ? located++ : placed++);
    inContext += performance.now() - t1;
    const c2 = process.cpuUsage();
    inCoder += t1 - t0;
    cpuCoder += c1.user + c1.system - c0.user - c0.system;
    cpuContext += c2.user + c2.system - c1.user - c1.system;
  }
  return { ms: performance.now() - t, events };
}
// Interleaved per document, so both shares see the same machine load.
let inCoder = 0;
let inContext = 0;
let located = 0;
let placed = 0;
// The same in process CPU time (microseconds): less disturbed by other processes on a loaded machine.
let cpuCoder = 0;
let cpuContext = 0;
function whole(a: typeof withCtx): number {
  const t = performance.now();
  for (const src of docs) a.codeDocument(src);
  return performance.now() - t;
}
/** Both pipelines on each document in turn (order alternating): [without, with] ms. */
function wholeInterleaved(): [number, number] {
  let x = 0;
  let y = 0;
  docs.forEach((src, i) => {
    for (const first of i % 2 ? [true, false] : [false, true]) {
      const t = performance.now();
      (first ? withCtx : without).codeDocument(src);
      if (first) y += performance.now() - t;
      else x += performance.now() - t;
    }
  });
  return [x, y];
}
codeOnly();
codeAndContext();
whole(without);
whole(withCtx);
// Minimum and median per pass: the machine is shared, so means mostly measure the neighbours.
const A: number[] = [];
const B: number[] = [];
const C: number[] = [];
const D: number[] = [];
let events = 0;
for (let i = 0; i < ROUNDS; i++) {
  A.push(codeOnly());
  const r = codeAndContext();
  B.push(r.ms);
  events = r.events;
  C.push(whole(without));
  D.push(whole(withCtx));
}
const min = (x: number[]) => Math.min(...x);
const med = (x: number[]) => x.slice().sort((p, q) => p - q)[x.length >> 1];
const pct = (x: number, y: number) => `${y >= x ? '+' : ''}${((100 * (y - x)) / x).toFixed(1)}%`;
const line = (what: string, x: number[], y: number[]) =>
  console.log(`${what}: min ${min(x).toFixed(1)} -> ${min(y).toFixed(1)} ms (${pct(min(x), min(y))}), median ${med(x).toFixed(1)} -> ${med(y).toFixed(1)} ms (${pct(med(x), med(y))})`);
line(`coding -> coding + context (${events} events)`, A, B);
console.log(`locations per pass: ${(located / (ROUNDS + 1)).toFixed(0)} with coordinates, ${(placed / (ROUNDS + 1)).toFixed(0)} without`);
line('codeDocument (analysis + coding) without -> with context', C, D);
// What coordinates add: the context analyser alone on pre-coded events, with the gazetteer and without (countries only).
{
  const actors = memoMatcher(raw);
  const coder = createCoder({ verbs, actors });
  const coded = analysed.map(({ src, doc, day }) => ({ src, doc, evs: coder.code(doc, day) }));
  const time = (geo: boolean): number => {
    const ctx = createContextAnalyzer({ actors, gazetteer: geo ? () => gaz : false });
    const t = performance.now();
    for (const { src, doc, evs } of coded) ctx.analyze(doc, { date: src.date, dateline: src.dateline }, evs);
    return performance.now() - t;
  };
  const off: number[] = [];
  const on: number[] = [];
  for (let i = 0; i <= ROUNDS; i++) {
    off.push(time(false));
    on.push(time(true));
  }
  line('context alone: without -> with coordinates', off.slice(1), on.slice(1));
}
let wx = 0;
let wy = 0;
for (let i = 0; i < ROUNDS; i++) {
  const [x, y] = wholeInterleaved();
  wx += x;
  wy += y;
}
console.log(`codeDocument interleaved per document: without context ${(wx / ROUNDS).toFixed(1)} ms, with ${(wy / ROUNDS).toFixed(1)} ms per pass: ${pct(wx, wy)}`);
console.log(`interleaved per document: coder ${inCoder.toFixed(0)} ms, context ${inContext.toFixed(0)} ms = +${((100 * inContext) / inCoder).toFixed(1)}% of coding time`);
console.log(`same in CPU time: coder ${(cpuCoder / 1000).toFixed(0)} ms, context ${(cpuContext / 1000).toFixed(0)} ms = +${((100 * cpuContext) / cpuCoder).toFixed(1)}% of coding time`);
