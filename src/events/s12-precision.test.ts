/**
 * Precision conventions and filters of the issue-5 work (helper s12-precision), on invented sentences
 * through the whole pipeline (src/events/precision.ts, filters `victim-target` and `purpose-protest`).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2008-05-14');

test('a crowd protesting the killing of a man protests against its own government, not against the man', () => {
  const got = code('KIRKUK, Iraq (AP) - Hundreds of Kurds marched through Kirkuk on Monday to protest the killing of Jalal Talabani.');
  assert.ok(got.some((g) => /^IRQKUR 14\d* IRQGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 14\d* IRQGOV$/.test(g) && !g.startsWith('IRQKUR')), got.join('; '));
});

test('a bloc protesting against talks with a foreign state protests against its government', () => {
  const got = code('BAGHDAD (AP) - Moqtada al-Sadr\'s bloc held a sit-in in parliament on Sunday to protest against the negotiations with Washington.');
  assert.ok(!got.some((g) => / 14\d* USA/.test(g)), got.join('; '));
});

test('a condemnation of the seizure of a town is not aimed at the town', () => {
  const got = code('NEW YORK (AP) - The U.N. Secretary-General condemned the seizure of Tal Afar on Friday.');
  assert.ok(!got.some((g) => /^IGOUNO 11\d* IRQ$/.test(g)), got.join('; '));
});

test('demonstrators burning party offices and a people attacking a party headquarters riot (145)', () => {
  const got = code(
    'BASRA, Iraq (AP) - Angry demonstrators set fire to the offices of the Dawa Party in Basra on Sunday.\n\n' +
      'Elsewhere, Sunnis attacked the headquarters of the Kurdistan Democratic Party in Mosul.',
  );
  assert.ok(got.some((g) => /^IRQOPP 145 IRQPTY/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^IRQSUN 145 IRQPTY/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 1712 | 19\d* /.test(g)), got.join('; '));
});

test('a people attacking pilgrims or residents shooting at police do not riot', () => {
  const got = code('TIKRIT, Iraq (AP) - Sunnis attacked Shiite pilgrims near Tikrit on Sunday.\n\nIn Basra, angry residents shot at the police.');
  assert.ok(!got.some((g) => / 145 /.test(g)), got.join('; '));
});

test('a "to protest" purpose of a suspension is its motive, not a second event', () => {
  const got = code('BAGHDAD (AP) - Ministers loyal to Moqtada al-Sadr suspended their participation in the cabinet on Monday to protest the Tehran conference.');
  assert.ok(!got.some((g) => / 14\d* IRN/.test(g)), got.join('; '));
  assert.ok(hasEvent(got, 'IRQPTYSDR', '16', 'IRQGOV'), got.join('; '));
});
