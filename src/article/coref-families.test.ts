import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadAnalyzer } from '../analysis/index.js';
import { createActorMatcher } from '../actors/matcher.js';
import type { ActorMention } from '../actors/types.js';
import { loadDictionaries } from '../dictionaries/index.js';
import { createArticleActorMatcher } from './coref.js';

// Coreference families with the real analyzer and annals' own dictionaries (both ship in the
// repository); every sentence is invented.
const analyzer = loadAnalyzer();
const dicts = loadDictionaries([], { cacheDir: false });
const base = createActorMatcher(dicts.actors);

/** The article's mentions per sentence as "text=CODE". */
function mentions(text: string): (s: number) => string[] {
  const article = createArticleActorMatcher(base, { countries: dicts.actors.countryCodes });
  const doc = analyzer.analyze(text);
  const t = (m: ActorMention) => doc.text.slice(doc.start[m.start], doc.end[m.end - 1]);
  return (s) => article.match(doc, s).map((m) => `${t(m)}=${m.codes ? m.codes.join('+') : m.code}`);
}

test('a possessive with a number between ("the cleric\'s 40 lawmakers", "his bloc") is the non-state leader\'s group', () => {
  const show = mentions(
    'Shiite cleric Moqtada al-Sadr spoke to worshippers in Kufa on Friday. ' +
      "The cleric's 40 lawmakers walked out of parliament on Monday, and his bloc boycotted the vote.",
  );
  const s1 = show(1);
  assert.ok(s1.includes('lawmakers=IRQPTYSDR'), s1.join(' '));
  assert.ok(s1.includes('bloc=IRQPTYSDR'), s1.join(' '));
});

test('a titled unknown person in apposition to "the leader of" / "a spokesman for" a non-state group is that group; his men and "we" too', () => {
  const show = mentions(
    'Sheikh Khalid al-Rawi, the leader of the Awakening council in Ramadi, said on Sunday that his 200 fighters would leave their posts. ' +
      '"We will not go back," Rawi told Reuters by telephone, adding that his men had not been paid. ' +
      'Sheikh Salah al-Mahdawi, a spokesman for Sadr, told reporters the march would go ahead.',
  );
  const s0 = show(0);
  assert.ok(s0.includes('Sheikh Khalid al-Rawi=IRQUAFSUN'), s0.join(' '));
  assert.ok(s0.includes('fighters=IRQUAFSUN'), s0.join(' '));
  const s1 = show(1);
  assert.ok(s1.includes('We=IRQUAFSUN'), s1.join(' '));
  // "his" is Rawi, not the news agency he spoke to.
  assert.ok(s1.includes('men=IRQUAFSUN'), s1.join(' '));
  assert.ok(show(2).includes('Sheikh Salah al-Mahdawi=IRQPTYSDR'), show(2).join(' '));
});

test('a quoted sheikh after a sentence about a non-state group\'s leaders speaks for that group', () => {
  const show = mentions(
    'Leaders of the Awakening councils complained on Monday that the government had not paid their fighters. ' +
      '"We defended these streets for two years," said Sheikh Omar al-Karbouli.',
  );
  const s1 = show(1);
  assert.ok(s1.some((x) => /^We=IRQUAFSUN/.test(x)), s1.join(' '));
  assert.ok(s1.some((x) => /^Sheikh Omar al-Karbouli=IRQUAFSUN/.test(x)), s1.join(' '));
});

test('a known person\'s short name the tagger took for a common noun ("Gates") is that person; "him" then is him', () => {
  const show = mentions(
    'U.S. Defense Secretary Robert Gates met Iraqi Prime Minister Nouri al-Maliki in Baghdad on Tuesday. ' +
      '"We have a good text," Gates told reporters travelling with him. He said he had warned the prime minister.',
  );
  // No date: the title of "U.S. Defense Secretary Robert Gates" beats his undated elite fallback (USAELI).
  const s1 = show(1);
  assert.ok(s1.includes('Gates=USAGOV'), s1.join(' '));
  assert.ok(s1.includes('him=USAGOV'), s1.join(' '));
  assert.ok(show(2).includes('He=USAGOV'), show(2).join(' '));
});

test('"the movement of" a non-state leader is his organisation: "its followers" and a later "the movement" are it', () => {
  const show = mentions(
    'In Najaf, the movement of Shiite cleric Moqtada al-Sadr called on its followers to protest on Friday. ' +
      'The movement said it would march to the capital.',
  );
  const s0 = show(0);
  assert.ok(s0.includes('movement=IRQPTYSDR'), s0.join(' '));
  assert.ok(s0.includes('followers=IRQPTYSDR'), s0.join(' '));
  assert.ok(show(1).includes('movement=IRQPTYSDR'), show(1).join(' '));
});
