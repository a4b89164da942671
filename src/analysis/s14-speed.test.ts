import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readModel, Tagger } from './tagger/model.js';
import { DEFAULT_TAGGER_PATH } from './tagger/paths.js';
import { NO_TAG } from './tagger/lexicon.js';
import { START1 } from './tagger/features.js';
import { MAX_SENTENCE_TOKENS, tokenize } from './tokenize/index.js';

// Speed session 14: same-output rewrites of the tagger's decoding argmax and of the sentence
// splitter's output columns. These tests check the rewritten code against its specification.

/** The decoder's internals after tagging a sentence (a white-box view for the checks below). */
interface Internals {
  nClasses: number;
  fixed: Uint8Array;
  mk: Int32Array;
  cur: Uint8Array;
  stat: Int32Array;
  hist: Int32Array;
  cm: { bits: Uint32Array; words: number } | undefined;
}

const tagger = new Tagger({ ...readModel(DEFAULT_TAGGER_PATH), next: undefined });

// Invented sentences, lowercase dictionary words (masked) among names and rare words (unmasked).
const SENTENCES = [
  'Rebels from the Ostrava valley shelled two villages near Kelmira late on Tuesday , officials said .',
  'The ministry denied that its envoys had met the opposition leader Tavi Omondro in secret .',
  'prices rose sharply after the central bank of Veldoria cut its lending rate again .',
  'Talks between the two neighbours broke down when the delegation walked out , a spokesman told reporters .',
  'She said the plan would be reviewed , but critics called it a stalling tactic .',
];

test('tagger decode: each token gets the first best class, among its mask classes when it has a mask', () => {
  const t = tagger as unknown as Internals;
  const C = t.nClasses;
  const H = (C + 2) * C;
  let masked = 0;
  let unmasked = 0;
  for (const s of SENTENCES) {
    const words = s.split(' ');
    const u = new Uint8Array(words.length);
    const x = new Uint8Array(words.length);
    tagger.tagSentence(words, u, x);
    assert.ok(t.cm, 'the shipped tagger has a tag dictionary');
    const bits = t.cm.bits;
    let p1 = START1;
    let p2 = START1 + 1;
    for (let i = 0; i < words.length; i++) {
      const c0 = t.cur[i];
      if (t.fixed[i] === NO_TAG) {
        // The row the decoder compared: the static row (with everything added in decoding) plus the history row.
        const vh = (p1 < C ? p1 : C + p1 - START1) * H + (p2 < C ? p2 : C + p2 - START1) * C;
        const score = (c: number): number => t.stat[i * C + c] + t.hist[vh + c];
        const m = t.mk[i];
        const allowed = (c: number): boolean => m < 0 || ((bits[m + (c >>> 5)] >>> (c & 31)) & 1) === 1;
        let best = -1;
        for (let c = 0; c < C; c++) if (allowed(c) && (best < 0 || score(c) > score(best))) best = c;
        assert.equal(c0, best < 0 ? 0 : best, `'${words[i]}' in "${s}"`);
        if (m >= 0) masked++;
        else unmasked++;
      }
      p2 = p1;
      p1 = c0;
    }
  }
  // Both paths were exercised.
  assert.ok(masked >= 10 && unmasked >= 5, `masked ${masked}, unmasked ${unmasked}`);
});

test('splitSentences: columns of a short text are exact typed arrays of the boundaries', () => {
  const text = 'Farmers in Dunmere blocked the highway. Police cleared it by noon! Was anyone hurt? No.';
  const t = tokenize(text);
  assert.ok(t.sentStart instanceof Int32Array && t.sentEnd instanceof Int32Array);
  assert.equal(t.sentStart.length, 4);
  assert.deepEqual([...t.sentStart], [0, 7, 13, 17]);
  assert.deepEqual([...t.sentEnd], [7, 13, 17, 19]);
  assert.equal(t.form[t.sentEnd[0] - 1], '.');
  assert.equal(t.form[t.sentStart[1]], 'Police');
});

test('splitSentences: a sentence over the cap is still cut, with the short sentences around it kept whole', () => {
  const long = Array.from({ length: MAX_SENTENCE_TOKENS + 40 }, (_, k) => `w${k}`).join(' ');
  const text = `Envoys arrived in Sarnow. ${long}. The talks resumed.`;
  const t = tokenize(text);
  assert.equal(t.sentStart[0], 0);
  assert.equal(t.sentEnd[0], 5);
  const n = t.sentStart.length;
  assert.equal(n, 4);
  for (let q = 0; q < n; q++) {
    assert.ok(t.sentEnd[q] - t.sentStart[q] <= MAX_SENTENCE_TOKENS);
    if (q > 0) assert.equal(t.sentStart[q], t.sentEnd[q - 1]);
  }
  assert.equal(t.sentEnd[n - 1], t.start.length);
  assert.equal(t.form[t.sentStart[n - 1]], 'The');
});
