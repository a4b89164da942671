/**
 * Actor codes (helper s18-kb): classes of mentions that were right but coded wrong on the development sets, on
 * invented sentences through the whole pipeline (names, places and dates of our own making where no real office
 * holder is needed; real office holders only where the dated knowledge base is what is tested).
 * - undated articles dated by their office holders (src/article/era.ts): a capitalised title with lower-case
 *   links ("Secretary of State X"), a past title that the bare name later does not undo, open-ended terms;
 * - an envoy or representative "in PLACE" is posted there, not sent by it (src/actors/matcher.ts);
 * - a state's own name that a political act is aimed at is its government (src/actors/stategov.ts);
 * - groups called foreign take no country from the sentence (src/article/home.ts, src/events/coder.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { inferArticleDay, knowledgePresent } from '../article/era.js';
import { createActorMatcher } from './matcher.js';

const annals = createAnnals();
const base = createActorMatcher(annals.dictionaries.actors);

/** The year an undated article is dated to, or undefined. */
const yearOf = (text: string, dateline = 'BAGHDAD, Aug. 12 (AP)'): number | undefined => {
  const day = inferArticleDay(annals.analyzer.analyze(text), annals.dictionaries.actors, base, dateline);
  return day === undefined ? undefined : Math.floor(day / 10000);
};

/** "SOURCE CAMEO TARGET" of each event of an article (`date` null: undated, the dateline alone). */
function events(body: string, date: string | null = '2009-08-26', dateline = 'BAGHDAD, Aug. 26 (AP)'): string[] {
  const text = `${dateline} - ${body}`;
  const { events } = annals.codeDocument({ id: 't', text, date, dateline, path: '-' });
  return events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);
}

test('era: "Secretary of State X" is a capitalised title: it dates its holder (twice) against a minister\'s old term', () => {
  // Pompeo (Secretary of State 2018-21) and Abadi (prime minister 2014-18) against Amiri's ministry (2010-14):
  // without the title's vote the tie went to the earlier years.
  const y = yearOf(
    'Prime Minister Haider al-Abadi toured the flooded districts on Monday. Hadi al-Amiri criticized the relief effort. ' +
      'Secretary of State Mike Pompeo telephoned the prime minister on Tuesday.',
  );
  assert.equal(y, 2018);
});

test('era: the bare name after "former Prime Minister X" does not give X back the years of his term', () => {
  // Kadhimi titled (2020-22) against Maliki (2006-14, 2014-15, 2016-18) and Amiri (2010-14): once "former", Maliki
  // votes only after the first of his terms, even where "Maliki" is named alone later.
  const y = yearOf(
    'Prime Minister Mustafa al-Kadhimi ordered a curfew in the capital on Tuesday. ' +
      'The alliance of former Prime Minister Nouri al-Maliki and Hadi al-Amiri rejected the order.\n\n' +
      'Maliki said the curfew was illegal.',
  );
  assert.ok(y !== undefined && y >= 2020 && y <= 2022, String(y));
});

test('era: open-ended terms run to the knowledge base\'s present, not a decade beyond it', () => {
  const present = Math.floor(knowledgePresent(annals.dictionaries.actors) / 10000);
  assert.ok(present >= 2024 && present < 2035, String(present));
  // Two people in office with no end date: the article is from their shared years up to the present.
  const y = yearOf('Prime Minister Mohammed Shia al-Sudani met President Recep Tayyip Erdogan in Ankara on Monday. Sudani thanked Erdogan for his support.');
  assert.ok(y !== undefined && y >= 2023 && y <= present, String(y));
});

test('an envoy "in PLACE" is posted there: "his envoy in Baghdad, NAME" is the envoy\'s, not the host\'s government', () => {
  const got = events(
    'The U.N. secretary-general condemned the bombings. His envoy in Baghdad, Nickolay Mladenov, met Prime Minister Nouri al-Maliki on Thursday.',
    '2014-06-13',
  );
  assert.ok(got.some((g) => g.startsWith('IGOUNO 04')), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQGOV 04')), got.join('; '));
  // A nationality still says whose envoy it is.
  const uk = events('The British ambassador in Baghdad criticized the Iraqi government on Sunday.');
  assert.ok(uk.some((g) => g === 'GBRGOV 111 IRQGOV'), uk.join('; '));
});

test('a state the political act is aimed at is its government: "asked Iraq to", "called on Syria to", "assured the United States"', () => {
  const got = events(
    'Syria had asked Iraq to send a delegation with its evidence. The interior minister called on Syria to hand over the suspects. ' +
      'The Iraqi government assured the United States that the prisoners would be safe.',
  );
  assert.ok(got.some((g) => /^SYRGOV 02\d* IRQGOV$/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^IRQGOV 10\d* SYRGOV$/.test(g)), got.join('; '));
  assert.ok(got.some((g) => g === 'IRQGOV 030 USAGOV'), got.join('; '));
});

test('a state named as a place or struck by force stays the country', () => {
  const got = events('Turkish jets bombed northern Iraq on Monday. The minister arrived in Syria on Tuesday and met President Bashar Assad.');
  assert.ok(!got.some((g) => / 19\d* IRQGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => g.endsWith(' SYRGOV') && !g.includes(' 04')), got.join('; '));
});

test('groups called foreign: "foreign companies" are multinational, "foreign troops" the article\'s foreign power\'s', () => {
  const comp = events('The oil minister threatened to blacklist foreign companies that signed contracts with the Kurdish region.');
  assert.ok(comp.some((g) => / 13\d* MNC$/.test(g)), comp.join('; '));
  assert.ok(!comp.some((g) => g.endsWith('IRQBUS')), comp.join('; '));
  const troops = events(
    'U.S. troops raided a mosque in Baqouba on Monday, the U.S. military said. American commanders said the raid targeted ' +
      'insurgents. The U.S. ambassador met the prime minister.\n\nThe cleric demanded the withdrawal of foreign troops.',
    '2007-03-03',
  );
  assert.ok(troops.some((g) => / 10\d* USAMIL$/.test(g)), troops.join('; '));
  assert.ok(!troops.some((g) => / 10\d* IRQMIL$/.test(g)), troops.join('; '));
});

test('"Amnesty International said security forces ...": a name ending in "International" does not make the forces foreign', () => {
  const got = events('Amnesty International said security forces had abducted dozens of activists in the southern city.');
  assert.ok(got.some((g) => g.startsWith('IRQCOP 18') || g.startsWith('IRQMIL 18')), got.join('; '));
});
