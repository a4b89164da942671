/**
 * Actor families of the issue-5 article work (helper s11-actors), through the whole pipeline
 * (`createAnnals`) on invented sentences: the "right root, other actors" errors.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from '../events/testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2007-05-10');
/** An opening sentence that makes Iraq the article's country. */
const IRAQ = 'BAGHDAD (AP) - Iraqi Prime Minister Nouri al-Maliki accused Sunni politicians on Monday of shielding insurgents in Diyala.\n\n';

test('a people alone before "and" shares the next noun: "the Sunni and Kurdish leaders" are two parties\' leaders, not the Sunni community', () => {
  const got = code(`${IRAQ}The American envoy urged the Sunni and Kurdish leaders to accept the oil law.`);
  assert.ok(hasEvent(got, 'USAGOV', '02', 'IRQPTYSUN'), got.join('; '));
  assert.ok(!got.some((g) => / IRQSUN$/.test(g)), got.join('; '));
});

test('a comma list of country adjectives shares the noun: "Jordanian, Egyptian and Saudi officials" (even when the parse takes the first for a noun)', () => {
  const got = code(`${IRAQ}Maliki invited Jordanian, Egyptian and Saudi officials to a conference on refugees.`);
  assert.ok(got.some((g) => / JORGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / (JOR|EGY)$/.test(g)), got.join('; '));
});

test('"Iraqi and U.S. troops": the first country\'s troops too, when the second is one dictionary phrase (USAMIL)', () => {
  const got = code(`${IRAQ}Iraqi and U.S. troops raided a house in Baquba and arrested three insurgents.`);
  assert.ok(got.some((g) => /^IRQMIL 17/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^USAMIL 17/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRQ 17/.test(g)), got.join('; '));
});

test('a paragraph set in a foreign capital keeps the home\'s sects and armed groups at home ("In Ankara, ... Kurdish control")', () => {
  const kurds = code(`${IRAQ}In Ankara, Turkish officials warned against Kurdish control of Mosul.`);
  assert.ok(hasEvent(kurds, 'TURGOV', '13', 'IRQKUR'), kurds.join('; '));
  assert.ok(!kurds.some((g) => g.includes('TURKUR')), kurds.join('; '));
  const militias = code(`${IRAQ}In Washington, Defense Secretary Robert Gates accused Shiite militias of killing civilians.`);
  assert.ok(militias.some((g) => /^USAGOV 112 IRQ\w*SHI$/.test(g)), militias.join('; '));
  assert.ok(!militias.some((g) => / USA(UAF|REB)/.test(g)), militias.join('; '));
  // A faith found anywhere is the paragraph's place's as before: only the home's own communities stay home.
  const clerics = code(`${IRAQ}In London, British officials criticized Sunni clerics for the boycott.`);
  assert.ok(clerics.some((g) => /^GBRGOV 11\d* IRQ\w*SUN$/.test(g)), clerics.join('; '));
});

test('a state\'s adjective on a noun of a political act is its government ("rejected the Iraqi accusations"), not on other nouns', () => {
  const acc = code(`${IRAQ}A Jordanian government spokesman rejected the Iraqi accusations on Tuesday.`);
  assert.ok(hasEvent(acc, 'JORGOV', '01', 'IRQGOV'), acc.join('; '));
  const two = code(`${IRAQ}Maliki welcomed the Saudi initiative but rejected American pressure for a new cabinet.`);
  assert.ok(hasEvent(two, 'IRQGOV', '051', 'SAUGOV'), two.join('; '));
  assert.ok(hasEvent(two, 'IRQGOV', '12', 'USAGOV'), two.join('; '));
  // A flag is no act of the state: the country stays.
  const flags = code(`${IRAQ}In Dohuk, demonstrators burned Turkish flags outside the office of the governor.`);
  assert.ok(flags.some((g) => / TUR$/.test(g)), flags.join('; '));
  assert.ok(!flags.some((g) => / TURGOV$/.test(g)), flags.join('; '));
});

test('"gunmen loyal to the cleric" belong to the cleric\'s militia, not unidentified attackers (---UAF)', () => {
  const got = code(
    'BAGHDAD (AP) - Iraqi soldiers fought Mahdi Army fighters in Kut on Monday, as Prime Minister Nouri al-Maliki vowed to crush the militia of Moqtada al-Sadr.\n\n' +
      'Gunmen loyal to the cleric fired mortars at a police station.',
  );
  assert.ok(hasEvent(got, 'IRQREBSHI', '19', 'IRQCOP'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('---UAF')), got.join('; '));
});

