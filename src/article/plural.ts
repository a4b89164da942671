/**
 * Plural references to a pair of actors: "both governments", "the two sides", "the
 * two delegations", "both men", "both countries", and "they"/"them" after a pair.
 *
 * This is the article's only pair mechanism (coref.ts calls it for every pair phrase). The
 * pair is, first that fits:
 * 1. a coordination before the phrase in its sentence ("Sudan and South Sudan resumed
 *    talks, a month after the two neighbours ...");
 * 2. the last pair the article set up (within {@link PAIR_SENTENCES}): a coordination of
 *    actors, a pair reference already resolved ("met the two delegations" -> "both
 *    governments"), else the subject and the object of one verb when they are of different
 *    countries ("Idris accused South Sudan": a weak pair);
 * 3. the lead's coordination, at any distance: it is the article's (before a weak pair of a
 *    later sentence);
 * 4. persons: the two people last named before the sentence; "both countries" / "both
 *    governments": the first two states named in the two sentences before.
 * A subject of the phrase's own clause is no member ("Egypt promised a plan to both sides").
 * Person nouns ("both men", "the two leaders") want a pair of people; country nouns ("both
 * countries") two different states, "both governments" their country + GOV; the others
 * ("sides", "delegations") the members' codes. The resolved mention carries `codes: [A, B]`,
 * so the coder emits one event per member; a possessive pair ("the two countries'
 * ambassadors") is no mention: it gives the next noun each country.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS } from '../analysis/tags.js';
import { splitActorCode } from '../actors/code.js';
import type { ActorMention } from '../actors/types.js';

/** What a pair noun wants of its members. */
export type PairKind = 'person' | 'country' | 'gov' | 'sides' | 'any';

/** Plural nouns that refer to a pair after "both" / "the two" / "these two". */
export const PAIR_NOUNS: ReadonlyMap<string, PairKind> = new Map([
  ...['men', 'women', 'leaders', 'presidents', 'ministers', 'premiers', 'envoys', 'diplomats', 'negotiators', 'officials', 'heads'].map((w) => [w, 'person'] as const),
  ...['countries', 'nations', 'states', 'neighbours', 'neighbors', 'capitals'].map((w) => [w, 'country'] as const),
  ...['governments', 'administrations'].map((w) => [w, 'gov'] as const),
  // Opposing sides are two actors, never one code said twice ("tanks and artillery", "Anbar and Baghdad").
  ...['sides', 'camps', 'rivals', 'foes', 'enemies', 'adversaries'].map((w) => [w, 'sides'] as const),
  ...['delegations', 'parties', 'allies', 'teams', 'groups', 'movements', 'factions'].map((w) => [w, 'any'] as const),
]);

/** Sentences a pair stays available. */
export const PAIR_SENTENCES = 6;
/** Sentences a weak pair (a subject and its object of different countries) stays available. */
export const WEAK_PAIR_SENTENCES = 2;

/** A pair of actors the article set up. */
export interface Pair {
  codes: string[];
  /** Whether the members are people (for "both men"). */
  persons: boolean;
  sentence: number;
  from: NonNullable<ActorMention['resolvedFrom']>;
  /** A coordination or a resolved pair (strong), or a subject and its object (weak). */
  strong: boolean;
}

const stateOf = (code: string, countries: Iterable<string> | undefined): string | null => {
  const p = splitActorCode(code, countries);
  return p.country && !/^(IGO|NGO|NGM|IMG|MNC|UIS|INT)$/.test(p.country) ? p.country : null;
};

/**
 * The pair noun phrase whose noun is token `i` ("both governments", "the two sides",
 * "the two rival delegations"): its first token and kind, or null. `possessive`: a
 * possessive marker follows ("the two countries' ambassadors" are other people, of the
 * pair's countries).
 */
