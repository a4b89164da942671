/**
 * CAMEO roots of refusals (helper s20-roots): what an actor says it will not accept is a rejection (12), under
 * "warned" a warning (13). Invented sentences through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2015-06-10');

test('"will not accept" a rival\'s demand is a rejection of the rival; an accepted proposal is none', () => {
  const got = code('NAIROBI (AP) - The Kenyan president said on Monday that he would not accept a deadline from Uganda.');
  assert.ok(hasEvent(got, 'KENGOV', '12', 'UGA'), got.join('; '));
  const accepted = code('LIMA (AP) - Peru accepted the proposal from Chile on Tuesday.');
  assert.ok(!accepted.some((g) => / 12\S* /.test(g)), accepted.join('; '));
});

test('"would never accept" is a rejection too, and "warned that it would not accept" stays a warning', () => {
  const got = code('ACCRA (AP) - Ghana would never accept Togolese troops on its soil, the foreign minister said on Friday.');
  assert.ok(got.some((g) => /^GHA\S* 12\S* TGO/.test(g)), got.join('; '));
  const warned = code('ANKARA (AP) - Turkish officials warned on Sunday that Turkey would not accept a Syrian base on the border.');
  assert.ok(warned.some((g) => /^TUR\S* 13\S* SYR/.test(g)), warned.join('; '));
  assert.ok(!warned.some((g) => / 12\S* /.test(g)), warned.join('; '));
});
