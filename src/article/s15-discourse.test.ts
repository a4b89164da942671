import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleMentions } from '../testkit/article.js';

const annals = createAnnals({ geo: false });

/** The article-level code of each mention whose text is `phrase` (in order), for an invented article. */
function resolve(text: string, dateline = 'BAGHDAD, April 2 (AP) -', day = 20080402): (phrase: string) => string[] {
  return articleMentions(annals, text, dateline, day).codes;
}

test('adjectives of a thing ("carrying Iraqi and Turkmen banners") are no pair for "both governments"', () => {
  const codes = resolve(
    'Kurdish and Arab leaders met in Tuz Khurmatu on Sunday to discuss the disputed district. ' +
      'Turkmen families marched through the town center on Monday, carrying Iraqi and Turkmen banners. ' +
      'A U.N. official urged both governments to settle the dispute.',
  );
  const both = codes('both governments');
  assert.ok(both.every((c) => !c.includes('TKM')), both.join(' '));
});

test('a pair with members of a minority people: the home country, never the state of that name', () => {
  const codes = resolve(
    'Iraqi police said hundreds of Turkmen villagers protested in Kirkuk on Sunday against the Kurdish security forces. ' +
      'Iraqi officials said the protest was peaceful. ' +
      'The U.N. envoy called on both governments to protect the villagers.',
  );
  const both = codes('both governments');
  assert.ok(both.every((c) => !c.includes('TKM')), both.join(' '));
});

test('a source "according to" someone and a place "in" a city are no party of a weak pair', () => {
  const codes = resolve(
    "Iran's foreign minister met Kurdish commanders in Erbil last week, according to two Iraqi lawmakers. " +
      'The State Department urged both sides to show restraint.',
  );
  for (const c of codes('both sides')) assert.ok(!c.includes('IRQLEG'), c);
});

test('a subject and its object are the pair of the next two sentences only', () => {
  const codes = resolve(
    "Iran's foreign minister met Kurdish commanders on Sunday. " +
      'Oil prices rose on Monday. ' +
      'Traders in Basra said exports had fallen. ' +
      'Shops in the city stayed closed. ' +
      'The State Department urged both sides to show restraint.',
  );
  for (const c of codes('both sides')) assert.ok(!c.startsWith('IRN'), c);
});

test('"the raid" after "In eastern Basra, British and Iraqi troops raided ...": the troops, not the city misparsed as the subject', () => {
  const codes = resolve(
    'In eastern Basra, British and Iraqi troops raided a warehouse and arrested three men. ' +
      'The governor condemned the raid and demanded the release of the men.',
  );
  const raid = codes('raid');
  assert.equal(raid.length, 1, raid.join(' '));
  assert.match(raid[0], /MIL|^GBR/, raid.join(' '));
  // "arrested", conjoined to "raided" with no subject of its own, is the troops' act too: they hold the men (the home's
  // troops' captives are asked of the home government, s17-discourse), not the city.
  const release = codes('release');
  assert.equal(release.length, 1, release.join(' '));
  assert.match(release[0], /MIL|^GBR|^IRQGOV$/, release.join(' '));
});

test('"their release" after "X are holding ..." in the same sentence: the holder', () => {
  const codes = resolve('Syrian police are holding two Jordanian drivers, and Jordan has demanded their release.', 'AMMAN, Jordan, May 4 (AP) -', 20090504);
  const release = codes('release');
  assert.equal(release.length, 1, release.join(' '));
  assert.match(release[0], /^SYR/, release.join(' '));
});

test('an act conjoined inside a quotation is not shared by its subject ("the charge" stays the reporter\'s side)', () => {
  const codes = resolve(
    'Followers of the cleric Hamza al-Jabri blamed the Dawa Party for the clashes in Kut. ' +
      '"The police fired on our marchers and then accused us," said a spokesman for the cleric. ' +
      'The Dawa Party denied the charge.',
  );
  const charge = codes('charge');
  assert.equal(charge.length, 1, charge.join(' '));
  assert.ok(!/COP/.test(charge[0]), charge.join(' '));
});

test('a state named bare as the holder: "their release" is its government\'s act, an armed act stays the state\'s', () => {
  const codes = resolve(
    'Iran is still holding three British sailors, and the British foreign secretary demanded their release on Friday. ' +
      'Turkey shelled Kurdish villages near the border on Saturday. Kurdish officials condemned the shelling.',
    'LONDON, May 4 (AP) -',
    20090504,
  );
  const release = codes('release');
  assert.deepEqual(release, ['IRNGOV']);
  const shelling = codes('shelling');
  assert.ok(shelling.every((c) => !c.endsWith('GOV')), shelling.join(' '));
});

test('militants with only the home country, in a story of one transnational armed group: that group', () => {
  const codes = resolve(
    'The Islamic State group seized two villages south of Kirkuk on Tuesday, Kurdish officials said. ' +
      'Peshmerga commanders said the Islamic State group had used car bombs in the assault. ' +
      'Iraqi warplanes struck positions near Hawija on Wednesday, killing at least 15 militants, the Iraqi military said.',
    'KIRKUK, Iraq, Oct. 4 (AP) -',
    20161004,
  );
  const militants = codes('militants');
  assert.equal(militants.length, 1, militants.join(' '));
  assert.equal(militants[0], 'IMGMUSISI');
});
