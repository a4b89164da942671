/**
 * Meetings told in an adjunct of another act (issue 5, "no event emitted in the sentence"): "Maliki spoke to
 * reporters after a meeting with Crocker", "Following talks with the Turkish envoy, Zebari said ...", "during a
 * meeting with the ambassador, he demanded ...", "captured two villages after a night of fighting with X". The
 * sentence's verb is the other act; the meeting is a noun (or a gerund, "after meeting Crocker") the verb
 * dictionaries never see. The expert codes it: 040 (046 for talks, 190 for fighting) from the clause's actor to the
 * one met.
 *
 * Only meetings that took place: "after", "during", "at", "in", "following" a meeting; not "before" or "ahead of"
 * one, which may yet be called off. A definite or possessed meeting ("after the meeting with Bremer", "Maliki's
 * meeting with Bush") was told before and is coded there.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS } from '../analysis/tags.js';
import type { ActorMention } from '../actors/types.js';
import type { CodedEvent } from './types.js';
import { dependentsOf } from './obligation.js';

/** Nouns of a meeting and their CAMEO codes. */
const MEETING_NOUNS: ReadonlyMap<string, string> = new Map([
  ['meeting', '040'], ['meetings', '040'], ['consultation', '040'], ['consultations', '040'],
  ['talks', '046'], ['negotiation', '046'], ['negotiations', '046'],
  // fighting with someone, told as the circumstance of another act ("captured two villages after a night of fighting with X")
  ['fighting', '190'], ['clash', '190'], ['clashes', '190'], ['battle', '190'], ['battles', '190'], ['shootout', '190'],
  ['gunfight', '190'], ['firefight', '190'],
]);

/** Nouns of a stretch of time or a round an act is counted in ("a night of fighting", "a round of talks"). */
const SPANS: ReadonlySet<string> = new Set(['night', 'nights', 'day', 'days', 'hours', 'weeks', 'months', 'round', 'rounds']);

/** Prepositions of a meeting that took place ("after", "during" it), and "following" read as one. */
const PAST_CASES: ReadonlySet<string> = new Set(['after', 'during', 'at', 'in', 'following', 'since']);

/** Prepositions of a span of a meeting or fight that took place ("after a night of fighting"). */
const SPAN_CASES: ReadonlySet<string> = new Set(['after', 'during', 'following', 'since']);

/** Prepositions of an adjunct the parser may hang on a noun of the clause ("reporters after a meeting"); not "in" ("participation in talks"). */
const NOUN_CASES: ReadonlySet<string> = new Set(['after', 'during', 'following', 'at']);

/** Determiners of a meeting already told. */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'that', 'this', 'those', 'these']);

const WITH: ReadonlySet<string> = new Set(['with']);

const rel = (doc: Doc, i: number): string => DEPREL[doc.dep[i]];
const lower = (doc: Doc, i: number): string => doc.form[i].toLowerCase();
const kids = dependentsOf;

/** The case marker of `i` among `words`, or -1. */
function caseOf(doc: Doc, i: number, words: ReadonlySet<string>): number {
  return kids(doc, i).find((k) => rel(doc, k) === 'case' && words.has(lower(doc, k))) ?? -1;
}

/** The one met: a "with" phrase of `n` (or of the verb `g` it hangs on, "met" read apart) naming an actor. */
function metWith(doc: Doc, n: number, mentionAt: (i: number) => ActorMention | null): ActorMention | null {
  for (const k of kids(doc, n)) {
    if (!['nmod', 'obl'].includes(rel(doc, k)) || caseOf(doc, k, WITH) < 0) continue;
    const m = mentionAt(k);
    if (m) return m;
  }
  return null;
}

/**
 * The actor of the clause of verb `g`: its subject's, or for a participle with none ("Maliki, speaking after talks
 * with ...") that of the noun or clause it modifies.
 */
function subjectOf(doc: Doc, g: number, mentionAt: (i: number) => ActorMention | null): ActorMention | null {
  for (let v = g, n = 0; v >= 0 && n < 3; v = doc.head[v], n++) {
    const subj = kids(doc, v).find((k) => rel(doc, k) === 'nsubj');
    if (subj !== undefined) return mentionAt(subj);
    if (UPOS[doc.upos[v]] !== 'VERB') return mentionAt(v);
    if (!['acl', 'advcl', 'xcomp', 'conj'].includes(rel(doc, v))) return null;
  }
  return null;
}

/**
 * The meetings told in adjuncts of the article's acts. `groups` are the coder's events with or without a target,
 * the filtered ones first (the adjunct's clause's source is read off them, resolved as the article resolved it, else
 * off the clause's subject); `mentionAt` gives the actor at a token. Returns the new events, for the caller to filter; meetings the sentence already codes are left out.
 */
