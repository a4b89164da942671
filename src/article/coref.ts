/**
 * Article-level actor resolution: an {@link ActorMatcher} wrapper that reads a
 * document's sentences in order and adds, to what the base matcher finds, the
 * mentions a sentence-by-sentence matcher misses: pronouns ("he" -> Maliki),
 * definite titles ("the prime minister", "the cleric"), shortened names
 * ("Hashemi" after "Tariq al-Hashemi"), acronyms introduced in parentheses
 * ("(SCIRI)") and groups tied to a person ("his militia", "Sadr's supporters",
 * "the Sadrists"). With `unknownActors`, names no dictionary knows take their
 * code from their context ("Iraqi Vice President Tariq al-Hashemi" -> IRQGOV,
 * "the Sunni-based insurgency" -> ---INSSUN).
 *
 * One rule per question:
 * - The article's country: home.ts alone decides which country a country-less agent
 *   ("the government", "police", "Interior Minister X", "Sunni leaders") takes (its
 *   `complete`: where they come from, a country named just before a titled person, the
 *   paragraph's place, the lead's home, else the nearest country of the sentence). This
 *   module only tells it the dateline and each sentence's mentions; it completes no country
 *   of its own, except from the mention's own words ("the ambassadors of Egypt", "the
 *   southern leadership").
 * - Pairs ("both sides", "the two leaders", "they" after "Sudan and South Sudan"): plural.ts.
 *
 * The coder needs no change: it asks `match(doc, s, date)` per sentence as before.
 * The whole Doc is resolved once on the first call (memoised per Doc in the
 * wrapper instance) with bounded memory: at most `maxCandidates` antecedents are
 * kept, pronouns and titles look back at most `maxSentences` sentences.
 * @module
 */
import { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS, XPOS } from '../analysis/tags.js';
import { splitActorCode } from '../actors/code.js';
import type { ActorMatcher, ActorMention, DayNumber } from '../actors/types.js';
import {
  ARTEFACT_NOUNS,
  EVENT_NOUNS,
  REACTION_VERBS,
  RELEASE_NOUNS,
  FIRST_PERSON,
  FOLLOWER_NOUNS,
  POLITICAL_AGENTS,
  GROUP_MODIFIERS,
  GROUP_NOUN_CODES,
  INQUIRY_NOUNS,
  INSTITUTION_NOUNS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  ORG_NAME_WORDS,
  ORG_NOUNS,
  ORG_SINGLE_NAMES,
  ORG_WORD_SECTOR,
  PERSON_NOUNS,
  RANK_TITLES,
  fullTitle,
  PRONOUNS,
  STATE_SECTORS,
  LIGHT_ACT_VERBS,
  STATEMENT_NOUNS,
  TITLE_MODIFIERS,
  VETOED_NOUNS,
} from './lexicon.js';
import { cataphoraSpeaker, findQuotes, type Quote } from './quotes.js';
import { ownedTarget, whosePossessorOf } from './relatives.js';
import { fullOrgNames, recodeOrgTails, rememberOrgNames, type OrgName } from './org-tails.js';
import { applyArmedConventions, namesMinorityPeople, ORGANISATION_RULE } from '../actors/conventions.js';
import { createHomeTracker, DOMESTIC, guessedCountry, isIdentityCode, ledBy, PARTY_NOUNS } from './home.js';
import { adjectiveOfThing, isPartitive, joins, lastCoordination, pairCodes, pairPhrase, PAIR_SENTENCES, subjectObjectPair, WEAK_PAIR_SENTENCES, type Pair, type PairKind } from './plural.js';

/** Work counters, filled in when passed in the options (for bounds tests and benchmarks). */
export interface ArticleMatcherStats {
  /** Sentences resolved. */
  sentences: number;
  /** Antecedent candidates examined (the dominant cost). */
  steps: number;
  /** Most antecedent candidates alive at once. */
  maxLive: number;
  /** Mentions added or recoded by resolution. */
  resolved: number;
}

/** Options for {@link createArticleActorMatcher}. */
export interface ArticleMatcherOptions {
  /** Antecedent candidates kept (least recently mentioned dropped first). Default 100: a 40-sentence article names 50 actors and more, and its main figures return by short name at the end. */
  maxCandidates?: number;
  /** A named person's nationality from his knowledge-base entry, by a mention rule (src/article/nationality.ts); none: no nationality known. */
  nationality?: (rule: string) => string | null;
  /** An organisation's namesake entry of the article's home, by a mention rule (src/article/namesake.ts); none: no recoding. */
  namesake?: (rule: string, home: string) => { from: string; to: string; name: string } | null;
  /** How many sentences back pronouns and possessors look. Default 5. Names and acronyms are bounded by `maxCandidates` only. */
  maxSentences?: number;
  /** How many sentences back definite titles look ("the Iraqi leader" may return after a long aside). Default 20. */
  maxTitleSentences?: number;
  /** Give unknown named actors a code from their context (title, country, religion). Default true. (Country-less agents take the home country either way: home.ts.) */
  unknownActors?: boolean;
  /** Extra three-letter country codes (e.g. the dictionaries' `countryCodes`) for splitting actor codes. */
  countries?: Iterable<string>;
  /** Work counters to fill (optional; the caller owns the object). */
  stats?: ArticleMatcherStats;
  /** Transnational groups' national branches (`nationalBranches(dicts.actors)`): "al Qaeda" in an Iraq story = IRQREBAQD. */
  branches?: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** The article matcher: an {@link ActorMatcher} that may also be told a document's dateline. */
export interface ArticleActorMatcher extends ActorMatcher {
  /**
   * The dateline of `doc` ("BAGHDAD, Dec. 4 (Reuters) -"), taken out of its text by
   * the reader: its country is the home country (home.ts: "the government", "the army"
   * with no country named) when it is also an actor of the first sentences.
   */
  setDateline(doc: Doc, dateline: string | undefined): void;
  /** The article's home country of `doc` as home.ts decided it (null when none, or `doc` not matched yet). */
  homeOf(doc: Doc): string | null;
}

type Via = NonNullable<ActorMention['via']>;
type Kind = 'person' | 'org' | 'country' | 'group';
/** Rule of a mention found in an actors dictionary (names, not roles). */
const ACTOR_DICT_RULE = /(^|[\\/])actors[\\/]/;

/** Rule of a mention found in a people dictionary (data/kb/actors/people-*.yaml). */
const PEOPLE_RULE = /(^|[\\/])people[^\\/]*\.ya?ml:\d+/;

/** An actor the article has mentioned: what later references can resolve to. */
interface Entity {
  code: string;
  codes?: string[];
  rule: string;
  kind: Kind;
  plural: boolean;
  /** The mention that introduced it (the longest name seen). */
  anchor: { start: number; end: number; sentence: number };
  anchorSize: number;
  /** Normalised name words ("tariq hashemi"), for short names; '' when none. */
  name: string;
  /** An organisation's name words after its country adjective ("accord front" of "Iraqi Accord Front"); '' when none. */
  orgName: string;
  /** Lower-case words in and around its mentions ("iraqi", "cleric", "council"), for titles. */
  titles: Set<string>;
  /** Office nouns the article said of it as past ones ("former prime minister": "minister", "prime"). */
  past?: Set<string>;
  /** Called "the late X": a dead person, whom no later pronoun or title names. */
  late?: boolean;
  acronym: string | null;
  /** Named by a role only, with no country of its own ("an official"), perhaps given the article's since. */
  generic: boolean;
  lastSentence: number;
  lastToken: number;
  lastSubject: boolean;
  /** Governor of its last mention's head (binding: "X praised him" is not X). */
  lastGov: number;
  /** Its last mention was the object of its governor. */
  lastObject: boolean;
  /** Its last mention was a plural noun ("its troops" of the U.S. military): "them" may be it even beside a pair. */
  lastPlural: boolean;
  /** The quotation its last mention was in, or null. */
  lastQuote: Quote | null;
  /** Its last mention was the possessor in an adverbial phrase ("after Rice's visit"): a background actor, less salient than an object. */
  lastBackground: boolean;
  /** Its party code besides a non-state code (ActorMention.party: Sadr in 2007 -> IRQPTYSDR). */
  party?: string;
  /** The last sentence each head noun (lemma) of its mentions was said in ("alliance" -> 17). */
  heads: Map<string, number>;
  /** How many mentions the article has made of it (salience: ties between titles' antecedents). */
  seen: number;
  /** How often the article called it by a head noun alone ("the council" -> 3): the body it keeps calling so. */
  bare?: Map<string, number>;
  /** The pronoun its last mention was ("him", "his"), lower case, not a subject; absent when a name or noun. */
  lastPronoun?: string;
  /** Its last mention was a group named by it ("His critics", "Sadr's supporters"): the group, not it, had that role. */
  lastGroup?: boolean;
  /** The code of that last group mention, when it was plural ("his fighters", IRQUAFSHI): "they" after it in its sentence. */
  lastGroupCode?: string;
}

const DEFAULT_CANDIDATES = 100;
/** A group's people who speak for it ("their leaders", "the protesters' spokesman"). */
const PEOPLE_SECTORS: ReadonlySet<string> = new Set(['CVL', 'REF', 'LAB', 'EDU', 'AGR', 'MED', 'HLH']);
const LEADING_NOUNS = new Set(['leader', 'head', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'figure', 'chairman', 'organizer', 'organiser']);
/** Per sentence since a body was last called by a generic noun ("bloc"), how much that name fades (2: another body's fit, after eight). */
const GENERIC_FADE = 0.25;
/** What a body named in passing loses against the one the article keeps calling by the bare noun (three sentences' recency). */
const BARE_NOUN_FADE = 0.12;
/** Relations that start a new clause: binding stops there ("X said he ..."). */
const CLAUSE_BOUNDARY = new Set(['ccomp', 'advcl', 'acl', 'acl:relcl', 'parataxis', 'csubj', 'advcl:relcl', 'list']);
/** Person nouns said of anyone in office: no conflict with a more specific title. */
const GENERIC_PERSON_NOUNS = new Set(['leader', 'official', 'chief', 'head', 'representative', 'delegate']);
/** Offices of the state: an opposition leader is none of them. */
const STATE_OFFICES = new Set(['president', 'premier', 'minister', 'chancellor', 'king', 'queen', 'monarch', 'governor', 'mayor']);
/** Sectors of an office: a description with one ("the Iraqi vice president") is a title, not only a description. */
const OFFICE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'LEG', 'MIL', 'JUD', 'COP', 'SPY']);

/** Words that make a title a past one ("former prime minister", "ex-president"): no holder of the office now. */
const PAST_OFFICE: ReadonlySet<string> = new Set(['former', 'ex', 'onetime', 'erstwhile', 'ex-prime', 'ex-president', 'ex-premier']);
/** "the late president": a dead holder (only after one of LATE_DETERMINERS, so not "late Tuesday"). */
const LATE = 'late';
const LATE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their', 'its', "'s", 'our', 'my']);
/** Titles that name the same office. */
const TITLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['envoy', ['ambassador', 'diplomat']],
  ['ambassador', ['envoy', 'diplomat']],
  ['diplomat', ['ambassador', 'envoy']],
  ['premier', ['minister', 'prime']],
  ['spokesman', ['spokeswoman', 'spokesperson']],
  ['spokeswoman', ['spokesman', 'spokesperson']],
  // "the regional government" after "the government of the Kurdish region" (s14-discourse).
  ['regional', ['region']],
  ['pontiff', ['pope']],
  ['pope', ['pontiff']],
]);

function hasTitle(e: { titles: Set<string> }, w: string): boolean {
  if (e.titles.has(w)) return true;
  for (const x of TITLE_SYNONYMS.get(w) ?? []) if (e.titles.has(x)) return true;
  return false;
}

/** "the administration": a government's executive called so, in English news the U.S. one unless named otherwise. */
const ADMINISTRATION = 'administration';
const ADMINISTRATION_COUNTRY = 'USA';
/** Nouns of a news organisation ("the Qatar-based network"): the MED organisation named last. */
const MEDIA_NOUNS = new Set(['network', 'channel', 'broadcaster', 'newspaper', 'station']);
/** "the government": the article's own country's, unless a foreign body was called so. */
const GOVERNMENT = 'government';
/** Nouns of a body sent to talk for others ("a delegation of clerics"): its members say who it is. */
const DELEGATION_NOUNS: ReadonlySet<string> = new Set(['delegation']);
/**
 * Occupations whose news calls the occupying power's authority "the coalition": Iraq under the Coalition
 * Provisional Authority (invasion to the handover of sovereignty), the occupying power USA.
 */
const OCCUPATION_COALITIONS: readonly { home: string; from: number; to: number; power: string }[] = [
  { home: 'IRQ', from: 20030320, to: 20040628, power: 'USA' },
];
/** Occupied homes and their occupying power: "the occupation forces" in an Iraqi story are American, in a Palestinian one Israeli. */
const OCCUPYING_POWERS: ReadonlyMap<string, string> = new Map([
  ['IRQ', 'USA'],
  ['PSE', 'ISR'],
]);
/** The agents-file rules of the occupiers' nouns ("the occupiers", "the occupying powers"): the occupying power's. */
const OCCUPIER_RULE = /agents[^\\/]*\.ya?ml:\d+ (occupiers?|occupying[ _](force|forces|troops|army|power|powers)|occupation[ _]army)\b/i;
const COALITION_WORDS: ReadonlySet<string> = new Set(['coalition']);
/** The agents-file rule of the bare noun "coalition". */
const COALITION_RULE = /agents[^\\/]*\.ya?ml:\d+ coalition\b/;
/**
 * Bare nouns of the home government and its bodies ("the government", "the authorities", "the cabinet", "the electoral
 * commission"): a foreign body only when called so (see titleEntity).
 */
const HOME_GOVERNMENT_NOUNS: ReadonlySet<string> = new Set([GOVERNMENT, 'authority', 'authorities', 'cabinet', 'parliament', 'legislature', 'commission']);
/** Last words of a body's name that name another body alone ("the House" is no "White House"). */
const NOT_SHORT_NAMES: ReadonlySet<string> = new Set(['house', 'state', 'states', 'nations', 'union', 'kingdom']);
/** Nouns of a political group ("the movement", "the front"): no state body, perhaps a non-state leader's party. */
const POLITICAL_GROUP_NOUNS = new Set(['movement', 'front', 'bloc', 'party', 'faction', 'list']);
/** First sectors of non-state leaders whose following is a political group (not clerics, elites or civilians). */
const LEADER_SECTORS = new Set(['PTY', 'REB', 'INS', 'UAF', 'OPP']);
/** People who speak or negotiate for a leader: his political side's, not his force's. */
const SPEAKER_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'aide', 'adviser', 'advisor', 'envoy', 'official', 'delegate', 'negotiator', 'emissary']);
/** Organisation nouns that may stand for any organisation ("the group", "the bloc"). */
const GENERIC_ORG_NOUNS = new Set(['group', 'organization', 'organisation', 'movement', 'bloc', 'alliance', 'coalition', 'agency', 'body', 'union', 'league', 'faction']);
/** Quantity heads of a subject whose counted group ("hundreds of residents") is the subject's actor. */
const QUANTITY_HEADS: ReadonlySet<string> = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'tens', 'millions', 'some', 'many', 'most', 'all', 'several', 'crowds', 'groups']);
/** "the ministry" and the title of its head. */
const MINISTRY = 'ministry';
const MINISTER = 'minister';
/** Sectors of armed non-state groups. */
const ARMED_SECTORS: ReadonlySet<string> = new Set(['REB', 'INS', 'UAF', 'SEP']);
/** Plural nouns of armed men that, definite, name the armed group the article is about ("the militants"). */
const ARMED_GROUP_NOUNS: ReadonlySet<string> = new Set(['militant', 'insurgent', 'rebel', 'jihadist', 'extremist', 'guerrilla', 'gunman', 'fighter', 'militiaman']);
/** Rule of a mention of a named group (data/kb/actors/groups.yaml). */
const GROUPS_RULE = /(^|[\/])groups[^\/]*\.ya?ml:\d+/;
/** Organisation nouns said of non-state bodies only ("the group"): no government, army or police is called so. */
const NON_STATE_ORG_NOUNS: ReadonlySet<string> = new Set(['group', 'organization', 'organisation']);
/** States with one regional government that news calls "the regional government" (Iraq's Kurdistan Region). */
const REGIONAL_GOVERNMENTS: ReadonlyMap<string, string> = new Map([['IRQ', 'IRQGOVKUR']]);
const DEFAULT_SENTENCES = 5;
/** Honorifics before the name of a person no dictionary knows ("Sheikh Abu Omar al-Ani"). */
const HONORIFICS = new Set(['sheikh', 'sheik']);
/** Titles of people who lead or belong to a group ("Sheikh X" after "tribal leaders complained"). */
const MEMBER_TITLES = new Set(['sheikh', 'sheik', 'commander', 'chief', 'elder', 'emir', 'leader']);
/** Spokesperson nouns: with no body named, the previous sentence's organisation speaks. */
const SPOKES_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
/** Descriptions said of a person the story is about ("the veteran politician"), not an office. */
/**
 * Nouns that describe a person by profession, not by a state's office: with a nationality ("the Algerian
 * diplomat") they may name a person in an international post (an ambassador or minister serves the state).
 */
const NATIONALITY_NOUNS = new Set(['diplomat', 'politician', 'statesman', 'stateswoman', 'lawyer', 'jurist', 'economist', 'academic']);
const DESCRIPTION_NOUNS = new Set(['politician', 'statesman', 'veteran', 'figure', 'strongman', 'opposition-leader']);
/** Third-person pronouns by gender and number: "him" and "his" name the same one in a sentence more often than not. */
const PRONOUN_GENDERS: readonly ReadonlySet<string>[] = [new Set(['he', 'him', 'his', 'himself']), new Set(['she', 'her', 'hers', 'herself'])];
const sameGender = (a: string, b: string): boolean => PRONOUN_GENDERS.some((g) => g.has(a) && g.has(b));
/** Words of time whose possessive dates an act ("Tuesday's raid", "last week's bombing", "yesterday's attack"). */
const DAY_WORDS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday yesterday today week weekend night month'.split(' '),
);
/** Sentences back "the charge", "the raid" look for the act they name, and the acts kept at most. */
const ACT_SENTENCES = 5;
/** Words that negate a verb they hang on (an act not done is no antecedent of "the announcement"). */
const NEGATION_WORDS: ReadonlySet<string> = new Set(['not', "n't", 'never']);
/** Verbs that ask for an inquiry ("demanded an inquiry", "called for an investigation"): of the state that would hold it. */
const INQUIRY_ASKS: ReadonlySet<string> = new Set(['demand', 'call', 'urge', 'seek', 'request', 'press', 'ask', 'want']);
/** Every verb some act noun stands for ("accuse" for "the charge"). */
const ACT_VERBS: ReadonlySet<string> = new Set([...EVENT_NOUNS.values(), ...RELEASE_NOUNS.values()].flat());
const MAX_ACTS = 40;
/** Every verb that tells the making of a thing ({@link ARTEFACT_NOUNS}). */
const MAKING_VERBS: ReadonlySet<string> = new Set([...ARTEFACT_NOUNS.values()].flat());
/** How many of an article's first sentences are its lead, whose acts a noun may name however far on. */
const LEAD_ACT_SENTENCES = 3;
/** Act nouns of fighting or detention besides {@link FORCE_ACT_NOUNS}: named from the latest acts only, never the lead's. */
const LATEST_ONLY_NOUNS: ReadonlySet<string> = new Set(['operation', 'offensive', 'seizure', 'arrest', 'detention', 'investigation', 'inquiry', 'probe']);
/** Verbs whose complement's act is not done ("refused to sign"): no act of their subject's. */
const NOT_DONE_HEADS: ReadonlySet<string> = new Set(['refuse', 'decline', 'fail', 'reject', 'oppose', 'resist', 'deny', 'hesitate', 'threaten', 'plan', 'want', 'hope', 'seek', 'try', 'expect']);
/** Verbs whose complement, with an object of theirs, is still their subject's act ("ordered the paper closed"). */
const ORDER_HEADS: ReadonlySet<string> = new Set(['order', 'direct', 'command']);
/** Tokens a possessive in a reported clause looks back for the reporting verb's subject. */
const REPORTER_WINDOW = 60;
/** Tokens "it" looks back for the subject it continues. */
const IT_WINDOW = 60;
/** Country parts of codes that are no country (international and non-state bodies). */
const NOT_A_COUNTRY = new Set(['IGO', 'NGO', 'IMG', 'MNC', '---']);
/** Act nouns of armed force: their agent, a state named bare, is no government (s15-discourse). */
const FORCE_ACT_NOUNS: ReadonlySet<string> = new Set(['raid', 'attack', 'storming', 'strike', 'airstrike', 'bombing', 'bombardment', 'shelling', 'killing', 'invasion', 'crackdown']);
/** Civilian state bodies that, said bare ("the government", "the cabinet"), a party or group acts in (see titleEntity). */
const HOME_BODIES: ReadonlySet<string> = new Set(['government', 'cabinet', 'parliament', 'legislature', 'ministry', 'authorities', 'judiciary']);
/** First sectors of non-state sides that act within their own country's state bodies (see sideCountryBefore). */
const NON_STATE_SIDES: ReadonlySet<string> = new Set(['PTY', 'OPP', 'REB', 'INS', 'SEP', 'UAF', 'REL', 'CVL']);
/** Religion and ethnicity codes: after the role in a composed code (---SUNGOV -> IRQGOVSUN). */
const IDENTITY_CODES = new Set(['SUN', 'SHI', 'KUR', 'ARB', 'MUS', 'CHR', 'JEW', 'CTH', 'BUD', 'HIN', 'DRZ', 'ALE', 'SEC']);
/** People of a political group ("a leader of the Hadba list"): with a group no dictionary knows, its member. */
const GROUP_PERSON_NOUNS = new Set(['leader', 'leaders', 'member', 'members', 'head', 'chief', 'figure', 'official', 'officials', 'spokesman', 'spokeswoman', 'founder', 'chairman']);
/** Sector chunks with the role codes first, religion and ethnicity after. */
function roleFirst(chunks: readonly string[]): string[] {
  return [...chunks.filter((c) => !IDENTITY_CODES.has(c)), ...chunks.filter((c) => IDENTITY_CODES.has(c))];
}
const DEFAULT_TITLE_SENTENCES = 20;
/** The tokens of a run of name words we look at, at most (a bound on 5,000-word sentences too). */
const MAX_NAME_RUN = 6;
/** What is "held" that is no captive ("held talks", "held a news conference", "held elections"): no holder of the "release" asked later. */
const HELD_OCCASIONS: ReadonlySet<string> = new Set(
  `talk talks meeting meetings session sessions conference conferences election elections vote votes referendum rally rallies
  ceremony ceremonies consultation consultations discussion discussions negotiation negotiations summit summits hearing hearings
  funeral funerals prayer prayers protest protests demonstration demonstrations sit-in march marches gathering event events
  position positions post posts seat seats office power majority portfolio view views responsibility`.split(/\s+/),
);

/** The home's holders whose captives' "release" is asked of its government: its police and army. */
const RELEASE_HOLDERS: ReadonlySet<string> = new Set(['COP', 'MIL', 'SPY', 'JUD']);

/** Mentions before a plural pronoun searched for a coordination ("Britain and France ... they"). */
const COORD_WINDOW = 8;

/** Capitalised, looking through a name prefix ("al-Maliki"). */
const cap = (f: string): boolean => /^\p{Lu}/u.test(f.replace(/^(al|el|bin|ibn|abu|abd)-/i, ''));
const ACRONYM = /^[A-Z][A-Z0-9&]{1,9}$/;

function sectors(code: string, countries: Iterable<string> | undefined): { country: string | null; chunks: string[] } {
  const p = splitActorCode(code, countries);
  return { country: p.country, chunks: p.sector ? (p.sector.match(/.{1,3}/g) ?? []) : [] };
}

/**
 * Wrap an actor matcher with article-level resolution (see the module doc).
 * Resolved mentions carry `resolvedFrom` (the antecedent's introducing mention) and `via`.
 * @example
 * const actors = createArticleActorMatcher(createActorMatcher(dicts.actors), { countries: dicts.actors.countryCodes });
 * const coder = createCoder({ verbs: dicts.verbs, actors });
 */
