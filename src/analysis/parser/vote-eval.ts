/**
 * Evaluate parser combination by voting (vote.ts) on UD English EWT with the
 * tagger's predicted tags: each model alone, then every combination of three
 * or more by weighted arc voting and Eisner reparsing (labels from the first
 * parse proposing the chosen arc).
 *
 *   node dist/analysis/parser/vote-eval.js [--split dev|test] [--weights 1.2,1,0.9] SPEC SPEC SPEC...
 *
 * SPEC is FILE[:r][:g][:bK][:v]: `r` decodes FILE's model right to left (a
 * train.js --reverse model), `g` uses the file's beam-trained model greedily,
 * `bK` its beam model with width K, `v` revises FILE's greedy parse with the
 * file's guided right-to-left model (ParserOptions.revise). --weights gives
 * the models' vote weights in SPEC order (default 1 each, the first 1.1 to
 * break ties).
 *
 * --reliability also votes every pair and more with arc weights = the
 * model's share of right heads for the arc's (label, dependent UPOS),
 * estimated 2-fold on the split itself (odd sentences weigh the even ones
 * and vice versa), times the --weights factor.
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
  if (flags.includes('v')) return runRevised(path);
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

/** The file's greedy left-to-right parse revised by its guided right-to-left model. */
function runRevised(path: string): Parsed[] {
  const m = deserialiseModel(readFileSync(path), path);
  if (!m.reverseModel) throw new Error(`${path} has no reverse model`);
  const dec = new Decoder(m);
  const rm = m.reverseModel;
  const rdec = new Decoder(rm);
  return sents.map((s, si) => {
    const n = s.words.length;
    dec.load(s.words, tags[si].upos, tags[si].xpos, 0, n);
    dec.parse();
    const gh = new Int32Array(n);
    const gl = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const hh = dec.state.head[i];
      const j = n - 1 - i;
      gh[j] = hh === n ? n : n - 1 - hh;
      gl[j] = hh === n ? m.rootLabel : m.labels[dec.state.label[i]];
    }
    rdec.load([...s.words].reverse(), tags[si].upos.slice().reverse(), tags[si].xpos.slice().reverse(), 0, n);
    rdec.state.setGuide(gh, gl);
    rdec.parse();
    const h = new Int32Array(n);
    const l = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const j = n - 1 - i;
      const hh = rdec.state.head[j];
      h[i] = hh === n ? n : n - 1 - hh;
      l[i] = hh === n ? rm.rootLabel : rm.labels[rdec.state.label[j]];
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
const reliability = process.argv.includes('--reliability');
// Per model, per fold (sentence index parity): right/total heads keyed by label * 32 + dependent UPOS.
const relStats = parses.map((ps) => {
  const st = [new Map<number, [number, number]>(), new Map<number, [number, number]>()];
  ps.forEach((p, si) => {
    const n = p.h.length;
    for (let i = 0; i < n; i++) {
      const key = p.l[i] * 32 + tags[si].upos[i];
      const e = st[si & 1].get(key) ?? [0, 0];
      e[1]++;
      if ((p.h[i] === n ? 0 : p.h[i] + 1) === sents[si].heads[i]) e[0]++;
      st[si & 1].set(key, e);
    }
  });
  return st;
});
function relWeights(k: number, si: number): Float64Array {
  const p = parses[k][si];
  const n = p.h.length;
  const st = relStats[k][1 - (si & 1)];
  const w = new Float64Array(n);
  // Add-one smoothing towards 0.8 for rare keys.
  for (let i = 0; i < n; i++) {
    const e = st.get(p.l[i] * 32 + tags[si].upos[i]) ?? [0, 0];
    w[i] = weights[k] * ((e[0] + 0.8 * 2) / (e[1] + 2));
  }
  return w;
}
if (reliability && specs.length >= 2) {
  // Label choice: keep the first parse's heads; where the second agrees on a
  // head but not on the label, take the label whose model is more often
  // right about it (label precision per label and dependent UPOS, 2-fold).
  const labStats = parses.slice(0, 2).map((ps) => {
    const st = [new Map<number, [number, number]>(), new Map<number, [number, number]>()];
    ps.forEach((p, si) => {
      const n = p.h.length;
      for (let i = 0; i < n; i++) {
        if ((p.h[i] === n ? 0 : p.h[i] + 1) !== sents[si].heads[i]) continue;
        const key = p.l[i] * 32 + tags[si].upos[i];
        const e = st[si & 1].get(key) ?? [0, 0];
        e[1]++;
        if (DEPREL[p.l[i]] === sents[si].deprels[i]) e[0]++;
        st[si & 1].set(key, e);
      }
    });
    return st;
  });
  const prec = (k: number, si: number, i: number): number => {
    const p = parses[k][si];
    const e = labStats[k][1 - (si & 1)].get(p.l[i] * 32 + tags[si].upos[i]) ?? [0, 0];
    return (e[0] + 0.9 * 2) / (e[1] + 2);
  };
  const sc = score((si) => {
    const a = parses[0][si];
    const b = parses[1][si];
    const l = a.l.slice();
    for (let i = 0; i < l.length; i++) if (a.h[i] === b.h[i] && a.l[i] !== b.l[i] && prec(1, si, i) > prec(0, si, i)) l[i] = b.l[i];
    return { h: a.h, l };
  });
  console.log(`${split} ${specs[0]} relabelled from ${specs[1]} by label precision: ${sc.toString()}`);
}
const voter = new Voter();
const K = specs.length;
for (let mask = 1; mask < 1 << K; mask++) {
  const idx: number[] = [];
  for (let k = 0; k < K; k++) if (mask & (1 << k)) idx.push(k);
  if (idx.length < (reliability ? 2 : 3)) continue;
  const sc = score((si) => {
    const n = sents[si].words.length;
    const out = new Int32Array(n);
    const from = new Int32Array(n);
    voter.vote(
      n,
      idx.map((k) => parses[k][si].h),
      idx.map((k) => (reliability ? relWeights(k, si) : new Float64Array(n).fill(weights[k]))),
      out,
      from,
    );
    const l = new Int32Array(n);
    for (let i = 0; i < n; i++) l[i] = parses[idx[from[i]]][si].l[i];
    return { h: out, l };
  });
  console.log(`${split} vote ${idx.map((k) => specs[k]).join(' + ')} (weights ${idx.map((k) => weights[k]).join(',')}): ${sc.toString()}`);
}
