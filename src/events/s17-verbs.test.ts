/**
 * Verbs and no-event sentences (helper s17-verbs). Invented sentences through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { trailingAttribution } from '../analysis/parser/attribution.js';
import { DEPREL, XPOS } from '../analysis/tags.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2019-11-05');

/** Index of the first token with this form in the analysed text. */
const at = (doc: { form: string[] }, form: string): number => doc.form.indexOf(form);

test('a trailing attribution is read apart from the clause before it', () => {
  const doc = annals.analyzer.analyze('The envoy, Maria Lindqvist, met Adel Abdul Mahdi on Wednesday, the mission said.');
  const said = at(doc, 'said');
  const met = at(doc, 'met');
  assert.equal(doc.head[said], -1);
  assert.equal(DEPREL[doc.dep[at(doc, 'mission')]], 'nsubj');
  assert.equal(doc.head[at(doc, 'mission')], said);
  // What was met is the object of the meeting, not the one who said it.
  const name = [at(doc, 'Adel'), at(doc, 'Abdul'), at(doc, 'Mahdi')];
  assert.ok(name.some((k) => doc.head[k] === met && DEPREL[doc.dep[k]] === 'obj'));
  assert.ok(name.every((k) => doc.head[k] !== said));
  assert.equal(doc.head[met], said);
});

test('the meeting before a trailing attribution is coded', () => {
  const got = code('BAGHDAD (AP) - Prime Minister Adel Abdul Mahdi met the Turkish ambassador on Wednesday, the mission said.');
  assert.ok(hasEvent(got, 'IRQGOV', '04', 'TURGOV'), got.join('; '));
});

test('only a plain noun phrase and a reporting verb after the last comma are an attribution', () => {
  const doc = annals.analyzer.analyze(
    'Troops raided the village on Monday, the army said. Troops raided the village, killing two men. Troops raided the village on Monday, aides to the governor said.',
  );
  const spans = Array.from(doc.sentStart, (s, i) => trailingAttribution(doc, s, doc.sentEnd[i]));
  assert.ok(spans[0] !== null);
  assert.equal(spans[0]!.verb, at(doc, 'said'));
  assert.equal(spans[1], null);
  assert.equal(spans[2], null);
});

test('an -ed form after a relative clause on the subject is its verb, not a participle', () => {
  const doc = annals.analyzer.analyze('Kurdish delegates, who hold 12 seats in the provincial council, announced on Friday that they were leaving the talks.');
  const k = at(doc, 'announced');
  assert.equal(XPOS[doc.xpos[k]], 'VBD');
  assert.equal(doc.head[k], -1);
  // Not inside the relative clause, nor for a participle phrase after an object ("the men, who ..., arrested by").
  const other = annals.analyzer.analyze('Police found the men, who had fled the city, hidden in a farmhouse near the border.');
  assert.notEqual(XPOS[other.xpos[at(other, 'hidden')]], 'VBD');
});
