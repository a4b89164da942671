/**
 * Precision conventions (issue 5, part "precision", session 12): events the coder emits with the
 * wrong target or code where the expert codes one event of another kind.
 *
 * - A protest against a harmful act names the act's victim after "of" ("marched to protest the
 *   hanging of Saddam", "rallied against the arrest of the cleric"): the victim is not whom the
 *   crowd protests against. A crowd of a state protests against that state's government (the
 *   convention `protestsAtHome` in conventions.ts follows for a protest naming no one), so the
 *   target is recoded as the source's own government ({@link protestVictimsAtHome}). Other sources
 *   (a state's own bodies, foreigners) are left to the filter `victim-target`, which drops them.
 * - Violence by a crowd (protesters, demonstrators, residents, students; a people named as such,
 *   "Kurds", on buildings) is a violent protest, 145: "demonstrators set fire to the offices of
 *   several parties", "angry Kurds attacked the offices of the Turkmen Front" are riots, not
 *   destruction of property (1712) or an attack (193) by an armed side ({@link crowdViolenceAsRiot}).
 * - A vow to use force ("vowed to \"kill or capture\" al-Sadr", "vowed to liberate the South") is a threat of
 *   military force, 138, not a promise (030): the coder codes the vow when the violent verb itself finds no
 *   target of its own ({@link violentVowsAsThreats}).
 * - Handing people over ("handed over 12 suspected militants to Iraqi authorities", "whom they handed over to U.S.
 *   Marines") is judicial cooperation with whoever receives them (063), not their release (084): the target is the
 *   receiver named after "to" ({@link handoversToReceiver}).
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL, XPOS } from '../analysis/tags.js';
import type { ActorMention } from '../actors/types.js';
import type { CodedEvent } from './types.js';
import { HARM_NOUNS, PROTESTED_HARM } from './filters.js';

/** Sectors of a state's own bodies: they protest diplomatically, not against their own government. */
const STATE_BODY = /GOV|MIL|COP|JUD|SPY|LEG/;

/** Nouns of a crowd. */
const CROWD_NOUNS: ReadonlySet<string> = new Set([
  'protester', 'protestor', 'demonstrator', 'crowd', 'mob', 'rioter', 'marcher', 'mourner', 'youth', 'student', 'resident',
  'villager', 'worshipper', 'worshiper',
]);

/**
 * Nouns of a leader's or a movement's partisans ("Sadr's supporters", "thousands of followers of the cleric"):
 * a crowd when it storms or burns a building or a government body ("stormed the parliament building", "stormed
 * the offices of Asaib Ahl al-Haq", sets 22 and 23), not when it fights the forces (an uprising, left as fighting).
 */
const PARTISAN_NOUNS: ReadonlySet<string> = new Set(['supporter', 'follower', 'loyalist', 'partisan']);

/** Nouns of a number of people heading a crowd's subject ("thousands of followers", "hundreds of supporters"). */
const QUANTITY_NOUNS: ReadonlySet<string> = new Set(['thousand', 'thousands', 'hundred', 'hundreds', 'dozen', 'dozens', 'score', 'scores', 'crowd', 'crowds', 'group', 'groups']);

/** Sectors of the bodies a partisans' riot is aimed at: governments and parliaments (not the forces). */
const PARTISAN_RIOT_TARGET = /^(?:GOV|LEG)/;

/** First sectors of a crowd's code: opposition, civilians, students, labour. */
const CROWD_SECTORS: ReadonlySet<string> = new Set(['OPP', 'CVL', 'EDU', 'LAB']);

/** Sectors of a people named as such ("Kurds", "Sunnis", "Shiites"). */
const PEOPLE_SECTORS: ReadonlySet<string> = new Set(['KUR', 'SUN', 'SHI', 'ARB', 'TRK', 'CHR', 'MUS']);

/** Buildings and vehicles a rioting crowd attacks ("the offices of the Turkmen Front", "a police vehicle"). */
const PROPERTY_NOUNS: ReadonlySet<string> = new Set([
  'office', 'headquarters', 'building', 'embassy', 'consulate', 'station', 'vehicle', 'car', 'truck', 'compound', 'shop',
  'store', 'bank', 'branch', 'premises', 'house', 'home', 'residence',
]);

