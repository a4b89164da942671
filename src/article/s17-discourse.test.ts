import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { createActorMatcher } from '../actors/index.js';
import { createArticleActorMatcher } from './coref.js';

const annals = createAnnals({ geo: false });

/** The article-level code of each mention whose text is `phrase` (in order), for an invented article. */
function resolve(text: string, dateline = 'BAGHDAD, March 9 (AP) -', day = 20140309): (phrase: string) => string[] {
  const doc = annals.analyzer.analyze(text);
  const matcher = createArticleActorMatcher(createActorMatcher(annals.dictionaries.actors), { countries: annals.dictionaries.actors.countryCodes });
  matcher.setDateline(doc, dateline);
  const all: { words: string; code: string }[] = [];
  for (let s = 0; s < doc.sentenceCount; s++) for (const m of matcher.match(doc, s, day)) all.push({ words: doc.form.slice(m.start, m.end).join(' '), code: m.codes ? m.codes.join('+') : m.code });
  return (phrase) => all.filter((x) => x.words === phrase || x.words.endsWith(` ${phrase}`)).map((x) => x.code);
}

// Number: "they"/"them" is a plural group before a singular body.

test('"them" after a plural group named as a recipient is that group, not the singular administration', () => {
  const codes = resolve(
    'A Pentagon spokesman said the administration was working with the Iraqi government to send rifles to the Sunni tribes, ' +
      'but he would not say whether the United States would arm them itself.',
  );
  const them = codes('them');
  assert.equal(them.length, 1, them.join(' '));
  assert.match(them[0], /^IRQ.*SUN/);
});

test('"them" after a people named as a recipient is that people ("deliveries to the Yazidis ... arm them")', () => {
  const codes = resolve(
    'A White House spokesman said the administration would speed weapons deliveries to the Yazidis, ' +
      'but he refused to say whether the United States would arm them directly.',
  );
  const them = codes('them');
  assert.equal(them.length, 1, them.join(' '));
  assert.match(them[0], /YAZ$/);
});

// "it": a thing named as an object, a place in a phrase, an idiom.

test('"calling it" after a thing named as the object of the clause is that thing, no actor', () => {
  const codes = resolve('The Kurdish regional government rejected the proposal from Baghdad on Monday, calling it a violation of the constitution.');
  assert.deepEqual(codes('it'), []);
});

test('"calling it" after a statement from a capital is not the capital', () => {
  const codes = resolve("The Arab League's envoy condemned the shelling of the town in a statement from Cairo, calling it a crime against civilians.");
  assert.deepEqual(codes('it'), []);
});

test('"if the prime minister signs it": the thing named as an object before, not the party that threatened', () => {
  const codes = resolve(
    "The Sadrist bloc rejected the draft agreement with Washington on Tuesday. " +
      'A spokesman for the bloc said its supporters would fill the streets if the prime minister signed the draft, and warned that the bloc would fight it.',
  );
  assert.deepEqual(codes('it'), []);
});

test('"do it", "as he put it": no actor', () => {
  const codes = resolve(
    'The Fadhila party accused the government of failing to protect the pilgrims. "If the army cannot protect them, our men will do it," its leader said.',
  );
  assert.deepEqual(codes('it'), []);
});

test('an "it" asked or urged after a body named as the recipient is still that body', () => {
  const codes = resolve('Talabani sent a letter to the Dawa party last week, urging it to name a new candidate.');
  const it = codes('it');
  assert.equal(it.length, 1, it.join(' '));
  assert.match(it[0], /^IRQPTY/);
});

// "the release" asked: of its holder, the home's government for its police and army, never a body that "held talks".

test('"held talks" makes no holder: a later "release" is not the envoy\'s', () => {
  const codes = resolve('The Arab League envoy held talks with the speaker on Sunday. Students in Mosul demanded the release of their detained classmates.');
  const release = codes('release');
  assert.equal(release.length, 1, release.join(' '));
  assert.ok(!release[0].startsWith('IGO'), release[0]);
});

test('the release of those the home police hold is asked of the home government', () => {
  const codes = resolve('Police in Hilla arrested thirty teachers on Monday. The teachers\' union demanded their immediate release.');
  assert.deepEqual(codes('release'), ['IRQGOV']);
});

test('the release of captives a foreign army holds is asked of that state', () => {
  const codes = resolve('British troops detained two Iranian diplomats near Basra. Tehran demanded their release on Tuesday.');
  const release = codes('release');
  assert.equal(release.length, 1, release.join(' '));
  assert.match(release[0], /^GBR/);
});

test('"demanded the release of detainees" with no holder named is asked of the home government', () => {
  const codes = resolve('Thousands of Sunni protesters rallied in Samarra on Friday. They demanded the release of detainees and an end to raids.');
  assert.deepEqual(codes('release'), ['IRQGOV']);
});
