/**
 * Coding convention of the expert coders: a state named as the subject of a political act
 * acts through its government. "Iran denied the report", "the United States urged calm",
 * "Washington said ..." are IRNGOV / USAGOV, not the bare country (IRN, USA) the
 * dictionaries give the name. Only the event's source changes, and only for a singular
 * proper name (country or capital) that is the clause's subject: "Iran's navy", "Iranian
 * officials", "a U.S. envoy" (the name modifies another noun) and pronouns are left alone.
 *
 * PETRARCH2 keeps the bare country, so `annals validate` (which drives the coder directly)
 * is not affected; {@link createAnnals} applies this to the events it codes.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS, XPOS } from '../analysis/tags.js';
import type { CodedEvent } from '../events/types.js';
import { countryOfName } from '../context/geo.js';
import { mentionHead } from './head.js';
import type { ActorMention } from './types.js';

/** Tokens a state's proper name is made of ("the United States", "U.S.", "Republic of Korea"). */
const NAME_POS: ReadonlySet<string> = new Set(['PROPN', 'DET', 'PUNCT', 'ADJ', 'ADP']);

/**
 * True when `m` is a state's bare code on a proper name that is the subject (nsubj) of the
 * event verb `verb` (or of the verb that `verb` completes as an xcomp, or is coordinated with), with nothing of
 * another noun around it.
 */
export function isStateSubject(doc: Doc, m: ActorMention, verb: number, states: ReadonlySet<string>): boolean {
  if (m.code.length !== 3 || !states.has(m.code) || m.codes || m.resolvedFrom) return false;
  if (m.head < m.start || m.head >= m.end) return false;
  // One of coordinated subjects ("Tehran and Ankara agreed ...") stands for the first conjunct.
  let h = m.head;
  while (DEPREL[doc.dep[h]] === 'conj' && doc.head[h] >= 0 && (doc.head[h] < m.start || doc.head[h] >= m.end)) h = doc.head[h];
  // Active or passive subject ("Iran was prepared to hold talks"), or the agent of a passive ("accused by Baghdad").
  if (!/^(nsubj(:pass)?|obl:agent)$/.test(DEPREL[doc.dep[h]])) return false;
  // The subject of the event verb, or of the verbs it completes ("Iran offered to help train ..."),
  // or of a verb it is coordinated with and shares the subject of ("Tehran backed X and opposed Y"),
  // or of the verb whose "saying ..." clause holds the event ("Ankara rejected the offer, saying it would not negotiate").
  let v = verb;
  while (doc.head[h] !== v && doc.head[v] >= 0 && climbs(doc, v)) v = doc.head[v];
  if (doc.head[h] !== v) return false;
  if (!isStateName(doc, m)) return false;
  return true;
}

/** Endings of a people's plural ("Icelanders", "Iranians", "Americans"), for when no gazetteer tells cities from peoples. */
const PEOPLE_PLURAL = /(ers|ans|ites)$/;

/**
 * Whether `m` is a state's own proper name (or capital) standing alone (see {@link isStateName}), taken as the
 * source of a political act however the parse attaches it ("Iran, whose forces ..., said it ... but urged
 * Ankara", "Iran had offered to help train ...").
 */
function isStateActing(doc: Doc, m: ActorMention, states: ReadonlySet<string>, capital?: (name: string, code: string) => boolean): boolean {
  if (m.code.length !== 3 || !states.has(m.code) || m.codes || m.resolvedFrom) return false;
  if (m.head < m.start || m.head >= m.end) return false;
  // The state's own name or its capital: a people ("Icelanders", which the tagger may read as a singular name) and
  // another city stay as they are.
  const name = doc.text.slice(doc.start[m.start], doc.end[m.end - 1]);
  if (countryOfName(name) === null && (!capital?.(name, m.code) || PEOPLE_PLURAL.test(name))) return false;
  return isStateName(doc, m);
}

/** Whether the subject of the verb above `v` is `v`'s subject too (see {@link isStateSubject}). */
function climbs(doc: Doc, v: number): boolean {
  const d = DEPREL[doc.dep[v]];
  if (d === 'xcomp') return true;
  if (d === 'conj') return !hasSubject(doc, v);
  // A subjectless participle clause ("..., saying it would ...") and the clause it reports.
  if (d === 'advcl') return !hasSubject(doc, v) && /ing$/i.test(doc.form[v]);
  // "Iraq said it would send a delegation": the state's own pronoun subject of the clause it reports.
  if (d === 'ccomp' && STATE_PRONOUNS.has(subjectForm(doc, v))) return true;
  if (d === 'ccomp') return DEPREL[doc.dep[doc.head[v]]] === 'advcl' && /ing$/i.test(doc.form[doc.head[v]]) && !hasSubject(doc, doc.head[v]);
  return false;
}

