/**
 * Verbs and no-event sentences (helper s17-verbs). Invented sentences through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { XPOS } from '../analysis/tags.js';

const annals = createAnnals();

/** Index of the first token with this form in the analysed text. */
const at = (doc: { form: string[] }, form: string): number => doc.form.indexOf(form);

test('an -ed form after a relative clause on the subject is its verb, not a participle', () => {
  const doc = annals.analyzer.analyze('Kurdish delegates, who hold 12 seats in the provincial council, announced on Friday that they were leaving the talks.');
  const k = at(doc, 'announced');
  assert.equal(XPOS[doc.xpos[k]], 'VBD');
  assert.equal(doc.head[k], -1);
  // Not for a participle phrase after an object: the subject's clause already has its verb ("found").
  const other = annals.analyzer.analyze('Police found the men, who had fled the city, barricaded in a farmhouse near the border.');
  assert.notEqual(XPOS[other.xpos[at(other, 'barricaded')]], 'VBD');
});
