/**
 * Actor families of the issue-5 work (helper s9-actors): who an actor is when the sentence
 * names it only by a role, on invented sentences through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from '../events/testing.js';

const annals = createAnnals();

test('"the Kurdish parties" are no Shiite parties called "parties" before, and "the government" they urge is their country\'s, not the foreign one named last', () => {
  const got = eventCoder(annals, '2008-06-20')(
    'BAGHDAD (Reuters) - Iraqi Prime Minister Nouri al-Maliki met Shiite parties on Monday to discuss the security pact.\n\n' +
      'The Shiite parties said they would study the text.\n\n' +
      'The Bush administration said it hoped for an agreement by July.\n\n' +
      'The Kurdish parties urged the government to sign the agreement.',
  );
  assert.ok(hasEvent(got, 'IRQKUR', '02', 'IRQGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQPTYSHI 02') || g.endsWith('USAGOV')), got.join('; '));
});
