/**
 * Targets named inside a clause of the event's verb rather than by its object.
 *
 * The target of a conditional threat is whoever must meet the condition: "threatened that his bloc would quit the
 * cabinet unless the government freed the prisoners", "warned that he would go to court if the president did not
 * name him" are threats to the government and the president, not to the cabinet or the court the threatened act
 * names. (A condition in the passive, "unless the guards were released", names no one who must meet it: see
 * `passiveConditionThreats` in src/article/speech.ts.)
 *
 * The target of a complaint is the actor it finds fault with, not the one it is made to: "complained to the envoy that
 * the government had failed to pay the fighters" criticises the government.
 * @module
 */
import type { ActorMention } from '../actors/types.js';
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS } from '../analysis/tags.js';
import { dependentsOf } from '../events/obligation.js';
import type { CodedEvent } from '../events/types.js';
import { retarget, sameActor } from './implicit.js';

const dep = (doc: Doc, i: number): string => DEPREL[doc.dep[i]] ?? '_';

/** Markers of a condition clause. */
const CONDITION_MARKS = /^(if|unless)$/i;

/** Clause relations through which a threat verb holds the act it threatens ("warned that he would ...", "threatened to ..."). */
const THREATENED_ACT = /^(ccomp|xcomp)$/;

/**
 * The active subject of an if/unless clause on verb `v` (or on the act `v` reports or threatens, one clause down),
 * or -1: "unless [the government] obtained ...". A passive condition has no one who must meet it and gives -1.
 */
export function conditionSubject(doc: Doc, v: number): number {
  const acts = [v, ...dependentsOf(doc, v).filter((k) => THREATENED_ACT.test(dep(doc, k)))];
  for (const c of acts) {
    for (const k of dependentsOf(doc, c)) {
      if (dep(doc, k) !== 'advcl' || k < c) continue;
      const ks = dependentsOf(doc, k);
      if (!ks.some((m) => m < k && dep(doc, m) === 'mark' && CONDITION_MARKS.test(doc.form[m]))) continue;
      const subj = ks.find((m) => dep(doc, m) === 'nsubj');
      if (subj !== undefined) return subj;
    }
  }
  return -1;
}

/**
 * The threats (13) of `events` whose verb, or the act it threatens, carries an if/unless clause with an active subject
 * naming an actor other than the threat's source and its target's side, each mapped to a copy aimed at that actor. A pronoun
 * subject ("if they come back") is left to the coder's reading; so is a subject of the source's own side.
 */
export function conditionalThreatTargets(
  doc: Doc,
  events: readonly CodedEvent[],
  states: ReadonlySet<string>,
  mentionAt: (i: number) => ActorMention | null,
): Map<CodedEvent, CodedEvent> {
  const out = new Map<CodedEvent, CodedEvent>();
  for (const e of events) {
    if (!e.cameo.startsWith('13') || !e.target) continue;
    // (The one warned by name keeps the threat: "warned the Kurds that ... if the Peshmerga did not leave".)
    // (Also when the event sits on the threatened act, the verb of warning above it; and where the coder already aimed
    // the threat at the one warned or at the condition's subject.)
    if (/threat (to the one warned|on the condition's subject)/.test(e.rule)) continue;
    const th = e.target.head;
    const warner = /^(ccomp|xcomp|acl)$/.test(dep(doc, e.verb)) ? doc.head[e.verb] : -1;
    if ((doc.head[th] === e.verb || (warner >= 0 && doc.head[th] === warner) || th === warner) && /^(obj|iobj)$/.test(dep(doc, th))) continue;
    const subj = conditionSubject(doc, e.verb);
    if (subj < 0 || UPOS[doc.upos[subj]] === 'PRON') continue;
    const m = mentionAt(subj);
    if (!m || m.code.startsWith('---') || sameActor(m.code, e.source.code)) continue;
    // (A target of the same side as the condition's subject already names whom the threat is aimed at: "would withdraw
    // its support for the prime minister if Baghdad ...".)
    // (A bare country there is made specific by the subject: "against the Americans unless the authority pays".)
    if ((sameActor(m.code, e.target.code) && e.target.code.length > 3) || (e.target.start <= subj && subj < e.target.end)) continue;
    // A state or its capital that must meet a condition does so through its government ("unless Baghdad pays").
    const by = states.has(m.code) && UPOS[doc.upos[subj]] === 'PROPN' ? { ...m, code: `${m.code}GOV`, rule: `${m.rule} + a state must act through its government` } : m;
    const r = retarget(e, by, e.sentence, 'who must meet the condition', 'whoever must meet the condition of a threat');
    out.set(e, { ...r, evidenceEnd: Math.max(e.evidenceEnd, subj + 1) });
  }
  return out;
}

/** Verbs of complaining: the one complained to is the addressee, the fault is told in the clause. */
const COMPLAINING: ReadonlySet<string> = new Set(['complain', 'grumble', 'lament']);

/**
 * The disapprovals (11) of `events` at a verb of complaining ({@link COMPLAINING}) whose reported clause ("that the
 * government had failed ...") has as subject an actor other than the complaint's source and target, each mapped to a
 * copy aimed at that actor. A pronoun subject is left alone (it names someone told before, often the speaker).
 */
export function complaintTargets(doc: Doc, events: readonly CodedEvent[], mentionAt: (i: number) => ActorMention | null): Map<CodedEvent, CodedEvent> {
  const out = new Map<CodedEvent, CodedEvent>();
  for (const e of events) {
    if (!e.cameo.startsWith('11') || !e.target) continue;
    if (!COMPLAINING.has((doc.lemma[e.verb] || doc.form[e.verb]).toLowerCase())) continue;
    const clause = dependentsOf(doc, e.verb).find((k) => dep(doc, k) === 'ccomp');
    if (clause === undefined) continue;
    const subj = dependentsOf(doc, clause).find((k) => /^nsubj/.test(dep(doc, k)));
    if (subj === undefined || UPOS[doc.upos[subj]] === 'PRON') continue;
    if (e.target.start <= subj && subj < e.target.end) continue;
    const m = mentionAt(subj);
    if (!m || m.code.startsWith('---') || m.code === e.target.code) continue;
    // (Of the source's own side only when told apart from it: "the government" by its vice president, not "his government".)
    const owned = dependentsOf(doc, subj).some((k) => dep(doc, k) === 'nmod:poss' && UPOS[doc.upos[k]] === 'PRON');
    if (sameActor(m.code, e.source.code) && (owned || m.code.length <= 3)) continue;
    const r = retarget(e, m, e.sentence, 'the actor a complaint finds fault with', 'the actor a complaint finds fault with');
    out.set(e, { ...r, evidenceEnd: Math.max(e.evidenceEnd, subj + 1) });
  }
  return out;
}
