import { test } from 'node:test';
import assert from 'node:assert/strict';
import { uposId, xposId } from '../tags.js';
import { DEFAULT_PARSER_MODEL, loadParser } from './index.js';
import { Decoder, type ParserModel } from './model.js';
import {
  compileLabelSummer,
  compilePackedSummer,
  compileTemplates,
  LABEL_SUMS,
  labelBase,
  packedActTable,
  State,
  TOKEN_SUMS,
} from './core.js';

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

const randomInt8 = (r: () => number, len: number): Int8Array => {
  const a = new Int8Array(len);
  for (let i = 0; i < a.length; i++) a[i] = (r() % 256) - 128;
  return a;
};

test('the action table read in place as 3-byte rows gives the sums of hashing then adding the Int8 rows', () => {
  const r = rng(31);
  const bits = 11;
  const mask = (1 << bits) - 1;
  const act = randomInt8(r, 3 << bits);
  // The last row, which the 32-bit load reads past, at its extremes.
  act.set([-128, 127, -128], act.length - 3);
  act.set([127, -128, 127], 0);
  const list = [
    [5, 0],
    [17, 0, 1, 2, 3],
    [44, 4, 5],
    [78, 1, 6, 7],
    [130, 2, 0, 5],
  ];
  const hash = compileTemplates(list);
  const sum = compilePackedSummer(list);
  // A table without a spare byte is copied; one with a spare byte is read in place.
  const W = packedActTable(act);
  assert.notEqual(W.buffer, act.buffer);
  const roomy = new Int8Array(new ArrayBuffer(act.length + 4), 0, act.length);
  roomy.set(act);
  const Wr = packedActTable(roomy);
  assert.equal(Wr.buffer, roomy.buffer);
  const atoms = new Int32Array(8);
  const f = new Int32Array(list.length);
  const out = new Int32Array(4);
  for (let trial = 0; trial < 3000; trial++) {
    for (let j = 0; j < atoms.length; j++) atoms[j] = trial % 4 === 0 ? (r() % 5) - 1 : r() | 0;
    hash(0, atoms, f, 0, mask);
    const want = [0, 0, 0];
    for (const id of f) for (let c = 0; c < 3; c++) want[c] += act[3 * id + c];
    sum(atoms, trial % 2 ? W : Wr, out, 1, mask);
    assert.deepEqual([out[1], out[2], out[3]], want, `trial ${trial}`);
  }
  // A one-row table, so every template reads the last row, and the byte after it (which the
  // 32-bit load takes) must not leak into the sums; at the extremes over the most templates.
  const many = Array.from({ length: 257 }, (_, i) => [i + 1, 0]);
  for (const [a, b, c, after] of [
    [-128, -128, -128, 127],
    [127, 127, 127, -128],
    [127, -128, 127, -1],
    [-128, 127, -1, 127],
  ]) {
    const one = new Int8Array(new ArrayBuffer(8), 0, 3);
    one.set([a, b, c]);
    new Int8Array(one.buffer).fill(after, 3);
    compilePackedSummer(many)(atoms, packedActTable(one), out, 0, 0);
    assert.deepEqual([out[0], out[1], out[2]], [a * 257, b * 257, c * 257]);
  }
  assert.throws(() => compilePackedSummer(Array.from({ length: 258 }, (_, i) => [i + 1, 0])), RangeError);
});

test('label summers give the columns of hashing then adding the 16-column rows, for the words they read', () => {
  const r = rng(5);
  const bits = 10;
  const mask = (1 << bits) - 1;
  const lab = randomInt8(r, 16 << bits);
  const W = new Int32Array(lab.buffer);
  const list = [
    [1, 0],
    [3, 0, 1],
    [11, 2, 1, 4],
    [20, 3, 5, 6, 1],
    [26, 3, 7, 1],
  ];
  const hash = compileTemplates(list);
  const atoms = new Int32Array(8);
  const f = new Int32Array(list.length);
  const sc = new Float64Array(16).fill(NaN);
  for (let words = 1; words <= 4; words++) {
    const sum = compileLabelSummer(list, words);
    for (let trial = 0; trial < 800; trial++) {
      for (let j = 0; j < atoms.length; j++) atoms[j] = trial % 3 === 0 ? (r() % 4) - 1 : r() | 0;
      const base = labelBase(r() % 648);
      hash(base, atoms, f, 0, mask);
      const want = new Array(4 * words).fill(0);
      for (const id of f) for (let c = 0; c < 4 * words; c++) want[c] += lab[16 * id + c];
      sc.fill(NaN);
      sum(base, atoms, W, sc, mask);
      assert.deepEqual(Array.from(sc.subarray(0, 4 * words)), want, `words ${words}, trial ${trial}`);
      // Columns past the words read are left alone.
      for (let c = 4 * words; c < 16; c++) assert.ok(Number.isNaN(sc[c]));
    }
  }
  // Extremes over the most templates: no carry between the 16-bit lanes.
  const many = Array.from({ length: 257 }, (_, i) => [i + 1, 0]);
  for (const v of [-128, 127]) {
    const row = new Int32Array(new Int8Array(16).fill(v).buffer);
    compileLabelSummer(many, 4)(0, atoms, row, sc, 0);
    assert.deepEqual(Array.from(sc), new Array(16).fill(v * 257));
  }
  assert.throws(() => compileLabelSummer(list, 5), RangeError);
  assert.equal(LABEL_SUMS.length, 4);
});

