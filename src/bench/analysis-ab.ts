/**
 * Speed of two builds of the analysis pipeline against each other, for a box
 * shared with other jobs, where wall-clock rates swing by 2x from run to run:
 *
 *   node dist/bench/analysis-ab.js ROOT_A ROOT_B [--stage K] [--seconds S]
 *
 * ROOT_A and ROOT_B are package roots with a built dist/ (e.g. a git worktree
 * of an older commit, with node_modules and ../shared linked). Both default
 * pipelines are loaded into this one process and timed in alternating passes
 * over the bench corpus (bench/corpus.ts), each pass by the process's CPU time
 * (time spent descheduled does not count), the first of each pair of passes
 * switching between A and B. Prints each build's rate in 25-token sentences
 * per CPU second and the ratio B/A over all passes and as the median of
 * blocks of ten pairs. `--stage K` times stage K alone (0 tagger, 1 tense,
 * 2 lemma, 3 parser; -1 tokenisation and Doc) over documents the earlier
 * stages prepared. The build loaded second has run about 2% faster than
 * the same code loaded first: run both orders and take the geometric mean.
 *
 * `--corpus C` picks what a pass analyses (default `sentences`):
 * - `sentences`: each build's own bench corpus (bench/corpus.ts
 *   loadBenchCorpus: the 66 Gigaword sample sentences), one per analyze call;
 * - `gigaword-docs`, `ewt-docs`: document mode, article-length raw texts
 *   (bench/corpus.ts gigawordDocuments, ewtDocuments: 20-40 sentences each),
 *   one per analyze call, split by each build itself;
 * - `ewt-sentences`: the EWT texts' sentences (as this build's splitter
 *   cuts them), one per analyze call.
 * The last three come from this script's own corpus module, so both builds
 * analyse the same strings (the start commit of a comparison may lack them).
 * With `--stage K` only `sentences` is supported.
 * @module
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cpus } from 'node:os';
import { ewtDocuments, gigawordDocuments } from './corpus.js';
import { tokenize } from '../analysis/tokenize/index.js';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
}

// Resolved before the first build's load changes the working directory.
const roots = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith('--') && !(i > 0 && all[i - 1].startsWith('--')))
  .map((r) => resolve(r));
if (roots.length !== 2) {
  console.error('usage: node dist/bench/analysis-ab.js ROOT_A ROOT_B [--stage K] [--seconds S]');
  process.exit(2);
}
const stage = Number(arg('stage', 'NaN'));
const corpusName = arg('corpus', 'sentences');
if (!['sentences', 'gigaword-docs', 'ewt-docs', 'ewt-sentences'].includes(corpusName) || (corpusName !== 'sentences' && !Number.isNaN(stage))) {
  console.error('usage: --corpus sentences|gigaword-docs|ewt-docs|ewt-sentences (only sentences with --stage)');
  process.exit(2);
}
/** The shared texts of the chosen corpus (undefined: each build's own bench sentences). */
function sharedTexts(): string[] | undefined {
  if (corpusName === 'sentences') return undefined;
  const d = corpusName === 'gigaword-docs' ? gigawordDocuments() : ewtDocuments();
  if (!d) {
    console.error(`corpus ${corpusName}: its source is not in ../shared/corpora`);
    process.exit(2);
  }
  if (corpusName !== 'ewt-sentences') return d.texts;
  const out: string[] = [];
  for (const t of d.texts) {
    const tk = tokenize(t);
    for (let k = 0; k < tk.sentStart.length; k++) out.push(t.slice(tk.start[tk.sentStart[k]], tk.end[tk.sentEnd[k] - 1]));
  }
  return out;
}
const seconds = Number(arg('seconds', '20'));
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

interface Doc {
  length: number;
}
interface Stage {
  run(doc: Doc): void;
}

/** One pass over the corpus with the build at `root`: [tokens, CPU ms]. */
async function load(root: string): Promise<() => [number, number]> {
  const dir = root;
  // Model and corpus paths are relative to the package root.
  process.chdir(dir);
  const url = (p: string): string => pathToFileURL(join(dir, p)).href;
  const an = await import(url('dist/analysis/index.js'));
  const { loadBenchCorpus } = await import(url('dist/bench/corpus.js'));
  const analyzer = an.loadAnalyzer();
  const sentences: string[] = shared ?? (await loadBenchCorpus()).sentences;
  const stages: Stage[] = analyzer.stages;
  if (Number.isNaN(stage)) {
    return () => {
      const t0 = cpuMs();
      let tok = 0;
      for (const s of sentences) tok += analyzer.analyze(s).length;
      return [tok, cpuMs() - t0];
    };
  }
  const fresh = (s: string): Doc => an.Doc.fromTokens(an.tokenize(s));
  const docs = sentences.map((s) => {
    const d = fresh(s);
    for (let k = 0; k < stage; k++) stages[k].run(d);
    return d;
  });
  const tokens = docs.reduce((x, d) => x + d.length, 0);
  return () => {
    const t0 = cpuMs();
    if (stage < 0) for (const s of sentences) fresh(s);
    else for (const d of docs) stages[stage].run(d);
    return [tokens, cpuMs() - t0];
  };
}

// Read with paths relative to this script's package root, before load() changes directory.
const shared = sharedTexts();
const a = await load(roots[0]);
const b = await load(roots[1]);
for (let i = 0; i < 20; i++) {
  a();
  b();
}
let ta = 0;
let tb = 0;
let toka = 0;
let tokb = 0;
let ba = 0;
let bb = 0;
let pairs = 0;
const blocks: number[] = [];
const t0 = performance.now();
while (performance.now() - t0 < seconds * 1000) {
  const first = pairs % 2 === 0 ? a : b;
  const second = first === a ? b : a;
  const r1 = first();
  const r2 = second();
  const [ra, rb] = first === a ? [r1, r2] : [r2, r1];
  toka += ra[0];
  tokb += rb[0];
  ta += ra[1];
  tb += rb[1];
  ba += ra[1] / ra[0];
  bb += rb[1] / rb[0];
  if (++pairs % 10 === 0) {
    blocks.push(ba / bb);
    ba = 0;
    bb = 0;
  }
}
const median = (v: number[]): number => [...v].sort((x, y) => x - y)[v.length >> 1] ?? NaN;
const rate = (tok: number, ms: number): string => ((tok / 25 / ms) * 1000).toFixed(0);
console.log(`${Number.isNaN(stage) ? 'whole pipeline' : `stage ${stage}`}, corpus ${corpusName}, ${pairs} pairs of passes, ${cpus().length} cores`);
console.log(`A ${roots[0]}: ${rate(toka, ta)} 25-token sentences per CPU second`);
console.log(`B ${roots[1]}: ${rate(tokb, tb)} 25-token sentences per CPU second`);
console.log(`ratio B/A: ${((tokb / tb) / (toka / ta)).toFixed(3)} over all passes, median of ${blocks.length} blocks ${median(blocks).toFixed(3)}`);
