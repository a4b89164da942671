/**
 * Threats of the issue-5 work (helper s13b-threats), on invented sentences through the whole pipeline: a threat
 * to march on a place on a condition ("threatened to march on X if Y did not withdraw") is a threat of force
 * (138) against whoever must meet the condition, once lowercase "march" is read as the verb, not the month
 * (src/analysis/tense.ts repairInfinitiveName).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';

const annals = createAnnals();
/** Events of an invented story, with a wire dateline (its city is the article's home). */
const code = (text: string, dateline = 'KABUL, May 4 (AP) -'): string[] =>
  annals.codeDocument({ id: 't', text, date: '2009-05-04', path: '-', dateline }).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);

test('"threatened to march on X if the Tajiks did not withdraw" threatens the Tajiks, not the place', () => {
  const got = code('Several Uzbek militia commanders threatened to march on Kunduz if the Tajiks did not withdraw.');
  assert.ok(got.some((g) => /^\S+ 138 (\S*TAJ|TJK)$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 138 AFG$/.test(g)), got.join('; '));
});

test('a vow to march on a town is a threat (13x), not a month', () => {
  const got = code('Uzbek militia commanders vowed to march on Kunduz.');
  assert.ok(got.some((g) => /^UZB\S* 13\d* /.test(g)), got.join('; '));
});
