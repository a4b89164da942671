import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { AnnalsError } from '../errors.js';
import {
  type DictSource,
  DictionaryError,
  chooseCode,
  classifyDictionaryFile,
  compileActorDictionaries,
  loadActorDictionaries,
  trieNode,
} from './actor-dicts.js';
import { parseDictDate, readActors, readAgents, readIssues, regularPlural, type DictProblem } from './actor-readers.js';
import { ACTORS, AGENTS, DISCARDS, ISSUES } from './fixtures/actor-fixtures.js';
import { pieces } from './normalize.js';

const SOURCES: DictSource[] = [
  { name: 'test.actors.txt', kind: 'actors', text: ACTORS },
  { name: 'test.agents.txt', kind: 'agents', text: AGENTS },
  { name: 'test.discards.txt', kind: 'discards', text: DISCARDS },
  { name: 'test.issues.txt', kind: 'issues', text: ISSUES },
];

test('pieces: one normal form for hyphens, dots, apostrophes, possessives and diacritics', () => {
  assert.deepEqual(pieces('al-Maliki'), ['AL', 'MALIKI']);
  assert.deepEqual(pieces('AL_MALIKI'.replace(/_/g, ' ')), ['AL', 'MALIKI']);
  assert.deepEqual(pieces('U.S.'), ['US']);
  assert.deepEqual(pieces("Iraq's"), ['IRAQ']);
  assert.deepEqual(pieces("'s"), []);
  assert.deepEqual(pieces("PEOPLE'S"), ['PEOPLE']);
  assert.deepEqual(pieces("N'Djamena"), ['NDJAMENA']);
  assert.deepEqual(pieces('Wörner'), ['WORNER']);
  assert.deepEqual(pieces(','), []);
});

test('dates: 6-digit years 00-30 are 20yy, 31-99 are 19yy; 8 digits as written; bad dates rejected', () => {
  assert.equal(parseDictDate('300101'), 20300101);
  assert.equal(parseDictDate('310101'), 19310101);
  assert.equal(parseDictDate('060520'), 20060520);
  assert.equal(parseDictDate('19270101'), 19270101);
  assert.equal(parseDictDate('9008223'), null);
  assert.equal(parseDictDate('201313'), null);
});

test('actors reader: synonyms, codes on the base line or below, shared codes of consecutive phrases', () => {
  const problems: DictProblem[] = [];
  const defs = readActors(ACTORS, 'a.txt', problems);
  assert.deepEqual(problems, []);
  const byName = new Map(defs.map((d) => [d.phrases[0].phrase, d]));
  assert.deepEqual(byName.get('VALDORIA_')?.phrases.map((p) => p.phrase), ['VALDORIA_', 'VALDORIAN_', 'THE_VALDORIAN_REPUBLIC']);
  assert.equal(byName.get('VALDORIA_')?.line, 4);
  const brevik = byName.get('TOMAS_AL-BREVIK_');
  assert.deepEqual(brevik?.codes, [
    { code: 'VALELI', from: 19680101, to: 20060519, dated: true },
    { code: 'VALGOV', from: 20060520, to: 20140908, dated: true },
    { code: 'VALELI', from: 0, to: 99999999, dated: false },
  ]);
  // "ANNA_KESTREL_" and "ANNA_K._KESTREL" are one entry with the codes below them.
  const anna = byName.get('ANNA_KESTREL_');
  assert.deepEqual(anna?.phrases.map((p) => [p.phrase, p.line]), [['ANNA_KESTREL_', 20], ['ANNA_K._KESTREL', 21]]);
  assert.deepEqual(anna?.codes.map((c) => [c.code, c.from, c.to]), [['ESTGOV', 20110102, 99999999], ['ESTOPP', 0, 20110100]]);
  assert.deepEqual(byName.get('BORDERLANDS')?.codes.map((c) => c.code), ['VAL', 'EST']);
});

test('chooseCode: dated code containing the date (inclusive), else default; no date: default', () => {
  const problems: DictProblem[] = [];
  const brevik = readActors(ACTORS, 'a.txt', problems).find((d) => d.phrases[0].phrase === 'TOMAS_AL-BREVIK_');
  assert.ok(brevik);
  assert.equal(chooseCode(brevik.codes, 20070101).code, 'VALGOV');
  assert.equal(chooseCode(brevik.codes, 20060520).code, 'VALGOV');
  assert.equal(chooseCode(brevik.codes, 20140908).code, 'VALGOV');
  assert.equal(chooseCode(brevik.codes, 20140909).code, 'VALELI');
  assert.equal(chooseCode(brevik.codes, 19900101).code, 'VALELI');
  assert.equal(chooseCode(brevik.codes).code, 'VALELI');
  assert.match(chooseCode(brevik.codes, 20070101).reason, /20060520-20140908/);
  const only = [{ code: 'ESTGOV', from: 20110102, to: 99999999, dated: true }];
  assert.equal(chooseCode(only, 20000101).code, null);
  assert.equal(chooseCode(only).code, 'ESTGOV');
  assert.equal(chooseCode([{ code: '---', from: 0, to: 99999999, dated: false }]).code, null);
});

