/**
 * The event coder: finds dictionary verbs in a dependency-parsed sentence, matches
 * their patterns, and codes source/target actors from the verb's arguments.
 *
 * Pattern words are matched TABARI-style on the sentence's word forms: `_` joined
 * words must be adjacent, spaced words may have words between them, `*` is the verb
 * (or multiword verb). The best pattern is the one matching the most words; without
 * one the verb's (or its block's) default code applies. Roles come from the parse:
 * subject = source, object / prepositional object / complement = target, passives with
 * a `by` agent swap them, `$`/`+`/`%` slots in the pattern override both. Conjoined
 * subjects/objects give one event per pair; xcomp control passes the subject (or object)
 * down; a governing verb without a matched pattern yields to a coded xcomp verb.
 *
 * Requests ("urged Y to disarm Z", "demanded that Y withdraw") code the appeal or demand
 * X -> Y, the requested act picking its sub-code (src/events/requests.ts). A place named
 * as where something happened ("met in Geneva") yields to a named participant, and a
 * coordination acting there acts with itself ("A and B met in Geneva": A <-> B). A
 * country-less actor (---COP) takes the country of its own place, of the event's place, or
 * of the other actor when the sentence names no other state ("Thai police arrested
 * protesters": THAOPP); unidentified armed forces (UAF) and statements' audiences do not.
 * A cooperative act an actor says it will (not) do is its intent, 03x (refusal, 12x), not a
 * statement; a weapon with no named user ("a roadside bomb killed") is an unidentified
 * attacker (---UAF); a passive's subject is the target.
 *
 * Negation: a verb with an `advmod` child "not"/"n't"/"never" is still coded, with
 * `negated: true` ("refused to attack" is not negation: it is whatever the dictionary says).
 *
 * The parser makes mistakes the coder repairs where the evidence is local and general:
 * dictionary verbs tagged as nouns/adverbs after a modal, subjects hung as compound or
 * unmarked obl, coordinations parsed as nmod/list/parataxis or several nsubj, ", an
 * official said" attached to a noun, verbs demoted to modifiers in verbless sentences.
 * Tree-level repairs rewrite the sentence's own copy of heads/relations first (see
 * `Sent.repair`); head cycles are cut, and every walk is iterative or bounded.
 *
 * Competing multiword verbs: the reading matching the most words (verb + pattern) wins.
 * An unasserted act (infinitive, modal, mandative subjunctive; anything under a denial)
 * embedded under a verb that coded an event is not coded again ("promised to release",
 * "said it would send aid": the governing event only; under a plain statement only
 * material acts are dropped). A temporal clause (after/before/since/until) of a clause
 * that coded a dyadic event dates that event and is not coded ("restored ties five years
 * after crowds burned its embassy"); under a clause that coded nothing it is. A
 * cooperative act offered "only if" its target acts is a demand on it (100).
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS, XPOS, xposId } from '../analysis/tags.js';
import type { ActorMatcher, ActorMention, DayNumber } from '../actors/types.js';
import { regularForms, type CodePair, type PatternElem, type VerbBlock, type VerbDictionary, type VerbEntry, type VerbPattern } from '../dictionaries/verbs.js';
import type { CodedEvent } from './types.js';
import { conditionalThreatCode, threatCode } from './intent.js';
import { isQuoteMark } from './framing.js';
import { PACT_RULE, syntheticMentions } from './synthetic.js';
import { actedBy, armedCrushed, assaultByUnidentified, crowdRepressed, fromTheAir, isFiringWhen, isHarmedWhen, isPostNoun, isProtestWord, postHolder, struckBuilding } from './violence.js';
import { CUSTODY_PARTICIPLES, ownActParticiple, PROTEST_VERBS, SPEAKING_PARTICIPLES, VERBAL_PARTICIPLES } from './participles.js';
import { calledForeign, guessedCountry, HOME_RULE } from '../article/home.js';
import { PERSON_NOUNS } from '../article/lexicon.js';
import { ORGANISATION_RULE } from '../actors/conventions.js';
import { codeExtends } from '../actors/code.js';
import { SETTLEMENT_NOUNS, TOWN_PART_NOUNS } from '../actors/places.js';
import { dateWord } from '../context/dates.js';
import { REPORTING, SPEECH_ACTS, speakersConjunct, trailingParticipleHost, type TreeView } from './repair.js';
import { intentCode, refusalCode, requestCode, requestedSuffix, requestFamily } from './requests.js';

/** Coder options (the PETRARCH names in comments). */
export interface CoderOptions {
  /** Drop events without a target (`require_dyad`, default true). */
  requireDyad?: boolean;
  /**
   * Code unknown noun phrases of at most this many words in subject/object slots as new
   * actors, their code being the quoted phrase (`new_actor_length`, default 0 = off).
   */
  newActorLength?: number;
  /**
   * PETRARCH's comma rules: comma-delimited clauses whose length in words lies in a range
   * are ignored (their verbs and actors). `min/max` for clauses between two commas,
   * `bmin/bmax` for the clause before the first comma, `emin/emax` after the last one.
   * A range with max 0 is off; the whole option is off by default.
   */
  commas?: { min: number; max: number; bmin: number; bmax: number; emin: number; emax: number };
}

/** Codes events in analysed documents. Immutable once built. */
export interface Coder {
  /** Code every sentence of `doc`; `date` (yyyymmdd) resolves dated actor codes. */
  code(doc: Doc, date?: DayNumber, opts?: { requireDyad?: boolean }): CodedEvent[];
}

const XPOS_VBG = xposId('VBG');
/**
 * The actor mention ending just before a relative pronoun (", which" / ", who"), or -1.
 * Only when the pronoun is not under a noun already (an unattached relative clause).
 */
function relativeAntecedent(st: Sent, pron: number): number {
  let k = pron - 1;
  if (k >= 0 && st.doc.form[st.a + k] === ',') k--;
  if (k < 0) return -1;
  const m = st.mentionAt[k];
  return m >= 0 && st.mentions[m].end - 1 === k ? m : -1;
}

/** The dependents of a verb that name whom it is done to. */
const ARG_DEPS = new Set(['obj', 'obl', 'iobj']);
const NOUNISH_DEPS = new Set(['amod', 'acl', 'compound', 'nmod', 'dep', 'appos']);
const SUBJ_LIKE = new Set(['compound', 'obl:unmarked', 'nmod:desc', 'dep', 'obl:npmod', 'nmod:unmarked', 'vocative', 'dislocated', 'nsubj:outer']);
const NEG_WORDS = new Set(['not', "n't", 'never']);
/** Nouns of a part of a town or land: a name under them is a place ("a neighbourhood of Mogadishu"). */
const SCENES: ReadonlySet<string> = new Set([...TOWN_PART_NOUNS, ...SETTLEMENT_NOUNS]);
/** Words of time that open a fronted time phrase ("Hours after ...", "Shortly before ..."). */
/** Subordinators of a gerund clause of time ("after meeting X"). */
const GERUND_TIME = new Set(['AFTER', 'BEFORE', 'WHILE', 'UPON', 'SINCE', 'WHEN']);
/** Adverbial particles of phrasal verbs ("walked out", "stepped down"). */
const PARTICLES = new Set(['OUT', 'UP', 'DOWN', 'OFF', 'AWAY', 'BACK']);
const TIME_WORDS = new Set(['HOURS', 'HOUR', 'MINUTES', 'MINUTE', 'DAYS', 'DAY', 'WEEKS', 'WEEK', 'MONTHS', 'MONTH', 'MOMENTS', 'MOMENT', 'SECONDS', 'SHORTLY', 'SOON', 'NIGHT', 'YEARS']);
/** Most heads one argument's coordination expands to (bounds the conjunct recursion). */
const MAX_CONJUNCTS = 256;
/** CAMEO roots of material (not verbal) cooperation and conflict. */
const MATERIAL_ROOTS = new Set(['06', '07', '08', '09', '15', '16', '17', '18', '19', '20']);
const REL_PRONOUNS = new Set(['who', 'which', 'that', 'whom']);
/** Pronouns a relative clause describes ("those who ...", "anyone who ..."): its actors are not theirs (s17-actors). */
const RELATIVE_HEAD_PRONOUNS: ReadonlySet<string> = new Set(['those', 'anyone', 'anybody', 'everyone', 'everybody', 'whoever', 'someone', 'somebody']);

/** Words of a part of a group as a subject ("some of them", "many of the protesters"): the group acts. */
const PARTITIVE: ReadonlySet<string> = new Set(['some', 'many', 'most', 'several', 'dozens', 'hundreds', 'thousands', 'few', 'none', 'each', 'all', 'both']);
const PERSONAL = new Set(['it', 'he', 'she', 'they', 'we', 'its', 'his', 'her', 'their']);
/** Prepositions of place: an actor named only as where something happened is no participant. */
/** Infinitives naming what a protest is for, and so whom it is aimed at ("marched to demand X's resignation"). */
const PURPOSE_VERBS: ReadonlySet<string> = new Set(['demand', 'denounce', 'condemn', 'protest', 'oppose', 'reject', 'call', 'urge', 'press', 'support', 'back', 'defend']);
/** Verbs of rethinking one's ties or place, a threat when said on a condition ("would reconsider its commitment if ..."). */
/** Documents whose participle ("a statement urging ...") is the act of whoever issued or sent them. */
const DOCUMENTS: ReadonlySet<string> = new Set(['statement', 'letter', 'message', 'communique', 'communiqué', 'declaration', 'note', 'fatwa', 'edict', 'decree', 'memo', 'memorandum']);

/** Particles a phrasal verb may leave after its object ("drove the militants out", "broke the talks off"). */
const SEPARABLE: ReadonlySet<string> = new Set(['OUT', 'AWAY', 'OFF', 'DOWN', 'BACK', 'OVER', 'UP', 'ASIDE']);

const RETHINK: ReadonlySet<string> = new Set(['reconsider', 'rethink', 'reassess', 're-evaluate', 'reevaluate', 'review']);
/** Verbs whose "if" clause is an indirect question ("would decide if ..."), not a condition. */
const QUESTIONING: ReadonlySet<string> = new Set(['ask', 'wonder', 'know', 'see', 'decide', 'determine', 'check', 'consider', 'examine', 'study', 'judge', 'assess', 'learn', 'find', 'tell', 'say', 'question', 'doubt', 'investigate', 'inquire', 'verify', 'review', 'discuss']);
/** Verbs of a condition that the other side keeps defying ("if the raids continued", "if Baghdad refused"): an ultimatum's. */
const DEFIANCE: ReadonlySet<string> = new Set(['continue', 'persist', 'keep', 'refuse', 'fail', 'ignore', 'reject']);
/** Participles naming an attack's victims (", killing four policemen"). */
const VICTIM_VERBS: ReadonlySet<string> = new Set(['kill', 'wound', 'injure', 'maim']);
const LOCATIVE = new Set(['IN', 'AT', 'NEAR', 'INSIDE', 'OUTSIDE', 'AROUND', 'ACROSS', 'THROUGHOUT', 'THROUGH', 'WITHIN']);
/** First-slot codes that are no state: a country-less actor does not take them. */
export const NON_STATE: ReadonlySet<string> = new Set(['IGO', 'NGO', 'NGM', 'IMG', 'MNC', 'UIS', 'INT', 'AFR', 'ASA', 'BLK', 'CRB', 'CAU', 'CFR', 'CAS',
  'CEU', 'EIN', 'EAF', 'EEU', 'EUR', 'LAM', 'MEA', 'MDT', 'NAF', 'NMR', 'PGS', 'SCN', 'SAM', 'SAS', 'SEA', 'SAF', 'WAF', 'WST',
  'WEU', 'EAS', 'WAS']);
/**
 * CAMEO roots whose events, done by a coordination with no one else named, are done by
 * its members with each other ("A and B met", "signed a ceasefire", "clashed").
 */
const RECIPROCAL_ROOTS = new Set(['03', '04', '05', '06', '19']);
/** Relations of a clause of its own: what hangs below one is not in the clause above it. */
const OWN_CLAUSE: ReadonlySet<string> = new Set(['acl:relcl', 'conj', 'parataxis', 'ccomp', 'advcl', 'advcl:relcl', 'csubj', 'list', 'dislocated']);
/**
 * A pattern word of "have"/"hold" outside the verb's own clause ("Sadr, whose movement holds 39 seats in parliament
 * and ..., had asked his followers not to join the protests", parsed with "holds" as the root: "holds ... protests" is no
 * protest held; sets 7, 26). Words of its object's phrase ("held three rounds of talks", "has no plans to resume
 * talks") and of its adjuncts ("held exercises in a show of force") are its own; below a clause of another predicate
 * (a relative clause, a conjoined or complement verb) they are not.
 */
function strayLightWord(st: Sent, v: number, words: readonly number[]): boolean {
  const l = st.lemma(v).toLowerCase();
  if (l !== 'have' && l !== 'hold') return false;
  const ownClause = (w: number): boolean => {
    for (let p = w, n = 0; p >= 0 && n < 64; p = st.head[p], n++) {
      if (p === v) return true;
      if (OWN_CLAUSE.has(st.dep[p]) && (st.dep[p] !== 'conj' || st.upos(p) === 'VERB' || st.upos(p) === 'AUX')) return false;
    }
    return false;
  };
  return words.some((w) => w > v && !ownClause(w));
}
/** Verbs whose past participle is their bare form ("has cut", "had come", "was put"): a VBN so spelled is a verb. */
const BARE_PARTICIPLES: ReadonlySet<string> = new Set(['COME', 'BECOME', 'OVERCOME', 'RUN', 'OVERRUN', 'PUT', 'SET', 'RESET', 'OFFSET', 'UPSET', 'CUT',
  'UNDERCUT', 'HIT', 'LET', 'SHUT', 'SPREAD', 'QUIT', 'HURT', 'COST', 'SPLIT', 'BURST', 'BROADCAST', 'FORECAST', 'READ', 'CAST', 'BET',
  'BID', 'OUTBID', 'RID', 'SHED', 'THRUST', 'BEAT', 'FIT', 'WED', 'KNIT', 'SLIT', 'SPIT', 'INPUT', 'OUTPUT', 'OUTRUN', 'RECAST', 'MISREAD']);
/**
 * Verbs of a one-sided intent: done by a coordination ("A and B planned to ..."), each member intends on its own, and
 * the plan is aimed at no member (set 26). An agreement and a joint pledge ("the two presidents pledged to cut their
 * arsenals", development sentence r03-001) are between them.
 */
const ONE_SIDED_INTENT: ReadonlySet<string> = new Set(['plan', 'intend', 'aim', 'prepare', 'hope', 'want', 'seek', 'try']);
/** Words after verb `v` that make an intent a joint one ("vowed to work together", "pledged to help each other"). */
function togetherAfter(st: Sent, v: number): boolean {
  for (let k = v + 1; k < st.n; k++) {
    const w = st.up[k];
    if (w === 'TOGETHER' || w === 'JOINTLY' || ((w === 'EACH' || w === 'ONE') && k + 1 < st.n && ['OTHER', 'ANOTHER'].includes(st.up[k + 1]))) return true;
  }
  return false;
}
/** Nouns for the other states related to a possessor ("Iraq's neighbours"): not the possessor itself. */
const RELATIONAL = new Set(['neighbour', 'neighbor', 'neighbours', 'neighbors', 'ally', 'allies', 'enemy', 'enemies', 'rival', 'rivals', 'adversary', 'adversaries', 'foe', 'foes']);
/** Sectors that act within their own country: their counterpart shares it. */
const DOMESTIC = new Set(['COP', 'JUD', 'LEG']);
/** Roots where the actor's own forces as object are its instrument, not its target ("deployed troops to X"). */
const FORCE_ROOTS = new Set(['03', '07', '13', '15']);
/** Sectors that name institutions, which can modify things ("military aid", "police cars"). */
const INSTITUTIONS = new Set(['MIL', 'GOV', 'COP', 'SPY', 'JUD', 'LEG']);
/** Weapons and attacks that, as the subject of a verb, stand for an unidentified attacker. */
const WEAPONS = new Set(['bomb', 'bomber', 'blast', 'explosion', 'explosive', 'device', 'ied', 'mine', 'landmine', 'mortar',
  'rocket', 'grenade', 'attack', 'bombing', 'shell', 'shelling', 'gunfire', 'vest', 'car', 'truck', 'missile', 'katyusha',
  'projectile', 'round', 'barrage', 'volley', 'salvo']);
/**
 * Military operations: "a U.S. raid killed", "an Israeli air strike hit": a state named
 * only as the operation's modifier acted through its armed forces (USAMIL).
 */
const OPERATIONS = new Set(['raid', 'strike', 'airstrike', 'air-strike', 'attack', 'assault', 'offensive', 'bombardment',
  'shelling', 'bombing', 'incursion', 'operation', 'sweep', 'barrage', 'ambush', 'airstrikes', 'strikes', 'raids']);
/** Plural aircraft nouns that are also present-tense verbs ("drones"): repair 11b. */
const AIR_HOMOGRAPHS: ReadonlySet<string> = new Set(['drones']);
/** Aircraft nouns whose present-tense strike the tagger may take for a noun ("gunships pound"): repair 11b. */
const AIR_NOUNS: ReadonlySet<string> = new Set(['gunship', 'warplane', 'jet', 'drone', 'aircraft', 'helicopter', 'plane']);
/** Verbs of striking that are also nouns ("pound", "bomb", "strike", "hit", "shell", "blast"): repair 11b. */
const AIR_STRIKE_VERBS: ReadonlySet<string> = new Set(['pound', 'bomb', 'strike', 'hit', 'shell', 'blast', 'rocket', 'strafe']);
/**
 * Military units and equipment: "struck a U.S. patrol", "a Turkish warplane bombed": a state
 * named only as their modifier is its military.
 */
const UNITS = new Set(['patrol', 'convoy', 'base', 'checkpoint', 'outpost', 'post', 'position', 'garrison', 'vehicle',
  'helicopter', 'warplane', 'jet', 'drone', 'warship', 'gunboat', 'tank', 'column', 'unit', 'battalion', 'brigade', 'gunship', 'aircraft']);
/**
 * Participles naming whose a noun is or whom it holds ("guards working for X", "a convoy
 * carrying X", "men suspected of links to X"): their actors stand for the noun.
 */
const BELONGING = new Set(['carry', 'transport', 'occupy', 'use', 'house', 'man', 'hold', 'control', 'run', 'own', 'operate',
  'belong', 'work', 'serve', 'fight', 'suspect', 'accuse', 'link', 'tie', 'affiliate', 'connect', 'associate', 'ally',
  'include', 'represent', 'lead', 'command', 'loyal', 'travel', 'ride', 'contain']);
/** Participles of guarding: "a convoy guarded by U.S. troops" holds its guards; "guards protecting a shrine" do not. */
const GUARDED = new Set(['guard', 'protect', 'escort', 'defend', 'patrol']);
/** Participles of sending: "memos sent by X", "assurances sent from X" are X's. */
const SENDING = new Set(['send', 'deliver', 'issue', 'offer', 'extend', 'convey', 'relay', 'submit', 'present', 'write', 'give', 'transmit', 'forward', 'address']);
/** Post-nominal adjectives of allegiance ("fighters loyal to X", "officials close to X"). */
/** Heads of a bare time phrase ("late Saturday", "last week", "early Monday morning"). */
const TIME_NOUNS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december week weekend month year morning afternoon evening night day today yesterday tonight'.split(' '),
);
const ALLEGIANCE = new Set(['loyal', 'close', 'allied', 'aligned', 'affiliated', 'linked', 'tied', 'sympathetic', 'faithful', 'beholden', 'opposed', 'hostile', 'friendly']);
/** Roots of cooperative acts an actor can announce as an intent (03). */
const INTENT_ROOTS = new Set(['03', '04', '05', '06', '07', '08']);
/** Nouns of intent that "no" denies: "had no intention of meeting", "saw no reason to meet", "no plans to resume talks". */
const NO_INTENT_NOUNS = new Set(['intention', 'intent', 'plan', 'reason', 'desire', 'wish', 'interest', 'inclination', 'need']);
/** Speech verbs whose trailing participle (", saying ...") is a statement apart from the verb it follows. */
const TRAILING_SPEECH = new Set(['say', 'add', 'insist', 'argue', 'explain', 'note', 'stress', 'claim', 'contend', 'tell']);
/**
 * One side as far as the codes tell: the same code, one extending the other (IRQKUR, IRQKURGOV), or the same group
 * under one state (IRQKUR, IRQGOVKUR: the Kurds and their regional government).
 */
function sameSide(a: string, b: string): boolean {
  if (codeExtends(a, b, 6)) return true;
  return a.length >= 6 && b.length >= 6 && a.slice(0, 3) === b.slice(0, 3) && a.slice(-3) === b.slice(-3) && !/^(GOV|MIL|COP|LEG|CVL|OPP|REB|PTY|ELI|BUS|MED|JUD)$/.test(a.slice(-3));
}
/**
 * Nouns of an act's reason, in an adjunct ("in retaliation for an attack on X", "on suspicion of planning attacks on
 * X", "in revenge for the killing of X"): the actors the reason names were acted on by others, earlier.
 */
const REASON_NOUNS: ReadonlySet<string> = new Set(['retaliation', 'revenge', 'reprisal', 'retribution', 'suspicion', 'response', 'reaction']);
/** Prepositions that make a reason noun an adjunct ("in retaliation", "on suspicion", "as a reprisal"). */
const REASON_CASES: ReadonlySet<string> = new Set(['IN', 'ON', 'AS']);
/** Verbs of commanding one's own men ("ordered his fighters to stop fighting"). */
const ORDERING = new Set(['order', 'instruct', 'command', 'direct', 'tell']);
/**
 * Acts that a "call on X to ..." asks for as a demand (10), not an appeal (02): to resign or step down, to release,
 * free or hand over people, to cancel or revoke a measure, to lay down arms, to set or announce a date; the expert
 * coders of the article sets write 10 for 13 of 13 such calls (sets 3, 5, 6, 13, 16, 20, 21, 24, 26, 29) and 02 for
 * calls to stop fighting, settle disputes, disarm others or expel troops (11 of 11), which stay appeals (s16-verbs).
 * "pressed/urged X to ..." stay appeals (18 of 30 "pressed" and 160 of 162 "urged" are 02).
 */
const CALL_ON_DEMANDS: ReadonlySet<string> = new Set(['resign', 'step', 'quit', 'release', 'free', 'hand', 'cancel', 'revoke', 'rescind', 'lay', 'set', 'announce']);
/** Objects of "set"/"announce" that make the call a demand ("to set a date for the withdrawal"). */
const DATE_OBJECTS: ReadonlySet<string> = new Set(['date', 'timetable', 'deadline', 'schedule', 'timeline']);
/** Particles right after "step", "hand", "lay" that make them the demanded act ("step down", "hand over", "lay down"). */
const CALL_ON_PARTICLES: Readonly<Record<string, string>> = { step: 'DOWN', hand: 'OVER', lay: 'DOWN' };
/** Possessives that make the ordered men the orderer's own ("his fighters", "its militia"). */
const OWN_POSSESSIVE = new Set(['his', 'her', 'its', 'their']);
/** Verbs of letting: "would not allow X to ..." warns X. */
const ALLOWING = new Set(['allow', 'permit', 'let']);
/** Adjectives of readiness: "ready to hold talks" is an intent. */
/** Nouns of joint acts, whose adjectives name the parties ("U.S.-Iranian talks"). */
const JOINT = new Set(['talk', 'talks', 'negotiation', 'meeting', 'summit', 'dialogue', 'deal', 'agreement', 'accord', 'treaty', 'pact', 'relation', 'relations', 'tie', 'ties', 'alliance', 'cooperation', 'war', 'conflict', 'dispute', 'rapprochement']);

/** Nouns of proposing, demanding or acting, whose relative clause's verb reacts to their author ("an offer X rejected"). */
const PROPOSALS = new Set(['offer', 'proposal', 'demand', 'call', 'plan', 'request', 'move', 'idea', 'initiative', 'suggestion', 'condition', 'conditions', 'step', 'decision', 'appeal', 'ultimatum', 'overture', 'bid', 'invitation']);

/** Verbs of meeting and contacting someone, whose infinitive of purpose is done to that person. */
const CONTACT = new Set(['meet', 'telephone', 'phone', 'ring', 'visit', 'receive', 'host', 'contact', 'summon']);

/** Verbs of naming: "what he called X" is X. */
const NAMING = new Set(['call', 'describe', 'term', 'label', 'brand', 'dub']);

/** Objects that name the fighting itself ("exchanged fire", "fought a battle"): still between the subjects. */
const FIGHTING = new Set(['fire', 'gunfire', 'shot', 'shots', 'blow', 'blows', 'battle', 'battles', 'war', 'clash', 'clashes', 'skirmish', 'skirmishes', 'artillery', 'salvo', 'salvos', 'round', 'rounds']);
/** Nouns of asking or ordering: their possessor asked for the act ("at the government's request"). */
const REQUEST_NOUNS = new Set(['request', 'invitation', 'behest', 'order', 'orders', 'instruction', 'instructions', 'insistence', 'urging',
  'instigation', 'bidding', 'direction', 'recommendation', 'suggestion', 'initiative',
  // s15: "under the cover of the American jets", "under the auspices of the U.N.": who covers or sponsors an act is
  // not the one it is done to (set 27)
  'cover', 'auspices']);
/** Prepositions of a request adjunct ("at the request of", "on orders from", "under instructions from"). */
/** Heads of an accusation's object phrase: the accused ('the militias', 'some of the organizers', 'two of them', 'Hashemi'). */
const ACCUSED_HEADS = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'NUM']);
/** Verbs of a demand whose `that` clause's subject is the one asked to act. */
const DEMAND_THAT = new Set(['demand', 'insist']);
const ADJUNCT_CASES = new Set(['AT', 'ON', 'UPON', 'UNDER']);
const READY = new Set(['ready', 'willing', 'prepared', 'eager', 'keen', 'determined']);
/** Nouns of the support a side gives ("reaffirmed Washington's support for", "expressed Turkey's solidarity with"). */
const GIVEN_SUPPORT: ReadonlySet<string> = new Set(['support', 'backing', 'solidarity', 'endorsement', 'commitment']);
/**
 * An adjective of readiness ("ready", "prepared"), also when tagged as a passive participle
 * ("was not prepared/VBN to reopen": the same reading, whose lemma is then the verb's).
 */
function isReadiness(st: Sent, k: number): boolean {
  const u = st.upos(k);
  if (u === 'ADJ') return READY.has(st.lemma(k).toLowerCase());
  return u === 'VERB' && XPOS[st.doc.xpos[st.a + k]] === 'VBN' && READY.has(st.up[k].toLowerCase());
}
/** Prepositions that introduce the other party of a joint act. */
const PARTNER_CASES = new Set(['WITH', 'TO', 'AGAINST', 'ON', 'BETWEEN', 'AMONG', 'TOWARD', 'TOWARDS']);
/** Relations that open another clause (beside {@link CLAUSAL}). */
const OTHER_CLAUSE = new Set(['xcomp', 'ccomp', 'advcl', 'acl', 'csubj']);
/** Organs of a state, which deal with other states as often as with their own: a government does. */
const STATE_ORGANS = new Set(['GOV', 'ELI', 'MIL', 'SPY']);
/** Codes of measures a state takes at home (curfews, emergencies, bans and their easing). */
const DOMESTIC_MEASURES = ['081', '172'];
/** Sectors of armed forces. */
const FORCES = new Set(['MIL', 'COP']);

/** Sectors of people without arms (a crowd, civilians, protesters, students, workers). */
const CIVILIAN_SECTORS: ReadonlySet<string> = new Set(['CVL', 'OPP', 'EDU', 'LAB']);
/** Verbs of a fight both sides take part in: civilians who clash with police fight back. */
const MUTUAL_FIGHT: ReadonlySet<string> = new Set(['clash', 'skirmish', 'scuffle', 'scuffl', 'brawl']);

/**
 * CAMEO 19 is force between armed sides; shooting or attacking civilians, who do not
 * fight back, is unconventional violence (18): "the victims had been shot by police".
 * Only the unspecified and small-arms codes: shelling or bombing keeps its weapon's code.
 */
export function againstCivilians(cameo: string, target: string | null, verbLemma = '', source = ''): string {
  if (target === null || (cameo !== '190' && cameo !== '193')) return cameo;
  // "police clashed for hours with residents": a clash of armed men with civilians is fought on both sides (s14-force,
  // set 24); mobs clashing with mobs stay crowd violence.
  if (MUTUAL_FIGHT.has(verbLemma.toLowerCase()) && source.length >= 6 && !CIVILIAN_SECTORS.has(source.slice(3, 6))) return cameo;
  // A foreign army's fire that kills or hits civilians ("a U.S. helicopter fired on a crowd", "civilians were killed when
  // the troops opened fire on a car") stays military force (190), as the experts code it (s16-force: sets 2, 5, 13).
  if (source.slice(3, 6) === 'MIL' && /^[A-Z]{3}$/.test(source.slice(0, 3)) && source.slice(0, 3) !== '---' && target.slice(0, 3) !== '---' && source.slice(0, 3) !== target.slice(0, 3)) return cameo;
  return target.slice(3, 6) === 'CVL' ? '180' : cameo;
}
/** The target phrase's head as {@link assaultByUnidentified} needs it. */
function victimFacts(
  st: { doc: Doc; a: number; head: ArrayLike<number>; synHead(m: ActorMention): number },
  m: ActorMention,
): { lemma: string; proper: boolean; plural: boolean; post: string | null } {
  const k = st.synHead(m);
  const h = st.a + k;
  const x = XPOS[st.doc.xpos[h]];
  // The noun the actor's phrase hangs from ("a police checkpoint", "a convoy carrying election officials").
  let post: string | null = null;
  for (let u = st.head[k], n = 0; u >= 0 && n < 4 && post === null; u = st.head[u], n++) {
    const l = (st.doc.lemma[st.a + u] || st.doc.form[st.a + u]).toLowerCase();
    if (isPostNoun(l)) post = l;
  }
  return { lemma: st.doc.lemma[h] || st.doc.form[h], proper: x === 'NNP', plural: x === 'NNS' || x === 'NNPS', post };
}

/** The lemma of verb `v`'s object, or ''. */
function objectLemma(st: Sent, v: number): string {
  const k = st.kid(v, 'obj');
  return k < 0 ? '' : st.lemma(k) || st.doc.form[st.a + k];
}

/** The lemmas of verb `v`'s subject and of its compound and adjective modifiers, the subject's first (see fromTheAir). */
function subjectWords(st: Sent, v: number): string[] {
  const k = st.kid(v, 'nsubj');
  if (k < 0) return [];
  const out = [st.lemma(k) || st.doc.form[st.a + k]];
  for (const c of st.kids(k)) if (st.dep[c] === 'compound' || st.dep[c] === 'amod') out.push(st.lemma(c) || st.doc.form[st.a + c]);
  return out;
}

/**
 * The post, convoy or office (lemma, {@link isPostNoun}) a violent verb attacks, when its target mention is no post's
 * own modifier but follows it ("ambushed a convoy carrying a Sunni lawmaker", the participle hung on the verb): the
 * verb's object, or its "on"/"at" object ("opened fire on a convoy"), before the mention; else null.
 */
function attackedPost(st: Sent, v: number, m: ActorMention): string | null {
  for (let k = 0; k < st.n; k++) {
    if (st.head[k] !== v || k >= m.start) continue;
    const rel = st.dep[k];
    let ok = rel === 'obj';
    if (!ok && rel.startsWith('obl')) for (let c = 0; c < k; c++) if (st.head[c] === k && st.dep[c] === 'case' && /^(ON|AT|AGAINST)$/.test(st.up[c])) ok = true;
    if (!ok) continue;
    const l = (st.doc.lemma[st.a + k] || st.doc.form[st.a + k]).toLowerCase();
    if (isPostNoun(l)) return l;
  }
  return null;
}

/**
 * The post (checkpoint, outpost, barracks: {@link postHolder}) that verb `v` attacks with no actor named on it: its
 * object, or its "on"/"at"/"against"/"near"/"into" object ("opened fire on a checkpoint"); else -1.
 */
function barePost(st: Sent, v: number): number {
  for (const k of st.kids(v)) {
    let ok = st.dep[k] === 'obj';
    // (A passive's "at a checkpoint" is where it was done: "was captured at a checkpoint".)
    if (!ok && st.dep[k].startsWith('obl') && st.kid(v, 'aux:pass') < 0) ok = st.kids(k).some((c) => st.dep[c] === 'case' && /^(ON|AT|AGAINST|NEAR|INTO)$/.test(st.up[c]));
    if (!ok || k < v || postHolder(st.lemma(k) || st.doc.form[st.a + k]) === null) continue;
    // Nobody named on it ("a Kurdish checkpoint", "the militia's outpost" name who holds it).
    if (st.mentionAt[k] >= 0 || st.kids(k).some((c) => st.mentionAt[c] >= 0)) return -1;
    return k;
  }
  return -1;
}

/**
 * Whether the clause of verb `v` (with the verbs it is conjoined to: "stormed a protest camp and killed dozens of
 * people") names a protest ({@link isProtestWord}), so that its people are a crowd's (see crowdRepressed).
 */
function protestScene(st: Sent, v: number): boolean {
  let top = v;
  for (let d = 0; d < 4 && st.dep[top] === 'conj' && st.head[top] >= 0 && st.upos(st.head[top]) === 'VERB'; d++) top = st.head[top];
  for (let k = 0; k < st.n; k++) if (st.inSubtree(k, top) && isProtestWord(st.lemma(k) || st.doc.form[st.a + k])) return true;
  return false;
}

/**
 * Whether the act coded `cameo` at `v` is a defence (05x of "defend") promised on another's act: its clause has an
 * if/unless adverbial clause ("would defend the region if Turkish troops crossed the border").
 */
function defendOnCondition(st: Sent, v: number, cameo: string): boolean {
  if (!cameo.startsWith('05') || st.lemma(v).toLowerCase() !== 'defend') return false;
  for (const c of st.kids(v)) {
    if (st.dep[c] !== 'advcl') continue;
    const m = st.kid(c, 'mark');
    if (m >= 0 && (st.up[m] === 'IF' || st.up[m] === 'UNLESS')) return true;
  }
  return false;
}

/** Statement verbs that, with an object and an infinitive, request ("told Y to leave"). */
const TELLING = new Map<string, '02' | '10'>([['tell', '10'], ['advise', '02']]);
/**
 * Verbs of asking and making others act: their object (or "on"/"to" object) is the
 * subject of their infinitive even when the parser made it an adverbial clause
 * ("pressed Iraq to expel", "called on Iran to stop").
 */
const OBJECT_CONTROL = new Set(['urge', 'call', 'press', 'ask', 'demand', 'tell', 'order', 'appeal', 'pressure', 'push',
  'encourage', 'implore', 'beg', 'request', 'invite', 'persuade', 'convince', 'force', 'compel', 'instruct', 'advise',
  'direct', 'authorize', 'authorise', 'allow', 'permit', 'help', 'prod', 'plead', 'exhort', 'lobby', 'oblige', 'require']);

/** Verbs that take an object: a "that" clause of a noun with one of them and no object is a relative clause (repair 28). */
const GAP_VERBS = new Set(['reject', 'deny', 'dismiss', 'accept', 'welcome', 'condemn', 'denounce', 'criticize', 'criticise', 'support',
  'back', 'oppose', 'propose', 'offer', 'describe', 'make', 'consider', 'regard', 'view', 'want', 'seek', 'demand', 'approve',
  'sign', 'veto', 'endorse', 'launch', 'blame', 'brand', 'label', 'hail', 'praise', 'call']);

/** Subordinators of a clause that dates another event by an earlier or later one. */
const TEMPORAL = new Set(['AFTER', 'BEFORE', 'SINCE', 'UNTIL', 'TILL']);
/** Relations a temporal clause hangs by (the parser often makes it a noun's `acl`). */
const TEMPORAL_LINKS = new Set(['advcl', 'acl', 'advcl:relcl']);

/** Per-sentence view, built once and shared by every verb and pattern of the sentence. */
class Sent {
  /** Events need a target (CoderOptions.requireDyad, per call). */
  dyadsOnly = true;
  readonly a: number;
  readonly n: number;
  /** Uppercase word forms, sentence-local index. */
  readonly up: string[];
  readonly words: Set<string>;
  /** Relations and heads: the sentence's own copy, after {@link Sent.repair}. */
  readonly dep: string[];
  readonly head: Int32Array;
  /** Children in CSR form: kids of k are kidList[kidStart[k] .. kidStart[k+1]). */
  kidStart: Int32Array = new Int32Array(1);
  kidList: Int32Array = new Int32Array(1);
  readonly mentions: ActorMention[];
  /** Mention covering each token (longest), -1 if none. */
  readonly mentionAt: Int32Array;
  readonly mentionStart: Int32Array;
  readonly mentionEnd: Int32Array;
  /** Tokens a repair found to be the clause's verb whatever their tag. */
  readonly promoted = new Set<number>();
  /** Tokens tagged as verbs that a repair found to be nouns ("a U.S. raid/VB ... killed"). */
  readonly nouned = new Set<number>();

  constructor(
    readonly doc: Doc,
    readonly s: number,
    mentions: ActorMention[],
    isVerbForm: (w: string) => boolean = () => false,
  ) {
    const a = doc.sentStart[s];
    const n = doc.sentEnd[s] - a;
    this.a = a;
    this.n = n;
    this.up = new Array<string>(n);
    this.dep = new Array<string>(n);
    this.head = new Int32Array(n);
    this.words = new Set();
    for (let k = 0; k < n; k++) {
      const w = doc.form[a + k].toUpperCase();
      this.up[k] = w;
      this.words.add(w);
      this.dep[k] = DEPREL[doc.dep[a + k]] ?? '_';
      const h = doc.head[a + k];
      this.head[k] = h < a || h >= a + n || h === a + k ? -1 : h - a;
    }
    // Mentions in sentence-local coordinates.
    this.mentions = mentions
      .map((m) => ({ ...m, start: m.start - a, end: m.end - a, head: m.head - a }))
      .filter((m) => m.start >= 0 && m.end <= n && m.start < m.end);
    this.mentionAt = new Int32Array(n).fill(-1);
    this.mentionStart = new Int32Array(n).fill(-1);
    this.mentionEnd = new Int32Array(n).fill(-1);
    this.mentions.forEach((m, mi) => {
      for (let k = m.start; k < m.end; k++) {
        const cur = this.mentionAt[k];
        if (cur < 0 || this.mentions[cur].end - this.mentions[cur].start < m.end - m.start) this.mentionAt[k] = mi;
      }
      if (this.mentionStart[m.start] < 0) this.mentionStart[m.start] = mi;
      this.mentionEnd[m.end - 1] = mi;
    });
    this.breakCycles();
    this.index();
    this.repair(isVerbForm);
  }

  /** A pathological parse with a head cycle becomes a forest: each cycle is cut once. */
  private breakCycles(): void {
    const state = new Uint8Array(this.n); // 0 new, 1 on the current path, 2 done
    const path: number[] = [];
    for (let k = 0; k < this.n; k++) {
      if (state[k] !== 0) continue;
      path.length = 0;
      let x = k;
      while (x >= 0 && state[x] === 0) {
        state[x] = 1;
        path.push(x);
        x = this.head[x];
      }
      if (x >= 0 && state[x] === 1) {
        const last = path[path.length - 1];
        this.head[last] = -1;
        this.dep[last] = 'root';
      }
      for (const p of path) state[p] = 2;
    }
  }

  /** (Re)build the children index from `head`. */
  private index(): void {
    const n = this.n;
    const count = new Int32Array(n + 1);
    for (let k = 0; k < n; k++) if (this.head[k] >= 0) count[this.head[k] + 1]++;
    for (let k = 0; k < n; k++) count[k + 1] += count[k];
    this.kidStart = count.slice();
    this.kidList = new Int32Array(Math.max(1, count[n]));
    const fill = count.slice();
    for (let k = 0; k < n; k++) if (this.head[k] >= 0) this.kidList[fill[this.head[k]]++] = k;
  }

  /** Whether `x` lies in the subtree of `anc` (bounded walk up: heads are a forest). */
  inSubtree(x: number, anc: number): boolean {
    for (let d = 0; x >= 0 && d <= this.n; x = this.head[x], d++) if (x === anc) return true;
    return false;
  }

  private xpos(k: number): string {
    return XPOS[this.doc.xpos[this.a + k]] ?? '_';
  }

  /** Move `k` under `h` with relation `rel`, unless that would make a cycle. */
  private attach(k: number, h: number, rel: string): boolean {
    if (h >= 0 && this.inSubtree(h, k)) return false;
    this.head[k] = h;
    this.dep[k] = h < 0 ? 'root' : rel;
    return true;
  }

  /**
   * Local repairs of parser errors frequent in news, where the evidence is in the
   * neighbourhood of the verb (each keeps the heads a forest):
   * - a past verb tagged VBN/VBD and hung as `acl` on the noun root, with an object and
   *   no auxiliary, is the main verb and the noun its subject ("Syrian troops attacked
   *   the village"); a nominal `xcomp` of it is its object;
   * - `nsubj:pass` of a verb with an object and no passive auxiliary is an active subject;
   * - "A and B VERB": the sentence's first verb hung on the first conjunct, with the `cc`
   *   and the last conjunct as its own children, has the whole coordination as subject;
   * - a finite verb right after "and"/"or" hung on a noun is a conjunct of the verb before;
   * - a noun root with its own subject has lost its verb to a modifier between them
   *   ("troops attacked/amod rebels/root"): that word is the verb, the root its object;
   * - a passive verb's "by" phrase hung on another word is its agent;
   * - a root with a subordinator ("after crowds trashed ...") is not the main clause: a
   *   dictionary verb form tagged as a noun right after the sentence's first actor is;
   * - a reporting root with two subjects, the first a dictionary verb word after its actor
   *   ("Ethiopia act on ..., an official said"): that word is the reported clause's verb;
   * - two adjacent nouns hung as sibling conjuncts, the second with no conjunction of its
   *   own ("death and injury/conj toll/conj"), are one noun phrase;
   * - a subjectless verb's fronted adjunct with a conjunct after a comma naming an actor
   *   ("In a rare gesture, the Sadrist bloc/conj praised ...") has that conjunct as subject;
   * - a base-form "verb" right after a determiner and its modifiers ("a U.S. raid/VB on a
   *   village killed") is a noun, the subject of the next finite verb;
   * - a noun hung as the complement of a trailing reporting verb right after a verb with no
   *   object ("killed six members of X, police said") is that verb's object.
   */
  private repair(isVerbForm: (w: string) => boolean): void {
    const n = this.n;
    const nominal = (k: number) => this.upos(k) === 'NOUN' || this.upos(k) === 'PROPN';
    const hasKid = (k: number, rels: readonly string[]) => {
      for (const c of this.kids(k)) if (rels.includes(this.dep[c])) return true;
      return false;
    };
    let changed = false;
    const movedAfter = (from: number, to: number, after: number) => {
      for (const c of Array.from(this.kids(from))) if (c > after && c !== to) this.attach(c, to, this.dep[c]);
    };
    // 0. "Qomi, who met X last week, said ...": a relative clause taken for the main clause.
    if (this.relativeRoot()) this.index();
    // 0b. "Allawi, a secular Shiite who is running ..., appealed/acl:relcl(Allawi) to Sunnis": a name's description
    // with a relative clause, set off by commas, taken for the subject of the verb after it.
    if (this.describedSubject()) this.index();
    // 1. Noun root + participle with an object.
    for (let r = 0; r < n; r++) {
      if (this.head[r] >= 0 || !nominal(r) || hasKid(r, ['cop'])) continue;
      for (const v of Array.from(this.kids(r))) {
        if (v < r || this.dep[v] !== 'acl' || this.upos(v) !== 'VERB') continue;
        const x = this.xpos(v);
        if (x !== 'VBN' && x !== 'VBD') continue;
        if (hasKid(v, ['aux', 'aux:pass', 'nsubj', 'nsubj:pass', 'mark', 'cop'])) continue;
        let obj = this.kid(v, 'obj');
        if (obj < 0) {
          const xc = this.kid(v, 'xcomp');
          if (xc >= 0 && xc > v && nominal(xc) && this.kid(xc, 'case') < 0) obj = xc;
        }
        if (obj < 0) continue;
        this.dep[obj] = 'obj';
        this.attach(v, -1, 'root');
        this.attach(r, v, 'nsubj');
        movedAfter(r, v, v);
        changed = true;
        break;
      }
    }
    // 1b. "Relatives of the dead gathered/acl at the square, chanting slogans against X": a noun root whose only
    // past form hangs on it as a participle with no object, in a sentence with no other finite verb, has lost its
    // verb to it: the sentence needs one (s15: sets 13, 24; "people gathered", "crowds assembled").
    if (!changed) {
      let finite = 0;
      for (let k = 0; k < n; k++) if ((this.upos(k) === 'VERB' || this.upos(k) === 'AUX') && ['VBD', 'VBZ', 'VBP', 'MD'].includes(this.xpos(k))) finite++;
      for (let r = 0; r < n; r++) {
        if (this.head[r] >= 0 || !nominal(r) || hasKid(r, ['cop', 'nsubj', 'nsubj:pass'])) continue;
        let v = -1;
        for (const c of this.kids(r)) {
          if (c < r || this.dep[c] !== 'acl' || this.upos(c) !== 'VERB' || (this.xpos(c) !== 'VBN' && this.xpos(c) !== 'VBD')) continue;
          if (hasKid(c, ['aux', 'aux:pass', 'nsubj', 'nsubj:pass', 'mark', 'cop', 'obj', 'obl:agent'])) continue;
          // Its form is a simple past too ("gathered", not "taken", "held by").
          if (this.xpos(c) === 'VBN' && !/ED$/.test(this.up[c])) continue;
          if (c + 1 < n && this.up[c + 1] === 'BY') continue;
          v = c;
          break;
        }
        // Only the participle itself may be finite-looking: no other finite verb in the sentence.
        if (v < 0 || finite - (this.xpos(v) === 'VBD' ? 1 : 0) > 0) continue;
        if (!this.attach(v, -1, 'root')) continue;
        this.attach(r, v, 'nsubj');
        movedAfter(r, v, v);
        changed = true;
        break;
      }
      // 1c. "Rival factions, including the State of Law bloc of X, accused/acl:relcl(State) Sadr of ...": a noun root
      // with no verb of its own, whose subject phrase has an inserted phrase set off by commas, has lost its only past
      // verb to a noun inside that phrase: the verb right after the closing comma, with an object, is the main verb
      // (s16-verbs, set 29; the same shape as 1 with the participle one phrase lower).
      for (let r = 0; r < n && !changed; r++) {
        if (this.head[r] >= 0 || !nominal(r) || hasKid(r, ['cop', 'nsubj', 'nsubj:pass']) || r + 1 >= n || this.doc.form[this.a + r + 1] !== ',') continue;
        for (let v = r + 3; v < n; v++) {
          if (this.doc.form[this.a + v - 1] !== ',' || this.upos(v) !== 'VERB' || (this.xpos(v) !== 'VBN' && this.xpos(v) !== 'VBD')) continue;
          if (!['acl', 'acl:relcl'].includes(this.dep[v]) || this.head[v] === r || !this.inSubtree(v, r) || !nominal(this.head[v])) continue;
          if (hasKid(v, ['aux', 'aux:pass', 'nsubj', 'nsubj:pass', 'mark', 'cop'])) continue;
          if (finite - (this.xpos(v) === 'VBD' ? 1 : 0) > 0) continue;
          let obj = this.kid(v, 'obj');
          if (obj < 0) {
            const xc = this.kid(v, 'xcomp');
            if (xc >= 0 && xc > v && nominal(xc) && this.kid(xc, 'case') < 0) obj = xc;
          }
          if (obj < 0 || !this.attach(v, -1, 'root')) continue;
          this.dep[obj] = 'obj';
          this.attach(r, v, 'nsubj');
          // The closing comma and what follows the verb belong to the verb's clause.
          movedAfter(r, v, v);
          this.attach(v - 1, v, 'punct');
          changed = true;
          break;
        }
      }
    }
    if (changed) this.index();
    changed = false;
    // 2. Passive subject of an active verb.
    for (let k = 0; k < n; k++) {
      const h = this.head[k];
      if (this.dep[k] !== 'nsubj:pass' || h < 0 || this.upos(h) !== 'VERB') continue;
      if (this.kid(h, 'aux:pass') < 0 && this.kid(h, 'obj') >= 0) this.dep[k] = 'nsubj';
    }
    // 3. "A and B VERB" with the verb hung on A.
    let firstVerb = n;
    for (let k = 0; k < n && firstVerb === n; k++) if (this.upos(k) === 'VERB') firstVerb = k;
    for (let v = 0; v < n; v++) {
      const p = this.head[v];
      // Only the sentence's first verb: the coordination is the sentence-initial subject.
      if (v !== firstVerb || p < 0 || p > v || !nominal(p)) continue;
      if (!['conj', 'acl', 'acl:relcl', 'parataxis'].includes(this.dep[v]) || this.kid(v, 'mark') >= 0) continue;
      let subj = -1;
      for (const c of this.kids(v)) if (c < v && this.dep[c] === 'nsubj') subj = c;
      const cc = this.kid(v, 'cc');
      if (subj < 0 || cc < 0 || !(p < cc && cc < subj)) continue;
      const up = this.head[p];
      // The clause the first conjunct belonged to ("..., WFNA said") reports this one.
      if (!this.attach(v, up >= 0 && !this.inSubtree(up, v) ? up : -1, 'parataxis')) continue;
      this.attach(p, v, 'nsubj');
      this.attach(subj, p, 'conj');
      this.attach(cc, subj, 'cc');
      movedAfter(p, v, v);
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 4a. "... give up Kirkuk and accused/amod Maliki's government/conj of ...": a verb of
    // blame or appeal right after "and", taken for an adjective of a conjoined noun, is a
    // verb with that noun as its object (4 and 13 then find the clause it continues).
    for (let v = 1; v + 1 < n; v++) {
      const h = this.head[v];
      const x = this.xpos(v);
      if (this.upos(v) !== 'VERB' || (x !== 'VBD' && x !== 'VBN') || this.dep[v] !== 'amod' || h <= v) continue;
      if (this.upos(v - 1) !== 'CCONJ' || this.head[v - 1] !== h || this.dep[h] !== 'conj' || !SPEECH_ACTS.has(this.lemma(v).toLowerCase())) continue;
      const p = this.head[h];
      if (p < 0 || p > v || !this.attach(v, p, 'acl')) continue;
      if (!this.attach(h, v, 'obj')) continue;
      this.attach(v - 1, v, 'cc');
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 4c. "killed six insurgents and detained/amod 30 suspects/conj": a past form right after
    // "and" that the parser made an adjective of the next object noun, though a numeral or
    // determiner of that noun follows it (no adjective stands before those), is a verb
    // conjoined to the verb of the first object, that noun its object.
    for (let v = 1; v + 2 < n; v++) {
      const h = this.head[v];
      const x = this.xpos(v);
      if (this.dep[v] !== 'amod' || h <= v + 1 || this.dep[h] !== 'conj' || this.head[v - 1] !== h || this.upos(v - 1) !== 'CCONJ') continue;
      const verbal = this.upos(v) === 'VERB' ? x === 'VBD' || x === 'VBN' : this.upos(v) === 'ADJ' && /ED$/.test(this.up[v]) && isVerbForm(this.up[v]);
      if (!verbal || !['nummod', 'det'].includes(this.dep[v + 1]) || this.head[v + 1] !== h) continue;
      const o = this.head[h];
      const p = o >= 0 && this.dep[o] === 'obj' ? this.head[o] : -1;
      if (p < 0 || p > o || this.upos(p) !== 'VERB' || !this.attach(v, p, 'conj')) continue;
      this.attach(h, v, 'obj');
      this.attach(v - 1, v, 'cc');
      if (this.upos(v) !== 'VERB') this.promoted.add(v);
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 4. A finite verb after "and" hung on a noun.
    for (let v = 2; v < n; v++) {
      const p = this.head[v];
      if (this.upos(v) !== 'VERB' || p < 0 || this.upos(v - 1) !== 'CCONJ') continue;
      if (!nominal(p) && this.upos(p) !== 'PRON' && this.upos(p) !== 'NUM') continue;
      if (!['acl', 'acl:relcl', 'amod', 'nmod', 'dep', 'appos', 'compound', 'conj'].includes(this.dep[v])) continue;
      if (hasKid(v, ['nsubj', 'nsubj:pass', 'mark'])) continue;
      const x = this.xpos(v);
      if (!(x === 'VBD' || x === 'VBZ' || x === 'VBP' || (x === 'VBN' && this.kid(v, 'obj') >= 0))) continue;
      let u = -1;
      for (let k = v - 2; k >= 0 && u < 0; k--) {
        if (this.upos(k) === 'VERB' && !['amod', 'acl', 'acl:relcl', 'aux', 'aux:pass', 'cop'].includes(this.dep[k])) u = k;
      }
      if (u < 0 || !this.attach(v, u, 'conj')) continue;
      if (this.head[v - 1] !== v) this.attach(v - 1, v, 'cc');
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 6. A noun root with a subject: the verb between them was demoted ("troops attacked/amod
    // rebels/root", "warplanes bombed/ADP rebels"): it is the main verb, the root its object.
    for (let r = 0; r < n; r++) {
      if (this.head[r] >= 0 || !nominal(r) || hasKid(r, ['cop'])) continue;
      let subj = -1;
      for (const c of this.kids(r)) if (c < r && this.dep[c] === 'nsubj') subj = c;
      if (subj < 0) continue;
      let v = -1;
      let verbs = 0;
      for (let k = subj + 1; k < r; k++) {
        const u = this.upos(k);
        if (u === 'VERB' || u === 'AUX') verbs++;
        if (v >= 0 || this.head[k] !== r) continue;
        if (u === 'VERB' && ['amod', 'acl', 'compound', 'dep', 'case'].includes(this.dep[k])) v = k;
        else if (u !== 'VERB' && u !== 'AUX' && /ED$/.test(this.up[k]) && isVerbForm(this.up[k])) v = k;
      }
      if (v < 0 || verbs > 1 || !this.attach(v, -1, 'root')) continue;
      this.attach(subj, v, 'nsubj');
      this.attach(r, v, 'obj');
      if (this.upos(v) !== 'VERB') this.promoted.add(v);
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 7. "were wounded by Hamas gunmen, the army said": a passive verb's "by" phrase hung
    // elsewhere is its agent.
    for (let v = 0; v + 2 < n; v++) {
      if (this.upos(v) !== 'VERB' || this.up[v + 1] !== 'BY' || this.head[v + 1] === v + 2) continue;
      if (!hasKid(v, ['aux:pass']) || hasKid(v, ['obl:agent'])) continue;
      let x = v + 2;
      while (x < n && this.upos(x) === 'DET') x++;
      if (x >= n || !nominal(x)) continue;
      // To the phrase's head: compounds point right ("Hamas/compound gunmen").
      while (this.head[x] > x && this.head[x] <= x + 3 && nominal(this.head[x])) x = this.head[x];
      if (this.head[x] === v || !this.attach(x, v, 'obl:agent')) continue;
      this.attach(v + 1, x, 'case');
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 7b. "Five Iranians detained/root by U.S. forces/nsubj in Irbil remain/conj in custody":
    // a participle right after a noun with a "by" phrase whose noun the parser made the
    // subject of the next finite verb is a reduced relative: the noun is that verb's subject,
    // the "by" phrase the participle's agent.
    for (let v = 1; v + 2 < n; v++) {
      if (this.upos(v) !== 'VERB' || this.xpos(v) !== 'VBN' || this.up[v + 1] !== 'BY' || hasKid(v, ['aux', 'aux:pass', 'obl:agent'])) continue;
      const noun = v - 1;
      if (!nominal(noun) || !((this.head[noun] === v && this.dep[noun].startsWith('nsubj')) || (this.head[v] === noun && this.dep[v] === 'acl'))) continue;
      let x = v + 2;
      while (x < n && this.upos(x) === 'DET') x++;
      if (x >= n || !nominal(x)) continue;
      while (this.head[x] > x && this.head[x] <= x + 3 && nominal(this.head[x])) x = this.head[x];
      const w = this.head[x];
      if (w <= x || !this.dep[x].startsWith('nsubj') || this.upos(w) !== 'VERB' || !['VBP', 'VBZ', 'VBD'].includes(this.xpos(w))) continue;
      // The finite verb takes the participle's place in the clause.
      const top = this.head[v] === noun ? noun : v;
      if (this.head[w] === v || this.head[w] === noun) {
        if (!this.attach(w, this.head[top], this.head[top] < 0 ? 'root' : this.dep[top])) continue;
      } else if (this.head[top] >= 0) continue;
      if (!this.attach(noun, w, 'nsubj')) continue;
      this.attach(v, noun, 'acl');
      this.attach(x, v, 'obl:agent');
      this.attach(v + 1, x, 'case');
      movedAfter(v, w, w);
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 10. "In a rare gesture, the Sadrist bloc/conj praised ...", "In Cairo, Arab League
    // Secretary/appos-General Amr Moussa/appos condemned ...": a subjectless verb whose fronted
    // adjunct has a conjunct or an apposition after a comma, with no conjunction, naming an
    // actor, has lost its subject to that adjunct. Of several such kids the last heads the
    // subject; the ones before it (a title split off the name) go with it.
    for (let v = 0; v < n; v++) {
      if (this.upos(v) !== 'VERB' || hasKid(v, ['nsubj', 'nsubj:pass', 'csubj', 'expl'])) continue;
      if (this.dep[v] === 'xcomp' || this.dep[v] === 'conj' || this.dep[v] === 'acl' || this.dep[v] === 'amod') continue;
      let subj = -1;
      let from = -1;
      let before: number[] = [];
      for (const o of this.kids(v)) {
        if (o > v || this.dep[o] !== 'obl' || this.kid(o, 'case') < 0) continue;
        const split: number[] = [];
        for (const c of this.kids(o)) {
          if ((this.dep[c] !== 'conj' && this.dep[c] !== 'appos') || c > v || !nominal(c) || hasKid(c, ['cc', 'case'])) continue;
          let comma = false;
          for (let k = o + 1; k < c && !comma; k++) comma = this.doc.form[this.a + k] === ',';
          if (!comma) continue;
          let named = false;
          for (let k = o + 1; k <= c && !named; k++) named = this.mentionAt[k] >= 0 && this.inSubtree(k, c);
          if (named) {
            subj = c;
            from = o;
            before = [...split];
          }
          split.push(c);
        }
      }
      if (subj < 0 || !this.attach(subj, v, 'nsubj')) continue;
      for (const c of before) if (this.head[c] === from && this.dep[c] === 'appos') this.attach(c, subj, 'compound');
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 9. "death and injury/conj toll/conj": two adjacent nouns hung as sibling conjuncts,
    // the second without a conjunction of its own, are one noun phrase (a compound).
    for (let k = 0; k + 1 < n; k++) {
      const h = this.head[k];
      if (h < 0 || this.dep[k] !== 'conj' || this.dep[k + 1] !== 'conj' || this.head[k + 1] !== h) continue;
      if (this.upos(k) !== 'NOUN' || this.upos(k + 1) !== 'NOUN' || hasKid(k + 1, ['cc', 'punct'])) continue;
      if (!this.attach(k, k + 1, 'compound')) continue;
      movedAfter(k, k + 1, -1);
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 10. "President Talabani, a Kurd, phoned ...": a short indefinite noun phrase between
    // commas right after a name, without a verb, describes that person (an apposition),
    // whatever the parser made of it (a conjunct, a second subject): not a second actor.
    // "Talabani, himself a Kurd, ...": the reflexive belongs to the description. A name the
    // parser left as a discourse word or vocative of the verb after the description is
    // that verb's subject.
    for (let i = 1; i + 2 < n; i++) {
      if (this.doc.form[this.a + i] !== ',') continue;
      const refl = /^(himself|herself|itself|themselves)$/i.test(this.doc.form[this.a + i + 1]) ? 1 : 0;
      // ("Talabani, also a Kurd, demanded ...": an adverb before the description.)
      const adv = !refl && this.upos(i + 1) === 'ADV' && /^(a|an)$/i.test(this.doc.form[this.a + i + 2] ?? '') ? 1 : 0;
      if (!/^(a|an)$/i.test(this.doc.form[this.a + i + 1 + refl + adv] ?? '')) continue;
      let h = i - 1;
      while (h >= 0 && this.head[h] >= 0 && this.head[h] < i && ['flat', 'compound'].includes(this.dep[h])) h = this.head[h];
      if (h < 0 || !(this.upos(h) === 'PROPN' || ((this.upos(h) === 'INTJ' || this.upos(h) === 'X') && /^[A-Z]/.test(this.doc.form[this.a + h])))) continue;
      let j = i + 2 + refl + adv;
      while (j < n && j <= i + 6 + refl + adv && this.doc.form[this.a + j] !== ',' && !['VERB', 'AUX', 'CCONJ', 'ADP', 'PRON'].includes(this.upos(j))) j++;
      if (j >= n || this.doc.form[this.a + j] !== ',') continue;
      // The description's noun: the last word before the closing comma.
      const noun = j - 1;
      if (refl) {
        if (!['NOUN', 'PROPN', 'ADJ'].includes(this.upos(noun))) continue;
        const v = this.head[i + 1];
        if (this.attach(noun, h, 'appos')) changed = true;
        for (let k = i + 2; k < noun; k++) this.attach(k, noun, this.upos(k) === 'DET' ? 'det' : 'amod');
        this.attach(i + 1, noun, 'nmod:npmod');
        // The name as subject of the verb that had the reflexive as its subject.
        if (v >= 0 && v > j && this.upos(v) === 'VERB' && this.head[h] === v && !['nsubj', 'nsubj:pass'].includes(this.dep[h])) {
          let subj = false;
          for (const c of this.kids(v)) if (c !== i + 1 && this.dep[c].startsWith('nsubj')) subj = true;
          if (!subj) this.dep[h] = 'nsubj';
        }
        continue;
      }
      const tops: number[] = [];
      for (let k = i + 1; k < j; k++) if (this.head[k] < i || this.head[k] >= j) tops.push(k);
      if (tops.length !== 1 || (this.head[tops[0]] === h && this.dep[tops[0]] === 'appos')) continue;
      if (this.attach(tops[0], h, 'appos')) changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 10b. "Kurdish parties, the closest allies of Washington in Iraq, have backed ...": a
    // conjunct with no conjunction of its own, opened by a comma and a determiner and closed
    // by a comma before the verb, of a noun with no conjunction anywhere in its list, is an
    // apposition describing the noun, not a second actor.
    for (let c = 2; c < n; c++) {
      const h = this.head[c];
      if (h < 0 || h > c || this.dep[c] !== 'conj' || !nominal(c) || !nominal(h) || hasKid(c, ['cc'])) continue;
      let listCc = false;
      for (const k of this.kids(h)) if (this.dep[k] === 'conj' && hasKid(k, ['cc'])) listCc = true;
      if (listCc) continue;
      let lo = c;
      let hi = c;
      for (let k = 0; k < n; k++) {
        if (k !== c && this.inSubtree(k, c) && this.dep[k] !== 'punct') {
          lo = Math.min(lo, k);
          hi = Math.max(hi, k);
        }
      }
      // (Or opened by a possessor: "Hakim's party, Maliki's main Shiite ally, has been accused ...".)
      const possessor = this.dep[lo] === 'nmod:poss' && this.head[lo] === c && this.up[lo + 1] === "'S" && ['PROPN', 'NOUN'].includes(this.upos(lo));
      if (lo < 2 || this.doc.form[this.a + lo - 1] !== ',' || !(possessor || (this.upos(lo) === 'DET' && /^(the|a|an)$/i.test(this.doc.form[this.a + lo])))) continue;
      // "Speaker Nujaifi, a Sunni from Mosul who belongs to Iraqiya, visited ...": a relative
      // clause closing the description (hung on the name or on the description) is part of it.
      if (hi + 1 < n && /^(who|which|whose)$/i.test(this.doc.form[this.a + hi + 1])) {
        let rc = hi + 1;
        while (rc >= 0 && this.dep[rc] !== 'acl:relcl') rc = this.head[rc];
        if (rc >= 0 && (this.head[rc] === h || this.head[rc] === c)) {
          let end = rc;
          for (let k = rc + 1; k < n; k++) if (this.inSubtree(k, rc)) end = k;
          hi = end;
        }
      }
      if (hi + 2 >= n || this.doc.form[this.a + hi + 1] !== ',') continue;
      const next = this.upos(hi + 2);
      if (next !== 'VERB' && next !== 'AUX' && next !== 'ADV') continue;
      this.dep[c] = 'appos';
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 10c. "Vice President Tareq al-Hashemi, of the Sunni Accordance Front, urged ...": a
    // conjunct without a conjunction of its own that opens with a preposition right after a
    // comma is a prepositional modifier of the noun (whose party), not a second actor.
    for (let c = 2; c < n; c++) {
      const h = this.head[c];
      if (h < 0 || h > c || this.dep[c] !== 'conj' || !nominal(c) || hasKid(c, ['cc'])) continue;
      let lo = c;
      for (let k = h + 1; k < c; k++) if (this.inSubtree(k, c) && this.dep[k] !== 'punct') lo = Math.min(lo, k);
      const cs = this.kid(c, 'case');
      if (cs !== lo || this.upos(cs) !== 'ADP' || this.doc.form[this.a + lo - 1] !== ',') continue;
      this.dep[c] = 'nmod';
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 8. "Ethiopia act/NOUN on a resolution ..., a senior official said": a reporting root
    // with two subjects, the first a dictionary verb word tagged as a noun after its actor
    // and before the comma, has lost the reported clause's verb to that subject.
    for (let r = 0; r < n; r++) {
      if (this.head[r] >= 0 || !REPORTING.has(this.lemma(r).toLowerCase())) continue;
      const subjs: number[] = [];
      for (const c of this.kids(r)) if (this.dep[c] === 'nsubj') subjs.push(c);
      if (subjs.length < 2) continue;
      const [v, speaker] = subjs;
      if (this.upos(v) !== 'NOUN' || !isVerbForm(this.up[v]) || hasKid(v, ['det', 'nmod:poss', 'amod'])) continue;
      let actor = false;
      for (const c of this.kids(v)) if (c < v && this.mentionAt[c] >= 0 && this.dep[c] === 'compound') actor = true;
      let comma = false;
      for (let k = v + 1; k < speaker && !comma; k++) comma = this.doc.form[this.a + k] === ',';
      if (!actor || !comma || !this.attach(v, -1, 'root')) continue;
      this.attach(r, v, 'parataxis');
      this.promoted.add(v);
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 11. "A U.S. raid/VB on a village killed/advcl six guards": a base-form "verb" right
    // after a determiner (and its modifiers) is a noun, the subject of the finite verb the
    // parser hung on it ("raid", "attack", "strike" are nouns and verbs).
    for (let r = 1; r < n; r++) {
      const x = this.xpos(r);
      if (this.upos(r) !== 'VERB' || (x !== 'VB' && x !== 'VBP')) continue;
      let d = r - 1;
      while (d >= 0 && r - d <= 3 && ['ADJ', 'PROPN', 'NOUN'].includes(this.upos(d))) d--;
      if (d < 0 || this.upos(d) !== 'DET' || !/^(a|an|the)$/i.test(this.doc.form[this.a + d])) continue;
      if (hasKid(r, ['aux', 'aux:pass', 'mark', 'cop'])) continue;
      let subjOk = true;
      for (const c of this.kids(r)) if (this.dep[c].startsWith('nsubj') && !(d <= c && c < r)) subjOk = false;
      if (!subjOk) continue;
      // The finite verb: the next verb, within a short phrase ("raid on a nearby village hours later").
      let k = -1;
      for (let j = r + 1; j < n && j <= r + 12 && k < 0; j++) {
        if (this.upos(j) === 'VERB' || this.upos(j) === 'AUX' || this.upos(j) === 'PUNCT') k = j;
      }
      const xk = k >= 0 ? this.xpos(k) : '';
      if (k < 0 || this.upos(k) !== 'VERB' || (xk !== 'VBD' && xk !== 'VBZ') || hasKid(k, ['nsubj', 'nsubj:pass', 'mark'])) continue;
      // A verb the parser hung under the noun takes the noun's place in the tree.
      if (this.inSubtree(k, r) && !this.attach(k, this.head[r], this.dep[r])) continue;
      if (!this.attach(r, k, 'nsubj')) continue;
      for (let j = d; j < r; j++) this.attach(j, r, this.upos(j) === 'DET' ? 'det' : this.upos(j) === 'ADJ' ? 'amod' : 'compound');
      for (const c of Array.from(this.kids(r))) {
        if (c > r && c < k && this.dep[c].startsWith('obl')) this.dep[c] = 'nmod';
        // "..., and a U.S. raid killed": the conjunction and comma belong to the clause.
        else if (c < d) this.attach(c, k, this.dep[c]);
      }
      movedAfter(r, k, k);
      this.nouned.add(r);
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 11b. "U.S. drones/VBZ struck/amod militia positions", "American AC-130 gunships pound/NOUN militia positions": a
    // plural aircraft noun the tagger read as a present-tense verb ("drones"), right after its modifiers and before the
    // past verb the parser hung below it, is that verb's subject; a present verb the tagger read as a noun right after
    // an aircraft noun ("gunships pound") is the clause's verb (s15-force, sets 6, 27).
    for (let r = 0; r + 1 < n; r++) {
      const f = this.doc.form[this.a + r].toLowerCase();
      if (this.upos(r) !== 'VERB' || this.xpos(r) !== 'VBZ' || !AIR_HOMOGRAPHS.has(f)) continue;
      if (hasKid(r, ['aux', 'aux:pass', 'mark', 'cop'])) continue;
      const k = r + 1;
      if (this.upos(k) !== 'VERB' || !['VBD', 'VBN'].includes(this.xpos(k)) || hasKid(k, ['nsubj', 'nsubj:pass', 'aux', 'aux:pass'])) continue;
      if (this.inSubtree(k, r) && !this.attach(k, this.head[r], this.dep[r])) continue;
      const mods = Array.from(this.kids(r)).filter((c) => c < r);
      if (!this.attach(r, k, 'nsubj')) continue;
      for (const c of mods) if (this.dep[c].startsWith('nsubj')) this.attach(c, r, this.upos(c) === 'ADJ' ? 'amod' : 'compound');
      movedAfter(r, k, k);
      this.nouned.add(r);
      changed = true;
    }
    for (let r = 1; r + 1 < n; r++) {
      if (this.upos(r) !== 'NOUN' || this.xpos(r) !== 'NN' || this.xpos(r - 1) !== 'NNS' || !AIR_STRIKE_VERBS.has(this.lemma(r).toLowerCase())) continue;
      if (!AIR_NOUNS.has(this.lemma(r - 1).toLowerCase())) continue;
      // (A clause with no finite verb up to its first comma: the parser had none to hang the phrases on.)
      let finite = false;
      let end = r + 1;
      while (end < n && this.upos(end) !== 'PUNCT') end++;
      for (let k = 0; k < end && !finite; k++) if ((this.upos(k) === 'VERB' || this.upos(k) === 'AUX') && ['VBD', 'VBZ', 'VBP', 'MD'].includes(this.xpos(k))) finite = true;
      if (finite) continue;
      // The struck phrase right after: its last noun before a preposition or punctuation is its head.
      let o = -1;
      for (let k = r + 1; k < n && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(this.upos(k)); k++) if (nominal(k)) o = k;
      if (o < 0) continue;
      // The aircraft phrase's top left of the verb ("American AC/top-130 gunships/appos"): the aircraft noun heads it.
      let top = r - 1;
      while (this.head[top] >= 0 && this.head[top] < r - 1) top = this.head[top];
      if (!this.attach(r, -1, 'root')) continue;
      this.attach(r - 1, r, 'nsubj');
      if (top !== r - 1) this.attach(top, r - 1, 'compound');
      this.attach(o, r, 'obj');
      for (let k = r + 1; k < o; k++) this.attach(k, o, this.upos(k) === 'DET' ? 'det' : this.upos(k) === 'ADJ' ? 'amod' : this.upos(k) === 'NUM' ? 'nummod' : 'compound');
      // Whatever still hangs elsewhere (the old root, a trailing phrase) goes to the verb.
      for (let k = 0; k < n; k++) if (k !== r && this.head[k] < 0) this.attach(k, r, k > o ? (k < end ? 'obl' : 'parataxis') : 'dep');
      this.promoted.add(r);
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 11c. "In Basra/compound(jets), U.S./appos(Basra) F-16 jets/nsubj dropped ...": a fronted place phrase with its
    // preposition, set off by a comma, hung as a compound on the subject after the comma, with the subject's own
    // modifier as its apposition, is an adjunct of the subject's verb, the modifier the subject's (s15-force, set 19).
    for (let x = 1; x + 2 < n; x++) {
      const h = this.head[x];
      if (this.dep[x] !== 'compound' || h <= x + 1 || this.upos(x) !== 'PROPN' || !this.dep[h]?.startsWith('nsubj')) continue;
      const c = this.kid(x, 'case');
      if (c < 0 || c > x || this.upos(c) !== 'ADP') continue;
      let comma = -1;
      for (let k = x + 1; k < h && comma < 0; k++) if (this.doc.form[this.a + k] === ',') comma = k;
      if (comma < 0 || this.head[h] < 0) continue;
      const apps = Array.from(this.kids(x)).filter((k) => k > comma && this.dep[k] === 'appos');
      for (const k of apps) this.attach(k, h, 'compound');
      if (!this.attach(x, this.head[h], 'obl')) continue;
      if (this.head[comma] === x || this.inSubtree(comma, x)) this.attach(comma, this.head[h], 'punct');
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 12. "killed six members of X, police said": the object of a verb that has none, taken
    // for the complement of the trailing reporting verb, is that verb's object.
    for (let c = 1; c < n; c++) {
      const r = this.head[c];
      if (r <= c || this.dep[c] !== 'ccomp' || !nominal(c) || !REPORTING.has(this.lemma(r).toLowerCase())) continue;
      // The noun phrase's first word, right after the verb ("killed six members").
      let lo = c;
      for (const x of this.kids(c)) if (x < lo && ['det', 'nummod', 'amod', 'compound'].includes(this.dep[x])) lo = x;
      const k = lo - 1;
      if (k < 0 || this.upos(k) !== 'VERB' || hasKid(k, ['obj', 'ccomp']) || this.inSubtree(k, c)) continue;
      if (!this.attach(c, k, 'obj')) continue;
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 12b. "Rice telephoned Maliki and Barzani, the State Department said": the object of a verb that has none, taken
    // for the subject of the trailing reporting verb, with the reporter hung on it as a conjunct after the comma, is
    // that verb's object, and the conjunct the reporter (s15: sets 12, 21; "telephoned"/"phoned" objects).
    for (let c = 1; c < n; c++) {
      const r = this.head[c];
      if (r <= c || this.dep[c] !== 'nsubj' || !nominal(c) || !REPORTING.has(this.lemma(r).toLowerCase())) continue;
      let lo = c;
      for (const x of this.kids(c)) if (x < lo && ['det', 'nummod', 'amod', 'compound', 'nmod:desc'].includes(this.dep[x])) lo = x;
      const k = lo - 1;
      // (s19: or the reporting verb hung under the verb: "held/conj talks with A, B and other leaders, two
      // politicians said/ccomp".)
      const under = k >= 0 && this.head[r] === k;
      const filled = k >= 0 && Array.from(this.kids(k)).some((x) => x !== r && ['obj', 'ccomp', 'xcomp'].includes(this.dep[x]));
      if (k < 0 || this.upos(k) !== 'VERB' || (this.head[k] !== r && !under) || filled || this.inSubtree(k, c)) continue;
      let other = false;
      for (const x of this.kids(r)) if (x !== c && this.dep[x].startsWith('nsubj')) other = true;
      if (other) continue;
      // The reporter: the last conjunct of the noun, before the reporting verb, right after a comma, with no "and".
      // (s19: or its apposition, "met Abdul Mahdi on Tuesday, the mission/appos said"; or the last conjunct or
      // apposition inside the noun's phrase whose words run up to the reporting verb.)
      let sp = -1;
      for (const x of this.kids(c)) if ((this.dep[x] === 'conj' || this.dep[x] === 'appos') && x < r && x > sp) sp = x;
      const startOf = (x: number) => {
        let first = x;
        while (first - 1 > c && this.inSubtree(first - 1, x) && this.doc.form[this.a + first - 1] !== ',') first--;
        return first;
      };
      if (sp < 0 || !this.inSubtree(r - 1, sp) || hasKid(sp, ['cc'])) {
        sp = -1;
        for (let x = r - 1; x > c && sp < 0; x--) {
          if ((this.dep[x] === 'conj' || this.dep[x] === 'appos') && this.inSubtree(x, c) && this.inSubtree(r - 1, x) && !hasKid(x, ['cc']) && this.doc.form[this.a + startOf(x) - 1] === ',') sp = x;
        }
      }
      if (sp < 0 || hasKid(sp, ['cc'])) continue;
      const first = startOf(sp);
      if (this.doc.form[this.a + first - 1] !== ',') continue;
      if (!this.attach(sp, r, 'nsubj')) continue;
      if (!this.attach(c, k, 'obj')) continue;
      if (under) this.attach(r, k, 'parataxis');
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 12c. "the White House said Vice President Joe Biden had telephoned/amod Maliki and Nujaifi": a participle with
    // its own auxiliary hung as an adjective of the noun after it, the name before the auxiliary taken for the reporting
    // verb's object and that noun for its conjunct: the participle is the reported clause's verb, the name its subject,
    // the noun its object (s15: set 11; an adjective has no auxiliary).
    for (let v = 2; v < n; v++) {
      const h = this.head[v];
      const x = this.xpos(v);
      if (this.upos(v) !== 'VERB' || (x !== 'VBN' && x !== 'VBD') || this.dep[v] !== 'amod' || h <= v || !nominal(h)) continue;
      const aux = this.kid(v, 'aux');
      if (aux !== v - 1 || this.lemma(aux).toLowerCase() !== 'have') continue;
      let subj = aux - 1;
      if (this.dep[subj] === 'flat' && this.head[subj] < subj) subj = this.head[subj];
      const r = this.head[subj];
      if (!nominal(subj) || this.dep[subj] !== 'obj' || r < 0 || r > subj || !REPORTING.has(this.lemma(r).toLowerCase())) continue;
      if (this.head[h] !== subj || (this.dep[h] !== 'conj' && this.dep[h] !== 'flat')) continue;
      const later = Array.from(this.kids(subj)).filter((c) => c > v && c !== h);
      if (!this.attach(v, r, 'ccomp')) continue;
      this.attach(subj, v, 'nsubj');
      this.attach(h, v, 'obj');
      for (const c of later) this.attach(c, h, this.dep[c]);
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 12d. "The visit came two weeks after the Accord Front, the largest Sunni bloc, pulled/conj its ministers out of
    // the cabinet": "after" read as a preposition, its noun an oblique of the main verb and the subordinate clause's
    // verb a subjectless conjunct of the main verb: that noun is the subordinate verb's subject (s15: set 0).
    for (let v = 2; v < n; v++) {
      const h = this.head[v];
      if (this.upos(v) !== 'VERB' || this.xpos(v) !== 'VBD' || this.dep[v] !== 'conj' || h < 0 || h > v || this.upos(h) !== 'VERB') continue;
      if (hasKid(v, ['nsubj', 'nsubj:pass', 'cc', 'mark'])) continue;
      let o = -1;
      for (const c of this.kids(h)) if (c > h && c < v && this.dep[c] === 'obl' && nominal(c) && c > o) o = c;
      if (o < 0) continue;
      const cs = this.kid(o, 'case');
      if (cs < 0 || cs > o || !/^(after|before|since|until|as)$/i.test(this.doc.form[this.a + cs])) continue;
      // Nothing but the noun's own phrase and a comma between the preposition and the verb.
      let last = o;
      for (let k = o + 1; k < v && this.inSubtree(k, o); k++) last = k;
      if (last + 1 !== v && !(last + 2 === v && this.doc.form[this.a + last + 1] === ',')) continue;
      if (!this.attach(v, h, 'advcl')) continue;
      this.attach(o, v, 'nsubj');
      this.attach(cs, v, 'mark');
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 13. "told reporters that the Kurds would never give up Kirkuk and accused/VBD the
    // government ...", "denied that Tehran armed any group and blamed ...": the speaker's own
    // act, conjoined with the reporting verb (src/events/repair.ts, shared with the filters).
    const view: TreeView = {
      head: (k) => this.head[k],
      rel: (k) => this.dep[k],
      xpos: (k) => this.xpos(k),
      lemma: (k) => this.lemma(k).toLowerCase(),
      kids: (k) => this.kids(k),
    };
    for (let v = 0; v < n; v++) {
      if (this.upos(v) !== 'VERB') continue;
      const g = speakersConjunct(view, v);
      if (g < 0 || !this.attach(v, g, 'conj')) continue;
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 14. "would expel any member found/ccomp to have fired on X": a bare past participle
    // taken for a complement clause of a verb with no object, its "subject" right after that
    // verb and an infinitive after it, is a reduced relative of the verb's object ("found to
    // have", "believed to be", "known to"): the noun is the object, the participle its acl.
    for (let c = 2; c < n; c++) {
      const v = this.head[c];
      if (v < 0 || v > c || this.dep[c] !== 'ccomp' || !['VBN', 'VBD'].includes(this.xpos(c)) || this.upos(v) !== 'VERB') continue;
      if (hasKid(c, ['aux', 'aux:pass', 'mark', 'cop', 'obj', 'iobj']) || hasKid(v, ['obj']) || REPORTING.has(this.lemma(v).toLowerCase()) || this.up[c + 1] !== 'TO') continue;
      const s = this.kid(c, 'nsubj') >= 0 ? this.kid(c, 'nsubj') : this.kid(c, 'nsubj:pass');
      if (s < 0 || s > c || !nominal(s)) continue;
      let lo = s;
      for (let k = v + 1; k < s; k++) if (this.inSubtree(k, s)) lo = Math.min(lo, k);
      if (lo !== v + 1) continue;
      let inf = false;
      for (const x of this.kids(c)) if (this.dep[x] === 'xcomp' && x > c && Array.from(this.kids(x)).some((m) => this.dep[m] === 'mark' && this.up[m] === 'TO')) inf = true;
      if (!inf || !this.attach(s, v, 'obj')) continue;
      this.attach(c, s, 'acl');
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 15. "lawmakers loyal to the cleric Moqtada al-Sadr demanded/acl:relcl ...", "militiamen
    // loyal/root to Sadr threatened", "lawmakers close/case to Kibaki/nsubj accused": a noun
    // with a post-nominal adjective of allegiance ("loyal to", "close to", "allied with") is
    // the subject of the finite verb right after the adjective's phrase; the phrase's noun is
    // not.
    for (let k = 1; k + 2 < n; k++) {
      if (!ALLEGIANCE.has(this.lemma(k).toLowerCase()) || (this.up[k + 1] !== 'TO' && this.up[k + 1] !== 'WITH')) continue;
      const s = k - 1;
      if (!nominal(s) && this.mentionAt[s] < 0) continue;
      // The finite verb after the adjective's noun phrase.
      let j = k + 2;
      while (j < n && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'CCONJ', 'PUNCT'].includes(this.upos(j)) && this.up[j] !== ',') j++;
      if (j >= n || j === k + 2) continue;
      let v = j;
      if (this.upos(j) === 'AUX') {
        v = -1;
        for (let q = j + 1; q < n && q <= j + 3 && v < 0; q++) if (this.upos(q) === 'VERB') v = q;
        if (v < 0 || !this.inSubtree(j, v)) continue;
      } else if (this.upos(j) !== 'VERB' || !['VBD', 'VBZ', 'VBP'].includes(this.xpos(j))) continue;
      if (this.head[s] === v && this.dep[s].startsWith('nsubj')) continue;
      // (The parser may make the adjective itself the subject: "militiamen loyal/nsubj to Sadr threatened".)
      const x0 = this.kid(v, 'nsubj');
      const x = x0 === k ? -1 : x0;
      if (x >= 0 && !(x > k + 1 && x < j)) continue;
      // The phrase's top, which the verb replaces when the parser hung the verb inside it.
      let top = k;
      while (this.head[top] >= s && this.head[top] < j && this.head[top] !== top) top = this.head[top];
      if (this.inSubtree(v, top) && !this.attach(v, this.head[top], this.head[top] < 0 ? 'root' : this.dep[top])) continue;
      if (!this.attach(s, v, 'nsubj')) continue;
      this.attach(k, s, 'amod');
      if (x >= 0) {
        // The name the parser made the verb's subject belongs to the adjective's phrase.
        const p = this.head[k + 1];
        if (p > k + 1 && p < j && p !== x && !this.inSubtree(p, x)) this.attach(x, p, 'appos');
        else {
          this.attach(x, k, 'obl');
          this.attach(k + 1, x, 'case');
        }
      }
      for (const c of Array.from(this.kids(k))) if (c < s || c > j) this.attach(c, v, this.dep[c]);
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 16. "said the cleric was/cop following/amod events/advcl": an -ing verb the parser made
    // an adjective of the next noun, that noun carrying the copula, is a progressive verb
    // with that noun as its object (and the clause a reporting verb's complement).
    for (let g = 1; g + 1 < n; g++) {
      const h = g + 1;
      if (this.upos(g) !== 'VERB' || this.xpos(g) !== 'VBG' || this.dep[g] !== 'amod' || this.head[g] !== h || !nominal(h)) continue;
      // (The "be" may hang on the -ing verb itself, with its subject: "said the ayatollah/nsubj was/aux following/amod events".)
      let cop = this.kid(h, 'cop');
      if (cop < 0) {
        const aux = this.kid(g, 'aux');
        const sj = this.kid(g, 'nsubj');
        if (aux >= 0 && aux < g && this.lemma(aux).toLowerCase() === 'be' && sj >= 0 && sj < aux) cop = aux;
      }
      if (cop < 0 || cop > g) continue;
      const up = this.head[h];
      const rel = up >= 0 && ['advcl', 'obj', 'xcomp'].includes(this.dep[h]) && this.kid(h, 'mark') < 0 && REPORTING.has(this.lemma(up).toLowerCase()) ? 'ccomp' : this.dep[h];
      if (!this.attach(g, up, up < 0 ? 'root' : rel)) continue;
      for (const c of Array.from(this.kids(h))) {
        if (c < g) this.attach(c, g, this.dep[c] === 'cop' ? 'aux' : this.dep[c]);
        else if (c > h && ['advmod', 'obl', 'advcl', 'punct'].includes(this.dep[c])) this.attach(c, g, this.dep[c]);
      }
      this.attach(h, g, 'obj');
      this.promoted.add(g);
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 17. "said the cleric was following events and had/aux asked/conj(said) all sides": a
    // past perfect conjoined to a past reporting verb, with no subject of its own and the
    // reported clause between them, goes on with the reported clause (the reporter's own act
    // would not be backshifted).
    for (let v = 2; v < n; v++) {
      const g = this.head[v];
      if (g < 0 || g > v || this.dep[v] !== 'conj' || this.upos(v) !== 'VERB' || !REPORTING.has(this.lemma(g).toLowerCase()) || this.xpos(g) !== 'VBD') continue;
      if (hasKid(v, ['nsubj', 'nsubj:pass', 'mark'])) continue;
      let perfect = false;
      for (const c of this.kids(v)) if (this.dep[c] === 'aux' && c < v && this.lemma(c).toLowerCase() === 'have' && this.xpos(c) === 'VBD') perfect = true;
      if (!perfect) continue;
      let rc = -1;
      for (const c of this.kids(g)) if (this.dep[c] === 'ccomp' && c > g && c < v) rc = c;
      if (rc < 0 || !this.attach(v, rc, 'conj')) continue;
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 18. "Hours after the ministry's announcement, gunmen attacked ...", "Shortly before
    // Crocker's meeting with Zebari, a car bomb exploded ...": a sentence-initial time phrase
    // (a time word, then "after"/"before", a noun phrase, a comma) is an adjunct; the noun
    // phrase after the comma, whatever the parser hung it on (a conjunct or apposition of
    // the phrase's noun), is the subject of the finite verb after it. Otherwise the actor
    // of the time phrase ("the ministry's", "the Sadrist march") becomes the source.
    {
      let t = 0;
      while (t < 2 && t < n && ['DET', 'NUM', 'ADV'].includes(this.upos(t)) && !TIME_WORDS.has(this.up[t])) t++;
      if (t + 2 < n && TIME_WORDS.has(this.up[t]) && (this.up[t + 1] === 'AFTER' || this.up[t + 1] === 'BEFORE')) {
        let c = t + 2;
        while (c < n && c < t + 20 && this.doc.form[this.a + c] !== ',' && this.upos(c) !== 'VERB' && this.upos(c) !== 'AUX') c++;
        let v = c + 1;
        while (v < n && v < c + 16 && !/^VB[DZP]$/.test(this.xpos(v))) v++;
        if (c < n && this.doc.form[this.a + c] === ',' && v < n && v > c + 1 && this.upos(v) === 'VERB') {
          const tops = (lo: number, hi: number): number[] => {
            const out: number[] = [];
            for (let k = lo; k < hi; k++) if (this.dep[k] !== 'punct' && (this.head[k] < lo || this.head[k] >= hi)) out.push(k);
            return out;
          };
          const subj = tops(c + 1, v);
          const time = tops(0, c);
          if (subj.length === 1 && time.length === 1 && (nominal(subj[0]) || this.upos(subj[0]) === 'PRON') && !(this.head[subj[0]] === v && this.dep[subj[0]] === 'nsubj')) {
            for (const o of Array.from(this.kids(v))) if (o < c && this.dep[o].startsWith('nsubj')) this.attach(o, v, 'obl:tmod');
            if (this.head[time[0]] !== v) this.attach(time[0], v, 'obl:tmod');
            if (this.attach(subj[0], v, 'nsubj')) this.index();
          }
        }
      }
    }
    // 19. "... and detained six men suspected of belonging to a cell, the U.S. military
    // said.": a sentence-final reporting verb after a comma, with its own subject, reports
    // the whole sentence; the parser may hang it deep inside the clause (a complement of
    // "suspected"), where its subject is taken for the target of the verbs above it.
    {
      let end = n - 1;
      while (end >= 0 && this.upos(end) === 'PUNCT') end--;
      const v = end;
      let root = -1;
      for (let k = 0; k < n; k++) if (this.head[k] < 0 && this.dep[k] !== 'punct') root = root < 0 ? k : root;
      if (v > 2 && root >= 0 && v !== root && this.upos(v) === 'VERB' && REPORTING.has(this.lemma(v).toLowerCase()) && this.head[v] !== root) {
        const subj = this.kid(v, 'nsubj');
        let lo = subj;
        if (subj >= 0) for (let k = 0; k < subj; k++) if (this.inSubtree(k, subj)) lo = Math.min(lo, k);
        if (subj >= 0 && subj < v && lo > 0 && this.doc.form[this.a + lo - 1] === ',' && this.kid(v, 'obj') < 0 && this.kid(v, 'ccomp') < 0 && this.attach(v, root, 'parataxis')) this.index();
      }
    }
    // 21. "Saudi Arabia urged the occupying powers to protect civilians, and the Arab League
    // secretary-general/obl, Amr Moussa, condemned/conj ...": a noun with its own "and" and no
    // preposition, hung on a verb right before a subjectless conjunct of that verb, is the
    // conjunct's subject (a second clause), not an argument of the first verb.
    // ("..., wounding/advcl three soldiers, and Kataib Hezbollah/obl(wounding), a Shiite militia ..., claimed/conj(struck)":
    // the noun may hang deeper in the first verb's clause.)
    for (let x = 2; x < n; x++) {
      const v = this.head[x];
      if (v < 0 || v > x || !nominal(x) || !['obl', 'obj', 'nmod'].includes(this.dep[x]) || this.kid(x, 'case') >= 0) continue;
      const cc = this.kid(x, 'cc');
      if (cc < 0 || cc > x || this.doc.form[this.a + cc - 1] !== ',') continue;
      let end = x;
      for (let k = x + 1; k < n && (this.inSubtree(k, x) || this.upos(k) === 'PUNCT'); k++) end = k;
      const c = end + 1;
      if (c >= n || this.dep[c] !== 'conj' || this.upos(c) !== 'VERB' || hasKid(c, ['nsubj', 'nsubj:pass'])) continue;
      if (this.head[c] !== v && !(this.head[c] >= 0 && this.head[c] < x && this.upos(this.head[c]) === 'VERB' && this.inSubtree(x, this.head[c]))) continue;
      if (!this.attach(x, c, 'nsubj')) continue;
      this.attach(cc, c, 'cc');
      this.index();
    }
    // 22. "arrested four men/nsubj suspected/ccomp of planning attacks": a verb of suspicion
    // tagged as a finite verb, right after its "subject" (the arrest's object, with only its
    // determiners and numbers before it), is a reduced relative of that noun.
    for (let c = 2; c < n; c++) {
      const v = this.head[c];
      if (v < 0 || v > c || this.dep[c] !== 'ccomp' || !/^(suspect|accuse|believe|wanted)/.test(this.lemma(c).toLowerCase())) continue;
      if (this.xpos(c) !== 'VBD' && this.xpos(c) !== 'VBN') continue;
      if (hasKid(c, ['aux', 'aux:pass', 'mark', 'obj']) || hasKid(v, ['obj'])) continue;
      const s = this.kid(c, 'nsubj');
      if (s < 0 || s !== c - 1 || this.upos(s) !== 'NOUN') continue;
      let first = s;
      for (let k = s - 1; k > v && ['NUM', 'DET', 'ADJ'].includes(this.upos(k)) && this.head[k] === s; k--) first = k;
      if (first !== v + 1) continue;
      if (!this.attach(s, v, 'obj')) continue;
      this.attach(c, s, 'acl');
      this.index();
    }
    // 23. "pressed Maliki to stop relying on X and to/mark push/conj(pressed) the laws through
    // parliament": a conjunct with its own "to" goes on with the infinitive before it, not with
    // the finite verb the parser hung it on; it shares that infinitive's subject (the one asked).
    for (let v = 2; v < n; v++) {
      const g = this.head[v];
      if (g < 0 || g > v || this.dep[v] !== 'conj' || this.upos(v) !== 'VERB' || this.upos(g) !== 'VERB' || hasKid(v, ['nsubj', 'nsubj:pass'])) continue;
      const toOf = (k: number) => {
        const m = this.kid(k, 'mark');
        return m >= 0 && m < k && this.up[m] === 'TO';
      };
      if (!toOf(v) || toOf(g) || this.xpos(g) === 'VB') continue;
      let inf = -1;
      for (const c of this.kids(g)) if (c > g && c < v && ['xcomp', 'advcl', 'ccomp'].includes(this.dep[c]) && toOf(c)) inf = c;
      if (inf < 0 || !this.attach(v, inf, 'conj')) continue;
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 24. "suspended the firm's licence two days after guards opened fire in a square and
    // killed/conj(suspended) 11 civilians": a subjectless finite verb after "and" (no comma), hung
    // on the main verb, right after an adverbial clause of time or cause ending at the "and",
    // whose finite verb has its form and a subject of its own, goes on with that clause.
    for (let v = 3; v < n; v++) {
      const g = this.head[v];
      const cc = v - 1;
      if (g < 0 || g > v || this.dep[v] !== 'conj' || this.upos(v) !== 'VERB' || hasKid(v, ['nsubj', 'nsubj:pass', 'mark'])) continue;
      if (this.upos(cc) !== 'CCONJ' || this.head[cc] !== v || this.up[cc - 1] === ',') continue;
      const x = this.xpos(v);
      if (x !== 'VBD' && x !== 'VBZ' && x !== 'VBP') continue;
      let u = -1;
      for (let k = cc - 1; k > g && u < 0; k--) if (this.upos(k) === 'VERB' && this.inSubtree(k, g) && k !== g) u = k;
      if (u < 0 || this.xpos(u) !== x || this.head[u] < 0 || !hasKid(u, ['nsubj'])) continue;
      const mk = this.kid(u, 'mark');
      if (mk < 0 || mk > u || !/^(AFTER|BEFORE|WHEN|AS|BECAUSE|SINCE|WHILE|UNTIL|ONCE)$/.test(this.up[mk])) continue;
      // The clause runs up to the "and".
      let contiguous = true;
      for (let k = u + 1; k < cc && contiguous; k++) contiguous = this.inSubtree(k, u);
      if (!contiguous || !this.attach(v, u, 'conj')) continue;
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 26. "pushed into the districts at dawn, where gunmen fired/conj(pushed) at their vehicles": a finite
    // clause opened by "where" after a comma, with a subject of its own, is a relative clause of the place
    // before the comma, not a second act of the sentence's subject.
    for (let v = 3; v < n; v++) {
      const g = this.head[v];
      if (g < 0 || g > v || this.upos(v) !== 'VERB' || !['conj', 'parataxis', 'advcl', 'ccomp'].includes(this.dep[v]) || !hasKid(v, ['nsubj', 'nsubj:pass'])) continue;
      let w = -1;
      for (const c of this.kids(v)) if (c < v && this.up[c] === 'WHERE' && this.dep[c] === 'advmod') w = c;
      if (w < 2 || this.doc.form[this.a + w - 1] !== ',') continue;
      let first = v;
      for (let k = v - 1; k >= 0; k--) if (this.inSubtree(k, v)) first = k;
      if (first < w - 1) continue;
      const p = w - 2;
      if (!nominal(p) || this.inSubtree(p, v) || !this.attach(v, p, 'acl:relcl')) continue;
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 27. "attacked a meeting of Awakening/VBG(acl) council leaders/obj ..., killing/conj(Awakening) 11 people": a
    // capitalised -ing word inside a longer actor name ("Awakening council", "Awakening movement") is part of the
    // name, not a verb: the name's last word takes its place in the tree, and the clauses hung on it go back to
    // the verb above.
    for (let k = 1; k + 1 < n; k++) {
      const mi = this.mentionAt[k];
      if (this.upos(k) !== 'VERB' || this.xpos(k) !== 'VBG' || mi < 0 || !/^[A-Z]/.test(this.doc.form[this.a + k])) continue;
      const x = this.mentions[mi].end - 1;
      if (x <= k || this.head[x] !== k || !nominal(x)) continue;
      const up = this.head[k];
      if (up < 0) continue;
      const rel = this.dep[k] === 'acl' || this.dep[k] === 'amod' ? 'nmod' : this.dep[k] === 'advcl' ? 'obl' : this.dep[k] === 'xcomp' ? 'obj' : this.dep[k];
      if (!this.attach(x, up, rel)) continue;
      this.attach(k, x, 'compound');
      // The verb the name's phrase hangs on, for the clauses the -ing word carried.
      let gv = up;
      while (gv >= 0 && this.upos(gv) !== 'VERB') gv = this.head[gv];
      for (const c of Array.from(this.kids(k))) {
        if (c === x) continue;
        if (this.upos(c) === 'VERB' && ['conj', 'advcl', 'parataxis'].includes(this.dep[c]) && gv >= 0) this.attach(c, gv, 'advcl');
        else this.attach(c, x, this.dep[c] === 'mark' ? 'case' : this.dep[c]);
      }
      this.index();
    }
    // 28. "..., an offer that the U.S. embassy has dismissed/acl as a ploy", "a solution that both sides would
    // accept": a "that" clause of a noun whose verb takes an object and has none is a relative clause (its object is
    // the noun), not the noun's content; its actors act on the noun, they are not what the noun is about.
    for (let c = 2; c < n; c++) {
      const h = this.head[c];
      if (h < 0 || h > c || this.dep[c] !== 'acl' || this.upos(c) !== 'VERB' || !nominal(h) || !GAP_VERBS.has(this.lemma(c).toLowerCase())) continue;
      const mk = this.kid(c, 'mark');
      if (mk < 0 || this.up[mk] !== 'THAT' || hasKid(c, ['obj', 'ccomp', 'xcomp', 'nsubj:pass', 'aux:pass']) || !hasKid(c, ['nsubj'])) continue;
      this.dep[c] = 'acl:relcl';
      this.dep[mk] = 'obj';
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 29. "as the cleric blamed the government for the bloodshed and Sadr's bloc/conj(bloodshed) walked/conj(opened)
    // out of parliament", "as fighting entered its sixth day and Arab governments/conj(day) condemned ...": a finite
    // verb with no subject of its own, right after a noun phrase joined by "and"/"but" (no comma) to a noun of the
    // clause before, has that noun phrase as its subject: a second clause, not a second object of the first verb.
    // (Not a participle read as a past form: "laws on amnesty and provincial powers passed in February" has no
    // object, particle or complement of its own.)
    for (let v = 3; v < n; v++) {
      const x = this.xpos(v);
      if (this.upos(v) !== 'VERB' || (x !== 'VBD' && x !== 'VBZ' && x !== 'VBP') || hasKid(v, ['nsubj', 'nsubj:pass', 'csubj', 'expl'])) continue;
      if (!hasKid(v, ['obj', 'ccomp', 'xcomp', 'compound:prt']) && !PARTICLES.has(this.up[v + 1] ?? '')) continue;
      // The noun phrase ending right before the verb, up to its conjunct's top.
      let c = v - 1;
      if (!nominal(c) && this.upos(c) !== 'PRON') continue;
      while (this.dep[c] !== 'conj' && this.head[c] >= 0 && this.head[c] < v && nominal(this.head[c])) c = this.head[c];
      const p = this.head[c];
      if (this.dep[c] !== 'conj' || p < 0 || p > c || !(nominal(p) || this.upos(p) === 'PRON') || this.inSubtree(v, c)) continue;
      let cc = -1;
      for (const k of this.kids(c)) if (k < c && this.dep[k] === 'cc' && /^(AND|BUT)$/.test(this.up[k])) cc = k;
      if (cc < 1 || this.up[cc - 1] === ',') continue;
      let lo = c;
      for (let k = cc + 1; k < c; k++) if (this.inSubtree(k, c)) lo = Math.min(lo, k);
      if (lo !== cc + 1) continue;
      // The clause the first conjunct belongs to (over a "to" infinitive: "is expected to visit X, and Y said").
      let g = p;
      while (g >= 0 && this.upos(g) !== 'VERB') g = this.head[g];
      while (g >= 0 && this.dep[g] === 'xcomp' && this.head[g] >= 0 && this.head[g] < g) g = this.head[g];
      if (g < 0 || g > c || this.inSubtree(g, v)) continue;
      if (!this.attach(v, g, 'conj')) continue;
      this.attach(c, v, 'nsubj');
      this.attach(cc, v, 'cc');
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 30. "resigned late Thursday, accusing/acl(Thursday) the coalition of ...", "ambushed a convoy carrying a lawmaker,
    // wounding/conj(carrying) two guards", "denied that Iran was arming any group, accusing/conj(arming) the U.S.
    // military of ...": a trailing participle hangs on its clause's verb (src/events/repair.ts, shared with the
    // filters), and a participle the parser made a word of its own object ("accusing/case the premier") takes it.
    for (let v = 2; v < n; v++) {
      if (this.xpos(v) !== 'VBG' || !ownActParticiple(this.lemma(v).toLowerCase())) continue;
      const u = trailingParticipleHost(view, v, SPEAKING_PARTICIPLES.has(this.lemma(v).toLowerCase()), (k) => this.doc.form[this.a + k] === ',');
      if (u < 0) continue;
      const o = this.head[v];
      const own = o > v && ['case', 'amod', 'det'].includes(this.dep[v]);
      if (!this.attach(v, u, 'advcl')) continue;
      if (own) {
        this.attach(o, v, 'obj');
        for (const c of Array.from(this.kids(o))) if (c < v) this.attach(c, u, this.dep[c]);
      }
      this.index();
    }
    // 31. "Police said/amod gunmen/appos(Police) fired on a checkpoint", "The general said/amod attacks/nsubj had
    // fallen": a "said" the parser made an adjective of the noun after it, inside the subject of the next verb, is
    // the main verb: the words before it its subject, that verb its complement with the words after it as subject.
    for (let k = 1; k + 2 < n; k++) {
      const h = this.head[k];
      const xk = this.xpos(k);
      if (this.lemma(k).toLowerCase() !== 'say' || this.upos(k) !== 'VERB' || (xk !== 'VBD' && xk !== 'VBN') || this.dep[k] !== 'amod' || h <= k || !nominal(h)) continue;
      let x = h;
      while (['appos', 'conj', 'compound', 'flat'].includes(this.dep[x]) && this.head[x] >= 0 && nominal(this.head[x])) x = this.head[x];
      const v = this.head[x];
      if (!this.dep[x].startsWith('nsubj') || v <= h || this.upos(v) !== 'VERB') continue;
      const pre: number[] = [];
      const post: number[] = [];
      for (let j = 0; j < n; j++) if (j !== k && this.inSubtree(j, x)) (j < k ? pre : post).push(j);
      if (pre.length === 0 || !post.includes(h) || pre.some((j) => this.upos(j) === 'VERB')) continue;
      const speaker = x < k ? x : k - 1;
      let subj = h;
      while (this.head[subj] >= 0 && post.includes(this.head[subj])) subj = this.head[subj];
      const up = this.head[v];
      if (!this.attach(k, up, up < 0 ? 'root' : this.dep[v])) continue;
      this.attach(v, k, 'ccomp');
      this.attach(speaker, k, 'nsubj');
      this.attach(subj, v, this.dep[x]);
      for (const j of pre) if (j !== speaker && !pre.includes(this.head[j])) this.attach(j, speaker, this.upos(j) === 'DET' ? 'det' : this.upos(j) === 'ADJ' ? 'amod' : 'compound');
      // What the verb's clause carried before the speaker's words (a fronted adjunct) is the main verb's.
      for (const c of Array.from(this.kids(v))) if (c < pre[0]) this.attach(c, k, this.dep[c]);
      this.index();
    }
    // 32. "the prime minister accused President Fouad/obl Masoum of ...": a named actor right after an active
    // verb with no object, hung on it as an oblique with no preposition, is its object.
    for (let k = 1; k < n; k++) {
      const v = this.head[k];
      if (this.dep[k] !== 'obl' || v < 0 || v >= k || this.upos(v) !== 'VERB' || !['VBD', 'VBZ', 'VBP'].includes(this.xpos(v))) continue;
      if (hasKid(k, ['case']) || hasKid(v, ['obj', 'aux:pass', 'nsubj:pass', 'ccomp']) || this.upos(k) !== 'PROPN') continue;
      const mi = this.mentionAt[k];
      if (mi < 0 || this.synHead(this.mentions[mi]) !== k) continue;
      // Right after the verb: nothing but the name's own words between them.
      let first = k;
      for (const c of this.kids(k)) if (c < first) first = c;
      if (first !== v + 1 || this.mentions[mi].start !== first) continue;
      this.dep[k] = 'obj';
    }
    // 33. "Sadr, speaking/csubj on television from Najaf shortly before the breach/nsubj, accused ...": a noun with a
    // preposition of its own is no subject (an adjunct), and an -ing clause set off by commas is an adverbial, not a
    // clausal subject; the name before them is the subject (a vocative or dislocated word the parser left).
    for (let v = 2; v < n; v++) {
      if (this.upos(v) !== 'VERB') continue;
      let voc = -1;
      for (const c of this.kids(v)) if (c < v && (this.dep[c] === 'vocative' || this.dep[c] === 'dislocated') && this.mentionAt[c] >= 0) voc = c;
      if (voc < 0) continue;
      let fixed = false;
      for (const c of Array.from(this.kids(v))) {
        if (c < voc || c > v) continue;
        if (this.dep[c] === 'nsubj' && this.mentionAt[c] < 0 && Array.from(this.kids(c)).some((x) => this.dep[x] === 'case' && this.upos(x) === 'ADP' && x < c)) {
          this.dep[c] = 'obl';
          fixed = true;
        } else if (this.dep[c] === 'csubj' && this.xpos(c) === 'VBG' && this.doc.form[this.a + c - 1] === ',') {
          this.dep[c] = 'advcl';
          fixed = true;
        }
      }
      if (fixed && this.kid(v, 'nsubj') < 0 && this.kid(v, 'csubj') < 0) this.dep[voc] = 'nsubj';
    }
    // 34. "demanded that parliament be dissolved, a demand/nsubj:pass the Framework/nsubj has rejected/conj": a
    // verb with a passive subject before its active one and no passive auxiliary is a relative clause with no
    // relative word; the first noun (after its comma) is its antecedent, set beside the clause before.
    for (let v = 3; v < n; v++) {
      const up = this.head[v];
      if (up < 0 || up > v || this.upos(v) !== 'VERB' || !['conj', 'parataxis', 'ccomp'].includes(this.dep[v]) || hasKid(v, ['aux:pass', 'mark', 'cc'])) continue;
      let p = this.kid(v, 'nsubj:pass');
      let s = this.kid(v, 'nsubj');
      // ("a demand/nsubj the Framework/appos has rejected": the actor after the noun taken for its apposition.)
      if (p < 0 && s >= 0 && this.kid(v, 'obj') < 0) {
        const q = this.kid(s, 'appos');
        if (q > s && q < v && (this.mentionAt[q] >= 0 || this.upos(q) === 'PROPN') && this.mentionAt[s] < 0 && this.upos(s) === 'NOUN') {
          let qs = q;
          for (const c of this.kids(q)) if (c < qs) qs = c;
          if (qs === s + 1 || (qs === s + 2 && this.upos(s + 1) === 'DET')) {
            p = s;
            s = q;
          }
        }
      }
      if (p < 0 || s < 0 || !(p < s && s < v) || this.upos(p) !== 'NOUN' || this.mentionAt[p] >= 0 || (this.mentionAt[s] < 0 && this.upos(s) !== 'PROPN')) continue;
      let first = p;
      for (const c of this.kids(p)) if (c < first) first = c;
      if (first < 1 || this.doc.form[this.a + first - 1] !== ',' || !/^(a|an)$/i.test(this.doc.form[this.a + first])) continue;
      if (!this.attach(p, up, 'appos')) continue;
      this.attach(s, v, 'nsubj');
      this.attach(v, p, 'acl:relcl');
      this.index();
    }
    // 5. Missed main verb before a subordinated root.
    for (let r = 0; r < n; r++) {
      if (this.head[r] >= 0) continue;
      const m = this.kid(r, 'mark');
      if (m < 0 || m > r) continue;
      const first = this.mentionStart[0] >= 0 ? 0 : this.upos(0) === 'DET' && this.mentionStart[1] >= 0 ? 1 : -1;
      if (first < 0) continue;
      const v = this.mentions[this.mentionStart[first]].end;
      if (v >= m || this.promoted.has(v)) continue;
      const u = this.upos(v);
      if (u !== 'NOUN' && u !== 'PROPN' && u !== 'ADJ' && u !== 'X') continue;
      if (!/(S|ED)$/.test(this.up[v]) || !isVerbForm(this.up[v])) continue;
      if (!this.attach(v, -1, 'root')) continue;
      this.attach(r, v, 'advcl');
      const subj = this.synHead(this.mentions[this.mentionStart[first]]);
      if (this.head[subj] !== v && subj !== v) this.attach(subj, v, 'nsubj');
      this.promoted.add(v);
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 35. "Late Saturday, three rockets struck ...", "Last week, gunmen attacked ...": a fronted time phrase with no
    // preposition, set off by a comma, taken for a second subject of the verb whose real subject follows the comma,
    // is a time adjunct (s14-force, set 24).
    for (let t = 0; t < n; t++) {
      const v = this.head[t];
      if (v <= t || this.dep[t] !== 'nsubj' || !TIME_NOUNS.has(this.lemma(t).toLowerCase()) || hasKid(t, ['case'])) continue;
      let comma = -1;
      for (let k = t + 1; k < v && comma < 0; k++) if (this.up[k] === ',') comma = k;
      if (comma < 0) continue;
      let other = -1;
      for (const c of this.kids(v)) if (c > comma && c < v && (this.dep[c] === 'nsubj' || this.dep[c] === 'nsubj:pass')) other = c;
      if (other < 0) continue;
      this.dep[t] = 'obl:tmod';
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 36. "Fighters armed/root with rockets and mortars/nsubj fought/conj back", "Gunmen/compound armed/advcl with
    // rifles/nsubj stormed a police station": "armed with" and no object is a reduced relative of the noun before it
    // (one arms someone: "Iran armed the militias with rockets"); the next finite verb after the weapons is the
    // clause's, that noun its subject, the weapons the participle's (s14-force, set 7).
    const NP = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ', 'ADP', 'PART']);
    for (let v = 1; v + 2 < n; v++) {
      if (this.lemma(v).toLowerCase() !== 'arm' || !['VBD', 'VBN'].includes(this.xpos(v)) || this.up[v + 1] !== 'WITH' || hasKid(v, ['obj', 'aux', 'aux:pass'])) continue;
      const s = v - 1;
      if (!nominal(s)) continue;
      let u = v + 2;
      while (u < n && NP.has(this.upos(u))) u++;
      if (u >= n || u === v + 2 || this.upos(u) !== 'VERB' || !['VBD', 'VBZ', 'VBP'].includes(this.xpos(u))) continue;
      // The clause's verb takes the participle's place when the parser hung it below.
      if (this.inSubtree(u, v) && !this.attach(u, this.head[v], this.dep[v])) continue;
      // (What follows the verb is its clause's: ", and the clashes spread ...".)
      movedAfter(v, u, u);
      // (The noun first leaves the participle's subtree, then the participle hangs on it.)
      if (!this.attach(s, u, 'nsubj')) continue;
      if (!this.attach(v, s, 'acl')) continue;
      // The weapons: the tops of the words between "with" and the verb.
      let first = -1;
      for (let k = v + 2; k < u; k++) {
        const h = this.head[k];
        if (h >= v + 2 && h < u) continue;
        if (first < 0) {
          first = k;
          this.attach(k, v, 'obl');
        } else this.attach(k, first, this.upos(k) === 'CCONJ' ? 'cc' : 'conj');
      }
      if (first >= 0) this.attach(v + 1, first, 'case');
      changed = true;
    }
    if (changed) this.index();
    changed = false;
    // 37. "Relatives of the dead/root gathered/acl at the square, chanting/conj slogans against the Americans": a noun
    // root whose sentence has no finite verb, with a past participle hung on it as a modifier (no auxiliary, subject
    // or object of its own), has lost its main verb to it (repair 1 when the participle has no object; s14-force,
    // set 13).
    for (let r = 0; r < n; r++) {
      if (this.head[r] >= 0 || !nominal(r) || hasKid(r, ['cop', 'nsubj'])) continue;
      let finite = false;
      for (let k = 0; k < n && !finite; k++) if ((this.upos(k) === 'VERB' || this.upos(k) === 'AUX') && ['VBD', 'VBZ', 'VBP', 'MD'].includes(this.xpos(k))) finite = true;
      if (finite) continue;
      let v = -1;
      for (const c of this.kids(r)) if (v < 0 && c > r && this.dep[c] === 'acl' && this.upos(c) === 'VERB' && this.xpos(c) === 'VBN') v = c;
      if (v < 0 || hasKid(v, ['aux', 'aux:pass', 'nsubj', 'nsubj:pass', 'mark', 'cop', 'obj'])) continue;
      // (Only the noun's own phrase between them: "Relatives of the dead gathered".)
      let lo = true;
      for (let k = r + 1; k < v; k++) if (!this.inSubtree(k, r) || this.inSubtree(k, v)) lo = false;
      if (!lo) continue;
      this.attach(v, -1, 'root');
      this.attach(r, v, 'nsubj');
      movedAfter(r, v, v);
      changed = true;
    }
    if (changed) this.index();
    if (this.repairQuotes()) this.index();
  }

  /**
   * s21: quotation marks inside a sentence derail the parser; what it hangs across them is taken back.
   * - "condemned the raid as/conj "a crime/nsubj(") against people ..."": a quoted "as" complement whose "as" does
   *   not head-mark the quoted phrase becomes the verb's `obl` with "as" as its case (the actors in it describe the
   *   object: `asPredicate`);
   * - "... "a crime against people who wanted/acl:relcl bread" and called/conj(wanted) on the forces to leave": a
   *   verb after the closing quote hung as a conjunct on a word inside it is a conjunct of the verb governing the
   *   quotation (it has that verb's subject, not the quoted relative's antecedent).
   * Only quotations that open after the sentence's start. True when it rewrote.
   */
  private repairQuotes(): boolean {
    const n = this.n;
    const marks: number[] = [];
    for (let k = 0; k < n; k++) if (isQuoteMark(this.doc.form[this.a + k])) marks.push(k);
    let changed = false;
    for (let q = 0; q + 1 < marks.length; q += 2) {
      const o = marks[q];
      const c = marks[q + 1];
      if (o < 2 || c - o < 2) continue;
      const inside = (k: number) => k >= o && k <= c;
      // The verb governing the quotation: the first verb above the word before it, outside the quotation.
      const governor = (from: number): number => {
        for (let k = from, d = 0; k >= 0 && d <= n; k = this.head[k], d++) if (!inside(k) && k < o && this.upos(k) === 'VERB') return k;
        return -1;
      };
      const as = o - 1;
      if (this.up[as] === 'AS' && !inside(this.head[as])) {
        const g = governor(as);
        // The quoted phrase's head: the first word of it hung outside its words (or on a quotation mark).
        const tops: number[] = [];
        for (let k = o + 1; k < c; k++) if (!(this.head[k] > o && this.head[k] < c) && this.upos(k) !== 'PUNCT') tops.push(k);
        const r = tops.find((k) => ['NOUN', 'PROPN', 'PRON', 'ADJ'].includes(this.upos(k))) ?? -1;
        if (g >= 0 && r >= 0 && !this.inSubtree(g, as) && this.attach(r, g, 'obl')) {
          this.attach(as, r, 'case');
          for (const k of tops) if (k !== r) this.attach(k, r, 'dep');
          this.attach(o, r, 'punct');
          this.attach(c, r, 'punct');
          changed = true;
        }
      }
      // A verb after the closing quotation mark (after at most a comma, a conjunction and an adverb) hung on a word inside.
      for (let v = c + 1; v < n && v <= c + 4; v++) {
        const u = this.upos(v);
        if (u === 'PUNCT' || u === 'CCONJ' || u === 'ADV') continue;
        if (u === 'VERB' && this.dep[v] === 'conj' && this.head[v] > o && this.head[v] < c) {
          const g = governor(this.head[v]);
          if (g >= 0 && this.attach(v, g, 'conj')) changed = true;
        }
        break;
      }
    }
    return changed;
  }

  /**
   * "Qomi, who met Foreign Minister Zebari last week, said Tehran ...": a root verb whose
   * subject is a relative "who"/"which" right after a comma and a name is the relative
   * clause of that name (no question: the sentence does not end with "?"); the finite verb
   * after the clause's closing comma, hung inside it (ccomp, conj, parataxis), is the main
   * verb, the name its subject. A subject the parser gave that verb from inside the
   * relative clause ("Zebari") is the relative verb's object. True when it rewrote.
   */
  private relativeRoot(): boolean {
    const n = this.n;
    const form = (k: number) => this.doc.form[this.a + k];
    if (n < 6 || form(n - 1) === '?') return false;
    // The relative verb: the first verb, its subject "who"/"which" after a comma and a name.
    let r = -1;
    for (let k = 0; k < n && r < 0; k++) if (this.upos(k) === 'VERB') r = k;
    if (r < 0) return false;
    // "X, whose coalition depends on ..., said": the possessive relative word (the parser's
    // subject, or the possessor of the subject noun) after the comma.
    let w = this.kid(r, 'nsubj');
    if (w >= 0 && !/^(who|which|whose)$/i.test(form(w))) for (const c of this.kids(w)) if (c < w && this.dep[c] === 'nmod:poss' && /^whose$/i.test(form(c))) w = c;
    if (w < 2 || w > r || !/^(who|which|whose)$/i.test(form(w)) || form(w - 1) !== ',') return false;
    // The name before the comma, climbed to its phrase's head, hung on the relative verb.
    let x = w - 2;
    while (this.head[x] >= 0 && this.head[x] < w - 1 && ['flat', 'compound', 'amod', 'det', 'nmod:desc'].includes(this.dep[x])) x = this.head[x];
    if (!['PROPN', 'NOUN', 'INTJ', 'X'].includes(this.upos(x)) || this.head[x] !== r) return false;
    for (let k = 0; k < w - 1; k++) if (this.upos(k) === 'AUX') return false;
    // The main verb: the relative verb's head after it ("met/advcl ... said/root"), else the
    // first finite verb after it inside its subtree ("met/root ... said/ccomp").
    let v = -1;
    const h = this.head[r];
    if (h > r && this.upos(h) === 'VERB' && ['advcl', 'ccomp', 'parataxis', 'dep'].includes(this.dep[r])) v = h;
    else if (h < 0) {
      for (let k = r + 2; k < n && v < 0; k++) {
        if (this.upos(k) !== 'VERB' || !this.inSubtree(k, r)) continue;
        if (!['VBD', 'VBZ', 'VBP'].includes(this.xpos(k)) && this.kid(k, 'aux') < 0) continue;
        if (!['ccomp', 'conj', 'parataxis', 'advcl'].includes(this.dep[k])) return false;
        v = k;
      }
    }
    if (v < 0 || this.kid(v, 'mark') >= 0) return false;
    let k = -1;
    for (let j = v - 1; j > r && k < 0; j--) if (form(j) === ',') k = j;
    if (k < 0) return false;
    // Words between the comma and the verb other than adverbs and its auxiliaries ("..., has
    // backed"): not this construction.
    for (let j = k + 1; j < v; j++) if (this.upos(j) !== 'ADV' && !(this.upos(j) === 'AUX' && this.head[j] === v)) return false;
    const s = this.kid(v, 'nsubj');
    // Its own subject after the comma ("..., Iran said") leaves no place for the name.
    if (s > k) return false;
    if (!this.attach(v, h < 0 ? -1 : this.head[v], h < 0 ? 'root' : this.dep[v])) return false;
    this.attach(x, v, 'nsubj');
    this.attach(r, x, 'acl:relcl');
    // "... feuded with Sudan/obl(accused), has accused": the relative clause's words before the comma.
    for (const c of Array.from(this.kids(v))) if (c > r && c < k && this.dep[c] !== 'aux' && this.dep[c] !== 'punct') this.attach(c, r, this.dep[c]);
    if (s >= 0 && s > r) {
      this.attach(s, r, this.kid(r, 'obj') < 0 ? 'obj' : 'obl:unmarked');
      // "last week" hung on the misplaced subject belongs to the relative verb.
      for (const c of Array.from(this.kids(s))) if (c > s && c < k && this.dep[c] === 'appos' && this.upos(c) === 'NOUN') this.attach(c, r, 'obl:unmarked');
    }
    this.index();
    for (const c of Array.from(this.kids(r))) if (c > k && c !== v) this.attach(c, v, this.dep[c]);
    for (const c of Array.from(this.kids(x))) if (c > k && c !== v && c !== r) this.attach(c, v, this.dep[c]);
    this.attach(k, x, 'punct');
    return true;
  }

  /**
   * "Allawi, a secular Shiite who is running at the head of his own list, appealed to Sunnis ...", "Mashhadani, a Sunni
   * who has clashed with the blocs, adjourned ...": a description opened by "a"/"an" after a name and its comma, with a
   * relative clause in it and closed by a comma right before a finite verb, is the name's apposition, the name that
   * verb's subject. The parser may take a word of the description ("secular", "a Sunni") for the verb's subject and
   * the verb for a relative clause of the name. Rewrites only a verb whose subject is missing or inside the
   * description; true when it rewrote.
   */
  private describedSubject(): boolean {
    const n = this.n;
    const form = (k: number) => this.doc.form[this.a + k];
    const finite = (k: number) => this.upos(k) === 'AUX' || (this.upos(k) === 'VERB' && ['VBD', 'VBZ', 'VBP'].includes(this.xpos(k)));
    let done = false;
    for (let i = 1; i + 4 < n; i++) {
      if (form(i) !== ',' || !/^(a|an)$/i.test(form(i + 1))) continue;
      let h = i - 1;
      while (this.head[h] >= 0 && this.head[h] < i && ['flat', 'compound', 'nmod:desc'].includes(this.dep[h])) h = this.head[h];
      if (this.upos(h) !== 'PROPN') continue;
      // The relative word, before any finite verb of the description, and the closing comma.
      let rel = -1;
      let j = -1;
      for (let k = i + 2; k < n && k <= i + 30 && j < 0; k++) {
        if (form(k) === ',') j = k;
        else if (rel < 0 && /^(who|which|whose|that)$/i.test(form(k))) rel = k;
        else if (rel < 0 && finite(k)) break;
      }
      if (rel < 0 || j < 0 || rel < i + 3) continue;
      let v = j + 1;
      while (v < n && (this.upos(v) === 'ADV' || this.upos(v) === 'AUX')) v++;
      // (A past form tagged as a participle too, unless a "by" phrase follows it: "..., backed by X, ...".)
      if (v >= n || this.upos(v) !== 'VERB' || !(finite(j + 1) || (v === j + 1 && this.xpos(v) === 'VBN' && this.up[v + 1] !== 'BY'))) continue;
      const s = this.kid(v, 'nsubj');
      if (s >= 0 ? s < i || s > j : !this.inSubtree(v, h)) continue;
      // The description's noun: the word before the relative word.
      const d = rel - 1;
      if (!['NOUN', 'PROPN', 'ADJ'].includes(this.upos(d))) continue;
      // The relative clause's verb.
      let r = this.head[rel];
      if (/^whose$/i.test(form(rel)) && r >= 0) r = this.head[r];
      if (r <= rel || r >= j || this.upos(r) !== 'VERB') continue;
      const up = this.head[h];
      if (this.inSubtree(v, h) ? !this.attach(v, up, up < 0 ? 'root' : this.dep[h]) : false) continue;
      if (!this.attach(h, v, 'nsubj')) continue;
      this.attach(d, h, 'appos');
      this.attach(r, d, 'acl:relcl');
      for (let k = i; k <= j; k++) {
        if (k === d || (this.head[k] >= i && this.head[k] <= j)) continue;
        const u = this.upos(k);
        this.attach(k, d, u === 'PUNCT' ? 'punct' : u === 'DET' ? 'det' : u === 'ADJ' ? 'amod' : 'compound');
      }
      // What hung on the name after the description (the full stop) is the verb's.
      this.index();
      for (const c of Array.from(this.kids(h))) if (c > j) this.attach(c, v, this.dep[c]);
      done = true;
    }
    return done;
  }

  /** Ids of a block's patterns that can match this sentence (key word present), sorted. */
  candidates(block: VerbBlock): number[] {
    const ids = block.always.slice();
    for (const w of this.words) {
      const list = block.byWord.get(w);
      if (list) for (const id of list) ids.push(id);
    }
    return ids.sort((x, y) => x - y);
  }

  lemma(k: number): string {
    return this.doc.lemma[this.a + k];
  }
  upos(k: number): string {
    if (this.nouned.has(k)) return 'NOUN';
    return UPOS[this.doc.upos[this.a + k]] ?? '_';
  }
  /** First child of `k` with relation `rel` (exact, or any subtype when `rel` ends with ':'). */
  kid(k: number, rel: string): number {
    for (let j = this.kidStart[k]; j < this.kidStart[k + 1]; j++) {
      const c = this.kidList[j];
      if (this.dep[c] === rel) return c;
    }
    return -1;
  }
  kids(k: number): Int32Array {
    return this.kidList.subarray(this.kidStart[k], this.kidStart[k + 1]);
  }
  /** The token of a mention whose head lies outside it (its syntactic head). */
  synHead(m: ActorMention): number {
    for (let k = m.start; k < m.end; k++) {
      const h = this.head[k];
      if (h < m.start || h >= m.end) return k;
    }
    return m.head;
  }
}

/** Relations whose subtrees are other clauses: not searched for a verb's arguments. */
const CLAUSAL = new Set(['acl:relcl', 'advcl', 'parataxis', 'conj', 'advcl:relcl', 'list', 'dislocated']);

/** Result of matching one pattern. */
interface Match {
  score: number;
  src: number;
  tgt: number;
  cmp: number;
  cmpPre: boolean;
  /** Token positions of the matched pattern words. */
  words: number[];
}

/** Build a coder from a verb dictionary and an actor matcher. */
export function createCoder(cfg: { verbs: VerbDictionary; actors: ActorMatcher; options?: CoderOptions }): Coder {
  const dict = cfg.verbs;
  const requireDyad = cfg.options?.requireDyad ?? true;
  const newActorLength = cfg.options?.newActorLength ?? 0;

  /** Match `elems` after the verb starting at `pos` (post) — returns score or -1. */
  function matchPost(st: Sent, elems: PatternElem[], k: number, pos: number, limit: number, m: Match): number {
    if (k === elems.length) return 0;
    const e = elems[k];
    const last = e.adj ? pos : limit - 1;
    if (e.k === 'skip' && !e.adj) {
      // `^` first skips through the next actor ("TABASKI ^ $": the actor after the next
      // one is the source), else a single word ("THEIR ^ ABOUT").
      for (let q = pos; q < limit; q++) {
        const mi = st.mentionStart[q];
        if (mi < 0) continue;
        const r = matchPost(st, elems, k + 1, st.mentions[mi].end, limit, m);
        if (r >= 0) return r + 1;
        break;
      }
    }
    for (let p = pos; p <= last && p < limit; p++) {
      if (e.k === 'w') {
        if (e.prep && st.upos(p) !== 'ADP' && st.upos(p) !== 'SCONJ') continue;
        const alts = e.byFirst ? e.byFirst.get(st.up[p]) : e.alts;
        if (!alts) continue;
        for (const alt of alts) {
          if (p + alt.length > limit) continue;
          let ok = true;
          for (let j = 0; j < alt.length; j++) if (st.up[p + j] !== alt[j]) ok = false;
          if (!ok) continue;
          // A pattern's last noun is no participle modifying an actor's name: "* the ruling" (a court's) is not "the
          // ruling Shiite parties", "the ruling party".
          const q = p + alt.length - 1;
          if (k === elems.length - 1 && st.dep[q] === 'amod' && st.head[q] > q && st.upos(q) === 'VERB' && st.mentionAt[st.head[q]] >= 0) continue;
          const r = matchPost(st, elems, k + 1, p + alt.length, limit, m);
          if (r >= 0) {
            for (let j = 0; j < alt.length; j++) m.words.push(p + j);
            return r + alt.length;
          }
        }
      } else {
        const mi = st.mentionStart[p];
        // A slot may start with a determiner ("the Gondor").
        const mj = mi < 0 && p + 1 < limit && st.upos(p) === 'DET' ? st.mentionStart[p + 1] : -1;
        const hit = mi >= 0 ? mi : mj;
        if (e.k === 'skip' && hit < 0) {
          // `^` skips an actor phrase when there is one here, else a single word.
          const r = matchPost(st, elems, k + 1, p + 1, limit, m);
          if (r >= 0) return r;
          continue;
        }
        if (hit < 0 || (e.k === 'cmp' && !coordinated(st, hit)) || (e.k === 'tgt' && (requester(st, hit) || reasonVictim(st, hit))) || relativeOfThing(st, hit, pos)) continue;
        const r = matchPost(st, elems, k + 1, st.mentions[hit].end, limit, m);
        if (r >= 0) {
          if (e.k === 'src') m.src = hit;
          else if (e.k === 'tgt') m.tgt = hit;
          else if (e.k === 'cmp') {
            m.cmp = hit;
            m.cmpPre = false;
          }
          return r + 1;
        }
      }
    }
    return -1;
  }

  /** Match `elems` before the verb, right to left, element `k` ending at or before `pos`. */
  function matchPre(st: Sent, elems: PatternElem[], k: number, pos: number, m: Match, floor = 0): number {
    if (k < 0) return 0;
    const e = elems[k];
    const lowest = e.adj ? pos : floor;
    for (let p = pos; p >= lowest && p >= 0; p--) {
      if (e.k === 'w') {
        if (e.prep && st.upos(p) !== 'ADP' && st.upos(p) !== 'SCONJ') continue;
        const alts = e.byLast ? e.byLast.get(st.up[p]) : e.alts;
        if (!alts) continue;
        for (const alt of alts) {
          const s0 = p - alt.length + 1;
          if (s0 < 0) continue;
          let ok = true;
          for (let j = 0; j < alt.length; j++) if (st.up[s0 + j] !== alt[j]) ok = false;
          if (!ok) continue;
          const r = matchPre(st, elems, k - 1, s0 - 1, m, floor);
          if (r >= 0) {
            for (let j = 0; j < alt.length; j++) m.words.push(s0 + j);
            return r + alt.length;
          }
        }
      } else {
        const mi = st.mentionEnd[p];
        if (e.k === 'skip' && mi < 0) {
          const r = matchPre(st, elems, k - 1, p - 1, m, floor);
          if (r >= 0) return r;
          continue;
        }
        if (mi < 0 || (e.k === 'cmp' && !coordinated(st, mi)) || (e.k === 'tgt' && (requester(st, mi) || reasonVictim(st, mi)))) continue;
        const r = matchPre(st, elems, k - 1, st.mentions[mi].start - 1, m, floor);
        if (r >= 0) {
          if (e.k === 'src') m.src = mi;
          else if (e.k === 'tgt') m.tgt = mi;
          else if (e.k === 'cmp') {
            m.cmp = mi;
            m.cmpPre = true;
          }
          return r + 1;
        }
      }
    }
    return -1;
  }

  /** Match one pattern into the scratch `m` (reset here); false when it does not match. */
  function matchPattern(st: Sent, p: VerbPattern, vs: number, ve: number, limit: number, m: Match, floor = 0): boolean {
    for (const w of p.required) if (!st.words.has(w)) return false;
    m.score = 0;
    m.src = m.tgt = m.cmp = -1;
    m.cmpPre = false;
    m.words.length = 0;
    const a = matchPre(st, p.pre, p.pre.length - 1, vs - 1, m, floor);
    if (a < 0) return false;
    const b = matchPost(st, p.post, 0, ve + 1, limit, m);
    if (b < 0) return false;
    m.score = a + b;
    return true;
  }

  /** Multiword verb check: returns the verb span [vs, ve] or null. */
  function multiSpan(st: Sent, v: number, e: VerbEntry): [number, number] | null {
    let vs = v;
    for (let j = e.pre.length - 1; j >= 0; j--) {
      vs--;
      if (vs < 0 || st.up[vs] !== e.pre[j]) return null;
    }
    let ve = v;
    let adjacent = true;
    for (let j = 0; j < e.post.length; j++) {
      if (ve + 1 < st.n && st.up[ve + 1] === e.post[j]) ve++;
      else {
        adjacent = false;
        break;
      }
    }
    if (adjacent) return [vs, ve];
    // A separated particle ("broke the talks off") is a compound:prt child.
    if (e.post.length === 1) {
      for (const c of st.kids(v)) if (st.dep[c] === 'compound:prt' && st.up[c] === e.post[0]) return [vs, v];
      // s12: the particle right after the verb's object noun, parsed as a preposition ("had driven the militants out
      // of most of the town": "out" the case of "most").
      const o = st.kid(v, 'obj');
      // Only adverbial particles: "called the prime minister on Monday" is no "call on", "turned down the demand to
      // bar troops" no "turn to"; nor one opening a clause.
      const q = o + 1;
      const particle = q < st.n && st.up[q] === e.post[0] && SEPARABLE.has(e.post[0]) && (st.upos(q) === 'ADP' || st.upos(q) === 'ADV');
      if (o > v && particle && !(q + 1 < st.n && (st.upos(q + 1) === 'VERB' || st.upos(q + 1) === 'AUX'))) return [vs, v];
    }
    return null;
  }

  /**
   * Whether child `c` of a verb is a clause of its own beside it: a finite verb conjoined
   * with "and"/"but" ("... and said he was ready"), or a parataxis with its own subject
   * (", a spokesman said"). Conjuncts without a conjunction or non-finite ones are as
   * often noun phrases the parser took for verbs ("a bombing and shelling offensive").
   */
  function separateClause(st: Sent, c: number): boolean {
    if (st.dep[c] === 'parataxis') return st.kid(c, 'nsubj') >= 0 || st.kid(c, 'nsubj:pass') >= 0;
    // "..., setting up checkpoints, as/mark Maliki/nsubj warned the militias": a finite clause of time or
    // circumstance with a subject of its own after a comma (src/events/coder.ts, 30 often hangs it on the trailing
    // participle) is its own event; its actors are nobody the verb before it acts on.
    if (st.dep[c] === 'advcl' && st.kid(c, 'nsubj') >= 0) {
      const mk = st.kid(c, 'mark');
      if (mk >= 1 && mk < c && /^(AS|WHILE|WHEREAS)$/.test(st.up[mk]) && st.doc.form[st.a + mk - 1] === ',') return true;
    }
    if (st.dep[c] !== 'conj' || st.kid(c, 'cc') < 0) return false;
    const x = XPOS[st.doc.xpos[st.a + c]];
    return x === 'VBD' || x === 'VBZ' || x === 'VBP' || st.kid(c, 'aux') >= 0 || st.kid(c, 'nsubj') >= 0;
  }

  /**
   * First token of a conjoined clause with its own subject ("..., killing two soldiers,
   * and a U.S. raid ... killed": from "and"), which patterns before the verb stay within;
   * 0 for other verbs.
   */
  function clauseStart(st: Sent, v: number): number {
    // "dropped two bombs on a building where militiamen were firing on troops": the noun's clause is no
    // part of its relative clause (the bombs are not the militiamen's).
    if (st.dep[v] === 'acl:relcl' && (st.kid(v, 'nsubj') >= 0 || st.kid(v, 'nsubj:pass') >= 0)) {
      let lo = v;
      for (let k = v - 1; k >= 0; k--) if (st.inSubtree(k, v)) lo = k;
      return lo;
    }
    // Only a conjoined clause: the words of a governing clause may be a pattern's
    // ("indicated ... * [123]": PETRARCH matches them).
    if (st.dep[v] !== 'conj' && st.dep[v] !== 'parataxis') return 0;
    if (st.kid(v, 'nsubj') < 0 && st.kid(v, 'nsubj:pass') < 0) return 0;
    let lo = v;
    const stack = [v];
    while (stack.length > 0) {
      const k = stack.pop()!;
      if (k < lo) lo = k;
      for (const c of st.kids(k)) if (!(k === v && separateClause(st, c))) stack.push(c);
    }
    return lo;
  }

  /**
   * A speech participle set off by a comma after its verb ("rejected the charge, saying the constitution gave it the
   * right to return laws"): a statement of its own, whose words are no pattern's of the verb it follows (other
   * participles, "marched, chanting against the occupation", still name the verb's target).
   */
  function trailingParticiple(st: Sent, c: number, any = false): boolean {
    if (st.dep[c] !== 'advcl' || XPOS[st.doc.xpos[st.a + c]] !== 'VBG' || !(any || TRAILING_SPEECH.has(st.lemma(c).toLowerCase()))) return false;
    // ("vetoed the law, sending it back to parliament": a participle done to the verb's own object, named by a
    // pronoun, goes on with the same act.)
    // (Naming it something is no act on it: "..., calling it a betrayal of a promise to the Kurds".)
    if (any && !TRAILING_SPEECH.has(st.lemma(c).toLowerCase()) && !NAMING.has(st.lemma(c).toLowerCase()) && st.kid(c, 'obj') >= 0 && st.upos(st.kid(c, 'obj')) === 'PRON') return false;
    let lo = c;
    for (const k of st.kids(c)) if (k < lo && st.dep[k] !== 'punct') lo = k;
    return lo > 0 && st.doc.form[st.a + lo - 1] === ',';
  }

  /** Last token of the verb's own clause: its subtree minus conjoined/parataxis clauses. */
  function clauseEnd(st: Sent, v: number, participles = false): number {
    let end = v;
    // The first word of a later conjoined clause ("called on X to ... and said he was
    // ready to mediate"): the verb's own clause stops before it, whatever hangs after it
    // (the final full stop hangs on the root verb and would reach the sentence's end).
    let cap = st.n;
    for (const c of st.kids(v)) {
      if (c < v || !(separateClause(st, c) || trailingParticiple(st, c, participles))) continue;
      let lo = c;
      const sub = [c];
      while (sub.length > 0) {
        const k = sub.pop()!;
        if (k < lo) lo = k;
        for (const x of st.kids(k)) sub.push(x);
      }
      if (lo > v && lo < cap) cap = lo;
    }
    const stack = [v];
    while (stack.length > 0) {
      const k = stack.pop()!;
      if (k > end && k < cap) end = k;
      for (const c of st.kids(k)) {
        if (k === v && (st.dep[c] === 'conj' || st.dep[c] === 'parataxis')) continue;
        stack.push(c);
      }
    }
    return end;
  }

  /** Actor mentions for an argument headed by `h`: nearest in its subtree, plus conjuncts. */
  function actorsFor(st: Sent, h: number, out: number[], seen?: Set<number>, things = false): void {
    if (!seen) {
      actorsFor(st, h, out, new Set(), things);
      distributeAgents(st, out);
      return;
    }
    // Conjunct expansion can revisit a head when a mention straddles a bad parse; and it
    // recurses once per conjunct, so a pathological coordination is cut off.
    if (seen.has(h) || seen.size >= MAX_CONJUNCTS) return;
    seen.add(h);
    let found = -1;
    // A place named as where ("In Washington, President Bush ...") yields to any actor.
    const better = (mi: number, cur: number): boolean => {
      const pv = venue(st, mi);
      const cv = venue(st, cur);
      if (pv !== cv) return cv;
      return st.mentions[mi].start < st.mentions[cur].start;
    };
    {
      // The leftmost mention in the argument's own subtree (other clauses not entered), as
      // TABARI took the first actor of a phrase: it survives attachment errors that a
      // nearest-to-head rule does not, and prefers "Bree Prime Minister" to "Romendacil".
      // First without participial modifiers: "a government-backed Sunni force" is the
      // Sunni force; the government only backs it (taken when nothing else is named).
      for (const participles of [false, true]) {
        const stack = [h];
        while (stack.length > 0) {
          const k = stack.pop()!;
          const mi = st.mentionAt[k];
          if (mi >= 0 && !(things && modifierOnly(st, mi)) && !relationalPossessor(st, mi) && (found < 0 || better(mi, found))) found = mi;
          for (const c of st.kids(k)) {
            if (CLAUSAL.has(st.dep[c])) continue;
            if (otherParticipants(st, k, c)) {
              // Only an actor the participle itself names stands for the noun ("memos sent by X").
              for (const y of st.kids(c)) if (aclArgument(st, y)) stack.push(y);
              continue;
            }
            if (!participles && c !== h && st.dep[c] === 'amod' && st.upos(c) === 'VERB' && st.mentionAt[c] < 0) continue;
            stack.push(c);
          }
        }
        if (found >= 0) break;
      }
    }
    // "Sadr's 30 lawmakers", "Sadr's political office": the head noun resolved as the
    // possessor's group (coreference) is the actor, not the possessor named first.
    // "Liwa X, the head of Sadr's political office" alike (the group anywhere in the argument).
    if (found >= 0) {
      const ph = st.synHead(st.mentions[found]);
      const gm = st.dep[ph] === 'nmod:poss' && st.head[ph] >= 0 ? st.mentionAt[st.head[ph]] : -1;
      if (gm >= 0 && gm !== found && (st.mentions[gm].via === 'group' || namedBody(st.mentions[gm]))) found = gm;
    }
    if (found >= 0) found = possessorAgent(st, found);
    if (found >= 0) found = partyOfAgent(st, found);
    if (found >= 0) found = namedApposition(st, found);
    if (found >= 0 && !out.includes(found)) out.push(found);
    // Conjuncts of the argument head, of the mention's head, and of words inside the
    // mention ("the ambassadors of A, B and C": B and C hang on A).
    const fm = found >= 0 ? st.mentions[found] : null;
    const sh = fm ? st.synHead(fm) : h;
    const visit = (x: number, inner: boolean): void => {
      for (const c of st.kids(x)) {
        // Only nominal conjuncts: a conjoined clause ("..., an official said") is not an argument.
        if (!isConjunct(st, x, c) || st.upos(c) === 'VERB' || st.kid(c, 'nsubj') >= 0 || reportingSubject(st, c) || coSpeaker(st, c)) continue;
        const sub: number[] = [];
        actorsFor(st, c, sub, seen, things);
        for (const mi of sub) {
          const d = fm ? shareModifier(st, fm, mi, inner) : mi;
          // "Sunni protesters in Samarra and Ramadi": a town conjoined in the mention's place
          // phrase is the same group again ("lawmakers in Fornost and Gondor" are two).
          if (inner && fm && locative(st, x) && st.mentions[d].code === fm.code) continue;
          if (!out.includes(d)) out.push(d);
        }
      }
    };
    visit(h, false);
    if (sh !== h) visit(sh, false);
    if (fm) for (let k = fm.start; k < fm.end; k++) if (k !== sh && k !== h) visit(k, true);
    // "sanctions on Sudan and South Sudan" parsed as one compound noun: a mention right
    // after "and"/"or" inside the same phrase is a further conjunct.
    for (let f = fm; f !== null; ) {
      const cc = f.end;
      const next = cc + 1 < st.n && st.dep[cc] === 'cc' && /^(and|or)$/i.test(st.doc.form[st.a + cc]) ? st.mentionAt[cc + 1] : -1;
      if (next < 0 || st.mentions[next].start !== cc + 1) break;
      const a = st.synHead(f);
      const b = st.synHead(st.mentions[next]);
      if (!(st.inSubtree(a, b) || st.inSubtree(b, a) || st.head[a] === st.head[b])) break;
      // "protesters in Samarra and Ramadi": a place conjoined to a place phrase of the mention.
      if (st.dep[b] === 'conj' && st.head[b] >= 0 && locative(st, st.head[b]) && stateOf(st.mentions[next].code) === stateOf(f.code)) break;
      f = st.mentions[next];
      const nm = f;
      if (!out.some((x) => st.mentions[x].start === nm.start && st.mentions[x].end === nm.end)) out.push(next);
    }
  }

  /**
   * "guards protecting the shrine of Imam Hussein", "any constitution approved by the Iraqi
   * people", "any member found to have fired on pilgrims": the actors of a reduced relative
   * (`acl` participle) of a noun that names no actor take part in another act, not in the
   * argument's; the noun itself is the (unnamed) argument, unless the participle names the
   * actor itself (`via`, its object or agent: "a parade supporting X", "memos sent by X" are
   * for X or X's, as PETRARCH codes them). Participles of belonging and carrying name whose the noun is or who it holds ("guards working for Blackwater",
   * "men suspected of belonging to al Qaeda", "a convoy carrying officials"): kept.
   */
  function otherParticipants(st: Sent, k: number, c: number, via = -1): boolean {
    if (st.dep[c] !== 'acl' || st.mentionAt[k] >= 0 || st.mentionAt[c] >= 0) return false;
    if (via >= 0 && st.head[via] === c && aclArgument(st, via)) return false;
    const u = st.upos(k);
    if (u !== 'NOUN' && u !== 'PRON' && u !== 'NUM') return false;
    const x = XPOS[st.doc.xpos[st.a + c]];
    // (A past form hung as acl is a participle the tagger took for a finite verb.)
    if (x !== 'VBN' && x !== 'VBG' && x !== 'VBD') return false;
    // A clause with its own subject or complementizer is no reduced relative ("told a news conference/acl that X ...").
    if (st.kids(c).some((y) => st.dep[y].startsWith('nsubj') || st.dep[y] === 'mark' || st.dep[y] === 'aux')) return false;
    // "a roadside bomb planted by X": who planted a weapon used it.
    if (WEAPONS.has(st.lemma(k).toLowerCase())) return false;
    const l = st.lemma(c).toLowerCase();
    // "men believed to be members of X": who they are, not what they did.
    for (const y of st.kids(c)) if (st.dep[y] === 'xcomp' && st.kids(y).some((z) => st.dep[z] === 'cop')) return false;
    const f = st.doc.form[st.a + c].toLowerCase();
    // The form's stems too: the lemmatizer may miss a doubled consonant ("manned" -> "manne").
    const stems = [l, f.replace(/(ed|ing)$/, ''), f.replace(/([b-df-hj-np-tv-z])\1(ed|ing)$/, '$1'), f.replace(/(d|ing)$/, '')];
    // "men suspected of planning attacks on government offices", "accused of helping the
    // bomber": a suspicion names whom the men are linked to only through a verb of belonging
    // ("suspected of belonging to al Qaeda"); another act's actors are its victims or partners.
    if (/^(suspect|accuse)/.test(l)) {
      const act = st.kids(c).find((y) => (st.dep[y] === 'advcl' || st.dep[y] === 'acl' || st.dep[y] === 'xcomp') && st.upos(y) === 'VERB');
      if (act !== undefined && !BELONGING.has(st.lemma(act).toLowerCase())) return true;
    }
    return !stems.some((w) => BELONGING.has(w) || (x !== 'VBG' && GUARDED.has(w)));
  }

  /** Whether `k` heads a place phrase ("in Samarra"): its own preposition is locative. */
  function locative(st: Sent, k: number): boolean {
    const cs = st.kid(k, 'case');
    return cs >= 0 && cs < k && LOCATIVE.has(st.up[cs]);
  }

  /**
   * Whether `y`, a dependent of a participle modifying a noun, is an actor the participle
   * names as the noun's sender or beneficiary ("memos sent by/from X", "a parade supporting
   * X"); other agents only set, approve or broker the thing ("a truce brokered by X").
   */
  function aclArgument(st: Sent, y: number): boolean {
    if (st.mentionAt[y] < 0) return false;
    const d = st.dep[y];
    if (d === 'obj' || d === 'iobj') return true;
    if (d !== 'obl:agent' && d !== 'obl') return false;
    const cs = st.kid(y, 'case');
    if (cs < 0 || (st.up[cs] !== 'BY' && st.up[cs] !== 'FROM')) return false;
    // Only a sender: "a deadline set by X", "a constitution approved by X", "a truce brokered by X" are not X's acts on anyone.
    const c = st.head[y];
    return c >= 0 && SENDING.has(st.lemma(c).toLowerCase());
  }

  /**
   * "negotiate with outlaws who hide in a mosque": an actor inside a relative clause of a
   * noun that names no actor, the noun lying after `from` (the slot's search start), is not a
   * slot's filler: the relative clause is another clause, and the noun it describes is the
   * argument (unnamed). Relatives with a complementizer are a noun's content, not relatives.
   */
  function relativeOfThing(st: Sent, mi: number, from: number): boolean {
    const start = st.mentions[mi].start;
    for (let k = st.synHead(st.mentions[mi]), d = 0, prev = -1; k >= 0 && d <= st.n; prev = k, k = st.head[k], d++) {
      const h = st.head[k];
      if (h < from || h >= start) return false;
      // A reduced relative alike ("traded fire with guards protecting the shrine of X").
      if (otherParticipants(st, h, k, prev)) return true;
      if (st.dep[k] !== 'acl:relcl' || st.kid(k, 'mark') >= 0) continue;
      if ((st.upos(h) === 'NOUN' || st.upos(h) === 'PROPN') && st.mentionAt[h] < 0) return true;
      // s17-actors: "ordered the arrest of those who had attacked lawmakers", "to arrest anyone who attacked X": the
      // people the relative clause describes are the ones acted on, not the actors inside it.
      if (st.mentionAt[h] < 0 && RELATIVE_HEAD_PRONOUNS.has(st.doc.form[st.a + h].toLowerCase())) return true;
    }
    return false;
  }

  /**
   * "at the government's request", "at the invitation of Baghdad", "on Maliki's orders": the
   * one who asked for an act is not the one it is done to (nor an actor of a pattern's slot).
   */
  function requester(st: Sent, mi: number): boolean {
    let h = st.synHead(st.mentions[mi]);
    // s15: "under the cover of the American jets": an actor named as the adjective of the noun the adjunct names.
    if ((st.dep[h] === 'amod' || st.dep[h] === 'compound') && st.head[h] > h && st.mentionAt[st.head[h]] < 0 && !REQUEST_NOUNS.has(st.lemma(st.head[h]).toLowerCase()) && ['NOUN', 'PROPN'].includes(st.upos(st.head[h]))) h = st.head[h];
    const p = st.head[h];
    if (p < 0 || st.mentionAt[p] >= 0 || !REQUEST_NOUNS.has(st.lemma(p).toLowerCase())) return false;
    // Only the adjunct of manner ("at X's request"): "rejected Eritrea's request" answers Eritrea.
    if (!st.kids(p).some((c) => st.dep[c] === 'case' && ADJUNCT_CASES.has(st.up[c]))) return false;
    // ("at the Iraqi request", "at U.S. request": the adjective or noun of the request names its maker too.)
    if (st.dep[h] === 'nmod:poss' || st.dep[h] === 'amod' || st.dep[h] === 'compound') return true;
    return st.dep[h] === 'nmod' && st.kids(h).some((c) => st.dep[c] === 'case' && st.up[c] === 'OF');
  }

  /**
   * "Iraq's neighbours", "Syria's allies": a state named only as the possessor of a noun for
   * other states related to it is not the one acted on (nor acting); those others are unnamed.
   */
  function relationalPossessor(st: Sent, mi: number): boolean {
    const h = st.synHead(st.mentions[mi]);
    const p = st.head[h];
    if (p < 0 || st.dep[h] !== 'nmod:poss' || st.mentionAt[p] >= 0) return false;
    return RELATIONAL.has(st.lemma(p).toLowerCase());
  }

  /**
   * A country-less agent word that only modifies a thing ("military aid", "a military
   * campaign", "police cars"): no actor takes part there.
   */
  function modifierOnly(st: Sent, mi: number): boolean {
    const m = st.mentions[mi];
    // Institutions only: "the Kurdish town" is where Kurds live.
    if (!m.code.startsWith('---') || !INSTITUTIONS.has(m.code.slice(3))) return false;
    const h = st.synHead(m);
    const p = st.head[h];
    if (p < 0 || (st.dep[h] !== 'amod' && st.dep[h] !== 'compound') || st.mentionAt[p] >= 0) return false;
    return st.upos(p) === 'NOUN';
  }

  /**
   * "Ithilen's awful and evil minister": a bare country that is the possessor (or a
   * modifier) of a noun the actor layer coded as an agent only (---GOV) composes with it
   * (ITHGOV), whatever words lie between. Returns the composed mention or `mi`.
   */
  function possessorAgent(st: Sent, mi: number): number {
    const m = st.mentions[mi];
    if (m.code.length !== 3 || m.code.startsWith('---') || m.code.startsWith('"')) return mi;
    const h = st.synHead(m);
    const d = st.dep[h];
    if (d !== 'nmod:poss' && d !== 'compound' && d !== 'amod') return mi;
    const a = st.mentionAt[st.head[h]];
    if (a < 0 || a === mi) return mi;
    // "the country's most powerful Shiite cleric": an agent the actor layer already gave the
    // possessor's country (the article's home) is the actor, not the country that owns it.
    // ("vetoed the country's new election law": the law's legislature, as the article layer reads a vetoed law.)
    if (d === 'nmod:poss' && st.mentions[a].code.length > 3 && st.mentions[a].code.startsWith(m.code)) return a;
    if (!st.mentions[a].code.startsWith('---')) return mi;
    const ag = st.mentions[a];
    st.mentions.push({
      start: Math.min(m.start, ag.start),
      end: Math.max(m.end, ag.end),
      head: ag.head,
      code: m.code + ag.code.slice(3),
      rule: `${m.rule} + ${ag.rule} (possessor)`,
    });
    return st.mentions.length - 1;
  }

  /**
   * "Another party in the coalition, the Orange Democratic Movement, backed ...": a generic
   * noun (an agent-only code, one the apposition's code refines: KENPTY -> KENPTYODM, or a
   * title coreference resolved elsewhere) with an apposition naming an actor is that actor.
   * Returns it or `mi`.
   */
  function namedApposition(st: Sent, mi: number): number {
    const m = st.mentions[mi];
    for (const c of st.kids(st.synHead(m))) {
      const a = st.mentionAt[c];
      if (st.dep[c] !== 'appos' || a < 0 || a === mi || st.upos(st.mentions[a].head) !== 'PROPN') continue;
      const ac = st.mentions[a].code;
      // A title resolved through coreference ("the party" -> an earlier party) yields to the name beside it.
      const titled = (m.via === 'title' || m.via === 'group') && st.mentions[a].via === undefined;
      if ((m.code.startsWith('---') && !ac.startsWith('---')) || (ac.startsWith(m.code) && ac.length > m.code.length) || titled) return a;
    }
    return mi;
  }

  /**
   * "Senator John Smith, of the Republican Party, ...": a country-less agent described by the
   * party or body it belongs to (a comma, then "of" and that body) takes the body's country
   * (USALEG). Returns the composed mention or `mi`.
   */
  function partyOfAgent(st: Sent, mi: number): number {
    const m = st.mentions[mi];
    if (!m.code.startsWith('---')) return mi;
    for (const c of st.kids(st.synHead(m))) {
      const cs = st.kid(c, 'case');
      const b = st.mentionAt[c];
      if (st.dep[c] !== 'nmod' || b < 0 || b === mi || cs < 0 || st.up[cs] !== 'OF' || cs < 1 || st.doc.form[st.a + cs - 1] !== ',') continue;
      const state = stateOf(st.mentions[b].code);
      if (state === null) continue;
      st.mentions.push({ ...m, code: state + m.code.slice(3), rule: `${m.rule} + ${st.mentions[b].rule} (body it belongs to)` });
      return st.mentions.length - 1;
    }
    return mi;
  }

  /**
   * "Lawmakers and officials in Fornost and Gondor": an agent-only conjunct (---LEG) takes
   * the country of each composed conjunct (FORGOV, GONGOV) -> FORLEG, GONLEG. Bare
   * countries ("Gondor and rebels") share nothing. Rewrites `out` in place.
   */
  function distributeAgents(st: Sent, out: number[]): void {
    if (out.length < 2) return;
    const prefixes: string[] = [];
    for (const mi of out) {
      const c = st.mentions[mi].code;
      if (c.length > 3 && !c.startsWith('---') && !c.startsWith('"')) {
        const pre = c.slice(0, c.length - 3);
        if (!prefixes.includes(pre)) prefixes.push(pre);
      }
    }
    if (prefixes.length === 0) return;
    for (let i = out.length - 1; i >= 0; i--) {
      const m = st.mentions[out[i]];
      if (!m.code.startsWith('---')) continue;
      const made: number[] = [];
      for (const pre of prefixes) {
        const d: ActorMention = { ...m, code: pre + m.code.slice(3), rule: `${m.rule} (+ country shared in coordination)` };
        delete (d as { codes?: string[] }).codes;
        st.mentions.push(d);
        made.push(st.mentions.length - 1);
      }
      out.splice(i, 1, ...made);
    }
  }

  /**
   * A modifier shared across a coordination applies to every conjunct: "Danish media and
   * government" -> the country of the first goes to an agent-only second (---GOV -> DNKGOV);
   * "ambassadors of A, B and C" -> the agent of the first goes to bare countries inside it
   * (B -> BGOV). Returns the index of a derived mention (added to the sentence) or `mi`.
   */
  function shareModifier(st: Sent, first: ActorMention, mi: number, inner: boolean): number {
    const m = st.mentions[mi];
    const fc = first.code;
    let code: string | null = null;
    // The first conjunct's code minus its own final 3-letter agent is the shared part
    // (DNKMUSMED -> DNKMUS), which replaces the "---" of an agent-only conjunct.
    // Only a composed first conjunct shares: "Gondor and rebels" are two actors.
    if (m.code.startsWith('---') && fc.length > 3 && !fc.startsWith('---') && !fc.startsWith('"') && !inner) {
      code = fc.slice(0, fc.length - 3) + m.code.slice(3);
    }
    else if (inner && m.code.length === 3 && fc.length > 3 && !fc.startsWith('---')) code = m.code + fc.slice(3);
    if (code === null || code === m.code) return mi;
    const derived: ActorMention = { ...m, code, rule: `${m.rule} (+ shared modifier of ${first.rule})` };
    delete (derived as { codes?: string[] }).codes;
    st.mentions.push(derived);
    return st.mentions.length - 1;
  }

  /**
   * Whether `c` is a conjunct of `x`: a `conj`, or a later nominal dependent carrying its
   * own "and" (a coordination the parser attached as nmod/appos).
   */
  function isConjunct(st: Sent, x: number, c: number): boolean {
    if (st.dep[c] === 'conj') return !appositiveConjunct(st, x, c);
    const nominal = (k: number) => st.upos(k) === 'PROPN' || st.upos(k) === 'NOUN';
    // Lists of names come out as `list` or `parataxis` between nominals.
    // A prepositional phrase is a modifier, whatever the parser hung it by ("Gunmen in police uniforms").
    if ((st.dep[c] === 'list' || st.dep[c] === 'parataxis') && nominal(c) && nominal(x) && st.kid(c, 'case') < 0) return true;
    return c > x && (st.dep[c] === 'nmod' || st.dep[c] === 'appos') && st.kid(c, 'cc') >= 0 && st.kid(c, 'case') < 0;
  }

  /**
   * "Rep. Tom Fenwick, an Ohio Democrat and former Marine, has accused ...": a description set off by a comma and
   * begun with "a"/"an", which the parser may hang as conjuncts of the name, is the name's apposition: neither its
   * first noun nor the ones coordinated with it are further actors.
   */
  function appositiveConjunct(st: Sent, x: number, c: number): boolean {
    if (c < x) return false;
    let first = -1;
    for (const k of st.kids(x)) if (k > x && st.dep[k] === 'conj' && (first < 0 || k < first)) first = k;
    if (first < 0 || first > c) return false;
    let s0 = first;
    for (let k = x + 1; k < first; k++) if (st.dep[k] !== 'punct' && st.inSubtree(k, first)) { s0 = k; break; }
    return s0 > 0 && st.doc.form[st.a + s0 - 1] === ',' && /^(a|an)$/i.test(st.doc.form[st.a + s0]);
  }

  /** The speaker of a reporting clause (", a Bree official said"): not a target of another verb. */
  function isSpeaker(st: Sent, mi: number): boolean {
    const h = st.synHead(st.mentions[mi]);
    // "..., according to an aide": the source of the report, not a participant.
    if (accordingTo(st, h)) return true;
    const p = st.head[h];
    if (p >= 0 && p > h && REPORTING.has(st.lemma(p).toLowerCase()) && (st.dep[h].startsWith('nsubj') || SUBJ_LIKE.has(st.dep[h]))) return true;
    return reportingSubject(st, h);
  }

  /**
   * "..., Iraqi police and tribal leaders said": the first of two coordinated speakers hung
   * as a conjunct of the object before them; the next "and" leads to the subject of a
   * reporting verb with no other verb in between.
   */
  function coSpeaker(st: Sent, c: number): boolean {
    for (let k = c + 1; k < st.n; k++) {
      const u = st.upos(k);
      if (u === 'VERB' || u === 'AUX') {
        if (!REPORTING.has(st.lemma(k).toLowerCase())) return false;
        for (const sb of st.kids(k)) if (sb > c && st.dep[sb] === 'nsubj' && st.kid(sb, 'cc') >= 0 && st.kid(sb, 'cc') > c) return true;
        return false;
      }
    }
    return false;
  }

  /** Whether the phrase of token `h` (through its modifiers) is "according to" it. */
  function accordingTo(st: Sent, h: number): boolean {
    let x = h;
    for (let d = 0; d < 8 && x >= 0; d++) {
      for (const c of st.kids(x)) if (c < x && st.up[c] === 'ACCORDING') return true;
      if (!['flat', 'compound', 'amod', 'nmod:poss', 'appos'].includes(st.dep[x])) break;
      x = st.head[x];
    }
    return false;
  }

  /** ", an official said" misparsed as a conjunct: a noun whose clause is a reporting verb. */
  function reportingSubject(st: Sent, c: number): boolean {
    for (const k of st.kids(c)) {
      if ((st.dep[k] === 'acl' || st.dep[k] === 'acl:relcl') && REPORTING.has(st.lemma(k).toLowerCase())) return true;
    }
    return false;
  }

  /** Whether mention `mi` is one conjunct of a coordination (`%` slots need one). */
  function coordinated(st: Sent, mi: number): boolean {
    const h = st.synHead(st.mentions[mi]);
    if (st.head[h] >= 0 && isConjunct(st, st.head[h], h)) return true;
    for (const c of st.kids(h)) if (isConjunct(st, h, c)) return true;
    return false;
  }

  /** All mentions coordinated with mention `mi` (itself included). */
  function coordination(st: Sent, mi: number): number[] {
    let top = st.synHead(st.mentions[mi]);
    while (st.head[top] >= 0 && isConjunct(st, st.head[top], top)) top = st.head[top];
    const out: number[] = [];
    actorsFor(st, top, out);
    // `mi` itself, unless it is already there (or as a derived copy sharing a modifier).
    const m = st.mentions[mi];
    if (!out.some((x) => st.mentions[x].start === m.start && st.mentions[x].end === m.end)) out.unshift(mi);
    return out;
  }

  function isPassive(st: Sent, v: number): boolean {
    if (st.kid(v, 'aux:pass') >= 0 || st.kid(v, 'nsubj:pass') >= 0) return true;
    // "were slapped and kicked/conj by protesters": a participle conjoined to a passive verb, with no subject or
    // auxiliary of its own, is passive too (s16-force, set 29).
    if (sharedPassive(st, v) >= 0) return true;
    // "the Iranians detained/acl by U.S. forces", "met the men detained/xcomp by ...": a
    // reduced relative with its agent.
    if (reducedPassive(st, v)) return true;
    // "was freed" tagged as a copula + adjective is still a passive verb.
    return st.upos(v) === 'ADJ' && st.kid(v, 'cop') >= 0;
  }

  /**
   * A past participle the parser hung as the complement of a verb after its object ("met the
   * men detained/xcomp by the police") with a "by" agent and no subject: a reduced relative on
   * the object, whose agent acts on it. (One parsed as the noun's own modifier, "the benchmarks
   * set/acl by X", describes the background: it stays uncoded, as the expert leaves it.)
   */
  function reducedPassive(st: Sent, v: number): boolean {
    return st.dep[v] === 'xcomp' && XPOS[st.doc.xpos[st.a + v]] === 'VBN' && st.kid(v, 'obl:agent') >= 0 && st.kid(v, 'nsubj') < 0 && st.kid(v, 'aux') < 0;
  }

  /** The noun a reduced passive relative describes (its patient), or -1. */
  function reducedPatient(st: Sent, v: number): number {
    if (!reducedPassive(st, v)) return -1;
    const p = st.head[v];
    if (p < 0) return -1;
    const o = st.kid(p, 'obj');
    return o >= 0 && o < v ? o : -1;
  }

  /**
   * The passive verb that participle `v` is conjoined to and shares its subject with ("were slapped and kicked/conj"),
   * or -1: `v` a past participle with no subject or auxiliary of its own, its head a passive verb.
   */
  function sharedPassive(st: Sent, v: number): number {
    const h = st.head[v];
    if (st.dep[v] !== 'conj' || h < 0 || h > v || XPOS[st.doc.xpos[st.a + v]] !== 'VBN') return -1;
    if (st.kid(v, 'nsubj') >= 0 || st.kid(v, 'nsubj:pass') >= 0 || st.kid(v, 'aux') >= 0 || st.kid(v, 'aux:pass') >= 0) return -1;
    return st.kid(h, 'aux:pass') >= 0 || st.kid(h, 'nsubj:pass') >= 0 ? h : -1;
  }

  function agentOf(st: Sent, v: number): number {
    const ag = st.kid(v, 'obl:agent');
    if (ag >= 0) return ag;
    // "were slapped and kicked by protesters": the agent the parser hung on the last conjunct is the first's too.
    if (st.kid(v, 'aux:pass') >= 0 || st.kid(v, 'nsubj:pass') >= 0) {
      for (const c of st.kids(v)) {
        if (c > v && sharedPassive(st, c) === v) {
          const a = st.kid(c, 'obl:agent');
          if (a >= 0) return a;
        }
      }
    }
    // ... and the one hung on the first conjunct after the last is the last's ("were slapped/root and kicked by").
    const sp = sharedPassive(st, v);
    if (sp >= 0 && st.kid(sp, 'obl:agent') > v) return st.kid(sp, 'obl:agent');
    const byPhrase = (x: number): number => {
      for (const c of st.kids(x)) {
        if (st.dep[c] !== 'obl') continue;
        for (const cc of st.kids(c)) if (st.dep[cc] === 'case' && st.up[cc] === 'BY') return c;
      }
      return -1;
    };
    const direct = byPhrase(v);
    if (direct >= 0) return direct;
    // "opposed earlier by X": the by-phrase often hangs on an adverb of the verb.
    for (const c of st.kids(v)) {
      if (st.dep[c] !== 'advmod') continue;
      const b = byPhrase(c);
      if (b >= 0) return b;
    }
    return -1;
  }

  /**
   * A weapon or attack with no actor in its phrase ("a roadside bomb", "a suicide attack",
   * "the blast"): a mention of its unidentified user (---UAF) over the phrase, or -1.
   */
  function weapon(st: Sent, h: number): number {
    if (st.upos(h) !== 'NOUN' || !WEAPONS.has(st.lemma(h).toLowerCase())) return -1;
    let lo = h;
    for (const c of st.kids(h)) {
      if (c < lo && (st.dep[c] === 'compound' || st.dep[c] === 'amod' || st.dep[c] === 'det' || st.dep[c] === 'nummod')) lo = c;
    }
    // "Israeli artillery shells": the user is named after all.
    const stack = [h];
    while (stack.length > 0) {
      const k = stack.pop()!;
      if (st.mentionAt[k] >= 0) return -1;
      for (const c of st.kids(k)) {
        // "by a roadside bomb near Baquba": the place where it went off names no user.
        const cs = st.dep[c] === 'nmod' ? st.kid(c, 'case') : -1;
        if (cs >= 0 && LOCATIVE.has(st.up[cs])) continue;
        if (!CLAUSAL.has(st.dep[c]) && st.dep[c] !== 'acl') stack.push(c);
      }
    }
    st.mentions.push({ start: lo, end: h + 1, head: h, code: '---UAF', rule: 'unidentified attacker (a weapon with no named user)' });
    return st.mentions.length - 1;
  }

  /**
   * "A U.S. raid on a village killed ...", "struck a U.S. patrol": an argument naming a
   * military operation or unit (`nouns`) whose only actor is a bare state modifying it is
   * that state's military. Rewrites `out`.
   */
  function militaryAgent(st: Sent, subj: number, out: number[], nouns: ReadonlySet<string>[] = [OPERATIONS, UNITS]): void {
    if (out.length !== 1 || st.upos(subj) !== 'NOUN' || !nouns.some((x) => x.has(st.lemma(subj).toLowerCase()))) return;
    const m = st.mentions[out[0]];
    if (m.code.length !== 3 || stateOf(m.code) === null) return;
    const h = st.synHead(m);
    // Through a model name in between ("U.S./compound(F-16) F-16/compound(jets) jets", "American AC-130 gunships";
    // s15-force, sets 6, 19, 27).
    let u = h;
    for (let d = 0; d < 3 && st.head[u] !== subj && st.head[u] > u && st.head[u] < subj && ['amod', 'compound', 'flat'].includes(st.dep[u]); d++) u = st.head[u];
    if (st.head[u] !== subj || !['amod', 'compound', 'nmod:poss'].includes(st.dep[h])) return;
    st.mentions.push({ ...m, code: m.code + 'MIL', rule: `${m.rule} (the state of a military operation: its forces)` });
    out[0] = st.mentions.length - 1;
  }

  /**
   * "Merkel, speaking at a rally in Berlin, criticised Putin": a finite verb the parser left
   * without a subject, right after a comma-delimited relative clause, participle or
   * apposition that follows the sentence's first actor: that actor is its subject. Only
   * when no subject was found otherwise; returns the mention or -1.
   */
  function commaSubject(st: Sent, v: number): number {
    const x = XPOS[st.doc.xpos[st.a + v]];
    const finite = x === 'VBD' || x === 'VBZ' || x === 'VBP' || (x === 'VBN' && st.kid(v, 'aux') < 0 && st.kid(v, 'aux:pass') < 0);
    if (!finite || st.dep[v] === 'xcomp' || st.kid(v, 'mark') >= 0) return -1;
    for (const c of st.kids(v)) if (st.dep[c].startsWith('nsubj') || st.dep[c].startsWith('csubj') || st.dep[c] === 'expl') return -1;
    let k = v - 1;
    while (k >= 0 && st.upos(k) === 'ADV') k--;
    if (k < 1 || st.doc.form[st.a + k] !== ',') return -1;
    // Back over at most three comma-delimited inserts to the actor before the first one.
    for (let q = k - 1, commas = 0; q >= 1 && k - q <= 40 && commas < 3; q--) {
      if (st.doc.form[st.a + q] !== ',') continue;
      commas++;
      const mi = st.mentionEnd[q - 1];
      if (mi < 0) continue;
      const m = st.mentions[mi];
      const after = st.up[q + 1];
      const opener = ['WHO', 'WHICH', 'WHOSE'].includes(after) || ['VBG', 'VBN'].includes(XPOS[st.doc.xpos[st.a + q + 1]] ?? '') ||
        ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(st.upos(q + 1));
      if (!opener) return -1;
      // The actor opens the sentence (after a determiner or a fronted adjunct's comma).
      let b = m.start - 1;
      while (b >= 0 && st.upos(b) === 'DET') b--;
      if (b >= 0 && st.doc.form[st.a + b] !== ',') return -1;
      for (let j = 0; j < m.start; j++) if (st.upos(j) === 'VERB') return -1;
      return mi;
    }
    return -1;
  }

  /**
   * Default source mentions of verb `v` (following control and coordination upwards). The
   * source of a report ("according to two lawmakers, a delegation flew ...") is never the
   * actor, however the parser attached it.
   */
  function sourceOf(st: Sent, v: number, depth = 0): number[] {
    const out = agentsOf(st, v, depth).filter((x) => !accordingTo(st, st.synHead(st.mentions[x])));
    // "In east Baghdad, U.S. and Iraqi troops raided ...": a place named as where, drawn into
    // the subject by a bad parse, is not one of the actors beside them.
    const actors = out.filter((x) => !venue(st, x));
    return actors.length > 0 ? actors : out;
  }

  function agentsOf(st: Sent, v: number, depth: number): number[] {
    const out: number[] = [];
    if (depth > 8) return out;
    const passive = isPassive(st, v);
    if (passive) {
      const ag = agentOf(st, v);
      if (ag >= 0) {
        actorsFor(st, ag, out);
        // "by a roadside bomb near Baquba": a place where the weapon went off is no attacker.
        if (out.length > 0 && !out.every((x) => venue(st, x))) return out;
        // "was killed by a bomb": an unidentified attacker, not the victim.
        const w = weapon(st, ag);
        if (w >= 0) return [w];
        if (out.length > 0) return out;
      }
      // "three protesters were killed when police opened fire": with no agent, whoever fired in the "when" clause
      // killed them (s16-force: sets 5, 26).
      if (ag < 0 && isHarmedWhen(st.lemma(v))) {
        for (const c of st.kids(v)) {
          // ("when" is the clause's mark or, as the parser often has it, its advmod.)
          const when = st.kids(c).some((k) => k < c && (st.dep[k] === 'mark' || st.dep[k] === 'advmod') && st.up[k] === 'WHEN');
          if (c < v || st.dep[c] !== 'advcl' || !when || !isFiringWhen(st.lemma(c))) continue;
          // (Not a pronoun: "a suspect was killed when he opened fire" is the victim's own fire.)
          const su = st.kid(c, 'nsubj');
          if (su < 0 || st.upos(su) === 'PRON') continue;
          actorsFor(st, su, out);
          if (out.length > 0) return out;
        }
      }
      const ps = st.kid(v, 'nsubj') < 0 ? st.kid(v, 'nsubj:pass') : -1;
      if (ps >= 0) {
        // "bombs were detonated": the weapon's user; "X was assassinated in a bomb attack":
        // the attack's. Otherwise a passive subject is still the source (PETRARCH).
        const w = weapon(st, ps);
        if (w >= 0) return [w];
        for (const c of st.kids(v)) {
          if (st.dep[c] !== 'obl' || c < v) continue;
          // "in a gun and bomb attack": any conjunct.
          for (const x of [c, ...Array.from(st.kids(c)).filter((k) => st.dep[k] === 'conj')]) {
            const wc = weapon(st, x);
            if (wc >= 0) return [wc];
          }
        }
      }
    }
    let subj = st.kid(v, 'nsubj') >= 0 ? st.kid(v, 'nsubj') : st.kid(v, 'nsubj:pass');
    if (subj < 0 && (st.dep[v] === 'advcl' || st.dep[v] === 'ccomp') && st.head[v] >= 0) {
      // "indicated it would act": a finite clause whose subject the parser made the object
      // of the verb before it.
      const o = st.kid(st.head[v], 'obj');
      const aux = st.kid(v, 'aux');
      if (o >= 0 && o < v && aux >= 0 && XPOS[st.doc.xpos[st.a + aux]] === 'MD') subj = o;
    }
    if (subj >= 0) {
      const lw = st.doc.form[st.a + subj].toLowerCase();
      if (REL_PRONOUNS.has(lw) && st.dep[v].startsWith('acl') && st.head[v] >= 0) {
        // "Siniora, a moderate Sunni who has clashed with Hezbollah": the relative clause of a description is
        // the described name's act.
        let d = st.head[v];
        // "Sen. Carl Hobbes of Virginia, who had urged ...": "who" is the person, not the place named after him.
        const dc = st.kid(d, 'case');
        const dm = st.mentionAt[d];
        if (lw === 'who' && st.dep[d] === 'nmod' && st.head[d] >= 0 && st.head[d] < d && dc >= 0 && /^(OF|FROM)$/.test(st.up[dc]) && dm >= 0 && st.mentions[dm].code.length === 3 && stateOf(st.mentions[dm].code) !== null)
          d = st.head[d];
        const named = st.dep[d] === 'appos' && st.head[d] >= 0 && st.head[d] < d ? st.head[d] : -1;
        if (named >= 0) actorsFor(st, named, out);
        if (out.length === 0) actorsFor(st, d, out);
      } else if ((lw === 'which' || lw === 'who') && subj > 0 && relativeAntecedent(st, subj) >= 0) {
        // ", which threatened ...": a relative clause the parser did not attach to its
        // noun; the actor just before the comma is its subject.
        out.push(...coordination(st, relativeAntecedent(st, subj)));
      } else {
        actorsFor(st, subj, out);
        militaryAgent(st, subj, out);
        // Several subjects of one verb are a coordination the parser did not build.
        const rel = st.dep[subj];
        if (st.head[subj] === v) for (const c of st.kids(v)) if (c !== subj && st.dep[c] === rel) actorsFor(st, c, out);
      }
      // A pronoun subject without an actor ("X indicated it would act") stands for the
      // source of the governing clause: the nearest antecedent in news prose.
      if (out.length === 0 && st.upos(subj) === 'PRON' && PERSONAL.has(lw)) return pronounAntecedent(st, v);
      // "one of them scuffled with a Kurdish deputy": a number or a part "of" a group stands for the group; a pronoun
      // group for the governing clause's source (s16-force, set 29).
      if (out.length === 0 && (st.upos(subj) === 'NUM' || PARTITIVE.has(lw))) {
        const of = st.kids(subj).find((c) => c > subj && st.dep[c] === 'nmod' && st.kid(c, 'case') >= 0 && st.up[st.kid(c, 'case')] === 'OF');
        if (of !== undefined) {
          actorsFor(st, of, out);
          if (out.length === 0 && st.upos(of) === 'PRON' && PERSONAL.has((st.lemma(of) || st.doc.form[st.a + of]).toLowerCase())) return pronounAntecedent(st, v);
        }
      }
      // "A roadside bomb killed ...": nobody named, an unidentified attacker. (Also when the weapon's phrase names
      // only where it came from: "rockets fired from Sadr City struck ...", s16-force, sets 7, 11.)
      const fromWhere = (x: number) => {
        if (caseOf(st, x) !== 'FROM') return false;
        // (The participle may hang on the last of several weapons: "rockets and mortar bombs fired from ...".)
        for (const w of [subj, ...st.kids(subj).filter((k) => st.dep[k] === 'conj')]) {
          // (Fired or launched from there: "explosives smuggled from Iran" name their supplier.)
          for (const c of st.kids(w)) if (st.dep[c] === 'acl' && /^(fire|launch|lob)$/.test(st.lemma(c)) && st.inSubtree(st.synHead(st.mentions[x]), c)) return true;
        }
        return false;
      };
      if (out.length === 0 || out.every(fromWhere)) {
        const w = weapon(st, subj);
        if (w >= 0) return [w];
      }
      return out;
    }
    if (passive) return out; // a subjectless passive ("Rebuked by X, ...") has no source of its own
    // A misparsed subject hangs before the verb as compound / unmarked obl ("Ethiopia act on").
    for (const c of st.kids(v)) {
      if (c > v) break;
      if (SUBJ_LIKE.has(st.dep[c])) actorsFor(st, c, out);
    }
    if (out.length > 0) return out;
    // "In Washington, President Bush praised ...": the subject taken for an apposition of
    // the fronted place phrase; it comes after that phrase's comma, right before the verb.
    for (const c of st.kids(v)) {
      if (c > v) break;
      if (st.dep[c] !== 'obl' || st.kid(c, 'case') < 0) continue;
      const ap = st.kid(c, 'appos');
      if (ap < 0 || ap < c) continue;
      let lo = ap;
      let hi = ap;
      for (let k = 0; k < st.n; k++) {
        if (st.dep[k] !== 'punct' && st.inSubtree(k, ap)) {
          lo = Math.min(lo, k);
          hi = Math.max(hi, k);
        }
      }
      if (lo < 1 || st.doc.form[st.a + lo - 1] !== ',' || hi + 1 !== v) continue;
      actorsFor(st, ap, out);
    }
    if (out.length > 0) return out;
    const p = st.head[v];
    if (p < 0) return out;
    const rel = st.dep[v];
    if (rel === 'xcomp') {
      // Object control ("urged Bree to help", "abandoned efforts to stop") before subject
      // control ("agreed to help").
      const obj = controller(st, p);
      if (obj >= 0) {
        actorsFor(st, obj, out);
        return out;
      }
      return sourceOf(st, p, depth + 1);
    }
    if (rel === 'conj') return sourceOf(st, p, depth + 1);
    // A participle modifying a noun that still has an object ("the police arrested
    // students", "X firing shells") is active: the noun is its subject. Often a tagger's
    // VBD/VBN confusion turned the main verb into this.
    // So is ", an official said" hung on the noun as acl.
    // "Bombs exploded/acl at churches": a weapon noun's participle is what it did.
    // The infinitive of a noun of intent is its holder's act: "saw no reason to meet X", "has plans to
    // resume talks" (the noun the verb's object; UD hangs the infinitive on the noun as acl).
    if (rel === 'acl' && p < v && st.dep[p] === 'obj' && st.head[p] >= 0 && st.upos(st.head[p]) === 'VERB' && NO_INTENT_NOUNS.has(st.lemma(p).toLowerCase())) {
      const mk = st.kid(v, 'mark');
      if (mk >= 0 && st.up[mk] === 'TO') return sourceOf(st, st.head[p], depth + 1);
    }
    if (rel === 'acl' && p < v) {
      const w = weapon(st, p);
      if (w >= 0 && (v === p + 1 || st.doc.xpos[st.a + v] === XPOS_VBG)) return [w];
    }
    if (rel === 'acl' && (st.kid(v, 'obj') >= 0 || st.doc.xpos[st.a + v] === XPOS_VBG || (REPORTING.has(st.lemma(v).toLowerCase()) && p < v))) {
      actorsFor(st, p, out);
      // s12: "issued a statement urging the protesters to stay peaceful", "sent a letter urging it to choose": what a
      // document says is its sender's act (the subject of the verb the document is the object of), unless the
      // document names its own author outside the participle ("a statement by the council urging ...").
      if (p < v && DOCUMENTS.has(st.lemma(p).toLowerCase()) && st.dep[p] === 'obj' && st.head[p] >= 0 && st.upos(st.head[p]) === 'VERB' && out.every((x) => st.inSubtree(st.synHead(st.mentions[x]), v))) {
        return sourceOf(st, st.head[p], depth + 1);
      }
      return out;
    }
    // A trailing active participle with an object of its own is the main subject's act too: "Iran denied the
    // report, accusing the U.S. military of spreading lies", "called for an inquiry, accusing Israel of ...".
    // Only verbal acts: ", killing 18 people" is the attack the main verb already reports. Custody and raids are
    // acts of their own ("raided a neighborhood, detaining eight men").
    const pl = st.lemma(v).toLowerCase();
    if (rel === 'advcl' && v > p && st.doc.xpos[st.a + v] === XPOS_VBG && st.kid(v, 'mark') < 0 && st.kid(v, 'obj') >= 0 && st.upos(p) === 'VERB' && (VERBAL_PARTICIPLES.has(pl) || CUSTODY_PARTICIPLES.has(pl)) && !PROTEST_VERBS.has(st.lemma(p).toLowerCase())) {
      return sourceOf(st, p, depth + 1);
    }
    // "carried the coffins through the streets, chanting slogans against the Americans": a protest in a trailing
    // participle is the main subject's (after a march too: the chant names whom it is against). Not ", protesting
    // what they called X" after a boycott or walkout: that is the measure's reason.
    if (rel === 'advcl' && v > p && st.doc.xpos[st.a + v] === XPOS_VBG && st.kid(v, 'mark') < 0 && st.upos(p) === 'VERB' && PROTEST_VERBS.has(pl) && pl !== 'protest' && pl !== 'strike') {
      return sourceOf(st, p, depth + 1);
    }
    // "told reporters after meeting Bremer", "resigned while addressing protesters": a gerund clause of time
    // with no subject of its own is its main clause's subject's act (the grammatical subject, also of a passive:
    // "was killed days after meeting Bush").
    if (rel === 'advcl' && st.doc.xpos[st.a + v] === XPOS_VBG && st.upos(p) === 'VERB') {
      const mk = st.kid(v, 'mark');
      if (mk >= 0 && mk < v && GERUND_TIME.has(st.up[mk])) {
        const ps = isPassive(st, p) ? st.kid(p, 'nsubj:pass') : -1;
        if (ps >= 0) {
          actorsFor(st, ps, out);
          return out;
        }
        return sourceOf(st, p, depth + 1);
      }
    }
    // Only an infinitive adjunct shares the subject ("hosting X to celebrate");
    // a participle ("Rebuked by X, Y ...") is not the main subject's act.
    if (rel === 'advcl' && st.kid(v, 'mark') >= 0 && st.up[st.kid(v, 'mark')] === 'TO') {
      // ... unless it is the infinitive of a verb of asking misparsed ("pressed Iraq to expel").
      const obj = v > p && OBJECT_CONTROL.has(st.lemma(p).toLowerCase()) ? controller(st, p) : -1;
      if (obj >= 0 && obj < v) {
        actorsFor(st, obj, out);
        return out;
      }
      return sourceOf(st, p, depth + 1);
    }
    return out;
  }

  /**
   * The controller of an object-control verb `p`: its object, else its indirect object,
   * else (for verbs of asking) its "on"/"upon"/"to"/"with" object ("called on Iran to").
   */
  function controller(st: Sent, p: number): number {
    const obj = st.kid(p, 'obj');
    if (obj >= 0) return obj;
    const io = st.kid(p, 'iobj');
    if (io >= 0) return io;
    if (!OBJECT_CONTROL.has(st.lemma(p).toLowerCase())) return -1;
    for (const c of st.kids(p)) {
      if (c < p || st.dep[c] !== 'obl') continue;
      // "urged Maliki/obl on Tuesday to ...": a date is no one asked.
      if (dateWord(st.doc.form[st.a + c], st.doc.form[st.a + c - 1])) continue;
      const cs = st.kid(c, 'case');
      if (cs >= 0 && ['ON', 'UPON', 'TO', 'WITH'].includes(st.up[cs])) return c;
    }
    return -1;
  }

  /** The state country an actor code starts with ("IRQ" of IRQGOV), or null (---COP, IGOUNO, "new"). */
  function stateOf(code: string): string | null {
    if (!/^[A-Z]{3}/.test(code)) return null;
    const c = code.slice(0, 3);
    return NON_STATE.has(c) ? null : c;
  }

  /**
   * Force that a coordination cannot use on its own members: a blockade or an occupation
   * ("U.S. and Iraqi forces sealed off the district") is done together, and the armed
   * forces of one state ("soldiers and policemen refused to fight") do not fight each other.
   */
  function allies(st: Sent, src: number[], cameo: string): boolean {
    if (!cameo.startsWith('19')) return false;
    if (cameo.startsWith('191') || cameo.startsWith('192')) return true;
    const codes = src.map((x) => st.mentions[x].code);
    const home = stateOf(codes[0]);
    // A regional or sectarian force of that state (IRQMILKUR..., the peshmerga) may fight its army.
    return home !== null && codes.every((c) => stateOf(c) === home && FORCES.has(c.slice(3, 6)) && c.slice(6) === codes[0].slice(6));
  }

  /**
   * A body the actor dictionaries name (a party, coalition, militia, organisation: "Maliki's State of Law
   * coalition", "Sadr's Mahdi Army"): it acts, not the leader named as its possessor.
   */
  function namedBody(m: ActorMention): boolean {
    return !m.resolvedFrom && ORGANISATION_RULE.test(m.rule);
  }

  /** A bare place (a country, its capital) named in a phrase of place: "in Geneva", "in the city of Jos". */
  function venue(st: Sent, mi: number): boolean {
    const m = st.mentions[mi];
    if (m.code.length !== 3 || stateOf(m.code) === null) return false;
    const cs = venueCase(st, mi);
    return cs !== null && LOCATIVE.has(cs);
  }

  /** The preposition of the phrase a place mention is in, through "of" ("in the Dora district of Baghdad": IN), or null. */
  function venueCase(st: Sent, mi: number): string | null {
    const m = st.mentions[mi];
    let x = st.synHead(m);
    for (let d = 0; d < 8 && st.head[x] >= 0; d++) {
      const rel = st.dep[x];
      const cs = st.kid(x, 'case');
      const up = rel === 'flat' || rel === 'compound' || rel === 'appos' || rel === 'nmod:poss' || (rel === 'nmod' && cs >= 0 && st.up[cs] === 'OF');
      if (!up || cs >= 0 && st.up[cs] !== 'OF') break;
      x = st.head[x];
    }
    const cs = st.kid(x, 'case');
    return cs >= 0 ? st.up[cs] : null;
  }

  /**
   * Whether a mention can be the other party of a joint act: an object, or a phrase with
   * "with", "to", "against", "on", "between" ("resumed talks under AU mediation": no).
   */
  function partner(st: Sent, mi: number): boolean {
    const c = caseOf(st, mi);
    return c === null || PARTNER_CASES.has(c);
  }

  /** The preposition of the phrase a mention heads (through names and modifiers), or null. */
  function caseOf(st: Sent, mi: number): string | null {
    let x = st.synHead(st.mentions[mi]);
    for (let d = 0; d < 8 && st.head[x] >= 0; d++) {
      const rel = st.dep[x];
      if (st.kid(x, 'case') >= 0 || !(rel === 'flat' || rel === 'compound' || rel === 'appos' || rel === 'nmod:poss' || rel === 'amod')) break;
      x = st.head[x];
    }
    const cs = st.kid(x, 'case');
    return cs < 0 ? null : st.up[cs];
  }

  /** Whether token `k` lies in the clause of verb `v` (no other clause between them). */
  function sameClause(st: Sent, k: number, v: number): boolean {
    for (let x = k, d = 0; x >= 0 && d <= st.n; x = st.head[x], d++) {
      if (x === v) return true;
      if (OTHER_CLAUSE.has(st.dep[x]) || (CLAUSAL.has(st.dep[x]) && st.upos(x) === 'VERB')) return false;
    }
    return false;
  }

  /**
   * The country of a country-less actor (---COP, ---REB) of an event of verb `v` whose
   * other actor is `other`: its own place ("rebels in central India"), else the place of
   * the event ("arrested ... in raids around Baghdad"), else, when the sentence names no
   * other state, the country of the other actor ("Thai police arrested protesters": Thai
   * protesters). Null when none applies; unidentified armed forces (UAF) stay unknown.
   */
  function countryOf(st: Sent, mi: number, other: number, v: number, otherCountry: string | null = null): string | null {
    const m = st.mentions[mi];
    if (!m.code.startsWith('---') || m.code.length <= 3 || m.code.includes('UAF')) return null;
    // "demanded the withdrawal of foreign troops": a group called foreign is not the other side's (src/article/home.ts).
    if (calledForeign(st.doc, { start: m.start + st.a, end: m.end + st.a, head: m.head + st.a })) return null;
    const place = (k: number): string | null => {
      const pm = st.mentionAt[k];
      return pm >= 0 && pm !== mi && pm !== other && st.mentions[pm].code.length === 3 ? stateOf(st.mentions[pm].code) : null;
    };
    const h = st.synHead(m);
    for (const c of st.kids(h)) {
      const cs = st.kid(c, 'case');
      if (st.dep[c] !== 'nmod' || cs < 0 || !(st.up[cs] === 'IN' || st.up[cs] === 'FROM')) continue;
      for (let k = c; k >= 0 && k >= cs; k--) {
        const p = place(k);
        if (p) return p;
      }
    }
    for (let pi = 0; pi < st.mentions.length; pi++) {
      if (pi === mi || pi === other || !venue(st, pi) || !sameClause(st, st.synHead(st.mentions[pi]), v)) continue;
      return stateOf(st.mentions[pi].code);
    }
    const oc = otherCountry ?? (other >= 0 ? stateOf(st.mentions[other].code) : null);
    if (oc === null) return null;
    // A state's envoy urging "both governments" speaks to other states.
    if (m.code.slice(3, 6) === 'GOV' && other >= 0 && (st.mentions[other].code.length === 3 || STATE_ORGANS.has(st.mentions[other].code.slice(3, 6)))) return null;
    // Police, courts and legislatures act at home whatever else the sentence names.
    if (other >= 0 && DOMESTIC.has(st.mentions[other].code.slice(3, 6))) return oc;
    for (let pi = 0; pi < st.mentions.length; pi++) {
      const c = stateOf(st.mentions[pi].code);
      if (c !== null && c !== oc && pi !== mi && !isSpeaker(st, pi)) return null;
    }
    return oc;
  }

  /**
   * A bare country named only as the adjective of a thing deeper in the verb's phrase
   * ("talks on Iraqi security", "denied that Iran armed any Iraqi group"): it says whose
   * the thing is, nobody is acted on. The verb's own argument ("denounced American
   * pressure") is the country's act, whose author is the target. Nouns the actor layer
   * knows as agents ("Iraqi police") are mentions of their own, and forces' units and
   * operations become the state's military (militaryAgent); the adjectives of a joint act
   * ("host U.S.-Iranian talks") name its parties.
   */
  function adjectival(st: Sent, mi: number, v: number, topic = false): boolean {
    const m = st.mentions[mi];
    if (m.code.length !== 3 || stateOf(m.code) === null || m.end - m.start !== 1) return false;
    const h = st.synHead(m);
    const p = st.head[h];
    if (p < 0 || (st.dep[h] !== 'amod' && st.dep[h] !== 'compound') || st.upos(p) !== 'NOUN' || st.mentionAt[p] >= 0) return false;
    if (st.upos(h) !== 'ADJ' && !(st.upos(h) === 'PROPN' && st.dep[h] === 'compound')) return false;
    // The verb's own argument ("denounced the American pressure", "rejected U.S. requests"):
    // an act of that country, which is the target.
    let q = p;
    while (st.dep[q] === 'conj' && st.head[q] >= 0) q = st.head[q];
    // "condemned what he called a flagrant Israeli violation": what was called so.
    const c = st.head[q];
    if (c >= 0 && (st.dep[q] === 'xcomp' || st.dep[q] === 'obj') && NAMING.has(st.lemma(c).toLowerCase())) {
      const w = st.head[c];
      if (w >= 0 && /^what$/i.test(st.doc.form[st.a + w])) q = w;
    }
    // ... but what a consultation's object names is its topic ("met to discuss the Somali crisis").
    if (st.head[q] === v && !topic) return false;
    const l = st.lemma(p).toLowerCase();
    return !UNITS.has(l) && !OPERATIONS.has(l) && !WEAPONS.has(l) && !JOINT.has(l);
  }

  /**
   * Whether token `k` lies in a content clause with its own subject under verb `v`
   * ("rejected any suggestion that foreign troops ..."): what a rejection is about, whose
   * actors are not the one answered.
   */
  function contentOf(st: Sent, k: number, v: number): boolean {
    for (let x = k, d = 0; x >= 0 && x !== v && d <= st.n; x = st.head[x], d++) {
      const rel = st.dep[x];
      if ((rel === 'ccomp' || rel === 'acl') && st.upos(x) === 'VERB' && (st.kid(x, 'nsubj') >= 0 || st.kid(x, 'nsubj:pass') >= 0) && st.inSubtree(x, v)) return true;
    }
    return false;
  }

  /**
   * Another named person as the verb's object is another actor, however coded ("President
   * Talabani phoned Maliki": IRQGOV -> IRQGOV), when no side was found by coreference.
   */
  function otherPerson(st: Sent, v: number, src: number[], x: number): boolean {
    const m = st.mentions[x];
    // A person's name (singular, with a role code), not a people ("Arnorians") or a state.
    const h = st.synHead(m);
    // "Hashemi called on Maliki to ...", "appealed to Talabani to ...": the person a verb of
    // asking addresses through its preposition is as much another actor as a direct object.
    // ("urged Maliki to ... and warned that ...": the object of the verb a conjunct goes on from, too.)
    const u = st.dep[v] === 'conj' && st.head[v] >= 0 && st.head[h] === st.head[v] ? st.head[v] : v;
    const addressed = st.head[h] === u && st.dep[h] === 'obl' && OBJECT_CONTROL.has(st.lemma(u).toLowerCase()) && ['ON', 'UPON', 'TO'].includes(caseOf(st, x) ?? '');
    if ((h !== st.kid(u, 'obj') && !addressed && !(m.via === 'pronoun' && h === st.kid(u, 'iobj'))) || m.code.length <= 3) return false;
    // "Maliki accused Masum/short-name of ...": a person's short name resolved to its full name is
    // another named person too, compared by that name (personName).
    if (m.resolvedFrom && m.via === 'short-name') {
      const name = personName(st, m);
      return name !== null && src.every((y) => {
        const yr = st.mentions[y].resolvedFrom;
        if (yr && m.resolvedFrom && yr.start === m.resolvedFrom.start && yr.sentence === m.resolvedFrom.sentence) return false;
        const yn = personName(st, st.mentions[y]);
        return yn !== null ? yn !== name : st.up[st.mentions[y].head] !== name && !st.mentions[y].code.startsWith('---');
      });
    }
    // A person's title resolved to a person named in full ("Hashemi accused the prime minister of ..."): compared by that
    // name, as a pronoun is; not "the rival Shiite party" taken for its leader (s13-discourse).
    const personTitle = m.via === 'title' && PERSON_NOUNS.has(st.doc.form[st.a + m.head].toLowerCase());
    if (m.resolvedFrom ? m.via !== 'pronoun' && !personTitle : XPOS[st.doc.xpos[st.a + m.head]] !== 'NNP') return false;
    const named = (r: NonNullable<ActorMention['resolvedFrom']>): boolean => r.end > r.start && XPOS[st.doc.xpos[r.end - 1]] === 'NNP';
    // A pronoun or title resolved to someone else by name ("He accused the Interior Ministry",
    // he = the vice president) is another actor too.
    // "X, who met Maliki, urged him to ...": an object pronoun resolved to another person by
    // name is another actor, however alike their codes.
    const r0 = m.resolvedFrom;
    if (r0) {
      if (!named(r0)) return false;
      const name = st.doc.form[r0.end - 1].toUpperCase();
      return src.every((y) => {
        const ym = st.mentions[y];
        const yr = ym.resolvedFrom;
        if (yr && yr.start === r0.start && yr.sentence === r0.sentence) return false;
        return (yr && yr.end > yr.start ? st.doc.form[yr.end - 1].toUpperCase() : st.up[ym.end - 1]) !== name;
      });
    }
    const word = st.up[m.head];
    return src.every((y) => {
      const r = st.mentions[y].resolvedFrom;
      if (r === undefined) return st.up[st.mentions[y].head] !== word;
      // "the prime minister/title accused President Fouad Masoum": a title or short name resolved to
      // a named person is that person, compared by name.
      if (st.mentions[y].via === 'title' || st.mentions[y].via === 'short-name') {
        const yn = personName(st, st.mentions[y]);
        return yn !== null && yn !== st.up[m.end - 1] && !st.mentions[y].code.startsWith('---');
      }
      return st.mentions[y].via === 'pronoun' && r.end > r.start && st.doc.form[r.end - 1].toUpperCase() !== word && !st.mentions[y].code.startsWith('---');
    });
  }

  /**
   * The (upper-case) last name of a mention naming a person: its own last token when that
   * is a proper noun, else that of the name it was resolved from; null for others.
   */
  function personName(st: Sent, m: ActorMention): string | null {
    const r = m.resolvedFrom;
    if (r) return r.end > r.start && XPOS[st.doc.xpos[r.end - 1]] === 'NNP' ? st.doc.form[r.end - 1].toUpperCase() : null;
    return XPOS[st.doc.xpos[st.a + m.end - 1]] === 'NNP' ? st.up[m.end - 1] : null;
  }

  /** Default target mentions of verb `v`, excluding `src`. */
  function targetOf(st: Sent, v: number, ve: number, src: number[], rescued = false, venues = false, statement = false, material = false, denial = false, cameo = ''): number[] {
    const passive = isPassive(st, v);
    const cand: number[] = [];
    // A passive's subject is what was done to: the target (unless it is the source).
    if (passive) {
      const subj = st.kid(v, 'nsubj:pass') >= 0 ? st.kid(v, 'nsubj:pass') : st.kid(v, 'nsubj');
      // "exiled tribal leaders, some of whom have been accused by Baghdad of ...": the relative's antecedent.
      const rel = subj >= 0 && subj + 2 < st.n && st.up[subj + 1] === 'OF' && /^(whom|which)$/i.test(st.doc.form[st.a + subj + 2]);
      const ante = rel && subj > 0 ? relativeAntecedent(st, subj) : -1;
      if (ante >= 0) cand.push(st.synHead(st.mentions[ante]));
      if (subj >= 0) cand.push(subj);
      else if (reducedPatient(st, v) >= 0) cand.push(reducedPatient(st, v));
      else if (sharedPassive(st, v) >= 0 && st.kid(sharedPassive(st, v), 'nsubj:pass') >= 0) cand.push(st.kid(sharedPassive(st, v), 'nsubj:pass'));
      else if (st.dep[v] === 'advcl' && st.head[v] >= 0 && st.head[v] < v && st.kid(v, 'aux:pass') >= 0) {
        // "X regrouped in Nineveh after being driven out of Anbar by Y": a passive adverbial
        // clause without a subject of its own is done to the subject of the clause it hangs on.
        const ctl = st.kid(st.head[v], 'nsubj');
        if (ctl >= 0) cand.push(ctl);
      }
    }
    // "offered Iraqiya the speaker's post": the indirect object is whom it is given or
    // done to; the direct object is the thing (its possessor or conjuncts are no target).
    for (const rel of ['iobj', 'obj']) {
      const c = st.kid(v, rel);
      if (c >= 0) cand.push(c);
    }
    const ag = agentOf(st, v);
    for (const c of st.kids(v)) {
      const d = st.dep[c];
      if ((d === 'obl' || d === 'obl:unmarked' || d === 'nmod') && c !== ag && c > v) cand.push(c);
    }
    for (const c of st.kids(v)) if ((st.dep[c] === 'ccomp' || st.dep[c] === 'xcomp') && c > v) cand.push(c);
    // A place named as where it happened ("met in Geneva") is no target, unless `venues`.
    // An actor coded like the source cannot be its target: look further ("warned that his
    // followers would ... if the government ...").
    // A statement is about others: "Tadic said Serbia would never recognise Kosovo" is about Kosovo.
    // The statement's own object is no such report: "the governor rejected the accusation"
    // (Sadr's office, of his own country) denies it to the accuser.
    const dobj = st.kid(v, 'obj');
    const sameState = (x: number) => statement && st.synHead(st.mentions[x]) !== dobj;
    const same = (x: number) =>
      !otherPerson(st, v, src, x) &&
      src.some((y) => st.mentions[y].code === st.mentions[x].code || (sameState(x) && stateOf(st.mentions[x].code) !== null && stateOf(st.mentions[y].code) === stateOf(st.mentions[x].code)));
    // "sent reinforcements from Baghdad": the source's own country as a place of origin is
    // no target, even where places are ("recalled its envoy from Damascus" still is).
    const origin = (x: number) => {
      const c = st.mentions[x].code;
      return c.length === 3 && stateOf(c) !== null && caseOf(st, x) === 'FROM' && src.some((y) => stateOf(st.mentions[y].code) === c);
    };
    // A threat's complement clause about the speaker's own side ("warned that Iraq could
    // find other friends", "threatened that the Sadrists could bring down the coalition"):
    // its subject is what the threat is made with, not whom it is made against.
    const ownClauseSubject = (x: number) => {
      if (!cameo.startsWith('13')) return false;
      const h = st.synHead(st.mentions[x]);
      const c = st.head[h];
      if (!st.dep[h].startsWith('nsubj') || c < 0 || st.dep[c] !== 'ccomp' || st.head[c] !== v) return false;
      const xc = st.mentions[x].code;
      return src.some((y) => {
        const yc = st.mentions[y].code;
        return stateOf(yc) !== null && stateOf(yc) === stateOf(xc) && (xc.length === 3 || yc.startsWith(xc) || xc.startsWith(yc));
      });
    };
    // "defended the raid as an operation against criminals", "praised Maliki as the right
    // man for Iraq": the "as" phrase describes the object; its actors are not acted on.
    const relObj = st.kid(v, 'obj') >= 0 && REL_PRONOUNS.has(st.doc.form[st.a + st.kid(v, 'obj')].toLowerCase());
    const asPredicate = (x: number) => {
      // "whom Washington recognised as Libya's authority": the antecedent is elsewhere.
      if (relObj) return false;
      let p = st.synHead(st.mentions[x]);
      for (let d = 0; d < 8 && p >= 0 && p !== v; d++) {
        if (st.kids(p).some((c) => st.dep[c] === 'case' && st.up[c] === 'AS')) {
          const h = st.head[p];
          return h === v || (h >= 0 && st.head[h] === v && st.dep[h] === 'obj');
        }
        if (!['nmod', 'nmod:poss', 'amod', 'compound', 'flat', 'conj', 'appos'].includes(st.dep[p])) return false;
        p = st.head[p];
      }
      return false;
    };
    // "ordered his fighters off the streets after talks with X", "approved the law after
    // months of talks brokered by X": a time adjunct's actors are the background of the act.
    const background = (x: number) => {
      for (let k = st.synHead(st.mentions[x]), d = 0; k >= 0 && k !== v && d < 12; k = st.head[k], d++) {
        const cs = st.kid(k, 'case');
        if (st.head[k] < 0 || cs < 0 || !TEMPORAL.has(st.up[cs]) || (st.dep[k] !== 'obl' && st.dep[k] !== 'nmod') || !st.inSubtree(k, v)) continue;
        // "until the government/obl halted/advcl ...": a clause the parser split, whose subject it is.
        let last = k;
        for (let j = k + 1; j < st.n && st.inSubtree(j, k); j++) last = j;
        const next = last + 1 < st.n ? XPOS[st.doc.xpos[st.a + last + 1]] : '';
        return !(next === 'VBD' || next === 'VBZ' || next === 'VBP' || next === 'MD');
      }
      return false;
    };
    // "offered Washington's help", "pledged American aid": the giver's own state, named on the thing
    // offered or given (its possessor or adjective), is the source's side, not whom it is offered to.
    // (Support names whom it backs that way: "backed the prime minister's campaign"; but its giver's own state is the
    // giver: "reaffirmed Washington's support for his government", "expressed American support for", s15 set 22.)
    const ownGift = (x: number) => {
      if (!/^0[3567]/.test(cameo)) return false;
      const h = st.synHead(st.mentions[x]);
      const p = st.head[h];
      if (p < 0 || p !== dobj || !['nmod:poss', 'amod', 'compound'].includes(st.dep[h])) return false;
      // (05: only the support given, "Washington's support"; "defended Beijing's policy" defends the state's own.)
      if (cameo.startsWith('05') && !GIVEN_SUPPORT.has(st.lemma(p).toLowerCase())) return false;
      const xc = st.mentions[x].code;
      return xc.length === 3 && stateOf(xc) !== null && src.some((y) => stateOf(st.mentions[y].code) === xc);
    };
    // "called the killings 'a criminal act'", "called Hamas a terrorist group": what a verb of naming
    // calls its object names no one; its actors (an adjective matched as a group) are no target.
    const naming = dobj >= 0 && NAMING.has(st.lemma(v).toLowerCase());
    const namePredicate = (x: number) => {
      if (!naming) return false;
      for (let k = st.synHead(st.mentions[x]), d = 0; k >= 0 && k !== v && d < 12; k = st.head[k], d++) {
        const h = st.head[k];
        if (h === dobj && (st.dep[k] === 'appos' || st.dep[k] === 'xcomp')) return true;
        if (h === v && k > dobj && (st.dep[k] === 'xcomp' || st.dep[k] === 'obj' || st.dep[k] === 'obl:unmarked')) return true;
        // "called the raid/iobj a criminal act/obj": the second object is the name.
        if (k === dobj && st.kid(v, 'iobj') >= 0 && st.kid(v, 'iobj') < k) return true;
      }
      return false;
    };
    const skip = (x: number) =>
      src.includes(x) || same(x) || reasonVictim(st, x) || ownGift(x) || namePredicate(x) || background(x) || ownClauseSubject(x) || requester(st, x) || asPredicate(x) || origin(x) || (!material && adjectival(st, x, v, /^04[014-9]/.test(cameo))) || (denial && contentOf(st, st.synHead(st.mentions[x]), v)) || relationalPossessor(st, x) || accordingTo(st, st.synHead(st.mentions[x])) || (!venues && (venue(st, x) || isSpeaker(st, x)));
    // "urged Iraq's neighbours to ...": the one acted on is named only by its relation to a
    // state; no actor further on stands in for it.
    const obj = st.kid(v, 'obj');
    if (obj >= 0 && RELATIONAL.has(st.lemma(obj).toLowerCase())) {
      for (const c of st.kids(obj)) if (st.dep[c] === 'nmod:poss' && st.mentionAt[c] >= 0 && relationalPossessor(st, st.mentionAt[c])) return [];
    }
    // "A car bomb exploded near a police checkpoint, killing four policemen": the attack's victims, named by its
    // trailing participle, are whom it was aimed at, before the place or thing it struck.
    // (Not when what it struck names an actor: "attacked a meeting of tribal leaders", "struck a police station".)
    const hitObj = st.kid(v, 'obj');
    const struck: number[] = [];
    if (hitObj >= 0) actorsFor(st, hitObj, struck);
    // The actors of argument `rel` of the first adverbial clause after the verb that `pass` accepts, none of the
    // source's (victims coded like a speaker are still victims: "killing four policemen, police said").
    const advclArgument = (pass: (c: number) => boolean, rel: string): number[] => {
      for (const c of st.kids(v)) {
        if (c < v || st.dep[c] !== 'advcl' || !pass(c)) continue;
        const o = st.kid(c, rel);
        if (o < 0) continue;
        const hit: number[] = [];
        actorsFor(st, o, hit);
        const rest = hit.filter((x) => !src.includes(x) && !same(x));
        if (rest.length > 0) return rest;
      }
      return [];
    };
    // "Iraqi soldiers and Kurdish fighters exchanged fire ..., leaving one civilian dead": sides that fight each
    // other aim at each other (below), not at the bystanders the clash left dead.
    const clash = src.length >= 2 && !allies(st, src, cameo) && (hitObj < 0 || FIGHTING.has(st.lemma(hitObj).toLowerCase()));
    if (/^(18|19|20)/.test(cameo) && !clash && struck.every((x) => venue(st, x))) {
      const victims = advclArgument((c) => st.doc.xpos[st.a + c] === XPOS_VBG && VICTIM_VERBS.has(st.lemma(c).toLowerCase()), 'obj');
      if (victims.length > 0) return victims;
      // "dropped two bombs on a building where militiamen were firing on troops", "raided a house in which
      // insurgents were hiding": force used on a place that names no one is aimed at those its relative
      // clause puts there.
      // (Not entering or taking a place: "pushed into the districts at dawn, where gunmen fired ..." names who
      // was there, not whom the move was against.)
      for (const c of cameo.startsWith('192') ? [] : [hitObj, ...Array.from(st.kids(v)).filter((k) => k > v && st.dep[k] === 'obl')]) {
        if (c < 0 || TIME_WORDS.has(st.up[c]) || /^(DAWN|DUSK|MORNING|EVENING|NOON|MIDNIGHT|NIGHTFALL|DAYBREAK)$/.test(st.up[c])) continue;
        const named: number[] = [];
        actorsFor(st, c, named);
        if (named.some((x) => !venue(st, x))) break;
        for (const rc of st.kids(c)) {
          if (st.dep[rc] !== 'acl:relcl') continue;
          const there = st.kids(rc).some((w) => {
            if (st.up[w] === 'WHERE' && w < rc) return true;
            const cs = st.kid(w, 'case');
            return st.dep[w] === 'obl' && w < rc && cs >= 0 && /^(IN|INSIDE|AT)$/.test(st.up[cs]) && st.up[w] === 'WHICH';
          });
          const sj = st.kid(rc, 'nsubj') >= 0 ? st.kid(rc, 'nsubj') : st.kid(rc, 'nsubj:pass');
          if (!there || sj < 0) continue;
          const hit: number[] = [];
          actorsFor(st, sj, hit);
          const rest = hit.filter((x) => !skip(x));
          if (rest.length > 0) return rest;
        }
      }
    }
    // "urged him to hand the investigation to a committee", "pressed both men to agree on a
    // government": a verb of asking is done to its object, who is to act; when the object names
    // no actor (a pronoun left unresolved, "both men"), the infinitive's own objects are no
    // stand-ins for it: the target is unnamed.
    const ctl = OBJECT_CONTROL.has(st.lemma(v).toLowerCase()) ? controller(st, v) : -1;
    const toMark = (c: number) => st.kid(c, 'mark') >= 0 && st.up[st.kid(c, 'mark')] === 'TO';
    // (The parser may hang the infinitive on the one asked: "appealed to the neighbours to/acl stop ...".)
    const inf = ctl >= 0 ? st.kids(ctl).find((c) => c > ctl && st.dep[c] === 'acl' && toMark(c)) ?? -1 : -1;
    if (ctl >= 0 && (inf >= 0 || st.kids(v).some((c) => c > ctl && (st.dep[c] === 'xcomp' || st.dep[c] === 'advcl') && toMark(c)))) {
      const named: number[] = [];
      actorsFor(st, ctl, named);
      if (inf >= 0) for (let i = named.length - 1; i >= 0; i--) if (st.inSubtree(st.synHead(st.mentions[named[i]]), inf)) named.splice(i, 1);
      // (A pronoun for one of the source's own is no one else either: "urged them to ...".)
      if (named.length === 0 || (st.upos(ctl) === 'PRON' && named.every(skip))) return [];
    }
    // "accused foreign elements of smuggling weapons to the militia", "blamed unnamed officials for ...": whom
    // an accusation is made against is its object; when the object names no actor, the charge's own actors
    // (whom the accused are said to have helped or harmed) are no stand-ins for it.
    // (In the passive, "have been accused by Baghdad of financing the insurgency", the accused is the subject.)
    if (ctl < 0 && passive && /^accuse$/.test(st.lemma(v).toLowerCase()) && cand.every((c) => c > v || !st.mentions.some((m) => st.inSubtree(st.synHead(m), c)))) {
      if (st.kids(v).some((k) => k > v && st.kid(k, 'mark') >= 0 && st.up[st.kid(k, 'mark')] === 'OF')) return [];
    }
    if (ctl < 0 && /^(accuse|blame)$/.test(st.lemma(v).toLowerCase()) && dobj > v && ACCUSED_HEADS.has(st.upos(dobj))) {
      const charge = (k: number) => {
        const cs = st.kid(k, 'case') >= 0 ? st.kid(k, 'case') : st.kid(k, 'mark');
        // (Not "remnants of the Baath": an actor named by the "of" phrase describes the accused.)
        return k > dobj && cs >= 0 && (st.up[cs] === 'OF' || st.up[cs] === 'FOR') && st.mentionAt[k] < 0 && st.upos(k) !== 'PROPN';
      };
      const charges = Array.from(st.kids(dobj)).filter(charge);
      // "accused some of the organizers of taking money from Turkey", "two of the sheikhs of hiding arms for
      // Iran": the parser hangs the charge's gerund on the noun inside the object phrase.
      const gerund = gerundCharge(st, dobj);
      if (gerund >= 0 && !charges.includes(gerund)) charges.push(gerund);
      if (charges.length > 0 || st.kids(v).some(charge)) {
        // Any actor in the object phrase before the charge (what follows it is the charge's: "of smuggling
        // weapons to the militia", however the parser hung "to the militia").
        let from = st.n;
        for (const c of charges) for (let k = dobj + 1; k <= c; k++) if (st.inSubtree(k, c)) from = Math.min(from, k);
        const named = st.mentions.some((m, mi) => {
          const h = st.synHead(m);
          // (One the accuser is, "accused two of his own aides of ...", is named; the charge's actors still are no target.)
          return st.inSubtree(h, dobj) && m.start < from && !charges.some((c) => st.inSubtree(h, c)) && !skip(mi);
        });
        if (!named) return [];
      }
    }
    if (demandedSubjectUnnamed(st, v, cameo, skip)) return [];
    for (const c of cand) {
      const out: number[] = [];
      // An argument naming a thing ("military aid") has no actor in its modifiers.
      actorsFor(st, c, out, undefined, true);
      // "struck a U.S. patrol": the state's military.
      if (!statement) militaryAgent(st, c, out, [UNITS]);
      const rest = out.filter((x) => !skip(x));
      if (rest.length > 0) return rest;
    }
    // "would boycott sessions until/mark the government released ...": a measure that lasts until
    // another actor acts is aimed at that actor (the subject of the until-clause; the parser's
    // prepositional reading "until/case the government/obl" is an ordinary candidate above).
    if (cameo.startsWith('16')) {
      const until = advclArgument((c) => st.kids(c).some((m) => st.dep[m] === 'mark' && /^(until|till)$/i.test(st.doc.form[st.a + m])), 'nsubj');
      if (until.length > 0) return until;
    }
    // "said U.S. troops were the cause ... and demanded that they leave": a plural subject
    // pronoun of the demanded clause, left uncoded when its antecedent is in the same
    // sentence, is the nearest plural actor named before it other than the source.
    for (const c of cand) {
      if (st.dep[c] !== 'ccomp' && st.dep[c] !== 'xcomp') continue;
      const p = st.kid(c, 'nsubj');
      if (p < 0 || st.mentionAt[p] >= 0 || !/^(they|them)$/i.test(st.doc.form[st.a + p])) continue;
      for (let k = p - 1; k >= 0; k--) {
        const mi = st.mentionAt[k];
        if (mi < 0 || st.mentions[mi].end - 1 !== k) continue;
        const x = XPOS[st.doc.xpos[st.a + st.synHead(st.mentions[mi])]];
        if (skip(mi) || (x !== 'NNS' && x !== 'NNPS')) continue;
        return [mi];
      }
    }
    // Sides that fought each other name no one else ("..., leaving one civilian dead").
    if (clash && /^19/.test(cameo)) return [];
    // Fallback: the first mention after the verb within its own clause.
    // "refused to give up the post, filing a complaint with the court": an act joined by a participle after a comma
    // is an act of its own; its actors are no fallback target of a verb of words (a protest's "chanting against
    // X" or an attack's "killing X" still name theirs).
    const end = rescued ? st.n - 1 : clauseEnd(st, v, /^(0|1[0-3])/.test(cameo));
    // The first actor after the verb being "Iraq's neighbours": the target is unnamed.
    for (let k = ve + 1; k <= end; k++) {
      const mi = st.mentionAt[k];
      if (mi < 0 || src.includes(mi)) continue;
      if (relationalPossessor(st, mi)) return [];
      break;
    }
    // Nor a relative clause's actors ("signed an agreement under which Iran will ..."); a
    // free relative is the object itself ("condemned what he called an Israeli violation"),
    // and a clause with a complementizer is a noun's content ("claims that Venezuela ...").
    // Nor a temporal clause's ("was killed ... days after he met X"): it only dates the event.
    const relative = (x: number) => {
      for (let k = st.synHead(st.mentions[x]), d = 0, prev = -1; k >= 0 && k !== v && d <= st.n; prev = k, k = st.head[k], d++) {
        const h = st.head[k];
        if (st.dep[k] === 'acl:relcl' && h >= 0 && (st.upos(h) === 'NOUN' || st.upos(h) === 'PROPN') && st.kid(k, 'mark') < 0) return true;
        // (s17-actors: "the arrest of those who had attacked X", "anyone who attacked X".)
        if (st.dep[k] === 'acl:relcl' && h >= 0 && st.mentionAt[h] < 0 && RELATIVE_HEAD_PRONOUNS.has(st.doc.form[st.a + h].toLowerCase())) return true;
        // A reduced relative of an unnamed noun alike ("guards protecting the shrine of X").
        if (h >= 0 && otherParticipants(st, h, k, prev)) return true;
        const mk = st.upos(k) === 'VERB' ? st.kid(k, 'mark') : -1;
        if (mk >= 0 && mk < k && TEMPORAL.has(st.up[mk]) && (TEMPORAL_LINKS.has(st.dep[k]) || st.dep[k] === 'acl:relcl')) return true;
      }
      return false;
    };
    // A mediation's parties are whoever the deal binds ("brokered a deal under which both
    // forces pulled back").
    const mediation = cameo.startsWith('045');
    const fallback = firstAfter(st, ve, end, src, (x) => skip(x) || (!rescued && !mediation && relative(x)));
    if (fallback.length > 0 || newActorLength <= 0) return fallback;
    // PETRARCH's new actors: an unknown but short noun phrase in an argument slot.
    for (const c of cand) {
      const mi = newActor(st, c);
      if (mi >= 0) return [mi];
    }
    return [];
  }

  /**
   * The gerund of an accusation's charge hung inside its object phrase ("accused some of the organizers of/mark
   * taking/acl money from Turkey"): an `acl` VBG marked "of" or "for" on a noun of the object's own phrase, or -1.
   */
  function gerundCharge(st: Sent, dobj: number): number {
    for (let k = dobj + 1; k < st.n && st.inSubtree(k, dobj); k++) {
      if (st.dep[k] !== 'acl' || st.doc.xpos[st.a + k] !== XPOS_VBG) continue;
      const mk = st.kid(k, 'mark');
      if (mk >= 0 && (st.up[mk] === 'OF' || st.up[mk] === 'FOR')) return k;
    }
    return -1;
  }

  /**
   * "demanded that the shrine guards be replaced by a force under the control of X", "demanded that election officials
   * recount every ballot cast in X's areas", "demanded that Kirkuk be placed under the central government": a demand
   * that something be done is made of the demanded clause's subject; when that subject names no actor other than the
   * source's side (or only a place, a passive's subject), the clause's other actors are no stand-ins for it: the
   * demand names no target (the article may give it the government asked, src/article/speech.ts).
   */
  function demandedSubjectUnnamed(st: Sent, v: number, cameo: string, skip: (mi: number) => boolean): boolean {
    if (!cameo.startsWith('10') || !DEMAND_THAT.has(st.lemma(v).toLowerCase()) || st.kid(v, 'obj') >= 0 || st.kid(v, 'iobj') >= 0) return false;
    const thatMark = (k: number) => st.kids(k).some((c) => c < k && st.dep[c] === 'mark' && st.up[c] === 'THAT');
    const clause = Array.from(st.kids(v)).find((k) => k > v && (st.dep[k] === 'ccomp' || st.dep[k] === 'advcl') && thatMark(k));
    // (A demand's clause is subjunctive: a past tense there is the parser's, a reduced relative read as the clause's
    // verb: "that the number of seats reserved/VBD for them be raised".)
    if (clause === undefined || XPOS[st.doc.xpos[st.a + clause]] === 'VBD') return false;
    const pass = st.kid(clause, 'nsubj:pass');
    const subj = pass >= 0 ? pass : st.kid(clause, 'nsubj');
    if (subj < 0 || subj > clause || st.upos(subj) === 'PRON') return false;
    const named: number[] = [];
    actorsFor(st, subj, named);
    const place = (mi: number) => pass >= 0 && st.mentions[mi].code.length === 3 && stateOf(st.mentions[mi].code) !== null && st.upos(st.synHead(st.mentions[mi])) === 'PROPN';
    // (An actor the subject's own phrase names is whom it concerns: "demanded that all weapons given to the tribes be
    // registered", "that the number of seats reserved for them be raised".)
    // (Nor one it is to go to: "that all weapons given/ccomp to the tribes be registered", as the parser may read it.)
    const recipient = (h: number) => st.head[h] === clause && st.dep[h] === 'obl' && st.kid(h, 'case') >= 0 && /^(TO|FOR)$/.test(st.up[st.kid(h, 'case')]);
    const inPhrase =
      st.mentions.some((m, mi) => (st.inSubtree(st.synHead(m), subj) || recipient(st.synHead(m))) && !skip(mi) && !place(mi)) ||
      Array.from({ length: st.n }, (_, k) => k).some((k) => st.inSubtree(k, subj) && st.upos(k) === 'PRON' && /^(he|she|it|they|we|him|her|them|us|his|its|their)$/i.test(st.doc.form[st.a + k]));
    return !inPhrase && named.every((mi) => skip(mi) || place(mi));
  }

  /** Mentions (with conjuncts) of the first actor in (ve, end], excluding `src`. */
  function firstAfter(st: Sent, ve: number, end: number, src: number[], skip: (mi: number) => boolean = (mi) => src.includes(mi)): number[] {
    for (let k = ve + 1; k <= end; k++) {
      const mi = st.mentionAt[k];
      if (mi >= 0 && !skip(mi) && !isSpeaker(st, mi)) {
        const out: number[] = [];
        actorsFor(st, st.synHead(st.mentions[mi]), out);
        const rest = out.filter((x) => !src.includes(x));
        return rest.length > 0 ? rest : [mi];
      }
    }
    return [];
  }

  /**
   * A mention for an unknown noun phrase headed by `h` when it has at most
   * `newActorLength` words (PETRARCH's `new_actor_length`): its code is the quoted
   * uppercase phrase, possessive "'s" and punctuation left out. -1 when not applicable.
   */
  function newActor(st: Sent, h: number): number {
    const u = st.upos(h);
    if (u !== 'NOUN' && u !== 'PROPN') return -1;
    const toks: number[] = [];
    const stack = [h];
    while (stack.length > 0) {
      const k = stack.pop()!;
      toks.push(k);
      for (const c of st.kids(k)) {
        const d = st.dep[c];
        // A name in apposition right after its noun ("head Minerva McGonagall") is part of it.
        if (d === 'appos' && c !== k + 1) continue;
        // Of prepositional modifiers only "of" belongs to the name ("Ministry of Magic").
        if (d === 'nmod') {
          const cs = st.kid(c, 'case');
          if (cs >= 0 && st.up[cs] !== 'OF') continue;
        }
        if (CLAUSAL.has(d) || d === 'acl' || d === 'punct' || (k === h && (d === 'case' || d === 'cc'))) continue;
        stack.push(c);
      }
    }
    toks.sort((x, y) => x - y);
    const words = toks.filter((k) => XPOS[st.doc.xpos[st.a + k]] !== 'POS' && st.upos(k) !== 'PUNCT').map((k) => st.up[k]);
    if (words.length === 0 || words.length > newActorLength) return -1;
    st.mentions.push({ start: toks[0], end: toks[toks.length - 1] + 1, head: h, code: `"${words.join(' ')}"`, rule: 'new actor (new_actor_length)' });
    return st.mentions.length - 1;
  }

  /**
   * The antecedent of a pronoun subject of `v` left uncoded: the source of the governing
   * clause ("X indicated it would act"), but the subject of a passive one ("the minister was
   * killed by a bomb days after he met X": the minister), and never an unidentified attacker
   * (a bomb is no "he").
   */
  function pronounAntecedent(st: Sent, v: number): number[] {
    let p = st.head[v];
    for (let d = 0, prev = v; p >= 0 && d < 8; d++, prev = p, p = st.head[p]) {
      // "spent the day on Capitol Hill, where he met senators": the place a relative clause describes is no
      // antecedent of its personal pronoun.
      if (st.dep[prev] === 'acl:relcl' && st.upos(p) !== 'VERB') continue;
      if (st.upos(p) === 'VERB' && isPassive(st, p)) {
        const ps = st.kid(p, 'nsubj:pass') >= 0 ? st.kid(p, 'nsubj:pass') : st.kid(p, 'nsubj');
        // A pronoun patient ("said he had not been consulted and that he had ordered") refers further up.
        if (ps < 0 || (st.upos(ps) === 'PRON' && st.mentionAt[ps] < 0)) continue;
        const out: number[] = [];
        actorsFor(st, ps, out);
        // An unnamed patient ("his brother") leaves the pronoun unresolved here.
        return out;
      }
      const s = sourceOf(st, p).filter((x) => !st.mentions[x].rule.startsWith('unidentified attacker'));
      if (s.length > 0) return s;
    }
    return [];
  }

  /** Source of the clause that governs `v` (used when a `+` slot took `v`'s subject). */
  function governorSource(st: Sent, v: number, avoid: number[]): number[] {
    let p = st.head[v];
    for (let d = 0; p >= 0 && d < 8; d++, p = st.head[p]) {
      const s = sourceOf(st, p).filter((x) => !avoid.includes(x));
      if (s.length > 0) return s;
    }
    return [];
  }

  function negated(st: Sent, v: number): boolean {
    for (const c of st.kids(v)) {
      if (st.dep[c] === 'advmod' && NEG_WORDS.has(st.doc.form[st.a + c].toLowerCase())) return true;
    }
    return false;
  }

  /**
   * A word after a modal or infinitive `to` ("will abandon", "will not wire tap") is a
   * verb whatever the tagger said; such verbs are coded with linear fallbacks.
   */
  function missedVerb(st: Sent, v: number): boolean {
    if (st.promoted.has(v)) return true;
    // The head word of a multiword verb whose first word the tagger took as the verb
    // ("wire/VERB tap/NOUN").
    if (v > 0 && st.upos(v - 1) === 'VERB' && st.upos(v) !== 'PUNCT') {
      for (const key of [st.up[v], st.lemma(v).toUpperCase()]) {
        for (const e of dict.verbs.get(key) ?? []) if (e.pre.length > 0 && e.pre[e.pre.length - 1] === st.up[v - 1]) return true;
      }
    }
    const u = st.upos(v);
    if (u === 'ADJ' && st.kid(v, 'cop') >= 0 && /(ED|EN)$/.test(st.up[v])) return true; // "was freed"
    if (u !== 'NOUN' && u !== 'ADV' && u !== 'ADJ' && u !== 'X' && u !== 'PROPN') return false;
    // A verbless sentence rooted in a dictionary verb word with an actor before it
    // ("Ethiopia act on a resolution ...", "Gondor attack on Arnor").
    if (st.head[v] < 0 && u === 'NOUN' && st.kid(v, 'cop') < 0 && st.kid(v, 'det') < 0) {
      for (const c of st.kids(v)) if (c < v && st.mentionAt[c] >= 0) return true;
    }
    let p = v - 1;
    // Skip negation and adverbs, and the first word of a multiword verb ("wire tap").
    while (p >= 0 && (st.upos(p) === 'ADV' || NEG_WORDS.has(st.doc.form[st.a + p].toLowerCase()) || (p === v - 1 && st.upos(p) === 'NOUN'))) p--;
    if (p < 0) return false;
    const x = XPOS[st.doc.xpos[st.a + p]];
    return x === 'MD' || x === 'TO';
  }

  /**
   * A subjectless verb demoted to a noun modifier (acl/amod) in a sentence whose root is
   * a bare noun ("Russian police [root] arrested students"): the parser lost the main
   * verb, so roles fall back to word order.
   */
  function orphanVerb(st: Sent, v: number): boolean {
    if ((st.dep[v] !== 'acl' && st.dep[v] !== 'amod') || st.kid(v, 'nsubj') >= 0) return false;
    let root = -1;
    for (let k = 0; k < st.n && root < 0; k++) if (st.head[k] < 0) root = k;
    if (root < 0) return false;
    const u = st.upos(root);
    return (u === 'NOUN' || u === 'PROPN') && st.kid(root, 'cop') < 0;
  }

  /**
   * "condemned the raid and demanded the release of the detainees": a verb conjoined to the
   * one before, with no subject and no actor of its own to aim at, is aimed at whom the
   * first verb's act was ("condemned the raid" -> the raiders). Only directed verbal acts
   * (appeals, intents, demands, disapproval, rejection, threats, reductions) need a
   * target this way; a statement or a deed does not borrow one.
   */
  function sharedTarget(st: Sent, v: number, src: number[], cameo: string, pronoun = false): number[] {
    // (Arrests too: "killed six insurgents and detained 21" detained insurgents.)
    if (!/^(02|03|10|11|12|13|16|17)/.test(cameo)) return [];
    // (`pronoun`: "accused X of ... and he demanded ...", a subject pronoun, the same speaker, allowed.)
    const subj = st.kid(v, 'nsubj');
    const samePerson = pronoun && subj >= 0 && subj < v && /^(he|she|they|it)$/i.test(st.doc.form[st.a + subj]);
    if (st.dep[v] !== 'conj' || st.kid(v, 'cc') < 0 || (subj >= 0 && !samePerson) || st.kid(v, 'nsubj:pass') >= 0) return [];
    let p = st.head[v];
    // "condemned the raid/obj and demanded ...": the parser may hang the second verb on the
    // first one's object; the verb whose object that is comes first.
    for (let d = 0; p >= 0 && ['obj', 'iobj', 'obl', 'nmod'].includes(st.dep[p]) && d < 4; d++) p = st.head[p];
    if (p < 0 || p > v || st.upos(p) !== 'VERB' || isPassive(st, p)) return [];
    // "Bush said Tehran posed a threat to X and warned ...": a verb hung on a reported
    // clause is as likely the speaker's; the reported clause's object is not its target.
    // (An arrest is no word of the speaker's: "said its troops had killed five insurgents and detained 21".)
    if (st.dep[p] === 'ccomp' && !cameo.startsWith('17')) return [];
    // The first verb's own object or oblique phrase, read as it reads them.
    const t = targetOf(st, p, p, src);
    // An arrest shares the first verb's target only when a state's forces make it, of others than their own
    // ("deployed border guards and arrested ..."; rebels "killed nine soldiers and captured eight" took hostages).
    const home = (x: number) => stateOf(st.mentions[x].code);
    if (cameo.startsWith('17') && !src.every((y) => home(y) !== null && !/^(REB|UAF|INS|CRM)/.test(st.mentions[y].code.slice(3)))) return [];
    const foreign = (x: number) => !cameo.startsWith('17') || !(/^(MIL|COP|GOV)/.test(st.mentions[x].code.slice(3)) && src.some((y) => home(y) === home(x)));
    // "raided a neighbourhood of Sadr City and detained six men": an arrest with an object of its own
    // (people, not a bare number) did not arrest the place the first verb was done in.
    // (The parser may read "six men suspected of ..." as a clause: its subject is the object.)
    let ownObj = st.kid(v, 'obj');
    const cc = st.kid(v, 'ccomp');
    if (ownObj < 0 && cc >= 0) ownObj = st.kid(cc, 'nsubj');
    const ownPeople = cameo.startsWith('17') && ownObj > v && st.upos(ownObj) === 'NOUN' && st.mentionAt[ownObj] < 0;
    const place = (x: number) => {
      if (!ownPeople) return false;
      if (/^[A-Z]{3}$/.test(st.mentions[x].code)) return true;
      const h = st.synHead(st.mentions[x]);
      return st.upos(h) === 'PROPN' && st.head[h] >= 0 && SCENES.has(st.lemma(st.head[h]).toLowerCase());
    };
    // ("urged Maliki to ... and warned that raids would ...": the person named is another, however alike the codes.)
    return t.filter((x) => !src.includes(x) && foreign(x) && !place(x) && st.mentions[x].end <= v && (otherPerson(st, p, src, x) || !src.some((y) => st.mentions[y].code === st.mentions[x].code)));
  }

  /**
   * "X proposed a truce, an offer/appos U.S. officials have dismissed/acl:relcl", "Sadr demanded that parliament be
   * dissolved, a demand the Framework has rejected", "a move fiercely opposed/acl by Turkey": the verb of a relative
   * (or reduced passive) clause of a noun of proposing or acting, with no object of its own (the noun is its
   * object), reacts to whoever made the proposal: the noun's possessor, else the subject of the outermost clause the
   * noun is set beside (not a reporting verb's); [] when none is an actor other than the source.
   */
  function proposalAuthor(st: Sent, v: number, src: number[]): number[] {
    const n = st.head[v];
    if (n < 0 || n > v || !/^acl/.test(st.dep[v]) || st.mentionAt[n] >= 0 || !PROPOSALS.has(st.lemma(n).toLowerCase())) return [];
    if (st.kid(v, 'obj') >= 0 && !/^(that|which)$/i.test(st.doc.form[st.a + st.kid(v, 'obj')])) return [];
    if (st.kid(v, 'ccomp') >= 0 || st.kid(v, 'xcomp') >= 0) return [];
    const ok = (xs: number[]) => xs.filter((x) => !src.includes(x) && !src.some((y) => st.mentions[y].code === st.mentions[x].code));
    const poss = st.kid(n, 'nmod:poss');
    if (poss >= 0 && st.mentionAt[poss] >= 0) return ok(coordination(st, st.mentionAt[poss]));
    // The noun set beside a clause (an apposition or adjunct at its end, after a comma).
    if (n < 1 || st.doc.form[st.a + n - 1] === ',' ? false : !(n > 1 && st.upos(n - 1) === 'DET' && st.doc.form[st.a + n - 2] === ',')) return [];
    let best: number[] = [];
    for (let k = st.head[n], d = 0; k >= 0 && d < 12; k = st.head[k], d++) {
      if (st.upos(k) !== 'VERB') continue;
      if (REPORTING.has(st.lemma(k).toLowerCase())) break;
      const s = sourceOf(st, k);
      if (s.length > 0) best = s;
    }
    return ok(best);
  }

  /**
   * Whether mention `x` is the subject of a passive clause, with no agent, that verb `v` takes as its
   * complement ("demanded that Iraqi judges/nsubj:pass be allowed/ccomp to question ...").
   */
  function passiveClauseSubject(st: Sent, x: number, v: number): boolean {
    const h = st.synHead(st.mentions[x]);
    const c = st.head[h];
    return st.dep[h] === 'nsubj:pass' && c > v && st.head[c] === v && st.dep[c] === 'ccomp' && isPassive(st, c) && agentOf(st, c) < 0;
  }

  /**
   * The target of a protest's purpose clause ("marched to demand Maliki's resignation", "rallied to denounce the
   * occupation"): what its infinitive of demanding, protesting or backing names, the source's own side left out.
   */
  function purposeTarget(st: Sent, v: number, src: number[]): number[] {
    for (const c of st.kids(v)) {
      if (c < v || (st.dep[c] !== 'advcl' && st.dep[c] !== 'xcomp') || !PURPOSE_VERBS.has(st.lemma(c).toLowerCase())) continue;
      const m = st.kid(c, 'mark');
      if (m < 0 || st.up[m] !== 'TO') continue;
      const codes = new Set(src.map((x) => st.mentions[x].code));
      const t = targetOf(st, c, c, src).filter((x) => !src.includes(x) && !codes.has(st.mentions[x].code) && !venue(st, x));
      if (t.length > 0) return t;
    }
    return [];
  }

  /**
   * "telephoned Zebari to offer condolences for the victims", "met Museveni to discuss the
   * crisis": an infinitive of purpose under a verb of contact, naming no actor as its own
   * object, is aimed at whom the contact was made with: those actors, else [].
   */
  function purposeHost(st: Sent, v: number, src: number[]): number[] {
    const p = st.head[v];
    const mk = st.kid(v, 'mark');
    if (p < 0 || p > v || st.dep[v] !== 'advcl' || mk < 0 || st.up[mk] !== 'TO' || !CONTACT.has(st.lemma(p).toLowerCase())) return [];
    for (const rel of ['obj', 'iobj']) {
      const c = st.kid(v, rel);
      if (c >= 0 && st.mentionAt[c] >= 0) return [];
    }
    const o = st.kid(p, 'obj');
    if (o < 0 || st.kid(v, 'nsubj') >= 0) return [];
    const out: number[] = [];
    actorsFor(st, o, out);
    // A place visited ("visited Iraq to push the factions") is no one contacted.
    return out.filter((x) => !src.includes(x) && !venue(st, x) && st.mentions[x].code.length > 3);
  }

  /** A verb right after "and" that the parser attached to a noun (amod/acl/...). */
  function afterAnd(st: Sent, v: number): boolean {
    return v > 0 && st.upos(v - 1) === 'CCONJ' && NOUNISH_DEPS.has(st.dep[v]) && st.kid(v, 'nsubj') < 0;
  }

  interface VerbHit {
    v: number;
    events: CodedEvent[];
    patterned: boolean;
    /** Tokens the matched pattern used as its words. */
    consumed: number[];
  }

  function codeVerb(st: Sent, v: number, rescued: boolean): VerbHit | null {
    const form = st.up[v];
    const lemma = st.lemma(v).toUpperCase();
    const byForm = dict.verbs.get(form);
    // A form that starts with the lemma but is none of its regular inflections is a typo or
    // an unknown word ("departes"): the lemmatiser's guess is not a dictionary match.
    const rf = lemma !== form && form.startsWith(lemma) ? regularForms(lemma) : [];
    const byLemma = lemma !== form && (rf.length === 0 || rf.includes(form)) ? dict.verbs.get(lemma) : undefined;
    if (!byForm && !byLemma) return null;
    const all = [...(byForm ?? []), ...(byLemma ?? [])];
    // Multiword verbs that match win over single verbs; forms listed as written beat lemmas.
    const multi: { e: VerbEntry; vs: number; ve: number }[] = [];
    for (const e of all) {
      if (e.pre.length === 0 && e.post.length === 0) continue;
      const sp = multiSpan(st, v, e);
      if (sp) multi.push({ e, vs: sp[0], ve: sp[1] });
    }
    // Words of the verb itself.
    const size = (x: { e: VerbEntry }) => 1 + x.e.pre.length + x.e.post.length;
    let cands: { e: VerbEntry; vs: number; ve: number }[];
    // Competing multiword verbs at one token: longest first (stable: dictionary order next).
    if (multi.length > 0) cands = multi.slice().sort((x, y) => size(y) - size(x));
    else {
      const single = (list: VerbEntry[] | undefined) =>
        (list ?? []).filter((e) => e.pre.length === 0 && e.post.length === 0).map((e) => ({ e, vs: v, ve: v }));
      cands = single(byForm);
      if (cands.length === 0) cands = single(byLemma);
    }
    if (cands.length === 0) return null;

    // A verb the tagger missed has no clause structure to bound it: use the sentence.
    const limit = rescued || afterAnd(st, v) ? st.n : clauseEnd(st, v) + 1;
    const floor = rescued || afterAnd(st, v) ? 0 : clauseStart(st, v);
    // The reading matching the most words (verb + pattern) wins; a matched pattern beats
    // a bare verb of the same length, earlier candidates and patterns win other ties.
    let best: { m: Match; p: VerbPattern; vs: number; ve: number; total: number } | null = null;
    const seenBlocks = new Set<string>();
    const scratch: Match = { score: 0, src: -1, tgt: -1, cmp: -1, cmpPre: false, words: [] };
    // "ministers were punched by demonstrators": a passive verb's "by" agent is who did it, not its object; a pattern
    // word inside the agent phrase ("* demonstrators": 175) does not match there (s16-force, set 29).
    // (A weapon as the agent names the attack's code: "was killed by a roadside bomb", 1833.)
    const agent0 = isPassive(st, v) ? agentOf(st, v) : -1;
    const passiveAgent = agent0 >= 0 && !WEAPONS.has((st.lemma(agent0) || st.doc.form[st.a + agent0]).toLowerCase()) ? agent0 : -1;
    const inAgent = (words: readonly number[]) => passiveAgent >= 0 && words.some((w) => w > v && st.inSubtree(w, passiveAgent));
    for (const c of cands) {
      const key = `${c.e.block}:${c.vs}:${c.ve}`;
      if (seenBlocks.has(key)) continue;
      seenBlocks.add(key);
      const block = dict.blocks[c.e.block];
      // Only the patterns whose key word occurs in the sentence, in dictionary order
      // (earlier patterns win ties).
      const ids = st.candidates(block);
      for (const id of ids) {
        const p = block.patterns[id];
        // Placeholder codes (`[+++]`, `[###]`) in old test dictionaries code nothing and
        // do not block a less specific pattern.
        if (p.code.fwd !== null && !/[0-9A-Za-z]/.test(p.code.fwd)) continue;
        if (matchPattern(st, p, c.vs, c.ve, limit, scratch, floor) && (!best || size(c) + scratch.score > best.total) && !strayLightWord(st, v, scratch.words) && !inAgent(scratch.words)) {
          best = { m: { ...scratch, words: scratch.words.slice() }, p, vs: c.vs, ve: c.ve, total: size(c) + scratch.score };
        }
      }
    }
    const first = cands[0];
    if (best && best.total < size(first)) best = null;
    const code: CodePair = best ? best.p.code : (first.e.code ?? dict.blocks[first.e.block].code);
    const rule = best ? best.p.rule : first.e.code ? first.e.rule : dict.blocks[first.e.block].rule;
    const vs = best ? best.vs : first.vs;
    const ve = best ? best.ve : first.ve;
    const hit: VerbHit = { v, events: [], patterned: best !== null, consumed: best ? best.m.words : [] };
    // The other words of a multiword verb are its own ("stopped fighting X": "fighting" is no fight of its own).
    for (let k = vs; k <= ve; k++) if (k !== v) hit.consumed.push(k);
    if (code.fwd === null && code.rev === null) return hit;

    let src = sourceOf(st, v);
    if (src.length === 0 && !rescued) {
      const k = commaSubject(st, v);
      if (k >= 0) src = coordination(st, k);
    }
    let tgt: number[] | undefined;
    const m = best?.m;
    let mutual: number[] | null = null;
    if (m && m.cmp >= 0) {
      const group = coordination(st, m.cmp);
      if (m.cmpPre && m.tgt < 0) mutual = group;
      else if (!m.cmpPre) tgt = group;
    }
    if (m && m.src >= 0) src = coordination(st, m.src);
    if (m && m.tgt >= 0) {
      const slot = coordination(st, m.tgt);
      tgt = slot;
      if (m.src < 0 && src.some((x) => slot.includes(x))) {
        // The `+` slot took the subject: the source is the actor before it, as in TABARI
        // ("NOTED + *": whoever noted), else the subject of the governing clause.
        src = [];
        const t0 = st.mentions[m.tgt].start;
        for (let k = t0 - 1; k >= 0; k--) {
          const mi = st.mentionAt[k];
          if (mi >= 0 && !slot.includes(mi)) {
            src = coordination(st, mi);
            break;
          }
        }
        if (src.length === 0) src = governorSource(st, v, slot);
      }
    } else if (m && m.src >= 0) {
      // `$` after the verb: the subject becomes the target.
      const def = sourceOf(st, v).filter((x) => !src.includes(x));
      tgt = def.length > 0 ? def : targetOf(st, v, ve, src);
    }
    if (src.length === 0 && (rescued || afterAnd(st, v))) {
      // "... condemned X and promised/amod aid": a second verb the parser hung on a noun
      // shares the subject of the verb before the conjunction.
      for (let k = v - 2; k >= 0 && src.length === 0; k--) {
        if (st.upos(k) === 'VERB' && !['amod', 'acl', 'aux', 'aux:pass'].includes(st.dep[k])) src = sourceOf(st, k);
      }
    }
    if (src.length === 0 && rescued) {
      // No usable parse around a missed verb: the nearest actor before it (TABARI's rule).
      for (let k = vs - 1; k >= 0; k--) {
        if (st.mentionAt[k] >= 0) {
          src = coordination(st, st.mentionAt[k]);
          break;
        }
      }
    }
    if (src.length === 0 && newActorLength > 0) {
      const subj = st.kid(v, 'nsubj') >= 0 ? st.kid(v, 'nsubj') : st.kid(v, 'nsubj:pass');
      const mi = subj >= 0 ? newActor(st, subj) : -1;
      if (mi >= 0) src = [mi];
    } else if (newActorLength > 0) {
      // A conjunct of a known subject that names no actor is a new one ("Eriador's death
      // and injury toll": "INJURY TOLL"), as PETRARCH's new_actor_length does.
      const subj = st.kid(v, 'nsubj');
      if (subj >= 0 && src.some((x) => st.inSubtree(st.synHead(st.mentions[x]), subj))) {
        for (const c of st.kids(subj)) {
          if (st.dep[c] !== 'conj' || src.some((x) => st.inSubtree(st.synHead(st.mentions[x]), c))) continue;
          let named = false;
          for (let k = 0; k < st.n && !named; k++) named = st.mentionAt[k] >= 0 && st.inSubtree(k, c);
          const mi = named ? -1 : newActor(st, c);
          if (mi >= 0) src = [...src, mi];
        }
      }
    }
    // "Rice said Iran was playing a dangerous game and called on Tehran to ...": the parser
    // hung the second verb on the reported clause, so it inherited that clause's subject.
    // An actor acting on itself means the verb is the speaker's: take the reporting verb's
    // subject instead.
    if (tgt === undefined && src.length > 0 && st.dep[v] === 'conj' && st.kid(v, 'nsubj') < 0) {
      const p = st.head[v];
      // The reported clause: a complement, or a copular clause the parser made the object
      // ("said the United States was in contact/obj with ... and called on Lebanon").
      const clause = p >= 0 && (st.dep[p] === 'ccomp' || (st.dep[p] === 'obj' && st.kid(p, 'cop') >= 0 && st.kid(p, 'nsubj') >= 0));
      const say = clause ? st.head[p] : -1;
      if (say >= 0 && REPORTING.has(st.lemma(say).toLowerCase())) {
        const codes = new Set(src.map((x) => st.mentions[x].code));
        const own = st.mentions.filter((m, i) => !src.includes(i) && codes.has(m.code) && ARG_DEPS.has(st.dep[st.synHead(m)]) && st.head[st.synHead(m)] === v);
        // An appeal joined with "and" to a reported state ("said X was in contact with ...
        // and called on Y to") is the speaker's too: a state does not go on to urge. After
        // a reported act ("said Gondor played games and called on Rohan") the parse stands;
        // so does a fronted clause (", the spokeswoman said" after "Rice met X and urged them").
        const appeal = (code.fwd ?? '').startsWith('02') && st.kid(v, 'cc') >= 0 && say < p && st.kid(p, 'cop') >= 0;
        // "said the bombing showed that ... and urged Congress": an attack does not speak; the
        // verbal act is the speaker's.
        const mute = /^(0[1-5]|1[0-3])/.test(code.fwd ?? code.rev ?? '') && say < p && src.every((x) => st.mentions[x].rule.startsWith('unidentified attacker'));
        const alt = own.length > 0 || appeal || mute ? sourceOf(st, say) : [];
        if (alt.length > 0 && !alt.some((x) => codes.has(st.mentions[x].code))) src = alt;
      }
    }
    if (tgt === undefined) {
      const linear = rescued || afterAnd(st, v);
      // A place named as where it happened ("held talks in Istanbul with the opposition")
      // yields to a named actor later in the clause; without one it is the target, as in
      // PETRARCH ("criticized closures in Bree" -> BRE) ...
      // A visit's place is where it goes ("arrived in Beijing"): no venue there.
      const visit = /^04[23]/.test(code.fwd ?? code.rev ?? '');
      const stmt = (code.fwd ?? code.rev ?? '').startsWith('01');
      // Only words (statements, consultations, blame, rejections; no symbolic act) are about the
      // things an adjective's country has; an act or a threat of one against "Iraqi
      // villages" is against Iraq, and adjectives stay targets there.
      const violent = !/^(01[^7]|04|11|12)/.test(code.fwd ?? code.rev ?? '');
      // A rejection answers whoever proposed, not the actors of the proposal ("rejected any
      // suggestion that foreign troops ..."). (A denial's content names the accused as often
      // as the accuser: "denied taking orders from the U.S. embassy".)
      const denial = /^12/.test(code.fwd ?? code.rev ?? '');
      const cameo = code.fwd ?? code.rev ?? '';
      // An infinitive of purpose of a contact ("telephoned X to voice concern") is what the
      // contact was for: only an act of cooperation (05-08: "met X to sign a deal") is coded
      // beside it, done to X; others add nothing to the contact (no target of their own).
      const host = purposeHost(st, v, src);
      const named = visit ? [] : host.length > 0 ? (/^0[5-8]/.test(cameo) ? host : []) : targetOf(st, v, ve, src, linear, false, stmt, violent, denial, cameo);
      // "raided a house in the Dora district of Baghdad": force used on a named thing
      // happens in the place; it is not against it. (A protest in a capital stays aimed
      // at it: the development set codes "marched in Santiago" against the government.)
      const obj = st.kid(v, 'obj');
      // (Fire "at Seoul" is aimed at it.)
      const scene = /^(18|19|20)/.test(cameo) && obj >= 0 && st.mentionAt[obj] < 0 && st.upos(obj) === 'NOUN';
      tgt = named.some((x) => !st.mentions[x].code.startsWith('---')) ? named : host.length > 0 ? named : targetOf(st, v, ve, src, linear, true, stmt, violent, denial, cameo);
      // Force is used at home there ("Iraqi troops raided a house in Baghdad"); shelling a
      // village in another state is shelling that state.
      const atHome = (x: number) => src.some((y) => stateOf(st.mentions[y].code) === stateOf(st.mentions[x].code));
      if (scene && !rescued) tgt = tgt.filter((x) => !venue(st, x) || venueCase(st, x) !== 'IN' || !atHome(x));
      if (tgt.length === 0) tgt = sharedTarget(st, v, src, cameo);
      // "..., an offer U.S. officials have dismissed", "a demand the Framework has rejected": a reaction in a relative
      // clause of a proposal noun answers whoever made the proposal.
      // (Not a statement or denial: "an offer X has dismissed" rejects it, which a bare "dismissed" does not code.)
      if (tgt.length === 0 && !cameo.startsWith('01')) tgt = proposalAuthor(st, v, src);
      else if (/^13/.test(cameo) && st.dep[v] === 'conj' && st.kid(v, 'ccomp') >= 0 && st.kid(v, 'obj') < 0 && st.kid(v, 'iobj') < 0) {
        // "demanded that the government put ... and warned that the movement would use all
        // means to block it", "urged Maliki to ... and warned that raids would ...": a warning
        // joined to another act of the speaker is addressed to that act's party, not to an
        // actor of what it foresees.
        const sh = sharedTarget(st, v, src, cameo);
        if (sh.length > 0) tgt = sh;
      } else if (cameo.startsWith('17') && tgt.every((x) => st.mentions[x].code.endsWith('CRM'))) {
        // "killed six insurgents and detained 30 suspects": suspects rounded up beside insurgents are suspected
        // insurgents, not criminals.
        const sh = sharedTarget(st, v, src, cameo).filter((x) => /(REB|UAF)/.test(st.mentions[x].code.slice(3)));
        if (sh.length > 0) tgt = sh;
        // "troops ... detained 24 suspects": suspects a state's soldiers round up are suspected insurgents, as the
        // experts code them (sets 1, 10, 16, 17, 21; s15-force). (Those the police hold stay unknown: custody.ts.)
        else if (src.length > 0 && src.every((y) => /^[A-Z]{3}MIL/.test(st.mentions[y].code))) {
          tgt = tgt.map((x) => {
            const m = st.mentions[x];
            if (!/^suspects?$/i.test(st.doc.form[st.a + st.synHead(m)]) || !/^[A-Z]{3}CRM$/.test(m.code)) return x;
            st.mentions.push({ ...m, code: `${m.code.slice(0, 3)}REB`, rule: `${m.rule} + suspects rounded up by forces: suspected insurgents` });
            return st.mentions.length - 1;
          });
        }
      }
      // "supporters marched in Baghdad to demand Maliki's resignation": a protest is aimed at whom its purpose
      // names, before the place it was held in.
      // (A bare place is the scene there, "in Baghdad and Kut" too, whose second conjunct has no preposition.)
      const bare = (x: number) => st.mentions[x].code.length === 3 && stateOf(st.mentions[x].code) !== null;
      if (cameo.startsWith('14') && (tgt.length === 0 || tgt.every((x) => venue(st, x) || bare(x)))) {
        const pt = purposeTarget(st, v, src);
        if (pt.length > 0) tgt = pt;
        else if (
          tgt.length > 0 &&
          tgt.every(bare) &&
          src.every((y) => [null, st.mentions[tgt![0]].code].includes(stateOf(st.mentions[y].code))) &&
          !st.kids(v).some((c) => st.dep[c] === 'advcl' || st.dep[c] === 'xcomp')
        ) {
          // "kept up their sit-in on the highway west of Ramadi": a protest at home, in one of its own towns, is
          // aimed at its own government, not at the town. (One that says what it wants, "marched in Izmir,
          // demanding that the army strike the rebels", is about that, not the government.)
          const x = tgt[0];
          st.mentions.push({ ...st.mentions[x], code: `${st.mentions[x].code}GOV`, rule: "the protesters' own government (a protest at home)" });
          tgt = [st.mentions.length - 1];
        }
      }
      // ... except for a coordination doing something together there: "A and B met in
      // Geneva" is A and B meeting each other.
      const root = (code.fwd ?? code.rev ?? '').slice(0, 2);
      // "accused the coalition of ... and demanded that Iraqi judges be allowed/given ...": the subject of a
      // passive clause a demand asks for is who would be allowed, given or freed; the demand is made to whoever
      // must do it, the party of the act the speaker went on from.
      if ((root === '10' || root === '02') && tgt.length > 0 && tgt.every((x) => passiveClauseSubject(st, x, v))) {
        // (Not the source's own people: "raised their case and demanded that they be freed".)
        const home = new Set(src.map((y) => stateOf(st.mentions[y].code)));
        const sh = sharedTarget(st, v, src, cameo, true).filter((x) => !home.has(stateOf(st.mentions[x].code)));
        if (sh.length > 0) tgt = sh;
      }
      // "deployed troops to X", "put its army on alert after X ...": the forces moved are
      // the source's instrument; the target is where they go or whom they face.
      // A force given the article's home country (not named with one) is country-less here.
      const own = (x: number) => {
        const c = st.mentions[x].code;
        const cc = guessedCountry(st.mentions[x].rule) ? null : stateOf(c);
        return FORCES.has(c.slice(3, 6)) && c.length === 6 && (cc === null || src.some((y) => stateOf(st.mentions[y].code) === cc));
      };
      // "Democrats called for U.S. troops to begin leaving", "pushed for a force of 10,000 soldiers": the
      // source's own forces, named in what an appeal or demand asks for, are not whom it is made to.
      const askedFor = (x: number) => {
        for (let k = st.synHead(st.mentions[x]), d = 0; k >= 0 && k !== v && d < 12; k = st.head[k], d++) {
          for (const c of st.kids(k)) if ((st.dep[c] === 'case' || st.dep[c] === 'mark') && st.up[c] === 'FOR') return true;
        }
        return false;
      };
      // "Levin demanded that the first brigades begin leaving", "Democrats called for U.S. troops to begin leaving": a
      // demand that the source's own state's forces act is made to their government (the source's own government
      // asks no one); the forces are not whom it is made to.
      const thatSubject = (x: number) => {
        const h = st.synHead(st.mentions[x]);
        const c = st.head[h];
        // (Forces named by a common noun: a named commander is whom the demand is made to, "demanded that Petraeus explain".)
        return st.dep[h] === 'nsubj' && st.upos(h) === 'NOUN' && c >= 0 && st.dep[c] === 'ccomp' && st.head[c] === v && st.kid(c, 'mark') >= 0;
      };
      if ((root === '02' || root === '10') && tgt.length > 0 && tgt.every((x) => own(x) && (askedFor(x) || thatSubject(x)))) {
        const state = stateOf(st.mentions[tgt[0]].code);
        const gov = state ? `${state}GOV` : '';
        const civilian = src.length > 0 && src.every((y) => stateOf(st.mentions[y].code) === state && !/^(GOV|MIL|COP|SPY)/.test(st.mentions[y].code.slice(3)));
        // (Only for a demanded clause: "called for U.S. troops to begin leaving" stays without a target.)
        if (civilian && tgt.every(thatSubject)) {
          st.mentions.push({ ...st.mentions[tgt[0]], code: gov, rule: "the government of the source's own forces a demand names" });
          tgt = [st.mentions.length - 1];
        } else if (tgt.every(askedFor)) tgt = [];
      }
      if (FORCE_ROOTS.has(root) && tgt.length > 0 && tgt.every(own)) {
        const skip = (x: number) => src.includes(x) || tgt!.includes(x) || own(x) || src.some((y) => st.mentions[y].code === st.mentions[x].code);
        const alt = firstAfter(st, ve, st.n - 1, src, skip);
        // "had not sent ground troops into the city": with no one else named, the forces
        // moved are no target either.
        tgt = alt;
      }
      // Working together "against" someone is still together.
      const coop = INTENT_ROOTS.has(root);
      const alone = tgt.length === 0 || tgt.every((x) => venue(st, x) || !partner(st, x) || (coop && caseOf(st, x) === 'AGAINST'));
      // "the two delegations agreed to meet": one mention standing for a pair is a coordination too.
      const pair = src.length === 1 && ((st.mentions[src[0]] as { codes?: string[] }).codes?.length ?? 0) >= 2;
      // Force used on an object ("U.S. and Afghan troops raided a village") is used together;
      // only an intransitive fight ("clashed", "fought") is between the subjects.
      const fobj = st.kid(v, 'obj');
      const together = root === '19' && fobj >= 0 && !FIGHTING.has(st.lemma(fobj).toLowerCase());
      // "loyalists and militants planned to exploit the rallies": a plan or a vow is each subject's own, aimed at no
      // one of them; only an agreement (or a plan to act together) is between them.
      const oneSided = root === '03' && ONE_SIDED_INTENT.has(st.lemma(v).toLowerCase()) && !togetherAfter(st, v);
      if (alone && !together && !oneSided && (src.length >= 2 || pair) && RECIPROCAL_ROOTS.has(root) && !isPassive(st, v) && !allies(st, src, code.fwd ?? code.rev ?? '')) mutual = src;
      // "Assad lifted the state of emergency": a government's measure at home is aimed at
      // its own country when no one else is named.
      const fc = code.fwd ?? '';
      if (tgt.length === 0 && !mutual && DOMESTIC_MEASURES.some((x) => fc.startsWith(x))) {
        const home = src.map((x) => stateOf(st.mentions[x].code)).find((x) => x !== null);
        if (home) {
          const o = st.kid(v, 'obj') >= 0 ? st.kid(v, 'obj') : v;
          st.mentions.push({ start: o, end: o + 1, head: o, code: home, rule: 'the source\'s own country (a domestic measure)' });
          tgt = [st.mentions.length - 1];
        }
      }
      // "gunmen attacked checkpoints in two towns", "shelled an outpost": a post attacked with no one named on it is
      // the forces who man it, as the experts code it (s16-force: set 29; sets 10, 19, 21).
      // (Attacks, seizures and burnings: not "set up checkpoints", 191.)
      if (!mutual && /^(18|19[02-6]|171|1712)/.test(fc) && tgt.every((x) => venue(st, x))) {
        const o = barePost(st, v);
        if (o >= 0) {
          // Whose forces: the article's home given to another mention of the sentence, else the source's state (not
          // a foreign one's), else a country or place the sentence names; else left country-less.
          const given = st.mentions.find((x) => x.rule.includes(HOME_RULE) && stateOf(x.code) !== null);
          const own = src.map((x) => st.mentions[x].code).find((c) => stateOf(c) !== null && !/^(MIL|COP|GOV)/.test(c.slice(3, 6)));
          const placed = st.mentions.find((x) => x.code.length === 3 && stateOf(x.code) !== null);
          const state = given ? stateOf(given.code) : own ? stateOf(own) : placed ? stateOf(placed.code) : null;
          st.mentions.push({ start: o, end: o + 1, head: o, code: `${state ?? '---'}${postHolder(st.lemma(o))}`, rule: 'the forces who man the post attacked' });
          tgt = [st.mentions.length - 1];
        }
      }
    }

    // A negation the pattern matched is part of the idiom ("would not stay silent": a warning).
    const negCoded = hit.consumed.some((k) => NEG_WORDS.has(st.doc.form[st.a + k].toLowerCase()));
    const neg = negated(st, v) && !negCoded;
    // A compound actor ("[FRO/BIL/SAM]") codes one event per member code.
    const codesOf = (x: ActorMention): string[] => (x as { codes?: string[] }).codes ?? [x.code];
    // The pattern matched "march on" (a march on a city: see actedBy).
    const marchOn = hit.consumed.some((k) => st.up[k] === 'MARCH' && k + 1 < st.n && st.up[k + 1] === 'ON');
    const mk = (s: number, t: number, cameo: string): void => {
      const ms = st.mentions[s];
      const mt = t >= 0 ? st.mentions[t] : null;
      const lo = Math.min(vs, ms.start, mt ? mt.start : vs);
      const hi = Math.max(ve + 1, ms.end, mt ? mt.end : ve + 1);
      const g = (x: ActorMention, code: string): ActorMention => ({
        ...x,
        code,
        start: x.start + st.a,
        end: x.end + st.a,
        head: x.head + st.a,
      });
      // A country-less side takes a country from the sentence (see countryOf).
      // Not for statements: "told reporters" says nothing about whose reporters.
      const place = !cameo.startsWith('01');
      let sCountry = place ? countryOf(st, s, t, v) : null;
      const tCountry = place && t >= 0 ? countryOf(st, t, s, v, sCountry) : null;
      if (place && sCountry === null && tCountry !== null) sCountry = countryOf(st, s, t, v, tCountry);
      // The force conventions of violence.ts, in order, for one pair of codes (what they read of the sentence, once).
      const verbLemma = st.doc.lemma[v + st.a] || st.doc.form[v + st.a];
      const sFacts = victimFacts(st, ms);
      const tFacts = mt ? victimFacts(st, mt) : null;
      const post = mt ? attackedPost(st, v, mt) : null;
      const subjWords = subjectWords(st, v);
      const objLemma = objectLemma(st, v);
      let sceneMemo: boolean | null = null;
      const scene = (): boolean => (sceneMemo ??= protestScene(st, v));
      const forceCode = (sc: string, tc: string | null): string => {
        const assault = assaultByUnidentified(againstCivilians(actedBy(cameo, sc, marchOn), tc, verbLemma, sc), sc, sFacts.lemma, tc, tFacts, verbLemma, post);
        return armedCrushed(fromTheAir(crowdRepressed(assault, sc, tc, tFacts ? tFacts.lemma : '', verbLemma, scene()), sFacts.lemma, subjWords), verbLemma, tc, objLemma);
      };
      // A school or hospital struck is the civilians in it (violence.ts struckBuilding).
      const forceTarget = (sc: string, tc: string): string => withdrawnFrom(tFacts ? struckBuilding(forceCode(sc, tc), tc, tFacts.lemma) : tc);
      // "withdrew its troops from Iraq", "pulled 200 soldiers from Iraq": the matcher reads "troops from Iraq" as Iraq's
      // troops; a withdrawal is from the country (the writers' IRQ), not from its army.
      const withdrawnFrom = (tc: string): string => {
        if (!cameo.startsWith('087') || !mt || stateOf(tc) === null || tc.length <= 3) return tc;
        for (let k = mt.start + 1; k < mt.end - 1; k++) if (st.up[k] === 'FROM' && k > mt.head) return tc.slice(0, 3);
        return tc;
      };
      for (const sc0 of codesOf(ms)) {
        for (const tc0 of mt ? codesOf(mt) : [null]) {
          let sc = sCountry !== null && sc0.startsWith('---') ? sCountry + sc0.slice(3) : sc0;
          let tc = tCountry !== null && tc0 !== null && tc0.startsWith('---') ? tCountry + tc0.slice(3) : tc0;
          // A country that would make both sides one actor is not theirs to share.
          if (sc === tc) [sc, tc] = [sc0, tc0];
          if (sc === tc && !(t >= 0 && otherPerson(st, v, [s], t))) continue;
          // A pair's target ("each other's ambassadors", "the two countries' envoys") is, for each member, the other's.
          // (Only a pair's possessive, src/article/coref.ts: "both sides" of a war stay both the mediator's; members of one
          // state, "Baghdad and Erbil", stay each other's.)
          if (mt && tc !== null && mt.rule.includes("the pair's countries") && stateOf(sc) !== null && stateOf(sc) === stateOf(tc) && codesOf(mt).some((c) => stateOf(c) !== null && stateOf(c) !== stateOf(sc))) continue;
          hit.events.push({
            sentence: st.s,
            source: g(ms, sc),
            target: mt && tc ? g(mt, forceTarget(sc, tc)) : null,
            cameo: forceCode(sc, mt ? tc : null),
            negated: neg,
            ...(negCoded ? { negationCoded: true } : {}),
            verb: v + st.a,
            evidenceStart: lo + st.a,
            evidenceEnd: hi + st.a,
            rule,
          });
        }
      }
    };
    if (mutual) {
      // A single pair mention: each of its actors towards the other (mk skips equal codes).
      if (mutual.length === 1 && code.fwd) mk(mutual[0], mutual[0], code.fwd);
      for (const a of mutual)
        for (const b of mutual) {
          if (a === b || st.mentions[a].code === st.mentions[b].code) continue;
          if (code.fwd) mk(a, b, code.fwd);
        }
      return hit;
    }
    for (const s of src) {
      let any = false;
      for (const t of tgt) {
        if (t === s || (st.mentions[t].code === st.mentions[s].code && !otherPerson(st, v, [s], t))) continue;
        any = true;
        if (code.fwd) mk(s, t, code.fwd);
        if (code.rev) mk(t, s, code.rev);
      }
      // An act offered or refused on a condition may find its target in the condition ("would return to the
      // table only if the government ..."): kept for the condition rules, dropped after them when it finds none.
      if (!any && (!st.dyadsOnly || conditioned(st, v)) && code.fwd) mk(s, -1, code.fwd);
    }
    return hit;
  }

  /**
   * Whether verb `v` heads a temporal clause ("almost five years after crowds burned down
   * its embassy", "before troops withdrew") of a clause that coded a dyadic event: the
   * clause dates the reported event by an earlier or later one, which the story does not
   * report (PETRARCH codes the main event only; COMMA-10). A temporal clause under a
   * clause that coded nothing is still coded (COMMA-11/12).
   */
  function backgroundOfCoded(st: Sent, v: number, keptHits: ReadonlyMap<number, VerbHit>): boolean {
    if (!TEMPORAL_LINKS.has(st.dep[v]) || !TEMPORAL.has(subordinator(st, v))) return false;
    // The governing clause: the first verb (or the root) above v, through nominal heads
    // ("five years after ..." hung on "years").
    let g = st.head[v];
    for (let d = 0; g >= 0 && st.head[g] >= 0 && d < 64; d++) {
      const u = st.upos(g);
      if (u === 'VERB' || u === 'AUX' || st.promoted.has(g) || keptHits.has(g)) break;
      if (st.dep[g] === 'conj' || st.dep[g] === 'parataxis') return false;
      g = st.head[g];
    }
    if (g < 0) return false;
    // That verb or its xcomp chain ("is about to restore ties") coded the main event.
    const stack = [g];
    for (let d = 0; stack.length > 0 && d <= st.n; d++) {
      const x = stack.pop()!;
      const h = keptHits.get(x);
      // (A plain statement is no event an expert codes: "told reporters after meeting Bremer" reports the meeting.)
      if (x !== v && h && h.events.some((e) => e.target !== null && e.cameo !== '010')) return true;
      for (const c of st.kids(x)) if (st.dep[c] === 'xcomp') stack.push(c);
    }
    return false;
  }

  /**
   * The subordinator opening clause `v`: its `mark`, else a preposition the parser hung
   * on the clause's subject as `case` ("after/case crowds burned").
   */
  function subordinator(st: Sent, v: number): string {
    const m = st.kid(v, 'mark');
    if (m >= 0 && m < v) return st.up[m];
    const subj = st.kid(v, 'nsubj') >= 0 ? st.kid(v, 'nsubj') : st.kid(v, 'nsubj:pass');
    const c = subj >= 0 ? st.kid(subj, 'case') : -1;
    return c >= 0 && c < subj ? st.up[c] : '';
  }

  /** Whether verb `v` is not asserted as done: an infinitive, a modal, a mandative subjunctive. */
  function unasserted(st: Sent, v: number): boolean {
    for (const c of st.kids(v)) {
      const d = st.dep[c];
      if ((d === 'mark' || d === 'aux') && st.up[c] === 'TO') return true;
      if (d === 'aux' && XPOS[st.doc.xpos[st.a + c]] === 'MD') return true;
    }
    // "demanded that Israel release": a base-form verb with its own subject.
    return st.dep[v] === 'ccomp' && XPOS[st.doc.xpos[st.a + v]] === 'VB' && st.kid(v, 'nsubj') >= 0;
  }

  /**
   * The verb whose complement (xcomp/ccomp) the unasserted verb `v` is, through a
   * coordination ("promised to free X and hold talks"), or -1.
   */
  function embeddingGovernor(st: Sent, v: number, negating: (g: number) => boolean): number {
    let e = v;
    let open = unasserted(st, v);
    for (let d = 0; st.dep[e] === 'conj' && st.head[e] >= 0 && d < 64; d++) {
      e = st.head[e];
      open ||= unasserted(st, e);
    }
    if (st.dep[e] !== 'xcomp' && st.dep[e] !== 'ccomp') return -1;
    return open || negating(st.head[e]) ? st.head[e] : -1;
  }

  /**
   * The request family (appeal 02, demand 10) of the event coded at `v`, when `v` has a
   * complement clause saying what is asked for; a statement verb of telling with an
   * object and an infinitive ("told Y to leave") is a demand. Null otherwise.
   */
  function requestFamilyOf(st: Sent, v: number, h: VerbHit): '02' | '10' | null {
    if (h.events.length === 0) return null;
    const code = h.events[0].cameo;
    let fam = requestFamily(code);
    let told = false;
    if (fam === null && code.startsWith('01') && TELLING.has(st.lemma(v).toLowerCase()) && controller(st, v) >= 0) {
      fam = TELLING.get(st.lemma(v).toLowerCase())!;
      told = true;
    }
    if (fam === null) return null;
    // s18: "told the delegates that the coalition would not negotiate": what one tells another will (not) happen is a
    // statement (its clause coded on its own: an intent, a refusal, a threat); only an obligation told ("told Maliki
    // that the militias must be disarmed") or an infinitive ("told them to leave") asks for an act.
    // (A promise told on a condition, "told the council that the Marines would stop only if the gunmen were handed
    // over", is still a demand on the one told.)
    const obligation = (c: number): boolean => st.kids(c).some((k) => st.dep[k] === 'aux' && /^(must|should|ought)$/i.test(st.doc.form[st.a + k])) || onlyIf(st, c) >= 0;
    for (const c of st.kids(v)) if (c > v && requestClause(st, c) && !(told && st.dep[c] === 'ccomp' && !obligation(c))) return fam;
    return null;
  }

  /** Whether child `c` of a request verb is the clause saying what is asked for. */
  function requestClause(st: Sent, c: number): boolean {
    const d = st.dep[c];
    if (d === 'xcomp') return st.upos(c) === 'VERB' || st.promoted.has(c);
    if (d === 'advcl') {
      const m = st.kid(c, 'mark');
      return m >= 0 && st.up[m] === 'TO';
    }
    return d === 'ccomp' && unasserted(st, c);
  }

  /**
   * "called on Maliki to resign", "called on Syria to hand over the officials": an appeal (02) made with "call on" or
   * "call upon" for one of the acts of {@link CALL_ON_DEMANDS} is a demand (10), its sub-code kept (0241 -> 1041,
   * 0253 -> 1053).
   */
  function callOnDemand(st: Sent, g: number, h: VerbHit): void {
    if (st.lemma(g).toLowerCase() !== 'call' || g + 1 >= st.n || (st.up[g + 1] !== 'ON' && st.up[g + 1] !== 'UPON')) return;
    if (!h.events.some((e) => e.cameo.startsWith('02'))) return;
    // The asked-for act: an infinitive on the call or on the one called on ("called on X/obl to resign/acl").
    let act = -1;
    for (let x = g + 2; x < st.n && x <= g + 12 && act < 0; x++) {
      if (st.upos(x) !== 'VERB' || st.up[x - 1] !== 'TO') continue;
      // (Through the nouns of the one called on: "called on Abdul-Mahdi's government/appos to resign/acl".)
      let y = st.head[x];
      for (let d = 0; d < 4 && y >= 0 && y !== g && ['NOUN', 'PROPN', 'PRON'].includes(st.upos(y)); d++) y = st.head[y];
      if (y === g) act = x;
    }
    if (act < 0) return;
    const l = st.lemma(act).toLowerCase();
    if (!CALL_ON_DEMANDS.has(l)) return;
    const particle = CALL_ON_PARTICLES[l];
    if (particle && st.up[act + 1] !== particle) return;
    if (l === 'set' || l === 'announce') {
      const o = st.kid(act, 'obj');
      if (o < 0 || !DATE_OBJECTS.has(st.lemma(o).toLowerCase())) return;
    }
    for (const e of h.events) {
      if (!e.cameo.startsWith('02')) continue;
      const code = requestCode('10', e.cameo.slice(2));
      e.rule = `${e.rule} + called on to ${l}: a demand (${e.cameo} -> ${code})`;
      e.cameo = code;
    }
  }

  /**
   * Threats about one's own side: "X warned that its fighters would attack Y", "warned that
   * the Kurdish bloc would withdraw its support for Maliki". The threat verb took the
   * clause's subject (X's own side) as target; the threatened party is the target of the
   * act in the clause. Re-aims the threat there, with the act's threat sub-code (138, 131)
   * when it has one; the act itself is the threat's content and is not coded again.
   */
  function codeOwnSideThreats(st: Sent, kept: [number, VerbHit][], hits: ReadonlyMap<number, VerbHit>): void {
    for (const [g, gh] of kept) {
      if (gh.events.length === 0 || !gh.events.every((e) => e.cameo.startsWith('13') && e.target !== null)) continue;
      const clauses: number[] = [];
      for (const c of st.kids(g)) {
        if (st.dep[c] !== 'ccomp') continue;
        clauses.push(c);
        // "warned that its fighters were ready to confront any aggression": the act under the adjective.
        if (isReadiness(st, c)) for (const x of st.kids(c)) if (st.dep[x] === 'xcomp') clauses.push(x);
      }
      for (const c of clauses) {
        // The act may be consumed by the threat's own pattern ("warned ... would withdraw its support").
        const ch = hits.get(c);
        const act = ch?.events.find((e) => e.target !== null && !e.negated);
        // "threatened that his bloc would block ...", "He (a Kurdish leader) threatened that the Kurds would
        // withdraw ...": the clause's subject is the speaker's own side, no target; with no other side named in the
        // clause the threat is left open (the article's exchange may name it, src/article/implicit.ts).
        const subj = st.kid(c, 'nsubj');
        const ownSubject = (e: CodedEvent): boolean => {
          if (subj < 0) return false;
          const t = e.target!;
          const at = t.start - st.a;
          const head = st.synHead({ ...t, start: at, end: t.end - st.a, head: t.head - st.a });
          if (head !== subj) return false;
          const poss = st.kid(subj, 'nmod:poss');
          return (poss >= 0 && OWN_POSSESSIVE.has(st.doc.form[st.a + poss].toLowerCase())) || sameSide(e.source.code, t.code);
        };
        const aimed = (x: CodedEvent): boolean => !!act && !!act.target && !sameSide(act.target.code, x.source.code) && !(stateOf(act.target.code) === stateOf(x.source.code) && act.target.code.length <= 3);
        for (const e of gh.events) {
          if (!ownSubject(e) || aimed(e)) continue;
          // The condition's subject may still name the other side (threatOnCondition, below).
          e.target = null;
          e.rule = `${e.rule} (own side's threat, target left open)`;
        }
        if (gh.events.some((e) => e.target === null)) break;
        if (!act) continue;
        for (const e of gh.events) {
          const own = stateOf(e.source.code);
          // The clause's subject is the threat's target and the speaker's own side.
          if (e.target === null || e.target.code !== act.source.code || own === null || stateOf(act.source.code) !== own) continue;
          if (stateOf(act.target!.code) === own && act.target!.code.length <= 3) continue;
          e.target = act.target;
          const t = threatCode(act.cameo);
          if (t && e.cameo === '130') e.cameo = t;
          e.rule = `${e.rule} + own side ${act.rule}`;
          e.evidenceEnd = Math.max(e.evidenceEnd, act.verb + 1);
        }
      }
    }
  }

  /**
   * Requests: a kept appeal or demand (X -> Y) with a complement clause ("urged Y to
   * disarm Z", "called on Y to stop attacks", "demanded that Y withdraw") is the event;
   * what is asked for only picks its sub-code (when the request verb's own patterns left
   * it unspecified) and is not coded again. Rewrites the request events in place and
   * returns the verbs whose events are the content of a request.
   */
  function codeRequests(st: Sent, kept: [number, VerbHit][]): Set<number> {
    const dropped = new Set<number>();
    const keptHits = new Map(kept);
    for (const [g, gh] of kept) {
      const fam = requestFamilyOf(st, g, gh);
      if (fam === null) continue;
      // The requested acts: kept verbs below `g` reached through a complement clause, or
      // an unasserted verb inside the request's object ("for a ceasefire to end X").
      let first = -1;
      for (const [e] of kept) {
        if (e === g) continue;
        let top = e;
        let open = unasserted(st, e);
        let d = 0;
        for (; st.head[top] >= 0 && st.head[top] !== g && d < 64; d++) {
          if (st.dep[top] === 'parataxis' || st.dep[top] === 'list') break;
          top = st.head[top];
          open ||= unasserted(st, top);
        }
        if (st.head[top] !== g) continue;
        const rel = st.dep[top];
        const clause = requestClause(st, top);
        if (!clause && !(open && ['obj', 'iobj', 'obl', 'nmod'].includes(rel))) continue;
        dropped.add(e);
        if (clause && top > g && (first < 0 || e < first)) first = e;
      }
      if (first < 0) continue;
      const code = gh.events[0].cameo;
      const telling = requestFamily(code) === null;
      if (!telling && code !== fam + '0') continue;
      const content = keptHits.get(first)!.events[0];
      const cameo = requestCode(fam, requestedSuffix(content.cameo, content.negated));
      // "Sadr ordered his fighters to stop fighting the army": an order to one's own men to de-escalate is the
      // orderer's de-escalation (087x), aimed at whom they stop fighting (else at the men themselves).
      if (fam === '10' && content.cameo.startsWith('087') && !content.negated && ORDERING.has(st.lemma(g).toLowerCase())) {
        const obj = st.kid(g, 'obj') >= 0 ? st.kid(g, 'obj') : st.kid(g, 'iobj');
        const poss = obj >= 0 ? st.kid(obj, 'nmod:poss') : -1;
        const own = poss >= 0 && OWN_POSSESSIVE.has(st.doc.form[st.a + poss].toLowerCase());
        for (const ev of gh.events) {
          if (!own) continue;
          ev.cameo = content.cameo;
          if (content.target) ev.target = content.target;
          ev.rule = `${ev.rule} + own men ordered ${content.rule}`;
          ev.evidenceEnd = Math.max(ev.evidenceEnd, content.evidenceEnd);
        }
        if (gh.events.every((ev) => ev.cameo === content.cameo)) continue;
      }
      // "ordered a committee to investigate the raid": an ordered inquiry is the orderer's own act (09x), aimed at
      // what is inquired into, as "ordered an investigation into the raid" is (10-demand.yaml; s16-verbs, set 29).
      if (fam === '10' && content.cameo.startsWith('09') && !content.negated && ORDERING.has(st.lemma(g).toLowerCase())) {
        for (const ev of gh.events) {
          ev.cameo = content.cameo;
          ev.target = content.target;
          ev.rule = `${ev.rule} + ordered inquiry ${content.rule}`;
          ev.evidenceEnd = Math.max(ev.evidenceEnd, content.evidenceEnd);
        }
        continue;
      }
      for (const ev of gh.events) {
        ev.cameo = cameo;
        ev.rule = `${ev.rule} + requested ${content.rule}`;
        ev.evidenceEnd = Math.max(ev.evidenceEnd, content.verb + 1);
      }
    }
    return dropped;
  }

  /**
   * "threatened to withdraw its support from the government": a threat verb (13x, no pattern of its own)
   * whose infinitive content coded a hostile act takes that act's threat code (131 for 16, 138 for 18-20)
   * and its target when it has none; true when it did.
   */
  function threatOfContent(st: Sent, v: number, h: VerbHit, hits: ReadonlyMap<number, VerbHit>): boolean {
    if (!h.events.every((e) => e.cameo === '130')) return false;
    for (const c of st.kids(v)) {
      if (st.dep[c] !== 'xcomp') continue;
      const act = hits.get(c)?.events.find((e) => e.target !== null && !e.negated);
      const t = act ? threatCode(act.cameo) : null;
      if (!act || !t) continue;
      for (const e of h.events) {
        e.cameo = t;
        if (e.target === null || e.target.code === act.source.code) e.target = act.target;
        e.rule = `${e.rule} + threatened ${act.rule}`;
        e.evidenceEnd = Math.max(e.evidenceEnd, act.evidenceEnd);
      }
      return true;
    }
    return false;
  }

  /** Whether `v` is marked as future: "will/would/shall" or "'ll". */
  function future(st: Sent, v: number): boolean {
    for (const c of st.kids(v)) {
      if (st.dep[c] !== 'aux' || XPOS[st.doc.xpos[st.a + c]] !== 'MD') continue;
      const w = st.doc.form[st.a + c].toLowerCase();
      if (w === 'will' || w === 'would' || w === 'shall' || w === "'ll" || w === 'wo') return true;
    }
    return false;
  }

  /**
   * Intents: a cooperative act an actor says it will do ("Turkey said it would open its
   * ports" 035, "said he would meet" 036) or is ready to do ("was ready to hold talks"
   * 036) is CAMEO's intent (03), with the sub-code of the act, and one it says it will not
   * do a refusal (12x: "would not discuss" 125); the statement reporting it is not coded
   * beside it. Conflictual acts are left alone. Recodes the events
   * in place; returns the recoded verbs and the statement events they replace.
   */
  function codeIntents(st: Sent, kept: [number, VerbHit][]): { recoded: Set<number>; stated: Set<CodedEvent> } {
    const recoded = new Set<number>();
    const stated = new Set<CodedEvent>();
    const keptHits = new Map(kept);
    for (const [v, h] of kept) {
      const root = h.events[0].cameo.slice(0, 2);
      if (!INTENT_ROOTS.has(root)) continue;
      // Up a coordination ("would meet X and hold talks") to the clause's head.
      let e = v;
      let fut = future(st, v);
      for (let d = 0; st.dep[e] === 'conj' && st.head[e] >= 0 && d < 64; d++) {
        e = st.head[e];
        fut ||= future(st, e);
      }
      // "ready to help mediate": the helping verb stands between the act and its governor.
      if (st.dep[e] === 'xcomp' && st.head[e] >= 0 && st.dep[st.head[e]] === 'xcomp' && st.lemma(st.head[e]).toLowerCase() === 'help') e = st.head[e];
      const p = st.head[e];
      // "The United States will not negotiate with ...", "... but that Washington would not negotiate" (however
      // the parser hung that clause): an actor's own "will not" is its refusal, said or not.
      const mark = st.kid(e, 'mark');
      const ownRefusal = fut && h.events.every((x) => x.negated) && (p < 0 || (mark >= 0 && st.up[mark] === 'THAT'));
      if (p < 0 && !ownRefusal) continue;
      const ready = p >= 0 && st.dep[e] === 'xcomp' && isReadiness(st, p);
      // "was not prepared to reopen the talks": the negation sits on the adjective of readiness.
      const refused = h.events.every((x) => x.negated) || (ready && negated(st, p));
      if (refused && h.events.some((x) => refusalCode(x.cameo) === null)) continue;
      const isStatement = (x: VerbHit | undefined): x is VerbHit =>
        x !== undefined && x.events.every((y) => y.cameo.startsWith('01') && !y.cameo.startsWith('015') && !y.cameo.startsWith('016'));
      // "said it was ready to": the statement is the adjective's governor.
      const gp = ready && st.head[p] >= 0 && st.dep[p] === 'ccomp' ? st.head[p] : p;
      const gh = gp >= 0 ? keptHits.get(gp) : undefined;
      // A reporting verb that coded nothing (no target of its own) still reports.
      const statement = isStatement(gh) || (gh === undefined && gp >= 0 && REPORTING.has(st.lemma(gp).toLowerCase()));
      if (!ready && !ownRefusal && !(fut && statement && (st.dep[e] === 'ccomp' || st.dep[e] === 'parataxis'))) continue;
      for (const ev of h.events) {
        // "said it would not negotiate": a refusal (12x), itself asserted.
        if (refused) {
          ev.cameo = refusalCode(ev.cameo)!;
          ev.negated = false;
          ev.rule = `${ev.rule} (as refusal)`;
        } else if (defendOnCondition(st, v, ev.cameo)) {
          // "his tribesmen would defend the camp if the army attacked it": armed defence promised on another's attack
          // is a threat of force (138) toward the attacker, no intent to support.
          ev.cameo = '138';
          ev.rule = `${ev.rule} (as threat)`;
        } else {
          ev.cameo = intentCode(ev.cameo);
          ev.rule = `${ev.rule} (as intent)`;
        }
      }
      recoded.add(v);
      // The speaker's statement is the intent's report: the same actor, or its state ("He said Iran would").
      const sameActor = (a: string, b: string) => a === b || (stateOf(a) !== null && stateOf(a) === stateOf(b));
      if (gh && statement) for (const x of gh.events) if (h.events.some((ev) => sameActor(ev.source.code, x.source.code))) stated.add(x);
    }
    return { recoded, stated };
  }

  /**
   * Conditions. A cooperative act or intent (03-08) offered "only if" the target acts ("the
   * coalition would only return to the table if the government released ...") or "only in
   * exchange for" something ("will free the soldiers only in exchange for prisoners"), or
   * refused "unless" the target acts ("would not return unless the government resigned"),
   * is a demand on it (100): the condition, not the offer, is the news. One the actor says
   * it will do "unless" the target acts ("would abandon their checkpoints unless the army
   * apologised") is a threat to it (130). Rewrites the events in place.
   */
  function conditionalDemand(st: Sent, v: number, h: VerbHit): void {
    const inClause = (e: CodedEvent, c: number): boolean => {
      // Events carry document offsets; the parse is sentence-local.
      const t = e.target!;
      return st.inSubtree(st.synHead({ ...t, start: t.start - st.a, end: t.end - st.a, head: t.head - st.a }), c);
    };
    let c = onlyIf(st, v);
    // "would help restore security only if Israel set a timetable": the condition hangs on the helped act.
    for (const k of st.kids(v)) if (c < 0 && st.dep[k] === 'xcomp') c = onlyIf(st, k);
    const x = c < 0 ? onlyInExchange(st, v) : -1;
    const u = c < 0 && x < 0 ? conditionClause(st, v, 'UNLESS') : -1;
    // "would withdraw their support if Baghdad kept delaying": a hostile act promised on a condition is a threat.
    // "would consider withdrawing its ministers if there was no response": the act is the complement of a
    // future verb ("consider", "be ready to"), the condition on either.
    const gov = st.head[v];
    const governed = gov >= 0 && /^(xcomp|ccomp|obj)$/.test(st.dep[v]) && futureClause(st, gov);
    let f = c < 0 && x < 0 && u < 0 && (futureClause(st, v) || governed) ? conditionClause(st, v, 'IF') : -1;
    if (f < 0 && c < 0 && x < 0 && u < 0 && governed) f = conditionClause(st, gov, 'IF');
    if (f >= 0) {
      for (const e of h.events) {
        // "would reconsider its commitment if the government failed ...": rethinking one's ties on a condition
        // threatens to cut them (131).
        const rethink = e.cameo === '014' && RETHINK.has(st.lemma(v).toLowerCase());
        // "would not stand by him if he kept relying on the cleric": support withheld on a condition is a threat.
        const withheld = (e.cameo.startsWith('12') && e.rule.endsWith('(as refusal)')) || (e.negated && INTENT_ROOTS.has(e.cameo.slice(0, 2)));
        // "would resign if the government did not pay the guards": an intent of one's own on an ultimatum's condition
        // is a threat to whoever must meet it, not an offer.
        const ultimatumIntent = e.cameo.startsWith('03') && ultimatum(st, f);
        const threat = withheld ? '130' : e.negated ? null : rethink ? '131' : conditionalThreatCode(e.cameo) ?? (ultimatumIntent ? '130' : null);
        if (!threat) continue;
        if (withheld) {
          e.negated = false;
          e.negationCoded = true;
        }
        e.cameo = threat;
        e.rule = `${e.rule} (as conditional threat)`;
      }
      threatOnCondition(st, v, h);
      return;
    }
    if (c < 0 && x < 0) threatOnCondition(st, v, h);
    if (c < 0 && x < 0 && u < 0) refusedUntil(st, v, h);
    // The other side named as the condition's subject ("would join the cabinet only if Baghdad restored ...",
    // "would not return unless the government resigned"): the demand or threat is on it.
    const k = c >= 0 ? c : u;
    const mt = k >= 0 ? clauseSubjectActor(st, k) : null;
    for (const e of h.events) {
      const root = e.cameo.slice(0, 2);
      const refused = root === '12' && e.rule.endsWith('(as refusal)');
      if (mt && mt.code !== e.source.code && (e.target === null || !inClause(e, k)) && (INTENT_ROOTS.has(root) || refused) && !(u >= 0 && !e.negated && !refused && e.target !== null)) {
        e.target = { ...mt, start: mt.start + st.a, end: mt.end + st.a, head: mt.head + st.a };
        e.evidenceEnd = Math.max(e.evidenceEnd, mt.end + st.a);
        e.rule = `${e.rule} (on the condition's subject)`;
      }
      if (e.target === null) continue;
      if (u >= 0) {
        // "would not X unless": a refusal (12x, from the intent rules) or a negated act.
        const refusal = root === '12' && e.rule.endsWith('(as refusal)');
        // (A pact backed on the condition stands for its government, the one asked: synthetic.ts conditionedPacts.)
        if ((refusal || (INTENT_ROOTS.has(root) && e.negated)) && (inClause(e, u) || e.target.rule === PACT_RULE)) {
          e.cameo = '100';
          e.negated = false;
          e.negationCoded = true;
          e.rule = `${e.rule} (as conditional demand)`;
        } else if (INTENT_ROOTS.has(root) && !e.negated && inClause(e, u)) {
          e.cameo = '130';
          e.rule = `${e.rule} (as conditional threat)`;
        } else if (!e.negated && threatCode(e.cameo)) {
          // "would attack the bases unless the army withdrew": a threat whatever the clause names.
          e.cameo = threatCode(e.cameo)!;
          e.rule = `${e.rule} (as conditional threat)`;
        }
        continue;
      }
      if (!INTENT_ROOTS.has(root) || e.negated) continue;
      // "would meet the president only if he first secured ...": a pronoun subject is most likely the target.
      const pronoun = c >= 0 && st.kid(c, 'nsubj') >= 0 && st.upos(st.kid(c, 'nsubj')) === 'PRON';
      if (c >= 0 ? !inClause(e, c) && !pronoun : x < 0) continue;
      e.cameo = '100';
      e.rule = `${e.rule} (as conditional demand)`;
    }
  }

  /**
   * "The Front would not return to the cabinet until Maliki released the detainees": a refusal (12x, from the
   * intent rules) or a negated cooperative act that lasts "until" another actor acts is a demand on that actor
   * (100), as "unless" is. Recodes and retargets in place when the clause's subject is an actor other than the
   * source.
   */
  function refusedUntil(st: Sent, v: number, h: VerbHit): void {
    const refused = (e: CodedEvent): boolean =>
      (e.cameo.startsWith('12') && e.rule.endsWith('(as refusal)')) || (INTENT_ROOTS.has(e.cameo.slice(0, 2)) && e.negated);
    if (!h.events.some(refused)) return;
    // The clause may be parsed as a complement ("return until/mark Maliki met/ccomp").
    let k = conditionClause(st, v, 'UNTIL');
    for (const c of st.kids(v)) {
      const m = st.kid(c, 'mark');
      if (k < 0 && c > v && st.dep[c] === 'ccomp' && m >= 0 && st.up[m] === 'UNTIL') k = c;
    }
    const mt = clauseSubjectActor(st, k);
    if (!mt) return;
    for (const e of h.events) {
      if (!refused(e) || e.source.code === mt.code) continue;
      e.cameo = '100';
      e.negated = false;
      e.negationCoded = true;
      e.target = { ...mt, start: mt.start + st.a, end: mt.end + st.a, head: mt.head + st.a };
      e.rule = `${e.rule} (refused until: a demand on the clause's subject)`;
      e.evidenceEnd = Math.max(e.evidenceEnd, k + st.a + 1);
    }
  }

  /**
   * "fired missiles at X's positions in retaliation for an attack on Iran's parliament", "arrested two men on suspicion
   * of planning attacks on foreign forces": an actor inside an adjunct of reason was acted on in the act it names, not in
   * this one; no target. Only its agent may be ("in retaliation for attacks by X", "for X's attacks").
   */
  function reasonVictim(st: Sent, mi: number): boolean {
    const h = st.synHead(st.mentions[mi]);
    const cs = st.kid(h, 'case');
    const act = st.head[h] >= 0 ? st.lemma(st.head[h]).toLowerCase() : '';
    if ((st.dep[h] === 'nmod:poss' && (OPERATIONS.has(act) || WEAPONS.has(act))) || st.dep[h] === 'obl:agent' || (cs >= 0 && st.up[cs] === 'BY')) return false;
    const reason = (k: number): boolean => st.upos(k) === 'NOUN' && REASON_NOUNS.has(st.lemma(k).toLowerCase());
    for (let k = st.head[h], d = 0; k >= 0 && d < 12; k = st.head[k], d++) {
      const c = st.kid(k, 'case');
      // (The parser may hang the reason's "for" phrase on the verb: "in retaliation/obl for an attack/obl".)
      if (c > 0 && c < k && /^(FOR|TO|OF)$/.test(st.up[c]) && reason(c - 1) && c - 2 >= 0 && REASON_CASES.has(st.up[c - 2])) return true;
      if (!reason(k)) continue;
      if (c >= 0 && c < k && REASON_CASES.has(st.up[c]) && (st.dep[k] === 'obl' || st.dep[k] === 'nmod')) return true;
    }
    return false;
  }

  /** The one actor that is the subject of clause `k` (-1: no clause), or null (none, or several). */
  function clauseSubjectActor(st: Sent, k: number): ActorMention | null {
    const subj = k >= 0 ? st.kid(k, 'nsubj') : -1;
    if (subj < 0) return null;
    const tgt: number[] = [];
    actorsFor(st, subj, tgt);
    return tgt.length === 1 ? st.mentions[tgt[0]] : null;
  }

  /**
   * A threat made on a condition is aimed at whoever must meet it: "threatened to quit
   * parliament if the government delayed the referendum" threatens the government, not
   * parliament. The condition ("if"/"unless") may hang on the threat verb or on the act
   * threatened (its xcomp/ccomp). Retargets the threats (13x) in place when the clause's
   * subject is an actor other than the source.
   */
  function threatOnCondition(st: Sent, v: number, h: VerbHit): void {
    if (!h.events.some((e) => e.cameo.startsWith('13') && !e.negated)) return;
    let k = -1;
    for (const c of [v, ...st.kids(v).filter((x) => st.dep[x] === 'xcomp' || st.dep[x] === 'ccomp')]) {
      k = conditionClause(st, c, 'IF');
      if (k < 0) k = conditionClause(st, c, 'UNLESS');
      if (k >= 0) break;
    }
    const mt = clauseSubjectActor(st, k);
    if (!mt) return;
    // "had warned the Kurds that Baghdad's forces would take the city if the Peshmerga did not leave": the one warned,
    // the threat verb's own object, is whom it is aimed at (session 15, sets 10, 26, 27: the experts code the addressee).
    // (Read off the words, "warned the Kurds that ...": the parse often makes the addressee the clause's subject.)
    const addressee = st.mentions.find((m) => m.start === v + 1 + (/^(THE|ITS|THEIR)$/.test(st.up[v + 1] ?? '') ? 1 : 0) && st.up[m.end] === 'THAT');
    for (const e of h.events) {
      if (!e.cameo.startsWith('13') || e.negated || e.source.code === mt.code) continue;
      if (e.target && e.target.start === mt.start + st.a) continue;
      if (addressee && addressee.code !== e.source.code && !addressee.code.startsWith('---')) {
        e.target = { ...addressee, start: addressee.start + st.a, end: addressee.end + st.a, head: addressee.head + st.a };
        e.rule = `${e.rule} (threat to the one warned)`;
        continue;
      }
      // "would withdraw its support for Maliki if Baghdad ...": a bare country in the condition; the target
      // already named is that side, and more precisely.
      if (e.target && mt.code.length === 3 && stateOf(e.target.code) === mt.code) continue;
      e.target = { ...mt, start: mt.start + st.a, end: mt.end + st.a, head: mt.head + st.a };
      e.evidenceEnd = Math.max(e.evidenceEnd, mt.end + st.a);
      e.rule = `${e.rule} (threat on the condition's subject)`;
    }
  }

  /**
   * The "only if" condition clause of verb `v`, or -1: "would only return ... if",
   * "would return ... only if Y met ...".
   */
  function onlyIf(st: Sent, v: number): number {
    for (const c of st.kids(v)) {
      const m = st.kid(c, 'mark');
      if (st.dep[c] !== 'advcl' || m < 0 || st.up[m] !== 'IF') continue;
      for (const a of st.kids(v)) if (st.dep[a] === 'advmod' && st.up[a] === 'ONLY') return c;
      for (let k = v; k < m; k++) if (st.up[k] === 'ONLY') return c;
    }
    return -1;
  }

  /**
   * The "only in exchange for" (or "only in return for") adjunct of verb `v`, or -1. Read
   * off the words: the parser often hangs the adjunct on the object.
   */
  function onlyInExchange(st: Sent, v: number): number {
    for (let k = v + 1; k + 3 < st.n; k++) {
      if (st.up[k] !== 'ONLY' || st.up[k + 1] !== 'IN' || (st.up[k + 2] !== 'EXCHANGE' && st.up[k + 2] !== 'RETURN') || st.up[k + 3] !== 'FOR') continue;
      if (st.inSubtree(k + 2, v)) return k + 2;
    }
    return -1;
  }

  /** Whether an "until" follows verb `v` inside its clause (the parser may make it a preposition: "until/case the government halted"). */
  function untilAfter(st: Sent, v: number): boolean {
    if (conditionClause(st, v, 'UNTIL') >= 0) return true;
    for (let k = v + 1; k < st.n; k++) if (st.up[k] === 'UNTIL' && st.inSubtree(k, v)) return true;
    return false;
  }

  /** Whether verb `v` has a condition ("if", "unless", "until") whose subject may be the act's other side. */
  function conditioned(st: Sent, v: number): boolean {
    return ['IF', 'UNLESS', 'UNTIL'].some((m) => clauseSubjectActor(st, conditionClause(st, v, m)) !== null);
  }

  /** The clause marked `mark` ("UNLESS", "IF") of verb `v` (or of the clause head `v` is conjoined to), or -1. */
  function conditionClause(st: Sent, v: number, mark: string): number {
    for (let e = v, d = 0; e >= 0 && d < 8; d++) {
      for (const c of st.kids(e)) {
        const m = st.kid(c, 'mark');
        if (st.dep[c] === 'advcl' && m >= 0 && st.up[m] === mark) return c;
        // "would not return until the government obtained ...": the parser often makes an "until" or "unless" clause
        // a complement of the verb it follows (ccomp); no complement is introduced by either word.
        if (st.dep[c] === 'ccomp' && c > e && m >= 0 && st.up[m] === mark && (mark === 'UNTIL' || mark === 'UNLESS')) return c;
        // So is an "if" clause after a future act that asks nothing ("would resign if/mark X did not/ccomp ..."):
        // a condition, not an indirect question ("would decide if ...").
        if (mark === 'IF' && st.dep[c] === 'ccomp' && c > e && m >= 0 && st.up[m] === 'IF' && future(st, e) && !QUESTIONING.has(st.lemma(e).toLowerCase())) return c;
      }
      if (st.dep[e] !== 'conj') break;
      e = st.head[e];
    }
    return -1;
  }

  /**
   * A statement of what the speaker's side will do "only if" (or will not do "unless") Y
   * acts is a demand on Y (100), and what it will do "unless" Y acts a threat to Y (130),
   * even when the act itself codes nothing ("said his government would resume oil exports
   * only if Khartoum accepted ..."). Recodes a plain statement (010) whose target stands in
   * that clause. Rewrites in place.
   */
  function statedCondition(st: Sent, g: number, gh: VerbHit): void {
    if (!gh.events.every((e) => e.cameo === '010' && e.target !== null)) return;
    // Any future clause under the statement (the parser may hang it on "last week").
    for (let c = g + 1; c < st.n; c++) {
      if (!future(st, c) || !st.inSubtree(c, g)) continue;
      const only = onlyIf(st, c);
      const unless = only < 0 ? conditionClause(st, c, 'UNLESS') : -1;
      const k = only >= 0 ? only : unless;
      if (k < 0) continue;
      const code = only >= 0 || negated(st, c) ? '100' : '130';
      // The condition's own subject is who must meet it ("only if Maliki set a date for the departure of the
      // occupation forces" is a demand on Maliki, not on the forces named inside the condition).
      const who = clauseSubjectActor(st, k);
      for (const e of gh.events) {
        const t = e.target!;
        if (!st.inSubtree(st.synHead({ ...t, start: t.start - st.a, end: t.end - st.a, head: t.head - st.a }), k)) continue;
        e.cameo = code;
        e.rule = `${e.rule} (stated condition)`;
        if (who && who.code !== e.source.code && who.start + st.a !== t.start && !gh.events.some((o) => o.target !== null && o.target.start === who.start + st.a)) {
          e.target = { ...who, start: who.start + st.a, end: who.end + st.a, head: who.head + st.a };
          e.rule = `${e.rule} (on the condition's subject)`;
        }
      }
    }
  }

  /**
   * The same stated condition when the statement coded no event, its only actors being of
   * the speaker's own state ("the Kenyan opposition said it would return to parliament only
   * if the president set a date": a demand on the president, 100): an event from the
   * speaker to the condition's subject. Adds a hit for the reporting verb to `kept`.
   */
  function conditionOfStatement(st: Sent, kept: [number, VerbHit][]): void {
    const keptAt = new Map(kept);
    for (let g = 0; g < st.n; g++) {
      if (st.upos(g) !== 'VERB' || !REPORTING.has(st.lemma(g).toLowerCase())) continue;
      const gh = keptAt.get(g);
      if (gh && gh.events.some((e) => e.cameo !== '010')) continue;
      // The quote may come first ("\"We will not return until the government ...,\" said the bloc's leader").
      for (let c = 0; c < st.n; c++) {
        if (c === g || !future(st, c) || !st.inSubtree(c, g) || st.upos(c) !== 'VERB') continue;
        // The act's own verb carries the condition; a verb that coded its own demand or threat already said it.
        const ch = keptAt.get(c);
        if (ch && ch.events.some((e) => /^(10|13)/.test(e.cameo))) continue;
        const only = onlyIf(st, c);
        const unless = only < 0 ? conditionClause(st, c, 'UNLESS') : -1;
        // "would not return until Maliki met its demands": the same demand.
        // "the boycott would continue until the government set a timetable": likewise.
        const measure = st.kid(c, 'nsubj');
        const lasting =
          /^(continue|remain|persist|last|go)$/.test(st.lemma(c).toLowerCase()) &&
          measure >= 0 &&
          /^(boycott|strike|protest|sit-in|sanction|embargo|blockade|suspension|freeze|walkout|siege|campaign)s?$/.test(st.lemma(measure).toLowerCase());
        const untilOk = only < 0 && unless < 0 && (negated(st, c) || lasting);
        let until = untilOk ? conditionClause(st, c, 'UNTIL') : -1;
        let subj = -1;
        if (untilOk && until < 0) {
          // "until the government set ..." parsed as a prepositional phrase ("until/case
          // government/obl"): its noun is the clause's subject.
          for (let q = c + 1; q < st.n && until < 0; q++) {
            if (st.up[q] !== 'UNTIL' || st.dep[q] !== 'case' || !st.inSubtree(q, c)) continue;
            const np = st.head[q];
            if (np >= 0 && st.head[np] === c && st.kids(c).some((x) => x > np && /^(advcl|parataxis|ccomp|xcomp)$/.test(st.dep[x]))) {
              until = np;
              subj = np;
            }
          }
        }
        // "the bloc would resume its boycott of parliament if the government signed the pact", "would quit the
        // cabinet if Maliki gave in": leaving or boycotting announced on a plain condition is a threat to the
        // condition's subject (130).
        // Any act so announced on an ultimatum's condition alike ("would appoint new ministers if the bloc kept up its
        // boycott", "would take the dispute to the courts if Baghdad did not pay").
        const plainIf = only < 0 && unless < 0 && until < 0 && !negated(st, c) && !ch?.events.length ? conditionClause(st, c, 'IF') : -1;
        // (Only the statement's own: "said the general had warned the Kurds that ... if ..." is the general's threat.)
        const own = (): boolean => {
          for (let x = st.head[c], d = 0; x >= 0 && x !== g && d < 64; x = st.head[x], d++) if (keptAt.get(x)?.events.length) return false;
          return true;
        };
        const leaving = plainIf >= 0 && (leavingAct(st, c) || (ultimatum(st, plainIf) && own())) ? plainIf : -1;
        const k = only >= 0 ? only : unless >= 0 ? unless : until >= 0 ? until : leaving;
        if (k < 0) continue;
        if (subj < 0) subj = st.kid(k, 'nsubj');
        if (subj < 0) continue;
        const tgt: number[] = [];
        actorsFor(st, subj, tgt);
        const src = sourceOf(st, g);
        if (src.length === 0 || tgt.length === 0) continue;
        const code = only >= 0 || until >= 0 || negated(st, c) ? '100' : '130';
        const hit: VerbHit = gh ?? { v: g, events: [], patterned: false, consumed: [] };
        const abs = (m: ActorMention): ActorMention => ({ ...m, start: m.start + st.a, end: m.end + st.a, head: m.head + st.a });
        for (const s of src) {
          for (const t of tgt) {
            const ms = st.mentions[s];
            const mt = st.mentions[t];
            if (ms.code === mt.code || hit.events.some((e) => e.target !== null && e.target.start === mt.start + st.a && e.cameo === code)) continue;
            const lo = Math.min(ms.start, g);
            const hi = Math.max(mt.end, g + 1);
            hit.events.push({
              sentence: st.s,
              source: abs(ms),
              target: abs(mt),
              cameo: code,
              negated: false,
              verb: g + st.a,
              evidenceStart: lo + st.a,
              evidenceEnd: hi + st.a,
              rule: `statement of a condition on ${st.doc.form[st.a + subj]} (${code})`,
            });
          }
        }
        if (!gh && hit.events.length > 0) {
          kept.push([g, hit]);
          keptAt.set(g, hit);
        }
        break;
      }
    }
  }

  /** Whether condition clause `k` is an ultimatum's: the other side not acting or going on ("if X did not ...", "if X continued ..."). */
  function ultimatum(st: Sent, k: number): boolean {
    return k >= 0 && (negated(st, k) || DEFIANCE.has(st.lemma(k).toLowerCase()));
  }

  /** Whether verb `v` announces leaving or boycotting ("quit the government", "withdraw its ministers", "resume its boycott"). */
  function leavingAct(st: Sent, v: number): boolean {
    const l = st.lemma(v).toLowerCase();
    if (/^(quit|boycott|withdraw|leave|abandon)$/.test(l)) return true;
    if (l === 'pull') return st.kids(v).some((x) => st.up[x] === 'OUT');
    const o = st.kid(v, 'obj');
    return /^(resume|begin|start|launch|renew|call)$/.test(l) && o >= 0 && /^(boycott|walkout|strike)s?$/.test(st.lemma(o).toLowerCase());
  }

  /**
   * "Israel would not allow Hezbollah to rebuild its bases": refusing to let an actor act,
   * said of the future, is a warning to it (130), not a refusal to yield. Rewrites in place.
   */
  function refusalToAllow(st: Sent, v: number, h: VerbHit): void {
    if (!ALLOWING.has(st.lemma(v).toLowerCase()) || !futureClause(st, v)) return;
    for (const e of h.events) {
      const refused = e.negated || (e.cameo.startsWith('12') && e.rule.endsWith('(as refusal)'));
      if (!refused || e.target === null) continue;
      e.cameo = '130';
      e.negated = false;
      e.negationCoded = true;
      e.rule = `${e.rule} (refusal to allow: a warning)`;
    }
  }

  /**
   * "The government would not be pressured by Washington": a demand or coercion its patient
   * says it will not bow to is the patient's rejection of the agent (120). Rewrites in place.
   */
  function refusedPressure(st: Sent, v: number, h: VerbHit): void {
    if (!futureClause(st, v) || !st.kids(v).some((c) => st.dep[c] === 'aux:pass' || st.dep[c] === 'nsubj:pass')) return;
    for (const e of h.events) {
      if (!e.negated || e.target === null || !/^(10|17)/.test(e.cameo)) continue;
      const agent = e.source;
      e.source = e.target;
      e.target = agent;
      e.cameo = '120';
      e.negated = false;
      e.negationCoded = true;
      e.rule = `${e.rule} (pressure refused: a rejection)`;
    }
  }

  /**
   * "The Kurdish parties refused to back the president", "declined to endorse the plan": a refusal (12) that
   * yielded to the cooperative act it governs (05 support, 04 meet, ...) refuses that act; the act is not done.
   * Recodes the act's events to their refusal (12x, as "would not back" is) in place.
   */
  function refusedCooperation(st: Sent, v: number, h: VerbHit, hits: ReadonlyMap<number, VerbHit>, kept: readonly [number, VerbHit][]): void {
    const r = st.head[v];
    if (r < 0 || st.dep[v] !== 'xcomp') return;
    const rh = hits.get(r);
    // "decline" codes only through its patterns (prices decline too); "declined to endorse" is a refusal still.
    const refusal = rh && rh.events.length > 0 ? rh.events.every((e) => e.cameo.startsWith('12')) : st.lemma(r).toLowerCase() === 'decline';
    if (!refusal || kept.some(([k]) => k === r)) return;
    for (const e of h.events) {
      if (e.negated || !INTENT_ROOTS.has(e.cameo.slice(0, 2))) continue;
      e.cameo = refusalCode(e.cameo) ?? '120';
      e.rule = `${e.rule} (refused: a rejection)`;
    }
  }

  /**
   * "had no intention of meeting X", "saw no reason to meet X", "has no plans to resume talks": a cooperative act
   * the actor says it has no intention, plan or reason to do is refused (12x), not done or intended. The act may be
   * the hit's verb under the noun, or the light verb's object ("had ... meeting", "has ... talks"). Recodes in place.
   */
  function noIntention(st: Sent, v: number, h: VerbHit): void {
    const none = (n: number): boolean =>
      n >= 0 && st.upos(n) === 'NOUN' && NO_INTENT_NOUNS.has(st.lemma(n).toLowerCase()) && st.kids(n).some((c) => st.lemma(c).toLowerCase() === 'no' && st.dep[c] === 'det');
    let found = none(st.kid(v, 'obj'));
    for (let k = v, d = 0; !found && k >= 0 && d < 3 && /^(acl|advcl|xcomp)$/.test(st.dep[k]); d++) {
      const p = st.head[k];
      found = none(p) || (st.upos(p) === 'VERB' && none(st.kid(p, 'obj')));
      k = p;
    }
    if (!found) return;
    for (const e of h.events) {
      if (e.negated || !INTENT_ROOTS.has(e.cameo.slice(0, 2))) continue;
      e.cameo = refusalCode(e.cameo) ?? '120';
      e.rule = `${e.rule} (no intention: a refusal)`;
    }
  }

  /** Whether `v` heads a subordinate clause of condition or time ("until the South cut ties", "if ..."). */
  function subordinate(st: Sent, v: number): boolean {
    for (const c of st.kids(v)) if (st.dep[c] === 'mark' && /^(IF|UNLESS|UNTIL|WHEN|BEFORE|AFTER|ONCE|WHILE|BECAUSE|SINCE|AS)$/.test(st.up[c])) return true;
    return false;
  }

  /** Whether `v` (or a clause head it is conjoined to) is marked as future ("would withdraw"). */
  function futureClause(st: Sent, v: number): boolean {
    for (let e = v, d = 0; e >= 0 && d < 8; d++) {
      if (future(st, e)) return true;
      if (st.dep[e] !== 'conj') break;
      e = st.head[e];
    }
    return false;
  }

  function codeSentence(doc: Doc, s: number, date: DayNumber | undefined, out: CodedEvent[], dyadsOnly: boolean): void {
    const a = doc.sentStart[s];
    const n = doc.sentEnd[s] - a;
    if (n === 0) return;
    // Skip sentences without any word that could be a dictionary verb (cheap, before actors).
    let anyVerb = false;
    for (let k = 0; k < n && !anyVerb; k++) {
      const u = UPOS[doc.upos[a + k]];
      anyVerb = u === 'VERB' || u === 'AUX' || (doc.head[a + k] < 0 && u === 'NOUN') || (u === 'NOUN' && AIR_STRIKE_VERBS.has(doc.lemma[a + k]?.toLowerCase() ?? ''));
    }
    if (!anyVerb) return;
    let mentions = cfg.actors.match(doc, s, date);
    const anyone = syntheticMentions(doc, s);
    if (anyone.length > 0) mentions = [...mentions, ...anyone.filter((x) => !mentions.some((m) => m.start <= x.start && x.start < m.end))];
    const cut = commas ? commaCut(doc, a, n) : null;
    if (cut) mentions = mentions.filter((m) => !cut[m.start - a] && !cut[m.end - 1 - a]);
    const st = new Sent(doc, s, mentions, (w) => dict.verbs.has(w));
    st.dyadsOnly = dyadsOnly;
    if (st.mentions.length === 0 && newActorLength <= 0) return;
    const hits = new Map<number, VerbHit>();
    for (let v = 0; v < n; v++) {
      const u = st.upos(v);
      // AUX only counts as the main verb when it heads its clause (not aux/cop of another).
      if (cut && cut[v]) continue;
      // "Iran, which has close ties to the Shiite parties": a participle spelled as its bare verb is an adjective the
      // tagger misread ("close", "open", "free"), unless the verb's participle is its bare form ("had cut", "has come").
      // (Only a form no participle ends like: an unknown word the lemmatiser left as it is, "reelected", stays a verb.)
      if (u === 'VERB' && XPOS[st.doc.xpos[st.a + v]] === 'VBN' && st.up[v] === st.lemma(v).toUpperCase() && !/(?:D|T|N)$/.test(st.up[v]) && !BARE_PARTICIPLES.has(st.up[v])) continue;
      const main = u === 'VERB' || (u === 'AUX' && !['aux', 'aux:pass', 'cop'].includes(st.dep[v]));
      const rescued = main ? orphanVerb(st, v) : missedVerb(st, v);
      if (!main && !rescued) continue;
      const h = codeVerb(st, v, rescued);
      if (h) hits.set(v, h);
    }
    // A governing verb without a matched pattern yields to the verb of its xcomp chain
    // when that verb codes an event ("agreed to restore ties" -> restore).
    const xcompCodes = (v: number): boolean => {
      // Iterative: an xcomp chain may be as long as the sentence.
      const stack = [v];
      while (stack.length > 0) {
        const x = stack.pop()!;
        for (const c of st.kids(x)) {
          if (st.dep[c] !== 'xcomp') continue;
          const h = hits.get(c);
          // A verb another verb's words include ("stop fighting") is that verb's, no act to yield to.
          if (h && h.events.length > 0 && !consumed.has(c)) return true;
          stack.push(c);
        }
      }
      return false;
    };
    // An event without a target inside the clause of a verb that coded a full event is a
    // part of that event, not one of its own (PETRARCH drops it the same way).
    const insideCoded = (v: number): boolean => {
      // Conjoined and parataxis clauses stand beside, not inside, their head clause; so does an apposition's
      // relative clause ("sent troops ..., a move the Kurds called a provocation": a reaction to it).
      for (let c = v, d = 0; st.head[c] >= 0 && d < 64; c = st.head[c], d++) {
        if (st.dep[c] === 'conj' || st.dep[c] === 'parataxis' || st.dep[c] === 'appos') return false;
        const h = hits.get(st.head[c]);
        if (h && h.events.some((e) => e.target !== null)) return true;
      }
      return false;
    };
    // A verb that another verb's pattern used as one of its words ("wants ... ATTACK")
    // is part of that event, not an event of its own.
    const consumed = new Set<number>();
    for (const [v, h] of hits) if (h.events.length > 0) for (const k of h.consumed) if (k !== v) consumed.add(k);
    const kept: [number, VerbHit][] = [];
    for (const [v, h] of hits) {
      if (h.events.length === 0 || consumed.has(v)) continue;
      // A request keeps its own event: "urged Y to disarm Z" is an appeal to Y; so does a threat: "threatened
      // to withdraw its support from the government" is a threat (131) to the government, its content no act.
      if (!h.patterned && requestFamilyOf(st, v, h) === null && !threatOfContent(st, v, h, hits) && xcompCodes(v)) continue;
      kept.push([v, h]);
    }
    for (const [v, h] of kept) refusedCooperation(st, v, h, hits, kept);
    for (const [v, h] of kept) noIntention(st, v, h);
    const requested = codeRequests(st, kept);
    for (const [v, h] of kept) callOnDemand(st, v, h);
    codeOwnSideThreats(st, kept, hits);
    const intents = codeIntents(st, kept);
    for (const [v, h] of kept) conditionalDemand(st, v, h);
    for (const [v, h] of kept) refusalToAllow(st, v, h);
    for (const [v, h] of kept) refusedPressure(st, v, h);
    for (const [v, h] of kept) statedCondition(st, v, h);
    conditionOfStatement(st, kept);
    // A threat left open above whose condition named no other side has no event in a dyads-only pass.
    if (st.dyadsOnly) {
      for (const [, h] of kept) for (let i = h.events.length - 1; i >= 0; i--) if (h.events[i].target === null) h.events.splice(i, 1);
      for (let i = kept.length - 1; i >= 0; i--) if (kept[i][1].events.length === 0) kept.splice(i, 1);
    }
    // An intended, demanded or reported-future act ("promised to free", "demanded that X
    // release", "said it would send") is not an event of its own when the verb governing
    // it coded one: that event already says what was promised or demanded. Under a mere
    // statement (01) only material acts are dropped: "said it would accept" is itself the
    // verbal act a statement reports.
    const keptHits = new Map(kept);
    const seen = new Set<string>();
    for (const [v, h] of kept) {
      if (requested.has(v)) continue;
      const g = intents.recoded.has(v) ? -1 : embeddingGovernor(st, v, (x) => {
        // Under a denial or rejection nothing embedded is asserted ("denied it had attacked").
        const gh = keptHits.get(x);
        return gh !== undefined && gh.events.every((e) => e.cameo.startsWith('016') || e.cameo.startsWith('12'));
      });
      const gh = g >= 0 ? keptHits.get(g) : undefined;
      if (gh) {
        const statement = gh.events.every((e) => e.cameo.startsWith('01') && !e.cameo.startsWith('016'));
        // A hostile act the speaker says its own side will do is its threat ("said Syria would
        // respond forcefully": 138 once the modality is known), not a report the statement covers.
        // "said it would boycott sessions until the government halted ...": a measure announced
        // until a demand is met is taken, not threatened; the statement does not cover it.
        const announced = statement && futureClause(st, v) && !subordinate(st, v) && h.events.every((e) => e.cameo.startsWith('16') && !e.negated) && untilAfter(st, v);
        const ownThreat =
          statement &&
          !announced &&
          futureClause(st, v) &&
          !subordinate(st, v) &&
          h.events.every((e) => threatCode(e.cameo) !== null && !e.negated && gh.events.some((x) => stateOf(x.source.code) !== null && stateOf(x.source.code) === stateOf(e.source.code)));
        if (ownThreat) {
          for (const e of h.events) {
            e.rule = `${e.rule} (as threat ${e.cameo})`;
            e.cameo = threatCode(e.cameo)!;
          }
        } else if (!announced && (!statement || h.events.every((e) => MATERIAL_ROOTS.has(e.cameo.slice(0, 2))))) continue;
      }
      if (backgroundOfCoded(st, v, keptHits)) continue;
      const dropUntargeted = h.events.some((e) => e.target === null) && insideCoded(v);
      for (const e of h.events) {
        if (dropUntargeted && e.target === null) continue;
        if (intents.stated.has(e)) continue;
        const key = `${e.source.start}:${e.source.code}|${e.target ? `${e.target.start}:${e.target.code}` : '-'}|${e.cameo}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(e);
      }
    }
  }

  const commas = cfg.options?.commas;

  /** Tokens (sentence-local) inside comma clauses the comma rules remove, or null. */
  function commaCut(doc: Doc, a: number, n: number): Uint8Array | null {
    const c = commas!;
    const pos: number[] = [];
    for (let k = 0; k < n; k++) if (doc.form[a + k] === ',') pos.push(k);
    if (pos.length === 0) return null;
    const words = (from: number, to: number): number => {
      let w = 0;
      for (let k = from; k < to; k++) if (/[\p{L}\p{N}]/u.test(doc.form[a + k])) w++;
      return w;
    };
    const cut = new Uint8Array(n);
    let any = false;
    const mark = (from: number, to: number, lo: number, hi: number): void => {
      const w = words(from, to);
      if (hi > 0 && w >= lo && w <= hi) {
        cut.fill(1, from, to);
        any = true;
      }
    };
    mark(0, pos[0], c.bmin, c.bmax);
    for (let i = 0; i + 1 < pos.length; i++) mark(pos[i] + 1, pos[i + 1], c.min, c.max);
    mark(pos[pos.length - 1] + 1, n, c.emin, c.emax);
    return any ? cut : null;
  }
  return {
    code(doc: Doc, date?: DayNumber, opts?: { requireDyad?: boolean }): CodedEvent[] {
      // Discard phrases are the actor matcher's: a discarded sentence has no mentions.
      const out: CodedEvent[] = [];
      const dyadsOnly = opts?.requireDyad ?? requireDyad;
      for (let s = 0; s < doc.sentenceCount; s++) codeSentence(doc, s, date, out, dyadsOnly);
      return out;
    },
  };
}
