/**
 * Finds actor mentions in a sentence with the compiled actor dictionaries:
 * dictionary phrases are matched longest first, then leftmost, over normalised
 * token pieces; adjacent country/actor and agent matches are composed into one
 * mention ("Iraqi police" -> IRQCOP); discard phrases block a sentence or story.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { isRankAbbreviation } from './ranks.js';
import { DEPREL, UPOS, XPOS } from '../analysis/tags.js';
import { type ActorDictionaries, agentAt, partyCodeOf, resolveActor, trieChild } from '../dictionaries/actor-dicts.js';
import { isPossessiveMarker, pieces } from '../dictionaries/normalize.js';
import { CAMEO_COUNTRY_CODES, MEMBER_BODIES, splitActorCode } from './code.js';
import type { ActorMatcher, ActorMention, DayNumber } from './types.js';

/** A discard phrase found in a sentence. */
export interface DiscardHit {
  level: 'sentence' | 'story';
  /** Sentence where the phrase is. */
  sentence: number;
  start: number;
  end: number;
  /** `file:line PHRASE`. */
  rule: string;
}

/** An issue phrase found in a sentence. */
export interface IssueMention {
  start: number;
  end: number;
  category: string;
  code: string;
  rule: string;
}

/** The actor matcher plus the discard and issue look-ups that share its trie. */
export interface DictionaryActorMatcher extends ActorMatcher {
  /** The discard that blocks this sentence (its own, or a story-level one anywhere in the Doc), or null. */
  discard(doc: Doc, sentence: number): DiscardHit | null;
  /** Actor mentions ignoring discards (for inspection and tools). */
  matchAll(doc: Doc, sentence: number, date?: DayNumber): ActorMention[];
  /** Issue phrases in the sentence; `~` phrases mask overlapping ones, `~~` phrases block their category in the whole Doc. */
  issues(doc: Doc, sentence: number): IssueMention[];
}

/** Options for {@link createActorMatcher}. */
export interface ActorMatcherOptions {
  /** Compose "AGENT of/in/from [the] ACTOR" into one mention ("the government of Iraq" -> IRQGOV). Default true. */
  composeOf?: boolean;
  /**
   * Share modifiers across "and"/"or": "Danish media and government" -> DNKMED, DNKGOV;
   * "lawmakers in Fornost and Gondor" -> FORLEG, GONLEG. Default true.
   */
  coordination?: boolean;
}

/** Words that are also actor names but, written in lower case, are ordinary English. */
const LOWERCASE_WORDS = new Set(['us', 'it', 'who', 'may', 'will', 'can', 'turkey', 'chad', 'china', 'jersey', 'guinea']);
/**
 * Names the wire services write in lower case for one organisation after "the" ("the world body" = the UN, "the
 * nuclear watchdog" = the IAEA): actor names all the same, in normally cased text too (development sets 5, 9, 10).
 */
const LOWERCASE_NAMES = new Set(['world body', 'nuclear watchdog']);
const OF_WORDS = new Set(['of', 'in', 'from']);
/**
 * Nouns of places: a country adjective before them names a place, not an actor ("Iraqi
 * cities", "Lebanese airspace"). Villages and towns are left out: "aid to the Ithilen
 * villages" is aid to their people (PETRARCH validation DEMO-06).
 */
const PLACE_NOUNS = new Set(
  `city territory airspace soil land province region countryside coast coastline waters port mountain desert street
  neighbourhood neighborhood district`.split(/\s+/),
);
/** Nouns whose "A-B" modifier names their two parties ("U.S.-Iranian talks"). */
const PAIR_NOUNS = new Set(
  `talk talks negotiation negotiations dialogue summit meeting relation relations tie ties contact contacts consultation
  consultations rapprochement rivalry conflict war`.split(/\s+/),
);
/** Participles after "COUNTRY-": the country is not the noun's actor ("Iranian-trained", "U.S.-backed"). */
const HYPHEN_PARTICIPLES = new Set(
  `backed trained funded financed armed supplied made built based born owned run sponsored supported brokered drafted
  educated inspired allied aligned`.split(/\s+/),
);
/** Capitalised words before a name that are not first names. */
const HONORIFICS = new Set(
  `sheikh shaikh sayyed sayyid sayed seyed mr mrs ms dr mullah imam ayatollah hojatoleslam haji hajji general gen lt col maj
  sgt capt adm admiral colonel major captain judge justice senator sen rep gov president minister king queen prince princess
  emir sultan pope rev father brother sister lord lady sir dame mufti comrade marshal field chancellor premier deputy chief
  commander ambassador secretary speaker governor mayor professor prof cardinal bishop archbishop rabbi grand`.split(/\s+/),
);
/**
 * People who speak or act for a principal: "a spokesman for Sadr", "an aide to
 * Maliki" take the principal's code (the preposition each allows).
 */
const FOR_AGENT_WORDS = new Map<string, ReadonlySet<string>>([
  ...['spokesman', 'spokesmen', 'spokeswoman', 'spokeswomen', 'spokesperson'].map((w) => [w, new Set(['for'])] as const),
  ...['aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors'].map((w) => [w, new Set(['for', 'to'])] as const),
]);
const COORD_WORDS = new Set(['and', 'or', '&']);
/** A token written "ex-president": its first piece means "former". */
const EX_PREFIX = /^ex-/i;
/**
 * People of a body who act as the body ("leaders of the militias", "fighters of the rebel factions"). Not its
 * supporters or followers: a following is a political side of its own (data/kb/agents: PTY).
 */
const BODY_PEOPLE = new Set(`leader leaders head heads chief chiefs commander commanders member members fighter fighters official officials`.split(/\s+/));
/** Sectors of bodies whose people act as them: parties, blocs, legislatures, armed groups, protesters. */
const BODY_SECTORS = new Set(['PTY', 'LEG', 'REB', 'UAF', 'INS', 'SEP', 'OPP']);
/** Nouns of belonging: "a member of the Shiite alliance" acts as that alliance. */
const MEMBER_WORDS = new Set(['member', 'members']);
/** Ranks that belong to whichever force follows them ("the commanders of the police units" are police). */
const RANK_NOUNS = new Set(['commander', 'commanders', 'officer', 'officers', 'chief', 'chiefs']);
/** Prepositions of where legislators come from ("lawmakers from several blocs", "deputies of rival parties"). */
const ACROSS_WORDS = new Set(['from', 'of']);
/**
 * "Deputy Interior Minister X", "the deputy oil minister": "deputy" right before another title is that office's
 * deputy (the title's sector), not a legislator (a bare "deputy" is LEG). Before a legislature's own title
 * ("Deputy Parliament Speaker") it changes nothing.
 */
function deputyTitles(doc: Doc, items: Item[]): Item[] {
  return items.filter((it, k) => {
    const next = items[k + 1];
    return !(it.kind === 'agent' && it.end - it.start === 1 && doc.form[it.start].toLowerCase() === 'deputy' &&
      next !== undefined && next.kind === 'agent' && next.start === it.end && next.codes[0] !== 'LEG');
  });
}
/** Agent codes of armed and security forces (the force a rank noun belongs to). */
const FORCE_AGENTS = new Set(['MIL', 'COP', 'SPY']);
/** Determiners and possessives between "member of" and the body ("a member of his party"). */
const MEMBER_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);
/** An agent is a noun or a nominal adjective ("Islamist", "military"), never a verb ("to police"). */
const AGENT_UPOS = new Set(['NOUN', 'PROPN', 'ADJ', 'X', '_']);

/**
 * A one-word title tagged as a verb after "to" right before a name ("loyal to cleric Moqtada
 * al-Sadr"): the tagger's infinitive reading of "to" + noun. Not an inflected verb ("convicted
 * Saddam Hussein") nor a role a verb also names ("to convict Saddam": criminals are no title).
 */
function titleReadAsVerb(doc: Doc, start: number, end: number, agentCode: string): boolean {
  if (end - start !== 1 || UPOS[doc.upos[start]] !== 'VERB' || start === 0 || doc.form[start - 1].toLowerCase() !== 'to') return false;
  return !/(ed|ing)$/i.test(doc.form[start]) && agentCode !== '' && !agentCode.startsWith('CRM');
}

/**
 * Whether a sentence is normally cased: some token after the first is
 * capitalised (other than "I") and some token is in lower case.
 */
function hasCaseCues(doc: Doc, s0: number, s1: number): boolean {
  let upper = false;
  let lower = false;
  for (let i = s0; i < s1; i++) {
    const f = doc.form[i];
    if (/^\p{Ll}/u.test(f)) lower = true;
    else if (i > s0 && f !== 'I' && /^\p{Lu}/u.test(f) && f !== f.toUpperCase()) upper = true;
  }
  return upper && lower;
}

interface Pieces {
  /** Vocabulary id of each piece, -1 when the dictionaries never use it. */
  id: number[];
  /** Vocabulary id of the token's lemma when the token is one piece and its lemma differs, else -1. */
  lemmaId: number[];
  tok: number[];
  /** Piece is the first/last piece of its token. */
  first: boolean[];
  last: boolean[];
  /** Piece is a middle initial ("H." of "Donald H. Rumsfeld"): a token of one capital letter and a full stop. */
  initial: boolean[];
}

/** A middle initial written as its own token ("H."). */
const MIDDLE_INITIAL = /^\p{Lu}\.$/u;

