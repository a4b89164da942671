import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readModel, Tagger } from './model.js';
import { DEFAULT_TAGGER_PATH } from './paths.js';

// The tagger's form cache (a form's word block and fixed class, computed once)
// must not change a tag: a tagger whose caches fill up and empty themselves
// many times, or that has seen the forms before, tags as a fresh one does.
const model = readModel(DEFAULT_TAGGER_PATH);
const single = { ...model, next: undefined };

const sentences = [
  'Rebels seized the town of Kidal on Monday , the army said .',
  'The president condemned the attack and promised to rebuild the town .',
  'Police fired tear gas at protesters in the capital , witnesses said .',
  "The U.N. envoy didn't meet the rebels' leaders in Geneva last week .",
  'Fighting resumed near the border after talks between the two sides collapsed .',
  'Cross-border shelling killed 12 civilians , officials said on Tuesday .',
].map((s) => s.split(' '));

function tags(t: Tagger, words: string[]): string {
  const u = new Uint8Array(words.length);
  const x = new Uint8Array(words.length);
  t.tagSentence(words, u, x);
  return `${[...u].join(',')}|${[...x].join(',')}`;
}

test('form cache: the same tags as a fresh tagger, across cache resets', () => {
  // Fresh taggers compute every word block (a form repeated within a sentence
  // aside); one per sentence, as building one reads the whole model.
  const fresh = sentences.map((words) => tags(new Tagger(single), words));
  // 16 types: fewer than most sentences here hold, so the caches start over all the time.
  const small = new Tagger(single, 16);
  const large = new Tagger(single);
  for (let round = 0; round < 3; round++) {
    sentences.forEach((words, k) => {
      assert.equal(tags(small, words), fresh[k]);
      assert.equal(tags(large, words), fresh[k]);
    });
  }
  // Both directions: the right-to-left model reads the words, the other copies its blocks.
  const both = new Tagger(model);
  const bothFresh = tags(both, sentences[3]);
  for (const words of sentences) tags(both, words);
  assert.equal(tags(both, sentences[3]), bothFresh);
});