test('per-token group summers give the sums of the stack-token and buffer features', () => {
  const r = rng(9);
  const bits = 12;
  const mask = (1 << bits) - 1;
  const act = randomInt8(r, 3 << bits);
  const W = packedActTable(act);
  const st = new State();
  const n = 7;
  st.init(n);
  for (let i = 0; i < n; i++) {
    st.w[i] = 3 + (r() % 500);
    st.t[i] = 2 + (r() % 18) * 64 + (r() % 50);
  }
  const f = new Int32Array(32);
  const out = new Int32Array(3);
  const rowSums = (k: number): number[] => {
    const s = [0, 0, 0];
    for (let i = 0; i < k; i++) for (let c = 0; c < 3; c++) s[c] += act[3 * f[i] + c];
    return s;
  };
  for (let x = -1; x <= n; x++) {
    for (let pos = 0; pos < 3; pos++) {
      if (x === n) continue;
      const want = rowSums(st.stackTokenFeatures(pos, x, f, 0, mask));
      st.tokenAtoms(x, false);
      TOKEN_SUMS.stack[pos](st.atoms, W, out, 0, mask);
      assert.deepEqual(Array.from(out), want, `stack ${pos}, token ${x}`);
    }
    if (x < 0) continue;
    const want = rowSums(st.bufferFeatures(x, f, 0, mask));
    st.tokenAtoms(x, true);
    TOKEN_SUMS.buffer(st.atoms, W, out, 0, mask);
    assert.deepEqual(Array.from(out), want, `buffer at ${x}`);
  }
});

/** The model with its tables as Float32 copies: the decoder then hashes and sums every feature plainly. */
function floatCopy(m: ParserModel): ParserModel {
  return { ...m, act: Float32Array.from(m.act), lab: Float32Array.from(m.lab), beamModel: undefined, reverseModel: undefined };
}

// Invented sentences, word/UPOS/XPOS.
const SENTENCES = [
  'The/DET/DT governor/NOUN/NN of/ADP/IN Lakemont/PROPN/NNP ,/PUNCT/, who/PRON/WP had/AUX/VBD promised/VERB/VBN new/ADJ/JJ roads/NOUN/NNS ,/PUNCT/, resigned/VERB/VBD on/ADP/IN Friday/PROPN/NNP after/SCONJ/IN auditors/NOUN/NNS found/VERB/VBD missing/ADJ/JJ funds/NOUN/NNS ./PUNCT/.',
  'Fishermen/NOUN/NNS from/ADP/IN two/NUM/CD coastal/ADJ/JJ villages/NOUN/NNS blocked/VERB/VBD the/DET/DT harbour/NOUN/NN to/PART/TO protest/VERB/VB against/ADP/IN a/DET/DT new/ADJ/JJ quota/NOUN/NN ./PUNCT/.',
  'Envoys/NOUN/NNS of/ADP/IN Veltria/PROPN/NNP and/CCONJ/CC Morrova/PROPN/NNP will/AUX/MD meet/VERB/VB in/ADP/IN Castelbrun/PROPN/NNP next/ADJ/JJ week/NOUN/NN to/PART/TO discuss/VERB/VB the/DET/DT disputed/VERB/VBN border/NOUN/NN ./PUNCT/.',
  'She/PRON/PRP smiled/VERB/VBD ./PUNCT/.',
  'Officials/NOUN/NNS in/ADP/IN Harwick/PROPN/NNP said/VERB/VBD that/SCONJ/IN the/DET/DT river/NOUN/NN ,/PUNCT/, which/PRON/WDT had/AUX/VBD risen/VERB/VBN for/ADP/IN three/NUM/CD days/NOUN/NNS ,/PUNCT/, flooded/VERB/VBD farms/NOUN/NNS near/ADP/IN the/DET/DT old/ADJ/JJ bridge/NOUN/NN and/CCONJ/CC forced/VERB/VBD hundreds/NOUN/NNS of/ADP/IN families/NOUN/NNS to/PART/TO leave/VERB/VB their/PRON/PRP$ homes/NOUN/NNS before/ADP/IN dawn/NOUN/NN on/ADP/IN Tuesday/PROPN/NNP ,/PUNCT/, while/SCONJ/IN rescue/NOUN/NN teams/NOUN/NNS from/ADP/IN Pellory/PROPN/NNP searched/VERB/VBD for/ADP/IN two/NUM/CD missing/ADJ/JJ fishermen/NOUN/NNS ./PUNCT/.',
  'Troops/NOUN/NNS withdrew/VERB/VBD ./PUNCT/.',
  'A/DET/DT spokesman/NOUN/NN said/VERB/VBD the/DET/DT company/NOUN/NN ,/PUNCT/, which/PRON/WDT employs/VERB/VBZ 900/NUM/CD people/NOUN/NNS in/ADP/IN Dornbay/PROPN/NNP ,/PUNCT/, would/AUX/MD not/PART/RB close/VERB/VB its/PRON/PRP$ plant/NOUN/NN there/ADV/RB but/CCONJ/CC might/AUX/MD cut/VERB/VB shifts/NOUN/NNS ./PUNCT/.',
];

