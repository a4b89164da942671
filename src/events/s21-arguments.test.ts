/**
 * Argument choice (helper s21-arguments): quotation marks inside a sentence derail the parser, and the actors it then
 * hangs across them become arguments they are not. Invented sentences through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2011-03-08');
const LEAD = 'MOSUL, Iraq (AP) - Gunmen attacked a checkpoint in Mosul on Monday. ';

test('a quoted "as" complement describes the object: its actors are no target', () => {
  const got = code(LEAD + 'The Sunni sheikh condemned the shootings as "a crime against the Iraqi people" on Tuesday.');
  assert.ok(got.some((g) => /^IRQ\S* 11\d* /.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 11\d* IRQCVL$/.test(g)), got.join('; '));
});

test('a verb after the closing quotation mark keeps the subject of the verb before the quotation', () => {
  const got = code(LEAD + 'The Sunni sheikh condemned the shootings as "a crime against people who wanted only water" and called on the occupation forces to leave.');
  assert.ok(got.some((g) => /^IRQ\S*SUN\S* 02\d* /.test(g) || /^IRQREL\S* 02\d* /.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRQCVL 02/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 11\d* IRQCVL$/.test(g)), got.join('; '));
});
