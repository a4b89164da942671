/**
 * Argument choice of the issue-5 work (helper s17-actors), on invented sentences through the whole pipeline:
 * a relative possessive ("X, whose forces ...") stands for the actor before its comma, a relative clause on a pronoun
 * ("the arrest of those who had attacked X") lends the verb no target, and the owner of a thing attacked ("struck their
 * positions") is the target.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder } from '../events/testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2009-03-03');
const lead = 'BAGHDAD, March 3, 2009 (AP) - Prime Minister Jawad al-Bolani met Kurdish leaders in the capital on Monday. ';

test('whose: "Iran, whose forces have shelled rebel camps" is Iran\'s army, not the home army', () => {
  const got = code(lead + 'Iran, whose forces have shelled Kurdish rebel camps along its border, urged Ankara to show restraint.');
  assert.ok(got.some((g) => /^IRNMIL 19\d* /.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRQMIL 19/.test(g)), got.join('; '));
});

test('whose: "the Jordanian foreign minister, whose government ..." is the Jordanian government', () => {
  const got = code(lead + 'The Jordanian foreign minister, whose government has shelled rebel camps in recent months, urged Baghdad to act.');
  assert.ok(got.some((g) => /^JORGOV 19\d* /.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRQGOV 19/.test(g)), got.join('; '));
});

test('relative clause on a pronoun: "ordered the arrest of those who had attacked the lawmakers" is not aimed at the lawmakers', () => {
  const got = code(lead + 'Interior Minister Karim Saadi ordered the arrest of those who had attacked the lawmakers.');
  assert.ok(!got.some((g) => /^IRQGOV \d+ IRQLEG$/.test(g)), got.join('; '));
});

test('relative clause on a noun still takes its own head: "arrested the gunmen who attacked the lawmakers" is no arrest of lawmakers', () => {
  const got = code(lead + 'The police arrested two gunmen who had attacked the lawmakers.');
  assert.ok(!got.some((g) => /^IRQCOP 17\d* IRQLEG$/.test(g)), got.join('; '));
});

test('owned thing: "U.S. helicopters struck their positions" is aimed at the owner of the positions', () => {
  const got = code(lead + 'Mahdi Army militiamen fought Iraqi troops in Najaf for a week. U.S. helicopters struck their positions in the old city overnight.');
  assert.ok(got.some((g) => /^USAMIL 19\d* IRQREBSHI$/.test(g)), got.join('; '));
});

test('owned thing: "soldiers stormed its headquarters" is aimed at the party that owns it', () => {
  const got = code(lead + 'The Sunni bloc said on Tuesday that it would boycott the vote. Soldiers later stormed its headquarters in Mosul.');
  assert.ok(got.some((g) => /^IRQMIL 1[789]\d* IRQPTYSUN$/.test(g)), got.join('; '));
});
