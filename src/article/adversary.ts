/**
 * Force at no named side: "U.S. aircraft struck buildings near the shrine", "gunships pounded a compound on the
 * edge of the city", "an F-16 dropped a bomb on a house". The coder finds the attacker but no actor in the object
 * (a building, a compound, a village); the expert codes the strike against the side the attacker is fighting in
 * the article.
 *
 * Rule: a target-less, asserted or reported event of force (190, 193, 194, 195) whose source is a named armed side
 * (forces, rebels, police or a bare state; not an unknown "---" actor) is aimed at the side's commonest opponent in the
 * article's hostile acts (roots 17 to 20) between the source's side ({@link sideOf}) and another side, told anywhere in
 * the article, at least {@link MIN_ACTS} of them (ties: the one told nearest). A state's forces with no such opponent
 * fight the armed non-state side (REB, INS) the article's hostile acts name most (again {@link MIN_ACTS} at least).
 * Left as they are: killings and raids naming no victim ("police are killing", "troops raided"), and an armed group's
 * strike with no object or oblique ("militants struck back", "tribes kept fighting"). Motivated by sets 10 and 15
 * (aircraft and gunships striking buildings), gains on 10, 15, 19 and 21 with no wrong event added.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL } from '../analysis/tags.js';
import { dependentsOf } from '../events/obligation.js';
import type { CodedEvent } from '../events/types.js';
import { sideOf } from './sides.js';

/** Roots of the hostile acts that show who fights whom: coercion, assault, fighting, mass violence. */
const FIGHTING = /^(17|18|19|20)/;

/** Hostile acts between the source's side and another side the opponent needs. */
const MIN_ACTS = 2;

/** Codes of the force that hits what it is aimed at: unspecified force, small arms, artillery, air strikes. */
const STRIKES: ReadonlySet<string> = new Set(['190', '193', '194', '195']);

/** Sectors of armed attackers (and the bare state, "Iran fired missiles"). */
const ARMED = /^(MIL|REB|INS|UAF|COP|SEP|SPY)/;

/** Sectors of armed non-state sides: the state's forces' opponent when none is named fighting them. */
const REBELS = /(REB|INS)/;

/**
 * Verbs whose target-less use names no strike at a side's ground: killing and raiding with no victim named ("police are
 * killing", "troops raided" a house) are told of people, not of the enemy's positions.
 */
const NOT_STRIKES: ReadonlySet<string> = new Set(['kill', 'murder', 'execute', 'raid', 'storm', 'assassinate', 'behead']);

/** Whether a code is a state's forces or government (or the bare state), whose opponent may be the article's rebels. */
function stateForce(code: string): boolean {
  return /^(MIL|COP|GOV)?$/.test(code.slice(3, 6));
}

/** Whether verb `v` has an object or an oblique ("struck buildings", "fired at a vehicle", "answered with tank fire"). */
function aimed(doc: Doc, v: number): boolean {
  return dependentsOf(doc, v).some((k) => /^(obj|obl|dobj|iobj)/.test(DEPREL[doc.dep[k]] ?? ''));
}

/** Whether a code is an armed side's (see {@link ARMED}). */
function armed(code: string): boolean {
  return code.length === 3 || ARMED.test(code.slice(3));
}

/** The sentences in which one side was told fighting another, by the other side's code. */
type Tally = Map<string, number[]>;

/**
 * The opponents of every side in `events`, counted once per article so that asking for many strikes stays
 * O(n log n) in the article's events (a 10,000-sentence document must not make this quadratic).
 */
