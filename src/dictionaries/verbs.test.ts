import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize, deserialize } from 'node:v8';
import { compileVerbDictionary, loadVerbDictionary } from './verbs.js';
import { AnnalsError } from '../errors.js';

// Invented fixture in today's Phoenix format.
const PHOENIX = `# fixture
&FRUIT
+APPLES
+RED_PEARS

&BASKET_
+&FRUIT
+PLUMS

---  GREET   [041]  ---
GREET
HAIL {HAILS HAILED HAILING} [042]
+SHAKE_HANDS {+SHOOK_HANDS +SHAKING_HANDS} [043]
- * (WITH {WARM WORDS})                 [044]   # a PP with a noun group
- $ * + WARMLY                          [045:046]
- * &BASKET                             [:047]
- % *                                   [048]
- * ^ IN_PUBLIC                         [---]

~ a (a b GREET) SAY = a b 041
`;

// Invented fixture in the older PETRARCH-1/TABARI format.
const TABARI = `<!-- OLD STYLE VERBS -->
<!-- multi
     line comment -->
&KINDS
+CALM
+QUIET

&OUTER  # nested synsets
+&KINDS
+LOUD

--- WAVE  [051] # NOUN ---
WAVE {WAVES WAVED}
FLAG_+WAVE
SPEAK OUT [052]
- FAILED_TO_* [053]
- * NEW_&OUTER_FLAGS [054]
- * { RED | BLUE GREEN } BANNERS [055]
- ANTI- + * [056]

--- DRIFT [---] [060:060] ---
DRIFT
- * AWAY [###]
`;

test('reads the Phoenix format: blocks, forms, multiword verbs, patterns, codes, synsets', () => {
  const d = compileVerbDictionary([{ file: 'p.txt', text: PHOENIX }]);
  assert.equal(d.blocks.length, 1);
  const b = d.blocks[0];
  assert.deepEqual(b.code, { fwd: '041', rev: null });
  assert.deepEqual(d.verbs.get('HAILED')?.[0].code, { fwd: '042', rev: null });
  const shake = d.verbs.get('SHOOK')?.[0];
  assert.deepEqual([shake?.pre, shake?.post], [[], ['HANDS']]);
  assert.equal(b.patterns.length, 5);
  const [pp, slots, syn, cmp, skip] = b.patterns;
  assert.deepEqual(
    pp.post.map((e) => (e.k === 'w' ? e.alts : e.k)),
    [[['WITH']], [['WARM']], [['WORDS']]],
  );
  assert.deepEqual(slots.pre.map((e) => e.k), ['src']);
  assert.deepEqual(slots.post.map((e) => e.k), ['tgt', 'w']);
  assert.deepEqual(slots.code, { fwd: '045', rev: '046' });
  // Nested synset: &BASKET = &FRUIT members + PLUMS, multiword members as word sequences,
  // longest first, indexed by first and last word.
  const basket = syn.post[0];
  assert.ok(basket.k === 'w');
  assert.deepEqual(basket.alts, [['RED', 'PEARS'], ['APPLES'], ['PLUMS']]);
  assert.deepEqual(basket.byFirst?.get('RED'), [['RED', 'PEARS']]);
  assert.deepEqual(basket.byLast?.get('PEARS'), [['RED', 'PEARS']]);
  assert.deepEqual(syn.code, { fwd: null, rev: '047' });
  assert.equal(cmp.pre[0].k, 'cmp');
  assert.deepEqual(skip.code, { fwd: null, rev: null });
  assert.deepEqual(skip.post.map((e) => [e.k, e.adj]), [['skip', false], ['w', false], ['w', true]]);
  assert.equal(d.transformations.length, 1);
  assert.match(pp.rule, /^p\.txt:14 /);
});

test('reads the older TABARI format: <!-- --> comments, nested synsets, alternatives, joins', () => {
  const d = compileVerbDictionary([{ file: 't.txt', text: TABARI }]);
  assert.equal(d.blocks.length, 2);
  const flag = d.verbs.get('WAVE')!.find((e) => e.pre.length > 0);
  assert.deepEqual(flag?.pre, ['FLAG']);
  const speak = d.verbs.get('SPEAK')![0];
  assert.deepEqual([speak.post, speak.code?.fwd], [['OUT'], '052']);
  const [failed, nested, alts, anti] = d.blocks[0].patterns;
  assert.deepEqual(failed.pre.map((e) => e.k === 'w' && [e.alts[0][0], e.adj]), [
    ['FAILED', true],
    ['TO', true],
  ]);
  const n1 = nested.post[1];
  assert.deepEqual(n1.k === 'w' && n1.alts, [['CALM'], ['QUIET'], ['LOUD']]);
  assert.deepEqual(nested.post.map((e) => e.adj), [false, true, true]);
  assert.deepEqual(alts.post[0].k === 'w' && alts.post[0].alts, [['BLUE', 'GREEN'], ['RED']]);
  assert.deepEqual(anti.pre.map((e) => e.k), ['w', 'tgt']);
  // A second header code is ignored in favour of the first; `[###]` is a code, not a comment.
  assert.deepEqual(d.blocks[1].code, { fwd: null, rev: null });
  assert.equal(d.blocks[1].patterns[0].code.fwd, '###');
});

