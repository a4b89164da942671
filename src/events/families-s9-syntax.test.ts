/**
 * Argument-finding families (issue 5, syntax part, session 9) through the whole pipeline
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

test('"Hours after X\'s announcement, gunmen attacked ...": the actor of a fronted time phrase is not the source', () => {
  const hours = code("Hours after the Kenyan ministry's announcement, gunmen attacked a police checkpoint in Garissa.");
  assert.ok(!hours.some((g) => g.startsWith('KENGOV')), hours.join('; '));
  assert.ok(hours.some((g) => g.startsWith('---UAF 1')), hours.join('; '));
  const shortly = code("Shortly before Odinga's meeting with Museveni, a car bomb exploded near the Ugandan embassy in Nairobi.");
  assert.ok(!shortly.some((g) => g.startsWith('KENOPP') || g.startsWith('KENGOV')), shortly.join('; '));
  // The subject right after the comma stays the source.
  const days = code('Days after the vote, Kenyan police arrested two Ugandan journalists.');
  assert.ok(has(days, 'KENCOP', '17', 'UGAMED'), days.join('; '));
});
