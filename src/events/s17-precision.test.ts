/**
 * Precision families of session 17 (helper s17-precision): events an expert does not code, on invented sentences
 * through the whole pipeline, each with the filter off to show it is the rule that removes them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { isHypotheticalAct } from './filters.js';
import { eventCoder, hasEvent } from './testing.js';

const code = eventCoder(createAnnals(), '2009-03-11');

test('hypothetical-act: a material act only supposed is no event; the same act told as done is', () => {
  const supposed = 'BAGHDAD (AP) - The Mahdi Army would attack Turkish troops if they crossed the border, a militia commander said on Monday.';
  const got = code(supposed);
  assert.ok(!got.some((g) => / 19\d* /.test(g)), got.join('; '));
  const off = eventCoder(createAnnals({ filters: { 'hypothetical-act': false } }), '2009-03-11')(supposed);
  assert.ok(hasEvent(off, 'IRQREBSHI', '19', 'TURMIL'), off.join('; '));
  const done = code('BAGHDAD (AP) - The Mahdi Army attacked Turkish troops near the border on Monday.');
  assert.ok(hasEvent(done, 'IRQREBSHI', '19', 'TURMIL'), done.join('; '));
});

test('hypothetical-act judges material roots only: a supposed statement, threat or appeal keeps its own coding', () => {
  assert.ok(isHypotheticalAct('190', 'hypothetical'));
  assert.ok(isHypotheticalAct('0871', 'hypothetical') && isHypotheticalAct('141', 'hypothetical') && isHypotheticalAct('051', 'hypothetical'));
  assert.ok(!isHypotheticalAct('138', 'hypothetical') && !isHypotheticalAct('020', 'hypothetical') && !isHypotheticalAct('036', 'hypothetical'));
  assert.ok(!isHypotheticalAct('190', 'asserted') && !isHypotheticalAct('190', 'intended') && !isHypotheticalAct('190', null));
});

test('an attempted act is coded as the act attempted, a planned one as the threat its modality makes it', () => {
  const tried = code('BAGHDAD (AP) - Federal police tried to arrest a Kurdish businessman in Kirkuk on Sunday.');
  assert.ok(tried.includes('IRQCOP 173 IRQBUSKUR'), tried.join('; '));
  const attempted = code('BAGHDAD (AP) - Federal police attempted to arrest a Kurdish businessman in Kirkuk on Sunday.');
  assert.ok(attempted.includes('IRQCOP 173 IRQBUSKUR'), attempted.join('; '));
  const planned = code('BAGHDAD (AP) - Federal police plan to arrest a Kurdish businessman in Kirkuk, officials said.');
  assert.ok(planned.includes('IRQCOP 137 IRQBUSKUR'), planned.join('; '));
});

test('insisted-claim: insisting that something happened or will is a claim; insisting that someone act is a demand', () => {
  const fact = 'BAGHDAD (AP) - Turkish officials insisted that Syrian troops had crossed the border on Monday.';
  assert.ok(!code(fact).some((g) => / 10\d* /.test(g)), code(fact).join('; '));
  const off = eventCoder(createAnnals({ filters: { 'insisted-claim': false } }), '2009-03-11')(fact);
  assert.ok(off.some((g) => / 10\d* SYRMIL$/.test(g)), off.join('; '));
  const future = code('BAGHDAD (AP) - The Jordanian government insists that Syrian forces will leave the border area.');
  assert.ok(!future.some((g) => / 10\d* /.test(g)), future.join('; '));
  const demand = code('BAGHDAD (AP) - Turkish officials insisted that the Syrian army withdraw from the border.');
  assert.ok(demand.some((g) => /^TURGOV 10\d* SYRMIL$/.test(g)), demand.join('; '));
});
