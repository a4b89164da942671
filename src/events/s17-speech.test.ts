/**
 * Speech-act families (issue 5, session 17), through the whole article pipeline on invented articles: accusations of
 * people no one names ("accused 'foreign hands' of ...") and denials answering no named claimant, both aimed at the
 * unknown actor ("---").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleDyads } from '../testkit/article.js';

// As `annals code` and the article scorer run: dyads only, filters on, article-level coreference.
const annals = createAnnals({ coref: true, geo: false, coder: { requireDyad: true } });

/** The article's events as "sentence SOURCE>TARGET CAMEO" strings (sentences counted from 0, after the dateline). */
const dyads = (raw: string, date = '2012-03-14'): string[] => articleDyads(annals, raw, date);

test('"accused \'foreign hands\' of stirring up ...": an accusation of unnamed people is aimed at the unknown actor', () => {
  const got = dyads(
    'AMMAN, Jordan (Reuters) - Heavy rain flooded the capital on Monday. ' +
      'Interior Minister Samir Habashneh accused "foreign hands" of stirring up the unrest in the south.',
  );
  assert.ok(got.some((g) => /^1 JORGOV>--- 112$/.test(g)), got.join('; '));
});

test('"blamed \'saboteurs and infiltrators\' for ..." and "a small number of thugs": the unknown actor', () => {
  const got = dyads(
    'AMMAN, Jordan (Reuters) - Heavy rain flooded the capital on Monday. ' +
      'The army chief blamed "saboteurs and infiltrators" for the arson in Maan. ' +
      'The king blamed "a small number of thugs" for the looting.',
  );
  assert.ok(got.some((g) => /^1 JORMIL>--- 112$/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^2 JORGOV>--- 112$/.test(g)), got.join('; '));
});

test('"blamed the violence on the opposition": the thing blamed is no unnamed accused; the opposition is', () => {
  const got = dyads(
    'AMMAN, Jordan (Reuters) - Heavy rain flooded the capital on Monday. ' +
      'Interior Minister Samir Habashneh blamed the violence on the opposition.',
  );
  assert.ok(!got.some((g) => /^1 \S+>--- 11/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^1 JORGOV>JOROPP 112$/.test(g)), got.join('; '));
});

test('an accusation of a named actor keeps its actor', () => {
  const got = dyads(
    'AMMAN, Jordan (Reuters) - Heavy rain flooded the capital on Monday. ' +
      'Foreign Minister Nasser Judeh accused the Syrian government of sending spies into Jordan.',
  );
  assert.ok(got.some((g) => /^1 JORGOV>SYRGOV 112/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^1 \S+>--- /.test(g)), got.join('; '));
});

test('"denied that its soldiers had ..." with no claim told before: no unnamed claimant (s19: only a claim named as reports or suggestions has one)', () => {
  // (s19 `unnamed-claimant`: over the 35 development sets a bare "denied that ..." aimed at `---` was wrong 17 times and
  // right 7; the experts code the accuser the story names. "denied reports that ..." keeps `---`, test below.)
  const got = dyads(
    'AMMAN, Jordan (Reuters) - Heavy rain flooded the capital on Monday. ' +
      'Schools stayed closed in three provinces. ' +
      'Defense Minister Ali Kamal denied that any decision to withdraw the border brigades had been made.',
  );
  assert.ok(!got.some((g) => /^2 JORGOV>--- 016$/.test(g)), got.join('; '));
});

test('"denied reports that ..." answers the unnamed reporter; a denial answering a named accuser keeps it', () => {
  const got = dyads(
    'AMMAN, Jordan (Reuters) - Heavy rain flooded the capital on Monday. ' +
      "Jordan's foreign minister denied reports that Jordanian jets had bombed a Syrian town. " +
      'The Syrian government accused the Jordanian army of shelling a border village. ' +
      'Amman denied the charge.',
  );
  assert.ok(got.some((g) => /^1 JORGOV>--- 016$/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^3 JORGOV>SYRGOV 016$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^3 \S+>--- 016$/.test(g)), got.join('; '));
});

test('a refusal the coder codes as a denial is no denial of an unnamed claim', () => {
  const got = dyads(
    'AMMAN, Jordan (Reuters) - Heavy rain flooded the capital on Monday. ' +
      'Jordanian soldiers and policemen refused to leave their posts.',
  );
  assert.ok(!got.some((g) => /^1 \S+>--- /.test(g)), got.join('; '));
});
