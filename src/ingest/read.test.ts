import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { readInputs, type InputResult, type ReadOptions } from './index.js';

async function collect(paths: string[], opts: ReadOptions = {}, stdin?: NodeJS.ReadableStream): Promise<InputResult[]> {
  const out: InputResult[] = [];
  for await (const r of readInputs(paths, opts, stdin)) out.push(r);
  return out;
}
const docs = (rs: InputResult[]) => rs.flatMap((r) => (r.ok ? [r.doc] : []));
const errors = (rs: InputResult[]) => rs.flatMap((r) => (r.ok ? [] : [r.error]));

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'annals-ingest-'));
}

const ARTICLE = `Envoy presses cabinet on militia

By Jane Doe

BAGHDAD, Dec. 4, 2006 (Reuters) - The American envoy urged the Iraqi cabinet on Monday to disarm the militia.
`;

test('plain text: title, byline, dateline and date from the text; opts.date overrides', async () => {
  const d = tmp();
  try {
    const p = join(d, 'a.txt');
    writeFileSync(p, ARTICLE);
    const [doc] = docs(await collect([p]));
    assert.equal(doc!.id, p);
    assert.equal(doc!.title, 'Envoy presses cabinet on militia');
    assert.equal(doc!.byline, 'Jane Doe');
    assert.equal(doc!.dateline, 'BAGHDAD, Dec. 4, 2006 (Reuters) -');
    assert.equal(doc!.date, '2006-12-04');
    assert.ok(doc!.text.startsWith('The American envoy urged'));
    const [over] = docs(await collect([p], { date: '2007-01-02' }));
    assert.equal(over!.date, '2007-01-02');
  } finally {
    rmSync(d, { recursive: true });
  }
});

test('markdown: heading title, front matter, markup removed', async () => {
  const d = tmp();
  try {
    const p = join(d, 'b.md');
    writeFileSync(p, '---\nsource: Example Wire\n---\n# Talks resume in *Cairo*\n\nPublished 5 December 2006\n\nThe two sides **met** again, [officials](http://x.test) said.\n');
    const [doc] = docs(await collect([p]));
    assert.equal(doc!.title, 'Talks resume in Cairo');
    assert.equal(doc!.source, 'Example Wire');
    assert.equal(doc!.date, '2006-12-05');
    assert.equal(doc!.text, 'The two sides met again, officials said.');
  } finally {
    rmSync(d, { recursive: true });
  }
});

test('HTML: readable text, meta title and date, <time> fallback; empty page is an error', async () => {
  const d = tmp();
  try {
    const para = 'The foreign minister met his counterpart in the capital on Monday and the two discussed the border for several hours, aides said.';
    writeFileSync(join(d, 'a.html'), `<html><head><meta property="og:title" content="Border talks"><meta property="article:published_time" content="2006-12-04T08:00:00Z"><meta property="og:url" content="http://x.test/a"></head><body><nav>Menu Home</nav><article><p>${para}</p><p>${para}</p></article></body></html>`);
    writeFileSync(join(d, 'b.htm'), `<html><head><title>Short</title></head><body><p>Rebels attacked a convoy.</p><time datetime="2006-11-30">Nov 30</time></body></html>`);
    writeFileSync(join(d, 'c.html'), '<html><head><title>Nothing</title></head><body><script>var x = 1;</script></body></html>');
    const rs = await collect([d]);
    const [a, b] = docs(rs);
    assert.equal(a!.title, 'Border talks');
    assert.equal(a!.date, '2006-12-04');
    assert.equal(a!.url, 'http://x.test/a');
    assert.ok(a!.text.includes('The foreign minister met'));
    assert.ok(!a!.text.includes('Menu'));
    assert.equal(b!.date, '2006-11-30');
    assert.ok(b!.text.includes('Rebels attacked a convoy.'));
    const [e] = errors(rs);
    assert.match(e!.message, /c\.html: .*no readable text/);
  } finally {
    rmSync(d, { recursive: true });
  }
});

