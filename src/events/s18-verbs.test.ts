/**
 * Verbs and no-event sentences (helper s18-verbs, issue 5, session 18). Invented sentences through the whole article
 * pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleDyads } from '../testkit/article.js';

// Every event, with or without a target (filters on, article-level coreference).
const annals = createAnnals({ coref: true, geo: false, coder: { requireDyad: false } });

/** The article's events as "sentence SOURCE>TARGET CAMEO" strings (sentences counted from 0, after the dateline). */
const events = (raw: string, date = '2011-05-09'): string[] => articleDyads(annals, raw, date);

const LEAD = 'KIRKUK, Iraq (AP) - Heavy rain flooded the city on Sunday. ';

test('"threatened to resign": a threat (13), not an intent to yield (03) or a resignation (08)', () => {
  const got = events(`${LEAD}Two Kurdish ministers threatened on Monday to resign over the shelling of Zakho.`);
  const s1 = got.filter((g) => g.startsWith('1 '));
  assert.ok(s1.some((g) => / 13\d*$/.test(g)), got.join('; '));
  assert.ok(!s1.some((g) => / 0[38]\d*$/.test(g)), got.join('; '));
});

test('"threatened to step down": a threat too; "threatened to quit the cabinet" keeps its own pattern and target', () => {
  const got = events(`${LEAD}The governor threatened to step down. The Turkmen bloc threatened to quit the cabinet.`);
  assert.ok(got.some((g) => /^1 \S+>\S+ 13\d*$/.test(g)) && !got.some((g) => /^1 \S+ 0[38]\d*$/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^2 \S+>IRQGOV 131$/.test(g)), got.join('; '));
});

test('"would resign if / unless ...": quitting promised on a condition is a threat (130)', () => {
  const got = events(
    `${LEAD}The speaker said he would resign if the bombing of Tuz Khurmatu did not stop. ` +
      'The deputy governor said he would step down unless the arrested guards were freed within a week.',
  );
  assert.ok(got.some((g) => /^1 \S+>\S+ 130$/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^2 \S+>\S+ 130$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^[12] \S+ 0[38]\d*$/.test(g)), got.join('; '));
});

test('"said he would resign" with no condition and no threat stays no threat', () => {
  const got = events(`${LEAD}The governor of Kirkuk said on Monday that he would resign next month to run for parliament.`);
  assert.ok(!got.some((g) => /^1 \S+ 13\d*$/.test(g)), got.join('; '));
});
