/**
 * Modality and attribution of a coded event, read from the dependency parse
 * around the event's verb: its own auxiliaries, negation and conditional
 * markers, then the chain of verbs (and nouns) that govern it through
 * complement clauses ("refused to", "urged X to", "said that").
 *
 * Semantics (one value per event; the first that applies, innermost first):
 * - `negated`: not/never/n't on the verb (or "no" on its object), or a negative
 *   governor ("denied that", "refused to", "failed to", "did not plan to").
 * - `hypothetical`: would/could/might/may/should/can, an if/unless clause on the verb
 *   or governing it, or a governor of supposition ("proposed that", "considering",
 *   "expected to", "hopes to").
 * - `intended`: will/shall, "going to", or a governor of intention ("plans to",
 *   "is preparing to", "vowed to", "agreed to", "threatened to"). A threat states
 *   an intention: it is `intended`, not `hypothetical` (the threat itself, CAMEO 13x,
 *   is the coder's event on the governing verb). "would" under a reporting verb is the
 *   future-in-the-past of reported speech ("said it would attack") and is `intended`.
 * - `demanded`: the content of a demand ("urged X to", "called on X to", "demanded
 *   that", "ordered", "pressed"); `requested`: of a request ("asked X to", "appealed to").
 * - `reported`: otherwise asserted, but known only through someone else's report
 *   ("officials said the army shelled the town", "according to X"). An actor reporting
 *   its own (or its own country's) action stays `asserted` ("Iraq said its troops
 *   entered Kuwait"): the report is first-hand. A report by an uncoded speaker
 *   ("officials said") is `reported`.
 * - `asserted`: none of the above.
 * @module
 */
import { splitActorCode } from '../actors/code.js';
import type { SentTree } from './tree.js';

/** The modality values, in the order documented above. */
export const MODALITIES = ['asserted', 'negated', 'hypothetical', 'intended', 'demanded', 'requested', 'reported'] as const;
export type Modality = (typeof MODALITIES)[number];

const NEG = new Set(['not', "n't", 'never', 'no', 'nt']);
const HYP_AUX = new Set(['would', 'could', 'might', 'may', 'should', 'can', "'d", 'ca', 'must', 'ought']);
const FUT_AUX = new Set(['will', 'shall', "'ll", 'wo']);
/** Forms of "be" that with "to" make a plan ("was to meet"). */
const BE_TO = new Set(['was', 'were', 'is', 'are', 'am']);
const TO = new Set(['to']);
const COND = new Set(['if', 'unless', 'whether']);

/** What a governing word does to the content of its complement. */
type GovKind = 'report' | 'negated' | 'hypothetical' | 'intended' | 'demanded' | 'requested';

/** Governors of a finite complement ("X said/denied/proposed that ..."). */
const THAT_GOV: Record<string, GovKind> = Object.create(null) as Record<string, GovKind>;
/** Governors of an infinitive complement, verbs and nouns ("X refused/plans/urged Y to ..."). */
const TO_GOV: Record<string, GovKind> = Object.create(null) as Record<string, GovKind>;
const put = (t: Record<string, GovKind>, kind: GovKind, words: string): void => {
  for (const w of words.split(/\s+/)) if (w) t[w] = kind;
};
put(THAT_GOV, 'report', `say tell report add announce state claim note confirm declare warn allege insist assert acknowledge
  admit explain write reveal disclose indicate stress emphasize emphasise argue believe think charge accuse quote testify inform
  recall maintain contend complain predict estimate reiterate repeat signal tweet post`);
put(THAT_GOV, 'negated', 'deny dismiss reject refute');
put(THAT_GOV, 'hypothetical', 'propose suggest consider hope wish fear expect speculate assume doubt suspect imagine possible likely unlikely rumor rumour');
put(THAT_GOV, 'demanded', 'demand order require insist command decree');
put(THAT_GOV, 'requested', 'request ask recommend');
put(TO_GOV, 'negated', 'refuse decline fail reject avoid refrain hesitate');
put(TO_GOV, 'hypothetical', `propose suggest consider contemplate weigh mull explore debate discuss hope wish expect likely unlikely
  able possible ready willing offer proposal consideration chance possibility option`);
