/**
 * Verb, idiom and construction families of the article-accuracy work (issue 5, session 10, verbs part): each test
 * codes invented news sentences through the whole pipeline (`createAnnals`, article coreference on) and checks
 * the dyad and CAMEO code an expert would give them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals({ coder: { requireDyad: true } });
const code = eventCoder(annals, '2012-11-20');

test('refusing or declining to back, support or endorse someone rejects them (12x), it is no support (05)', () => {
  const a = code('The Kurdish parties have refused to back the Turkish president.');
  assert.ok(hasEvent(a, 'TURKUR', '12', 'TURGOV'), a.join('; '));
  assert.ok(!a.some((g) => g.split(' ')[1].startsWith('05')), a.join('; '));
  const b = code('The Syrian president declined to endorse the Turkish prime minister.');
  assert.ok(hasEvent(b, 'SYRGOV', '12', 'TURGOV'), b.join('; '));
  assert.ok(!b.some((g) => g.split(' ')[1].startsWith('05')), b.join('; '));
  // A plain support stays support.
  const c = code('The Kurdish parties have decided to back the Turkish president.');
  assert.ok(hasEvent(c, 'TURKUR', '05', 'TURGOV'), c.join('; '));
});

test('an act offered "only if" the other side acts is a demand on that side (100), whatever the act names', () => {
  // The act's own object is a body, not the side that must meet the condition.
  const a = code('Kurdish lawmakers would join the cabinet only if Ankara restored their share of the budget.');
  assert.ok(a.some((g) => / 100 TUR/.test(g)), a.join('; '));
  // The condition hangs on the helped act.
  const b = code('Syria would help restore security in Lebanon only if Israel set a timetable for withdrawing its forces.');
  assert.ok(hasEvent(b, 'SYR', '10', 'ISR') || hasEvent(b, 'SYRGOV', '10', 'ISRGOV'), b.join('; '));
  assert.ok(!b.some((g) => g.split(' ')[1].startsWith('03')), b.join('; '));
  // The condition's subject is a pronoun standing for the act's target.
  const c = code('The Egyptian opposition would meet the president only if he first secured the release of its detainees.');
  assert.ok(hasEvent(c, 'EGYOPP', '10', 'EGYGOV'), c.join('; '));
});

test('a refusal that lasts "until" the other side acts is a demand on it (100), even when the act names no one', () => {
  const a = code('The Kurdish bloc would not return to the table until the Turkish government acknowledged its right to form a cabinet.');
  assert.ok(a.some((g) => / 100 TURGOV$/.test(g)), a.join('; '));
});

test('a cooperative act one has "no intention", "no plans" or "no reason" to do is refused (12x), not done', () => {
  const a = code('The Turkish prime minister said he had no intention of meeting the Syrian president.');
  assert.ok(hasEvent(a, 'TURGOV', '12', 'SYRGOV'), a.join('; '));
  assert.ok(!a.some((g) => g.split(' ')[1].startsWith('04')), a.join('; '));
  const b = code('Iran has no plans to resume talks with the European Union.');
  assert.ok(b.some((g) => / 12\d* IGO/.test(g)), b.join('; '));
  assert.ok(!b.some((g) => g.split(' ')[1].startsWith('04')), b.join('; '));
  const c = code('The Turkish foreign minister said she saw no reason to meet the Syrian foreign minister.');
  assert.ok(hasEvent(c, 'TURGOV', '12', 'SYRGOV'), c.join('; '));
});

test('support withheld "if" the other side acts is a threat (130), not a plain refusal', () => {
  const a = code('Washington would not support a Syrian government if it included Hezbollah.');
  assert.ok(hasEvent(a, 'USAGOV', '13', 'SYRGOV') || hasEvent(a, 'USA', '13', 'SYRGOV'), a.join('; '));
  assert.ok(!a.some((g) => g.split(' ')[1].startsWith('12')), a.join('; '));
});

test('a hyphenated dictionary word matches the split tokens of running text: staging or keeping up a sit-in (141)', () => {
  const a = code('Kurdish lawmakers staged a sit-in in the Turkish parliament.');
  assert.ok(a.some((g) => / 141 TURLEG$/.test(g)), a.join('; '));
  const b = code('Turkish police broke up the sit-in outside the Syrian embassy.');
  assert.ok(b.some((g) => / 175 /.test(g)), b.join('; '));
  // A boycott kept up is staged (163), a boycott continued as a verb is no protest noun.
  const c = code('The Kurdish bloc kept up its boycott of the Turkish parliament.');
  assert.ok(c.some((g) => / 163 TURLEG$/.test(g)), c.join('; '));
});

test("a protest held in one of the protesters' own towns is aimed at their government, not at the town", () => {
  const a = code('Tens of thousands of Turkish Kurds kept up their sit-in on the main highway west of Diyarbakir on Wednesday.');
  assert.ok(a.some((g) => / 14\d* TURGOV$/.test(g)), a.join('; '));
  assert.ok(!a.some((g) => / 14\d* TUR$/.test(g)), a.join('; '));
  const b = code('Tens of thousands of Turkish Kurds staged a protest on the main highway west of Diyarbakir on Wednesday.');
  assert.ok(hasEvent(b, 'TURKUR', '14', 'TURGOV'), b.join('; '));
});

test('calling or describing what another did a maneuver, a betrayal, a sham criticizes its author (111)', () => {
  const a = code('The Turkish prime minister called the Syrian proposal a maneuver to win time.');
  assert.ok(a.some((g) => /^TURGOV 111 SYR/.test(g)), a.join('; '));
  const b = code('The Syrian president described the Turkish plan as a betrayal.');
  assert.ok(b.some((g) => /^SYRGOV 111 TUR/.test(g)), b.join('; '));
  // Praise stays praise.
  const c = code('The Syrian president called the Turkish plan a breakthrough.');
  assert.ok(!c.some((g) => g.split(' ')[1].startsWith('11')), c.join('; '));
});

test('calling someone on a given day is a telephone call (041); calling him a name that day is not', () => {
  const a = code('The Egyptian president called the Israeli prime minister on Monday.');
  assert.ok(hasEvent(a, 'EGYGOV', '041', 'ISRGOV'), a.join('; '));
  const b = code('The Egyptian president called the Israeli prime minister a liar on Monday.');
  assert.ok(hasEvent(b, 'EGYGOV', '111', 'ISRGOV'), b.join('; '));
  assert.ok(!b.some((g) => g.split(' ')[1] === '041'), b.join('; '));
});
