/**
 * A test helper shared by the analysis tests: every sentence of a parsed Doc is a
 * tree (one root labelled 'root', heads inside the sentence, every token labelled,
 * no cycles). Throws an AssertionError naming the token otherwise.
 * @module
 */
import assert from 'node:assert/strict';
import type { Doc } from './doc.js';
import { DEPREL } from './tags.js';

/** Assert that every sentence of `doc` is a well-formed dependency tree. */
export function assertTrees(doc: Doc): void {
  for (let s = 0; s < doc.sentenceCount; s++) {
    const a = doc.sentStart[s];
    const b = doc.sentEnd[s];
    let roots = 0;
    for (let i = a; i < b; i++) {
      const h = doc.head[i];
      if (h < 0) {
        roots++;
        assert.equal(DEPREL[doc.dep[i]], 'root');
        continue;
      }
      assert.ok(h >= a && h < b && h !== i, `head of ${i} outside sentence or self`);
      assert.notEqual(DEPREL[doc.dep[i]], '_');
      let x = i;
      let steps = 0;
      while (doc.head[x] >= 0) {
        x = doc.head[x];
        assert.ok(++steps <= b - a, `cycle through token ${i}`);
      }
    }
    if (b > a) assert.equal(roots, 1, `sentence ${s} has ${roots} roots`);
  }
}
