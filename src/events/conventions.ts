/**
 * Coding conventions of the expert coders for acts whose target or direction the surface sentence
 * gets wrong (issue 5, part "conventions").
 *
 * Protests: a demonstration, march, rally, sit-in or strike "in Baghdad", "through the streets of
 * Kufa" or "outside the Green Zone" is aimed at the government it is held against, never at the
 * city: the expert codes the place's state through its government (IRQGOV), as the development
 * set codes "marched in Santiago" (CHLGOV) and "rallied in Amman" (JORGOV). A purpose clause of
 * the march ("marched to demand Maliki's resignation", "demanding that the government ...") is
 * what the protest is about, not a demand of its own: the expert codes the demonstration (14x)
 * against the demand's target and no 10x beside it.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS, XPOS } from '../analysis/tags.js';
import type { ActorMention } from '../actors/types.js';
import { isSceneAdjunct, placeKind, type PlaceTests } from '../actors/places.js';
import { guessedCountry } from '../article/home.js';
import type { CodedEvent } from './types.js';

/** Tokens a place's proper name is made of ("Sadr City", "the Green Zone"). */
const NAME_POS: ReadonlySet<string> = new Set(['PROPN', 'DET', 'PUNCT', 'ADP', 'ADJ']);

/** Prepositions by which a protest names where it is held ("in Basra", "outside the Green Zone"). */
const VENUE_CASES: ReadonlySet<string> = new Set(['in', 'at', 'outside', 'through', 'across', 'near', 'around', 'inside', 'throughout', 'along']);

/** Prepositions by which a march names where it goes ("marched on Baghdad", "to Tahrir Square"): only as the verb's own adjunct ("the highway to Uganda" is a road). */
const GOAL_CASES: ReadonlySet<string> = new Set(['to', 'on', 'into', 'toward', 'towards']);

/** Whether token `i` has a case marker among `words`. */
function hasCase(doc: Doc, i: number, words: ReadonlySet<string>): boolean {
  const s = doc.sentenceOf(i);
  for (let k = doc.sentStart[s]; k < doc.sentEnd[s]; k++) {
    if (doc.head[k] === i && DEPREL[doc.dep[k]] === 'case' && words.has(doc.form[k].toLowerCase())) return true;
  }
  return false;
}

/** The token of mention `m` attached outside it (its syntactic head), climbing out of a coordination. */
function phraseHead(doc: Doc, m: ActorMention): number {
  let h = m.head;
  for (let k = m.start; k < m.end; k++) if (doc.head[k] < m.start || doc.head[k] >= m.end) h = k;
  while (DEPREL[doc.dep[h]] === 'conj' && doc.head[h] >= 0) h = doc.head[h];
  return h;
}

/**
 * Whether `m`, a state's bare code on a proper name (the state, its capital, a town or a district),
 * names where a protest is held or goes ("in Baghdad", "through Sadr City", "marched on the capital
 * Baghdad"), not someone it is against ("chanting against Israel", "the Americans").
 */
export function isProtestVenue(doc: Doc, m: ActorMention | null, verb: number, states: ReadonlySet<string>, tests: PlaceTests): boolean {
  if (!m || m.code.length !== 3 || !states.has(m.code) || m.codes || m.resolvedFrom) return false;
  const h = m.head;
  if (h < m.start || h >= m.end || UPOS[doc.upos[h]] !== 'PROPN' || XPOS[doc.xpos[h]] === 'NNPS') return false;
  for (let k = m.start; k < m.end; k++) if (!NAME_POS.has(UPOS[doc.upos[k]])) return false;
  const p = phraseHead(doc, m);
  if (hasCase(doc, p, VENUE_CASES) || isSceneAdjunct(doc, m)) return true;
  if (doc.head[p] === verb && hasCase(doc, p, GOAL_CASES)) return true;
  // A town or district named otherwise ("marched through the streets of Kufa", "Basra's streets").
  return placeKind(doc, m, states, tests) !== null && !hasCase(doc, p, AGAINST);
}

const AGAINST: ReadonlySet<string> = new Set(['against']);

/** A mention recoded as its state's government, the reason added to its rule. */
function asGovernment(m: ActorMention, state: string, why: string): ActorMention {
  return { ...m, code: `${state}GOV`, rule: `${m.rule} + ${why}` };
}

/** Sectors of a crowd: people who take to the streets, whose country the article's home may have guessed. */
const CROWD_SECTORS: ReadonlySet<string> = new Set(['CVL', 'OPP', 'EDU', 'LAB']);

/**
 * The events with a protest's venue ({@link isProtestVenue}) as target coded as the government of
 * the venue's state ("staged protests in Baghdad" = IRQGOV). A crowd whose country is only the
 * article's home guess, protesting in another state's towns, is that state's crowd ("people
 * marched in Istanbul and Ankara" in a Baghdad story = TURCVL). Other events are returned unchanged.
 * @param states the dictionaries' three-letter state codes (`countryCodes`).
 */