test('every malformed line is reported with file:line, all at once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'annals-verbs-'));
  const f = join(dir, 'bad.verbs.txt');
  writeFileSync(
    f,
    [
      '- * STRAY [010]', // 1: pattern outside a block
      '--- OK [010] ---', // 2
      'OK',
      '- * NO CODE', // 4: no code
      '- NO VERB [011]', // 5: no '*'
      '- * (OPEN [012]', // 6: unbalanced (
      '- * &NOWHERE [013]', // 7: unknown synset -> warning, not an error
      '- * X [01:02:03]', // 8: malformed code
      '--- BROKEN HEADER ---', // 9: header without code
      '&SYN',
      'NOT_A_MEMBER', // 11
    ].join('\n'),
  );
  try {
    assert.throws(
      () => loadVerbDictionary([f]),
      (e: unknown) => {
        assert.ok(e instanceof AnnalsError);
        assert.equal(e.code, 'E_DICT');
        assert.equal(e.file, f);
        assert.equal(e.line, 1);
        for (const ln of [1, 4, 5, 6, 8, 9, 11]) assert.match(e.message, new RegExp(`bad\\.verbs\\.txt:${ln}: `));
        assert.doesNotMatch(e.message, /:7: /);
        return true;
      },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('unknown synsets are warnings and synset cycles are errors', () => {
  const d = compileVerbDictionary([{ file: 'w.txt', text: '--- A [010] ---\nA\n- * &NOWHERE [011]\n' }]);
  assert.match(d.warnings[0], /w\.txt:3: unknown synset &NOWHERE/);
  assert.throws(
    () => compileVerbDictionary([{ file: 'c.txt', text: '&X\n+&Y\n&Y\n+&X\n--- A [010] ---\nA\n- * &X [011]\n' }]),
    /contains itself/,
  );
});

test('the compiled dictionary survives v8 serialization', () => {
  const d = compileVerbDictionary([{ file: 'p.txt', text: PHOENIX }]);
  const back = deserialize(serialize(d)) as typeof d;
  assert.deepEqual(back.blocks, d.blocks);
  assert.deepEqual([...back.verbs.keys()], [...d.verbs.keys()]);
});

const CAMEO = '../shared/dictionaries/phoenix/CAMEO.2.0.txt';
const VALIDATE = '../shared/conformance/petrarch2-unit-tests/PETR.Validate.verbs.txt';

test('the full Phoenix CAMEO.2.0.txt loads', { skip: !existsSync(CAMEO) && 'needs ../shared/dictionaries (read-only data)' }, () => {
  const d = loadVerbDictionary([CAMEO]);
  assert.ok(d.blocks.length > 300);
  assert.ok(d.blocks.reduce((n, b) => n + b.patterns.length, 0) > 4000);
  assert.ok(d.verbs.has('ACCELERATE') && d.verbs.has('HURRIED'));
  assert.ok(d.transformations.length > 0);
  // Its few real defects load with stated warnings, never silently.
  assert.ok(d.warnings.some((w) => /unknown synset &WEATHER/.test(w)));
  assert.ok(d.warnings.some((w) => /stray '\)' ignored/.test(w)));
});

test('the older PETR.Validate.verbs.txt loads whole (past its <!-- --> lines)', { skip: !existsSync(VALIDATE) && 'needs ../shared/conformance (read-only data)' }, () => {
  const d = loadVerbDictionary([VALIDATE]);
  // The last block of the file must be there: the reader did not stop at a comment.
  assert.ok(d.verbs.has('WOUND'));
  assert.ok(d.synsets.get('ACCORDSYN')!.some((a) => a[0] === 'MILITARY'));
});

test('synset names with `_` resolve to the longest defined name; `&SYN_WORD` still joins a word', () => {
  const text = [
    '&WAR_OF_WORDS',
    '+SHOUTING_MATCH',
    '+SPAT',
    '&WAR',
    '+BATTLE',
    '--- ENGAGE [110] ---',
    'ENGAGE',
    '- * (IN &WAR_OF_WORDS) [111]',
    '- * &WAR_GAMES [112]',
    '- * &WAR_OF_ROSES [113]',
  ].join('\n');
  const d = compileVerbDictionary([{ file: 's.txt', text }]);
  const [p111, p112, p113] = d.blocks[0].patterns;
  // `&WAR_OF_WORDS` is one synset (not &WAR + OF + WORDS).
  assert.equal(p111.post.length, 2);
  const syn = p111.post[1];
  assert.deepEqual(syn.k === 'w' && syn.alts, [['SHOUTING', 'MATCH'], ['SPAT']]);
  assert.deepEqual(d.warnings, []);
  // `&WAR_GAMES`: no synset of that name, so &WAR joined to the word GAMES.
  assert.deepEqual(p112.post.map((e) => e.k === 'w' && [e.alts, e.adj]), [[[['BATTLE']], false], [[['GAMES']], true]]);
  // Only a full defined name counts: `&WAR_OF_ROSES` is &WAR + OF + ROSES.
  assert.equal(p113.post.length, 3);
});
