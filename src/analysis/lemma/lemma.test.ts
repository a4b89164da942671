import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../doc.js';
import { checkStages, runStages } from '../pipeline.js';
import { uposId, xposId } from '../tags.js';
import { AnnalsError } from '../../errors.js';
import { loadTagger, taggerStage } from '../tagger/index.js';
import { lemmaStage, loadLemmatizer } from './index.js';
import { scratchDir } from '../../testkit/tmp.js';

// Tests load the committed model; they never train.
const lem = loadLemmatizer();
const L = (form: string, upos: string, xpos: string, first = false): string => lem.lemma(form, uposId(upos), xposId(xpos), first);

test('verbs go to their base form', () => {
  assert.equal(L('attacked', 'VERB', 'VBD'), 'attack');
  assert.equal(L('attacked', 'VERB', 'VBN'), 'attack');
  assert.equal(L('agreed', 'VERB', 'VBD'), 'agree');
  assert.equal(L('met', 'VERB', 'VBD'), 'meet');
  assert.equal(L('bombed', 'VERB', 'VBD'), 'bomb');
  assert.equal(L('stopped', 'VERB', 'VBD'), 'stop');
  assert.equal(L('hoped', 'VERB', 'VBD'), 'hope');
  assert.equal(L('tried', 'VERB', 'VBD'), 'try');
  assert.equal(L('condemns', 'VERB', 'VBZ'), 'condemn');
  assert.equal(L('threatening', 'VERB', 'VBG'), 'threaten');
  assert.equal(L('making', 'VERB', 'VBG'), 'make');
  assert.equal(L('Accused', 'VERB', 'VBN', true), 'accuse');
});

test('irregular past tenses and participles EWT lacks under one tag go to their base (under either tag)', () => {
  for (const [form, base] of [
    ['shot', 'shoot'],
    ['fought', 'fight'],
    ['fled', 'flee'],
    ['upheld', 'uphold'],
    ['withheld', 'withhold'],
    ['overthrew', 'overthrow'],
    ['swept', 'sweep'],
    ['stood', 'stand'],
  ] as const) {
    assert.equal(L(form, 'VERB', 'VBD'), base, `${form}/VBD`);
    assert.equal(L(form, 'VERB', 'VBN'), base, `${form}/VBN`);
  }
  // Regular doublings stay with the rules, whatever the irregular list holds.
  assert.equal(L('boycotted', 'VERB', 'VBD'), 'boycott');
  assert.equal(L('plotted', 'VERB', 'VBD'), 'plot');
  // Other tags are untouched: "shot" as a noun, "found" (VBP of the regular verb) keeps its form.
  assert.equal(L('shot', 'NOUN', 'NN'), 'shot');
  assert.equal(L('found', 'VERB', 'VBP'), 'found');
});

test('auxiliaries: was, is, \'s -> be; has -> have', () => {
  assert.equal(L('was', 'AUX', 'VBD'), 'be');
  assert.equal(L('is', 'AUX', 'VBZ'), 'be');
  assert.equal(L("'s", 'AUX', 'VBZ'), 'be');
  assert.equal(L('were', 'AUX', 'VBD'), 'be');
  assert.equal(L('has', 'AUX', 'VBZ'), 'have');
  assert.equal(L("'s", 'PART', 'POS'), "'s");
});

test('nouns go to the singular; adjectives and proper nouns keep their form', () => {
  assert.equal(L('militias', 'NOUN', 'NNS'), 'militia');
  assert.equal(L('countries', 'NOUN', 'NNS'), 'country');
  assert.equal(L('boxes', 'NOUN', 'NNS'), 'box');
  assert.equal(L('children', 'NOUN', 'NNS'), 'child');
  assert.equal(L('Talks', 'NOUN', 'NNS', true), 'talk');
  assert.equal(L('Iraq', 'PROPN', 'NNP'), 'Iraq');
  assert.equal(L('hostile', 'ADJ', 'JJ'), 'hostile');
  assert.equal(L('bigger', 'ADJ', 'JJR'), 'big');
});

