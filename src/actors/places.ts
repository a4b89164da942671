/**
 * Coding convention of the expert coders: a sub-national place (a city that is not the capital, a
 * district, a site) is where something happens, not who does it or undergoes it. "Rockets fired
 * from Sadr City struck the Green Zone", "troops raided a Sadr City neighbourhood", "the cleric,
 * who is studying in Qom", "the Kurds would never give up Kirkuk": the expert codes the people
 * there (a militia, the embassy staff) or nothing, never the bare country the dictionaries give
 * the place name. Since the place's code cannot name those people, an event whose source or
 * target is such a place named as a scene, or in an act of force or a visit, is dropped: emitting
 * nothing beats emitting a wrong dyad.
 *
 * A state's own name and its capital ("Washington said", "shelled Baghdad") are left to
 * src/actors/stategov.ts.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS, XPOS } from '../analysis/tags.js';
import type { CodedEvent } from '../events/types.js';
import type { ActorMention } from './types.js';
import { isRelationNoun, regionalSeat } from './stategov.js';
import { mentionHead } from './head.js';

/** Tokens a place's proper name is made of ("Sadr City", "the Green Zone"). */
const NAME_POS: ReadonlySet<string> = new Set(['PROPN', 'DET', 'PUNCT', 'ADP', 'ADJ']);

/**
 * Nouns of a part of a town: a sect, a nationality or a city's name on them names no actor ("a Sadr City
 * house" hangs on "neighbourhood", "the sprawling Shiite slum", "a crowded Baghdad square").
 */
export const TOWN_PART_NOUNS: ReadonlySet<string> = new Set([
  'district', 'neighbourhood', 'neighborhood', 'slum', 'quarter', 'suburb', 'square', 'street', 'market', 'township',
]);
/** Nouns of a settlement or a division of a land ("a village near Hit", "the outskirts of Ramadi"). */
export const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set(['village', 'town', 'city', 'province', 'region', 'area', 'outskirts']);

/** Last words of a name that make it a part of a country, whatever the gazetteer knows ("Sadr City", "the Green Zone"). */
const PLACE_HEADS: ReadonlySet<string> = new Set(['city', 'zone', 'district', 'province', 'governorate', 'camp', 'quarter']);

/**
 * How the caller tells places apart (normally the gazetteer, see `createAnnals`).
 * `capital(name, code)`: the state's own name or its capital. `city(name, code)`: a place of that
 * state the gazetteer knows (any rank).
 */
export interface PlaceTests {
  capital(name: string, code: string): boolean;
  city(name: string, code: string): boolean;
}

/**
 * True when `m` is a state's bare code on a proper name of a place inside that state that is not
 * its capital: a city the gazetteer knows, or a name ending in "City"/"Zone"/"district"/... .
 * Resolved pronouns, multi-code mentions and names that modify a following noun are not places.
 */
export function isSubnationalPlace(doc: Doc, m: ActorMention | null, states: ReadonlySet<string>, tests: PlaceTests): boolean {
  return placeKind(doc, m, states, tests) !== null;
}

/**
 * What kind of place {@link isSubnationalPlace} says `m` is: a town or city the gazetteer knows
 * ('city'), or a part of one named as such ('district': "Sadr City", "the Green Zone"); null when
 * it is no such place.
 */
export function placeKind(doc: Doc, m: ActorMention | null, states: ReadonlySet<string>, tests: PlaceTests): 'city' | 'district' | null {
  if (!m || m.code.length !== 3 || !states.has(m.code) || m.codes || m.resolvedFrom) return null;
  const h = m.head;
  if (h < m.start || h >= m.end || UPOS[doc.upos[h]] !== 'PROPN') return null;
  // "Americans", "Kurds": a people, not a place.
  if (XPOS[doc.xpos[h]] === 'NNPS') return null;
  for (let k = m.start; k < m.end; k++) if (!NAME_POS.has(UPOS[doc.upos[k]])) return null;
  const words: string[] = [];
  for (let k = m.start; k < m.end; k++) if (UPOS[doc.upos[k]] !== 'DET' && UPOS[doc.upos[k]] !== 'PUNCT') words.push(doc.form[k]);
  if (words.length === 0) return null;
  const name = words.join(' ');
  if (tests.capital(name, m.code)) return null;
  // A regional government's seat as a side of a political act ("visited Erbil") is that government (stategov.ts).
  if (regionalSeat(name, m.code) && !isSceneAdjunct(doc, m)) return null;
  if (words.length > 1 && PLACE_HEADS.has(words[words.length - 1].toLowerCase())) return 'district';
  return tests.city(name, m.code) ? 'city' : null;
}

/** Prepositions of a scene: a place named after them is where something happens ("studying in Qom", "fired at the Green Zone"); "to" is left out, as it names a recipient ("electricity to Basra"). */
const SCENE_CASES: ReadonlySet<string> = new Set(
  'in at near from across inside into within throughout outside around through over along between beyond off via'.split(' '),
);

/**
 * CAMEO roots whose target a place can only be the scene of: consultations and visits (04), force
 * posture (15), assault, fight, mass violence (18-20), but see {@link isTerritorial}. A political act on a place
 * ("demanded a referendum on Kirkuk") may stand for the country, as the expert codes it.
 */
