/**
 * Verb, idiom and statement families through the whole pipeline (`createAnnals`), second
 * set: each test codes invented news sentences and checks the dyad and CAMEO code an
 * expert would give them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals();

const code = eventCoder(annals, '2011-03-02');

const has = hasEvent;

test('a denial of an accusation made by a compatriot is coded toward the accuser (016)', () => {
  const got = code('Afghan lawmakers accused the Afghan army of abandoning its posts. The Afghan defence minister rejected the charge.');
  assert.ok(has(got, 'AFGGOV', '016', 'AFGLEG'), got.join('; '));
  const dismissed = code('The Kenyan opposition leader accused the Kenyan police of killing protesters in Kisumu. A police spokesman in Nairobi dismissed the accusation as baseless.');
  assert.ok(has(dismissed, 'KENCOP', '016', 'KENOPP'), dismissed.join('; '));
});

test('sharing intelligence "with" a state is intelligence cooperation (064) toward that state, not toward "intelligence"', () => {
  const got = code('Jordan shared intelligence on the militants with Israel.');
  assert.ok(has(got, 'JORGOV', '064', 'ISRGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.endsWith('SPY')), got.join('; '));
});

test('"saw" a named leader on a given day is a meeting (040); "his French counterpart" is the French government', () => {
  const saw = code('The French president saw the German chancellor on Monday.');
  assert.ok(has(saw, 'FRAGOV', '040', 'DEUGOV'), saw.join('; '));
  // Perception and opinion are no meeting.
  assert.deepEqual(code('The French president saw the German proposal as a mistake.').filter((g) => g.includes(' 04')), []);
  const phoned = code('Putin telephoned his French counterpart on Monday.');
  assert.ok(has(phoned, 'RUSGOV', '041', 'FRAGOV'), phoned.join('; '));
});

test('"would not stay silent / stand idly by if Y ..." is a warning to Y (130), not a negated act', () => {
  const r = annals.codeDocument({ id: 't', text: 'The Syrian president said Damascus would not remain silent if Israel attacked Lebanon.', date: '2011-03-02', path: '-' });
  const warn = r.events.find((e) => e.cameo === '130' && e.target?.code === 'ISRGOV');
  assert.ok(warn, r.events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code}`).join('; '));
  assert.equal(warn.negated, false);
  assert.notEqual(warn.modality, 'negated');
  const idly = code('Hamas said it would not stand idly by if Israel continued the arrests.');
  assert.ok(idly.some((g) => g.endsWith(' 130 ISRGOV')), idly.join('; '));
  // Silence itself is no event.
  assert.deepEqual(code('The Syrian opposition stayed silent on the Israeli proposal.'), []);
});

test('considering a boycott or sanctions "unless" Y acts is a threat (1312), not a policy option', () => {
  const got = code('The Lebanese opposition was considering a boycott of parliament unless the government released the detainees.');
  assert.ok(got.some((g) => g.startsWith('LBNOPP 1312 LBN')), got.join('; '));
  const eu = code('The European Union is considering sanctions against Syria unless the crackdown ends.');
  assert.ok(has(eu, 'IGOEUREEC', '1312', 'SYR'), eu.join('; '));
});

test('a statement that the speaker\'s side will return "only if" / will not return "until" Y acts is a demand on Y (100)', () => {
  const only = code('The Kenyan opposition said it would return to parliament only if the president set a date for new elections.');
  assert.ok(has(only, 'KENOPP', '100', 'KENGOV'), only.join('; '));
  const until = code('The Sunni bloc\'s leader said the Front would not return until the Iraqi prime minister met its demands on detainees.');
  assert.ok(until.some((g) => g.endsWith(' 100 IRQGOV')), until.join('; '));
  // A plain future under a statement is no condition.
  const plain = code('The Kenyan opposition said it would stay in parliament until the president resigned.');
  assert.ok(!plain.some((g) => g.includes(' 100 ')), plain.join('; '));
});

test('ministers who resign from a government walk out of it (16), toward that government', () => {
  const got = code('Two Kurdish ministers resigned from the Iraqi cabinet in protest.');
  assert.ok(has(got, 'IRQGOVKUR', '16', 'IRQGOV'), got.join('; '));
});

test('a complaint told to one actor "about" another is a complaint about the other (11)', () => {
  const got = code('The Lebanese prime minister complained to the U.N. envoy about Syria.');
  assert.ok(has(got, 'LBNGOV', '11', 'SYR'), got.join('; '));
  assert.ok(!got.some((g) => g.endsWith(' IGOUNO')), got.join('; '));
  // The act complained of is alleged, not coded as done.
  const that = code('The Lebanese prime minister complained to the U.N. envoy that Syria had armed the militias.');
  assert.ok(!that.some((g) => g.startsWith('SYR')), that.join('; '));
  // Summoning an envoy who had said something about a third party stays a complaint to the envoy's state.
  const summon = code('Kenya summoned the German ambassador to protest against remarks by the ambassador, who had said that the Kenyan police were corrupt.');
  assert.ok(!summon.some((g) => g.endsWith(' KENCOP')), summon.join('; '));
});

test('"the raid" after an arrest in a raid, "the complaint" and "the accusation" after blaming stand for their agents', () => {
  const raid = code('Israeli troops arrested a senior Hamas commander in Nablus in a pre-dawn raid. Hamas condemned the raid as a provocation.');
  assert.ok(has(raid, 'PSEREBHAM', '111', 'ISRMIL'), raid.join('; '));
  const complaint = code('The Lebanese opposition leader complained to the U.N. envoy that the Syrian government had armed the militias. A Syrian government spokesman rejected the complaint.');
  assert.ok(has(complaint, 'SYRGOV', '12', 'LBNOPP'), complaint.join('; '));
  // The act complained of is alleged, not coded as done.
  assert.ok(!complaint.some((g) => g.startsWith('SYRGOV 07')), complaint.join('; '));
  const blame = code('The Israeli army blamed Hezbollah for the attack. Hezbollah rejected the accusation.');
  assert.ok(has(blame, 'LBNREBHEZ', '016', 'ISRMIL'), blame.join('; '));
});

test('"demanded that they leave": the plural actor named before the pronoun is the one asked', () => {
  const got = code('The Syrian minister said Israeli troops were the cause of the violence and demanded that they leave.');
  assert.ok(has(got, 'SYRGOV', '10', 'ISRMIL'), got.join('; '));
});

test('handing control or security of an area to another force is a withdrawal (087), toward that force', () => {
  const got = code('British troops handed control of the southern province of Basra to Iraqi forces on Sunday.');
  assert.ok(has(got, 'GBRMIL', '087', 'IRQMIL'), got.join('; '));
  const transfer = code('U.S. troops transferred security control of Anbar province to the Iraqi army.');
  assert.ok(has(transfer, 'USAMIL', '087', 'IRQMIL'), transfer.join('; '));
  // Handing over a letter is no yielding.
  assert.deepEqual(code('The minister handed a letter to the Syrian ambassador.'), []);
});

test('"..., and he accused X of ...": a later "the charge" is the pronoun\'s referent\'s accusation', () => {
  const got = code('The U.S. ambassador said last week that the talks had been postponed, and he accused Tehran of training militias. An Iranian spokesman dismissed the charge as baseless.');
  assert.ok(has(got, 'IRNGOV', '016', 'USAGOV'), got.join('; '));
});

test('"patience is running out" is a warning (130): to the one told, else to those the patience is with', () => {
  const told = code('The French envoy told the Lebanese president that Paris\'s patience was wearing thin.');
  assert.ok(has(told, 'FRAGOV', '130', 'LBNGOV'), told.join('; '));
  const said = code('The French president said Europe\'s patience with Iran was running out.');
  assert.ok(has(said, 'FRAGOV', '130', 'IRNGOV'), said.join('; '));
  const press = code('The French envoy told reporters that Paris\'s patience with Damascus was running out.');
  assert.ok(has(press, 'FRAGOV', '130', 'SYRGOV'), press.join('; '));
});

test('"all sides" / "all the parties" asked to calm down are the article country\'s political sides, even in a Washington paragraph', () => {
  const got = code('BEIRUT (Reuters) - Lebanese troops clashed with gunmen in Tripoli on Monday.\n\nIn Washington, a State Department spokesman urged all sides to avoid actions that could reverse security gains.');
  assert.ok(has(got, 'USAGOV', '02', 'LBNPTY'), got.join('; '));
  const parties = code('BEIRUT (Reuters) - The Lebanese president called on all the parties to settle their disputes inside the cabinet.');
  assert.ok(parties.some((g) => g.startsWith('LBNGOV 02') && g.endsWith(' LBNPTY')), parties.join('; '));
});

test('"demanded their release" / "the release of the engineers": a demand on whoever holds them (1053)', () => {
  const own = code('Israeli troops arrested three Hamas lawmakers in Nablus on Monday. Hamas demanded their immediate release.');
  assert.ok(has(own, 'PSEREBHAM', '105', 'ISRMIL'), own.join('; '));
  const kidnap = code('Gunmen kidnapped two Turkish engineers near Kirkuk. The Turkish foreign ministry demanded the release of the engineers.');
  assert.ok(kidnap.some((g) => g.startsWith('TURGOV 105') && g.endsWith('UAF')), kidnap.join('; '));
});

test('a boycott announced "until" a demand is met is the boycott itself (16), not a threat', () => {
  const got = code('The Sadrist bloc said it would boycott sessions until the government halted the siege of Sadr City, where U.S. and Iraqi forces have sealed off the roads.');
  assert.ok(got.some((g) => g.startsWith('IRQPTYSDR 16') && g.endsWith(' IRQGOV')), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQPTYSDR 13')), got.join('; '));
});

test('"the boycott would continue until Y acts" (also "until Y" misparsed as a preposition) is a demand on Y (100)', () => {
  const got = code('A spokesman for the Sadrist bloc said the boycott would continue until the government set a timetable for the withdrawal of U.S. forces.');
  assert.ok(got.some((g) => g.startsWith('IRQPTYSDR') && g.endsWith(' 100 IRQGOV')), got.join('; '));
  const back = code('The Kenyan opposition said it would not return until the president resigned.');
  assert.ok(has(back, 'KENOPP', '100', 'KENGOV'), back.join('; '));
  // Forces that stay until others are ready make no demand.
  const stay = code('The U.S. general said American troops would remain in Iraq until Iraqi forces were ready.');
  assert.ok(!stay.some((g) => g.includes(' 100 ')), stay.join('; '));
});

test('"spent two hours with" a named leader is a meeting (040)', () => {
  const got = code('The U.S. envoy spent nearly two hours with the Iraqi prime minister on Tuesday.');
  assert.ok(has(got, 'USAGOV', '040', 'IRQGOV'), got.join('; '));
  assert.deepEqual(code('The Iraqi government spent millions with American contractors.').filter((g) => g.includes(' 04')), []);
});

test('a threat made on a condition is aimed at whoever must meet it ("threatened to quit parliament if the government ...")', () => {
  const quit = code('The Kurdish bloc threatened on Tuesday to quit parliament if the government delayed the census.');
  assert.ok(has(quit, 'IRQKUR', '13', 'IRQGOV'), quit.join('; '));
  assert.ok(!quit.some((g) => g.endsWith(' IRQLEG') && g.split(' ')[1].startsWith('13')), quit.join('; '));
  // A bare country in the condition does not replace a more precise target of the same side.
  const support = code('The Kurdish bloc warned that it would withdraw its support for Maliki if Baghdad kept delaying the census.');
  assert.ok(has(support, 'IRQKUR', '13', 'IRQGOV'), support.join('; '));
});
