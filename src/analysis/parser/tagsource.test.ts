import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ConlluSentence } from '../conllu.js';
import { jackknifeTags } from './tagsource.js';
import { scratchDir } from '../../testkit/tmp.js';

/** An invented miniature treebank: "The <noun> <verb>ed the <noun> ." in 40 variants. */
function corpus(): ConlluSentence[] {
  const nouns = ['envoy', 'army', 'court', 'union', 'minister'];
  const verbs = ['visited', 'praised', 'blamed', 'urged'];
  const out: ConlluSentence[] = [];
  for (let k = 0; k < 40; k++) {
    const a = nouns[k % 5];
    const b = nouns[(k * 3 + 1) % 5];
    const v = verbs[k % 4];
    out.push({
      words: ['The', a, v, 'the', b, '.'],
      lemmas: ['the', a, v.replace(/d$/, ''), 'the', b, '.'],
      upos: ['DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT'],
      xpos: ['DT', 'NN', 'VBD', 'DT', 'NN', '.'],
      heads: [2, 3, 0, 5, 3, 3],
      deprels: ['det', 'nsubj', 'root', 'det', 'obj', 'punct'],
      line: 1 + 8 * k,
    });
  }
  return out;
}

test('jackknifed tags: every training sentence tagged by a tagger that did not see it, deterministic, cached', () => {
  const sents = corpus();
  const cache = join(scratchDir('annals-jk-'), 'sub', 'jk.bin');
  const a = jackknifeTags(sents, 2, cache);
  assert.ok(existsSync(cache));
  assert.equal(a.tags.length, sents.length);
  a.tags.forEach((t, i) => {
    const n = sents[i].words.length;
    assert.equal(t.upos.length, n);
    assert.equal(t.xpos.length, n);
  });
  assert.ok(a.uposAcc > 50 && a.uposAcc <= 100, `accuracy ${a.uposAcc}`);
  // Read back from the cache: the same tags.
  const b = jackknifeTags(sents, 2, cache);
  assert.equal(b.uposAcc, a.uposAcc);
  assert.deepEqual(b.tags.map((t) => [...t.upos, ...t.xpos]), a.tags.map((t) => [...t.upos, ...t.xpos]));
  // Recomputed without the cache: identical (seeded training).
  const c = jackknifeTags(sents, 2);
  assert.deepEqual(c.tags.map((t) => [...t.upos, ...t.xpos]), a.tags.map((t) => [...t.upos, ...t.xpos]));
  // A cache written for other sentences is not reused.
  const d = jackknifeTags(sents.slice(0, 30), 2, cache);
  assert.equal(d.tags.length, 30);
});