const code2005 = eventCoder(annals, '2005-01-20');
const ALLAWI = 'BAGHDAD (Reuters) - Interim Prime Minister Iyad Allawi met tribal leaders in Baghdad on Monday.\n\n';

test('"X, a secular Sunni who ...", "X, also a Sunni,": the identity in apposition is the person described, never a second actor', () => {
  for (const text of [
    `${ALLAWI}Interior Minister Falah al-Naqib, a secular Sunni who has survived two attacks, appealed to Shiite clerics to calm the crowds.`,
    `${ALLAWI}Interior Minister Falah al-Naqib, also a Sunni, appealed to Shiite clerics to calm the crowds.`,
  ]) {
    const got = code2005(text);
    assert.ok(hasEvent(got, 'IRQGOV', '02', 'IRQRELSHI'), got.join('; '));
    assert.ok(!got.some((g) => /^IRQ(SUN|MODSUN) /.test(g)), got.join('; '));
  }
});

test('a state as the agent of a passive acts through its government ("accused by Washington")', () => {
  const got = code2005(`${ALLAWI}Several of the sheikhs have been accused by Washington of sheltering foreign fighters.`);
  assert.ok(got.some((g) => /^USAGOV 112 /.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^USA 112 /.test(g)), got.join('; '));
});

test('"a veteran politician" is no military veteran; PJAK is an armed rebel group like the PKK', () => {
  const vet = code2005(`${ALLAWI}Hatem al-Dulaimi, a veteran Sunni politician, accused the government of ignoring Anbar.`);
  assert.ok(hasEvent(vet, 'IRQPTYSUN', '112', 'IRQGOV'), vet.join('; '));
  assert.ok(!vet.some((g) => g.includes('MIL')), vet.join('; '));
  const pjak = code('TEHRAN (Reuters) - PJAK fighters ambushed an Iranian patrol near the border on Sunday.');
  assert.ok(hasEvent(pjak, 'IRNREBKUR', '19', 'IRNMIL'), pjak.join('; '));
});

test('"special groups" are the Shiite militia cells of the article\'s country (IRQREBSHI)', () => {
  const got = code('BAGHDAD (AP) - American soldiers raided a house in Baghdad on Monday and detained four members of a special group blamed for rocket attacks on the Green Zone.');
  assert.ok(hasEvent(got, 'USAMIL', '17', 'IRQREBSHI'), got.join('; '));
});

test('in a story told from Washington a ministry or minister is the theatre\'s, never the United States\' (which has departments)', () => {
  const got = eventCoder(annals, '2007-09-12')(
    'WASHINGTON (AP) - Senators questioned Gen. David Petraeus on Tuesday about the war in Iraq, as fighting raged in Baghdad, Baquba and Mosul.\n\n' +
      'A Sunni tribal leader in Ramadi accused the Interior Ministry of ignoring his men.',
  );
  assert.ok(got.some((g) => / 112 IRQGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / USAGOV$/.test(g)), got.join('; '));
});

test('"the tribal fighters" in a story of a tribal sheikh\'s militia are that militia, not another armed group named before', () => {
  const got = eventCoder(annals, '2008-06-12')(
    'RAMADI, Iraq (AP) - Sheikh Ahmed Abu Risha said on Monday that his fighters had cleared the highway west of the city.\n\n' +
      'The prime minister has refused to let the tribal fighters join the police.',
  );
  assert.ok(hasEvent(got, 'IRQGOV', '12', 'IRQUAFSUN'), got.join('; '));
});

test('"an Iraqi general" is the military; "general" as an adjective ("the general election") is no actor', () => {
  const got = code('BAGHDAD (AP) - An Iraqi general blamed the militants for the attack on Monday.');
  assert.ok(got.some((g) => /^IRQMIL 112/.test(g)), got.join('; '));
  const adj = code('BAGHDAD (AP) - The general election was delayed after a general strike, Maliki told Kurdish leaders on Monday.');
  assert.ok(!adj.some((g) => g.includes('MIL')), adj.join('; '));
});
