import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from './doc.js';
import { parseConllu, toConllu } from './conllu.js';

test('Doc.fromWords keeps offsets that slice back to each token', () => {
  const doc = Doc.fromWords([['Iraq', 'protested', '.'], ['Iran', 'agreed']]);
  assert.equal(doc.length, 5);
  assert.equal(doc.sentenceCount, 2);
  for (let i = 0; i < doc.length; i++) assert.equal(doc.tokenText(i), doc.form[i]);
  assert.equal(doc.sentence(1).text, 'Iran agreed');
  assert.equal(doc.sentenceOf(4), 1);
  assert.equal(doc.sentenceOf(0), 0);
});

test('CoNLL-U round trip keeps words, tags and relative heads', () => {
  const src = '# text = They met .\n1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n';
  const [s] = parseConllu(src);
  assert.deepEqual(s.words, ['They', 'met', '.']);
  assert.deepEqual(s.heads, [2, 0, 2]);
  const doc = Doc.fromWords([s.words]);
  doc.head.set([1, -1, 1]);
  const out = toConllu(doc);
  assert.match(out, /^2\tmet\t_\t_\t_\t_\t0\troot/m);
  assert.match(out, /^1\tThey\t_\t_\t_\t_\t2\tdep/m);
});

test('CoNLL-U errors name the file and line', () => {
  assert.throws(() => parseConllu('1\tA\n', 'x.conllu'), /x\.conllu:1: .*columns/);
});