export function createArticleActorMatcher(base: ActorMatcher, opts: ArticleMatcherOptions = {}): ArticleActorMatcher {
  const maxCandidates = Math.max(1, opts.maxCandidates ?? DEFAULT_CANDIDATES);
  const maxSentences = Math.max(0, opts.maxSentences ?? DEFAULT_SENTENCES);
  const maxTitleSentences = Math.max(0, opts.maxTitleSentences ?? DEFAULT_TITLE_SENTENCES);
  const unknownActors = opts.unknownActors ?? true;
  const countries = opts.countries ? [...opts.countries] : undefined;
  const stats = opts.stats;
  const memo = new WeakMap<Doc, { date: DayNumber | undefined; sentences: ActorMention[][] }>();
  const datelines = new WeakMap<Doc, string>();
  /** Each matched document's home country (home.ts). */
  const homes = new WeakMap<Doc, string | null>();

  const resolveDoc = (doc: Doc, date: DayNumber | undefined): ActorMention[][] => {
    const ents: Entity[] = [];
    const out: ActorMention[][] = [];
    const lower = (i: number): string => doc.form[i].toLowerCase();
    const upos = (i: number): string => UPOS[doc.upos[i]] ?? '_';
    const dep = (i: number): string => DEPREL[doc.dep[i]] ?? '_';
    const plural = (i: number): boolean => isPlural(doc, i);
    const quotes = findQuotes(doc);
    /** The quotation around token `i`, or null (a binary search: asked in any order). */
    const quoteOf = (i: number): Quote | null => {
      let lo = 0;
      let hi = quotes.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const q = quotes[mid];
        if (q.end <= i) lo = mid + 1;
        else if (q.start > i) hi = mid - 1;
        else return q;
      }
      return null;
    };

    /** An actor known by no name of its own: a role or body from the agents file only ("reporters", "the government"). */
    const nameless = (e: Entity): boolean => !e.name && !e.orgName && !e.acronym && !ACTOR_DICT_RULE.test(e.rule);

    /** A pronoun's person, number and case; "her" is possessive only before a noun ("warned her that ..." is an object). */
    const pronounInfo = (i: number): { person: boolean | null; plural: boolean; possessive: boolean } | undefined => {
      const info = PRONOUNS.get(lower(i));
      if (info && info.possessive && lower(i) === 'her' && /^(obj|iobj|obl)/.test(dep(i))) return { ...info, possessive: false };
      return info;
    };

    const touch = (e: Entity, m: ActorMention, s: number): void => {
      const k = ents.indexOf(e);
      if (k >= 0) ents.splice(k, 1);
      ents.push(e);
      while (ents.length > maxCandidates) {
        // Named actors outlive nameless ones ("reporters", "the police"): a president named once
        // early is still "the president" twenty sentences on. The oldest nameless one of the
        // older half goes first, else the oldest.
        let k = 0;
        const half = ents.length >> 1;
        while (k < half && !nameless(ents[k])) k++;
        ents.splice(k < half ? k : 0, 1);
      }
      if (stats && ents.length > stats.maxLive) stats.maxLive = ents.length;
      const h = synHead(doc, m);
      if (e.lastSentence !== s || e.lastToken !== m.end - 1) e.seen++;
      // The pronoun it was last named by, unless a subject ("He told him": no chain): "told him ... by him", "His critics
      // accuse him" (the possessor of a group mention).
      const pron = m.via === 'pronoun' && !dep(h).startsWith('nsubj') ? m.start : m.via === 'group' ? [m.start, m.start - 1].find((k) => k >= 0 && PRONOUNS.get(lower(k))?.possessive) ?? -1 : -1;
      e.lastPronoun = pron >= 0 && PRONOUNS.has(lower(pron)) ? lower(pron) : undefined;
      e.lastGroup = m.via === 'group';
      e.lastGroupCode = m.via === 'group' && plural(h) ? m.code : undefined;
      e.lastSentence = s;
      e.lastToken = m.end - 1;
      e.lastSubject = dep(h).startsWith('nsubj');
      e.lastGov = doc.head[h];
      // "hundreds of residents gathered": the counted group of a quantity subject is the subject (s14-discourse).
      const q = doc.head[h];
      if (!e.lastSubject && q >= 0 && dep(h) === 'nmod' && QUANTITY_HEADS.has(lower(q)) && dep(q).startsWith('nsubj')) {
        e.lastSubject = true;
        e.lastGov = doc.head[q];
      }
      e.lastQuote = quoteOf(h);
      e.lastObject = dep(h) === 'obj' || dep(h) === 'iobj';
      e.lastPlural = (upos(h) === 'NOUN' || upos(h) === 'PROPN') && plural(h);
      e.lastBackground = dep(h) === 'nmod:poss' && e.lastGov >= 0 && dep(e.lastGov).startsWith('obl');
      e.heads.set((doc.lemma[h] || lower(h)).toLowerCase(), s);
      if (s === e.anchor.sentence || !m.resolvedFrom) addTitles(e, m, doc.sentStart[s]);
    };

    /** Entity `e` is named in sentence `s` as a possessor inside another mention: recent again, as background. */
    const refresh = (e: Entity, s: number, tok: number): void => {
      const k = ents.indexOf(e);
      if (k >= 0) ents.splice(k, 1);
      ents.push(e);
      e.lastSentence = s;
      e.lastToken = tok;
      e.lastSubject = false;
      e.lastObject = false;
      e.lastGov = -1;
      e.lastQuote = quoteOf(tok);
      e.lastBackground = true;
    };

    const addTitles = (e: Entity, m: ActorMention, s0: number): void => {
      for (let i = m.start; i < m.end; i++) e.titles.add(lower(i));
      pastOffices(e, Math.max(s0, m.start - 3), m.end);
      // Up to three words before ("Shiite cleric Moqtada al-Sadr").
      for (let i = m.start - 1, n = 0; i >= s0 && n < 3; i--, n++) {
        const u = upos(i);
        if (u !== 'NOUN' && u !== 'ADJ' && u !== 'PROPN') break;
        e.titles.add(lower(i));
      }
      // An apposition ("the Mahdi Army, the militia loyal to ...").
      const h = synHead(doc, m);
      const a = doc.sentStart[doc.sentenceOf(h)];
      const b = doc.sentEnd[doc.sentenceOf(h)];
      for (let i = Math.max(a, m.end); i < Math.min(b, m.end + 8); i++) {
        // Only the phrase right after the mention's comma: a misparsed "appos" further on
        // ("the Mahdi Army, the militia ..., and to bring the Sunni bloc back") is another actor.
        if (i > m.end + 1 && doc.form[i] === ',') break;
        if (doc.head[i] === h && dep(i) === 'appos') {
          e.titles.add(lower(i));
          if (doc.lemma[i]) e.titles.add(doc.lemma[i].toLowerCase());
          // Its modifiers too ("the Iraqi vice president").
          for (let k = Math.max(a, i - 3); k < i; k++) if (doc.head[k] === i) e.titles.add(lower(k));
        }
      }
    };

    /**
     * Office words after a past-office word in tokens [a, b) ("former prime minister") go to `e.past`;
     * the same office said without one ("Prime Minister Allawi") marks it held again (a `now:` title).
     */
    const pastOffices = (e: Entity, a: number, b: number): void => {
      let past = false;
      for (let i = a; i < b; i++) {
        const l = lower(i);
        // "the late Syrian president Hafez al-Assad", "his late father": dead, and his office a past one. Not "late
        // Tuesday": only after a determiner, with title words or names up to the mention.
        if (l === LATE && i > a && LATE_DETERMINERS.has(lower(i - 1)) && i + 1 < b && lateTitle(i + 1, b)) {
          e.late = true;
          past = true;
        } else if (PAST_OFFICE.has(l)) past = true;
        else if (PERSON_NOUNS.has(l) || TITLE_MODIFIERS.has(l)) {
          // "Gen. X" is later "the general".
          const t = fullTitle(l);
          (past ? (e.past ??= new Set()) : e.titles).add(past ? t : `now:${t}`);
        }
        else if (upos(i) !== 'ADJ') past = false;
      }
    };

    /** Tokens [i, b) are all title words, adjectives or names ("Syrian president Hafez al-Assad"). */
    const lateTitle = (i: number, b: number): boolean => {
      for (let k = i; k < b; k++) {
        const u = upos(k);
        if (!(u === 'ADJ' || u === 'PROPN' || PERSON_NOUNS.has(lower(k)) || TITLE_MODIFIERS.has(lower(k)) || NAME_PARTICLES.has(lower(k)) || doc.form[k] === '-')) return false;
      }
      return true;
    };

    /** The person's name as normalised words: the trailing run of capitalised words. */
    const nameOf = (m: ActorMention): string => {
      const words: string[] = [];
      for (let i = m.end - 1; i >= m.start; i--) {
        const l = lower(i);
        if (NAME_PARTICLES.has(l)) continue;
        if (!cap(doc.form[i]) || PERSON_NOUNS.has(l) || TITLE_MODIFIERS.has(l) || upos(i) === 'ADJ') break;
        words.unshift(l.replace(/^(al|el)-/, ''));
      }
      return words.join(' ');
    };

    const classify = (m: ActorMention): { kind: Kind; plural: boolean } => {
      const { country, chunks } = sectors(m.code, countries);
      // The phrase head, not the parse: a misparse of "Iraqi Prime Minister Nouri al-Maliki" must not hide the name.
      const h = m.head >= m.start && m.head < m.end ? m.head : m.end - 1;
      const hw = lower(h);
      const lemma = (doc.lemma[h] || hw).toLowerCase();
      // A person of the default KB's people files is a person whatever body they serve
      // ("Staffan de Mistura" = IGOUNO): "he" must find the U.N. envoy.
      // Not the people around one ("Sadr's representatives", "Sadr supporters", "the Sadr ministers"): a group of the
      // person's, which "them" can find.
      if (PEOPLE_RULE.test(m.rule)) {
        // "Thousands of followers of Shiite cleric Moqtada al-Sadr" (headed by "followers"): his group, not him.
        const sh = synHead(doc, m);
        const group = (upos(h) === 'NOUN' && plural(h) && PERSON_NOUNS.has(lemma)) || (upos(m.end - 1) === 'NOUN' && plural(m.end - 1)) ||
          (sh < m.end - 2 && upos(sh) === 'NOUN' && plural(sh) && /^(of|to)$/.test(lower(sh + 1)));
        return group ? { kind: 'group', plural: true } : { kind: 'person', plural: false };
      }
      if (country && /^(IGO|NGO|IMG|MNC)$/.test(country)) return { kind: 'org', plural: false };
      // "the police" are many ("Police said they arrested ...", "residents attacked them"), not an "it".
      if (lemma === 'police' && h === m.end - 1) return { kind: 'group', plural: true };
      // "the official news agency IRNA": an organisation noun after any person noun of the phrase.
      let lastOrg = -1;
      let lastPerson = -1;
      for (let i = m.start; i < m.end; i++) {
        const l = lower(i);
        // "the leader of the Awakening council": the head comes before "of".
        if ((l === 'of' || l === 'for') && lastPerson >= 0) break;
        // "Interior Ministry spokesman", "White House spokeswoman": a person of the body named before the head.
        if ((cap(doc.form[i]) && ORG_NAME_WORDS.has(l)) || ORG_SINGLE_NAMES.has(l)) {
          if (i < h && h === m.end - 1 && upos(h) === 'NOUN' && PERSON_NOUNS.has(lemma)) {
            lastOrg = i;
            continue;
          }
          return { kind: 'org', plural: false };
        }
        if (ACRONYM.test(doc.form[i]) && doc.form[i].length >= 3 && m.end - m.start === 1) return { kind: 'org', plural: false };
        if (PERSON_NOUNS.has(l)) lastPerson = i;
        // A lower-case word is no name whatever its tag ("The foreign ministry" tagged PROPN).
        else if (ORG_NOUNS.has(l) && (upos(i) === 'NOUN' || !cap(doc.form[i]))) lastOrg = i;
      }
      if (lastOrg > lastPerson) return { kind: 'org', plural: false };
      // A name from the institution, group or IGO dictionaries with no person noun ("Reuters", "Hamas") is an organisation.
      if (lastPerson < 0 && ORGANISATION_RULE.test(m.rule) && !/ \+ /.test(m.rule) && upos(h) === 'PROPN' && !plural(h)) return { kind: 'org', plural: false };
      if (upos(h) === 'PROPN' || upos(h) === 'X' || (upos(h) === '_' && cap(doc.form[h]))) {
        if (chunks.length === 0) return plural(h) ? { kind: 'group', plural: true } : { kind: 'country', plural: false };
        // A plural name of a people or a community ("Sunni Arabs", "the Kurds", "Shiites") is a group: "she" is none of them.
        return plural(h) && (PERSON_NOUNS.has(lemma) || /s$/i.test(doc.form[h])) ? { kind: 'group', plural: true } : { kind: 'person', plural: false };
      }
      if (chunks.length === 0) return { kind: 'country', plural: false };
      if (PERSON_NOUNS.has(lemma)) return plural(h) ? { kind: 'group', plural: true } : { kind: 'person', plural: false };
      if (ORG_NOUNS.has(lemma) && !plural(h)) return { kind: 'org', plural: false };
      return { kind: 'group', plural: true };
    };

    const newEntity = (m: ActorMention, s: number, person: boolean): Entity => {
      const c = person ? { kind: 'person' as const, plural: false } : classify(m);
      const e: Entity = {
        code: m.code,
        rule: m.rule,
        kind: c.kind,
        plural: c.plural,
        anchor: { start: m.start, end: m.end, sentence: s },
        anchorSize: m.end - m.start,
        name: c.kind === 'person' ? nameOf(m) : '',
        orgName: c.kind === 'org' && m.end - m.start >= 3 ? nameOf(m) : '',
        titles: new Set(),
        acronym: null,
        generic: m.code.startsWith('---'),
        lastSentence: s,
        lastToken: m.end - 1,
        lastSubject: false,
        lastGov: -1,
        lastBackground: false,
        lastQuote: null,
        lastPlural: false,
        lastObject: false,
        heads: new Map(),
        seen: 1,
      };
      if (m.codes) e.codes = m.codes;
      if (m.party) e.party = m.party;
      return e;
    };

    /** An entity already known for a named (not resolved) mention, or a new one. */
    const register = (m: ActorMention, s: number, person = false): Entity => {
      const name = person || classify(m).kind === 'person' ? nameOf(m) : '';
      const last = name.split(' ').pop() ?? '';
      const office = name ? m.code.replace(/ELI$/, 'GOV') : '';
      let found: Entity | undefined;
      for (let k = ents.length - 1; k >= 0 && !found; k--) {
        if (stats) stats.steps++;
        const e = ents[k];
        // "Bush" (USAELI in the people file) after "President George W. Bush" (USAGOV): the same man,
        // whose titles "the president" must still find, when one name ends the other.
        const samePerson = office !== '' && e.kind === 'person' && e.name !== '' && e.code.replace(/ELI$/, 'GOV') === office &&
          (e.name === name || e.name.endsWith(` ${name}`) || name.endsWith(` ${e.name}`));
        if (e.code !== m.code && !samePerson) continue;
        if (name && e.name && (e.name.split(' ').pop() === last)) found = e;
        else if (!name && !e.name && e.rule === m.rule) found = e;
      }
      const e = found ?? newEntity(m, s, person);
      // First named inside a composed mention ("gunmen from Moqtada al-Sadr's Mahdi Army"): its party from a plain one.
      if (m.party && !e.party) e.party = m.party;
      if (found && m.end - m.start > e.anchorSize && name.length >= e.name.length) {
        e.anchor = { start: m.start, end: m.end, sentence: s };
        e.anchorSize = m.end - m.start;
        if (name) e.name = name;
      }
      touch(e, m, s);
      return e;
    };

    /**
     * "the militia of Shiite cleric Moqtada al-Sadr" (one composed mention, headed by
     * "militia"): the person named inside is an actor of its own, with the composed code
     * less the head's agent (IRQREBSHIUAF -> IRQREBSHI).
     */
    /** The person named at the end of a composed mention ("a spokesman for Moqtada al-Sadr"), by the mention's end. */
    const innerAt = new Map<number, Entity>();
    const innerPerson = (m: ActorMention, s: number): void => {
      // ("followers of Shiite cleric Moqtada al-Sadr": the dictionary's head is the name; the phrase's, the group noun.)
      const sh = synHead(doc, m);
      const people = PEOPLE_RULE.test(m.rule) && sh < m.end - 2 && upos(sh) === 'NOUN' && plural(sh);
      const h = people ? sh : m.head;
      if (h >= m.end - 2 || (m.code.length < 9 && !people) || !/^(of|for|to)$/i.test(doc.form[h + 1] ?? '')) return;
      let st = m.end;
      let words = 0;
      for (let i = m.end - 1; i > h + 1; i--) {
        const l = lower(i);
        if (NAME_PARTICLES.has(l)) continue;
        if (!cap(doc.form[i]) || PERSON_NOUNS.has(l) || TITLE_MODIFIERS.has(l) || upos(i) === 'ADJ') break;
        st = i;
        words++;
      }
      if (words < (people ? 1 : 2)) return;
      // Less the head's agent, unless the person's party replaced the code ("a representative of Sadr" = IRQPTYSDR).
      const code = DOMESTIC.has(m.code.slice(-3)) && m.code.length >= 9 ? m.code.slice(0, -3) : m.code;
      // "a spokesman for the Iraqi Accordance Front": an organisation named inside, whose titles ("front") a later
      // "the front" finds; it is no person.
      const org = ORG_NAME_WORDS.has(lower(m.end - 1));
      const pm: ActorMention = { start: st, end: m.end, code, rule: `${m.rule} (the ${org ? 'organisation' : 'person'} in it)`, head: m.end - 1 };
      const pe = register(pm, s, !org);
      if (org) {
        pe.kind = 'org';
        pe.plural = false;
        return;
      }
      for (let i = h + 2; i < st; i++) pe.titles.add(lower(i));
      innerAt.set(m.end, pe);
    };

    /**
     * The best candidate by `f`'s score plus `weight` per sentence back (pronouns: recency
     * matters as much as agreement; titles: fit first, recency breaks ties).
     */
    const recent = (s: number, pos: number, f: (e: Entity) => number | null, maxBack = maxSentences, weight = 4, salient = false): Entity | null => {
      let best: Entity | null = null;
      let bestScore = Infinity;
      for (let k = ents.length - 1; k >= 0; k--) {
        if (stats) stats.steps++;
        const e = ents[k];
        const d = s - e.lastSentence;
        // Entities are ordered by their last mention: nothing older can be in reach.
        if (d > maxBack) break;
        if (d === 0 && e.anchor.sentence === s && e.anchor.start >= pos) continue;
        // The dead act no more: "the late president" is no antecedent of "he" or "the president".
        if (e.late) continue;
        const sc = f(e);
        if (sc === null) continue;
        const total = d * weight + sc;
        // `salient` (a person's title): of two that fit as well, the one the article has named more often ("The vice president
        // also met ..." in a story on Cheney's visit, after Vice President Hashemi was quoted in the same sentence as Cheney).
        if (total < bestScore || (salient && best && total === bestScore && e.seen > best.seen)) {
          bestScore = total;
          best = e;
        }
      }
      return best;
    };

    const resolved = (m: ActorMention, e: Entity, via: Via, code = e.code): ActorMention => {
      const r: ActorMention = { start: m.start, end: m.end, code, rule: `${m.rule ? `${m.rule} -> ` : ''}${via} of ${e.rule}`, head: m.head };
      if (code === e.code && e.codes) r.codes = e.codes;
      if (code === e.code && e.party) r.party = e.party;
      r.resolvedFrom = { ...e.anchor };
      r.via = via;
      if (stats) stats.resolved++;
      return r;
    };

    /** Whether verb `v` of sentence `s` has a subject of its own (a token attached to it as nsubj). */
    const hasOwnSubject = (v: number, s: number): boolean => {
      for (let k = doc.sentStart[s]; k < doc.sentEnd[s]; k++) if (doc.head[k] === v && dep(k).startsWith('nsubj')) return true;
      return false;
    };

    /**
     * Whether object pronoun `i` ("them") has for antecedent the plural object of the verb its own verb is conjoined to
     * or depends on as a participle ("seized weapons and destroyed them", "rejected the charges, calling them lies"),
     * when no actor was matched there: things, not actors.
     */
    const thingsObject = (i: number): boolean => {
      let v = doc.head[i];
      if (v < 0 || !/^(obj|iobj)$/.test(dep(i))) return false;
      if (dep(v) === 'conj' || (dep(v) === 'advcl' && XPOS[doc.xpos[v]] === 'VBG')) v = doc.head[v];
      else return false;
      if (v < 0 || v >= i) return false;
      for (let k = v + 1; k < i && k < v + 12; k++) {
        if (doc.head[k] !== v || dep(k) !== 'obj') continue;
        return upos(k) === 'NOUN' && plural(k) && !QUANTITY_HEADS.has(lower(k)) && !sentenceMentions.some((m) => m.start <= k && k < m.end);
      }
      return false;
    };

    const pronounEntity = (i: number, s: number, owned = false): Entity | null => {
      // s17-actors: the owner of a thing acted on ("struck their positions") is bound as an object pronoun is ("struck
      // them"): not the clause's own subject.
      const info0 = pronounInfo(i);
      const info = owned && info0 ? { ...info0, possessive: false } : info0;
      if (!info || (upos(i) !== 'PRON' && upos(i) !== 'DET' && upos(i) !== '_') || dep(i) === 'expl') return null;
      const gov = doc.head[i];
      // Verbs of the pronoun's own clause: their subjects cannot be a non-possessive pronoun
      // inside it ("Bush met Maliki and praised him", "pledged to cancel the debts of ... them").
      const clause: number[] = [];
      // A subject pronoun has a verb of its own: "Gates flew to Ankara, where he was expected ..." (misparsed
      // as two conjoined verbs) may be Gates; only an object is bound by the clause's subject.
      if (!info.possessive && !dep(i).startsWith('nsubj')) {
        for (let k = i, n = 0; k >= 0 && n < 12; n++) {
          const h = doc.head[k];
          if (h < 0 || CLAUSE_BOUNDARY.has(dep(k))) {
            // "Police fired tear gas to disperse them": a purpose infinitive with no subject of its own is the main
            // verb's subject's act; that subject is no object of it (s14-discourse).
            // "Residents pelted police with stones, accusing them of ...": a participle alike.
            if (h >= 0 && dep(k) === 'advcl' && upos(k) === 'VERB' && k > 0 && (lower(k - 1) === 'to' || XPOS[doc.xpos[k]] === 'VBG') && !hasOwnSubject(k, s)) clause.push(h);
            break;
          }
          clause.push(h);
          // "Kurdish troops make up much of the force, and Sunni leaders accuse them": a conjoined verb with a subject of
          // its own is a clause of its own; the first verb's subject may be its object.
          if (dep(h) === 'conj' && hasOwnSubject(h, s)) break;
          k = h;
        }
      }
      // "urged Maliki to help him", "fought al Qaeda beside them" (misparsed as a verb): the object of the
      // verb that controls the pronoun's infinitive is not the pronoun.
      const controllers: number[] = [];
      if (!info.possessive && !dep(i).startsWith('nsubj')) {
        for (let v = gov, n = 0; v >= 0 && n < 4 && dep(v) === 'xcomp'; n++) {
          v = doc.head[v];
          if (v >= 0) controllers.push(v);
        }
      }
      // "Talabani, who visited Tehran, phoned the Iranian leader and asked him ...": coordinated verbs share
      // the first one's subject (a relative "who" stands for the noun before it), whatever the parse made
      // of the first verb; that subject is not their object pronoun.
      let shared: Entity | undefined;
      // The first conjunct's verb: its object ("Bush had spoken with Maliki and had assured him") is the one
      // the pronoun means, before the subject of a reporting clause above ("Perino said ...").
      let firstConjunct = -1;
      if (!info.possessive && !dep(i).startsWith('nsubj') && gov >= 0 && dep(gov) === 'conj' && subjectOf(gov, s) < 0) {
        let v = gov;
        for (let n = 0; n < 6 && v >= 0 && dep(v) === 'conj'; n++) v = doc.head[v];
        firstConjunct = v;
        let k = v >= 0 ? subjectOf(v, s) : -1;
        if (k >= 0 && /^(who|which|that)$/.test(lower(k))) {
          k--;
          if (k >= doc.sentStart[s] && doc.form[k] === ',') k--;
        }
        if (k >= doc.sentStart[s]) shared = curTok.get(k);
      }
      const agrees = (e: Entity): boolean =>
        info.person === true ? e.kind === 'person' && !e.plural : info.person === false ? e.kind !== 'person' && !e.plural : e.plural || e.kind === 'org';
      // "The U.S. military said ... the convoy had been attacked by militants and that its troops had killed ...":
      // a possessive in the subject of a reported clause is the reporter's.
      if (info.possessive && gov >= 0 && dep(gov).startsWith('nsubj')) {
        let v = doc.head[gov];
        for (let n = 0; n < 4 && v >= 0 && dep(v) === 'conj'; n++) v = doc.head[v];
        if (v >= 0 && dep(v) === 'ccomp') {
          const g = doc.head[v];
          // The reporter's subject comes shortly before its clause (a window: bounded work in 5,000-word sentences).
          for (let k = Math.max(doc.sentStart[s], i - REPORTER_WINDOW); k < i && g >= 0; k++) {
            if (doc.head[k] !== g || !dep(k).startsWith('nsubj')) continue;
            const e = curTok.get(k);
            if (e && agrees(e)) return e;
            break;
          }
        }
      }
      // ", his office said" closing the sentence is an attribution too.
      let attribution = info.possessive && i > doc.sentStart[s] && doc.form[i - 1] === ',' && i + 2 < doc.sentEnd[s] && /^(said|says|added|announced|reported)$/.test(lower(i + 2));
      for (let k = i - 1; info.possessive && k > doc.sentStart[s] && k >= i - 6 && !attribution; k--) attribution = lower(k - 1) === 'according' && lower(k) === 'to';
      // '"We expect him to act," Rice said': a third person inside a quotation is not its speaker.
      const q = quoteOf(i);
      const speaker = q && q.speaker >= 0 ? q.speaker : -1;
      const speakerWord = speaker > i ? lower(speaker).replace(/^(al|el)-/, '') : '';
      return recent(s, i, (e) => {
        if (e.lastSentence === s && e.lastToken >= i) return null;
        if (speaker >= 0 && (entAt.get(speaker) === e || (speakerWord && (e.name.split(' ').includes(speakerWord) || e.titles.has(speakerWord))))) return null;
        // An object pronoun of the same gender said before in the sentence names the same one ("Crocker told him that
        // Washington would not stand by him", "His critics accuse him"): before the sentence's subject.
        const chain = !info.possessive && !dep(i).startsWith('nsubj') && e.lastSentence === s && !!e.lastPronoun && sameGender(e.lastPronoun, lower(i));
        // The group the possessor named had the role ("His critics accuse him"), not the possessor.
        const bound = !(chain && e.lastGroup);
        if (bound && !info.possessive && e.lastSentence === s && e.lastGov === gov && gov >= 0) return null;
        if (bound && e.lastSentence === s && e.lastSubject && clause.includes(e.lastGov)) return null;
        if (e.lastSentence === s && e.lastObject && controllers.includes(e.lastGov)) return null;
        if (e === shared) return null;
        // A possessive takes the nearest actor of its own sentence ("help Libya build its army"), but in an
        // attribution ("..., according to a statement from his office") the subject whose words they are.
        let sc = info.possessive && e.lastSentence === s ? (attribution && !e.lastSubject ? 1 : 0) : e.lastSubject ? 0 : 2;
        // "phoned Maliki after Rice's visit and urged him": the possessor of a time or
        // circumstance phrase is background, behind the object of the clause.
        if (!info.possessive && e.lastBackground) sc += 1;
        if (firstConjunct >= 0 && e.lastSentence === s && !e.lastSubject && e.lastGov === firstConjunct && !e.lastBackground) sc -= 2;
        if (chain) sc -= 2;
        // Someone named inside another quotation is behind the people quoted ('"The prime minister knows
        // what to do," Rice said. She ...': Rice).
        if (e.lastQuote && e.lastQuote !== q) sc += 1;
        // A named actor before a generic role ("an embassy official said").
        // (Not a subject of this sentence: "They said the police acted in self-defense after residents attacked them".)
        // s18-discourse: not for "they" and a plural group ("most Sunni Arabs boycotted ..., a decision that left them"): a
        // people or a crowd is named by a generic noun. (A possessive of the same sentence still takes the named group:
        // "The Sadrists called for a debate on foreign contractors, and their spokesman ...".)
        const crowd = info.plural && info.person === null && e.plural && !(info.possessive && e.lastSentence === s);
        if ((e.generic || e.code.startsWith('---') || guessedCountry(e.rule)) && !e.name && !(e.lastSentence === s && e.lastSubject && !info.possessive) && !crowd) sc += 3;
        // Ties: in the same sentence the nearest; before it, the earlier mention of its
        // sentence (subjects come first in news prose).
        sc += Math.min(0.9, (e.lastSentence === s ? i - e.lastToken : e.lastToken - doc.sentStart[e.lastSentence]) / 100);
        if (info.person === true) {
          if (e.kind !== 'person' || e.plural) return null;
        } else if (info.person === false) {
          if (e.kind === 'person' || e.plural) return null;
        } else if (!e.plural) {
          // "Amiri warned that his fighters would defend their offices if they were attacked": the plural group a person
          // was last named by in this sentence, before any organisation.
          if (e.kind === 'person' && e.lastGroupCode && e.lastSentence === s) return sc;
          if (e.kind !== 'org') return null;
          sc += 1;
        }
        return sc;
      });
    };

    /** The subject token of verb `v` in sentence `s` (a bounded window before it), else -1. */
    const subjectOf = (v: number, s: number): number => {
      for (let k = v - 1, n = 0; k >= doc.sentStart[s] && n < 40; k--, n++) if (doc.head[k] === v && dep(k).startsWith('nsubj')) return k;
      return -1;
    };

    /**
     * The subject before a pronoun `i` of the clause that reports the pronoun's clause
     * ("Both sides said they hoped ...": "sides"), a noun, else -1.
     */
    const matrixSubject = (i: number): number => {
      const v = doc.head[i];
      if (v < 0 || dep(v) !== 'ccomp') return -1;
      const g = doc.head[v];
      if (g < 0) return -1;
      for (let k = i - 1, n = 0; k >= doc.sentStart[doc.sentenceOf(i)] && n < 40; k--, n++) {
        if (doc.head[k] === g && dep(k).startsWith('nsubj')) return upos(k) === 'NOUN' || upos(k) === 'PROPN' ? k : -1;
      }
      return -1;
    };

    /** Whether verb `v` heads its sentence's main clause (the root, or a verb conjoined to it). */
    const mainClause = (v: number): boolean => {
      for (let n = 0; v >= 0 && n < 8; n++) {
        const d = dep(v);
        if (d === 'root' || doc.head[v] < 0) return true;
        if (d !== 'conj') return false;
        v = doc.head[v];
      }
      return false;
    };

    /** Verbs of the clause of token `i` (up to a clause boundary): their subjects are no antecedent of a pronoun there. */
    const clauseVerbs = (i: number): number[] => {
      const clause: number[] = [];
      for (let k = i, n = 0; k >= 0 && n < 12; n++) {
        const h = doc.head[k];
        if (h < 0 || CLAUSE_BOUNDARY.has(dep(k))) break;
        clause.push(h);
        k = h;
      }
      return clause;
    };

    /** The dateline's country, when the caller told the matcher the document's dateline. */
    const datelineCountry = (d: Doc, day: DayNumber | undefined): string | string[] | null => {
      const dl = datelines.get(d);
      if (!dl) return null;
      const text = dl.split(/[,(–—]|\s-(?:\s|$)/)[0].replace(/[\s\-:.]+$/, '').trim();
      if (!text || text.length > 60) return null;
      const countryOf = (place: string): string | null => {
        const words = place.split(/\s+/).map((w) => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w));
        for (const m of base.match(Doc.fromWords([words]), 0, day)) {
          const c = sectors(m.code, countries).country;
          if (c && !NOT_A_COUNTRY.has(c)) return c;
        }
        return null;
      };
      // "WASHINGTON/BAGHDAD": filed from two places, both candidates for the home (home.ts).
      const places = text.split(/\s*\/\s*/).filter((p) => p.length > 0);
      if (places.length < 2) return countryOf(text);
      const found = [...new Set(places.map(countryOf).filter((c): c is string => c !== null))];
      return found.length > 1 ? found : (found[0] ?? null);
    };

    /** A code of a non-state actor of a known country ("IRQUAFSUN", "IRQPTYSDR"), not a state body nor a bare country. */
    const nonStateCode = (code: string): boolean => {
      const c = sectors(code, countries).chunks;
      return c.length > 0 && !STATE_SECTORS.has(c[0]) && !code.startsWith('---');
    };

    /** An armed non-state group named by its name (a groups-file entry, not "Iraqi militants"): an armed code or an IMG one. */
    const namedArmedGroup = (x: Entity): boolean => {
      if (x.kind === 'person' || !GROUPS_RULE.test(x.rule)) return false;
      const { country, chunks } = sectors(x.code, countries);
      // Not a militia on the state's side or a tribal force (UAF: "the Anbar Awakening council"): the militants are its enemy.
      return country === 'IMG' || (chunks.length > 0 && ARMED_SECTORS.has(chunks[0]) && chunks[0] !== 'UAF');
    };

    const groupCode = (p: Entity, agent: string | null): string => {
      const { country, chunks } = sectors(p.code, countries);
      const nonState = chunks.length > 0 && !STATE_SECTORS.has(chunks[0]);
      // The office, bloc, lawmakers or spokesman of a leader with a political side act for
      // that party ("Sadr's 30 lawmakers" = IRQPTYSDR while Sadr leads the Mahdi Army).
      if (p.party && agent !== null && POLITICAL_AGENTS.has(agent)) return p.party;
      // A non-state actor's militia, supporters or leader is that actor ("Sadr's militia" = IRQREBSHI).
      if (nonState) return p.code;
      // A government figure's office, aides or spokesman speak for that figure ("Barzani's office" = IRQGOVKUR).
      if (agent === 'GOV' && chunks[0] === 'GOV') return p.code;
      // A police chief's men or forces are police ("his men had arrested four people" = IRQCOP), not the army.
      if (agent === 'MIL' && chunks[0] === 'COP') return `${country ?? '---'}COP`;
      return (country ?? '---') + (agent ?? 'PTY');
    };

    /** The entity owning the noun phrase starting at `start` ("his militia", "Sadr's supporters"). */
    const possessor = (start: number, s: number, byEnd: Map<number, Entity>, consumed: Set<number>): Entity | null => {
      const s0 = doc.sentStart[s];
      let j = start - 1;
      // Up to two adjectives or numbers between ("his 300 fighters", "the cleric's 30 lawmakers").
      for (let n = 0; n < 2 && j >= s0 && (upos(j) === 'ADJ' || upos(j) === 'NUM'); n++) j--;
      if (j < s0) return null;
      if (/^['\u2019]s?$/.test(doc.form[j]) && byEnd.has(j)) return byEnd.get(j)!;
      // s17-actors: "Iran, whose own forces have shelled ...", "the Turkish minister, whose government ...": the
      // relative possessive stands for the actor named just before its comma, as "its"/"his" would.
      const w = whosePossessorOf(doc, j, s0, byEnd);
      if (w) return w;
      if (pronounInfo(j)?.possessive) {
        const e = pronounEntity(j, s);
        if (e) consumed.add(j);
        return e;
      }
      return null;
    };

    /** The organisation named by a possessive inside a mention ("the council's leader" -> the council). */
    const innerPossessor = (m: ActorMention, s: number): Entity | null => {
      for (let j = m.start + 1; j < m.end; j++) {
        if (!/^['\u2019]s?$/.test(doc.form[j])) continue;
        const w = definiteWords(m.start, j - 1, s);
        const l = (doc.lemma[j - 1] || lower(j - 1)).toLowerCase();
        if (w && ORG_NOUNS.has(l)) return titleEntity(w, l, null, s, m.start, -1);
        // "the cleric's militia": the person called so.
        if (w && PERSON_NOUNS.has(l)) return titleEntity(w, l, null, s, m.start, -1);
        return null;
      }
      return null;
    };

    /** Words of a definite noun phrase ending at `h`, "the" excluded, or null when not definite. */
    const definiteWords = (start: number, h: number, s: number): string[] | null => {
      const s0 = doc.sentStart[s];
      let j = start;
      // A compound of a name ("the Qatar-based network", "the U.S.-backed council") is one modifier, written in three tokens.
      const nameCompound = (k: number): boolean =>
        doc.form[k] === '-'
          ? k > s0 && cap(doc.form[k - 1])
          : (k + 1 < doc.sentEnd[s] && doc.form[k + 1] === '-' && cap(doc.form[k])) || (k > s0 + 1 && doc.form[k - 1] === '-' && cap(doc.form[k - 2]));
      while (j > s0 && j > start - 3 && lower(j - 1) !== 'the' && (upos(j - 1) === 'ADJ' || upos(j - 1) === 'NOUN' || nameCompound(j - 1))) j--;
      if (j <= s0 || lower(j - 1) !== 'the') return null;
      const w: string[] = [];
      for (let i = j; i <= h; i++) {
        const l = lower(i);
        // "Qatar-based": the whole compound says whose, not what.
        if (i < h && nameCompound(i)) continue;
        // A country or name word ("the Iraqi leader") is checked through the code, not as a title.
        if (cap(doc.form[i]) && (upos(i) === 'ADJ' || upos(i) === 'PROPN') && !PERSON_NOUNS.has(l) && !TITLE_MODIFIERS.has(l)) continue;
        w.push(l);
      }
      return w;
    };

    /** Nouns of a cleric, and religions a movement's code may carry (IRQREBSHI). */
    const CLERIC_NOUNS: ReadonlySet<string> = new Set(['cleric', 'imam', 'ayatollah', 'preacher']);
    const RELIGIONS: ReadonlySet<string> = new Set(['SHI', 'SUN', 'MOS']);
    /** The lemma of the last word of an entity's first mention ("delegation" of "A delegation"). */
    const anchorHead = (e: Entity): string => (doc.lemma[e.anchor.end - 1] || lower(e.anchor.end - 1)).toLowerCase();
    /** Whether an entity's first mention names a possessor before its head ("Maliki's government"). */
    const possessed = (e: Entity): boolean => {
      for (let i = e.anchor.start + 1; i < e.anchor.end - 1; i++) if (/^['\u2019]s?$/.test(doc.form[i])) return true;
      return false;
    };
    /** The current sentence's mentions resolved so far (set per sentence below; read by titleEntity). */
    let sentenceMentions: readonly ActorMention[] = [];
    /**
     * The country of a party, armed group or community acting earlier in the sentence ("the Sunni bloc pulled its
     * ministers out of the cabinet", "the Kurdish parties urged the government"): such sides act in their own
     * country's state bodies. Null when none or several countries.
     */
    const sideCountryBefore = (pos: number): string | null => {
      let found: string | null = null;
      for (const x of sentenceMentions) {
        if (x.start >= pos) break;
        const { country, chunks } = sectors(x.code, countries);
        if (!country || NOT_A_COUNTRY.has(country)) continue;
        if (!(chunks.length === 0 ? false : NON_STATE_SIDES.has(chunks[0]) || chunks.every((c) => IDENTITY_CODES.has(c)))) continue;
        if (found && found !== country) return null;
        found = country;
      }
      return found;
    };
    /** A named person's nationality: the country of the code the knowledge base gives him undated (Brahimi: DZAELI), or null. */
    const nationality = new Map<Entity, string | null>();
    const nationalityOf = (e: Entity): string | null => {
      let c = nationality.get(e);
      if (c === undefined) {
        c = opts.nationality ? opts.nationality(e.rule) : null;
        nationality.set(e, c);
      }
      return c;
    };
    /**
     * "the Dutch diplomat" after "the U.N. special representative, Jeanine Hennis-Plasschaert": the person in an
     * international post (IGO, NGO) named within {@link maxSentences} whose nationality is `country`, else null.
     */
    const nationalOf = (country: string, s: number, pos: number): Entity | null =>
      recent(s, pos, (e) => (e.kind === 'person' && !e.plural && e.name && /^(IGO|NGO)/.test(e.code) && nationalityOf(e) === country ? 0 : null));
    const titleEntity = (words: string[], headLemma: string, code: string | null, s: number, pos: number, gov: number): Entity | null => {
      // "the government" said bare: the country of a party or group acting before it in the sentence.
      // Else the article's home: "the cabinet" is no foreign embassy or administration named last.
      const side = !(code && sectors(code, countries).country) && HOME_BODIES.has(headLemma) ? sideCountryBefore(pos) : null;
      const person = PERSON_NOUNS.has(headLemma);
      const want = code ? sectors(code, countries) : { country: null, chunks: [] as string[] };
      const mods = words.filter((w) => TITLE_MODIFIERS.has(w));
      // Nouns that say what kind of body or office it is ("the occupation authority", "the election commission"):
      // an antecedent found by its sector alone must have been called so.
      const kinds: string[] = [];
      if (!person) {
        const s0 = doc.sentStart[s];
        const s1 = doc.sentEnd[s];
        for (let k = Math.max(s0, pos - 3); k < Math.min(s1, pos + 6); k++) {
          const w = lower(k);
          if (w !== words[words.length - 1] && words.includes(w) && upos(k) === 'NOUN' && !cap(doc.form[k]) && !TITLE_MODIFIERS.has(w) && !PERSON_NOUNS.has(w)) kinds.push(w);
        }
      }
      const generic = GENERIC_ORG_NOUNS.has(headLemma);
      const political = POLITICAL_GROUP_NOUNS.has(headLemma);
      const stateBody = INSTITUTION_NOUNS.has(headLemma) && want.chunks.length > 0 && STATE_SECTORS.has(want.chunks[0]);
      // "the alliance": the body last called an alliance, before one mentioned since by another word ("the Shiite
      // alliance ... the Kurds" -> the Shiite one): the sentences since its head noun was said count as distance.
      const byHead = (e: Entity): number => {
        const seen = e.heads.get(headLemma);
        return seen === undefined ? 0 : Math.max(0, e.lastSentence - seen) * 0.04;
      };
      // A body the article has called by this noun alone at least twice ("the council ... the council").
      const bareTopic = !person && words.length === 1 && ents.some((e) => (e.bare?.get(headLemma) ?? 0) >= 2);
      return recent(s, pos, (e) => {
        // "the administration": one called so before ("the Bush administration"), else the U.S. government, whose
        // executive English news calls so; never another country's government named last.
        if (headLemma === ADMINISTRATION && !hasTitle(e, ADMINISTRATION) && !e.code.startsWith(ADMINISTRATION_COUNTRY)) return null;
        // "the government" in an Iraqi story is Baghdad's, not "the Bush administration" named last: a foreign
        // body is "the government" only when the article called it so.
        // "the authorities" alike: a foreign ministry named last ("the State Department") is not the home's authorities.
        // (A non-state side of the sentence says whose: "the Accordance Front pulled its ministers out of the cabinet" in a
        // story filed from Damascus is Baghdad's cabinet.)
        if (HOME_GOVERNMENT_NOUNS.has(headLemma) && want.country === null && home.home && !hasTitle(e, headLemma) && !e.code.startsWith(home.home) && !(side && e.code.startsWith(side))) return null;
        // "Issawi quit the cabinet" after "The U.S. Embassy called for calm": a state's own body is no foreign mission.
        if (HOME_BODIES.has(headLemma) && !hasTitle(e, headLemma) && (hasTitle(e, 'embassy') || hasTitle(e, 'consulate'))) return null;
        // "the network", "the station" after "Al-Jazeera": the news organisation named last, whatever it was called.
        if (MEDIA_NOUNS.has(headLemma) && words.length === 1) return e.kind === 'org' && sectors(e.code, countries).chunks.includes('MED') ? 1 : null;
        // "the movement", "the front": a political group, never a state body ("the movement's followers" are not the
        // police); with no such organisation in reach, the party of a non-state leader ("the cleric's movement").
        if (political) {
          const c0 = sectors(e.code, countries).chunks[0];
          if (c0 === undefined || STATE_SECTORS.has(c0)) return null;
        }
        if (want.country && !e.code.startsWith(want.country)) return null;
        const { chunks: own } = sectors(e.code, countries);
        // "the group", "the organization": a non-state body (an armed or exile group, a party, an NGO or IGO), never a
        // state's government, police or army ("police beat the residents ... The group carried out bombings" is not the
        // police), unless the article called that body so (s14-discourse).
        if (NON_STATE_ORG_NOUNS.has(headLemma) && own.length > 0 && STATE_SECTORS.has(own[0]) && !hasTitle(e, headLemma)) return null;
        // "the regional government", "the regional authorities": a region's government (IRQGOVKUR), never the state's.
        if (!person && words.includes('regional') && !hasTitle(e, 'regional') && !hasTitle(e, 'region') && !own.some((c) => IDENTITY_CODES.has(c))) return null;
        // "the group": a non-state body (the exiles' movement, a militia, a rights group), never the police, a government
        // or the U.N. named since, unless that body was called so.
        if (headLemma === 'group' && ((own.length > 0 && STATE_SECTORS.has(own[0])) || e.code.startsWith('IGO')) && !hasTitle(e, headLemma)) return null;
        // A head of government coded as the elite (IRQELI) holds a government office too ("the Iraqi leader" = IRQGOV).
        const chunks = own.includes('ELI') && !own.includes('GOV') ? [...own, 'GOV'] : own;
        // "the cleric" after "Moqtada al-Sadr" (IRQREBSHI, with a party): the leader of a religious movement is one,
        // though the dictionaries code him by his movement.
        // "the Iraqi leader" (IRQGOV) is no leader of an Iraqi party.
        if (want.country && want.chunks.length > 0 && !want.chunks.every((c) => chunks.includes(c))) return null;
        // A religion or ethnicity said of the title is the candidate's too ("the Sunni Arab bloc" is no Shiite militia).
        for (const c of want.chunks) if (IDENTITY_CODES.has(c) && !chunks.includes(c)) return null;
        // "the cleric" after "Moqtada al-Sadr" (IRQREBSHI, with a party): the leader of a religious armed movement is
        // one, though the dictionaries code him by his movement.
        const armedReligious = ['REB', 'UAF', 'INS'].includes(chunks[0]) && chunks.some((c) => RELIGIONS.has(c));
        if (person && CLERIC_NOUNS.has(headLemma) && e.kind === 'person' && (e.party !== undefined || armedReligious)) {
          if (![...e.titles].some((t) => PERSON_NOUNS.has(t))) return 2;
        }
        // The party of a political or armed non-state leader named just before ("a representative of cleric X said
        // the movement's followers ..."), behind an organisation called so.
        if (political && e.kind === 'person' && !e.plural && (e.party || LEADER_SECTORS.has(chunks[0]))) {
          const d = s - e.lastSentence;
          return d <= 1 ? 1.5 : d <= maxSentences ? 3 : null;
        }
        // The same noun said again of a body named by it alone ("A delegation of Shiite politicians flew ... The
        // delegation asked ..."), whatever kind the first mention was taken for.
        if (!person && e.kind === 'group' && words.length > 0 && words.every((w) => hasTitle(e, w)) && anchorHead(e) === headLemma) return byHead(e);
        // "Maliki's government" (one mention, taken for Maliki) is "the government" later: the body its own head noun
        // names, of the sector the noun wants.
        if (!person && ORG_NOUNS.has(headLemma) && e.kind === 'person' && e.anchorSize > 2 && anchorHead(e) === headLemma && want.chunks.length > 0 && want.chunks.every((c) => chunks.includes(c)) && possessed(e)) return 2;
        // "Sweden's foreign minister, Tobias Billstrom, condemned ... The ministry summoned ...": the ministry of a minister
        // named in this sentence or the last, before another ministry named further back (s14-discourse).
        if (!person && headLemma === MINISTRY && e.kind === 'person' && !e.plural && e.titles.has(MINISTER) && s - e.lastSentence <= 1 &&
          words.every((w) => w === MINISTRY || hasTitle(e, w))) return 0;
        // Organisation nouns name organisations ("the ministry" is no group of leaders).
        if (person ? e.kind !== 'person' : e.kind !== 'org') return null;
        // A state institution is no militia called so ("the army" after "the Mahdi Army").
        if (stateBody && !chunks.some((c) => STATE_SECTORS.has(c)) && !/^(IGO|NGO)/.test(e.code)) return null;
        // "the cabinet", "the federal ministry" after "the Kurdish regional government" (IRQGOVKUR): the state's own
        // body, not a region's or a community's, unless the words were said of that one.
        if (stateBody && chunks.some((c) => IDENTITY_CODES.has(c)) && !want.chunks.some((c) => IDENTITY_CODES.has(c)) && !words.every((w) => hasTitle(e, w))) return null;
        if (e.anchor.sentence === s && e.anchor.start === pos) return null;
        // "Khalilzad told the prime minister": not an argument of the same verb.
        if (e.lastSentence === s && e.lastGov === gov && gov >= 0) return null;
        // A person known by another office is not this one ("the ambassador" is not "the minister").
        if (person && !GENERIC_PERSON_NOUNS.has(headLemma) && !hasTitle(e, headLemma)) {
          for (const t of e.titles) if (PERSON_NOUNS.has(t) && !GENERIC_PERSON_NOUNS.has(t)) return null;
        }
        // "the prime minister" is no nameless "court official" or "senior official" named since: a generic role is
        // another person than the holder of a state office.
        if (person && STATE_OFFICES.has(headLemma) && !e.name && !hasTitle(e, headLemma) && [...e.titles].some((t) => GENERIC_PERSON_NOUNS.has(t))) return null;
        // A state office ("the president") is no opposition or party figure that was only called "leader".
        if (person && STATE_OFFICES.has(headLemma) && !e.titles.has(headLemma) && chunks.length > 0 && !STATE_SECTORS.has(chunks[0])) return null;
        // "the prime minister" is whoever holds the office now, not one the article called its former holder
        // ("former prime minister Iyad Allawi rejected ... the prime minister's bid"), unless said so again.
        if (person && e.past?.has(headLemma) && !e.titles.has(`now:${headLemma}`) && !words.some((w) => PAST_OFFICE.has(w))) return null;
        // Strong: every word of the title was said of it ("the cleric" after "cleric Moqtada al-Sadr").
        // A generic noun ("the bloc", "the coalition") said of a body long ago fades: any party is a bloc, and the
        // one the story is on now ("Iraqiya's leaders threatened ... a spokeswoman for the bloc") is nearer.
        // "the council" after "the U.N. Security Council" named once in a story on the Governing Council, which it
        // has been calling "the council": the body named in passing yields to the one the article keeps calling so.
        if (words.length > 0 && words.every((w) => hasTitle(e, w))) {
          if (person) return 0;
          const passing = bareTopic && !e.bare?.has(headLemma) ? BARE_NOUN_FADE : 0;
          return byHead(e) + passing + (generic ? GENERIC_FADE * (s - (e.heads.get(headLemma) ?? e.anchor.sentence)) : 0);
        }
        // "the group" again: the body the article has been calling so ("the People's Mujahedin ... According to the group ...
        // The group carried out ..."), before an organisation named since under its own name only (s14-discourse).
        if (NON_STATE_ORG_NOUNS.has(headLemma) && words.length === 1 && e.kind === 'org' && e.heads.has(headLemma)) return Math.min(2, byHead(e) + GENERIC_FADE * (s - e.heads.get(headLemma)!));
        // A plain title ("the Iraqi leader") is the head of the office, not a deputy or a minister of something.
        let sub = 0;
        if (mods.length === 0) for (const t of e.titles) if (TITLE_MODIFIERS.has(t) && t !== 'prime' && t !== 'supreme') sub = 1;
        if (mods.some((m) => m !== 'prime' && !e.titles.has(m))) return null;
        if (kinds.some((w) => !e.titles.has(w))) return null;
        // A named actor before one known by a role only ("the Iraqi leader" is Maliki, not "an ambassador").
        if (e.generic && !e.name) sub += 1;
        // "the prime minister": whoever holds a government office by the KB's dates (Maliki, IRQGOV in 2014) before
        // an elite the KB knows in no office then (Abadi, IRQELI, named since).
        if (person && STATE_OFFICES.has(headLemma) && own.includes('ELI') && !own.includes('GOV')) sub += 0.5;
        // "the government" is no "Police officials" (COPGOV) named before: a body noun of a state sector wants a body
        // led by that sector, not one of another state sector that merely includes it.
        if (!person && want.chunks.length > 0 && STATE_SECTORS.has(want.chunks[0]) && own.length > 0 && STATE_SECTORS.has(own[0]) && !want.chunks.includes(own[0])) return null;
        // "the government" is no party's or movement's office ("an official in Sadr's office", IRQPTYSDRGOV): a body noun of a
        // state sector is no non-state side's organ that only ends in that sector (s13-discourse).
        if (!person && want.chunks.length > 0 && STATE_SECTORS.has(want.chunks[0]) && own.length > 0 && NON_STATE_SIDES.has(own[0])) return null;
        if (want.chunks.length > 0 && want.chunks.every((c) => chunks.includes(c))) {
          // "the Kurdish parties urged the government": the parties' country's, not another country's government
          // named last ("the Bush administration").
          const ec = side ? sectors(e.code, countries).country : null;
          if (side && ec && ec !== side) return null;
          return 2 + sub;
        }
        // "the main Sunni Arab bloc" (---PTYSUN) is no militia (---UAF): a generic noun with a sector wants it.
        // International organisations are blocs too ("the bloc's decision" = the EU).
        if (generic && want.chunks.length > 0 && chunks.length > 0 && !/^(IGO|NGO)/.test(e.code) && !want.chunks.some((c) => chunks.includes(c))) return null;
        if (generic && e.kind === 'org') return 2 + sub;
        return null;
      }, maxTitleSentences, 0.04, person);
    };

    /**
     * "Shaibani" after "Sheikh Ahmed al-Shaibani": a lone surname that the people files give to
     * another bearer is the article's own person of that surname (named in full before, coded from
     * context), not the dictionary's.
     */
    const surnameBearer = (m: ActorMention): Entity | null => {
      if (!PEOPLE_RULE.test(m.rule) || m.rule.includes(' + ') || m.end - m.start > 3) return null;
      const name = nameOf(m);
      if (!name || name.includes(' ')) return null;
      for (let k = ents.length - 1; k >= 0; k--) {
        if (stats) stats.steps++;
        const e = ents[k];
        if (e.kind !== 'person' || !e.name.endsWith(` ${name}`)) continue;
        if (e.code === m.code) return null;
        return PEOPLE_RULE.test(e.rule) && !e.rule.includes('unknown name') ? null : e;
      }
      return null;
    };

    /** Short names: the last word(s) of an earlier multi-word name. Returns [entity, end]. */
    /** The family name of a person whose name ends as Korean names do ("Ban Ki-moon", tokens Ban Ki - moon), lower case, or null. */
    const koreanFamily = (e: Entity): string | null => {
      const z = e.anchor.end;
      if (z - 4 < e.anchor.start || doc.form[z - 2] !== '-' || !/^\p{Ll}+$/u.test(doc.form[z - 1])) return null;
      return cap(doc.form[z - 4]) && /^\p{Lu}\p{Ll}+$/u.test(doc.form[z - 3]) ? lower(z - 4) : null;
    };

    const shortName = (i: number, s: number, free: (k: number) => boolean): [Entity, number] | null => {
      const b = doc.sentEnd[s];
      const words: string[] = [];
      const ends: number[] = [];
      for (let k = i; k < b && k < i + MAX_NAME_RUN && free(k); k++) {
        const l = lower(k);
        if (NAME_PARTICLES.has(l)) continue;
        if (!cap(doc.form[k]) || NOT_NAME_WORDS.has(l)) break;
        words.push(l.replace(/^(al|el)-/, ''));
        ends.push(k + 1);
      }
      for (let n = words.length; n >= 1; n--) {
        const key = words.slice(0, n).join(' ');
        for (let k = ents.length - 1; k >= 0; k--) {
          if (stats) stats.steps++;
          const e = ents[k];
          if (e.name && (e.name === key || e.name.endsWith(` ${key}`)) && e.name.includes(' ')) return [e, ends[n - 1]];
          // "Ban" after "Ban Ki-moon": a Korean name gives the family name first, the given name after it hyphenated in
          // lower case ("Ki-moon", "Jong-un"; not "Hennis-Plasschaert").
          if (n === 1 && e.kind === 'person' && koreanFamily(e) === key) return [e, ends[0]];
          // "the Accord Front" after "the Iraqi Accord Front": an organisation's name without its country, two words at least.
          if (n >= 2 && e.orgName === key) return [e, ends[n - 1]];
        }
      }
      return null;
    };

    const acronymEntity = (f: string): Entity | null => {
      for (let k = ents.length - 1; k >= 0; k--) {
        if (stats) stats.steps++;
        if (ents[k].acronym === f) return ents[k];
      }
      return null;
    };

    /** The organisation called by word `w` whose code the composed code `code` extends (IRQPTYIQY of IRQPTYIQYGOV), or null. */
    const namedOrg = (w: string, code: string): Entity | null => {
      for (let k = ents.length - 1; k >= 0; k--) {
        if (stats) stats.steps++;
        const e = ents[k];
        if (e.kind === 'org' && code.startsWith(e.code) && code !== e.code && e.titles.has(w)) return e;
      }
      return null;
    };

    const stemEntity = (stem: string): Entity | null => {
      for (let k = ents.length - 1; k >= 0; k--) {
        if (stats) stats.steps++;
        const e = ents[k];
        if (e.name && e.name.split(' ').pop() === stem) return e;
      }
      return null;
    };

    /**
     * Coordinated subjects before token `before` ("Britain and France said they ..."):
     * their distinct codes and span, or null. Only a coordination whose first member
     * is a subject counts.
     */
    const coordinated = (ms: readonly ActorMention[], before: number, subjects = true): { codes: string[]; rule: string; from: NonNullable<ActorMention['resolvedFrom']> } | null => {
      // Only the last few mentions before the pronoun: a bound for very long sentences.
      let hi = ms.length;
      while (hi > 0 && ms[hi - 1].end > before) hi--;
      const joined = (x: ActorMention, y: ActorMention): boolean => joins(doc, x, y, true);
      // The nearest coordination before the pronoun.
      for (let k = hi - 1; k >= 1 && k >= hi - COORD_WINDOW; k--) {
        if (stats) stats.steps++;
        if (!joined(ms[k - 1], ms[k])) continue;
        let first = k - 1;
        while (first > 0 && k - first < COORD_WINDOW && joined(ms[first - 1], ms[first])) first--;
        if (subjects && !dep(synHead(doc, ms[first])).startsWith('nsubj')) return null;
        const members = ms.slice(first, k + 1);
        const codes = [...new Set(members.map((m) => m.code))];
        if (codes.length < 2) return null;
        return { codes, rule: members.map((m) => m.rule).join(' & '), from: { start: ms[first].start, end: ms[k].end, sentence: doc.sentenceOf(ms[first].start) } };
      }
      return null;
    };

    // Whole-document facts first: each sentence's dictionary mentions and the quotations with their speakers.
    const baseMs: ActorMention[][] = [];
    for (let s = 0; s < doc.sentenceCount; s++) baseMs.push(chiefOf(doc, base.match(doc, s, date)));
    // "the South" / "the North" of a story about "Sudan" and "South Sudan" (or "North Korea" and
    // "South Korea"): the country named so, when the article also names its counterpart.
    const compass = new Map<string, string>();
    {
      const halves = new Map<string, { dir: string; code: string }[]>();
      const whole = new Map<string, string>();
      for (const ms of baseMs) {
        for (const m of ms) {
          const p = sectors(m.code, countries);
          if (!p.country || p.chunks.length > 0 || NOT_A_COUNTRY.has(p.country)) continue;
          const f = doc.form[m.start];
          if (m.end - m.start === 2 && (f === 'South' || f === 'North')) {
            const rest = lower(m.start + 1);
            let h = halves.get(rest);
            if (!h) halves.set(rest, (h = []));
            if (!h.some((x) => x.code === p.country)) h.push({ dir: f.toLowerCase(), code: p.country });
          } else if (m.end - m.start === 1) whole.set(lower(m.start), p.country);
        }
      }
      const dirs = new Map<string, string[]>();
      for (const [rest, h] of halves) {
        for (const x of h) {
          const other = whole.get(rest);
          if ((other && other !== x.code) || h.some((y) => y.dir !== x.dir && y.code !== x.code)) {
            const l = dirs.get(x.dir) ?? [];
            if (!l.includes(x.code)) l.push(x.code);
            dirs.set(x.dir, l);
          }
        }
      }
      // Two stories' worth of "South X" is no single South.
      for (const [dir, l] of dirs) if (l.length === 1) compass.set(dir, l[0]);
    }
    let qi = 0;
    /** The quotation around token `i` (tokens are asked in increasing order). */
    const quoteAt = (i: number): Quote | null => {
      while (qi < quotes.length && quotes[qi].end <= i) qi++;
      return qi < quotes.length && quotes[qi].start <= i ? quotes[qi] : null;
    };
    const speakers = new Set<number>();
    for (const q of quotes) if (q.speaker >= 0) speakers.add(q.speaker);
    /** Speaker token -> its actor, once the speaker's mention is read. */
    const entAt = new Map<number, Entity>();
    /** Pronouns waiting for a speaker named after them (a later token): speaker token -> pronouns. */
    const waiting = new Map<number, { s: number; i: number; how: 'quote speaker' | 'cataphora'; person: boolean | null }[]>();
    const wait = (k: number, s: number, i: number, how: 'quote speaker' | 'cataphora', person: boolean | null): void => {
      speakers.add(k);
      let w = waiting.get(k);
      if (!w) waiting.set(k, (w = []));
      w.push({ s, i, how, person });
    };
    /** Entities by token, for the current and the previous sentence ("it" looks at their subjects). */
    let curTok = new Map<number, Entity>();
    let prevTok = new Map<number, Entity>();

    /** Recent acts with an actor as agent ("Idris accused ..."): what "the charge" and "the raid" stand for. */
    const acts: { lemma: string; m: ActorMention; sentence: number }[] = [];
    /**
     * The acts its lead tells ({@link LEAD_ACT_SENTENCES}), kept past {@link ACT_SENTENCES}: the story's own news is named by
     * its noun however far on ("agreed to end the mission" in the lead, "denounced the agreement" ten sentences later).
     */
    const leadActs: { lemma: string; m: ActorMention; sentence: number }[] = [];
    /** The acts of making a thing ({@link ARTEFACT_NOUNS}) of the whole article: "the law" is the lawmakers' however far on. */
    const madeActs: { lemma: string; m: ActorMention; sentence: number }[] = [];
    /**
     * The verb an act is registered under: the verb's own lemma, or for a light verb whose object names
     * the act ("issued an ultimatum", "made an offer", "released a statement") the verb that noun stands for.
     */
    const actLemma = (v: number): string => {
      const lv = (doc.lemma[v] || lower(v)).toLowerCase();
      // "held talks", "held a news conference": an occasion, not the holding of captives whose "release" is asked later.
      if (lv === 'hold') {
        for (let k = v + 1; k < doc.sentEnd[doc.sentenceOf(v)] && k < v + 8; k++) {
          if (doc.head[k] === v && dep(k) === 'obj' && HELD_OCCASIONS.has((doc.lemma[k] || lower(k)).toLowerCase())) return 'convene';
          // "hold those responsible accountable": no captivity either.
          if (/^(accountable|responsible|liable)$/.test(lower(k)) && doc.head[k] === v) return 'convene';
        }
        return lv;
      }
      if (!LIGHT_ACT_VERBS.has(lv)) return lv;
      for (let k = v + 1; k < doc.sentEnd[doc.sentenceOf(v)] && k < v + 8; k++) {
        if (doc.head[k] !== v || dep(k) !== 'obj') continue;
        const verbs = EVENT_NOUNS.get((doc.lemma[k] || lower(k)).toLowerCase());
        return verbs ? verbs[0] : lv;
      }
      return lv;
    };

    /**
     * Whether verb `v` is negated ("has not announced its position", "never accused"): a negated act happened to no
     * one, and "the announcement" later is not its agent's (set 28). The negation sits just before the verb or its
     * auxiliaries (a bounded look-back).
     */
    const negatedAct = (v: number): boolean => {
      const a0 = doc.sentStart[doc.sentenceOf(v)];
      for (let k = v - 1; k >= a0 && k >= v - 4; k--) if (doc.head[k] === v && NEGATION_WORDS.has(lower(k))) return true;
      return false;
    };

    /**
     * The verbs complementing verb `h` whose act is its subject's: "agreed to end", "decided to close", "ordered it closed",
     * "ordered his militia to suspend" (an order is its giver's act). Not the complement of a verb with an object of its own
     * but an order ("urged Syria to close": Syria's act, not done), nor of a refusal ("refused to sign": nothing signed).
     */
    const controlledActs = (h: number): number[] => {
      const lh = (doc.lemma[h] || lower(h)).toLowerCase();
      if (NOT_DONE_HEADS.has(lh) || negatedAct(h)) return [];
      const ordering = ORDER_HEADS.has(lh);
      const end = doc.sentEnd[doc.sentenceOf(h)];
      const out: number[] = [];
      let obj = false;
      for (let k = h + 1; k < end && k < h + 16; k++) if (doc.head[k] === h && dep(k) === 'obj') obj = true;
      if (obj && !ordering) return out;
      for (let k = h + 1; k < end && k < h + 16; k++) if (doc.head[k] === h && dep(k) === 'xcomp' && upos(k) === 'VERB') out.push(k);
      return out;
    };

    let prevResult: ActorMention[] | null = null;
    /** The last pair of actors set up ("Sudan and South Sudan"), for "both governments", "them" (plural.ts). */
    let pair: Pair | null = null;
    let leadPair: Pair | null = null;
    /** The entities of a pair's members, when known (binding: "the two leaders told him" is neither). */
    const members = new WeakMap<Pair, Entity[]>();
    /** Members of the pair `pairFor` chose last. */
    let chosen: Entity[] = [];
    /** Where the pair `pairFor` chose last was set up. */
    let chosenFrom: Pair['from'] | null = null;
    const membersOf = (ms: readonly ActorMention[], from: { start: number; end: number }, byEnd: Map<number, Entity>): Entity[] => {
      const out: Entity[] = [];
      for (let k = ms.length - 1; k >= 0 && ms[k].start >= from.start; k--) {
        const e = ms[k].end <= from.end ? byEnd.get(ms[k].end) : undefined;
        if (e && !out.includes(e)) out.push(e);
      }
      return out;
    };
    /** Whether the mentions in `from` (a coordination among the last few of `ms`) are all people. */
    const allPersons = (ms: readonly ActorMention[], from: { start: number; end: number }, byEnd: Map<number, Entity>): boolean => {
      for (let k = ms.length - 1; k >= 0 && ms[k].start >= from.start; k--) {
        if (ms[k].end <= from.end && byEnd.get(ms[k].end)?.kind !== 'person') return false;
      }
      return true;
    };
    /** Members of "both X" / "the two X" at token `at` of sentence `s`, or null. */
    const pairFor = (kind: PairKind, s: number, at: number, result: ActorMention[], byEnd: Map<number, Entity>): string[] | null => {
      const here = lastCoordination(doc, result, at);
      if (here) {
        here.persons = allPersons(result, here.from, byEnd);
        members.set(here, membersOf(result, here.from, byEnd));
      }
      chosen = [];
      chosenFrom = null;
      // "Egypt promised a plan to both sides": the subject of the pair's own clause is no member (a subject of
      // another clause may be: "Sudan and South Sudan resumed talks, a month after the two neighbours clashed").
      const subj = new Set<string>();
      const clause = clauseVerbs(at);
      for (let k = result.length - 1; k >= 0 && k >= result.length - COORD_WINDOW; k--) {
        const c = sectors(result[k].code, countries).country;
        const xh = synHead(doc, result[k]);
        if (c && dep(xh).startsWith('nsubj') && clause.includes(doc.head[xh])) subj.add(c);
      }
      const outside = (p: Pair): boolean => !p.codes.some((c) => subj.has(sectors(c, countries).country ?? ''));
      // A weak pair (a subject and its object: "Soleimani met PUK leaders") is "both sides" of the next sentences only
      // ("both countries" asks for two states: a weak pair of them holds as long as a strong one).
      const cands = [here, pair].filter((p): p is Pair => p !== null && s - p.sentence <= (p.strong || kind !== 'sides' ? PAIR_SENTENCES : WEAK_PAIR_SENTENCES) && outside(p));
      // The lead's pair ("Sudan and South Sudan resumed talks") is the article's: "both countries" may return to it
      // at any distance, before a weak pair of a later sentence (a subject and its object: "Livni told the French").
      if (leadPair && outside(leadPair)) {
        const weak = cands.findIndex((p) => !p.strong && p !== here);
        cands.splice(weak < 0 ? cands.length : weak, 0, leadPair);
      }
      if (kind === 'person') {
        const p = cands.find((x) => x.persons);
        if (p) {
          chosen = members.get(p) ?? [];
          chosenFrom = p.from;
          return pairCodes(p, kind, countries);
        }
        // "received both men": the two people last named before this sentence; state officials
        // first ("the two leaders" after Bush and Maliki, not a senator quoted in between).
        const lastPeople = (official: boolean): Entity[] => {
          const people: Entity[] = [];
          for (let k = ents.length - 1; k >= 0 && people.length < 2; k--) {
            if (stats) stats.steps++;
            const e = ents[k];
            if (s - e.lastSentence > 2) break;
            if (e.kind !== 'person' || e.plural || e.lastSentence === s || e.code.startsWith('---') || people.some((x) => x.code === e.code)) continue;
            if (official && !sectors(e.code, countries).chunks.includes('GOV')) continue;
            people.push(e);
          }
          return people;
        };
        let people = lastPeople(true);
        if (people.length < 2) people = lastPeople(false);
        chosen = people;
        return people.length === 2 ? [people[1].code, people[0].code] : null;
      }
      // "Iraq's foreign minister, who held talks with Syrian Foreign Minister X, said the two countries had agreed":
      // two states named before the phrase in its own sentence, when no pair was set up there, are the pair
      // (before a pair of an earlier sentence).
      if ((kind === 'country' || kind === 'gov') && !here) {
        const states: string[] = [];
        let first: ActorMention | null = null;
        for (const x of result) {
          if (x.end > at) break;
          const c = x.codes ? null : sectors(x.code, countries).country;
          if (!c || NOT_A_COUNTRY.has(c) || states.includes(c) || subj.has(c) || namesMinorityPeople(doc, x)) continue;
          states.push(c);
          first ??= x;
        }
        if (states.length === 2 && first) {
          chosenFrom = first.resolvedFrom ? { ...first.resolvedFrom } : { start: first.start, end: first.end, sentence: s };
          return kind === 'gov' ? states.map((c) => `${c}GOV`) : states;
        }
      }
      for (const p of cands) {
        // "home to Kurds, Arabs and Turkmen": a list with a minority named like a state is no pair of states.
        if ((kind === 'gov' || kind === 'country') && namesMinorityPeople(doc, p.from)) continue;
        const c = pairCodes(p, kind, countries);
        if (c) {
          chosen = members.get(p) ?? [];
          chosenFrom = p.from;
          return c;
        }
      }
      // "Tehran was ready to talk to Washington. The two countries' ambassadors ...": with no pair set up,
      // "both countries" / "both governments" are the first two states named in the two sentences before.
      if (kind === 'country' || kind === 'gov') {
        for (let k = s - 1; k >= 0 && k >= s - 2; k--) {
          const states: string[] = [];
          let first: ActorMention | null = null;
          for (let n = 0; n < out[k].length && n < COORD_WINDOW && states.length < 2; n++) {
            if (stats) stats.steps++;
            const x = out[k][n];
            const c = x.codes ? null : sectors(x.code, countries).country;
            if (!c || NOT_A_COUNTRY.has(c) || states.includes(c) || subj.has(c)) continue;
            // "waving Iraqi and Turkmen flags": a state's adjective of a thing is no member; nor are a people's
            // residents or protesters ("Turkmen residents celebrated"): governments are states or their agents.
            if (adjectiveOfThing(doc, out[k], x)) continue;
            const xs = sectors(x.code, countries).chunks;
            if (kind === 'gov' && xs.length > 0 && !STATE_SECTORS.has(xs[0])) continue;
            // "home to Kurds, Arabs and Turkmen": a minority named like a state is no state.
            if (namesMinorityPeople(doc, x)) continue;
            states.push(c);
            first ??= x;
          }
          if (states.length === 2 && first) {
            chosenFrom = first.resolvedFrom ? { ...first.resolvedFrom } : { start: first.start, end: first.end, sentence: k };
            return kind === 'gov' ? states.map((c) => `${c}GOV`) : states;
          }
        }
      }
      return null;
    };
    const pairMention = (start: number, end: number, codes: string[], via: Via, s: number): ActorMention => {
      const m: ActorMention = { start, end, code: codes[0], rule: `article:${via} -> pair ${codes.join('+')}`, head: end - 1, via };
      if (codes.length > 1) m.codes = codes;
      m.resolvedFrom = chosenFrom ?? { start, end, sentence: s };
      if (stats) stats.resolved++;
      // The members are mentioned here: later pronouns of the same clause are not them.
      for (const e of chosen) touch(e, m, s);
      return m;
    };
    // Country-less domestic agents ("police", "Interior Minister X") take their country from home.ts alone.
    const home = createHomeTracker(doc, (k) => baseMs[k], countries, datelineCountry(doc, date));
    homes.set(doc, home.home);
    /** The actor that was the main clause's subject of the previous sentence, if any. */
    let prevMain: Entity | null = null;
    /** Organisations named in full so far (each once, the last `maxCandidates`), whose last words name them again (org-tails.ts). */
    const orgNames: OrgName[] = [];
    for (let s = 0; s < doc.sentenceCount; s++) {
      if (stats) stats.sentences++;
      const a = doc.sentStart[s];
      const b = doc.sentEnd[s];
      const ms = baseMs[s].map((m) => ({ ...m }));
      ms.sort((x, y) => x.start - y.start);
      recodeOrgTails(doc, ms, orgNames);
      rememberOrgNames(orgNames, fullOrgNames(doc, ms), maxCandidates);
      /** The sentence's dictionary mentions by first token (constant-time look-ups keep long sentences linear). */
      const msAt = new Map<number, ActorMention>();
      for (const x of ms) if (!msAt.has(x.start)) msAt.set(x.start, x);
      const covered = new Uint8Array(b - a);
      const cover = (m: ActorMention): void => {
        covered.fill(1, m.start - a, m.end - a);
      };
      ms.forEach(cover);
      const free = (k: number): boolean => k >= a && k < b && covered[k - a] === 0;
      const unknownPerson = new Set<ActorMention>();
      /** An unknown person's principal, named before it ("an aide to the cleric, X": the cleric). */
      const ownerOf = new Map<ActorMention, ActorMention>();
      if (unknownActors) extendUnknown(doc, s, ms, free, cover, unknownPerson, countries, ownerOf);
      home.sentence(s, ms);

      // Everything that may refer, in text order: base mentions and free tokens.
      type Step = { at: number; m?: ActorMention; tok?: number };
      const steps: Step[] = ms.map((m) => ({ at: m.start, m }));
      for (let i = a; i < b; i++) if (free(i)) steps.push({ at: i, tok: i });
      steps.sort((x, y) => x.at - y.at || (x.m ? -1 : 1));
      const result: ActorMention[] = [];
      sentenceMentions = result;
      /** Subject pronouns left to the coder (their antecedent is in the sentence). */
      const subjectPronouns: number[] = [];
      const byEnd = new Map<number, Entity>();
      const consumed = new Set<number>();
      /** "the two countries' ambassadors": the pair's countries by the token of its possessive marker. */
      /** Apposition mentions that are a person named just before ("X, the leader of the council"). */
      const apposOf = new Map<ActorMention, Entity>();
      const possPairs = new Map<number, { codes: string[]; from: NonNullable<ActorMention['resolvedFrom']> }>();
      /**
       * A pair phrase followed by a possessive marker (at token `j`) is no actor of its own: it only
       * says whose the next noun is ("the two countries' ambassadors"), when its members are countries' actors.
       */
      const possessivePair = (j: number, codes: readonly string[]): void => {
        const cs = codes.map((c) => sectors(c, countries).country);
        if (cs.length < 2 || cs.some((c) => !c || NOT_A_COUNTRY.has(c))) return;
        possPairs.set(j, { codes: [...new Set(cs as string[])], from: chosenFrom ? { ...chosenFrom } : { start: j - 1, end: j, sentence: s } });
      };
      /**
       * The non-state group a titled unknown person `m` leads or speaks for, named in its apposition:
       * "X, the leader of the Awakening council" (one composed mention: its code less the role),
       * "X, a spokesman for Sadr" (the role, then for/of and the group or its leader). Not a person
       * whose own title is a state office ("Vice President X, a leader of the Accord Front").
       */
      const appositionGroup = (m: ActorMention): { code: string; rule: string; of: ActorMention } | null => {
        for (let k = m.start; k < m.end; k++) if (STATE_OFFICES.has(lower(k))) return null;
        let k = m.end;
        if (k + 1 >= b || doc.form[k] !== ',') return null;
        k++;
        if (/^(a|an|the)$/.test(lower(k))) k++;
        // "X, a representative of Sadr": a role no dictionary lists is a one-word role of its own.
        const r = msAt.get(k) ?? (free(k) && upos(k) === 'NOUN' && PERSON_NOUNS.has((doc.lemma[k] || lower(k)).toLowerCase()) ? { start: k, end: k + 1, code: '---', rule: `article:${lower(k)}`, head: k } : undefined);
        if (!r || !PERSON_NOUNS.has(lower(r.start))) return null;
        const nonState = nonStateCode;
        // A composed "leader of the Awakening council" (IRQUAFSUN + GOV).
        let inner = -1;
        for (let t = r.start + 1; t < r.end - 1; t++) if (/^(of|for)$/.test(lower(t))) inner = t;
        if (inner >= 0 && r.code.length >= 9) {
          // The role's sector ends the code, unless the leader's party replaced it ("a representative of Sadr" = IRQPTYSDR).
          const g = DOMESTIC.has(r.code.slice(-3)) ? r.code.slice(0, -3) : r.code;
          return nonState(g) ? { code: g, rule: r.rule, of: r } : null;
        }
        // "a spokesman for Sadr", "a commander of the Mahdi Army".
        let j = r.end;
        if (j >= b || !/^(of|for)$/.test(lower(j))) return null;
        j++;
        if (j < b && lower(j) === 'the') j++;
        const x = msAt.get(j);
        // A spokesman or representative speaks for a leader's political side (ActorMention.party), a commander for his force.
        const code = x && x.party && SPEAKER_NOUNS.has(lower(r.end - 1)) ? x.party : x?.code;
        return x && code && nonState(x.code) ? { code, rule: x.rule, of: r } : null;
      };
      /**
       * A run of two or more name words at `i` followed by ", (who is) a member of X" / ", a spokesman for X": the
       * person's code is the group's (its party for a spokesman); null when X is no organisation or group.
       */
      const memberName = (i: number): { end: number; code: string; rule: string } | null => {
        let end = i;
        let words = 0;
        for (let k = i; k < b && k < i + MAX_NAME_RUN && free(k); k++) {
          const lk = lower(k);
          if (NAME_PARTICLES.has(lk)) continue;
          if (!cap(doc.form[k]) || NOT_NAME_WORDS.has(lk) || (upos(k) !== 'PROPN' && upos(k) !== 'X' && upos(k) !== '_')) break;
          end = k + 1;
          words++;
        }
        if (words < 2 || end + 4 >= b || doc.form[end] !== ',') return null;
        let k = end + 1;
        if (lower(k) === 'who' && /^(is|was)$/.test(lower(k + 1))) k += 2;
        if (!/^(a|an|the)$/.test(lower(k))) return null;
        k++;
        if (k < b && upos(k) === 'ADJ') k++;
        const role = k < b ? lower(k) : '';
        if (role !== 'member' && !PERSON_NOUNS.has(role)) return null;
        const roleAt = k;
        k++;
        if (k >= b || !/^(of|for)$/.test(lower(k))) return null;
        k++;
        if (k < b && lower(k) === 'the') k++;
        // "a member of ISCI" may be one mention of the matcher, headed by "member" (src/actors/matcher.ts membersOf).
        const x = msAt.get(k) ?? (role === 'member' ? msAt.get(roleAt) : undefined);
        if (!x || x.code.startsWith('---')) return null;
        const c = sectors(x.code, countries).chunks;
        if (c.length === 0 || STATE_SECTORS.has(c[0])) return null;
        return { end, code: x.party && SPEAKER_NOUNS.has(role) ? x.party : x.code, rule: `${role} of ${x.rule}` };
      };
      /** The actor of the sentence's main-clause subject, when it comes before token `i`. */
      const mainSubjectBefore = (i: number): Entity | undefined => {
        // The subject comes early: the first few mentions only (bounded work in long sentences).
        for (let n = 0; n < result.length && n < COORD_WINDOW; n++) {
          if (stats) stats.steps++;
          const x = result[n];
          if (x.end > i) break;
          const xh = synHead(doc, x);
          if (dep(xh).startsWith('nsubj') && mainClause(doc.head[xh])) return curTok.get(x.end - 1);
        }
        return undefined;
      };
      /** Mention `m` is actor `e`: remember it by end and token, and answer pronouns waiting for it as a speaker. */
      const bind = (m: ActorMention, e: Entity): void => {
        byEnd.set(m.end, e);
        for (let k = m.start; k < m.end; k++) {
          curTok.set(k, e);
          if (!speakers.has(k)) continue;
          entAt.set(k, e);
          for (const w of waiting.get(k) ?? []) {
            // Agreement: "he" is a person, "it" no person (a quote's "we" may be anyone's group).
            if (w.person === true && e.kind !== 'person') continue;
            if (w.person === false && (e.kind === 'person' || e.plural)) continue;
            const r = resolved({ start: w.i, end: w.i + 1, code: e.code, rule: '', head: w.i }, e, 'pronoun');
            r.rule = `article:${w.how} -> ${e.rule}`;
            if (w.s === s) result.push(r);
            else {
              out[w.s].push(r);
              out[w.s].sort((x, y) => x.start - y.start);
            }
          }
          waiting.delete(k);
        }
      };
      const emit = (m: ActorMention, e: Entity | null): void => {
        result.push(m);
        if (e) {
          touch(e, m, s);
          bind(m, e);
        }
      };
      /**
       * "it": the actor that was the subject before it (earlier in its sentence, or the
       * main clause's subject of the previous one), when that subject is an organisation
       * or a country. A subject that is no actor ("The plan failed. It would have ...")
       * is what "it" most likely means: no antecedent then.
       */
      /**
       * An object "it" of a clause with no subject of its own ("sent a letter to the alliance asking it to name
       * another candidate", "shut the channel's office, accusing it of incitement"): the clause's understood subject
       * (the subject above it, or the object of a verb it complements: "asked the U.N. to help it") is no
       * antecedent, so "it" is the latest other organisation or country its sentence named before it. Null when the
       * clause has a subject or the sentence names none.
       */
      const objectIt = (i: number): Entity | null => {
        if (dep(i) !== 'obj' && dep(i) !== 'iobj') return null;
        const b = doc.sentEnd[s];
        const args = (v: number, rel: RegExp): number[] => {
          const out: number[] = [];
          for (let t = a; t < b; t++) if (doc.head[t] === v && rel.test(dep(t))) out.push(t);
          return out;
        };
        const v = doc.head[i];
        if (v < a || dep(v) === 'root' || args(v, /^nsubj/).length > 0) return null;
        // The understood subjects (and the objects controlling a complement) up the chain of clauses.
        const excluded = new Set<Entity>();
        for (let c = v, n = 0; c >= a && n < 8; n++) {
          const g = doc.head[c];
          if (g < a) break;
          const rel = dep(c) === 'xcomp' ? /^(nsubj|obj|iobj)/ : /^nsubj/;
          for (const t of args(g, rel)) {
            const e = curTok.get(t);
            if (e) excluded.add(e);
          }
          c = g;
        }
        for (let k = i - 1; k >= a; k--) {
          if (stats) stats.steps++;
          const e = curTok.get(k);
          // "denied the allegation, calling it baseless": a thing named as an object nearer is what "it" is.
          if (!e && upos(k) === 'NOUN' && dep(k) === 'obj' && !plural(k)) return null;
          if (!e || excluded.has(e) || e.kind === 'person' || e.plural) continue;
          // A place said as the scene ("Iran's embassy in Baghdad") is no addressee.
          if (args(k, /^case$/).some((t) => /^(in|at|near|outside|inside|across|around)$/.test(lower(t)))) continue;
          // An identity said as a modifier ("the Shiite district") is no body to be asked or accused.
          if (sectors(e.code, countries).chunks.every((c) => IDENTITY_CODES.has(c)) && sectors(e.code, countries).chunks.length > 0) continue;
          return e;
        }
        return null;
      };
      const salientIt = (i: number): Entity | null => {
        const lo = Math.max(s > 0 ? doc.sentStart[s - 1] : a, i - IT_WINDOW);
        const clause = clauseVerbs(i);
        const recipient = objectIt(i);
        if (recipient) return recipient;
        for (let k = i - 1; k >= lo; k--) {
          if (stats) stats.steps++;
          if (!dep(k).startsWith('nsubj')) continue;
          // In the previous sentence only the main clause's subject ("The Iraqi government criticized a U.S. raid").
          if (k < a && !mainClause(doc.head[k])) continue;
          const e = (k >= a ? curTok : prevTok).get(k);
          if (!e) {
            if ((upos(k) === 'NOUN' || upos(k) === 'PROPN') && !plural(k)) return null;
            continue;
          }
          if (e.kind === 'person' || e.plural) continue;
          // "Iran warned it": no antecedent inside its own clause.
          if (k >= a && clause.includes(doc.head[k])) continue;
          return e;
        }
        return null;
      };

      for (const st of steps) {
        if (st.m) {
          const m = st.m;
          const sb = surnameBearer(m);
          if (sb) {
            m.code = sb.code;
            m.rule = `${m.rule} + surname of the article's ${sb.name}`;
          }
          const h = synHead(doc, m);
          // "met the two delegations", "urged both governments": the last pair.
          const pp = m.end - m.start <= 2 ? pairPhrase(doc, m.end - 1) : null;
          if (pp && pp.start >= a && (pp.start >= m.start || free(pp.start))) {
            const codes = pairFor(pp.kind, s, pp.start, result, byEnd);
            if (codes && pp.possessive) {
              possessivePair(m.end, codes);
              continue;
            }
            if (codes) {
              const r = pairMention(Math.min(pp.start, m.start), m.end, codes, 'title', s);
              result.push(r);
              pair = { codes, persons: pp.kind === 'person', sentence: s, from: r.resolvedFrom!, strong: true };
              members.set(pair, chosen);
              continue;
            }
          }
          const headLemma = (doc.lemma[h] || lower(h)).toLowerCase();
          const { country, chunks } = sectors(m.code, countries);
          // "the Italian-led military contingent", "U.S.-led forces": the leading state's own (home.ts), no antecedent.
          if (m.code.startsWith('---') && chunks.length > 0 && ledBy(doc, m, ms, countries)) {
            m.code = home.complete(m, s, result, ms);
            emit(m, null);
            bind(m, register(m, s));
            continue;
          }
          if (unknownPerson.has(m)) {
            // "Sheikh Hamid al-Azzawi, the leader of the Awakening council": the non-state group he leads or speaks for.
            const ag = m.code.startsWith('---') && chunks.length > 0 ? appositionGroup(m) : null;
            if (ag) {
              m.code = ag.code;
              m.rule = `${m.rule} + apposition ${ag.rule}`;
              if (stats) stats.resolved++;
            }
            // "The council's leader, Abdul Aziz al-Hakim": a new person whose code comes from the body it leads.
            const owner = ownerOf.get(m);
            const oe = owner ? byEnd.get(owner.end) : undefined;
            if (oe && m.code.startsWith('---') && chunks.length > 0) {
              m.code = groupCode(oe, chunks[0]);
              m.rule = `${m.rule} + for ${oe.rule}`;
              if (stats) stats.resolved++;
            }
            // "the Iraqi Islamic Party, whose leader Mohsen Abdul Hamid sits on the council": the body "whose" stands for.
            const we = m.start - 2 >= a && lower(m.start - 1) === 'whose' && doc.form[m.start - 2] === ',' ? byEnd.get(m.start - 2) : undefined;
            if (we && we.kind !== 'person' && m.code.startsWith('---') && chunks.length > 0) {
              m.code = groupCode(we, chunks[0]);
              m.rule = `${m.rule} + whose ${we.rule}`;
              if (stats) stats.resolved++;
            }
            if (m.code.startsWith('---') && chunks.length > 0) {
              const p = possessor(m.start, s, byEnd, consumed) ?? innerPossessor(m, s);
              let spoke = SPOKES_NOUNS.has(lower(h)) || SPOKES_NOUNS.has(lower(m.start)) ? prevMain : null;
              // "The U.S. Embassy urged ... "...," embassy spokeswoman X said': the body named before the noun is
              // that organisation, when the previous sentence's was called so.
              if (!spoke && prevMain && m.start + 1 < m.end && SPOKES_NOUNS.has(lower(m.start + 1)) && hasTitle(prevMain, lower(m.start))) spoke = prevMain;
              // 'Leaders of the Awakening councils complained ... "We ...," said Sheikh X': one of the
              // non-state group the previous sentence was about.
              const member = MEMBER_TITLES.has(lower(m.start)) && prevMain && prevMain.kind !== 'person' && nonStateCode(prevMain.code) ? prevMain : null;
              if (p) m.code = groupCode(p, chunks[0]);
              else if (spoke && spoke.kind !== 'person' && !spoke.generic) {
                // '... urged the authorities. "...," spokeswoman Clara Besson said': the previous sentence's organisation.
                m.code = groupCode(spoke, chunks[0]);
                m.rule = `${m.rule} + spokesperson of ${spoke.rule}`;
                if (stats) stats.resolved++;
              } else if (member) {
                m.code = member.code;
                m.rule = `${m.rule} + member of ${member.rule}`;
                if (stats) stats.resolved++;
              }
            }
            // "The commander of UNIFIL, Major General X": the title he is in apposition to is his code.
            const tp = result.length > 0 ? result[result.length - 1] : undefined;
            if (m.code.startsWith('---') && tp && tp.end === m.start - 1 && doc.form[tp.end] === ',' && !tp.code.startsWith('---') &&
              PERSON_NOUNS.has((doc.lemma[tp.head] || lower(tp.head)).toLowerCase()) && !plural(tp.head)) {
              m.code = tp.code;
              m.rule = `${m.rule} + apposition of ${tp.rule}`;
              if (stats) stats.resolved++;
            }
            // Its country (a country named just before it, the paragraph's, the article's): home.ts.
            m.code = home.complete(m, s, result, ms, true);
            emit(m, null);
            const pe = register(m, s, true);
            bind(m, pe);
            // The apposition is the same person ("the leader of the Awakening council" is no second antecedent).
            if (ag) apposOf.set(ag.of, pe);
            continue;
          }
          if (chunks.length > 0 && PERSON_NOUNS.has(headLemma) && upos(h) !== 'PROPN' && !plural(h) && dep(h) === 'appos' &&
            !chunks.some((c) => OFFICE_SECTORS.has(c))) {
            // "Moqtada al-Sadr, the radical Shiite cleric whose militia ...": a description of the person named just
            // before, in no office (a cleric, a politician), is that person, whose own code says more; "the cleric" later
            // finds him, not the description (an office, "X, the Iraqi vice president", is left to the title rules).
            let k = m.start - 1;
            for (let n = 0; n < 3 && k > a && doc.form[k] === lower(k) && (upos(k) === 'ADJ' || upos(k) === 'ADV' || (upos(k) === 'NOUN' && doc.head[k] === h)); n++) k--;
            if (k > a && /^(the|a|an)$/.test(lower(k))) k--;
            // The person may end a composed mention ("A spokesman for Moqtada al-Sadr, the radical Shiite cleric whose ...").
            const named = (x: Entity | undefined): Entity | undefined => (x && x.kind === 'person' && x.name !== '' ? x : undefined);
            const e = k > a && k < m.start && doc.form[k] === ',' ? named(innerAt.get(k)) ?? named(byEnd.get(k)) : undefined;
            if (e && !e.code.startsWith('---') && doc.head[h] >= 0 && doc.head[h] < k) {
              const r = resolved(m, e, 'title');
              cover(r);
              result.push(r);
              continue;
            }
          }
          if (isIdentityCode(m.code) && !plural(h)) {
            // "Zebari, a Kurd, thanked him", "Bolani, a Shiite who has accused Damascus, ...": the person described, not
            // a second actor (not touched: the person stays the clause's subject for binding).
            // Also "Talabani, also a Kurd,", "Allawi, a secular Shiite who ...": an adverb or lower-case adjectives between.
            let k = m.start - 1;
            for (let n = 0; n < 3 && k > a && doc.form[k] === lower(k) && (upos(k) === 'ADJ' || upos(k) === 'ADV'); n++) k--;
            if (k > a && /^(a|an)$/.test(lower(k))) k--;
            if (k > a && /^(himself|herself|also)$/.test(lower(k))) k--;
            const e = k > a && k < m.start - 1 && doc.form[k] === ',' ? byEnd.get(k) : undefined;
            if (e && e.kind === 'person' && !e.code.startsWith('---')) {
              const r = resolved(m, e, 'title');
              cover(r);
              result.push(r);
              continue;
            }
          }
          if (m.code.startsWith('---') && chunks.length > 0) {
            // "the southern leadership", "southern troops" in a Sudan / South Sudan story: the South's.
            const adj = [m.start - 1, m.start].find((k) => k >= a && k < m.end && /^(southern|northern)$/.test(lower(k)));
            const cc = adj === undefined ? undefined : compass.get(lower(adj).slice(0, 5));
            if (cc) {
              m.code = cc + roleFirst(chunks).join('');
              m.rule = `${m.rule} + ${lower(adj!)} = ${cc}`;
              if (stats) stats.resolved++;
              m.code = home.complete(m, s, result, ms);
              emit(m, null);
              bind(m, register(m, s));
              continue;
            }
            // "a delegation of clerics", "a delegation of Shiite lawmakers": its members are who it is (a state's delegation,
            // "a delegation from Israel", is its government: below).
            if (DELEGATION_NOUNS.has(headLemma) && h === m.end - 1 && m.end + 1 < b && /^(of|from)$/.test(lower(m.end))) {
              let k = m.end + 1;
              while (k < b && k < m.end + 4 && /^(DET|NUM|ADJ)$/.test(upos(k)) && !msAt.has(k)) k++;
              const of = msAt.get(k);
              const oc = of ? sectors(of.code, countries) : null;
              if (of && oc && oc.chunks.length > 0 && !of.resolvedFrom) {
                m.code = of.code;
                m.rule = `${m.rule} + members ${of.rule}`;
                if (stats) stats.resolved++;
                m.code = home.complete(m, s, result, ms);
                emit(m, null);
                bind(m, register(m, s));
                continue;
              }
            }
            // "the ambassadors of 13 Western countries", "the foreign minister of Egypt": that country's.
            if (m.end + 1 < b && lower(m.end) === 'of') {
              let k = m.end + 1;
              while (k < b && k < m.end + 4 && /^(DET|NUM|ADJ)$/.test(upos(k)) && !msAt.has(k)) k++;
              const of = msAt.get(k);
              const oc = of ? sectors(of.code, countries) : null;
              if (oc && oc.country && oc.chunks.length === 0) {
                m.code = oc.country + roleFirst(chunks).join('');
                m.rule = `${m.rule} + of ${oc.country}`;
                if (stats) stats.resolved++;
                emit(m, null);
                bind(m, register(m, s));
                continue;
              }
            }
            // "The two countries' ambassadors": each country's, one mention for both (not a pair of each other).
            let j = m.start - 1;
            for (let n = 0; n < 2 && j > a && upos(j) === 'ADJ'; n++) j--;
            const pp = possPairs.get(j);
            if (pp) {
              const codes = pp.codes.map((c) => c + roleFirst(chunks).join(''));
              const r: ActorMention = { ...m, code: codes[0], codes, rule: `${m.rule} + the pair's countries ${pp.codes.join('+')}`, via: 'group', resolvedFrom: pp.from };
              if (stats) stats.resolved++;
              cover(r);
              result.push(r);
              continue;
            }
            const op = possessor(m.start, s, byEnd, consumed);
            const p = op ?? innerPossessor(m, s);
            if (p) {
              // A person's body inside the mention ("the cleric's militia" = ---RELUAF): its head's agent.
              // "the prime minister's media adviser", "his press aide": a government figure's adviser or spokesman speaks
              // for that figure, whatever the modifier's own sector (media = MED).
              const speaks = p.kind === 'person' && SPEAKER_NOUNS.has(headLemma) && sectors(p.code, countries).chunks[0] === 'GOV';
              let gc = groupCode(p, speaks ? 'GOV' : !op && p.kind === 'person' ? chunks[chunks.length - 1] : chunks[0]);
              // "his Shiite allies" (a state figure's): his community's party, the identity kept (IRQPTYSHI).
              const ids = chunks.filter((c) => IDENTITY_CODES.has(c));
              if (ids.length > 0 && gc.length === 6 && gc.endsWith('PTY')) gc += ids.join('');
              // "Most Kurdish lawmakers flew to Irbil, and their leaders said ...": a group's leaders, spokesmen or members
              // speak for that group (IRQLEGKUR), not for the government of its country.
              // ("The Iraqi people need to see their leaders": a people's leaders are its government.)
              const pcs = sectors(p.code, countries).chunks;
              if (p.plural && p.kind !== 'person' && LEADING_NOUNS.has(headLemma) && pcs.length > 0 && !p.code.startsWith('---')) {
                if (!PEOPLE_SECTORS.has(pcs[0])) gc = p.code;
                else if (pcs[0] === 'CVL' && headLemma === 'leader') gc = `${sectors(p.code, countries).country}GOV`;
              }
              const gm = resolved(m, p, 'group', gc);
              emit(gm, p);
              // "his fighters", "the group's members" are also a group of their own: "if they were attacked" after them
              // (s14-discourse).
              if (plural(h) && p.kind === 'person') {
                const g = register({ ...gm, resolvedFrom: undefined, via: undefined }, s);
                g.kind = 'group';
                g.plural = true;
                bind(gm, g);
              } else if (p.kind === 'person' && ORG_NOUNS.has(headLemma) && !plural(h)) {
                // "Maliki's government, which has close ties to Iran, has said that it would close the camp": a person's
                // body is an organisation of its own, what "it" may stand for.
                const g = register({ ...gm, resolvedFrom: undefined, via: undefined }, s);
                g.kind = 'org';
                g.plural = false;
                bind(gm, g);
              }
              continue;
            }
            const words = definiteWords(m.start, h, s);
            if (words && !plural(h) && DESCRIPTION_NOUNS.has(headLemma) && prevMain && prevMain.kind === 'person' && !prevMain.generic) {
              // "Odinga denied the charge. ..., the veteran politician accused ...": the person the story is on.
              emit(resolved(m, prevMain, 'title'), prevMain);
              continue;
            }
            // "the Presidency Council" (no country in its code): a capitalised word before the noun is a name, which the
            // antecedent must bear, not a country checked through the code ("the council" alone may be any council).
            const nameWords: string[] = [];
            for (let k = m.start; k < h; k++) {
              if (upos(k) === 'PROPN' && cap(doc.form[k]) && !PERSON_NOUNS.has(lower(k)) && !TITLE_MODIFIERS.has(lower(k))) nameWords.push(lower(k));
            }
            const te = words && !plural(h) ? titleEntity(words, headLemma, m.code, s, m.start, doc.head[h]) : null;
            // "The Iraqi government said it would review its ties, and the Foreign Ministry summoned the ambassador": a
            // state body of the government that is the sentence's subject, not "Iran's Foreign Ministry" named before.
            // (Only a body that acts as a subject itself, after a government's own subject: "the ambassadors of 13 Western
            // countries urged both the government and the opposition" is the home's government.)
            const sv = te && te.kind !== 'person' && te.lastSentence < s && chunks[0] === 'GOV' && dep(h).startsWith('nsubj') ? mainSubjectBefore(m.start) : undefined;
            const svc = sv && sv.kind === 'org' && !sv.plural ? sectors(sv.code, countries) : null;
            if (te && svc && svc.country && !NOT_A_COUNTRY.has(svc.country) && svc.chunks[0] === 'GOV' && sectors(te.code, countries).country !== svc.country) {
              m.code = svc.country + roleFirst(chunks).join('');
              m.rule = `${m.rule} + of the sentence's government ${sv!.rule}`;
              if (stats) stats.resolved++;
              emit(m, null);
              bind(m, register(m, s));
              continue;
            }
            if (words && !plural(h) && (!te || nameWords.every((w) => hasTitle(te, w)))) {
              const e = te;
              if (e) {
                const c = sectors(e.code, countries);
                // "the militia" of a person's country keeps its own sector unless the antecedent is that body.
                // An organisation called so ("the council" of the Security Council) keeps its code.
                const code =
                  e.kind === 'person' && POLITICAL_GROUP_NOUNS.has(headLemma)
                    ? groupCode(e, 'PTY')
                    : e.kind === 'person' || c.chunks.includes(chunks[0]) || hasTitle(e, headLemma)
                      ? e.code
                      : (c.country ?? '---') + chunks.join('');
                // 'Sadr's spokesman said ... the cleric "cannot guarantee ..."': the leader in his own side's words is
                // that side (its party), not an actor the speaker addresses.
                const speaker = e.kind === 'person' && e.party && code === e.code ? mainSubjectBefore(m.start) : undefined;
                if (words.length === 1 && e.kind !== 'person') (e.bare ??= new Map()).set(headLemma, (e.bare.get(headLemma) ?? 0) + 1);
                emit(resolved(m, e, 'title', speaker && speaker !== e && speaker.code === e.party ? e.party : code), e);
                continue;
              }
            }
            // "the rebels" after "rebels of the SPLM-N": a known group of that sector.
            // "the leaders of all the main blocs": the phrase after names whose they are, not an earlier actor (the phrase
            // inside the mention or right after it: src/actors/matcher.ts makes "leaders of the Shiite militias" one).
            // "The prime minister thanked the lawmakers who supported it": a relative clause says which ones, a new set of
            // people (not "lawmakers loyal to Sadr" or "Kurdish lawmakers" named before); armed men keep their group.
            const relative = !ARMED_SECTORS.has(chunks[0]) && h + 1 < b && doc.form[h + 1] !== ',' && hasRelative(doc, h, b);
            if (words && plural(h) && chunks.length === 1 && !relative && !(PERSON_NOUNS.has(headLemma) && h + 2 < b && lower(h + 1) === 'of' && (h === m.end - 1 || h + 1 < m.end) && upos(h + 2) !== 'VERB')) {
              // One named so first ("the councils" after "the Awakening councils"), else one of the sector.
              const hw = lower(h);
              const personNoun = PERSON_NOUNS.has(headLemma);
              // Only the bare noun: "the tribal fighters", "the Sunni insurgents" are some other armed men.
              const armedNoun = ARMED_SECTORS.has(chunks[0]) && ARMED_GROUP_NOUNS.has(headLemma) && words.length === 1 && m.end - m.start === 1;
              const g = recent(s, m.start, (x) => {
                if (x.kind === 'person' || x.code.startsWith('---')) return null;
                // "the leaders of all the blocs", "the political blocs": the parties at large, not one bloc or party named
                // before (only a set named so: "Sunni Arab parties ... the parties").
                if (POLITICAL_GROUP_NOUNS.has(headLemma) && !(x.plural && (x.titles.has(hw) || x.titles.has(headLemma)))) return null;
                const xc = sectors(x.code, countries).chunks;
                // "the Kurdish parties" (---KUR) are no Shiite parties called "parties" before: an identity said of
                // the mention is the antecedent's too.
                if (chunks.some((c) => IDENTITY_CODES.has(c) && !xc.includes(c))) return null;
                // "the militants", "the insurgents" after "the Islamic State group": an international armed group (IMG...)
                // named before is the rebels the story is about.
                // ("the tribal fighters" say whose they are: not it).
                const same = xc[0] === chunks[0] || (x.code.startsWith('IMG') && words.length === 1 && (chunks[0] === 'REB' || chunks[0] === 'INS'));
                // "She urged the authorities" after "the State Department said": the home's authorities, unless that body was called so.
                // "the politicians" alike: the home's political class, not "U.S. officials" named last; "the political
                // leaders" too, not "American diplomats" named last.
                if ((HOME_GOVERNMENT_NOUNS.has(headLemma) || headLemma === 'politician' || headLemma === 'leader') && home.home && !x.titles.has(hw) && !x.code.startsWith(home.home)) return null;
                // A non-state group may be called by its name's noun ("the councils"); a state body only by its own sector
                // ("the security forces" are no "U.S. forces").
                if (x.titles.has(hw) && (same || nonStateCode(x.code))) return 0;
                // "Islamic State fighters swept through Mosul ... The militants overran army bases": "the militants", "the
                // rebels" are the armed group the article named, whatever its code's sector (IMGMUSISI) (s14-discourse).
                if (armedNoun && namedArmedGroup(x)) return 1;
                // "the leaders", "the officials": people, not one organisation of their sector ("the White House").
                if (personNoun && x.kind === 'org' && !x.plural) return null;
                return same ? 1 : null;
              }, maxTitleSentences, 0.04);
              if (g) {
                emit(resolved(m, g, 'title'), g);
                continue;
              }
            }
          } else if (country && chunks.length > 0 && PERSON_NOUNS.has(headLemma) && upos(h) !== 'PROPN' && !plural(h)) {
            // "the Iraqi leader", "the US president": the same code, linked to the person.
            const words = definiteWords(m.start, h, s);
            if (words) {
              const e = titleEntity(words, headLemma, m.code, s, m.start, doc.head[h]);
              if (e) {
                emit(resolved(m, e, 'title', e.code.startsWith(m.code) ? e.code : m.code), e);
                continue;
              }
              // "The U.N. envoy, Lakhdar Brahimi, ... The veteran Algerian diplomat urged ...": a nationality said of a
              // person in an international post (its undated code in the knowledge base: DZAELI) is that person.
              const n = NATIONALITY_NOUNS.has(headLemma) ? nationalOf(country, s, m.start) : null;
              if (n) {
                emit(resolved(m, n, 'title'), n);
                continue;
              }
            }
          }
          // "the administration" with no antecedent: the U.S. government, when the article has named a U.S. actor.
          if (m.code.startsWith('---') && chunks[0] === 'GOV' && (doc.lemma[h] || lower(h)).toLowerCase() === ADMINISTRATION && !plural(h) &&
            ents.some((e) => e.code.startsWith(ADMINISTRATION_COUNTRY))) {
            m.code = ADMINISTRATION_COUNTRY + roleFirst(chunks).join('');
            m.rule = `${m.rule} + the administration = ${ADMINISTRATION_COUNTRY}`;
          }
          // "the regional government" named with no antecedent: the home's one regional government.
          const region = home.home && m.code.startsWith('---') && chunks[0] === 'GOV' && h > m.start && lower(h - 1) === 'regional' ? REGIONAL_GOVERNMENTS.get(home.home) : undefined;
          if (region) {
            m.code = region;
            m.rule = `${m.rule} + the home's regional government`;
          }
          // "The bloc loyal to Sadr, which has suspended its participation in the cabinet, ...": a state body named with no
          // antecedent in a sentence about a non-state side of one country is that country's (in a Washington story too).
          if (m.code.startsWith('---') && chunks.length > 0 && HOME_BODIES.has(headLemma) && !plural(h)) {
            const side = sideCountryBefore(m.start);
            if (side) {
              m.code = side + roleFirst(chunks).join('');
              m.rule = `${m.rule} + the sentence's side ${side}`;
            }
          }
          m.code = home.complete(m, s, result, ms);
          const ap = apposOf.get(m);
          const e = ap ?? register(m, s);
          // "Sadr's office" keeps Sadr in mind ("the cleric" many sentences on): the possessor named inside.
          for (let j = m.start + 1; j < m.end && j < m.start + MAX_NAME_RUN; j++) {
            if (!/^['\u2019]s?$/.test(doc.form[j]) || !cap(doc.form[j - 1])) continue;
            // "Iraqiya's leaders" (one mention, IRQPTYIQYGOV): the bloc named inside is recent again, so "the
            // bloc" next finds it.
            const pe = stemEntity(lower(j - 1).replace(/^(al|el)-/, '')) ?? namedOrg(lower(j - 1), m.code);
            if (pe && pe !== e) refresh(pe, s, j - 1);
            break;
          }
          emit(m, null);
          // The apposition of a person named just before is that person: his subject role stands (no touch).
          if (ap && ap.lastSentence !== s) touch(ap, m, s);
          bind(m, e);
          innerPerson(m, s);
          // A known acronym in parentheses after a long name ("... Revolution in Iraq (SCIRI)")
          // is that name: it takes the name's words, so "the council" finds it.
          if (m.end - m.start === 1 && m.start - 1 > a && doc.form[m.start - 1] === '(' && m.end < b && doc.form[m.end] === ')' && ACRONYM.test(doc.form[m.start])) {
            const prev = result.length > 1 ? result[result.length - 2] : undefined;
            if (prev && prev.end === m.start - 1) for (let k = prev.start; k < prev.end; k++) e.titles.add(lower(k));
            e.acronym = doc.form[m.start];
          }
          // An acronym introduced in parentheses: "the Supreme Council ... (SCIRI)".
          if (m.end + 2 < b && doc.form[m.end] === '(' && ACRONYM.test(doc.form[m.end + 1]) && doc.form[m.end + 2] === ')') {
            e.acronym = doc.form[m.end + 1];
          }
          continue;
        }
        const i = st.tok!;
        if (!free(i) || consumed.has(i)) continue;
        const l = lower(i);
        // "received both men", "urged the two sides": the last pair.
        const pp = pairPhrase(doc, i);
        if (pp && pp.start >= a) {
          const codes = pairFor(pp.kind, s, pp.start, result, byEnd);
          if (codes && pp.possessive) {
            possessivePair(i + 1, codes);
            continue;
          }
          if (codes) {
            const r = pairMention(pp.start, i + 1, codes, 'title', s);
            cover(r);
            result.push(r);
            pair = { codes, persons: pp.kind === 'person', sentence: s, from: r.resolvedFrom!, strong: true };
            members.set(pair, chosen);
            continue;
          }
        }
        const one = (e: Entity | null, via: Via, end = i + 1, code?: string): boolean => {
          if (!e) return false;
          const m = resolved({ start: i, end, code: e.code, rule: '', head: end - 1 }, e, via, code ?? e.code);
          m.rule = `article:${via} -> ${e.rule}`;
          cover(m);
          emit(m, e);
          return true;
        };
        // "The pontiff urged ..." after "Pope Francis", "The Guards said ..." after "the Revolutionary Guards": a title the
        // person was named with, or the last word of an organisation's name, said again with "the" and known to no
        // dictionary (s19-discourse).
        if (i > a && lower(i - 1) === 'the' && doc.head[i - 1] === i && (upos(i) === 'NOUN' || upos(i) === 'PROPN') &&
          !(i + 1 < b && (upos(i + 1) === 'NOUN' || upos(i + 1) === 'PROPN'))) {
          // A person's title written just before the name ("Pope Francis", "Grand Ayatollah Ali al-Sistani").
          const named = (e: Entity, w: string): boolean => {
            for (let k = e.anchor.start; k + 1 < e.anchor.end; k++) {
              if (doc.form[k].toLowerCase() !== w || !cap(doc.form[k])) continue;
              let rest = true;
              for (let j = k + 1; j < e.anchor.end && rest; j++) rest = cap(doc.form[j]) || NAME_PARTICLES.has(lower(j)) || doc.form[j] === '-';
              if (rest) return true;
            }
            return false;
          };
          const e = recent(s, i, (x) => {
            if (x.kind === 'person') {
              if (cap(doc.form[i]) || !x.name || x.name.split(' ').includes(l)) return null;
              return [l, ...(TITLE_SYNONYMS.get(l) ?? [])].some((w) => x.titles.has(w) && named(x, w)) ? 0 : null;
            }
            return cap(doc.form[i]) && !NOT_SHORT_NAMES.has(l) && x.anchorSize >= 2 && lower(x.anchor.end - 1) === l && !x.code.startsWith('---') ? 0 : null;
          }, maxTitleSentences, 0.04);
          if (e && one(e, 'title')) continue;
        }
        if (HONORIFICS.has(l) && cap(doc.form[i]) && prevMain && prevMain.kind !== 'person' && nonStateCode(prevMain.code)) {
          // 'Leaders of the Awakening councils complained ... "We ...," said Sheikh Abu Omar al-Ani': a person no
          // dictionary knows, named by an honorific, is one of the non-state group the previous sentence was about.
          let end = i + 1;
          for (let k = i + 1; k < b && k < i + 1 + MAX_NAME_RUN && free(k); k++) {
            const lk = lower(k);
            // "al - Ani" written as one word.
            if (lk === '-' && k + 1 < b && doc.end[k - 1] === doc.start[k] && doc.end[k] === doc.start[k + 1] && free(k + 1)) {
              end = k + 2;
              k++;
              continue;
            }
            if (NAME_PARTICLES.has(lk)) continue;
            if (!cap(doc.form[k]) || NOT_NAME_WORDS.has(lk) || (upos(k) !== 'PROPN' && upos(k) !== 'X' && upos(k) !== '_')) break;
            end = k + 1;
          }
          if (end > i + 1) {
            const pm: ActorMention = { start: i, end, code: prevMain.code, rule: `article:${doc.form[i]} + unknown name + member of ${prevMain.rule}`, head: end - 1 };
            if (stats) stats.resolved++;
            cover(pm);
            result.push(pm);
            bind(pm, register(pm, s, true));
            continue;
          }
        }
        if (dep(i) === 'obj' && VETOED_NOUNS.has((doc.lemma[i] || l).toLowerCase())) {
          // "The White House threatened to veto the bill": the veto is aimed at the subject's own legislature.
          const leg = vetoedLegislature(doc, i, a, b, result);
          if (leg) {
            const m: ActorMention = { start: i, end: i + 1, code: leg.code, rule: `article:vetoed ${l} -> legislature of ${leg.from.code}`, head: i, via: 'title' };
            m.resolvedFrom = { start: leg.from.start, end: leg.from.end, sentence: s };
            if (stats) stats.resolved++;
            cover(m);
            result.push(m);
            continue;
          }
        }
        const fp = FIRST_PERSON.get(l);
        if (fp) {
          // "I", "we" inside a quotation: its speaker, perhaps named after it ('"We will not disarm," the cleric said').
          const q = quoteAt(i);
          if (!q || q.speaker < 0 || fp.possessive || upos(i) !== 'PRON') continue;
          const e = entAt.get(q.speaker);
          if (e) one(e, 'pronoun');
          else if (q.speaker > i) wait(q.speaker, s, i, 'quote speaker', null);
          continue;
        }
        if (PRONOUNS.has(l)) {
          const info = pronounInfo(i)!;
          // A possessive is no mention of its own ("its blockade of Gaza" is about Gaza,
          // "his Turkish counterpart" is the Turk); it only tells whose group a noun is ("his militia").
          // s17-actors: but the owner of a thing attacked or entered ("gunmen attacked his convoy", "helicopters struck
          // their positions", "troops stormed its headquarters") is the one acted on: a mention of its own there.
          if (info.possessive && ownedTarget(doc, i)) {
            if (one(pronounEntity(i, s, true), 'pronoun')) continue;
          }
          if (info.possessive) continue;
          // "among them two lawmakers", "two of them": members of a set, no actor (plural.ts).
          if (info.plural && isPartitive(doc, i)) continue;
          // A subject pronoun whose antecedent is in the same sentence ("X said he would ...")
          // is left to the coder, which reads it as the governing clause's source: as a
          // mention it would only take the target slot of "said".
          const subject = dep(i).startsWith('nsubj');
          if (subject && upos(i) === 'PRON') {
            // "Speaking to reporters, he accused ..., Maliki said": the speaker named after it.
            const k = cataphoraSpeaker(doc, i);
            // Only a speaker that agrees ("It summoned the ambassador, a ministry official said": not the official).
            const sm = k >= 0 && !free(k) ? ms.find((x) => x.start <= k && k < x.end) : undefined;
            const sk = sm ? classify(sm) : null;
            // '"They do not respect the Iraqi people," Maliki said': "they" is no one person.
            if (sk && (info.person === true ? sk.kind === 'person' : info.person === false ? sk.kind !== 'person' && !sk.plural : info.plural ? sk.kind !== 'person' || sk.plural : true)) {
              wait(k, s, i, 'cataphora', info.person);
              continue;
            }
          }
          // "received complaints and would investigate them", "rejected the demands, calling them illegal": the things
          // the first verb took as its object, no actor to code.
          if (info.plural && !subject && thingsObject(i)) continue;
          // "among them", "some of them": part of a group just named, no actor to code.
          if (info.plural && i > a && /^(among|of|between)$/.test(lower(i - 1))) continue;
          if (info.plural && !subject) {
            // "Rice met Dulaimi and Hashemi and urged them": the pair named before in the sentence.
            let pairM: ActorMention | undefined;
            for (let k = result.length - 1; k >= 0 && k >= result.length - COORD_WINDOW && !pairM; k--) if (result[k].codes && result[k].codes!.length > 1 && result[k].via) pairM = result[k];
            const c = pairM ? { codes: pairM.codes!, rule: pairM.rule, from: pairM.resolvedFrom! } : coordinated(result, i, false);
            if (c) {
              const m: ActorMention = { start: i, end: i + 1, code: c.codes[0], codes: c.codes, rule: `article:pronoun -> ${c.rule}`, head: i, resolvedFrom: c.from, via: 'pronoun' };
              if (stats) stats.resolved++;
              cover(m);
              result.push(m);
              continue;
            }
          }
          // "Officials said they ...": the reporting verb's own subject, an actor or not, is what it means; left to the coder.
          // Not "he" after a plural subject ("His aides said he told Bush ..."): someone else, resolved below.
          const ms0 = subject ? matrixSubject(i) : -1;
          if (ms0 >= 0 && !(info.person === true && !info.plural && plural(ms0))) continue;
          // "Britain and France said they ...", "Both sides said they ...": left to the coder, as above.
          if (info.plural && subject && (coordinated(result, i) || result.some((x) => x.codes !== undefined && x.end <= i && s === doc.sentenceOf(x.start)))) continue;
          const e = l === 'it' ? (dep(i) === 'expl' ? null : salientIt(i)) : pronounEntity(i, s);
          if (e && e.lastSentence === s && subject) {
            subjectPronouns.push(i);
            continue;
          }
          if (info.plural) {
            // "Rice met Dulaimi and Hashemi and urged them", "received both men and appealed to them".
            const here = subject ? null : lastCoordination(doc, result, i);
            const p = here && doc.head[synHead(doc, { ...here.from, code: '', rule: '', head: here.from.end - 1 })] !== doc.head[i] ? here : pair;
            // The pair wins over an entity last named before it, and over a singular one named with it.
            const later = (x: Entity): boolean => x.lastSentence > p!.sentence || (x.lastSentence === p!.sentence && x.lastToken >= p!.from.end);
            // A singular organisation is "they" only for want of a pair.
            // '... its troops had killed "six armed men" who opened fire on them': the troops, named as such after the pair.
            const pluralHere = !!p && !!e && e.lastPlural && e.lastSentence === s && later(e);
            if (p && p.strong && p.sentence >= s - 1 && !pluralHere && (!e || (!e.plural && e.kind === 'org') || (!later(e) && (!e.plural || e.lastSentence < p.sentence || p === here)))) {
              chosen = members.get(p) ?? [];
              chosenFrom = p.from;
              const r = pairMention(i, i + 1, p.codes, 'pronoun', s);
              r.resolvedFrom = p.from;
              cover(r);
              result.push(r);
              continue;
            }
          }
          if (info.plural && (!e || e.lastSentence < s - 1)) {
            const c = prevResult ? coordinated(prevResult, Infinity) : null;
            if (c) {
              const m: ActorMention = { start: i, end: i + 1, code: c.codes[0], rule: `article:pronoun -> ${c.rule}`, head: i };
              if (c.codes.length > 1) m.codes = c.codes;
              m.resolvedFrom = c.from;
              m.via = 'pronoun';
              if (stats) stats.resolved++;
              cover(m);
              result.push(m);
              continue;
            }
          }
          one(e, 'pronoun', i + 1, info.plural && e && e.kind === 'person' && !e.plural && e.lastGroupCode && e.lastSentence === s ? e.lastGroupCode : undefined);
          continue;
        }
        if (upos(i) === 'NOUN' && (acts.length > 0 || result.length > 0)) {
          // "Akol denied the charge": the agent of the accusation reported before.
          const lemma = (doc.lemma[i] || l).toLowerCase();
          const holding = RELEASE_NOUNS.get(lemma);
          // "rejected the text": a thing made, named only as what a reaction is aimed at.
          const madeBy = dep(i) === 'obj' && REACTION_VERBS.has((doc.lemma[doc.head[i]] || lower(doc.head[i])).toLowerCase()) ? ARTEFACT_NOUNS.get(lemma) : undefined;
          const verbs = holding ?? EVENT_NOUNS.get(lemma) ?? madeBy;
          let j = i - 1;
          while (j > a && upos(j) === 'ADJ') j--;
          // "the release of the detainees", "their release": the holder (its "of" names the held).
          // "ordered an investigation": an inquiry is named with "a" too, as the object of the act that opens it.
          const inquiry = INQUIRY_NOUNS.has(lemma);
          // "Tuesday's raid", "last week's bombing": a day's act is a definite one.
          const dated = j - 1 >= a && /^['\u2019]s$/.test(doc.form[j]) && DAY_WORDS.has(lower(j - 1));
          const det = j >= a && (lower(j) === 'the' || dated || (holding !== undefined && /^(his|her|their|its)$/.test(lower(j))) || (inquiry && /^(an?|the)$/.test(lower(j))));
          // "the appeals filed by the losing factions", "the charges made by Iraqiya": the act's agent is named right there.
          const byAgent = i + 2 < b && XPOS[doc.xpos[i + 1]] === 'VBN' && lower(i + 2) === 'by';
          const named = i + 1 < b && (lower(i + 1) === 'of' || byAgent || (inquiry && /^(into|on)$/.test(lower(i + 1))));
          // "demanded an independent inquiry", "called for an investigation": what is asked of the state that would hold
          // it, the article's home government, not the agent of the act to be inquired into.
          const asker = inquiry && !named && /^(an?|the)$/.test(lower(j)) ? doc.head[i] : -1;
          if (asker >= 0 && home.home && INQUIRY_ASKS.has((doc.lemma[asker] || lower(asker)).toLowerCase()) && (dep(i) === 'obj' || (dep(i) === 'obl' && i > a && lower(j - 1) === 'for'))) {
            const m: ActorMention = { start: i, end: i + 1, code: `${home.home}GOV`, rule: `article:the ${l} asked -> home government ${home.home}`, head: i };
            cover(m);
            result.push(m);
            continue;
          }
          if (verbs && det && (holding !== undefined || !named) && (!inquiry || dep(i) === 'obj')) {
            let act: (typeof acts)[number] | undefined;
            // "Iran is holding three scholars, and Washington demanded their release": an act of this sentence, before the
            // noun, by its subject (the last few mentions only: bounded in 5,000-word sentences) (s15-discourse).
            for (let k = result.length - 1; k >= 0 && k >= result.length - COORD_WINDOW && !act; k--) {
              const x = result[k];
              // (A country-less police or army holds for the home: "security forces had abducted dozens ... their release".)
              const holder = holding !== undefined && home.home && x.code.startsWith('---') && RELEASE_HOLDERS.has(x.code.slice(3));
              if ((x.code.startsWith('---') && !holder) || x.end > i) continue;
              const xh = synHead(doc, x);
              const v = doc.head[xh];
              if (!dep(xh).startsWith('nsubj') || v < a || v >= i || upos(v) !== 'VERB') continue;
              if (verbs.includes(actLemma(v)) && !negatedAct(v)) act = { lemma: actLemma(v), m: x, sentence: s };
            }
            /** Whether act `x` is what this noun names: an act told by one of its verbs, or by the noun itself. */
            const names = (x: (typeof acts)[number]): boolean => verbs.includes(x.lemma) || x.lemma === `#${lemma}`;
            for (let k = acts.length - 1; k >= 0 && !act; k--) if (names(acts[k])) act = acts[k];
            // Failing a recent one, the story's own act told in its lead (no longer among the recent ones), as the object
            // of a reaction ("denounced the agreement"; "the attacks ended" is no act of the lead's named). Not an armed
            // act: the fighting told since is often another side's (implicit.ts answers those from the lead).
            const leadNamed = dep(i) === 'obj' && !FORCE_ACT_NOUNS.has(lemma) && !LATEST_ONLY_NOUNS.has(lemma);
            for (let k = leadActs.length - 1; k >= 0 && !act && leadNamed; k--) if (leadActs[k].sentence < s - ACT_SENTENCES && names(leadActs[k])) act = leadActs[k];
            // A thing made is its maker's however far back it was made (a law passed, a text presented).
            for (let k = madeActs.length - 1; k >= 0 && !act && verbs === madeBy; k--) if (verbs.includes(madeActs[k].lemma)) act = madeActs[k];
            if (act) {
              const x = act.m;
              // "Iran is holding three scholars ... demanded their release": a state acts through its government (as a
              // state's name as the subject of its act is coded: src/actors/stategov.ts) (s15-discourse).
              const st = sectors(x.code, countries);
              // Not an armed act ("the raid", "the shelling"): a state's force is not its government.
              let code = !x.codes && !FORCE_ACT_NOUNS.has(lemma) && st.country === x.code && st.chunks.length === 0 && !NOT_A_COUNTRY.has(x.code) ? `${x.code}GOV` : x.code;
              // "security forces had detained hundreds ... demanded their release": a demand to free those the home's police
              // or army hold is made of its government.
              if (holding !== undefined && !x.codes && home.home && (st.country === home.home || !st.country || st.country === '---') && st.chunks.length === 1 && RELEASE_HOLDERS.has(st.chunks[0])) code = `${home.home}GOV`;
              const m: ActorMention = { start: i, end: i + 1, code, rule: `article:the ${l} -> ${x.rule}${code === x.code ? '' : ' + a state acts through its government'}`, head: i, via: 'title' };
              if (x.codes) m.codes = x.codes;
              if (x.party) m.party = x.party;
              // An armed leader's statement is his political side's act (as he is when named: src/actors/leaders.ts).
              if (x.party && STATEMENT_NOUNS.has(lemma) && /^[A-Z]{3}(REB|INS|SEP|UAF)/.test(x.code)) {
                m.code = x.party;
                delete m.codes;
              }
              m.resolvedFrom = x.resolvedFrom ?? { start: x.start, end: x.end, sentence: act.sentence };
              if (stats) stats.resolved++;
              cover(m);
              result.push(m);
              continue;
            }
            // "Demonstrators demanded the release of detainees", no holder named: asked of the home's government, as
            // an inquiry is.
            const by = doc.head[i];
            // (Not when the holder is named in the phrase: "the release of five officials seized by U.S. troops".)
            let agentNamed = false;
            for (let k = i + 1; k < b && k < i + 12 && !agentNamed; k++) agentNamed = lower(k) === 'by';
            if (holding !== undefined && home.home && !agentNamed && by >= 0 && dep(i) === 'obj' && INQUIRY_ASKS.has((doc.lemma[by] || lower(by)).toLowerCase())) {
              const m: ActorMention = { start: i, end: i + 1, code: `${home.home}GOV`, rule: `article:the ${l} asked -> home government ${home.home}`, head: i };
              cover(m);
              result.push(m);
              continue;
            }
          }
        }
        if ((l === 'south' || l === 'north') && compass.has(l) && cap(doc.form[i]) && i > a && lower(i - 1) === 'the') {
          // "the South cut all ties", "the South's army": not "the South African envoy", "the South China Sea".
          const nx = i + 1 < b ? doc.form[i + 1] : '';
          if (!cap(nx) || /^['\u2019]s?$/.test(nx)) {
            const c = compass.get(l)!;
            const e = recent(s, i, (x) => (x.code === c ? 0 : null), s + 1);
            if (e && one(e, 'title')) continue;
          }
        }
        if (i + 1 < b && ((l === 'each' && lower(i + 1) === 'other') || (l === 'one' && lower(i + 1) === 'another'))) {
          // "The two leaders accused each other": the plural subject's actors, towards one another.
          let codes: string[] | null = null;
          let from: ActorMention['resolvedFrom'];
          for (let k = result.length - 1; k >= 0 && k >= result.length - COORD_WINDOW && !codes; k--) {
            const x = result[k];
            if (x.codes && x.codes.length > 1 && x.end <= i) {
              codes = x.codes;
              from = x.resolvedFrom ?? { start: x.start, end: x.end, sentence: s };
            }
          }
          if (!codes) {
            const c = coordinated(result, i);
            if (c) ({ codes, from } = c);
          }
          // "Iraq and Turkey summoned each other's ambassadors": the pair's countries own the next noun, as in
          // "the two countries' ambassadors" (each side's event is aimed at the other's).
          if (codes && i + 2 < b && /^['\u2019]s?$/.test(doc.form[i + 2])) {
            possessivePair(i + 2, codes);
            consumed.add(i + 1);
            continue;
          }
          if (codes && from) {
            const m: ActorMention = { start: i, end: i + 2, code: codes[0], codes, rule: `article:each other -> ${codes.join(' & ')}`, head: i + 1, resolvedFrom: from, via: 'pronoun' };
            if (stats) stats.resolved++;
            cover(m);
            result.push(m);
            consumed.add(i + 1);
            continue;
          }
        }
        if (FOLLOWER_NOUNS.has(l) && upos(i) !== 'VERB') {
          let p = possessor(i, s, byEnd, consumed);
          // "Dozens of Sadr supporters": a person's name right before a plural follower noun is its possessor;
          // the two words are one mention, the group's (the name alone would take the group's place in the event).
          const named = !p && plural(i) && i > a ? byEnd.get(i) : undefined;
          const last = result[result.length - 1];
          if (named && named.kind === 'person' && last && last.end === i && !last.resolvedFrom) {
            p = named;
            result.pop();
            const m = resolved({ start: last.start, end: i + 1, code: p.code, rule: `article:${last.rule} + ${l}`, head: i }, p, 'group', groupCode(p, FOLLOWER_NOUNS.get(l)!));
            cover(m);
            emit(m, p);
            const g = register({ ...m, resolvedFrom: undefined, via: undefined }, s);
            g.kind = 'group';
            g.plural = true;
            bind(m, g);
            continue;
          }
          if (p && one(p, 'group', i + 1, groupCode(p, FOLLOWER_NOUNS.get(l)!))) {
            // "his men", "his fighters" are also a group of their own: "they", "them" after them.
            if (plural(i)) {
              const gm = result[result.length - 1];
              const g = register({ ...gm, resolvedFrom: undefined, via: undefined }, s);
              g.kind = 'group';
              g.plural = true;
              bind(gm, g);
            }
            continue;
          }
        }
        if ((l === 'country' || l === 'nation') && upos(i) === 'NOUN') {
          // "Tareq al-Hashemi, the country's most senior Sunni politician": the possessor of a title in apposition
          // to a named actor only says where the title holds; the person is the actor, not the country.
          const t = doc.head[i];
          if (t > i && t < b && DEPREL[doc.dep[i]] === 'nmod:poss' && DEPREL[doc.dep[t]] === 'appos' && (PERSON_NOUNS.has(lower(t)) || DESCRIPTION_NOUNS.has(lower(t)))) continue;
          // "the country's most powerful Shiite cleric blamed ...": the possessor of a person noun, when it is the article's
          // own country, only says where the title holds (the person takes the home country); the person is the actor.
          const ownsPerson = t > i && t < b && DEPREL[doc.dep[i]] === 'nmod:poss' && (PERSON_NOUNS.has(lower(t)) || DESCRIPTION_NOUNS.has(lower(t)));
          const whose = (c: string | null): boolean => ownsPerson && c !== null && c === home.home;
          // "his country" is the possessor's country; "the country" the last country named.
          const p = possessor(i, s, byEnd, consumed);
          const pc = p ? sectors(p.code, countries).country : null;
          if (p && pc) {
            if (whose(pc)) continue;
            one(p, 'group', i + 1, pc);
            continue;
          }
          if (!p && definiteWords(i, i, s)) {
            // "Biden, who visited Baghdad, pressed the country's leaders", "Annan congratulated the Iraqi people and urged
            // the country's leaders": a foreigner acting on the article's home country, named earlier in the sentence,
            // acts on that country, not on his own or the last one named.
            const hc = home.home;
            // (Not "the country" as a subject: "the Turkish minister, in Baghdad, said the country would respond" is his.)
            const homeNamed = hc !== null && !dep(i).startsWith('nsubj') && ms.some((x) => x.end <= i && sectors(x.code, countries).country === hc && !dep(synHead(doc, x)).startsWith('nsubj'));
            const homeEnt = homeNamed ? recent(s, i, (x) => (x.kind === 'country' && x.code === hc ? 0 : null), maxTitleSentences) : null;
            // "The Lebanese army said ... its troops acted to defend the nation": the country of the sentence's
            // subject, before a country named in an earlier sentence.
            const subj = mainSubjectBefore(i);
            const sc = subj ? sectors(subj.code, countries).country : null;
            if (homeEnt && sc !== hc) {
              one(homeEnt, 'title');
              continue;
            }
            if (subj && sc && !NOT_A_COUNTRY.has(sc)) {
              if (whose(sc)) continue;
              one(subj, 'group', i + 1, sc);
              continue;
            }
            const e = recent(s, i, (x) => (x.kind === 'country' && !x.code.startsWith('---') ? 0 : null));
            if (e) {
              if (whose(sectors(e.code, countries).country)) continue;
              one(e, 'title');
              continue;
            }
          }
        }
        if (ACRONYM.test(doc.form[i]) && one(acronymEntity(doc.form[i]), 'acronym')) continue;
        const ist = /^(\p{Lu}[\p{L}'-]*?)(?:ists?|ites?)$/u.exec(doc.form[i]);
        if (ist) {
          const p = stemEntity(ist[1].toLowerCase().replace(/^(al|el)-/, ''));
          if (p && one(p, 'group', i + 1, groupCode(p, null))) continue;
        }
        // A name the tagger took for a common noun ('..." Gates/NOUN told reporters') when it is a known person's.
        // At the start of a sentence, before a comma, a surname may be tagged anything ("Hakim/INTJ, whose party ...").
        const nounName = (upos(i) === 'NOUN' && (i > a || (i + 1 < b && upos(i + 1) === 'VERB'))) || (i === a && i + 1 < b && doc.form[i + 1] === ',' && /^(NOUN|INTJ|ADJ|VERB)$/.test(upos(i)));
        if (cap(doc.form[i]) && (upos(i) === 'PROPN' || upos(i) === 'X' || upos(i) === '_' || nounName) && !NOT_NAME_WORDS.has(l)) {
          const hit = shortName(i, s, free);
          if (hit && one(hit[0], 'short-name', hit[1])) continue;
          // "Hamid al-Khudari, who is a member of ISCI, said": a name no dictionary knows, of the group it belongs to.
          const mb = upos(i) === 'PROPN' && (i === a || !cap(doc.form[i - 1])) ? memberName(i) : null;
          if (mb) {
            const pm: ActorMention = { start: i, end: mb.end, code: mb.code, rule: `article:unknown name + ${mb.rule}`, head: mb.end - 1 };
            if (stats) stats.resolved++;
            cover(pm);
            result.push(pm);
            bind(pm, register(pm, s, true));
            continue;
          }
        }
        // "the bloc loyal to X", "the group led by X" say whose, as "of" does.
        const ofAt = i + 2 < b && lower(i + 1) === 'of' ? i + 2 : i + 3 < b && /^(loyal|led|headed)$/.test(lower(i + 1)) && /^(to|by)$/.test(lower(i + 2)) ? i + 3 : -1;
        if (GENERIC_ORG_NOUNS.has(l) && upos(i) === 'NOUN' && !plural(i) && ofAt > 0) {
          // "the movement of Shiite cleric Moqtada al-Sadr", "the bloc of X": the non-state leader's
          // organisation, an antecedent of its own ("its followers", later "the movement").
          const x = msAt.get(ofAt) ?? msAt.get(ofAt + 1);
          if (x && (x.start === ofAt || lower(ofAt) === 'the') && nonStateCode(x.code)) {
            const gm: ActorMention = { start: i, end: i + 1, code: POLITICAL_GROUP_NOUNS.has(l) && x.party ? x.party : x.code, rule: `article:the ${l} of ${x.rule}`, head: i };
            if (stats) stats.resolved++;
            cover(gm);
            const g = register(gm, s);
            g.kind = 'org';
            g.plural = false;
            emit(gm, g);
            bind(gm, g);
            continue;
          }
        }
        // "the Front", "the Council" written with a capital (tagged PROPN): a short name of the body.
        const capOrg = upos(i) !== 'NOUN' && cap(doc.form[i]) && i > a && lower(i - 1) === 'the' && !(i + 1 < b && cap(doc.form[i + 1]));
        if (ORG_NOUNS.has(l) && (upos(i) === 'NOUN' || capOrg) && !plural(i) && !(i + 1 < b && lower(i + 1) === 'of')) {
          const dw = definiteWords(i, i, s);
          // A capitalised "Front" is no name word to skip here: it is the title.
          const words = dw && capOrg ? [l] : dw;
          if (words) {
            // A modifier that is a mention of its own says what the body is ("the main Sunni Arab bloc"):
            // only an actor with its religion or ethnicity fits.
            const mod = i > a && !free(i - 1) ? result.find((x) => x.end === i) : undefined;
            const want = mod && sectors(mod.code, countries).chunks.some((c) => IDENTITY_CODES.has(c)) ? `---${sectors(mod.code, countries).chunks.join('')}` : null;
            const lem = (doc.lemma[i] || l).toLowerCase();
            // "the bloc", "the front": a political group, not the last militia (home.ts PARTY_NOUNS).
            const e = titleEntity(words, lem, want ?? (PARTY_NOUNS.has(lem) ? '---PTY' : null), s, i, doc.head[i]);
            if (e) one(e, 'title', i + 1, e.kind === 'person' ? groupCode(e, 'PTY') : undefined);
          }
        }
      }
      result.sort((x, y) => x.start - y.start);
      // "A spokesman for the movement": a role of the actor after for/of.
      for (let k = 0; k + 1 < result.length; k++) {
        const m = result[k];
        // Plural roles too: "the ambassadors of 13 Western countries".
        // "An official in the office", "officials at the embassy": a role in an organisation (not a place) is its,
        // whatever country the home gave it.
        const inOrg = m.end < b && /^(in|at)$/.test(lower(m.end)) && (m.code.startsWith('---') || guessedCountry(m.rule));
        if ((!m.code.startsWith('---') && !inOrg) || m.resolvedFrom || !PERSON_NOUNS.has((doc.lemma[m.end - 1] || lower(m.end - 1)).toLowerCase())) continue;
        let j = m.end;
        if (j >= b || !(inOrg || /^(for|of)$/.test(lower(j)))) continue;
        j++;
        while (j < b && j < m.end + 4 && (lower(j) === 'the' || upos(j) === 'NUM')) j++;
        const x = result[k + 1];
        if (x.start !== j || x.code.startsWith('---')) continue;
        if (inOrg && sectors(x.code, countries).chunks.length === 0) continue;
        const e = byEnd.get(x.end);
        if (!e) continue;
        const { chunks } = sectors(m.code, countries);
        result[k] = resolved(m, e, 'group', groupCode(e, chunks[0] ?? null));
        // The role is that body's from now on: "A spokeswoman for the bloc warned ... She accused ..." (she speaks for it).
        const role = byEnd.get(m.end);
        if (role && role !== e && role.kind === 'person' && role.code === m.code && !role.name) {
          role.code = result[k].code;
          role.generic = false;
        }
      }
      // The sentence's last coordination, else a subject and object of different countries, is the pair to refer to.
      let co = lastCoordination(doc, result, Infinity);
      // A list of one code ("tanks and artillery", "in Anbar and Baghdad") is no new pair of sides over two actors set up
      // before it ("Iraqi soldiers and Kurdish peshmerga fighters exchanged fire, and both sides now have tanks and
      // artillery"): an earlier list of the sentence with two codes, else the pair set up before, stays the pair.
      let oneCode = false;
      if (co && co.codes.length < 2 && !allPersons(result, co.from, byEnd)) {
        const earlier = lastCoordination(doc, result, co.from.start);
        if (earlier && earlier.codes.length >= 2) co = earlier;
        else oneCode = pair !== null && pair.codes.length >= 2 && s - pair.sentence <= PAIR_SENTENCES;
      }
      if (s === 0 && co) leadPair = { ...co, persons: false };
      if (co && !oneCode && !(pair && pair.sentence === s && pair.from.start > co.from.start)) {
        co.persons = allPersons(result, co.from, byEnd);
        pair = co;
        members.set(co, membersOf(result, co.from, byEnd));
      } else if (!co && (!pair || pair.sentence < s)) {
        pair = subjectObjectPair(doc, result, countries) ?? pair;
      }
      out.push(result);
      /** Whether token `h` has a preposition of its own (a few tokens before it). */
      const hasCase = (h: number): boolean => {
        for (let k = Math.max(a, h - 4); k < h; k++) if (doc.head[k] === h && dep(k) === 'case') return true;
        return false;
      };
      // Verbs conjoined to a verb with no subject of their own ("troops raided a district and detained six men"): acts of
      // its subject too (one pass over the sentence).
      const withSubject = new Set<number>();
      for (let k = a; k < b; k++) if (dep(k).startsWith('nsubj')) withSubject.add(doc.head[k]);
      const sharing = new Map<number, number[]>();
      for (let k = a; k < b; k++) {
        const h = doc.head[k];
        if (dep(k) !== 'conj' || upos(k) !== 'VERB' || h < a || h >= b || withSubject.has(k)) continue;
        const list = sharing.get(h);
        if (list) list.push(k);
        else sharing.set(h, [k]);
      }
      // The acts of this sentence whose agent is an actor (a subject, or "by" an actor).
      while (acts.length > 0 && acts[0].sentence < s - ACT_SENTENCES) acts.shift();
      for (const x of result) {
        if (x.code.startsWith('---')) continue;
        // The phrase head first (a misparsed modifier may hang elsewhere: "U.S. and Iraqi/conj troops").
        // A head hung inside the mention ("Tariq al-Hashemi/flat") is no phrase head.
        const inside = doc.head[x.head] >= x.start && doc.head[x.head] < x.end;
        const xh = x.head >= x.start && x.head < x.end && dep(x.head) !== 'compound' && !inside ? x.head : synHead(doc, x);
        let d = dep(xh);
        let v = doc.head[xh];
        // "U.S. and Iraqi troops raided ...": every member of a coordinated subject is the act's agent (s15-discourse).
        if (d === 'conj' && v >= a && v < b && dep(v).startsWith('nsubj')) {
          d = dep(v);
          v = doc.head[v];
        }
        // "support for Turkish air strikes", "Ankara's demand", "strikes by Turkish jets": an act told by its noun, its
        // author named on it, is that author's act as much as one told by a verb ("... condemned the strikes" later).
        // (A modifier only as a nationality: "the Ramadi raid" names where, "the drone attack" and "the status-of-forces
        // agreement" name how or what, not who.)
        const demonym = upos(xh) === 'ADJ' || /(ish|ian|ese|ch|qi|li|ti|ni)$|^U\.S\.$/.test(doc.form[xh]);
        const nounAuthor = ((d === 'amod' || d === 'compound') && demonym) || d === 'nmod:poss' || (d === 'nmod' && x.start > a && lower(x.start - 1) === 'by');
        const nounVerbs = nounAuthor && v >= a && v < b && upos(v) === 'NOUN' ? EVENT_NOUNS.get((doc.lemma[v] || lower(v)).toLowerCase()) : undefined;
        if (nounVerbs && !quoteOf(v)) {
          // Registered under its noun, named again only by that noun: "the army's offensive" is no "order" rejected later.
          acts.push({ lemma: `#${(doc.lemma[v] || lower(v)).toLowerCase()}`, m: x, sentence: s });
          if (s < LEAD_ACT_SENTENCES && leadActs.length < MAX_ACTS) leadActs.push(acts[acts.length - 1]);
          while (acts.length > MAX_ACTS) acts.shift();
          continue;
        }
        if (v < a || v >= b || upos(v) !== 'VERB') continue;
        // "In east Baghdad, U.S. and Iraqi troops raided ...": a subject with a preposition is a misparsed setting.
        if (d.startsWith('nsubj') && hasCase(xh)) continue;
        // "Cheney, who ..., has accused": a subject before a relative clause is sometimes parsed as a vocative.
        if (negatedAct(v)) continue;
        if (d === 'nsubj' || d === 'obl:agent' || (d === 'obl' && x.start > a && lower(x.start - 1) === 'by') || (d === 'vocative' && x.start === a && xh < v)) {
          const before = acts.length;
          acts.push({ lemma: actLemma(v), m: x, sentence: s });
          // Not inside a quotation ('"The Badr people opened fire and then accused us"': the speaker's side of it).
          if (d.startsWith('nsubj')) for (const c of sharing.get(v) ?? []) if (!quoteOf(c)) acts.push({ lemma: actLemma(c), m: x, sentence: s });
          // "agreed to end the mission", "ordered the paper closed": the act its complement names is the subject's too.
          if (d.startsWith('nsubj')) {
            for (const h of [v, ...(sharing.get(v) ?? [])]) for (const c of controlledActs(h)) if (!quoteOf(c)) acts.push({ lemma: actLemma(c), m: x, sentence: s });
          }
          if (s < LEAD_ACT_SENTENCES) for (let k = before; k < acts.length; k++) if (leadActs.length < MAX_ACTS) leadActs.push(acts[k]);
          while (acts.length > MAX_ACTS) acts.shift();
        }
      }
      for (const x of acts) if (x.sentence === s && MAKING_VERBS.has(x.lemma) && !madeActs.includes(x)) madeActs.push(x);
      while (madeActs.length > MAX_ACTS) madeActs.shift();
      // "In a statement read at Friday prayers, Sadr urged ...", "X said in a statement": the statement is the
      // sentence's subject actor's ("The statement accused the United States" later).
      let said = false;
      for (let k = a + 1; k < b && !said; k++) {
        if (!STATEMENT_NOUNS.has((doc.lemma[k] || lower(k)).toLowerCase())) continue;
        said = lower(k - 1) === 'in' || (k - 2 >= a && lower(k - 2) === 'in' && /^(a|an|the|his|her|its|their)$/.test(lower(k - 1)));
      }
      if (said) {
        const speaker = result.find((x) => !x.code.startsWith('---') && /^(nsubj|appos|vocative)/.test(dep(synHead(doc, x))) && x.code.length > 3);
        if (speaker) {
          acts.push({ lemma: 'state', m: speaker, sentence: s });
          if (acts.length > MAX_ACTS) acts.shift();
        }
      }
      // "Crocker said ..., and he accused Tehran of ...": a subject pronoun left to the coder (its antecedent is in
      // the sentence) is the subject actor named before it; "the charge" later is that actor's.
      for (const k of subjectPronouns) {
        const v = doc.head[k];
        if (v < a || v >= b || upos(v) !== 'VERB' || !ACT_VERBS.has(actLemma(v)) || negatedAct(v)) continue;
        const person = PRONOUNS.get(lower(k))?.person;
        let x: ActorMention | undefined;
        // The last few mentions before the pronoun only (binary search, then a window: bounded in 5,000-word sentences).
        let lo = 0;
        let hi = result.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (result[mid].start < k) lo = mid + 1;
          else hi = mid;
        }
        for (let n = lo - 1; n >= 0 && n >= lo - COORD_WINDOW && !x; n--) {
          if (stats) stats.steps++;
          const y = result[n];
          if (y.end > k || y.code.startsWith('---') || !dep(synHead(doc, y)).startsWith('nsubj')) continue;
          const e = curTok.get(y.end - 1);
          if (e && (person === true ? e.kind === 'person' : person === false ? e.kind !== 'person' : true)) x = y;
        }
        if (x) {
          acts.push({ lemma: actLemma(v), m: x, sentence: s });
          if (acts.length > MAX_ACTS) acts.shift();
        }
      }
      prevResult = result;
      prevMain = null;
      for (const x of result) {
        let xh = synHead(doc, x);
        // "The United Nations human rights office": the actor named inside the subject phrase.
        if ((dep(xh) === 'compound' || dep(xh) === 'amod') && doc.head[xh] >= a && dep(doc.head[xh]).startsWith('nsubj')) xh = doc.head[xh];
        if (dep(xh).startsWith('nsubj') && mainClause(doc.head[xh])) {
          prevMain = curTok.get(x.end - 1) ?? null;
          break;
        }
      }
      // A subject the parse missed ("In western Baghdad, leaders of the councils, ..., complained"): the
      // first actor before the root verb that is no place (a bare country) nor in a prepositional phrase.
      if (!prevMain) {
        let root = -1;
        for (let k = a; k < b && root < 0; k++) if (doc.head[k] < 0 && upos(k) === 'VERB') root = k;
        for (const x of result) {
          if (root < 0 || x.end > root) break;
          if (sectors(x.code, countries).chunks.length === 0 || (x.start > a && upos(x.start - 1) === 'ADP')) continue;
          prevMain = curTok.get(x.end - 1) ?? null;
          break;
        }
      }
      prevTok = curTok;
      curTok = new Map();
    }
    return out;
  };

  /**
   * "the Fatah bloc of Hadi al-Amiri" in a Baghdad story: a foreign organisation's bare name that a home entry
   * extends ("Fatah Alliance") is that home entry, when the article names nothing else of the foreign country
   * (src/article/namesake.ts). Recodes in place; returns `sentences`.
   */
  const homeNamesakes = (doc: Doc, sentences: ActorMention[][]): ActorMention[][] => {
    const home = homes.get(doc);
    const namesake = opts.namesake;
    if (!home || !namesake) return sentences;
    const all = sentences.flat();
    for (const m of all) {
      const n = namesake(m.rule, home);
      if (!n || !m.code.startsWith(n.from)) continue;
      const foreign = n.from.slice(0, 3);
      // Another actor of that country in the article: the foreign reading stands.
      if (all.some((x) => x.code.startsWith(foreign) && !x.rule.includes(` ${n.name}`))) continue;
      m.code = n.to + m.code.slice(n.from.length);
      m.rule = `${m.rule} + home namesake ${n.to}`;
      if (m.codes) m.codes = undefined;
    }
    return sentences;
  };

  /**
   * "the occupation forces", "the occupation authority" in a story at home in an occupied country
   * (OCCUPYING_POWERS): the occupying power's military or government, not the home's. Recodes in place.
   */
  const occupationForces = (doc: Doc, sentences: ActorMention[][]): ActorMention[][] => {
    const home = homes.get(doc);
    const power = home ? OCCUPYING_POWERS.get(home) : undefined;
    // "the occupiers", "the occupying powers": the occupying power's military or government; where the article's home is
    // no occupied country, someone the article does not name (not the home's own forces).
    for (const m of sentences.flat()) {
      if (!OCCUPIER_RULE.test(m.rule)) continue;
      const { country, chunks } = sectors(m.code, countries);
      if (country !== null && country !== '---' && country !== home) continue;
      const sector = chunks.length > 0 && STATE_SECTORS.has(chunks[0]) ? chunks[0] : 'MIL';
      m.code = power ? `${power}${sector}` : '---';
      m.rule = `${m.rule} + the occupation's ${power ?? 'unnamed power'}`;
      m.codes = undefined;
    }
    if (!home || !power) return sentences;
    for (const m of sentences.flat()) {
      if (m.start === 0 || doc.form[m.start - 1].toLowerCase() !== 'occupation' || m.end - m.start !== 1) continue;
      const { country, chunks } = sectors(m.code, countries);
      if (country !== home || chunks.length === 0 || !STATE_SECTORS.has(chunks[0])) continue;
      // ("the occupation forces/troops" are its military, whatever security force the bare noun was resolved to.)
      m.code = /^(forces|troops)$/i.test(doc.form[m.end - 1]) ? `${power}MIL` : power + chunks.join('');
      m.start--;
      m.rule = `${m.rule} + the occupation's ${power}`;
      m.codes = undefined;
    }
    return sentences;
  };

  /**
   * "the coalition" in a Baghdad story of the occupation (OCCUPATION_COALITIONS): the occupying power's
   * authority (USAGOV; "coalition troops" USAMIL), not a party of the home country. Recodes in place.
   */
  const occupationCoalition = (doc: Doc, sentences: ActorMention[][], date: DayNumber | undefined): ActorMention[][] => {
    const home = homes.get(doc);
    const occ = date !== undefined && home ? OCCUPATION_COALITIONS.find((o) => o.home === home && o.from <= date && date <= o.to) : undefined;
    if (!occ) return sentences;
    for (const m of sentences.flat()) {
      const words = doc.form.slice(m.start, m.end).map((w) => w.toLowerCase());
      if (!m.code.startsWith(`${home}PTY`) || !COALITION_RULE.test(m.rule)) continue;
      // "the coalition's deputy operations chief": one of the coalition's.
      const member = !words.some((w) => COALITION_WORDS.has(w)) && /group of \S*agents[^ ]* coalition\b/.test(m.rule);
      if (!member && !words.some((w) => COALITION_WORDS.has(w))) continue;
      // Only the bare noun ("the coalition", "coalition officials"): "Maliki's coalition", "the ruling coalition" are parties.
      const k = words.findIndex((w) => COALITION_WORDS.has(w));
      if (k > 0 && !/^(the|a|us-led|u.s.-led|american-led)$/.test(words[k - 1])) continue;
      if (m.start + k > 0 && k === 0 && /^('s|ruling|governing|opposition|his|her|its|their)$/i.test(doc.form[m.start - 1])) continue;
      const rest = m.code.slice(6);
      m.code = `${occ.power}${rest && rest !== 'PTY' ? rest : 'GOV'}`;
      m.rule = `${m.rule} + the occupation's coalition ${occ.power}`;
      m.codes = undefined;
    }
    return sentences;
  };

  /**
   * The article-level recodings above (home namesakes, occupation forces, the occupation's coalition), then the
   * mentions resolved to a recoded one ("it" after "the coalition") recoded alike. In place; returns `sentences`.
   */
  const articleRecodings = (doc: Doc, sentences: ActorMention[][], date: DayNumber | undefined): ActorMention[][] => {
    const before = new Map<ActorMention, { key: string; code: string }>();
    sentences.forEach((ms, s) => {
      for (const m of ms) before.set(m, { key: `${s}:${m.start}:${m.end}`, code: m.code });
    });
    occupationCoalition(doc, occupationForces(doc, homeNamesakes(doc, sentences)), date);
    const changed = new Map<string, { from: string; to: string }>();
    for (const [m, b] of before) if (m.code !== b.code) changed.set(b.key, { from: b.code, to: m.code });
    if (changed.size === 0) return sentences;
    for (const ms of sentences) {
      for (const m of ms) {
        const r = m.resolvedFrom;
        const c = r ? changed.get(`${r.sentence}:${r.start}:${r.end}`) : undefined;
        if (!c || m.code === c.to) continue;
        if (m.code === c.from) m.code = c.to;
        else if (m.code.startsWith(c.from)) m.code = c.to + m.code.slice(c.from.length);
        else continue;
        m.rule = `${m.rule} + as its antecedent ${c.to}`;
        m.codes = undefined;
      }
    }
    return sentences;
  };

  return {
    setDateline(doc: Doc, dateline: string | undefined): void {
      if (dateline === datelines.get(doc)) return;
      if (dateline) datelines.set(doc, dateline);
      else datelines.delete(doc);
      memo.delete(doc);
    },
    homeOf(doc: Doc): string | null {
      return homes.get(doc) ?? null;
    },
    match(doc: Doc, s: number, date?: DayNumber): ActorMention[] {
      if (s < 0 || s >= doc.sentenceCount) throw new RangeError(`sentence ${s} out of range 0..${doc.sentenceCount - 1}`);
      let m = memo.get(doc);
      if (!m || m.date !== date) {
        // Coding conventions for armed actors over the resolved article (src/actors/conventions.ts).
        m = { date, sentences: articleRecodings(doc, applyArmedConventions(doc, resolveDoc(doc, date), { countries, branches: opts.branches }), date) };
        memo.set(doc, m);
      }
      return m.sentences[s].slice();
    },
  };
}

/** A plural noun: tagged so and not its own lemma ("militia" tagged NNS is not plural). */
function isPlural(doc: Doc, i: number): boolean {
  const x = XPOS[doc.xpos[i]];
  if (x !== 'NNS' && x !== 'NNPS') return false;
  const f = doc.form[i].toLowerCase();
  const l = (doc.lemma[i] || f).toLowerCase();
  return l !== f || /s$/.test(f);
}

/** The token of a mention whose head lies outside it (its syntactic head). */
/**
 * The legislature a vetoed bill stands for: `i` is the object of "veto", whose subject (or, for
 * "threatened to veto", "would not hesitate to veto", the governing verb's subject) is a state actor
 * named in `result`; that actor's country + LEG, with the subject mention. Null otherwise.
 */
function vetoedLegislature(doc: Doc, i: number, a: number, b: number, result: readonly ActorMention[]): { code: string; from: ActorMention } | null {
  let v = doc.head[i];
  if (v < a || v >= b || (doc.lemma[v] || doc.form[v]).toLowerCase() !== 'veto') return null;
  for (let up = 0; up < 3 && v >= a && v < b; up++) {
    for (let k = a; k < b; k++) {
      if (doc.head[k] !== v || !(DEPREL[doc.dep[k]] ?? '').startsWith('nsubj')) continue;
      const x = result.find((m) => m.start <= k && k < m.end);
      if (!x) return null;
      const { country, sector } = splitActorCode(x.code);
      // A legislature does not veto its own bill; a veto by a non-state actor is no such act.
      if (!country || !sector || !/^(GOV|ELI)/.test(sector)) return null;
      return { code: `${country}LEG`, from: x };
    }
    const d = DEPREL[doc.dep[v]] ?? '';
    if (d !== 'xcomp' && d !== 'conj') return null;
    v = doc.head[v];
  }
  return null;
}

function synHead(doc: Doc, m: ActorMention): number {
  for (let k = m.start; k < m.end; k++) {
    const h = doc.head[k];
    if (h < m.start || h >= m.end) return k;
  }
  return m.head;
}

/**
 * Unknown actors from context, in place: a title mention followed by an unknown
 * name takes the name ("Iraqi Vice President" + "Tariq al-Hashemi"); a country
 * followed by an organisation name takes it ("Iraqi Accord Front" -> IRQPTY); a
 * name in apposition to a title gets the title's code ("Tariq al-Hashemi, the
 * Iraqi vice president"); a religious modifier makes a group ("the Sunni-based
 * insurgency" -> ---INSSUN).
 */
function extendUnknown(
  doc: Doc,
  s: number,
  ms: ActorMention[],
  free: (k: number) => boolean,
  cover: (m: ActorMention) => void,
  unknownPerson: Set<ActorMention>,
  countries: Iterable<string> | undefined,
  ownerOf: Map<ActorMention, ActorMention>,
): void {
  const a = doc.sentStart[s];
  const b = doc.sentEnd[s];
  const lower = (i: number): string => doc.form[i].toLowerCase();
  const upos = (i: number): string => UPOS[doc.upos[i]] ?? '_';
  /** End of a run of name words starting at `i` (i itself when none). */
  const nameRun = (i: number): number => {
    let end = i;
    for (let k = i; k < b && k < i + MAX_NAME_RUN && free(k); k++) {
      const l = lower(k);
      // "Kim Kwan-jin": a hyphen written inside a word joins a lower-case part to the name.
      if (l === '-' && k > i && k + 1 < b && doc.end[k - 1] === doc.start[k] && doc.end[k] === doc.start[k + 1] && free(k + 1)) {
        end = k + 2;
        k++;
        continue;
      }
      if (NAME_PARTICLES.has(l)) continue;
      if (!cap(doc.form[k]) || NOT_NAME_WORDS.has(l) || (upos(k) !== 'PROPN' && upos(k) !== 'X' && upos(k) !== '_')) break;
      end = k + 1;
    }
    return end;
  };
  /** A mention that is a person's role with a country and a sector ("the U.S. commander", "Kirkuk's police chief"). */
  const roleWith = (x: ActorMention | undefined, anyCountry = false): ActorMention | undefined =>
    x && (anyCountry || !x.code.startsWith('---')) && sectors(x.code, countries).chunks.length > 0 && PERSON_NOUNS.has(lower(x.end - 1)) ? x : undefined;
  /** Such a role in apposition starting at `i` ("the U.S. commander", "a British spokesman"). */
  const appositionAfter = (i: number): ActorMention | undefined => {
    const st = /^(the|a|an)$/.test(lower(i)) ? i + 1 : i;
    const x = roleWith(ms.find((y) => y.start === st && !y.resolvedFrom));
    return x && (DEPREL[doc.dep[x.end - 1]] === 'appos' || x.end >= b || doc.form[x.end] === ',' || doc.form[x.end] === 'for') ? x : undefined;
  };
  const added: ActorMention[] = [];
  const removed = new Set<ActorMention>();
  const byStart = new Map<number, ActorMention>();
  for (const m of ms) byStart.set(m.start, m);
  for (const m of ms) {
    const last = lower(m.end - 1);
    const { country, chunks } = sectors(m.code, countries);
    // ("Sheik Omar al-Rawi": the honorific's other spelling too.)
    if ((PERSON_NOUNS.has(last) || HONORIFICS.has(last)) && chunks.length > 0) {
      const end = nameRun(m.end);
      if (end > m.end) {
        // "Col. X, the British spokesman,": a bare title takes the role in apposition (country included).
        // ("Kirkuk's police chief, Brig. Gen. X,": the role before it, whose country may come later from its place.)
        // Only a bare title: the country said inside it ("Iraqi Maj. Gen.") stays; one from the dateline does not.
        let titleOnly = true;
        for (let k = m.start; k < m.end; k++) if (!PERSON_NOUNS.has(lower(k)) && !TITLE_MODIFIERS.has(lower(k)) && !RANK_TITLES.has(lower(k))) titleOnly = false;
        const ap = !titleOnly ? undefined : (end + 1 < b && doc.form[end] === ',' ? appositionAfter(end + 1) : undefined) ??
          (m.start - 1 > a && doc.form[m.start - 1] === ',' ? roleWith(ms.find((y) => y.end === m.start - 1 && !y.resolvedFrom), true) : undefined);
        if (ap) m.code = ap.code;
        m.end = end;
        m.head = end - 1;
        m.rule = `${m.rule} + unknown name${ap ? ` + apposition ${ap.rule}` : ''}`;
        cover(m);
        unknownPerson.add(m);
        continue;
      }
    }
    // "IAEA Director Mikael Sandberg", "Hamas negotiator Yasin Qadri": a person of that body.
    if (chunks.length > 0 && !PERSON_NOUNS.has(last) && m.end < b && free(m.end) && PERSON_NOUNS.has(lower(m.end))) {
      let t = m.end;
      while (t < b && t < m.end + 3 && free(t) && (PERSON_NOUNS.has(lower(t)) || TITLE_MODIFIERS.has(lower(t)))) t++;
      const end = nameRun(t);
      if (end > t) {
        m.end = end;
        m.head = end - 1;
        m.rule = `${m.rule} + ${doc.form[t - 1]} + unknown name`;
        cover(m);
        unknownPerson.add(m);
        continue;
      }
    }
    if (country && chunks.length === 0 && m.end - m.start === 1) {
      // Title-case organisation names tag poorly ("Accord/ADJ Front"): any capitalised words.
      let end = m.end;
      for (let k = m.end; k < b && k < m.end + MAX_NAME_RUN && free(k) && cap(doc.form[k]) && !NOT_NAME_WORDS.has(lower(k)); k++) end = k + 1;
      const w = end > m.end ? lower(end - 1) : '';
      if (ORG_NAME_WORDS.has(w)) {
        m.end = end;
        m.head = end - 1;
        // "the Iraqi Turkmen Front": a country's adjective written just before is part of the name, and says whose.
        const adj = ms.find((x) => x !== m && x.end === m.start && x.end - x.start === 1 && !removed.has(x) && !x.resolvedFrom && cap(doc.form[x.start]) && upos(x.start) !== 'PROPN' && sectors(x.code, countries).country && sectors(x.code, countries).chunks.length === 0);
        const owner = adj ? sectors(adj.code, countries).country! : country;
        if (adj) {
          removed.add(adj);
          m.start = adj.start;
        }
        m.code = owner + (ORG_WORD_SECTOR.get(w) ?? '');
        m.rule = `${m.rule} + unknown organisation`;
        cover(m);
        continue;
      }
    }
    // "a leader of the Hadba list", "a member of the Karama Party": a person of a political group no
    // dictionary knows belongs to that group (---PTY, the home country completes it), as "a leader of the
    // Iraqiya bloc" is IRQPTYIQY; the name in apposition before it takes this code (below).
    let ofGroup = false;
    if (m.code === '---GOV' && GROUP_PERSON_NOUNS.has(last) && m.end + 2 < b && lower(m.end) === 'of') {
      let k = m.end + 1;
      if (/^(the|a|an)$/.test(lower(k))) k++;
      let end = k;
      while (end < b && end < k + MAX_NAME_RUN && free(end) && cap(doc.form[end]) && !NOT_NAME_WORDS.has(lower(end))) end++;
      // The group word closes the name, written in capitals or not ("the Hadba list", "the Karama Party").
      // "the Karama Party": the group word may be a mention of its own (IRQPTY "Party"), merged into this one.
      const word = end > k && end < b && POLITICAL_GROUP_NOUNS.has(lower(end)) ? byStart.get(end) : undefined;
      const absorbed = word && word.end === end + 1 && !free(end) ? word : undefined;
      const stop = end > k && end < b && (free(end) || absorbed) && POLITICAL_GROUP_NOUNS.has(lower(end)) ? end + 1 : end > k + 1 && POLITICAL_GROUP_NOUNS.has(lower(end - 1)) ? end : -1;
      if (stop > 0) {
        if (absorbed) removed.add(absorbed);
        m.end = stop;
        m.code = '---PTY';
        m.rule = `${m.rule} + of an unknown political group`;
        cover(m);
        ofGroup = true;
      }
    }
    // "The council's leader, Abdul Aziz al-Hakim,": the name in apposition after the title.
    if (PERSON_NOUNS.has(last) && chunks.length > 0 && m.end + 1 < b && doc.form[m.end] === ',' && free(m.end + 1)) {
      const end = nameRun(m.end + 1);
      const closes = end >= b || doc.form[end] === ',' || UPOS[doc.upos[end]] === 'PUNCT';
      // "a senior aide to the cleric, Nasser al-Rubaie": the name is the aide's, who acts for the cleric.
      let k = m.start - 1;
      if (k >= a && /^(the|a|an)$/.test(lower(k))) k--;
      const role = k > a && /^(to|for|of)$/.test(lower(k)) ? ms.find((x) => x.end === k && x !== m) : undefined;
      if (end > m.end + 1 && closes && role && PERSON_NOUNS.has(lower(role.end - 1))) {
        const n: ActorMention = { start: m.end + 1, end, code: role.code, rule: `${role.rule} (apposition) + unknown name`, head: end - 1 };
        cover(n);
        unknownPerson.add(n);
        ownerOf.set(n, m);
        added.push(n);
        continue;
      }
      if (end > m.end + 1 && (closes || DEPREL[doc.dep[m.end + 1]] === 'appos')) {
        m.end = end;
        m.head = end - 1;
        m.rule = `${m.rule} + name in apposition`;
        cover(m);
        unknownPerson.add(m);
        continue;
      }
    }
    // "Tariq al-Hashemi, the Iraqi vice president": the name before the apposition.
    const h = synHead(doc, m);
    if ((ofGroup || (chunks.length > 0 && !m.code.startsWith('---'))) && DEPREL[doc.dep[h]] === 'appos' && PERSON_NOUNS.has(lower(h))) {
      const g = doc.head[h];
      // "Sheikh Asaad al-Nasiri, a Sadr aide,": a name known only by its honorific (---ELI) is what the apposition says.
      const hon = g >= a && g < m.start && !free(g) ? ms.find((x) => x !== m && x.start <= g && g < x.end && x.end < m.start && unknownPerson.has(x)) : undefined;
      if (hon && hon.code === '---ELI' && doc.form[hon.end] === ',' && hon.end + 1 <= m.start) {
        hon.code = m.code;
        hon.rule = `${hon.rule} + apposition ${m.rule}`;
        continue;
      }
      if (g >= a && g < m.start && free(g) && upos(g) === 'PROPN') {
        let st = g;
        while (st > a && free(st - 1) && (cap(doc.form[st - 1]) && upos(st - 1) === 'PROPN' || NAME_PARTICLES.has(lower(st - 1)))) st--;
        while (st < g && !cap(doc.form[st])) st++;
        const end = nameRun(st);
        if (end > st) {
          const n: ActorMention = { start: st, end, code: m.code, rule: `${m.rule} (apposition) + unknown name`, head: end - 1 };
          cover(n);
          unknownPerson.add(n);
          added.push(n);
        }
      }
    }
  }
  // Religious or ethnic modifier + group noun ("Sunni insurgents", "the Sunni-based insurgency").
  // The modifier may be a mention of its own ("Sunni" = ---SUN in some dictionaries): it merges.
  for (let i = a; i < b; i++) {
    const l = lower(i);
    const mod = GROUP_MODIFIERS.get(l);
    if (!mod) continue;
    let own: ActorMention | undefined;
    /** The country of a mention that ends with the identity ("Iraq's main Sunni Arab" = IRQSUN before "bloc"). */
    let cty = '';
    if (!free(i)) {
      own = byStart.get(i);
      if (!own) {
        const c = ms.find((x) => x.start < i && i < x.end && x.end <= i + 3 && !removed.has(x) && !x.resolvedFrom);
        const p = c ? sectors(c.code, countries) : null;
        if (c && p?.country && p.country !== '---' && p.chunks.length > 0 && p.chunks.every((x) => IDENTITY_CODES.has(x))) {
          own = c;
          cty = p.country;
        }
      }
      // "Sunni" or "Sunni Arab" (---SUN, ---SUNARB): identities only, merged into the group noun after.
      if (!own || own.end > i + 3 || !(cty || isIdentityCode(own.code))) continue;
    }
    for (let k = own ? own.end : i + 1; k < b && k <= i + 3; k++) {
      // "the Shiite and Kurdish blocs": each identity is a group of its own, not one ---PTYKURSHI.
      if (k === (own ? own.end : i + 1) && /^(and|or)$/.test(lower(k))) break;
      const ex = byStart.get(k);
      if (!cty && ex && ex.code.startsWith('---') && !removed.has(ex)) {
        if (!ex.code.includes(mod)) ex.code += mod;
        ex.start = i;
        ex.rule = `${ex.rule} + ${doc.form[i]}`;
        cover(ex);
        if (own) removed.add(own);
        break;
      }
      const agent = GROUP_NOUN_CODES.get(lower(k));
      // A capitalised group noun too ("the Shiite Alliance", Iraq's ruling list named by its community).
      if (agent && free(k) && (upos(k) === 'NOUN' || (upos(k) === 'PROPN' && agent === 'PTY' && cap(doc.form[k])))) {
        const id = own ? own.code.slice(3) : mod;
        // "Kurdish parties/blocs": the Kurds' political side (IRQKUR), as src/actors/matcher.ts codes them.
        const sector = agent === 'PTY' && id === 'KUR' ? '' : agent;
        const start = cty && own ? own.start : i;
        const n: ActorMention = { start, end: k + 1, code: `${cty || '---'}${sector}${id}`, rule: cty && own ? `${own.rule} + ${doc.form[k]}` : `article:unknown group ${doc.form[i]} ${doc.form[k]}`, head: k };
        cover(n);
        added.push(n);
        if (own) removed.add(own);
        break;
      }
      if (!free(k)) break;
    }
  }
  if (removed.size > 0) for (let k = ms.length - 1; k >= 0; k--) if (removed.has(ms[k])) ms.splice(k, 1);
  if (added.length > 0) {
    ms.push(...added);
    ms.sort((x, y) => x.start - y.start);
  }
}

/** Whether noun `h` has a relative clause after it ("the lawmakers who supported it"), within a few tokens. */
function hasRelative(doc: Doc, h: number, b: number): boolean {
  for (let k = h + 1; k < b && k < h + 12; k++) if (doc.head[k] === h && DEPREL[doc.dep[k]] === 'acl:relcl') return true;
  return false;
}

/**
 * "the U.N.'s chief electoral adviser, Carlos X": "chief" is an adjective of the person noun after it, not a person
 * of its own ("U.N.'s chief" = IGOUNO, then "adviser" = the home's government). The mention that ends in it runs on
 * to that noun, and a mention of the noun alone goes.
 */
function chiefOf(doc: Doc, ms: ActorMention[]): ActorMention[] {
  let out = ms;
  for (const m of ms) {
    const j = m.end - 1;
    if (UPOS[doc.upos[j]] !== 'ADJ' || DEPREL[doc.dep[j]] !== 'amod' || !PERSON_NOUNS.has(doc.form[j].toLowerCase())) continue;
    const h = doc.head[j];
    if (h <= j || h > j + 3 || !PERSON_NOUNS.has((doc.lemma[h] || doc.form[h]).toLowerCase())) continue;
    let ok = true;
    for (let k = j + 1; k < h; k++) if (doc.head[k] !== h || !/^(ADJ|NOUN|PROPN)$/.test(UPOS[doc.upos[k]] ?? '')) ok = false;
    if (!ok) continue;
    const inner = out.filter((x) => x !== m && x.start > j && x.start <= h);
    if (inner.some((x) => x.end > h + 1)) continue;
    out = out.filter((x) => !inner.includes(x)).map((x) => (x === m ? { ...m, end: h + 1, head: h, rule: `${m.rule} + ${doc.form[h]}` } : x));
  }
  return out;
}
