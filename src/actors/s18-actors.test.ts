/**
 * Argument choice of the issue-5 work (helper s18-actors), on invented sentences through the whole pipeline:
 * the people of a body named by its sector only ("leaders of the Shiite militias", "members of an Iran-backed
 * militia") act as that body (not its supporters, a political following), and a country glued to a participle ("the Iran-aligned factions") is no object of "of".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder } from '../events/testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2012-05-14');
const lead = 'BASRA, May 14, 2012 (AP) - Prime Minister Hamid Rashidi met the provincial governor in the city on Sunday. ';

test('body people: "Leaders of the Shiite militias accused X" is the militias, not the government', () => {
  const got = code(lead + 'Leaders of the Shiite militias accused the American ambassador of lying about the raid.');
  assert.ok(got.some((g) => /^(IRQ|---)UAFSHI 112\d* USAGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRQGOV 112/.test(g)), got.join('; '));
});

test('body people: "members of an Iran-backed militia attacked X" are the militia, not Iran', () => {
  const got = code(lead + 'Members of an Iran-backed militia attacked Iraqi soldiers in Amarah.');
  assert.ok(got.some((g) => /^IRQUAF\S* 19\d* IRQMIL$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRN/.test(g)), got.join('; '));
});

test('hyphenated country: "met leaders of the Iran-aligned factions" meets the factions, not the Iranian government', () => {
  const got = code(lead + 'Rashidi later met leaders of the Iran-aligned factions at his office.');
  assert.ok(got.some((g) => /^IRQGOV 04\d* IRQPTY/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / IRNGOV$/.test(g)), got.join('; '));
});

test('body people: "fighters of the rebel factions attacked X" are the rebels', () => {
  const got = code(lead + 'Fighters of the rebel factions attacked Iraqi soldiers near Zubair on Monday.');
  assert.ok(got.some((g) => /^IRQREB\S* 1[89]\d* IRQMIL$/.test(g)), got.join('; '));
});

test('hyphenated country: "Leaders of the Iran-backed militias accused X" are no Iranian leaders', () => {
  const got = code(lead + 'Leaders of the Iran-backed militias accused Rashidi of betraying the country.');
  assert.ok(got.some((g) => /^(IRQ|---)UAF\S* 112\d* IRQGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRN/.test(g)), got.join('; '));
});

test('a country after "of" is still the country: "leaders of Kuwait" is the Kuwaiti government', () => {
  const got = code(lead + 'Rashidi criticized the leaders of Kuwait over the border dispute.');
  assert.ok(got.some((g) => /^IRQGOV 11\d* KWTGOV$/.test(g)), got.join('; '));
});

test('a following is no body: "supporters of the militia" are not the militia itself', () => {
  const got = code(lead + 'Supporters of the Shiite militia attacked Iraqi soldiers in Amarah.');
  assert.ok(!got.some((g) => /^IRQUAF/.test(g)), got.join('; '));
});