put(TO_GOV, 'intended', `plan intend prepare vow pledge promise threaten aim seek decide agree want mean schedule set resolve
  determine try attempt move plot scheme vote commit undertake opt choose prepared poised determined keen eager due slate slated scheduled
  plan intention threat pledge promise vow bid attempt effort decision agreement move plot`);
put(TO_GOV, 'demanded', 'urge demand call press pressure order command push tell warn instruct direct require insist demand call order ultimatum');
put(TO_GOV, 'requested', 'ask request appeal invite encourage beg petition implore plead request appeal invitation');

/** Whether lemma `l` is a reporting verb ("say", "announce", "warn"...). */
export function isReporting(l: string): boolean {
  return THAT_GOV[l] === 'report';
}

/** Result of {@link analyzeModality}. */
export interface ModalityResult {
  /** Modality before the `reported` decision (which needs the actors: see {@link finalModality}). */
  modality: Modality;
  /** Token of the speaker phrase's head (subject of the reporting verb, or the X of "according to X"), or -1. */
  speaker: number;
  /**
   * Clause heads the event's own context spans: the verb, the verbs it is conjoined
   * to, and governors of control complements ("plans to attack": plans). Dates and
   * places attached to these belong to the event.
   */
  clause: number[];
}

function ownMarkers(t: SentTree, v: number, reported: boolean, ownNegation = true): Modality | null {
  let neg = false;
  let hyp = false;
  let fut = false;
  let cond = false;
  for (let j = t.kidsFrom(v), z = t.kidsTo(v); j < z; j++) {
    const c = t.kidAt(j);
    const d = t.dep(c);
    if (d !== 'advmod' && d !== 'neg' && d !== 'aux' && d !== 'aux:pass' && d !== 'mark' && d !== 'advcl' && d !== 'advcl:relcl' && d !== 'obj') continue;
    const w = t.low(c);
    if ((d === 'advmod' || d === 'neg') && NEG.has(w)) neg = ownNegation;
    else if (d === 'aux' || d === 'aux:pass') {
      // "where he was to meet the commanders": be + to is a plan.
      if (d === 'aux' && BE_TO.has(w) && t.hasKidWord(v, 'mark', TO)) fut = true;
      else if (w === 'would' && reported) fut = true;
      else if (HYP_AUX.has(w)) hyp = true;
      else if (FUT_AUX.has(w)) fut = true;
    } else if (d === 'mark' && COND.has(w)) hyp = true;
    else if ((d === 'advcl' || d === 'advcl:relcl') && t.hasKidWord(c, 'mark', COND)) cond = true;
    else if (d === 'obj' && t.hasKidWord(c, 'det', NEG)) neg = true;
  }
  // "said the bloc would boycott sessions unless ...", "will quit if ...": an act announced on a condition is a
  // conditional promise or threat (intended); with no announced future it stays hypothetical.
  if (cond && !fut) hyp = true;
  // "Iran is going to attack": xcomp of "going" is handled as a governor; "go" itself is not an event verb here.
  return neg ? 'negated' : hyp ? 'hypothetical' : fut ? 'intended' : null;
}

/** Modals before a verb the parser took for a compound noun ("would boycott parliament"). */
const MISPARSED_MODALS: ReadonlySet<string> = new Set(['would', 'will', "'ll", 'could', 'might', 'may', 'shall']);

function isNegated(t: SentTree, v: number): boolean {
  for (let j = t.kidsFrom(v), z = t.kidsTo(v); j < z; j++) {
    const c = t.kidAt(j);
    if ((t.dep(c) === 'advmod' || t.dep(c) === 'neg') && NEG.has(t.low(c))) return true;
  }
  return false;
}

