import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { ConlluSentence } from '../conllu.js';
import { UPOS, XPOS, uposId, xposId } from '../tags.js';
import { ClassMasks, MASK_GUESSES, MASK_INITIAL } from './lexicon.js';
import { decodeModel, encodeModel, readModel, Tagger, type TaggerModelData } from './model.js';
import { buildClassMasks, classOfPair, withClassMasks, wordnetUpos } from './tagdict.js';
import { WN_NOUN, WN_VERB, WN_VERB_ED } from './wordnet.js';

// The committed model's weights and classes, without any tag dictionary it may carry: tests never train.
const committed = readModel(join(import.meta.dirname, '../../../models/tagger.bin'));
const bare: TaggerModelData = { ...committed, masks: undefined, next: committed.next ? { ...committed.next, masks: undefined } : undefined };

/** An invented gold sentence from "word/UPOS/XPOS" items. */
function sent(text: string): ConlluSentence {
  const items = text.split(' ').map((t) => t.split('/'));
  return {
    words: items.map((t) => t[0]),
    upos: items.map((t) => t[1]),
    xpos: items.map((t) => t[2]),
    lemmas: items.map((t) => t[0].toLowerCase()),
    heads: items.map(() => 0),
    deprels: items.map(() => 'dep'),
    line: 1,
  };
}

function tagWith(t: Tagger, words: string[]): string[] {
  const u = new Uint8Array(words.length);
  const x = new Uint8Array(words.length);
  t.tagSentence(words, u, x);
  return words.map((_, i) => `${UPOS[u[i]]}/${XPOS[x[i]]}`);
}

// Invented treebank: lowercase "met" is only ever a noun here (its real use is a verb), so a bound
// tagger must tag it as a noun even where the weights say verb; "Met" capitalised is not counted.
const invented = [
  sent('The/DET/DT met/NOUN/NN was/AUX/VBD closed/ADJ/JJ ./PUNCT/.'),
  sent('A/DET/DT met/NOUN/NN opened/VERB/VBD ./PUNCT/.'),
  sent('Met/PROPN/NNP officials/NOUN/NNS spoke/VERB/VBD ./PUNCT/.'),
  sent('We/PRON/PRP saw/VERB/VBD the/DET/DT met/NOUN/NN ./PUNCT/.'),
  sent('They/PRON/PRP left/VERB/VBD ./PUNCT/.'),
];
const news = [
  ['Maren', 'Tolvay', 'met', 'Maliki', '.'],
  ['Officials', 'met', 'the', 'five', 'detainees', 'on', 'Monday', '.'],
  ['The', 'ministers', 'met', 'in', 'Kampala', 'and', 'left', '.'],
];

test('a tag dictionary holds the classes of lowercase occurrences of frequent words only', () => {
  const masks = buildClassMasks(bare, invented, { minCount: 3, minClass: 1, byUpos: false, rules: 0 });
  const noun = classOfPair(bare, uposId('NOUN'), xposId('NN'));
  const verb = classOfPair(bare, uposId('VERB'), xposId('VBD'));
  const find = (w: string): number => masksFind(masks, w);
  const o = find('met');
  assert.ok(o >= 0, 'met (3 lowercase occurrences) is bound');
  assert.ok(masks.allows(o, noun));
  assert.ok(!masks.allows(o, verb));
  assert.ok(!masks.allows(o, classOfPair(bare, uposId('PROPN'), xposId('NNP'))), 'the capitalised "Met" is not counted');
  assert.equal(find('left'), -1, 'left (1 occurrence) is free');
  // By UPOS: every class of the UPOS seen.
  const byUpos = buildClassMasks(bare, invented, { minCount: 3, minClass: 1, byUpos: true, rules: 0 });
  const p = masksFind(byUpos, 'met');
  assert.ok(byUpos.allows(p, classOfPair(bare, uposId('NOUN'), xposId('NNS'))));
  assert.ok(!byUpos.allows(p, verb));
});

/** Mask offset of a word (hashed as the tagger hashes it). */
function masksFind(masks: ClassMasks, word: string): number {
  // Same hash as the tagger's lexicon key; via buildClassMasks on a one-word sentence would be circular.
  const probe = buildClassMasks(bare, [sent(`${word}/X/FW`)], { minCount: 1, minClass: 1, byUpos: false, rules: 0 });
  for (let s = 0; s < probe.keys.length; s++) if (probe.keys[s] !== 0) return masks.find(probe.keys[s]);
  return -1;
}

test('a rare tag pair folds into its UPOS\'s first class, as training folds it', () => {
  for (let c = 0; c < bare.classUpos.length; c++) assert.equal(classOfPair(bare, bare.classUpos[c], bare.classXpos[c]), c);
  const first = [...bare.classUpos].indexOf(uposId('VERB'));
  assert.equal(classOfPair(bare, uposId('VERB'), xposId('NNP')), first);
});

