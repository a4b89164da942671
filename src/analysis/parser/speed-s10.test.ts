import { test } from 'node:test';
import assert from 'node:assert/strict';
import { uposId, xposId } from '../tags.js';
import { DEFAULT_PARSER_MODEL, loadParser } from './index.js';
import { Decoder, offerTop, selectTop } from './model.js';
import { compileSummer, compileTemplates, LEFT, MAX_ACT_FEATS, RIGHT, SHIFT, State } from './core.js';

/** Deterministic pseudo-random integers (xorshift), so failures reproduce. */
function rng(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

test('fused hash-and-sum templates give the sums of hashing then adding the rows', () => {
  const r = rng(7);
  const bits = 12;
  const mask = (1 << bits) - 1;
  // Int8 rows of three weights, and the same packed one per Int32 word (as the decoder packs them).
  const act = new Int8Array(3 << bits);
  for (let i = 0; i < act.length; i++) act[i] = (r() % 255) - 127;
  act[0] = -128;
  act[4] = 127;
  const W = new Int32Array(1 << bits);
  for (let i = 0; i < W.length; i++) W[i] = (act[3 * i] & 255) | ((act[3 * i + 1] & 255) << 8) | ((act[3 * i + 2] & 255) << 16);
  const list = [
    [3, 0],
    [17, 0, 1, 2, 3],
    [44, 4, 5],
    [78, 1, 6, 7],
    [9, 7],
    [130, 2, 0, 5],
  ];
  const hash = compileTemplates(list);
  const sum = compileSummer(list);
  const atoms = new Int32Array(8);
  const f = new Int32Array(list.length);
  const out = new Int32Array(5);
  for (let trial = 0; trial < 500; trial++) {
    for (let j = 0; j < atoms.length; j++) atoms[j] = trial % 3 === 0 ? (r() % 5) - 1 : r() | 0;
    hash(0, atoms, f, 0, mask);
    const want = [0, 0, 0];
    for (const id of f) for (let c = 0; c < 3; c++) want[c] += act[3 * id + c];
    sum(atoms, W, out, 2, mask);
    assert.deepEqual([out[2], out[3], out[4]], want, `trial ${trial}`);
  }
  // The extremes of every weight stay exact (no carry between the 16-bit lanes).
  const many = Array.from({ length: 257 }, (_, i) => [i + 1, 0]);
  for (const [a, b, c] of [
    [-128, -128, -128],
    [127, 127, 127],
    [127, -128, 127],
    [-128, 127, -1],
  ]) {
    const row = new Int32Array(1).fill((a & 255) | ((b & 255) << 8) | ((c & 255) << 16));
    compileSummer(many)(atoms, row, out, 0, 0);
    assert.deepEqual([out[0], out[1], out[2]], [a * 257, b * 257, c * 257]);
  }
  assert.throws(() => compileSummer(Array.from({ length: 258 }, (_, i) => [i + 1, 0])), RangeError);
});

test('offering candidates one by one keeps what sorting them all and pruning by margin keeps', () => {
  const r = rng(11);
  for (let trial = 0; trial < 3000; trial++) {
    const n = r() % 13;
    const k = 1 + (r() % 8);
    const margin = [Infinity, 0, 2, 5, 300][r() % 5];
    // Few distinct scores, so ties are common.
    const score = Float64Array.from({ length: n }, () => (r() % 9) - (r() % 4));
    const parent = Int32Array.from({ length: n }, (_, i) => i);
    const act = Int32Array.from({ length: n }, (_, i) => (i * 7) % 3);
    const s1 = Float64Array.from(score);
    const p1 = Int32Array.from(parent);
    const a1 = Int32Array.from(act);
    let keep1 = selectTop(s1, p1, a1, n, k);
    while (keep1 > 1 && s1[keep1 - 1] < s1[0] - margin) keep1--;
    const s2 = new Float64Array(n + k);
    const p2 = new Int32Array(n + k);
    const a2 = new Int32Array(n + k);
    let keep2 = 0;
    for (let i = 0; i < n; i++) keep2 = offerTop(s2, p2, a2, keep2, k, margin, score[i], parent[i], act[i]);
    while (keep2 > 1 && s2[keep2 - 1] < s2[0] - margin) keep2--;
    const want = Array.from({ length: keep1 }, (_, i) => [s1[i], p1[i], a1[i]]);
    const got = Array.from({ length: keep2 }, (_, i) => [s2[i], p2[i], a2[i]]);
    assert.deepEqual(got, want, `trial ${trial}: ${[...score].join(' ')} k ${k} margin ${margin}`);
  }
});

/**
 * Reference beam search, written as plainly as possible: each hypothesis is
 * its action sequence, replayed from scratch on a fresh state and scored by
 * hashing and summing every feature; all candidates sorted, the best `width`
 * kept, then those more than `margin` below the best dropped.
 */
function referenceBeam(dec: Decoder, width: number, margin: number): { head: number[]; label: number[] } {
  const n = dec.state.n;
  const replay = (acts: readonly number[]): State => {
    const st = new State();
    st.init(n);
    st.fx = dec.state.fx;
    for (let i = 0; i < n; i++) {
      st.w[i] = dec.state.w[i];
      st.t[i] = dec.state.t[i];
    }
    for (const a of acts) dec.apply(a, st);
    return st;
  };
  let beam: { acts: number[]; score: number }[] = [{ acts: [], score: 0 }];
  const feats = new Int32Array(MAX_ACT_FEATS);
  const sc = new Float64Array(3);
  for (;;) {
    if (replay(beam[0].acts).done()) break;
    const cands: { acts: number[]; score: number }[] = [];
    for (const h of beam) {
      const st = replay(h.acts);
      dec.scoreState(st, feats, sc);
      if (st.canShift()) cands.push({ acts: [...h.acts, SHIFT], score: h.score + sc[SHIFT] });
      if (st.canLeft()) cands.push({ acts: [...h.acts, LEFT], score: h.score + sc[LEFT] });
      if (st.canRight()) cands.push({ acts: [...h.acts, RIGHT], score: h.score + sc[RIGHT] });
    }
    // Array.prototype.sort is stable: ties keep their order.
    cands.sort((a, b) => b.score - a.score);
    beam = cands.slice(0, width).filter((c, i, all) => i === 0 || !(c.score < all[0].score - margin));
  }
  const st = replay(beam[0].acts);
  return { head: Array.from(st.head.subarray(0, n)), label: Array.from(st.label.subarray(0, n)) };
}

const SENTENCES = [
  'The/DET/DT rebels/NOUN/NNS ,/PUNCT/, who/PRON/WP had/AUX/VBD seized/VERB/VBN the/DET/DT town/NOUN/NN on/ADP/IN Monday/PROPN/NNP ,/PUNCT/, said/VERB/VBD they/PRON/PRP would/AUX/MD withdraw/VERB/VB if/SCONJ/IN talks/NOUN/NNS resumed/VERB/VBD ./PUNCT/.',
  'Police/NOUN/NNS fired/VERB/VBD tear/NOUN/NN gas/NOUN/NN at/ADP/IN protesters/NOUN/NNS outside/ADP/IN the/DET/DT parliament/NOUN/NN in/ADP/IN the/DET/DT capital/NOUN/NN ./PUNCT/.',
  'Ministers/NOUN/NNS from/ADP/IN both/DET/DT countries/NOUN/NNS met/VERB/VBD in/ADP/IN Geneva/PROPN/NNP and/CCONJ/CC agreed/VERB/VBD to/PART/TO restore/VERB/VB ties/NOUN/NNS ./PUNCT/.',
  'He/PRON/PRP left/VERB/VBD ./PUNCT/.',
  'Iraq/PROPN/NNP ,/PUNCT/, Iran/PROPN/NNP and/CCONJ/CC Syria/PROPN/NNP condemned/VERB/VBD the/DET/DT attack/NOUN/NN by/ADP/IN unknown/ADJ/JJ gunmen/NOUN/NNS in/ADP/IN south/ADJ/JJ Baghdad/PROPN/NNP on/ADP/IN Sunday/PROPN/NNP ./PUNCT/.',
];

test('the beam decoder (memos, shared configurations, offered candidates) parses as a plain reference beam does', () => {
  const model = loadParser(DEFAULT_PARSER_MODEL).model.beamModel!;
  const dec = new Decoder(model);
  for (const s of SENTENCES) {
    const toks = s.split(' ').map((t) => t.split('/'));
    const form = toks.map((t) => t[0]);
    const upos = toks.map((t) => uposId(t[1]));
    const xpos = toks.map((t) => xposId(t[2]));
    const n = form.length;
    for (const width of [2, 3, 4, 8]) {
      for (const margin of [Infinity, 300, 60, 0]) {
        dec.load(form, upos, xpos, 0, n);
        const ref = referenceBeam(dec, width, margin);
        dec.load(form, upos, xpos, 0, n);
        dec.parseBeam(width, margin);
        const got = { head: Array.from(dec.state.head.subarray(0, n)), label: Array.from(dec.state.label.subarray(0, n)) };
        assert.deepEqual(got, ref, `${form.join(' ')} at width ${width}, margin ${margin}`);
      }
    }
  }
});
