/**
 * Experiment (speed session 15): how a confidence gate between the greedy
 * model and the beam would score on EWT. Per sentence: the greedy model's
 * parse and its smallest decision margin; the beam model's parse at width 4,
 * margin 300; the beam model decoded greedily and its smallest margin.
 *
 *   node dist/analysis/parser/gate-exp.js [--split dev|test] [--tagger FILE]
 *
 * Finding (EWT dev, train-only tagger /work/ft/tagger-trainonly.bin, UPOS
 * 95.57): greedy model 84.75/80.72, beam 4 margin 300 85.34/81.39, the beam
 * model decoded greedily 83.50/79.62. Gating whole sentences on the greedy
 * model's smallest step margin T (beam below T, else the greedy parse):
 * T 50 85.41/81.46 with the beam on 47% of sentences but 71% of tokens;
 * T 100 85.45/81.46, 61% / 83%; T 200 85.35/81.39, 74% / 92%. Nearly every
 * long sentence has an unsure step, so the beam still parses most tokens
 * and the greedy pass comes on top (~40% of a beam parse): slower than the
 * beam alone at every T that keeps its accuracy. Gating from the first
 * unsure step saves only the confident prefix, where the margin-pruned beam
 * already keeps one hypothesis. At margin 300 the beam keeps 2.56
 * hypotheses per step on dev (one parent at 28% of steps; margin 200: 1.93;
 * 150: 1.59; 100: 1.28, 85.03/81.10). Not shipped.
 * @module
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_EWT_DIR, readSplit, Score } from './data.js';
import { DEFAULT_PARSER_MODEL } from './index.js';
import { Decoder, deserialiseModel } from './model.js';
import { SHIFT, LEFT, RIGHT } from './core.js';
import { DEPREL } from '../tags.js';
import { evalTags } from './tagsource.js';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
}
const split = arg('split', 'dev') as 'dev' | 'test';
const tagger = arg('tagger', '') || undefined;
const model = deserialiseModel(readFileSync(DEFAULT_PARSER_MODEL), DEFAULT_PARSER_MODEL);
const gdec = new Decoder(model);
const bdec = new Decoder(model.beamModel!);
const sents = readSplit(DEFAULT_EWT_DIR, split);
const { tags, uposAcc } = await evalTags(sents, tagger);
console.log(`${split}: ${sents.length} sentences, UPOS ${uposAcc?.toFixed(2)}`);

const sc = new Float64Array(3);
/** Greedy parse with dec, returning the margins of each step (best minus second legal). */
function greedy(dec: Decoder): number[] {
  const st = dec.state;
  dec.resetGroups(st.n);
  const out: number[] = [];
  while (!st.done()) {
    dec.scoreCached(st, sc);
    let act = -1;
    let best = -Infinity;
    let second = -Infinity;
    for (const a of [SHIFT, LEFT, RIGHT]) {
      const ok = a === SHIFT ? st.canShift() : a === LEFT ? st.canLeft() : st.canRight();
      if (!ok) continue;
      if (sc[a] > best) {
        second = best;
        best = sc[a];
        act = a;
      } else if (sc[a] > second) second = sc[a];
    }
    out.push(second === -Infinity ? Infinity : best - second);
    dec.apply(act);
  }
  return out;
}

interface Row {
  n: number;
  gH: Int32Array;
  gL: Int32Array;
  gMin: number;
  bH: Int32Array;
  bL: Int32Array;
  b1H: Int32Array;
  b1L: Int32Array;
  b1Min: number;
}
const rows: Row[] = [];
const grab = (dec: Decoder, n: number): [Int32Array, Int32Array] => {
  const h = new Int32Array(n);
  const l = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const x = dec.state.head[i];
    h[i] = x === n || x < 0 ? 0 : x + 1;
    l[i] = x === n || x < 0 ? dec.model.rootLabel : dec.model.labels[dec.state.label[i]];
  }
  return [h, l];
};
sents.forEach((s, si) => {
  const n = s.words.length;
  const up = tags[si].upos;
  const xp = tags[si].xpos;
  gdec.load(s.words, up, xp, 0, n);
  const gm = greedy(gdec);
  const [gH, gL] = grab(gdec, n);
  bdec.load(s.words, up, xp, 0, n);
  bdec.parseBeam(4, 300);
  const [bH, bL] = grab(bdec, n);
  bdec.load(s.words, up, xp, 0, n);
  const bm = greedy(bdec);
  const [b1H, b1L] = grab(bdec, n);
  rows.push({ n, gH, gL, gMin: Math.min(...gm), bH, bL, b1H, b1L, b1Min: Math.min(...bm) });
});

function scoreWith(pick: (r: Row) => 'g' | 'b' | 'b1'): Score {
  const score = new Score();
  rows.forEach((r, si) => {
    const s = sents[si];
    const p = pick(r);
    const H = p === 'g' ? r.gH : p === 'b' ? r.bH : r.b1H;
    const L = p === 'g' ? r.gL : p === 'b' ? r.bL : r.b1L;
    for (let i = 0; i < r.n; i++) score.add(s.heads[i], H[i], s.deprels[i], DEPREL[L[i]] ?? '_');
  });
  return score;
}
console.log(`greedy model: ${scoreWith(() => 'g')}`);
console.log(`beam 4 m300: ${scoreWith(() => 'b')}`);
console.log(`beam model greedily: ${scoreWith(() => 'b1')}`);
const toks = rows.reduce((a, r) => a + r.n, 0);
for (const T of [0, 50, 100, 150, 200, 300, 400, 600, 800, 1000, 1500, 2000]) {
  const useB = (r: Row): boolean => r.gMin < T;
  const f = rows.filter(useB);
  const ft = f.reduce((a, r) => a + r.n, 0);
  const useB1 = (r: Row): boolean => r.b1Min < T;
  const f1 = rows.filter(useB1).reduce((a, r) => a + r.n, 0);
  console.log(
    `T ${T}: greedy-gated ${scoreWith((r) => (useB(r) ? 'b' : 'g'))} beam on ${((100 * f.length) / rows.length).toFixed(1)}% sents, ${((100 * ft) / toks).toFixed(1)}% tokens;` +
      ` beam-model-gated ${scoreWith((r) => (useB1(r) ? 'b' : 'b1'))} beam on ${((100 * f1) / toks).toFixed(1)}% tokens`,
  );
}
