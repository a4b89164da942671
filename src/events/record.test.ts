import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../analysis/doc.js';
import { splitActorCode, toEventRecord } from './record.js';
import type { CodedEvent } from './types.js';

test('splitActorCode separates country/region from sector chunks', () => {
  assert.deepEqual(splitActorCode('USAGOV'), { country: 'USA', sector: 'GOV' });
  assert.deepEqual(splitActorCode('IRQREBSHI'), { country: 'IRQ', sector: 'REBSHI' });
  assert.deepEqual(splitActorCode('IRQ'), { country: 'IRQ', sector: null });
  assert.deepEqual(splitActorCode('IGOUNO'), { country: 'IGO', sector: 'UNO' });
  assert.deepEqual(splitActorCode('MEAREB'), { country: 'MEA', sector: 'REB' });
  assert.deepEqual(splitActorCode('REB'), { country: null, sector: 'REB' });
  // SUN is the Soviet Union in the Phoenix dictionaries (Sunni is written after a country: IRQSUN).
  assert.deepEqual(splitActorCode('SUNMIL'), { country: 'SUN', sector: 'MIL' });
  assert.deepEqual(splitActorCode(''), { country: null, sector: null });
  assert.deepEqual(splitActorCode('---GOV'), { country: null, sector: 'GOV' });
  assert.deepEqual(splitActorCode('KSVGOV'), { country: 'KSV', sector: 'GOV' });
});

test('toEventRecord fills weights, PLOVER, actor texts and evidence offsets', () => {
  const doc = Doc.fromWords([['Hello', '.'], ['The', 'US', 'envoy', 'met', 'Iraqi', 'Prime', 'Minister', 'Maliki', '.']]);
  const ev: CodedEvent = {
    sentence: 1,
    source: { start: 3, end: 5, code: 'USAGOV', rule: 'agents:1', head: 4 },
    target: { start: 6, end: 10, code: 'IRQGOV', rule: 'country:2', head: 9 },
    cameo: '040',
    negated: false,
    verb: 5,
    evidenceStart: 3,
    evidenceEnd: 10,
    rule: 'verbs.txt:12 MEET',
  };
  const rec = toEventRecord(doc, { docId: 'd1', date: '2006-12-04' }, ev);
  assert.deepEqual(Object.keys(rec), [
    'doc_id', 'sentence', 'date', 'source', 'target', 'cameo', 'plover', 'quad_class', 'goldstein', 'negated', 'evidence', 'rule',
  ]);
  assert.equal(rec.source.text, 'US envoy');
  assert.equal(rec.target?.text, 'Iraqi Prime Minister Maliki');
  assert.deepEqual(rec.target && [rec.target.country, rec.target.sector], ['IRQ', 'GOV']);
  assert.equal(rec.evidence.text, 'US envoy met Iraqi Prime Minister Maliki');
  assert.equal(doc.text.slice(rec.evidence.start, rec.evidence.end), rec.evidence.text);
  assert.deepEqual(rec.plover, { type: 'CONSULT', mode: null });
  assert.equal(rec.quad_class, 1);
  assert.equal(rec.goldstein, 1);
  assert.throws(() => toEventRecord(doc, { docId: 'd1', date: null }, { ...ev, cameo: '---' }), /not a CAMEO code/);
  assert.throws(() => toEventRecord(doc, { docId: 'd1', date: null }, { ...ev, evidenceEnd: 99 }), /outside/);
});

test('rules name the dictionary file without its directory', async () => {
  const { shortRule } = await import('./record.js');
  assert.equal(shortRule('/home/x/dicts/CAMEO.2.0.txt:5435 - * (WITH LEADERS)'), 'CAMEO.2.0.txt:5435 - * (WITH LEADERS)');
  assert.equal(shortRule('C:\\d\\annals.verbs.txt:12 --- SAY ---'), 'annals.verbs.txt:12 --- SAY ---');
  assert.equal(shortRule('verbs.yaml:3 * (to +)'), 'verbs.yaml:3 * (to +)');
  assert.equal(shortRule('/a/02.yaml:6 --- URGE --- + requested /a/08.yaml:9 --- FREE ---'), '02.yaml:6 --- URGE --- + requested 08.yaml:9 --- FREE ---');
});
