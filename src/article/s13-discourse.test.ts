import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { createActorMatcher } from '../actors/index.js';
import { createArticleActorMatcher } from './coref.js';

const annals = createAnnals({ geo: false });

/** The article-level code of each mention whose text is `phrase` (in order), for an invented article. */
function codesOf(text: string, phrase: string, day = 20080402, dateline = 'BAGHDAD, April 2 (AP) -'): string[] {
  const doc = annals.analyzer.analyze(text);
  const matcher = createArticleActorMatcher(createActorMatcher(annals.dictionaries.actors), { countries: annals.dictionaries.actors.countryCodes });
  matcher.setDateline(doc, dateline);
  const out: string[] = [];
  for (let s = 0; s < doc.sentenceCount; s++) {
    for (const m of matcher.match(doc, s, day)) {
      const words = doc.form.slice(m.start, m.end).join(' ');
      if (words === phrase || words.endsWith(` ${phrase}`)) out.push(m.code);
    }
  }
  return out;
}

test('a title in apposition to a named person is that person: a later "the cleric" finds him', () => {
  const text =
    'Prime Minister Nouri al-Maliki met tribal leaders in Kut on Monday. ' +
    'A spokesman for Moqtada al-Sadr, the radical Shiite cleric whose followers control much of the city, criticized the meeting. ' +
    'Maliki later offered to meet the cleric in Najaf.';
  const clerics = codesOf(text, 'cleric');
  assert.ok(clerics.length >= 1, 'a mention of "the cleric"');
  // The cleric named in apposition, and then "the cleric", are Sadr (his movement's code), not a second "radical cleric".
  for (const c of clerics) assert.match(c, /^IRQ(PTYSDR|REBSHI)/, clerics.join(' '));
  assert.ok(!clerics.some((c) => c.includes('RAD')), clerics.join(' '));
});

test('"the government" is no party\'s office ("an official in the cleric\'s office")', () => {
  const text =
    'Thousands of followers of the cleric Moqtada al-Sadr marched in Baghdad on Friday. ' +
    'A senior official in Sadr\'s office said the protests would go on. ' +
    'The speaker said parliament would not meet until the government could protect its members.';
  const govs = codesOf(text, 'government');
  assert.ok(govs.length >= 1);
  for (const c of govs) assert.equal(c, 'IRQGOV', govs.join(' '));
});

test('a ministry spokesman named with no country after a sentence on a foreign state speaks for that state', () => {
  const text =
    'Prime Minister Nouri al-Maliki accused Syria on Sunday of sheltering Baathist leaders. ' +
    'Syria, which has long denied the charge, recalled its ambassador from Baghdad on Monday. ' +
    'Foreign Ministry spokesman Karim Haddad said the accusations were baseless.';
  const spokes = codesOf(text, 'Karim Haddad');
  assert.deepEqual(spokes, ['SYRGOV']);
});

test('a ministry spokesman after a sentence on the home country stays the home\'s', () => {
  const text =
    'Syria recalled its ambassador from Baghdad on Monday after a row over Baathist exiles. ' +
    'Iraq expelled two Syrian diplomats on Tuesday. ' +
    'Foreign Ministry spokesman Karim Haddad said the expulsions were justified.';
  const spokes = codesOf(text, 'Karim Haddad');
  assert.deepEqual(spokes, ['IRQGOV']);
});

test('the foreign state must be the previous sentence\'s subject, in the same paragraph', () => {
  const text =
    'Prime Minister Nouri al-Maliki accused Syria on Sunday of sheltering Baathist leaders.\n\n' +
    'Interior Ministry spokesman Karim Haddad said four suspects had been arrested in Mosul.';
  const spokes = codesOf(text, 'Karim Haddad');
  assert.deepEqual(spokes, ['IRQGOV']);
});

/** Events of an invented article as "SOURCE CAMEO TARGET". */
const code = (text: string, dateline = 'BAGHDAD, Aug. 13 (AP) -', date = '2014-08-13'): string[] =>
  annals.codeDocument({ id: 't', text, date, path: '-', dateline }).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);

test('a short name of another official of the same government is another actor ("Maliki accused Masum")', () => {
  const got = code(
    'President Fuad Masum named a new prime minister on Monday. ' +
      'Prime Minister Nouri al-Maliki refused to step down. ' +
      'In a speech on Tuesday, Maliki accused Masum of violating the constitution.',
  );
  assert.ok(got.some((g) => /^IRQGOV 11\d* IRQGOV$/.test(g)), got.join('; '));
});

test('a title resolved to another named official of the same government is another actor', () => {
  const got = code(
    'Prime Minister Nouri al-Maliki ordered the arrest of Vice President Tariq al-Hashemi on Monday. ' +
      'Hashemi accused the prime minister of inventing the charges to silence his critics.',
    'BAGHDAD, Dec. 20 (AP) -',
    '2011-12-20',
  );
  assert.ok(got.some((g) => /^IRQGOV 11\d* IRQGOV$/.test(g)), got.join('; '));
});

test('a title resolved to the speaker himself is no second actor', () => {
  const got = code('Prime Minister Nouri al-Maliki spoke in Najaf on Monday. The prime minister said the prime minister would not resign.');
  assert.ok(!got.some((g) => /^IRQGOV \d+ IRQGOV$/.test(g)), got.join('; '));
});

test('"the militias" after "mostly Shiite militias" are not the one militia named most', () => {
  const text =
    'Kataib Hezbollah fired rockets at a U.S. base on Monday. Kataib Hezbollah said it would go on. ' +
    'The Popular Mobilization Forces, an umbrella of mostly Shiite militias, backed the attack. ' +
    'The cleric Moqtada al-Sadr urged the militias to hold their fire.';
  const got = codesOf(text, 'militias', 20200108, 'BAGHDAD, Jan. 8 (AP) -');
  assert.ok(got.length >= 1, 'a mention of "the militias"');
  assert.ok(!got.some((c) => c.endsWith('KTH')), got.join(' '));
});

test('"the administrator" is the administrator named before (a person\'s title, coded as the government)', () => {
  const text =
    'Members of the Governing Council met L. Paul Bremer, the top U.S. administrator, on Monday night. ' +
    'The administrator refused to give the militias a role in the new police force.';
  const got = codesOf(text, 'administrator', 20030902, 'BAGHDAD, Sept. 2 (AP) -');
  assert.ok(got.length >= 2, got.join(' '));
  for (const c of got) assert.equal(c, 'USAGOV', got.join(' '));
});

test('"the Framework" after "the Coordination Framework" is that organisation, and "it" then finds it', () => {
  const text =
    'Lawmakers of the rival Coordination Framework met in Baghdad on Sunday to choose a prime minister. ' +
    'The Framework accused the Sadrists of blocking the vote. ' +
    'In a statement, it invited the Sadrists to talks.';
  const fw = codesOf(text, 'Framework', 20220830, 'BAGHDAD, Aug. 30 (AP) -');
  assert.ok(fw.length >= 2, fw.join(' '));
  const its = codesOf(text, 'it', 20220830, 'BAGHDAD, Aug. 30 (AP) -');
  assert.equal(its.length, 1);
  assert.equal(its[0], fw[0]);
});
