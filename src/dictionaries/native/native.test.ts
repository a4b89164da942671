import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Doc } from '../../analysis/doc.js';
import { createActorMatcher } from '../../actors/matcher.js';
import { createCoder } from '../../events/coder.js';
import { makeDoc, type HandSentence } from '../../events/testing.js';
import { AnnalsError } from '../../errors.js';
import { compileActorDictionaries } from '../actor-dicts.js';
import { loadDictionaries, resolveDictionaryFiles } from '../index.js';
import { compileVerbDictionary } from '../verbs.js';
import { compileAll } from './compile.js';
import { formatRange, parseBound, parseDatedCode } from './dates.js';
import * as F from './fixtures/native-fixtures.js';
import { readNative, type NativeProblem } from './read.js';
import { disjointRules, petrarchToNative, realDay } from './convert.js';
import { classifyDictionaryFile } from '../actor-dicts.js';

function read(text: string, file = 't.yaml') {
  const problems: NativeProblem[] = [];
  const f = readNative(text, file, problems);
  return { f, problems };
}

test('dates: full, partial and open bounds', () => {
  assert.equal(parseBound('2006', false), 20060101);
  assert.equal(parseBound('2006', true), 20061231);
  assert.equal(parseBound('2008-02', true), 20080229);
  assert.equal(parseBound('2007-02', true), 20070228);
  assert.equal(parseBound('2006-05-20', false), 20060520);
  assert.match(String(parseBound('2006-02-30', false)), /no day 30/);
  assert.match(String(parseBound('2006-13', false)), /month 13/);
  assert.match(String(parseBound('06-05-20', false)), /malformed date/);
  assert.deepEqual(parseDatedCode('IRQGOV 2006-05-20..2014-09-08'), { code: 'IRQGOV', from: 20060520, to: 20140908, dated: true });
  assert.deepEqual(parseDatedCode('IRQGOV ..2003-03'), { code: 'IRQGOV', from: 0, to: 20030331, dated: true });
  assert.deepEqual(parseDatedCode('IRQGOV 2014..'), { code: 'IRQGOV', from: 20140101, to: 99999999, dated: true });
  assert.deepEqual(parseDatedCode('IRQ'), { code: 'IRQ', from: 0, to: 99999999, dated: false });
  assert.match(String(parseDatedCode('IRQGOV 2014..2010')), /ends before it starts/);
  assert.match(String(parseDatedCode('IRQGOV 2014')), /malformed dated code/);
  assert.match(String(parseDatedCode('irqgov')), /bad actor code/);
  assert.equal(formatRange(parseDatedCode('X 2006-05-20..') as never), '2006-05-20..');
});

test('reads each kind with lines', () => {
  const a = read(F.NATIVE_ACTORS);
  assert.deepEqual(a.problems, []);
  assert.equal(a.f?.actors.length, 5);
  const brevik = a.f!.actors[2];
  assert.deepEqual(brevik.names.map((n) => [n.text, n.line]), [['Tomas al-Brevik', 10], ['Brevik', 10]]);
  assert.deepEqual(brevik.codes.map((c) => [c.code, c.from, c.to, c.line]), [
    ['VALELI', 0, 20060519, 12],
    ['VALGOV', 20060520, 20140908, 13],
    ['VALOPP', 20141001, 99999999, 14],
  ]);
  assert.equal(a.f!.actors[4].note, 'invented militia');
  assert.deepEqual(a.f!.actors[1].names.map((n) => n.line), [8, 9]);
  const g = read(F.NATIVE_AGENTS);
  assert.deepEqual(g.problems, []);
  assert.deepEqual(g.f!.agents.map((x) => [x.code, x.words.length, x.line]), [['GOV', 3, 3], ['COP', 2, 5]]);
  const v = read(F.NATIVE_VERBS);
  assert.deepEqual(v.problems, []);
  assert.deepEqual(v.f!.verbs.map((x) => x.code), ['042', null, '163', '190']);
  assert.deepEqual(v.f!.verbs[0].patterns, [{ pattern: '* (to +)', code: '042', line: 6 }]);
  const s = read(F.NATIVE_SYNSETS);
  assert.deepEqual(s.f!.synsets.map((x) => [x.name, x.members.length, x.line]), [['SANCTIONS', 3, 3]]);
  const d = read('kind: discards\nentries:\n  - football match\n  - phrase: box office\n    level: story\n');
  assert.deepEqual(d.f!.discards, [
    { phrase: 'football match', level: 'sentence', line: 3 },
    { phrase: 'box office', level: 'story', line: 4 },
  ]);
});

