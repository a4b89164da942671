/**
 * Reported evaluations: a statement whose CONTENT is the event. CAMEO codes what is said, not the
 * saying (010, which experts leave uncoded):
 *
 * - a judgement of another actor's act is a criticism (111) or, when it names a bad motive or a
 *   crime, an accusation (112) of the act's agent: "the envoy said the raid had been carried out in
 *   a way that humiliated the villagers", "said the shelling had been an act of revenge", "said the
 *   arrests were illegal"; a favourable one is praise (051): "said the truce was a step forward";
 * - a bad motive told of another actor's act is an accusation (112): "said the ministry had closed
 *   the paper to please Moscow";
 * - blame told of another actor is an accusation (112): "said the junta bore the main responsibility
 *   for the famine".
 *
 * The act's agent is named in the act's phrase ("the army's raid", "the American raid", "the raid by
 * the militia"), else it is the source of the latest earlier act of the noun's verb in the article
 * ("troops raided ...", then "said the raid ..."), else, for an execution, the government of the
 * article's home country (a state executes). The reported verdicts on an actor itself ("said the
 * government had failed to ...") are src/events/verdicts.ts.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS } from '../analysis/tags.js';
import type { ActorMention } from '../actors/types.js';
import { codeExtends } from '../actors/code.js';
import type { CodedEvent } from './types.js';
import { childrenIn } from './obligation.js';
import { reportedClauses, reportsContent } from './verdicts.js';

/** Nouns of an act with the verbs (lemmas) it is reported with, and whether a state is its agent when none is named. */
const ACTS: ReadonlyMap<string, { verbs: readonly string[]; state?: boolean }> = new Map([
  ['execution', { verbs: ['execute', 'hang'], state: true }],
  ['hanging', { verbs: ['hang', 'execute'], state: true }],
  ['raid', { verbs: ['raid', 'storm'] }],
  ['attack', { verbs: ['attack', 'strike', 'bomb', 'shell', 'storm', 'ambush'] }],
  ['assault', { verbs: ['assault', 'attack', 'storm'] }],
  ['bombing', { verbs: ['bomb'] }],
  ['airstrike', { verbs: ['strike', 'bomb'] }],
  ['strike', { verbs: ['strike', 'bomb'] }],
  ['shelling', { verbs: ['shell'] }],
  ['offensive', { verbs: ['attack', 'launch', 'storm'] }],
  ['invasion', { verbs: ['invade'] }],
  ['incursion', { verbs: ['cross', 'invade', 'enter'] }],
  ['crackdown', { verbs: ['crack', 'arrest', 'detain', 'raid'] }],
  ['arrest', { verbs: ['arrest', 'detain'] }],
  ['detention', { verbs: ['detain', 'arrest'] }],
  ['expulsion', { verbs: ['expel'] }],
  ['ban', { verbs: ['ban'] }],
  ['closure', { verbs: ['close', 'shut'] }],
  ['decision', { verbs: ['decide'] }],
  ['veto', { verbs: ['veto'] }],
  ['deployment', { verbs: ['deploy', 'send'] }],
  ['demand', { verbs: ['demand'] }],
]);

/** Words of a judgement against an act: it insults, violates, is illegal, a crime, an act of revenge. */
const AGAINST: ReadonlySet<string> = new Set([
  'insult', 'humiliate', 'offend', 'violate', 'undermine', 'provoke', 'inflame', 'martyr',
  'illegal', 'unconstitutional', 'unjust', 'unacceptable', 'barbaric', 'shameful', 'disgraceful', 'outrageous', 'provocative', 'hasty',
  'mistake', 'violation', 'provocation', 'disgrace', 'humiliation', 'outrage', 'setback', 'travesty',
]);
/** Judgements that charge the agent with a crime or a bad motive (112): an act of revenge, a crime, politically motivated. */
const CHARGES: ReadonlySet<string> = new Set(['revenge', 'vengeance', 'crime', 'murder', 'massacre', 'motivate', 'motivated', 'sectarian']);
/** Words of a judgement for an act: welcome, a step forward, a victory. */
const FOR: ReadonlySet<string> = new Set(['welcome', 'legitimate', 'positive', 'forward', 'victory', 'success', 'courageous', 'historic', 'breakthrough']);

/** Purposes that charge an actor with a bad motive ("had executed him to please Tehran"). */
const MOTIVES: ReadonlySet<string> = new Set([
  'please', 'appease', 'placate', 'satisfy', 'distract', 'divert', 'deflect', 'cover', 'avenge', 'humiliate', 'intimidate', 'silence', 'terrorize', 'terrorise',
]);

/** Verbs that with "responsibility" as object blame their subject ("bore the main responsibility for the crisis"). */
const BEAR: ReadonlySet<string> = new Set(['bear', 'shoulder', 'carry']);

/** What an evaluation finds in a reported clause: its code, and the actor judged or the act whose agent is. */
interface Found {
  cameo: string;
  /** Token of the actor judged. */
  actor?: number;
  /** Token of the act noun judged. */
  act?: number;
  /** An appeal with no one named: to the home government. */
  home?: boolean;
}