test('JSONL: records with ids, a broken line fails alone naming file:line', async () => {
  const d = tmp();
  try {
    const p = join(d, 'c.jsonl');
    writeFileSync(p, [
      '{"id":"n1","text":"Iraq protested.","date":"2006-12-04","title":"T","url":"http://x.test/1"}',
      '{"id":"n2","text": broken',
      '',
      '{"text":"No id here.","date":"20061205"}',
      '{"id":"n4","date":"2006-12-05"}',
      '{"id":"n5","text":"Bad date.","date":"sometime"}',
      '{"_id":{"$oid":"abc"},"maintext":"Alias fields.","date_publish":"2006-12-07 10:00:00","headline":"H","authors":["A","B"]}',
    ].join('\n'));
    const rs = await collect([p]);
    const ds = docs(rs);
    assert.deepEqual(ds.map((x) => x.id), ['n1', `${p}#4`, 'abc']);
    assert.deepEqual([ds[2]!.text, ds[2]!.date, ds[2]!.title, ds[2]!.byline], ['Alias fields.', '2006-12-07', 'H', 'A, B']);
    assert.equal(ds[0]!.date, '2006-12-04');
    assert.equal(ds[0]!.url, 'http://x.test/1');
    assert.equal(ds[1]!.date, '2006-12-05');
    assert.equal(ds[1]!.line, 4);
    const es = errors(rs);
    assert.equal(es.length, 3);
    assert.equal(es[0]!.file, p);
    assert.equal(es[0]!.line, 2);
    assert.match(es[0]!.message, /c\.jsonl:2: broken JSON/);
    assert.match(es[1]!.message, /:5: .*no "text"/);
    assert.match(es[2]!.message, /:6: .*unreadable date/);
  } finally {
    rmSync(d, { recursive: true });
  }
});

test('CSV and TSV: header columns, quoted fields, line numbers', async () => {
  const d = tmp();
  try {
    writeFileSync(join(d, 'a.csv'), 'id,date,text,source\nx1,2006-12-04,"Iran said, on Monday, it would talk.",Wire\nx2,,"Second ""quoted"" one.",\n');
    writeFileSync(join(d, 'b.tsv'), 'text\tdate\nTurkey closed the border.\t2006-12-06\n');
    writeFileSync(join(d, 'c.csv'), 'id,text\nc1,"Two\nlines."\nc2,Too,many\nc3,Fine.\n');
    const rs = await collect([d], { date: '2001-01-01' });
    const ds = docs(rs);
    assert.equal(ds.length, 5);
    assert.deepEqual(ds.slice(3).map((x) => [x.id, x.line, x.text]), [['c1', 2, 'Two\nlines.'], ['c3', 5, 'Fine.']]);
    const es = errors(rs);
    assert.equal(es.length, 1);
    assert.match(es[0]!.message, /c\.csv:4: bad CSV record/);
    assert.equal(ds[0]!.text, 'Iran said, on Monday, it would talk.');
    assert.equal(ds[0]!.source, 'Wire');
    assert.equal(ds[1]!.text, 'Second "quoted" one.');
    assert.equal(ds[1]!.date, '2001-01-01'); // opts.date fills a missing record date
    assert.equal(ds[0]!.date, '2006-12-04'); // but does not replace a given one
    assert.equal(ds[2]!.id, `${join(d, 'b.tsv')}#2`);
    assert.equal(ds[2]!.date, '2006-12-06');
  } finally {
    rmSync(d, { recursive: true });
  }
});

test('PETRARCH XML: each Sentence is a doc, Parse ignored, date normalised', async () => {
  const d = tmp();
  try {
    const p = join(d, 's.xml');
    writeFileSync(p, '<!-- e.g. <Sentence id="C"><Text>In a comment.</Text></Sentence> -->\n<Sentences>\n<Sentence date = "20080801" id ="S1" source = "AFP" sentence = "True">\n<Text>\nEgypt hosted talks\n&amp; Israel came.\n</Text>\n<Parse>(ROOT (S (NP Egypt)))</Parse>\n</Sentence>\n<Sentence date="20080802" id="S2"><Text>Syria protested.</Text></Sentence>\n</Sentences>\n');
    const ds = docs(await collect([p]));
    assert.deepEqual(ds.map((x) => [x.id, x.date, x.text, x.line]), [
      ['S1', '2008-08-01', 'Egypt hosted talks & Israel came.', 3],
      ['S2', '2008-08-02', 'Syria protested.', 10],
    ]);
    assert.equal(ds[0]!.source, 'AFP');
  } finally {
    rmSync(d, { recursive: true });
  }
});

// dist/ingest/ -> repo root -> ../shared (read-only data beside the repo)
const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const GIGA = join(SHARED, 'corpora/gigaword-sample/GigaWord.sample.PETR.xml');
test('PETRARCH XML: the GigaWord sample reads completely', { skip: !existsSync(GIGA) && 'shared GigaWord sample not present' }, async () => {
  const rs = await collect([GIGA]);
  assert.equal(errors(rs).length, 0);
  const ds = docs(rs);
  assert.ok(ds.length > 50);
  assert.equal(ds[0]!.id, 'AFP0808020625_4');
  assert.equal(ds[0]!.date, '2008-08-04');
  assert.ok(!ds[0]!.text.includes('\n'));
});

