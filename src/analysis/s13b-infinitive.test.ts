/**
 * s13b: an infinitive the tagger reads as a name after "to" (src/analysis/tense.ts repairInfinitiveName), on
 * hand-tagged invented sentences carrying the tags the shipped tagger gives them, with controls.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repairedTagOf } from './tense-testing.js';
import { loadLemmatizer } from './lemma/index.js';

const lemmatizer = loadLemmatizer();

test('lowercase "march" tagged as a name right after "to" is the infinitive, and "to" its marker', () => {
  const s = 'Miners/NOUN/NNS threatened/VERB/VBD to/ADP/IN march/PROPN/NNP on/ADP/IN Dunmere/PROPN/NNP if/SCONJ/IN the/DET/DT owners/NOUN/NNS refused/VERB/VBD ./PUNCT/.';
  assert.equal(repairedTagOf(s, 'march', lemmatizer), 'VERB/VB');
  assert.equal(repairedTagOf(s, 'to', lemmatizer), 'PART/TO');
});

test('controls: a capitalised month, a month before a number, a lowercase name particle, no lemmatizer, no threat verb', () => {
  const month = 'They/PRON/PRP moved/VERB/VBD the/DET/DT vote/NOUN/NN to/ADP/IN March/PROPN/NNP ./PUNCT/.';
  assert.equal(repairedTagOf(month, 'March', lemmatizer), 'PROPN/NNP');
  const dated = 'They/PRON/PRP moved/VERB/VBD the/DET/DT vote/NOUN/NN to/ADP/IN march/PROPN/NNP 12/NUM/CD ./PUNCT/.';
  assert.equal(repairedTagOf(dated, 'march', lemmatizer), 'PROPN/NNP');
  const particle = 'Ties/NOUN/NNS to/ADP/IN al/PROPN/NNP Zarim/PROPN/NNP grew/VERB/VBD ./PUNCT/.';
  assert.equal(repairedTagOf(particle, 'al', lemmatizer), 'PROPN/NNP');
  const s = 'Miners/NOUN/NNS threatened/VERB/VBD to/ADP/IN march/PROPN/NNP on/ADP/IN Dunmere/PROPN/NNP ./PUNCT/.';
  assert.equal(repairedTagOf(s, 'march'), 'PROPN/NNP');
  // Only after a verb of threat or pledge: an attempt keeps the tagger's reading.
  const tried = 'Miners/NOUN/NNS tried/VERB/VBD to/ADP/IN march/PROPN/NNP on/ADP/IN Dunmere/PROPN/NNP ./PUNCT/.';
  assert.equal(repairedTagOf(tried, 'march', lemmatizer), 'PROPN/NNP');
});
