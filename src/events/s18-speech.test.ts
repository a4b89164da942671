/**
 * Speech-act families (issue 5, session 18), through the whole article pipeline on invented articles:
 * - a speech act's own object of the speaker's side (same actor code) is its target ("the governor accused the central
 *   government of ...");
 * - a judgement of a deployment, a vote, a warrant or a burning named by its noun ("called the deployment a violation")
 *   is aimed at who deployed, voted, issued or burned.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleDyads } from '../testkit/article.js';

// As `annals code` and the article scorer run: dyads only, filters on, article-level coreference.
const annals = createAnnals({ coref: true, geo: false, coder: { requireDyad: true } });

/** The article's events as "sentence SOURCE>TARGET CAMEO" strings (sentences counted from 0, after the dateline). */
const dyads = (raw: string, date = '2012-03-14'): string[] => articleDyads(annals, raw, date);

test('"the governor accused the central government of ...": an accused of the speaker\'s own code is its target', () => {
  const got = dyads(
    'AMMAN, Jordan (Reuters) - Heavy rain flooded the south on Monday. ' +
      'The governor of Zarqa accused the central government of withholding the province\'s share of the budget.',
  );
  assert.ok(got.some((g) => /^1 JORGOV>JORGOV 112$/.test(g)), got.join('; '));
});

test('"the minister thanked the cabinet": praise of the speaker\'s own side is aimed at it', () => {
  const got = dyads(
    'AMMAN, Jordan (Reuters) - Heavy rain flooded the south on Monday. ' +
      'The mayor of Irbid thanked the central government for its quick help.',
  );
  assert.ok(got.some((g) => /^1 JORGOV>JORGOV 05/.test(g)), got.join('; '));
});

test('"urged its own members to ...": the speaker\'s own people are no other actor', () => {
  const got = dyads(
    'AMMAN, Jordan (Reuters) - Heavy rain flooded the south on Monday. ' +
      'The Jordanian government urged its own ministries to stay open.',
  );
  assert.ok(!got.some((g) => /^1 JORGOV>JORGOV 02/.test(g)), got.join('; '));
});

test('"called the deployment a violation of the constitution": a judgement of the deployment is aimed at who deployed', () => {
  const got = dyads(
    'AMMAN, Jordan (Reuters) - Heavy rain flooded the south on Monday. ' +
      'Syria deployed troops along the border with Jordan on Sunday. ' +
      'Schools stayed closed in three provinces. ' +
      'Farmers counted their losses in the Jordan valley. ' +
      'The king cut short a visit to London. ' +
      'A Jordanian government spokesman called the deployment a violation of international law.',
  );
  assert.ok(got.some((g) => /^5 JORGOV>SYR\S* 11/.test(g)), got.join('; '));
});

test('"called the vote a betrayal": a judgement of a vote is aimed at who voted', () => {
  const got = dyads(
    'AMMAN, Jordan (Reuters) - Heavy rain flooded the south on Monday. ' +
      'The Jordanian parliament voted on Sunday to expel the Syrian ambassador. ' +
      'Schools stayed closed in three provinces. ' +
      'Farmers counted their losses in the Jordan valley. ' +
      'The king cut short a visit to London. ' +
      'Syria called the vote a betrayal of Arab brotherhood.',
  );
  assert.ok(got.some((g) => /^5 SYR\S*>JORLEG 11/.test(g)), got.join('; '));
});

test('"condemned the attack" after an attack by a named side: that side', () => {
  const got = dyads(
    'BEIRUT (Reuters) - Hezbollah fighters attacked an army post near Tyre on Friday. ' +
      'Three soldiers were wounded. ' +
      'The French government condemned the attack.',
    '2012-05-04',
  );
  assert.ok(got.some((g) => /^2 FRAGOV>LBNREBHEZ 11/.test(g)) || got.some((g) => /^2 FRAGOV>LBN\S*HEZ 11/.test(g)), got.join('; '));
});
