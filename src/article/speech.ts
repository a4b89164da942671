/**
 * Addressees that speech acts leave unsaid, as the experts read them off the article (session 14, sets 16-25).
 *
 * - A denial of a part in an attack is aimed at the attack's victim: "Kataib Hezbollah denied that it had any role
 *   in the attack" (on the prime minister: the government), "the militia denied that its men had fired at the
 *   protesters" (the protesters). {@link deniedAttackVictims} runs after the rules that find the claimant a denial
 *   answers (src/article/implicit.ts): only a denial still open is aimed at the victim.
 * - A demand or appeal for an inquiry naming no one is made of the speaker's own state's government, or from abroad,
 *   of the article's home government: "Amnesty demanded an independent investigation into the deaths"
 *   ({@link inquiryDemandsAtHome}).
 * - A demand that something be done, in the passive, asks it of whoever would do it: "demanded that the militias be
 *   disarmed", "demanded that the Tigris command be dissolved", "demanded that Kirkuk be placed under ...": the
 *   government of the armed body's state, or with no actor named, the government asked ({@link passiveDemandTargets}).
 * - A promise on a passive condition ("would resign unless the detained guards were released") is a threat to the
 *   government asked, or to the armed body's ({@link passiveConditionThreats}).
 * - An appeal for calm or restraint naming no one asked is made to the article's home country: "Sadr called for calm in a
 *   statement", "Annan appealed for restraint" ({@link calmAppealsAtHome}, session 16).
 * The government asked, when no one is named, is the speaker's own state's, or the article's home government for a
 * speaker from abroad.
 * @module
 */
import type { ActorMention } from '../actors/types.js';
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS } from '../analysis/tags.js';
import { dependentsOf } from '../events/obligation.js';
import type { CodedEvent } from '../events/types.js';
import { byPosition, firstNotBefore, isActNoun, latestBefore, regionalSplit, retarget, sameActor, sameEntity } from './implicit.js';
import { conflictSweep, sideOf } from './sides.js';

const dep = (doc: Doc, i: number): string => DEPREL[doc.dep[i]] ?? '_';
const lemmaOf = (doc: Doc, i: number): string => (doc.lemma[i] || doc.form[i]).toLowerCase();

/** The dependents of `h` in its sentence, in order. */
const kids = dependentsOf;

/** Whether token `k` lies below `h` in the parse (at most `depth` steps up). */
function below(doc: Doc, k: number, h: number, depth = 12): boolean {
  for (let u = doc.head[k], n = 0; u >= 0 && n < depth; u = doc.head[u], n++) if (u === h) return true;
  return false;
}

/** Nouns of an attack a denial may deny a part in, with the verbs the attack may have been reported by. */
const ATTACK_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['attack', ['attack', 'strike', 'bomb', 'shell', 'ambush', 'storm', 'target', 'hit', 'fire']],
  ['bombing', ['bomb', 'attack', 'strike', 'explode']],
  ['strike', ['strike', 'bomb', 'attack', 'hit']],
  ['raid', ['raid', 'storm']],
  ['storming', ['storm', 'raid', 'attack']],
  ['assault', ['assault', 'attack', 'storm']],
  ['shooting', ['shoot', 'fire', 'kill']],
  ['killing', ['kill', 'shoot']],
  ['assassination', ['assassinate', 'kill', 'attack']],
  ['kidnapping', ['kidnap', 'abduct', 'seize']],
  ['abduction', ['abduct', 'kidnap', 'seize']],
  ['rocket', ['fire', 'strike', 'hit', 'attack', 'launch', 'land', 'shell']],
  ['shelling', ['shell', 'fire']],
  ['ambush', ['ambush', 'attack']],
]);

/** Verbs of violence whose denied clause names the victim ("denied that its men had fired at the protesters"). */
const HOSTILE_VERBS: ReadonlySet<string> = new Set(['fire', 'shoot', 'kill', 'attack', 'shell', 'bomb', 'strike', 'target', 'torture', 'abuse', 'execute', 'raid', 'kidnap', 'abduct', 'storm', 'assassinate']);

/** Roots of acts of force whose victim a denied part answers to. */
const FORCE = /^(17|18|19|20)/;
/** Roots of armed force (no coercion: "drove the protesters back" is no attack named loosely). */
const ASSAULT = /^(18|19|20)/;

/** How many sentences back an attack named only loosely may be (one named by its own verb: any distance). */
const LOOSE_WINDOW = 5;

/**
 * The denials (016) of `open` (no target, none found by the earlier rules) that deny a part in an attack, each mapped
 * to a copy aimed at the attack's victim: the actor a violent verb of the denied clause acts on ("had fired at the
 * protesters"), else the target of the latest act of force in `acts` told before the denial that the attack noun after
 * the denial's verb names ("any role in the attack", "any link to the rockets": by one of the noun's verbs, however far
 * back; else any assault or fighting within {@link LOOSE_WINDOW} sentences). The victim is never the denier's own side nor an
 * unknown actor.
 */
