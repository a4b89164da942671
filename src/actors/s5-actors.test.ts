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
  // A scene: a statement made in two cities, the second one a capital. (A protest held there is aimed at
  // the government, as the expert codes it: src/events/s10-conventions.test.ts.)
  const scene = code('The Iraqi minister criticized the rebels in speeches in Izmir and Ankara.');
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

test('armed nouns take the coders\' codes: insurgents are rebels, "Shiite militias" are the article\'s Shiite militia, rebel nouns its dominant rebel group', () => {
  const ins = code('Iraqi officials said American soldiers killed six insurgents near Baquba on Sunday, and Iraqi police arrested two others.');
  assert.ok(hasEvent(ins, 'USAMIL', '19', 'IRQREB') || hasEvent(ins, 'USAMIL', '18', 'IRQREB'), ins.join('; '));
  // A sector before an identity, and the militia the article names.
  const shiite = code(
    'BAGHDAD -- Iraqi troops clashed with the Mahdi Army in Kut on Monday.\n\n' +
      'The defence minister said the army would crush the Shiite militias in Kut within days.\n\n' +
      'The Mahdi Army accused the government of breaking the truce.',
  );
  assert.ok(shiite.some((g) => / IRQREBSHI$/.test(g) && /^IRQ(GOV|MIL)/.test(g) && !g.includes(' 11')), shiite.join('; '));
  assert.ok(!shiite.some((g) => g.includes('SHIUAF')), shiite.join('; '));
  const pkk = code(
    'BAGHDAD -- The PKK said on Sunday that it had ambushed a Turkish patrol.\n\n' +
      'Turkish warplanes bombed suspected rebel positions in the mountains of northern Iraq overnight.\n\n' +
      'The PKK accused Ankara of killing villagers.',
  );
  assert.ok(pkk.some((g) => /^TURMIL 19\d* TURREB/.test(g)), pkk.join('; '));
});

test('officials, lawmakers and commanders of the Iraq-war years are known actors of their country and sector', () => {
  const got = code(
    'Foreign Ministry spokesman Mohammad Ali Hosseini condemned the American raid on Monday.\n\n' +
      'Senator Jim Webb criticized the White House for ignoring the generals.\n\n' +
      "Turkey's interior minister, Besir Atalay, accused the Kurdish regional government of sheltering the PKK.",
  );
  assert.ok(got.some((g) => g.startsWith('IRNGOV 111')), got.join('; '));
  assert.ok(hasEvent(got, 'USALEG', '111', 'USAGOV'), got.join('; '));
  assert.ok(got.some((g) => g.startsWith('TURGOV 112')), got.join('; '));
});

test('"the two countries" as the subject of a political act are their governments; Congress committees are the U.S. Congress', () => {
  const got = code(
    'The Iraqi foreign minister met his Syrian counterpart in Damascus on Sunday.\n\n' +
      'He said the two countries had agreed to set up a joint committee to watch the border.',
  );
  assert.ok(hasEvent(got, 'SYRGOV', '03', 'IRQGOV') && hasEvent(got, 'IRQGOV', '03', 'SYRGOV'), got.join('; '));
  const committee = code('The Armed Services Committee criticized the Pentagon for the shortage of armor.');
  assert.ok(committee.some((g) => g.startsWith('USALEG 11')), committee.join('; '));
});

test('a state named right before a military act ("a U.S. raid", "Turkish air strikes") is its forces', () => {
  const got = code('Iraqi Shiite lawmakers suspended their work on Tuesday to protest a pre-dawn U.S. raid on a Baghdad district that killed four people.');
  assert.ok(got.some((g) => g.endsWith(' USAMIL')), got.join('; '));
  assert.ok(!got.some((g) => / USA(GOV)?$/.test(g)), got.join('; '));
});

test('a Sunni party leader sitting in parliament acts as his party (Mutlak = IRQPTYSUN before 2010)', () => {
  const got = code('Saleh al-Mutlak accused the Kurdish parties of trying to seize the oil fields of Kirkuk.');
  assert.ok(got.some((g) => g.startsWith('IRQPTYSUN 112')), got.join('; '));
});
