/**
 * Force (helper s15-force): aircraft striking are aerial attacks (195) whatever verb tells it, aircraft named with
 * their state and model are that state's forces, two tagger slips on aircraft ("drones" as a verb, "pound" as a
 * noun), and bare officers in a sentence of the police. Invented sentences through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { armedCrushed, fromTheAir } from './violence.js';
import { eventCoder } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2015-06-10');
const LEAD = 'ADEN, Yemen (AP) - Yemeni troops fought Houthi rebels near the port of Aden on Tuesday. ';

test('the aircraft rule: fixed-wing aircraft, gunships and drones strike from the air; helicopters stay 190', () => {
  assert.equal(fromTheAir('190', 'warplane'), '195');
  assert.equal(fromTheAir('190', 'drones'), '195');
  assert.equal(fromTheAir('190', 'gunship'), '195');
  assert.equal(fromTheAir('190', 'helicopter'), '190');
  assert.equal(fromTheAir('190', 'troops'), '190');
  // Other codes are left alone ("a drone strike killed" already coded 186, say).
  assert.equal(fromTheAir('186', 'drone'), '186');
});

test('a singular warplane striking a position is an air strike (195)', () => {
  const got = code(LEAD + 'A Saudi warplane struck a rebel position near the airport.');
  assert.ok(got.some((g) => /^SAUMIL 195 YEMREB/.test(g)), got.join('; '));
});

test('aircraft carrying out strikes on fighters is 195, not 190', () => {
  const got = code(LEAD + 'Saudi aircraft carried out several strikes on rebels near the airport.');
  assert.ok(got.some((g) => /^SAUMIL 195 YEMREB/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^SAUMIL 190 /.test(g)), got.join('; '));
});

test('a helicopter firing on fighters stays 190', () => {
  const got = code(LEAD + 'A Saudi helicopter fired on rebels near the airport.');
  assert.ok(got.some((g) => /^SAUMIL 190 YEMREB/.test(g)), got.join('; '));
});

test('"U.S. drones struck ...": drones read as a verb by the tagger are the subject (195)', () => {
  const got = code(LEAD + 'U.S. drones struck rebel positions near the airport.');
  assert.ok(got.some((g) => /^USAMIL 195 YEMREB/.test(g)), got.join('; '));
});

test('"gunships pound ...": pound read as a noun by the tagger is the verb', () => {
  const got = code(LEAD + 'American AC-130 gunships pound rebel positions in the old city.');
  assert.ok(got.some((g) => /^USAMIL 195 YEMREB/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / USAMIL$/.test(g)), got.join('; '));
});

test('a state named before the aircraft model is the force that struck, one actor', () => {
  const got = code(LEAD + 'Two Saudi F-15 warplanes bombed rebel positions near the airport.');
  assert.ok(got.some((g) => /^SAUMIL 195 YEMREB/.test(g)), got.join('; '));
  // (Not the bare state beside its force, nor the home country's army for aircraft of no country.)
  assert.ok(!got.some((g) => /^(SAU 19|YEMMIL 195)/.test(g)), got.join('; '));
  const jets = code(LEAD + 'Saudi F-15 jets struck rebel positions near the airport.');
  assert.ok(jets.some((g) => /^SAUMIL 195 YEMREB/.test(g)), jets.join('; '));
  assert.ok(!jets.some((g) => /^SAU 19/.test(g)), jets.join('; '));
});

test('bare officers in a sentence of the police are police officers', () => {
  const got = code(LEAD + 'A car bomb exploded near a police patrol in Aden, wounding five officers.');
  assert.ok(got.some((g) => /^\S+ 18\S* YEMCOP/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / YEMMIL$/.test(g)), got.join('; '));
  // With no police in the sentence, officers stay the military.
  const army = code(LEAD + 'A car bomb exploded near an army convoy in Aden, wounding five officers.');
  assert.ok(!army.some((g) => / YEMCOP$/.test(g)), army.join('; '));
});

test('a drone strike as the subject is an air strike', () => {
  assert.equal(fromTheAir('190', 'U.S.', ['strike', 'drone']), '195');
  assert.equal(fromTheAir('190', 'U.S.', ['airstrike']), '195');
  assert.equal(fromTheAir('190', 'U.S.', ['raid', 'night']), '190');
});

test('forces crushing an armed group fought it (190); crushing protests stays repression (175)', () => {
  assert.equal(armedCrushed('175', 'crush', 'YEMREB', 'rebel'), '190');
  assert.equal(armedCrushed('175', 'crush', 'YEMPTY', 'militia'), '190');
  assert.equal(armedCrushed('175', 'crush', 'YEMOPP', 'protest'), '175');
  assert.equal(armedCrushed('175', 'crush', 'YEMREB', 'uprising'), '175');
  assert.equal(armedCrushed('175', 'disperse', 'YEMREB', 'rebel'), '175');
  const got = code(LEAD + "The president, whose forces crushed the cleric's militia in Taiz in 2011, spoke on Monday.");
  assert.ok(got.some((g) => /^YEMMIL 19\d /.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^YEMMIL 175 /.test(g)), got.join('; '));
  const protests = code(LEAD + 'Yemeni forces crushed the protests in Taiz.');
  assert.ok(protests.some((g) => /^YEMMIL 175 /.test(g)), protests.join('; '));
});

test('a suicide car bomber striking a checkpoint is a bombing (183), and a suicide bomber is no aircraft', () => {
  const got = code(LEAD + 'A suicide car bomber struck an army checkpoint in Aden, killing three soldiers.');
  assert.ok(got.some((g) => / 18\d+ YEMMIL/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 19\d YEMMIL/.test(g)), got.join('; '));
});

test('"In Aden, U.S. F-16 jets dropped ...": a fronted place taken for a compound of the subject is an adjunct', () => {
  const got = code(LEAD + 'In Aden, U.S. F-16 jets dropped two bombs on a building where rebels were hiding.');
  assert.ok(got.some((g) => /^USAMIL 19\d YEMREB/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^YEMMIL 195/.test(g)), got.join('; '));
});

test("suspects a foreign force's soldiers round up are suspected insurgents, not criminals", () => {
  const got = eventCoder(annals, '2005-09-12')(
    'SAMARRA, Iraq (AP) - Tribal elders met in Samarra on Sunday to discuss the new charter.\n\n' +
      'The U.S. military said its soldiers had killed 14 fighters in a sweep near Samarra and detained 26 suspects.',
  );
  assert.ok(got.some((g) => /^USAMIL 173 IRQREB$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 173 IRQCRM$/.test(g)), got.join('; '));
});

test('police charging a crowd or marchers (with batons) is repression (175); a charge with a crime stays an arrest (173)', () => {
  const got = code(LEAD + 'In Taiz, riot police charged the crowd with batons and later charged marchers near the university.');
  assert.ok(got.some((g) => /^YEMCOP 175 YEM(CVL|OPP)/.test(g)), got.join('; '));
  const legal = code(LEAD + 'Prosecutors in Taiz charged the governor with corruption.');
  assert.ok(legal.some((g) => /^YEMJUD 173 YEMGOV/.test(g)) && !legal.some((g) => / 175 /.test(g)), legal.join('; '));
});
