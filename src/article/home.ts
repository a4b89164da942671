/**
 * The article's home country, and which country-less actor codes take it.
 *
 * News prose names the country once ("Kenyan police fired ...") and then writes
 * "police", "the government", "Interior Minister Joseph Mwangi", "the opposition":
 * expert coders give those the country the article is about. The dictionaries code
 * them `---COP`, `---GOV`, `---OPP`; this module completes them.
 *
 * This module is the only one that gives the article's country to a country-less code
 * (coref.ts asks it for every mention; there is no other "main country").
 *
 * Which country (first that applies, per mention):
 * 0. a titled person ("Defence Minister Kamal Idris") takes the country of its own
 *    apposition (as in 1), else a bare country named a few tokens before it in its
 *    sentence ("Sudan's delegation was led by ...");
 * 1. where they come from ("dissidents from Myanmar" = MMR), or a person's own
 *    apposition ("Carl Levin, chairman of the Senate Armed Services Committee" = USA);
 * 2. the paragraph's place: a paragraph whose sentence opens with "In Washington," is
 *    about that country until the paragraph ends;
 * 3. the article's home: the country with the most actor mentions in the lead
 *    sentence (people, bodies and groups of that country; a bare country only as an
 *    argument: not "in Brussels", not "the Ethiopian capital"); a tie is broken by the
 *    same count over the next sentences (up to {@link HOME_SENTENCES}) among the tied
 *    countries, which also decide when the lead names none. Still tied, no home: a
 *    two-country article ("Sudan and South Sudan resumed talks") has none;
 * 4. without a home, the nearest earlier mention of its sentence with a country
 *    ("Sudan's delegation was led by Defence Minister Kamal Osman Idris" = SDN).
 *
 * The dateline's country comes first when it is also an actor in the first
 * {@link DATELINE_SENTENCES} sentences ("BAGHDAD - U.S. Defense Secretary Gates urged
 * Iraqi Prime Minister Maliki ..." = IRQ, although the visitor's side is named more):
 * wire copy is datelined where the story is. A dateline country that is only a venue
 * ("ADDIS ABABA" for Sudan and South Sudan's talks) decides nothing. A story filed from
 * two places ("WASHINGTON/BAGHDAD - Iraqi Prime Minister Maliki launched ... over U.S.
 * objections") is about the country of the first of those places' actors in its lead
 * sentence (its subject, as a rule): the other place is where the reporters sat, whose
 * own officials are named ("U.S. officials", "the White House") and need no home.
 *
 * Which codes: those whose first part is a domestic agent ({@link DOMESTIC}: state
 * bodies, parties, opposition, civilians, armed groups, business, media, religion,
 * ethnic and religious identities). Not roles that are foreign by nature
 * (ambassador, envoy, diplomat, mediator: {@link FOREIGN_ROLES}), nor groups called
 * foreign ("foreign troops"), nor IGO/NGO or peacekeeping codes. An identity first
 * ("---SUNGOV" for "Sunni leaders") is put after the sector, as CAMEO writes it
 * (IRQGOVSUN).
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS } from '../analysis/tags.js';
import { splitActorCode } from '../actors/code.js';
import type { ActorMention } from '../actors/types.js';
import { PERSON_NOUNS } from './lexicon.js';

/** Marks a mention rule whose country came from here (a generic role, for pronoun preferences). */
export const HOME_RULE = ' + home country ';
/** Marks a mention rule whose country is the article's foreign power (an envoy named with no country). */
export const VISITOR_RULE = " + the article's foreign power ";

/** Whether a mention's country was not said but given from the article (home or foreign power). */
export function guessedCountry(rule: string): boolean {
  return rule.includes(HOME_RULE) || rule.includes(VISITOR_RULE);
}

/** Sentences in which the dateline's country must be an actor to be the home. */
export const DATELINE_SENTENCES = 3;
/** Sentences read to decide the home country. */
export const HOME_SENTENCES = 3;

/** Sectors of domestic agents: a country-less code of these takes the article's country. */
export const DOMESTIC: ReadonlySet<string> = new Set(
  `GOV MIL COP JUD LEG PTY OPP CVL REB INS SEP UAF RAD MOD BUS LAB ELI SPY CRM EDU HLH MED REL AGR ENV`.split(' '),
);

/** Ethnic and religious identities (docs/actor-codes.md): domestic too, and written after a sector. */
export const IDENTITIES: ReadonlySet<string> = new Set(
  `MOS SHI SUN ALE CHR CTH PRO ORT CPT JEW HIN BUD SIK DRZ BAH YAZ KUR ARB PSH HAZ BAL TAM UIG ROH TUA HUT TUT BER ROM`.split(' '),
);

/** Organisation nouns that name a political group ("the bloc", "the front"): their antecedent is a party. */
export const PARTY_NOUNS: ReadonlySet<string> = new Set(['bloc', 'front', 'party', 'alliance', 'coalition', 'list']);

/** A country-less code of identities only ("---SUN", "---SUNARB"). */
export function isIdentityCode(code: string): boolean {
  return code.startsWith('---') && code.length > 3 && chunksOf(code.slice(3)).every((c) => IDENTITIES.has(c));
}

