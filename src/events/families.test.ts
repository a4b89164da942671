/**
 * Verb, idiom and CAMEO-code families through the whole pipeline (`createAnnals`): each
 * test codes invented news sentences and checks the dyad and the CAMEO code an expert
 * would give them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals();

const code = eventCoder(annals, '2011-03-02');

const has = hasEvent;

test('not ready / not prepared to negotiate is a refusal (125), not an intent (036)', () => {
  const got = code('The Italian premier said Rome was not prepared to reopen the negotiations with Vienna.');
  assert.ok(has(got, 'ITAGOV', '125', 'AUTGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.includes(' 036 ')), got.join('; '));
  // Still an intent without the negation.
  assert.ok(has(code('The Italian premier said Rome was prepared to reopen the negotiations with Vienna.'), 'ITAGOV', '036', 'AUTGOV'));
});

test("an actor's own offer to mediate is an intent to mediate (039)", () => {
  const got = code('The Norwegian envoy said he was ready to help mediate between the Sri Lankan government and the Tamil rebels.');
  assert.ok(got.some((g) => g.startsWith('NORGOV 039 ')), got.join('; '));
  const would = code('The Qatari emir said Qatar would mediate between the Sudanese government and the Darfur rebels.');
  assert.ok(would.some((g) => g.startsWith('QATGOV 039 ')), would.join('; '));
});

test('an act offered "unless" the other side acts is a threat to it; one refused "unless" it acts, a demand', () => {
  const threat = code('Somali militiamen said they would abandon their positions unless the Kenyan army apologised.');
  assert.ok(threat.some((g) => g.endsWith(' KENMIL') && g.split(' ')[1].startsWith('13')), threat.join('; '));
  const attack = code('The rebels would attack Kenyan bases unless the Kenyan army withdrew.');
  assert.ok(attack.some((g) => g.split(' ')[1] === '138'), attack.join('; '));
  assert.ok(!attack.some((g) => g.split(' ')[1].startsWith('19')), attack.join('; '));
  const demand = code('The rebels said they would not return to the talks unless the Sudanese government withdrew its troops.');
  assert.ok(has(demand, 'SDNREB', '10', 'SDNGOV'), demand.join('; '));
});

test('an offer "only in exchange for" something is a demand (10)', () => {
  const got = code('Hamas will free the Israeli soldier only in exchange for Palestinian prisoners.');
  assert.ok(got.some((g) => g.startsWith('PSEREBHAM 100 ISR')), got.join('; '));
  assert.ok(!got.some((g) => g.split(' ')[1].startsWith('03')), got.join('; '));
});

test('a claim of responsibility for an attack is 015 toward the attacked', () => {
  const got = code('The Taliban claimed responsibility for the attack on the Afghan army.');
  assert.ok(has(got, 'AFGREBTAL', '015', 'AFGMIL'), got.join('; '));
  const killing = code('The Pakistani Taliban claimed responsibility for the killing of an Afghan diplomat.');
  assert.ok(killing.some((g) => g.split(' ')[1] === '015' && g.endsWith(' AFGGOV')), killing.join('; '));
});

test('a renewed, reiterated or repeated demand or call is a demand (10) or an appeal (02)', () => {
  const renewed = code('Turkish leaders renewed their demand that the Greek government release the prisoners.');
  assert.ok(has(renewed, 'TURGOV', '10', 'GRCGOV'), renewed.join('; '));
  const repeated = code('The Greek Cypriot leader repeated his call for talks with Turkey.');
  assert.ok(repeated.some((g) => g.split(' ')[1].startsWith('02') && g.endsWith(' TURGOV')), repeated.join('; '));
  assert.ok(!repeated.some((g) => g.split(' ')[1] === '010'), repeated.join('; '));
});

test('an ordered investigation, arrest or deployment is that act, not a demand', () => {
  const inquiry = code('The Nigerian president ordered an investigation into the police raid.');
  assert.ok(inquiry.some((g) => g.startsWith('NGAGOV 09')), inquiry.join('; '));
  assert.ok(!inquiry.some((g) => g.split(' ')[1].startsWith('10')), inquiry.join('; '));
  const arrest = code('The Bolivian president ordered the arrest of the American ambassador.');
  assert.ok(has(arrest, 'BOLGOV', '173', 'USAGOV'), arrest.join('; '));
  // An order to someone is still a demand on it.
  const order = code('The Russian president ordered the Chechen rebels to surrender.');
  assert.ok(order.some((g) => g.startsWith('RUSGOV 10')), order.join('; '));
});

test('rejecting an accusation is a denial (016) toward the accuser', () => {
  const got = code('Russia accused Georgia on Monday of shelling South Ossetian villages. The Georgian government rejected the accusation.');
  // Toward the accuser as its own accusation codes it: a state named bare acts through its government (RUSGOV).
  assert.ok(has(got, 'GEOGOV', '016', 'RUSGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('GEOGOV 12')), got.join('; '));
});

test('support withdrawn on a condition, or threatened for one\'s own side, is a threat toward the supported (13)', () => {
  const cond = code('The Shiite bloc said it would pull its ministers out of the Lebanese government if the prime minister signed the pact.');
  assert.ok(cond.some((g) => g.split(' ')[1].startsWith('13') && g.endsWith(' LBNGOV')), cond.join('; '));
  const own = code('The Lebanese minister warned that his party would withdraw its support for the Syrian government.');
  assert.ok(has(own, 'LBNGOV', '13', 'SYRGOV'), own.join('; '));
  assert.ok(!own.some((g) => g.endsWith(' LBNPTY')), own.join('; '));
  // Attacks promised by one's own fighters: a threat of force toward the attacked.
  const force = code('The Hamas commander warned that its fighters would attack Israeli towns.');
  assert.ok(force.some((g) => g.split(' ')[1] === '138' && g.endsWith(' ISR')), force.join('; '));
});

test('vowing to keep up protests is a threat of dissent (133)', () => {
  const got = code('Opposition leaders vowed to keep up the protests against the Kenyan government.');
  assert.ok(has(got, 'KENOPP', '133', 'KENGOV'), got.join('; '));
});

test('vowing to block or veto what another side wants is a threat (130), not an intent (030)', () => {
  const got = code('Kenyan opposition leaders vowed to block any trade agreement with Uganda.');
  assert.ok(got.some((g) => g.startsWith('KENOPP 130 ')), got.join('; '));
  assert.ok(!got.some((g) => g.split(' ')[1].startsWith('03')), got.join('; '));
});

test('giving someone hours or days to act is an ultimatum (139), not aid (07)', () => {
  const got = code('The Kenyan army gave the militia three days to leave the town.');
  assert.ok(has(got, 'KENMIL', '139', 'KENUAF'), got.join('; '));
  assert.ok(has(code('The Kenyan government gave the refugees food.'), 'KENGOV', '07', 'KENREF'));
});

test('plain statements (010) are not coded; what was said, a mood or a call is', () => {
  const said = code('The Chilean foreign minister told the Peruvian ambassador that the border was calm.');
  assert.ok(!said.some((g) => g.split(' ')[1] === '010'), said.join('; '));
  const phone = code('The Chilean president told the Peruvian president by telephone that the border would stay open.');
  assert.ok(has(phone, 'CHLGOV', '041', 'PERGOV'), phone.join('; '));
  const mood = code('The Indian prime minister said he was pessimistic about an early resumption of talks with Pakistan.');
  assert.ok(mood.some((g) => g.startsWith('INDGOV 012 PAK')), mood.join('; '));
  // A telephone interview with the press is no consultation.
  const press = code('The Chilean president told Reuters by telephone that the border would stay open.');
  assert.ok(!press.some((g) => g.split(' ')[1] === '041'), press.join('; '));
});

test('recognising an actor outright is diplomatic recognition (054); recognising its efforts is not', () => {
  assert.ok(has(code('Sweden recognised the state of Palestine on Thursday.'), 'SWEGOV', '054', 'PSE'));
  assert.deepEqual(code('The Norwegian envoy recognised the efforts of Egypt.').filter((g) => g.includes(' 054 ')), []);
});

test('an ambush is fighting (190) whatever its weapons', () => {
  const got = code('Gunmen ambushed a Pakistani army convoy near Peshawar with roadside bombs and rocket-propelled grenades.');
  assert.ok(got.some((g) => g.split(' ')[1] === '190' && g.endsWith(' PAKMIL')), got.join('; '));
  assert.ok(!got.some((g) => g.split(' ')[1].startsWith('18')), got.join('; '));
});

test('pursuing talks is negotiating (046); assuring someone is a promise (030)', () => {
  assert.ok(has(code('Turkey is pursuing indirect peace talks with Syria.'), 'TURGOV', '046', 'SYRGOV'));
  const assured = code('The Iraqi prime minister assured the American ambassador that the salaries would be paid.');
  assert.ok(has(assured, 'IRQGOV', '030', 'USAGOV'), assured.join('; '));
});

test("force the speaker says its own side will use is a threat (138); another side's, or a condition, is not", () => {
  const respond = code('The Syrian defence minister said Syria would respond forcefully to any further aggression by Israel.');
  assert.ok(respond.some((g) => g.split(' ')[1] === '138' && g.endsWith(' ISR')), respond.join('; '));
  const ready = code('Hezbollah warned that its fighters were ready to confront any Israeli aggression.');
  assert.ok(has(ready, 'LBNREBHEZ', '138', 'ISR'), ready.join('; '));
  // A report about another side's plan is no threat of the speaker's.
  const other = code('Israeli officials said Hamas would attack Israeli towns.');
  assert.ok(!other.some((g) => g.split(' ')[1].startsWith('13')), other.join('; '));
});

test('"would not allow X to ..." is a warning to X (130)', () => {
  const got = code('The Israeli prime minister said Israel would not allow Hezbollah to rebuild its bases.');
  assert.ok(got.some((g) => g.split(' ')[1] === '130' && g.endsWith(' LBNREBHEZ')), got.join('; '));
  // Letting an actor act is no warning.
  const allowed = code('Syria allowed Hezbollah to open an office in Damascus.');
  assert.ok(!allowed.some((g) => g.split(' ')[1].startsWith('13')), allowed.join('; '));
});

test('pressure the patient says it will not bow to is its rejection of the agent (120)', () => {
  const got = code('The Venezuelan government would not be pressured by Washington.');
  assert.ok(has(got, 'VENGOV', '120', 'USAGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('USA 10')), got.join('; '));
});

test('what a side says it will do "only if" Y acts is a demand on Y (100), even when the act codes nothing', () => {
  const got = code('The Nepali prime minister said his government would reopen the border crossings only if India lifted the blockade.');
  assert.ok(got.some((g) => g.startsWith('NPLGOV 100 IND')), got.join('; '));
  const unless = code('The Nepali prime minister said his government would cut the power lines unless India lifted the blockade.');
  assert.ok(unless.some((g) => g.startsWith('NPLGOV 13') && g.includes(' IND')), unless.join('; '));
});
