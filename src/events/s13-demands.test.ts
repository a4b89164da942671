/**
 * Demands and refusals (helper s13-demands): refusals told to an addressee, refusals to yield answering the demand
 * they refuse, "until"/"unless" clauses the parser makes complements, and a regional government as a side apart
 * from the central one. Invented sentences through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { regionalSplit } from '../article/implicit.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2009-03-04');
const code23 = eventCoder(annals, '2023-03-04');

test('a refusal told to an addressee is a rejection of that addressee', () => {
  const got = code23('CAIRO (AP) - The Egyptian foreign minister told Blinken on Monday that Egypt would not take orders from anyone.');
  assert.ok(hasEvent(got, 'EGYGOV', '12', 'USAGOV'), got.join('; '));
  assert.ok(!got.some((g) => / 010 /.test(g)), got.join('; '));
});

test('a refusal of talks told to an addressee is 125', () => {
  const got = code('AMMAN (AP) - The Jordanian king told the Syrian envoy that Jordan would never negotiate with the smugglers.');
  // (s18: with the content clause parsed as one, the refusal is aimed at the side it names, the smugglers, as the
  // writers code "told the members that the coalition would not negotiate with the killers"; the addressee is the
  // target only of a refusal that names no one, as the test above.)
  assert.ok(got.some((g) => /^JOR\S* 125 (JOR\S*|---\S*)$/.test(g)), got.join('; '));
});

test("what the addressee's side will not do, told to it, is no refusal of the speaker", () => {
  const got = code23('CAIRO (AP) - The Egyptian foreign minister told Blinken that Washington would not cut its aid.');
  assert.ok(!got.some((g) => /^EGY\S* 12\S* USA/.test(g)), got.join('; '));
});

test('a promise told to an addressee is no refusal', () => {
  const got = code23('CAIRO (AP) - The Egyptian foreign minister told Blinken that Egypt would open the crossing.');
  assert.ok(!got.some((g) => / 12\S* /.test(g)), got.join('; '));
});

test('a refusal to hand someone over answers the demand for him', () => {
  const got = code(
    'BAGHDAD (AP) - The Iraqi government demanded on Tuesday that the Kurdish regional government hand over the fugitive governor of Mosul. ' +
      'Kurdish officials said they would not hand over a guest of the region.',
  );
  assert.ok(hasEvent(got, 'IRQGOVKUR', '12', 'IRQGOV'), got.join('; '));
});

test('a refusal to hand over the sought men to a neighbour answers its demand', () => {
  const got = code(
    'BAGHDAD (AP) - Turkey demanded that the Kurdish regional government surrender the rebel commanders. ' +
      'The Kurdish regional president said his government would not hand over Kurds to Turkey.',
  );
  assert.ok(hasEvent(got, 'IRQGOVKUR', '12', 'TURGOV') || hasEvent(got, 'IRQGOVKUR', '12', 'TUR'), got.join('; '));
});

test('a refusal to yield with no demand before it stays uncoded', () => {
  const got = code('BAGHDAD (AP) - Kurdish officials said on Monday that they would not hand over a guest of the region.');
  assert.ok(!got.some((g) => / 12\S* /.test(g)), got.join('; '));
});

test('"would not return until" the government acts is a demand on it, however the clause is parsed', () => {
  const got = code('BAGHDAD (AP) - The Sadrist spokesman said the bloc would not return until the government obtained an apology from the British.');
  assert.ok(got.some((g) => /^IRQPTYSDR\S* 10\S* IRQGOV$/.test(g)), got.join('; '));
});

test('a regional government is a side apart from the central government, not from its own region', () => {
  assert.equal(regionalSplit('IRQGOVKUR', 'IRQGOV'), true);
  assert.equal(regionalSplit('IRQ', 'IRQGOVKUR'), true);
  assert.equal(regionalSplit('IRQGOVKUR', 'IRQKUR'), false);
  assert.equal(regionalSplit('IRQGOV', 'IRQGOVSHI'), false);
  assert.equal(regionalSplit('TURGOV', 'IRQGOVKUR'), false);
});

test('rejecting a demand whose content names a party is a rejection of the demander', () => {
  const got = code(
    'BAGHDAD (AP) - The British ambassador demanded on Monday that the Iraqi government act against the militias. ' +
      'The prime minister rejected a demand to arrest senior Sadrist officials.',
  );
  assert.ok(hasEvent(got, 'IRQGOV', '12', 'GBRGOV'), got.join('; '));
  assert.ok(!hasEvent(got, 'IRQGOV', '12', 'IRQPTYSDR'), got.join('; '));
});

test('rejecting the call for a withdrawal is a rejection of who called for it', () => {
  const got = code(
    'BAGHDAD (AP) - The Sunni bloc called for the withdrawal of the Kurdish peshmerga from Mosul. ' +
      'The Kurdish regional government rejected the call for the withdrawal of its peshmerga.',
  );
  assert.ok(hasEvent(got, 'IRQGOVKUR', '12', 'IRQPTYSUN'), got.join('; '));
});

test('an indefinite attack noun names no earlier attack', () => {
  const got = code(
    'BAGHDAD (AP) - Gunmen attacked a police station in Baquba on Monday. ' +
      'The governor of Diyala condemned an attack on a mosque in Khalis.',
  );
  assert.ok(!got.some((g) => / 11\S* ---UAF/.test(g)), got.join('; '));
});

test('a promise never to abandon an ally, told to an addressee, is no refusal', () => {
  const got = code('TEHRAN (AP) - The Iranian president told the Syrian envoy that Iran would never abandon its Syrian brothers.');
  assert.ok(!got.some((g) => / 12\S* /.test(g)), got.join('; '));
});

test('a refusal to bow to pressure after a condemnation answers no demand', () => {
  const got = code(
    'TEHRAN (AP) - Britain condemned Iran over the arrests of the students. ' +
      'The Iranian foreign minister said Iran would not bow to pressure from London.',
  );
  assert.ok(!got.some((g) => /^IRN\S* 12\S* GBR/.test(g)), got.join('; '));
});

test('a quoted refusal "until" another acts, its speaker named after the quote, is a demand on that actor', () => {
  const got = code('BAGHDAD (AP) - "We will not return until the government frees our members," said a spokesman for the Accordance Front.');
  assert.ok(got.some((g) => /^IRQPTYSUN\S* 10\S* IRQGOV$/.test(g)), got.join('; '));
});

test('rejecting a demand after being pressed is a rejection of who pressed', () => {
  const got = code(
    'BAGHDAD (AP) - The British ambassador pressed the prime minister on Monday to act against the militias. ' +
      'The prime minister rejected a demand to arrest senior Sadrist officials.',
  );
  assert.ok(hasEvent(got, 'IRQGOV', '12', 'GBRGOV'), got.join('; '));
});

test('a refusal to hand someone over "to" another is a refusal of the receiver', () => {
  const got = code('BAGHDAD (AP) - Kurdish officials said on Sunday that they would not hand over the Kurdish fighters to Iran.');
  assert.ok(got.some((g) => /KUR 12\S* IRN/.test(g)), got.join('; '));
});

test('rejecting calls from an actor keeps that actor as the one rejected', () => {
  const got = code('WASHINGTON (AP) - President Bush rejected calls from Democrats for a timetable for withdrawal from Iraq.');
  assert.ok(got.some((g) => /^USAGOV 12\S* USALEG/.test(g)), got.join('; '));
});

test('refusing to send troops back after an appeal for them is no refusal to hand over', () => {
  const got = code(
    'BAGHDAD (AP) - The Iraqi prime minister asked Washington on Monday to send troops back to Iraq. ' +
      'An American official said the president would not send ground troops back to Iraq.',
  );
  assert.ok(!got.some((g) => /^USA\S* 12\S* IRQ/.test(g)), got.join('; '));
});

test("what a people will not accept, told to an addressee, is no refusal of the speaker's", () => {
  const got = code('CAIRO (AP) - The Egyptian prime minister told the American envoy that Egyptians would not accept higher bread prices.');
  assert.ok(!got.some((g) => /^EGY\S* 12\S* USA/.test(g)), got.join('; '));
});