/** Plural nouns of states: with a regional identity ("Arab governments") they are the region's states, not the home's. */
const REGION_STATE_NOUNS: ReadonlySet<string> = new Set(
  'governments states countries nations regimes neighbours neighbors capitals monarchies rulers'.split(' '),
);

/** Role nouns of people who usually come from elsewhere: no home country for them. */
export const FOREIGN_ROLES: ReadonlySet<string> = new Set(
  `ambassador ambassadors envoy envoys diplomat diplomats emissary emissaries consul consuls mediator mediators
  embassy embassies consulate consulates
  observer observers monitor monitors peacekeeper peacekeepers`.split(/\s+/),
);

/** Weapons and marksmen any side may use (lemmas): named with no side, they take no home country. */
const ANONYMOUS_WEAPONS: ReadonlySet<string> = new Set(['drone', 'sniper']);

/** States whose government has no ministries or ministers (departments and secretaries instead). */
const NO_MINISTRIES: ReadonlySet<string> = new Set(['USA']);
/** Heads of a government's ministries and ministers. */
const MINISTRY_WORDS: ReadonlySet<string> = new Set(['ministry', 'ministries', 'minister', 'ministers']);
/** Mentions looked back for a country in the sentence (a bound for very long sentences). */
const LOOK_BACK = 8;
/** Spokespeople: "spokeswoman Clara Besson" speaks for someone. */
const SPOKES = /\bspokes(man|woman|person)\b/;

/** Modifiers that say a group is not the home country's ("foreign troops", "Western diplomats"). */
const FOREIGN_WORDS: ReadonlySet<string> = new Set(['foreign', 'international', 'overseas', 'western', 'outside', 'neighbouring', 'neighboring']);
/** Heads that stay domestic after "foreign" ("the foreign ministry", "Foreign Minister X"). */
const FOREIGN_OFFICE: ReadonlySet<string> = new Set(['minister', 'ministers', 'ministry', 'ministries', 'secretary', 'office', 'affairs', 'service', 'relations', 'policy']);

/** Words that call a group foreign outright (not "international", which also names a court or a community). */
const CALLED_FOREIGN: ReadonlySet<string> = new Set(['foreign', 'overseas']);

/**
 * Whether a mention is called foreign ("foreign troops", "all foreign forces", "foreign oil companies"): a word of
 * {@link CALLED_FOREIGN} before its head, not the office of "Foreign Minister X" or "the foreign
 * ministry". Such a group is no country's the sentence or the article gives it.
 */
export function calledForeign(doc: Doc, m: Pick<ActorMention, 'start' | 'end' | 'head'>, words: ReadonlySet<string> = CALLED_FOREIGN): boolean {
  const h = m.head >= m.start && m.head < m.end ? m.head : m.end - 1;
  const low = (i: number): string => doc.form[i].toLowerCase();
  if (FOREIGN_OFFICE.has(low(h))) return false;
  const a = doc.sentStart[doc.sentenceOf(h)];
  // "Foreign Minister Hoshiyar Zebari" (headed by the name): "foreign" says which office, not whose. The word modifies
  // the mention ("all foreign forces", "foreign oil companies"), not a name before it ("Amnesty International said
  // security forces ...").
  const modifier = (k: number): boolean => ['ADJ', 'ADV', 'DET', 'NOUN'].includes(UPOS[doc.upos[k]]) && /^\p{Ll}/u.test(doc.form[k]);
  for (let k = Math.max(a, m.start - 2); k < h; k++) {
    if (!words.has(low(k)) || FOREIGN_OFFICE.has(low(k + 1))) continue;
    if (UPOS[doc.upos[k]] !== 'ADJ' && !(k >= m.start && UPOS[doc.upos[k]] === 'PROPN')) continue;
    let ok = true;
    for (let j = k + 1; j < m.start; j++) if (!modifier(j)) ok = false;
    if (ok) return true;
  }
  return false;
}
/** Relations of a mention that make it an actor of the article (for the home count). */
const ARG_DEP = /^(nsubj|obj|iobj|obl:agent|conj|appos|root|nmod:poss)/;
/** Prepositions that open a place at the head of a sentence ("In Washington, ..."). */
const PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'at', 'from']);
/** Tokens read for the opening place phrase's comma ("In the northern Iraqi city of Mosul,"). */
const OPENING_PLACE_TOKENS = 10;
/** Where a town lies from a known place ("In the town of Khalis, northeast of Baghdad,"). */
const DIRECTION_WORDS: ReadonlySet<string> = new Set(
  'north south east west northeast northwest southeast southwest northeastern northwestern southeastern southwestern just outside near'.split(' '),
);
/** Generic place nouns closing an opening phrase with no name ("In the capital,"): no place named. */
const PLACE_WORDS: ReadonlySet<string> = new Set(['capital', 'city', 'town', 'region', 'province', 'north', 'south', 'east', 'west', 'country']);

