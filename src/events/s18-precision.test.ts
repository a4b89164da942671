/**
 * Precision families of session 18 (helper s18-precision), on invented sentences through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder } from './testing.js';

const code = eventCoder(createAnnals(), '2011-06-14');

test('an appeal made through the press names no one asked: "appeared on state television and called for calm" is made to the home country', () => {
  const text =
    'BAGHDAD (AP) - A mortar shell hit the prime minister\'s compound in Baghdad overnight. ' +
    'Hours later, Prime Minister Nouri al-Maliki appeared on state television and called for calm.';
  const got = code(text);
  // Not the channel: the television is no addressee.
  assert.ok(!got.some((g) => /^IRQGOV 02\d* IRQGOVMED/.test(g) || / 02\d* \w*MED$/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^IRQGOV 02\d* IRQ$/.test(g)), got.join('; '));
});

test('an appeal with a named addressee keeps it even when the press carried it', () => {
  const got = code('BAGHDAD (AP) - Prime Minister Nouri al-Maliki appeared on state television and urged the Kurdish leaders to show restraint.');
  assert.ok(got.some((g) => /^IRQGOV 02\d* IRQ(GOV)?KUR/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRQGOV 02\d* IRQ$/.test(g)), got.join('; '));
});
