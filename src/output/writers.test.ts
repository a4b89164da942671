import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import type { EventRecord } from '../events/types.js';
import { CSV_COLUMNS, PHOENIX_COLUMNS, createWriter } from './index.js';

function rec(over: Partial<EventRecord> = {}): EventRecord {
  return {
    doc_id: 'doc-1',
    sentence: 2,
    date: '2006-12-04',
    source: { code: 'USAGOV', country: 'USA', sector: 'GOV', text: 'the US envoy' },
    target: { code: 'IRQGOVMIL', country: 'IRQ', sector: 'GOVMIL', text: 'Iraqi "army", officers' },
    cameo: '1041',
    plover: { type: 'REQUEST', mode: 'demand' },
    quad_class: 3,
    goldstein: -5,
    negated: false,
    evidence: { text: 'the US envoy demanded\tchanges', start: 10, end: 40 },
    rule: 'verbs.txt:12 DEMAND',
    ...over,
  };
}

async function render(format: string, recs: EventRecord[]): Promise<string> {
  const out = new PassThrough();
  let s = '';
  out.on('data', (c: Buffer) => (s += c.toString()));
  const w = createWriter(format, out, { docInfo: (id) => (id === 'doc-1' ? { url: 'http://x.test/1', source: 'Wire' } : undefined) });
  for (const r of recs) w.write(r);
  await w.end();
  return s;
}

test('jsonl writes exactly the contract fields in contract order', async () => {
  const extra = { ...rec(), extra: 1 } as EventRecord;
  const lines = (await render('jsonl', [extra, rec({ target: null, plover: null })])).trimEnd().split('\n');
  assert.equal(lines.length, 2);
  const o = JSON.parse(lines[0]!);
  assert.deepEqual(Object.keys(o), ['doc_id', 'sentence', 'date', 'source', 'target', 'cameo', 'plover', 'quad_class', 'goldstein', 'negated', 'evidence', 'rule']);
  assert.deepEqual(Object.keys(o.source), ['code', 'country', 'sector', 'text']);
  assert.deepEqual(Object.keys(o.evidence), ['text', 'start', 'end']);
  assert.deepEqual(o, rec());
  const o2 = JSON.parse(lines[1]!);
  assert.equal(o2.target, null);
  assert.equal(o2.plover, null);
});

test('csv has a header and quotes fields with commas, quotes and newlines', async () => {
  const s = await render('csv', [rec()]);
  const [head, row] = s.split('\n');
  assert.equal(head, CSV_COLUMNS.join(','));
  assert.ok(row!.startsWith('doc-1,2,2006-12-04,USAGOV,USA,GOV,the US envoy,IRQGOVMIL,IRQ,GOVMIL,"Iraqi ""army"", officers",1041,REQUEST,demand,3,-5,false,'));
  assert.equal(await render('csv', []), CSV_COLUMNS.join(',') + '\n');
  // Context columns last; empty without context.
  assert.ok(row!.endsWith(',verbs.txt:12 DEMAND,,,,,,,,,,'));
  const ctx = rec({ doc_date: '2006-12-05', modality: 'reported', attributed_to: { code: null, text: 'officials' }, location: { text: 'Basra', country: 'IRQ', lat: 30.50852, lon: 47.7804, precision: 'city', geonames_id: 99532 } });
  const row2 = (await render('csv', [ctx])).split('\n')[1]!;
  assert.ok(row2.endsWith(',verbs.txt:12 DEMAND,2006-12-05,reported,,officials,Basra,IRQ,30.50852,47.7804,city,99532'), row2);
});

test('table aligns fixed-width columns and marks negation', async () => {
  const s = await render('table', [rec(), rec({ negated: true, cameo: '190', doc_id: 'a-very-long-document-identifier' })]);
  const lines = s.trimEnd().split('\n');
  assert.equal(lines.length, 3);
  assert.match(lines[0]!, /^DOC\s+S\s+DATE\s+SOURCE\s+CAMEO\s+TARGET\s+PLOVER\s+GS\s+MODALITY\s+LOCATION\s+EVIDENCE$/);
  const col = lines[0]!.indexOf('CAMEO');
  assert.equal(lines[1]!.slice(col, col + 5), '1041 ');
  assert.equal(lines[2]!.slice(col, col + 4), '!190');
  assert.ok(lines[2]!.startsWith('a-very-long-docum…'));
  assert.ok(!lines[1]!.includes('\t'));
  // Context columns: modality, and the location with its country and coordinates (a long name is cut, they are not).
  const located = rec({ modality: 'reported', location: { text: 'the old quarter of Qaryat Zubrah al-Kubra', country: 'IRQ', lat: 30.50852, lon: 47.7804, precision: 'city' } });
  const t = (await render('table', [located])).split('\n')[1]!;
  assert.equal(t.slice(lines[0]!.indexOf('MODALITY'), lines[0]!.indexOf('LOCATION')), 'reported'.padEnd(13));
  assert.equal(t.slice(lines[0]!.indexOf('LOCATION'), lines[0]!.indexOf('EVIDENCE')), 'the old quarter… IRQ 30.51,47.78 ');
});

test('phoenix writes the documented TSV columns and skips negated events', async () => {
  const s = await render('phoenix', [rec(), rec(), rec({ negated: true })]);
  const lines = s.trimEnd().split('\n');
  assert.equal(lines.length, 2);
  const f = lines[0]!.split('\t');
  assert.equal(f.length, PHOENIX_COLUMNS.length);
  const by = (c: (typeof PHOENIX_COLUMNS)[number]) => f[PHOENIX_COLUMNS.indexOf(c)];
  assert.equal(by('eid'), 'doc-1-2-1');
  assert.equal(lines[1]!.split('\t')[0], 'doc-1-2-2');
  assert.deepEqual([by('date8'), by('year'), by('month'), by('day')], ['20061204', '2006', '12', '04']);
  assert.deepEqual([by('target'), by('tgt_actor'), by('tgt_agent'), by('tgt_other_agent')], ['IRQGOVMIL', 'IRQ', 'GOV', 'MIL']);
  assert.deepEqual([by('code'), by('root_code'), by('quad_class'), by('goldstein')], ['1041', '10', '3', '-5']);
  assert.deepEqual([by('aid'), by('url'), by('news_source')], ['doc-1', 'http://x.test/1', 'Wire']);
  assert.deepEqual([by('lat'), by('lon'), by('placename'), by('statename'), by('countryname')], ['', '', '', '', '']);
  const loc = (await render('phoenix', [rec({ location: { text: 'Basra', country: 'IRQ', lat: 30.50852, lon: 47.7804, precision: 'city' } })])).split('\t');
  const at = (c: (typeof PHOENIX_COLUMNS)[number]) => loc[PHOENIX_COLUMNS.indexOf(c)];
  assert.deepEqual([at('issues'), at('lat'), at('lon'), at('placename'), at('statename'), at('countryname')], ['', '30.50852', '47.7804', 'Basra', '', 'IRQ']);
});

test('unknown format is a usage error', () => {
  assert.throws(() => createWriter('xml', new PassThrough()), /unknown output format "xml"/);
});
