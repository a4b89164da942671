import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { createActorMatcher } from '../actors/index.js';
import { createArticleActorMatcher } from './coref.js';

const annals = createAnnals({ geo: false });

/** The article-level code of each mention whose text is `phrase` (in order), and the home, for an invented article. */
function resolve(text: string, dateline = 'BAGHDAD, April 2 (AP) -', day = 20080402): { codes: (phrase: string) => string[]; home: string | null } {
  const doc = annals.analyzer.analyze(text);
  const matcher = createArticleActorMatcher(createActorMatcher(annals.dictionaries.actors), { countries: annals.dictionaries.actors.countryCodes });
  matcher.setDateline(doc, dateline);
  const all: { words: string; code: string }[] = [];
  for (let s = 0; s < doc.sentenceCount; s++) for (const m of matcher.match(doc, s, day)) all.push({ words: doc.form.slice(m.start, m.end).join(' '), code: m.code });
  return {
    codes: (phrase) => all.filter((x) => x.words === phrase || x.words.endsWith(` ${phrase}`)).map((x) => x.code),
    home: matcher.homeOf(doc),
  };
}

test('"the group" is a non-state body, not the police named since', () => {
  const r = resolve(
    'Iraqi police raided the offices of the Badr Organization in Kut on Monday. ' +
      'Police detained 12 guards and seized weapons, officials said. ' +
      'The group said it would complain to parliament.',
  );
  const groups = r.codes('group');
  assert.equal(groups.length, 1, groups.join(' '));
  assert.match(groups[0], /^IRQUAF/, groups.join(' '));
});

test('"the group" is not the government either', () => {
  const r = resolve(
    'The Kurdistan Workers\' Party said on Sunday that Turkish jets had bombed its camps in the mountains. ' +
      'The Turkish government said the raids were aimed at rebels who had attacked border posts. ' +
      'Prime Minister Recep Tayyip Erdogan\'s government has vowed to crush the group.',
    'ANKARA, Turkey, Aug. 3 (AP) -',
    20070803,
  );
  const groups = r.codes('group');
  assert.equal(groups.length, 1);
  assert.ok(!/GOV|MIL|COP/.test(groups[0]), groups.join(' '));
});

test('"the group" again is the body the article has been calling so, before an organisation named since', () => {
  const r = resolve(
    'The Badr Organization said its offices in Kut had been raided. ' +
      'According to the group, police beat two guards. ' +
      'The group has long been at odds with the governor. ' +
      'The United Nations urged calm. ' +
      'The group said it would hold a rally on Friday.',
  );
  const groups = r.codes('group');
  assert.equal(groups.length, 3, groups.join(' '));
  for (const g of groups) assert.match(g, /^IRQUAF/, groups.join(' '));
});

test('a country before "X and the Y" does not reach the determined conjunct: "the exiles" are the exiles named before', () => {
  const r = resolve(
    'Turkish troops entered a camp near Hatay that houses about 2,000 Syrian opposition exiles, Turkish officials and the exiles said. ' +
      'The exiles accused Ankara of bowing to pressure from Damascus.',
    'ANKARA, Turkey, May 4 (AP) -',
    20120504,
  );
  const exiles = r.codes('exiles');
  assert.ok(exiles.length >= 3, exiles.join(' '));
  for (const c of exiles) assert.match(c, /^SYROPP/, exiles.join(' '));
});

test('a country still spreads over an agent-only conjunct with no determiner ("Iraqi police and soldiers")', () => {
  const r = resolve('Syrian police and soldiers surrounded the town of Deraa on Monday, witnesses said.', 'AMMAN, Jordan, April 25 (AP) -', 20110425);
  assert.deepEqual(r.codes('soldiers'), ['SYRMIL']);
});

test('the dateline decides the home when the lead\'s only foreign actor is a mission abroad', () => {
  const r = resolve(
    'Protesters angry over power cuts stormed the Syrian embassy in Baghdad late Friday and set it on fire, officials said. ' +
      'Police fired tear gas at the crowd.',
    'BAGHDAD, Iraq, Aug. 4 (AP) -',
    20120804,
  );
  assert.equal(r.home, 'IRQ');
  assert.deepEqual(r.codes('Protesters'), ['IRQOPP']);
  assert.deepEqual(r.codes('Police'), ['IRQCOP']);
});

test('a foreign actor that is no mission still makes its country the home ("ADDIS ABABA" for two other states\' talks)', () => {
  const r = resolve(
    'Sudanese officials and rebels resumed talks in Addis Ababa on Monday, mediators said. ' +
      'The government said the rebels must disarm first.',
    'ADDIS ABABA, Ethiopia, May 7 (AP) -',
    20120507,
  );
  assert.equal(r.home, 'SDN');
});
