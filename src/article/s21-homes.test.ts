import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleMentions } from '../testkit/article.js';

// As `annals code` and the article scorer run; every sentence is invented.
const annals = createAnnals({ coref: true, geo: false, coder: { requireDyad: true } });

test('a group named "X-led" with no country is the leading state\'s', () => {
  const text =
    'Iraqi police detained four smugglers near Kut on Monday. ' +
    'Villagers blocked a road to the Polish-led military base outside the town. ' +
    'The British-led forces arrested two tribal elders in Amara.';
  const { codes } = articleMentions(annals, text, 'KUT, Iraq', 12_000);
  assert.deepEqual(codes('military'), ['POLMIL']);
  assert.deepEqual(codes('forces'), ['GBRMIL']);
});
