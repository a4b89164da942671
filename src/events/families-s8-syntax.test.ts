/**
 * Argument-finding families (issue 5, syntax part, session 8) through the whole pipeline
 * (`createAnnals`): each test codes invented news sentences and checks who is the source
 * and the target of an event.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2012-03-14');
const has = hasEvent;

test('the actors of a reduced relative of an unnamed noun are not its argument', () => {
  // The guards were fired on; the late president is only whose tomb they protect.
  const guards = code('Kenyan police traded fire with guards protecting the tomb of President Kenyatta.');
  assert.ok(!guards.some((g) => g.endsWith(' KENGOV')), guards.join('; '));
  // What is supported is a constitution; the people only approve it.
  const approved = code('The Ugandan government said it would support any constitution approved by the Kenyan people.');
  assert.ok(!approved.some((g) => g.endsWith(' KENCVL')), approved.join('; '));
  // Participles of carrying, manning and planting still name the argument's people.
  const convoy = code('Rebels attacked a convoy carrying Kenyan officials.');
  assert.ok(has(convoy, 'KENREB', '19', 'KENGOV'), convoy.join('; '));
  const manned = code('A suicide bomber blew himself up at a checkpoint manned by Kenyan policemen.');
  assert.ok(manned.some((g) => / 18\d* KENCOP$/.test(g)), manned.join('; '));
  const planted = code('A roadside bomb planted by al Shabaab militants struck a Kenyan army patrol near Garissa.');
  assert.ok(planted.some((g) => g.startsWith('SOMREB') && g.endsWith(' KENMIL')), planted.join('; '));
});

test('"expel any member found to have fired on X": the participle is a reduced relative of the object', () => {
  const got = code('The cleric said he would expel any member found to have fired on Kenyan police.');
  assert.ok(!got.some((g) => g.endsWith(' KENCOP')), got.join('; '));
  // A reported clause with its own object stays a clause.
  const asked = code('The aide said the Kenyan president asked Museveni to release the prisoners.');
  assert.ok(has(asked, 'KENGOV', '02', 'UGAGOV'), asked.join('; '));
});
