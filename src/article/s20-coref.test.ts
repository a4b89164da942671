import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleMentions } from '../testkit/article.js';

const annals = createAnnals({ geo: false });

/** The article-level code of each mention whose text is `phrase` (in order), for an invented article. */
const resolve = (text: string): ((phrase: string) => string[]) => articleMentions(annals, text, 'BAGHDAD, May 14 (AP) -', 20070514).codes;

// "The electoral commission", "the cabinet", "the parliament" with no country: the home's body, as "the government" is,
// unless the article called a foreign body so.

test('"the electoral commission" is no foreign administration named before it', () => {
  const codes = resolve(
    'Iraqi lawmakers approved the budget on Sunday. The Bush administration urged calm after the vote. The electoral commission said it had found no fraud.',
  );
  assert.deepEqual(codes('electoral commission'), ['IRQGOV']);
});

// "received complaints and would investigate them": the pronoun is the first verb's object, a thing, no actor.

test('"them" after a conjoined verb whose object was a thing is no actor', () => {
  const codes = resolve(
    'Kurdish parties and Arab parties in Kirkuk accused the government of fraud on Sunday. ' +
      'The electoral commission said it had received more than 1,000 complaints and would investigate them.',
  );
  assert.deepEqual(codes('them'), []);
});
