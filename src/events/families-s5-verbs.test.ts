/**
 * Verb, idiom and event-noun families of the article-accuracy work (issue 5, verbs part): each test codes
 * invented news sentences through the whole pipeline (`createAnnals`, article coreference on) and checks the
 * dyad and CAMEO code an expert would give them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals({ coder: { requireDyad: true } });
const code = eventCoder(annals, '2009-06-10');

test('a veto, threatened or cast, is aimed at the vetoing government\'s own legislature', () => {
  const threat = code('The Philippine president threatened on Tuesday to veto the mining bill.');
  assert.ok(hasEvent(threat, 'PHLGOV', '13', 'PHLLEG'), threat.join('; '));
  const any = code('The Brazilian president has threatened to veto any measure that cuts the pension fund.');
  assert.ok(hasEvent(any, 'BRAGOV', '13', 'BRALEG'), any.join('; '));
  const cast = code('The Kenyan president vetoed the budget in March.');
  assert.ok(hasEvent(cast, 'KENGOV', '12', 'KENLEG'), cast.join('; '));
});

test('a veto to come, even under a misparsed "if" clause and reported by aides, is a threat (13)', () => {
  const got = code('If the amendment passes, the Philippine president would veto it, his aides have said.');
  assert.ok(hasEvent(got, 'PHLGOV', '13', 'PHLLEG'), got.join('; '));
});

test('an act named by a light verb and its noun ("issued an ultimatum", "released a statement") is what "the ultimatum", "the statement" stand for', () => {
  const ultimatum = code('The Somali government issued an ultimatum to the Shabaab militia on Monday. Shabaab leaders rejected the ultimatum.');
  assert.ok(ultimatum.some((g) => /^SOM\S* 12\d* SOMGOV$/.test(g)), ultimatum.join('; '));
  const statement = code('The Nigerian president released a statement on the strike. The Nigerian Labour Congress welcomed the statement.');
  assert.ok(statement.some((g) => /^NGA\S* 05\d* NGAGOV$/.test(g)), statement.join('; '));
});

test('dismissing another leader\'s remark, or dismissing it as interference, is a rebuke of its speaker (111)', () => {
  const got = code('The Greek prime minister said on Monday that the island must be reunited. The Turkish foreign minister dismissed the remark as interference.');
  assert.ok(hasEvent(got, 'TURGOV', '111', 'GRCGOV'), got.join('; '));
});

test('a subject parsed as a vocative before a relative clause still made the accusation that "the accusation" names', () => {
  const got = code(
    'Colombian President Alvaro Uribe arrived in Quito on Monday. Uribe, who is expected in Lima later this week, has repeatedly accused Venezuela of arming the rebels. In Caracas, Foreign Ministry spokesman Jorge Valero dismissed the accusation as "baseless" and said the rebels were Colombia\'s own problem.',
  );
  assert.ok(hasEvent(got, 'VENGOV', '016', 'COLGOV'), got.join('; '));
});

test('"seized on the announcement" is no confiscation', () => {
  const got = code('The Polish defence ministry announced that two brigades would deploy. Polish opposition lawmakers seized on the announcement and on the Russian government\'s remarks.');
  assert.ok(!got.some((g) => g.split(' ')[1].startsWith('17')), got.join('; '));
});

test('"ordered an investigation" after a raid is an investigation (09) of the raiders; "the investigation found" is nobody acting', () => {
  const got = code('Kenyan troops raided a village in southern Somalia on Monday, killing six men. The Somali president ordered an investigation.');
  assert.ok(hasEvent(got, 'SOMGOV', '09', 'KENMIL'), got.join('; '));
  const found = code('Kenyan troops raided a village in southern Somalia on Monday. The investigation found that the troops had fired on civilians.');
  assert.ok(!found.some((g) => g.startsWith('KENMIL') && g.endsWith('KENMIL')), found.join('; '));
});

test('unidentified gunmen who kill a titled person assassinate (186), several policemen is assault (180), soldiers stay force (190)', () => {
  const one = code('Gunmen killed a tribal sheikh near Kandahar on Monday.');
  assert.ok(one.some((g) => / 186 AFG/.test(g)), one.join('; '));
  const two = code('Unidentified gunmen shot dead two policemen near the main market of Peshawar.');
  // "shot dead" is 18x: the dictionary's "shoot ... dead" (1823) since the lemmatizer reads "shot" as "shoot".
  assert.ok(two.some((g) => / 18\d+ PAKCOP$/.test(g)), two.join('; '));
  const soldiers = code('Gunmen killed three Pakistani soldiers in an ambush near Peshawar.');
  assert.ok(soldiers.some((g) => / 190 PAKMIL$/.test(g)), soldiers.join('; '));
});

test('an actor\'s own "will not negotiate" is a refusal (125), also when the clause is not hung under the statement', () => {
  const root = code('The Colombian government will not negotiate with the FARC.');
  assert.ok(root.some((g) => /^COLGOV 125 COLREB/.test(g)), root.join('; '));
  const but = code('He told reporters that the door remained open to "those who renounce violence," but that Colombia would not negotiate with the FARC rebels.');
  assert.ok(but.some((g) => / 125 COLREB/.test(g)), but.join('; '));
  assert.ok(!but.some((g) => / 046 /.test(g)), but.join('; '));
});

test('"In a statement, X urged ..." makes "The statement accused ..." X\'s accusation', () => {
  const got = code('In a statement read on state television, the Venezuelan government urged Colombia to pull its troops back from the border. The statement also accused Colombia of sheltering paramilitaries.');
  assert.ok(got.some((g) => /^VENGOV 112 COL/.test(g)), got.join('; '));
});

test('"suspended their participation in the government to protest ..." is the suspension (16), not eased protests (082)', () => {
  const got = code('Kurdish lawmakers in Turkey announced on Monday that they were suspending their participation in the Turkish government to protest the arrests.');
  assert.ok(got.some((g) => / 16\d* TURGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 082 /.test(g)), got.join('; '));
});

test('"threatened to withdraw its support from the government" is a threat (131) to the government, not a dropped withdrawal', () => {
  const got = code('The Tamil bloc in parliament has threatened to withdraw its support from the Sri Lankan government if the vote is postponed again.');
  assert.ok(got.some((g) => / 13\d* LKAGOV$/.test(g)), got.join('; '));
});

test('a trailing participle of a verbal act (", accusing X of ...", ", pressing X to ...") is a second act of the main subject', () => {
  const accusing = code('The Nepalese opposition leader called for an international inquiry on Monday, accusing the Nepalese army of sheltering the killers.');
  assert.ok(accusing.some((g) => /^NPL\S* 112 NPLMIL$/.test(g)), accusing.join('; '));
  const pressing = code('The Japanese foreign minister arrived in Seoul on Tuesday, pressing South Korean leaders to resume the talks.');
  assert.ok(pressing.some((g) => /^JPNGOV 02\d* KOR/.test(g)), pressing.join('; '));
  // ", killing 18 people" is the bombing the main verb reports, no second event.
  const killing = code('A suicide bomber struck a police station in the Nepalese town of Birgunj, killing 18 people.');
  assert.ok(!killing.some((g) => g.endsWith(' NPLCVL')), killing.join('; '));
});

test('"would not return until X met its demands" is a demand (100) on X', () => {
  const got = code('The Tamil National Alliance said it would not return until President Mahinda Rajapaksa met its demands on detainees.');
  assert.ok(got.some((g) => / 100 LKAGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 12\d* /.test(g)), got.join('; '));
});

test('"was due to meet" is a planned meeting: an intent to meet (036), not a meeting held (040)', () => {
  const got = code('The Chilean foreign minister flew on to Lima, where he was due to meet the Peruvian president on Thursday.');
  assert.ok(got.some((g) => /^CHLGOV 036 PERGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 040 PERGOV$/.test(g)), got.join('; '));
});

test('"condemned the shelling" after warplanes and artillery struck is aimed at the strikers; "would defend their region if X crossed" threatens X (138)', () => {
  const got = code('Russian warplanes and artillery struck suspected rebel positions in northern Georgia on Monday night. The Georgian president condemned the shelling and said Georgians would defend their region if Russian troops crossed the frontier.');
  assert.ok(got.some((g) => /^GEOGOV 11\d* RUSMIL$/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^GEO\S* 138 RUSMIL$/.test(g)), got.join('; '));
  const record = code('The Georgian president defended his record on Monday.');
  assert.ok(!record.some((g) => / 19\d* /.test(g)), record.join('; '));
});

test('"condemned Tuesday\'s raid" is aimed at the raiders, as "the raid" is', () => {
  const got = code('Ethiopian troops raided a village in southern Somalia on Tuesday, killing four people. The Somali president condemned Tuesday\'s raid in an interview with state radio.');
  assert.ok(got.some((g) => /^SOMGOV 11\d* ETHMIL$/.test(g)), got.join('; '));
});
