import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadAnalyzer } from './index.js';
import { XPOS } from './tags.js';

const analyzer = loadAnalyzer({ parse: false });

/** Penn tag of `word` (its first occurrence) in `text`. */
function tagOf(text: string, word: string): string {
  const doc = analyzer.analyze(text);
  const i = doc.form.indexOf(word);
  assert.ok(i >= 0, word);
  return XPOS[doc.xpos[i]];
}

test('an -ed adjective after its subject and an adverb, before an object, is the verb', () => {
  assert.equal(tagOf('The United Nations also pressed both sides to respect the truce.', 'pressed'), 'VBD');
  assert.equal(tagOf('Riot police later dispersed dozens of students who marched on the ministry.', 'dispersed'), 'VBD');
});

test('an irregular past read as a noun after its subject is the verb', () => {
  assert.equal(tagOf('A car bomb tore through a crowded market in the capital, killing nine people.', 'tore'), 'VBD');
  // A noun compound keeps its noun: its clause has a finite verb.
  assert.equal(tagOf('The gun shot wounds were severe.', 'shot'), 'NN');
});