const SCENE_ROOTS: ReadonlySet<string> = new Set(['04', '15', '18', '19', '20']);

/**
 * Whether a target place of this kind is the state's territory or property for an act of `cameo`,
 * as the expert codes it: a town seized or attacked ("rebels captured the city of Goma" = COD, "a
 * bomb attack in Rawalpindi", the convention of the `place-adjunct` filter: "shelled villages near
 * Kirkuk"), goods confiscated there (17). A district or zone raided, entered or shelled ("troops
 * raided Sadr City") stands for the people there, whom its bare country code cannot name.
 */
function isTerritorial(cameo: string, kind: 'city' | 'district'): boolean {
  const root = cameo.slice(0, 2);
  return root === '17' || (kind === 'city' && (root === '18' || root === '19' || root === '20'));
}

/** Whether token `i` has a case marker among `words`. */
function hasCase(doc: Doc, i: number, words: ReadonlySet<string>): boolean {
  const s = doc.sentenceOf(i);
  for (let k = doc.sentStart[s]; k < doc.sentEnd[s]; k++) {
    if (doc.head[k] === i && DEPREL[doc.dep[k]] === 'case' && words.has(doc.form[k].toLowerCase())) return true;
  }
  return false;
}

/**
 * Whether the place mention `m` is named after a preposition of a scene, directly ("in Basra") or
 * through the noun it names ("in the holy city of Qom", "to the northern city of Kirkuk").
 */
export function isSceneAdjunct(doc: Doc, m: ActorMention): boolean {
  // The name's syntactic head: the token attached outside it.
  const h = mentionHead(doc, m, true);
  // "talks between Baghdad and Irbil": the sides of a relation, not its scene.
  if (hasCase(doc, h, BETWEEN) && DEPREL[doc.dep[h]] === 'nmod' && isRelationNoun(doc, doc.head[h])) return false;
  if (hasCase(doc, h, SCENE_CASES)) return true;
  const n = doc.head[h];
  // "the city of Kirkuk", "Qom city": the name of a place noun.
  if (n >= 0 && UPOS[doc.upos[n]] === 'NOUN' && (hasCase(doc, h, OF) || DEPREL[doc.dep[h]] === 'compound' || DEPREL[doc.dep[h]] === 'appos')) {
    return hasCase(doc, n, SCENE_CASES);
  }
  return false;
}

const OF: ReadonlySet<string> = new Set(['of']);

const BETWEEN: ReadonlySet<string> = new Set(['between']);

/** Nouns of a part of a place: a name that possesses one names the place ("Baghdad's Sadr City district"). */
const PLACE_NOUNS: ReadonlySet<string> = new Set(
  'district districts city town village villages province region area neighbourhood neighborhood neighbourhoods neighborhoods quarter suburb suburbs outskirts streets street centre center market'.split(' '),
);

/**
 * Whether `m`, a state's bare code on a proper name (a country, its capital or another place), is
 * the possessor of a noun of a part of a place ("Baghdad's Sadr City district", "Iraq's Anbar
 * province"): it names where, never who, so it is no source ("a raid on Baghdad's Sadr City
 * district that killed four people").
 */
export function isPlacePossessor(doc: Doc, m: ActorMention, states: ReadonlySet<string>): boolean {
  if (m.code.length !== 3 || !states.has(m.code) || m.codes || m.resolvedFrom) return false;
  if (UPOS[doc.upos[m.head]] !== 'PROPN') return false;
  const h = mentionHead(doc, m);
  const n = doc.head[h];
  return DEPREL[doc.dep[h]] === 'nmod:poss' && n >= 0 && PLACE_NOUNS.has(doc.form[n].toLowerCase());
}

/**
 * The events without those whose source or target {@link isSubnationalPlace} says is a place inside
 * a state other than its capital, named as a scene ({@link isSceneAdjunct}: "rockets fired from
 * Sadr City", "studying in Qom") or in an act of force or a visit ({@link SCENE_ROOTS}: "troops
 * raided Sadr City"). A city that is the subject of a political act speaks through its people or
 * authority ("Basra accused the government ...") and stays. A district or zone ("Sadr City", "the
 * Green Zone") is never an actor: its bare country code cannot name the people there ("condemned the
 * siege of Sadr City"). A place that possesses a part of a
 * place ({@link isPlacePossessor}) is no source either.
 * @param states the dictionaries' three-letter state codes (`countryCodes`).
 */
export function placesAsScenes(doc: Doc, events: readonly CodedEvent[], states: ReadonlySet<string>, tests: PlaceTests): CodedEvent[] {
  return events.filter((e) => {
    if (isPlacePossessor(doc, e.source, states)) return false;
    const force = SCENE_ROOTS.has(e.cameo.slice(0, 2));
    for (const m of [e.source, e.target]) {
      const kind = placeKind(doc, m, states, tests);
      if (m && kind && !(m === e.target && isTerritorial(e.cameo, kind)) && (force || kind === 'district' || isSceneAdjunct(doc, m))) return false;
    }
    return true;
  });
}