const chunksOf = (sector: string | null): string[] => (sector ? (sector.match(/.{1,3}/g) ?? []) : []);

/** The token of a mention whose head lies outside it. */
function outerHead(doc: Doc, m: ActorMention): number {
  for (let k = m.start; k < m.end; k++) {
    const h = doc.head[k];
    if (h < m.start || h >= m.end) return k;
  }
  return m.head;
}

/** The country part of a code when it is a state (not a region, IGO, NGO...), else null. */
function stateOf(code: string, countries: Iterable<string> | undefined): string | null {
  const p = splitActorCode(code, countries);
  if (!p.country || /^(IGO|NGO|NGM|IMG|MNC|UIS|INT)$/.test(p.country)) return null;
  return p.country;
}

/**
 * The article's home country: the country with strictly the most argument mentions
 * in the first `sentences` sentences, or null (none, or a tie).
 * @example
 * decideHome(doc, (s) => base.match(doc, s)) // 'KEN' for "Kenyan police fired ... at protesters ..."
 */
export function decideHome(
  doc: Doc,
  mentionsOf: (s: number) => readonly ActorMention[],
  countries?: Iterable<string>,
  sentences = HOME_SENTENCES,
  dateline: string | readonly string[] | null = null,
): string | null {
  const tally = (s: number, count: Map<string, number>): void => {
    for (const m of mentionsOf(s)) {
      const c = stateOf(m.code, countries);
      if (!c) continue;
      // A bare country counts as an actor only as an argument: "in Brussels", "sanctions on Iran" are places.
      if (m.code === c && !ARG_DEP.test(DEPREL[doc.dep[outerHead(doc, m)]] ?? '_')) continue;
      // A foreign mission ("the Iranian consulate in Basra", "the Swedish ambassador") is a guest of the
      // country where the story happens: its own state is not the article's home.
      if (FOREIGN_ROLES.has(doc.form[m.head].toLowerCase())) continue;
      count.set(c, (count.get(c) ?? 0) + 1);
    }
  };
  const best = (count: Map<string, number>, among: Set<string> | null): string[] => {
    let n = 0;
    let top: string[] = [];
    for (const [c, k] of count) {
      if (among && !among.has(c)) continue;
      if (k > n) [n, top] = [k, [c]];
      else if (k === n) top.push(c);
    }
    return top;
  };
  if (Array.isArray(dateline) && dateline.length > 1 && doc.sentenceCount > 0) {
    // Filed from two places: the first of them that is an actor of the lead sentence.
    for (const m of mentionsOf(0)) {
      const c = stateOf(m.code, countries);
      if (c && dateline.includes(c) && !(m.code === c && !ARG_DEP.test(DEPREL[doc.dep[outerHead(doc, m)]] ?? '_'))) return c;
    }
  }
  if (typeof dateline === 'string') {
    const early = new Map<string, number>();
    for (let s = 0; s < Math.min(DATELINE_SENTENCES, doc.sentenceCount); s++) tally(s, early);
    if (early.has(dateline)) return dateline;
    // "BASRA, Iraq - Protesters stormed the Iranian consulate": the lead's own subject is a country-less local
    // (protesters, police, gunmen, crowds) acting where the story is filed; the foreign actor it names is the
    // one acted on, not the home (s14-force, set 24).
    if (doc.sentenceCount > 0 && localSubject(doc, mentionsOf(0))) return dateline;
  }
  // The lead sentence decides; the next sentences only break its ties (or speak when it names no country).
  const lead = new Map<string, number>();
  if (doc.sentenceCount > 0) tally(0, lead);
  let top = best(lead, null);
  if (top.length === 1) return top[0];
  // The lead names no state (only groups, and foreign missions as targets) and no place of another state than the
  // dateline's: the story is where it is datelined ("BASRA, Iraq - Protesters stormed the Iranian consulate in
  // Basra ..."), whatever the next sentences quote. ("WASHINGTON - Militants attacked a convoy in western Iraq" is not.)
  if (lead.size === 0 && typeof dateline === 'string' && doc.sentenceCount > 0) {
    const elsewhere = mentionsOf(0).some((m) => {
      const c = stateOf(m.code, countries);
      return c !== null && c !== dateline && !FOREIGN_ROLES.has(doc.form[m.head].toLowerCase());
    });
    if (!elsewhere) return dateline;
  }
  const more = new Map<string, number>();
  for (let s = 1; s < Math.min(sentences, doc.sentenceCount); s++) tally(s, more);
  top = best(more, top.length > 1 ? new Set(top) : null);
  return top.length === 1 ? top[0] : null;
}

/**
 * Whether the subject of the lead sentence's main clause is a country-less domestic agent
 * ("Protesters ... stormed", "Police fired", "Gunmen killed"): a local of the dateline's country.
 */
function localSubject(doc: Doc, lead: readonly ActorMention[]): boolean {
  const m = mainClauseSubject(doc, lead);
  return m !== null && completeCode(m.code, 'XXX') !== null;
}