/**
 * Whether mention `m` is a state's (or capital's) proper name standing alone: proper-name tokens,
 * not "a Syria ...", not a modifier of a following noun ("Iran nuclear talks", "Iran's ...").
 */
function isStateName(doc: Doc, m: ActorMention): boolean {
  const h = m.head;
  if (UPOS[doc.upos[h]] !== 'PROPN') return false;
  // A plural (NNPS "Americans") is a people; a plural-looking multi-word name is one state ("the United States").
  if (XPOS[doc.xpos[h]] === 'NNPS' && m.end - m.start < 2) return false;
  for (let k = m.start; k < m.end; k++) if (!NAME_POS.has(UPOS[doc.upos[k]])) return false;
  // "a Syria ..." is not the state itself.
  const first = doc.form[m.start].toLowerCase();
  if (first === 'a' || first === 'an' || (m.start > 0 && /^an?$/i.test(doc.form[m.start - 1]))) return false;
  // The name as a modifier of a following noun ("Iran nuclear talks", "Iran's ...").
  const s = doc.sentenceOf(h);
  const next = m.end < doc.sentEnd[s] ? m.end : -1;
  if (next >= 0 && (['NOUN', 'PROPN', 'PART'].includes(UPOS[doc.upos[next]]) || doc.form[next] === "'s")) return false;
  return true;
}

/** Prepositions of a scene: a place named after them is where something happens, not who undergoes it. */
const LOCATIVE: ReadonlySet<string> = new Set(
  'in at near from across inside into within throughout outside around through over along between beyond off via'.split(' '),
);

/**
 * CAMEO roots of physical force (force posture, assault, fight, mass violence): a state or city
 * they are aimed at is the country or place, not its government ("shelled Baghdad").
 */
const FORCE_ROOTS: ReadonlySet<string> = new Set(['15', '18', '19', '20']);

/** Whether token `i` has an indefinite article among its dependents ("a unified, democratic Cyprus"). */
function hasIndefinite(doc: Doc, i: number): boolean {
  const s = doc.sentenceOf(i);
  for (let k = doc.sentStart[s]; k < i; k++) if (doc.head[k] === i && DEPREL[doc.dep[k]] === 'det' && /^an?$/i.test(doc.form[k])) return true;
  return false;
}

/** Whether token `i` has a case marker among `words` ("in Baghdad"). */
function hasCase(doc: Doc, i: number, words: ReadonlySet<string>): boolean {
  const s = doc.sentenceOf(i);
  for (let k = doc.sentStart[s]; k < doc.sentEnd[s]; k++) {
    if (doc.head[k] === i && DEPREL[doc.dep[k]] === 'case' && words.has(doc.form[k].toLowerCase())) return true;
  }
  return false;
}

/**
 * True when `m` is a state's bare code on a proper name (the state or its capital) addressed by
 * the event rather than named as a scene: "appealed to Washington", "warned Ankara", "rejected
 * Ankara's demand", "denied U.S. charges", "... if Turkey halted its operations". Not "in Baghdad",
 * not "Iranians", not a resolved pronoun.
 */
