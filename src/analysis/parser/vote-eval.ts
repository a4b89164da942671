/**
 * Evaluate parser combination by voting (vote.ts) on UD English EWT with the
 * tagger's predicted tags: each model alone, then every combination of three
 * or more by weighted arc voting and Eisner reparsing (labels from the first
 * parse proposing the chosen arc).
 *
 *   node dist/analysis/parser/vote-eval.js [--split dev|test] [--weights 1.2,1,0.9] SPEC SPEC SPEC...
 *
 * SPEC is FILE[:r][:g][:bK]: `r` decodes FILE's model right to left (a
 * train.js --reverse model), `g` uses the file's beam-trained model greedily,
 * `bK` its beam model with width K. --weights gives the models' vote weights
 * in SPEC order (default 1 each, the first 1.1 to break ties).
 * @module
 */
import { readFileSync } from 'node:fs';
import { DEPREL } from '../tags.js';
import { DEFAULT_EWT_DIR, readSplit, Score } from './data.js';
import { Decoder, deserialiseModel } from './model.js';
import { evalTags } from './tagsource.js';
import { Voter } from './vote.js';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
}

const split = arg('split', 'dev') as 'dev' | 'test';
const specs = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--split' && all[i - 1] !== '--weights');
if (specs.length < 2) {
  console.error('usage: node dist/analysis/parser/vote-eval.js [--split dev|test] [--weights W1,W2,..] SPEC SPEC [SPEC...]');
  process.exit(2);
}
const weights = arg('weights', specs.map((_, k) => (k === 0 ? 1.1 : 1)).join(',')).split(',').map(Number);
const sents = readSplit(DEFAULT_EWT_DIR, split);
const { tags } = await evalTags(sents);

interface Parsed {
  h: Int32Array;
  l: Int32Array;
}

function run(spec: string): Parsed[] {
  const [path, ...flags] = spec.split(':');
  const reverse = flags.includes('r');
  const bf = flags.find((f) => f.startsWith('b'));
  const beam = bf ? Number(bf.slice(1)) : 1;
  let m = deserialiseModel(readFileSync(path), path);
  if ((beam > 1 || flags.includes('g')) && m.beamModel) m = m.beamModel;
  const dec = new Decoder(m);
  return sents.map((s, si) => {
    const n = s.words.length;
    let form = s.words;
    let up = tags[si].upos;
    let xp = tags[si].xpos;
    if (reverse) {
      form = [...form].reverse();
      up = up.slice().reverse();
      xp = xp.slice().reverse();
    }
    dec.load(form, up, xp, 0, n);
    dec.parseBeam(beam);
    const h = new Int32Array(n);
    const l = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const j = reverse ? n - 1 - i : i;
      const hh = dec.state.head[j];
      h[i] = hh === n ? n : reverse ? n - 1 - hh : hh;
      l[i] = hh === n ? m.rootLabel : m.labels[dec.state.label[j]];
    }
    return { h, l };
  });
}

function score(get: (si: number) => Parsed): Score {
  const sc = new Score();
  sents.forEach((s, si) => {
    const p = get(si);
    const n = s.words.length;
    for (let i = 0; i < n; i++) sc.add(s.heads[i], p.h[i] === n ? 0 : p.h[i] + 1, s.deprels[i], DEPREL[p.l[i]] ?? '_');
  });
  return sc;
}

const parses = specs.map(run);
specs.forEach((spec, k) => console.log(`${split} ${spec}: ${score((si) => parses[k][si]).toString()}`));
const voter = new Voter();
const K = specs.length;
for (let mask = 1; mask < 1 << K; mask++) {
  const idx: number[] = [];
  for (let k = 0; k < K; k++) if (mask & (1 << k)) idx.push(k);
  if (idx.length < 3) continue;
  const sc = score((si) => {
    const n = sents[si].words.length;
    const out = new Int32Array(n);
    const from = new Int32Array(n);
    voter.vote(
      n,
      idx.map((k) => parses[k][si].h),
      idx.map((k) => new Float64Array(n).fill(weights[k])),
      out,
      from,
    );
    const l = new Int32Array(n);
    for (let i = 0; i < n; i++) l[i] = parses[idx[from[i]]][si].l[i];
    return { h: out, l };
  });
  console.log(`${split} vote ${idx.map((k) => specs[k]).join(' + ')} (weights ${idx.map((k) => weights[k]).join(',')}): ${sc.toString()}`);
}
