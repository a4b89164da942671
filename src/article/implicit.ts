/**
 * Targets the sentence never names. News reports a reaction without repeating whom it
 * answers: "Maliki's office accused the Sadrists of ... The movement denied the charge."
 * "Washington demanded that ... Tehran rejected the demand." An expert codes the denial
 * and the rejection toward the accuser and the demander; a sentence-level coder finds no
 * target and drops them.
 *
 * Rules: an act of reaction (a denial, disapproval or rejection, see {@link REACTIONS})
 * that has a source and no target answers the latest act, in the same or the previous
 * {@link WINDOW} sentences, that was aimed at its source by someone else, or the act its
 * object noun names ("denied the charge"); a threat takes the other side of its source's
 * last exchange. The target is that act's source (or other side). Nothing else is
 * guessed: a reaction with no such act before it keeps no target.
 * @module
 */
import type { ActorMention } from '../actors/types.js';
import { codeExtends } from '../actors/code.js';
import type { CodedEvent } from '../events/types.js';
import type { Doc } from '../analysis/doc.js';
import { DEPREL } from '../analysis/tags.js';
import { STATE_SECTORS } from './lexicon.js';

/** CAMEO roots (or codes) of acts that answer an earlier act: deny, disapprove, reject. */
const REACTIONS: readonly string[] = ['016', '11', '12'];

/** How many sentences back an answered act may be. */
const WINDOW = 2;

/** How many sentences back a threat named by a noun ("dismissed the warning") may be. */
const THREAT_WINDOW = 4;

/**
 * How many sentences back an attack named by a noun of its own verb may be ("condemned the raid" of the lead's raid): any,
 * the latest first. Twelve sentences lost the story's own raid or strike told in the lead and condemned twenty sentences on
 * (sets 5, 8, 19); the noun and its verb must agree, so the latest such act is the one named.
 */
const NAMED_WINDOW = Infinity;

const isReaction = (cameo: string): boolean => REACTIONS.some((p) => cameo.startsWith(p));

/**
 * Same actor as far as the codes tell: one code extends the other (IRQGOV, IRQGOVKUR),
 * or one is a state's bare name and the other its government (RWA, RWAGOV).
 */
export function sameActor(a: string, b: string): boolean {
  // A regional government is a side of its own against the central one ("Baghdad demanded that the Kurdish regional
  // government hand him over ... Kurdish officials said they would not"): IRQGOVKUR is not IRQGOV.
  if (regionalSplit(a, b)) return false;
  if (codeExtends(a, b, 6)) return true;
  return (a.length === 3 && b.startsWith(`${a}GOV`)) || (b.length === 3 && a.startsWith(`${b}GOV`));
}

/** Suffixes of a regional government's code that make it a side apart from its state's government (IRQGOVKUR). */
const REGIONAL = /GOV(KUR)$/;

/** Whether one code is a regional government's (IRQGOVKUR) and the other its state's central one (IRQGOV, IRQ). */
export function regionalSplit(a: string, b: string): boolean {
  const ra = REGIONAL.test(a);
  const rb = REGIONAL.test(b);
  return ra !== rb && a.slice(0, 3) === b.slice(0, 3) && !(ra ? b : a).endsWith('KUR');
}

/** The mention an actor mention stands for: its antecedent when coreference resolved it, else itself. */
const anchorOf = (m: ActorMention): { start: number; end: number } => m.resolvedFrom ?? m;

/**
 * One entity as far as the article tells: the same mention or antecedent, or one mention
 * resolved to the other ("the ministry" -> "the Interior Ministry" of the sentence before).
 */
export function sameEntity(a: ActorMention, b: ActorMention): boolean {
  const ka = anchorOf(a);
  const kb = anchorOf(b);
  const at = (k: { start: number; end: number }, m: ActorMention): boolean => k.start === m.start && k.end === m.end;
  return (ka.start === kb.start && ka.end === kb.end) || at(ka, b) || at(kb, a);
}

/**
 * The index of the first of `events` (in document order, {@link byPosition}) not before token `verb` of sentence
 * `sentence`: binary search, so that rules asking once per event what came before stay n log n on long documents.
 */
