/**
 * Actor families of the issue-5 work (helper s13-actors), on invented sentences: the year of an undated
 * article (a past title, a sentence with a year of its own, a movement's years), the Iran-backed Shiite
 * factions coded by sect and era, and people killed in office keeping their last code.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { createActorMatcher } from '../actors/matcher.js';
import { eventCoder, hasEvent } from '../events/testing.js';
import { inferArticleDay } from './era.js';

const annals = createAnnals();
const base = createActorMatcher(annals.dictionaries.actors);
const yearOf = (text: string, dateline = 'BAGHDAD, March 3 (AP)'): number | undefined => {
  const day = inferArticleDay(annals.analyzer.analyze(text), annals.dictionaries.actors, base, dateline);
  return day === undefined ? undefined : Math.floor(day / 10000);
};

test('era: "former Prime Minister X" dates the article after his term, not in it', () => {
  // Kadhimi as prime minister (2020-22) and Hennis-Plasschaert (U.N. envoy 2018-24) against Maliki (2006-14)
  // and Amiri (minister 2010-14): the past title moves Maliki's vote after 2014.
  const y = yearOf(
    'Prime Minister Mustafa al-Kadhimi met tribal elders in Najaf on Sunday.\n\n' +
      'Hadi al-Amiri warned that his bloc would walk out. A spokesman for former Prime Minister Nouri al-Maliki ' +
      'said the talks had failed. Jeanine Hennis-Plasschaert urged calm.',
  );
  assert.ok(y !== undefined && y >= 2020 && y <= 2022, String(y));
});

test('era: the people of a sentence with its own year ("in 2007, days after meeting President George W. Bush") do not date the article', () => {
  const text = (year: string) =>
    'Prime Minister Nouri al-Maliki met Speaker Osama al-Nujaifi on Tuesday.\n\n' +
    `The sheikh's cousin was killed in ${year}, days after meeting President George W. Bush and Moqtada al-Sadr. ` +
    'Vice President Joe Biden telephoned Maliki.';
  const y = yearOf(text('2007'));
  assert.ok(y !== undefined && y >= 2010 && y <= 2014, String(y));
});

test('era: a movement\'s dated years (Sadr\'s Mahdi Army, 2003-08) do not date an article about him', () => {
  // Sadr (Mahdi Army 2003-08) with Maliki (2006-14) made 2007; Maliki with the Dutch minister (2012-17) say 2013-14.
  const y = yearOf(
    'Moqtada al-Sadr told his followers to leave the square. Nouri al-Maliki said the army would stay. ' +
      'Jeanine Hennis-Plasschaert called for calm.',
  );
  assert.ok(y !== undefined && y >= 2012 && y <= 2014, String(y));
});

// Session 15: the expert coders of sets 22-27 write the Iran-backed factions IRQREBSHI in every era (IRQUAFSHI
// at most as an alternative), so both eras now give IRQREBSHI.
test('Iran-backed Shiite factions: Kataib Hezbollah is Shiite rebels (IRQREBSHI) in 2020 as in 2009', () => {
  const text = 'BAGHDAD (AP) - Kataib Hezbollah threatened to attack the U.S. Embassy in Baghdad on Sunday.';
  const late = eventCoder(annals, '2020-02-10')(text);
  assert.ok(late.some((g) => /^IRQREBSHI 13\d* USA/.test(g)), late.join('; '));
  const early = eventCoder(annals, '2009-05-10')(text);
  assert.ok(early.some((g) => /^IRQREBSHI 13\d* USA/.test(g)), early.join('; '));
  assert.ok(!late.concat(early).some((g) => /KTH|AAH/.test(g)), late.concat(early).join('; '));
});

test('Asaib Ahl al-Haq\'s leader is a Shiite rebel leader (IRQREBSHI) in 2021', () => {
  const got = eventCoder(annals, '2021-06-02')('BAGHDAD (AP) - Qais al-Khazali accused the Sadrists of attacking his offices in Basra.');
  assert.ok(got.some((g) => /^IRQREBSHI 11\d* IRQPTYSDR/.test(g)), got.join('; '));
});

test('a commander killed in office keeps his code in the reports of his killing (Soleimani, IRNMIL, after Jan 3, 2020)', () => {
  const got = eventCoder(annals, '2020-01-09')('BAGHDAD (AP) - A U.S. drone strike killed Gen. Qassem Soleimani near Baghdad airport last week.');
  assert.ok(got.some((g) => /^USAMIL 1[89]\d* IRNMIL/.test(g)), got.join('; '));
});

test('a president who died in office keeps his code after his death (Hugo Chavez, VENGOV)', () => {
  const got = eventCoder(annals, '2013-06-01')('CARACAS (AP) - Opposition leaders accused Hugo Chavez of ruining the economy.');
  assert.ok(hasEvent(got, 'VENOPP', '11', 'VENGOV'), got.join('; '));
});

test('a description in no office in apposition to a named person is that person: "the cleric" later finds him, not the description', () => {
  const got = eventCoder(annals, '2005-02-10')(
    'BASRA, Iraq (AP) - British troops detained four men near Amarah on Tuesday.\n\n' +
      'A spokesman for Moqtada al-Sadr, the firebrand Shiite cleric whose followers marched in Kufa last week, ' +
      'said the raids were illegal. The governor invited the cleric to talks in Basra on Wednesday.',
  );
  assert.ok(got.some((g) => /^IRQ\S* 03\d* IRQ(PTYSDR|REBSHI)/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / IRQRADRELSHI$/.test(g)), got.join('; '));
});

test('an office in apposition is left to the title rules: "X, the Iraqi vice president" is not replaced by the person\'s party code', () => {
  const got = eventCoder(annals, '2007-02-10')(
    'BAGHDAD (AP) - Tariq al-Hashemi, the Iraqi vice president, accused the Interior Ministry of torturing prisoners on Tuesday.',
  );
  assert.ok(got.some((g) => /^IRQGOV 11\d* IRQGOV/.test(g)), got.join('; '));
});

test('Sunni blocs named with "Forces" and "Union" (the Union of Iraqi Forces) are a Sunni party (IRQPTYSUN), not an army or a trade union', () => {
  const got = eventCoder(annals, '2016-05-10')(
    'BAGHDAD (AP) - The Iraqi Forces Union accused the prime minister of ignoring the displaced families of Anbar on Monday.',
  );
  assert.ok(got.some((g) => /^IRQPTYSUN 11\d* IRQGOV/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /MILLAB|LAB/.test(g)), got.join('; '));
});
