import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder } from '../events/testing.js';

// A reaction that names the act it answers by a noun ("denied the charge", "condemned the
// bombing") is aimed at that act's source (src/article/implicit.ts nounActTargets).
const annals = createAnnals({ geo: false });
const code = eventCoder(annals, '2009-06-10');

test('"rejected the accusation" answers the statement that made it, even one not coded as an accusation', () => {
  const got = code('The Ugandan president said Rwandan soldiers had smuggled rifles to the rebels. The Rwandan foreign minister rejected the accusation.');
  assert.ok(got.some((g) => g.startsWith('RWAGOV 016 UGA')), got.join('; '));
  const allegation = code('The Ugandan president said on Monday that Kenyan police had stolen the ballots. Kenyan police rejected the allegation.');
  assert.ok(allegation.some((g) => g.startsWith('KENCOP 016 UGA')), allegation.join('; '));
});

test('"denied the charge" answers the accuser even when the charge is not aimed at the denier by code', () => {
  const got = code('Senator Carl Levin said on Tuesday that the Kenyan government had hidden the report. The Kenyan foreign minister denied the charge.');
  assert.ok(got.some((g) => g.startsWith('KENGOV 016 USALEG')), got.join('; '));
});

test('an attack noun names only an act reported by its own verb: other fighting gives no target', () => {
  const got = code('Rwandan rebels attacked a police post in the north on Sunday. The Kenyan president condemned the bombing.');
  assert.ok(!got.some((g) => g.startsWith('KENGOV 111')), got.join('; '));
});
