import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder } from '../events/testing.js';

const annals = createAnnals({ geo: false });

const code = eventCoder(annals, '2009-06-10');

test('coordinated states as subjects each act through their government (Lima and Quito agreed ... = PERGOV, ECUGOV)', () => {
  const pair = code('Lima and Quito agreed to exchange information on the smugglers.');
  assert.ok(pair.some((g) => g.startsWith('PERGOV 03') && g.endsWith(' ECUGOV')), pair.join('; '));
  assert.ok(pair.some((g) => g.startsWith('ECUGOV 03') && g.endsWith(' PERGOV')), pair.join('; '));
  assert.ok(!pair.some((g) => /^(PER|ECU) /.test(g) || / (PER|ECU)$/.test(g)), pair.join('; '));
});

test('a state that says "it" will act is its government acting (Bolivia said it would ... = BOLGOV)', () => {
  const it = code('Bolivia said it would take the border dispute to the international court.');
  assert.ok(it.length > 0 && it.every((g) => g.startsWith('BOLGOV ')), it.join('; '));
  // Another subject of the reported clause is not the state's own act.
  const other = code('Bolivia said the rebels would attack the Peruvian army.');
  assert.ok(!other.some((g) => g.startsWith('BOLGOV ')), other.join('; '));
});

test('"the Peruvians" dealt with by another government are their government; protested against, they stay the people', () => {
  const met = code('The Chilean foreign minister met the Peruvians on Monday to discuss the maritime border.');
  assert.ok(met.some((g) => g.startsWith('CHLGOV 04') && g.endsWith(' PERGOV')), met.join('; '));
  const asked = code('The Peruvians asked the Chilean government to reopen the border crossing.');
  assert.ok(asked.some((g) => g.startsWith('PERGOV 02') && g.endsWith(' CHLGOV')), asked.join('; '));
  // Not a diplomatic act, or no government on the other side: the people the dictionaries give.
  const protest = code('Chilean students protested against the Peruvians on Monday.');
  assert.ok(!protest.some((g) => g.endsWith(' PERGOV')), protest.join('; '));
});
