/**
 * Actor families of the issue-5 article work (helper s7-actors), through the whole pipeline
 * (`createAnnals`) on invented sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from '../events/testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2006-03-14');
/** An opening sentence that makes Iraq the article's country. */
const IRAQ = 'Iraqi Prime Minister Ibrahim al-Jaafari met his cabinet in Baghdad on Monday.\n\n';

test('sectarian politics: Sunni/Shiite leaders, politicians and negotiators are their community\'s parties (IRQPTYSUN), officials stay GOV', () => {
  const sunni = code(`${IRAQ}Sunni Arab politicians accused Jaafari of sheltering death squads in the police.`);
  assert.ok(hasEvent(sunni, 'IRQPTYSUN', '112', 'IRQGOV'), sunni.join('; '));
  const neg = code(`${IRAQ}Sunni negotiators rejected the proposal of the prime minister on Tuesday.`);
  assert.ok(neg.some((g) => g.startsWith('IRQPTYSUN 12')), neg.join('; '));
  assert.ok(!neg.some((g) => g.startsWith('IRQGOVSUN')), neg.join('; '));
  const shia = code(`${IRAQ}The American ambassador urged Shiite leaders to share the oil revenues.`);
  assert.ok(shia.some((g) => /^USAGOV 02\d* IRQPTYSHI$/.test(g)), shia.join('; '));
  // Officials keep their sector.
  const off = code(`${IRAQ}Shiite officials accused the Americans of arming Sunni tribes.`);
  assert.ok(off.some((g) => g.startsWith('IRQGOVSHI 112')), off.join('; '));
});

test('Kurdish parties, blocs and alliances are the Kurds\' political side (IRQKUR); Kurdish leaders stay IRQGOVKUR', () => {
  const parties = code(`${IRAQ}The Sunni bloc accused the Kurdish parties of annexing villages near Mosul.`);
  assert.ok(parties.some((g) => /^\S+ 112\d* IRQKUR$/.test(g)), parties.join('; '));
  assert.ok(!parties.some((g) => g.includes('IRQPTYKUR')), parties.join('; '));
  const bloc = code(`${IRAQ}The Kurdish alliance threatened to quit the government if the census was delayed.`);
  assert.ok(bloc.some((g) => /^IRQKUR 13\d* IRQGOV$/.test(g)), bloc.join('; '));
  const leaders = code(`${IRAQ}Kurdish leaders demanded a referendum on the future of Kirkuk.`);
  assert.ok(leaders.some((g) => g.startsWith('IRQGOVKUR 10')), leaders.join('; '));
});

test('"the Shiite alliance" is the Shiite bloc (IRQPTYSHI), and "the Shiite and Kurdish blocs" are two groups, never one IRQPTYKURSHI', () => {
  const alliance = code(`${IRAQ}The Sunni speaker accused the Shiite alliance of rigging the vote.`);
  assert.ok(alliance.some((g) => /^\S+ 112\d* IRQPTYSHI$/.test(g)), alliance.join('; '));
  const two = code(`${IRAQ}The envoy urged the Shiite and Kurdish blocs to keep negotiating with the Sunnis.`);
  assert.ok(two.some((g) => /^\S+ 02\d* IRQ(KUR|PTYSHI)$/.test(g)), two.join('; '));
  assert.ok(!two.some((g) => /KURSHI|SHIKUR/.test(g)), two.join('; '));
});

test('a people named like a state (Turkmen, Uzbek) is a minority of the article\'s country unless the article names that state', () => {
  const kirkuk = code(`${IRAQ}Turkmen leaders in Kirkuk condemned the Kurdish parties for seizing the city council.`);
  assert.ok(kirkuk.some((g) => /^IRQ\S* 11\d* IRQKUR$/.test(g)), kirkuk.join('; '));
  assert.ok(!kirkuk.some((g) => g.startsWith('TKM')), kirkuk.join('; '));
  // An article about the state itself keeps it.
  const state = code('Turkmenistan signed a gas deal with Moscow on Monday.\n\nTurkmen officials praised the Russian offer.');
  assert.ok(state.some((g) => g.startsWith('TKMGOV 05')), state.join('; '));
});

const code2008 = eventCoder(annals, '2008-06-10');

