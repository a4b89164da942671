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
