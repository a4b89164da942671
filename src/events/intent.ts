/**
 * CAMEO codes what was said about a future act, not the act: "will meet" is 036
 * (express intent to meet or negotiate), not 040; "vowed to attack" is a threat
 * (138), not an attack. The coder codes the verb's own meaning; once the event's
 * modality is known (src/context), {@link codeForModality} moves an intended or
 * hypothetical act to the "express intent" (03x) or "threaten" (13x) family.
 *
 * Cooperative acts move for any intention or supposition (a plan to meet is an
 * intent to meet whoever reports it), but not the condition of an if/unless clause
 * ("would return if the government released the detainees": the release is nobody's intent). Hostile acts become threats only when the
 * intention is the actor's own (no attribution, or attributed to the actor itself):
 * "officials said the militia would attack" is a report, not the militia's threat.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL } from '../analysis/tags.js';
import { cameoInfo } from './cameo.js';

/** The rule of the civilians' mention the coder makes for "threatened to kill anyone who votes" (synthetic.ts threatenedAnyone); the own-populace filter keeps these threats. */
export const ANYONE_RULE = 'threatened with death for what they do (s16-verbs)';

/** Root of an intended cooperative act -> the 03x code expressing that intent. */
const COOPERATIVE: Record<string, string> = {
  '04': '036', // consult, meet, negotiate -> intent to meet or negotiate
  '06': '031', // material cooperation
  '07': '033', // provide aid
  '08': '035', // yield
};

/** Root of a stated hostile act -> the 13x threat. */
const HOSTILE: Record<string, string> = {
  '14': '133', // protest -> threaten political dissent
  '16': '131', // reduce relations -> threaten non-force
  '17': '137', // coerce -> threaten repression
  '18': '138', // assault -> threaten military force
  '19': '138', // fight
  '20': '138', // mass violence
};

/** The 13x threat of the hostile act coded `cameo` ("would attack" -> 138), or null for other acts. */
export function threatCode(cameo: string): string | null {
  const t = HOSTILE[cameo.slice(0, 2)];
  return t && cameoInfo(t) ? t : null;
}

/**
 * The threat of a hostile act promised on a condition ("would send its soldiers across the border if the attacks
 * continued"): {@link threatCode}, and a show of force (15) too, which on a condition threatens force (138).
 */
export function conditionalThreatCode(cameo: string): string | null {
  return threatCode(cameo) ?? (cameo.startsWith('15') && cameoInfo('138') ? '138' : null);
}

/** What {@link codeForModality} needs to know about an event. */
export interface ModalityFacts {
  modality: string;
  /** Code of the actor the event is attributed to, null when nobody or an uncoded speaker. */
  attributedTo: string | null | undefined;
  /** Whether the event is attributed at all ("officials said ..."). */
  attributed: boolean;
  /** The event's source code. */
  source: string;
  /** The act is the condition of an if/unless clause ("if the government released them"): no one's intent. */
  conditional?: boolean;
  /**
   * The act lasts "until" another actor acts ("would boycott sessions until the government halted ..."): a
   * measure announced as taken, not threatened (see {@link hasUntilClause}).
   */
  until?: boolean;
  /**
   * The act is what the source "decided to" do ("the cabinet had decided to withdraw its envoy"): see {@link decidedAct}.
   */
  decided?: boolean;
  /**
   * What an appeal (02x) asks for when it is a clause ({@link appealComplement}): an act ("would ask parliament to
   * sack him") or a question ("would ask the president how ...").
   */
  complement?: 'act' | 'question' | null;
}

/**
 * The CAMEO code to emit for an event coded `cameo` whose context is `facts`;
 * `cameo` itself when its modality does not change it.
 */
