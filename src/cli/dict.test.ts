import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as F from '../dictionaries/native/fixtures/native-fixtures.js';
import { run } from './dict.js';
import { runCaptured } from './capture.js';

const cli = (args: string[]) => runCaptured(run, args);

/** A temporary dictionary directory with the given files. */
function withDir(files: Record<string, string>, fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'annals-dict-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return fn(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

// The fixtures' invented countries get real codes here, so that the country check passes.
const REAL_ACTORS = F.NATIVE_ACTORS.replace(/\bVAL/g, 'DNK').replace(/\bEST\b/g, 'SWE');

const GOOD = {
  'actors/europe.yaml': REAL_ACTORS,
  'actors/agents.yaml': F.NATIVE_AGENTS,
  'verbs/verbs.yaml': F.NATIVE_VERBS,
  'verbs/synsets.yaml': F.NATIVE_SYNSETS,
};

test('lint: a clean native set has no errors (exit 0)', () =>
  withDir(GOOD, async (dir) => {
    const r = await cli(['lint', dir]);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /4 file\(s\): 0 error\(s\)/);
  }));

test('lint: each bad thing in a native set is found with file:line (exit 1)', () =>
  withDir(
    {
      ...GOOD,
      'actors/bad.yaml': [
        'kind: actors', // 1
        'entries:', // 2
        '  - code: XQZGOV', // 3
        '    names: [Zorvan Official]', // 4
        '  - code: SWE', // 5
        '    names: [Valdoria]', // 6   duplicate of europe.yaml with another code
        '  - names: [Orlo Junior]', // 7
        '    codes: [DNKGOV 2001..2005, DNKELI 2004..]', // 8  overlap
        '',
      ].join('\n'),
      'verbs/bad.yaml': [
        'kind: verbs', // 1
        'entries:', // 2
        '  - code: "099"', // 3  not a CAMEO code
        '    verbs: [zap]', // 4
        '    patterns:', // 5
        '      "* &NOSUCH": "042"', // 6  unknown synset
        '      "* the": "043"', // 7  only stop-words
        '      "* (with)": "044"', // 8  preposition without a target
        '      "* apology": "0555"', // 9  not a CAMEO code
        '  - code: null', // 10 no code, no patterns
        '    verbs: [mull]', // 11
        '',
      ].join('\n'),
      'verbs/unused.yaml': 'kind: synsets\nentries:\n  NEVER_USED: [thing]\n',
    },
    async (dir) => {
      const r = await cli(['lint', dir]);
      assert.equal(r.code, 1);
      const a = join(dir, 'actors', 'bad.yaml');
      const v = join(dir, 'verbs', 'bad.yaml');
      const expect = [
        `${a}:3: error [country] "Zorvan Official": unknown country code XQZ in XQZGOV`,
        `${join(dir, 'actors', 'europe.yaml')}:5: error [duplicate] "Valdoria" [DNK] is also at ${a}:6 [SWE]; this later entry wins (the earlier one only on dates this one has no code for)`,
        `${a}:8: error [date] date range of "DNKELI 2004.." overlaps "DNKGOV 2001..2005" (line 8)`,
        `${v}:3: error [cameo] unknown CAMEO event code 099 in block ZAP`,
        `${v}:6: error [pattern] unknown synset &NOSUCH; the pattern can never match`,
        `${v}:7: warning [pattern] pattern "* the" has only stop-words (THE)`,
        `${v}:8: warning [pattern] pattern "* (with)" ends with "with" and no "+": it fires whatever follows; write "(with +)"`,
        `${v}:9: error [cameo] unknown CAMEO event code 0555 in pattern`,
        `${v}:10: warning [pattern] block MULL has no code and no patterns: its verbs never code an event`,
        `${join(dir, 'verbs', 'unused.yaml')}:3: warning [unused] synset &NEVER_USED is used by no pattern`,
      ];
      for (const e of expect) assert.ok(r.out.includes(e), `missing: ${e}\n--- got:\n${r.out}`);
    },
  ));

test('lint: PETRARCH files get the checks that apply', () =>
  withDir(
    {
      'x.actors.txt': 'VALDORIA_ [DNK]\nBREVIK_\n  [DNKGOV 20060101-20101231]\n  [DNKELI 20080101-20121231]\nESTMARK_ [SWE 20011301]\n',
      'x.agents.txt': F.PETRARCH_AGENTS,
      'x.verbs.txt': '--- VISIT [042] ---\nVISIT\n- * (TO +) [04X]\n',
    },
    async (dir) => {
      const r = await cli(['lint', '--json', dir]);
      assert.equal(r.code, 1);
      const j = JSON.parse(r.out) as { findings: { file: string; line: number; check: string; severity: string }[] };
      const got = j.findings.map((f) => `${f.file.slice(dir.length + 1)}:${f.line} ${f.severity} ${f.check}`);
      // Line 5: the malformed date, and the entry left without a code.
      assert.deepEqual(got, ['x.actors.txt:2 error date', 'x.actors.txt:5 error date', 'x.actors.txt:5 warning repair', 'x.verbs.txt:3 error cameo']);
    },
  ));

