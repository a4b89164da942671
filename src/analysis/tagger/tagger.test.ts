import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../doc.js';
import { runStages, checkStages } from '../pipeline.js';
import { UPOS, XPOS } from '../tags.js';
import { AnnalsError } from '../../errors.js';
import { loadTagger, taggerStage } from './index.js';
import { decodeModel, encodeModel, readModel, Tagger } from './model.js';
import { WordClasses } from './lexicon.js';
import { scratchDir } from '../../testkit/tmp.js';

// Tests load the committed model; they never train.
const tagger = loadTagger();

function tag(words: string[]): { upos: string[]; xpos: string[] } {
  const u = new Uint8Array(words.length);
  const x = new Uint8Array(words.length);
  tagger.tagSentence(words, u, x);
  return { upos: [...u].map((i) => UPOS[i]), xpos: [...x].map((i) => XPOS[i]) };
}

test('tags a simple news sentence', () => {
  const r = tag(['Iraq', 'and', 'Iran', 'agreed', 'to', 'restore', 'ties', '.']);
  assert.deepEqual(r.upos, ['PROPN', 'CCONJ', 'PROPN', 'VERB', 'PART', 'VERB', 'NOUN', 'PUNCT']);
  assert.equal(r.xpos[3], 'VBD');
  assert.equal(r.xpos[5], 'VB');
  assert.equal(r.xpos[6], 'NNS');
});

test('passive: auxiliary and participle', () => {
  const r = tag(['The', 'embassy', 'was', 'attacked', 'by', 'gunmen', '.']);
  assert.deepEqual(r.upos, ['DET', 'NOUN', 'AUX', 'VERB', 'ADP', 'NOUN', 'PUNCT']);
  assert.equal(r.xpos[2], 'VBD');
  assert.equal(r.xpos[3], 'VBN');
});

test('taggerStage fills every sentence of a Doc', () => {
  const doc = Doc.fromWords([
    ['Rebels', 'seized', 'the', 'town', '.'],
    ['The', 'president', 'condemned', 'the', 'attack', '.'],
  ]);
  const stage = taggerStage(tagger);
  checkStages([stage]);
  runStages([stage], doc);
  assert.ok(doc.annotations.has('token.pos'));
  assert.equal(doc.token(1).upos, 'VERB');
  assert.equal(doc.token(1).xpos, 'VBD');
  assert.equal(doc.token(6).upos, 'NOUN');
  assert.equal(doc.token(7).upos, 'VERB');
  assert.equal(doc.token(9).upos, 'NOUN');
  assert.equal(doc.token(10).upos, 'PUNCT');
});

test('robust: empty sentence, empty Doc, empty token', () => {
  const u = new Uint8Array(0);
  tagger.tagSentence([], u, u);
  const doc = Doc.fromWords([]);
  runStages([taggerStage(tagger)], doc);
  assert.equal(doc.length, 0);
  const r = tag(['', 'x', '']);
  assert.equal(r.upos.length, 3);
  assert.ok(r.upos.every((t) => t !== '_'));
});

test('robust: a 5,000-token sentence is tagged completely', () => {
  const base = ['The', 'army', 'said', 'that', 'troops', 'fired', 'on', 'protesters', ','];
  const words = Array.from({ length: 5000 }, (_, i) => base[i % base.length]);
  const r = tag(words);
  assert.equal(r.upos.length, 5000);
  assert.ok(r.upos.every((t) => t !== '_'));
  assert.equal(r.upos[4994], 'PUNCT'); // a ',' near the end
  assert.equal(r.upos[4996], 'NOUN'); // 'army'
});

test('robust: non-Latin script and all caps still get real tags', () => {
  const r1 = tag(['Путин', 'встретился', 'с', 'Си', '。', 'مرحبا']);
  assert.ok(r1.upos.every((t) => t !== '_'));
  const r2 = tag(['REBELS', 'ATTACKED', 'THE', 'CAPITAL', '.']);
  assert.ok(r2.upos.every((t) => t !== '_'));
  assert.equal(r2.upos[4], 'PUNCT');
  // Digits and symbols.
  const r3 = tag(['He', 'paid', '$', '1,500', 'on', '12/03/2021', '.']);
  assert.equal(r3.upos[3], 'NUM');
  assert.equal(r3.upos[2], 'SYM');
});

test('model bytes round-trip and corrupt files raise E_MODEL', () => {
  const m = readModel(join(import.meta.dirname, '../../../models/tagger.bin'));
  const bytes = encodeModel(m);
  const again = decodeModel(bytes);
  assert.deepEqual(again.w, m.w);
  const dir = scratchDir('annals-tagger-');
  const bad = join(dir, 'bad.bin');
  writeFileSync(bad, bytes.subarray(0, 100));
  assert.throws(() => loadTagger(bad), (e: unknown) => e instanceof AnnalsError && e.code === 'E_MODEL' && e.file === bad);
  assert.throws(() => loadTagger(join(dir, 'missing.bin')), (e: unknown) => e instanceof AnnalsError && e.code === 'E_MODEL');
});

