import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleMentions } from '../testkit/article.js';

const annals = createAnnals({ geo: false });

/** The article-level code of each mention whose text is `phrase` (in order), for an invented article. */
const resolve = (text: string): ((phrase: string) => string[]) => articleMentions(annals, text, 'BAGHDAD, March 9 (AP) -', 20140309).codes;

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
