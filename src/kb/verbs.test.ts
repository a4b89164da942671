import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { loadAnalyzer } from '../analysis/index.js';
import { defaultKbDir, loadVerbKb, parseVerbPhrase, checkPattern, type KbVerbEntry, type VerbPhrase } from './kb.js';
import { duplicateVerbs, expressibleCodes, kbStats, lemmaKey, NOT_EXPRESSIBLE } from './stats.js';
import { CAMEO_CODES } from '../events/cameo.js';
import { loadDictionaries } from '../dictionaries/index.js';
import { hyphenWords } from '../dictionaries/verbs.js';
import { createCoder } from '../events/coder.js';
import { fakeActors, makeDoc } from '../events/testing.js';

const KB = defaultKbDir();
const kb = loadVerbKb(KB);

test('every KB file parses and validates (schema, CAMEO codes, pattern syntax, synsets)', () => {
  assert.ok(kb.entries.length > 100);
  assert.ok(kb.synsets.size > 50);
  for (const e of kb.entries) {
    // A code, or a pair for both directions ("032:033", ":190" reverse only).
    const known = (c: string): boolean => c.split(':').every((x, k, all) => (x === '' && all.length === 2 && k === 0) || CAMEO_CODES.has(x));
    if (e.code !== null) assert.ok(known(e.code), `${e.file}:${e.line} ${e.code}`);
    for (const p of e.patterns) if (p.code !== null) assert.ok(known(p.code), `${e.file}:${p.line}`);
  }
});

test('the validator rejects malformed data', () => {
  const syn = new Set(['AID']);
  assert.equal(typeof checkPattern('* &AID (to +)', syn), 'object');
  assert.match(checkPattern('* &NOPE', syn) as string, /unknown synset/);
  assert.match(checkPattern('talks', syn) as string, /no '\*'/);
  assert.match(checkPattern('* (with +', syn) as string, /unbalanced/);
  assert.match(checkPattern('* * talks', syn) as string, /more than one/);
  assert.match(checkPattern('* Talks', syn) as string, /lowercase/);
  assert.match(checkPattern('* (the release)', syn) as string, /preposition/);
  assert.match(checkPattern('* (to resign)', syn) as string, /infinitive/);
  assert.equal(typeof checkPattern('* (to the table)', syn), 'object');
  assert.equal(typeof checkPattern('* to resign', syn), 'object');
  assert.match(parseVerbPhrase('fly to {flew}') as string, /whole phrase/);
  assert.deepEqual(parseVerbPhrase('fly to {flew to, flown to}'), { words: ['fly', 'to'], forms: ['flew', 'to', 'flown', 'to'] });
});

test('no verb is listed in two entries, so no lemma + pattern can carry two codes', () => {
  const d = duplicateVerbs(kb);
  assert.deepEqual([...d.keys()], [], [...d].map(([v, l]) => `${v}: ${l.join(', ')}`).join('\n'));
  // Within an entry YAML rejects duplicate pattern keys; across entries a pattern only applies to its entry's verbs.
  for (const e of kb.entries) assert.equal(new Set(e.patterns.map((p) => p.text)).size, e.patterns.length);
});

test('coverage: every CAMEO code judged expressible is reached by a verb or a pattern', () => {
  const st = kbStats(kb);
  const missing = expressibleCodes().filter((c) => !st.reached.has(c));
  assert.deepEqual(missing, []);
  // The codes left out are only the two-digit roots (written as their X0 code), each with a reason.
  for (const [c, why] of NOT_EXPRESSIBLE) {
    assert.equal(c.length, 2);
    assert.ok(why.length > 10);
    assert.ok(st.reached.has(`${c}0`), `${c}0 reached`);
  }
});

test('breadth: at least 1,500 distinct verb lemmas and several thousand patterns', () => {
  const st = kbStats(kb);
  assert.ok(st.lemmas >= 1500, `${st.lemmas} lemmas`);
  const heads = new Set(kb.entries.flatMap((e) => e.verbs.map((v) => (parseVerbPhrase(v) as VerbPhrase).words[0])));
  assert.ok(heads.size >= 1000, `${heads.size} distinct head verbs`);
  assert.ok(st.patterns >= 2500, `${st.patterns} patterns`);
  for (let r = 1; r <= 20; r++) {
    const root = String(r).padStart(2, '0');
    assert.ok((st.byRoot.get(root)?.patterns ?? 0) + (st.byRoot.get(root)?.lemmas ?? 0) >= 20, `root ${root}`);
  }
});

// ---- The real reader and coder over the whole KB ----

