/**
 * Verb and construction families of the verbs part (issue 5, session 15): sentences where annals emitted no event,
 * or the right dyad with another root, in the development sets opened last (26, 27) and checked on the others. Each
 * test codes invented news sentences through the whole pipeline (`createAnnals`, article coreference on) and checks
 * the dyad and CAMEO code an expert would give them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals({ coder: { requireDyad: true } });
const code = eventCoder(annals, '2014-09-20');

test('a crowd that shouts or chants slogans against someone demonstrates against them (141), it makes no statement (010)', () => {
  const a = code('Hundreds of Syrian residents shouted slogans against the Lebanese government.');
  assert.ok(hasEvent(a, 'SYRCVL', '141', 'LBNGOV'), a.join('; '));
  assert.ok(!a.some((g) => g.split(' ')[1] === '010'), a.join('; '));
  // A gathering with slogans shouted is a demonstration, as one with slogans chanted.
  const b = code('Hundreds of Syrian residents gathered near the gate, shouting slogans against the Lebanese government.');
  assert.ok(hasEvent(b, 'SYRCVL', '141', 'LBNGOV'), b.join('; '));
  // A plain gathering with no slogans, no demand and no protest is no event.
  const c = code('Hundreds of Syrian residents gathered near the gate on Sunday.');
  assert.ok(!c.some((g) => g.split(' ')[1].startsWith('14')), c.join('; '));
});

test('"retook" and "retaken" are forms of retaking territory (19)', () => {
  const a = code('Turkish troops retook the border town from the Kurdish rebels on Sunday.');
  assert.ok(a.some((g) => /^TURMIL 19\d* TURREB/.test(g)), a.join('; '));
  const b = code('Turkish troops have retaken the border town from the Kurdish rebels.');
  assert.ok(b.some((g) => /^TURMIL 19\d* TURREB/.test(g)), b.join('; '));
});

test('an offer of "U.N. help" by a U.N. envoy is aimed at the home government, not at the U.N. itself', () => {
  const text =
    'BAGHDAD, Sept. 20, 2014 (AP) - The Iraqi electoral commission said on Saturday it would recount the votes cast in Basra. ' +
    'The U.N. envoy met the commission on Friday and also offered U.N. help to check the disputed ballot boxes.';
  const a = code(text);
  assert.ok(a.some((g) => /^IGOUNO 03\d* IRQGOV$/.test(g)), a.join('; '));
  assert.ok(!a.some((g) => /^IGOUNO 03\d* IGOUNO$/.test(g)), a.join('; '));
});

test('"welcomed the veto", "praised the operation": the act welcomed stands for its agent told before', () => {
  const a = code('Lebanese President Michel Suleiman vetoed the new election law on Tuesday. Jordan welcomed the veto in a statement.');
  assert.ok(hasEvent(a, 'JORGOV', '05', 'LBNGOV'), a.join('; '));
  const b = code('Lebanese troops launched an offensive against the Islamist militants near Tripoli on Monday. Jordan praised the offensive.');
  assert.ok(hasEvent(b, 'JORGOV', '05', 'LBNMIL'), b.join('; '));
  const d = code('The Kataeb party suspended its participation in the Lebanese cabinet on Monday. Hezbollah criticized the suspension as blackmail.');
  assert.ok(d.some((g) => /^LBNREBHEZ 11\d* LBNPTY/.test(g)), d.join('; '));
  // With no act of the noun's verbs before it, "the operation" names no one.
  const c = code('Jordan welcomed the operation.');
  assert.ok(!c.some((g) => g.startsWith('JORGOV 05')), c.join('; '));
});

test('"X telephoned Y, the ministry said": the telephoned side is the target (041), the ministry only reports it', () => {
  const a = code('The Egyptian foreign minister telephoned Netanyahu, the Egyptian Foreign Ministry said.');
  assert.ok(hasEvent(a, 'EGYGOV', '041', 'ISRGOV'), a.join('; '));
  // The reporter is no target of the call.
  assert.ok(!a.some((g) => / 04\d* EGYGOV$/.test(g)), a.join('; '));
});

test('"reaffirmed Washington\'s support for" someone: the giver\'s own state names the giver, the one backed is the target', () => {
  const a = code('The French foreign minister reaffirmed France\'s support for the Lebanese government.');
  assert.ok(hasEvent(a, 'FRAGOV', '05', 'LBNGOV'), a.join('; '));
  assert.ok(!a.some((g) => / 05\d* FRA$/.test(g)), a.join('; '));
  const b = code('The Turkish foreign minister expressed Turkish support for the Lebanese government.');
  assert.ok(hasEvent(b, 'TURGOV', '05', 'LBNGOV'), b.join('; '));
  // Another side's possessive is still whom the support backs.
  const c = code('The French foreign minister backed the Lebanese prime minister\'s campaign.');
  assert.ok(c.some((g) => /^FRAGOV 05\d* LBN/.test(g)), c.join('; '));
});

test('"X spoke by telephone with Y, and they discussed ..., the ministry said": "spoke" after a name is the verb (041)', () => {
  const a = code('Secretary of State Antony Blinken spoke by telephone with Kadhimi on Monday, and they discussed the attack, the State Department said.');
  assert.ok(a.some((g) => /^USAGOV 041 IRQ/.test(g)), a.join('; '));
});

test('"the White House said X had telephoned Y and Z": the reported call is coded (041), its caller the subject', () => {
  const a = code('In Washington, the White House said Vice President Joe Biden had telephoned Erdogan and the Turkish foreign minister on Sunday to urge them to show restraint.');
  assert.ok(hasEvent(a, 'USAGOV', '041', 'TURGOV'), a.join('; '));
});

test('a crowd that "rallied against" someone demonstrates (141); a leader who rallies against someone rallies opposition (113)', () => {
  const a = code('Thousands of protesters rallied against the Lebanese government in Beirut.');
  assert.ok(hasEvent(a, 'LBNOPP', '141', 'LBNGOV'), a.join('; '));
  const b = code('Hundreds of Syrian students rallied against the Syrian president.');
  assert.ok(b.some((g) => /^SYR\w* 141 SYRGOV$/.test(g)), b.join('; '));
  const c = code('The Turkish president rallied against the Syrian government.');
  assert.ok(hasEvent(c, 'TURGOV', '113', 'SYRGOV'), c.join('; '));
});

test('a de-escalation agreed ("had agreed to halt its offensive") is the de-escalation (087); one still to be agreed is an intent (035)', () => {
  const a = code('The Lebanese army had agreed to halt its offensive against the Islamist militants for two days.');
  assert.ok(a.some((g) => /^LBNMIL 087\d* /.test(g)), a.join('; '));
  const b = code('The Lebanese army would agree to halt its offensive against the Islamist militants.');
  assert.ok(!b.some((g) => /^LBNMIL 087/.test(g)), b.join('; '));
});

test('an invitation "to open a dialogue" is an invitation to talks (036), whatever else its phrase names', () => {
  const a = code('The Turkish prime minister invited the Kurdish leadership to open a dialogue under the constitution.');
  assert.ok(a.some((g) => /^TURGOV 036 TUR/.test(g)), a.join('; '));
  // An invitation to reform, with no talks named, stays an appeal (02x).
  const b = code('The Turkish president invited the Kurdish parties to back democratic reforms.');
  assert.ok(b.some((g) => /^TURGOV 02\d* TUR/.test(g)), b.join('; '));
});

test('"came two weeks after the party, the largest bloc, pulled its ministers out of the cabinet": the party pulled them out (16)', () => {
  const a = code('The visit came two weeks after the Kataeb party, the largest Christian bloc in parliament, pulled its three ministers out of the Lebanese cabinet.');
  assert.ok(a.some((g) => /^LBNPTY 16\d* LBNGOV$/.test(g)), a.join('; '));
});

test('"Relatives of the dead gathered at the square, chanting slogans against X": the gathering is the verb, relatives are civilians (141)', () => {
  const a = code('BEIRUT, Lebanon (AP) - A Lebanese soldier was killed on Monday. Relatives of the dead gathered at the square on Tuesday afternoon, chanting slogans against the Israelis and demanding compensation.');
  assert.ok(a.some((g) => /^LBNCVL 141 ISR/.test(g)), a.join('; '));
});

test('"under the cover of the American jets", "at the Iraqi request": who covers or asks for an act is not its target', () => {
  const a = code('Turkish warplanes struck the Kurdish rebels at the Iraqi request.');
  assert.ok(a.some((g) => /^TURMIL 19\d* TURREB/.test(g)), a.join('; '));
  assert.ok(!a.some((g) => / 19\d* IRQ/.test(g)), a.join('; '));
  const b = code('Kurdish rebels retook two villages near Dohuk on Saturday under the cover of the American jets.');
  assert.ok(!b.some((g) => / 19\d* USA/.test(g)), b.join('; '));
});
