import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { compileActorDictionaries } from '../../dictionaries/actor-dicts.js';
import { lookupActor } from '../../actors/lookup.js';
import {
  checkPeople,
  defaultActorsDir,
  govYears,
  nameKey,
  parseDatedCode,
  peopleFiles,
  readPeopleFile,
  validatePeople,
  type PeopleProblem,
  type PersonEntry,
} from './validate.js';
import { COVERAGE_GAPS, FIRST_YEAR, LAST_YEAR, PEOPLE_COUNTRIES } from './countries.js';
import { toPetrarchActors } from './petrarch.js';
import { readNative, type NativeProblem } from '../../dictionaries/native/read.js';
import { compileCollect } from '../../dictionaries/native/compile.js';

const dir = defaultActorsDir();
const { entries, problems } = validatePeople(dir);
const errors = (ps: readonly PeopleProblem[]): string[] =>
  ps.filter((p) => p.level === 'error').map((p) => `${basename(p.file)}:${p.line}: ${p.message}`);

/** Read a tiny invented file; returns its entries and every problem. */
function fixture(yaml: string): { es: PersonEntry[]; ps: PeopleProblem[] } {
  const ps: PeopleProblem[] = [];
  const es = readPeopleFile(yaml, 'fixture.yaml', ps);
  return { es, ps };
}

test('people files exist, one per region plus ministers, IGOs and non-state leaders', () => {
  const names = peopleFiles(dir).map((f) => basename(f));
  for (const f of ['americas', 'europe', 'mena', 'africa', 'asia', 'oceania', 'p5-ministers', 'igo', 'nonstate'])
    assert.ok(names.includes(`people-${f}.yaml`), `people-${f}.yaml missing`);
  assert.ok(entries.length > 1000, `only ${entries.length} people`);
});

test('people files parse, follow the schema, have sane non-overlapping dates and unique names', () => {
  assert.deepEqual(errors(problems), []);
});

test('every listed country has a head of state or government for every year 1990-2026 (gaps listed with reasons)', () => {
  const years = govYears(entries);
  const missing: string[] = [];
  for (const [cty, info] of PEOPLE_COUNTRIES) {
    const gap = COVERAGE_GAPS.get(cty);
    for (let y = Math.max(FIRST_YEAR, info.from ?? FIRST_YEAR); y <= LAST_YEAR; y++)
      if (!years.get(cty)?.has(y) && !gap?.years.includes(y)) missing.push(`${cty} ${y}`);
  }
  assert.deepEqual(missing, []);
  for (const [cty, gap] of COVERAGE_GAPS) {
    assert.ok(PEOPLE_COUNTRIES.has(cty), `gap for unlisted ${cty}`);
    assert.ok(gap.reason.length > 20, `gap for ${cty} needs a reason`);
  }
  assert.ok(PEOPLE_COUNTRIES.size >= 120);
});

test('no name belongs to two entries with overlapping GOV codes of different countries', () => {
  const byName = new Map<string, PersonEntry[]>();
  for (const e of entries)
    for (const n of new Set(e.names.map(nameKey))) byName.set(n, [...(byName.get(n) ?? []), e]);
  const clashes: string[] = [];
  for (const [n, es] of byName) {
    if (es.length < 2) continue;
    const govs = es.flatMap((e) => e.codes.filter((c) => c.dated && /^[A-Z]{3}GOV/.test(c.code)));
    for (const a of govs)
      for (const b of govs)
        if (a.code.slice(0, 3) < b.code.slice(0, 3) && a.from <= b.to && b.from <= a.to) clashes.push(`${n}: ${a.text} / ${b.text}`);
  }
  assert.deepEqual(clashes, []);
});

test('dated codes: partial dates cover their month or year, open ends, bad ranges rejected', () => {
  assert.deepEqual(parseDatedCode('IRQGOV 2006-05-20..2014-09-08'), { code: 'IRQGOV', from: 20060520, to: 20140908, dated: true });
  assert.deepEqual(parseDatedCode('IRQGOV 2016-10..2018'), { code: 'IRQGOV', from: 20161001, to: 20181231, dated: true });
  assert.deepEqual(parseDatedCode('IRQGOV 2024-02..'), { code: 'IRQGOV', from: 20240201, to: 99999999, dated: true });
  assert.deepEqual(parseDatedCode('IRQGOV ..2003-04-09'), { code: 'IRQGOV', from: 0, to: 20030409, dated: true });
  assert.equal(typeof parseDatedCode('IRQGOV 2014..2006'), 'string');
  assert.equal(typeof parseDatedCode('IRQGOV 2023-02-30..'), 'string');
  assert.equal(typeof parseDatedCode('IRQGOV ..'), 'string');
});