const UNIT = join(SHARED, 'conformance/petrarch2-unit-tests/PETR.UnitTest.records.xml');
test('PETRARCH XML: the PETRARCH2 unit-test records read completely', { skip: !existsSync(UNIT) && 'shared PETRARCH2 unit tests not present' }, async () => {
  const rs = await collect([UNIT]);
  assert.equal(errors(rs).length, 0);
  assert.equal(docs(rs).length, 284);
});

test('gzip by magic bytes, with and without .gz; directories sorted, hidden skipped', async () => {
  const d = tmp();
  try {
    mkdirSync(join(d, 'sub'));
    writeFileSync(join(d, 'b.jsonl.gz'), gzipSync('{"id":"g1","text":"Gzipped one.","date":"2006-12-04"}\n'));
    writeFileSync(join(d, 'sub', 'zz.txt'), gzipSync('Just a sentence about talks.'));
    writeFileSync(join(d, 'a.txt'), 'First file text.');
    writeFileSync(join(d, '.hidden.txt'), 'Never read.');
    const ds = docs(await collect([d]));
    assert.deepEqual(ds.map((x) => x.text), ['First file text.', 'Gzipped one.', 'Just a sentence about talks.']);
    assert.equal(ds[1]!.id, 'g1');
  } finally {
    rmSync(d, { recursive: true });
  }
});

test('bad input: invalid UTF-8 names file and line; oversize names the limit; missing file; others still read', async () => {
  const d = tmp();
  try {
    writeFileSync(join(d, 'bad.txt'), Buffer.concat([Buffer.from('Line one.\nLine two '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]));
    writeFileSync(join(d, 'big.txt'), 'x'.repeat(200));
    writeFileSync(join(d, 'bomb.txt.gz'), gzipSync('y'.repeat(5000)));
    writeFileSync(join(d, 'ok.txt'), 'Fine text.');
    writeFileSync(join(d, 'paper.pdf'), '%PDF-1.4');
    writeFileSync(join(d, 'mixed.jsonl'), Buffer.concat([
      Buffer.from('{"id":"m1","text":"Good."}\n{"id":"m2","text":"Bad '), Buffer.from([0xff]), Buffer.from('"}\n{"id":"m3","text":"Good too."}\n'),
    ]));
    const rs = await collect([d, join(d, 'missing.txt')], { maxBytes: 150 });
    assert.deepEqual(docs(rs).map((x) => x.id), ['m1', 'm3', join(d, 'ok.txt')]);
    const msgs = errors(rs).map((e) => e.message);
    assert.equal(msgs.length, 6);
    assert.match(msgs[0]!, /bad\.txt:2: invalid UTF-8/);
    assert.match(msgs[1]!, /big\.txt: .*200 bytes, over the limit of 150 bytes/);
    assert.match(msgs[2]!, /bomb\.txt\.gz: decompressed input is larger than the limit of 150 bytes/);
    assert.match(msgs[3]!, /mixed\.jsonl:2: invalid UTF-8/);
    assert.match(msgs[4]!, /paper\.pdf: unsupported file type/);
    assert.match(msgs[5]!, /missing\.txt: cannot read/);
    assert.ok(errors(rs).every((e) => e.code === 'E_INPUT'));
  } finally {
    rmSync(d, { recursive: true });
  }
});

test('a bad --date is a usage error', async () => {
  const [e] = errors(await collect(['x'], { date: '2006-02-30' }));
  assert.equal(e!.code, 'E_USAGE');
});

test('stdin "-" is sniffed: JSONL and plain text', async () => {
  const j = docs(await collect(['-'], {}, Readable.from([Buffer.from('{"id":"s1","text":"From stdin."}\n')])));
  assert.equal(j[0]!.id, 's1');
  const t = docs(await collect(['-'], {}, Readable.from([Buffer.from('Plain words on stdin.')])));
  assert.equal(t[0]!.text, 'Plain words on stdin.');
  assert.equal(t[0]!.path, '-');
  const big = errors(await collect(['-'], { maxBytes: 4 }, Readable.from([Buffer.from('too long')])));
  assert.match(big[0]!.message, /^-: input is larger than the limit of 4 bytes/);
});
