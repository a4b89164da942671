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

test('"X balked when the envoy pressed him to ...": a refusal aimed at the one pressing, and the pressing asserted', () => {
  const got = code('The Kenyan president balked when the Ugandan envoy pressed him to sign the border treaty.');
  assert.ok(has(got, 'KENGOV', '12', 'UGAGOV'), got.join('; '));
  // A "when" clause is the time of the refusal, not its content: the appeal happened.
  assert.ok(has(got, 'UGAGOV', '02', 'KENGOV'), got.join('; '));
});

test('"X, a Sunni from Baghdad who heads a party, visited ...": a description closed by a relative clause is no second actor', () => {
  const got = code('Iraqi Vice President Tareq al-Hashemi, a Sunni from Baghdad who heads the Islamic Party, visited Tehran on Monday and met Iranian President Mahmoud Ahmadinejad.');
  assert.ok(has(got, 'IRQGOV', '04', 'IRNGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQSUN')), got.join('; '));
});

test('"raided a neighbourhood of X and detained six men": the arrest is of the men, not of the place raided', () => {
  const got = code('Kenyan and Ugandan troops raided a neighbourhood of Mogadishu and detained six men suspected of belonging to a cell that smuggled bombs from Eritrea, the Kenyan military said.');
  assert.ok(!got.some((g) => / 17\d* SOM/.test(g)), got.join('; '));
  // A bare number as the second object shares the first verb's people.
  const n = code('Kenyan troops killed six Somali insurgents and detained 21 near the border.');
  assert.ok(has(n, 'KENMIL', '17', 'SOMREB'), n.join('; '));
});
