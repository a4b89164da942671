import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleMentions } from '../testkit/article.js';

const annals = createAnnals({ geo: false });

/** The article-level code of each mention whose text is `phrase` (in order), for an invented article. */
const resolve = (text: string): ((phrase: string) => string[]) => articleMentions(annals, text, 'BAGHDAD, March 9 (AP) -', 20100309).codes;

// "The pontiff" after "Pope Francis", "The Guards" after "the Revolutionary Guards": a title the person was named with, or
// the last word of an organisation's name, said again with "the" (no dictionary knows the short form).

test('"the pontiff" is the pope the article named', () => {
  const codes = resolve('Pope Benedict XVI received the Iraqi foreign minister at the Vatican on Monday. The pontiff urged Iraq to protect its Christians.');
  const pope = codes('Pope Benedict XVI');
  assert.equal(pope.length, 1);
  assert.deepEqual(codes('pontiff'), pope);
});

test('"the Guards" after "Iran\'s Revolutionary Guards" is the Guards, whose claim then has a source', () => {
  const text = 'Iran\'s Revolutionary Guards fired missiles at a base near Erbil on Sunday. Kurdish officials condemned the strike. The Guards said they had struck a spy center.';
  assert.deepEqual(resolve(text)('Guards'), ['IRNMIL', 'IRNMIL']);
});

test('"the House" is no White House, "the state" no State Department official', () => {
  const codes = resolve(
    'A State Department official said the White House wanted a vote soon. The House will vote next week, and the state must protect its citizens.',
  );
  assert.ok(!codes('House').slice(1).some((c) => c === 'USAGOV'), codes('House').join(' '));
  assert.ok(!codes('state').some((c) => c === 'USAGOV'), codes('state').join(' '));
});

test('"the South" is no title of a person whose nationality word began his name', () => {
  const codes = resolve(
    'Former South African President Thabo Mbeki met the leaders of Sudan and South Sudan on Monday. Troops from the South seized the town last year.',
  );
  assert.ok(!codes('South').some((c) => c.startsWith('ZAF')), codes('South').join(' '));
});
