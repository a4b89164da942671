/**
 * Verb, idiom and event-noun families of the article-accuracy work (issue 5, verbs part): each test codes
 * invented news sentences through the whole pipeline (`createAnnals`, article coreference on) and checks the
 * dyad and CAMEO code an expert would give them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals({ coder: { requireDyad: true } });
const code = eventCoder(annals, '2009-06-10');

test('a veto, threatened or cast, is aimed at the vetoing government\'s own legislature', () => {
  const threat = code('The Philippine president threatened on Tuesday to veto the mining bill.');
  assert.ok(hasEvent(threat, 'PHLGOV', '13', 'PHLLEG'), threat.join('; '));
  const any = code('The Brazilian president has threatened to veto any measure that cuts the pension fund.');
  assert.ok(hasEvent(any, 'BRAGOV', '13', 'BRALEG'), any.join('; '));
  const cast = code('The Kenyan president vetoed the budget in March.');
  assert.ok(hasEvent(cast, 'KENGOV', '12', 'KENLEG'), cast.join('; '));
});

test('a veto to come, even under a misparsed "if" clause and reported by aides, is a threat (13)', () => {
  const got = code('If the amendment passes, the Philippine president would veto it, his aides have said.');
  assert.ok(hasEvent(got, 'PHLGOV', '13', 'PHLLEG'), got.join('; '));
});
