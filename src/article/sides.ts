/**
 * "All sides", "both sides", "all parties" in an appeal: the two sides of the article's conflict.
 *
 * News reports an outside appeal without naming whom it addresses: "The State Department urged all
 * sides to avoid unilateral actions", "The secretary-general urged both sides to resolve their
 * differences". An expert codes the appeal toward the two parties the story is about; the coder finds
 * no pair in the sentence ("both sides" with no coordination before it) or a generic code (the
 * dictionary's "all sides" = the home country's parties).
 *
 * Rule: an appeal or demand (02, 10) whose object is such a phrase ({@link sidesPhraseAt}) and whose
 * target is missing or the phrase itself (not a pair coreference resolved) is aimed at each member of
 * the article's conflict so far: the pair of sides ({@link sideOf}) with the most hostile acts between them
 * (demands, disapproval, rejections, threats, protests, coercion, force: roots 10 to 20), in the
 * appeal's sentence or before it, at least {@link MIN_ACTS} of them. A member coded as the appeal's own
 * source is left out, and so is a foreign member of "all sides" fighting the article's home country's side (the
 * country's own sides are all the sides then). With no such pair the event is left as it is.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import type { ActorMention } from '../actors/types.js';
import type { CodedEvent } from '../events/types.js';
import { byPosition } from './implicit.js';
import { STATE_SECTORS } from './lexicon.js';

/** Nouns of the parties to a dispute, after "all", "both" or "the two". */
const SIDE_NOUNS: ReadonlySet<string> = new Set(['sides', 'parties', 'factions', 'camps']);

/** Roots of the appeals that may address "all sides". */
const APPEAL_ROOTS: readonly string[] = ['02', '10'];

/** Hostile acts between two sides, by root: demands, disapproval, rejection, threats, protests, coercion, force. */
const HOSTILE = /^(1\d|20)/;

/** Hostile acts a pair needs to be the article's conflict. */
const MIN_ACTS = 2;

/** Words that may stand between the verb and the phrase ("called on all sides", "appealed to both sides"). */
const BETWEEN = /^(on|upon|to|again|also)$/;

/**
 * The "all sides" phrase that is the object of verb `v` ("urged all sides", "called on both the parties", "urged the two
 * sides"), as a token range, or null.
 */
export function sidesPhraseAt(doc: Doc, v: number): { start: number; end: number } | null {
  const end = doc.sentEnd[doc.sentenceOf(v)];
  const lower = (i: number): string => doc.form[i].toLowerCase();
  let i = v + 1;
  while (i < end && i < v + 3 && BETWEEN.test(lower(i))) i++;
  if (i >= end) return null;
  const start = i;
  if (lower(i) === 'all' || lower(i) === 'both') {
    i++;
    if (i < end && lower(i) === 'the') i++;
    if (i < end && lower(i) === 'two') i++;
  } else if (lower(i) === 'the' && i + 1 < end && lower(i + 1) === 'two') i += 2;
  else return null;
  // One modifier ("all political factions", "both warring parties").
  if (i + 1 < end && !SIDE_NOUNS.has(lower(i)) && SIDE_NOUNS.has(lower(i + 1))) i++;
  return i < end && SIDE_NOUNS.has(lower(i)) ? { start, end: i + 1 } : null;
}

/** Religion and ethnicity codes: a community's bodies are one side ("the Kurdish region", Kurdish officials, Kurdish lawmakers). */
const IDENTITIES: ReadonlySet<string> = new Set(['SUN', 'SHI', 'KUR', 'ARB', 'MUS', 'CHR', 'JEW', 'DRZ', 'ALE', 'TRK', 'TKM']);

/**
 * The side an actor code stands for: its country and community (IRQGOVKUR, IRQKUR, IRQLEGKUR: the Kurds), else its
 * country's state (IRQGOV, IRQLEG, IRQMIL and the bare state) or its first sector (IRQREB, IRQOPP).
 */
export function sideOf(code: string): string {
  const chunks = code.slice(3).match(/.{3}/g) ?? [];
  const ids = chunks.filter((c) => IDENTITIES.has(c));
  if (ids.length > 0) return `${code.slice(0, 3)}:${ids.sort().join('')}`;
  const first = chunks[0];
  return `${code.slice(0, 3)}:${first === undefined || STATE_SECTORS.has(first) ? 'state' : first}`;
}

/** The article's conflict up to sentence `s`: the two sides with the most hostile acts between them, each by the mention of its commonest code there. */
export function conflictAt(events: readonly CodedEvent[], s: number): [ActorMention, ActorMention] | null {
  return conflictSweep(events)(s);
}

/**
 * {@link conflictAt} for many sentences of one article: `events` (sorted by position) are read once while the asked
 * sentences do not decrease (ask them in order), so an article's denials or appeals cost O(n) together, not O(n) each.
 * Asking for an earlier sentence starts over.
 */
