import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeMatches, errorKind, parseExpected, rootMatches } from './score.js';

const ev = (source: string, target: string, cameo: string) => ({
  source: { code: source, country: null, sector: null, text: source },
  target: { code: target, country: null, sector: null, text: target },
  cameo,
});

test('codes match when equal, more specific, or one of the alternatives', () => {
  assert.ok(codeMatches('IRQREB', 'IRQREBSHI'));
  assert.ok(codeMatches('IGOEEC|IGOEUREEC', 'IGOEUREEC'));
  assert.ok(!codeMatches('IRQGOV', 'IRQ'));
  assert.ok(!codeMatches('USAGOV', 'IRQGOV'));
  // An IGO's CAMEO region is optional: the Arab League is IGOMEAARL or IGOARL, NATO IGOWSTNAT or IGONAT.
  assert.ok(codeMatches('IGOARL|IGOUNO', 'IGOMEAARL'));
  assert.ok(codeMatches('IGOMEAARL', 'IGOARL'));
  assert.ok(codeMatches('IGONAT', 'IGOWSTNATGOV'));
  assert.ok(!codeMatches('IGOARL', 'IGOMEAGCC'));
});

test('error kinds say what went wrong in the sentence', () => {
  const x = { source: 'USAGOV', target: 'IRQGOV', cameo: '040' };
  assert.equal(errorKind('missed', [x], []), 'missed: no event emitted in the sentence');
  assert.equal(errorKind('missed', [x], [ev('USAGOV', 'IRQGOV', '010')]), 'missed: right dyad, other root');
  assert.equal(errorKind('missed', [x], [ev('USA', 'IRQ', '042')]), 'missed: right root, other actors');
  assert.equal(errorKind('missed', [x], [ev('USAGOV', 'IRN', '112')]), 'missed: right source only');
  assert.equal(errorKind('wrong', [], [ev('USAGOV', 'IRN', '112')]), 'wrong: no event expected in the sentence');
  assert.equal(errorKind('wrong', [x], [ev('IRN', 'SYR', '112')]), 'wrong: other event');
});

test('CAMEO alternatives in an expected event are each accepted by root', () => {
  assert.ok(rootMatches('161|174', '1741'));
  assert.ok(rootMatches('161|174', '160'));
  assert.ok(!rootMatches('161|174', '111'));
  const x = { source: 'IRQGOV', target: 'SWEGOV', cameo: '161|174' };
  assert.equal(errorKind('missed', [x], [ev('IRQGOV', 'SWEGOV', '111')]), 'missed: right dyad, other root');
  assert.equal(errorKind('missed', [x], [ev('USA', 'IRN', '174')]), 'missed: right root, other actors');
});

test('expected files are checked line by line, naming the file and line', () => {
  const ok = parseExpected('{"quote":"a","source":"X","target":"Y","cameo":"040","core":true}\n\n', 'f.jsonl');
  assert.equal(ok.length, 1);
  assert.throws(() => parseExpected('{"quote":"a","source":"X","target":"Y","cameo":"040","core":true}\n{oops', 'f.jsonl'), /f\.jsonl:2: not valid JSON/);
  assert.throws(() => parseExpected('{"quote":"a","source":"X","target":"Y","cameo":"04x","core":true}', 'g.jsonl'), /g\.jsonl:1: "cameo"/);
  assert.throws(() => parseExpected('{"quote":"a","source":"X","target":"Y","cameo":"040"}', 'h.jsonl'), /h\.jsonl:1: "core"/);
});

test('several --dir folders: one TOTAL over all their articles, each row named by its folder', () => {
  // Two invented one-sentence articles, one per folder; the sum must count both.
  const root = mkdtempSync(join(tmpdir(), 'annals-score-'));
  const write = (set: string, name: string, text: string, expected: object) => {
    mkdirSync(join(root, set), { recursive: true });
    writeFileSync(join(root, set, `${name}.txt`), text);
    writeFileSync(join(root, set, `${name}.expected.jsonl`), `${JSON.stringify(expected)}\n`);
  };
  write('set-a', 'talks', 'NAIROBI, March 3, 2011 (AP) - Kenyan President Mwai Kibaki met Ugandan President Yoweri Museveni in Nairobi on Monday.\n', {
    quote: 'Kenyan President Mwai Kibaki met Ugandan President Yoweri Museveni',
    source: 'KENGOV',
    target: 'UGAGOV',
    cameo: '040',
    core: true,
    note: 'meeting',
  });
  write('set-b', 'border', 'NAIROBI, March 4, 2011 (AP) - Somalia accused Kenya of sending troops across the border on Tuesday.\n', {
    quote: 'Somalia accused Kenya of sending troops across the border',
    source: 'SOMGOV|SOM',
    target: 'KENGOV|KENMIL|KEN',
    cameo: '112',
    core: true,
    note: 'accusation',
  });
  try {
    const score = join(dirname(fileURLToPath(import.meta.url)), 'score.js');
    const out = spawnSync(process.execPath, [score, '--dir', join(root, 'set-a'), '--dir', join(root, 'set-b')], { encoding: 'utf8' });
    assert.equal(out.status, 0, out.stderr);
    const lines = out.stdout.split('\n');
    assert.ok(lines.some((l) => l.startsWith('set-a/talks')));
    assert.ok(lines.some((l) => l.startsWith('set-b/border')));
    const total = lines.find((l) => l.startsWith('TOTAL'));
    assert.ok(total, out.stdout);
    // The article columns: core found out of the two core events of both folders.
    assert.match(total, /\s\d\/2\s+\S+\s+\d+\/\d+\s+\S+\s+\d\/2\s/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
