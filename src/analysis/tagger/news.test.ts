import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnnalsError } from '../../errors.js';
import { parseNewsCheck, readNewsCheck, scoreNewsCheck } from './news.js';
import { loadTagger } from './index.js';

test('parseNewsCheck: key tokens, plain words, comments', () => {
  const s = parseNewsCheck('# comment\n\nPolice/NOUN arrested/VERB/VBD two men and/or w/o .\n');
  assert.equal(s.length, 1);
  assert.deepEqual(s[0].words, ['Police', 'arrested', 'two', 'men', 'and/or', 'w/o', '.']);
  assert.deepEqual(s[0].upos, ['NOUN', 'VERB', '', '', '', '', '']);
  assert.deepEqual(s[0].xpos, ['', 'VBD', '', '', '', '', '']);
});

test('parseNewsCheck: an unknown XPOS on a key token is an error with its line', () => {
  assert.throws(
    () => parseNewsCheck('ok .\nPolice/NOUN/NNX left .', 'f.tsv'),
    (e: unknown) => e instanceof AnnalsError && e.code === 'E_INPUT' && e.file === 'f.tsv' && e.line === 2,
  );
});

test('the committed news check set parses and is scored on key tokens only', () => {
  const sents = readNewsCheck();
  assert.ok(sents.length >= 80);
  const r = scoreNewsCheck(loadTagger(), sents);
  assert.ok(r.keys >= sents.length && r.xposKeys <= r.keys);
  assert.ok(r.upos > 0.5 && r.upos <= 1);
});