const dicts = loadDictionaries([KB], { cacheDir: false });

test('the whole KB compiles with loadDictionaries (native reader) into one verb index', () => {
  assert.ok(dicts.verbs.blocks.length >= kb.entries.length);
  assert.ok(dicts.verbs.verbs.has('IMPOSE') && dicts.verbs.verbs.has('IMPOSED'));
  assert.ok(dicts.verbs.synsets.get('SANCTIONS')!.some((a) => a.join(' ') === 'SANCTIONS'));
});

/** Words of a pattern made concrete: synsets by their first member, `+` by the target, `$` by the source. */
function realise(p: string): { pre: string[]; post: string[] } | null {
  const toks = p.replace(/[(){}]/g, ' ').split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const t of toks) {
    if (t === '*' || t === '_*') out.push('*');
    else if (t === '+' || t === '+_') out.push('Gondor');
    // "+_to": the target and the word right after it.
    else if (t.startsWith('+_')) out.push('Gondor', ...t.slice(2).split('_').flatMap(hyphenWords));
    else if (t === '$') out.push('Arnor');
    else if (t === '%' || t === '^' || t === '|') return null;
    // Hyphenated words as the tokenizer gives them ("sit-in" -> sit - in).
    else if (t.startsWith('&')) out.push(...kb.synsets.get(t.slice(1))!.members[0].split(' ').flatMap(hyphenWords));
    else out.push(...t.split('_').flatMap(hyphenWords));
  }
  // The verb's place among the realised words (a synset before it may give several).
  const vi = out.indexOf('*');
  return { pre: out.slice(0, vi), post: out.slice(vi + 1) };
}

const coder = createCoder({ verbs: dicts.verbs, actors: fakeActors({ arnor: 'ARN', gondor: 'GON' }) });

/** Words tagged ADP in synthetic sentences: a `( ... )` phrase must open with a preposition. */
const PREPS = new Set(
  'on with for of against in into from at by over under as about between among outside behind around near along despite to toward towards across through without within upon onto after before amid during via off out up down'.split(' '),
);

/** Code "Arnor <pre> VERB <particles> <post> [Gondor] ." parsed flat under the verb. */
function codeSynthetic(verbPhrase: string[], pre: string[], post: string[]): string[] {
  const verb = verbPhrase.flatMap((w, i) => (i === 0 ? [w] : hyphenWords(w)));
  const withTarget = post.includes('Gondor') ? post : [...post, 'Gondor'];
  const words = ['Arnor', ...pre, ...verb, ...withTarget, '.'];
  const v = 1 + pre.length;
  const n = words.length;
  const doc = makeDoc({
    words,
    upos: words.map((w, i) =>
      i === v ? 'VERB' : w === 'Arnor' || w === 'Gondor' ? 'PROPN' : w === '.' ? 'PUNCT' : PREPS.has(w) ? 'ADP' : 'NOUN',
    ),
    lemmas: words.map((w) => w.toLowerCase()),
    heads: words.map((_, i) => (i === v ? 0 : v + 1)),
    deps: words.map((w, i) =>
      i === v ? 'root' : i === 0 ? 'nsubj' : i === n - 1 ? 'punct' : w === 'Gondor' ? 'obj' : i > v && i <= v + verb.length - 1 ? 'compound:prt' : 'dep',
    ),
  });
  return coder.code(doc).map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.cameo}`);
}

/** The events a code gives on a synthetic sentence: forward source -> target, and the reverse of a pair ("032:033", ":190"). */
function wanted(code: string | null): string[] {
  if (code === null) return [];
  const [f, r] = code.split(':');
  return [...(f ? [`ARN>GON ${f}`] : []), ...(r ? [`GON>ARN ${r}`] : [])];
}

test('each pattern fires on a synthetic sentence built from it, with its own code (first verb of its entry)', () => {
  const fails: string[] = [];
  let n = 0;
  const first = (e: KbVerbEntry) => (parseVerbPhrase(e.verbs[0]) as VerbPhrase).words;
  for (const e of kb.entries) {
    for (const p of e.patterns) {
      const r = realise(p.text);
      if (!r) continue;
      n++;
      const got = codeSynthetic(first(e), r.pre, r.post);
      const want = wanted(p.code);
      if (got.join() !== want.join()) fails.push(`${e.file.replace(/^.*\//, '')}:${p.line} "${p.text}" with '${first(e).join(' ')}': want ${want.join() || 'none'}, got ${got.join() || 'none'}`);
    }
  }
  assert.ok(n > 2000);
  assert.deepEqual(fails, []);
});

