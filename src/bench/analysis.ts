/**
 * Benchmark of the analysis pipeline from raw text (tokenise + split + tag +
 * lemmatise + parse), single thread.
 *   npm run bench:analysis [-- --beam K] [--margin M] [--revise]
 *   npm run bench:analysis -- --parsers A.bin,B.bin [--rounds 3] [--revise]
 *   npm run bench:analysis -- --taggers A.bin,B.bin[:bidi] [--rounds 3] [--beam K] [--margin M]
 *
 * `--beam K` decodes at width K with models/parser.bin (default: the
 * parser's default, models/parser-fast.bin at width 4, margin 150; 1 = the
 * greedy model); `--margin M` sets the beam's pruning margin (parser
 * ParserOptions.beamMargin, default the model file's; Infinity: none).
 * `--revise` adds the model file's right-to-left revision pass (see
 * parser/index.ts ParserOptions.revise).
 *
 * Two modes, both printed by default (`--mode sentence` or `--mode document`
 * for one):
 * - sentence mode: one sentence per analyze call (the Gigaword sample split
 *   by annals, 66 sentences, with the per-stage rows; then the UD EWT test
 *   texts' sentences as split by annals), the figure earlier sessions quote;
 * - document mode: article-length raw texts (20-40 sentences each) per
 *   analyze call, tokenised and split by annals itself, as the article coder
 *   analyses whole articles (bench/corpus.ts gigawordDocuments and
 *   ewtDocuments). Each stage then runs over a whole text's sentences in
 *   turn, so its tables stay in cache across them. The EWT texts hold far
 *   more word types (about 25,000 tokens) than the 1,336-token Gigaword
 *   sample, whose types all stay in the tagger's and parser's caches: the EWT
 *   rows are the harder figure.
 * Rates are wall-clock over BENCH_SECONDS (default 3) per row on one thread;
 * "25-token sentences/s" = tokens/s / 25. Each row also reads its loop as
 * quarter-second slices and prints their median and best 25-token rate: on a
 * shared host the overall rate mixes in other tenants' bursts, the slices show
 * by how much. The host's load average is printed before and after.
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
import { cpus, loadavg } from 'node:os';
import { Doc, loadAnalyzer, tokenize } from '../analysis/index.js';
import { runStages } from '../analysis/pipeline.js';
import { ewtDocuments, gigawordDocuments, loadBenchCorpus, mb, type BenchDocuments } from './corpus.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const modeAt = process.argv.indexOf('--mode');
const MODE = modeAt > 0 ? process.argv[modeAt + 1] : 'both';
if (!['sentence', 'document', 'both'].includes(MODE)) {
  console.error('usage: node dist/bench/analysis.js [--mode sentence|document|both]');
  process.exit(2);
}
const REVISE = process.argv.includes('--revise') ? { revise: true } : {};
const beamAt = process.argv.indexOf('--beam');
const BEAM = beamAt > 0 ? Number(process.argv[beamAt + 1]) : undefined;
const marginAt = process.argv.indexOf('--margin');
const MARGIN = marginAt > 0 ? { beamMargin: Number(process.argv[marginAt + 1]) } : {};
if (BEAM !== undefined && !(Number.isInteger(BEAM) && BEAM >= 1)) {
  console.error('usage: node dist/bench/analysis.js [--beam K]  (K >= 1)');
  process.exit(2);
}

const cpuSecs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** Wall seconds per trial: the loop is also read as consecutive slices of about this length. */
const TRIAL_SECS = 0.25;

interface Timing {
  sents: number;
  tokens: number;
  secs: number;
  cpu: number;
  /** Tokens per wall second of each TRIAL_SECS slice, in time order. */
  trials: number[];
}

/**
 * Whole passes over `sentences` for SECONDS of wall time: calls, tokens, wall and CPU
 * seconds, and the token rate of each quarter-second slice. On a shared host another
 * tenant's burst slows some slices and not others; the slices' median and best show
 * how much of the overall rate that cost (the overall figure is still the headline).
 */
function timeLoop(sentences: string[], fn: (s: string) => number): Timing {
  for (const s of sentences.slice(0, 200)) fn(s); // warm-up: let the JIT settle
  let sents = 0;
  let tokens = 0;
  const trials: number[] = [];
  const t0 = performance.now();
  const c0 = cpuSecs();
  let sliceStart = t0;
  let sliceTokens = 0;
  let secs = 0;
  while (secs < SECONDS) {
    for (const s of sentences) {
      const n = fn(s);
      tokens += n;
      sliceTokens += n;
      sents++;
      // Checked per call, so a slice ends within one call of TRIAL_SECS even when a
      // whole pass (the EWT rows) takes longer than a slice.
      const now = performance.now();
      if (now - sliceStart >= TRIAL_SECS * 1000) {
        trials.push(sliceTokens / ((now - sliceStart) / 1000));
        sliceStart = now;
        sliceTokens = 0;
      }
    }
    secs = (performance.now() - t0) / 1000;
  }
  return { sents, tokens, secs, cpu: cpuSecs() - c0, trials };
}

