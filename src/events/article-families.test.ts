/**
 * Error families found on news articles (actor conventions and constructions), through the
 * whole pipeline (`createAnnals`): each test codes invented sentences and checks the dyads
 * an expert would give them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder } from './testing.js';

const annals = createAnnals();

const code = eventCoder(annals, '2008-03-02');

test('"NAME, a Kurd, ..." describes the person: the identity noun is not a second actor', () => {
  const got = code('Iraqi Governor Ahmed Saleh, a Kurd, phoned the Turkish foreign minister on Monday.');
  assert.ok(got.some((g) => g === 'IRQGOV 041 TURGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.includes('KUR')), got.join('; '));
  const sunni = code('Iraqi Vice President Adel Karim, a Sunni, urged the Syrian government to close the border.');
  assert.ok(sunni.some((g) => g === 'IRQGOV 020 SYRGOV'), sunni.join('; '));
  assert.ok(!sunni.some((g) => g.includes('SUN')), sunni.join('; '));
});

test('"U.S. and Iraqi troops": the bare country in front of the shared noun takes its agent', () => {
  const got = code('British and Afghan soldiers attacked Taliban fighters near Kandahar.');
  assert.ok(got.some((g) => g.startsWith('GBRMIL 19')), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('GBR 19')), got.join('; '));
  const officials = code('Turkish and Syrian officials signed a trade accord in Ankara on Monday.');
  assert.ok(officials.some((g) => g.startsWith('TURGOV 057')), officials.join('; '));
});

test('"Sadrist" before any noun is the Sadrist movement (IRQPTYSDR), not the Mahdi Army through Sadr', () => {
  const got = code('Moqtada al-Sadr urged calm. Iraqi police arrested a Sadrist member of the Basra council on Friday. The prime minister will meet Sadrist leaders next week.');
  assert.ok(got.some((g) => g === 'IRQCOP 173 IRQPTYSDR'), got.join('; '));
  assert.ok(got.some((g) => g.startsWith('IRQGOV 03') && g.split(' ')[2].startsWith('IRQPTYSDR')), got.join('; '));
  assert.ok(!got.some((g) => g.endsWith(' IRQREBSHI')), got.join('; '));
});

test('a coordination does not blockade itself, nor do one state\'s forces fight each other', () => {
  const seal = code('French and Malian troops have sealed off the old town of Gao since Friday.');
  assert.ok(!seal.some((g) => /^(FRA|MLI)\S* 19\d* (FRA|MLI)MIL$/.test(g)), seal.join('; '));
  const refuse = code('Afghan soldiers and policemen refused to fight.');
  assert.ok(!refuse.some((g) => g.split(' ')[1].startsWith('19')), refuse.join('; '));
  // Opposing sides that clash are still each other's target.
  const clash = code('Indian and Pakistani troops exchanged fire on Monday.');
  assert.ok(clash.some((g) => g === 'INDMIL 190 PAKMIL'), clash.join('; '));
});

test('"urged Libya\'s neighbours to ...": a state named only as the possessor of its neighbours or allies is not the target', () => {
  const got = code('The Arab League envoy urged Libya\'s neighbours to stop arming the rebels.');
  assert.ok(!got.some((g) => g.split(' ')[2]?.startsWith('LBY')), got.join('; '));
  // The state itself is still the target when it is named as such.
  const plain = code('The Arab League envoy urged Libya to close its borders.');
  assert.ok(plain.some((g) => g.endsWith(' 020 LBYGOV')), plain.join('; '));
});

test('"NAME, himself a Sunni, ...": the reflexive description is no actor, the name is the subject', () => {
  const got = code('Karimov, himself a Sunni, urged the Syrian government to close the border.');
  assert.ok(got.some((g) => g === 'UZBGOV 020 SYRGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.includes('SUN')), got.join('; '));
});

test('"NAME, who met X last week, said ...": the relative clause\'s meeting is the name\'s, the main verb too', () => {
  const got = code('Mottaki, who met Prime Minister Nouri al-Maliki last week, said Iran wanted a stable Iraq and had no ties to any armed group.');
  assert.ok(got.some((g) => g === 'IRNGOV 040 IRQGOV'), got.join('; '));
  // The one met is not the speaker of the main clause.
  assert.ok(!got.some((g) => g.startsWith('IRQGOV')), got.join('; '));
});

test('forces sent by their own side are no target: "had not sent ground troops into the valley", "sent reinforcements from Kabul"', () => {
  const got = code('The Afghan army said on Monday that NATO forces had not sent ground troops into the valley. The Afghan army sent reinforcements from Kabul.');
  assert.ok(!got.some((g) => / 15\d* /.test(g)), got.join('; '));
  // Another state's place of origin is still a target.
  const recall = code('Turkey recalled its ambassador from Israel on Monday.');
  assert.ok(recall.some((g) => g.startsWith('TURGOV 16') && g.split(' ')[2].startsWith('ISR')), recall.join('; '));
});

test('a country adjective deep in the phrase is no target ("denied that X armed any Lebanese group", "talks on Palestinian security"); "his Jordanian counterpart" is that state\'s actor of the source\'s kind', () => {
  const deny = code('The Syrian foreign ministry denied that Damascus had armed any Lebanese group.');
  assert.ok(!deny.some((g) => g.endsWith(' LBN')), deny.join('; '));
  const talks = code('Egypt, which has held two rounds of talks on Palestinian security with Israel, said the talks were useful.');
  assert.ok(talks.includes('EGYGOV 046 ISRGOV'), talks.join('; '));
  assert.ok(!talks.some((g) => g.endsWith(' PSE')), talks.join('; '));
  const phone = code('The Syrian foreign minister telephoned his Jordanian counterpart on Sunday.');
  assert.ok(phone.includes('SYRGOV 041 JORGOV'), phone.join('; '));
  // The verb's own argument is the country's act, and its author the target: the state's government, whose
  // act it is (src/actors/stategov.ts isStateAdjectiveOfAct).
  const pressure = code('Hamas denounced the Israeli pressure on Monday.');
  assert.ok(pressure.some((g) => g.endsWith(' ISRGOV')), pressure.join('; '));
  // The parties of a joint act stay its targets.
  const host = code('Qatar offered to host the next round of Sudanese-Chadian talks.');
  assert.ok(host.some((g) => g.startsWith('QATGOV 03') && g.endsWith(' SDN')), host.join('; '));
});

test('"denied that X ... and blamed Y": the blame is the speaker\'s, not part of what was denied', () => {
  const got = code('The Syrian envoy denied that Damascus trained any Lebanese group and blamed the Israeli army for the violence.');
  assert.ok(got.includes('SYRGOV 112 ISRMIL'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('SYRGOV 016 ISR')), got.join('; '));
});

test('a rejection answers the proposer, not the actors inside what was proposed', () => {
  const got = code('The Lebanese prime minister rejected any suggestion that Syrian troops would return to Beirut.');
  assert.ok(!got.some((g) => g.startsWith('LBNGOV 12') && g.endsWith(' SYRMIL')), got.join('; '));
  const demand = code('The Lebanese prime minister rejected the Syrian demand on Monday.');
  assert.ok(demand.includes('LBNGOV 120 SYRGOV'), demand.join('; '));
});

test('one named official acting on another of the same state is an event ("Talabani phoned Maliki": IRQGOV -> IRQGOV)', () => {
  const got = code('Egyptian President Hosni Mubarak telephoned Prime Minister Ahmed Nazif after the riots in Cairo.');
  assert.ok(got.includes('EGYGOV 041 EGYGOV'), got.join('; '));
});

test('a relative clause\'s actors are not the target of the verb whose object it describes', () => {
  const got = code('The Jordanian king praised the deal under which Israel released 500 prisoners last week.');
  assert.ok(!got.some((g) => g.startsWith('JORGOV') && g.endsWith(' ISR')), got.join('; '));
  // A mediated deal binds the parties named in it.
  const deal = code('Norwegian diplomats brokered a deal under which Sudanese and Chadian forces pulled back.');
  assert.ok(deal.some((g) => g.startsWith('NORGOV 045 SDN')), deal.join('; '));
  // A noun's content clause ("claims that ...") is no relative clause.
  const claims = code('Turkish officials are investigating claims that Syria armed Kurdish rebels.');
  assert.ok(claims.includes('TURGOV 090 SYRGOV'), claims.join('; '));
});