export function deniedAttackVictims(
  doc: Doc,
  acts: readonly CodedEvent[],
  open: readonly CodedEvent[],
  mentionAt: (i: number) => ActorMention | null,
): Map<CodedEvent, CodedEvent> {
  const out = new Map<CodedEvent, CodedEvent>();
  // Force acts with a target, in order, and by their verb's lemma: each denial looks back from its own position by
  // binary search instead of reading every act (a long document of attacks and denials stays n log n).
  const forceActs = acts.filter((p) => FORCE.test(p.cameo) && !!p.target).sort(byPosition);
  const assaults = forceActs.filter((p) => ASSAULT.test(p.cameo));
  const byLemma = new Map<string, CodedEvent[]>();
  for (const p of forceActs) {
    const l = lemmaOf(doc, p.verb);
    const list = byLemma.get(l);
    if (list) list.push(p);
    else byLemma.set(l, [p]);
  }
  /** Index of the last act of `list` before token `v` of sentence `s`, or -1. */
  const lastBefore = (list: readonly CodedEvent[], s: number, v: number): number => firstNotBefore(list, s, v) - 1;
  for (const e of open) {
    if (e.target || e.cameo !== '016') continue;
    const s = e.sentence;
    const b = doc.sentEnd[s];
    const v = e.verb;
    const own = (m: ActorMention): boolean => sameEntity(m, e.source) || sameActor(m.code, e.source.code) || m.code.startsWith('---');
    // The denied clause's violent verb and whom it acts on.
    let victim: ActorMention | null = null;
    for (let k = v + 1; k < b && !victim; k++) {
      if (!HOSTILE_VERBS.has(lemmaOf(doc, k)) || UPOS[doc.upos[k]] !== 'VERB' || !below(doc, k, v)) continue;
      for (const c of kids(doc, k)) {
        if (!/^(obj|obl)$/.test(dep(doc, c)) || c < k) continue;
        const m = mentionAt(c);
        if (m && !own(m)) {
          victim = m;
          break;
        }
      }
    }
    if (victim) {
      out.set(e, retarget(e, victim, s, 'the victim of the violence it denies', 'the victim of the attack it denies a part in'));
      continue;
    }
    // An attack noun after the verb, within the denial's phrase ("any role in the attack", "had ordered the storming").
    let verbs: readonly string[] | null = null;
    for (let k = v + 1; k < Math.min(b, v + 16) && !verbs; k++) {
      const w = doc.form[k].toLowerCase();
      const l = lemmaOf(doc, k);
      if (w === ';' || (w === ',' && k > v + 1 && /^(but|and|saying|adding)$/i.test(doc.form[k + 1] ?? ''))) break;
      verbs = ATTACK_NOUNS.get(l) ?? ATTACK_NOUNS.get(w.replace(/s$/, '')) ?? null;
    }
    if (!verbs) continue;
    // The latest force act before the denial aimed at someone not of the denier's side: one the attack noun names,
    // else any assault in the last LOOSE_WINDOW sentences.
    let found: CodedEvent | null = null;
    for (const l of new Set(verbs)) {
      const list = byLemma.get(l) ?? [];
      for (let i = lastBefore(list, s, v); i >= 0; i--) {
        if (own(list[i].target as ActorMention)) continue;
        if (!found || byPosition(list[i], found) > 0) found = list[i];
        break;
      }
    }
    if (!found) {
      for (let i = lastBefore(assaults, s, v); i >= 0 && assaults[i].sentence >= s - LOOSE_WINDOW; i--) {
        if (own(assaults[i].target as ActorMention)) continue;
        found = assaults[i];
        break;
      }
    }
    if (!found || !found.target) continue;
    out.set(e, retarget(e, found.target, found.sentence, 'the victim of the attack it denies a part in', 'the victim of the attack it denies a part in'));
  }
  return out;
}

/**
 * The government asked when no one is named: the speaker's own state's, for an actor of a known state other than its
 * government ("Sistani warned that the anger would grow if services were not restored": Baghdad's), else the article's
 * home government; null when that is the speaker itself.
 */
function askedGovernment(source: string, home: string | null, states: ReadonlySet<string>): string | null {
  const own = source.slice(0, 3);
  // (A regional government, IRQGOVKUR, is a side apart from its state's: it asks Baghdad.)
  if (states.has(own) && (!source.startsWith(`${own}GOV`) || /^[A-Z]{3}GOVKUR/.test(source))) return `${own}GOV`;
  if (!home || !states.has(home) || source.startsWith(`${home}GOV`) || source === home) return null;
  return `${home}GOV`;
}

/** Nouns of an inquiry. */
const INQUIRY_NOUNS: ReadonlySet<string> = new Set(['investigation', 'inquiry', 'enquiry', 'probe']);

/**
 * Demands and appeals (10, 02) of `open` (no target) for an inquiry ("demanded an independent investigation into the
 * deaths", "called for a transparent inquiry"), each as a copy aimed at the government asked ({@link askedGovernment}:
 * the speaker's state's, or from abroad the home government `home`). The inquiry is the verb's object, or the object of its "for".
 */
export function inquiryDemandsAtHome(doc: Doc, open: readonly CodedEvent[], home: string | null, states: ReadonlySet<string>): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const e of open) {
    if (e.target || !/^(10|02)/.test(e.cameo) || e.source.code.startsWith('---')) continue;
    const asked = askedGovernment(e.source.code, home, states);
    if (!asked) continue;
    const v = e.verb;
    const inquiry = kids(doc, v).find((k) => /^(obj|obl)$/.test(dep(doc, k)) && INQUIRY_NOUNS.has(lemmaOf(doc, k)));
    if (inquiry === undefined) continue;
    out.push({
      ...e,
      target: { start: inquiry, end: inquiry + 1, head: inquiry, code: asked, rule: 'the government asked (an inquiry demanded of no one named)' },
      evidenceEnd: Math.max(e.evidenceEnd, inquiry + 1),
      rule: `${e.rule} + a demand for an inquiry naming no one is made of the government asked`,
    });
  }
  return out;
}

/** Sectors of armed or security bodies, whose disarming, dissolving or withdrawing their state's government decides. */
const ARMED = /^(MIL|UAF|COP|SPY)/;

/**
 * Demands (10) whose content is a passive clause ("demanded that the militias be disarmed"): the one asked is whoever
 * would do it. Of `events` (the coder's demands, open or aimed at the clause's subject), each one whose verb has a
 * passive `that` clause is mapped to a copy aimed at: the government of the subject's state when the subject is an armed
 * or security body (MIL, UAF, COP, SPY) of a known state; the government asked ({@link askedGovernment}) when the
 * clause's subject is no actor ("that Kirkuk be placed under ...") and the demand has no target. Demands by that
 * government itself, and those with other targets, are left alone.
 */