function sentencePieces(dicts: ActorDictionaries, doc: Doc, s0: number, s1: number): Pieces {
  const out: Pieces = { id: [], lemmaId: [], tok: [], first: [], last: [], initial: [] };
  for (let i = s0; i < s1; i++) {
    let ps = pieces(doc.form[i]);
    // "ex-president": the prefix is read as "former" (see EX_PREFIX), the rest is matched.
    if (ps.length > 1 && EX_PREFIX.test(doc.form[i])) ps = ps.slice(1);
    let lemmaId = -1;
    const lemma = doc.lemma[i];
    if (ps.length === 1 && lemma) {
      const lp = pieces(lemma);
      if (lp.length === 1 && lp[0] !== ps[0]) lemmaId = dicts.vocab.get(lp[0]) ?? -1;
    }
    for (let k = 0; k < ps.length; k++) {
      out.lemmaId.push(lemmaId);
      out.id.push(dicts.vocab.get(ps[k]) ?? -1);
      out.tok.push(i);
      out.first.push(k === 0);
      out.last.push(k === ps.length - 1);
      out.initial.push(ps.length === 1 && i > s0 && i + 1 < s1 && MIDDLE_INITIAL.test(doc.form[i]));
    }
  }
  return out;
}

interface Candidate {
  /** Token range. */
  start: number;
  end: number;
  /** Piece count, the length that ranks candidates. */
  size: number;
  node: number;
}

/**
 * All token-aligned trie matches in a sentence. `lemmaKeep`, when given, also
 * accepts phrases whose last token matches by its lemma ("gunmen" -> GUNMAN).
 */
function candidates(
  dicts: ActorDictionaries,
  p: Pieces,
  keep: (node: number) => boolean,
  lemmaKeep?: (node: number) => boolean,
): Candidate[] {
  const out: Candidate[] = [];
  for (let a = 0; a < p.id.length; a++) {
    if (!p.first[a]) continue;
    let n = 0;
    for (let b = a; b < p.id.length; b++) {
      if (lemmaKeep && p.lemmaId[b] >= 0) {
        const c = trieChild(dicts, n, p.lemmaId[b]);
        if (c >= 0 && lemmaKeep(c)) out.push({ start: p.tok[a], end: p.tok[b] + 1, size: b - a + 1, node: c });
      }
      // "Donald H. Rumsfeld" for the listed "Donald Rumsfeld": a middle initial the phrase does not spell is skipped
      // inside a name (never first or last).
      if (b > a && p.initial[b] && (p.id[b] < 0 || trieChild(dicts, n, p.id[b]) < 0)) continue;
      if (p.id[b] < 0) break;
      const c = trieChild(dicts, n, p.id[b]);
      if (c < 0) break;
      n = c;
      if (p.last[b] && keep(n)) out.push({ start: p.tok[a], end: p.tok[b] + 1, size: b - a + 1, node: n });
    }
  }
  return out;
}

/** Longest first, then leftmost; non-overlapping; returned in text order. */
function select(cands: Candidate[]): Candidate[] {
  if (cands.length === 0) return cands;
  const sorted = cands.slice().sort((x, y) => y.size - x.size || y.end - y.start - (x.end - x.start) || x.start - y.start);
  // Token occupancy keeps this linear in the candidates (phrases are short).
  let lo = Infinity;
  let hi = 0;
  for (const c of cands) {
    if (c.start < lo) lo = c.start;
    if (c.end > hi) hi = c.end;
  }
  const taken = new Uint8Array(hi - lo);
  const chosen: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (taken[i - lo]) free = false;
    if (!free) continue;
    taken.fill(1, c.start - lo, c.end - lo);
    chosen.push(c);
  }
  return chosen.sort((x, y) => x.start - y.start);
}

interface Item {
  start: number;
  end: number;
  kind: 'actor' | 'agent' | 'null';
  /** Actor codes (several for compound `A/B` codes); agent code. */
  codes: string[];
  prefix: boolean;
  rule: string;
  /** An actor's party code besides its non-state code on the date (see `partyCodeOf`). */
  party?: string;
  /** An agent word naming a political figure or grouping (see {@link POLITICIAN_WORDS}). */
  politician?: boolean;
  /** The agent word is "leader" or "leaders" (see {@link MINORITY_FAITHS}). */
  leader?: boolean;
  /** A capitalised title of a state office ("Prime Minister", "Foreign Minister", "President": {@link OFFICE_WORDS}). */
  office?: boolean;
}

/** A bare code is a country/region-level code that agents compose with. */
function isBare(code: string, countries: ReadonlySet<string>): boolean {
  return code.length <= 3 || countries.has(code);
}

/** Append an agent code, skipping 3-letter segments already present (IRQGOV + GOV = IRQGOV). */
function addAgent(code: string, agent: string, prefix: boolean): string {
  const have = new Set<string>();
  for (let i = 0; i + 3 <= code.length; i += 3) have.add(code.slice(i, i + 3));
  let add = '';
  for (let i = 0; i < agent.length; i += 3) {
    const seg = agent.slice(i, i + 3);
    if (!have.has(seg)) add += seg;
  }
  return prefix ? add + code : code + add;
}

interface Group {
  start: number;
  end: number;
  base: Item | null;
  agents: Item[];
  parts: Item[];
  /** Head token when it is not the last one ("the government of Iraq" is headed by "government"). */
  head?: number;
  /** Preceded by "former": agents are dropped and ELI appended (PETRARCH validation AGENTS-19). */
  former?: boolean;
  /** Agents that came from "AGENT of/in ACTOR" (shared with a coordinated actor). */
  ofAgents?: Item[];
}

/** A state figure's own code: country + government, legislature or elite (IRQGOV, USALEG, IRQELI). */
const OFFICE_HOLDER = /^[A-Z]{3}(GOV|LEG|ELI)$/;
/** Rule of a name from a people dictionary (data/kb/actors/people-*.yaml). */
const PEOPLE_FILE = /(^|[\\/])people[^\\/]*\.ya?ml:\d+/;
/** A person's undated fallback code: country + ELI (USAELI). */
function isEliteOnly(code: string): boolean {
  return code.length === 6 && code.endsWith('ELI');
}

/** Agents that act for a leader's political side: spokesmen and officials (GOV), lawmakers (LEG), a party. */
const POLITICAL_AGENTS = new Set(['GOV', 'LEG', 'PTY']);
/** Sectors of non-state armed groups, and agents for their forces ("militia", "fighters", "gunmen"). */
const ARMED_GROUP = new Set(['REB', 'UAF', 'INS']);
const ARMED_AGENTS = new Set(['UAF', 'REB', 'INS', 'MIL']);
/** Agent sectors whose words are also adjectives of things ("an official visit", "civilian casualties", "a criminal act"). */
const ADJECTIVE_AGENTS = new Set(['GOV', 'CVL', 'CRM']);
/** Nouns of bodies and outlets: an "official" one acts for the government. */
const BODY_NOUNS = new Set(
  `agency body organization organisation group committee commission council delegation media newspaper television radio
  channel broadcaster outlet station press source sources spokesman representative envoy team mission`.split(/\s+/),
);
/** Agent words that are also mass nouns of what agents produce ("shared intelligence"). */
const MASS_NOUN_AGENTS = new Set(['intelligence']);
/**
 * Agent words of a political side's figures and groupings ("Sunni leaders", "Shiite politicians",
 * "Kurdish parties"): with a sectarian identity they name that community's parties, not a government.
 * Officials, ministers and lawmakers keep their own sector ("Shiite officials in the government").
 */
const POLITICIAN_WORDS = new Set(['leader', 'leaders', 'politician', 'politicians', 'negotiator', 'negotiators', 'party', 'parties', 'coalition']);
/** Last words of the capitalised titles of a state's offices: "Prime Minister X", "Foreign Minister X", "President X". */
const OFFICE_WORDS = new Set(['president', 'minister', 'premier', 'chancellor']);

/** A person's code on the date that is a party's (IRQPTYDAW): a state office said in the title is more (IRQGOV). */
function isPartyCode(code: string): boolean {
  return code.length >= 6 && code.slice(3, 6) === 'PTY';
}
/** Sectarian identities whose political side is a party (IRQPTYSUN, IRQPTYSHI). */
const SECT_PARTY = new Set(['SUN', 'SHI']);
/**
 * An identity whose political side is the community itself (CAMEO practice for Iraq's Kurds, who hold a
 * region of their own): "Kurdish parties" = IRQKUR; their leaders and officials stay IRQGOVKUR.
 */
const COMMUNITY_PARTY = new Set(['KUR']);
/**
 * Faiths that hold no state office nor party of their own where the news names them as minorities: "Yazidi
 * leaders", "Christian leaders", "Druze leaders" are the community's (IRQYAZ, IRQCHR), not a government
 * (IRQGOVYAZ). Majority or political identities (Shiite, Sunni, Kurdish, Arab, Muslim) are left to the rules above.
 */
const MINORITY_FAITHS = new Set('CHR CTH PRO ORT CPT JEW HIN BUD SIK DRZ BAH YAZ ALE'.split(' '));
/**
 * Sectarian politics ("Sunni Arab leaders" = ---PTYSUN, "Kurdish parties" = ---KUR): a politician or
 * party word with one identity is re-coded as the community's party. Returns the agents unchanged otherwise.
 */
