import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeModel, readModel, Tagger, type TaggerModelData } from './model.js';
import { DEFAULT_TAGGER_PATH } from './paths.js';
import { shrinkModel } from './shrink.js';
import { uposId } from '../tags.js';

// shrink.ts: folding a tagger's bucket table and dropping small weights, without retraining.
const model = readModel(DEFAULT_TAGGER_PATH);
const single: TaggerModelData = { ...model, next: undefined };

/** Entries of bucket b as class -> weight. */
function bucket(m: TaggerModelData, b: number): Map<number, number> {
  let e = 0;
  for (let i = 0; i < b; i++) e += m.count[i];
  const out = new Map<number, number>();
  for (let j = 0; j < m.count[b]; j++) out.set(m.cls[e + j], m.w[e + j]);
  return out;
}

function tags(m: TaggerModelData, words: string[]): string {
  const t = new Tagger(m);
  const u = new Uint8Array(words.length);
  const x = new Uint8Array(words.length);
  t.tagSentence(words, u, x);
  return `${[...u].join(',')}|${[...x].join(',')}`;
}

const words = 'Militants ambushed a convoy near Gao on Friday , and the governor vowed to punish them .'.split(' ');

test('shrink: same buckets and no pruning give the same bytes and the same tags', () => {
  const s = shrinkModel(model, { logBuckets: model.logBuckets, prune: 0 });
  assert.deepEqual(Buffer.from(encodeModel(s)), Buffer.from(encodeModel(model)));
  assert.equal(tags({ ...s, next: undefined }, words), tags(single, words));
});

test('shrink: folding to 2^k buckets sums the same-class weights of buckets b and b + 2^k', () => {
  const k = single.logBuckets - 1;
  const s = shrinkModel(single, { logBuckets: k, prune: 0 });
  assert.equal(s.logBuckets, k);
  assert.equal(s.count.length, 1 << k);
  const factor = single.scale / s.scale;
  // A bucket where both halves hold weights of a common class: their sum, requantised.
  let checked = 0;
  for (let b = 0; b < 1 << k && checked < 3; b++) {
    if (single.count[b] === 0 || single.count[b + (1 << k)] === 0) continue;
    const lo = bucket(single, b);
    const hi = bucket(single, b + (1 << k));
    const got = bucket(s, b);
    for (const [c, w] of lo) {
      const want = Math.round((w + (hi.get(c) ?? 0)) * factor);
      assert.equal(got.get(c) ?? 0, want, `bucket ${b} class ${c}`);
    }
    for (const [c, w] of hi) if (!lo.has(c)) assert.equal(got.get(c) ?? 0, Math.round(w * factor));
    checked++;
  }
  assert.equal(checked, 3);
});

test('shrink: pruning drops exactly the weights below the threshold, and --top bounds a bucket', () => {
  const p = 1;
  const s = shrinkModel(single, { logBuckets: single.logBuckets, prune: p });
  const small = [...single.w].filter((w) => Math.abs(w) * single.scale < p).length;
  assert.equal(s.cls.length, single.cls.length - small);
  assert.ok(s.cls.length < single.cls.length);
  for (const w of s.w) assert.ok(Math.abs(w) * s.scale >= p);
  const t = shrinkModel(single, { logBuckets: single.logBuckets, prune: 0, top: 2 });
  assert.ok(t.count.every((c) => c <= 2));
  // The pruned model still tags a plain news sentence sensibly (verbs and nouns where they belong).
  const u = new Uint8Array(words.length);
  const x = new Uint8Array(words.length);
  new Tagger(s).tagSentence(words, u, x);
  assert.equal(u[1], uposId('VERB')); // ambushed
  assert.equal(u[3], uposId('NOUN')); // convoy
  assert.equal(u[14], uposId('VERB')); // punish
});
