/**
 * Precision families of the issue-5 work (helper s16-precision), on invented sentences: targets that are no actor's
 * (a resignation or boycott that was only asked for, "the announcement" of an act that did not happen) and a reduced
 * passive ("units, backed by X,") read as the patient's act. Each test shows the result and a control the rule keeps;
 * every one of them failed before its change.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2012-05-02');
/** The coder with `passive-non-agent` off (same analyzer and dictionaries). */
const noPassive = eventCoder(createAnnals({ filters: { 'passive-non-agent': false }, reuse: annals }), '2012-05-02');
const AMMAN = 'AMMAN, Jordan, May 2 (AP) - ';

test('a resignation only called for ("has faced calls ... to resign") is no walkout; one done is 163', () => {
  const asked = code(`${AMMAN}Trade Minister Salem Haddad, who has faced calls from lawmakers to resign, blamed the shortages on smugglers.`);
  assert.ok(!asked.some((g) => / 16\d* /.test(g)), asked.join('; '));
  // The main clause's own act stays.
  assert.ok(asked.some((g) => / 112 /.test(g)), asked.join('; '));
  const done = code(`${AMMAN}Trade Minister Salem Haddad resigned on Monday.`);
  assert.ok(hasEvent(done, 'JORGOVBUS', '163', 'JORGOV'), done.join('; '));
});

test('a boycott a group called on others to make is not the group\'s boycott; its own boycott is coded', () => {
  const called = code(`${AMMAN}The Islamic Action Front had called on its members to boycott the vote.`);
  assert.ok(!called.some((g) => / 163 /.test(g)), called.join('; '));
  const own = code(`${AMMAN}The Islamic Action Front boycotted the vote on Monday.`);
  assert.ok(own.some((g) => /^JOROPPIAF 1[46]\d* JORGOV$/.test(g)), own.join('; '));
});

test('"the announcement" is not the act of one who "has not announced" it; an announcement made is its maker\'s', () => {
  const none = code(`${AMMAN}The Islamic Action Front has not announced its position on the budget. The United States welcomed the announcement.`);
  assert.ok(!none.some((g) => g.endsWith(' JOROPPIAF')), none.join('; '));
  const made = code(`${AMMAN}The Islamic Action Front announced its position on the budget on Monday. The United States welcomed the announcement.`);
  assert.ok(hasEvent(made, 'USAGOV', '051', 'JOROPPIAF'), made.join('; '));
});

test('"army units, backed by British troops," is no act of the units toward their backers (reduced passive)', () => {
  const BASRA = 'BASRA, Iraq, March 4 (AP) - ';
  for (const [text, patient, agent] of [
    [`${BASRA}Iraqi army units, backed by British troops, deployed around major churches in the city.`, 'IRQMIL', 'GBRMIL'],
    [`${BASRA}Syrian army units, backed by Russian troops, deployed around major mosques in the capital.`, 'SYRMIL', 'RUSMIL'],
  ]) {
    // Premise: the coder reads the participle as the units' act.
    assert.ok(hasEvent(noPassive(text), patient, '051', agent), noPassive(text).join('; '));
    const got = code(text);
    assert.ok(!hasEvent(got, patient, '051', agent), got.join('; '));
  }
  // Control: the active verb codes the backers' support.
  const active = code(`${BASRA}British troops backed Iraqi army units in the city.`);
  assert.ok(hasEvent(active, 'GBRMIL', '051', 'IRQMIL'), active.join('; '));
});

test('"condemned what he called X and called on Y to ...": the appeal is the speaker\'s own act, not inside the label', () => {
  const got = code('CAIRO, Egypt, Oct. 12 (AP) - The Arab League chief condemned what he called Iranian interference in Bahrain\'s affairs and called on Tehran to stop it.');
  assert.ok(hasEvent(got, 'IGOMEAARL', '111', 'IRNGOV'), got.join('; '));
  assert.ok(hasEvent(got, 'IGOMEAARL', '02', 'IRNGOV'), got.join('; '));
  // Control: an act inside the label itself stays an allegation ("what they called an attack by X on Y").
  const label = code('CAIRO, Egypt, Oct. 12 (AP) - The Arab League chief condemned what he called Iranian interference in Bahrain\'s affairs.');
  assert.ok(!label.some((g) => / 02\d* /.test(g)), label.join('; '));
});

test('ignoring an actor or defying armed men is no 128 (defiance of a norm); defying a curfew or powers is', () => {
  const KIRKUK = 'KIRKUK, Iraq, May 2 (AP) - ';
  const without = eventCoder(createAnnals({ filters: { 'defied-actor': false }, reuse: annals }), '2012-05-02');
  for (const text of [`${KIRKUK}Kurdish voters defied the militants and turned out in large numbers.`, `${KIRKUK}The governor ignored the Turkmen Front and signed the order.`]) {
    // Premise: the dictionary codes the verb 128 against the actor.
    assert.ok(without(text).some((g) => / 128 /.test(g)), without(text).join('; '));
    const got = code(text);
    assert.ok(!got.some((g) => / 128 /.test(g)), got.join('; '));
  }
  const curfew = code(`${KIRKUK}Sunni protesters defied the government's curfew on Friday.`);
  assert.ok(hasEvent(curfew, 'IRQOPPSUN', '128', 'IRQGOV'), curfew.join('; '));
  // A state defying powers defies their demands (128, as the development sentences code it).
  const powers = code('DAMASCUS, Syria, May 2 (AP) - Syria defied Western powers on Monday and resumed work at its reactor.');
  assert.ok(hasEvent(powers, 'SYRGOV', '128', 'WST'), powers.join('; '));
});

test('"has long sought to provoke a war between X and Y" is an attempt, no appeal to X or Y; "sought help from X" is', () => {
  const BEIRUT = 'BEIRUT, Lebanon, May 3 (AP) - ';
  const without = eventCoder(createAnnals({ filters: { 'attempt-not-appeal': false }, reuse: annals }), '2012-05-02');
  const text = `${BEIRUT}Hezbollah has long sought to provoke a war between Christians and Druze.`;
  assert.ok(without(text).some((g) => / 02\d* /.test(g)), without(text).join('; '));
  const got = code(text);
  assert.ok(!got.some((g) => / 02\d* /.test(g)), got.join('; '));
  const help = code(`${BEIRUT}The prime minister sought help from Arab governments.`);
  assert.ok(help.some((g) => /^LBNGOV 02\d* /.test(g)), help.join('; '));
});
