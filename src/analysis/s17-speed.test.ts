/**
 * Speed session 17: the form-id table (forms.ts) gives each distinct form one
 * id per epoch, and the stages that key their caches by it analyse exactly
 * as they do by string; Doc heads carved out of shared chunks (arena.ts) stay
 * independent per Doc.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FormIdCache, FormTable } from './forms.js';
import { region, regionBuffer } from './arena.js';
import { Doc, loadAnalyzer, tokenize } from './index.js';
import { runStages, type Stage } from './pipeline.js';
import { loadTagger, taggerStage } from './tagger/index.js';
import { loadLemmatizer, lemmaStage } from './lemma/index.js';
import { loadParser, parserStage } from './parser/index.js';
import { tenseStage } from './tense.js';

const doc = (forms: string[]): { form: string[] } => ({ form: forms });
/** The ids of a document's tokens (the table's array is reused and may be longer). */
const idList = (t: FormTable, d: { form: string[] }): number[] => Array.from(t.idsOf(d)!.subarray(0, d.form.length));

test('FormTable: one id per distinct form, the same for repeats, dense from 0', () => {
  const t = new FormTable(64);
  const ids = idList(t, doc(['Ruvala', 'met', 'the', 'envoy', 'of', 'the', 'Ruvala', 'league', '.']));
  assert.deepEqual(ids, [0, 1, 2, 3, 4, 2, 0, 5, 6]);
  assert.equal(t.size, 7);
  // Case and accents make other forms; an empty form is a form too.
  const more = idList(t, doc(['The', 'the', 'envoy', 'envoys', 'café', 'cafe', '']));
  assert.deepEqual(more, [7, 2, 3, 8, 9, 10, 11]);
});

test('FormTable: the same document in the same epoch is not looked up again; a full table starts a new epoch', () => {
  const t = new FormTable(6);
  const d1 = doc(['a', 'b', 'c', 'a']);
  const first = t.idsOf(d1)!;
  assert.equal(t.idsOf(d1), first);
  assert.equal(t.epoch, 1);
  // 3 forms held + 4 tokens > 6: the table empties itself before the document.
  const d2 = doc(['d', 'e', 'f', 'd']);
  assert.deepEqual(idList(t, d2), [0, 1, 2, 0]);
  assert.equal(t.epoch, 2);
  // A document longer than the whole table gets no ids.
  assert.equal(t.idsOf(doc(['1', '2', '3', '4', '5', '6', '7'])), null);
  assert.throws(() => new FormTable(0), RangeError);
});

test('FormTable: many forms with colliding slots and long forms keep their ids', () => {
  const t = new FormTable(5000);
  const forms = Array.from({ length: 4000 }, (_, i) => `w${i % 2000}${'x'.repeat(i % 37)}`);
  const ids = t.idsOf(doc(forms))!;
  const byForm = new Map<string, number>();
  for (let i = 0; i < forms.length; i++) {
    const seen = byForm.get(forms[i]);
    if (seen === undefined) byForm.set(forms[i], ids[i]);
    else assert.equal(ids[i], seen, forms[i]);
  }
  assert.equal(new Set(byForm.values()).size, byForm.size);
  assert.equal(t.size, byForm.size);
});

test('FormIdCache: forgets everything when the table or its epoch changes', () => {
  const a = new FormTable(4);
  const b = new FormTable(4);
  const c = new FormIdCache(4);
  assert.equal(c.begin(a), true);
  c.mark(2);
  assert.equal(c.has(2), true);
  assert.equal(c.begin(a), true);
  assert.equal(c.has(2), true);
  assert.equal(c.begin(b), true);
  assert.equal(c.has(2), false);
  c.mark(1);
  b.idsOf(doc(['x', 'y', 'z']));
  b.idsOf(doc(['p', 'q'])); // 3 + 2 > 4: a new epoch
  assert.equal(c.begin(b), true);
  assert.equal(c.has(1), false);
  assert.equal(c.begin(new FormTable(8)), false);
});

