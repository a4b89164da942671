/**
 * Bounds of the article-level opponent rule (src/article/adversary.ts): the opponents of each side are counted once
 * per article, so asking for the opponent of every strike in a very long document stays linear in its events.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { opponentIndex, opponentOf } from './adversary.js';
import { conflictAt, conflictSweep } from './sides.js';
import type { CodedEvent } from '../events/types.js';
import { handEvent, handMention } from '../events/testing.js';

/** A bare event for the rule's own checks. */
const ev = (sentence: number, source: string, cameo: string, target: string | null): CodedEvent =>
  handEvent(sentence, handMention(0, source), target ? handMention(2, target) : null, cameo, 1);

test('two opponents fought as often: the one told nearest the strike wins', () => {
  const events = [
    ev(0, 'IRQMIL', '190', 'IRQREBSUN'),
    ev(1, 'IRQREBSUN', '190', 'IRQMIL'),
    ev(20, 'IRQMIL', '190', 'IRQREBSHI'),
    ev(21, 'IRQREBSHI', '183', 'IRQMIL'),
  ];
  assert.equal(opponentOf('IRQMIL', events, 2), 'IRQREBSUN');
  assert.equal(opponentOf('IRQMIL', events, 19), 'IRQREBSHI');
  // The commonest still beats the nearest.
  assert.equal(opponentOf('IRQMIL', [...events, ev(5, 'IRQMIL', '193', 'IRQREBSUN')], 19), 'IRQREBSUN');
});

test('bounds: the opponents of 10,000 strikes are counted once per side, not once per strike', () => {
  const run = (n: number): { scanned: number; answers: Set<string | null> } => {
    const events: CodedEvent[] = [];
    for (let k = 0; k < n; k++) events.push(ev(k, k % 2 ? 'IRQMIL' : 'IRQREBSUN', '190', k % 2 ? 'IRQREBSUN' : 'IRQMIL'));
    const stats = { scanned: 0 };
    const opponent = opponentIndex(events, stats);
    const answers = new Set<string | null>();
    for (let k = 0; k < n; k++) answers.add(opponent(k % 3 ? 'IRQMIL' : 'USAMIL', k));
    return { scanned: stats.scanned, answers };
  };
  const small = run(2500);
  const big = run(10000);
  assert.deepEqual([...big.answers].sort(), ['IRQREBSUN']);
  const ratio = big.scanned / small.scanned;
  assert.ok(ratio > 3.5 && ratio < 4.5, `scanned ${small.scanned} -> ${big.scanned} (ratio ${ratio})`);
  assert.ok(big.scanned <= 4 * 10000, `scanned ${big.scanned}`);
});

test("the conflict swept in sentence order is the conflict read anew at each sentence, and an earlier sentence starts over", () => {
  const events: CodedEvent[] = [];
  for (let k = 0; k < 60; k++) {
    // The Turkish-PKK war told first; the Iraq-Turkey quarrel overtakes it after sentence 30.
    if (k < 20) events.push(ev(k, k % 2 ? 'TURMIL' : 'TURREBPKK', '190', k % 2 ? 'TURREBPKK' : 'TURMIL'));
    else events.push(ev(k, k % 2 ? 'IRQGOV' : 'TURGOV', '111', k % 2 ? 'TURGOV' : 'IRQGOV'));
  }
  const pairAt = (p: ReturnType<typeof conflictAt>): string => (p ? p.map((m) => m.code).sort().join(' ') : '-');
  const sweep = conflictSweep(events);
  const seen = new Set<string>();
  for (let s = 0; s < 60; s += 3) {
    const got = pairAt(sweep(s));
    assert.equal(got, pairAt(conflictAt(events, s)), `sentence ${s}`);
    seen.add(got);
  }
  assert.deepEqual([...seen].sort(), ['-', 'IRQGOV TURGOV', 'TURMIL TURREBPKK']);
  // Back to an early sentence: read anew.
  assert.equal(pairAt(sweep(5)), 'TURMIL TURREBPKK');
});

test('latestBefore finds by binary search what a scan back over every event finds (ties, windows, picks)', async () => {
  const { latestBefore, firstNotBefore } = await import('./implicit.js');
  const events: CodedEvent[] = [];
  // Several events per sentence and some at one verb (two targets of one act), in document order.
  for (let s = 0; s < 40; s++) for (const v of [2, 5, 5, 9]) events.push({ ...ev(s, s % 3 ? 'IRQGOV' : 'USAGOV', s % 2 ? '190' : '111', 'IRQREB'), verb: v });
  const scan = (e: CodedEvent, window: number, pick: (p: CodedEvent) => boolean): CodedEvent | null => {
    for (let i = events.length - 1; i >= 0; i--) {
      const p = events[i];
      if (p.sentence > e.sentence || (p.sentence === e.sentence && p.verb >= e.verb)) continue;
      if (p.sentence < e.sentence - window) break;
      if (pick(p)) return p;
    }
    return null;
  };
  const picks = [(p: CodedEvent) => p.source.code === 'USAGOV', (p: CodedEvent) => p.cameo === '190', () => true];
  for (let s = 0; s < 41; s++) {
    for (const v of [0, 2, 5, 6, 9, 10]) {
      const e = { ...ev(s, 'IRNGOV', '016', null), verb: v };
      for (const window of [0, 1, 5]) for (const pick of picks) assert.equal(latestBefore(events, e, window, pick), scan(e, window, pick), `${s}:${v} window ${window}`);
    }
  }
  assert.equal(firstNotBefore(events, 0, 0), 0);
  assert.equal(firstNotBefore(events, 40, 0), events.length);
  assert.equal(firstNotBefore(events, 3, 5), 3 * 4 + 1);
});