test('the packed decoder parses as the plain Float32 decoder does (greedy and beam, with and without pruning)', () => {
  const shipped = loadParser(DEFAULT_PARSER_MODEL).model;
  for (const [model, widths] of [
    [shipped, [1]],
    [shipped.beamModel!, [2, 4, 8]],
  ] as const) {
    const fast = new Decoder(model);
    const plain = new Decoder(floatCopy(model));
    for (const s of SENTENCES) {
      const toks = s.split(' ').map((t) => t.split('/'));
      const form = toks.map((t) => t[0]);
      const upos = toks.map((t) => uposId(t[1]));
      const xpos = toks.map((t) => xposId(t[2]));
      const n = form.length;
      for (const width of widths) {
        for (const margin of [Infinity, 300, 40]) {
          const run = (dec: Decoder): { head: number[]; label: number[] } => {
            dec.load(form, upos, xpos, 0, n);
            dec.parseBeam(width, margin);
            return { head: Array.from(dec.state.head.subarray(0, n)), label: Array.from(dec.state.label.subarray(0, n)) };
          };
          const want = run(plain);
          assert.deepEqual(run(fast), want, `${form.join(' ')} at width ${width}, margin ${margin}`);
          // A real tree: one root, every token headed.
          assert.equal(want.head.filter((h) => h === n).length, 1);
          assert.ok(want.head.every((h) => h >= 0 && h <= n));
        }
      }
    }
  }
});

test('packed label scoring gives the plain scores of every candidate, for arcs between any two tokens of a parsed sentence', () => {
  const model = loadParser(DEFAULT_PARSER_MODEL).model.beamModel!;
  const fast = new Decoder(model);
  const plain = new Decoder(floatCopy(model));
  let scored = 0;
  const wide = new Set<number>();
  for (const s of SENTENCES) {
    const toks = s.split(' ').map((t) => t.split('/'));
    const form = toks.map((t) => t[0]);
    const n = form.length;
    // A greedy parse leaves children, valency and label sets in the state for the label templates to read.
    plain.load(
      form,
      toks.map((t) => uposId(t[1])),
      toks.map((t) => xposId(t[2])),
      0,
      n,
    );
    plain.parse();
    const st = plain.state;
    for (let h = 0; h < n; h++) {
      for (let d = 0; d < n; d++) {
        if (d === h) continue;
        const want = plain.bestLabel(h, d, st);
        const nc = model.candStart[plain.lastKey + 1] - model.candStart[plain.lastKey];
        const wantScores = Array.from(plain.lscores.subarray(0, nc));
        fast.lscores.fill(12345);
        assert.equal(fast.bestLabel(h, d, st), want, `${form[d]} <- ${form[h]}`);
        assert.equal(fast.lastKey, plain.lastKey);
        assert.equal(fast.lastCand, plain.lastCand);
        if (nc > 1) {
          assert.deepEqual(Array.from(fast.lscores.subarray(0, nc)), wantScores, `${form[d]} <- ${form[h]}`);
          scored++;
          wide.add((nc + 3) >> 2);
        }
      }
    }
  }
  // Arcs of every width of candidate list (1 to 4 words of a row) were compared.
  assert.ok(scored > 500);
  assert.deepEqual([...wide].sort(), [1, 2, 3, 4]);
});