/** Codes of a crowd's violence the coder gives: seizure or destruction of property (17x), assault (18x), attacks (19x). */
const RIOT_CODES = /^(?:17|18|19)/;

/**
 * Verbs of rioting ("set fire to", "burned", "stormed", "ransacked", "attacked the offices"); shooting,
 * killing and fighting stay what they are ("mourners fired rifles", "a mob killed two policemen").
 */
const RIOT_VERBS: ReadonlySet<string> = new Set([
  'set', 'burn', 'torch', 'ransack', 'loot', 'stone', 'pelt', 'smash', 'destroy', 'vandalize', 'vandalise', 'throw', 'hurl', 'wreck', 'damage',
]);

/** Verbs of assault: a crowd's riot only on buildings or the state's forces ("stormed the governor's office"); on people they stay. */
const ASSAULT_VERBS: ReadonlySet<string> = new Set(['attack', 'storm', 'overrun', 'besiege', 'raid', 'invade']);

/** Sectors of the forces and offices a riot is aimed at. */
const RIOT_TARGET = /^(?:GOV|COP|MIL)/;

/** Sectors of armed or state actors: never a crowd ("militant students" IRQREBEDU). */
const NOT_CROWD = /GOV|MIL|COP|JUD|SPY|LEG|REB|UAF|INS|TER|IMG/;

/** Nouns of an act with partners: a protest against "the talks with Washington" is not against Washington. */
const PARTNERED_ACTS: ReadonlySet<string> = new Set([
  'talk', 'talks', 'negotiation', 'negotiations', 'agreement', 'deal', 'accord', 'pact', 'meeting', 'summit', 'cooperation', 'tie', 'ties', 'relation', 'relations',
]);

const rel = (doc: Doc, i: number): string => DEPREL[doc.dep[i]] ?? '_';
const lemmaOf = (doc: Doc, i: number): string => (doc.lemma[i] || doc.form[i]).toLowerCase();

/** The token the noun phrase of `m` hangs on, climbing its own modifiers and conjuncts. */
function phraseTop(doc: Doc, m: ActorMention): number {
  let p = m.head;
  for (let n = 0; n < 8 && /^(?:amod|compound|flat|conj|det)$/.test(rel(doc, p)) && doc.head[p] >= 0 && doc.head[p] !== p; n++) p = doc.head[p];
  return p;
}

/** The case word ("of", "with") on token `p`, lower case, or ''. */
function caseOf(doc: Doc, p: number): string {
  const s = doc.sentenceOf(p);
  for (let k = doc.sentStart[s]; k < doc.sentEnd[s]; k++) if (doc.head[k] === p && rel(doc, k) === 'case') return doc.form[k].toLowerCase();
  return '';
}

/**
 * Whether `m` is only a participant of the act a protest is about: the victim of a harmful act ("the
 * hanging of Saddam", "the attack on the shrine") or the partner of talks or a deal ("the talks with
 * Washington").
 */
export function isActParticipant(doc: Doc, m: ActorMention): boolean {
  const p = phraseTop(doc, m);
  const h = doc.head[p];
  if (h < 0 || h === p || !rel(doc, p).startsWith('nmod')) return false;
  const noun = lemmaOf(doc, h);
  const c = caseOf(doc, p);
  return (HARM_NOUNS.has(noun) && /^(?:of|on|against)$/.test(c)) || ((PARTNERED_ACTS.has(noun) || PARTNERED_ACTS.has(doc.form[h].toLowerCase())) && c === 'with');
}

/**
 * Protests (14x) whose target is the victim of the harmful act they are about, by a crowd or
 * group of a state (no state body), recoded against that state's government. Other events are
 * returned unchanged.
 * @param states the dictionaries' three-letter state codes.
 */
