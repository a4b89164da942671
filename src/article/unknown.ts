/**
 * Unresolved named actors: proper-name sequences that act in the text (subjects
 * and objects of dictionary verbs) but get no actor mention. Listing the most
 * frequent ones tells a user which dictionary entries to add.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS } from '../analysis/tags.js';
import type { ActorMatcher, DayNumber } from '../actors/types.js';
import type { VerbDictionary } from '../dictionaries/verbs.js';
import { RANK_ABBREVIATIONS } from '../actors/ranks.js';
import { NAME_PARTICLES, NOT_NAME_WORDS, PERSON_NOUNS, TITLE_MODIFIERS } from './lexicon.js';

/** One unresolved name in one sentence. */
export interface UnknownNameHit {
  /** The name as written ("Tariq Zebari"). */
  name: string;
  sentence: number;
  /** Token range. */
  start: number;
  end: number;
  /** Its relation to the verb (nsubj, obj, ...). */
  role: string;
  /** The verb's lemma. */
  verb: string;
}

/** Rules of mentions coded from context, not from a dictionary name (src/article/coref.ts). */
const CONTEXT_CODED = /unknown name|name in apposition/;
/** Military ranks, their abbreviations and honorifics before a name ("Rear Admiral", "Brig. Gen.", "Mr"). */
const RANK_WORDS = new Set(
  `rear vice admiral brigadier lieutenant major general colonel captain sergeant mr mrs ms dr
  sir sayyed sayyid sheikh sheik mullah haji hajji`.split(/\s+/).concat([...RANK_ABBREVIATIONS.keys()]),
);

/** Argument relations that make a name an actor of its verb. */
const ARG_DEPS = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj', 'obl', 'obl:agent']);
/** Prepositions of an oblique that name a party to the act, not a place or time ("met in Vienna"). */
const ACTOR_PREPS = new Set(['by', 'with', 'against', 'on', 'to', 'from']);

/**
 * Find proper-name runs that are arguments of a dictionary verb and overlap no
 * actor mention of `matcher` (pass the article matcher so resolved short names
 * and titles do not count).
 */
export function findUnknownNames(doc: Doc, matcher: ActorMatcher, verbs: VerbDictionary, date?: DayNumber): UnknownNameHit[] {
  const out: UnknownNameHit[] = [];
  // Later short forms count under the full name seen earlier in the document ("Zebari" -> "Tariq Zebari").
  const fullByLast = new Map<string, string>();
  for (let s = 0; s < doc.sentenceCount; s++) {
    const a = doc.sentStart[s];
    const b = doc.sentEnd[s];
    const isNameWord = (k: number): boolean => {
      const l = doc.form[k].toLowerCase();
      if (NAME_PARTICLES.has(l) || (l === '-' && k > a && doc.end[k - 1] === doc.start[k])) return true;
      return /^\p{Lu}/u.test(doc.form[k]) && !PERSON_NOUNS.has(l) && !TITLE_MODIFIERS.has(l) && !RANK_WORDS.has(l.replace(/\.$/, ''));
    };
    const covered = new Uint8Array(b - a);
    for (const m of matcher.match(doc, s, date)) {
      // A name coded only from its title or apposition ("Vice President Tariq al-Hashemi",
      // "Sheikh X, the leader of ...") is still unknown to the dictionaries: its name words stay free.
      if (CONTEXT_CODED.test(m.rule)) {
        for (let k = m.start; k < m.end; k++) if (!isNameWord(k)) covered[k - a] = 1;
        continue;
      }
      covered.fill(1, Math.max(0, m.start - a), Math.max(0, m.end - a));
    }
    const isName = (i: number): boolean =>
      UPOS[doc.upos[i]] === 'PROPN' && /^\p{Lu}/u.test(doc.form[i].replace(/^(al|el|bin|ibn|abu|abd)-/i, '')) && !NOT_NAME_WORDS.has(doc.form[i].toLowerCase());
    let i = a;
    while (i < b) {
      if (!isName(i)) {
        i++;
        continue;
      }
      // Title words before the name are not part of it ("Rear Admiral Gregory Smith").
      if (!isNameWord(i)) {
        i++;
        continue;
      }
      // A run of name words, particles allowed inside ("Tariq al-Hashemi").
      let end = i + 1;
      for (let k = i + 1; k < b; k++) {
        if (isName(k)) end = k + 1;
        else if (!NAME_PARTICLES.has(doc.form[k].toLowerCase())) break;
      }
      let free = true;
      for (let k = i; k < end && free; k++) if (covered[k - a]) free = false;
      if (free) {
        // The run's syntactic head: its token whose head lies outside it.
        let h = i;
        for (let k = i; k < end; k++) {
          const g = doc.head[k];
          if (g < i || g >= end) {
            h = k;
            break;
          }
        }
        let role = DEPREL[doc.dep[h]] ?? '_';
        let g = doc.head[h];
        // "the leader of X, Sheikh Y, said": a name in apposition acts through the noun it names.
        if ((role === 'appos' || role === 'flat') && g >= a && g < b && UPOS[doc.upos[g]] !== 'VERB') {
          role = DEPREL[doc.dep[g]] ?? '_';
          g = doc.head[g];
        }
        let title = true;
        for (let k = i; k < end && title; k++) {
          const l = doc.form[k].toLowerCase();
          if (!PERSON_NOUNS.has(l) && !TITLE_MODIFIERS.has(l) && !NAME_PARTICLES.has(l)) title = false;
        }
        let prepOk = role !== 'obl';
        if (!prepOk) {
          for (let k = a; k < h; k++) if (doc.head[k] === h && DEPREL[doc.dep[k]] === 'case' && ACTOR_PREPS.has(doc.form[k].toLowerCase())) prepOk = true;
        }
        if (!title && prepOk && ARG_DEPS.has(role) && g >= a && g < b && UPOS[doc.upos[g]] === 'VERB') {
          const lemma = (doc.lemma[g] || doc.form[g]).toUpperCase();
          if (verbs.verbs.has(lemma) || verbs.verbs.has(doc.form[g].toUpperCase())) {
            const text = doc.text.slice(doc.start[i], doc.end[end - 1]).replace(/\s+/g, ' ');
            const words = text.split(/[\s-]+/);
            const last = words[words.length - 1].toLowerCase();
            if (words.length > 1) fullByLast.set(last, text);
            const name = words.length === 1 ? (fullByLast.get(last) ?? text) : text;
            out.push({ name, sentence: s, start: i, end, role, verb: lemma.toLowerCase() });
          }
        }
      }
      i = end;
    }
  }
  return out;
}

