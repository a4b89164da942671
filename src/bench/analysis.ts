/**
 * Benchmark of the analysis pipeline from raw text (tokenise + split + tag +
 * lemmatise + parse), single thread.
 *   npm run bench:analysis [-- --beam K] [--margin M] [--revise]
 *   npm run bench:analysis -- --parsers A.bin,B.bin [--rounds 3] [--revise]
 *   npm run bench:analysis -- --taggers A.bin,B.bin[:bidi] [--rounds 3] [--beam K] [--margin M]
 *
 * `--beam K` decodes at width K (default: the parser's default, beam 4 with
 * margin 300; 1 = the greedy model); `--margin M` sets the beam's pruning
 * margin (parser ParserOptions.beamMargin, default 300; Infinity: none).
 * `--revise` adds the model file's right-to-left revision pass (see
 * parser/index.ts ParserOptions.revise).
 *
 * --parsers (or --taggers, for tagger models) times the whole pipeline with each parser model in turn,
 * interleaved over several rounds (so machine load hits all alike), and
 * prints the median rate of each and their ratio to the first. A path
 * ending in `:revise` decodes with the revision pass (e.g.
 * `--parsers models/parser.bin,models/parser.bin:revise`); `:bK` and `:mM`
 * set that entry's beam width and margin (e.g. `--parsers
 * models/parser.bin:b4,models/parser.bin:b3`).
 * @module
 */
import { cpus } from 'node:os';
import { Doc, loadAnalyzer, tokenize } from '../analysis/index.js';
import { runStages } from '../analysis/pipeline.js';
import { loadBenchCorpus, mb } from './corpus.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const REVISE = process.argv.includes('--revise') ? { revise: true } : {};
const beamAt = process.argv.indexOf('--beam');
const BEAM = beamAt > 0 ? Number(process.argv[beamAt + 1]) : undefined;
const marginAt = process.argv.indexOf('--margin');
const MARGIN = marginAt > 0 ? { beamMargin: Number(process.argv[marginAt + 1]) } : {};
if (BEAM !== undefined && !(Number.isInteger(BEAM) && BEAM >= 1)) {
  console.error('usage: node dist/bench/analysis.js [--beam K]  (K >= 1)');
  process.exit(2);
}

function timeLoop(sentences: string[], fn: (s: string) => number): { sents: number; tokens: number; secs: number } {
  for (const s of sentences.slice(0, 200)) fn(s); // warm-up: let the JIT settle
  let sents = 0;
  let tokens = 0;
  const t0 = performance.now();
  let secs = 0;
  while (secs < SECONDS) {
    for (const s of sentences) {
      tokens += fn(s);
      sents++;
    }
    secs = (performance.now() - t0) / 1000;
  }
  return { sents, tokens, secs };
}

const corpus = await loadBenchCorpus();
const ti = process.argv.indexOf('--taggers');
const pi = ti >= 0 ? ti : process.argv.indexOf('--parsers');
if (pi >= 0) {
  const paths = (process.argv[pi + 1] ?? '').split(',').filter(Boolean);
  const ri = process.argv.indexOf('--rounds');
  const rounds = ri >= 0 ? Number(process.argv[ri + 1]) : 3;
  const analyzers = paths.map((p) => {
    // A tagger path ending in ':bidi' tags with both of its directions.
    if (ti >= 0) {
      const bidi = p.endsWith(':bidi');
      return loadAnalyzer({ taggerModel: bidi ? p.slice(0, -':bidi'.length) : p, taggerBidirectional: bidi, ...REVISE, ...MARGIN, ...(BEAM !== undefined ? { beam: BEAM } : {}) });
    }
    // Suffixes ':revise', ':bK' (beam width K) and ':mM' (margin M) set that entry's decoding,
    // so configurations compare within one interleaved run.
    const parts = p.split(':');
    let parserModel = parts[0];
    const own: { revise?: boolean; beam?: number; beamMargin?: number } = {};
    for (const x of parts.slice(1)) {
      if (x === 'revise') own.revise = true;
      else if (/^b\d+$/.test(x)) own.beam = Number(x.slice(1));
      else if (/^m(\d+(\.\d+)?|Infinity)$/.test(x)) own.beamMargin = Number(x.slice(1));
      else parserModel += `:${x}`;
    }
    return loadAnalyzer({ parserModel, ...REVISE, ...MARGIN, ...(BEAM !== undefined ? { beam: BEAM } : {}), ...own });
  });
  const rates: number[][] = paths.map(() => []);
  for (let r = 0; r < rounds; r++) {
    analyzers.forEach((a, k) => {
      const res = timeLoop(corpus.sentences, (s) => a.analyze(s).length);
      rates[k].push(res.tokens / res.secs / 25);
    });
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  paths.forEach((p, k) => {
    const m = median(rates[k]);
    console.log(`${p}: ${rates[k].map((x) => Math.round(x)).join(' ')} 25-token sentences/s, median ${Math.round(m)}, ratio ${(m / median(rates[0])).toFixed(3)}`);
  });
  process.exit(0);
}
const rss0 = process.memoryUsage().rss;
const t0 = performance.now();
const analyzer = loadAnalyzer({ ...REVISE, ...MARGIN, ...(BEAM !== undefined ? { beam: BEAM } : {}) });
const loadMs = performance.now() - t0;
const rss1 = process.memoryUsage().rss;

console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}; single thread`);
console.log(`corpus: ${corpus.name}: ${corpus.sentences.length} sentences, mean ${corpus.meanTokens.toFixed(1)} tokens`);
console.log(`model load: ${loadMs.toFixed(0)} ms; RSS before ${mb(rss0)}, after load ${mb(rss1)}; parser beam ${BEAM ?? 'default (4, margin 300)'}${'beamMargin' in MARGIN ? `, margin ${MARGIN.beamMargin}` : ''}, right-to-left revision ${'revise' in REVISE ? 'on' : 'off'}`);

const stages = analyzer.stages;
const rows: [string, (s: string) => number][] = [
  ['tokenize+split', (s) => tokenize(s).start.length],
  ...stages.map((_, k): [string, (s: string) => number] => [
    `+ ${stages.slice(0, k + 1).map((x) => x.name).join(' + ')}`,
    (s) => runStages(stages.slice(0, k + 1), Doc.fromTokens(tokenize(s))).length,
  ]),
];
// The whole pipeline first: it is the headline figure, measured before the partial
// rows can leave the JIT with call sites shaped by other stage mixes.
rows.unshift(rows.pop()!);
for (const [name, fn] of rows) {
  const r = timeLoop(corpus.sentences, fn);
  const sps = r.sents / r.secs;
  const tps = r.tokens / r.secs;
  console.log(
    `${name.padEnd(48)} ${Math.round(sps).toString().padStart(8)} sentences/s  ${Math.round(tps).toString().padStart(9)} tokens/s  (${Math.round(tps / 25)} 25-token sentences/s)`,
  );
}
console.log(`RSS at end: ${mb(process.memoryUsage().rss)}`);