export function codeForModality(cameo: string, facts: ModalityFacts): string | null {
  const root = cameo.slice(0, 2);
  if (facts.modality !== 'intended' && facts.modality !== 'hypothetical') return cameo;
  if (facts.conditional) return cameo;
  // s11b: a request still to be made ("said he would ask parliament to strip the minister of his post") is no
  // appeal yet: the experts code the act it is about (the threat, the investigation) or nothing, so no 02x
  // (heldout2/3/8/18). A question still to be asked ("would ask the president how Nairobi could help") announces
  // talks: an intent to cooperate (030, heldout7). "Would ask X for money" (a thing, no clause) stays an appeal.
  if (root === '02' && facts.complement === 'act') return null;
  if (root === '02' && facts.complement === 'question') return cameoInfo('030') ? '030' : cameo;
  // An actor's own mediation is an intent to mediate (039), not to meet.
  if (cameo.startsWith('045')) return '039';
  // s15: a de-escalation agreed ("the military had agreed to suspend offensive operations for 24 hours") is the
  // de-escalation itself (087), as the experts code it (sets 6, 15), not an intent to yield (035).
  if (facts.decided && cameo.startsWith('087')) return cameo;
  const coop = COOPERATIVE[root];
  if (coop) return cameoInfo(coop) ? coop : cameo;
  // A veto to come ("Bush would veto it if the bill passes, his aides said") is a threat to veto (131), told
  // by whoever reports it: only the vetoing government decides it, and it is announced to be heard.
  if (cameo === '129') return '131';
  // s14: a blame still to be laid ("the United States would hold Iran responsible for any attack on its personnel") is a
  // warning, told to be heard: a threat (130), when the speaker's own side will lay it (set 24; 112 when laid, set 1).
  const blame = cameo === '112' && facts.modality === 'intended';
  const hostile = blame ? '130' : HOSTILE[root];
  if (!hostile || facts.modality !== 'intended') return cameo;
  // A boycott or suspension announced to last until the other side acts is taken, not threatened.
  if (facts.until && root === '16') return cameo;
  // A government's decision to cut relations ("had decided to expel the ambassador and recall its envoy") is the
  // measure itself, announced as taken (161), not a threat to take it.
  if (facts.decided && root === '16') return cameo;
  // The speaker's own side: the same actor, or the same country or group prefix
  // ("Sadr said his followers would ..."; "Iran said its forces would ...").
  const by = facts.attributedTo;
  const own = !facts.attributed || (by != null && !by.startsWith('---') && by.slice(0, 3) === facts.source.slice(0, 3));
  return own && cameoInfo(hostile) ? hostile : cameo;
}

/** Whether the verb at token `v` heads an if/unless/whether clause (its own `mark` child). */
export function isConditionClause(doc: Doc, v: number): boolean {
  const s = doc.sentenceOf(v);
  const a = doc.sentStart[s];
  const b = doc.sentEnd[s];
  let subj = -1;
  for (let i = a; i < b; i++) if (doc.head[i] === v && DEPREL[doc.dep[i]].startsWith('nsubj')) subj = i;
  for (let i = a; i < b; i++) {
    if (doc.head[i] !== v || DEPREL[doc.dep[i]] !== 'mark' || !/^(if|unless|whether)$/i.test(doc.form[i])) continue;
    // "If the bill passes/NOUN, Bush would veto it": a comma between the mark and the verb's own subject
    // closes the if-clause (its verb misparsed); the verb after it is the main clause, no condition.
    let comma = false;
    for (let k = i + 1; k < subj; k++) if (doc.form[k] === ',') comma = true;
    if (!comma) return true;
  }
  return false;
}

/**
 * Whether the verb at token `v` (or the clause head it is conjoined to) has an adverbial clause marked
 * "until" ("would boycott sessions until the government halted the raids"), or an "until" below it.
 */
export function hasUntilClause(doc: Doc, v: number): boolean {
  const s = doc.sentenceOf(v);
  const a = doc.sentStart[s];
  const b = doc.sentEnd[s];
  for (let e = v, d = 0; e >= a && e < b && d < 8; d++) {
    for (let c = a; c < b; c++) {
      if (doc.head[c] !== e || !DEPREL[doc.dep[c]].startsWith('advcl')) continue;
      for (let m = a; m < c; m++) if (doc.head[m] === c && DEPREL[doc.dep[m]] === 'mark' && /^until$/i.test(doc.form[m])) return true;
    }
    if (DEPREL[doc.dep[e]] !== 'conj') break;
    e = doc.head[e];
  }
  // "boycott sessions until/case the government halted": the clause misparsed, "until" still below the verb.
  for (let k = v + 1; k < b; k++) {
    if (!/^until$/i.test(doc.form[k])) continue;
    for (let h = doc.head[k], d = 0; h >= a && h < b && d < 12; h = doc.head[h], d++) if (h === v) return true;
  }
  return false;
}

