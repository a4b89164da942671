import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnnals } from './annals.js';

test('a second configuration built with reuse shares the models and codes like a fresh one', () => {
  const first = createAnnals({ coder: { requireDyad: true } });
  const second = createAnnals({ coder: { requireDyad: true }, coref: false, reuse: first });
  const fresh = createAnnals({ coder: { requireDyad: true }, coref: false });
  assert.equal(second.analyzer, first.analyzer);
  assert.equal(second.dictionaries, first.dictionaries);
  const src = { id: 't', path: 't.txt', text: 'Sudanese troops shelled a village in Chad on Monday. The Chadian government condemned the attack and the Sudanese army denied it.', date: '2020-03-04' };
  const a = second.codeDocument(src).events.map((e) => [e.source.code, e.target?.code, e.cameo]);
  const b = fresh.codeDocument(src).events.map((e) => [e.source.code, e.target?.code, e.cameo]);
  assert.ok(b.length > 0);
  assert.deepEqual(a, b);
});
