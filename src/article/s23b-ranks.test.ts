import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleMentions } from '../testkit/article.js';

const annals = createAnnals({ geo: false });

/** The article-level code of each mention whose text is `phrase` (in order), for an invented article. */
const resolve = (text: string): ((phrase: string) => string[]) => articleMentions(annals, text, 'BAGHDAD, May 14 (AP) -', 20070514).codes;

// Abbreviated military ranks before a name ("Brig. Gen. X", "Lt. Col. X", "Col X") are titles as the full ranks are.

test('"Brig. Gen." before an unknown name is a military officer with the name', () => {
  const codes = resolve('Brig. Gen. Tom Walsford accused Iranian agents of arming the militias.');
  assert.deepEqual(codes('Brig. Gen. Tom Walsford'), ['IRQMIL']);
});

test('a country adjective before "Maj. Gen." gives the officer his country', () => {
  const codes = resolve('Syrian Maj. Gen. Faris Haddad condemned the attack on Sunday.');
  assert.deepEqual(codes('Syrian Maj. Gen. Faris Haddad'), ['SYRMIL']);
});

test('an abbreviated rank without its period is a title before a name, not alone', () => {
  const codes = resolve('Lt Col Pete Brannigan praised the Iraqi soldiers on Sunday. The minister met the head of the Col on Monday.');
  assert.deepEqual(codes('Lt Col Pete Brannigan'), ['IRQMIL']);
  assert.deepEqual(codes('Col'), []);
});

test('a pronoun after "Col. X" refers to the officer', () => {
  const codes = resolve('Col. Harry Dunmore met tribal leaders in Ramadi on Sunday. He promised them more money.');
  assert.deepEqual(codes('He'), ['IRQMIL']);
});

// The role in apposition says whose officer he is.

test('a rank and name followed by a foreign role in apposition take the role', () => {
  const codes = resolve('Colonel Tom Rinner, the British spokesman, criticized the Iranian government on Sunday. He also met Iraqi officers.');
  assert.deepEqual(codes('Colonel Tom Rinner'), ['GBRGOV']);
  assert.deepEqual(codes('He'), ['GBRGOV']);
});

test('a rank and name after a role in apposition take the role', () => {
  const codes = resolve("Basra's police chief, Brigadier General Ali Nasser Hamid, said his men had arrested three people.");
  assert.deepEqual(codes('Brigadier General Ali Nasser Hamid'), ['IRQCOP']);
});
