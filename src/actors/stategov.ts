/**
 * Coding convention of the expert coders: a state named as the subject of a political act
 * acts through its government. "Iran denied the report", "the United States urged calm",
 * "Washington said ..." are IRNGOV / USAGOV, not the bare country (IRN, USA) the
 * dictionaries give the name. Only the event's source changes, and only for a singular
 * proper name (country or capital) that is the clause's subject: "Iran's navy", "Iranian
 * officials", "a U.S. envoy" (the name modifies another noun) and pronouns are left alone.
 *
 * PETRARCH2 keeps the bare country, so `annals validate` (which drives the coder directly)
 * is not affected; {@link createAnnals} applies this to the events it codes.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS, XPOS } from '../analysis/tags.js';
import type { CodedEvent } from '../events/types.js';
import type { ActorMention } from './types.js';

/** Tokens a state's proper name is made of ("the United States", "U.S.", "Republic of Korea"). */
const NAME_POS: ReadonlySet<string> = new Set(['PROPN', 'DET', 'PUNCT', 'ADJ', 'ADP']);

/**
 * True when `m` is a state's bare code on a proper name that is the subject (nsubj) of the
 * event verb `verb` (or of the verb that `verb` completes as an xcomp, or is coordinated with), with nothing of
 * another noun around it.
 */
export function isStateSubject(doc: Doc, m: ActorMention, verb: number, states: ReadonlySet<string>): boolean {
  if (m.code.length !== 3 || !states.has(m.code) || m.codes || m.resolvedFrom) return false;
  const h = m.head;
  if (h < m.start || h >= m.end || DEPREL[doc.dep[h]] !== 'nsubj') return false;
  // The subject of the event verb, or of the verbs it completes ("Iran offered to help train ...").
  let v = verb;
  // Or of a verb it is coordinated with and shares the subject of ("Tehran backed X and opposed Y").
  while (doc.head[h] !== v && doc.head[v] >= 0 && (DEPREL[doc.dep[v]] === 'xcomp' || (DEPREL[doc.dep[v]] === 'conj' && !hasSubject(doc, v)))) v = doc.head[v];
  if (doc.head[h] !== v) return false;
  if (UPOS[doc.upos[h]] !== 'PROPN') return false;
  // A plural (NNPS "Americans") is a people; a plural-looking multi-word name is one state ("the United States").
  if (XPOS[doc.xpos[h]] === 'NNPS' && m.end - m.start < 2) return false;
  for (let k = m.start; k < m.end; k++) if (!NAME_POS.has(UPOS[doc.upos[k]])) return false;
  // "a Syria ..." is not the state itself.
  const first = doc.form[m.start].toLowerCase();
  if (first === 'a' || first === 'an' || (m.start > 0 && /^an?$/i.test(doc.form[m.start - 1]))) return false;
  // The name as a modifier of a following noun ("Iran nuclear talks", "Iran's ...").
  const s = doc.sentenceOf(h);
  const next = m.end < doc.sentEnd[s] ? m.end : -1;
  if (next >= 0 && (['NOUN', 'PROPN', 'PART'].includes(UPOS[doc.upos[next]]) || doc.form[next] === "'s")) return false;
  return true;
}

/**
 * Relations by which a state's name is the party an act is aimed at: its object
 * ("urged Washington"), indirect object, a prepositional argument of the verb
 * ("appealed to Washington", "talks with Tehran"; not a scene: "in Baghdad"), or the
 * possessor of the object ("rejected Ankara's demand").
 */
const AIMED_AT: ReadonlySet<string> = new Set(['obj', 'iobj', 'obl', 'nmod:poss', 'nmod']);
/** Prepositions of a scene or a topic, not of a party ("in Iraq", "about Iran", "for Iraq"). */
const NOT_A_PARTY: ReadonlySet<string> = new Set(['in', 'at', 'near', 'inside', 'across', 'throughout', 'around', 'into', 'through', 'about', 'over', 'for', 'of', 'outside', 'within', 'toward', 'towards', 'via']);

/**
 * True when `m` is a state's bare code on a proper name (the state itself, not a modifier
 * of another noun) that an event's verb is aimed at (see {@link AIMED_AT}).
 */
