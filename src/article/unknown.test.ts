import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadAnalyzer } from '../analysis/index.js';
import { createActorMatcher } from '../actors/matcher.js';
import { loadDictionaries } from '../dictionaries/index.js';
import { createArticleActorMatcher } from './coref.js';
import { findUnknownNames } from './unknown.js';

// The real analyzer and annals' own dictionaries; the names are invented.
const analyzer = loadAnalyzer();
const dicts = loadDictionaries([], { cacheDir: false });
const article = createArticleActorMatcher(createActorMatcher(dicts.actors), { countries: dicts.actors.countryCodes });

test('findUnknownNames: names coded only from a title or an apposition are still listed, without the title', () => {
  const doc = analyzer.analyze(
    'Iraqi Vice President Quillon Dresk criticized Iran on Monday. ' +
      'Sheikh Barim al-Tovar, the leader of the Awakening council in Hadid, accused the army of kidnapping his men. ' +
      'Rear Admiral Tomas Vell praised the Iraqi army.',
  );
  const names = findUnknownNames(doc, article, dicts.verbs, 20080214).map((h) => h.name);
  assert.ok(names.includes('Quillon Dresk'), JSON.stringify(names));
  assert.ok(names.includes('Barim al-Tovar'), JSON.stringify(names));
  assert.ok(names.includes('Tomas Vell'), JSON.stringify(names));
  // Known names and titles alone are not listed.
  assert.ok(!names.some((n) => /Vice|President|Sheikh|Admiral|Iran/.test(n)), JSON.stringify(names));
});
