/**
 * Families of helper s9-h15 (issue 5, heldout15 gap), on invented articles through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals();

test('in a story of a tribal militia, "the tribes" and "the tribal fighters" are that militia (IRQUAFSUN), not civilians or another armed group', () => {
  const got = eventCoder(annals, '2007-06-20')(
    'RAMADI, Iraq (Reuters) - Leaders of the Awakening council met American officers on Monday.\n\n' +
      'An Iraqi army general praised the tribes for their courage.\n\n' +
      'The provincial governor has refused to pay the tribal fighters since March.',
  );
  assert.ok(hasEvent(got, 'IRQMIL', '05', 'IRQUAFSUN'), got.join('; '));
  assert.ok(hasEvent(got, 'IRQGOV', '12', 'IRQUAFSUN'), got.join('; '));
  assert.ok(!got.some((g) => g.endsWith('IRQCVL') || g.endsWith('IRQUAFSUNGOV')), got.join('; '));
});

test('"the tribal fighters" after an insurgent group was named are the tribal militia, not that group', () => {
  const got = eventCoder(annals, '2007-06-20')(
    'FALLUJAH, Iraq (AP) - Sunni tribal fighters clashed with the Islamic State of Iraq near Fallujah on Sunday.\n\n' +
      'The Islamic State of Iraq has threatened the sheikhs.\n\n' +
      'The Iraqi government has refused to pay the tribal fighters.',
  );
  assert.ok(hasEvent(got, 'IRQGOV', '12', 'IRQUAFSUN'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQGOV 12') && g.endsWith('IRQREBISL')), got.join('; '));
});

test('with no tribal militia in the story, "the tribes" keep the agents-file code', () => {
  const got = eventCoder(annals, '2004-04-20')(
    'BAGHDAD (Reuters) - An Iraqi army general praised the tribes for their courage on Monday.',
  );
  assert.ok(!got.some((g) => g.includes('UAF')), got.join('; '));
});
