/**
 * Precision filters and verb fixes of the issue-5 work (helper s13-precision), on invented sentences through the
 * whole pipeline: filters `nominal-complement-act` and `violence-scene` (src/events/filters.ts), "pushed to within"
 * (no demand) and "traded gunfire" (a fight) in the verb dictionaries.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2015-03-02');
const unfiltered = eventCoder(createAnnals({ filters: { 'nominal-complement-act': false, 'violence-scene': false } }), '2015-03-02');

test('an act asked for in a call others push back against is no act between the caller and its partners', () => {
  const text = "DAMASCUS, Syria (AP) - The Syrian government on Monday pushed back against the Arab League's call to open direct talks with the rebels.";
  const before = unfiltered(text);
  assert.ok(before.some((g) => / SYRREB/.test(g)), `premise: ${before.join('; ')}`);
  const got = code(text);
  assert.ok(!got.some((g) => / SYRREB/.test(g)), got.join('; '));
});

test('a right to detain others that one asks to keep is no act against them', () => {
  const text = 'AMMAN, Jordan (AP) - Jordan asked to keep the right to detain Syrians.';
  const before = unfiltered(text);
  assert.ok(before.some((g) => / SYR$/.test(g)), `premise: ${before.join('; ')}`);
  assert.ok(!code(text).some((g) => / SYR$/.test(g)), code(text).join('; '));
});

test('a failure to approve and an order that was never given are no acts', () => {
  const text =
    "BEIRUT (AP) - Lebanese lawmakers' failure to approve a new cabinet angered President Michel Aoun.\n\n" +
    'Jordanian police had received no order to arrest the opposition leader, an official said.';
  const before = unfiltered(text);
  assert.ok(before.some((g) => /^JORCOP 17\d* /.test(g)), `premise: ${before.join('; ')}`);
  const got = code(text);
  assert.ok(!got.some((g) => /^LBNLEG 05\d* LBNGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^JORCOP /.test(g)), got.join('; '));
});

test('the town near which the attacked villages lie is not the target of the attack', () => {
  const text = 'ZAKHO, Iraq (AP) - Turkish jets bombed two villages south of Mosul on Sunday.\n\nTurkish artillery shelled villages on the Iraqi side of the border on Monday.';
  const before = unfiltered(text);
  assert.ok(before.some((g) => /^TURMIL 195 IRQ$/.test(g)), `premise: ${before.join('; ')}`);
  const got = code(text);
  assert.ok(!got.some((g) => /^TURMIL 195 IRQ$/.test(g)), got.join('; '));
  // "on the Iraqi side": the land attacked stays the target.
  assert.ok(got.some((g) => /^TURMIL 194 IRQ$/.test(g)), got.join('; '));
});

test('the country where the attacked bases lie is not the target of the missiles; a place the verb aims at stays', () => {
  const text = 'ANKARA (AP) - Turkey fired more than a dozen ballistic missiles at two bases in Syria that house Kurdish fighters.';
  const before = unfiltered(text);
  // (s14-force: with the filters on, the article's conventions now aim a strike at the occupants a "that house(s)" clause
  // names, so even without the scene filter the country is replaced by the Kurdish fighters; either shows the premise.)
  assert.ok(before.some((g) => /^TUR\S* 19\d* (SYR|TUR\S*KUR\S*)$/.test(g)), `premise: ${before.join('; ')}`);
  const got = code(text);
  assert.ok(!got.some((g) => /^TUR\S* 19\d* SYR$/.test(g)), got.join('; '));
  // The development sentences code "struck targets near Damascus" against Syria.
  const near = code('BEIRUT (AP) - Israeli aircraft struck targets near Damascus overnight.');
  assert.ok(near.some((g) => /^ISRMIL 19\d* SYR$/.test(g)), near.join('; '));
});

test('troops pushing to within reach of a town make no demand; pushing a government to act is one', () => {
  const got = code(
    'IDLIB, Syria (AP) - Syrian troops pushed to within a few kilometres of Idlib on Tuesday, as the government gave the rebels a final chance to surrender.\n\n' +
      'Washington pushed Ankara to halt the offensive.',
  );
  assert.ok(!got.some((g) => / 10\d* /.test(g) && g.startsWith('SYR')), got.join('; '));
  assert.ok(got.some((g) => /^USAGOV 10\d* TURGOV$/.test(g)), got.join('; '));
});

test('two sides trading gunfire fight each other (19), they do not trade (061)', () => {
  const got = code('KIRKUK, Iraq (AP) - Kurdish fighters and Turkmen gunmen traded gunfire in Tuz Khurmatu on Monday.');
  assert.ok(got.some((g) => / 19\d* /.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 06\d* /.test(g)), got.join('; '));
});

test('capturing or seizing a named place (or parts of it) is occupying territory (192); detaining a people stays an arrest', () => {
  const got = code(
    'ALEPPO, Syria (AP) - The Nusra Front captured Idlib on Monday.\n\nThe group has also seized parts of Hama.\n\nSyrian troops detained five Lebanese near the border.',
  );
  assert.equal(got.filter((g) => /^SYRREB\S* 192 SYR$/.test(g)).length, 2, got.join('; '));
  assert.ok(!got.some((g) => /^SYRREB\S* 17\d* SYR$/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^SYRMIL 173 LBN$/.test(g)), got.join('; '));
});

test('villages south of a city are not the city; an accusation after the capture still answers the captors', () => {
  const text = 'MOSUL, Iraq (AP) - Islamic State fighters captured two villages south of Mosul on Monday.\n\nIraqi officials have accused the group of executing dozens of villagers.';
  const before = unfiltered(text);
  assert.ok(before.some((g) => /^IMGMUSISI 19\d* IRQ$/.test(g)), `premise: ${before.join('; ')}`);
  const got = code(text);
  assert.ok(!got.some((g) => /^IMGMUSISI 19\d* IRQ$/.test(g)), got.join('; '));
  // (The accusation names no one; it answers the act aimed at Iraq, which the filter dropped only for its target.)
  assert.ok(got.some((g) => /^IRQGOV 112 IMGMUSISI$/.test(g)), got.join('; '));
});

test('a pattern word that is only a participle before another noun does not make the pattern ("the ruling parties")', () => {
  const got = code(
    "KABUL (AP) - The Taliban fought Afghan troops in Kandahar and Helmand in 2009, and the movement's ability to draw huge crowds into the streets has long worried both Washington and the ruling Pashtun parties.",
  );
  assert.ok(!got.some((g) => / 115 /.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^AFGREB\S* 19\d* AFGMIL$/.test(g)), got.join('; '));
});

test("followers storming a party's offices or besieging an embassy riot (145); followers fighting the police fight", () => {
  const got = code(
    "BASRA, Iraq (AP) - Sadr's supporters stormed the offices of the Fadhila party on Monday.\n\nMilitia supporters besieged the British Embassy for two days.\n\nIn Amara, Sadr's supporters fought Iraqi police for two hours.",
  );
  assert.ok(got.some((g) => /^IRQPTYSDR 145 IRQPTY/.test(g)), got.join('; '));
  assert.ok(got.some((g) => / 145 GBRGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 19\d* (?:IRQPTY|GBRGOV)/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^IRQPTYSDR 19\d* IRQCOP$/.test(g)), got.join('; '));
});