test('stats: counts, uncovered CAMEO codes, countries without leaders', () =>
  withDir(GOOD, async (dir) => {
    const r = await cli(['stats', '--json', '--no-cache', dir]);
    assert.equal(r.code, 0);
    const s = JSON.parse(r.out);
    assert.equal(s.files, 4);
    assert.equal(s.actorEntries, 5);
    assert.equal(s.actorPhrases, 9);
    assert.equal(s.verbBlocks, 4);
    assert.equal(s.verbLemmas, 6); // visit, travel to, hold, impose, fight, clash with
    assert.equal(s.patterns, 3);
    assert.equal(s.synsets, 1);
    assert.ok(!s.cameoUncovered.includes('042') && !s.cameoUncovered.includes('046'));
    assert.ok(s.cameoUncovered.includes('043'));
    // DNK has DNKGOV entries (Brevik, Orlo); SWE has none.
    assert.deepEqual(s.countriesWithoutLeaders, ['SWE']);
    const text = await cli(['stats', '--no-cache', dir]);
    assert.match(text.out, /verb lemmas +6/);
  }));

test('lookup: dated code chosen, entry file:line, note; verb block and patterns', () =>
  withDir(GOOD, async (dir) => {
    const a = await cli(['lookup', '--no-cache', '--dict', dir, '--date', '2010-06-01', 'Tomas al-Brevik']);
    const file = join(dir, 'actors', 'europe.yaml');
    assert.match(a.out, /^actor: DNKGOV /);
    assert.ok(a.out.includes(`${file}:10 Tomas al-Brevik`), a.out);
    assert.match(a.out, /\* DNKGOV {2}2006-05-20\.\.2014-09-08/);
    assert.match(a.out, / {2}DNKOPP {2}2014-10-01\.\./);
    const m = await cli(['lookup', '--no-cache', '--dict', dir, "People's Freedom Army"]);
    assert.match(m.out, /note: invented militia/);
    const v = await cli(['lookup', '--no-cache', '--dict', dir, 'hold']);
    const vf = join(dir, 'verbs', 'verbs.yaml');
    assert.ok(v.out.includes(`verb: hold -> ---  (${vf}:8 HOLD)`), v.out);
    assert.ok(v.out.includes(`pattern 046  ${vf}:10 - * talks (with +) [046]`), v.out);
    const mw = await cli(['lookup', '--no-cache', '--dict', dir, 'clash with']);
    assert.match(mw.out, /verb: clash with -> 190 /);
    const s = await cli(['lookup', '--no-cache', '--dict', dir, 'trade restrictions']);
    assert.match(s.out, /synsets: &SANCTIONS/);
  }));

test('convert: PETRARCH files become native files that lint clean and code the same', () =>
  withDir(
    {
      'p/x.actors.txt': 'VALDORIA_ [DNK]\nBREVIK_\n  [DNKGOV 20060101-20101231]\n  [DNKELI 20101231]\n',
      'p/x.agents.txt': F.PETRARCH_AGENTS,
      'p/x.verbs.txt': F.PETRARCH_VERBS,
    },
    async (dir) => {
      const out = join(dir, 'kb');
      const r = await cli(['convert', join(dir, 'p'), '--out', out]);
      assert.equal(r.code, 0);
      assert.deepEqual(readdirSync(out).sort(), ['x.actors.yaml', 'x.agents.yaml', 'x.verbs.synsets.yaml', 'x.verbs.yaml']);
      assert.match(readFileSync(join(out, 'x.actors.yaml'), 'utf8'), /- DNKELI 2011-01-01\.\.\n/);
      const lint = await cli(['lint', out]);
      assert.equal(lint.code, 0, lint.out);
      const a = await cli(['lookup', '--no-cache', '--dict', out, '--date', '2010-12-31', 'Brevik']);
      const b = await cli(['lookup', '--no-cache', '--dict', join(dir, 'p'), '--date', '2010-12-31', 'Brevik']);
      assert.match(a.out, /^actor: DNKGOV /);
      assert.equal(a.out.split('\n')[0].split(' ')[1], b.out.split('\n')[0].split(' ')[1]);
    },
  ));
