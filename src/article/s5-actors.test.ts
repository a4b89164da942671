/**
 * Article-level actor families of the issue-5 work (helper s5-actors): coreference of pairs,
 * through the whole pipeline on invented sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from '../events/testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2006-11-30');

test('"the two leaders" are the two state leaders last named, not a lawmaker quoted in between', () => {
  const got = code(
    'President George W. Bush flew to Amman on Wednesday to see Prime Minister Nouri al-Maliki.\n\n' +
      'Senator Carl Levin said the trip would change nothing.\n\n' +
      'The two leaders met for an hour on Thursday morning.',
  );
  assert.ok(hasEvent(got, 'USAGOV', '04', 'IRQGOV') || hasEvent(got, 'IRQGOV', '04', 'USAGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.includes('USALEG 04')), got.join('; '));
});

test('"the delegation" is the delegation named just before, not an earlier body of its sector; a body "led by" a named person is his side', () => {
  const got = code(
    'BAGHDAD -- The White House said on Friday that it was worried about the fighting.\n\n' +
      'A delegation of Shiite politicians flew to Najaf on Saturday.\n\n' +
      'The delegation urged the Sunni bloc to return to the cabinet.',
  );
  assert.ok(got.some((g) => /^IRQ\S* 02\d* IRQPTYSUN$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('USAGOV 02')), got.join('; '));
  const led = code(
    'DAMASCUS -- Syrian officials met the visitors on Sunday.\n\n' +
      'The delegation, led by Senator Joe Lieberman, urged the Iraqi government to hold provincial elections.',
  );
  assert.ok(hasEvent(led, 'USALEG', '02', 'IRQGOV'), led.join('; '));
});
