/**
 * Verb families of the article-accuracy work (issue 5, session 11b, verbs part): backing someone's demand is an
 * endorsement (051), not accepting it (083); a request still to be made ("said he would ask X to ...") is no appeal
 * (02x). Each test codes invented news sentences through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals({ coder: { requireDyad: true } });
const code = eventCoder(annals, '2009-06-10');
const hasRoot = (got: readonly string[], prefix: string) => got.some((g) => g.split(' ')[1].startsWith(prefix));

test("backing another actor's demand endorses it (051), it accepts no demand (083)", () => {
  const got = code("The Kenyan opposition leader said he backed Nairobi's demand for a new vote.");
  assert.ok(hasEvent(got, 'KENOPP', '051', 'KENGOV'), got.join('; '));
  assert.ok(!hasRoot(got, '083'), got.join('; '));
});

test('supporting a demand named by an adjective endorses its owner (051)', () => {
  const got = code('The Ugandan ruling party supported the Kenyan demand to redraw the border.');
  assert.ok(hasEvent(got, 'UGAPTY', '051', 'KENGOV'), got.join('; '));
  assert.ok(!hasRoot(got, '083'), got.join('; '));
});

test('the authority approving demands made on it accepts them (083)', () => {
  const got = code("The Kenyan president approved the opposition's demands.");
  assert.ok(hasEvent(got, 'KENGOV', '083', 'KENOPP'), got.join('; '));
});

test('"said he would ask parliament to ..." is a request still to be made: no appeal (02x)', () => {
  const got = code('The Kenyan president said he would ask parliament to strip the finance minister of his post.');
  assert.ok(!got.some((g) => /^KENGOV 02\d* KENLEG$/.test(g)), got.join('; '));
});

test('"would ask the court to ..." is no appeal to the court yet', () => {
  const got = code('The Kenyan opposition said it would ask the Supreme Court to annul the vote.');
  assert.ok(!hasRoot(got, '02'), got.join('; '));
});

test('"would ask X how ..." announces talks: an intent to cooperate (030), no appeal', () => {
  const got = code('The Kenyan president said he would ask the Ugandan president how Nairobi could help him.');
  assert.ok(hasEvent(got, 'KENGOV', '030', 'UGAGOV'), got.join('; '));
  assert.ok(!hasRoot(got, '02'), got.join('; '));
});

test('"would ask X for land" (a thing asked for, no clause) stays an appeal (02x)', () => {
  const got = code("The Kenyan president's envoy said he would ask the Ugandan president for more troops.");
  assert.ok(got.some((g) => /^KENGOV 02\d* UGAGOV$/.test(g)), got.join('; '));
});

test('a request made ("asked parliament to ...") stays an appeal (02x)', () => {
  const got = code('The Kenyan president asked parliament to pass the budget.');
  assert.ok(got.some((g) => /^KENGOV 02\d* KENLEG$/.test(g)), got.join('; '));
});

test('a request decided on ("had decided to ask the U.N. to ...") is an appeal (02x), no request still to come', () => {
  const got = code('The Kenyan cabinet had decided to recall its envoy from Kampala and to ask the United Nations to send monitors.');
  assert.ok(got.some((g) => /^KENGOV 02\d* IGOUNO$/.test(g)), got.join('; '));
});

test('"might ... and ask the Security Council" shares the modal of the verb it is conjoined to: no appeal yet', () => {
  const got = code('Nairobi might abandon the talks and ask the U.N. Security Council to impose sanctions on Uganda.');
  assert.ok(!got.some((g) => /^KENGOV 02\d* IGOUNO$/.test(g)), got.join('; '));
});