export function pairPhrase(doc: Doc, i: number): { start: number; kind: PairKind; possessive: boolean } | null {
  const kind = PAIR_NOUNS.get(doc.form[i].toLowerCase());
  if (!kind) return null;
  const possessive = /^['\u2019]s?$/.test(doc.form[i + 1] ?? '') && doc.sentenceOf(i + 1) === doc.sentenceOf(i);
  const s0 = doc.sentStart[doc.sentenceOf(i)];
  let j = i - 1;
  // One modifier between ("the two rival delegations", "both Sudanese governments").
  if (j > s0 && /^(ADJ|NOUN|PROPN)$/.test(UPOS[doc.upos[j]] ?? '_') && !/^(two|both|2)$/i.test(doc.form[j])) j--;
  if (j < s0) return null;
  const w = doc.form[j].toLowerCase();
  if (w === 'both') return { start: j, kind, possessive };
  if ((w === 'two' || w === '2') && j > s0 && /^(the|these|those)$/i.test(doc.form[j - 1])) return { start: j - 1, kind, possessive };
  return null;
}

/**
 * Distinct codes of a pair for a noun of `kind` (people and sides may share a code), or null when
 * they do not fit: "both countries" and "both governments" want two different states.
 */
export function pairCodes(p: Pair, kind: PairKind, countries?: Iterable<string>): string[] | null {
  let codes = p.codes;
  if (kind === 'gov' && codes.length >= 2 && codes.every((c) => /GOV/.test(c)) && codes.every((c) => stateOf(c, countries))) {
    // "Baghdad and Erbil ... the two governments": a state's government and a regional one of it (IRQGOV, IRQGOVKUR).
    return [...new Set(codes)];
  }
  if (kind === 'country' || kind === 'gov') {
    const cs = codes.map((c) => stateOf(c, countries));
    if (cs.some((c) => !c) || new Set(cs).size < 2) return null;
    codes = cs.map((c) => (kind === 'gov' ? `${c}GOV` : c!));
  }
  if (kind === 'sides' && new Set(codes).size < 2) return null;
  // "Iraq and Syria ... urged the two sides": states as sides act by their governments (as named states do).
  if (kind === 'sides' && codes.every((c) => stateOf(c, countries) === c)) codes = codes.map((c) => `${c}GOV`);
  // "President Talabani and Maliki ... the two leaders": members may share a code.
  const distinct = [...new Set(codes)];
  // "a meeting of Iraqi, Syrian and Turkish officials ... urged the two sides": a list of three is no pair.
  return distinct.length > 2 ? null : distinct;
}

/**
 * Whether mention `y` is coordinated with the mention `x` before it: only "and", "&" and commas
 * between (and "or" when `withOr`), or the preposition of `x` repeated after them ("with Hashemi
 * and with Kurdish leaders").
 */
export function joins(doc: Doc, x: ActorMention, y: ActorMention, withOr = false): boolean {
  if (y.start <= x.end || y.start - x.end > 3) return false;
  const prep = x.start > 0 && UPOS[doc.upos[x.start - 1]] === 'ADP' ? doc.form[x.start - 1].toLowerCase() : '';
  const conj = withOr ? /^(and|or|,|&)$/i : /^(and|,|&)$/i;
  let sawConj = false;
  let word = false;
  for (let t = x.end; t < y.start; t++) {
    const f = doc.form[t];
    if (conj.test(f)) {
      sawConj = true;
      if (f !== ',') word = true;
    } else if (sawConj && t === y.start - 1 && f.toLowerCase() === 'the') {
      // "between Maliki and the Kurdish regional president", "both Baghdad and the Kurdish region": the second member's
      // article (s14-discourse).
      continue;
    } else if (!(sawConj && t === y.start - 1 && prep !== '' && f.toLowerCase() === prep)) return false;
  }
  if (!sawConj) return false;
  const hx = outerHead(doc, x);
  const hy = outerHead(doc, y);
  const rel = (k: number): string => DEPREL[doc.dep[k]] ?? '_';
  // "the insecurity in Iraq, and they should set a timetable": the next clause's subject, no second member.
  if (rel(hy).startsWith('nsubj') && !rel(hx).startsWith('nsubj')) return false;
  if (word && !(x.end < y.start && doc.form[x.end] === ',' && PRONOUN_FORMS.has(doc.form[y.start].toLowerCase()))) return true;
  // A comma alone (or a pronoun after ", and") must be a list the parse confirms: "killed six members of a guard
  // force, Iraqi police said" is an object and the next clause's subject. A mention right before a verb after a
  // lone comma begins that clause whatever the parse says (beam parses sometimes hang both nouns on one head).
  if (!word && y.end < doc.length && /^(VERB|AUX)$/.test(UPOS[doc.upos[y.end]] ?? '')) return false;
  if ((doc.head[hy] === hx && rel(hy) === 'conj') || (doc.head[hy] === doc.head[hx] && rel(hy) === rel(hx)) || (doc.head[hx] === hy && rel(hx) === 'conj')) return true;
  // "Kenya, Uganda and Tanzania": a middle member the parse hangs on the first as parataxis or list (a label
  // error) is still in the list when the first has a later member joined by "and".
  return doc.head[hy] === hx && (rel(hy) === 'parataxis' || rel(hy) === 'list') && laterAndConj(doc, hx, y.end);
}

/** Whether token `h` has a conj dependent after token `from` introduced by "and" (its cc). */
function laterAndConj(doc: Doc, h: number, from: number): boolean {
  for (let k = from; k < doc.length && k <= from + 12; k++) {
    if (doc.head[k] !== h || DEPREL[doc.dep[k]] !== 'conj') continue;
    for (let c = from; c < k; c++) if (doc.head[c] === k && DEPREL[doc.dep[c]] === 'cc' && /^(and|&)$/i.test(doc.form[c])) return true;
  }
  return false;
}

/** Personal pronouns: after ", and" one begins a clause more often than it ends a list. */
const PRONOUN_FORMS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'him', 'her', 'them', 'we', 'us']);