/** The first of `ms` that is the subject of its sentence's main clause (the root verb), else null. */
function mainClauseSubject(doc: Doc, ms: readonly ActorMention[]): ActorMention | null {
  for (const m of ms) {
    const h = outerHead(doc, m);
    if (!/^nsubj/.test(DEPREL[doc.dep[h]] ?? '')) continue;
    const v = doc.head[h];
    if (v >= 0 && DEPREL[doc.dep[v]] === 'root') return m;
  }
  return null;
}

/**
 * A country-less code completed with `country`, or null when it must stay as it is
 * (not a domestic agent). "---SUNGOV" + IRQ = "IRQGOVSUN".
 */
export function completeCode(code: string, country: string): string | null {
  if (!code.startsWith('---') || code.length < 6) return null;
  const chunks = chunksOf(code.slice(3));
  if (!chunks.every((c) => DOMESTIC.has(c) || IDENTITIES.has(c))) return null;
  const local = LOCAL_IDENTITY.get(country);
  // A local convention renames an identity, or drops it when the code has the one it would become ("Shiite Arab").
  const own = local ? chunks.flatMap((c) => (local.has(c) ? (chunks.includes(local.get(c)!) || chunks.some((x) => x !== c && IDENTITIES.has(x)) ? [] : [local.get(c)!]) : [c])) : chunks;
  const sectors = own.filter((c) => DOMESTIC.has(c));
  const ids = own.filter((c) => !DOMESTIC.has(c));
  return country + (own[0] && IDENTITIES.has(own[0]) ? [...sectors, ...ids] : own).join('');
}

/**
 * Identities a country's own news names otherwise: in Iraqi politics "Arab" members, leaders or sheikhs
 * set against the Kurds (Mosul, Kirkuk, the provincial councils) are the Sunni Arabs, as the expert coders
 * code them (IRQSUN, IRQGOVSUN), never an "Arab" code; a Shiite Arab stays Shiite.
 */
const LOCAL_IDENTITY: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([['IRQ', new Map([['ARB', 'SUN']])]]);

/** Lower-case modifiers allowed between "-led" and the group it leads ("U.S.-led multinational force"). */
const LED_GAP = 2;

/**
 * The state that leads a group named with no country, "X-led" glued just before it ("U.S.-led forces", "the
 * Italian-led military contingent", "U.S.-led multinational force"), else null. "Shiite-led" (an identity) is not a state.
 */
export function ledBy(doc: Doc, m: Pick<ActorMention, 'start'>, ms: readonly ActorMention[], countries?: Iterable<string>): string | null {
  const a = doc.sentStart[doc.sentenceOf(m.start)];
  let k = m.start - 1;
  for (let n = 0; n < LED_GAP && k > a && UPOS[doc.upos[k]] === 'ADJ' && /^\p{Ll}/u.test(doc.form[k]) && doc.form[k] !== 'led'; n++) k--;
  if (k - 2 < a || doc.form[k].toLowerCase() !== 'led' || doc.form[k - 1] !== '-') return null;
  if (doc.end[k - 2] !== doc.start[k - 1] || doc.end[k - 1] !== doc.start[k]) return null;
  const x = ms.find((q) => q.end === k - 1);
  const c = x ? stateOf(x.code, countries) : null;
  return c && x && x.code === c ? c : null;
}

/** Tokens before a titled person searched for a country named just before it. */
const NEARBY_COUNTRY = 12;

/** A sector string with the role chunks first, identities after ("SUNGOV" -> "GOVSUN"). */
function roleFirst(sector: string): string {
  const cs = chunksOf(sector);
  return [...cs.filter((c) => !IDENTITIES.has(c)), ...cs.filter((c) => IDENTITIES.has(c))].join('');
}

/**
 * The first bare country (a state, no sector) among the mentions of `all` (sorted by start) that end
 * within {@link NEARBY_COUNTRY} tokens before `m`; at most {@link LOOK_BACK} mentions looked at.
 */
function countryJustBefore(m: ActorMention, all: readonly ActorMention[], countries: Iterable<string> | undefined): string | null {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].start < m.start) lo = mid + 1;
    else hi = mid;
  }
  let found: string | null = null;
  for (let k = lo - 1; k >= 0 && k >= lo - LOOK_BACK; k--) {
    const x = all[k];
    if (x.end <= m.start - NEARBY_COUNTRY) break;
    if (x.end > m.start) continue;
    const p = splitActorCode(x.code, countries);
    if (p.country && !p.sector && !/^(IGO|NGO|NGM|IMG|MNC|UIS|INT|---)$/.test(p.country)) found = p.country;
  }
  return found;
}

/** Sectors of armed non-state groups: they are where the fighting is. */
const ARMED: ReadonlySet<string> = new Set(['REB', 'INS', 'UAF', 'SEP']);

/** A country-less code of an armed non-state group or of identities only ("---INS", "---KUR", "---SHIUAF"). */
function fightsOnSite(code: string): boolean {
  const chunks = chunksOf(code.slice(3));
  return chunks.length > 0 && (chunks.some((c) => ARMED.has(c)) || chunks.every((c) => IDENTITIES.has(c)));
}