export function firstNotBefore(events: readonly CodedEvent[], sentence: number, verb: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const p = events[mid];
    if (p.sentence < sentence || (p.sentence === sentence && p.verb < verb)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The latest of `events` (in document order) before `e`, in its sentence or the `window`
 * sentences before it, that `pick` accepts; null if none.
 */
export function latestBefore(events: readonly CodedEvent[], e: CodedEvent, window: number, pick: (p: CodedEvent) => boolean): CodedEvent | null {
  for (let i = firstNotBefore(events, e.sentence, e.verb) - 1; i >= 0; i--) {
    const p = events[i];
    if (p.sentence < e.sentence - window) break;
    if (pick(p)) return p;
  }
  return null;
}

/** A copy of `e` aimed at `by`, an actor of sentence `sentence`; `why` says how it was found. */
export function retarget(e: CodedEvent, by: ActorMention, sentence: number, why: string, rule: string): CodedEvent {
  const from = by.resolvedFrom ?? { start: by.start, end: by.end, sentence };
  return { ...e, target: { ...by, resolvedFrom: from, rule: `${by.rule} + ${why}` }, rule: `${e.rule} + target: ${rule}` };
}

/**
 * The events of `open` (no target) that answer an earlier event of `events` (dyadic),
 * each mapped to a copy with the answered act's source as its target; the others are
 * left out.
 *
 * The answered act is aimed at the reacting actor by someone else: another actor by its
 * code, or, when both share a code (a vice president accusing the Interior Ministry, whose
 * spokesman denies it: IRQGOV both), another entity whose act coreference shows aimed at
 * the very entity that reacts.
 */
export function answeredTargets(dyadic: readonly CodedEvent[], open: readonly CodedEvent[]): Map<CodedEvent, CodedEvent> {
  const out = new Map<CodedEvent, CodedEvent>();
  const events = [...dyadic].sort(byPosition);
  for (const e of open) {
    if (e.target || !isReaction(e.cameo)) continue;
    const found = latestBefore(events, e, WINDOW, (p) => {
      if (!p.target || sameEntity(p.source, e.source)) return false;
      const aimed = sameActor(p.target.code, e.source.code) && !sameActor(p.source.code, e.source.code);
      return aimed || (sameEntity(p.target, e.source) && p.target.code === e.source.code);
    });
    if (!found) continue;
    out.set(e, retarget(e, found.source, found.sentence, 'the act this one answers', 'the source of the act it answers'));
  }
  return out;
}

/** Document order of events: sentence, then verb position. */
export const byPosition = (a: CodedEvent, b: CodedEvent): number => a.sentence - b.sentence || a.verb - b.verb;

/**
 * CAMEO roots of acts an article reports inside an exchange between two sides, whose
 * counterpart the sentence may leave out: threats (13). Promises, demands and refusals
 * (03, 10, 12) were tried too: on the development articles their last exchange named the
 * wrong side more often than the right one.
 */
export const EXCHANGE_ROOTS: readonly string[] = ['13'];

/** How many sentences back the exchange's last act may be (two found no more on the development articles). */
const EXCHANGE_WINDOW = 1;

/**
 * The events of `open` (no target) whose root ({@link EXCHANGE_ROOTS}) needs a counterpart,
 * each mapped to a copy aimed at the other side of the exchange its source was last part
 * of: "Maliki gave the gunmen 72 hours to surrender ... He vowed to fight until the end"
 * (the vow is aimed at the gunmen). `threat` tells a hostile act that is only intended ("vowed
 * to fight": coded 138 later, from its modality). The exchange is the latest dyadic act, in the same or
 * the previous sentence, with the source on either side; its other side is the target.
 */
export function exchangeTargets(
  dyadic: readonly CodedEvent[],
  open: readonly CodedEvent[],
  threat: (e: CodedEvent) => boolean = () => false,
  roots: readonly string[] = EXCHANGE_ROOTS,
): Map<CodedEvent, CodedEvent> {
  const out = new Map<CodedEvent, CodedEvent>();
  const events = [...dyadic].sort(byPosition);
  for (const e of open) {
    if (e.target || !(roots.some((r) => e.cameo.startsWith(r)) || threat(e))) continue;
    const bySource = (p: CodedEvent): boolean => sameEntity(p.source, e.source) || sameActor(p.source.code, e.source.code);
    const byTarget = (p: CodedEvent): boolean => !!p.target && (sameEntity(p.target, e.source) || sameActor(p.target.code, e.source.code));
    const last = latestBefore(events, e, EXCHANGE_WINDOW, (p) => !!p.target && bySource(p) !== byTarget(p));
    if (!last || !last.target) continue;
    const other = bySource(last) ? last.target : last.source;
    if (sameActor(other.code, e.source.code)) continue;
    out.set(e, retarget(e, other, last.sentence, 'the other side of the exchange', "the other side of its source's last exchange"));
  }
  return out;
}

/**
 * Nouns that name an earlier act, each with the kinds of act it may name, best first: the
 * verbs the act may be reported with (lemmas; empty = any) and their CAMEO roots.
 * "denied the charge" names an accusation (or, failing one, the statement that made it:
 * "He said U.S. forces had found Iranian-made bombs ... Qomi rejected the accusation"),
 * "condemned the bombing" a bombing. An attack noun names only an act reported by its own
 * verb: the latest fighting before it is often another side's.
 */
interface ActKind {
  readonly verbs: readonly string[];
  readonly roots: readonly string[];
  /**
   * How many sentences back the act may be (default {@link WINDOW}): an attack named by its own verb's noun ("the raid" of
   * "raided") {@link NAMED_WINDOW}; the story's own news (a veto, a freeze) however far back it was reported ("vetoed the
   * law" in the lead, "Syria welcomed the veto" thirty sentences on).
   */
  readonly reach?: number;
}
/** A decision, law or plan: an act of any root its own verbs report, however far back. */
const thing = (...verbs: string[]): readonly ActKind[] => [{ verbs, roots: ['0', '1', '2'], reach: NAMED_WINDOW }];
const ACCUSATION: readonly ActKind[] = [{ verbs: [], roots: ['112', '111'] }, { verbs: [], roots: ['01'] }];
const attack = (...verbs: string[]): readonly ActKind[] => [{ verbs, roots: ['17', '18', '19', '20'], reach: NAMED_WINDOW }];
const ACT_NOUNS: ReadonlyMap<string, readonly ActKind[]> = new Map<string, readonly ActKind[]>([
  ['charge', ACCUSATION],
  ['accusation', ACCUSATION],
  ['allegation', ACCUSATION],
  ['claim', ACCUSATION],
  // "rejected the offer", "rejected the ultimatum", "rejected the demand": the one who made it.
  ['offer', [{ verbs: [], roots: ['03'] }]],
  ['proposal', [{ verbs: [], roots: ['03'] }]],
  ['ultimatum', [{ verbs: [], roots: ['13', '10'] }]],
  // ... failing a demand, the pressing that made it ("pressed Maliki to break with Sadr ... rejected a demand to arrest"),
  // then a demand told as a conditional threat ("threatened to resign unless the Marines halted") or another appeal.
  ['demand', [{ verbs: [], roots: ['10'] }, { verbs: ['press', 'pressure', 'push', 'urge'], roots: ['02'] }, { verbs: [], roots: ['13', '02'] }]],
  // "rejected the request": the one who asked.
  ['request', [{ verbs: [], roots: ['02', '10'] }]],
  // "rejected that condition": who set it, by a demand or a conditional threat, else by saying it ("would consider it only if ...").
  ['condition', [{ verbs: [], roots: ['10', '13'] }, { verbs: [], roots: ['01'] }]],
  // "dismissed the threat", "condemned the veto", "rejected the call": the one who threatened, vetoed, called.
  // A threat is named after the quotes that spell it out ("threatened ... told reporters ... '...,' he said. Kurdish officials
  // dismissed the warning"): further back than a reply; failing one, the statement that made it.
  ['threat', [{ verbs: [], roots: ['13'], reach: THREAT_WINDOW }, { verbs: [], roots: ['01'] }]],
  ['warning', [{ verbs: [], roots: ['13'], reach: THREAT_WINDOW }, { verbs: [], roots: ['01'] }]],
  ['call', [{ verbs: [], roots: ['10', '02'] }]],
  ['appeal', [{ verbs: [], roots: ['02', '10'] }]],
  ['request', [{ verbs: [], roots: ['02', '10'] }]],
  ['criticism', [{ verbs: [], roots: ['11', '12'] }]],
  ['bombing', attack('bomb')],
  ['shelling', attack('shell')],
  ['bombardment', attack('bombard', 'shell')],
  ['strike', attack('strike', 'bomb')],
  ['airstrike', attack('strike', 'bomb')],
  ['attack', attack('attack', 'strike', 'bomb', 'shell', 'ambush', 'storm')],
  ['assault', attack('assault', 'attack', 'storm')],
  ['ambush', attack('ambush')],
  ['killing', attack('kill', 'shoot')],
  ['shooting', attack('shoot', 'kill')],
  ['raid', attack('raid', 'storm')],
  // "condemned the storming as unacceptable", "condemned the seizure of Mosul", "denounced the kidnapping": who stormed,
  // seized or kidnapped (session 15, sets 20 and 25).
  ['storming', attack('storm', 'raid', 'attack', 'overrun')],
  ['seizure', attack('seize', 'capture', 'overrun', 'take')],
  ['kidnapping', attack('kidnap', 'abduct', 'seize')],
  ['abduction', attack('abduct', 'kidnap', 'seize')],
  ['assassination', attack('assassinate', 'kill', 'shoot')],
  ['incursion', attack('cross', 'invade', 'enter')],
  // "welcomed the veto", "condemned the veto": who vetoed (or said it would), however far back.
  ['veto', [{ verbs: ['veto'], roots: ['12', '13'], reach: Infinity }]],
  // "welcomed the freeze", "praised the truce": who froze its operations or stopped fighting.
  ['freeze', [{ verbs: [], roots: ['087'], reach: Infinity }]],
  ['ceasefire', [{ verbs: [], roots: ['087'] }]],
  ['truce', [{ verbs: [], roots: ['087'] }]],
  // "condemned the operation", "denounced the crackdown", "protested the arrests": who raided or detained.
  ['operation', [{ verbs: ['raid', 'storm', 'attack', 'detain', 'arrest', 'strike', 'bomb', 'shell'], roots: ['17', '18', '19'] }]],
  ['crackdown', [{ verbs: [], roots: ['17'] }]],
  // "condemned the bloodshed", "called the violence a crime": the latest hostile act told just before, else the story's
  // own, told in its lead (session 16, set 29; {@link leadHostileAct}).
  ['bloodshed', [{ verbs: [], roots: ['18', '19', '20'] }]],
  ['violence', [{ verbs: [], roots: ['18', '19', '20'] }]],
  ['massacre', [{ verbs: [], roots: ['18', '19', '20'] }]],
  ['slaughter', [{ verbs: [], roots: ['18', '19', '20'] }]],
  // "called the decision hasty", "denounced the draft as a surrender", "condemned the law": who decided, drafted,
  // passed it, however far back, by the noun's own verbs; failing one, the story's own act ({@link THING_NOUNS}).
  ['decision', thing('decide', 'order', 'approve', 'announce')],
  ['draft', thing('draft', 'propose', 'present', 'submit', 'write')],
  ['law', thing('pass', 'approve', 'adopt', 'enact', 'vote')],
  ['bill', thing('pass', 'approve', 'propose', 'introduce')],
  ['referendum', thing('hold', 'organize', 'stage', 'call')],
  ['pact', thing('sign', 'approve', 'negotiate', 'conclude')],
  ['reform', thing('order', 'announce', 'propose', 'unveil', 'approve')],
  ['measure', thing('order', 'announce', 'impose', 'approve', 'adopt', 'pass')],
  ['move', []],
  ['step', []],
  // "called the deployment a violation of the constitution", "called the vote a betrayal", "called the warrant a coup",
  // "called the burning of the consulate unacceptable": who deployed, voted, issued it or burned (session 18, sets 12,
  // 24, 30, 32).
  ['deployment', thing('deploy', 'send', 'dispatch', 'move', 'station', 'enter')],
  ['vote', thing('vote', 'pass', 'approve', 'adopt', 'endorse', 'ratify')],
  ['warrant', thing('issue')],
  ['burning', attack('burn', 'torch', 'set', 'storm')],
  ['arrest', [{ verbs: [], roots: ['173'] }]],
  ['detention', [{ verbs: [], roots: ['173'] }]],
]);

/**
 * Whether {@link nounActTargets} knows `noun` (a lemma) as naming an earlier act the coder codes (a demand, a charge, an
 * attack), and answers it by its own reach; a decision, law or document ({@link THING_NOUNS}) is also answered by who
 * made it, however the article tells it.
 */
export const isActNoun = (noun: string): boolean => ACT_NOUNS.has(noun) && !THING_NOUNS.has(noun);

/**
 * Nouns of a demand, threat or charge whose rejection or denial may come some sentences after it, and how many sentences
 * back a demand, threat or charge aimed at the rejecting actor itself may be then (session 15: a demand's quotes and other news often come between).
 */
const AIMED_NOUNS: ReadonlySet<string> = new Set(['demand', 'ultimatum', 'call', 'request', 'condition', 'threat', 'warning', 'appeal', 'charge', 'accusation', 'allegation', 'criticism']);
const AIMED_REACH = 6;

/** Whether the act noun at `at` (after verb `v`) has a definite determiner or a possessor ("the demand", "Ankara's call"). */
function definite(doc: Doc, v: number, at: number): boolean {
  for (let i = at - 1; i > v; i--) if (/^(the|this|that|'s)$/i.test(doc.form[i])) return true;
  return false;
}

/** Whether an act noun names an attack (its kinds are acts of force). */
const isAttackNoun = (noun: string): boolean => (ACT_NOUNS.get(noun) ?? []).some((k) => k.roots.includes('18'));

/**
 * Nouns of a decision, measure or document that a judgement names ("called the decision hasty", "called the move 'a
 * political assassination'", "denounced the draft"): failing an act of the noun's own verbs, the story's own act told in
 * its lead ({@link leadAct}; session 16, sets 28 and 29).
 */
const THING_NOUNS: ReadonlySet<string> = new Set(['decision', 'draft', 'law', 'bill', 'referendum', 'pact', 'reform', 'measure', 'move', 'step', 'deployment', 'vote', 'warrant']);

/** Roots of the story's own acts a decision or measure may be: any but statements, consultations and reactions. */
const LEAD_ACT = /^(0[235789]|1[03-9]|20)/;

/**
 * "called the decision hasty" with no decision told by its verb: the story's own act, the first its lead ({@link
 * LEAD_SENTENCES}) tells by a named actor other than the one judging. Null when the lead tells none.
 */
function leadAct(doc: Doc, events: readonly CodedEvent[], e: CodedEvent): CodedEvent | null {
  return firstLeadAct(doc, events, e, (p) => LEAD_ACT.test(p.cameo));
}

/**
 * The first event of `events` (in order) that the lead ({@link LEAD_SENTENCES}, and before `e`) tells by a named actor,
 * not as a passive's subject, other than `e`'s source, and that `accept` takes.
 */
function firstLeadAct(doc: Doc, events: readonly CodedEvent[], e: CodedEvent, accept: (p: CodedEvent) => boolean): CodedEvent | null {
  for (const p of events) {
    if (p.sentence >= Math.min(LEAD_SENTENCES, e.sentence)) break;
    if (p.source.code.startsWith('---') || passiveSubject(doc, p) || !accept(p)) continue;
    if (sameEntity(p.source, e.source) || sameActor(p.source.code, e.source.code)) continue;
    return p;
  }
  return null;
}

/** How many of the article's first sentences are its lead, where the story's own act is told. */
const LEAD_SENTENCES = 3;

/** Roots of the hostile acts a story's lead may tell ("troops stormed a protest camp and killed dozens"). */
const LEAD_HOSTILE = /^(145|175|18|19|20)/;

/**
 * "condemned the raid", "called the bloodshed a massacre" when no act of the noun's kind was told near it: the story's
 * own hostile act, the first one its lead ({@link LEAD_SENTENCES}) tells by a named actor other than the one reacting
 * (session 16, set 29: "troops stormed a Sunni protest camp ... and killed dozens" coded by its killing, then "the raid"
 * condemned thirty sentences on). Null when the lead tells none.
 */
function leadHostileAct(doc: Doc, events: readonly CodedEvent[], e: CodedEvent, noun: string, victim: string | null): CodedEvent | null {
  // The lead must tell the act by the noun or one of its verbs ("stormed" for "the raid"; "attacked" is no "bombing"),
  // unless the noun names any bloodshed.
  const words = new Set([noun, ...(ACT_NOUNS.get(noun) ?? []).flatMap((k) => k.verbs)]);
  const anyAct = (ACT_NOUNS.get(noun) ?? []).every((k) => k.verbs.length === 0);
  const tells = (s: number): boolean => {
    for (let i = doc.sentStart[s]; i < doc.sentEnd[s]; i++) if (words.has((doc.lemma[i] || doc.form[i]).toLowerCase())) return true;
    return false;
  };
  return firstLeadAct(doc, events, e, (p) => {
    if (!LEAD_HOSTILE.test(p.cameo) || (!anyAct && !tells(p.sentence))) return false;
    // "Saturday's bombing of a mosque in Tripoli, which killed the imam": a source inside the noun's own phrase (the
    // place of the act, parsed as its subject) is no one who acted; the unknown perpetrator's rule answers it.
    for (let i = doc.sentStart[p.sentence]; i < p.source.start; i++) if ((doc.lemma[i] || doc.form[i]).toLowerCase() === noun && p.source.start < p.verb) return false;
    // "condemned the attacks on lawmakers": the lead's act on them ("stormed parliament").
    return victim === null || (p.target !== null && sameActor(p.target.code, victim));
  });
}

/** Whether an act's source is its verb's passive subject ("insurgents were killed"), as the parse has it. */
function passiveSubject(doc: Doc, p: CodedEvent): boolean {
  const h = p.source.head;
  return h >= 0 && doc.head[h] === p.verb && (DEPREL[doc.dep[h]] ?? '') === 'nsubj:pass';
}

/** Act nouns whose complement says what was asked or offered ("a demand to arrest ...", "the call for a withdrawal of ..."). */
const CONTENT_NOUNS: ReadonlySet<string> = new Set(['demand', 'call', 'appeal', 'ultimatum', 'offer', 'proposal', 'request']);

/** Act nouns that name an act only in the singular ("rejected the condition", not "conditions imposed by any bloc"). */
const SINGULAR_ONLY: ReadonlySet<string> = new Set(['condition']);

/**
 * CAMEO roots (or codes) of acts that may name the act they answer by a noun: the reactions ({@link REACTIONS})
 * and support (05: "welcomed the veto", "praised the ceasefire"), which names the act it answers as often.
 */
const NOUN_REACTIONS: readonly string[] = [...REACTIONS, '05'];

/** Words that may stand between the reaction's verb and the act noun ("the latest deadly bombing", "Tuesday's raid"). */
const NOUN_PREFIX = new Set(['the', 'this', 'that', 'these', 'those', 'such', 'latest', 'recent', 'deadly', 'new', 'suicide', 'car', 'us', 'u.s.', 'american', 'israeli', 'turkish', 'iraqi', 'iranian', "'s", 'weekend', 'overnight', 'military', 'dawn', 'bloody', 'brutal',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', "yesterday's", 'last', 'night', "night's", 'proposed', 'joint', 'u.s.-led', 'american-led']);

/** The act noun a reaction's verb takes as its object ("rejected the accusation"), as its lemma, or null. */
export function actNounAfter(doc: Doc, verb: number): { noun: string; at: number } | null {
  const end = doc.sentEnd[doc.sentenceOf(verb)];
  // "rejected a demand to arrest ...": an indefinite names an earlier demand or offer (one whose content follows), not
  // an earlier attack ("condemned an attack on ..." may be a new one).
  let indefinite = false;
  for (let i = verb + 1; i < Math.min(end, verb + 5); i++) {
    const w = doc.form[i].toLowerCase();
    const lemma = doc.lemma[i] || w;
    const key = ACT_NOUNS.has(lemma) ? lemma : ACT_NOUNS.has(w.replace(/s$/, '')) ? w.replace(/s$/, '') : null;
    if (key && indefinite && !CONTENT_NOUNS.has(key)) return null;
    if (!key && (w === 'a' || w === 'an')) {
      indefinite = true;
      continue;
    }
    // "would not accept conditions imposed by any bloc": in the plural, terms in general, no act of anyone's.
    if (key && SINGULAR_ONLY.has(key) && w !== key) return null;
    // "summoned the Iraqi charge d'affaires": a diplomat, no charge.
    if (key && i + 1 < end && /^d['’]/i.test(doc.form[i + 1])) return null;
    if (key) return { noun: key, at: i };
    if (!NOUN_PREFIX.has(w) && !/^(also|strongly|sharply|firmly|flatly)$/.test(w)) return null;
  }
  return null;
}

/**
 * The events of `open` (no target, or one coreference found at the noun) whose reaction (or support, 05) names the act it
 * answers by a noun ("The movement denied the charge", "He condemned the bombing of a market", "Syria welcomed the veto"), each mapped
 * to a copy aimed at that act's source: the latest act of the noun's kind ({@link ACT_NOUNS})
 * in the same or the previous {@link WINDOW} sentences, by another entity. `acts` holds every
 * act the coder found, filtered or not (an accusation a filter dropped is still the one denied);
 * the answered act needs no target (a bombing by insurgents of a market).
 */
export function nounActTargets(doc: Doc, acts: readonly CodedEvent[], open: readonly CodedEvent[]): Map<CodedEvent, CodedEvent> {
  const out = new Map<CodedEvent, CodedEvent>();
  const events = [...acts].sort(byPosition);
  for (const e of open) {
    if (!NOUN_REACTIONS.some((p) => e.cameo.startsWith(p))) continue;
    const named = actNounAfter(doc, e.verb);
    if (!named) continue;
    // A target found at the noun itself is coreference's guess for it ("the raid" -> Baghdad), no actor.
    // A rejection's target inside the complement of the demand it rejects ("rejected a demand to arrest senior Sadrist
    // officials", "rejected the call for the withdrawal of U.S. troops") is what was demanded, no party: the demander is.
    // "rejected calls from Democrats for a timetable": an actor after "from" or "by" is the demand's author, kept.
    const author = !!e.target && e.target.start > 0 && /^(from|by)$/i.test(doc.form[e.target.start - 1]);
    const inContent = !!e.target && !author && e.cameo.startsWith('12') && CONTENT_NOUNS.has(named.noun) && e.target.start > named.at && e.target.start - named.at <= 8;
    // "condemned the seizure of Mosul", "condemned the bombing of a market": an attack noun's own complement names its
    // victim or scene, never who did it.
    const victim = !!e.target && !author && isAttackNoun(named.noun) && e.target.start > named.at && e.target.start - named.at <= 4 && /^(of|on|against|in|at)$/i.test(doc.form[named.at + 1] ?? '');
    if (e.target && !inContent && !victim && !(e.target.start <= named.at && named.at < e.target.end)) continue;
    const noun = named.noun;
    // A decision, law or plan is answered by a reaction only ("called the decision hasty"): support for it ("must approve
    // the law", "defended the law") is no answer to whoever drafted it.
    if (THING_NOUNS.has(noun) && !isReaction(e.cameo)) continue;
    let found: CodedEvent | null = null;
    for (const kind of ACT_NOUNS.get(noun) ?? []) {
      found = latestBefore(events, e, kind.reach ?? WINDOW, (p) =>
        kind.roots.some((r) => p.cameo.startsWith(r)) &&
        !sameEntity(p.source, e.source) &&
        // An unidentified source ("---": a weapon, a blast) is no one to answer.
        !p.source.code.startsWith('---') &&
        // "eight insurgents were killed in a firefight": a passive's subject is whom it was done to, not who did it.
        !passiveSubject(doc, p) &&
        // "condemned the attacks on Yazidis": an act on the same victim.
        (!victim || (!!p.target && sameActor(p.target.code, e.target!.code))) &&
        (kind.verbs.length === 0 || kind.verbs.includes(doc.lemma[p.verb] || doc.form[p.verb].toLowerCase())));
      if (found) break;
    }
    // "rejected the demand", "dismissed the ultimatum" told a few sentences after the demand (its quotes, a reply, other
    // news between): further back, a demand or threat aimed at the one who rejects it ({@link AIMED_REACH}).
    // (An act named as such: "the demand", "Ankara's ultimatum", "the accusations"; not "rejected calls for a quick withdrawal".)
    if (!found && AIMED_NOUNS.has(noun) && (e.cameo.startsWith('12') || e.cameo === '016') && definite(doc, e.verb, named.at)) {
      const roots = (ACT_NOUNS.get(noun) ?? []).flatMap((k) => (k.verbs.length === 0 ? k.roots : [])).filter((r) => r !== STATEMENT_ROOT);
      found = latestBefore(events, e, AIMED_REACH, (p) =>
        roots.some((r) => p.cameo.startsWith(r)) &&
        !sameEntity(p.source, e.source) &&
        !p.source.code.startsWith('---') &&
        !sameActor(p.source.code, e.source.code) &&
        !!p.target &&
        (sameEntity(p.target, e.source) || sameActor(p.target.code, e.source.code)));
    }
    // "condemned the raid" with no raid of that verb told (the lead's "stormed ... and killed" coded by its killing):
    // the lead's own hostile act, when the noun names a known one ("the raid", "Tuesday's raid"), not a victim's.
    // (For a reaction naming no one only: a target coreference found at the noun, "condemned the shelling" -> the Turkish
    // army, is a better guess than the lead's act, and support, "welcomed the operation", is often for another's.)
    const lead = (!e.target || victim) && isReaction(e.cameo) && definite(doc, e.verb, named.at);
    if (!found && lead && isAttackNoun(noun)) found = leadHostileAct(doc, events, e, noun, victim ? e.target!.code : null);
    // "called the decision hasty", "called the move a political assassination": a judgement (11) of the story's own act.
    if (!found && lead && THING_NOUNS.has(noun) && e.cameo.startsWith('11')) found = leadAct(doc, events, e);
    // "U.S. and Iraqi troops raided ...": of the acts of one verb, the first named source leads.
    const act = found;
    const joined = (p: CodedEvent, q: CodedEvent): boolean =>
      p.source.end <= q.source.start && q.source.start - p.source.end <= 2 && doc.form.slice(p.source.end, q.source.start).some((w) => w === 'and' || w === ',');
    if (act) found = events.find((p) => p.sentence === act.sentence && p.verb === act.verb && p.cameo === act.cameo && joined(p, act)) ?? act;
    // Coreference already found the act's source at the noun: keep its mention.
    if (!found || (e.target && sameActor(e.target.code, found.source.code))) continue;
    out.set(e, retarget(e, found.source, found.sentence, 'the act its noun names', `the source of the ${noun} it names`));
  }
  return out;
}

/** Nouns of an accusation a clause may be appended with ("..., a charge Iran denies"). */
const CHARGE_NOUNS: ReadonlySet<string> = new Set(['charge', 'charges', 'accusation', 'accusations', 'allegation', 'allegations', 'claim', 'claims']);
/** Verb forms of a denial in that appendix ("denies", "has denied", "rejects"). */
const DENY_FORMS = /^(denies|deny|denied|rejects|reject|rejected|disputes|dispute|disputed|dismisses|dismiss|dismissed)$/;
/** Words that may stand between the accused's name and the denial verb ("Iran has always denied"). */
const DENY_FILLERS = /^(has|have|had|always|consistently|repeatedly|strongly|flatly|firmly|vehemently|long|also)$/;

/**
 * Denials a clause appends to the accusation it reports: "U.S. officials accuse Tehran of
 * arming the militias, a charge Iran denies" (the wire's idiom, often mistagged: "denies" as
 * a noun). Each `, a charge/an accusation/a claim (that|which) X denies` (or `, which X denies` after an
 * accusation) is coded as X's denial
 * (016) aimed at the accuser: the source of the latest accusation (or, failing one, statement)
 * of `acts` before it in its sentence, else its sentence's first actor. A pronoun denier ("a
 * charge he denies") is that accusation's target. `mentionAt` gives the actor mention (coreference resolved) at a token. A denier
 * that is the accuser, or no accuser found, yields nothing.
 */
export function appendedDenials(doc: Doc, acts: readonly CodedEvent[], mentionAt: (i: number) => ActorMention | null): CodedEvent[] {
  const out: CodedEvent[] = [];
  const events = [...acts].sort(byPosition);
  const lower = (i: number): string => doc.form[i].toLowerCase();
  for (let s = 0; s < doc.sentStart.length; s++) {
    const a = doc.sentStart[s];
    const b = doc.sentEnd[s];
    for (let i = a + 1; i + 3 < b; i++) {
      if (doc.form[i - 1] !== ',') continue;
      // ", which Tehran denies": the clause's accusation itself is what is denied (an accusation verb is then required).
      const which = lower(i) === 'which';
      if (!which && !(/^(a|an)$/.test(lower(i)) && CHARGE_NOUNS.has(lower(i + 1)))) continue;
      let j = which ? i + 1 : i + 2;
      if (!which && /^(that|which)$/.test(lower(j))) j++;
      // "a charge he denies": the pronoun is the accused, the target of the accusation.
      const pronoun = j < b && /^(he|she|it|they)$/.test(lower(j));
      const named = j < b && !pronoun ? mentionAt(j) : null;
      if (!pronoun && (!named || named.start !== j)) continue;
      let k = pronoun ? j + 1 : named!.end;
      while (k < b && DENY_FILLERS.test(lower(k))) k++;
      if (k >= b || !DENY_FORMS.test(lower(k))) continue;
      // The charge is appended to the clause that reports it: its accusation, else (no pronoun to resolve) its first
      // actor ("U.S. officials accuse Tehran ..." with the verb mistagged).
      const before = (p: CodedEvent): boolean => p.sentence === s && p.verb < i;
      let accusation: CodedEvent | null = null;
      for (const kind of ACCUSATION) {
        for (const p of events) if (before(p) && kind.roots.some((r) => p.cameo.startsWith(r)) && !p.source.code.startsWith('---')) accusation = p;
        if (accusation) break;
      }
      if (which && !(accusation && ACCUSATION[0].roots.some((r) => accusation!.cameo.startsWith(r)))) continue;
      const who = pronoun ? (accusation?.target ?? null) : named!;
      if (!who) continue;
      const probe: CodedEvent = { sentence: s, source: who, target: null, cameo: '016', negated: false, verb: k, evidenceStart: i, evidenceEnd: k + 1, rule: `article:${doc.form.slice(i, k + 1).join(' ')}` };
      // (With a pronoun the accused is the accusation's own target, never its source: "His critics accuse him of ..., a
      // charge he denies", where the critics are resolved through their possessor, is no self-accusation.)
      let accuser: ActorMention | null = accusation && (pronoun || !sameEntity(accusation.source, who)) && !sameActor(accusation.source.code, who.code) ? accusation.source : null;
      if (!accuser && !accusation) {
        const first = mentionAt(a) ?? mentionAt(a + 1);
        if (first && first.end <= i && !sameActor(first.code, who.code) && !first.code.startsWith('---')) accuser = first;
      }
      if (!accuser) continue;
      out.push(retarget(probe, accuser, s, 'the accuser of the clause the charge is appended to', 'the accuser'));
    }
  }
  return out;
}

/** Verbs that reject a charge or claim as untrue. */
const REBUTTING: ReadonlySet<string> = new Set(['deny', 'reject', 'dismiss', 'dispute', 'refute', 'rebuff', 'ridicule']);

/** Nouns of a charge or claim whose author "by" or "from" may name ("charges by Sunni politicians that ..."). */
const AUTHORED_CHARGES = /^(charges?|claims?|accusations?|allegations?|assertions?|suggestions?)$/i;

/** Words that may stand between "by" and the charge's author ("claims by some Sunni groups"). */
const AUTHOR_PREFIX = /^(some|several|many|the|a|an|other|rival|local|senior)$/i;

/**
 * Denials and rejections (016, 12) of `events` that name the charge's author: "He rejected charges by Sunni politicians that
 * the alliance would ...", "dismissed claims by some Sunni groups that the winners had been decided", "rejected
 * accusations from Sadr's camp that ...". The author after "by" or "from" is whom the denial answers, whatever the
 * coder or the reaction rules found (the accused in the claim, a party told before). Each event whose target is not
 * that author is mapped to a copy aimed at it (session 16, set 28). `mentionAt` gives the actor mention at a token.
 */
export function chargeAuthors(doc: Doc, events: readonly CodedEvent[], mentionAt: (i: number) => ActorMention | null): Map<CodedEvent, CodedEvent> {
  const out = new Map<CodedEvent, CodedEvent>();
  for (const e of events) {
    if (!(e.cameo === DENIAL || e.cameo.startsWith('12'))) continue;
    const v = e.verb;
    if (!REBUTTING.has((doc.lemma[v] || doc.form[v]).toLowerCase())) continue;
    const end = doc.sentEnd[e.sentence];
    let i = v + 1;
    while (i < end && i < v + 4 && /^(the|these|those|such|earlier|recent|repeated|new|also|flatly|strongly)$/i.test(doc.form[i])) i++;
    if (i + 2 >= end || !AUTHORED_CHARGES.test(doc.form[i]) || !/^(by|from)$/i.test(doc.form[i + 1])) continue;
    let k = i + 2;
    while (k < end && k < i + 5 && AUTHOR_PREFIX.test(doc.form[k]) && !mentionAt(k)) k++;
    const author = mentionAt(k);
    if (!author || author.code.startsWith('---') || sameEntity(author, e.source) || sameActor(author.code, e.source.code)) continue;
    if (e.target && e.target.start === author.start && e.target.code === author.code) continue;
    out.set(e, retarget(e, author, e.sentence, 'the author of the charge it rejects', 'the author of the charge ("charges by X")'));
  }
  return out;
}

/** Bodies of one state (SYRGOV, SYRSPY, SYR): a state denies what its agencies are said to have done. */
function sameState(a: string, b: string): boolean {
  const state = (c: string): boolean => c.length === 3 || STATE_SECTORS.has(c.slice(3, 6));
  return a.length >= 3 && a.slice(0, 3) === b.slice(0, 3) && !a.startsWith('---') && state(a) && state(b);
}

/** The CAMEO code of a denial (016): what a claim's subject answers it with. */
const DENIAL = '016';

/**
 * The events of `open` that deny (016) with no target and no act found by the rules above, each
 * mapped to a copy aimed at the one whose claim they answer. News reports the claim first, then the
 * denial without its addressee:
 * - an act another side aimed at the denier (filtered ones too: a reported claim is often dropped as a
 *   plain statement): "Two officials said Iranian officials had pressed the cleric ... Tehran denied
 *   playing any role" (the officials);
 * - else an act of the denier's, or aimed at it, that the sentence attributes to another side:
 *   "Sadr left for Iran, according to U.S. officials. His aides deny it" (the U.S. officials), by
 *   `speakerOf` (the actor a clause is attributed to, or null).
 * The act is the latest of `acts` in the same or the previous {@link WINDOW} sentences. The denier's
 * own side (by code, its state's other bodies, or the leader it speaks for: `doc` tells names) and
 * unknown actors claim nothing.
 */
export function deniedClaimTargets(
  doc: Doc,
  acts: readonly CodedEvent[],
  open: readonly CodedEvent[],
  speakerOf: (e: CodedEvent) => ActorMention | null = () => null,
): Map<CodedEvent, CodedEvent> {
  const out = new Map<CodedEvent, CodedEvent>();
  const events = [...acts].sort(byPosition);
  // The last word of the name a mention stands for ("Sadr" of "his aides" <- "cleric Moqtada al-Sadr").
  const surname = (m: ActorMention): string => doc.form[anchorOf(m).end - 1].toLowerCase().replace(/^(al|el)-/, '');
  for (const e of open) {
    if (e.target || e.cameo !== DENIAL) continue;
    const denier = (m: ActorMention | null): boolean =>
      !!m && (sameEntity(m, e.source) || sameActor(m.code, e.source.code) || sameState(m.code, e.source.code) || surname(m) === surname(e.source));
    const other = (m: ActorMention | null): m is ActorMention => !!m && !denier(m) && !m.code.startsWith('---');
    const claim = latestBefore(events, e, WINDOW, (p) => other(p.source) && !!p.target && (sameEntity(p.target, e.source) || sameActor(p.target.code, e.source.code)));
    if (claim) {
      out.set(e, retarget(e, claim.source, claim.sentence, 'the claim it denies', 'the source of the claim it denies'));
      continue;
    }
    let speaker: ActorMention | null = null;
    const told = latestBefore(events, e, WINDOW, (p) => (denier(p.source) || denier(p.target)) && other((speaker = speakerOf(p))));
    if (told && speaker) out.set(e, retarget(e, speaker, told.sentence, 'the one who said what it denies', 'the source of the report it denies'));
  }
  return out;
}

/**
 * Nouns that name any act of the clause they are appended to ("..., a move the Kurds called a provocation"):
 * the latest act before them in their sentence, of whatever root but a plain statement.
 */
const GENERIC_ACT_NOUNS: ReadonlySet<string> = new Set(['move', 'step', 'decision', 'measure', 'action', 'deployment', 'plan', 'initiative', 'gesture', 'idea', 'condition', 'conditions', 'request']);

/** Roots of acts a generic act noun does not name: plain statements. */
const STATEMENT_ROOT = '01';

/**
 * Reactions told in a relative clause appended to the act they answer: "Maliki sent troops into the
 * disputed areas, a move the Kurds called a provocation", "The Association offered to drop its boycott
 * if ..., a proposal the U.S. embassy rejected". Each event of `open` (no target) whose root is a reaction
 * or support ({@link NOUN_REACTIONS}) and whose source follows an act noun set off by a comma (", a move the
 * Kurds called": an {@link ACT_NOUNS} or {@link GENERIC_ACT_NOUNS} noun after an article; read from the words, the
 * parse often taking the noun for the verb's subject) is mapped to a copy aimed at the
 * source of the act the noun names: the latest act of `acts` (filtered or not) before the noun in its
 * sentence, of the noun's kind; else the subject of the sentence's main verb (the clause's author, whose act the coder
 * may have missed), or the latest actor subject before the noun; else the latest act but a statement. The author is another entity, with a known code.
 */
export function appendedReactions(
  doc: Doc,
  acts: readonly CodedEvent[],
  open: readonly CodedEvent[],
  mentionAt: (i: number) => ActorMention | null,
): Map<CodedEvent, CodedEvent> {
  const out = new Map<CodedEvent, CodedEvent>();
  const events = [...acts].sort(byPosition);
  const lower = (i: number): string => doc.form[i].toLowerCase();
  for (const e of open) {
    if (e.target || !NOUN_REACTIONS.some((p) => e.cameo.startsWith(p))) continue;
    // The words, not the parse (which often takes the noun for the verb's subject): ", a NOUN [that] SOURCE [has] VERB".
    const a = doc.sentStart[e.sentence];
    if (doc.sentenceOf(e.source.start) !== e.sentence || e.source.end > e.verb || e.verb - e.source.end > 2) continue;
    let n = e.source.start - 1;
    if (n > a && /^(the|its|their)$/.test(lower(n))) n--;
    if (n > a && /^(that|which)$/.test(lower(n))) n--;
    if (n <= a) continue;
    const lemma = (doc.lemma[n] || lower(n)).toLowerCase();
    const kinds = ACT_NOUNS.get(lemma);
    if (!kinds && !GENERIC_ACT_NOUNS.has(lemma)) continue;
    let j = n - 1;
    while (j > a && j >= n - 3 && doc.form[j] !== ',' && !/^(a|an|the|this|that)$/.test(lower(j))) j--;
    if (!/^(a|an|the|this|that)$/.test(lower(j))) continue;
    j--;
    if (j <= a || doc.form[j] !== ',') continue;
    // Another actor by its exact code: a Kurdish official (IRQGOVKUR) answers Baghdad's (IRQGOV) move.
    const other = (p: CodedEvent): boolean => p.sentence === e.sentence && p.verb < j && !sameEntity(p.source, e.source) && p.source.code !== e.source.code && !p.source.code.startsWith('---');
    let found: CodedEvent | null = null;
    for (const kind of kinds ?? []) {
      for (const p of events) if (other(p) && kind.roots.some((r) => p.cameo.startsWith(r))) found = p;
      if (found) break;
    }
    if (found) {
      out.set(e, retarget(e, found.source, found.sentence, 'the act the clause is appended to', `the source of the ${lemma} it answers`));
      continue;
    }
    // The noun names the main clause's act ("The Association has offered to drop its boycott if ..., a proposal the
    // embassy rejected"), which the coder may have missed: its subject is the author.
    let root = -1;
    for (let k = a; k < j && root < 0; k++) if (doc.head[k] < 0) root = k;
    let author: ActorMention | null = null;
    for (let k = a; k < root && !author; k++) {
      if (doc.head[k] !== root || !(DEPREL[doc.dep[k]] ?? '').startsWith('nsubj')) continue;
      const m = mentionAt(k);
      if (m && !sameEntity(m, e.source) && m.code !== e.source.code && !m.code.startsWith('---')) author = m;
    }
    // Else the latest actor subject before the noun ("Tensions rose when Maliki sent troops ..., a move the Kurds called
    // a provocation": Maliki, whose act a filter may have dropped as aimed at a place).
    for (let k = j - 1; k > root && !author; k--) {
      if (!(DEPREL[doc.dep[k]] ?? '').startsWith('nsubj')) continue;
      const m = mentionAt(k);
      if (m && !sameEntity(m, e.source) && m.code !== e.source.code && !m.code.startsWith('---')) author = m;
    }
    if (author) {
      out.set(e, retarget(e, author, e.sentence, 'the subject of the clause it is appended to', `the author of the ${lemma} it answers`));
      continue;
    }
    // Else the latest act of the clause but a statement or an act named inside a noun phrase ("a timetable for withdrawing its forces").
    for (const p of events) if (other(p) && !p.cameo.startsWith(STATEMENT_ROOT) && !(DEPREL[doc.dep[p.verb]] ?? '').startsWith('acl')) found = p;
    if (found) out.set(e, retarget(e, found.source, found.sentence, 'the act the clause is appended to', `the source of the ${lemma} it answers`));
  }
  return out;
}

/** How many sentences back the claim an own-side denial answers may be (the accusation is often told a paragraph before). */
const OWN_DENIAL_WINDOW = 8;

/** Nouns that carry a denied claim as their clause ("rejected suggestions that Tehran was behind ..."). */
const CLAIM_NOUNS: ReadonlySet<string> = new Set(['suggestion', 'report', 'claim', 'allegation', 'charge', 'accusation', 'assertion', 'speculation']);

/** Roots of the acts a denial answers: statements, demands, accusations (not a meeting, an appeal or a threat). */
const CLAIM_ROOTS: readonly string[] = ['01', '10', '11'];

/** Roots of material conflict (coerce, assault, fight, mass violence): a denied one keeps its victim as target. */
const HOSTILE_ROOTS = /^(17|18|19|20)/;
/** Verbs of violence whose denial the coder may not code as an act (the clause is denied): "had fired on civilians". */
const HOSTILE_VERBS: ReadonlySet<string> = new Set(['fire', 'shoot', 'kill', 'attack', 'shell', 'bomb', 'strike', 'target', 'torture', 'abuse', 'execute', 'massacre', 'raid', 'kidnap', 'abduct']);

/** Subject pronouns that, left unresolved in a denied clause, stand for the denier. */
const SUBJECT_PRONOUNS = /^(he|she|they|it|we)$/i;

/** Verbs of a denial whose clause (or claim noun's clause) tells what is denied. */
const OWN_DENY_VERBS: ReadonlySet<string> = new Set(['deny']);
const CLAIM_DENY_VERBS: ReadonlySet<string> = new Set(['deny', 'reject', 'dismiss', 'dispute']);

/**
 * Denials of something the denier's own side is said to do: "A spokesman for Sadr's office denied that the
 * Mahdi Army had any role in the kidnapping", "Iran's foreign ministry denied that Tehran was arming the
 * militia", "He denied that the coalition had refused to discuss ...". The expert codes the denial toward
 * whoever made the claim, which the sentence leaves out; the coder finds no target or takes the denied act's
 * object ("the Mahdi Army" of "Tehran was arming the Mahdi Army") for one.
 *
 * For each such denial (a {@link OWN_DENY_VERBS} verb with a `that` clause, or a {@link CLAIM_DENY_VERBS} verb of a
 * {@link CLAIM_NOUNS} noun with one) whose clause's subject is the denier's side (the same entity or code, its
 * state's bodies, its party or armed wing), the claimant is the source of the latest act of `acts` (filtered ones
 * too: claims are often reported statements) in the {@link OWN_DENIAL_WINDOW} sentences before it, by another side,
 * aimed at the denier's side or the clause's subject. Returns `events` (016, denier -> claimant), which replace the
 * coder's events at their verbs, and `inside`: per denial (`sentence:verb`) the token span of the denied clause: with
 * no claimant found, the coder's event at that verb aimed inside it is wrong (the denied act's object is no target).
 */
export function ownSideDenials(
  doc: Doc,
  acts: readonly CodedEvent[],
  mentionAt: (i: number) => ActorMention | null,
): { events: CodedEvent[]; inside: Map<string, [number, number]> } {
  const events: CodedEvent[] = [];
  const inside = new Map<string, [number, number]>();
  const sorted = [...acts].sort(byPosition);
  const dep = (i: number): string => DEPREL[doc.dep[i]] ?? '_';
  const lemma = (i: number): string => (doc.lemma[i] || doc.form[i]).toLowerCase();
  for (let s = 0; s < doc.sentStart.length; s++) {
    const a = doc.sentStart[s];
    const b = doc.sentEnd[s];
    const childOf = (h: number, rel: RegExp): number => {
      for (let k = a; k < b; k++) if (doc.head[k] === h && rel.test(dep(k))) return k;
      return -1;
    };
    for (let v = a; v < b; v++) {
      const lv = lemma(v);
      if (!CLAIM_DENY_VERBS.has(lv)) continue;
      // The denied clause: the verb's own `that` clause, else the clause of its claim noun ("rejected suggestions that").
      // The parse may hang a `that` clause after an adjunct as an advcl ("denied on Saturday that Tehran was ...").
      let clause = OWN_DENY_VERBS.has(lv) ? childOf(v, /^ccomp$/) : -1;
      if (clause < 0 && OWN_DENY_VERBS.has(lv)) {
        const adv = childOf(v, /^advcl$/);
        const m = adv >= 0 ? childOf(adv, /^mark$/) : -1;
        if (m >= 0 && doc.form[m].toLowerCase() === 'that') clause = adv;
      }
      if (clause < 0) {
        const obj = childOf(v, /^obj$/);
        if (obj >= 0 && CLAIM_NOUNS.has(lemma(obj))) clause = childOf(obj, /^(acl|ccomp|acl:relcl)$/);
      }
      if (clause < 0) continue;
      // A `that` (or no) complementiser: "denied whether ..." / "denied having ..." tell no claim of a subject.
      const mark = childOf(clause, /^mark$/);
      if (mark >= 0 && doc.form[mark].toLowerCase() !== 'that') continue;
      const subjTok = childOf(clause, /^nsubj/);
      let denierTok = childOf(v, /^nsubj/);
      // "... and denied that ...": the first conjunct's subject.
      for (let u = v, n = 0; denierTok < 0 && n < 4 && dep(u) === 'conj' && doc.head[u] >= 0; n++) {
        u = doc.head[u];
        denierTok = childOf(u, /^nsubj/);
      }
      if (subjTok < 0 || denierTok < 0) continue;
      const denier = mentionAt(denierTok);
      if (!denier || denier.code.startsWith('---')) continue;
      // "Iranian officials denied that they arm the militias": a subject pronoun of the denied clause left unresolved is
      // the denier itself.
      const claimed = mentionAt(subjTok) ?? (SUBJECT_PRONOUNS.test(doc.form[subjTok]) ? denier : null);
      if (!claimed) continue;
      const side = (m: ActorMention): boolean =>
        sameEntity(m, denier) ||
        sameActor(m.code, denier.code) ||
        sameState(m.code, denier.code) ||
        (!!denier.party && (m.code === denier.party || m.party === denier.party)) ||
        (!!m.party && m.party === denier.code);
      if (!side(claimed)) continue;
      // "denied that helicopters had fired on civilians": a denied attack is aimed at its victims, as the coder has it.
      if (HOSTILE_VERBS.has(lemma(clause)) || sorted.some((p) => p.sentence === s && p.verb === clause && HOSTILE_ROOTS.test(p.cameo))) continue;
      const probe: CodedEvent = { sentence: s, source: denier, target: null, cameo: DENIAL, negated: false, verb: v, evidenceStart: Math.min(denierTok, v), evidenceEnd: v + 1, rule: `article:${doc.form[v]} that <own side>` };
      const claim = latestBefore(sorted, probe, OWN_DENIAL_WINDOW, (p) => {
        if (!CLAIM_ROOTS.some((r) => p.cameo.startsWith(r))) return false;
        if (!p.target || p.source.code.startsWith('---') || side(p.source) || sameEntity(p.source, claimed)) return false;
        return side(p.target) || sameEntity(p.target, claimed) || sameActor(p.target.code, claimed.code);
      });
      // The denied clause's tokens: those whose heads lead to it.
      let lo = clause;
      let hi = clause + 1;
      for (let k = a; k < b; k++) {
        let u = k;
        for (let n = 0; n < 30 && u >= 0 && u !== clause && u !== v; n++) u = doc.head[u];
        if (u === clause) {
          lo = Math.min(lo, k);
          hi = Math.max(hi, k + 1);
        }
      }
      inside.set(`${s}:${v}`, [lo, hi]);
      if (claim) events.push(retarget(probe, claim.source, claim.sentence, 'the claim its own side is denied of', 'the source of the claim about its own side'));
    }
  }
  return { events, inside };
}