test('word cache is transparent: a tiny cache (resets, uncached long sentences) gives the same tags', () => {
  const small = loadTagger(undefined, { cacheTypes: 16 });
  const sents = [
    ['Rebels', 'seized', 'the', 'town', 'of', 'Kidal', 'on', 'Monday', '.'],
    ['The', 'ministry', 'said', 'talks', 'with', 'the', 'opposition', 'would', 'resume', 'next', 'week', ',', 'after', 'a',
      'month', 'of', 'clashes', 'in', 'which', 'dozens', 'of', 'people', 'were', 'killed', '.'],
    ['Police', 'arrested', 'three', 'men', '.'],
  ];
  for (let rep = 0; rep < 3; rep++) {
    for (const words of sents) {
      const a = new Uint8Array(words.length);
      const b = new Uint8Array(words.length);
      const c = new Uint8Array(words.length);
      const d = new Uint8Array(words.length);
      tagger.tagSentence(words, a, b);
      small.tagSentence(words, c, d);
      assert.deepEqual(c, a);
      assert.deepEqual(d, b);
    }
  }
});

test('the committed model chains a right-to-left model; each direction alone tags correctly and the chain round-trips', () => {
  const m = readModel(join(import.meta.dirname, '../../../models/tagger.bin'));
  assert.equal(m.reverse, false);
  assert.ok(m.next, 'a second model is chained');
  assert.equal(m.next.reverse, true);
  const again = decodeModel(encodeModel(m));
  assert.deepEqual(again.next?.w, m.next.w);
  assert.equal(again.next?.reverse, true);
  // A WordNet class table is stored once, in the first section, and shared by the chained model.
  const wn = WordClasses.withCapacity(2);
  wn.set(12345, 7);
  wn.set(-99, 300);
  const bare = { ...m, wn: undefined, next: { ...m.next, wn: undefined } };
  const withWn = decodeModel(encodeModel({ ...m, wn, next: { ...m.next, wn } }));
  assert.equal(withWn.next?.wn, withWn.wn);
  assert.equal(withWn.wn?.get(12345), 7);
  assert.equal(withWn.wn?.get(-99), 300);
  assert.equal(withWn.wn?.get(5), 0);
  assert.equal(encodeModel(withWn).length, encodeModel(bare).length + 4 + wn.keys.length * 6);
  assert.equal(decodeModel(encodeModel(bare)).wn, undefined, 'a model without the table stays without');
  const words = ['The', 'rebels', 'seized', 'the', 'town', 'of', 'Kidal', 'on', 'Monday', '.'];
  const gold = ['DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'ADP', 'PROPN', 'ADP', 'PROPN', 'PUNCT'];
  for (const one of [new Tagger({ ...m, next: undefined }), new Tagger(m.next)]) {
    const u = new Uint8Array(words.length);
    const x = new Uint8Array(words.length);
    one.tagSentence(words, u, x);
    assert.deepEqual([...u].map((i) => UPOS[i]), gold);
  }
  // A chained model with other classes is refused.
  const other = { ...m, next: { ...m.next, classXpos: m.next.classXpos.map((x, c) => (c === 0 ? x + 1 : x)) } };
  assert.throws(() => new Tagger(other), (e: unknown) => e instanceof AnnalsError && e.code === 'E_MODEL');
});

test('bidirectional: false loads the left-to-right model alone, which still tags a news sentence', () => {
  const one = loadTagger(undefined, { bidirectional: false });
  const words = ['Iraq', 'and', 'Iran', 'agreed', 'to', 'restore', 'ties', '.'];
  const u = new Uint8Array(words.length);
  const x = new Uint8Array(words.length);
  one.tagSentence(words, u, x);
  assert.deepEqual([...u].map((i) => UPOS[i]), ['PROPN', 'CCONJ', 'PROPN', 'VERB', 'PART', 'VERB', 'NOUN', 'PUNCT']);
  assert.equal(XPOS[x[3]], 'VBD');
});

test('the decoder scores exactly allFeatures: same tags as summing every feature of every token directly', async () => {
  const { allFeatures, dynamicFeatures, dynamicFixedFeatures, dynamicPrevFeatures, staticFeatures, wordFeatures, wnClassOf, Scratch, sentenceCase, END, START1, START2, WF, W_AMB, W_LOWER, W_TOP, W_WN, MAX_FEATS } =
    await import('./features.js');
  const { AMB_UNKNOWN, NO_TAG, TOP_UNKNOWN, MASK_GUESSES, MASK_INITIAL } = await import('./lexicon.js');
  const { isLowercaseForm } = await import('./model.js');
  const m = { ...readModel(join(import.meta.dirname, '../../../models/tagger.bin')), next: undefined };
  const fast = new Tagger(m);
  const C = m.classUpos.length;
  const off = new Int32Array(m.count.length + 1);
  for (let b = 0; b < m.count.length; b++) off[b + 1] = off[b] + m.count[b];
  const mask = m.count.length - 1;
  // A model trained with WordNet classes (the shipped one) reads them in every feature family.
  const wnTable = m.wn;
  const wn = wnTable !== undefined;
  const add = (feats: Int32Array, k: number, sc: Int32Array): void => {
    for (let j = 0; j < k; j++) for (let e = off[feats[j] & mask]; e < off[(feats[j] & mask) + 1]; e++) sc[m.cls[e]] += m.w[e];
  };
  // A tag dictionary (lexicon.ts ClassMasks), when the model has one, restricts a lowercase word's classes.
  const masks = m.masks;
  const argmax = (sc: Int32Array, allow: (c: number) => boolean = () => true): number =>
    sc.reduce((b, x, c) => (allow(c) && (!allow(b) || x > sc[b]) ? c : b), 0);
  const sents = [
    ['Rebels', 'seized', 'the', 'town', 'of', 'Kidal', 'on', 'Monday', ',', 'officials', 'said', '.'],
    ['The', 'ministry', 'said', 'talks', 'with', 'the', 'opposition', 'would', 'resume', 'next', 'week', '.'],
    ['POLICE', 'ARREST', 'THREE', 'MEN', 'IN', 'CROSS-BORDER', 'RAID'],
    ['Shelling', 'hit', 'Zlorbia', "'s", 'capital', 'overnight'],
  ];
  const feats = new Int32Array(MAX_FEATS);
  const tmp = new Int32Array(MAX_FEATS);
  for (const words of sents) {
    const n = words.length;
    const wf = new Int32Array(n * WF);
    const fixed = new Uint8Array(n);
    words.forEach((w, i) => {
      wordFeatures(w, wf, i * WF, new Scratch());
      const s = m.lexicon.find(wf[i * WF + W_LOWER]);
      wf[i * WF + W_AMB] = s < 0 ? AMB_UNKNOWN : m.lexicon.amb[s];
      wf[i * WF + W_TOP] = s < 0 ? TOP_UNKNOWN : m.lexicon.top[s];
      wf[i * WF + W_WN] = wnTable ? wnClassOf(wf, i * WF, (h) => wnTable.get(h)) : 0;
      fixed[i] = s < 0 ? NO_TAG : m.lexicon.tag[s];
    });
    const allowOf = (i: number, guessing: boolean): ((c: number) => boolean) => {
      if (!masks || !isLowercaseForm(words[i]) || (guessing && (masks.rules & MASK_GUESSES) === 0)) return () => true;
      if (i === 0 && (masks.rules & MASK_INITIAL) === 0) return () => true;
      const o = masks.find(wf[i * WF + W_LOWER]);
      return o < 0 ? () => true : (c) => masks.allows(o, c);
    };
    const guess = words.map((_, i) => {
      if (fixed[i] !== NO_TAG) return fixed[i];
      const sc = new Int32Array(C);
      add(feats, staticFeatures(wf, i, n, feats, tmp, wn), sc);
      return argmax(sc, allowOf(i, true));
    });
    const sc0 = sentenceCase(wf, n);
    const want: number[] = [];
    let p1 = START1;
    let p2 = START2;
    for (let i = 0; i < n; i++) {
      const g1 = i + 1 < n ? guess[i + 1] : END;
      const g2 = i + 2 < n ? guess[i + 2] : END;
      // The split used by the decoder emits the same features as dynamicFeatures.
      const all = [...tmp.subarray(0, dynamicFeatures(wf, i, n, p1, sc0, g1, tmp, wn))].sort();
      const k1 = dynamicFixedFeatures(wf, i, n, g1, feats);
      const split = [...feats.subarray(0, k1)];
      const k2 = dynamicPrevFeatures(wf, i, n, p1, feats, wn);
      split.push(...feats.subarray(0, k2));
      assert.deepEqual(split.sort(), all);
      let best = fixed[i];
      if (best === NO_TAG) {
        const sc = new Int32Array(C);
        add(feats, allFeatures(wf, i, n, p1, p2, sc0, g1, g2, feats, tmp, wn), sc);
        best = argmax(sc, allowOf(i, false));
      }
      want.push(best);
      p2 = p1;
      p1 = best;
    }
    const u = new Uint8Array(n);
    const x = new Uint8Array(n);
    fast.tagSentence(words, u, x);
    assert.deepEqual([...u], want.map((c) => m.classUpos[c]), words.join(' '));
    assert.deepEqual([...x], want.map((c) => m.classXpos[c]), words.join(' '));
  }
});
