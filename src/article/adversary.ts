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
import { DEPREL, UPOS, XPOS } from '../analysis/tags.js';
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
export type Tally = Map<string, number[]>;

/**
 * For a side, the codes of the other sides in `events` (events with a target, no unknown actor) with the sorted
 * sentences they were told in against it; each side's tally is counted once (memoised), so asking for every event
 * of a long document stays O(n log n). `stats.scanned` counts the events read.
 */
export function sideTallies(events: readonly CodedEvent[], stats?: { scanned: number }): (side: string) => Tally {
  const bySide = new Map<string, Tally>();
  const paired = events.filter((p) => p.target && !p.source.code.startsWith('---') && !p.target.code.startsWith('---'));
  return (side) => {
    let tally = bySide.get(side);
    if (tally) return tally;
    tally = new Map();
    if (stats) stats.scanned += paired.length;
    for (const p of paired) {
      const a = sideOf(p.source.code);
      const b = sideOf(p.target!.code);
      if (a === b) continue;
      const other = a === side ? p.target!.code : b === side ? p.source.code : null;
      if (!other) continue;
      const at = tally.get(other) ?? [];
      at.push(p.sentence);
      tally.set(other, at);
    }
    for (const at of tally.values()) at.sort((x, y) => x - y);
    bySide.set(side, tally);
    return tally;
  };
}

/**
 * The opponents of every side in `events`, counted once per article so that asking for many strikes stays
 * O(n log n) in the article's events (a 10,000-sentence document must not make this quadratic).
 */
