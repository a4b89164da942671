/**
 * Verb families of the article-accuracy work (issue 5, session 12, verbs part): each test codes invented news
 * sentences through the whole pipeline (`createAnnals`, article coreference on) and checks the dyad and CAMEO code an
 * expert would give them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { actedBy } from './violence.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals({ coder: { requireDyad: true } });
const code = eventCoder(annals, '2015-03-04');

test('armed advances: overran (a past the tagger does not know) and swept through take territory or posts (19x)', () => {
  const a = code('Syrian rebels overran two Syrian army posts near Idlib.');
  assert.ok(a.some((g) => /^SYRREB 19\d SYRMIL$/.test(g)), a.join('; '));
  const b = code('Taliban fighters swept through Kunduz on Monday.');
  assert.ok(b.some((g) => /^AFGREBTAL 19\d AFG$/.test(g)), b.join('; '));
  // An advance told by its direction is no demand ("push").
  const c = code('Taliban fighters pushed south toward Kandahar on Tuesday.');
  assert.ok(!c.some((g) => / 10\d+ /.test(g)), c.join('; '));
});

test('pounding positions with artillery is shelling (194); storms pounding a coast are no event', () => {
  const a = code('Syrian troops pounded rebel positions with artillery.');
  assert.ok(hasEvent(a, 'SYRMIL', '194', 'SYRREB'), a.join('; '));
  const b = code('Heavy storms pounded the coast of Bangladesh on Monday.');
  assert.deepEqual(b, []);
});

test('dropping bombs on a target is an air strike (195); dropping charges stays an easing (08x)', () => {
  const a = code('Russian jets dropped two bombs on Syrian rebel positions in Idlib.');
  assert.ok(hasEvent(a, 'RUSMIL', '195', 'SYRREB'), a.join('; '));
  const b = code('The Kenyan government dropped the charges against the opposition leader Raila Odinga.');
  assert.ok(!b.some((g) => / 19\d /.test(g)) && b.some((g) => / 08\d+ /.test(g)), b.join('; '));
});

test('a vow to kill, capture or liberate is a threat of force (138), a vow of punishment a threat (13x); a vow to help stays 03x', () => {
  const a = code('The Pakistani army vowed to "kill or capture" Mullah Omar.');
  assert.ok(a.some((g) => /^PAKMIL 138 /.test(g)) && !a.some((g) => / 03\d+ /.test(g)), a.join('; '));
  const b = code('Sudanese President Omar al-Bashir vowed to liberate South Sudan from its rulers.');
  assert.ok(hasEvent(b, 'SDNGOV', '138', 'SSDGOV'), b.join('; '));
  const c = code('Sudanese President Omar al-Bashir vowed to help South Sudan.');
  assert.ok(c.some((g) => /^SDNGOV 03\d+ SSD(GOV)?$/.test(g)) && !c.some((g) => / 13\d+ /.test(g)), c.join('; '));
  const annalsAll = createAnnals({ coder: { requireDyad: false } });
  const d = eventCoder(annalsAll, '2015-03-04')('The Afghan president vowed that the commanders would be punished.');
  assert.ok(d.some((g) => /^AFGGOV 13\d+/.test(g)) && !d.some((g) => / 03\d+/.test(g)), d.join('; '));
});

test('a threat to march on a city is force from an armed side (138), a protest threat from a crowd (133)', () => {
  const a = code('Taliban fighters threatened to march on Kabul.');
  assert.ok(a.some((g) => /^AFGREBTAL 138 AFG/.test(g)), a.join('; '));
  const b = code('Kenyan opposition supporters threatened to march on the Kenyan parliament.');
  assert.ok(b.some((g) => /^KENOPP\S* 133 KENLEG$/.test(g)), b.join('; '));
});

test('protesters who set fire to offices riot (145); troops who burn homes destroy property (1712)', () => {
  const a = code('Kenyan protesters set fire to the offices of the ruling party.');
  assert.ok(a.some((g) => /^KENOPP 145 KENPTY/.test(g)), a.join('; '));
  const b = code('Sudanese troops set fire to the homes of rebel commanders in Darfur.');
  assert.ok(b.some((g) => /^SDNMIL 1712 /.test(g)), b.join('; '));
  assert.equal(actedBy('1712', 'IRQCVL', false), '145');
  assert.equal(actedBy('1712', 'IRQREBCVL', false), '1712');
  assert.equal(actedBy('133', 'IRQMILPMFUAFGOVSHI', true), '138');
  assert.equal(actedBy('133', 'IRQMIL', false), '133');
  assert.equal(actedBy('133', 'IRQOPP', true), '133');
});

test('a particle after the object of a phrasal verb still makes the phrasal verb ("drove the rebels out", "turned the delegation away")', () => {
  const a = code('Syrian troops drove the rebels out of the eastern districts of Aleppo.');
  assert.ok(hasEvent(a, 'SYRMIL', '190', 'SYRREB'), a.join('; '));
  const b = code('The Kenyan government turned the opposition delegation away on Monday.');
  assert.ok(b.some((g) => /^KENGOV 12\d* KENOPP/.test(g)), b.join('; '));
  // "to" before an infinitive is no particle: "turned down the demand to hold" is no "turn to" (an appeal).
  const c = code('Kenyan President Uhuru Kenyatta turned down the opposition demand to hold early elections.');
  assert.ok(c.some((g) => /^KENGOV 12\d* KENOPP/.test(g)) && !c.some((g) => / 02\d* /.test(g)), c.join('; '));
});

test('troops surrounding homes or offices show force (150); "surrounding areas" is no act', () => {
  const a = code('Kenyan troops and tanks surrounded the homes of opposition leader Raila Odinga.');
  assert.ok(hasEvent(a, 'KENMIL', '150', 'KENOPP'), a.join('; '));
  const all = eventCoder(createAnnals({ coder: { requireDyad: false } }), '2015-03-04');
  const c = all('Thousands of people fled the city and surrounding areas toward the Kurdish region of Iraq.');
  assert.ok(!c.some((g) => / 1[59]\d /.test(g)), c.join('; '));
});

test('what a statement or a letter urges is the appeal of its sender ("issued a statement urging X to ...")', () => {
  const a = code('The Kenyan opposition issued a statement urging the Kenyan government to release the detained activists.');
  assert.ok(a.some((g) => /^KENOPP 02\d* KENGOV$/.test(g)) && !a.some((g) => /^KENGOV /.test(g)), a.join('; '));
  const b = code('The Kenyan opposition issued a statement condemning the Kenyan government.');
  assert.ok(hasEvent(b, 'KENOPP', '111', 'KENGOV'), b.join('; '));
});
