/**
 * A speaker's verdict on another actor, reported as a clause, is the speaker's criticism
 * or accusation of it. "Levin said the Iraqi government had failed to meet the
 * benchmarks", "Straw said the politicians had let the country down", "Reid said the
 * government had missed deadline after deadline": CAMEO codes the criticism (111) of the
 * clause's subject by the speaker, not the saying (010, which experts leave uncoded).
 * "The envoy said the occupiers were responsible for the insecurity", "the military said
 * the attack bore the hallmarks of al-Qaida", "officials said Iran was behind the
 * bombings": an accusation (112) of the actor blamed. The sentence coder sees only a
 * statement; this adds the verdict when the reported clause passes one on an actor other
 * than the speaker's own side. Denials ("denied that his militia was behind ...") and
 * negated verdicts ("was not responsible") pass none.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS } from '../analysis/tags.js';
import type { ActorMention } from '../actors/types.js';
import { codeExtends } from '../actors/code.js';
import type { CodedEvent } from './types.js';
import { childrenIn, dependentsOf } from './obligation.js';

/** Verbs whose subject, reported, is blamed for a failure: "had squandered", "mishandled the crisis". */
const FAILURE_VERBS: ReadonlySet<string> = new Set([
  'squander', 'mishandle', 'mismanage', 'bungle', 'botch', 'neglect', 'betray', 'abandon', 'fumble', 'waste',
]);

/** Objects of "missed"/"wasted"/"lost" that make it a failure ("missed deadline after deadline"). */
const CHANCES: ReadonlySet<string> = new Set(['deadline', 'chance', 'opportunity', 'target', 'benchmark', 'goal']);

/** Nouns whose "of X" names who did a deed: "bore the hallmarks of al-Qaida". */
const SIGNS: ReadonlySet<string> = new Set(['hallmark', 'signature', 'fingerprint', 'mark', 'trademark']);

/** Acts a subject "is behind": "Iran was behind the bombings". */
const DEEDS: ReadonlySet<string> = new Set([
  'attack', 'bombing', 'violence', 'killing', 'blast', 'explosion', 'assassination', 'kidnapping', 'abduction',
  'unrest', 'insurgency', 'plot', 'campaign', 'strike', 'ambush', 'murder', 'massacre', 'shelling', 'riot', 'wave',
]);

/**
 * Verbs of misconduct toward another: "Iranian officials were interfering openly", "Washington was meddling in
 * Iraq's affairs": an accusation (112) of the subject.
 */
const MISCONDUCT_VERBS: ReadonlySet<string> = new Set(['interfere', 'meddle', 'destabilize', 'destabilise', 'sabotage']);

/**
 * What a subject "was trying to" do that is a charge against it: "was trying to concentrate power in his own hands",
 * "was trying to impose a humiliating agreement".
 */
const SCHEMES: ReadonlySet<string> = new Set([
  'impose', 'concentrate', 'monopolize', 'monopolise', 'grab', 'seize', 'steal', 'hijack', 'rig', 'dominate', 'divide',
  'weaken', 'destabilize', 'destabilise', 'sabotage', 'undermine', 'marginalize', 'marginalise', 'dictate', 'blackmail',
  'prevent', 'block', 'obstruct', 'derail', 'thwart', 'subvert',
]);

/**
 * Crimes a subject is said to have committed, carried out or perpetrated: "the Americans had committed a crime", "the
 * forces had carried out a massacre" (an accusation, 112, of the subject).
 */
const CRIMES: ReadonlySet<string> = new Set([
  'crime', 'massacre', 'atrocity', 'genocide', 'slaughter', 'murder', 'aggression', 'violation', 'breach', 'provocation',
]);

/** Verbs that commit a crime ({@link CRIMES}): "committed a crime", "carried out a massacre", "perpetrated an atrocity". */
const COMMITTING: ReadonlySet<string> = new Set(['commit', 'perpetrate', 'carry']);

