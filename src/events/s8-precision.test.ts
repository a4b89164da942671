/**
 * Precision families of the article-accuracy work (issue 5, session 8, precision part): events an expert
 * would not code, checked on invented news sentences through the whole pipeline (`createAnnals`, precision
 * filters on), each against the unfiltered coder (which still sees the event) and, where the family has one,
 * the same act that must still be coded.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals({ coder: { requireDyad: true } });
const code = eventCoder(annals, '2009-03-02');
const raw = eventCoder(createAnnals({ coder: { requireDyad: true }, filters: false }), '2009-03-02');
const root = (got: string[], r: string): boolean => got.some((g) => g.split(' ')[1].startsWith(r));

test("an actor acting for its own country names no target: 'vetoed the country's law', 'pledged that Jordan would'", () => {
  // A veto of "the country's law" is now aimed at the legislature that passed it (EGYLEG, as set 13 codes
  // "vetoed the country's new election law"), never at the country.
  const veto = "The Egyptian president vetoed the country's new election law on Tuesday.";
  assert.ok(hasEvent(code(veto), 'EGYGOV', '12', 'EGYLEG'), code(veto).join('; '));
  assert.ok(!hasEvent(code(veto), 'EGYGOV', '12', 'EGY'), code(veto).join('; '));
  for (const [s, src, r, tgt] of [['The Jordanian king pledged that Jordan would reform its economy.', 'JORGOV', '03', 'JOR']]) {
    assert.ok(hasEvent(raw(s), src, r, tgt), raw(s).join('; '));
    assert.ok(!hasEvent(code(s), src, r, tgt), code(s).join('; '));
  }
  // (s17-actors: the coder itself no longer takes an actor inside a relative clause on "anyone" as the target, so the
  // unfiltered output has no such event either; the filtered one still must not.)
  const kenya = 'The Kenyan interior minister warned that the government would deal firmly with anyone who tried to make the country ungovernable.';
  assert.ok(!hasEvent(code(kenya), 'KENGOV', '13', 'KEN'), code(kenya).join('; '));
  // Another country stays the target; so does the nation as the object of an appeal or apology.
  const other = 'The Jordanian king pledged that Syria would reform its economy.';
  assert.ok(code(other).some((g) => g.startsWith('JORGOV ') && g.split(' ')[2].startsWith('SYR')), code(other).join('; '));
  const appeal = 'The Palestinian president asked the United Nations to admit Palestine as a full member state.';
  assert.ok(code(appeal).some((g) => g.startsWith('PSEGOV 02')), code(appeal).join('; '));
});

test('the force an actor sends is not the target of its deployment; the place or side it goes against is', () => {
  const sent = 'Leaders of the Druze community offered to send Druze troops to Beirut to back the government.';
  assert.ok(root(raw(sent), '15'), raw(sent).join('; '));
  assert.ok(!root(code(sent), '15'), code(sent).join('; '));
  const against = 'Ankara has sent troops into northern Syria.';
  assert.ok(hasEvent(code(against), 'TURGOV', '15', 'SYR'), code(against).join('; '));
});

test("a withdrawal of the source's own unnamed brigades is no dyad", () => {
  const own = 'President Barack Obama has said he would begin withdrawing combat brigades from Kandahar.';
  assert.ok(raw(own).some((g) => g.split(' ')[1].startsWith('035')), raw(own).join('; '));
  assert.ok(!root(code(own), '03'), code(own).join('; '));
});

test('the press travelling with a leader is not a visitor', () => {
  const s = 'Reporters travelling with the Egyptian president were searched at the airport.';
  assert.ok(raw(s).some((g) => g.startsWith('---MED') || /^[A-Z]{3}MED/.test(g)), raw(s).join('; '));
  assert.ok(!code(s).some((g) => /^(?:[A-Z]{3}|---)MED/.test(g)), code(s).join('; '));
});

test('an act others only expect is not coded; an announced one is', () => {
  const s = 'The Jordanian foreign minister is expected to visit Damascus next week.';
  assert.ok(raw(s).some((g) => g.startsWith('JORGOV') && g.includes('SYR')), raw(s).join('; '));
  assert.ok(!code(s).some((g) => g.startsWith('JORGOV') && g.includes('SYR')), code(s).join('; '));
  const own = 'The Jordanian foreign minister said he would visit Damascus next week.';
  assert.ok(code(own).some((g) => g.startsWith('JORGOV') && g.includes('SYR')), code(own).join('; '));
});

test('a sect or nationality on a thing is no source: "clashes near the Shiite shrines killed 30 people"', () => {
  const s = 'Clashes near the Shiite shrines in Karbala killed at least 30 people.';
  assert.ok(raw(s).some((g) => g.startsWith('IRQSHI 18')), raw(s).join('; '));
  assert.ok(!code(s).some((g) => g.startsWith('IRQSHI ')), code(s).join('; '));
  const mosque = 'A Shiite mosque in Basra urged residents to stay home.';
  assert.ok(!code(mosque).some((g) => g.startsWith('IRQSHI ')), code(mosque).join('; '));
  // Conjoined modifiers are actors of their own.
  const troops = 'U.S. and Iraqi troops raided a house in Basra and detained five suspects.';
  assert.ok(code(troops).some((g) => g.startsWith('USAMIL 17')), code(troops).join('; '));
});

test('an attitude or help in general is no act: hoped, has long opposed, votes helped; a condemnation is', () => {
  for (const s of [
    'The Egyptian foreign minister said he hoped Israel would show restraint.',
    'The Jordanian opposition has long opposed the Egyptian plan.',
    "The cleric's votes in parliament helped the Jordanian prime minister.",
  ]) {
    assert.ok(raw(s).some((g) => /^(013|110|070)$/.test(g.split(' ')[1])), raw(s).join('; '));
    assert.ok(!code(s).some((g) => /^(013|110|070)$/.test(g.split(' ')[1])), code(s).join('; '));
  }
  assert.ok(hasEvent(code('Egypt condemned Israel.'), 'EGYGOV', '111', 'ISRGOV'), code('Egypt condemned Israel.').join('; '));
});

test("a city of the source's own country in an adjunct is the scene; as an argument it is the target", () => {
  const plan = 'The Lebanese prime minister promised to present a new security plan for Sidon.';
  assert.ok(hasEvent(raw(plan), 'LBNGOV', '03', 'LBN'), raw(plan).join('; '));
  assert.ok(!hasEvent(code(plan), 'LBNGOV', '03', 'LBN'), code(plan).join('; '));
  const arg = 'Kurdish leaders insisted that Kirkuk be returned to the Kurdish region.';
  assert.ok(hasEvent(code(arg), 'IRQGOVKUR', '10', 'IRQ'), code(arg).join('; '));
});