/** The token of a mention whose head lies outside it. */
function outerHead(doc: Doc, m: ActorMention): number {
  for (let k = m.start; k < m.end; k++) if (doc.head[k] < m.start || doc.head[k] >= m.end) return k;
  return m.head;
}

/**
 * The last coordination of mentions among `ms` that ends before token `before`
 * ("Dulaimi and Vice President Tariq al-Hashemi"), any role; its distinct codes may be one.
 */
export function lastCoordination(doc: Doc, ms: readonly ActorMention[], before: number, window = 8): Pair | null {
  let hi = ms.length;
  while (hi > 0 && ms[hi - 1].end > before) hi--;
  const joined = (x: ActorMention, y: ActorMention): boolean => joins(doc, x, y);
  for (let k = hi - 1; k >= 1 && k >= hi - window; k--) {
    if (!joined(ms[k - 1], ms[k])) continue;
    let first = k - 1;
    while (first > 0 && k - first < window && joined(ms[first - 1], ms[first])) first--;
    const members = ms.slice(first, k + 1);
    // "waving Iraqi and Turkmen flags": peoples' adjectives of a thing no mention covers are no pair of actors.
    if (adjectivesOfThing(doc, ms, members)) continue;
    const codes = [...new Set(members.map((m) => m.code))];
    return {
      codes,
      persons: false,
      sentence: doc.sentenceOf(ms[first].start),
      from: { start: ms[first].start, end: ms[k].end, sentence: doc.sentenceOf(ms[first].start) },
      strong: true,
    };
  }
  return null;
}

/**
 * Whether coordinated bare states (or peoples) are only adjectives of a noun that no mention covers
 * ("Iraqi and Turkmen flags"; "U.S. and Iraqi officials" is a mention and stays a pair).
 */
function adjectivesOfThing(doc: Doc, ms: readonly ActorMention[], members: readonly ActorMention[]): boolean {
  return members.every((m) => m.code.length === 3 && m.end - m.start === 1) && adjectiveOfThing(doc, ms, members[0], members[members.length - 1].start);
}

/**
 * Whether a one-word bare state `m` is an adjective of a later noun (after token `after`) that no mention of `ms`
 * covers ("Iraqi flags", "Turkish goods"): a thing of the state, not the state as an actor.
 */