/** Whether clause `c` (a dependent of its head) is an infinitive ("to attack") complement. */
function infinitive(t: SentTree, c: number): boolean {
  const m = t.kid(c, 'mark');
  if (m >= 0 && t.low(m) === 'to') return true;
  // "said the bloc would boycott": a bare verb with its own subject and modal is a finite clause
  // (the future of reported speech), no control complement.
  if (t.kid(c, 'nsubj') >= 0 || t.kid(c, 'nsubj:pass') >= 0) {
    const aux = t.kid(c, 'aux');
    if (aux >= 0 && HYP_AUX.has(t.low(aux))) return false;
    if (aux >= 0 && FUT_AUX.has(t.low(aux))) return false;
  }
  return t.xpos(c) === 'VB' || t.xpos(c) === 'VBG';
}

/** "according to X" on `v`: the X, else -1. */
function accordingTo(t: SentTree, v: number): number {
  for (let j = t.kidsFrom(v), z = t.kidsTo(v); j < z; j++) {
    const c = t.kidAt(j);
    const d = t.dep(c);
    if (d !== 'obl' && d !== 'nmod' && d !== 'advcl' && d !== 'obl:unmarked') continue;
    for (let jj = t.kidsFrom(c), zz = t.kidsTo(c); jj < zz; jj++) {
      const cc = t.kidAt(jj);
      const f = t.doc.form[cc];
      if (cc < c && (f === 'according' || f === 'According')) return c;
    }
  }
  return -1;
}

/** A reporting clause hung below the event's clause (", officials said"): its subject, else -1. */
function trailingSpeaker(t: SentTree, v: number): number {
  for (let j = t.kidsFrom(v), z = t.kidsTo(v); j < z; j++) {
    const c = t.kidAt(j);
    const d = t.dep(c);
    if (c < v || !(d === 'parataxis' || d === 'advcl' || d === 'dep' || d === 'acl' || d === 'ccomp' || d === 'conj')) continue;
    const kind = THAT_GOV[t.lemma(c)];
    if (kind !== 'report' && kind !== 'negated') continue;
    // A conjoined verb only reports when its own subject follows it ("..., and officials said" is not one).
    const subj = t.kid(c, 'nsubj');
    if (subj < 0) continue;
    if (d === 'conj' && subj < c) continue;
    // Only when nothing follows the reporting verb but its subject (", said X" / ", X said").
    if (t.kid(c, 'ccomp') >= 0 || t.kid(c, 'obj') >= 0) continue;
    return subj;
  }
  return -1;
}

/**
 * Modality, speaker and clause of the event whose verb is token `v`. `ownNegation` false:
 * the verb's own "not" is part of what the coder coded ("would not stay silent" 130,
 * "would not allow X to" 130), so it does not make the event negated.
 * @example analyzeModality(tree, verbOf('disband')).modality // 'demanded' for "The US urged Iraq to disband the militia"
 */
