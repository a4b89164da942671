import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleMentions } from '../testkit/article.js';

const annals = createAnnals({ geo: false });

/** The article-level code of each mention whose text is `phrase` (in order), for an invented article. */
const resolve = (text: string): ((phrase: string) => string[]) => articleMentions(annals, text, 'BAGHDAD, May 4 (AP) -', 20090504).codes;

// "they", "them", "their": a people or a crowd named by a generic noun ("Kurdish voters", "the protesters") is what a
// plural pronoun means, before a singular body named near it ("the provincial council", "parliament").

const boycott =
  'Parliament met on Sunday to debate the budget. ' +
  'The elections for the Iraqi parliament were boycotted by most Christians, a decision that left them with two of its 328 seats. ' +
  'Their leaders have since complained that the cabinet ignored them.';

test('"them" after a plural group and a body named with it is the group, not the body', () => {
  const them = resolve(boycott)('them');
  assert.equal(them.length, 2, them.join(' '));
  for (const c of them) assert.equal(c, 'IRQCHR');
});

test('"their leaders" in the next sentence lead the plural group, not the body it voted for', () => {
  assert.deepEqual(resolve(boycott)('leaders'), ['IRQCHR']);
});

test('a singular pronoun still prefers the named person to a generic group', () => {
  const codes = resolve(
    'Prime Minister Nouri al-Maliki visited Kut on Monday. Hundreds of farmers gathered outside the governor\'s office, and he promised them new wells.',
  );
  assert.deepEqual(codes('he'), ['IRQGOV']);
  const them = codes('them');
  assert.equal(them.length, 1, them.join(' '));
  assert.match(them[0], /^IRQ/, them[0]);
  assert.doesNotMatch(them[0], /GOV/, them[0]);
});

test('a possessive of the same sentence still takes the named group before a generic plural noun', () => {
  const codes = resolve('The Sadrists this week called for a debate on the role of foreign contractors, and their spokesman in parliament, Karim Abbas, said the bloc would boycott the session.');
  assert.deepEqual(codes('spokesman'), ['IRQPTYSDR']);
});

test('"their men" of tribal leaders who complained about the police are the tribes\' men, not police', () => {
  const codes = resolve('Awakening leaders in Salahuddin said the provincial police had ignored their warnings, and some threatened to withdraw their men from the checkpoints.');
  assert.deepEqual(codes('men'), ['IRQUAFSUN']);
});