export function protestVictimsAtHome(doc: Doc, events: readonly CodedEvent[], states: ReadonlySet<string>): CodedEvent[] {
  return events.map((e) => {
    if (!e.cameo.startsWith('14') || !e.target || !isActParticipant(doc, e.target)) return e;
    const c = e.source.code;
    const state = c.slice(0, 3);
    if (!states.has(state) || STATE_BODY.test(c.slice(3))) return e;
    const target: ActorMention = { ...e.target, code: `${state}GOV`, codes: undefined, rule: `${e.target.rule} + ${PROTESTED_HARM}` };
    return { ...e, target, rule: `${e.rule} + a protest against a harmful act is aimed at the protesters' government` };
  });
}

/** Whether the source of `e` is a crowd ({@link CROWD_NOUNS}, {@link CROWD_SECTORS}), a people named as such, or neither. */
function crowdKind(doc: Doc, e: CodedEvent): 'crowd' | 'partisans' | 'people' | null {
  const c = e.source.code;
  const head = e.source.head;
  if (NOT_CROWD.test(c.slice(3))) return null;
  // Partisans, the subject themselves or counted ("thousands of followers of the cleric").
  if (PARTISAN_NOUNS.has(lemmaOf(doc, head))) {
    const n = doc.head[head];
    const counted = rel(doc, head) === 'nmod' && caseOf(doc, head) === 'of' && n >= 0 && rel(doc, n) === 'nsubj' && QUANTITY_NOUNS.has(doc.form[n].toLowerCase());
    return rel(doc, head) === 'nsubj' || counted ? 'partisans' : null;
  }
  // The doer: the active subject of the verb (not "protesters were wounded").
  if (rel(doc, head) !== 'nsubj') return null;
  if (CROWD_NOUNS.has(lemmaOf(doc, head)) || CROWD_SECTORS.has(c.slice(3, 6))) return 'crowd';
  // A people named as such ("Kurds", "Sunnis").
  return c.length === 6 && PEOPLE_SECTORS.has(c.slice(3)) && /^NNP?S$/.test(XPOS[doc.xpos[head]] ?? '') ? 'people' : null;
}

/** Whether `m` is named through a building or vehicle ("the offices of the Turkmen Front", "a police vehicle"). */
function onProperty(doc: Doc, m: ActorMention): boolean {
  const p = phraseTop(doc, m);
  const h = doc.head[p];
  return PROPERTY_NOUNS.has(lemmaOf(doc, m.head)) || PROPERTY_NOUNS.has(lemmaOf(doc, p)) || (h >= 0 && h !== p && rel(doc, p).startsWith('nmod') && PROPERTY_NOUNS.has(lemmaOf(doc, h)));
}

/**
 * Violence by a crowd (seizure or destruction of property, assault, attack) recoded as a violent
 * protest (145); a killing stays. Other events are returned unchanged.
 */
export function crowdViolenceAsRiot(doc: Doc, events: readonly CodedEvent[]): CodedEvent[] {
  return events.map((e) => {
    const kind = RIOT_CODES.test(e.cameo) ? crowdKind(doc, e) : null;
    if (!kind) return e;
    const verb = lemmaOf(doc, e.verb);
    const onOffices = !!e.target && (onProperty(doc, e.target) || RIOT_TARGET.test(e.target.code.slice(3)));
    // A crowd's arson and stones are a riot whoever is hit; its assault, and a people's violence ("Sunnis burned
    // Shiite homes" stays sectarian violence), only on offices, vehicles or the state's forces.
    // Partisans riot on buildings and on government bodies, not on the forces they fight.
    const onBodies = !!e.target && (onProperty(doc, e.target) || PARTISAN_RIOT_TARGET.test(e.target.code.slice(3)));
    const riot =
      kind === 'crowd'
        ? RIOT_VERBS.has(verb) || (ASSAULT_VERBS.has(verb) && onOffices)
        : kind === 'partisans'
          ? (RIOT_VERBS.has(verb) || ASSAULT_VERBS.has(verb)) && onBodies
          : (RIOT_VERBS.has(verb) || ASSAULT_VERBS.has(verb)) && onOffices;
    if (!riot) return e;
    return { ...e, cameo: '145', rule: `${e.rule} + violence by a crowd is a riot [${e.cameo} -> 145]` };
  });
}

/** Verbs of vowing: their complement is what the source announces it will do. */
const VOWS: ReadonlySet<string> = new Set(['vow', 'pledge', 'promise', 'swear']);