test('agents reader: substitution sets, {} and {PLURAL}, regular plurals, prefix agents', () => {
  const problems: DictProblem[] = [];
  const defs = readAgents(AGENTS, 'g.txt', problems);
  assert.deepEqual(problems, []);
  const phrases = new Set(defs.map((d) => d.phrase));
  for (const p of ['POLICEMAN', 'POLICEWOMEN', 'PRIME_MINISTRY', 'FOREIGN_MINISTERS', 'MILITIAS', 'BOXES', 'THIEVES', 'RIGHTS_BODIES']) {
    assert.ok(phrases.has(p), p);
  }
  for (const p of ['POLICES', 'MEDIAS', 'THIEFS', 'POLICEMANS']) assert.ok(!phrases.has(p), p);
  const rb = defs.find((d) => d.phrase === 'RIGHTS_BODY');
  assert.deepEqual([rb?.code, rb?.prefix], ['NGO', true]);
  assert.equal(regularPlural('CHAIRMAN'), 'CHAIRMEN');
  assert.equal(regularPlural('ATTORNEY'), 'ATTORNEYS');
  assert.equal(regularPlural('CHURCH'), 'CHURCHES');
});

test('issues reader: n: noun forms, negatives, glued entries', () => {
  const problems: DictProblem[] = [];
  const defs = readIssues(ISSUES, 'i.txt', problems);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    defs.filter((d) => d.code === 'TEACHERS').map((d) => d.phrase),
    ['teacher', 'teachers'],
  );
  assert.equal(defs.find((d) => d.phrase === 'a head start')?.negative, 1);
  const verbs: DictProblem[] = [];
  const v = readIssues('<ISSUE CATEGORY="X" TYPE="ALL">\nv:kidnap n:child [K]\nsolar+v:power [S]\nv:block m:site [B]\n</ISSUE>\n', 'v.txt', verbs);
  const k = v.filter((d) => d.code === 'K').map((d) => d.phrase);
  for (const p of ['kidnap child', 'kidnaps childs', 'kidnapped child', 'kidnapping childs']) assert.ok(k.includes(p), p);
  assert.ok(v.some((d) => d.code === 'S' && d.phrase === 'solar powered'));
  assert.deepEqual(verbs.map((p) => `${p.line}: ${p.message}`), ['4: unknown word marker "m:" read as a plain word']);
  assert.equal(defs.find((d) => d.phrase === 'driving school')?.negative, 2);
  const glued: DictProblem[] = [];
  const two = readIssues('<ISSUE CATEGORY="X" TYPE="ALL">\nfoo bar [A]baz qux [A]\n</ISSUE>\n', 'g.txt', glued);
  assert.deepEqual(two.map((d) => d.phrase), ['foo bar', 'baz qux']);
  assert.equal(glued.length, 1);
});

test('compile: all fatal problems are reported together with file and line', () => {
  const bad: DictSource[] = [
    { name: 'bad.actors.txt', kind: 'actors', text: '[ORPHAN]\nGOOD [GOO]\n+\nX [A B C]\n' },
    { name: 'bad.agents.txt', kind: 'agents', text: 'COP [COP]\nSPY!NOPE! [~SPY]\n' },
    { name: 'bad.issues.txt', kind: 'issues', text: 'outside [X]\n' },
  ];
  let err: unknown;
  try {
    compileActorDictionaries(bad);
  } catch (e) {
    err = e;
  }
  assert.ok(err instanceof DictionaryError);
  assert.ok(err instanceof AnnalsError);
  assert.equal(err.code, 'E_DICT');
  assert.equal(err.file, 'bad.actors.txt');
  assert.equal(err.line, 1);
  assert.deepEqual(
    err.problems.map((p) => `${p.file}:${p.line}`),
    ['bad.actors.txt:1', 'bad.actors.txt:3', 'bad.actors.txt:4', 'bad.agents.txt:1', 'bad.agents.txt:2', 'bad.issues.txt:1'],
  );
  assert.match(err.message, /bad\.agents\.txt:2: undefined substitution set !NOPE!/);
});