export function conflictSweep(events: readonly CodedEvent[]): (s: number) => [ActorMention, ActorMention] | null {
  interface Pair { n: number; first: number; sides: [string, string]; codes: Map<string, { n: number; m: ActorMention }> }
  let pairs = new Map<string, Pair>();
  let best: Pair | null = null;
  let i = 0;
  let last = -Infinity;
  return (s) => {
    if (s < last) {
      pairs = new Map();
      best = null;
      i = 0;
    }
    last = s;
    for (; i < events.length && events[i]!.sentence <= s; i++) {
      const p = events[i]!;
      if (!p.target || !HOSTILE.test(p.cameo)) continue;
      if (p.source.code.startsWith('---') || p.target.code.startsWith('---')) continue;
      const a = sideOf(p.source.code);
      const b = sideOf(p.target.code);
      if (a === b) continue;
      const key = a < b ? `${a} ${b}` : `${b} ${a}`;
      let c = pairs.get(key);
      if (!c) pairs.set(key, (c = { n: 0, first: p.sentence, sides: [a, b], codes: new Map() }));
      c.n++;
      // Each side's codes in the exchange, with their latest mention ("the police" and "the army" are the state's side).
      for (const m of [p.source, p.target]) {
        const k = c.codes.get(m.code);
        c.codes.set(m.code, { n: (k?.n ?? 0) + 1, m });
      }
      // As many acts: the conflict told first (the lead's).
      if (!best || c.n > best.n || (c.n === best.n && c.first < best.first)) best = c;
    }
    const won: Pair | null = best;
    if (!won || won.n < MIN_ACTS) return null;
    // A state's side is its government when the exchange named it (appeals to "all sides" address governments, not
    // their police), else its commonest code.
    const member = (side: string): ActorMention => {
      let top: { n: number; m: ActorMention; gov: boolean } | null = null;
      for (const [code, k] of won.codes) {
        if (sideOf(code) !== side) continue;
        const gov = code.slice(3, 6) === 'GOV';
        if (!top || (gov && !top.gov) || (gov === top.gov && k.n >= top.n)) top = { ...k, gov };
      }
      return top!.m;
    };
    return [member(won.sides[0]), member(won.sides[1])];
  };
}

/**
 * Appeals of `candidates` to "all sides" (see the module doc), each mapped to its copies aimed at the members of the
 * article's conflict, found among `events` (the kept events, any order). Candidates with a target keep it unless the
 * target is the phrase itself as the dictionary coded it (no coreference: "all sides" = IRQPTY).
 */
export function sidesAppeals(doc: Doc, events: readonly CodedEvent[], candidates: readonly CodedEvent[], home: string | null = null): Map<CodedEvent, CodedEvent[]> {
  const out = new Map<CodedEvent, CodedEvent[]>();
  const conflict = conflictSweep([...events].sort(byPosition));
  // In sentence order, so that the conflict is read once for all of them (the result does not depend on the order).
  for (const e of [...candidates].sort((x, y) => x.sentence - y.sentence)) {
    if (!APPEAL_ROOTS.some((r) => e.cameo.startsWith(r))) continue;
    const phrase = sidesPhraseAt(doc, e.verb);
    if (!phrase) continue;
    if (e.target && (e.target.resolvedFrom || e.target.end <= phrase.start || e.target.start >= phrase.end)) continue;
    const pair = conflict(e.sentence);
    if (!pair) continue;
    const copies: CodedEvent[] = [];
    // "All sides" in a war between the home country's side and a foreign one are the country's own (the U.N. envoy
    // "called on all sides to show restraint" after U.S. forces fought a militia: Iraqi sides); "both sides" are both.
    const all = doc.form[phrase.start].toLowerCase() === 'all';
    const homeSide = (m: ActorMention): boolean => m.code.startsWith(home ?? '???');
    const ownOnly = all && home !== null && pair.some(homeSide) && !pair.every(homeSide);
    for (const m of pair) {
      if (m.code === e.source.code || (ownOnly && !homeSide(m))) continue;
      // The phrase stands for the member, as a pair coreference would have it ("both sides" <- the member's mention).
      const at: ActorMention = { ...m, start: phrase.start, end: phrase.end, head: phrase.end - 1, resolvedFrom: m.resolvedFrom ?? { start: m.start, end: m.end, sentence: doc.sentenceOf(m.start) } };
      delete at.codes;
      copies.push({ ...e, target: { ...at, rule: `${m.rule} + a side of the conflict` }, rule: `${e.rule} + target: all sides = the two sides of the article's conflict` });
    }
    if (copies.length > 0) out.set(e, copies);
  }
  return out;
}
