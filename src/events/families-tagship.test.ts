/**
 * Coder rules read constructions whichever tag the default (WordNet) tagger gives them:
 * invented sentences through the whole pipeline (`createAnnals`).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const code = eventCoder(createAnnals(), '2011-03-02');

test('"was not prepared/ready to" is a refusal (125) whether "prepared" is read as an adjective or a passive participle', () => {
  const prepared = code('The Spanish premier said Madrid was not prepared to reopen the negotiations with Lisbon.');
  assert.ok(hasEvent(prepared, 'ESPGOV', '125', 'PRTGOV'), prepared.join('; '));
  assert.ok(!prepared.some((g) => g.includes(' 036 ')), prepared.join('; '));
  const ready = code('The Spanish premier said Madrid was not ready to reopen the negotiations with Lisbon.');
  assert.ok(hasEvent(ready, 'ESPGOV', '125', 'PRTGOV'), ready.join('; '));
  // Without the negation, still an intent.
  assert.ok(hasEvent(code('The Spanish premier said Madrid was prepared to reopen the negotiations with Lisbon.'), 'ESPGOV', '036', 'PRTGOV'));
});

test('news shapes the repairs give a verb are coded: exchanged fire, beat with sticks, "and blamed", "until X released"', () => {
  const fire = code('Georgian and Russian soldiers exchanged fire near the border on Sunday.');
  assert.ok(hasEvent(fire, 'GEOMIL', '190', 'RUSMIL'), fire.join('; '));
  const beat = code('Nigerian soldiers beat several traders with sticks in Lagos.');
  assert.ok(beat.some((g) => g.startsWith('NGAMIL 18')), beat.join('; '));
  const blamed = code("The Chadian minister denied that N'Djamena funded any rebel group and blamed the Sudanese army for the fighting.");
  assert.ok(hasEvent(blamed, 'TCDGOV', '112', 'SDNMIL'), blamed.join('; '));
  const until = code('The Basque party said it would not return to parliament until the Spanish government released the prisoners.');
  assert.ok(until.some((g) => g.endsWith(' 100 ESPGOV')), until.join('; '));
});