/** Verbs of using force: a vow to do them threatens military force. */
const FORCE_VERBS: ReadonlySet<string> = new Set([
  'kill', 'capture', 'crush', 'destroy', 'attack', 'hunt', 'eliminate', 'wipe', 'liberate', 'retake', 'recapture',
  'defeat', 'storm', 'invade', 'bomb', 'annihilate', 'avenge', 'smash', 'exterminate', 'conquer',
]);

/**
 * Promises (03x) by a vow whose complement verb, or a verb conjoined to it, uses force, recoded as threats of
 * military force (138). Other events are returned unchanged.
 */
export function violentVowsAsThreats(doc: Doc, events: readonly CodedEvent[]): CodedEvent[] {
  return events.map((e) => {
    if (!e.cameo.startsWith('03') || !VOWS.has(lemmaOf(doc, e.verb))) return e;
    const s = doc.sentenceOf(e.verb);
    const kidsOf = (h: number): number[] => {
      const out: number[] = [];
      for (let k = doc.sentStart[s]; k < doc.sentEnd[s]; k++) if (doc.head[k] === h && k !== h) out.push(k);
      return out;
    };
    const complements = kidsOf(e.verb).filter((k) => rel(doc, k) === 'xcomp');
    const verbs = complements.flatMap((c) => [c, ...kidsOf(c).filter((k) => rel(doc, k) === 'conj')]);
    if (!verbs.some((v) => FORCE_VERBS.has(lemmaOf(doc, v)))) return e;
    return { ...e, cameo: '138', rule: `${e.rule} + a vow to use force is a threat of it [${e.cameo} -> 138]` };
  });
}

/** Prepositions after which a handover names who receives the people handed over. */
const RECEIVER_CASES: ReadonlySet<string> = new Set(['to']);

/**
 * Releases (084) by "hand (over)" or "turn over", recoded as judicial cooperation (063) aimed at the receiver named
 * after "to" when `mentionAt` finds an actor there (the handed-over people otherwise stay the target). Other events
 * are returned unchanged.
 */
export function handoversToReceiver(doc: Doc, events: readonly CodedEvent[], mentionAt: (i: number) => ActorMention | null): CodedEvent[] {
  return events.map((e) => {
    const v = e.verb;
    const verb = lemmaOf(doc, v);
    if (!e.cameo.startsWith('084') || !(verb === 'hand' || verb === 'turn')) return e;
    const s = doc.sentenceOf(v);
    let prt = false;
    let receiver: ActorMention | null = null;
    const obj = (() => {
      for (let k = doc.sentStart[s]; k < doc.sentEnd[s]; k++) if (doc.head[k] === v && rel(doc, k) === 'obj') return k;
      return -1;
    })();
    for (let k = doc.sentStart[s]; k < doc.sentEnd[s]; k++) {
      if (doc.head[k] === v && rel(doc, k) === 'compound:prt' && doc.form[k].toLowerCase() === 'over') prt = true;
      // "handed over 12 militants to Iraqi authorities": on the verb, or hung by the parser on its object.
      const onVerb = doc.head[k] === v && rel(doc, k).startsWith('obl');
      const onObject = obj >= 0 && doc.head[k] === obj && rel(doc, k) === 'nmod';
      if (!receiver && (onVerb || onObject) && RECEIVER_CASES.has(caseOf(doc, k))) {
        // The actor of the receiving phrase ("Iraqi authorities", "U.S. Marines", "Iraqi custody").
        for (let j = doc.sentStart[s]; j < doc.sentEnd[s] && !receiver; j++) {
          let p = j;
          for (let n = 0; n < 6 && p !== k && p >= 0 && doc.head[p] !== p; n++) p = doc.head[p];
          if (p === k) receiver = mentionAt(j);
        }
      }
    }
    if (verb === 'turn' && !prt) return e;
    if (receiver && receiver.code === e.source.code) receiver = null;
    const target = receiver ?? e.target;
    return { ...e, target, cameo: '063', rule: `${e.rule} + handing people over is judicial cooperation with the receiver [${e.cameo} -> 063]` };
  });
}
