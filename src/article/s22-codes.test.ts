/**
 * Actor-code families of the issue-5 work (helper s22-codes), on invented sentences: the year of an
 * undated article from a title with lower-case joining words ("Secretary of State Mike Pompeo") and from a
 * past title whose holder is named bare later ("former Prime Minister Nouri al-Maliki" ... "Maliki's bloc").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { createActorMatcher } from '../actors/matcher.js';
import { inferArticleDay } from './era.js';

const annals = createAnnals();
const base = createActorMatcher(annals.dictionaries.actors);
const yearOf = (text: string, dateline = 'BAGHDAD, Oct. 5 (AP)'): number | undefined => {
  const day = inferArticleDay(annals.analyzer.analyze(text), annals.dictionaries.actors, base, dateline);
  return day === undefined ? undefined : Math.floor(day / 10000);
};

test('era: "Secretary of State Mike Pompeo" is a title of his office (its "of" does not make it lower case)', () => {
  // Abadi as prime minister (2014-18), Amiri (minister 2010-14), Kubis (U.N. envoy 2011-21): 2014 and 2018 tie
  // unless Pompeo's title (Secretary of State 2018-21) counts.
  const y = yearOf(
    'Prime Minister Haider al-Abadi toured the flooded villages on Monday. Hadi al-Amiri said his bloc would help.\n\n' +
      'Jan Kubis asked for calm. Secretary of State Mike Pompeo offered American engineers.',
  );
  assert.ok(y !== undefined && y >= 2018 && y <= 2020, String(y));
});

test('era: a holder named bare after his past title ("former Prime Minister Nouri al-Maliki" ... "Maliki") keeps the years after it', () => {
  const y = yearOf(
    'Prime Minister Mustafa al-Kadhimi opened the new bridge on Sunday.\n\n' +
      'Hadi al-Amiri praised the work. An aide to former Prime Minister Nouri al-Maliki said the project was his idea. ' +
      "Maliki's bloc asked for a vote on the budget. Jeanine Hennis-Plasschaert welcomed the opening.",
  );
  assert.ok(y !== undefined && y >= 2020 && y <= 2022, String(y));
});