/** A name counted over a corpus. */
export interface UnknownActorCount {
  name: string;
  count: number;
  /** Text of the first sentence it was seen in. */
  example: string;
  /** Document id of that sentence. */
  docId: string;
}

/**
 * Accumulates {@link findUnknownNames} hits over documents; names are grouped
 * case-insensitively with whitespace normalised.
 */
export class UnknownActorTally {
  private readonly byKey = new Map<string, UnknownActorCount>();

  add(doc: Doc, docId: string, hits: readonly UnknownNameHit[]): void {
    for (const h of hits) {
      const name = h.name.replace(/\s+/g, ' ');
      const key = name.toLowerCase();
      const c = this.byKey.get(key);
      if (c) c.count++;
      else {
        const a = doc.sentStart[h.sentence];
        const b = doc.sentEnd[h.sentence];
        const example = doc.text.slice(doc.start[a], doc.end[b - 1]).replace(/\s+/g, ' ');
        this.byKey.set(key, { name, count: 1, example, docId });
      }
    }
  }

  /**
   * The most frequent names first (ties by name), at most `limit`. A one-word name
   * that is the last word of exactly one longer name counts under it ("Obama" ->
   * "Barack Obama").
   */
  top(limit = Infinity): UnknownActorCount[] {
    const merged = new Map<string, UnknownActorCount>();
    for (const [k, c] of this.byKey) merged.set(k, { ...c });
    const longerByLast = new Map<string, string[]>();
    for (const k of merged.keys()) {
      const words = k.split(/[\s-]+/);
      if (words.length > 1) {
        const last = words[words.length - 1];
        longerByLast.set(last, [...(longerByLast.get(last) ?? []), k]);
      }
    }
    for (const [k, c] of [...merged]) {
      if (/[\s-]/.test(k)) continue;
      const longer = longerByLast.get(k);
      if (longer?.length === 1) {
        merged.get(longer[0])!.count += c.count;
        merged.delete(k);
      }
    }
    return [...merged.values()].sort((x, y) => y.count - x.count || x.name.localeCompare(y.name)).slice(0, limit);
  }
}