test('pronouns follow EWT', () => {
  assert.equal(L('me', 'PRON', 'PRP'), 'I');
  assert.equal(L('them', 'PRON', 'PRP'), 'they');
  assert.equal(L('I', 'PRON', 'PRP', true), 'I');
  assert.equal(L('They', 'PRON', 'PRP', true), 'they');
});

test('unknown and odd input does not throw', () => {
  assert.equal(L('', 'NOUN', 'NN'), '');
  assert.equal(L('Путин', 'PROPN', 'NNP'), 'Путин');
  assert.equal(typeof L('s', 'VERB', 'VBZ'), 'string');
  assert.equal(L('zorbled', 'VERB', 'VBD').startsWith('zorbl'), true);
});

test('tagger + lemma stages on a Doc', () => {
  const doc = Doc.fromWords([
    ['The', 'embassy', 'was', 'attacked', 'by', 'gunmen', '.'],
    ['Iraq', 'and', 'Iran', 'agreed', 'to', 'restore', 'ties', '.'],
  ]);
  const stages = [taggerStage(loadTagger()), lemmaStage(lem)];
  checkStages(stages);
  runStages(stages, doc);
  assert.ok(doc.annotations.has('token.lemma'));
  assert.deepEqual(doc.lemma.slice(0, 7), ['the', 'embassy', 'be', 'attack', 'by', 'gunman', '.']);
  assert.equal(doc.token(3).xpos, 'VBN');
  assert.equal(doc.lemma[10], 'agree');
  assert.equal(doc.lemma[12], 'restore');
  assert.equal(doc.lemma[13], 'tie');
});

test('lemmaStage requires token.pos', () => {
  assert.throws(() => checkStages([lemmaStage(lem)]), (e: unknown) => e instanceof AnnalsError && e.code === 'E_PIPELINE');
});

test('a malformed model file raises E_MODEL', () => {
  const dir = scratchDir('annals-lemma-');
  const bad = join(dir, 'lemma.json');
  writeFileSync(bad, '{"format":"other"}');
  assert.throws(() => loadLemmatizer(bad), (e: unknown) => e instanceof AnnalsError && e.code === 'E_MODEL' && e.file === bad);
  writeFileSync(bad, 'not json');
  assert.throws(() => loadLemmatizer(bad), (e: unknown) => e instanceof AnnalsError && e.code === 'E_MODEL');
});

test('cached lemmas depend on the tags and the sentence position, as uncached ones do', () => {
  const calls: [string, string, string, boolean][] = [
    ['Leaves', 'NOUN', 'NNS', true],
    ['Leaves', 'VERB', 'VBZ', true],
    ['Leaves', 'NOUN', 'NNS', false],
    ['Bush', 'PROPN', 'NNP', false],
    ['Bush', 'PROPN', 'NNP', true],
    ['saw', 'VERB', 'VBD', false],
    ['saw', 'NOUN', 'NN', false],
  ];
  // Each call on a fresh lemmatizer (nothing cached) against the same calls in a row on one, twice.
  const fresh = calls.map(([f, u, x, first]) => loadLemmatizer().lemma(f, uposId(u), xposId(x), first));
  const one = loadLemmatizer();
  for (let round = 0; round < 2; round++) {
    assert.deepEqual(
      calls.map(([f, u, x, first]) => one.lemma(f, uposId(u), xposId(x), first)),
      fresh,
    );
  }
  assert.equal(fresh[1], 'leave');
  assert.equal(fresh[6], 'saw');
  // Past its capacity the cache starts over and keeps answering correctly.
  for (let i = 0; i < 50_010; i++) one.lemma(`w${i}ed`, uposId('VERB'), xposId('VBD'));
  assert.deepEqual(
    calls.map(([f, u, x, first]) => one.lemma(f, uposId(u), xposId(x), first)),
    fresh,
  );
});
