/**
 * Coding conventions of the issue-5 work (helper s10-conventions): acts whose target or direction
 * the surface sentence gets wrong, on invented sentences through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2008-05-14');

test("a crowd marching in another state's cities in a home-country story is that state's crowd, against its government", () => {
  const got = code(
    'BAGHDAD (AP) - Iraqi Prime Minister Nouri al-Maliki criticized Kurdish leaders on Monday over the oil law.\n\n' +
      'The Iraqi government accused the Kurds of smuggling oil.\n\n' +
      'On Sunday, thousands of people marched in Izmir and Ankara, waving flags and demanding a tougher line.',
  );
  assert.ok(hasEvent(got, 'TURCVL', '14', 'TURGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.endsWith(' TUR') || g.startsWith('IRQCVL 14')), got.join('; '));
});

test('a road to another country is no protest venue: no act against that state', () => {
  const got = code('BAGHDAD (AP) - Angry Iraqi protesters blocked the main highway to Jordan on Wednesday.');
  assert.ok(!got.some((g) => g.includes('JOR')), got.join('; '));
});

test('the demand of a march\'s purpose clause is the protest, not a demand beside it', () => {
  const got = code("BAGHDAD (AP) - Thousands of Kurds marched in Kirkuk on Tuesday to demand the governor's dismissal.");
  assert.ok(hasEvent(got, 'IRQKUR', '14', 'IRQGOV'), got.join('; '));
  assert.ok(!got.some((g) => / 10\d* /.test(g)), got.join('; '));
});

test('a purpose demand with no protest coded against its target becomes the demonstration', () => {
  const got = code("BAGHDAD (AP) - Several hundred Shiites marched in the Kadhimiya district on Friday to demand Hashemi's arrest.");
  assert.ok(got.some((g) => /^IRQ\w* 14\d* IRQGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 10\d* /.test(g)), got.join('; '));
});

test("a protest naming no one it is against is aimed at the protesters' own government; a state body's or lawmakers' is not", () => {
  const got = code(
    'BAGHDAD (AP) - Thousands of Sadr supporters marched on Friday after noon prayers.\n\n' +
      'Opposition lawmakers walked out of the session on Sunday.\n\n' +
      'Iran protested on Monday.',
  );
  assert.ok(hasEvent(got, 'IRQPTYSDR', '141', 'IRQGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.includes('LEG 14') || g.startsWith('IRN')), got.join('; '));
});
