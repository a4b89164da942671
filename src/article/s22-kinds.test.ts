import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleMentions } from '../testkit/article.js';

// As `annals code` and the article scorer run; every sentence is invented.
const annals = createAnnals({ coref: true, geo: false, coder: { requireDyad: true } });

test('"the council" is the body the article keeps calling so, not a council named once in passing', () => {
  const text =
    'U.S. officials installed a 25-member Iraqi Governing Council on Sunday.\n\n' +
    'The council named a committee to draft a constitution. The council also declared April 9 a national holiday.\n\n' +
    'Members said they would send a delegation to the U.N. Security Council later this month.\n\n' +
    'A radical cleric denounced the council on Friday.';
  const { codes } = articleMentions(annals, text, 'BAGHDAD', 12_250);
  assert.deepEqual(codes('council'), ['IRQGOV', 'IRQGOV', 'IRQGOV']);
});

test('a drone or sniper named with no side is an armed force of unknown allegiance, not the home army', () => {
  const text =
    'Iraqi troops pushed into the western districts of Ramadi on Monday. ' +
    'Two explosive-laden drones struck an army depot near the city. ' +
    'Snipers fired on the soldiers from rooftops. ' +
    'Turkish drones hit a village in the north, and army snipers killed two fighters.';
  const { codes } = articleMentions(annals, text, 'RAMADI, Iraq', 18_000);
  assert.deepEqual(codes('drones'), ['---UAF', 'TURMIL']);
  assert.deepEqual(codes('Snipers'), ['---UAF']);
});
