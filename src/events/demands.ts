/**
 * Refusals told to an addressee. "The minister told Blinken that Egypt would not take orders from anyone", "he told
 * Bush that the Shiites would not give up federalism": what the speaker's side says it will not do, told to another
 * side, is its refusal to that side (CAMEO 12), not a statement (010, which experts leave uncoded). The sentence
 * coder sees a statement to the addressee and a negated act with no target of its own.
 *
 * Rule: a statement (010) by a verb of telling ("told", "informed", "assured") whose object is its target (the
 * addressee) and whose reported clause has a future modal ("will", "would") and a negation ("not", "never") with
 * the speaker's own side as subject (a pronoun other than "you", or an actor of the speaker's state, or none named)
 * is a refusal to the addressee: 125 for talks ("would not negotiate"), 120 otherwise. Statements whose sentence
 * already has a demand or rejection between the same two actors are skipped.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL } from '../analysis/tags.js';
import type { ActorMention } from '../actors/types.js';
import type { CodedEvent } from './types.js';
import { childrenIn } from './obligation.js';

/** Verbs of telling an addressee something. */
const TELL_VERBS: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'notify']);

/** Future modals ("wo" is the parser's half of "won't"). */
const FUTURE: ReadonlySet<string> = new Set(['will', 'would', 'shall', "'ll", 'wo']);

/** Negations of the reported clause. */
const NEGATION: ReadonlySet<string> = new Set(['not', "n't", 'never']);

/** Lemmas of the refused act that make the refusal one of talks (125). */
const TALKS: ReadonlySet<string> = new Set(['negotiate', 'talk', 'discuss', 'meet', 'bargain']);

/**
 * Lemmas whose negation is a promise or a warning, no refusal: "would never abandon its Iraqi brothers" (support),
 * "would not let its territory be used for attacks" (an assurance), "would not tolerate" (a warning).
 */
const NOT_REFUSALS: ReadonlySet<string> = new Set(['abandon', 'betray', 'desert', 'forsake', 'forget', 'let', 'allow', 'permit', 'tolerate', 'stand', 'hesitate', 'interfere', 'attack', 'harm', 'threaten']);

/** The same state: the first three letters of two known codes agree. */
const sameState = (a: string, b: string): boolean => !a.startsWith('---') && !b.startsWith('---') && a.slice(0, 3) === b.slice(0, 3);

/** Whether `target` is the object of the statement verb `v` ("told Maliki that ..."). */
function isAddressee(doc: Doc, v: number, t: ActorMention): boolean {
  for (let k = t.start; k < t.end; k++) {
    const h = doc.head[k];
    if (h >= t.start && h < t.end) continue;
    const rel = DEPREL[doc.dep[k]];
    return h === v && (rel === 'obj' || rel === 'iobj');
  }
  return false;
}

/**
 * Refusals (12x) told to an addressee, made from the statements (010) among `events`; `mentionAt(i)` is the actor
 * mention covering token i, if any; `coded` are the events already kept (a demand or rejection between the same
 * two actors in the sentence already says it).
 */
export function toldRefusals(doc: Doc, events: readonly CodedEvent[], coded: readonly CodedEvent[], mentionAt: (i: number) => ActorMention | null): CodedEvent[] {
  const out: CodedEvent[] = [];
  const seen = new Set<string>();
  for (const e of coded) if (/^1[02]/.test(e.cameo) && e.target) seen.add(`${e.sentence} ${e.source.code} ${e.target.code}`);
  for (const e of events) {
    if (e.cameo !== '010' || !e.target || !TELL_VERBS.has(doc.lemma[e.verb].toLowerCase())) continue;
    const t = e.target;
    if (sameState(t.code, e.source.code) || !isAddressee(doc, e.verb, t)) continue;
    const s = e.sentence;
    const a = doc.sentStart[s];
    const b = doc.sentEnd[s];
    // "told the envoy that Jordan would never ...", misparsed as a relative clause on the addressee: after a verb of
    // telling, a clause on its object that opens with "that" is what was told.
    const told: number[] = [];
    for (let k = t.start; k < t.end; k++) {
      for (const c of childrenIn(doc, a, b, k)) {
        if (DEPREL[doc.dep[c]] !== 'acl:relcl') continue;
        const first = childrenIn(doc, a, b, c)[0];
        if (first !== undefined && first < c && doc.form[first].toLowerCase() === 'that') told.push(c);
      }
    }
    for (const c of [...childrenIn(doc, a, b, e.verb), ...told]) {
      if (DEPREL[doc.dep[c]] !== 'ccomp' && !told.includes(c)) continue;
      if (NOT_REFUSALS.has(doc.lemma[c].toLowerCase())) continue;
      const kids = childrenIn(doc, a, b, c);
      // The modal and the negation may sit on a copula's or passive's head ("would not be bound by").
      if (!kids.some((k) => DEPREL[doc.dep[k]] === 'aux' && FUTURE.has(doc.form[k].toLowerCase()))) continue;
      if (!kids.some((k) => DEPREL[doc.dep[k]] === 'advmod' && NEGATION.has(doc.form[k].toLowerCase()))) continue;
      const subj = kids.find((k) => DEPREL[doc.dep[k]].startsWith('nsubj'));
      if (subj === undefined) continue;
      const w = doc.form[subj].toLowerCase();
      if (w === 'you' || w === 'it' || w === 'there') continue;
      const sm = mentionAt(subj);
      // "told Bremer that Iraqis would not accept ...": what a people will not accept is an opinion of it, no refusal
      // by the speaker's side (a state's name, "Iraq would not accept", is).
      if (sm && sm.code.length === 3 && /s$/i.test(w) && sm.end - sm.start === 1) continue;
      // The speaker's own side: its state, or a pronoun or noun no actor code names ("his government" matched or not).
      if (sm && (!sameState(sm.code, e.source.code) || sameState(sm.code, t.code))) continue;
      const key = `${s} ${e.source.code} ${t.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const cameo = TALKS.has(doc.lemma[c].toLowerCase()) ? '125' : '120';
      out.push({ ...e, cameo, negated: false, evidenceEnd: Math.max(e.evidenceEnd, c + 1), rule: `${e.rule} + what the speaker's side will not do, told to another, is its refusal to it (${cameo})` });
    }
  }
  return out;
}