export function passiveDemandTargets(
  doc: Doc,
  events: readonly CodedEvent[],
  home: string | null,
  states: ReadonlySet<string>,
  mentionAt: (i: number) => ActorMention | null,
): Map<CodedEvent, CodedEvent> {
  const out = new Map<CodedEvent, CodedEvent>();
  for (const e of events) {
    if (!e.cameo.startsWith('10')) continue;
    const v = e.verb;
    // (After an adjunct the parse may take the `that` clause for an adverbial one: "demanded on Friday that ...".)
    const that = (k: number): boolean => kids(doc, k).some((c) => c < k && dep(doc, c) === 'mark' && doc.form[c].toLowerCase() === 'that');
    const clause = kids(doc, v).find((k) => (dep(doc, k) === 'ccomp' || (dep(doc, k) === 'advcl' && that(k))) && kids(doc, k).some((c) => dep(doc, c) === 'aux:pass'));
    if (clause === undefined) continue;
    const ck = kids(doc, clause);
    const mark = ck.find((c) => dep(doc, c) === 'mark');
    if (mark !== undefined && doc.form[mark].toLowerCase() !== 'that') continue;
    const subj = ck.find((c) => dep(doc, c) === 'nsubj:pass');
    if (subj === undefined) continue;
    const m = mentionAt(subj);
    const rule = (why: string): string => `${e.rule} + a demand that something be done is made of ${why}`;
    if (e.target) {
      // Aimed at the clause's subject: an armed body's state decides for it.
      if (!m || !(e.target.start <= subj && subj < e.target.end)) continue;
      const state = e.target.code.slice(0, 3);
      if (!states.has(state) || !ARMED.test(e.target.code.slice(3))) continue;
      if (e.source.code === `${state}GOV`) continue;
      const t = { ...e.target, code: `${state}GOV`, rule: `${e.target.rule} + the government of the armed body a demand is about` };
      out.set(e, { ...e, target: t, rule: rule("the armed body's government") });
      continue;
    }
    const asked = e.source.code.startsWith('---') ? null : askedGovernment(e.source.code, home, states);
    // (A place alone names no one to act: "demanded that Kirkuk be placed under the central government's control".)
    if ((m && !(m.code.length === 3 && states.has(m.code) && UPOS[doc.upos[subj]] === 'PROPN')) || !asked) continue;
    // (A pronoun subject stands for someone named before: left alone.)
    if (UPOS[doc.upos[subj]] === 'PRON') continue;
    const t = { start: subj, end: subj + 1, head: subj, code: asked, rule: 'the government asked (a demand that something be done, naming no one)' };
    out.set(e, { ...e, target: t, evidenceEnd: Math.max(e.evidenceEnd, subj + 1), rule: rule('the government asked') });
  }
  return out;
}

/** Verbs that report or make a threat whose content may be a conditional promise. */
const SAYING: ReadonlySet<string> = new Set(['say', 'warn', 'threaten', 'tell', 'add', 'announce', 'declare', 'insist', 'vow', 'state']);

/** Verbs of what befalls the clause's subject, no act promised ("Sunnis would lose faith in politics if ..."). */
const UNDERGONE: ReadonlySet<string> = new Set(['lose', 'suffer', 'collapse', 'fail', 'fall', 'deteriorate', 'worsen', 'erupt', 'happen', 'become', 'be', 'die']);

