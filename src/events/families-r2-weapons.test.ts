/**
 * Attacks whose grammatical subject is a weapon, not an actor (issue 5, round 2): shells,
 * rockets and missiles that "hit", "struck", "crashed into" or "landed in" a target are an
 * attack by their unnamed (or named) user on it, with the weapon's code (194 shelling).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2008-04-02');
const has = hasEvent;

test('a shell or rocket that hits, strikes or crashes into an actor is an attack on it', () => {
  const hit = code('Two rockets hit the Japanese embassy on Sunday.');
  assert.ok(has(hit, '---UAF', '194', 'JPNGOV'), hit.join('; '));
  const struck = code('A rocket struck the Japanese embassy on Sunday night.');
  assert.ok(has(struck, '---UAF', '194', 'JPNGOV'), struck.join('; '));
  const crashed = code('Three mortar rounds crashed into the French embassy, but nobody was hurt.');
  assert.ok(has(crashed, '---UAF', '194', 'FRAGOV'), crashed.join('; '));
  const slammed = code('Two missiles slammed into a Syrian army base on Friday.');
  assert.ok(has(slammed, '---UAF', '194', 'SYRMIL'), slammed.join('; '));
});

test('a shell that lands in a place is no visit', () => {
  const landed = code('A mortar shell landed in a Sunni mosque during Friday prayers.');
  assert.ok(!landed.some((g) => g.includes(' 042 ')), landed.join('; '));
  assert.ok(landed.some((g) => g.includes(' 194 ')), landed.join('; '));
  // A person landing somewhere still visits it.
  const visit = code('The Japanese foreign minister landed in Cairo on Monday.');
  assert.ok(has(visit, 'JPNGOV', '042', 'EGY'), visit.join('; '));
});

test('a weapon named earlier in the clause is not the subject of a later "could hit"', () => {
  // Only a weapon right before the verb is its subject: here the militia itself is.
  const boast = code('The militia now has more rockets than last year and could hit any town in Syria.');
  assert.ok(!boast.some((g) => g.startsWith('---') && g.includes(' 194 ')), boast.join('; '));
});
