/**
 * Speech-act families (issue 5, session 20), through the whole article pipeline on invented articles:
 * - a denial that the denier's own side used force or pressure on someone is aimed at that victim ("denied that its jets
 *   had bombed civilians"), while a denied charge of lending support keeps its object out ("denied that it armed the
 *   rebels");
 * - a reported clause that charges another actor with a crime committed or carried out, with bearing the
 *   responsibility, with lacking legitimacy, with having fired first, with being "behind it" or with trying to prevent
 *   or block something is the speaker's accusation or criticism of that actor.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleDyads } from '../testkit/article.js';

// As `annals code` and the article scorer run: dyads only, filters on, article-level coreference.
const annals = createAnnals({ coref: true, geo: false, coder: { requireDyad: true } });

/** The article's events as "sentence SOURCE>TARGET CAMEO" strings (sentences counted from 0, after the dateline). */
const dyads = (raw: string, date = '2013-05-20'): string[] => articleDyads(annals, raw, date);

const LEAD = 'NAIROBI, Kenya (Reuters) - Heavy rain flooded the coast on Monday. ';

test('"the ministry denied that its aircraft had attacked civilians": a denied attack is aimed at its victim, a denied arming not', () => {
  const got = dyads(LEAD + 'The Ethiopian defence ministry denied that its aircraft had attacked Somali civilians.');
  assert.ok(got.some((g) => /^1 ETHGOV>SOM\S* 016$/.test(g)), got.join('; '));
  // A denied charge of lending support is not aimed at whom it supported.
  const armed = dyads(LEAD + 'The Ethiopian defence ministry denied that it had armed the Somali rebels.');
  assert.ok(!armed.some((g) => /^1 ETHGOV>SOMREB 016$/.test(g)), armed.join('; '));
});

test('"said the soldiers had committed a crime": a crime charged in a reported clause is an accusation', () => {
  const got = dyads(LEAD + 'The Somali president said the Ethiopian soldiers had committed "a crime" in the border town.');
  assert.ok(got.some((g) => /^1 SOMGOV>ETH\S* 112$/.test(g)), got.join('; '));
});

test('"said the army had carried out a massacre": a massacre carried out is an accusation', () => {
  const got = dyads(LEAD + 'The Somali president said the Ethiopian army had carried out a massacre near the border.');
  assert.ok(got.some((g) => /^1 SOMGOV>ETH\S* 112$/.test(g)), got.join('; '));
});

test('"said the council lacked legitimacy": a lack of standing is a criticism', () => {
  const got = dyads(LEAD + 'The Ugandan foreign minister said the Kenyan parliament lacked legitimacy.');
  assert.ok(got.some((g) => /^1 UGAGOV>KENLEG 111$/.test(g)), got.join('; '));
});

test('"hinted that Ethiopia was behind it": being behind a deed told before is an accusation', () => {
  const got = dyads(LEAD + 'A bomb exploded at the Somali parliament on Sunday. The Somali president hinted that Ethiopia was behind it.');
  assert.ok(got.some((g) => /^2 SOMGOV>ETH\S* 112$/.test(g)), got.join('; '));
});

test('"said Ethiopia had tried to block the talks": a scheme to block is an accusation, help is none', () => {
  const got = dyads(LEAD + 'The Somali president said Ethiopia had tried to block the peace talks. The Somali president said Uganda had tried to help the talks.');
  assert.ok(got.some((g) => /^1 SOMGOV>ETH\S* 112$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^2 SOMGOV>UGA\S* 112$/.test(g)), got.join('; '));
});
