import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rememberOrgNames, type OrgName } from './org-tails.js';

const org = (name: string, code: string): OrgName => ({ words: name.toLowerCase().split(' '), code, rule: `test ${name}` });

test('an organisation named again is remembered once, as the most recent; at most `cap` names are kept', () => {
  const seen: OrgName[] = [];
  // One organisation in each of 10,000 sentences: one entry, not 10,000 (recodeOrgTails scans them per mention).
  for (let s = 0; s < 10_000; s++) rememberOrgNames(seen, [org('Kenya African National Union', 'KENPTY')], 100);
  assert.equal(seen.length, 1);
  rememberOrgNames(seen, [org('Orange Democratic Movement', 'KENPTYOPP')], 100);
  rememberOrgNames(seen, [org('Kenya African National Union', 'KENPTY')], 100);
  assert.deepEqual(seen.map((o) => o.code), ['KENPTYOPP', 'KENPTY']);
  // Distinct names beyond the cap push out the oldest.
  for (let k = 0; k < 150; k++) rememberOrgNames(seen, [org(`Party Number ${k} Of Kenya`, 'KENPTY')], 100);
  assert.equal(seen.length, 100);
  assert.deepEqual(seen[99].words, ['party', 'number', '149', 'of', 'kenya']);
});