export function isStateAddressee(doc: Doc, m: ActorMention, states: ReadonlySet<string>, capital: boolean): boolean {
  if (m.code.length !== 3 || !states.has(m.code) || m.codes || m.resolvedFrom) return false;
  if (m.head < m.start || m.head >= m.end || UPOS[doc.upos[m.head]] !== 'PROPN') return false;
  if (XPOS[doc.xpos[m.head]] === 'NNPS' && m.end - m.start < 2) return false;
  for (let k = m.start; k < m.end; k++) if (!NAME_POS.has(UPOS[doc.upos[k]])) return false;
  const first = doc.form[m.start].toLowerCase();
  if (first === 'a' || first === 'an' || (m.start > 0 && /^an?$/i.test(doc.form[m.start - 1]))) return false;
  // "a unified, democratic Cyprus": an indefinite article before the name's adjectives is a vision of the state.
  if (hasIndefinite(doc, m.head)) return false;
  // The name's syntactic head (the token attached outside it: "Addis" of "Addis Ababa"), and the
  // first conjunct of a coordination ("in Istanbul and Ankara").
  const h = mentionHead(doc, m, true);
  // "talks between Baghdad and Irbil", "the feud between Ankara and Baghdad": the sides of a relation, not a scene.
  if (hasCase(doc, h, BETWEEN) && DEPREL[doc.dep[h]] === 'nmod' && isRelationNoun(doc, doc.head[h])) return true;
  // The author of a political act named right after it ("the decision by Turkey", "a demand from Ankara"), as its
  // possessor is. (Read off the words too: the parse may hang "by Turkey" on the verb.)
  if (m.start > 1 && BY_FROM.has(doc.form[m.start - 1].toLowerCase()) && isPoliticalActNoun(doc, m.start - 2)) return true;
  if (hasCase(doc, h, LOCATIVE)) return false;
  // "the highway to Uganda": a noun's destination, not an addressee.
  if (DEPREL[doc.dep[h]] === 'nmod' && hasCase(doc, h, TO)) return false;
  // The name as possessor or modifier of a common noun ("Ankara's demand", "U.S. charges"): the
  // state's own act, unless that noun is a scene ("in Baghdad's streets").
  const d = DEPREL[doc.dep[h]];
  if (d === 'nmod:poss' || d === 'compound') {
    const n = doc.head[h];
    if (n < 0 || UPOS[doc.upos[n]] !== 'NOUN' || hasCase(doc, n, LOCATIVE)) return false;
    return true;
  }
  // A state addressed by a political act is dealt with through its government: its name as the
  // act's object or oblique ("condemned Peru", "urged Iran to ...", "appealed to Ankara"), as the
  // subject of its own clause ("... if Turkey halted its operations") or as a noun's partner
  // ("an agreement with the United States"). The expert coders write IRNGOV there, and a bare
  // IRN fails every one of their GOV readings, while IRNGOV still fits a bare IRN.
  return capital || ADDRESSED.has(d) || d.startsWith('nsubj') || (d === 'nmod' && hasCase(doc, h, WITH));
}

/** Relations of a name the act is aimed at: object, second object, oblique. */
const ADDRESSED: ReadonlySet<string> = new Set(['obj', 'iobj', 'obl']);

/**
 * Nouns of what a state says or does in politics: a state's adjective before one ("the Iraqi accusations",
 * "American calls for a crackdown", "any Iraqi inquiry", "the Turkish effort") names the government's act;
 * so does its doing abroad ("rejected the Turkish presence", "condemned Iranian interference").
 */
const POLITICAL_ACT_NOUNS: ReadonlySet<string> = new Set(
  `accusation allegation charge claim criticism complaint call demand request appeal ultimatum proposal plan offer
  effort initiative pressure position stance policy decision move inquiry investigation probe warning threat objection
  overture mediation response reply insistence refusal opposition condition conditions
  presence interference intervention meddling involvement`.split(/\s+/),
);

/**
 * True when `m` is a state's bare code on its one-word adjective ("Iraqi", "American", "Turkish") modifying a noun of
 * a political act ({@link POLITICAL_ACT_NOUNS}): the government's act, not the people's or the land's. Not a
 * resolved mention, not a scene ("in the Iraqi investigation" is still the act; "on Iraqi soil" has no act noun).
 */
export function isStateAdjectiveOfAct(doc: Doc, m: ActorMention, states: ReadonlySet<string>): boolean {
  if (m.code.length !== 3 || !states.has(m.code) || m.codes || m.resolvedFrom || m.end - m.start !== 1) return false;
  let a = m.start;
  // One of coordinated adjectives ("Iraqi and Syrian demands"): the first conjunct modifies the noun.
  for (let n = 0; n < 6 && DEPREL[doc.dep[a]] === 'conj' && doc.head[a] >= 0 && doc.head[a] < a; n++) a = doc.head[a];
  if (UPOS[doc.upos[m.start]] !== 'ADJ' || DEPREL[doc.dep[a]] !== 'amod') return false;
  const n = doc.head[a];
  if (n <= a || UPOS[doc.upos[n]] !== 'NOUN') return false;
  return isPoliticalActNoun(doc, n);
}

