/**
 * Actor families of the issue-5 article work (helper s5-actors), through the whole pipeline
 * (`createAnnals`) on invented sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from '../events/testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2007-06-12');

test("an armed movement's leader acts politically as its party: urged, met, accused = IRQPTYSDR; his fighting stays IRQREBSHI", () => {
  const got = code(
    'Shiite cleric Moqtada al-Sadr urged Prime Minister Nouri al-Maliki to free the detainees.\n\n' +
      'The U.N. envoy met Sadr in Najaf on Tuesday.',
  );
  assert.ok(hasEvent(got, 'IRQPTYSDR', '02', 'IRQGOV'), got.join('; '));
  assert.ok(hasEvent(got, 'IGOUNO', '04', 'IRQPTYSDR'), got.join('; '));
  assert.ok(!got.some((g) => g.includes('IRQREBSHI')), got.join('; '));
  // The Mahdi Army itself is the armed group.
  const fight = code('The Mahdi Army attacked a police station in Kut on Monday.');
  assert.ok(hasEvent(fight, 'IRQREBSHI', '1', 'IRQCOP'), fight.join('; '));
});

test('a title before a known name is a title even where the tagger reads "to cleric" as a verb: "the cleric" later is that leader', () => {
  const got = code(
    'Police raided homes of men loyal to cleric Moqtada al-Sadr in Kufa on Monday.\n\n' +
      "The cleric's followers accused the police of torturing the detainees.\n\n" +
      'The cleric demanded that the government release his men.',
  );
  assert.ok(hasEvent(got, 'IRQPTYSDR', '112', 'IRQCOP'), got.join('; '));
  assert.ok(got.some((g) => /^IRQPTYSDR 1\d+ IRQGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQREL')), got.join('; '));
});

test('a state or its capital addressed by a political act is its government; a scene or a target of force is not', () => {
  const appeal = code('The Kurdish president appealed to Washington to restrain its ally.');
  assert.ok(appeal.some((g) => /^\S+ 02\d* USAGOV$/.test(g)), appeal.join('; '));
  const demand = code("Massoud Barzani rejected Ankara's demand that his government hand over the rebel leaders.");
  assert.ok(demand.some((g) => /^\S+ 12\d* TURGOV$/.test(g)), demand.join('; '));
  const warn = code('The Iranian minister warned Riyadh against meddling in Lebanon.');
  assert.ok(warn.some((g) => / SAUGOV$/.test(g)), warn.join('; '));
  // A scene: people marching in two cities, the second one a capital.
  const scene = code('Thousands of people marched in Izmir and Ankara, demanding that the army strike the rebels.');
  assert.ok(!scene.some((g) => g.endsWith(' TURGOV')), scene.join('; '));
  // A city that is not the capital stays a place.
  const city = code('The governor appealed to Basra to stay calm.');
  assert.ok(!city.some((g) => g.endsWith(' IRQGOV')), city.join('; '));
});

test('a state named as the passive subject, or as the subject of a "saying ..." clause holding the event, is its government', () => {
  const passive = code('Diplomats said Iran was prepared to hold talks with U.S. officials in Baghdad.');
  assert.ok(passive.some((g) => /^IRNGOV 0\d+ USAGOV$/.test(g)), passive.join('; '));
  const saying = code('Ankara rejected the offer on Monday, saying it would never negotiate with terrorists.');
  assert.ok(saying.some((g) => g.startsWith('TURGOV ')), saying.join('; '));
  assert.ok(!saying.some((g) => g.startsWith('TUR ')), saying.join('; '));
});