/**
 * Identities of a place's own communities (sects and peoples: "Sunni leaders", "Kurdish control"), not faiths
 * found in any country ("Muslim groups", "Christian leaders") nor the region-wide "Arab".
 */
const LOCAL_COMMUNITIES: ReadonlySet<string> = new Set([...IDENTITIES].filter((c) => !['MOS', 'CHR', 'CTH', 'PRO', 'ORT', 'JEW', 'ARB'].includes(c)));

/**
 * A country-less code of an armed non-state group, or one with a local community's identity ("---PTYSUN" for
 * "Sunni leaders", "---KUR", "---UAF" for "militias"): a group that lives where the story happens.
 */
export function onSiteGroup(code: string): boolean {
  const chunks = chunksOf(code.slice(3));
  return code.startsWith('---') && chunks.length > 0 && (chunks.some((c) => ARMED.has(c)) || chunks.some((c) => LOCAL_COMMUNITIES.has(c)));
}

/**
 * The article's theatre: the state whose places the article names most ("in Baghdad",
 * "near Baquba": proper names of a state's places as obliques or noun modifiers), when that
 * is not the home and it has at least two such places and more than the home. A state's
 * places named in the home's capital ("Washington", "in Washington") are the desk, not
 * counted. A story filed in Washington about Iraq has home USA and theatre IRQ; else null.
 */
export function decideTheatre(
  doc: Doc,
  mentionsOf: (s: number) => readonly ActorMention[],
  home: string | null,
  countries?: Iterable<string>,
): string | null {
  const count = new Map<string, number>();
  for (let s = 0; s < doc.sentenceCount; s++) {
    for (const m of mentionsOf(s)) {
      const c = stateOf(m.code, countries);
      if (!c || m.code !== c) continue;
      const h = outerHead(doc, m);
      if (UPOS[doc.upos[h]] !== 'PROPN' || !PLACE_DEPS.has(DEPREL[doc.dep[h]] ?? '_')) continue;
      if (c === home && CAPITAL_OF.get(c) === doc.form[h]) continue;
      count.set(c, (count.get(c) ?? 0) + 1);
    }
  }
  let top: string | null = null;
  let n = 0;
  for (const [c, k] of count) if (k > n) [top, n] = [c, k];
  if (!top || top === home || n < 2 || n <= (home ? (count.get(home) ?? 0) : 0)) return null;
  return top;
}

/**
 * The article's foreign power: the state other than the home whose actors the article names most (people, bodies,
 * the state itself), at least {@link MIN_VISITOR} times and strictly more than any other; else null. An envoy
 * or embassy named with no country in a story about the home is this power's ("Ambassador X met Maliki" in an
 * Iraq story that names U.S. actors throughout): an ambassador is never his host country's.
 */
export function decideVisitor(
  doc: Doc,
  mentionsOf: (s: number) => readonly ActorMention[],
  home: string | null,
  countries?: Iterable<string>,
): string | null {
  if (!home) return null;
  const count = new Map<string, number>();
  for (let s = 0; s < doc.sentenceCount; s++) {
    for (const m of mentionsOf(s)) {
      const c = stateOf(m.code, countries);
      if (c && c !== home) count.set(c, (count.get(c) ?? 0) + 1);
    }
  }
  let top: string | null = null;
  let n = 0;
  let second = 0;
  for (const [c, k] of count) {
    if (k > n) [top, n, second] = [c, k, n];
    else if (k > second) second = k;
  }
  return top && n >= MIN_VISITOR && n > second ? top : null;
}

/** Mentions the foreign power must have (see decideVisitor). */
const MIN_VISITOR = 3;

/** Relations of a place name: where something happens or where someone is from. */
const PLACE_DEPS: ReadonlySet<string> = new Set(['obl', 'nmod', 'obl:tmod']);
/** Capitals of the usual news desks, whose names in their own stories are the desk's place. */
const CAPITAL_OF: ReadonlyMap<string, string> = new Map([
  ['USA', 'Washington'],
  ['GBR', 'London'],
  ['FRA', 'Paris'],
  ['RUS', 'Moscow'],
  ['CHN', 'Beijing'],
]);

/** Per-document state of {@link createHomeTracker}. */
export interface HomeTracker {
  /** The article's home country (null when none). */
  readonly home: string | null;
  /** Call once per sentence, in order, with its mentions (for the paragraph's place). */
  sentence(s: number, ms: readonly ActorMention[]): void;
  /**
   * The code `m` should have in sentence `s` given the mentions before it (`before`),
   * or `m.code` unchanged. `all` = the sentence's mentions by start; `titled` = `m` is a
   * titled person ("Defence Minister Kamal Idris"), who takes a country named just before.
   */
  complete(m: ActorMention, s: number, before: readonly ActorMention[], all?: readonly ActorMention[], titled?: boolean): string;
}

/**
 * A home-country tracker for one document (see the module doc for the rules).
 * @example
 * const home = createHomeTracker(doc, (s) => base.match(doc, s), countries);
 * home.sentence(s, ms);
 * m.code = home.complete(m, s, mentionsBefore);
 */