test('codes stay strings: 042 is not the number 42', () => {
  const v = read('kind: verbs\nentries:\n  - code: 042\n    verbs: [visit]\n');
  assert.deepEqual(v.problems, []);
  assert.equal(v.f!.verbs[0].code, '042');
});

test('every schema problem is reported, each with its line', () => {
  const text = [
    'kind: actors', //  1
    'entries:', //      2
    '  - code: VAL', // 3
    '    nmes: [Valdoria]', // 4
    '  - names: [Estmark]', // 5
    '    codes:', // 6
    '      - EST 2001-01-01..2005', // 7
    '      - ESTGOV 2004..2006', // 8
    '      - ESTX 2009-02-30..', // 9
    '  - names: [Brevik]', // 10
    '    code: valgov', // 11
    '  - names: [Orlo]', // 12
    '', // 13
  ].join('\n');
  const { problems } = read(text, 'bad.yaml');
  const got = problems.map((p) => `${p.file}:${p.line}`);
  assert.deepEqual(got, ['bad.yaml:4', 'bad.yaml:3', 'bad.yaml:9', 'bad.yaml:8', 'bad.yaml:11', 'bad.yaml:12']);
  assert.match(problems[0].message, /unknown key "nmes"/);
  assert.match(problems[2].message, /no day 30/);
  assert.match(problems[3].message, /overlaps "EST 2001-01-01..2005" \(line 7\)/);
  assert.match(problems[5].message, /without "code" or "codes"/);
});

test('YAML syntax errors and bad verbs name their line', () => {
  const y = read('kind: verbs\nentries:\n  - code: "042"\n    verbs: [visit\n');
  assert.ok(y.problems.length > 0);
  assert.match(y.problems[0].message, /^YAML:/);
  const v = read(
    'kind: verbs\nentries:\n  - code: "04x2"\n    verbs: [visit]\n  - code: "010"\n    verbs: ["say {said", "a +b +c"]\n    patterns:\n      "talks": "010"\n',
  );
  assert.deepEqual(
    v.problems.map((p) => p.line),
    [3, 6, 6, 8],
  );
  const k = read('kind: actor\nentries: []\n');
  assert.match(k.problems[0].message, /unknown kind "actor"/);
});

test('compile errors of generated text point back at the YAML line', () => {
  const { f } = read('kind: verbs\nentries:\n  - code: "042"\n    verbs: [visit]\n    patterns:\n      "* (to +": "042"\n');
  assert.ok(f);
  assert.throws(
    () => compileAll({ actorSide: [], verbs: [], native: [f!] }),
    (e: unknown) => e instanceof AnnalsError && e.code === 'E_DICT' && e.file === 't.yaml' && e.line === 6 && /unbalanced/.test(e.message),
  );
});

// Hand-parsed sentences (invented): the same codes must come out of both formats.
const SENTS: { s: HandSentence; date?: number }[] = [
  {
    s: {
      words: ['The', 'Valdorian', 'government', 'visited', 'Estmark', '.'],
      upos: ['DET', 'ADJ', 'NOUN', 'VERB', 'PROPN', 'PUNCT'],
      heads: [3, 3, 4, 0, 4, 4],
      deps: ['det', 'amod', 'nsubj', 'root', 'obj', 'punct'],
    },
  },
  ...[20000101, 20100101, 20150101].map((date) => ({
    date,
    s: {
      words: ['Brevik', 'traveled', 'to', 'Estmark', '.'],
      upos: ['PROPN', 'VERB', 'ADP', 'PROPN', 'PUNCT'],
      lemmas: ['Brevik', 'travel', 'to', 'Estmark', '.'],
      heads: [2, 0, 4, 2, 2],
      deps: ['nsubj', 'root', 'case', 'obl', 'punct'],
    },
  })),
  {
    s: {
      words: ['Valdoria', 'imposed', 'trade', 'restrictions', 'on', 'Estmark'],
      upos: ['PROPN', 'VERB', 'NOUN', 'NOUN', 'ADP', 'PROPN'],
      heads: [2, 0, 4, 2, 6, 2],
      deps: ['nsubj', 'root', 'compound', 'obj', 'case', 'obl'],
    },
  },
  {
    s: {
      words: ['Estmark', 'held', 'talks', 'with', 'the', 'Valdorian', 'police'],
      upos: ['PROPN', 'VERB', 'NOUN', 'ADP', 'DET', 'ADJ', 'NOUN'],
      lemmas: ['Estmark', 'hold', 'talk', 'with', 'the', 'Valdorian', 'police'],
      heads: [2, 0, 2, 7, 7, 7, 2],
      deps: ['nsubj', 'root', 'obj', 'case', 'det', 'amod', 'obl'],
    },
  },
  {
    date: 19500101,
    s: {
      words: ['Old', 'King', 'Orlo', 'fought', 'Estmark'],
      upos: ['ADJ', 'PROPN', 'PROPN', 'VERB', 'PROPN'],
      lemmas: ['old', 'King', 'Orlo', 'fight', 'Estmark'],
      heads: [3, 3, 4, 0, 4],
      deps: ['amod', 'compound', 'nsubj', 'root', 'obj'],
    },
  },
];

