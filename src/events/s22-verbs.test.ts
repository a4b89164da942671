/**
 * Verb families of the issue-5 work (helper s22-verbs), on invented sentences: telephone calls. A call made to say
 * something ("called the prime minister to express his support") is a call (041), not an appeal or a demanded act; a
 * call "by phone" misparsed as a reduced passive keeps its caller. Each failed before its change.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2013-03-04');
const CAIRO = 'CAIRO, March 4 (AP) - ';

test('"called X to express/congratulate/promise" is a telephone call (041), not an appeal or a demanded act', () => {
  const express = code(`${CAIRO}Egyptian President Mohammed Morsi called Iraqi Prime Minister Nouri al-Maliki to express his support.`);
  assert.ok(hasEvent(express, 'EGYGOV', '041', 'IRQGOV'), express.join('; '));
  const promise = code(`${CAIRO}U.S. President Barack Obama called Iraqi Prime Minister Nouri al-Maliki to promise continued support.`);
  assert.ok(hasEvent(promise, 'USAGOV', '041', 'IRQGOV'), promise.join('; '));
  assert.ok(!promise.some((g) => / 03\d* /.test(g)), promise.join('; '));
  // Control: calling someone names is still a criticism.
  const named = code(`${CAIRO}Egyptian President Mohammed Morsi called Iraqi Prime Minister Nouri al-Maliki a dictator.`);
  assert.ok(hasEvent(named, 'EGYGOV', '111', 'IRQGOV'), named.join('; '));
});

test('"talked by phone with X" is the talker\'s call, whatever the tagger makes of "talked"', () => {
  const talked = code(`${CAIRO}Turkish President Abdullah Gul talked by phone with Iranian President Mahmoud Ahmadinejad on Tuesday.`);
  assert.ok(hasEvent(talked, 'TURGOV', '041', 'IRNGOV'), talked.join('; '));
});
