/**
 * Verbs and no-event sentences (helper s18-verbs, issue 5, session 18). Invented sentences through the whole article
 * pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleDyads } from '../testkit/article.js';
import { XPOS } from '../analysis/tags.js';

// Every event, with or without a target (filters on, article-level coreference).
const annals = createAnnals({ coref: true, geo: false, coder: { requireDyad: false } });

/** The article's events as "sentence SOURCE>TARGET CAMEO" strings (sentences counted from 0, after the dateline). */
const events = (raw: string, date = '2011-05-09'): string[] => articleDyads(annals, raw, date);

const LEAD = 'KIRKUK, Iraq (AP) - Heavy rain flooded the city on Sunday. ';

test('tags: "told the delegates that/WDT X would ..." after a verb of telling is a content clause, not a relative clause', () => {
  const doc = annals.analyzer.analyze('The envoy told the Jordanian delegates that the coalition would not negotiate with the hijackers.');
  const that = doc.form.indexOf('that');
  assert.equal(XPOS[doc.xpos[that]], 'IN');
  // A relative clause with no verb of saying before it stays one: "the treaty that Syria would sign".
  const rel = annals.analyzer.analyze('The treaty that Syria would sign was published in Damascus.');
  assert.notEqual(XPOS[rel.xpos[rel.form.indexOf('that')]], 'IN');
});

test('"told X that Y would not negotiate with Z": Y\'s refusal, not a demand by the teller on Y', () => {
  const got = events(`${LEAD}The Jordanian envoy told the delegates that the Iraqi government would not negotiate with the kidnappers.`);
  assert.ok(!got.some((g) => /^1 JOR\S*>IRQGOV 10\d*$/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^1 IRQGOV>\S+ 12\d*$/.test(g)), got.join('; '));
});

test('"told senators that X must ...": an obligation told is still a demand on X', () => {
  const got = events(`${LEAD}Defense Secretary Robert Gates told senators that Maliki must disarm the militias.`);
  assert.ok(got.some((g) => /^1 USAGOV>IRQGOV 10\d*$/.test(g)), got.join('; '));
});

test('tags: "told X that/WDT Y had/was ..." (a finite auxiliary) after a verb of telling is a content clause too', () => {
  const doc = annals.analyzer.analyze('The ambassador had told the prime minister that Washington was not prepared to reopen the border talks.');
  assert.equal(XPOS[doc.xpos[doc.form.indexOf('that')]], 'IN');
  // A relative clause on a longer object after the verb of telling stays one.
  const rel = annals.analyzer.analyze('The minister told reporters the names of the officers that the army had detained.');
  assert.notEqual(XPOS[rel.xpos[rel.form.indexOf('that')]], 'IN');
});

test('"told X that Y would ... only if Z": a promise told on a condition is still the teller\'s demand', () => {
  const got = events(
    'AMMAN, Jordan (AP) - Heavy rain fell. Interior Minister Samir Habashneh told the Maan city council that the army would pull back only if the smugglers who shot two customs officers were handed over.',
  );
  assert.ok(got.some((g) => /^1 JORGOV>\S+ 10\d*$/.test(g)), got.join('; '));
});