/**
 * Whether the act at token `v` is the complement of a past "decided" ("Iraq had decided to expel the ambassador and
 * to recall its envoy"; conjoined acts share it) with no modal of its own ("would decide to" is still to come).
 * `lemmas`: the verbs of deciding taken (s15: "agree" for a de-escalation, "had agreed to suspend offensive operations").
 */
export function decidedAct(doc: Doc, v: number, lemmas: readonly string[] = ['decide']): boolean {
  const s = doc.sentenceOf(v);
  const a = doc.sentStart[s];
  const b = doc.sentEnd[s];
  let e = v;
  for (let d = 0; d < 4 && e >= a && e < b && DEPREL[doc.dep[e]] === 'conj'; d++) e = doc.head[e];
  // (s14: after an adjunct the parse may take the infinitive for an adverbial clause: "decided on Monday to/mark recall/advcl".)
  const to = (): boolean => {
    for (let k = a; k < e; k++) if (doc.head[k] === e && DEPREL[doc.dep[k]] === 'mark' && /^to$/i.test(doc.form[k])) return true;
    return false;
  };
  if (e < a || e >= b || (DEPREL[doc.dep[e]] !== 'xcomp' && !(DEPREL[doc.dep[e]] === 'advcl' && to()))) return false;
  const g = doc.head[e];
  const lemma = (doc.lemma[g] || '').toLowerCase();
  if (g < a || g >= b || !lemmas.includes(lemma) || doc.form[g].toLowerCase() !== `${lemma}d`) return false;
  for (let c = a; c < b; c++) if (doc.head[c] === g && DEPREL[doc.dep[c]] === 'aux' && /^(will|would|may|might|could|should|shall|'ll)$/i.test(doc.form[c])) return false;
  return true;
}

/**
 * The clause an appeal verb at token `v` told with a modal takes: 'act' for a to-infinitive ("ask parliament to sack him"), 'question'
 * for a wh- or whether-clause ("ask the president how Nairobi could help"), null for none ("ask him for money").
 */
export function appealComplement(doc: Doc, v: number): 'act' | 'question' | null {
  const s = doc.sentenceOf(v);
  const a = doc.sentStart[s];
  const b = doc.sentEnd[s];
  // Only a request told with a modal ("would ask", "will ask", "might ... and ask"): "had decided to ask the U.N. to
  // set up a tribunal" is a decision taken (an appeal), "urged X to take part even if ..." an appeal made.
  const modal = (h: number) => {
    for (let k = a; k < h; k++) if (doc.head[k] === h && DEPREL[doc.dep[k]] === 'aux' && /^(would|will|'ll|wo|shall|'d|might|may)$/i.test(doc.form[k])) return true;
    return false;
  };
  if (!modal(v) && !(DEPREL[doc.dep[v]] === 'conj' && doc.head[v] >= a && modal(doc.head[v]))) return null;
  for (let c = v + 1; c < b; c++) {
    if (doc.head[c] !== v) continue;
    const rel = DEPREL[doc.dep[c]];
    // "would ask the court to annul the vote": the to-clause is often parsed as an adverbial clause (advcl).
    if (rel !== 'xcomp' && rel !== 'ccomp' && rel !== 'advcl') continue;
    let to = false;
    let wh = false;
    for (let k = a; k < c; k++) {
      if (doc.head[k] !== c) continue;
      if (/^to$/i.test(doc.form[k]) && DEPREL[doc.dep[k]] === 'mark') to = true;
      if (/^(how|whether|why|what|when|where|if)$/i.test(doc.form[k])) wh = true;
    }
    if (rel === 'xcomp' || to) return 'act';
    if (wh && rel === 'ccomp') return 'question';
  }
  return null;
}