test('arena regions: zeroed, aligned, disjoint; Doc heads start at -1 and are per Doc', () => {
  const seen: [ArrayBuffer, number, number][] = [];
  for (let k = 0; k < 3000; k++) {
    const bytes = (k * 37) % 900;
    const at = region(bytes);
    assert.equal(at % 8, 0);
    const v = new Uint8Array(regionBuffer, at, bytes);
    assert.ok(v.every((x) => x === 0));
    v.fill(255);
    seen.push([regionBuffer, at, bytes]);
  }
  for (let k = 1; k < seen.length; k++) {
    const [b0, a0, n0] = seen[k - 1];
    const [b1, a1] = seen[k];
    if (b0 === b1) assert.ok(a1 >= a0 + n0);
  }
  const big = region(1 << 20);
  assert.equal(big, 0);
  assert.equal(regionBuffer.byteLength >= 1 << 20, true);
  const d1 = Doc.fromTokens(tokenize('Gen. Tovar warned the Selmak council.'));
  const d2 = Doc.fromTokens(tokenize('Nobody answered.'));
  assert.ok(Array.from(d1.head).every((h) => h === -1));
  d1.head.fill(3);
  assert.ok(Array.from(d2.head).every((h) => h === -1));
});

/** The same pipeline without a form table: every stage looks forms up by string. */
function plainStages(): Stage[] {
  const lem = loadLemmatizer();
  return [taggerStage(loadTagger()), tenseStage(lem), lemmaStage(lem), parserStage(loadParser())];
}

/** The stages with a form table of `capacity` forms shared by all of them. */
function tableStages(capacity: number): Stage[] {
  const forms = new FormTable(capacity);
  const lem = loadLemmatizer();
  return [taggerStage(loadTagger(), forms), tenseStage(lem), lemmaStage(lem, forms), parserStage(loadParser(), forms)];
}

const TEXTS = [
  'The Ostrava council and the Velm miners agreed to end the strike on Tuesday.',
  'A convoy was attacked by gunmen near Kessarin, officials said.',
  'Minister Adaro said that the talks, which began in March, would resume.',
  'The envoy who met the rebels returned to Taldor.',
  'Velm miners met the council again.',
  'PROTESTERS MARCHED ON THE TALDOR PARLIAMENT',
  'Talks resumed. The envoys met; the council, the miners and the envoys agreed.',
];

test('analyses with the form table equal those without it, whatever its size (tags, lemmas, heads, relations)', () => {
  const plain = plainStages();
  const runs = [tableStages(1 << 15), tableStages(12), tableStages(3)];
  // Twice through, so that the second pass reads the caches the first filled (and small tables roll over).
  for (let pass = 0; pass < 2; pass++) {
    for (const text of TEXTS) {
      const want = runStages(plain, Doc.fromTokens(tokenize(text)));
      for (const stages of runs) {
        const got = runStages(stages, Doc.fromTokens(tokenize(text)));
        assert.deepEqual(Array.from(got.upos), Array.from(want.upos), text);
        assert.deepEqual(Array.from(got.xpos), Array.from(want.xpos), text);
        assert.deepEqual(got.lemma, want.lemma, text);
        assert.deepEqual(Array.from(got.head), Array.from(want.head), text);
        assert.deepEqual(Array.from(got.dep), Array.from(want.dep), text);
      }
    }
  }
});

test('loadAnalyzer shares one form table: interleaved documents analyse as alone', () => {
  const a = loadAnalyzer();
  const alone = TEXTS.map((t) => a.analyze(t));
  // Stages run over two documents in turn (the table's last-document ids must not leak between them).
  const d1 = Doc.fromTokens(tokenize(TEXTS[0]));
  const d2 = Doc.fromTokens(tokenize(TEXTS[1]));
  for (const s of a.stages) {
    s.run(d1);
    s.run(d2);
  }
  for (const [d, w] of [
    [d1, alone[0]],
    [d2, alone[1]],
  ] as const) {
    assert.deepEqual(d.lemma, w.lemma);
    assert.deepEqual(Array.from(d.head), Array.from(w.head));
    assert.deepEqual(Array.from(d.xpos), Array.from(w.xpos));
  }
  const doc1 = a.analyze('Iraq and Iran agreed to restore ties.');
  assert.equal(doc1.token(3).lemma, 'agree');
});
