/**
 * Threats of the issue-5 work (helper s21-threats), on invented sentences through the whole pipeline: an act announced
 * on an ultimatum's condition ("would resign if X did not ...", "if X continued ...") is a threat to the condition's
 * subject.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';

const annals = createAnnals();
/** Events of an invented story, with a wire dateline (its city is the article's home). */
const code = (text: string, dateline = 'ANKARA, May 4 (AP) -'): string[] =>
  annals.codeDocument({ id: 't', text, date: '2009-05-04', path: '-', dateline }).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);

test('an act announced on an ultimatum\'s condition ("if X did not ...") threatens X', () => {
  const got = code('The Syrian opposition council said it would appoint its own governors if the Turkish government did not end the raids.');
  assert.ok(got.some((g) => /^SYR\S* 13\d* TUR/.test(g)), got.join('; '));
});

test('so does one announced "if X continued ..."', () => {
  const got = code('The Kurdish bloc said it would take the dispute to the courts if the Turkish government continued the raids.');
  assert.ok(got.some((g) => / 13\d* TUR/.test(g)), got.join('; '));
});

test('an own intent on an ultimatum\'s condition ("would resign if X did not ...") is a threat, not an offer', () => {
  const got = code('The Syrian defense minister said he would resign if the Turkish government did not withdraw its troops.');
  assert.ok(got.some((g) => /^SYR\S* 13\d* TUR/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 03\d* /.test(g)), got.join('; '));
});