test('a native set and its PETRARCH equivalent code the same events', () => {
  const natives = [
    ['a.yaml', F.NATIVE_ACTORS],
    ['g.yaml', F.NATIVE_AGENTS],
    ['v.yaml', F.NATIVE_VERBS],
    ['s.yaml', F.NATIVE_SYNSETS],
  ].map(([file, text]) => read(text, file).f!);
  const nat = compileAll({ actorSide: [], verbs: [], native: natives });
  const pet = {
    actors: compileActorDictionaries([
      { name: 'x.actors.txt', kind: 'actors', text: F.PETRARCH_ACTORS },
      { name: 'x.agents.txt', kind: 'agents', text: F.PETRARCH_AGENTS },
    ]),
    verbs: compileVerbDictionary([{ file: 'x.verbs.txt', text: F.PETRARCH_VERBS }]),
  };
  const run = (d: typeof pet) => {
    const coder = createCoder({ verbs: d.verbs, actors: createActorMatcher(d.actors) });
    return SENTS.map(({ s, date }) =>
      coder
        .code(makeDoc(s), date)
        .map((e) => `${e.source.code} ${e.target?.code ?? '-'} ${e.cameo}`)
        .join('; '),
    );
  };
  const got = run(nat);
  assert.deepEqual(got, run(pet));
  assert.deepEqual(got, [
    'VALGOV EST 042',
    'VALELI EST 042',
    'VALGOV EST 042',
    'VALOPP EST 042',
    'VAL EST 163',
    'EST VALCOP 046',
    'VALGOV EST 190',
  ]);
  // Mentions from plain word Docs agree too, and the native rules name the YAML lines.
  const doc = Doc.fromWords([['People', "'s", 'Freedom', 'Army', 'and', 'Estmarki', 'ministers']]);
  const m = (d: typeof pet) => createActorMatcher(d.actors).matchAll(doc, 0).map((x) => x.code);
  assert.deepEqual(m(nat), m(pet));
  assert.deepEqual(m(nat), ['VALREB', 'ESTGOV']);
  assert.match(createActorMatcher(nat.actors).matchAll(doc, 0)[0].rule, /^a\.yaml:18 People's Freedom Army/);
  assert.ok(nat.verbs.blocks[0].patterns[0].rule.startsWith('v.yaml:6 '));
  assert.ok(nat.verbs.verbs.get('VISIT')![0].rule.startsWith('v.yaml:4 '));
});

test('loadDictionaries walks directories recursively and mixes formats', () => {
  const dir = mkdtempSync(join(tmpdir(), 'annals-native-'));
  try {
    mkdirSync(join(dir, 'kb', 'actors'), { recursive: true });
    mkdirSync(join(dir, 'kb', 'verbs'), { recursive: true });
    mkdirSync(join(dir, 'petrarch'));
    writeFileSync(join(dir, 'kb', 'actors', 'europe.yaml'), F.NATIVE_ACTORS);
    writeFileSync(join(dir, 'kb', 'verbs', 'all.yml'), F.NATIVE_VERBS);
    writeFileSync(join(dir, 'kb', 'verbs', 'synsets.yaml'), F.NATIVE_SYNSETS);
    writeFileSync(join(dir, 'kb', 'README.md'), 'not a dictionary\n');
    writeFileSync(join(dir, 'petrarch', 'x.agents.txt'), F.PETRARCH_AGENTS);
    const found = resolveDictionaryFiles([join(dir, 'kb'), join(dir, 'petrarch')]);
    assert.equal(found.native.length, 3);
    assert.equal(found.actorSide.length, 1);
    const cache = join(dir, 'cache');
    const d = loadDictionaries([join(dir, 'kb'), join(dir, 'petrarch')], { cacheDir: cache });
    assert.equal(d.files.length, 4);
    const doc = Doc.fromWords([['Estmarki', 'police']]);
    assert.deepEqual(createActorMatcher(d.actors).matchAll(doc, 0).map((x) => x.code), ['ESTCOP']);
    assert.equal(readdirSync(cache).length, 1);
    const again = loadDictionaries([join(dir, 'kb'), join(dir, 'petrarch')], { cacheDir: cache });
    assert.deepEqual(again.actors.actorDefs, d.actors.actorDefs);
    assert.equal(again.verbs.blocks.length, d.verbs.blocks.length);
    // A problem anywhere fails the load with file:line.
    writeFileSync(join(dir, 'kb', 'actors', 'bad.yaml'), 'kind: actors\nentries:\n  - names: [X]\n    code: "x y"\n');
    assert.throws(
      () => loadDictionaries([join(dir, 'kb')], { cacheDir: false }),
      (e: unknown) => e instanceof AnnalsError && e.code === 'E_DICT' && /bad\.yaml:4: malformed dated code/.test(e.message),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the examples in docs/dictionaries.md read and compile as documented', () => {
  const md = readFileSync(new URL('../../../docs/dictionaries.md', import.meta.url), 'utf8');
  const blocks = [...md.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
  assert.equal(blocks.length, 6);
  const problems: NativeProblem[] = [];
  const files = blocks.map((b, i) => readNative(b, `doc${i}.yaml`, problems)!);
  assert.deepEqual(problems, []);
  const d = compileAll({ actorSide: [], verbs: [], native: files });
  const doc = Doc.fromWords([['Nouri', 'al-Maliki', 'met', 'Iraqi', 'police', 'officers']]);
  const m = createActorMatcher(d.actors);
  assert.deepEqual(m.matchAll(doc, 0, 20100101).map((x) => x.code), ['IRQGOV', 'IRQCOP']);
  assert.deepEqual(m.matchAll(doc, 0, 20160101).map((x) => x.code), ['IRQGOV', 'IRQCOP']);
  assert.deepEqual(m.matchAll(doc, 0, 20200101).map((x) => x.code), ['IRQELI', 'IRQCOP']);
  const v = d.verbs;
  assert.deepEqual(v.verbs.get('TAP')!.map((e) => [e.pre, e.post]), [[['WIRE'], []]]);
  assert.deepEqual(v.verbs.get('TOOK')!.map((e) => e.post), [['PART', 'IN']]);
  assert.deepEqual(v.verbs.get('FOUGHT')!.map((e) => v.blocks[e.block].code.fwd), ['190']);
  assert.equal(v.blocks.find((b) => b.name === 'LIGHT_VERBS')!.code.fwd, null);
  assert.deepEqual(v.synsets.get('MEASURES'), [['SANCTIONS'], ['EMBARGO'], ['TRADE', 'RESTRICTIONS'], ['TARIFFS']]);
  assert.deepEqual(d.actors.discards.map((x) => [x.phrase, x.level]), [['football match', 'sentence'], ['box office', 'story']]);
  const ngo = Doc.fromWords([['Iraqi', 'aid', 'group']]);
  assert.deepEqual(m.matchAll(ngo, 0).map((x) => x.code), ['NGOIRQ']);
});

test('authoring slips get a hint', () => {
  const a = read('kind: verbs\nentries:\n  - code: "042"\n    verbs: [visit]\n    patterns:\n      * (to +): "042"\n');
  assert.equal(a.problems[0].line, 6);
  assert.match(a.problems[0].message, /quote values that start with \* or &/);
  const c = read('kind: actors\nentries:\n  - code: IRQ\n    names: Iraq, Iraqi\n');
  assert.deepEqual(c.problems.map((p) => [p.line, p.message]), [[4, 'names is one value with commas; write a list: [Iraq, Iraqi]']]);
  const v = read('kind: verbs\nentries:\n  - code: "190"\n    verbs: "take part in {took part in, taken part in}"\n');
  assert.deepEqual(v.problems, []);
});

test('synset names with "_" work in patterns (the PETRARCH tokenizer joins words at "_")', () => {
  const v = read('kind: verbs\nentries:\n  - code: "023"\n    verbs: [send]\n    patterns:\n      "* &ECON_AID (to +)": "0231"\n      "* &NO_SUCH_SET": "023"\n', 'v.yaml').f!;
  const s = read('kind: synsets\nentries:\n  ECON_AID: [loans, "&CASH_FLOW"]\n  CASH_FLOW: [cash]\n', 's.yaml').f!;
  const d = compileAll({ actorSide: [], verbs: [], native: [v, s] });
  assert.deepEqual(d.verbs.synsets.get('ECON_AID'), [['LOANS'], ['CASH']]);
  const p = d.verbs.blocks[0].patterns[0];
  assert.deepEqual(p.post[0], { k: 'w', alts: [['LOANS'], ['CASH']], adj: false });
  assert.deepEqual(d.verbs.warnings, ['v.yaml:7: unknown synset &NO_SUCH_SET; the pattern can never match']);
});

test('"code" with "codes": the undated default', () => {
  const ok = read('kind: actors\nentries:\n  - code: AFGREB\n    codes: [AFGGOV 1996..2001, AFGREB]\n    names: [Talwan]\n  - code: AFGREB\n    codes: [AFGGOV 1996..2001]\n    names: [Talwan Two]\n');
  assert.deepEqual(ok.problems, []);
  assert.deepEqual(ok.f!.actors.map((a) => a.codes.map((c) => `${c.code}${c.dated ? '*' : ''}`)), [['AFGGOV*', 'AFGREB'], ['AFGGOV*', 'AFGREB']]);
  const bad = read('kind: actors\nentries:\n  - code: AFGREB\n    codes: [AFGGOV 1996..2001, AFGOPP]\n    names: [X]\n  - code: AFGREB 2001..\n    names: [Y]\n');
  assert.deepEqual(bad.problems.map((p) => p.line), [4, 6]);
});

test('a native and a PETRARCH synset of the same name coexist; each format uses its own', () => {
  const v = read('kind: verbs\nentries:\n  - code: "163"\n    verbs: [impose]\n    patterns:\n      "* &SANCTIONS": "163"\n      "* &PETR_ONLY": "163"\n', 'v.yaml').f!;
  const s = read('kind: synsets\nentries:\n  SANCTIONS: [sanctions]\n', 's.yaml').f!;
  const petr = '&SANCTIONS\n+EMBARGO\n\n&TARIFFS\n+TARIFFS\n\n--- LIFT [081] ---\nLIFT\n- * &SANCTIONS [0811]\n';
  const d = compileAll({ actorSide: [], verbs: [{ file: 'p.verbs.txt', text: petr }], native: [v, s] });
  const alts = (b: number, p: number) => (d.verbs.blocks[b].patterns[p].post[0] as { alts: string[][] }).alts;
  assert.deepEqual(alts(0, 0), [['EMBARGO']]);
  assert.deepEqual(alts(1, 0), [['SANCTIONS']]);
  assert.equal(d.verbs.blocks[1].patterns[0].rule, 'v.yaml:6 - * &SANCTIONS [163]');
  assert.deepEqual([...d.verbs.synsets.keys()].sort(), ['SANCTIONS', 'SANCTIONS (native)', 'TARIFFS']);
  assert.deepEqual(d.verbs.warnings, ['v.yaml:7: unknown synset &PETR_ONLY; the pattern can never match']);
});

test('for a phrase in both formats, the file given later wins', () => {
  const nat = read('kind: actors\nentries:\n  - code: DNK\n    names: [Valdoria]\n', 'kb.yaml').f!;
  const petr = { name: 'p.actors.txt', kind: 'actors' as const, text: 'VALDORIA_ [SWE]\n' };
  const verbs = [{ file: 'v.txt', text: '--- SAY [010] ---\nSAY\n' }];
  const code = (order: string[]) => {
    const d = compileAll({ actorSide: [petr], verbs, native: [nat], order });
    return createActorMatcher(d.actors).matchAll(Doc.fromWords([['Valdoria']]), 0)[0].code;
  };
  assert.equal(code(['kb.yaml', 'p.actors.txt']), 'SWE');
  assert.equal(code(['p.actors.txt', 'kb.yaml']), 'DNK');
  assert.equal(code([]), 'DNK'); // default: native files last
});

test('a verb may carry a code of its own', () => {
  const r = read('kind: verbs\nentries:\n  - code: "040"\n    verbs: [meet, "meet with {met with} [042]", "snub [---]", "x [9z]"]\n');
  assert.deepEqual(r.problems.map((p) => p.message), ['bad event code "9z" in verb "x [9z]"']);
  const ok = read('kind: verbs\nentries:\n  - code: "040"\n    verbs: [meet, "meet with {met with} [042]", "snub [---]"]\n').f!;
  const v = compileAll({ actorSide: [], verbs: [], native: [ok] }).verbs;
  assert.deepEqual(v.verbs.get('MET')!.map((e) => [e.post, e.code]), [[['WITH'], { fwd: '042', rev: null }]]);
  assert.deepEqual(v.verbs.get('MEET')!.map((e) => e.code?.fwd ?? 'block'), ['block', '042']);
  assert.deepEqual(v.verbs.get('SNUB')!.map((e) => e.code), [{ fwd: null, rev: null }]);
});

test('issues: native and PETRARCH give the same issue mentions', () => {
  const nat = read(
    [
      'kind: issues', // 1
      'entries:', // 2
      '  - category: EDUCATION', // 3
      '    code: TEACHERS', // 4
      '    phrases: [n:teacher, faculty n:member]', // 5
      '  - category: EDUCATION', // 6
      '    code: EARLY_EDUCATION', // 7
      '    phrases: [head start]', // 8
      '    not: [a head start]', // 9
      '  - category: TOURISM', // 10
      '    code: TOURISM', // 11
      '    phrases: [tourists]', // 12
      '    block: [space tourists]', // 13
      '',
    ].join('\n'),
    'i.yaml',
  );
  assert.deepEqual(nat.problems, []);
  const petr =
    '<ISSUE CATEGORY="EDUCATION" TYPE="ALL">\nn:teacher [TEACHERS]\nfaculty n:member [TEACHERS]\nhead start [EARLY_EDUCATION]\n~a head start\n</ISSUE>\n' +
    '<ISSUE CATEGORY="TOURISM" TYPE="ALL">\ntourists [TOURISM]\n~~space tourists\n</ISSUE>\n';
  const verbs = [{ file: 'v.txt', text: '--- SAY [010] ---\nSAY\n' }];
  const a = compileAll({ actorSide: [], verbs, native: [nat.f!] }).actors;
  const b = compileAll({ actorSide: [{ name: 'p.Issues.txt', kind: 'issues', text: petr }], verbs, native: [] }).actors;
  const sents = [
    ['Teachers', 'and', 'faculty', 'members', 'got', 'a', 'head', 'start', '.'],
    ['The', 'head', 'start', 'program', 'drew', 'tourists', '.'],
    ['Space', 'tourists', 'and', 'tourists', '.'],
  ];
  const run = (d: typeof a) => {
    const m = createActorMatcher(d);
    return sents.map((w) => m.issues(Doc.fromWords([w]), 0).map((x) => `${x.code}@${x.start}`).join(' '));
  };
  assert.deepEqual(run(a), run(b));
  assert.deepEqual(run(a), ['TEACHERS@0 TEACHERS@2', 'EARLY_EDUCATION@1 TOURISM@5', '']);
  assert.match(createActorMatcher(a).issues(Doc.fromWords([sents[0]]), 0)[1].rule, /^i\.yaml:5 /);
  const bad = read('kind: issues\nentries:\n  - category: x\n    phrases: ["a [B]"]\n');
  assert.deepEqual(bad.problems.map((p) => p.line), [3, 4, 3]);
});

test('discards: native and PETRARCH block the same sentences', () => {
  const nat = read('kind: discards\nentries:\n  - football match\n  - phrase: box office\n    level: story\n', 'd.yaml').f!;
  const verbs = [{ file: 'v.txt', text: '--- SAY [010] ---\nSAY\n' }];
  const a = compileAll({ actorSide: [], verbs, native: [nat] }).actors;
  const b = compileAll({ actorSide: [{ name: 'x.discards.txt', kind: 'discards', text: 'FOOTBALL_MATCH\n+BOX_OFFICE\n' }], verbs, native: [] }).actors;
  const docs = [
    [['The', 'football', 'match', 'ended', '.'], ['Peace', 'talks', 'began', '.']],
    [['Peace', 'talks', 'began', '.'], ['A', 'box', 'office', 'record', '.']],
    [['Peace', 'talks', 'began', '.']],
  ].map((s) => Doc.fromWords(s));
  const run = (d: typeof a) => docs.map((doc) => [0, 1].filter((s) => s < doc.sentStart.length && createActorMatcher(d).discard(doc, s) !== null));
  assert.deepEqual(run(a), run(b));
  assert.deepEqual(run(a), [[0], [0, 1], []]);
  const hit = createActorMatcher(a).discard(docs[0], 0)!;
  assert.match(JSON.stringify(hit), /d\.yaml:3/);
});

test('convert: PETRARCH files -> native YAML that codes the same', async () => {
  const PF = await import('../fixtures/actor-fixtures.js');
  const VERBS = '&TIES\n+TIES\n+DIPLOMATIC_RELATIONS\n\n--- MEET [040:041] ---\nMEET {MET}\n+MEET_WITH {+MET_WITH} [042]\nWIRE_+TAP\n- * &TIES [064]\n- * (WITH +) [042]\n- * (WITH +) [043]\n';
  const src = [
    { file: 'x.actors.txt', text: PF.ACTORS },
    { file: 'x.agents.txt', text: PF.AGENTS },
    { file: 'x.discards.txt', text: PF.DISCARDS },
    { file: 'x.Issues.txt', text: PF.ISSUES },
    { file: 'x.verbs.txt', text: VERBS },
  ];
  const conv = petrarchToNative(src);
  assert.deepEqual(conv.map((c) => c.kind), ['actors', 'agents', 'discards', 'issues', 'verbs', 'synsets']);
  assert.deepEqual(conv[4].losses, ['x.verbs.txt:11 - * (WITH +) [043]: pattern repeated in its block; the first is kept']);
  const problems: NativeProblem[] = [];
  const native = conv.map((c, i) => readNative(c.yaml, `c${i}.yaml`, problems)!);
  assert.deepEqual(problems, []);
  const a = compileAll({ actorSide: [], verbs: [], native });
  const b = compileAll({
    actorSide: src.slice(0, 4).map((s) => ({ name: s.file, kind: classifyDictionaryFile(s.file)!, text: s.text })),
    verbs: [src[4]],
    native: [],
  });
  const words = ['Valdorian', 'policemen', 'and', 'Tomas', 'al-Brevik', 'met', 'the', 'Estmarki', 'prime', 'ministers', 'and', 'Old', 'King', 'Orlo', 'media', 'thieves'];
  const doc = Doc.fromWords([words]);
  const codes = (d: typeof a, date: number) => createActorMatcher(d.actors).matchAll(doc, 0, date).map((m) => m.code);
  for (const date of [19500101, 20000101, 20060520, 20100101, 20150601, 20300101]) assert.deepEqual(codes(a, date), codes(b, date), String(date));
  const verb = (d: typeof a, k: string) => d.verbs.verbs.get(k)!.map((e) => `${e.pre}|${e.post}|${e.code?.fwd ?? '-'}|${d.verbs.blocks[e.block].code.fwd}`);
  for (const k of ['MEET', 'MET', 'MEETS', 'TAP']) assert.deepEqual(verb(a, k), verb(b, k), k);
  assert.deepEqual(a.verbs.blocks[0].patterns.map((p) => p.code.fwd), ['064', '042']);
  assert.ok(conv[1].yaml.includes('words: ["police {}", policeman, policemen, policewoman, policewomen]'), conv[1].yaml);
});

test('convert: overlapping PETRARCH dates become disjoint ranges with the same meaning', () => {
  const r = disjointRules([
    { code: 'A', from: 20000101, to: 20101231, dated: true },
    { code: 'B', from: 20101231, to: 20151231, dated: true },
    { code: 'C', from: 20050101, to: 20200101, dated: true },
    { code: 'D', from: 0, to: 99999999, dated: false },
    { code: 'E', from: 0, to: 99999999, dated: false },
    { code: 'F', from: 20020101, to: 20030101, dated: true },
  ]);
  assert.deepEqual(r.rules.map((x) => `${x.code} ${x.from}-${x.to}`), [
    'A 20000101-20101231',
    'B 20110101-20151231',
    'C 20160101-20200101',
    'D 0-99999999',
  ]);
  assert.deepEqual(r.dropped.map((x) => x.code), ['E', 'F']);
  assert.equal(realDay(20060500), 20060430);
  assert.equal(realDay(20061232), 20070101);
});