test("each verb alone codes its entry's default code (null entries code nothing)", () => {
  const fails: string[] = [];
  for (const e of kb.entries) {
    for (const v of e.verbs) {
      const words = (parseVerbPhrase(v) as VerbPhrase).words;
      const got = codeSynthetic(words, [], []);
      const want = wanted(e.code);
      if (got.join() !== want.join()) fails.push(`${e.file.replace(/^.*\//, '')}:${e.line} '${lemmaKey(v)}': want ${want.join() || 'none'}, got ${got.join() || 'none'}`);
    }
  }
  assert.deepEqual(fails, []);
});

// ---- End to end through the real analyzer (tokenizer, tagger, lemmatiser, parser) ----

const MODELS = join(KB, '..', '..', 'models', 'parser.bin');

test('invented news sentences through the real analyzer get the KB codes', { skip: !existsSync(MODELS) && 'analysis models not built' }, () => {
  const an = loadAnalyzer();
  const real = createCoder({ verbs: dicts.verbs, actors: fakeActors({ france: 'FRA', germany: 'DEU', protesters: 'OPP' }) });
  const cases: [string, string][] = [
    ['France imposed new sanctions on Germany.', 'FRA>DEU 163'],
    ['France held talks with Germany on Monday.', 'FRA>DEU 046'],
    ['France launched airstrikes against Germany.', 'FRA>DEU 195'],
    ['France paid a visit to Germany.', 'FRA>DEU 042'],
    ['France issued a warning to Germany.', 'FRA>DEU 130'],
    ['France signed an agreement with Germany.', 'FRA>DEU 057'],
    ['France accused Germany of war crimes.', 'FRA>DEU 1124'],
    ['France urged Germany to lift the curfew.', 'FRA>DEU 0251'],
    ['France sent humanitarian aid to Germany.', 'FRA>DEU 073'],
    ['France broke off diplomatic relations with Germany.', 'FRA>DEU 161'],
    ['France demanded that Germany withdraw its troops.', 'FRA>DEU 1056'],
    ['France cracked down on protesters.', 'FRA>OPP 175'],
    ['France lifted the embargo on Germany.', 'FRA>DEU 085'],
    ['France restored diplomatic ties with Germany.', 'FRA>DEU 050'],
    ['France bombed Germany with drones.', 'FRA>DEU 1952'],
    ['France used chemical weapons against Germany.', 'FRA>DEU 2041'],
    ['France violated the ceasefire with Germany.', 'FRA>DEU 196'],
    ['France hailed the agreement with Germany.', 'FRA>DEU 051'],
  ];
  const fails: string[] = [];
  for (const [s, want] of cases) {
    const got = real.code(an.analyze(s)).map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.cameo}`);
    if (!got.includes(want)) fails.push(`${s} want ${want} got ${got.join(', ') || 'none'}`);
  }
  assert.deepEqual(fails, []);
});

test("an order to one's own forces or for an offensive is no demand; an order to an adversary is", { skip: !existsSync(MODELS) && 'analysis models not built' }, () => {
  const an = loadAnalyzer();
  const real = createCoder({ verbs: dicts.verbs, actors: fakeActors({ maliki: 'IRQGOV', bush: 'USAGOV', troops: 'USAMIL', militias: 'IRQUAF' }) });
  const codes = (s: string) => real.code(an.analyze(s)).map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.cameo}`);
  assert.deepEqual(codes('Bush, who has ordered 21,000 extra troops to the region, spoke on Monday.').filter((c) => c.endsWith(' 100')), []);
  assert.deepEqual(codes('Maliki ordered the offensive against the militias.').filter((c) => c.endsWith(' 100')), []);
  assert.ok(codes('Maliki ordered the militias to disarm.').includes('IRQGOV>IRQUAF 100'));
});

test('spoke by telephone or video link with X is a call (041); a sayer reporting the call makes none', { skip: !existsSync(MODELS) && 'analysis models not built' }, () => {
  const an = loadAnalyzer();
  const real = createCoder({ verbs: dicts.verbs, actors: fakeActors({ france: 'FRA', germany: 'DEU', aides: 'FRAGOV' }) });
  const codes = (s: string) => real.code(an.analyze(s)).map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.cameo}`);
  assert.ok(codes('France had spoken by video link with Germany on Sunday.').includes('FRA>DEU 041'));
  assert.ok(codes('France spoke by telephone with Germany.').includes('FRA>DEU 041'));
  assert.deepEqual(codes('The aides said France had spoken by video link with Germany.').filter((c) => c.startsWith('FRAGOV>') && c.endsWith(' 041')), []);
});
