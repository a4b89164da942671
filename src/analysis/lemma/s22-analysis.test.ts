import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadAnalyzer } from '../index.js';
import { loadTagger } from '../tagger/index.js';
import { uposId, xposId } from '../tags.js';
import { loadLemmatizer } from './index.js';

const tagger = loadTagger();
const lem = loadLemmatizer(undefined, { wordnet: (w) => tagger.wordnetClass(w) });
const VERB = uposId('VERB');

test('verbs the treebank lacks keep their final -e with WordNet', () => {
  for (const [form, tag, lemma] of [
    ['convened', 'VBD', 'convene'],
    ['intervened', 'VBN', 'intervene'],
    ['pledged', 'VBD', 'pledge'],
    ['seizing', 'VBG', 'seize'],
    ['relocated', 'VBD', 'relocate'],
  ] as const) {
    assert.equal(lem.lemma(form, VERB, xposId(tag)), lemma, form);
  }
  // Stems without an -e stay bare, doubled consonants are undoubled.
  assert.equal(lem.lemma('stationed', VERB, xposId('VBN')), 'station');
  assert.equal(lem.lemma('focused', VERB, xposId('VBD')), 'focus');
});

test('the analyzer lemmatises with the tagger\'s WordNet table', () => {
  const doc = loadAnalyzer({ parse: false }).analyze('The envoys convened in Geneva and pledged more aid.');
  const lemmas = [...doc.form.keys()].map((i) => `${doc.form[i]}:${doc.lemma[i]}`);
  assert.ok(lemmas.includes('convened:convene'), lemmas.join(' '));
  assert.ok(lemmas.includes('pledged:pledge'), lemmas.join(' '));
});