/** Verbs of evidence whose clause tells what it shows ("the taunts proved that ..."). */
const EVIDENCE: ReadonlySet<string> = new Set(['prove', 'show', 'confirm', 'demonstrate', 'reveal']);

/** Verbs of ending a state of affairs ("the killing must stop", "must come to an end"). */
const ENDINGS: ReadonlySet<string> = new Set(['end', 'stop', 'cease', 'halt']);

/**
 * Evaluations (111, 112, 051) made by the statements (CAMEO 01x, not denials) among `events`; `mentionAt(i)` is the
 * actor mention covering token i, if any, and `home` the article's home country code (null without one). Statements
 * already coded with an event of the same root on the same target are skipped.
 */
export function evaluationsAsEvents(
  doc: Doc,
  events: readonly CodedEvent[],
  mentionAt: (i: number) => ActorMention | null,
  home: string | null,
): CodedEvent[] {
  const out: CodedEvent[] = [];
  const seen = new Set<string>();
  for (const e of events) if (e.target) seen.add(`${e.sentence} ${e.source.code} ${e.target.code} ${e.cameo.slice(0, 2)}`);
  const ordered = [...events].sort((p, q) => p.sentence - q.sentence || p.verb - q.verb);
  for (const e of events) {
    if (!reportsContent(e)) continue;
    const s = e.sentence;
    const a = doc.sentStart[s];
    const b = doc.sentEnd[s];
    const kidsOf = (h: number): number[] => childrenIn(doc, a, b, h);
    // "said the government and the parties bore ...", misparsed with the first subject as the verb's object and the
    // clause conjoined to it: the clause, with that object as its first subject.
    const clauses: [number, number | undefined][] = reportedClauses(doc, e.verb).map((c) => [c, undefined]);
    // (The clause may hang on the statement verb: then the object must end right before "and" and the clause's subject.)
    for (const o of kidsOf(e.verb)) {
      if (DEPREL[doc.dep[o]] !== 'obj') continue;
      const oEnd = Math.max(...subtree(o, kidsOf).filter((k) => k >= o));
      for (const d of [...kidsOf(o), ...kidsOf(e.verb)]) {
        if (DEPREL[doc.dep[d]] !== 'conj' || UPOS[doc.upos[d]] !== 'VERB' || d < o) continue;
        const n = kidsOf(d).find((k) => DEPREL[doc.dep[k]] === 'nsubj');
        if (n === undefined) continue;
        const nStart = Math.min(...subtree(n, kidsOf));
        if (doc.form[oEnd + 1]?.toLowerCase() === 'and' && nStart === oEnd + 2) clauses.push([d, o]);
      }
    }
    // "said the taunts proved that the execution had been an act of revenge": what the evidence shows is told too.
    for (const [c] of [...clauses]) {
      if (!EVIDENCE.has(doc.lemma[c].toLowerCase())) continue;
      for (const d of kidsOf(c)) if (DEPREL[doc.dep[d]] === 'ccomp') clauses.push([d, undefined]);
    }
    for (const [c, first] of clauses) {
      const f = evaluate(doc, c, kidsOf, mentionAt, first);
      if (!f) continue;
      let m: ActorMention | null = null;
      if (f.actor !== undefined) m = mentionAt(f.actor);
      else if (f.act !== undefined) m = agentOf(doc, f.act, kidsOf, mentionAt, e, ordered, home);
      // ("told the Iranians that the flow of rockets must end": an addressee is the one appealed to, src/events/obligation.ts.)
      else if (f.home && home && !kidsOf(e.verb).some((k) => /^i?obj$/.test(DEPREL[doc.dep[k]]) && mentionAt(k))) m = { start: c, end: c + 1, head: c, code: `${home}GOV`, rule: 'an appeal to end a state of affairs: the home government' };
      if (!m || codeExtends(m.code, e.source.code)) continue;
      const key = `${s} ${e.source.code} ${m.code} ${f.cameo.slice(0, 2)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const what = f.cameo === '020' ? 'an appeal' : f.cameo === '051' ? 'praise' : f.cameo === '112' ? 'an accusation' : 'a criticism';
      out.push({
        ...e,
        target: m,
        cameo: f.cameo,
        negated: false,
        evidenceStart: Math.min(e.evidenceStart, c),
        evidenceEnd: Math.max(e.evidenceEnd, c + 1),
        rule: `${e.rule} + a reported ${f.home ? 'call to end a state of affairs' : f.act !== undefined ? 'judgement of an act' : 'charge'} is ${what} ${f.home ? 'to the home government' : f.act !== undefined ? 'of its agent' : 'of the actor'}`,
      });
    }
  }
  return out;
}

/** The tokens of the subtree of `h` (its sentence's dependents, recursively). */
function subtree(h: number, kidsOf: (h: number) => number[]): number[] {
  const r: number[] = [h];
  for (let i = 0; i < r.length && r.length < 200; i++) r.push(...kidsOf(r[i]));
  return r;
}

/** Whether token `k` is negated ("not", "never" among its dependents). */
function negated(doc: Doc, k: number, kidsOf: (h: number) => number[]): boolean {
  return kidsOf(k).some((d) => DEPREL[doc.dep[d]] === 'advmod' && /^(not|n't|never)$/i.test(doc.form[d]));
}

/** The evaluation reported clause head `c` passes, or null. */
function evaluate(doc: Doc, c: number, kidsOf: (h: number) => number[], mentionAt: (i: number) => ActorMention | null, first?: number): Found | null {
  const rel = (k: number) => DEPREL[doc.dep[k]];
  const lemma = (k: number) => doc.lemma[k].toLowerCase();
  const kids = kidsOf(c);
  // A condition ("if the raid was illegal") or a negated clause passes none.
  if (kids.some((k) => rel(k) === 'mark' && /^(if|unless|whether)$/i.test(doc.form[k]))) return null;
  if (negated(doc, c, kidsOf)) return null;
  const subj = kids.find((k) => rel(k) === 'nsubj' || rel(k) === 'nsubj:pass');
  if (subj === undefined) return null;
  // "five days of deaths must come to an end", "the killing must stop": an appeal (020), with no actor obliged, to the
  // home government.
  const must = kids.some((k) => rel(k) === 'aux' && /^(must|should)$/i.test(doc.form[k]));
  const ends = ENDINGS.has(lemma(c)) || (lemma(c) === 'come' && kids.some((k) => lemma(k) === 'end'));
  if (must && ends && !mentionAt(subj)) return { cameo: '020', home: true };
  // "bore the main responsibility for the crisis".
  // ("bore" may be left unlemmatised.)
  const bears = BEAR.has(lemma(c)) || /^(bore|borne|bears|shoulders|shouldered|carries|carried)$/i.test(doc.form[c]);
  if (bears && kids.some((k) => rel(k) === 'obj' && lemma(k) === 'responsibility')) return { cameo: '112', actor: first ?? subj };
  // "had executed him to please Tehran": a bad motive for another actor's act (the parser may take "please" for an interjection).
  const inSubject = new Set(subtree(subj, kidsOf));
  const rest = subtree(c, kidsOf).filter((k) => !inSubject.has(k));
  if (UPOS[doc.upos[c]] === 'VERB' && rest.some((k) => k > c && MOTIVES.has(doc.form[k].toLowerCase()) && doc.form[k - 1].toLowerCase() === 'to')) return { cameo: '112', actor: first ?? subj };
  // "said the execution had been an act of revenge / was carried out in a way that insulted Muslims".
  const noun = lemma(subj);
  if (!ACTS.has(noun) || UPOS[doc.upos[subj]] !== 'NOUN') return null;
  let cameo: string | null = null;
  for (const k of rest) {
    if (negated(doc, k, kidsOf)) continue;
    const l = lemma(k);
    const w = doc.form[k].toLowerCase();
    // ("an attempt to distract attention": a bad motive.)
    if (CHARGES.has(l) || CHARGES.has(w) || (MOTIVES.has(w) && doc.form[k - 1].toLowerCase() === 'to')) cameo = '112';
    else if (!cameo && (AGAINST.has(l) || AGAINST.has(w))) cameo = '111';
    else if (!cameo && (FOR.has(l) || FOR.has(w))) cameo = '051';
  }
  return cameo ? { cameo, act: subj } : null;
}

/**
 * The agent of the act noun at `act`: an actor named in its phrase (possessor, adjective, "by" phrase), else the source
 * of the latest earlier act of its verbs in the article by another side than the speaker's, else (an execution) the
 * home state's government.
 */
function agentOf(
  doc: Doc,
  act: number,
  kidsOf: (h: number) => number[],
  mentionAt: (i: number) => ActorMention | null,
  e: CodedEvent,
  ordered: readonly CodedEvent[],
  home: string | null,
): ActorMention | null {
  const rel = (k: number) => DEPREL[doc.dep[k]];
  for (const k of kidsOf(act)) {
    const r = rel(k);
    const by = r.startsWith('nmod') && r !== 'nmod:poss' ? kidsOf(k).some((d) => rel(d) === 'case' && doc.form[d].toLowerCase() === 'by') : false;
    if (r === 'nmod:poss' || r === 'amod' || r === 'compound' || by) {
      const m = mentionAt(k);
      if (m) return m;
    }
  }
  const kind = ACTS.get(doc.lemma[act].toLowerCase());
  if (!kind) return null;
  for (let i = ordered.length - 1; i >= 0; i--) {
    const p = ordered[i];
    if (p.sentence > e.sentence || (p.sentence === e.sentence && p.verb >= act)) continue;
    const l = (doc.lemma[p.verb] || doc.form[p.verb]).toLowerCase();
    if (!kind.verbs.includes(l) || p.source.code.startsWith('---') || codeExtends(p.source.code, e.source.code)) continue;
    return p.source;
  }
  if (kind.state && home) return { start: act, end: act + 1, head: act, code: `${home}GOV`, rule: 'a state carries out an execution: the home government' };
  return null;
}
