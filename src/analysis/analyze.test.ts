import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadAnalyzer } from './index.js';
import { DEPREL, UPOS } from './tags.js';
import { assertTrees } from './tree-check.js';

const analyzer = loadAnalyzer();

test('analyze: tokens, tags, lemmas and a parse from raw news text', () => {
  const doc = analyzer.analyze('Iraq and Iran agreed to restore ties. The embassy was attacked by gunmen on Monday.');
  assert.equal(doc.sentenceCount, 2);
  const agreed = doc.form.indexOf('agreed');
  assert.equal(doc.lemma[agreed], 'agree');
  assert.equal(UPOS[doc.upos[agreed]], 'VERB');
  assert.equal(doc.head[agreed], -1);
  const attacked = doc.form.indexOf('attacked');
  assert.equal(DEPREL[doc.dep[doc.form.indexOf('embassy')]], 'nsubj:pass');
  assert.equal(doc.head[doc.form.indexOf('embassy')], attacked);
  assertTrees(doc);
  for (let i = 0; i < doc.length; i++) assert.equal(doc.text.slice(doc.start[i], doc.end[i]).length > 0, true);
});

test('analyze never throws on hostile input and stays a set of trees', () => {
  const inputs: [string, string][] = [
    ['empty', ''],
    ['whitespace', ' \n\t \n'],
    ['one long line without punctuation', 'word '.repeat(100_000)],
    ['binary noise', Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('')],
    ['all caps headline', 'IRAQI PRIME MINISTER REJECTS US DEMAND TO DISBAND SHIITE MILITIA'],
    ['another script', 'رئيس الوزراء العراقي يرفض المطالب الأمريكية. 伊拉克总理拒绝美国的要求。'],
    ['10,000 commas', ','.repeat(10_000)],
  ];
  for (const [name, text] of inputs) {
    const doc = analyzer.analyze(text);
    assertTrees(doc);
    for (let s = 0; s < doc.sentenceCount; s++) assert.ok(doc.sentEnd[s] - doc.sentStart[s] <= 250, `${name}: sentence cap`);
  }
});

test('analyzeHorizontal keeps the given tokens', () => {
  const doc = analyzer.analyzeHorizontal("Maliki did n't meet Sadr .\nThey met .");
  assert.deepEqual(doc.form.slice(0, 6), ['Maliki', 'did', "n't", 'meet', 'Sadr', '.']);
  assert.equal(doc.sentenceCount, 2);
  assert.equal(doc.lemma[1], 'do');
  assertTrees(doc);
});