/** Whether token `n` is a common noun of a political act ({@link POLITICAL_ACT_NOUNS}), singular or plural. */
function isPoliticalActNoun(doc: Doc, n: number): boolean {
  if (n < 0 || UPOS[doc.upos[n]] !== 'NOUN') return false;
  const lemma = (doc.lemma[n] || doc.form[n]).toLowerCase();
  return POLITICAL_ACT_NOUNS.has(lemma) || POLITICAL_ACT_NOUNS.has(doc.form[n].toLowerCase().replace(/s$/, ''));
}

const BY_FROM: ReadonlySet<string> = new Set(['by', 'from']);

const WITH: ReadonlySet<string> = new Set(['with']);

const BETWEEN: ReadonlySet<string> = new Set(['between']);

/** Nouns of a relation between two sides: "talks between X and Y" names X and Y as the sides, not places. */
const RELATION_NOUNS: ReadonlySet<string> = new Set(
  `talk negotiation dialogue agreement accord deal dispute feud tension relation rift standoff row quarrel conflict
  reconciliation mediation meeting contact tie cooperation difference disagreement rapprochement hostility`.split(/\s+/),
);

/** Whether token `n` is a common noun of a relation ({@link RELATION_NOUNS}), singular or plural. */
export function isRelationNoun(doc: Doc, n: number): boolean {
  if (n < 0 || UPOS[doc.upos[n]] !== 'NOUN') return false;
  const lemma = (doc.lemma[n] || doc.form[n]).toLowerCase();
  return RELATION_NOUNS.has(lemma) || RELATION_NOUNS.has(doc.form[n].toLowerCase().replace(/s$/, ''));
}

/**
 * Seats of a state's autonomous regional government: named as a side of a political act, the city stands for
 * that government ("visited Erbil", "talks between Baghdad and Irbil": the Kurdistan Regional Government), as
 * the expert coders code it (IRQGOVKUR), while as a scene ("in Irbil") it stays a place.
 */
const REGIONAL_SEATS: ReadonlyMap<string, string> = new Map([
  ['erbil', 'IRQGOVKUR'],
  ['irbil', 'IRQGOVKUR'],
  ['arbil', 'IRQGOVKUR'],
  ['hawler', 'IRQGOVKUR'],
]);

/** The regional government whose seat `name` is, when the dictionaries give the name state `code`, or null. */
export function regionalSeat(name: string, code: string): string | null {
  const r = REGIONAL_SEATS.get(name.toLowerCase());
  return r && r.startsWith(code) ? r : null;
}

const TO: ReadonlySet<string> = new Set(['to', 'toward', 'towards']);

/** Pronouns by which a state's reported clause names the state itself ("Iraq said it would ..."). */
const STATE_PRONOUNS: ReadonlySet<string> = new Set(['it']);

/** The lower-cased form of verb `v`'s subject, or '' when it has none. */
function subjectForm(doc: Doc, v: number): string {
  const s = doc.sentenceOf(v);
  for (let k = doc.sentStart[s]; k < doc.sentEnd[s]; k++) if (doc.head[k] === v && DEPREL[doc.dep[k]].startsWith('nsubj')) return doc.form[k].toLowerCase();
  return '';
}

/** True when verb `v` has its own subject. */
function hasSubject(doc: Doc, v: number): boolean {
  const s = doc.sentenceOf(v);
  for (let k = doc.sentStart[s]; k < doc.sentEnd[s]; k++) if (doc.head[k] === v && DEPREL[doc.dep[k]].startsWith('nsubj')) return true;
  return false;
}

/** Words of a military act: a state named right before one acts through its forces ("a U.S. raid", "Turkish air strikes"). */
const MILITARY_ACTS: ReadonlySet<string> = new Set(
  'raid raids strike strikes airstrike airstrikes air offensive bombing bombings bombardment assault incursion incursions shelling operation operations'.split(' '),
);

/** Whether mention `m`, a state's bare code, is named right before a word of a military act ("a U.S. raid"). */
export function isMilitaryActor(doc: Doc, m: ActorMention, states: ReadonlySet<string>): boolean {
  if (m.code.length !== 3 || !states.has(m.code) || m.codes || m.resolvedFrom) return false;
  const s = doc.sentenceOf(m.start);
  return m.end < doc.sentEnd[s] && MILITARY_ACTS.has(doc.form[m.end].toLowerCase());
}