test('a bound lowercase word never gets a class outside its mask; capitalised and first words stay free', () => {
  const masks = buildClassMasks(bare, invented, { minCount: 3, minClass: 1, byUpos: false, rules: 0 });
  const free = new Tagger({ ...bare, next: undefined });
  const bound = new Tagger({ ...withClassMasks(bare, masks), next: undefined });
  const both = new Tagger(withClassMasks(bare, masks));
  let changed = 0;
  for (const words of news) {
    const a = tagWith(free, words);
    const b = tagWith(bound, words);
    const c = tagWith(both, words);
    for (let i = 0; i < words.length; i++) {
      if (words[i] !== 'met') continue;
      assert.equal(b[i], 'NOUN/NN', words.join(' '));
      assert.equal(c[i], 'NOUN/NN', `${words.join(' ')} (both directions)`);
      if (a[i] !== b[i]) changed++;
    }
  }
  assert.ok(changed > 0, 'the weights alone tag some "met" otherwise: the mask did the work');
  // Capitalised: not bound. Sentence-initial lowercase: free unless the rules say so.
  for (const words of [['Met', 'officials', 'spoke', '.'], ['met', 'officials', 'spoke', '.']]) {
    assert.equal(tagWith(bound, words)[0], tagWith(free, words)[0], words.join(' '));
  }
  const initial = new Tagger({ ...withClassMasks(bare, buildClassMasks(bare, invented, { minCount: 3, minClass: 1, byUpos: false, rules: MASK_INITIAL | MASK_GUESSES })), next: undefined });
  assert.equal(tagWith(initial, ['met', 'officials', 'spoke', '.'])[0], 'NOUN/NN');
  // A mask admitting every class changes nothing.
  const all = ClassMasks.withCapacity(1, bare.classUpos.length, 0);
  all.set(masks.keys[masks.keys.findIndex((k) => k !== 0)], bare.classUpos.map((_, c) => c));
  const open = new Tagger({ ...bare, masks: all, next: undefined });
  for (const words of news) assert.deepEqual(tagWith(open, words), tagWith(free, words));
});

test('class masks round-trip through the model file, once, shared by the chained model; old files load unchanged', () => {
  const masks = buildClassMasks(bare, invented, { minCount: 3, minClass: 1, byUpos: false, rules: MASK_GUESSES });
  const oldBytes = encodeModel(bare);
  const dv = new DataView(oldBytes.buffer, oldBytes.byteOffset);
  assert.equal(dv.getUint32(28, true) & 8, 0, 'no mask flag without masks');
  const old = decodeModel(oldBytes);
  assert.equal(old.masks, undefined);
  assert.deepEqual(encodeModel(old), oldBytes, 'a file without masks re-encodes byte for byte');
  for (const words of news) assert.deepEqual(tagWith(new Tagger({ ...old, next: undefined }), words), tagWith(new Tagger({ ...bare, next: undefined }), words));
  const bytes = encodeModel(withClassMasks(bare, masks));
  assert.equal(bytes.length, oldBytes.length + 12 + masks.keys.length * 4 * (1 + masks.words), 'stored once, in the first section');
  const again = decodeModel(bytes);
  assert.ok(again.masks);
  assert.equal(again.masks.rules, MASK_GUESSES);
  assert.equal(again.masks.words, Math.ceil(bare.classUpos.length / 32));
  assert.deepEqual([...again.masks.keys], [...masks.keys]);
  assert.deepEqual([...again.masks.bits], [...masks.bits]);
  if (again.next) assert.equal(again.next.masks, again.masks);
  // Deterministic: the same inputs give the same bytes.
  assert.deepEqual(encodeModel(withClassMasks(bare, buildClassMasks(bare, invented, { minCount: 3, minClass: 1, byUpos: false, rules: MASK_GUESSES }))), bytes);
});

test('with WordNet a mask also admits the open parts of speech WordNet gives the word', () => {
  assert.deepEqual(wordnetUpos(WN_NOUN | WN_VERB).sort(), [uposId('NOUN'), uposId('VERB')].sort());
  assert.deepEqual(wordnetUpos(WN_VERB_ED).sort(), [uposId('VERB'), uposId('ADJ')].sort());
  assert.deepEqual(wordnetUpos(0), []);
  // Invented: lowercase "resume" only ever a noun; WordNet (in the committed model) knows the verb.
  const resume = [1, 2, 3].map(() => sent('My/PRON/PRP$ resume/NOUN/NN is/AUX/VBZ long/ADJ/JJ ./PUNCT/.'));
  assert.ok(bare.wn, 'the committed model carries a WordNet table');
  const plain = buildClassMasks(bare, resume, { minCount: 3, minClass: 1, byUpos: true, rules: 0, wordnet: false });
  const withWn = buildClassMasks(bare, resume, { minCount: 3, minClass: 1, byUpos: true, rules: 0, wordnet: true });
  const verb = classOfPair(bare, uposId('VERB'), xposId('VB'));
  assert.ok(!plain.allows(masksFind(plain, 'resume'), verb));
  assert.ok(withWn.allows(masksFind(withWn, 'resume'), verb));
  assert.ok(!withWn.allows(masksFind(withWn, 'resume'), classOfPair(bare, uposId('PROPN'), xposId('NNP'))));
  const t = new Tagger({ ...withClassMasks(bare, withWn), next: undefined });
  assert.equal(tagWith(t, ['Officials', 'agreed', 'to', 'resume', 'talks', '.'])[3], 'VERB/VB');
});
