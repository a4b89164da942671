/**
 * Argument choice of the issue-5 work (helper s19-args), on invented sentences through the whole pipeline: a
 * bombardment of bases "housing" troops is aimed at the troops; a town or ground a state's forces retake is taken from
 * the side they fight, not from the bare country of the town's name; a verb's object the parser took for the subject of
 * a trailing ", X said" is the verb's object again.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder } from '../events/testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2019-10-07');
const lead = 'BAGHDAD, Oct. 7, 2019 (AP) - Prime Minister Salim Duraidi met the provincial governors in the capital on Sunday. ';

test('occupants: missiles fired "at two bases housing American troops" are aimed at the troops', () => {
  const got = code(lead + 'Iran fired a dozen missiles at two Iraqi bases housing American troops early Wednesday.');
  assert.ok(got.some((g) => /^IRN\S* 19\d* USAMIL$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRN\S* 19\d* IRQ$/.test(g)), got.join('; '));
});

test('occupants: a participle that is no housing verb names no occupants ("bases guarding the road")', () => {
  const got = code(lead + 'Iran fired a dozen missiles at two Iraqi bases guarding the road to Karbala.');
  assert.ok(!got.some((g) => /^IRN\S* 19\d* USAMIL$/.test(g)), got.join('; '));
});

const war =
  'MOSUL, July 10, 2017 (AP) - Islamic State militants ambushed Iraqi soldiers near the old city on Sunday. ' +
  'The Islamic State group also shelled Iraqi troops in the western districts. ' +
  'Iraqi soldiers clashed with Islamic State fighters near the river, officers said. ';

test('holders: "Iraqi troops recaptured Ramadi" is taken from the side they fight, not from Iraq', () => {
  const got = code(war + 'On Monday, Iraqi troops recaptured Ramadi after a week of fighting.');
  assert.ok(got.some((g) => g === 'IRQMIL 192 IMGMUSISI'), got.join('; '));
  assert.ok(!got.some((g) => g === 'IRQMIL 192 IRQ'), got.join('; '));
});

test('holders: rebels taking a town keep the town, the state they take it from', () => {
  const got = code(war + 'On Monday, Islamic State militants seized Ramadi after a week of fighting.');
  assert.ok(got.some((g) => g === 'IMGMUSISI 192 IRQ'), got.join('; '));
});

test('holders: with no side fought in the article, no act against the town\'s own state', () => {
  const got = code('RAMADI, July 10, 2017 (AP) - Iraqi troops recaptured Ramadi after a week of fighting, officers said.');
  assert.ok(!got.some((g) => /^IRQMIL 192 (?!IRQ$)/.test(g)), got.join('; '));
});

test('holders: "troops said they had retaken two villages" naming no side takes them from the side fought', () => {
  const got = code(war + 'On Monday, Iraqi troops said they had retaken two villages south of the city.');
  assert.ok(got.some((g) => g === 'IRQMIL 192 IMGMUSISI'), got.join('; '));
});

test('holders: ground taken with no side fought in the article stays without a target', () => {
  const got = code('RAMADI, July 10, 2017 (AP) - Iraqi troops said they had retaken two villages south of the city.');
  assert.ok(!got.some((g) => /^IRQMIL 192 /.test(g)), got.join('; '));
});

test('reporter: "met X on Tuesday, the mission said" meets X; the mission only reports it', () => {
  const got = code('BAGHDAD, Oct. 7, 2019 (AP) - The United Nations opened a new mission in Iraq on Sunday. Its head, Jeanine Hennis-Plasschaert, met Adel Abdul Mahdi on Tuesday, the mission said.');
  assert.ok(got.some((g) => g === 'IGOUNO 040 IRQGOV'), got.join('; '));
});

test('reporter: "held talks with A, B and other leaders, two politicians said" holds talks with the leaders', () => {
  const got = code(lead + 'The Iranian general arrived in Basra over the weekend and held talks with Duraidi, the governor and other Shiite leaders, two Iraqi politicians said.');
  assert.ok(got.some((g) => /^IRN\S* 04[0-6]\d* IRQ(GOV|PTYSHI)$/.test(g) && !/ 042/.test(g)), got.join('; '));
});
