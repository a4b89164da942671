/**
 * Actor-code families of the issue-5 work (helper s23-actorcodes), on invented sentences: the code given to a
 * mention that is found right (a state addressed by name, foreign opposition parties, collective Arab actors).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleDyads } from '../testkit/article.js';

const annals = createAnnals();

test('a state named as the one a political act is aimed at ("accused Qatar", "called on Syria") is its government', () => {
  const d = articleDyads(
    annals,
    'AMMAN, May 3, 2012 (AP) - The Jordanian foreign minister on Sunday accused Qatar of meddling in the talks.\n\n' +
      'The French president also called on Syria to open its border to aid convoys.',
    '2012-05-03',
  );
  assert.ok(d.some((x) => /^0 JORGOV>QATGOV 11/.test(x)), d.join('; '));
  assert.ok(d.some((x) => /^1 FRAGOV>SYRGOV 0/.test(x)), d.join('; '));
});

test('a state hit by force stays the country ("shelled Syria" is not its government)', () => {
  const d = articleDyads(annals, 'ANKARA, May 3, 2012 (AP) - Turkish artillery shelled Syria on Sunday.', '2012-05-03');
  assert.ok(!d.some((x) => />SYRGOV /.test(x)), d.join('; '));
});

test('an Iranian Kurdish opposition party based in Iraq, and its leader, are Iran\'s opposition, not Iraqi or separatist', () => {
  const d = articleDyads(
    annals,
    "ERBIL, Iraq, Sept. 9, 2018 (AP) - Iranian artillery shelled a camp of the Kurdistan Democratic Party of Iran near the border.\n\n" +
      'Mustafa Hijri accused Tehran of trying to silence the Kurds.',
    '2018-09-09',
  );
  assert.ok(d.some((x) => /^0 IRN\w*>IRNOPPKUR/.test(x)), d.join('; '));
  assert.ok(d.some((x) => /^1 IRNOPPKUR>IRNGOV 11/.test(x)), d.join('; '));
});

test('a named Yazidi militia is an armed group, not the Yazidi people', () => {
  const d = articleDyads(annals, 'SINJAR, Iraq, Oct. 12, 2020 (AP) - The Sinjar Resistance Units rejected the agreement with Baghdad.', '2020-10-12');
  assert.ok(d.some((x) => /^0 IRQUAFYAZ>IRQGOV 12/.test(x)), d.join('; '));
});

test('foreign-ministry and State Department spokespeople are their governments, whatever the article\'s home', () => {
  const d = articleDyads(
    annals,
    'BAGHDAD, March 2, 2021 (AP) - Foreign Ministry spokesman Saeed Khatibzadeh criticized the American decision.\n\n' +
      'State Department spokeswoman Morgan Ortagus urged Baghdad to protect the protesters.',
    '2021-03-02',
  );
  assert.ok(d.some((x) => /^0 IRNGOV>USA\w* 11/.test(x)), d.join('; '));
  assert.ok(d.some((x) => /^1 USAGOV>IRQGOV 0/.test(x)), d.join('; '));
});