export function createHomeTracker(
  doc: Doc,
  mentionsOf: (s: number) => readonly ActorMention[],
  countries?: Iterable<string>,
  dateline: string | readonly string[] | null = null,
): HomeTracker {
  const home = decideHome(doc, mentionsOf, countries, HOME_SENTENCES, dateline);
  // The theatre, computed when first needed (it reads every sentence's mentions).
  let theatreOf: string | null | undefined;
  // The foreign power, computed when first needed (decideVisitor).
  let visitorOf: string | null | undefined;
  const theatre = (): string | null => (theatreOf === undefined ? (theatreOf = decideTheatre(doc, mentionsOf, home, countries)) : theatreOf);
  let para: string | null = null;
  /** The mentions of the current and the previous sentence (for the forces just named). */
  let curMs: readonly ActorMention[] = [];
  let prevMs: readonly ActorMention[] = [];
  /** The state the previous sentence of the paragraph was about: its main clause's subject, a bare state (s13-discourse). */
  let prevState: string | null = null;
  let curState: string | null = null;
  /** The bare state (or its government) that is the main clause's subject of sentence `s`, else null. */
  const mainSubjectState = (s: number, ms: readonly ActorMention[]): string | null => {
    const subject = mainClauseSubject(doc, ms);
    if (subject) {
      const c = stateOf(subject.code, countries);
      return c && (subject.code === c || subject.code === `${c}GOV`) ? c : null;
    }
    // A misparsed opening ("Neighboring Iran, which ..., halted flights"): the state that opens the sentence.
    const a = doc.sentStart[s];
    const x = ms[0];
    if (x && x.start <= a + 1 && !PLACE_PREPS.has(lower(a)) && /^\p{Lu}/u.test(doc.form[x.start])) {
      const c = stateOf(x.code, countries);
      if (c && (x.code === c || x.code === `${c}GOV`) && (doc.form[x.end] === ',' || UPOS[doc.upos[x.end]] === 'VERB' || UPOS[doc.upos[x.end]] === 'AUX')) return c;
    }
    return null;
  };
  /**
   * "The Marines have encircled Fallujah, and commanders say ...": the one foreign state whose forces (MIL) the
   * sentence named before the mention, or the previous sentence named, when neither names the home's forces.
   */
  const forcesJustNamed = (m: ActorMention, before: readonly ActorMention[]): string | null => {
    let found: string | null = null;
    for (const x of [...prevMs, ...before]) {
      const p = splitActorCode(x.code, countries);
      if (!p.sector?.startsWith('MIL') || !p.country || p.country === '---' || guessedCountry(x.rule)) continue;
      const c = stateOf(x.code, countries);
      if (!c || c === home) return null;
      if (found && found !== c) return null;
      found = c;
    }
    return found;
  };
  /** An IGO or NGO opening the previous sentence ("The UN human rights office urged ..."). */
  let orgSpoke: string | null = null;
  let orgHere: string | null = null;
  const lower = (i: number): string => doc.form[i].toLowerCase();
  /** A paragraph starts here: a blank line in the text before the sentence. */
  const newParagraph = (s: number): boolean => {
    if (s === 0) return true;
    const gap = doc.text.slice(doc.end[doc.sentEnd[s - 1] - 1], doc.start[doc.sentStart[s]]);
    return /\n\s*\n/.test(gap);
  };
  /** A role foreign by nature heads the mention or titles it ("Ambassador Robert Beecroft", "embassy officials"). */
  const foreignRole = (m: ActorMention): boolean => {
    const h = m.head >= m.start && m.head < m.end ? m.head : m.end - 1;
    for (let k = m.start; k <= h; k++) if (FOREIGN_ROLES.has(lower(k)) || FOREIGN_ROLES.has((doc.lemma[k] || lower(k)).toLowerCase())) return true;
    return false;
  };
  /** A bare drone or sniper ("three explosive-laden drones"): no noun or name in the mention says whose. */
  const anonymousWeapon = (m: ActorMention): boolean => {
    const h = m.head >= m.start && m.head < m.end ? m.head : m.end - 1;
    if (!ANONYMOUS_WEAPONS.has((doc.lemma[h] || lower(h)).toLowerCase()) || !m.code.startsWith('---MIL')) return false;
    for (let k = m.start; k < m.end; k++) if (k !== h && (UPOS[doc.upos[k]] === 'NOUN' || UPOS[doc.upos[k]] === 'PROPN')) return false;
    return true;
  };
  const foreign = (m: ActorMention): boolean => {
    const h = m.head >= m.start && m.head < m.end ? m.head : m.end - 1;
    const hl = lower(h);
    if (foreignRole(m)) return true;
    // "Arab governments", "Arab states": the region's other states, not the home's Arab community.
    if (chunksOf(m.code.slice(3)).includes('ARB') && REGION_STATE_NOUNS.has(hl)) return true;
    return calledForeign(doc, m, FOREIGN_WORDS);
  };
  return {
    home,
    sentence(s, ms) {
      prevMs = curMs;
      curMs = ms;
      prevState = curState;
      curState = mainSubjectState(s, ms);
      if (newParagraph(s)) {
        para = null;
        prevState = null;
      }
      orgSpoke = orgHere;
      orgHere = null;
      // The sentence opens with it ("The United Nations human rights office urged ...").
      const first = ms[0];
      if (first && /^(IGO|NGO)/.test(first.code) && first.start <= doc.sentStart[s] + 2) orgHere = first.code;
      // "In Washington, President Bush ...": the paragraph is about that place's country.
      const a = doc.sentStart[s];
      if (a + 2 < doc.sentEnd[s] && PLACE_PREPS.has(lower(a))) {
        const m = ms.find((x) => x.start === a + 1);
        const c = m ? stateOf(m.code, countries) : null;
        if (m && c && m.code === c && doc.form[m.end] === ',') para = c;
        // "In the northern city of Mosul,", "In the town of Khalis, northeast of Baghdad,": the place named in the
        // opening phrase (a town no dictionary knows: the place it is said to lie near).
        else if (!m || m.start > a + 1) {
          const b = doc.sentEnd[s];
          const comma = (from: number): number => {
            for (let k = from; k < b && k < from + OPENING_PLACE_TOKENS; k++) if (doc.form[k] === ',') return k;
            return -1;
          };
          const placeIn = (x: number, y: number): string | null => {
            const p = ms.find((q) => q.start >= x && q.end <= y && stateOf(q.code, countries) === q.code);
            return p ? p.code : null;
          };
          const c1 = comma(a + 1);
          const of = c1 > 0 && c1 + 2 < b && DIRECTION_WORDS.has(lower(c1 + 1)) && lower(c1 + 2) === 'of' ? comma(c1 + 3) : -1;
          const place = c1 > 0 && /^(the|a)$/.test(lower(a + 1)) && PLACE_WORDS.has(lower(c1 - 1)) === false ? (placeIn(a + 1, c1) ?? (of > 0 ? placeIn(c1 + 3, of) : null)) : null;
          if (place) para = place;
        }
      }
    },
    complete(m, s, before, all, titled = false) {
      if (!m.code.startsWith('---')) return m.code;
      // "U.S.-led forces", "the Italian-led military contingent": the state that leads them is whose they are.
      const leader = ledBy(doc, m, all ?? before, countries);
      if (leader) {
        const code = completeCode(m.code, leader);
        if (code) {
          m.rule = `${m.rule} + led by ${leader}`;
          return code;
        }
      }
      const b = doc.sentEnd[s];
      /** The first state mention after the mention ending before `stop` (binary search: bounded work in long sentences). */
      const stateAfter = (stop: number): string | null => {
        if (!all) return null;
        let lo = 0;
        let hi = all.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (all[mid].start > m.end) hi = mid;
          else lo = mid + 1;
        }
        for (let k = lo; k < all.length && all[k].end <= stop; k++) {
          const c = stateOf(all[k].code, countries);
          if (c) return c;
        }
        return null;
      };
      // "Carl Levin, chairman of the Senate Armed Services Committee": the apposition's country.
      // Also after an article ("Vice President Tariq al-Hashemi, a leader of the Iraqi Accord Front").
      let own: string | null = null;
      const ap = m.end + 2 < b && /^(a|an|the)$/.test(lower(m.end + 1)) ? m.end + 2 : m.end + 1;
      if (ap < b && doc.form[m.end] === ',' && /^\p{Lu}/u.test(doc.form[m.end - 1]) && PERSON_NOUNS.has(lower(ap))) {
        let stop = m.end + 1;
        while (stop < b && stop < m.end + 10 && doc.form[stop] !== ',') stop++;
        own = stateAfter(stop);
      }
      // "Sudan's delegation was led by Defence Minister Kamal Idris": a titled person takes his apposition's
      // country, else a bare country named a few tokens before in the sentence, whatever the home (even an envoy).
      // "the British commander, Major-General Graham Binns": the title he is in apposition to says whose he is.
      if (titled && !own && m.start > 0 && doc.form[m.start - 1] === ',') {
        const t = before.length > 0 ? before[before.length - 1] : undefined;
        const c = t && t.end === m.start - 1 && PERSON_NOUNS.has(lower(t.end - 1)) ? stateOf(t.code, countries) : null;
        if (c) own = c;
      }
      if (titled && all) {
        const near = own ?? countryJustBefore(m, all, countries);
        if (near) {
          m.rule = `${m.rule} + ${own ? "its apposition's" : 'a nearby'} country`;
          return near + roleFirst(m.code.slice(3));
        }
      }
      // "Iran ... halted flights to Baghdad. Foreign Ministry spokesman Nasser Kanaani urged ...": a ministry's official named
      // with no country right after a sentence on a foreign state (its subject) speaks for that state.
      if (titled && prevState && prevState !== home && !NO_MINISTRIES.has(prevState)) {
        let ministry = false;
        for (let k = m.start; k < m.end; k++) if (MINISTRY_WORDS.has(lower(k))) ministry = true;
        const code = ministry ? completeCode(m.code, prevState) : null;
        if (code) {
          m.rule = `${m.rule} + the state the previous sentence was about`;
          return code;
        }
      }
      // The article's foreign power's code for `m` (its own when the article has none).
      const asVisitor = (): string => {
        if (visitorOf === undefined) visitorOf = decideVisitor(doc, mentionsOf, home, countries);
        const code = visitorOf ? completeCode(m.code, visitorOf) : null;
        if (code) m.rule = `${m.rule}${VISITOR_RULE}${visitorOf}`;
        return code ?? m.code;
      };
      // "Ambassador Robert Beecroft met Maliki": the envoy of the article's foreign power, never the home's.
      if (foreignRole(m)) return asVisitor();
      if (foreign(m)) {
        // "foreign troops", "all foreign forces": the forces of the article's foreign power (in an Iraq story the
        // U.S.-led forces, USAMIL), as the writers code the troops whose withdrawal is demanded; "foreign companies"
        // and investors are multinational companies (MNC), no country's.
        const sector = m.code.slice(3);
        if (sector === 'BUS' && calledForeign(doc, m)) {
          m.rule = `${m.rule} + foreign companies`;
          return 'MNC';
        }
        if (sector === 'MIL' && calledForeign(doc, m)) return asVisitor();
        return m.code;
      }
      // "A drone packed with explosives struck the base", "snipers fired from rooftops": a weapon or marksman named with
      // no side is an armed force of unknown allegiance (CAMEO UAF), not the home's army, nor the country of the place
      // it struck (src/events/coder.ts countryOf keeps UAF unknown).
      if (anonymousWeapon(m)) {
        m.rule = `${m.rule} + no side named`;
        return `---UAF${m.code.slice(6)}`;
      }
      // "A spokesman for the movement": the role of the actor named after it (resolved in coref.ts).
      if (PERSON_NOUNS.has(lower(m.end - 1)) && /^(for|of)$/.test(doc.form[m.end]?.toLowerCase() ?? '')) return m.code;
      let country: string | null = null;
      // "exiled dissidents from military-ruled Myanmar": where they come from.
      if (m.end + 1 < b && lower(m.end) === 'from') country = stateAfter(Math.min(b, m.end + 5));
      country ??= own;
      // "'...,' spokeswoman Clara Besson said": the spokesperson of the organisation that spoke just before.
      // Only a bare "spokeswoman X": "government spokesman X" says whose he is.
      if (!country && orgSpoke && SPOKES.test(lower(m.start))) {
        m.rule = `${m.rule} + spokesperson of ${orgSpoke}`;
        return orgSpoke;
      }
      // Not forces named by a people of the story's country ("shell Kurdish troops" after the Pentagon spoke): the
      // people says whose they are.
      if (!country && home && m.code.slice(3, 6) === 'MIL' && !chunksOf(m.code.slice(3)).some((c) => IDENTITIES.has(c))) {
        const c = forcesJustNamed(m, before);
        if (c) {
          m.rule = `${m.rule} + forces just named ${c}`;
          return completeCode(m.code, c) ?? m.code;
        }
      }
      // Insurgents, militias and ethnic or sectarian groups are where the story's places are
      // ("WASHINGTON - ... its troops killed five insurgents": Iraqi insurgents), not at the desk; so are the
      // bodies and people of a place's own communities ("Shiite officials", "Sunni leaders", "Kurdish lawmakers" in a
      // story told around a U.S. visit: Iraq's, not the visitor's).
      if (!country && home && (fightsOnSite(m.code) || onSiteGroup(m.code))) {
        const t = theatre();
        if (t) country = t;
      }
      // "In Washington, a spokesman urged all sides to ...": all the sides are the article's, not the paragraph's place's.
      // "In Ankara, officials warned against Kurdish control of Kirkuk", "In Washington, Rumsfeld accused some
      // militias": a paragraph set in a foreign capital reports its reaction; the sects, peoples and armed groups
      // it names are the home's (where they live and fight), not the reacting capital's.
      if (!country && home && para && para !== home && onSiteGroup(m.code)) country = home;
      country ??= lower(m.start) === 'all' ? (home ?? para) : (para ?? home);
      // "He accused the Interior Ministry of ...", "ministers quit the cabinet" in a story told from Washington: the
      // United States has departments and secretaries, no ministries or ministers; they are the theatre's.
      if (country && NO_MINISTRIES.has(country) && MINISTRY_WORDS.has(lower(m.head >= m.start && m.head < m.end ? m.head : m.end - 1))) {
        const t = theatre();
        if (t && t !== country) country = t;
      }
      // Without a home: the country of a mention before it in the sentence ("Sudan's delegation was led by Defence Minister X").
      if (!country) {
        for (let k = before.length - 1; k >= 0 && k >= before.length - LOOK_BACK && !country; k--) country = stateOf(before[k].code, countries);
      }
      const code = country ? completeCode(m.code, country) : null;
      if (code) m.rule = `${m.rule}${HOME_RULE}${country}`;
      return code ?? m.code;
    },
  };
}