test('an honorific name in apposition to a title ("X\'s spokesman in Basra, Sheikh Y,") is that title\'s holder; his later surname is he, not a namesake of the people files', () => {
  const got = code2008(
    "Sadr's spokesman in Basra, Sheikh Omar al-Hashemi, rejected the governor's ultimatum.\n\n" +
      'Hashemi accused the police of torturing the detainees.',
  );
  assert.ok(got.some((g) => /^IRQPTYSDR 12\d* IRQGOV$/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^IRQPTYSDR 112\d* IRQCOP$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQELI') || g.startsWith('IRQGOV 112')), got.join('; '));
});

test('a name known only by its honorific takes the apposition after it ("Sheikh Y, a Sadr aide," = IRQPTYSDR)', () => {
  const got = code2008(
    'Iraqi lawmakers debated the security pact with Washington on Monday.\n\n' +
      'Sheikh Hassan al-Tamimi, a Sadr aide, urged the prime minister to reject the pact.',
  );
  assert.ok(hasEvent(got, 'IRQPTYSDR', '02', 'IRQGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQELI')), got.join('; '));
});

test('a place of worship is no clergy: an attack on a Shiite mosque is on Shiites, a mosque one hides in is a place', () => {
  const opening = 'Iraqi police patrolled the streets of Baquba on Friday.\n\n';
  const bomb = code(`${opening}Gunmen attacked a Shiite mosque in Baquba on Friday.`);
  assert.ok(bomb.some((g) => /^\S+ 18\d* IRQSHI$/.test(g)), bomb.join('; '));
  assert.ok(!bomb.some((g) => g.includes('REL')), bomb.join('; '));
  const hide = code(`${opening}The governor refused to negotiate with gunmen hiding inside a mosque.`);
  assert.ok(!hide.some((g) => g.includes('REL')), hide.join('; '));
});

test('lawmakers and ministers "loyal to" a leader with a party are that party (IRQPTYSDR); officials loyal to a state leader stay GOV', () => {
  const c = eventCoder(annals, '2007-04-10');
  const ministers = c('Ministers loyal to Shiite cleric Moqtada al-Sadr accused the prime minister of betraying the Shiites.');
  assert.ok(hasEvent(ministers, 'IRQPTYSDR', '112', 'IRQGOV'), ministers.join('; '));
  const both = c('Twenty lawmakers and four ministers loyal to Sadr accused Prime Minister Nouri al-Maliki of betraying the Shiites.');
  assert.ok(hasEvent(both, 'IRQPTYSDR', '112', 'IRQGOV'), both.join('; '));
  assert.ok(!both.some((g) => g.startsWith('IRQLEG') || g.startsWith('IRQGOV')), both.join('; '));
  const officials = c('Two officials loyal to the prime minister accused the Sadrists of hiding weapons.');
  assert.ok(hasEvent(officials, 'IRQGOV', '112', 'IRQPTYSDR'), officials.join('; '));
});

test('"official" and "civilian" as adjectives of things ("any official role", "civilian casualties") name no actor; as nouns or with a title noun they do', () => {
  const opening = 'Iraqi police patrolled Baquba on Friday.\n\n';
  const role = code(`${opening}Jordan denied any official role in the smuggling of weapons.`);
  assert.ok(!role.some((g) => / \S*GOV$/.test(g)), role.join('; '));
  const cas = code(`${opening}The American general promised an inquiry into reports of civilian casualties.`);
  assert.ok(!cas.some((g) => g.endsWith('CVL')), cas.join('; '));
  const leaders = code(`${opening}The American general met civilian leaders in Baquba.`);
  assert.ok(leaders.some((g) => / 04\d* IRQCVL/.test(g)), leaders.join('; '));
});

test('"from exile" is a state, not an opposition actor; "exiles" still are', () => {
  const opening = 'Iraqi police patrolled Baquba on Friday.\n\n';
  const from = code(`${opening}The banned Baath Party condemned the new law from exile.`);
  assert.ok(!from.some((g) => g.endsWith('OPP')), from.join('; '));
  const exiles = code(`${opening}Iraqi exiles accused the prime minister of betraying the country.`);
  assert.ok(exiles.some((g) => g.startsWith('IRQOPP 112')), exiles.join('; '));
});
