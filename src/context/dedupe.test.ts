import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventRecord } from '../events/types.js';
import { createDeduper } from './dedupe.js';
import { createWriter, toJsonLine } from '../output/writers.js';
import { PassThrough } from 'node:stream';

function rec(over: Partial<EventRecord> = {}): EventRecord {
  return {
    doc_id: 'a',
    sentence: 0,
    date: '2006-12-02',
    source: { code: 'IRQ', country: 'IRQ', sector: null, text: 'Iraq' },
    target: { code: 'KWT', country: 'KWT', sector: null, text: 'Kuwait' },
    cameo: '190',
    plover: null,
    quad_class: 4,
    goldstein: -10,
    negated: false,
    evidence: { text: 'Iraq attacked Kuwait', start: 0, end: 20 },
    rule: 'x:1 ATTACK',
    doc_date: '2006-12-04',
    modality: 'asserted',
    attributed_to: null,
    location: null,
    ...over,
  };
}

test('dedupe: the same event twice (two documents) becomes one record listing both mentions', () => {
  const out: EventRecord[] = [];
  const d = createDeduper((r) => out.push(r));
  d.add(rec());
  d.add(rec({ doc_id: 'b', sentence: 3, modality: 'reported', evidence: { text: 'Iraq shelled Kuwait', start: 50, end: 69 } }));
  d.add(rec({ target: { code: 'IRN', country: 'IRN', sector: null, text: 'Iran' } }));
  assert.equal(d.size, 2);
  d.flush();
  assert.equal(d.size, 0);
  assert.equal(out.length, 2);
  assert.deepEqual(out[0].mentions, [
    { doc_id: 'a', sentence: 0, evidence: { text: 'Iraq attacked Kuwait', start: 0, end: 20 } },
    { doc_id: 'b', sentence: 3, evidence: { text: 'Iraq shelled Kuwait', start: 50, end: 69 } },
  ]);
  assert.equal(out[1].mentions!.length, 1);
});

test('dedupe: other day, negation or intention keeps events apart; a report merges into the assertion', () => {
  const out: EventRecord[] = [];
  const d = createDeduper((r) => out.push(r));
  d.add(rec({ modality: 'reported' }));
  d.add(rec({ modality: 'asserted', doc_id: 'b' }));
  d.add(rec({ negated: true, modality: 'negated' }));
  d.add(rec({ modality: 'intended' }));
  d.add(rec({ date: '2006-12-03' }));
  d.flushBefore('2006-12-03');
  assert.equal(out.length, 3);
  assert.equal(out[0].modality, 'asserted');
  assert.equal(out[0].mentions!.length, 2);
  d.flush();
  assert.equal(out.length, 4);
  assert.equal(out[3].date, '2006-12-03');
});

test('jsonl: context fields follow the original fields; absent ones are left out', () => {
  const keys = Object.keys(JSON.parse(toJsonLine(rec({ attributed_to: { code: null, text: 'Officials' }, location: { text: 'Basra', country: 'IRQ' } }))));
  assert.deepEqual(keys, [
    'doc_id', 'sentence', 'date', 'source', 'target', 'cameo', 'plover', 'quad_class', 'goldstein', 'negated', 'evidence', 'rule',
    'doc_date', 'modality', 'attributed_to', 'location',
  ]);
  const { doc_date: _a, modality: _b, attributed_to: _c, location: _d, ...plain } = rec();
  assert.equal(toJsonLine(plain).includes('modality'), false);
  const o = JSON.parse(toJsonLine(rec({ location: { text: 'Basra', country: 'IRQ' } })));
  assert.deepEqual(o.location, { text: 'Basra', country: 'IRQ' });
});

test('phoenix: an event dated only to a month keeps the story date (Phoenix dates are whole days)', async () => {
  const out = new PassThrough();
  let text = '';
  out.on('data', (c: Buffer) => (text += c.toString()));
  const w = createWriter('phoenix', out);
  w.write(rec({ date: '2004-04', doc_date: '2006-12-04' }));
  w.write(rec({ date: '2006-12-02', doc_date: '2006-12-04' }));
  await w.end();
  const rows = text.trimEnd().split('\n').map((l) => l.split('\t'));
  assert.deepEqual(rows[0].slice(1, 5), ['20061204', '2006', '12', '04']);
  assert.deepEqual(rows[1].slice(1, 5), ['20061202', '2006', '12', '02']);
});