export function protestVenuesAsGovernment(doc: Doc, events: readonly CodedEvent[], states: ReadonlySet<string>, tests: PlaceTests): CodedEvent[] {
  return events.map((e) => {
    if (!e.cameo.startsWith('14') || !isProtestVenue(doc, e.target, e.verb, states, tests)) return e;
    const state = e.target!.code;
    if (e.source.code.startsWith(`${state}GOV`)) return e;
    let source = e.source;
    if (guessedCountry(source.rule) && source.code.length === 6 && source.code.slice(0, 3) !== state && CROWD_SECTORS.has(source.code.slice(3))) {
      source = { ...source, code: `${state}${source.code.slice(3)}`, rule: `${source.rule} + a crowd protesting in a state's towns is its people` };
    }
    return { ...e, source, target: asGovernment(e.target!, state, 'a protest held in a place is aimed at its government') };
  });
}

/** CAMEO demands for a change (104x) and the demonstrations for the same change (141x). */
function protestCode(demand: string): string {
  return /^104[1-4]$/.test(demand) ? `141${demand[3]}` : '141';
}

/**
 * A demand (10x) made in the purpose or participle clause of a protest verb ("marched in Baghdad to
 * demand Maliki's resignation", "rallied in Cairo, demanding an end to ...") is the protest's
 * content: it is dropped when the protest is coded against the same actor, else coded as the
 * demonstration (1041 -> 1411, other demands 141) by the same source against the same target.
 * Other events are returned unchanged.
 */
export function protestPurposes(doc: Doc, events: readonly CodedEvent[]): CodedEvent[] {
  const protests = events.filter((e) => e.cameo.startsWith('14'));
  const out: CodedEvent[] = [];
  for (const e of events) {
    const v = e.verb;
    const p = doc.head[v];
    const rel = DEPREL[doc.dep[v]];
    const inProtest =
      e.cameo.startsWith('10') &&
      p >= 0 &&
      (rel === 'advcl' || rel === 'xcomp') &&
      (PROTEST_LEMMAS.has(doc.lemma[p].toLowerCase()) || protests.some((x) => x.sentence === e.sentence && x.verb === p));
    if (!inProtest) {
      out.push(e);
      continue;
    }
    const same = protests.some((x) => x.sentence === e.sentence && x.verb === p && (x.target?.code ?? null) === (e.target?.code ?? null) && x.source.code === e.source.code);
    if (same) continue;
    out.push({ ...e, cameo: protestCode(e.cameo), rule: `${e.rule} + a protest's demand is the protest` });
  }
  return out;
}

/** Verbs of protesting in the street whose purpose clause states what the protest demands. */
const PROTEST_LEMMAS: ReadonlySet<string> = new Set(['protest', 'demonstrate', 'march', 'rally', 'gather', 'picket', 'riot', 'chant', 'assemble', 'converge']);

/** Sectors of a state's own bodies: their protest is a diplomatic one (140 "Iran protested ..."), not a crowd's against its rulers. */
const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'JUD', 'SPY', 'LEG']);

/**
 * Protests coded with no target ("supporters marched on Thursday", "kept up their sit-in on the
 * highway"): the expert codes them against the government of the protesters' own state, the one
 * the crowd takes to the streets against. Only for a source that is no state body
 * ({@link STATE_SECTORS}) and whose code names a state; a verb already coded with a target
 * (`coded`) keeps that. Returns the new events (the target a mention on the verb, coded `XXXGOV`).
 * @param open events the coder found with no target.
 * @param states the dictionaries' three-letter state codes (`countryCodes`).
 */
export function protestsAtHome(open: readonly CodedEvent[], coded: readonly CodedEvent[], states: ReadonlySet<string>): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const e of open) {
    if (e.target || !e.cameo.startsWith('14')) continue;
    const c = e.source.code;
    const state = c.slice(0, 3);
    // (A state body anywhere in the code: "opposition members of parliament walked out" is a legislature's business.)
    if (!states.has(state) || [...STATE_SECTORS].some((x) => c.slice(3).includes(x))) continue;
    if (coded.some((x) => x.sentence === e.sentence && x.verb === e.verb)) continue;
    if (out.some((x) => x.sentence === e.sentence && x.verb === e.verb && x.source.code === c)) continue;
    const v = e.verb;
    out.push({
      ...e,
      target: { start: v, end: v + 1, head: v, code: `${state}GOV`, rule: "the protesters' own government (a protest naming no one it is against)" },
      rule: `${e.rule} + a protest is aimed at the protesters' government`,
    });
  }
  return out;
}