export function adjunctMeetings(doc: Doc, groups: readonly (readonly CodedEvent[])[], mentionAt: (i: number) => ActorMention | null): CodedEvent[] {
  // (The first group that has an act on the clause's verb gives its source: the filtered acts before the raw ones.)
  const events = groups.flat();
  const added: CodedEvent[] = [];
  for (let s = 0; s < doc.sentenceCount; s++) {
    for (let n = doc.sentStart[s]; n < doc.sentEnd[s]; n++) {
      const gerund = UPOS[doc.upos[n]] === 'VERB' && doc.lemma[n].toLowerCase() === 'meet' && /ing$/i.test(doc.form[n]);
      // ("fighting" is also read as a verb: "a night of fighting/VBG with X".)
      const cameo = gerund ? '040' : UPOS[doc.upos[n]] === 'NOUN' || lower(doc, n) === 'fighting' ? MEETING_NOUNS.get(lower(doc, n)) : undefined;
      if (!cameo) continue;
      let g = doc.head[n];
      if (g < 0) continue;
      if (gerund) {
        // "after meeting Crocker": a time clause of its own, with no subject of its own.
        if (rel(doc, n) !== 'advcl' || !kids(doc, n).some((k) => rel(doc, k) === 'mark' && PAST_CASES.has(lower(doc, k)))) continue;
        if (kids(doc, n).some((k) => rel(doc, k).startsWith('nsubj'))) continue;
      } else {
        // "after a night of fighting with X": the span the act is counted in takes the preposition.
        let p = n;
        const of = kids(doc, n).some((k) => ['case', 'mark'].includes(rel(doc, k)) && lower(doc, k) === 'of');
        if (['nmod', 'acl'].includes(rel(doc, n)) && SPANS.has(lower(doc, g)) && of) {
          p = g;
          g = doc.head[g];
          if (g < 0) continue;
        }
        // (A span only after or during it: "saw no point in a fourth round of talks" tells of none.)
        if (caseOf(doc, p, p === n ? PAST_CASES : SPAN_CASES) < 0) {
          // "Following a meeting with X, ...": "following" read as a verb whose object is the meeting.
          if (!(lower(doc, g) === 'following' && rel(doc, p) === 'obj' && doc.head[g] >= 0)) continue;
          g = doc.head[g];
        } else if (rel(doc, p) === 'nmod' && caseOf(doc, p, NOUN_CASES) >= 0) {
          // "told a small group of reporters after a meeting with X": the parser hung the adjunct on the verb's object;
          // it is the verb's all the same.
          for (let d = 0; d < 4 && g >= 0 && ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(UPOS[doc.upos[g]]); d++) g = doc.head[g];
          if (g < 0 || UPOS[doc.upos[g]] !== 'VERB') continue;
        } else if (rel(doc, p) !== 'obl') continue;
        // "after the meeting with Bremer", "in protest at Maliki's meeting with Bush": a meeting told before, coded where it was told.
        if (kids(doc, n).some((k) => (rel(doc, k) === 'det' && DEFINITE.has(lower(doc, k))) || rel(doc, k) === 'nmod:poss')) continue;
      }
      const on = (evs: readonly CodedEvent[]): CodedEvent[] => evs.filter((e) => e.sentence === s && e.verb === g);
      const here = groups.map(on).find((x) => x.length > 0) ?? [];
      // The met: "with X" (for a gerund, its object). (A meeting naming no one met is left alone: "told tribal leaders at a
      // meeting" was not coded as one by the experts, sets 6, 15, 25.)
      const target = gerund ? (() => {
        const o = kids(doc, n).find((k) => rel(doc, k) === 'obj');
        return o !== undefined ? mentionAt(o) : metWith(doc, n, mentionAt);
      })() : metWith(doc, n, mentionAt);
      if (!target) continue;
      // The meeter: the source of the act it is an adjunct of.
      const bare = subjectOf(doc, g, mentionAt);
      const sources = here.length > 0 ? here.map((e) => e.source).filter((m, k, all) => all.findIndex((x) => x.code === m.code) === k) : bare ? [bare] : [];
      for (const source of sources) {
        if (source.code === target.code || (source.start <= target.head && target.head < source.end)) continue;
        if (events.some((e) => e.sentence === s && e.cameo.slice(0, 2) === cameo.slice(0, 2) && e.target && e.source.code === source.code && e.target.code === target.code)) continue;
        added.push({
          sentence: s,
          source,
          target,
          cameo,
          negated: false,
          verb: n,
          evidenceStart: Math.min(source.start, n),
          evidenceEnd: Math.max(n + 1, target.end),
          rule: `adjunct meeting: "${doc.form[n]}" with the one met (src/events/meetings.ts)`,
        });
      }
    }
  }
  return added;
}

/** Whether meeting event `e` is an adjunct of its sentence's main verb ("Following talks with X, [Maliki said] ..."). */
export function atMainVerb(doc: Doc, e: CodedEvent): boolean {
  let g = doc.head[e.verb];
  if (g >= 0 && lower(doc, g) === 'following') g = doc.head[g];
  return g >= 0 && doc.head[g] < 0 && UPOS[doc.upos[g]] === 'VERB';
}
