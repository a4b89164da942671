/**
 * Speech-act families (issue 5, session 17), through the whole article pipeline on invented articles: accusations of
 * people no one names ("accused 'foreign hands' of ...") and denials answering no named claimant, both aimed at the
 * unknown actor ("---").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { splitDateline } from '../ingest/text.js';

// As `annals code` and the article scorer run: dyads only, filters on, article-level coreference.
const annals = createAnnals({ coref: true, geo: false, coder: { requireDyad: true } });

/** The article's events as "sentence SOURCE>TARGET CAMEO" strings (sentences counted from 0, after the dateline). */
function dyads(raw: string, date = '2012-03-14'): string[] {
  const { text, dateline } = splitDateline(raw);
  const { events } = annals.codeDocument({ id: 't', path: 't.txt', text, date, dateline });
  return events.map((e) => `${e.sentence} ${e.source.code}>${e.target?.code ?? '-'} ${e.cameo}`);
}

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
