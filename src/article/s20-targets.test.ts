import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleDyads } from '../testkit/article.js';

// As `annals code` and the article scorer run: dyads only, filters on, article-level coreference.
const annals = createAnnals({ coref: true, geo: false, coder: { requireDyad: true } });

/** The article's events as "sentence SOURCE>TARGET CAMEO" strings (sentences counted from 0, after the dateline). */
function dyads(raw: string, date = '2004-06-02'): string[] {
  return articleDyads(annals, raw, date);
}

test('a threat is aimed at whoever must meet its condition, not at the side the threatened act names', () => {
  const got = dyads(
    'BAGHDAD (AP) - Dismissed army officers gathered in the capital on Tuesday. ' +
      'Former army officers said they would take up arms against the Americans unless the Iraqi government paid their salaries.',
  );
  const threats = got.filter((d) => d.startsWith('1 ') && / 13\d*$/.test(d));
  assert.ok(threats.length > 0, got.join(' | '));
  assert.ok(threats.every((d) => /^1 IRQ\w*>IRQGOV 13/.test(d)), got.join(' | '));
});

test('a complaint made to an envoy is aimed at the actor its clause finds fault with', () => {
  const got = dyads(
    'BAGHDAD (AP) - Sunni clerics met the U.N. envoy on Tuesday. ' +
      'The Sunni Endowment complained to the U.N. envoy that the Iraqi government had ignored the detainees.',
  );
  const complaints = got.filter((d) => d.startsWith('1 ') && / 11\d*$/.test(d));
  assert.ok(complaints.length > 0, got.join(' | '));
  assert.ok(complaints.every((d) => d.includes('>IRQGOV ')), got.join(' | '));
});

test('"rejected the plan proposed by the prime minister": the author named with the thing itself is the target', () => {
  const got = dyads(
    'BAGHDAD (AP) - Iraqi Kurdish leaders on Tuesday rejected the plan proposed by the Iraqi prime minister. ' +
      // (A possessor is no author: "Turkey's allies" are judged themselves.)
      "The Iraqi foreign minister criticized Turkey's allies for their silence.",
    '2008-06-02',
  );
  assert.ok(got.some((d) => /^0 IRQ\w*KUR\w*>IRQGOV 12/.test(d)), got.join(' | '));
  assert.ok(!got.some((d) => /^1 IRQGOV>TUR\w* 11/.test(d)), got.join(' | '));
});

test('"the decision by Turkey" is the Turkish government\'s act, as "Turkey\'s decision" is', () => {
  const got = dyads('BAGHDAD (AP) - The Iraqi foreign minister on Tuesday criticized the decision by Turkey to send troops across the border.', '2008-06-02');
  assert.ok(got.some((d) => /^0 IRQGOV>TURGOV 11/.test(d)), got.join(' | '));
  assert.ok(!got.some((d) => /^0 IRQGOV>TUR 11/.test(d)), got.join(' | '));
});

test('a resignation under pressure from protesters is no walkout against the resigner\'s own government', () => {
  const got = dyads(
    'BASRA, Iraq (AP) - Protesters blocked the main road into the city on Tuesday. ' +
      'The provincial governor, who resigned under pressure from the protesters, left for Kuwait.',
    '2011-03-02',
  );
  assert.ok(!got.some((d) => /^1 IRQGOV>IRQGOV 163$/.test(d)), got.join(' | '));
});
