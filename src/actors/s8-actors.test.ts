/**
 * Actor families of the issue-5 article work (helper s8-actors), through the whole pipeline
 * (`createAnnals`) on invented sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from '../events/testing.js';

const annals = createAnnals();
const code2008 = eventCoder(annals, '2008-05-14');
/** An opening sentence that makes Iraq the article's country. */
const IRAQ = 'Iraqi Prime Minister Nouri al-Maliki met his cabinet in Baghdad on Monday.\n\n';

test('a minority people stays a minority when a pronoun-led title ("Its leader, X,") takes the state\'s code from it', () => {
  const got = code2008(
    `${IRAQ}The Turkmen Front held a rally in Tuz Khurmatu on Tuesday.\n\n` +
      'Its leader, Ahmed Kasab, accused the Kurdish parties of rigging the local vote.',
  );
  assert.ok(got.some((g) => /^IRQ\S* 112\d* IRQKUR$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => g.includes('TKM')), got.join('; '));
});

test('Shiite militias with a party wing (Badr) carry the identity code like the Mahdi Army (IRQUAFSHI), and "Badr leaders" are Badr', () => {
  const got = code2008(`${IRAQ}The Sunni bloc blamed the Badr Corps for the killings of two imams in Diyala.\n\nBadr commanders rejected the accusation.`);
  assert.ok(hasEvent(got, 'IRQPTYSUN', '112', 'IRQUAFSHI'), got.join('; '));
  assert.ok(got.some((g) => /^IRQUAFSHI (016|12\d*) IRQPTYSUN$/.test(g)), got.join('; '));
});

test('private military contractors (DynCorp, Triple Canopy) are their country\'s business (USABUS), not a multinational', () => {
  const got = eventCoder(annals, '2007-10-02')(
    `${IRAQ}The Interior Ministry accused DynCorp of smuggling weapons into the country.\n\nSadrist lawmakers demanded that Triple Canopy be expelled.`,
  );
  assert.ok(hasEvent(got, 'IRQGOV', '112', 'USABUS'), got.join('; '));
  assert.ok(hasEvent(got, 'IRQPTYSDR', '10', 'USABUS'), got.join('; '));
  assert.ok(!got.some((g) => g.includes('MNC')), got.join('; '));
});

test('a former head of government who leads a party is that party out of office (Allawi = Iraqiya, Jaafari = Dawa), not an elite', () => {
  const allawi = eventCoder(annals, '2011-03-02')(
    `${IRAQ}Former prime minister Iyad Allawi accused Maliki of packing the army with loyalists.\n\nThe American ambassador met Allawi on Tuesday.`,
  );
  assert.ok(hasEvent(allawi, 'IRQPTYIQY', '112', 'IRQGOV'), allawi.join('; '));
  assert.ok(hasEvent(allawi, 'USAGOV', '04', 'IRQPTYIQY'), allawi.join('; '));
  assert.ok(!allawi.some((g) => g.includes('IRQELI')), allawi.join('; '));
  const jaafari = eventCoder(annals, '2007-03-02')(`${IRAQ}Ibrahim al-Jaafari criticized Maliki for his handling of the Basra crisis.`);
  assert.ok(hasEvent(jaafari, 'IRQPTYDAW', '11', 'IRQGOV'), jaafari.join('; '));
});

test('a leader\'s named party acts, not the leader named as its possessor ("Jaafari\'s Dawa party")', () => {
  const got = eventCoder(annals, '2007-04-11')(`${IRAQ}Jaafari's Dawa Party accused the Kurdish leaders of blocking the oil law.`);
  assert.ok(got.some((g) => /^IRQPTYDAW 112\d* IRQGOVKUR$/.test(g)), got.join('; '));
});

test('a member of a party, bloc or armed group acts as that body; a people or country word before "member" only describes him', () => {
  const got = code2008(
    `${IRAQ}A Turkmen member of the ruling Shiite alliance accused the Kurds of fraud in Kirkuk.\n\n` +
      'A senior member of the Sadrist bloc accused the government of lying.',
  );
  assert.ok(hasEvent(got, 'IRQPTYSHI', '112', 'IRQKUR'), got.join('; '));
  assert.ok(hasEvent(got, 'IRQPTYSDR', '112', 'IRQGOV'), got.join('; '));
  assert.ok(!got.some((g) => /^(IRQ|TKM) /.test(g)), got.join('; '));
  // An unknown name who "is a member of" a party is that party (the member phrase is one mention now).
  const named = code2008(`${IRAQ}Karim al-Sudawi, who is a member of ISCI, accused the Mahdi Army of looting the shrine.`);
  assert.ok(hasEvent(named, 'IRQPTYSCI', '112', 'IRQREBSHI'), named.join('; '));
});

test('"Turkmen and Arab lawmakers": the people before "and" has the same noun (IRQLEG), not a bare minority or the other\'s identity', () => {
  const got = code2008(`${IRAQ}Turkmen and Arab lawmakers accused the Kurdish parties of fraud.`);
  assert.ok(hasEvent(got, 'IRQLEG', '112', 'IRQKUR'), got.join('; '));
  assert.ok(!got.some((g) => /^(IRQ|TKM\S*) /.test(g)), got.join('; '));
});

test('a police chief\'s men are police; clerical bodies are clergy; national guardsmen are the army', () => {
  const got = code2008(
    `${IRAQ}The police chief of Tikrit said his men had arrested three Baath loyalists.\n\n` +
      'The Association of Muslim Scholars accused the Americans of torturing prisoners.',
  );
  assert.ok(got.some((g) => /^IRQCOP 173 /.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRQMIL 173 /.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^IRQRELSUN 112\d* USA$/.test(g)), got.join('; '));
  const guard = eventCoder(annals, '2004-08-14')(`${IRAQ}Iraqi national guardsmen attacked Mahdi Army fighters near the shrine.`);
  assert.ok(hasEvent(guard, 'IRQMIL', '19', 'IRQREBSHI'), guard.join('; '));
});

test('an identity or country adjective before common nouns and a name only describes the named actor ("the Arab satellite channel Al Jazeera")', () => {
  const got = eventCoder(annals, '2004-08-14')(`${IRAQ}The Interior Ministry accused the Arab satellite channel Al Jazeera of inciting violence.`);
  assert.ok(hasEvent(got, 'IRQGOV', '112', 'QATMED'), got.join('; '));
  assert.ok(!got.some((g) => g.endsWith('ARB')), got.join('; '));
});