/** What a subject "lacks" that is a criticism of it: "the council lacked legitimacy". */
const STANDING: ReadonlySet<string> = new Set(['legitimacy', 'credibility', 'legality', 'mandate']);

/**
 * Predicate nouns that condemn their subject: "the American presence was the main obstacle", "Iran is the first enemy of
 * Iraq", "the occupation is the root of all the problems".
 */
const CONDEMNING_NOUNS: ReadonlySet<string> = new Set(['enemy', 'obstacle', 'puppet', 'stooge', 'danger', 'menace', 'root']);

/** The verdict a reported clause passes: 111 (failure) or 112 (blame). */
interface Verdict {
  cameo: string;
  /** Token of the actor blamed when it is not the clause's subject. */
  blamed?: number;
  /** The verdict is the clause negated ("had not done enough"). */
  negative?: boolean;
  /** A subject that is no actor may name one by its adjective or possessor ("the American presence was the main obstacle"). */
  byModifier?: boolean;
}

/** The verdict clause head `c` (children `kids`) passes, or null. */
function verdictOf(doc: Doc, c: number, kids: readonly number[]): Verdict | null {
  const rel = (k: number) => DEPREL[doc.dep[k]];
  const lemma = (k: number) => doc.lemma[k].toLowerCase();
  const kid = (r: (d: string) => boolean) => kids.find((k) => r(rel(k)));
  const l = lemma(c);
  // "had failed to meet": a failure to act, not "the talks failed".
  if (l === 'fail' && kid((d) => d === 'xcomp') !== undefined) return { cameo: '111' };
  if (FAILURE_VERBS.has(l) && UPOS[doc.upos[c]] === 'VERB') return { cameo: '111' };
  // "had let the country down".
  if (l === 'let' && kids.some((k) => doc.form[k].toLowerCase() === 'down' && k > c)) return { cameo: '111' };
  if ((l === 'miss' || l === 'waste' || l === 'lose') && kids.some((k) => rel(k) === 'obj' && CHANCES.has(lemma(k)))) return { cameo: '111' };
  // "had not done enough to stop the attacks".
  // ("enough" hangs on "done" or on what follows it: "done enough/amod to rein/obj in").
  const grand = (k: number) => kids.includes(k) || kids.includes(doc.head[k]);
  if (l === 'do') for (let k = c + 1; k <= c + 3 && k < doc.length; k++) if (doc.form[k].toLowerCase() === 'enough' && grand(k)) return { cameo: '111', negative: true };
  // "are responsible for the insecurity", "was to blame for".
  const cop = kid((d) => d === 'cop') !== undefined;
  if (l === 'responsible' && cop) return { cameo: '112' };
  // "bears full responsibility for this grave incident".
  if (l === 'bear' && kids.some((k) => rel(k) === 'obj' && lemma(k) === 'responsibility')) return { cameo: '112' };
  // "had committed a crime", "had carried out a massacre".
  // (A quoted object, 'carried out "a massacre"', is parsed as a noun xcomp or a bare oblique.)
  const bareObject = (k: number): boolean =>
    rel(k) === 'obj' ||
    (rel(k) === 'xcomp' && UPOS[doc.upos[k]] === 'NOUN') ||
    (rel(k) === 'obl' && dependentsOf(doc, k).every((x) => rel(x) !== 'case'));
  if (COMMITTING.has(l) && kids.some((k) => bareObject(k) && CRIMES.has(lemma(k)))) return { cameo: '112' };
  // "the council lacked legitimacy".
  if (l === 'lack' && kids.some((k) => rel(k) === 'obj' && STANDING.has(lemma(k)))) return { cameo: '111' };
  // "the guards had fired first": who started the fighting.
  if ((l === 'fire' || l === 'shoot') && kids.some((k) => rel(k) === 'advmod' && doc.form[k].toLowerCase() === 'first')) return { cameo: '112' };
  if (l === 'blame' && kids.some((k) => doc.form[k].toLowerCase() === 'to' && k < c) && kid((d) => d === 'cop') !== undefined) return { cameo: '112' };
  // "was behind the bombings".
  if (cop && DEEDS.has(lemma(c)) && kids.some((k) => rel(k) === 'case' && doc.form[k].toLowerCase() === 'behind')) return { cameo: '112' };
  // "was behind it": a deed named before.
  if (cop && UPOS[doc.upos[c]] === 'PRON' && /^(it|this|that|them)$/i.test(doc.form[c]) && kids.some((k) => rel(k) === 'case' && doc.form[k].toLowerCase() === 'behind')) return { cameo: '112' };
  // "were interfering openly in the formation of the government", "was waging a proxy war against American soldiers".
  if (MISCONDUCT_VERBS.has(l) && UPOS[doc.upos[c]] === 'VERB') return { cameo: '112' };
  // ("waging" is sometimes lemmatised "wag".)
  if ((l === 'wage' || /^wag(e|es|ed|ing)$/i.test(doc.form[c])) && kids.some((k) => rel(k) === 'obj' && lemma(k) === 'war')) return { cameo: '112' };
  // "was trying to concentrate power in his own hands".
  if (l === 'try') {
    const x = kid((d) => d === 'xcomp');
    if (x !== undefined && SCHEMES.has(lemma(x))) return { cameo: '112' };
  }
  // "were playing politics with blood".
  if (l === 'play' && kids.some((k) => rel(k) === 'obj' && lemma(k) === 'politics')) return { cameo: '111' };
  // "the American presence was the main obstacle to Iraq's progress", "Iran is the first enemy of Iraq".
  if (cop && CONDEMNING_NOUNS.has(l) && UPOS[doc.upos[c]] === 'NOUN') return { cameo: '111', byModifier: true };
  // "bore the hallmarks of al-Qaida": the deed's author is the noun's "of" phrase, not the clause's subject.
  if (l === 'bear' || l === 'carry' || l === 'have') {
    for (const o of kids) {
      if (rel(o) !== 'obj' || !SIGNS.has(lemma(o))) continue;
      for (let k = doc.sentStart[doc.sentenceOf(o)]; k < doc.sentEnd[doc.sentenceOf(o)]; k++) if (doc.head[k] === o && rel(k) === 'nmod') return { cameo: '112', blamed: k };
    }
  }
  return null;
}