test('the validator catches overlaps, out-of-range dates, unknown countries, unknown keys and shared names', () => {
  const { ps: overlap } = fixture(`kind: actors
entries:
  - names: [Invented Person]
    codes: [XYZGOV 2001..2005, IRQGOV 2004-06..2008, IRQELI]
`);
  const msgs = errors(overlap).join('\n');
  assert.match(msgs, /overlaps/);
  assert.match(msgs, /XYZGOV.*CAMEO country/);
  const { ps: range } = fixture(`kind: actors
entries:
  - names: [Invented Person]
    codes: [IRQGOV 2001..2031]
    role: minister
`);
  assert.match(errors(range).join('\n'), /within 1940\.\.2026/);
  assert.match(errors(range).join('\n'), /unknown key "role"/);
  const { es } = fixture(`kind: actors
entries:
  - names: [Ann Example, Example]
    codes: [IRQGOV 2001..2005]
  - names: [Bob Example, Example]
    codes: [SYRGOV 2003..2007]
`);
  assert.match(errors(checkPeople(es)).join('\n'), /"Example".*overlapping GOV codes of different countries/);
});

test('coverage check reports a missing year', () => {
  const { es } = fixture(`kind: actors
entries:
  - names: [Nouri al-Maliki]
    codes: [IRQGOV 2006-05-20..2014-09-08]
`);
  const msgs = errors(checkPeople(es)).join('\n');
  assert.match(msgs, /IRQ \(Iraq\): no head of state or government for 1990 .*2005 2015 .*2026/);
  assert.doesNotMatch(msgs, /IRQ.* 2010 /);
});

test('people resolve by date through the production actor compiler', () => {
  const d = compileActorDictionaries([{ name: 'people.actors.txt', kind: 'actors', text: toPetrarchActors(entries) }]);
  assert.deepEqual(d.warnings, []);
  const code = (phrase: string, date: number): string | null => lookupActor(d, phrase, date).code;
  assert.equal(code('Nouri al-Maliki', 20070101), 'IRQGOV');
  assert.equal(code('Nuri al-Maliki', 20070101), 'IRQGOV');
  assert.equal(code('al-Maliki', 20120615), 'IRQGOV');
  // Between the premiership and the vice-presidency's restoration: a former leader.
  assert.equal(code('Nouri al-Maliki', 20160101), 'IRQELI');
  assert.equal(code('Maliki', 20210101), 'IRQELI');
  assert.equal(code('Bush', 19950101), 'USAELI');
  assert.equal(code('Bush', 20030320), 'USAGOV');
  assert.equal(code('Vladimir Putin', 19980101), 'RUSELI');
  assert.equal(code('Vladimir Putin', 20050101), 'RUSGOV');
  assert.equal(code('Hibatullah Akhundzada', 20180101), 'AFGREBTAL');
  assert.equal(code('Hibatullah Akhundzada', 20220101), 'AFGGOVTAL');
  assert.equal(code('Mullah Omar', 19980101), 'AFGGOVTAL');
  assert.equal(code('Ahmed al-Sharaa', 20200101), 'SYRREBHTS');
  assert.equal(code('Ahmed al-Sharaa', 20250301), 'SYRGOV');
  assert.equal(code('Kofi Annan', 19990101), 'IGOUNO');
  assert.equal(code('Muqtada al-Sadr', 20040801), 'IRQREBSHI');
  assert.equal(code('Muqtada al-Sadr', 20180601), 'IRQPTYSDR');
  assert.equal(code('Donald Trump', 20230101), 'USAELI');
  assert.equal(code('Donald Trump', 20250301), 'USAGOV');
});

test('no person name is also a name in the other actor files (countries, IGOs, groups...)', () => {
  const mine = new Map<string, string>();
  for (const e of entries) for (const n of e.names) mine.set(nameKey(n), e.names[0]);
  const clashes: string[] = [];
  const others = readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.startsWith('people-'));
  assert.ok(others.includes('countries.yaml'));
  for (const f of others) {
    const doc = parse(readFileSync(join(dir, f), 'utf8')) as { kind?: string; entries?: { names?: unknown[] }[] };
    if (doc.kind !== 'actors') continue;
    for (const e of doc.entries ?? [])
      for (const n of e.names ?? []) {
        const who = mine.get(nameKey(String(n)));
        if (who) clashes.push(`${f}: "${String(n)}" is also a name of ${who}`);
      }
  }
  assert.deepEqual(clashes, []);
});

test('people files compile with the native YAML reader and resolve by date', () => {
  const nps: NativeProblem[] = [];
  const files = peopleFiles(dir).map((f) => readNative(readFileSync(f, 'utf8'), f, nps));
  assert.deepEqual(nps, []);
  const r = compileCollect({ actorSide: [], verbs: [], native: files.filter((f) => f !== null) });
  assert.deepEqual(r.problems, []);
  assert.ok(r.actors);
  const d = r.actors;
  assert.deepEqual(d.warnings, []);
  const code = (phrase: string, date: number): string | null => lookupActor(d, phrase, date).code;
  assert.equal(code('Nouri al-Maliki', 20070101), 'IRQGOV');
  assert.equal(code('Nouri al-Maliki', 20160101), 'IRQELI');
  assert.equal(code('Nouri al-Maliki', 20170101), 'IRQGOV'); // vice president again
  assert.equal(code('Haider al-Abadi', 20160101), 'IRQGOV');
  assert.equal(code('Clinton', 20100101), 'USAGOV');
  assert.equal(code('Clinton', 20050101), 'USAELI');
  assert.equal(code('Ismail Haniyeh', 20060601), 'PSEGOV');
  assert.equal(code('Ismail Haniyeh', 20200101), 'PSEREBHAM');
});
