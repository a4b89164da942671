import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadAnalyzer } from '../analysis/index.js';
import { createArticleActorMatcher } from '../article/coref.js';
import { loadDictionaries } from '../dictionaries/index.js';
import { createActorMatcher } from './matcher.js';
import type { ActorMention } from './types.js';

// Actor coding conventions with the real analyzer and annals' own dictionaries (both ship in
// the repository); every sentence is invented.
const analyzer = loadAnalyzer();
const dicts = loadDictionaries([], { cacheDir: false });
const base = createActorMatcher(dicts.actors);

/** The article's mentions per sentence as "text=CODE" (date: a day number). */
function mentions(text: string, date?: number): (s: number) => string[] {
  const article = createArticleActorMatcher(base, { countries: dicts.actors.countryCodes });
  const doc = analyzer.analyze(text);
  const t = (m: ActorMention) => doc.text.slice(doc.start[m.start], doc.end[m.end - 1]);
  return (s) => article.match(doc, s, date).map((m) => `${t(m)}=${m.codes ? m.codes.join('+') : m.code}`);
}

test("a leader's representatives, supporters and followers are his political side (Sadr in 2007 = the Sadrists)", () => {
  const show = mentions(
    "Iraqi Prime Minister Nouri al-Maliki met Sadr's representatives in Kufa on Sunday. " +
      'Hundreds of Sadr supporters rallied in Basra, and Sheikh Ali al-Tamimi, a representative of Moqtada al-Sadr, addressed them.',
    20070601,
  );
  const s0 = show(0);
  assert.ok(s0.includes("Sadr's representatives=IRQPTYSDR"), s0.join(' '));
  const s1 = show(1);
  assert.ok(s1.includes('Sadr supporters=IRQPTYSDR'), s1.join(' '));
  // The apposition's party, not a party of unknown name (IRQPTY).
  assert.ok(s1.includes('Sheikh Ali al-Tamimi=IRQPTYSDR'), s1.join(' '));
});

test('"his Iraqi counterpart" is that country\'s government; "representatives of Iran" its government', () => {
  const show = mentions('Syrian Foreign Minister Walid al-Moualem telephoned his Iraqi counterpart on Tuesday and later met representatives of Iran.');
  const s0 = show(0);
  assert.ok(s0.includes('Iraqi counterpart=IRQGOV'), s0.join(' '));
  assert.ok(s0.includes('representatives of Iran=IRNGOV'), s0.join(' '));
});

test('a nationality or identity in apposition to a name ("X, a Kurd,", "Y, himself a Kurd,") is no actor of its own', () => {
  const show = mentions(
    'President Omar Barzani, himself a Kurd, telephoned Turkish President Abdullah Gul on Monday. ' +
      'Vice President Adel Qasimi, a Sunni Arab, thanked him. General Piero Lanza, an Italian, met Lebanese army officers.',
    20080101,
  );
  assert.ok(!show(0).some((x) => /^Kurd=/.test(x)), show(0).join(' '));
  assert.ok(!show(1).some((x) => /^Sunni Arab=/.test(x)), show(1).join(' '));
  assert.ok(!show(2).some((x) => /^Italian=/.test(x)), show(2).join(' '));
  // Not an apposition to a name: still actors.
  const other = mentions('The Kurds demanded a referendum, and a Kurd was elected speaker.')(0);
  assert.ok(other.some((x) => /^Kurd=/.test(x)), other.join(' '));
});

test('an unknown "Foreign Minister X" takes the article\'s country: "foreign" names the office, not a foreigner', () => {
  const show = mentions(
    'Iraqi Prime Minister Nouri al-Maliki met a visiting delegation in Baghdad on Monday. ' +
      'Its leader, who met Foreign Minister Karim Haddadi last week, praised the talks.',
    20080101,
  );
  assert.ok(show(1).includes('Foreign Minister Karim Haddadi=IRQGOV'), show(1).join(' '));
});
