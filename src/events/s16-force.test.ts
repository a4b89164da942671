/**
 * Force and violence (helper s16-force): passive assaults whose "by" agent the parser hung on one conjunct, blows
 * (kicks, scuffles), people killed where a protest is named (175), a protester shot dead by police (175), bare
 * checkpoints and outposts attacked standing for the forces who man them, police stations seized (192), people kept
 * from crossing (170), and shells fired from a named place that strike a target. Invented sentences through the whole
 * pipeline, and the violence.ts rules alone.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { crowdRepressed, postHolder, struckBuilding } from './violence.js';
import { eventCoder } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2016-05-04');

test('conjoined passive participles share their subject and their "by" agent', () => {
  const got = code('ABUJA, Nigeria (AP) - Several senators were slapped and kicked by protesters outside the National Assembly on Monday.');
  assert.ok(got.some((g) => /^NGA(OPP|CVL)\S* 18\S* NGALEG/.test(g)), got.join('; '));
  // Not the victims attacking the crowd, nor repression of the crowd.
  assert.ok(!got.some((g) => /^NGALEG/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 175 /.test(g)), got.join('; '));
});

test('a crowd noun in the "by" agent of a passive is no object pattern ("* demonstrators": 175)', () => {
  const got = code('ABUJA, Nigeria (AP) - Two ministers were punched by angry demonstrators at the airport on Friday.');
  assert.ok(got.some((g) => /^NGA(OPP|CVL)\S* 18\S* NGAGOV/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 175 /.test(g)), got.join('; '));
});

test('a scuffle is a physical assault (18)', () => {
  const got = code('NAIROBI, Kenya (AP) - Opposition lawmakers scuffled with ruling party legislators in parliament on Tuesday.');
  assert.ok(got.some((g) => /^\S*(OPP|LEG)\S* 180 \S*LEG/.test(g)), got.join('; '));
});

test('troops storming a protest camp and killing people there repress the crowd (175), not an assault (180)', () => {
  const got = code('KANO, Nigeria (AP) - Nigerian troops stormed a protest camp near Kano on Tuesday and killed dozens of people.');
  assert.ok(got.some((g) => /^NGAMIL 175 NGA(OPP|CVL)/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^NGAMIL 18\S* /.test(g)), got.join('; '));
});

test('a protester shot dead by police is repression (175)', () => {
  const got = code('NAIROBI, Kenya (AP) - A protester was shot dead by Kenyan police in Kisumu on Monday.');
  assert.ok(got.some((g) => /^KENCOP 175 KEN(OPP|CVL)/.test(g)), got.join('; '));
});

test('checkpoints attacked with no one named on them stand for the police who man them (190)', () => {
  const got = code('MAIDUGURI, Nigeria (AP) - Gunmen attacked checkpoints in three villages outside Maiduguri on Sunday, officials said.');
  assert.ok(got.some((g) => /^\S+ 190 NGACOP/.test(g)), got.join('; '));
  // Checkpoints set up are no target.
  const set = code('MAIDUGURI, Nigeria (AP) - Nigerian soldiers set up new checkpoints around Maiduguri on Sunday.');
  assert.ok(!set.some((g) => / NGACOP$/.test(g)), set.join('; '));
});

test('fighters seizing a police station take ground (192), not property (171)', () => {
  const got = code('MOGADISHU, Somalia (AP) - Somali militants seized the police station on Monday and held the town for hours.');
  assert.ok(got.some((g) => /^\S+ 192 SOMCOP/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 171\S* /.test(g)), got.join('; '));
});

test('police keeping marchers from crossing a bridge coerce them (170), no border blockade (191)', () => {
  const got = code('NAIROBI, Kenya (AP) - Kenyan riot police blocked the marchers from crossing the bridge into the city centre on Thursday.');
  assert.ok(got.some((g) => /^KENCOP 170 KEN(OPP|CVL)/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 191 /.test(g)), got.join('; '));
});

test('rockets fired from a named district that struck a target are an attack by their unnamed user', () => {
  const got = code('MOGADISHU, Somalia (AP) - Mortars fired from Afgoye struck a Somali army base on Friday.');
  assert.ok(got.some((g) => /^\S*UAF 19\S* SOMMIL/.test(g)), got.join('; '));
  // Weapons smuggled from a country name their supplier, no place they were fired from.
  const smuggled = code('MOGADISHU, Somalia (AP) - Explosives smuggled from Eritrea had killed more than 100 Somali soldiers.');
  assert.ok(!smuggled.some((g) => /^\S*UAF /.test(g)), smuggled.join('; '));
});

test('the post rule: checkpoints are the police\'s, outposts and barracks the army\'s; other places no one\'s', () => {
  assert.equal(postHolder('checkpoint'), 'COP');
  assert.equal(postHolder('checkpoints'), 'COP');
  assert.equal(postHolder('outpost'), 'MIL');
  assert.equal(postHolder('barracks'), 'MIL');
  assert.equal(postHolder('station'), null);
  assert.equal(postHolder('base'), null);
  assert.equal(postHolder('market'), null);
});

test('the crowd rule: people at a protest, and pronouns for protesters, are the crowd', () => {
  assert.equal(crowdRepressed('180', 'NGAMIL', 'NGACVL', 'people', 'kill', true), '175');
  assert.equal(crowdRepressed('180', 'NGAMIL', 'NGACVL', 'people', 'kill', false), '180');
  assert.equal(crowdRepressed('190', 'NGACOP', 'NGAOPP', 'they', 'drive'), '175');
  assert.equal(crowdRepressed('190', 'NGACOP', 'NGAREB', 'they', 'drive'), '190');
  assert.equal(crowdRepressed('1823', 'NGACOP', 'NGAOPP', 'protester', 'shoot'), '175');
  // Foreign troops, and a scuffle (fought on both sides), stay as coded.
  assert.equal(crowdRepressed('180', 'USAMIL', 'NGACVL', 'people', 'kill', true), '180');
  assert.equal(crowdRepressed('180', 'NGACOP', 'NGAOPP', 'protester', 'scuffl'), '180');
});

test('a school or hospital struck is the civilians in it; its students and the arrests there keep their codes', () => {
  assert.equal(struckBuilding('194', 'SOMEDU', 'school'), 'SOMCVL');
  assert.equal(struckBuilding('180', 'SOMHLH', 'hospital'), 'SOMCVL');
  assert.equal(struckBuilding('194', 'SOMEDU', 'student'), 'SOMEDU');
  assert.equal(struckBuilding('173', 'SOMEDU', 'school'), 'SOMEDU');
  const got = code('MOGADISHU, Somalia (AP) - Gunmen fired rockets at a Somali school in Afgoye on Friday.');
  assert.ok(got.some((g) => / 19\S* SOMCVL/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / SOMEDU$/.test(g)), got.join('; '));
});


test('"one of them" as a subject stands for the group the pronoun refers to', () => {
  const got = code('NAIROBI, Kenya (AP) - Kenyan opposition lawmakers surrounded the podium and one of them scuffled with a ruling party deputy.');
  assert.ok(got.some((g) => /^KEN(OPP|LEG|PTY)\S* 180 /.test(g)), got.join('; '));
});

test('people killed when forces opened fire: the forces killed them (a crowd: 175)', () => {
  const got = code('NAIROBI, Kenya (AP) - Three Kenyan protesters were killed when police opened fire near the stadium on Monday.');
  assert.ok(got.some((g) => /^KENCOP 175 KENOPP/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^KENOPP /.test(g)), got.join('; '));
});

test("a foreign army's fire on civilians stays military force (190); armed men's is an assault (180)", () => {
  const got = code('MOGADISHU, Somalia (AP) - An Ethiopian helicopter fired on a crowd of Somali civilians in Baidoa on Monday.');
  assert.ok(got.some((g) => /^ETHMIL 19\S* SOMCVL/.test(g)), got.join('; '));
  const gunmen = code('MOGADISHU, Somalia (AP) - Somali gunmen fired on a crowd of civilians in Baidoa on Monday.');
  assert.ok(gunmen.some((g) => / 18\S* SOMCVL/.test(g)), gunmen.join('; '));
});