export function adjectiveOfThing(doc: Doc, ms: readonly ActorMention[], m: ActorMention, after = m.start): boolean {
  if (!doc.annotations.has('token.dep') || m.code.length !== 3 || m.end - m.start !== 1) return false;
  // A later conjunct ("Turkmen" in "Iraqi and Turkmen flags") hangs on the first: the first's relation is the list's.
  let x = m.start;
  for (let n = 0; n < 4 && DEPREL[doc.dep[x]] === 'conj' && doc.head[x] >= 0 && doc.head[x] < x; n++) x = doc.head[x];
  const rel = DEPREL[doc.dep[x]] ?? '_';
  if (rel !== 'amod' && rel !== 'compound') return false;
  const noun = doc.head[x];
  if (noun < 0 || noun <= after || UPOS[doc.upos[noun]] !== 'NOUN') return false;
  return !ms.some((x) => x.start <= noun && noun < x.end);
}

/**
 * A subject and an object (or "accused X of", "with X") of one verb with different
 * countries: a weak pair ("Idris accused South Sudan").
 */
export function subjectObjectPair(doc: Doc, ms: readonly ActorMention[], countries?: Iterable<string>): Pair | null {
  const head = (m: ActorMention): number => {
    for (let k = m.start; k < m.end; k++) if (doc.head[k] < m.start || doc.head[k] >= m.end) return k;
    return m.head;
  };
  // Linear: subjects by their verb first, then each object looks its verb up.
  const subj = new Map<number, { m: ActorMention; c: string }>();
  for (const x of ms) {
    const hx = head(x);
    const cx = stateOf(x.code, countries);
    if (cx && (DEPREL[doc.dep[hx]] ?? '').startsWith('nsubj') && !subj.has(doc.head[hx])) subj.set(doc.head[hx], { m: x, c: cx });
  }
  let best: Pair | null = null;
  for (const y of ms) {
    const hy = head(y);
    if (!/^(obj|iobj|obl)/.test(DEPREL[doc.dep[hy]] ?? '')) continue;
    // "met PUK leaders in Sulaimaniyah, according to two Kurdish lawmakers": a place, a time or a source is no party.
    if (SETTING_CASES.has(caseOf(doc, hy))) continue;
    const x = subj.get(doc.head[hy]);
    const cy = stateOf(y.code, countries);
    if (!x || !cy || cy === x.c || x.m === y) continue;
    const sx = doc.sentenceOf(x.m.start);
    best = { codes: [x.m.code, y.code], persons: false, sentence: sx, from: { start: x.m.start, end: x.m.end, sentence: sx }, strong: false };
  }
  return best;
}

/** Prepositions of a setting or a source ("in Baghdad", "according to officials"), not of a party to an act. */
const SETTING_CASES: ReadonlySet<string> = new Set(['according', 'in', 'inside', 'near', 'at', 'during', 'after', 'before', 'since', 'despite', 'outside', 'across', 'throughout', 'around']);

/** The first preposition hung on token `h` (its case), lower case, or ''. */
function caseOf(doc: Doc, h: number): string {
  for (let k = h - 1; k >= 0 && k >= h - 6; k--) if (doc.head[k] === h && DEPREL[doc.dep[k]] === 'case') {
    let c = k;
    // "according to": the first word of a fixed preposition.
    while (c > 0 && doc.head[c] === h && DEPREL[doc.dep[c - 1]] === 'case' && doc.head[c - 1] === h) c--;
    return doc.form[c].toLowerCase();
  }
  return '';
}

/** Quantifiers of a partitive ("two of them", "most of them"). */
const QUANTIFIERS = new Set(['some', 'many', 'most', 'all', 'both', 'none', 'each', 'several', 'few', 'one', 'any', 'half', 'dozens', 'hundreds', 'thousands']);

/**
 * A partitive pronoun ("among them two lawmakers", "two of them"): it counts members of a
 * set just named, no actor of its own.
 */
export function isPartitive(doc: Doc, i: number): boolean {
  const s0 = doc.sentStart[doc.sentenceOf(i)];
  if (i <= s0) return false;
  const p = doc.form[i - 1].toLowerCase();
  if (p === 'among' || p === 'amongst') return true;
  if (p !== 'of' || i - 2 < s0) return false;
  const q = doc.form[i - 2].toLowerCase();
  return QUANTIFIERS.has(q) || UPOS[doc.upos[i - 2]] === 'NUM';
}