/** Future modals. */
const FUTURE_MODALS = /^(will|would|shall|'ll|wo)$/i;

/** Whether verb `v` has a future modal of its own, or, for an infinitive, a modal on the verb it complements. */
function futureOf(doc: Doc, v: number): boolean {
  return kids(doc, v).some((k) => dep(doc, k) === 'aux' && FUTURE_MODALS.test(doc.form[k]));
}

/**
 * Conditional promises whose condition is passive: "said he would resign from the cabinet unless the detained guards
 * were released", "would ask for an emergency session of the Security Council if the Turkish troops were not
 * withdrawn", "threatened to quit the cabinet if its demands were not met". The condition names no one who must meet
 * it; the expert codes the threat (130), or with "only if" or a refused act ("would not support the pact unless ...")
 * the demand (100), toward whoever would meet it: the government of the armed body the clause is about ("the Turkish
 * troops"), else, with no actor named in the clause's subject, the government asked ({@link askedGovernment}).
 *
 * Each statement or threat of `events` (the coder's events at a verb of saying or threatening, filtered or not) whose
 * verb has, below it, a future (or infinitive, for a threat) act with an if/unless clause in the passive yields one
 * event from the statement's source at the statement's verb; none when `coded` already has a demand or threat (10, 13)
 * by that source in the sentence aimed at someone, nor when the target would be the source's own government.
 */
export function passiveConditionThreats(
  doc: Doc,
  events: readonly CodedEvent[],
  coded: readonly CodedEvent[],
  home: string | null,
  states: ReadonlySet<string>,
  mentionAt: (i: number) => ActorMention | null,
): CodedEvent[] {
  const out: CodedEvent[] = [];
  const done = new Set<string>();
  for (const e of [...events].sort(byPosition)) {
    const g = e.verb;
    if (!SAYING.has(lemmaOf(doc, g)) || !/^(01|13)/.test(e.cameo) || e.cameo.startsWith('016')) continue;
    if (e.source.code.startsWith('---')) continue;
    const key = `${e.sentence}:${g}`;
    if (done.has(key)) continue;
    const s = e.sentence;
    const a = doc.sentStart[s];
    const b = doc.sentEnd[s];
    if (coded.some((x) => x.sentence === s && x.target && /^(10|13)/.test(x.cameo) && sameActor(x.source.code, e.source.code))) continue;
    const threatVerb = /^(threaten|warn|vow)$/.test(lemmaOf(doc, g));
    for (let c = a; c < b; c++) {
      // (The report may follow its quote: "Cairo would ask ... if the troops were not withdrawn, the minister said".)
      if (c === g || UPOS[doc.upos[c]] !== 'VERB' || !(below(doc, c, g, 4) || (doc.head[g] === c && /^(parataxis|ccomp)$/.test(dep(doc, g))))) continue;
      const infinitive = threatVerb && doc.head[c] === g && dep(doc, c) === 'xcomp';
      if ((!futureOf(doc, c) && !infinitive) || UNDERGONE.has(lemmaOf(doc, c))) continue;
      // The condition: an if/unless clause on the act (or, for "threatened to quit if ...", on the threat verb).
      let cond = -1;
      let only = false;
      // (The parse may hang a condition told after the act on the reporting verb: "would ask ... if the troops were not
      // withdrawn, the minister said".)
      const onReport = infinitive || (doc.head[c] === g && dep(doc, c) === 'ccomp' && c < g);
      for (const h of onReport ? [c, g] : [c]) {
        for (const k of kids(doc, h)) {
          if (dep(doc, k) !== 'advcl' || (h === g && k < c)) continue;
          const mk = kids(doc, k).find((m) => m < k && dep(doc, m) === 'mark' && /^(if|unless)$/i.test(doc.form[m]));
          if (mk === undefined) continue;
          if (!kids(doc, k).some((m) => dep(doc, m) === 'aux:pass')) continue;
          cond = k;
          only = mk > a && /^only$/i.test(doc.form[mk - 1]);
        }
      }
      if (cond < 0 || done.has(`${s}@${cond}`)) continue;
      const patient = kids(doc, cond).find((m) => dep(doc, m) === 'nsubj:pass');
      if (patient === undefined) continue;
      const m = mentionAt(patient);
      let code: string | null = null;
      if (m) {
        const state = m.code.slice(0, 3);
        if (states.has(state) && ARMED.test(m.code.slice(3))) code = `${state}GOV`;
      } else if (UPOS[doc.upos[patient]] !== 'PRON') code = askedGovernment(e.source.code, home, states);
      if (!code || e.source.code === code || sameActor(e.source.code, code)) continue;
      const refused = kids(doc, c).some((k) => dep(doc, k) === 'advmod' && /^(not|n't|never)$/i.test(doc.form[k]));
      const cameo = only || refused ? '100' : '130';
      done.add(key);
      done.add(`${s}@${cond}`);
      out.push({
        ...e,
        cameo,
        negated: false,
        target: { start: patient, end: patient + 1, head: patient, code, rule: m ? 'the government of the armed body a condition is about' : 'the government asked (a condition naming no one)' },
        evidenceEnd: Math.max(e.evidenceEnd, cond + 1),
        rule: `${e.rule} + a promise on a passive condition is a ${cameo === '100' ? 'demand' : 'threat'} to whoever would meet it (${cameo})`,
      });
      break;
    }
  }
  return out;
}

/**
 * Roots of the speech acts a side of the article's conflict makes toward the other without naming it: denials (016).
 * Refusals (12) were tried too: on the development sets one in three found the right side (+1 core, 5 emitted).
 */
const SIDE_ACTS = /^016/;

/** Verbs of a denial. */
const DENYING: ReadonlySet<string> = new Set(['deny', 'dismiss', 'reject', 'dispute', 'rebuff', 'refute']);

/** How a denial aimed at the other side of the conflict says so in its rule. */
const CONFLICT_DENIAL = "the other side of the article's conflict";

/** Whether `e` is a denial {@link conflictDenials} aimed (a guess that a claimant found later replaces). */
export const isConflictDenial = (e: CodedEvent): boolean => e.cameo === '016' && e.rule.endsWith(`target: ${CONFLICT_DENIAL}`);

/**
 * Denials (016) of `open` (no target, none found by the other rules: no claimant, no victim) by a member of the
 * article's conflict between two states (the two sides with the most hostile acts between them up to the denial's sentence,
 * src/article/sides.ts): "He (Turkey's prime minister) denied that Turkey had any designs on Iraqi territory", "Syria
 * dismissed the confession as fabricated". The denial answers the other side. `events` are the kept events (any
 * order). A source of neither side is left alone.
 */
export function conflictDenials(doc: Doc, open: readonly CodedEvent[], events: readonly CodedEvent[]): Map<CodedEvent, CodedEvent> {
  const out = new Map<CodedEvent, CodedEvent>();
  const conflict = conflictSweep([...events].sort(byPosition));
  // In sentence order, so that the conflict is read once for all of them (the result does not depend on the order).
  for (const e of [...open].sort((x, y) => x.sentence - y.sentence)) {
    if (e.target || !SIDE_ACTS.test(e.cameo) || e.source.code.startsWith('---')) continue;
    // A denial said so ("refused" coded 016 is a refusal to act, often one's own side's: "soldiers refused to fight").
    if (!DENYING.has(lemmaOf(doc, e.verb))) continue;
    const pair = conflict(e.sentence);
    if (!pair) continue;
    const side = sideOf(e.source.code);
    const [x, y] = pair;
    const other = sideOf(x.code) === side ? y : sideOf(y.code) === side ? x : null;
    // Between states only: a denial in a conflict of a state's own parties answered another party as often as the
    // other side (one in five on the development sets; between states two in three).
    // (A regional government is a side apart from its state's: the Kurdish region against Baghdad.)
    if (!other || sideOf(other.code) === side || (other.code.slice(0, 3) === e.source.code.slice(0, 3) && !regionalSplit(other.code, e.source.code))) continue;
    out.set(e, retarget(e, other, doc.sentenceOf(other.start), "the other side of the article's conflict", CONFLICT_DENIAL));
  }
  return out;
}

/** Verbs that vow or warn, or report what one's side will do. */
const VOWING: ReadonlySet<string> = new Set(['vow', 'warn', 'promise', 'pledge', 'swear', 'threaten', 'say', 'insist']);

/** Verbs of punishing, with the word their idiom needs in the clause ("brought to justice", "held accountable"), if any. */
const PUNISHING: ReadonlyMap<string, RegExp | null> = new Map([
  ['punish', null],
  ['prosecute', null],
  ['try', /^(court|courts|tribunal)$/i],
  ['pursue', null],
  ['hunt', null],
  ['bring', /^justice$/i],
  ['hold', /^(accountable|responsible)$/i],
]);

/** Nouns of wrongdoers no one has named ("the perpetrators", "those responsible"): the unknown actor ("---"). */
const WRONGDOERS: ReadonlySet<string> = new Set(['perpetrator', 'attacker', 'killer', 'culprit', 'assailant', 'gunman', 'bomber', 'criminal', 'those', 'whoever', 'anyone', 'murderer']);

/**
 * Vows that wrongdoers will be punished: "Kadhimi vowed that the perpetrators would be brought to justice", "he vowed that
 * the officers would be punished", "those responsible will be held accountable, the minister said". The expert codes a
 * threat (130) toward those to be punished, the unknown actor ("---") when they are no one named. For each vow, warning
 * or statement of `events` (the coder's events at such a verb) whose `that` clause is a future passive of punishing
 * ({@link PUNISHING}), one 130 from its source to the clause's subject (its actor mention, else "---" for a noun of
 * {@link WRONGDOERS}); none when `coded` has a threat by that source in the sentence already.
 */
export function punishmentVows(doc: Doc, events: readonly CodedEvent[], coded: readonly CodedEvent[], mentionAt: (i: number) => ActorMention | null): CodedEvent[] {
  const out: CodedEvent[] = [];
  const done = new Set<string>();
  for (const e of [...events].sort(byPosition)) {
    const g = e.verb;
    if (!VOWING.has(lemmaOf(doc, g)) || !/^(01|03|13)/.test(e.cameo) || e.cameo.startsWith('016') || e.source.code.startsWith('---')) continue;
    const s = e.sentence;
    if (done.has(`${s}:${g}`) || coded.some((x) => x.sentence === s && x.cameo.startsWith('13') && x.target && sameActor(x.source.code, e.source.code))) continue;
    const that = (k: number): boolean => !kids(doc, k).some((c) => c < k && dep(doc, c) === 'mark' && !/^that$/i.test(doc.form[c]));
    // The clause may be the report's complement, or hold the report as a parenthetical ("... will be punished, he said").
    const clauses = [...kids(doc, g).filter((k) => dep(doc, k) === 'ccomp' || (dep(doc, k) === 'advcl' && that(k) && k > g))];
    if (doc.head[g] >= 0 && /^(parataxis|ccomp)$/.test(dep(doc, g)) && doc.head[g] < g) clauses.push(doc.head[g]);
    for (const c of clauses) {
      const idiom = PUNISHING.get(lemmaOf(doc, c));
      if (idiom === undefined || !futureOf(doc, c) || !kids(doc, c).some((k) => dep(doc, k) === 'aux:pass')) continue;
      if (idiom && !kids(doc, c).some((k) => idiom.test(doc.form[k]) || kids(doc, k).some((j) => idiom.test(doc.form[j])))) continue;
      const patient = kids(doc, c).find((k) => dep(doc, k) === 'nsubj:pass');
      if (patient === undefined) continue;
      const m = mentionAt(patient);
      let target: ActorMention | null = null;
      // ("the killers": a criminal no one has named is the unknown actor too.)
      const unnamed = WRONGDOERS.has(lemmaOf(doc, patient)) && (!m || /CRM$/.test(m.code));
      if (m && !unnamed && !m.code.startsWith('---') && !sameActor(m.code, e.source.code)) target = m;
      else if (unnamed) target = { start: patient, end: patient + 1, head: patient, code: '---', rule: 'the unknown wrongdoers a vow of punishment is aimed at' };
      if (!target) continue;
      done.add(`${s}:${g}`);
      out.push({
        ...e,
        cameo: '130',
        negated: false,
        target,
        evidenceEnd: Math.max(e.evidenceEnd, c + 1),
        rule: `${e.rule} + a vow that wrongdoers will be punished is a threat to them (130)`,
      });
      break;
    }
  }
  return out;
}

/** Nouns of calm asked of everyone ("called for calm", "appealed for restraint", "urged unity"). */
const CALM_NOUNS: ReadonlySet<string> = new Set(['calm', 'restraint', 'unity', 'patience', 'moderation', 'tolerance', 'composure']);

/**
 * Appeals (02) of `open` (no target, none found by the earlier rules) for calm or restraint that name no one asked:
 * "Sadr called for calm in a statement", "Annan condemned the bombing and appealed for restraint". The experts code
 * them as made to the article's home country `home` (its people and parties at once: sets 28, 29 and earlier ones with
 * "called for calm and restraint from all sides"), whoever speaks, at home or from abroad. The calm is the verb's object
 * or the object of its "for"; an addressee named anywhere in the sentence ("urged Iraqis to show restraint") is the
 * coder's. A source that is the home country itself is left alone.
 */
export function calmAppealsAtHome(doc: Doc, open: readonly CodedEvent[], home: string | null, states: ReadonlySet<string>): CodedEvent[] {
  const out: CodedEvent[] = [];
  if (!home || !states.has(home)) return out;
  for (const e of open) {
    if (e.target || !e.cameo.startsWith('02') || e.source.code.startsWith('---') || e.source.code === home) continue;
    const v = e.verb;
    // "called for calm", "appealed for restraint", "urged calm" (and "called for calm and restraint": the first).
    // (Read off the words: the parser may take "for calm in a sermon" for an adjective of the sermon.)
    let calm = -1;
    const end = doc.sentEnd[e.sentence];
    for (let i = v + 1, step = 0; i < end && step < 4; i++, step++) {
      const w = doc.form[i].toLowerCase();
      if (CALM_NOUNS.has(w)) {
        calm = i;
        break;
      }
      if (!(w === 'for' && i === v + 1) && !/^(maximum|utmost|continued|national|the|"|“)$/.test(w)) break;
    }
    if (calm < 0) continue;
    // "called for calm and restraint from all sides": the sides are for the rule of sides (src/article/sides.ts) to name.
    let sides = false;
    for (let i = v + 1; i < doc.sentEnd[e.sentence]; i++) if (/^(sides|parties)$/i.test(doc.form[i])) sides = true;
    if (sides || out.some((x) => x.sentence === e.sentence && x.verb === v)) continue;
    out.push({
      ...e,
      // (Its mention is the verb, as for an offer to the home government: the calm's own words may sit in a place's phrase.)
      target: { start: v, end: v + 1, head: v, code: home, rule: "the article's home country (an appeal for calm naming no one asked)" },
      evidenceEnd: Math.max(e.evidenceEnd, calm + 1),
      rule: `${e.rule} + an appeal for calm naming no one asked is made to the home country`,
    });
  }
  return out;
}

/** Verbs of accusing whose object is the one accused ("accused X of ...", "blamed X for ..."). */
const ACCUSING: ReadonlySet<string> = new Set(['accuse', 'blame']);

/**
 * Accusations (11x) of `open` (no target, none found by the earlier rules) of people no one names: "He accused 'foreign
 * hands' of stirring up the unrest", "blamed 'saboteurs and infiltrators' for the arson", "accused 'outlaw groups' of
 * trying to destroy the political process" (session 17, sets 21, 24, 29, 30). The experts code them toward the unknown
 * actor ("---"), sometimes with the side they take to be meant as an alternative. The accused is the verb's object, a
 * common noun in the plural (or the plural its "of" names: "a small number of thugs"), which no dictionary knew; "blamed
 * the violence on ..." (a thing blamed, the accused after "on") is left alone.
 */
export function unnamedAccused(doc: Doc, open: readonly CodedEvent[], mentionAt: (i: number) => ActorMention | null): Map<CodedEvent, CodedEvent> {
  const out = new Map<CodedEvent, CodedEvent>();
  const plural = (k: number): boolean => UPOS[doc.upos[k]] === 'NOUN' && /s$/i.test(doc.form[k]) && (doc.lemma[k] || '').toLowerCase() !== doc.form[k].toLowerCase();
  for (const e of open) {
    if (e.target || !e.cameo.startsWith('11')) continue;
    const v = e.verb;
    if (!ACCUSING.has(lemmaOf(doc, v))) continue;
    const ks = kids(doc, v);
    // "blamed the violence on X": the thing blamed is no one accused.
    if (lemmaOf(doc, v) === 'blame' && ks.some((k) => dep(doc, k) === 'obl' && kids(doc, k).some((c) => dep(doc, c) === 'case' && /^on$/i.test(doc.form[c])))) continue;
    const obj = ks.find((k) => dep(doc, k) === 'obj' && k > v);
    if (obj === undefined) continue;
    let who = obj;
    if (!plural(who)) {
      const of = kids(doc, obj).find((k) => dep(doc, k) === 'nmod' && kids(doc, k).some((c) => /^of$/i.test(doc.form[c])));
      if (of === undefined || !plural(of)) continue;
      who = of;
    }
    // A named actor there is coreference's or the coder's to find; only no one named is unknown.
    if (mentionAt(who) || mentionAt(obj)) continue;
    const unknown = { start: who, end: who + 1, head: who, code: '---', rule: 'the unnamed people an accusation is aimed at' };
    out.set(e, retarget(e, unknown, e.sentence, 'people no one names', 'the unknown actor an accusation of unnamed people is aimed at'));
  }
  return out;
}

/** Verbs that deny a claim named by their object noun ("dismissed reports that ..."). */
const DISMISSING: ReadonlySet<string> = new Set(['dismiss', 'reject', 'dispute', 'refute', 'deny']);
/** Nouns of a claim someone made ("reports", "suggestions", "the criticism"). */
const CLAIMED: ReadonlySet<string> = new Set(['report', 'suggestion', 'claim', 'allegation', 'charge', 'accusation', 'criticism', 'assertion', 'speculation', 'rumor', 'rumour']);

/**
 * Denials (016) still naming no one once every other rule has looked for whom they answer: "The Marines denied that they
 * had targeted civilians", "Officials in the premier's office denied that the deployment was meant to intimidate
 * parliament", "Snow dismissed reports that the administration had drafted the law" (session 17: some forty such
 * denials on the development sets, most coded by the experts toward the unnamed claimant, "---"). Each event of `open`
 * (no target) coded 016, by a known source, with no event of `coded` at its verb that has a target, is mapped to a copy
 * aimed at the unknown actor at its verb.
 */
export function unnamedClaimants(doc: Doc, open: readonly CodedEvent[], coded: readonly CodedEvent[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const e of open) {
    if (e.target || e.cameo !== '016' || e.source.code.startsWith('---')) continue;
    // A denial by its verb ("denied that ...", "denied targeting civilians"), or a claim dismissed by its noun ("dismissed
    // reports that ...", "rejected suggestions that ..."); not a refusal or a distancing the coder also codes 016.
    const v = e.verb;
    const claimNoun = kids(doc, v).some((k) => dep(doc, k) === 'obj' && CLAIMED.has(lemmaOf(doc, k)));
    if (lemmaOf(doc, v) !== 'deny' && !(DISMISSING.has(lemmaOf(doc, v)) && claimNoun)) continue;
    if (coded.some((x) => x.sentence === e.sentence && x.verb === e.verb && x.target)) continue;
    if (out.some((x) => x.sentence === e.sentence && x.verb === e.verb)) continue;
    const unknown = { start: e.verb, end: e.verb + 1, head: e.verb, code: '---', rule: 'the unnamed claimant a denial answers' };
    out.push(retarget(e, unknown, e.sentence, 'a claim no one is named for', 'the unknown claimant of what it denies'));
  }
  return out;
}

/**
 * Verbs whose direct object is the actor a speech act is aimed at: the one accused, blamed, criticised, condemned,
 * thanked, praised, urged or warned ("accused the central government of withholding the budget").
 */
const ADDRESSING: ReadonlySet<string> = new Set([
  'accuse', 'blame', 'criticize', 'criticise', 'condemn', 'denounce', 'rebuke', 'fault', 'chide', 'slam', 'castigate',
  'thank', 'praise', 'commend', 'congratulate', 'hail', 'urge', 'warn', 'press', 'implore', 'exhort',
]);

/** Words before an object that make it the speaker's own ("its own members", "his followers"). */
const OWN_WORDS = /^(his|her|its|their|our|my|own)$/i;

/**
 * Speech acts of `open` (no target) aimed at their verb's direct object, an actor of the speaker's own code that the
 * coder leaves out as the speaker itself (session 18, sets 8, 16, 32, 33: "The governor of Basra accused the central
 * government of withholding ..." IRQGOV -> IRQGOV, "a Sunni leader accused the Islamic Party of betraying ...", "Graham
 * accused Democrats of ..."). The experts code them between the two (one code): the accused is another entity. Each
 * event whose verb is one of {@link ADDRESSING}, whose object (after the verb) is an actor mention other than the
 * source's own entity, of the source's own side by its code, not the speaker's own people ("its members", "his
 * followers") nor a reflexive, is mapped to a copy aimed at it.
 */
export function sameSideAddressees(doc: Doc, open: readonly CodedEvent[], mentionAt: (i: number) => ActorMention | null): Map<CodedEvent, CodedEvent> {
  const out = new Map<CodedEvent, CodedEvent>();
  for (const e of open) {
    if (e.target || !/^(02|05|11|13)/.test(e.cameo) || e.source.code.startsWith('---')) continue;
    const v = e.verb;
    if (!ADDRESSING.has(lemmaOf(doc, v))) continue;
    const obj = kids(doc, v).find((k) => dep(doc, k) === 'obj' && k > v);
    if (obj === undefined || UPOS[doc.upos[obj]] === 'PRON') continue;
    const m = mentionAt(obj);
    if (!m || m.code.startsWith('---') || m.start <= v || sameEntity(m, e.source)) continue;
    // Only the speaker's own side by its code: another actor's is the coder's to find or drop.
    if (!(sameActor(m.code, e.source.code) || m.code === e.source.code)) continue;
    let own = false;
    for (let k = v + 1; k < m.start + 1 && k < doc.sentEnd[e.sentence]; k++) if (OWN_WORDS.test(doc.form[k])) own = true;
    if (own) continue;
    out.set(e, retarget(e, m, e.sentence, "the verb's own object, of the speaker's side", 'the one its verb addresses (same side)'));
  }
  return out;
}

/**
 * Verbs by which an actor makes, issues or carries out a thing a reaction may later name by its noun: "a Danish
 * newspaper published cartoons", "the Shiites and Kurds submitted the draft", "Annan sent a letter", "the cabinet
 * approved the pact". Verbs of reacting to a thing (condemn, reject, discuss) are not among them: their subject is no
 * author of it.
 */
const AUTHORING: ReadonlySet<string> = new Set([
  'publish', 'print', 'draw', 'write', 'draft', 'propose', 'submit', 'present', 'issue', 'send', 'sign', 'announce',
  'pass', 'approve', 'adopt', 'impose', 'order', 'launch', 'introduce', 'unveil', 'table', 'release', 'declare', 'deliver',
  'broadcast', 'air', 'post', 'conduct', 'stage', 'forge', 'form', 'strike', 'reach', 'craft', 'push', 'offer', 'make',
  'put', 'hold', 'call', 'organize', 'organise', 'build', 'carry',
]);

/** Reactions that judge or refuse a thing named by their object ("condemned the cartoons", "rejected the draft"). */
const THING_REACTIONS = /^(11|12|016)/;

/** Relative pronouns: a subject that stands for the noun its clause modifies ("the newspaper that printed the drawings"). */
const RELATIVE = /^(that|which|who)$/i;

/**
 * The author or owner the article gives a thing at token `t`: its possessor ("Annan's letter"), an actor after "by" or
 * "from" ("a letter from Annan"), the actor a participle of {@link AUTHORING} names ("cartoons published in a Danish
 * newspaper", "the draft drawn up by the committee"), or the subject of such a verb it is the object of ("the newspaper
 * that printed the drawings", "the Kurds submitted the draft"), or the agent of its passive. Null when none is an actor.
 * Without `possessor`, a possessor does not count ("Iran's allies" are no thing of Iran's making).
 */
function ownerAt(doc: Doc, t: number, mentionAt: (i: number) => ActorMention | null, possessor = true): ActorMention | null {
  const actor = (k: number): ActorMention | null => {
    const m = mentionAt(k);
    return m && !m.code.startsWith('---') ? m : null;
  };
  const caseOf = (k: number): string => {
    const c = kids(doc, k).find((x) => dep(doc, x) === 'case');
    return c === undefined ? '' : doc.form[c].toLowerCase();
  };
  for (const c of kids(doc, t)) {
    const d = dep(doc, c);
    if (possessor && d === 'nmod:poss' && UPOS[doc.upos[c]] !== 'PRON') {
      const m = actor(c);
      if (m) return m;
    }
    if (d === 'nmod' && /^(by|from)$/.test(caseOf(c))) {
      const m = actor(c);
      if (m) return m;
    }
    if (d === 'acl' && AUTHORING.has(lemmaOf(doc, c))) {
      for (const o of kids(doc, c)) {
        if (!/^obl/.test(dep(doc, o)) || !/^(by|in|from)$/.test(caseOf(o))) continue;
        const m = actor(o);
        if (m) return m;
      }
    }
  }
  const w = doc.head[t];
  if (w < 0 || !AUTHORING.has(lemmaOf(doc, w)) || UPOS[doc.upos[w]] !== 'VERB') return null;
  const d = dep(doc, t);
  if (d === 'obj') {
    const subj = kids(doc, w).find((k) => dep(doc, k) === 'nsubj');
    if (subj === undefined) return null;
    // "the newspaper that printed the drawings": the relative pronoun stands for the noun its clause modifies.
    const who = RELATIVE.test(doc.form[subj]) && dep(doc, w) === 'acl:relcl' ? doc.head[w] : subj;
    return who >= 0 ? actor(who) : null;
  }
  // "cartoons of the Prophet published in a Danish newspaper", a reduced relative the parse took for a clause of its own.
  if (d === 'nsubj' && !kids(doc, w).some((k) => dep(doc, k) === 'obj')) {
    for (const o of kids(doc, w)) {
      if (!/^obl/.test(dep(doc, o)) || !/^(by|in|from)$/.test(caseOf(o))) continue;
      const m = actor(o);
      if (m) return m;
    }
    return null;
  }
  if (d === 'nsubj:pass') {
    const agent = kids(doc, w).find((k) => /^obl/.test(dep(doc, k)) && caseOf(k) === 'by');
    return agent !== undefined ? actor(agent) : null;
  }
  return null;
}

/**
 * Whether `noun` names the act of `verb` (lemmas): the same word ("the release" of "released"), or the noun's stem of
 * four letters or more, without a nominal suffix, begins the verb ("suspension" of "suspend", "withdrawal" of "withdraw",
 * "announcement" of "announce", "decision" of "decide", "closure" of "close").
 */
export function nominalOf(noun: string, verb: string): boolean {
  if (noun === verb) return true;
  const stem = noun.replace(/(ation|ition|sion|tion|ment|al|ure|ing)$/, '');
  return stem !== noun && stem.length >= 4 && verb.startsWith(stem);
}

/**
 * How many sentences back a thing's author may be named: a whole article's length (the story's own act, told in its
 * lead, is judged many sentences on; the noun must be the same, or name its act by its verb, so the latest is the one
 * meant), bounded so that a huge document's many reactions cost each a bounded look back.
 */
const OWNER_REACH = 100;

/**
 * Reactions of `open` (no target, none found by the earlier rules) that judge or refuse a thing named by their object,
 * no actor itself nor an act the act-noun rules know ({@link isActNoun}: "the call", "the raid" are theirs): "Sistani condemned the cartoons" (published earlier "in a Danish newspaper"), "Allawi's office called
 * the letter 'unhelpful'" (the letter "from" Annan), "Sunni negotiators rejected the draft" (the draft the Shiites and
 * Kurds submitted). The experts aim them at the thing's author or owner as the article names it. For each such event, the
 * object noun itself when {@link ownerAt} finds its author there ("rejected the plan proposed by the prime minister"), else its
 * latest earlier mention (same lemma, up to {@link OWNER_REACH} sentences back) whose author {@link ownerAt}
 * finds, other than the reacting actor, gives the target; failing one, the source of the latest act of `acts` (every act
 * the coder found) the noun names by its verb ({@link nominalOf}: "criticized the suspension" of "suspended its
 * participation"), a named actor other than the reacting one.
 */
export function thingOwners(doc: Doc, acts: readonly CodedEvent[], open: readonly CodedEvent[], mentionAt: (i: number) => ActorMention | null): Map<CodedEvent, CodedEvent> {
  const out = new Map<CodedEvent, CodedEvent>();
  const events = [...acts].sort(byPosition);
  for (const e of open) {
    if (e.target || !THING_REACTIONS.test(e.cameo) || e.source.code.startsWith('---')) continue;
    const v = e.verb;
    const obj = kids(doc, v).find((k) => dep(doc, k) === 'obj' && k > v);
    if (obj === undefined || UPOS[doc.upos[obj]] !== 'NOUN' || mentionAt(obj)) continue;
    const noun = lemmaOf(doc, obj);
    // A noun the act-noun rules know ("the call", "the charge", "the raid") was theirs to answer, within their own reach.
    if (isActNoun(noun)) continue;
    let found: { m: ActorMention; s: number } | null = null;
    // The author named with the object itself: "rejected the plan proposed by the prime minister", "condemned the
    // resolution adopted by the Security Council". (Not its possessor: "criticized Iran's allies" judges the allies.)
    const here = ownerAt(doc, obj, mentionAt, false);
    if (here && !sameEntity(here, e.source) && !sameActor(here.code, e.source.code)) found = { m: here, s: e.sentence };
    for (let s = e.sentence; s >= 0 && s >= e.sentence - OWNER_REACH && !found; s--) {
      const last = s === e.sentence ? v : doc.sentEnd[s];
      for (let t = last - 1; t >= doc.sentStart[s]; t--) {
        if (UPOS[doc.upos[t]] !== 'NOUN' || lemmaOf(doc, t) !== noun) continue;
        const m = ownerAt(doc, t, mentionAt);
        if (!m || sameEntity(m, e.source) || sameActor(m.code, e.source.code)) continue;
        found = { m, s };
        break;
      }
    }
    // "criticized the suspension as blackmail" after "the bloc suspended its participation": the act the noun names by
    // its own verb, told by a named actor other than the one reacting.
    if (!found) {
      const act = latestBefore(events, e, OWNER_REACH, (p) =>
        !p.source.code.startsWith('---') && !sameEntity(p.source, e.source) && !sameActor(p.source.code, e.source.code) && nominalOf(noun, lemmaOf(doc, p.verb)));
      if (act) found = { m: act.source, s: act.sentence };
    }
    if (!found) continue;
    out.set(e, retarget(e, found.m, found.s, 'the author of the thing its object names', `the author or owner of the ${noun} it judges`));
  }
  return out;
}