/** " slices: median M, best B (n)": the 25-token rates of a timing's quarter-second slices. */
function sliceSummary(trials: readonly number[]): string {
  if (trials.length === 0) return '';
  const sorted = [...trials].sort((a, b) => a - b);
  const med = sorted[sorted.length >> 1];
  return `; slices: median ${Math.round(med / 25)}, best ${Math.round(sorted[sorted.length - 1] / 25)} (${sorted.length})`;
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
  const cpuRates: number[][] = paths.map(() => []);
  for (let r = 0; r < rounds; r++) {
    // Alternate the order of the entries from round to round.
    const order = analyzers.map((_, k) => (r % 2 ? analyzers.length - 1 - k : k));
    for (const k of order) {
      const a = analyzers[k];
      const res = timeLoop(corpus.sentences, (s) => a.analyze(s).length);
      rates[k].push(res.tokens / res.secs / 25);
      cpuRates[k].push(res.tokens / res.cpu / 25);
    }
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  paths.forEach((p, k) => {
    const m = median(rates[k]);
    const c = median(cpuRates[k]);
    console.log(
      `${p}: ${rates[k].map((x) => Math.round(x)).join(' ')} 25-token sentences/s, median ${Math.round(m)}, ratio ${(m / median(rates[0])).toFixed(3)}; ` +
        `per CPU s ${cpuRates[k].map((x) => Math.round(x)).join(' ')}, median ${Math.round(c)}, ratio ${(c / median(cpuRates[0])).toFixed(3)}`,
    );
  });
  process.exit(0);
}
const rss0 = process.memoryUsage().rss;
const t0 = performance.now();
const analyzer = loadAnalyzer({ ...REVISE, ...MARGIN, ...(BEAM !== undefined ? { beam: BEAM } : {}) });
const loadMs = performance.now() - t0;
const rss1 = process.memoryUsage().rss;

const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}; single thread; load average ${load()}`);
console.log(`corpus: ${corpus.name}: ${corpus.sentences.length} sentences, mean ${corpus.meanTokens.toFixed(1)} tokens`);
console.log(`model load: ${loadMs.toFixed(0)} ms; RSS before ${mb(rss0)}, after load ${mb(rss1)}; parser beam ${BEAM ?? 'default (models/parser-fast.bin: 4, margin 150)'}${'beamMargin' in MARGIN ? `, margin ${MARGIN.beamMargin}` : ''}, right-to-left revision ${'revise' in REVISE ? 'on' : 'off'}`);

// Wall-clock rates, then the 25-token rate per CPU second of this process (time spent
// descheduled on a busy host does not count; cache sharing with other jobs still does).
const rate = (name: string, sents: number, tokens: number, r: { secs: number; cpu: number; trials: number[] }, extra = ''): void => {
  const sps = sents / r.secs;
  const tps = tokens / r.secs;
  console.log(
    `${name.padEnd(48)} ${Math.round(sps).toString().padStart(8)} sentences/s  ${Math.round(tps).toString().padStart(9)} tokens/s  (${Math.round(tps / 25)} 25-token sentences/s; ${Math.round(tokens / 25 / r.cpu)} per CPU s${sliceSummary(r.trials)})${extra}`,
  );
};
const docSets = [gigawordDocuments(), ewtDocuments()].filter((d): d is BenchDocuments => d !== undefined);

if (MODE !== 'document') {
  console.log(`\nSENTENCE MODE: one sentence per analyze call (${corpus.sentences.length} sentences, mean ${corpus.meanTokens.toFixed(1)} tokens)`);
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
    rate(name, r.sents, r.tokens, r);
  }
  // The same whole pipeline over the EWT texts' sentences, one per call (annals' own split).
  const ewt = docSets.find((d) => d.name.includes('EWT'));
  if (ewt) {
    const sents: string[] = [];
    for (const t of ewt.texts) {
      const tk = tokenize(t);
      for (let k = 0; k < tk.sentStart.length; k++) sents.push(t.slice(tk.start[tk.sentStart[k]], tk.end[tk.sentEnd[k] - 1]));
    }
    const r = timeLoop(sents, (s) => analyzer.analyze(s).length);
    rate(`whole pipeline, EWT test sentences (${sents.length})`, r.sents, r.tokens, r);
  }
}

if (MODE !== 'sentence') {
  console.log('\nDOCUMENT MODE: one article-length raw text per analyze call, tokenised and split by annals');
  for (const d of docSets) {
    console.log(`corpus: ${d.name}: ${d.texts.length} texts, ${d.sentences} sentences (annals' split), mean ${(d.tokens / d.sentences).toFixed(1)} tokens`);
    const r = timeLoop(d.texts, (t) => analyzer.analyze(t).length);
    // timeLoop makes whole passes over the texts (r.sents counts texts): each pass analyses d.sentences sentences.
    const timedSents = (r.sents / d.texts.length) * d.sentences;
    rate(`whole pipeline, ${d.name.includes('EWT') ? 'EWT test texts' : 'Gigaword texts'}`, timedSents, r.tokens, r, `  ${(r.sents / r.secs).toFixed(0)} texts/s`);
  }
}
console.log(`\nmachine: ${cpus().length} cores; load average ${load()}; RSS at end: ${mb(process.memoryUsage().rss)}`);
