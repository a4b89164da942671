/**
 * Speech-act families (issue 5, session 19), through the whole article pipeline on invented articles:
 * - a reaction that judges or refuses a thing no actor itself ("condemned the leaflets", "rejected the draft") is aimed
 *   at the thing's author or owner as the article names it earlier, or at whoever did the act its noun names by its
 *   own verb ("criticized the suspension"): src/article/speech.ts `thingOwners`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleDyads } from '../testkit/article.js';

// As `annals code` and the article scorer run: dyads only, filters on, article-level coreference.
const annals = createAnnals({ coref: true, geo: false, coder: { requireDyad: true } });

/** The article's events as "sentence SOURCE>TARGET CAMEO" strings (sentences counted from 0, after the dateline). */
const dyads = (raw: string, date = '2012-03-14'): string[] => articleDyads(annals, raw, date);

test('"condemned the leaflets": a thing judged is aimed at who published it, named sentences before', () => {
  const got = dyads(
    'AMMAN, Jordan (Reuters) - Crowds gathered in Amman on Monday to protest leaflets published by the Syrian government. ' +
      'Schools stayed closed in three provinces. ' +
      'Farmers counted their losses in the Jordan valley. ' +
      'The Jordanian prime minister condemned the leaflets in a televised speech.',
  );
  assert.ok(got.some((g) => /^3 JORGOV>SYRGOV 11/.test(g)), got.join('; '));
});

test('"rejected the draft": a refusal of a document is aimed at whoever submitted it', () => {
  const got = dyads(
    'AMMAN, Jordan (Reuters) - The Syrian government submitted a draft on water sharing to the Jordanian cabinet on Monday. ' +
      'Heavy rain flooded the south of the country. ' +
      'Jordanian ministers rejected the draft on Wednesday.',
  );
  assert.ok(got.some((g) => /^2 JORGOV>SYRGOV 12/.test(g)), got.join('; '));
});

test('a thing that the reacting side made itself is no one else\'s: no target from it', () => {
  const got = dyads(
    'AMMAN, Jordan (Reuters) - The Jordanian government submitted a draft on water sharing on Monday. ' +
      'Heavy rain flooded the south of the country. ' +
      'Jordanian ministers rejected the draft on Wednesday.',
  );
  assert.ok(!got.some((g) => /^2 \S+>\S+ 12/.test(g)), got.join('; '));
});

test('a thing judged before anyone is named as making it takes no author from a later sentence', () => {
  const got = dyads(
    'AMMAN, Jordan (Reuters) - The Jordanian prime minister condemned the leaflets on Monday. ' +
      'Schools stayed closed in three provinces. ' +
      'The leaflets had been printed by the Syrian government, officials said later.',
  );
  assert.ok(!got.some((g) => /^0 JORGOV>SYRGOV 11/.test(g)), got.join('; '));
});

test('"criticized the suspension": a judgement of an act named by its verb\'s noun is aimed at who did it, however far back', () => {
  const got = dyads(
    'AMMAN, Jordan (Reuters) - The Islamic Action Front suspended its participation in the Jordanian parliament on Monday. ' +
      'Heavy rain flooded the south of the country. ' +
      'Schools stayed closed in three provinces. ' +
      'Farmers counted their losses in the Jordan valley. ' +
      'The king cut short a visit to London. ' +
      'Markets were calm in the capital. ' +
      'The Jordanian prime minister criticized the suspension as blackmail.',
  );
  assert.ok(got.some((g) => /^6 JORGOV>\S+ 11/.test(g) && !/^6 JORGOV>JORGOV/.test(g)), got.join('; '));
});

test('nominalOf: a noun names the act of its own verb only', async () => {
  const { nominalOf } = await import('../article/speech.js');
  assert.ok(nominalOf('suspension', 'suspend'));
  assert.ok(nominalOf('withdrawal', 'withdraw'));
  assert.ok(nominalOf('announcement', 'announce'));
  assert.ok(nominalOf('release', 'release'));
  assert.ok(!nominalOf('station', 'state'));
  assert.ok(!nominalOf('letter', 'let'));
});