/** Nouns of a pair of states ("the two countries agreed ..."): see {@link isStatePairSubject}. */
const STATE_PAIR_NOUNS: ReadonlySet<string> = new Set(['countries', 'nations', 'states', 'neighbours', 'neighbors', 'capitals']);

/** True when `m` is one state of a pair phrase ("both countries", "the two nations": src/article/plural.ts). */
function isStatePair(doc: Doc, m: ActorMention, states: ReadonlySet<string>): boolean {
  if (m.code.length !== 3 || !states.has(m.code) || !/ -> pair /.test(m.rule)) return false;
  return m.head >= m.start && m.head < m.end && STATE_PAIR_NOUNS.has(doc.form[m.head].toLowerCase());
}

/**
 * True when `m` is one state of a pair phrase (src/article/plural.ts: "the two countries", "both
 * neighbours") that is the subject of the event verb, as {@link isStateSubject} climbs to it.
 */
export function isStatePairSubject(doc: Doc, m: ActorMention, verb: number, states: ReadonlySet<string>): boolean {
  if (m.code.length !== 3 || !states.has(m.code) || !/ -> pair /.test(m.rule)) return false;
  const h = m.head;
  if (h < m.start || h >= m.end || !STATE_PAIR_NOUNS.has(doc.form[h].toLowerCase())) return false;
  if (!/^nsubj(:pass)?$/.test(DEPREL[doc.dep[h]])) return false;
  let v = verb;
  while (doc.head[h] !== v && doc.head[v] >= 0 && climbs(doc, v)) v = doc.head[v];
  return doc.head[h] === v;
}

/** CAMEO roots of diplomacy (statements to a side, which may become demands later, appeals, intents, consultations, cooperation, demands): a people dealing with a government is its government. */
const DIPLOMATIC_ROOTS: ReadonlySet<string> = new Set(['01', '02', '03', '04', '05', '10']);

/**
 * True when `m` is "the" and a state's plural demonym ("the Iranians", "the Americans") on one
 * side of a diplomatic act (see DIPLOMATIC_ROOTS) whose other side `other` is another state's
 * government: the expert codes the people's government there ("we told the Iranians ..." by a
 * U.S. envoy = IRNGOV), while in protests, accusations and fighting they stay the people or its forces.
 */
export function isPeopleInDiplomacy(doc: Doc, m: ActorMention, other: ActorMention | null, cameo: string, states: ReadonlySet<string>): boolean {
  if (!other || !DIPLOMATIC_ROOTS.has(cameo.slice(0, 2))) return false;
  if (m.code.length !== 3 || !states.has(m.code) || m.codes || m.resolvedFrom) return false;
  if (m.end - m.start !== 1 || m.head !== m.start || XPOS[doc.xpos[m.head]] !== 'NNPS') return false;
  if (m.start === 0 || doc.sentenceOf(m.start - 1) !== doc.sentenceOf(m.start) || doc.form[m.start - 1].toLowerCase() !== 'the') return false;
  return /^[A-Z]{3}GOV$/.test(other.code) && other.code.slice(0, 3) !== m.code;
}

const PEOPLE_RULE = 'a people dealing with another government is its government';

/** A state's mention as one of its bodies (IRN + GOV = IRNGOV), the reason added to its rule. */
function recode(m: ActorMention, sector: 'GOV' | 'MIL', why: string): ActorMention {
  return { ...m, code: `${m.code}${sector}`, rule: `${m.rule} + ${why}` };
}

const MILITARY_RULE = "a state's military act is its forces'";

const REGION_RULE = "a regional seat as a side of a political act is the regional government";

/**
 * The events whose source is a state acting: the subject of a political act (see
 * {@link isStateSubject}; a city that `seat` says is not the capital stays itself), one of a
 * pair of states, or named before a military act, coded as its government or its forces.
 */
/**
 * The events with the sources {@link isStateSubject} says are a state's subject coded as
 * its government (IRN -> IRNGOV). Other events are returned unchanged.
 * @param states the dictionaries' three-letter state codes (`countryCodes`).
 * @param seat whether a name is the state itself or its capital (`code` is the state's);
 *   without it every country or city name the dictionaries give a state counts.
 * @param capital whether a name is the state itself or its capital (by the gazetteer): a source the parse does not
 *   make the subject is recoded only then ("Icelanders" stay the people).
 */