function sectarianPolitics(agents: Item[]): Item[] {
  const ids = agents.filter((a) => a.codes[0].length === 3 && IDENTITY_CODES.has(a.codes[0]));
  const pol = agents.filter((a) => a.politician);
  if (ids.length !== 1 || pol.length !== 1 || agents.length !== 2) return agents;
  const id = ids[0].codes[0];
  if (SECT_PARTY.has(id)) return agents.map((a) => (a === pol[0] ? { ...a, codes: ['PTY'] } : a));
  if (COMMUNITY_PARTY.has(id) && pol[0].codes[0] === 'PTY') return [ids[0]];
  if (MINORITY_FAITHS.has(id) && pol[0].leader) return [ids[0]];
  return agents;
}
/** Ethnic and religious identity codes (docs/actor-codes.md), written after a sector. */
const IDENTITY_CODES: ReadonlySet<string> = new Set(
  'MOS SHI SUN ALE CHR CTH PRO ORT CPT JEW HIN BUD SIK DRZ BAH YAZ KUR ARB PSH HAZ BAL TAM UIG ROH TUA HUT TUT BER ROM'.split(' '),
);
/** Whether a group of agents only begins with an identity ("Arab lawmakers", "Sunni politicians"). */
function identityFirst(g: Group): boolean {
  const a = g.parts[0];
  return a !== undefined && a.kind === 'agent' && a.codes[0].length === 3 && IDENTITY_CODES.has(a.codes[0]);
}
/** A capitalised adjective of a people or country ("Jordanian", "Lebanese", "Turkish", "Saudi", "Kurdish"). */
const DEMONYM = /^(?!(Mali|Haiti|Malawi|Burundi|Djibouti|Fiji)$)\p{Lu}\p{Ll}+(ian|ean|can|ese|ish|i|ic|ch)$/u;
/** Agent words that are also adjectives or nouns of other things: agents only as a noun heading its phrase ("general"). */
const NOUN_ONLY_AGENTS: ReadonlySet<string> = new Set(['general']);
/**
 * Abbreviated titles the agents file lists ("Sen.", "Rep."): agents only written with their period before a
 * capitalised name ("Sen. Carl Levin"), never the surname "Sen" nor a bare "Rep".
 */
const ABBREVIATED_TITLE_AGENTS: ReadonlySet<string> = new Set(['sen', 'sens', 'rep', 'reps']);
/** A country's force or body coded whole by one dictionary phrase ("U.S. troops" = USAMIL). */
const FORCE_BODY = /^[A-Z]{3}(MIL|COP|GOV|LEG|SPY)$/;
/** Whether a group is a people alone, with no country and no other agent ("Shiite", "Kurdish"). */
function isIdentityOnly(g: Group): boolean {
  return g.agents.length > 0 && g.agents.every((a) => a.codes[0].length === 3 && IDENTITY_CODES.has(a.codes[0]) && !a.prefix);
}
/** The agents with the identity-only ones moved after the others (order otherwise kept). */
function sectorsFirst(agents: Item[]): Item[] {
  const identity = (a: Item): boolean => a.codes[0].length === 3 && IDENTITY_CODES.has(a.codes[0]);
  return [...agents.filter((a) => !identity(a)), ...agents.filter(identity)];
}
function groupCodes(g: Group): string[] {
  const bases = g.base ? g.base.codes : [null];
  return bases.map((b) => {
    const pre = g.agents.filter((a) => a.prefix);
    // A sector before an identity, as the CAMEO codebook writes them ("Iraqi Shiite militiamen" = IRQUAFSHI).
    const suf = g.former ? [] : sectorsFirst(sectarianPolitics(g.agents.filter((a) => !a.prefix)));
    // "a spokesman for Sadr", "Sadr's lawmakers" (2007): the Sadrists (IRQPTYSDR), not the Mahdi Army's officials.
    const party = g.base?.party;
    if (party && pre.length === 0 && suf.length > 0 && suf.every((a) => POLITICAL_AGENTS.has(a.codes[0]))) return party;
    // "Maliki's coalition", "Talabani's party": a state figure's party is a party of his country (IRQPTY), not his office's.
    if (b && OFFICE_HOLDER.test(b) && PEOPLE_FILE.test(g.base!.rule) && pre.length === 0 && suf.length === 1 && suf[0].codes[0] === 'PTY') return `${b.slice(0, 3)}PTY`;
    // "Sadr's militia", "Hamas's fighters": a non-state armed group's own force is that group (IRQREBSHI).
    if (b && ARMED_GROUP.has(b.slice(3, 6)) && pre.length === 0 && suf.length > 0 && suf.every((a) => ARMED_AGENTS.has(a.codes[0]))) return b;
    let code = b ?? (pre.length > 0 ? '' : '---');
    // "U.S. Ambassador Ryan Crocker" with no date: the title says more than the undated elite fallback.
    if (suf.length > 0 && isEliteOnly(code)) code = code.slice(0, 3);
    // "Foreign Minister X" of a party (kept above only with a state office's title): the state's government.
    if (suf.some((a) => a.office) && isPartyCode(code)) code = code.slice(0, 3);
    for (const a of suf) code = addAgent(code, a.codes[0], false);
    // "the president of the Kurdish region": a body named by its community (IRQKUR) takes the role before the
    // identity, as agents do (IRQGOVKUR, not IRQKURGOV).
    if (b && b.length === 6 && IDENTITY_CODES.has(b.slice(3)) && code.length > 6 && code.startsWith(b)) code = b.slice(0, 3) + code.slice(6) + b.slice(3);
    if (g.former) code = addAgent(code, 'ELI', false);
    for (let i = pre.length - 1; i >= 0; i--) code = addAgent(code, pre[i].codes[0], true);
    return code;
  });
}

/**
 * Build an {@link ActorMatcher} over compiled dictionaries.
 *
 * Semantics (choices where PETRARCH's files leave room, checked against its
 * validation records where they say something):
 * - phrases match over normalised pieces (see `normalize.ts`), token-aligned,
 *   longest first then leftmost; words match exactly (PETRARCH2), the TABARI
 *   stem reading of a phrase without a final `_` is not used;
 * - an actor phrase gives its code for the date (see `chooseCode`); `---` and
 *   entries without a valid code still take their span but give no mention;
 * - in normally cased text an actor phrase written all in lower case is refused
 *   ("male" is not Malé, "us" is not the USA);
 * - agents compose with an adjacent actor (a possessive `'s` may sit between; with
 *   POS tags up to two adjectives/nouns too): `~X` agents are appended (IRQ + COP),
 *   `X~` agents prepended (IGO~); several agents stack ("Danish Islamist media" =
 *   DNKMUSMED); 3-letter segments already present are not repeated;
 * - a full actor code (a person: IRQGOV) absorbs a country and titles before it
 *   ("Iraqi Prime Minister Nouri al-Maliki" = IRQGOV); a capitalised title before
 *   a country-coded name takes that country ("Prime Minister Romendacil" = BREGOV);
 * - an agent alone gives `---` + code ("the police" = ---COP, as PETRARCH's
 *   validation suite expects: "students" = ---EDU); a prefix agent alone gives its code;
 * - "AGENT of/in/from [the] ACTOR" is one mention headed by the agent (option `composeOf`);
 * - "former"/"ex" before or inside a group (or an "ex-" prefix) drops its agents and appends ELI;
 * - coordination shares modifiers (option `coordination`);
 * - a discard phrase anywhere in the sentence (or a story-level `+` one anywhere
 *   in the Doc) makes `match` return no mentions (`matchAll` ignores discards).
 */