export function opponentIndex(events: readonly CodedEvent[], stats?: { scanned: number }): (code: string, sentence: number) => string | null {
  const bySide = new Map<string, Tally>();
  const rebelsOf = new Map<string, Map<string, number>>();
  const hostile = events.filter((p) => p.target && FIGHTING.test(p.cameo));
  const tallyOf = (side: string): Tally => {
    let tally = bySide.get(side);
    if (tally) return tally;
    tally = new Map();
    if (stats) stats.scanned += hostile.length;
    for (const p of hostile) {
      const t = p.target!;
      if (p.source.code.startsWith('---') || t.code.startsWith('---')) continue;
      const a = sideOf(p.source.code);
      const b = sideOf(t.code);
      if (a === b) continue;
      const other = a === side ? t.code : b === side ? p.source.code : null;
      if (!other) continue;
      const at = tally.get(other) ?? [];
      at.push(p.sentence);
      tally.set(other, at);
    }
    for (const at of tally.values()) at.sort((x, y) => x - y);
    bySide.set(side, tally);
    return tally;
  };
  const rebelTally = (side: string): Map<string, number> => {
    let rebels = rebelsOf.get(side);
    if (rebels) return rebels;
    rebels = new Map();
    if (stats) stats.scanned += hostile.length;
    for (const p of hostile) {
      for (const m of [p.source, p.target!]) {
        if (m.code.startsWith('---') || !REBELS.test(m.code.slice(3)) || sideOf(m.code) === side) continue;
        rebels.set(m.code, (rebels.get(m.code) ?? 0) + 1);
      }
    }
    rebelsOf.set(side, rebels);
    return rebels;
  };
  return (code, sentence) => {
    const side = sideOf(code);
    let best: string | null = null;
    let bestN = 0;
    let bestNear = Infinity;
    for (const [other, at] of tallyOf(side)) {
      const near = nearest(at, sentence);
      if (!best || at.length > bestN || (at.length === bestN && near < bestNear)) [best, bestN, bestNear] = [other, at.length, near];
    }
    if (best && bestN >= MIN_ACTS) return best;
    // A state's forces with no opponent named: the armed non-state side the article's fighting is most with.
    if (!stateForce(code)) return null;
    let top: [string, number] | null = null;
    for (const kv of rebelTally(side)) if (!top || kv[1] > top[1]) top = kv;
    return top && top[1] >= MIN_ACTS ? top[0] : null;
  };
}

/** The distance from `sentence` to the nearest of the sorted sentence numbers `at` (binary search). */
function nearest(at: readonly number[], sentence: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < sentence) lo = mid + 1;
    else hi = mid;
  }
  const after = lo < at.length ? at[lo]! - sentence : Infinity;
  const before = lo > 0 ? sentence - at[lo - 1]! : Infinity;
  return Math.min(after, before);
}

/** The commonest code of the side fighting `code`'s side among `events` (any order), or null (ties: the nearest). */
export function opponentOf(code: string, events: readonly CodedEvent[], sentence: number): string | null {
  return opponentIndex(events)(code, sentence);
}

/** Open force events of `open` aimed at their source's opponent in `coded` (the article's events with targets). */
export function forceAtOpponents(doc: Doc, open: readonly CodedEvent[], coded: readonly CodedEvent[], asserted: (e: CodedEvent) => boolean = () => true): CodedEvent[] {
  const out: CodedEvent[] = [];
  const opponent = opponentIndex(coded);
  const key = (e: CodedEvent): string => `${e.sentence}:${e.verb}`;
  const targeted = new Set(coded.filter((x) => x.target).map(key));
  const taken = new Set<string>();
  for (const e of open) {
    if (e.target || !STRIKES.has(e.cameo) || e.source.code.startsWith('---') || !armed(e.source.code)) continue;
    if (NOT_STRIKES.has(doc.lemma[e.verb].toLowerCase()) || !asserted(e)) continue;
    // An armed group's strike with nothing struck named ("militants struck back", "tribes kept fighting") is left as it is.
    if (!stateForce(e.source.code) && !aimed(doc, e.verb)) continue;
    if (targeted.has(key(e)) || taken.has(key(e))) continue;
    const code = opponent(e.source.code, e.sentence);
    if (!code) continue;
    taken.add(key(e));
    const v = e.verb;
    out.push({
      ...e,
      target: { start: v, end: v + 1, head: v, code, rule: "the attacker's opponent in the article (force naming no side)" },
      rule: `${e.rule} + force at no named side is aimed at the attacker's opponent`,
    });
  }
  return out;
}
