/**
 * Force, security and protest acts (helper s14-force): the dateline country as home when the lead's subject is a
 * country-less local, a state's forces firing on its own crowds (175), clashes with civilians (190), passive arrests
 * with no arrester (173), shells striking near a target, force at a place aimed at the occupants a "where" clause
 * names, fire returned at the attacker just told, and two parse repairs (a fronted bare time phrase, "armed with").
 * Invented sentences through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { crowdRepressed } from './violence.js';
import { againstCivilians } from './coder.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2016-05-04');

test("a lead whose subject is a country-less local is the dateline country's story, not the foreign target's", () => {
  const got = code('MOMBASA, Kenya (AP) - Protesters angry over water shortages stormed the Ugandan consulate in Mombasa on Friday and set it on fire.');
  assert.ok(got.some((g) => /^KEN(OPP|CVL)\S* 14\S* UGA/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^UGA(OPP|CVL)/.test(g)), got.join('; '));
});

test('a state-named subject in the lead keeps the country count (two-country story filed from a third)', () => {
  const got = code('ADDIS ABABA, Ethiopia (AP) - Sudan accused South Sudan on Monday of arming rebels in Darfur.');
  assert.ok(got.some((g) => /^SDN\S* 11\S* SSD/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('ETH')), got.join('; '));
});

test("a state's police firing on its own crowds is repression (175)", () => {
  const got = code('LAGOS, Nigeria (AP) - Nigerian police opened fire on crowds outside the governor\'s office on Tuesday, witnesses said.');
  assert.ok(got.some((g) => /^NGACOP 175 NGA/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 18\S* /.test(g)), got.join('; '));
});

test('the crowd rule: own forces on own crowds only', () => {
  assert.equal(crowdRepressed('180', 'NGACOP', 'NGACVL', 'crowd'), '175');
  assert.equal(crowdRepressed('193', 'NGAMIL', 'NGAOPP', 'demonstrator'), '175');
  // Foreign troops firing on a crowd, or police shooting named people, stay as coded.
  assert.equal(crowdRepressed('190', 'USAMIL', 'IRQCVL', 'crowd'), '190');
  assert.equal(crowdRepressed('180', 'NGACOP', 'NGACVL', 'man'), '180');
  assert.equal(crowdRepressed('173', 'NGACOP', 'NGAOPP', 'protester'), '173');
});

test('a clash with residents is fought on both sides (190, not an assault)', () => {
  assert.equal(againstCivilians('190', 'NGACVL', 'clash', 'NGACOP'), '190');
  assert.equal(againstCivilians('190', 'NGACVL', 'shoot', 'NGACOP'), '180');
  // Mobs clashing with mobs stay crowd violence.
  assert.equal(againstCivilians('190', 'NGACVL', 'clash', 'SOMCVL'), '180');
  const got = code('LAGOS, Nigeria (AP) - Nigerian police clashed for hours with residents of the Makoko district on Tuesday.');
  assert.ok(got.some((g) => /^NGACOP 19\S* NGACVL/.test(g)), got.join('; '));
});

test('riot police pushing the crowd back with tear gas is 175 against the crowd', () => {
  const got = code(
    'LAGOS, Nigeria (AP) - Thousands of protesters marched on the state assembly in Ikeja on Monday. ' +
      'Riot police fired water cannon and tear gas to push the crowd back.',
  );
  assert.ok(got.some((g) => /^NGACOP 175 NGA(CVL|OPP)/.test(g)), got.join('; '));
});

test('a passive arrest with no arrester is the holding state\'s (173 against the arrested)', () => {
  const got = code(
    'KABUL, Afghanistan (AP) - Afghan police clashed with protesters in Kabul on Sunday. The Interior Ministry said 30 people had been arrested.',
  );
  assert.ok(got.some((g) => /^AFGGOV 173 AFG(CVL|OPP)/.test(g)), got.join('; '));
});

test('a passive arrest with an agent, or only threatened, is left to the coder', () => {
  const got = code(
    'KABUL, Afghanistan (AP) - Afghan police clashed with protesters in Kabul on Sunday. The minister warned that protesters who attacked the police would be arrested.',
  );
  assert.ok(!got.some((g) => /^AFGGOV 173/.test(g)), got.join('; '));
});

test('rockets striking near an embassy attack it, also after a fronted bare time phrase', () => {
  for (const text of [
    'KABUL, Afghanistan (AP) - Three rockets struck near the British embassy at Kabul airport, causing no casualties.',
    'KABUL, Afghanistan (AP) - Late Sunday, three rockets struck near the British embassy at Kabul airport, causing no casualties.',
  ]) {
    const got = code(text);
    assert.ok(got.some((g) => /^---\S* 19\S* GBR/.test(g)), got.join('; '));
  }
});

test('mortar rounds crashing near a hotel where ministers met are aimed at the ministers', () => {
  const got = code(
    'KABUL, Afghanistan (AP) - At least four mortar rounds crashed near a hotel in the Wazir Akbar Khan district where several Afghan ministers were meeting, wounding two guards.',
  );
  assert.ok(got.some((g) => /^---\S* 19\S* AFGGOV/.test(g)), got.join('; '));
});

test('fire returned with no one named is aimed at the attacker just told', () => {
  const got = code(
    'KABUL, Afghanistan (AP) - British troops searched a village near Lashkar Gah on Sunday. ' +
      'Villagers said gunmen opened fire on the soldiers from rooftops as they left, and a British helicopter fired back.',
  );
  // (The gunmen a foreign army fights are coded as the home country's insurgents since s16: src/actors/fighters.ts.)
  assert.ok(got.some((g) => /^GBRMIL 19\S* (---|AFGREB)/.test(g)), got.join('; '));
});

test('"armed with" is no arming: the men armed with rifles are the attackers', () => {
  const got = code('MOSUL, Iraq (AP) - Gunmen armed with rifles and grenades stormed a police station in western Mosul on Sunday.');
  assert.ok(!got.some((g) => / 07\S* /.test(g)), got.join('; '));
  assert.ok(got.some((g) => / 19\S* IRQCOP/.test(g)), got.join('; '));
});

test('a deployment naming no one is aimed at the side the deployer fights in the article', () => {
  const got = code(
    'ANKARA, Turkey (AP) - Kurdish rebels attacked a Turkish army post near the Iraqi border on Sunday, killing 12 soldiers. ' +
      'Turkish troops shelled Kurdish rebels in the mountains on Sunday night. ' +
      'Ankara massed thousands of troops along the border on Monday.',
  );
  assert.ok(got.some((g) => /^TUR\S* 15\S* \S*REB/.test(g)), got.join('; '));
});

test('force at a place that houses a group is aimed at the group housed there', () => {
  const got = code(
    'DAMASCUS, Syria (AP) - Syrian soldiers pushed into the Yarmouk camp, the walled district south of Damascus that houses about 5,000 Palestinian refugees, on Tuesday.',
  );
  assert.ok(got.some((g) => /^SYRMIL 1\S* PSE/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^SYRMIL 1\S* SYRGOV/.test(g)), got.join('; '));
});

test('protesters who gathered chanting slogans against the government protest against it', () => {
  const got = code('BEIRUT, Lebanon (AP) - Protesters gathered at the port on Tuesday afternoon, chanting slogans against the government and demanding compensation.');
  assert.ok(got.some((g) => /^LBN(OPP|CVL)\S* 14\S* LBNGOV/.test(g)), got.join('; '));
});