export function stateSubjectsAsGovernment(
  doc: Doc,
  events: readonly CodedEvent[],
  states: ReadonlySet<string>,
  seat?: (name: string, code: string) => boolean,
  capital?: (name: string, code: string) => boolean,
): CodedEvent[] {
  return events.map((e) => {
    // "The two countries agreed ...": each state of the pair acts through its government, towards the other's.
    if (isStatePairSubject(doc, e.source, e.verb, states)) {
      const rule = 'a pair of states as subject acts through their governments';
      const t = e.target;
      const same = t !== null && t.start === e.source.start && t.end === e.source.end && states.has(t.code);
      return {
        ...e,
        source: recode(e.source, 'GOV', rule),
        target: same ? recode(t, 'GOV', rule) : t,
      };
    }
    if (isMilitaryActor(doc, e.source, states)) return { ...e, source: recode(e.source, 'MIL', MILITARY_RULE) };
    if (isPeopleInDiplomacy(doc, e.source, e.target, e.cameo, states)) return { ...e, source: recode(e.source, 'GOV', PEOPLE_RULE) };
    if (!isStateSubject(doc, e.source, e.verb, states) && !(isStateActing(doc, e.source, states, capital) && !FORCE_ROOTS.has(e.cameo.slice(0, 2)))) return e;
    // "Basra accused ...", "Sadr City ...": a city that is not the capital speaks for itself, not the state.
    const sname = doc.text.slice(doc.start[e.source.start], doc.end[e.source.end - 1]);
    const region = regionalSeat(sname, e.source.code);
    if (region) return e.target && e.target.code === region ? e : { ...e, source: { ...e.source, code: region, rule: `${e.source.rule} + ${REGION_RULE}` } };
    if (seat && !seat(sname, e.source.code)) return e;
    if (e.target && e.target.code === `${e.source.code}GOV`) return e;
    return { ...e, source: recode(e.source, 'GOV', 'a state as subject acts through its government') };
  });
}

/**
 * The events whose target {@link isStateAddressee} says is a state or its capital addressed by a
 * political act (not force: CAMEO 15, 18-20) coded as its government ("appealed to Washington" =
 * USAGOV, "rejected Ankara's demand" = TURGOV). Other events are returned unchanged.
 * @param states the dictionaries' three-letter state codes (`countryCodes`).
 * @param seat as for {@link stateSubjectsAsGovernment}: a city that is not the capital stays a place.
 */
export function stateTargetsAsGovernment(
  doc: Doc,
  events: readonly CodedEvent[],
  states: ReadonlySet<string>,
  seat?: (name: string, code: string) => boolean,
): CodedEvent[] {
  return events.map((e) => {
    const t = e.target;
    if (t && isMilitaryActor(doc, t, states) && e.source.code !== `${t.code}MIL`) return { ...e, target: recode(t, 'MIL', MILITARY_RULE) };
    if (!t || FORCE_ROOTS.has(e.cameo.slice(0, 2))) return e;
    if (isPeopleInDiplomacy(doc, t, e.source, e.cameo, states)) return { ...e, target: recode(t, 'GOV', PEOPLE_RULE) };
    // "appealed to both countries": each state of a pair addressed by a political act, through its government.
    if (isStatePair(doc, t, states)) return e.source.code === `${t.code}GOV` ? e : { ...e, target: recode(t, 'GOV', 'a pair of states addressed by a political act is their governments') };
    // "rejected the Iraqi accusations", "welcomed the Turkish effort": a state's act said by its adjective.
    if (isStateAdjectiveOfAct(doc, t, states)) return e.source.code === `${t.code}GOV` ? e : { ...e, target: recode(t, 'GOV', "a state's political act is its government's") };
    const name = doc.text.slice(doc.start[t.start], doc.end[t.end - 1]);
    // The state's own name, or its capital (a city standing for the government wherever it is addressed).
    const own = countryOfName(name) !== null;
    if (!isStateAddressee(doc, t, states, !own)) return e;
    const region = regionalSeat(name, t.code);
    if (region) return e.source.code === region ? e : { ...e, target: { ...t, code: region, rule: `${t.rule} + ${REGION_RULE}` } };
    if (!own && seat && !seat(name, t.code)) return e;
    if (e.source.code === `${t.code}GOV`) return e;
    return { ...e, target: recode(t, 'GOV', 'a state addressed by a political act is its government') };
  });
}
