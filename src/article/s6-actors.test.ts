/**
 * Actor families of the issue-5 work (helper s6-actors), on invented sentences through the
 * whole pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from '../events/testing.js';

const annals = createAnnals();

test('"Senate Majority Leader Harry Reid": the body before the title is part of the named person\'s title (USALEG), not a home-country body', () => {
  const got = eventCoder(annals, '2007-05-02')(
    'BAGHDAD (Reuters) - Iraqi Prime Minister Nouri al-Maliki met Sunni leaders on Monday.\n\n' +
      'Senate Majority Leader Harry Reid accused the White House of ignoring the voters.',
  );
  assert.ok(hasEvent(got, 'USALEG', '11', 'USAGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQLEG')), got.join('; '));
});