/** A statement that can carry a reported verdict: a public statement (01x) that is neither a denial (015/016) nor negated. */
export function reportsContent(e: CodedEvent): boolean {
  return e.cameo.startsWith('01') && !e.cameo.startsWith('015') && !e.cameo.startsWith('016') && !e.negated;
}

/**
 * Criticisms (111) and accusations (112) made by the statements (CAMEO 01x, not denials)
 * among `events` whose reported clause passes a verdict on another actor; `mentionAt(i)` is
 * the actor mention covering token i, if any. Statements already coded with a criticism or
 * accusation of the same target are skipped.
 */
export function verdictsAsCriticism(
  doc: Doc,
  events: readonly CodedEvent[],
  mentionAt: (i: number) => ActorMention | null,
): CodedEvent[] {
  const out: CodedEvent[] = [];
  const seen = new Set<string>();
  for (const e of events) if (e.cameo.startsWith('11') && e.target) seen.add(`${e.sentence} ${e.source.code} ${e.target.code}`);
  for (const e of events) {
    if (!reportsContent(e)) continue;
    const s = e.sentence;
    const a = doc.sentStart[s];
    const b = doc.sentEnd[s];
    const kidsOf = (h: number): number[] => childrenIn(doc, a, b, h);
    const rel = (k: number) => DEPREL[doc.dep[k]];
    const clauses = reportedClauses(doc, e.verb);
    for (const c of clauses) {
      const kids = kidsOf(c);
      // A condition ("would reconsider if the government failed to ...") or a negated verdict passes none.
      if (kids.some((k) => rel(k) === 'mark' && /^(if|unless|whether)$/i.test(doc.form[k]))) continue;
      const negated = kids.some((k) => rel(k) === 'advmod' && /^(not|n't|never)$/i.test(doc.form[k]));
      const v = verdictOf(doc, c, kids);
      if (!v || negated !== (v.negative ?? false)) continue;
      let subj = kids.find((k) => rel(k) === 'nsubj' || rel(k) === 'nsubj:pass');
      // "said the United States/compound was behind the bombings": the subject misparsed into the predicate.
      const cop = kids.find((k) => rel(k) === 'cop');
      if (subj === undefined && cop !== undefined) for (let k = e.verb + 1; k < cop && subj === undefined; k++) if (mentionAt(k)) subj = k;
      const at = v.blamed ?? subj;
      let m = at === undefined ? null : mentionAt(at);
      // "the American presence was the main obstacle": a condemning noun's subject names its actor by an adjective
      // or a possessor ("Iran's role").
      if (!m && at !== undefined && v.byModifier) {
        for (const k of kidsOf(at)) if (!m && /^(amod|nmod:poss|compound)$/.test(rel(k))) m = mentionAt(k);
      }
      if (!m || sameSide(m.code, e.source.code)) continue;
      const key = `${s} ${e.source.code} ${m.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        ...e,
        target: m,
        cameo: v.cameo,
        negated: false,
        evidenceStart: Math.min(e.evidenceStart, c),
        evidenceEnd: Math.max(e.evidenceEnd, c + 1),
        rule: `${e.rule} + a reported verdict on another actor is ${v.cameo === '111' ? 'a criticism' : 'an accusation'} of it`,
      });
    }
  }
  return out;
}

/**
 * The clauses a statement verb `verb` reports: its complement, a quotation the verb is the parenthetical of
 * ("'The occupiers are responsible ...,' the envoy said"), a "that" clause hung on "said in a statement",
 * and the clauses conjoined to any of them ("were given their chance, and they squandered it").
 */
export function reportedClauses(doc: Doc, verb: number): number[] {
  const s = doc.sentenceOf(verb);
  const a = doc.sentStart[s];
  const b = doc.sentEnd[s];
  const kidsOf = (h: number): number[] => childrenIn(doc, a, b, h);
  const rel = (k: number) => DEPREL[doc.dep[k]];
  const clauses: number[] = [];
  for (const c of kidsOf(verb)) {
    // "said the United States was behind/case the bombings/obj": a copular clause misparsed as the object or an
    // adverbial clause, before the verb too (a quotation); one with a mark other than "that" ("said after ...") reports nothing.
    const marks = kidsOf(c).filter((k) => rel(k) === 'mark');
    const copular = kidsOf(c).some((k) => rel(k) === 'cop') && marks.every((k) => doc.form[k].toLowerCase() === 'that');
    // ("hinted that the United States was behind/case it/obl": a "that" clause hung as an oblique.)
    const obliqueThat = rel(c) === 'obl' && marks.length > 0;
    if (rel(c) === 'ccomp' || (copular && (rel(c) === 'obj' || rel(c) === 'advcl' || obliqueThat))) clauses.push(c);
    if (rel(c) === 'obl') for (const d of kidsOf(c)) if (rel(d) === 'acl' && kidsOf(d).some((m) => rel(m) === 'mark' && doc.form[m].toLowerCase() === 'that')) clauses.push(d);
  }
  if ((rel(verb) === 'parataxis' || rel(verb) === 'advcl') && doc.head[verb] >= a && doc.head[verb] < verb) clauses.push(doc.head[verb]);
  for (const c of [...clauses]) for (const d of kidsOf(c)) if (rel(d) === 'conj' && kidsOf(d).some((k) => rel(k).startsWith('nsubj'))) clauses.push(d);
  return clauses;
}

/** The speaker's own side: one code extends the other ("Barzani said his forces had failed ..."). */
function sameSide(a: string, b: string): boolean {
  return codeExtends(a, b);
}
