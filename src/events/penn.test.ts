import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pennToDoc } from './penn.js';
import { DEPREL } from '../analysis/tags.js';

test('pennToDoc turns an (invented) Penn tree into UD-style heads and relations', () => {
  const doc = pennToDoc(
    '(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD were) (VP (VBN attacked) (PP (IN by) (NP (NNP Rohan))))) (. .)))',
  );
  const rel = (i: number) => DEPREL[doc.dep[i]];
  assert.deepEqual(doc.form, ['Arnor', 'and', 'Gondor', 'were', 'attacked', 'by', 'Rohan', '.']);
  assert.equal(doc.head[4], -1);
  assert.deepEqual([rel(0), doc.head[0]], ['nsubj:pass', 4]);
  assert.deepEqual([rel(2), doc.head[2]], ['conj', 0]);
  assert.deepEqual([rel(3), doc.head[3]], ['aux:pass', 4]);
  assert.deepEqual([rel(6), doc.head[6]], ['obl:agent', 4]);
  assert.deepEqual([rel(5), doc.head[5]], ['case', 6]);
});
