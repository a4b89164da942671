/**
 * Conditional statements whose other party is named only inside the condition (helper s12c-conditions):
 * leaving or boycotting announced "if" another actor acts is a threat to that actor (130).
 * Invented sentences through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2008-05-14');

test('resuming a boycott if the government acts is a threat to the government', () => {
  const got = code('BAGHDAD (AP) - The Kurdish alliance said it would resume its boycott of parliament if the government signed the pipeline deal.');
  assert.ok(hasEvent(got, 'IRQKUR', '13', 'IRQGOV'), got.join('; '));
});

test('withdrawing its ministers if another actor acts is a threat to that actor', () => {
  const got = code('BAGHDAD (AP) - The Sadrist bloc said it would withdraw its ministers if the Kurds blocked the census.');
  assert.ok(hasEvent(got, 'IRQPTYSDR', '13', 'IRQKUR'), got.join('; '));
});

test('a de-escalation offered on a condition is no threat', () => {
  const got = code('AMMAN (AP) - The Jordanian army said it would suspend offensive operations if the insurgents laid down their arms.');
  assert.ok(!got.some((g) => / 13\S* /.test(g)), got.join('; '));
});

test('a return on a plain condition codes no threat', () => {
  const got = code('BAGHDAD (AP) - The Fadhila party said it would return to the cabinet if the government released the detainees.');
  assert.ok(!got.some((g) => / 13\S* /.test(g)), got.join('; '));
});
