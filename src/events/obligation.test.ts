import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder } from './testing.js';

const code = eventCoder(createAnnals({ geo: false }), '2011-10-20');
const demand = (got: string[], src: string, tgt: string): boolean => got.some((g) => g.startsWith(`${src} 10`) && g.split(' ')[2]?.startsWith(tgt));

test('a statement that another actor must, should or has to act is a demand on it (10)', () => {
  const must = code('The Kenyan president said the Somali government must close the camps.');
  assert.ok(demand(must, 'KENGOV', 'SOM'), must.join('; '));
  const should = code('The Kenyan president told reporters on Friday that the Ethiopian government should withdraw its troops.');
  assert.ok(demand(should, 'KENGOV', 'ETH'), should.join('; '));
  const hasTo = code('The Kenyan foreign minister said the Ugandan government has to pay compensation.');
  assert.ok(demand(hasTo, 'KENGOV', 'UGA'), hasTo.join('; '));
});

test('no demand without an obligation, or on the speaker\'s own side', () => {
  const would = code('The Kenyan president said the Somali government would close the camps.');
  assert.ok(!demand(would, 'KENGOV', 'SOM'), would.join('; '));
  const own = code('The Kenyan president said Kenyan troops must stay in Somalia until the elections.');
  assert.ok(!demand(own, 'KENGOV', 'KEN'), own.join('; '));
});
