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