export function opponentIndex(events: readonly CodedEvent[], stats?: { scanned: number }): (code: string, sentence: number) => string | null {
  const rebelsOf = new Map<string, Map<string, number>>();
  const hostile = events.filter((p) => p.target && FIGHTING.test(p.cameo));
  const tallyOf = sideTallies(hostile, stats);
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
export function nearest(at: readonly number[], sentence: number): number {
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

/** Tokens read after a force verb for the place struck and its "where" clause. */
const OCCUPANT_WINDOW = 16;
/** Codes of force at a place: seizure, assault, fighting and strikes, mass violence (not a blockade or an advance into a district, 191-192). */
const FORCE_ROOTS = /^(17|18|190|193|194|195|20)/;
/** Words that may stand between the verb and "where": the place phrase ("near a compound in the Karrada district"). */
const PLACE_PHRASE = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PUNCT', 'CCONJ', 'ADV']);
/** Verbs of a place housing people ("bases that house American forces", "a compound that houses 3,400 exiles"). */
const HOUSING: ReadonlySet<string> = new Set(['house', 'host', 'shelter', 'hold']);

/**
 * Force at a place whose occupants the sentence names in a relative clause ("mortar rounds crashed near a compound
 * where several of the new ministers were gathered", "jets dropped bombs on a building where militiamen were firing
 * on troops", "fired missiles at two bases in Iraq that house American forces" or "at two bases housing American
 * troops", "pushed into Camp Ashraf, the walled
 * compound north of Baghdad that houses 3,400 Iranian opposition exiles"): the expert codes the act against those
 * occupants, not the district or town the place is in (sets 6, 19, 22, 23, 24). For each event of force
 * ({@link FORCE_ROOTS}) with no target, a bare state's code (a place) or a target inside the place phrase, the first
 * actor of a "where" clause (before its verb) or the object of a "that/which house(s)" clause that closes the place
 * phrase right after the verb (at most {@link OCCUPANT_WINDOW} tokens, no other verb between). Returns each event
 * re-aimed, keyed by the old one.
 */
export function occupantsStruck(doc: Doc, events: readonly CodedEvent[], mentionAt: (i: number) => { code: string; start: number; end: number; head: number; rule: string } | null): Map<CodedEvent, CodedEvent> {
  const out = new Map<CodedEvent, CodedEvent>();
  for (const e of events) {
    if (!FORCE_ROOTS.test(e.cameo)) continue;
    const end = doc.sentEnd[e.sentence];
    const nounBefore = (k: number): boolean => ['NOUN', 'PROPN'].includes(UPOS[doc.upos[k - 1]] ?? '') || (doc.form[k - 1] === ',' && ['NOUN', 'PROPN'].includes(UPOS[doc.upos[k - 2]] ?? ''));
    let marker = -1;
    let housing = false;
    for (let k = e.verb + 2; k < end && k <= e.verb + OCCUPANT_WINDOW; k++) {
      const w = doc.form[k].toLowerCase();
      if (w === 'where' && nounBefore(k)) {
        marker = k;
        break;
      }
      if ((w === 'that' || w === 'which') && k + 1 < end && HOUSING.has(doc.lemma[k + 1].toLowerCase()) && nounBefore(k)) {
        marker = k + 1;
        housing = true;
        break;
      }
      // ("two bases housing/hosting American troops": the participle says the same as "that house".)
      if (XPOS[doc.xpos[k]] === 'VBG' && HOUSING.has(doc.lemma[k].toLowerCase()) && nounBefore(k)) {
        marker = k;
        housing = true;
        break;
      }
      // ("the walled/amod compound": a participle modifier belongs to the place phrase.)
      if (!PLACE_PHRASE.has(UPOS[doc.upos[k]] ?? '') && DEPREL[doc.dep[k]] !== 'amod') break;
    }
    if (marker < 0) continue;
    if (e.target && e.target.code.length !== 3 && !(e.target.start > e.verb && e.target.end <= marker)) continue;
    // The occupants: the first actor of the clause before its verb ("where"), or the housing verb's object.
    let occ: ReturnType<typeof mentionAt> = null;
    for (let k = marker + 1; k < end && k <= marker + 8 && !occ; k++) {
      if (!housing && ['VERB', 'AUX'].includes(UPOS[doc.upos[k]] ?? '')) break;
      if (housing && ['VERB', 'AUX', 'PUNCT'].includes(UPOS[doc.upos[k]] ?? '')) break;
      const m = mentionAt(k);
      if (m && m.code.length > 3 && !m.code.startsWith('---')) occ = m;
    }
    if (!occ || occ.code === e.source.code) continue;
    out.set(e, {
      ...e,
      target: { ...occ },
      rule: `${e.rule} + force at a place is aimed at the occupants its relative clause names`,
    });
  }
  return out;
}

/** Codes of a hostile act that firing back answers: a riot, coercion, assault, fighting, mass violence. */
const HOSTILE_ACTS = /^(145|17|18|19|20)/;

/** Whether verb `v` is a return of fire: "fired back", "shot back", "fought back", "hit back", "returned fire". */
function firesBack(doc: Doc, v: number): boolean {
  const kids = dependentsOf(doc, v);
  if (doc.lemma[v].toLowerCase() === 'return') return kids.some((k) => DEPREL[doc.dep[k]] === 'obj' && ['fire', 'gunfire'].includes(doc.lemma[k].toLowerCase()));
  return kids.some((k) => doc.form[k].toLowerCase() === 'back' && k === v + 1);
}

/**
 * Fire returned with no one named ("gunmen opened fire on the troops ..., and an American helicopter fired back",
 * "the soldiers came under fire from rooftops and shot back"): aimed at whoever attacked the firer's side just before,
 * in the same sentence or the one before it (sets 5, 7, 11, 12). For each target-less event of force (roots 18-19)
 * whose verb is a return of fire, the source of the latest hostile act ({@link HOSTILE_ACTS}) against the firer's side
 * ({@link sideOf}) told there, else of the latest such act by another side; `acts` being the article's events with
 * targets. Returns the events re-aimed.
 */
export function firedBack(doc: Doc, open: readonly CodedEvent[], acts: readonly CodedEvent[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const e of open) {
    if (e.target || !/^(18|19)/.test(e.cameo) || !firesBack(doc, e.verb)) continue;
    if (out.some((x) => x.sentence === e.sentence && x.verb === e.verb && x.source.code === e.source.code)) continue;
    const side = sideOf(e.source.code);
    // (Against the firer's own side first; else the latest act by another side: "gunmen opened fire on the troops ...,
    // and an American helicopter fired back", the troops a joint force.)
    const latest = (own: boolean): CodedEvent | null => {
      let best: CodedEvent | null = null;
      for (const p of acts) {
        if (!p.target || !HOSTILE_ACTS.test(p.cameo) || p.sentence < e.sentence - 1 || p.sentence > e.sentence) continue;
        if (p.sentence === e.sentence && p.verb > e.verb) continue;
        if (sideOf(p.source.code) === side || (own && sideOf(p.target.code) !== side)) continue;
        if (!best || p.sentence > best.sentence || (p.sentence === best.sentence && p.verb > best.verb)) best = p;
      }
      return best;
    };
    const best = latest(true) ?? latest(false);
    if (!best) continue;
    out.push({
      ...e,
      target: { ...best.source, rule: `${best.source.rule} + the attacker whose fire was returned` },
      rule: `${e.rule} + fire returned is aimed at the attacker`,
    });
  }
  return out;
}
