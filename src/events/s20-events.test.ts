/**
 * Non-speech events the coder emitted nothing for (helper s20-events, issue 5, session 20). Invented sentences through
 * the whole article pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleDyads } from '../testkit/article.js';

// Every event, with or without a target (filters on, article-level coreference).
const annals = createAnnals({ coref: true, geo: false, coder: { requireDyad: false } });

/** The article's events as "sentence SOURCE>TARGET CAMEO" strings (sentences counted from 0, after the dateline). */
const events = (raw: string, date = '2012-03-14'): string[] => articleDyads(annals, raw, date);

const LEAD = 'KIRKUK, Iraq (AP) - A sandstorm closed the airport on Tuesday. ';

test('a meeting in an adjunct of another act is coded: "after a meeting with", "after meeting", "during talks with"', () => {
  const after = events(`${LEAD}Prime Minister Nouri al-Maliki spoke to reporters after a meeting with Senator John Kerry.`);
  assert.ok(after.some((g) => /^1 IRQGOV>USALEG 040$/.test(g)), after.join('; '));
  const gerund = events(`${LEAD}Prime Minister Nouri al-Maliki left for Tehran after meeting Senator John Kerry.`);
  assert.ok(gerund.some((g) => /^1 IRQGOV>USALEG 040$/.test(g)), gerund.join('; '));
  const talks = events(`${LEAD}During talks with the Turkish foreign minister, Prime Minister Nouri al-Maliki demanded an end to the shelling.`);
  assert.ok(talks.some((g) => /^1 IRQGOV>TURGOV 046$/.test(g)), talks.join('; '));
  // a meeting still to come may be called off: no event
  const before = events(`${LEAD}Prime Minister Nouri al-Maliki spoke to reporters before a meeting with Senator John Kerry.`);
  assert.ok(!before.some((g) => / 04\d$/.test(g)), before.join('; '));
});

test('fighting with someone told as the circumstance of another act is coded 190: "after a night of fighting with X"', () => {
  const got = events(`${LEAD}Islamic State militants captured two villages near Hawija after a night of fighting with Kurdish peshmerga forces.`);
  assert.ok(got.some((g) => /^1 IMGMUSISI>IRQ\S*KUR\S* 190$/.test(g)), got.join('; '));
  // a round of talks one sees no point in took no place
  const none = events(`${LEAD}Iraqi Prime Minister Nouri al-Maliki saw no point in a fourth round of talks with the Kurdish leaders.`);
  assert.ok(!none.some((g) => / 04\d$/.test(g)), none.join('; '));
});

test('an adjunct meeting hung on the verb\'s object is the verb\'s; "the meeting" told before is not coded again', () => {
  const got = events(`${LEAD}Iraqi Prime Minister Nouri al-Maliki told a small group of reporters after a meeting with Senator John Kerry that he would not wait.`);
  assert.ok(got.some((g) => /^1 IRQGOV>USA\S* 040$/.test(g)), got.join('; '));
  const again = events(`${LEAD}Iraqi Prime Minister Nouri al-Maliki met Senator John Kerry on Monday. Maliki spoke to reporters after the meeting with Kerry.`);
  assert.ok(!again.some((g) => /^2 \S+ 04\d$/.test(g)), again.join('; '));
});
