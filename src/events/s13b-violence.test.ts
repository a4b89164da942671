/**
 * Violence of the issue-5 work (helper s13b-violence), on invented stories through the whole pipeline: force at no
 * named side ("aircraft struck buildings") is aimed at the attacker's opponent in the article (src/article/adversary.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { opponentOf } from '../article/adversary.js';
import type { CodedEvent } from './types.js';
import { handEvent, handMention, hasEvent } from './testing.js';

const annals = createAnnals();
/** Events of an invented story, with the dateline a wire story has (its city is the article's home). */
const code = (text: string, dateline = 'BAGHDAD, March 18 (AP) -'): string[] =>
  annals.codeDocument({ id: 't', text, date: '2009-03-18', path: '-', dateline }).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);

test('an air strike on buildings is aimed at the side the attackers fight in the story', () => {
  const got = code(
    'Iraqi soldiers clashed with the Mahdi Army in Diwaniya on Sunday.\n\n' +
      'Mahdi Army fighters attacked an army checkpoint near the river.\n\n' +
      'U.S. aircraft struck buildings near the market shortly after midnight.',
  );
  assert.ok(hasEvent(got, 'USAMIL', '195', 'IRQREBSHI'), got.join('; '));
});

test('a strike is left without a target when the story names no one the attackers fight', () => {
  const got = code(
    'The prime minister met the Kurdish regional president in Erbil on Sunday to discuss the budget.\n\n' +
      'U.S. aircraft struck buildings near the market shortly after midnight.',
  );
  assert.ok(!got.some((g) => /^USAMIL 19\d /.test(g)), got.join('; '));
});

/** A bare event for the rule's own checks. */
const ev = (sentence: number, source: string, cameo: string, target: string | null): CodedEvent =>
  handEvent(sentence, handMention(0, source), target ? handMention(2, target) : null, cameo, 1);

test('the opponent is the commonest side fighting the source, with two acts at least', () => {
  const events = [ev(0, 'TURMIL', '190', 'TURREBPKK'), ev(1, 'TURREBPKK', '190', 'TURMIL'), ev(2, 'TURGOV', '112', 'IRQGOV')];
  assert.equal(opponentOf('TURMIL', events, 3), 'TURREBPKK');
  // One act is not a war.
  assert.equal(opponentOf('TURMIL', events.slice(0, 1), 3), null);
  // Accusations and criticism are no fighting.
  assert.equal(opponentOf('TURGOV', [ev(0, 'TURGOV', '112', 'IRQGOV'), ev(1, 'IRQGOV', '111', 'TURGOV'), ev(2, 'TURGOV', '112', 'IRQGOV')], 3), null);
});

test('a state force with no opponent named fights the rebels the story\'s fighting is with', () => {
  const events = [ev(0, 'IRQMIL', '190', 'IRQREBSUN'), ev(1, 'IRQREBSUN', '183', 'IRQCOP')];
  assert.equal(opponentOf('USAMIL', events, 2), 'IRQREBSUN');
  // An armed group is not given the rebels' side as its opponent.
  assert.equal(opponentOf('IRQUAFSUN', events, 2), null);
});

test('a raid with no one named keeps no target', () => {
  const got = code(
    'Iraqi soldiers clashed with the Mahdi Army in Diwaniya on Sunday.\n\n' +
      'Mahdi Army fighters attacked an army checkpoint near the river.\n\n' +
      'American troops later raided a house in the eastern district.',
  );
  assert.ok(!got.some((g) => /^USAMIL 19\d IRQREBSHI$/.test(g)), got.join('; '));
});
