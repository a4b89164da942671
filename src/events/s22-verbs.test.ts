/**
 * Verb families of the issue-5 work (helper s22-verbs), on invented sentences: telephone calls. A call made to say
 * something ("called the prime minister to express his support") is a call (041), not an appeal or a demanded act; a
 * call "by phone" misparsed as a reduced passive keeps its caller. Crowds: a gathering "to reject" something and a rally
 * "in support of" someone are demonstrations (141). Each failed before its change.
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

const BASRA = 'BASRA, Iraq, March 4 (AP) - ';

test('a crowd gathering "to reject" something demonstrates (141) against it, no rejection (12)', () => {
  const crowd = code(`${BASRA}Hundreds of demonstrators gathered in Firdos Square on Friday to reject the new Iraqi cabinet.`);
  assert.ok(crowd.some((g) => /^IRQ\w* 141 IRQGOV$/.test(g)), crowd.join('; '));
  assert.ok(!crowd.some((g) => / 12\d* /.test(g)), crowd.join('; '));
});

test('a crowd rallying "in support of" someone demonstrates (141), not 053', () => {
  const rally = code(`${BASRA}Thousands of people rallied in support of Iraqi Vice President Tariq al-Hashemi on Thursday.`);
  assert.ok(rally.some((g) => / 141 IRQGOV$/.test(g)), rally.join('; '));
  assert.ok(!rally.some((g) => / 053 /.test(g)), rally.join('; '));
  // Control: politicians rallying behind a leader (a multiword verb of its own) still rally support (053).
  const behind = code(`${BASRA}Shiite lawmakers rallied behind Iraqi Prime Minister Nouri al-Maliki on Thursday.`);
  assert.ok(hasEvent(behind, 'IRQLEGSHI', '053', 'IRQGOV'), behind.join('; '));
});