export function createActorMatcher(dicts: ActorDictionaries, opts: ActorMatcherOptions = {}): DictionaryActorMatcher {
  const countries = new Set(dicts.countryCodes);
  const composeOf = opts.composeOf ?? true;
  const coordination = opts.coordination ?? true;
  // Story-level discards need the whole Doc; remember the answer per Doc (invisible cache).
  const storyMemo = new WeakMap<Doc, DiscardHit | null>();
  const rule = (file: number, line: number, phrase: string): string => `${dicts.files[file]}:${line} ${phrase}`;

  /**
   * Actor names are proper names: in normally cased text an actor phrase written
   * all in lower case ("male", "organization", "us") is an ordinary word. In
   * text without case cues (all lower case) only known ambiguous words, or
   * single words tagged as something other than a proper noun, are refused.
   */
  const lowercaseRejected = (doc: Doc, c: Candidate, normalCase: boolean): boolean => {
    for (let i = c.start; i < c.end; i++) if (/\p{Lu}/u.test(doc.form[i])) return false;
    if (c.start > 0 && doc.form[c.start - 1].toLowerCase() === 'the' && LOWERCASE_NAMES.has(doc.form.slice(c.start, c.end).join(' '))) return false;
    if (normalCase) return true;
    if (c.end - c.start !== 1) return false;
    if (LOWERCASE_WORDS.has(doc.form[c.start])) return true;
    return doc.annotations.has('token.pos') && UPOS[doc.upos[c.start]] !== 'PROPN';
  };

  const items = (doc: Doc, s: number, date: DayNumber | undefined, p: Pieces): Item[] => {
    const normalCase = hasCaseCues(doc, doc.sentStart[s], doc.sentEnd[s]);
    const tagged = doc.annotations.has('token.pos');
    const cands = candidates(
      dicts,
      p,
      (n) => dicts.nodeActor[n] >= 0 || dicts.nodeAgent[n] >= 0,
      // `{}` in the agents file forbids plurals: "polices" is not POLICE even by lemma.
      (n) => dicts.nodeAgent[n] >= 0 && dicts.nodeActor[n] < 0 && dicts.agents[dicts.nodeAgent[n]].plural,
    );
    // Where a named actor begins: a title right before it is a noun whatever its tag ("loyal to
    // cleric Moqtada al-Sadr", where the tagger reads "to cleric" as an infinitive).
    const nameStarts = new Set(cands.filter((c) => dicts.nodeActor[c.node] >= 0 && /^\p{Lu}/u.test(doc.form[c.start])).map((c) => c.start));
    const kept = cands.filter((c) => {
      if (dicts.nodeActor[c.node] >= 0 && dicts.nodeAgent[c.node] < 0) return !lowercaseRejected(doc, c, normalCase);
      if (nameStarts.has(c.end) && titleReadAsVerb(doc, c.start, c.end, dicts.nodeAgent[c.node] >= 0 ? agentAt(dicts, dicts.nodeAgent[c.node]).code : '')) return true;
      if (dicts.nodeActor[c.node] < 0 && c.end - c.start === 1 && ABBREVIATED_TITLE_AGENTS.has(doc.form[c.start].toLowerCase().replace(/\.$/, ''))) {
        return doc.form[c.start].endsWith('.') && c.end < doc.sentEnd[s] && /^\p{Lu}/u.test(doc.form[c.end]);
      }
      // Abbreviated ranks the agents file lists ("Gen.", "Lt. Col."): agents only before a capitalised name ("Maj. Gen.
      // X"), with or without the period ("Gen Sir X" in British style), never a bare "Col" or "Maj".
      if (dicts.nodeActor[c.node] < 0 && isRankAbbreviation(doc.form[c.end - 1])) {
        for (let i = c.start; i < c.end; i++) if (!/^\p{Lu}/u.test(doc.form[i])) return false;
        return c.end < doc.sentEnd[s] && /^\p{Lu}/u.test(doc.form[c.end]);
      }
      if (dicts.nodeActor[c.node] < 0 && tagged && c.end - c.start === 1 && NOUN_ONLY_AGENTS.has(doc.form[c.start].toLowerCase())) {
        // "an Iraqi general said", "the general replied"; not "the general election", "a general strike", "in general".
        return UPOS[doc.upos[c.start]] === 'NOUN' && !(doc.head[c.start] > c.start && /^(amod|compound)$/.test(DEPREL[doc.dep[c.start]] ?? '')) &&
          !(c.start > doc.sentStart[s] && /^(in|at)$/i.test(doc.form[c.start - 1]));
      }
      return !(dicts.nodeActor[c.node] < 0 && tagged && !AGENT_UPOS.has(UPOS[doc.upos[c.end - 1]] ?? ''));
    });
    const chosen = select(kept);
    const covered = new Set<number>();
    for (const c of chosen) for (let i = c.start; i < c.end; i++) covered.add(i);
    /**
     * "Ahmed al-Shaibani" is not Asaad al-Shaibani: a listed surname ("Shaibani",
     * "al-Shaibani") right after an unlisted capitalised first name is another
     * person of that family (honorifics such as "Sheikh" are not first names).
     */
    const otherBearer = (c: Candidate): boolean => {
      const len = c.end - c.start;
      const p = c.start - 1;
      if (!tagged || p < doc.sentStart[s] || covered.has(p)) return false;
      if (!(len === 1 || (len <= 3 && /^(al|el)$/i.test(doc.form[c.start])))) return false;
      // A bare listed surname after a particle the entry does not list ("Atheel al-Nujaifi" when only
      // "Nujaifi" is listed): the first name is before the particle.
      let q = p;
      if (len === 1 && doc.form[q] === '-' && q - 1 >= doc.sentStart[s] && /^(al|el)$/i.test(doc.form[q - 1]) && !covered.has(q - 1)) q -= 2;
      else if (len === 1 && /^(al|el)$/i.test(doc.form[q])) q -= 1;
      if (q < doc.sentStart[s] || covered.has(q)) return false;
      return UPOS[doc.upos[q]] === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(doc.form[q]) && !HONORIFICS.has(doc.form[q].toLowerCase().replace(/\.$/, ''));
    };
    return chosen.flatMap((c): Item[] => {
      const ai = dicts.nodeActor[c.node];
      if (ai >= 0) {
        const ch = resolveActor(dicts, ai, date);
        if (ch.code !== null && !ch.code.split('/').every((x) => isBare(x, countries)) && otherBearer(c)) return [];
        if (ch.code === null) return [{ start: c.start, end: c.end, kind: 'null', codes: [], prefix: false, rule: ch.rule }];
        const party = partyCodeOf(dicts, ch.phrase, ch.code);
        const it: Item = { start: c.start, end: c.end, kind: 'actor', codes: ch.code.split('/').filter((x) => x), prefix: false, rule: ch.rule };
        if (party) it.party = party;
        return [it];
      }
      const ag = agentAt(dicts, dicts.nodeAgent[c.node]);
      const it: Item = { start: c.start, end: c.end, kind: 'agent', codes: [ag.code], prefix: ag.prefix, rule: rule(ag.file, ag.line, ag.phrase) };
      if ((ag.code === 'GOV' || ag.code === 'PTY') && POLITICIAN_WORDS.has(doc.form[c.end - 1].toLowerCase())) it.politician = true;
      if (ag.code === 'GOV' && /^leaders?$/i.test(doc.form[c.end - 1])) it.leader = true;
      if (ag.code === 'GOV' && OFFICE_WORDS.has(doc.form[c.end - 1].toLowerCase()) && /^\p{Lu}/u.test(doc.form[c.end - 1])) it.office = true;
      return [it];
    });
  };

  const adjacent = (doc: Doc, a: number, b: number): boolean => {
    for (let i = a; i < b; i++) if (!isPossessiveMarker(doc.form[i])) return false;
    return true;
  };

  /**
   * Whether a country group reaches the agent `it` over the tokens between them:
   * "former" ("Arnor former security officials" = ARNELI) and, with POS tags, up
   * to two adjectives or nouns ("Russian riot police", "Dagolath's first Deputy
   * Prime Minister"); possessive markers are skipped. With a parse, the country
   * must modify a noun to its right (unless a possessive says so). Returns null
   * when it does not reach it.
   */
  const gapJoin = (doc: Doc, g: Group, it: Item): { former: boolean } | null => {
    if (g.base === null || g.agents.length > 0 || !g.base.codes.every((c) => isBare(c, countries))) return null;
    const tagged = doc.annotations.has('token.pos');
    let former = false;
    let words = 0;
    for (let i = g.end; i < it.start; i++) {
      const f = doc.form[i];
      if (isPossessiveMarker(f)) continue;
      if (/^(former|ex)$/i.test(f)) {
        former = true;
        continue;
      }
      const u = UPOS[doc.upos[i]];
      if (!tagged || (u !== 'ADJ' && u !== 'NOUN' && u !== 'PROPN') || ++words > 2) return null;
    }
    if (!former && words === 0) return null;
    // After a possessive ("Dagolath's first Deputy ...") the country is a modifier by construction.
    if (words > 0 && doc.annotations.has('token.dep') && !isPossessiveMarker(doc.form[g.end])) {
      const h = doc.head[g.end - 1];
      if (h < g.end) return null;
      const u = UPOS[doc.upos[h]];
      if (u !== 'NOUN' && u !== 'PROPN') return null;
    }
    return { former };
  };

  /**
   * "Senate Majority Leader Harry Reid", "House Democratic leader Steny Hoyer": a capitalised
   * body before a title and a named person is part of the person's title, over up to two
   * capitalised words between (the body alone would take the article's home country).
   */
  const titleGap = (doc: Doc, g: Group, it: Item, next: Item | undefined): { former: boolean } | null => {
    if (g.base !== null || g.agents.length !== 1 || !titleCased(doc, g) || !next || next.kind !== 'actor') return null;
    if (!adjacent(doc, it.end, next.start) || next.codes.every((c) => isBare(c, countries))) return null;
    const gap = it.start - g.end;
    if (gap < 1 || gap > 2) return null;
    for (let i = g.end; i < it.start; i++) {
      const u = UPOS[doc.upos[i]];
      if (!/^\p{Lu}\p{Ll}/u.test(doc.form[i]) || (u !== 'ADJ' && u !== 'NOUN' && u !== 'PROPN')) return null;
    }
    return { former: false };
  };

  /**
   * "Iranian Gen. Qassem Soleimani", "U.S. Maj. Gen. X": a bare country before a named actor over abbreviated
   * military ranks only, which no dictionary lists: the country is the person's, as if adjacent.
   */
  const rankGap = (doc: Doc, g: Group, it: Item): boolean => {
    if (it.kind !== 'actor' || g.base === null || g.agents.length > 0 || !g.base.codes.every((c) => isBare(c, countries))) return false;
    if (it.codes.every((c) => isBare(c, countries)) || it.start - g.end < 1 || it.start - g.end > 3) return false;
    for (let i = g.end; i < it.start; i++) if (!isRankAbbreviation(doc.form[i]) || !/^\p{Lu}/u.test(doc.form[i])) return false;
    return true;
  };

  // Every agent token of the group is capitalised: a title, not a common noun.
  const titleCased = (doc: Doc, g: Group): boolean =>
    g.agents.every((a) => {
      for (let i = a.start; i < a.end; i++) if (!/^\p{Lu}/u.test(doc.form[i])) return false;
      return true;
    });
  /** The sector of `it` when it is another country's actor after a bare country group, else null. */
  const foreignInstitution = (g: Group, it: Item): string | null => {
    if (g.base === null || g.agents.length > 0 || g.base.codes.length !== 1 || it.codes.length !== 1) return null;
    const own = g.base.codes[0];
    if (own.length !== 3 || !splitActorCode(own, countries).country) return null;
    const other = splitActorCode(it.codes[0], countries);
    if (!other.country || other.country === own || other.country === 'IGO' || other.country === 'NGO' || !other.sector) return null;
    if (!CAMEO_COUNTRY_CODES.has(other.country) && !countries.has(other.country)) return null;
    return other.sector;
  };
  const sameCodes = (a: Item, b: Item): boolean => a.codes.join('/') === b.codes.join('/');
  /**
   * "Prime Minister X's Shiite-led coalition", "Hakim's Shiite alliance": an identity word after a named person's
   * or body's possessive describes the thing possessed, not the possessor (no IRQGOVSHI for the prime minister).
   * A country's possessive still composes ("Iraq's Shiites" = IRQSHI).
   */
  const possessedIdentity = (doc: Doc, g: Group, it: Item): boolean =>
    g.base !== null &&
    g.end < it.start &&
    isPossessiveMarker(doc.form[it.start - 1]) &&
    !g.base.codes.every((c) => isBare(c, countries)) &&
    it.codes.every((c) => c.length === 3 && IDENTITY_CODES.has(c));

  const compose = (doc: Doc, list: Item[]): Group[] => {
    const groups: Group[] = [];
    let cur: Group | null = null;
    const close = (): void => {
      if (cur) groups.push(cur);
      cur = null;
    };
    for (let li = 0; li < list.length; li++) {
      const it = list[li];
      if (it.kind === 'null') {
        close();
        continue;
      }
      const g = cur as Group | null;
      const adj = g !== null && (adjacent(doc, g.end, it.start) || rankGap(doc, g, it));
      if (it.kind === 'agent') {
        const gj = g && !adj ? (gapJoin(doc, g, it) ?? titleGap(doc, g, it, list[li + 1])) : null;
        // "the cleric's militia", "the minister's aide": an agent's possessive names another actor (the
        // possessor, resolved in the article), not one composed code (---RELUAF).
        const ownedByAgent = g !== null && adj && g.base === null && g.end < it.start && !g.agents.some((a) => a.prefix);
        if (g && (adj || gj) && !ownedByAgent && !possessedIdentity(doc, g, it)) {
          if (gj?.former) g.former = true;
          g.agents.push(it);
          g.parts.push(it);
          g.end = it.end;
        } else {
          close();
          cur = { start: it.start, end: it.end, base: null, agents: [it], parts: [it] };
        }
        continue;
      }
      const bare = it.codes.every((c) => isBare(c, countries));
      const foreign = g && adj && !bare ? foreignInstitution(g, it) : null;
      if (g && foreign) {
        // "Rwanda's Senate", "Pakistani Taliban": the Phoenix files code SENATE as
        // USAGOVLEG; after another country's name only its sector is kept (RWAGOVLEG).
        g.agents.push({ ...it, kind: 'agent', codes: [foreign], prefix: false });
        g.parts.push(it);
        g.end = it.end;
        continue;
      }
      // An international organisation does not take the country before it ("Russia's UN ...").
      const igoAfterCountry = g !== null && g.base !== null && it.codes.every((c) => c.startsWith('IGO'));
      if (g && adj && !bare && !igoAfterCountry && (g.base === null || g.base.codes.every((c) => isBare(c, countries)))) {
        // A person or organisation absorbs the country and titles before it; a title
        // is kept when the person's code is only the undated elite fallback.
        g.base = it;
        // "Foreign Minister Ibrahim al-Jaafari" on a day the KB knows him as his party's (IRQPTYDAW): the title
        // that names a state office now is kept, and says more (IRQGOV), as for the undated elite fallback.
        const office = g.agents.length > 0 && g.agents.some((a) => a.office) && !g.former && titleCased(doc, g) && it.codes.every(isPartyCode);
        if (!it.codes.every(isEliteOnly) && !office) g.agents = [];
        g.parts.push(it);
        g.end = it.end;
        continue;
      }
      if (g && adj && g.base === null && (g.agents.every((a) => a.prefix) || titleCased(doc, g))) {
        // Prefix agents ("NGO~") before an actor compose with it, and so does a
        // capitalised title before a name: "Prime Minister Romendacil" (BRE) = BREGOV.
        g.base = it;
        g.parts.push(it);
        g.end = it.end;
        continue;
      }
      if (g && adj && g.base !== null && g.agents.length > 0 && titleCased(doc, g) && sameCodes(g.base, it)) {
        // "Bree Prime Minister Romendacil": the name repeats the country.
        g.parts.push(it);
        g.end = it.end;
        continue;
      }
      close();
      cur = { start: it.start, end: it.end, base: it, agents: [], parts: [it] };
    }
    close();
    let merged = composeOf ? membersOf(doc, mergeOf(doc, nationalEnvoys(doc, groups))) : nationalEnvoys(doc, groups);
    if (coordination) merged = distribute(doc, merged);
    merged = appositiveNames(doc, merged);
    merged = merged.filter((g) => !sceneAdjective(doc, g, merged) && !massNoun(doc, g) && !thingAdjective(doc, g, merged) && !describesName(doc, g, merged));
    for (const g of merged) {
      const b = g.start - 1;
      if (b >= doc.sentStart[doc.sentenceOf(g.start)] && /^(former|ex)$/i.test(doc.form[b])) {
        g.start = b;
        g.former = true;
      } else if (doc.form.slice(g.start, g.end).some((f) => EX_PREFIX.test(f))) g.former = true;
    }
    return merged;
  };

  /**
   * "a Turkmen member of the ruling Shiite alliance", "senior members of Jaafari's Dawa party": a member
   * of a named body (a party, bloc, militia: not a bare country) acts as that body, and a nationality or
   * identity word before "member" only describes him. Up to two lower-case modifiers ("the ruling") and a
   * possessor ("Jaafari's") may sit between "of" and the body.
   */
  const membersOf = (doc: Doc, groups: Group[]): Group[] => {
    if (!groups.some((g) => g.start > 0)) return groups;
    const out: Group[] = [];
    for (const h of groups) {
      // A named body, or a party or force of agents only ("the Shiite alliance", "the militia").
      const body =
        h.base !== null
          ? h.agents.length === 0 && !h.base.codes.every((c) => isBare(c, countries))
          : h.agents.some((a) => MEMBER_BODIES.has(a.codes[0]));
      let i = h.start - 1;
      const first = doc.sentStart[doc.sentenceOf(h.start)];
      // A possessor group ("Jaafari 's") right before the body.
      const prev = out[out.length - 1];
      if (body && prev && prev.end === h.start - 1 && isPossessiveMarker(doc.form[h.start - 1])) i = prev.start - 1;
      for (let n = 0; body && n < 3 && i >= first && i > 0; n++) {
        const f = doc.form[i];
        if (MEMBER_DETERMINERS.has(f.toLowerCase()) || (n < 2 && f === f.toLowerCase() && /^(JJ|VBG|VBN)$/.test(XPOS[doc.xpos[i]]))) i--;
        else break;
      }
      if (!body || i < first + 1 || doc.form[i].toLowerCase() !== 'of' || !MEMBER_WORDS.has(doc.form[i - 1].toLowerCase())) {
        out.push(h);
        continue;
      }
      const member = i - 1;
      // Drop the possessor group (it is part of the body's phrase now), and take a describing group
      // ("Turkmen", "Sunni") that ends right before "member".
      if (prev && prev.start > member && prev.end <= h.start) out.pop();
      const desc = out[out.length - 1];
      const own = desc && desc.end === member && (desc.base === null || desc.base.codes.every((c) => isBare(c, countries))) ? out.pop() : undefined;
      out.push({
        start: own ? own.start : member,
        end: h.end,
        base: h.base ?? own?.base ?? null,
        agents: h.agents,
        parts: [...(own ? own.parts : []), ...h.parts],
        head: member,
      });
    }
    return out;
  };

  /**
   * "Russia's UN ambassador", "Iranian IAEA envoy": a country before an
   * international organisation that carries an agent is the agent's country
   * (RUSGOV), the organisation only says where the agent serves.
   */
  const nationalEnvoys = (doc: Doc, groups: Group[]): Group[] => {
    const out: Group[] = [];
    for (let k = 0; k < groups.length; k++) {
      const a = groups[k];
      const b = groups[k + 1];
      if (
        b &&
        a.base !== null &&
        a.agents.length === 0 &&
        a.base.codes.every((c) => isBare(c, countries)) &&
        b.base !== null &&
        b.base.codes.every((c) => c.startsWith('IGO')) &&
        b.agents.length > 0 &&
        b.parts[0] === b.base &&
        adjacent(doc, a.end, b.start)
      ) {
        out.push({ start: a.start, end: b.end, base: a.base, agents: b.agents, parts: [...a.parts, ...b.parts] });
        k++;
        continue;
      }
      out.push(a);
    }
    return out;
  };

  /**
   * "A U.S. military spokesman in Baghdad, Rear Admiral Gregory Smith,": a capitalised
   * title in apposition to a title of some country, before a name, is of that country
   * (the place between is where the first title serves, not the person's country).
   */
  const titleCountry = (doc: Doc, groups: Group[], k: number): void => {
    const a = groups[k];
    const country = a.base !== null && a.base.codes.length === 1 ? splitActorCode(a.base.codes[0], countries).country : null;
    if (a.base === null || !country || country === 'IGO' || country === 'NGO') return;
    let j = k + 1;
    let end = a.end;
    const place = groups[j];
    if (place && place.start === end + 1 && /^(in|at)$/i.test(doc.form[end] ?? '') && place.agents.length === 0 && place.base?.codes.every((c) => isBare(c, countries))) {
      end = place.end;
      j++;
    }
    const b = groups[j];
    if (!b || doc.form[end] !== ',' || b.start !== end + 1 || b.base !== null || !titleCased(doc, b) || b.agents.some((x) => x.prefix)) return;
    const s1 = doc.sentEnd[doc.sentenceOf(b.start)];
    if (b.end >= s1 || !/^\p{Lu}/u.test(doc.form[b.end]) || UPOS[doc.upos[b.end]] !== 'PROPN') return;
    if (groups.some((x) => x.start === b.end)) return;
    // "Sadr's spokesman in Najaf, Sheikh Ahmed al-Shaibani,": an honorific is no office of its own, the
    // name is the first title's holder (the spokesman: IRQPTYSDR), not a notable of its country.
    if (b.agents.length === 1 && b.agents[0].codes[0] === 'ELI' && b.agents[0].end - b.agents[0].start === 1 && HONORIFICS.has(doc.form[b.agents[0].start].toLowerCase())) {
      b.base = a.base;
      b.agents = a.agents.map((x) => ({ ...x }));
      b.parts = [...a.parts, ...b.parts];
      return;
    }
    b.base = { ...a.base, codes: [country] };
    b.parts = [b.base, ...b.parts];
  };

  /**
   * A country or identity adjective that only describes a named actor after a common noun or two of the
   * same phrase: "the Arab satellite channel Al Jazeera", "the American security firm Blackwater" (the
   * named actor acts, not Arabs or the United States). With a parse: the adjective modifies a noun
   * between or the name.
   */
  const describesName = (doc: Doc, g: Group, all: Group[]): boolean => {
    if (!doc.annotations.has('token.dep') || g.end - g.start !== 1) return false;
    const identity = g.base === null && g.agents.length === 1 && g.agents[0].codes[0].length === 3 && IDENTITY_CODES.has(g.agents[0].codes[0]);
    const country = g.base !== null && g.agents.length === 0 && g.base.codes.every((c) => isBare(c, countries));
    if (!identity && !country) return false;
    const h = all.find((x) => x.start > g.end && x.start <= g.end + 3);
    if (!h || h.base === null || h.agents.length > 0 || h.base.codes.every((c) => isBare(c, countries))) return false;
    // Only lower-case common nouns between ("satellite channel"), none of them an actor.
    // (the tagger may call a lower-case "channel" before a name PROPN).
    for (let i = g.end; i < h.start; i++) if (!/^(NOUN|PROPN)$/.test(UPOS[doc.upos[i]]) || !/^[a-z]+$/.test(doc.form[i])) return false;
    if (h.start === g.end) return false;
    const head = doc.head[g.start];
    return head >= g.end && head < h.end;
  };

  /**
   * A country word that names no actor: "Iraqi cities", "Lebanese airspace" (a place
   * noun, with a parse), "an Iranian-trained commander", "U.S.-backed" (a hyphenated
   * participle), "a joint Iraqi-American investigation" (two countries joined by a
   * hyphen before a noun that is no agent). A country group with agents never is one.
   */
  const sceneAdjective = (doc: Doc, g: Group, all: Group[]): boolean => {
    if (g.base === null || g.agents.length > 0 || !g.base.codes.every((c) => isBare(c, countries))) return false;
    const s0 = doc.sentStart[doc.sentenceOf(g.start)];
    const s1 = doc.sentEnd[doc.sentenceOf(g.start)];
    const glued = (i: number): boolean => i > s0 && i < s1 && doc.end[i - 1] === doc.start[i];
    const bareAt = (start: number, end: number): boolean =>
      all.some((x) => x !== g && x.base !== null && x.agents.length === 0 && x.start === start && x.end === end && x.base.codes.every((c) => isBare(c, countries)));
    // "U.S.-Iranian talks": the two countries are the parties of the talks.
    const pairTalks = (i: number): boolean => {
      for (let k = i; k < s1 && k < i + 3; k++) if (PAIR_NOUNS.has((doc.lemma[k] || doc.form[k]).toLowerCase())) return true;
      return false;
    };
    const startsAt = (i: number): Group | undefined => all.find((x) => x.start === i);
    const endsAt = (i: number): Group | undefined => all.find((x) => x.end === i);
    // "the Geneva Conventions", "the Vienna Convention", "the Oslo Accords": a place in a treaty's name.
    if (g.end < s1 && TREATY_NOUNS.has(doc.form[g.end].toLowerCase()) && /^\p{Lu}/u.test(doc.form[g.end])) return true;
    if (g.end + 1 < s1 && doc.form[g.end] === '-' && glued(g.end) && glued(g.end + 1)) {
      // "Iranian-trained", "U.S.-backed" ("Saudi-led" keeps its leader).
      if (HYPHEN_PARTICIPLES.has(doc.form[g.end + 1].toLowerCase())) return true;
      // "Iraqi-American investigation": the second country before a non-agent noun.
      const next = startsAt(g.end + 1);
      if (next && next.agents.length === 0 && bareAt(next.start, next.end) && !pairTalks(next.end)) return true;
    }
    if (g.start - 2 >= s0 && doc.form[g.start - 1] === '-' && glued(g.start - 1) && glued(g.start)) {
      const prev = endsAt(g.start - 1);
      if (prev && bareAt(prev.start, prev.end) && !pairTalks(g.end)) return true;
    }
    if (!doc.annotations.has('token.dep') || g.end - g.start !== 1) return false;
    const h = doc.head[g.start];
    const rel = DEPREL[doc.dep[g.start]];
    if (h <= g.start || h >= s1 || (rel !== 'amod' && rel !== 'compound')) return false;
    return PLACE_NOUNS.has((doc.lemma[h] || doc.form[h]).toLowerCase());
  };

  /** Capitalised nouns that make a place's name a treaty's ("Geneva Conventions", "Oslo Accords"). */
  const TREATY_NOUNS: ReadonlySet<string> = new Set(['convention', 'conventions', 'accord', 'accords', 'agreement', 'agreements', 'protocol', 'protocols', 'treaty']);

  /**
   * "Washington shared intelligence with Ankara", "gathering intelligence": an agent word
   * that is also a mass noun of information, alone and without "the", names no actor
   * ("U.S. intelligence", "the intelligence services", "military intelligence" still do).
   */
  const massNoun = (doc: Doc, g: Group): boolean => {
    if (g.base !== null || g.agents.length !== 1 || g.end - g.start !== 1 || !MASS_NOUN_AGENTS.has(doc.form[g.start].toLowerCase())) return false;
    const s0 = doc.sentStart[doc.sentenceOf(g.start)];
    return g.start === s0 || !/^(the|its|their|his|her|our|whose)$/i.test(doc.form[g.start - 1]) && !isPossessiveMarker(doc.form[g.start - 1]);
  };

  /**
   * "denied any official role", "reports of civilian casualties": an agent word used as the
   * adjective of a thing that is no actor (with a parse) names nobody. Only officials and
   * civilians: identities ("a Shiite mosque") name the community, and military words their
   * forces' units and operations (the coder's business).
   */
  const thingAdjective = (doc: Doc, g: Group, all: Group[]): boolean => {
    if (g.base !== null || g.agents.length !== 1 || g.end - g.start !== 1 || !doc.annotations.has('token.dep')) return false;
    if (!ADJECTIVE_AGENTS.has(g.agents[0].codes[0]) || UPOS[doc.upos[g.start]] !== 'ADJ') return false;
    const h = doc.head[g.start];
    if (h <= g.start || DEPREL[doc.dep[g.start]] !== 'amod' || UPOS[doc.upos[h]] !== 'NOUN') return false;
    // "the official news agency", "an official delegation": an official body is the government's.
    if (BODY_NOUNS.has((doc.lemma[h] || doc.form[h]).toLowerCase())) return false;
    return !all.some((x) => x !== g && x.start <= h && h < x.end);
  };

  /**
   * Whether a bare country group before "and" modifies the head noun of the next
   * group ("U.S. and Iraqi troops"): with a parse, it depends on that noun; with
   * tags only, it is an adjective ("American and Iraqi troops").
   */
  const sharesHead = (doc: Doc, prev: Group, g: Group): boolean => {
    const last = prev.end - 1;
    // The noun: the group's last agent, else its last word ("U.S. troops", one dictionary phrase).
    const noun = g.agents[g.agents.length - 1] ?? { start: g.end - 1, end: g.end };
    if (doc.annotations.has('token.dep')) {
      // A later conjunct of a list hangs on the first one ("Iraqi, Syrian and Turkish officials": "Syrian" <-conj-
      // "Iraqi" -amod-> "officials"): the first conjunct's relation is the list's.
      let x = last;
      for (let n = 0; n < 6 && DEPREL[doc.dep[x]] === 'conj' && doc.head[x] >= 0 && doc.head[x] < x; n++) x = doc.head[x];
      const h = doc.head[x];
      const rel = DEPREL[doc.dep[x]];
      if (h >= noun.start && h < noun.end && (rel === 'compound' || rel === 'amod' || rel === 'nmod:poss')) return true;
      // Or the parse coordinates the country with the noun itself ("U.S." <-conj- "troops"),
      // the noun carrying its own country modifier: the same reading.
      const n = noun.end - 1;
      return doc.head[n] === last && DEPREL[doc.dep[n]] === 'conj';
    }
    return doc.annotations.has('token.pos') && UPOS[doc.upos[last]] === 'ADJ';
  };

  /**
   * "Iraqi, Syrian and Turkish security officials", "Shiite, Sunni and Kurdish leaders": the conjuncts set off
   * by commas before the one that took the noun's agents (`groups[k]`) take them too, each a bare country or a
   * people alone modifying the same noun `g`.
   */
  const listBefore = (doc: Doc, groups: Group[], k: number, g: Group, agents: Item[]): void => {
    for (let j = k - 1; j >= 0; j--) {
      const x = groups[j];
      if (doc.form.slice(x.end, groups[j + 1].start).join(' ') !== ',') return;
      const bare = x.base !== null && x.agents.length === 0 && x.base.codes.every((c) => isBare(c, countries));
      const people = x.base === null && isIdentityOnly(x);
      // The parse may take a list's first word for a noun of its own ("invited Jordanian, Egyptian and Saudi
      // officials"): a one-word adjective of a people or country in the comma list is a modifier all the same.
      const adjective = x.end - x.start === 1 && DEMONYM.test(doc.form[x.start]);
      if ((!bare && !people) || x.ofAgents || !(sharesHead(doc, x, g) || adjective)) return;
      x.agents = [...x.agents, ...agents];
      x.parts = [...x.parts, ...agents];
    }
  };

  /**
   * Coordination shares modifiers, as PETRARCH's validation suite expects:
   * "Danish Islamist media and government" -> DNKMUSMED, DNKMUSGOV (the country
   * and all agents but the head noun carry over to an agent-only conjunct), and
   * "lawmakers in Fornost and Gondor" -> FORLEG, GONLEG ("ambassadors of A, B and C":
   * every country of the list).
   */
  const distribute = (doc: Doc, groups: Group[]): Group[] => {
    for (let k = 1; k < groups.length; k++) {
      const prev = groups[k - 1];
      const g = groups[k];
      const between = doc.form.slice(prev.end, g.start).map((f) => f.toLowerCase());
      // "Iraqi officials and the exiles": a conjunct with its own article is a noun phrase of its own, which the first
      // one's modifiers do not reach (only a list after "of" shares its agent: "ambassadors of A, B and the C").
      const ownArticle = between.length > 1 && between[between.length - 1] === 'the';
      if (ownArticle) between.pop();
      const coord = between.length === 1 && COORD_WORDS.has(between[0]);
      // "the Shiite and Kurdish leaders", "Sunni and Kurdish negotiators": a people alone before "and" has the
      // same noun as the next (the Shiite leaders), not a people's own code.
      if (coord && prev.base === null && isIdentityOnly(prev) && g.base === null && g.agents.length > 1 && !g.ofAgents && identityFirst(g) && sharesHead(doc, prev, g)) {
        const nouns = g.agents.slice(1).filter((a) => !(a.codes[0].length === 3 && IDENTITY_CODES.has(a.codes[0])));
        if (nouns.length > 0) {
          prev.agents = [...prev.agents, ...nouns];
          prev.parts = [...prev.parts, ...nouns];
          listBefore(doc, groups, k - 1, g, nouns);
        }
        continue;
      }
      if (prev.base === null || !prev.base.codes.every((c) => isBare(c, countries))) continue;
      // A list ("ambassadors of A, B and C") may also use commas.
      const list = coord || (between.length >= 1 && between.length <= 2 && between[0] === ',' && (between.length === 1 || COORD_WORDS.has(between[1])));
      if (!list) continue;
      if (coord && prev.agents.length === 0 && g.base !== null && g.agents.length > 0 && !g.ofAgents && g.base.codes.every((c) => isBare(c, countries)) && sharesHead(doc, prev, g)) {
        // "U.S. and Iraqi troops": the first country modifies the same noun (USAMIL, IRQMIL).
        prev.agents = [...g.agents];
        prev.parts = [...prev.parts, ...g.agents];
        listBefore(doc, groups, k - 1, g, g.agents);
      } else if (coord && prev.agents.length === 0 && g.base !== null && g.agents.length === 0 && g.end - g.start > 1 && g.base.codes.length === 1 &&
        FORCE_BODY.test(g.base.codes[0]) && g.base.codes[0].slice(0, 3) !== prev.base.codes[0].slice(0, 3) && UPOS[doc.upos[g.end - 1]] === 'NOUN' && sharesHead(doc, prev, g)) {
        // "Iraqi and U.S. troops" ("U.S. troops" one dictionary phrase, USAMIL): the first country's troops too.
        const body: Item = { start: g.end - 1, end: g.end, kind: 'agent', codes: [g.base.codes[0].slice(3)], prefix: false, rule: g.base.rule };
        prev.agents = [body];
        prev.parts = [...prev.parts, body];
        listBefore(doc, groups, k - 1, g, [body]);
      } else if (coord && prev.agents.length === 0 && g.base === null && g.agents.length > 1 && !g.ofAgents && identityFirst(g) && sharesHead(doc, prev, g)) {
        // "Turkmen and Arab lawmakers": the people before "and" has the same noun, not the other's identity.
        const nouns = g.agents.slice(1).filter((a) => !(a.codes[0].length === 3 && IDENTITY_CODES.has(a.codes[0])));
        prev.agents = [...nouns];
        prev.parts = [...prev.parts, ...nouns];
        listBefore(doc, groups, k - 1, g, nouns);
      } else if (coord && g.base === null && prev.agents.length > 0 && !prev.ofAgents && !ownArticle) {
        g.base = prev.base;
        g.agents = [...prev.agents.slice(0, -1), ...g.agents];
        g.parts = [prev.base, ...prev.agents.slice(0, -1), ...g.parts];
      } else if (prev.ofAgents && g.base !== null && g.agents.length === 0 && g.base.codes.every((c) => isBare(c, countries))) {
        g.agents = [...prev.ofAgents];
        g.parts = [...prev.ofAgents, ...g.parts];
        g.ofAgents = prev.ofAgents;
      }
    }
    return groups;
  };

  /**
   * A country glued to a participle after a hyphen ("Iran-backed", "U.S.-trained"): a modifier of the noun
   * after it, never the object of "of" ("leaders of the Iran-aligned factions" are no Iranian leaders).
   */
  const hyphenPrefix = (doc: Doc, h: Group): boolean => {
    const s1 = doc.sentEnd[doc.sentenceOf(h.start)];
    return h.end + 1 < s1 && doc.form[h.end] === '-' && doc.end[h.end - 1] === doc.start[h.end] &&
      doc.end[h.end] === doc.start[h.end + 1] && HYPHEN_PARTICIPLES.has(doc.form[h.end + 1].toLowerCase());
  };

  /**
   * "leaders of the Shiite militias", "members of an Iran-backed militia", "fighters of the rebel factions":
   * a belonging noun alone (BODY_PEOPLE) at groups[k], "of", a determiner, lower-case modifiers and hyphenated
   * "COUNTRY-participle" modifiers, then a body of agents only (a party, militia, bloc, insurgents, protesters).
   * The people of a body act as that body: the index of the body's group, or -1.
   */
  const headOfBody = (doc: Doc, groups: Group[], k: number): number => {
    const g = groups[k];
    if (g.base !== null || g.agents.length !== 1 || g.end - g.start !== 1 || !BODY_PEOPLE.has(doc.form[g.start].toLowerCase())) return -1;
    const s1 = doc.sentEnd[doc.sentenceOf(g.start)];
    let i = g.end;
    if (i >= s1 || doc.form[i].toLowerCase() !== 'of') return -1;
    i++;
    if (i < s1 && MEMBER_DETERMINERS.has(doc.form[i].toLowerCase())) i++;
    let j = k + 1;
    for (let n = 0; n < 4 && i < s1; n++) {
      const h = groups[j];
      if (h && h.start === i) {
        // A hyphenated country modifier ("Iran-aligned"): skip it and its participle.
        if (hyphenPrefix(doc, h)) {
          i = h.end + 2;
          j++;
          continue;
        }
        const body = h.base === null && h.agents.some((a) => BODY_SECTORS.has(a.codes[0])) && !h.agents.some((a) => a.prefix);
        return body ? j : -1;
      }
      const f = doc.form[i];
      if (f !== f.toLowerCase() || !/^(JJ|JJR|JJS|VBN|VBG|RB)$/.test(XPOS[doc.xpos[i]])) return -1;
      i++;
    }
    return -1;
  };

  /**
   * "Lawmakers from several blocs", "legislators of rival parties": plural legislators (LEG alone) then
   * from/of, at most two lower-case determiners, adjectives or numbers, and plural parties or blocs (PTY alone,
   * no identity: "lawmakers from the main Shiite bloc" stays with the bloc's side). The parties are where the
   * legislators come from, not who acts.
   */
  const legislatorsAcrossParties = (doc: Doc, g: Group, h: Group): boolean => {
    const plural = (i: number): boolean => /^NNP?S$/.test(XPOS[doc.xpos[i]]);
    const only = (x: Group, code: string): boolean =>
      x.base === null && x.agents.length === 1 && x.agents[0].codes[0] === code && !x.agents[0].prefix;
    if (!only(g, 'LEG') || !only(h, 'PTY') || !plural(g.end - 1) || !plural(h.end - 1)) return false;
    let i = g.end;
    if (i >= h.start || !ACROSS_WORDS.has(doc.form[i].toLowerCase())) return false;
    i++;
    for (let n = 0; n < 2 && i < h.start; n++, i++) {
      const f = doc.form[i];
      if (f !== f.toLowerCase() || !/^(DT|PDT|JJ|CD)$/.test(XPOS[doc.xpos[i]])) return false;
    }
    return i === h.start;
  };

  /**
   * "the government of Iraq": an agent-only group, of/in/from, optional "the", an actor group.
   * "a spokesman for Sadr", "an aide to Maliki": the principal's code with the agent's
   * (IRQPTYSDRGOV; IRQGOV + GOV = IRQGOV), as for "of".
   */
  const mergeOf = (doc: Doc, groups: Group[]): Group[] => {
    const out: Group[] = [];
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k];
      const h = groups[k + 1];
      if (g.base === null && h && h.base !== null && !hyphenPrefix(doc, h)) {
        let i = g.end;
        const prep = i < h.start ? doc.form[i].toLowerCase() : '';
        const forPrep = FOR_AGENT_WORDS.get(doc.form[g.end - 1].toLowerCase())?.has(prep) ?? false;
        if (OF_WORDS.has(prep) || forPrep) {
          i++;
          if (i < h.start && doc.form[i].toLowerCase() === 'the') i++;
          if (i === h.start) {
            out.push({
              start: g.start,
              end: h.end,
              base: h.base,
              agents: [...h.agents, ...g.agents],
              parts: [...g.parts, ...h.parts],
              head: g.end - 1,
              ofAgents: forPrep ? undefined : g.agents,
            });
            k++;
            continue;
          }
        }
      }
      // "lawmakers from several blocs": legislators drawn from many parties act as legislators, not as the parties.
      if (h && legislatorsAcrossParties(doc, g, h)) {
        out.push({ start: g.start, end: h.end, base: null, agents: [...g.agents], parts: [...g.parts, ...h.parts], head: g.end - 1 });
        k++;
        continue;
      }
      // "leaders of the Shiite militias", "members of an Iran-backed militia": the body's people are the body.
      const body = h ? headOfBody(doc, groups, k) : -1;
      if (body >= 0) {
        const b = groups[body];
        out.push({ start: g.start, end: b.end, base: null, agents: [...b.agents], parts: [...g.parts, ...b.parts], head: g.end - 1 });
        k = body;
        continue;
      }
      // "the commanders of the police units", "officers of the border police": ranks of a force are that force.
      if (g.base === null && h && h.base === null && g.agents.length === 1 && h.agents.length > 0 && RANK_NOUNS.has(doc.form[g.end - 1].toLowerCase())) {
        let i = g.end;
        if (i < h.start && doc.form[i].toLowerCase() === 'of') {
          i++;
          if (i < h.start && doc.form[i].toLowerCase() === 'the') i++;
          if (i === h.start && h.agents.every((a) => FORCE_AGENTS.has(a.codes[0])) && g.agents[0].codes[0] !== h.agents[0].codes[0]) {
            out.push({ start: g.start, end: h.end, base: null, agents: [...h.agents], parts: [...g.parts, ...h.parts], head: g.end - 1 });
            k++;
            continue;
          }
        }
      }
      out.push(g);
    }
    return out;
  };

  /**
   * "Maliki's spokesman, Ali al-Dabbagh,", "State Department spokesman Sean McCormack":
   * a title and the known name in apposition to it or right after it are one actor.
   * With a parse only: the comma-set name closes with punctuation and is the title's
   * appos or follows a singular title; the adjacent name is what the title modifies. The name's code is the more specific one, unless
   * it is only an elite (ELI) and the title says more.
   */
  const appositiveNames = (doc: Doc, groups: Group[]): Group[] => {
    if (!doc.annotations.has('token.dep')) return groups;
    const synHead = (g: Group): number => {
      for (let i = g.start; i < g.end; i++) if (doc.head[i] < g.start || doc.head[i] >= g.end) return i;
      return g.end - 1;
    };
    const out: Group[] = [];
    for (let k = 0; k < groups.length; k++) {
      const a = groups[k];
      const b = groups[k + 1];
      const titled = a.parts.length > 0 && a.parts[a.parts.length - 1].kind === 'agent';
      if (titled) titleCountry(doc, groups, k);
      const name = b !== undefined && b.base !== null && b.agents.length === 0 && b.parts.length === 1 && !b.base.codes.every((c) => isBare(c, countries));
      if (b && titled && name) {
        const aHead = a.head ?? a.end - 1;
        const bHead = synHead(b);
        const closes = b.end >= doc.sentEnd[doc.sentenceOf(b.start)] || UPOS[doc.upos[b.end]] === 'PUNCT';
        // A singular title set off by commas ("spokesman, NAME,") is an apposition even when misparsed.
        const singularTitle = XPOS[doc.xpos[a.end - 1]] === 'NN' && (b.end >= doc.sentEnd[doc.sentenceOf(b.start)] || doc.form[b.end] === ',');
        const comma =
          doc.form[a.end] === ',' &&
          b.start === a.end + 1 &&
          closes &&
          ((DEPREL[doc.dep[bHead]] === 'appos' && doc.head[bHead] === aHead) || singularTitle);
        const adjacent = b.start === a.end && doc.head[aHead] >= b.start && doc.head[aHead] < b.end;
        if (comma || adjacent) {
          const eliteOnly = b.base!.codes.every((c) => c.endsWith('ELI')) && (a.base !== null || a.agents.length > 0);
          const keep = eliteOnly ? a : b;
          out.push({
            start: a.start,
            end: b.end,
            base: keep.base,
            agents: keep.agents,
            parts: [...a.parts, ...b.parts],
            head: comma ? aHead : bHead,
            former: keep.former,
          });
          k++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  };

  const toMentions = (groups: Group[]): ActorMention[] =>
    groups.map((g) => {
      const codes = groupCodes(g);
      const m: ActorMention = {
        start: g.start,
        end: g.end,
        code: codes[0],
        rule: g.parts.map((p) => p.rule).join(' + '),
        head: g.head ?? g.end - 1,
      };
      if (codes.length > 1) m.codes = codes;
      if (g.base?.party && g.agents.length === 0) m.party = g.base.party;
      return m;
    });

  const matchAll = (doc: Doc, s: number, date?: DayNumber, p?: Pieces): ActorMention[] =>
    toMentions(compose(doc, deputyTitles(doc, items(doc, s, date, p ?? sentencePieces(dicts, doc, doc.sentStart[s], doc.sentEnd[s])))));

  const discardIn = (doc: Doc, s: number, level: 'sentence' | 'story', pieces?: Pieces): DiscardHit | null => {
    const p = pieces ?? sentencePieces(dicts, doc, doc.sentStart[s], doc.sentEnd[s]);
    for (const c of candidates(dicts, p, (n) => dicts.nodeDiscard[n] >= 0)) {
      const d = dicts.discards[dicts.nodeDiscard[c.node]];
      if (d.level === level) return { level, sentence: s, start: c.start, end: c.end, rule: rule(d.file, d.line, d.phrase) };
    }
    return null;
  };

  const discard = (doc: Doc, s: number, p?: Pieces): DiscardHit | null => {
    if (dicts.discards.length === 0) return null;
    const own = discardIn(doc, s, 'sentence', p);
    if (own) return own;
    let story = storyMemo.get(doc);
    if (story === undefined) {
      story = null;
      for (let k = 0; k < doc.sentenceCount && !story; k++) story = discardIn(doc, k, 'story');
      storyMemo.set(doc, story);
    }
    return story;
  };

  // Categories blocked in a whole Doc by a `~~` phrase anywhere in it (memoised per Doc).
  const issueBlockMemo = new WeakMap<Doc, Set<string>>();
  const blockedCategories = (doc: Doc): Set<string> => {
    let b = issueBlockMemo.get(doc);
    if (!b) {
      b = new Set<string>();
      for (let k = 0; k < doc.sentenceCount; k++) {
        const p = sentencePieces(dicts, doc, doc.sentStart[k], doc.sentEnd[k]);
        for (const c of candidates(dicts, p, (n) => dicts.nodeIssue[n] >= 0)) {
          for (const i of dicts.issueLists[dicts.nodeIssue[c.node]]) if (dicts.issues[i].negative === 2) b.add(dicts.issues[i].category);
        }
      }
      issueBlockMemo.set(doc, b);
    }
    return b;
  };

  const issues = (doc: Doc, s: number): IssueMention[] => {
    if (dicts.issues.length === 0) return [];
    const p = sentencePieces(dicts, doc, doc.sentStart[s], doc.sentEnd[s]);
    const found = candidates(dicts, p, (n) => dicts.nodeIssue[n] >= 0);
    const blockedCats = blockedCategories(doc);
    const negSpans: Candidate[] = [];
    const pos: { c: Candidate; i: number }[] = [];
    for (const c of found) {
      for (const i of dicts.issueLists[dicts.nodeIssue[c.node]]) {
        const is = dicts.issues[i];
        if (is.negative === 1) negSpans.push(c);
        else if (is.negative === 0) pos.push({ c, i });
      }
    }
    const out: IssueMention[] = [];
    for (const { c, i } of pos) {
      const is = dicts.issues[i];
      if (blockedCats.has(is.category)) continue;
      if (negSpans.some((n) => n.start < c.end && c.start < n.end)) continue;
      out.push({ start: c.start, end: c.end, category: is.category, code: is.code, rule: rule(is.file, is.line, is.phrase) });
    }
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  };

  return {
    match(doc: Doc, s: number, date?: DayNumber): ActorMention[] {
      if (s < 0 || s >= doc.sentenceCount) throw new RangeError(`sentence ${s} out of range 0..${doc.sentenceCount - 1}`);
      const p = sentencePieces(dicts, doc, doc.sentStart[s], doc.sentEnd[s]);
      if (discard(doc, s, p)) return [];
      return matchAll(doc, s, date, p);
    },
    matchAll: (doc: Doc, s: number, date?: DayNumber) => matchAll(doc, s, date),
    discard: (doc: Doc, s: number) => discard(doc, s),
    issues,
  };
}