test('compile: repairable problems become warnings, or errors when strict', () => {
  const src: DictSource[] = [
    { name: 'w.actors.txt', kind: 'actors', text: 'AAA_LAND [AAA 9901011-000101] [AAA]\nNOCODE_LAND\n\nBBB_LAND [BBB] note without hash\n' },
    { name: 'w.agents.txt', kind: 'agents', text: 'ENVIRONMENT_BODY [~ENV}\n' },
  ];
  const d = compileActorDictionaries(src);
  assert.deepEqual(
    d.warnings.map((w) => `${w.file}:${w.line}`),
    ['w.actors.txt:1', 'w.actors.txt:2', 'w.actors.txt:4', 'w.agents.txt:1'],
  );
  assert.ok(trieNode(d, ['ENVIRONMENT', 'BODY']) > 0);
  assert.equal(trieNode(d, ['NOCODE', 'LAND']) > 0 && d.nodeActor[trieNode(d, ['NOCODE', 'LAND'])] >= 0, false);
  assert.throws(() => compileActorDictionaries(src, { strict: true }), (e: unknown) => e instanceof DictionaryError && e.problems.length === 4);
});

test('classifyDictionaryFile: by name; verb files are not ours', () => {
  assert.equal(classifyDictionaryFile('x/Phoenix.Countries.actors.txt'), 'actors');
  assert.equal(classifyDictionaryFile('Phoenix.agents.txt'), 'agents');
  assert.equal(classifyDictionaryFile('PETR.Validate.discards.txt'), 'discards');
  assert.equal(classifyDictionaryFile('Phoenix.IssueCoding.txt'), 'issues');
  assert.equal(classifyDictionaryFile('CAMEO.2.0.txt'), null);
  assert.equal(classifyDictionaryFile('PETR.Validate.verbs.txt'), null);
});

test('loadActorDictionaries: walks a directory, caches by content, rebuilds on change', () => {
  const root = mkdtempSync(join(tmpdir(), 'annals-actors-'));
  try {
    const dir = join(root, 'dicts');
    const cache = join(root, 'cache');
    mkdirSync(dir);
    writeFileSync(join(dir, 't.actors.txt'), ACTORS);
    writeFileSync(join(dir, 't.agents.txt'), AGENTS);
    writeFileSync(join(dir, 'CAMEO.test.txt'), 'not an actor file [[[');
    const a = loadActorDictionaries([dir], { cacheDir: cache });
    assert.deepEqual(a.files, ['t.actors.txt', 't.agents.txt']);
    assert.equal(readdirSync(cache).length, 1);
    const b = loadActorDictionaries([dir], { cacheDir: cache });
    assert.deepEqual(b.stats, a.stats);
    assert.ok(b.vocab instanceof Map && b.edgeNode instanceof Int32Array && b.nodeActor instanceof Int32Array);
    // The cache file stores entry tables flat; loading rebuilds exactly the compiled objects.
    assert.deepEqual(b.actorPhrases, a.actorPhrases);
    assert.deepEqual(b.actorDefs, a.actorDefs);
    assert.deepEqual(b.agents, a.agents);
    assert.deepEqual(b.actorShadowed, a.actorShadowed);
    writeFileSync(join(dir, 't.actors.txt'), `${ACTORS}NEWLAND [NEW]\n`);
    const c = loadActorDictionaries([dir], { cacheDir: cache });
    assert.equal(c.stats.actorPhrases, a.stats.actorPhrases + 1);
    assert.equal(readdirSync(cache).length, 2);
    assert.throws(() => loadActorDictionaries([join(dir, 'CAMEO.test.txt')], { cacheDir: false }), AnnalsError);
    assert.throws(() => loadActorDictionaries([join(root, 'missing')], { cacheDir: false }), AnnalsError);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('loadActorDictionaries: the cache keeps only the most recent sets', () => {
  const root = mkdtempSync(join(tmpdir(), 'annals-actors-'));
  try {
    const cache = join(root, 'cache');
    const file = join(root, 'x.actors.txt');
    for (let i = 0; i < 10; i++) {
      writeFileSync(file, `LAND_${i} [L${i}]\n`);
      loadActorDictionaries([file], { cacheDir: cache });
    }
    assert.equal(readdirSync(cache).length, 8);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('compile: fixture set compiles without warnings', () => {
  const d = compileActorDictionaries(SOURCES);
  assert.deepEqual(d.warnings, []);
  assert.ok(d.countryCodes.includes('VAL') && d.countryCodes.includes('USA'));
});