export function isStateTarget(doc: Doc, m: ActorMention, states: ReadonlySet<string>): boolean {
  if (m.code.length !== 3 || !states.has(m.code) || m.codes || m.resolvedFrom) return false;
  const h = m.head;
  if (h < m.start || h >= m.end || UPOS[doc.upos[h]] !== 'PROPN') return false;
  const rel = DEPREL[doc.dep[h]];
  if (!AIMED_AT.has(rel)) return false;
  if (XPOS[doc.xpos[h]] === 'NNPS' && m.end - m.start < 2) return false;
  for (let k = m.start; k < m.end; k++) if (!NAME_POS.has(UPOS[doc.upos[k]])) return false;
  const first = doc.form[m.start].toLowerCase();
  if (first === 'a' || first === 'an' || (m.start > 0 && /^an?$/i.test(doc.form[m.start - 1]))) return false;
  const s = doc.sentenceOf(h);
  const next = m.end < doc.sentEnd[s] ? m.end : -1;
  const possessive = next >= 0 && (doc.form[next] === "'s" || doc.form[next] === "'");
  if (next >= 0 && !possessive && ['NOUN', 'PROPN'].includes(UPOS[doc.upos[next]])) return false;
  if (rel === 'nmod:poss' && !possessive) return false;
  if (rel === 'obl' || rel === 'nmod') {
    // The preposition that marks it.
    for (let k = doc.sentStart[s]; k < doc.sentEnd[s]; k++) {
      if (doc.head[k] === h && DEPREL[doc.dep[k]] === 'case' && NOT_A_PARTY.has(doc.form[k].toLowerCase())) return false;
    }
  }
  return true;
}

/** True when verb `v` has its own subject. */
function hasSubject(doc: Doc, v: number): boolean {
  const s = doc.sentenceOf(v);
  for (let k = doc.sentStart[s]; k < doc.sentEnd[s]; k++) if (doc.head[k] === v && DEPREL[doc.dep[k]].startsWith('nsubj')) return true;
  return false;
}

/**
 * The events with the sources {@link isStateSubject} says are a state's subject coded as
 * its government (IRN -> IRNGOV). Other events are returned unchanged.
 * @param states the dictionaries' three-letter state codes (`countryCodes`).
 * @param seat whether a name is the state itself or its capital (`code` is the state's);
 *   without it every country or city name the dictionaries give a state counts.
 */
export function stateSubjectsAsGovernment(
  doc: Doc,
  events: readonly CodedEvent[],
  states: ReadonlySet<string>,
  seat?: (name: string, code: string) => boolean,
): CodedEvent[] {
  return events.map((e) => {
    if (!isStateSubject(doc, e.source, e.verb, states)) return e;
    // "Basra accused ...", "Sadr City ...": a city that is not the capital speaks for itself, not the state.
    if (seat && !seat(doc.text.slice(doc.start[e.source.start], doc.end[e.source.end - 1]), e.source.code)) return e;
    const code = `${e.source.code}GOV`;
    if (e.target && e.target.code === code) return e;
    return { ...e, source: { ...e.source, code, rule: `${e.source.rule} + a state as subject acts through its government` } };
  });
}

/**
 * The events with targets {@link isStateTarget} says are a state (or its seat) an act is
 * aimed at coded as its government ("appealed to Washington", "rejected Ankara's demand"
 * -> USAGOV, TURGOV). Other events are returned unchanged.
 */
export function stateTargetsAsGovernment(
  doc: Doc,
  events: readonly CodedEvent[],
  states: ReadonlySet<string>,
  seat?: (name: string, code: string) => boolean,
): CodedEvent[] {
  return events.map((e) => {
    const t = e.target;
    if (!t || !isStateTarget(doc, t, states)) return e;
    if (seat && !seat(doc.text.slice(doc.start[t.start], doc.end[t.end - 1]), t.code)) return e;
    const code = `${t.code}GOV`;
    if (e.source.code === code) return e;
    return { ...e, target: { ...t, code, rule: `${t.rule} + a state an act is aimed at is its government` } };
  });
}
