/**
 * Parse repair 10 extended (issue 5, session 19): "In PLACE, TITLE NAME VERBED ...": the parser hangs the titled name
 * on the fronted place as an apposition and the verb loses its subject. Invented sentences through the whole article
 * pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleDyads } from '../testkit/article.js';

const annals = createAnnals({ coref: true, geo: false, coder: { requireDyad: false } });
const events = (raw: string, date = '2009-05-06'): string[] => articleDyads(annals, raw, date);
const LEAD = 'BAGHDAD (AP) - Heavy rain flooded several roads on Wednesday. ';

test('"In Cairo, Arab League Secretary-General NAME called on X to ...": the titled name is the subject', () => {
  const got = events(`${LEAD}In Cairo, Arab League Secretary-General Amr Moussa called on the Turkish government to halt its shelling.`);
  assert.ok(got.some((g) => /^1 IGOMEAARL>TURGOV \d+$/.test(g)), got.join('; '));
});

test('"In Baghdad, Prime Minister NAME rejected the Syrian demand": the subject after the place phrase', () => {
  const got = events(`${LEAD}In Baghdad, Prime Minister Nouri al-Maliki rejected a demand by the Syrian government.`);
  assert.ok(got.some((g) => /^1 IRQGOV>SYRGOV 12\d*$/.test(g)), got.join('; '));
});

test('a fronted place with its own apposition keeps the real subject', () => {
  // "Najaf, the holy city," is the place's own apposition; the subject after it is still the government
  const got = events(`${LEAD}In Najaf, the holy city, the Iranian government condemned the bombing of the shrine by Sunni insurgents.`);
  assert.ok(!got.some((g) => /^1 IRQ\S*>/.test(g) && !/^1 IRQREB/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^1 IRNGOV>/.test(g)), got.join('; '));
});