export function analyzeModality(t: SentTree, v: number, ownNegation = true): ModalityResult {
  const clause = [v];
  // "said the bloc would boycott parliament" misparsed with "boycott" a compound of its object and the modal on the
  // object: the modal, the subject and the report are the object's (the verb's clause), so the act is still to come.
  // ("would boycott parliament's first session": the modal on "session", "boycott" a compound of its possessor.)
  if (t.dep(v) === 'compound' && v - 1 >= t.a && t.dep(v - 1) === 'aux' && MISPARSED_MODALS.has(t.low(v - 1))) {
    let h = t.head(v);
    for (let k = 0; k < 3 && h >= 0 && h !== t.head(v - 1) && (t.dep(h) === 'nmod:poss' || t.dep(h) === 'compound'); k++) h = t.head(h);
    if (h >= 0 && h === t.head(v - 1)) v = h;
  }
  let speaker = -1;
  let gov: Modality | null = null;
  // Walk up through the governors first: whether a report governs the verb changes what "would" means.
  let c = v;
  let controlled = true;
  let reported = false;
  // Governors, innermost first (parallel arrays, made on the first one: most event verbs have none).
  let govP: number[] | null = null;
  let govKind: (GovKind | null)[] = [];
  let govRel: string[] = [];
  for (let depth = 0; depth < 10; depth++) {
    const p = t.head(c);
    if (p < 0) break;
    const d = t.dep(c);
    let kind: GovKind | null | undefined;
    if (d === 'conj') kind = null;
    else if (d === 'xcomp' || ((d === 'advcl' || d === 'acl' || d === 'ccomp') && infinitive(t, c))) kind = TO_GOV[t.lemma(p)] ?? null;
    else if (d === 'ccomp' || d === 'csubj' || d === 'parataxis' || d === 'reparandum' || d === 'dep' || d === 'advcl') {
      kind = THAT_GOV[t.lemma(p)];
      // A plain adverbial clause or parataxis under a non-reporting verb is a separate event.
      if (kind === undefined) {
        if (d === 'ccomp' || d === 'csubj') kind = null;
        else break;
      }
      if (d === 'parataxis' || d === 'reparandum' || d === 'dep' || d === 'advcl') {
        // Only reports go through these relations (misparsed "X did Y, officials said").
        if (kind !== 'report' && kind !== 'negated') break;
      }
      controlled = false;
    } else break;
    if (kind === 'report') reported = true;
    if (!govP) {
      govP = [];
      govKind = [];
      govRel = [];
    }
    govP.push(p);
    govKind.push(kind);
    govRel.push(d);
    if (d === 'conj' || (controlled && (d === 'xcomp' || infinitive(t, c)))) clause.push(p);
    c = p;
  }
  const own = ownMarkers(t, v, reported, ownNegation);
  const n = govP ? govP.length : 0;
  for (let i = 0; i < n && gov === null; i++) {
    const gp = govP![i]!;
    const gk = govKind[i]!;
    if (govRel[i] === 'conj') {
      // Conjoined verbs share their first verb's auxiliaries ("will attack and occupy").
      gov = ownMarkers(t, gp, reported);
      continue;
    }
    if (gk === null && (govRel[i] === 'advcl' || govRel[i] === 'xcomp')) {
      // A purpose is as planned as the act it is for ("would visit Baghdad to meet the prime minister").
      const m = ownMarkers(t, gp, reported);
      if (m === 'intended') gov = m;
      continue;
    }
    if (gk === null || gk === 'report') continue;
    // "did not plan to attack", "did not demand that": a negated governor negates its content.
    // "would not hesitate to strike": the idiom of a resolve (a threat when the act is hostile).
    if (gk === 'negated' && t.lemma(gp) === 'hesitate' && isNegated(t, gp)) gov = 'intended';
    else gov = isNegated(t, gp) && gk !== 'negated' ? 'negated' : gk;
  }
  // The speaker: the nearest report among the governors, else a trailing reporting clause or "according to".
  for (let i = 0; i < n; i++) {
    const gk = govKind[i];
    if (gk === 'report' || (gk === 'negated' && THAT_GOV[t.lemma(govP![i]!)] === 'negated')) {
      speaker = subjectOf(t, govP![i]!);
      if (speaker >= 0) break;
    }
  }
  // The verb itself, then its governors.
  for (let i = -1; speaker < 0 && i < n; i++) {
    const x = i < 0 ? v : govP![i]!;
    speaker = trailingSpeaker(t, x);
    if (speaker < 0) speaker = accordingTo(t, x);
  }
  return { modality: own ?? gov ?? 'asserted', speaker, clause };
}

function subjectOf(t: SentTree, v: number): number {
  const s = t.kid(v, 'nsubj');
  if (s >= 0) return s;
  // "X's spokesman said" misparsed with the speaker before the verb as another relation.
  for (let j = t.kidsFrom(v), z = t.kidsTo(v); j < z; j++) {
    const c = t.kidAt(j);
    if (c < v && (t.upos(c) === 'NOUN' || t.upos(c) === 'PROPN') && t.dep(c) !== 'obl') return c;
  }
  return -1;
}

/**
 * The final modality once the speaker's actor is known: an otherwise asserted event
 * with a speaker is `reported`, unless the speaker is the event's source actor or of
 * the same country (a first-hand report).
 */
export function finalModality(m: Modality, speaker: { code: string | null } | null, sourceCode: string): Modality {
  if (m !== 'asserted' || !speaker) return m;
  const sc = speaker.code;
  if (!sc) return 'reported';
  if (sc === sourceCode) return 'asserted';
  const a = splitActorCode(sc).country;
  return a !== null && a === splitActorCode(sourceCode).country ? 'asserted' : 'reported';
}
