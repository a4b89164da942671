/**
 * Verb and construction families of the verbs part (issue 5, session 16): sentences where annals emitted no event,
 * or the right dyad with another root, in the development sets opened last (28, 29) and checked on the others. Each
 * test codes invented news sentences through the whole pipeline (`createAnnals`, article coreference on) and checks
 * the dyad and CAMEO code an expert would give them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals({ coder: { requireDyad: true } });
const code = eventCoder(annals, '2009-03-14');

test('"call on X to resign / hand over / release / cancel" is a demand (10); "call on X to stop fighting" stays an appeal (02)', () => {
  const a = code('Lebanese President Michel Suleiman called on Syria to hand over the suspects in the bombing.');
  assert.ok(a.some((g) => /^LBNGOV 10\d* SYR/.test(g)), a.join('; '));
  const b = code('Lebanese President Michel Suleiman called on the Israeli prime minister to resign.');
  assert.ok(b.some((g) => /^LBNGOV 10\d* ISRGOV$/.test(g)), b.join('; '));
  // The resignation asked for is no resignation of the caller's (16).
  assert.ok(!b.some((g) => / 16\d* /.test(g)), b.join('; '));
  // Through a possessive: "called on Barzani's government to resign".
  const h = code("Hours later, the Gorran movement, whose lawmakers won the most seats, called on Barzani's government to resign.");
  assert.ok(h.some((g) => /^IRQ\w* 10\d* IRQ\w*GOV\w*$/.test(g)), h.join('; '));
  const c = code('Lebanese President Michel Suleiman called upon Syria to release the Lebanese detainees at once.');
  assert.ok(c.some((g) => /^LBNGOV 10\d* SYR/.test(g)), c.join('; '));
  const d = code('Lebanese President Michel Suleiman called on Syria to set a date for the withdrawal of its troops.');
  assert.ok(d.some((g) => /^LBNGOV 10\d* SYR/.test(g)), d.join('; '));
  // Calls to stop fighting or to settle a dispute are appeals.
  const e = code('Lebanese President Michel Suleiman called on Syria to stop the shelling.');
  assert.ok(e.some((g) => /^LBNGOV 02\d* SYR/.test(g)), e.join('; '));
  assert.ok(!e.some((g) => /^LBNGOV 10\d* SYR/.test(g)), e.join('; '));
  // Other appeal verbs keep their root: "urged Syria to release" is an appeal.
  const f = code('Lebanese President Michel Suleiman urged Syria to release the Lebanese detainees.');
  assert.ok(f.some((g) => /^LBNGOV 02\d* SYR/.test(g)), f.join('; '));
  // "set" with no date is no demand of this kind.
  const g = code('Lebanese President Michel Suleiman called on Syria to set up a joint border committee.');
  assert.ok(!g.some((x) => /^LBNGOV 10\d* SYR/.test(x)), g.join('; '));
});

test('threatening to kill "anyone who" votes or takes part is a threat against civilians (138)', () => {
  const a = code('Al-Qaida in Iraq has threatened to kill anyone who takes part in the provincial election.');
  assert.ok(a.some((g) => /^IRQREB\w* 13\d* \w*CVL$/.test(g)), a.join('; '));
  // Not an asserted killing, and not when the pronoun names no one by what they do.
  const b = code('The police said they had arrested anyone who had attacked the polling station.');
  assert.ok(!b.some((g) => / \w*CVL$/.test(g) && /^\S+ 1[38]/.test(g)), b.join('; '));
});

test('"Rival factions, including X, accused Y of ...": the parse that hung the verb on the inserted phrase is repaired (112)', () => {
  const a = code('Rival Shiite factions, including the State of Law bloc of Vice President Nouri al-Maliki, accused Sadr of plotting to storm the parliament.');
  assert.ok(a.some((g) => /^IRQPTYSHI 112\d* IRQPTYSDR$/.test(g)), a.join('; '));
});

test('"quit Prime Minister X\'s government" cuts ties with it (16), whatever "troops" come later in the clause', () => {
  const a = code('Two Sunni ministers quit Prime Minister Nouri al-Maliki\'s government on Wednesday, a day after troops stormed a protest camp near Falluja.');
  assert.ok(a.some((g) => /^IRQ\w* 16\d* IRQGOV$/.test(g)), a.join('; '));
  assert.ok(!a.some((g) => /^IRQ\w* 0874 IRQGOV$/.test(g)), a.join('; '));
});

test('"ordered the ministry to investigate the raid" is the ordered inquiry (09), no demand on the ministry', () => {
  const a = code('Turkish troops raided a Kurdish village near the border on Monday. Prime Minister Erdogan ordered the Interior Ministry to investigate the raid.');
  assert.ok(!a.some((g) => /^TURGOV 10\d* /.test(g)), a.join('; '));
  assert.ok(a.some((g) => /^TURGOV 09\d* TURMIL$/.test(g)), a.join('; '));
});

test('backing a pact "only if" or not "unless" it says something is a demand on the government that negotiates it (100)', () => {
  const a = code('BAGHDAD, March 14 (AP) - The Kurdish Alliance said it would support the oil agreement only if it guaranteed the region a fixed share of revenues.');
  assert.ok(hasEvent(a, 'IRQKUR', '100', 'IRQGOV'), a.join('; '));
  const b = code('BAGHDAD, March 14 (AP) - The Kurdish Alliance said it would not back the pact unless it was put to a referendum.');
  assert.ok(hasEvent(b, 'IRQKUR', '100', 'IRQGOV'), b.join('; '));
  // Plain support for a pact names no one.
  const c = code('BAGHDAD, March 14 (AP) - The Kurdish Alliance said it supported the agreement.');
  assert.ok(!c.some((g) => g.startsWith('IRQKUR 10')), c.join('; '));
});

test('banning the traffic of a city or country restricts its people (172)', () => {
  const a = code('BAGHDAD, Oct. 4 (AP) - In Baghdad, soldiers blocked the bridges and the government banned all vehicle traffic in the capital.');
  assert.ok(hasEvent(a, 'IRQGOV', '172', 'IRQCVL'), a.join('; '));
  const b = code('BAGHDAD, Oct. 4 (AP) - Iraqi police sealed the borders and banned most civilian traffic for two days.');
  assert.ok(hasEvent(b, 'IRQCOP', '172', 'IRQCVL'), b.join('; '));
  // Traffic that only slowed is no one's ban.
  const c = code('BAGHDAD, Oct. 4 (AP) - Traffic slowed in the capital as the government met.');
  assert.ok(!c.some((g) => g.split(' ')[1].startsWith('172')), c.join('; '));
});
