/**
 * Verbs and no-event sentences (helper s19-verbs, issue 5, session 19). Invented sentences through the whole article
 * pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleDyads } from '../testkit/article.js';

// Every event, with or without a target (filters on, article-level coreference).
const annals = createAnnals({ coref: true, geo: false, coder: { requireDyad: false } });

/** The article's events as "sentence SOURCE>TARGET CAMEO" strings (sentences counted from 0, after the dateline). */
const events = (raw: string, date = '2012-03-14'): string[] => articleDyads(annals, raw, date);

const LEAD = 'MOSUL, Iraq (AP) - A sandstorm closed the airport on Tuesday. ';

test('burning a building of someone destroys property: "burned the offices of the Kurdistan Democratic Party"', () => {
  const got = events(`${LEAD}Angry protesters burned the offices of the Kurdistan Democratic Party in Dohuk.`);
  // a crowd's destruction is a riot (145), aimed at the building's owner
  assert.ok(got.some((g) => /^1 IRQOPP\S*>IRQKURKDP 14\d*$/.test(g)), got.join('; '));
  // a flag burned is still a demonstration, no attack on property
  const flag = events(`${LEAD}Angry protesters burned the Turkish flag outside the consulate.`);
  assert.ok(!flag.some((g) => /^1 \S+ 1712$/.test(g)), flag.join('; '));
});

test('"set X on fire" is as "set fire to X"; "set a date" is nothing', () => {
  const got = events(`${LEAD}Angry protesters set the headquarters of the Kurdistan Democratic Party on fire.`);
  assert.ok(got.some((g) => /^1 IRQOPP\S*>IRQKURKDP 14\d*$/.test(g)), got.join('; '));
  const date = events(`${LEAD}The Kurdistan Democratic Party set a date for the vote.`);
  assert.ok(!date.some((g) => /^1 \S+ 1[47]\d*$/.test(g)), date.join('; '));
});

test('"drove the militants from the villages" is armed force (190); "drove to Erbil" is no fight', () => {
  const got = events(`${LEAD}Kurdish peshmerga forces drove the Islamic State militants from three villages near Makhmour.`);
  assert.ok(got.some((g) => /^1 IRQ\S*>IMGMUSISI 19\d*$/.test(g)), got.join('; '));
  const trip = events(`${LEAD}Kurdish President Massoud Barzani drove to Erbil from Dohuk on Monday.`);
  assert.ok(!trip.some((g) => / 19\d*$/.test(g)), trip.join('; '));
});

test('forces leaving or withdrawing from a country withdraw from it (0874 aimed at the country)', () => {
  const left = events(`${LEAD}The last Georgian soldiers left Iraq on Friday.`);
  assert.ok(left.some((g) => /^1 GEO\S*>IRQ\S* 087\d*$/.test(g)), left.join('; '));
  const intr = events(`${LEAD}Georgian troops withdrew from Iraq on Friday.`);
  assert.ok(intr.some((g) => /^1 GEO\S*>IRQ\S* 087\d*$/.test(g)), intr.join('; '));
  // "troops from Iraq" after the verb is where they leave, not Iraq's troops
  const trans = events(`${LEAD}Georgia withdrew its troops from Iraq on Friday.`);
  assert.ok(trans.some((g) => /^1 GEO\S*>IRQ 087\d*$/.test(g)), trans.join('; '));
  assert.ok(!trans.some((g) => /^1 GEO\S*>IRQMIL 087\d*$/.test(g)), trans.join('; '));
  // a delegation leaving a city is no withdrawal
  const trip = events(`${LEAD}The Georgian delegation left Baghdad on Friday.`);
  assert.ok(!trip.some((g) => / 087\d*$/.test(g)), trip.join('; '));
});
