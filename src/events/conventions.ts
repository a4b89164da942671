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
import { mentionHead } from '../actors/head.js';
import { guessedCountry } from '../article/home.js';
import type { CodedEvent } from './types.js';
import { dependentsOf } from './obligation.js';

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
  const p = mentionHead(doc, m, true);
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
 * demand Maliki's resignation", "rallied in Cairo, demanding an end to ..."), or a crowd's rejection or
 * denunciation there (11x, 12x: "gathered in the square to reject the new cabinet"), is the protest's
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
    // s22-verbs: a crowd's rejection or denunciation in that place ("gathered in the square to reject the new
    // cabinet", "marched to denounce the verdict") is the demonstration too; a state body's stays its own act.
    const c = e.source.code;
    const crowdAct = /^1[12]/.test(e.cameo) && ![...STATE_SECTORS].some((x) => c.slice(3).includes(x));
    const inProtest =
      (e.cameo.startsWith('10') || crowdAct) &&
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

/**
 * A state's own protest is an official complaint (114), not dissent (140): "the Foreign Ministry protested the shelling",
 * "Iraq protested the strikes" (the development sets code every protest of a government 114, as they code the
 * ambassador summoned "to protest"). Only the verb "protest" with a source that is a government (`XXXGOV...`, a state
 * named by its proper name included: src/actors/stategov.ts); crowds ("Iraqis") keep their 14x.
 * @param states the dictionaries' three-letter state codes (`countryCodes`).
 */
export function stateProtestsAsComplaints(doc: Doc, events: readonly CodedEvent[], states: ReadonlySet<string>): CodedEvent[] {
  return events.map((e) => {
    if (e.cameo !== '140' || (doc.lemma[e.verb] || doc.form[e.verb]).toLowerCase() !== 'protest') return e;
    // A state named by its own name is its government already (src/actors/stategov.ts): "Iraq protested" is IRQGOV.
    const c = e.source.code;
    if (!(states.has(c.slice(0, 3)) && c.slice(3).startsWith('GOV'))) return e;
    return { ...e, cameo: '114', rule: `${e.rule} + a state's protest is an official complaint [140 -> 114]` };
  });
}

/** Nouns of a legislature's sittings: a walkout or boycott of them is aimed at the legislature (`XXXLEG`). */
const LEGISLATURE_NOUNS: ReadonlySet<string> = new Set(['parliament', 'session', 'sessions', 'sitting', 'sittings', 'chamber', 'vote', 'assembly', 'legislature', 'debate', 'hall']);
/** Nouns of the executive: quitting or boycotting it is aimed at the government (`XXXGOV`). */
const EXECUTIVE_NOUNS: ReadonlySet<string> = new Set(['cabinet', 'government', 'coalition', 'election', 'elections', 'race', 'ballot', 'polls', 'poll']);
/** Nouns of an election. */
const ELECTION_NOUNS: ReadonlySet<string> = new Set(['election', 'elections', 'race', 'ballot', 'polls', 'poll', 'vote', 'referendum']);

/** Nouns of a political group named by its leader ("Sadr's bloc", "Allawi's list"). */
const GROUP_NOUNS: ReadonlySet<string> = new Set(['bloc', 'movement', 'party', 'alliance', 'list', 'coalition', 'faction', 'front']);
/** Nouns of one's part in a body ("suspended its participation in parliament"). */
const PART_NOUNS: ReadonlySet<string> = new Set(['participation', 'membership', 'seat', 'seats', 'ministers', 'minister', 'representatives', 'members', 'delegates', 'lawmakers', 'deputies']);
/** Prepositions that name the body left or boycotted ("out of parliament", "from the cabinet", "in parliament"). */
const BODY_CASES: ReadonlySet<string> = new Set(['of', 'from', 'in']);
/** Verbs of walking out, boycotting, quitting and resigning. */
const WITHDRAWAL_LEMMAS: ReadonlySet<string> = new Set(['walk', 'boycott', 'quit', 'resign', 'withdraw', 'pull', 'suspend', 'leave', 'storm']);
/** Roots of the codes the coder gives such verbs when it misses the convention (protest, yield, reduce relations). */
const WITHDRAWAL_ROOTS: ReadonlySet<string> = new Set(['14', '16', '08']);

const children = dependentsOf;

/** Modifiers of a session that make it another body's ("a council session", "the committee's sitting"): no national legislature. */
const OTHER_BODIES: ReadonlySet<string> = new Set(['council', 'committee', 'provincial', 'party', 'commission', 'conference', 'board']);

/**
 * The noun of the body a withdrawal verb `v` leaves or boycotts ("parliament", "the cabinet", "a session"), -1 when
 * none is named, -2 when it is another body's session ("a council session").
 */
function bodyOf(doc: Doc, v: number): number {
  const lemma = doc.lemma[v].toLowerCase();
  const found = (k: number): number => (children(doc, k).some((c) => ['compound', 'amod', 'nmod:poss', 'nmod'].includes(DEPREL[doc.dep[c]]) && OTHER_BODIES.has(doc.lemma[c].toLowerCase())) ? -2 : k);
  const body = (k: number): boolean => LEGISLATURE_NOUNS.has(doc.lemma[k].toLowerCase()) || EXECUTIVE_NOUNS.has(doc.lemma[k].toLowerCase());
  for (const k of children(doc, v)) {
    const r = DEPREL[doc.dep[k]];
    if (r === 'obj') {
      // "boycotted the vote", "quit the cabinet"; "pulled its ministers out of the cabinet", "suspended its participation in parliament".
      if (body(k) && lemma !== 'pull' && lemma !== 'suspend' && lemma !== 'withdraw') return found(k);
      if (PART_NOUNS.has(doc.lemma[k].toLowerCase())) {
        for (const x of children(doc, k)) if (DEPREL[doc.dep[x]] === 'nmod' && body(x) && hasCase(doc, x, BODY_CASES)) return found(x);
      }
    }
    if (r === 'obl' && body(k) && hasCase(doc, k, BODY_CASES)) return found(k);
  }
  return -1;
}

/** Whether verb `v` is negated or only a participle modifier (no act of its subject). */
function notAnAct(doc: Doc, v: number): boolean {
  const r = DEPREL[doc.dep[v]];
  if (r === 'amod' || r === 'acl' || UPOS[doc.upos[v]] !== 'VERB') return true;
  return children(doc, v).some((k) => (DEPREL[doc.dep[k]] === 'advmod' && ['not', "n't", 'never'].includes(doc.form[k].toLowerCase())) || DEPREL[doc.dep[k]] === 'aux:pass');
}

/**
 * An article-level convention that may replace coded events: it reads the filtered events (`coded`), the coder's
 * raw events (`raw`) and its target-less ones (`open`), with the dictionaries' three-letter state codes (`states`)
 * and the article's actor at a token (`mentionAt`), and returns the events it adds and the coded events they replace.
 */
export type ReplacingConvention = (
  doc: Doc,
  coded: readonly CodedEvent[],
  raw: readonly CodedEvent[],
  open: readonly CodedEvent[],
  states: ReadonlySet<string>,
  mentionAt: (i: number) => ActorMention | null,
) => { added: CodedEvent[]; replaced: Set<CodedEvent> };

/**
 * Walkouts, boycotts, resignations and withdrawals from parliament or the cabinet as the experts code
 * them (the development sets' READMEs: "boycotts and walkouts from cabinet or parliament as 163",
 * "resignations and walkouts in protest are 163"): 163 against the body left, the legislature of the
 * source's state for parliament, its sessions or a vote ("walked out of a session in Baghdad",
 * "boycotted Saturday's vote", "suspended its participation in parliament"), its government for the
 * cabinet or an election ("pulled its ministers out of the cabinet", "quit the government"). With no
 * body named, lawmakers walking out leave their legislature ("walked out in protest over a proposal")
 * and ministers resigning their government ("two cabinet ministers resigned over the raid").
 * The coder's own event on the verb is replaced when it aims elsewhere (a place, the proposal's
 * authors, the raiders); a verb with no event takes its source from the coder's target-less pass
 * (`open`). Returns the new events and the coded events they replace.
 * @param states the dictionaries' three-letter state codes (`countryCodes`).
 */
export const withdrawalsAsBoycotts: ReplacingConvention = (doc, coded, raw, open, states, mentionAt) => {
  const added: CodedEvent[] = [];
  const replaced = new Set<CodedEvent>();
  const all = [...coded, ...raw, ...open];
  for (let s = 0; s < doc.sentenceCount; s++) {
    for (let v = doc.sentStart[s]; v < doc.sentEnd[s]; v++) {
      let lemma = doc.lemma[v].toLowerCase();
      // "announced/submitted his resignation" is resigning.
      if (RESIGNATION_VERBS.has(lemma) && children(doc, v).some((k) => DEPREL[doc.dep[k]] === 'obj' && doc.lemma[k].toLowerCase() === 'resignation')) lemma = 'resign';
      if (!WITHDRAWAL_LEMMAS.has(lemma) || notAnAct(doc, v)) continue;
      // "walked out": the particle, or "out of" before the body; "walk" alone is no walkout.
      if ((lemma === 'walk' || lemma === 'storm') && !children(doc, v).some((k) => doc.form[k].toLowerCase() === 'out' || children(doc, k).some((c) => DEPREL[doc.dep[c]] === 'case' && doc.form[c].toLowerCase() === 'out'))) continue;
      if (unasserted(doc, v)) continue;
      if (lemma === 'resign' && forced(doc, v)) continue;
      const b = bodyOf(doc, v);
      if (b === -2 || (lemma === 'storm' && b < 0)) continue;
      // Who walks out: the coder's source on the verb, else the clause's subject (or a coordinated verb's). A subject of
      // the verb's own that names an actor outranks a source the coder shared from another clause ("forces opened
      // fire ..., as the cleric blamed ... and Sadr's bloc walked out of parliament").
      let sources = all.filter((e) => e.sentence === s && e.verb === v).map((e) => e.source);
      let ownSubject = children(doc, v).find((k) => DEPREL[doc.dep[k]] === 'nsubj');
      // (A finite verb with no subject right after a group noun the parser hung elsewhere: "... and Muqtada al-Sadr's
      // bloc walked out", with "bloc" read as an apposition.)
      if (ownSubject === undefined && v > 0 && ['VBD', 'VBZ', 'VBP'].includes(XPOS[doc.xpos[v]]) && GROUP_NOUNS.has(doc.lemma[v - 1].toLowerCase()) && doc.sentenceOf(v - 1) === s) ownSubject = v - 1;
      // ("Muqtada al-Sadr's bloc": the possessor's code when the group noun names no actor itself.)
      let possessor = ownSubject !== undefined ? children(doc, ownSubject).find((k) => DEPREL[doc.dep[k]] === 'nmod:poss') : undefined;
      // (Read off the words when the parser hung the possessor elsewhere: "the bloodshed and Muqtada al-Sadr's bloc walked".)
      if (possessor === undefined && ownSubject !== undefined && ownSubject >= 2 && ["'s", "'"].includes(doc.form[ownSubject - 1]) && GROUP_NOUNS.has(doc.lemma[ownSubject].toLowerCase())) possessor = ownSubject - 2;
      const own = ownSubject !== undefined ? (mentionAt(ownSubject) ?? (possessor !== undefined ? mentionAt(possessor) : null)) : null;
      const shared = own && ownSubject !== undefined && sources.length > 0 && !sources.some((m) => (m.start <= ownSubject && ownSubject < m.end) || m.code === own.code);
      if (shared && own) sources = [own];
      if (sources.length === 0) {
        // (The first subject with an actor: "since June and pulled ..." gives the date a subject's place.)
        const subjectOf = (h: number): ActorMention | null => {
          for (const k of children(doc, h)) if (DEPREL[doc.dep[k]] === 'nsubj') { const m = mentionAt(k); if (m) return m; }
          return null;
        };
        let h = v;
        let m = subjectOf(h);
        while (!m && ['conj', 'advcl'].includes(DEPREL[doc.dep[h]]) && doc.head[h] >= 0) m = subjectOf((h = doc.head[h]));
        if (m) sources = [m];
      }
      sources = sources.filter((m, k) => sources.findIndex((x) => x.code === m.code) === k);
      for (const source of sources) {
        const src = source.code;
        const state = src.slice(0, 3);
        if (!states.has(state)) continue;
        let body: 'LEG' | 'GOV' | null = null;
        const lawmakers = /LEG|PTY/.test(src.slice(3));
        if (b >= 0) {
          const noun = doc.lemma[b].toLowerCase();
          // "cabinet sessions" are the government's; a vote boycotted by lawmakers is parliament's, by a people an election.
          if (children(doc, b).some((k) => DEPREL[doc.dep[k]] === 'compound' && EXECUTIVE_NOUNS.has(doc.lemma[k].toLowerCase()))) body = 'GOV';
          else if (noun === 'vote') body = lawmakers ? 'LEG' : 'GOV';
          else body = LEGISLATURE_NOUNS.has(noun) ? 'LEG' : 'GOV';
        }
        // Lawmakers named as such who walk out leave their chamber ("Kurdish lawmakers walked out in protest").
        else if (lemma === 'walk' && src.slice(3).includes('LEG') && !source.resolvedFrom) body = 'LEG';
        else if (lemma === 'resign' && src.slice(3).includes('GOV')) body = 'GOV';
        if (body === null) continue;
        // A body named with its own state ("the Turkish government") is that state's.
        const named = b >= 0 ? mentionAt(b) : null;
        const code = named && named.code.length === 6 && states.has(named.code.slice(0, 3)) && named.code.slice(3) === body ? named.code : `${state}${body}`;
        // (A minister resigning from his own government is coded so: IRQGOV -> IRQGOV.)
        if (src === code && lemma !== 'resign') continue;
        const onVerb = coded.filter((x) => x.sentence === s && x.verb === v && x.source.code === src);
        // The coder's own 16x against the state's legislature or government stands.
        if (onVerb.some((x) => x.cameo.startsWith('16') && x.target !== null && states.has(x.target.code.slice(0, 3)) && /^(LEG|GOV)/.test(x.target.code.slice(3)))) continue;
        // An election boycott the coder coded as a protest against the government stands (the sets code it 141, 143 or 163).
        if (b >= 0 && ELECTION_NOUNS.has(doc.lemma[b].toLowerCase()) && onVerb.some((x) => x.cameo.startsWith('14') && x.target?.code === code)) continue;
        const base = all.find((x) => x.sentence === s && x.verb === v && x.source.code === src);
        const at = b >= 0 ? b : v;
        for (const x of onVerb) if (WITHDRAWAL_ROOTS.has(x.cameo.slice(0, 2))) replaced.add(x);
        // (The coder's events by the source it shared from another clause go too.)
        if (shared) for (const x of coded) if (x.sentence === s && x.verb === v && x.source.code !== src) replaced.add(x);
        added.push({
          sentence: s,
          source,
          target: { start: at, end: at + 1, head: at, code, rule: `the ${body === 'LEG' ? 'legislature' : 'government'} of the source's state (a walkout, boycott or resignation)` },
          cameo: '163',
          negated: false,
          verb: v,
          evidenceStart: Math.min(source.start, v),
          evidenceEnd: Math.max(v, at) + 1,
          rule: `${base ? `${base.rule} + ` : ''}a walkout, boycott or resignation from parliament or the cabinet is 163 against it`,
        });
      }
    }
  }
  return { added, replaced };
};

/**
 * Whether resignation verb `v` is said to be forced ("resigned under pressure from the protesters", "resigned in the
 * face of mass protests"): the resigner yields to others, no protest of his against his own government.
 */
function forced(doc: Doc, v: number): boolean {
  return children(doc, v).some((k) => {
    if (DEPREL[doc.dep[k]] !== 'obl') return false;
    const noun = doc.lemma[k].toLowerCase();
    return (noun === 'pressure' && hasCase(doc, k, UNDER)) || (noun === 'face' && hasCase(doc, k, IN));
  });
}

const UNDER: ReadonlySet<string> = new Set(['under']);
const IN: ReadonlySet<string> = new Set(['in']);

/** Auxiliaries of an act not (yet) done: "would boycott", "could quit". */
const UNREAL_AUX: ReadonlySet<string> = new Set(['would', 'will', 'could', 'might', 'may', 'shall', 'should', 'must', "'d", "'ll", 'can']);
/** Verbs whose infinitive or gerund is a decision taken ("decided to withdraw", "voted to suspend"). */
const DECIDING: ReadonlySet<string> = new Set(['decide', 'vote', 'begin', 'start']);

/**
 * Whether withdrawal verb `v` is only threatened, planned or conditional ("would boycott sessions", "threatened to
 * quit", "consider withdrawing", "if the bloc walks out"): the coder's modality rules code those, not this convention.
 */
function unasserted(doc: Doc, v: number): boolean {
  for (const k of children(doc, v)) {
    const r = DEPREL[doc.dep[k]];
    if ((r === 'aux' && UNREAL_AUX.has(doc.form[k].toLowerCase())) || (r === 'mark' && ['if', 'unless'].includes(doc.form[k].toLowerCase()))) return true;
  }
  const r = DEPREL[doc.dep[v]];
  const h = doc.head[v];
  // A to-infinitive under anything but a decision is what was asked, faced or planned, not done ("had called on
  // Sunnis to boycott the vote", "has faced calls from protesters to resign", parsed as adverbial clauses) (set 28).
  if (XPOS[doc.xpos[v]] === 'VB' && h >= 0 && h !== v && !DECIDING.has(doc.lemma[h].toLowerCase()) && children(doc, v).some((k) => DEPREL[doc.dep[k]] === 'mark' && doc.form[k].toLowerCase() === 'to')) return true;
  return (r === 'xcomp' || (r === 'ccomp' && XPOS[doc.xpos[v]] === 'VBG' && !children(doc, v).some((k) => DEPREL[doc.dep[k]] === 'aux'))) && h >= 0 && !DECIDING.has(doc.lemma[h].toLowerCase());
}

/** Verbs that make a resignation ("announced his resignation"). */
const RESIGNATION_VERBS: ReadonlySet<string> = new Set(['announce', 'submit', 'tender', 'offer', 'hand']);


/** Verbs of a force moving against a gathering ("stormed a protest camp", "broke up the sit-in"). */
const REPRESSION_LEMMAS: ReadonlySet<string> = new Set(['storm', 'raid', 'attack', 'clear', 'disperse', 'break', 'crush', 'dismantle', 'overrun', 'bulldoze', 'torch']);
/** Nouns of a gathering of protesters. */
const GATHERING_NOUNS: ReadonlySet<string> = new Set(['sit-in', 'rally', 'demonstration', 'protest', 'march', 'vigil', 'encampment', 'gathering']);
/** Gatherings named by a head with a protest modifier ("protest camp", "the protesters' tents"). */
const CAMP_NOUNS: ReadonlySet<string> = new Set(['camp', 'tent', 'tents', 'square', 'site', 'encampment']);
/** Sectors of a state's forces and rulers, who repress a gathering. */
const REPRESSING_SECTORS = /^(MIL|COP|GOV|SPY)/;

/** Whether noun `k` names a gathering of protesters ("a protest camp", "the sit-in", "Friday's rally"). */
export function isGathering(doc: Doc, k: number): boolean {
  const lemma = doc.lemma[k].toLowerCase();
  if (GATHERING_NOUNS.has(lemma)) return true;
  if (!CAMP_NOUNS.has(lemma)) return false;
  return children(doc, k).some((c) => ['compound', 'amod', 'nmod:poss', 'nmod'].includes(DEPREL[doc.dep[c]]) && /^(protest|protester|demonstrator|sit-in)/.test(doc.lemma[c].toLowerCase()));
}

/**
 * A state's forces storming, clearing or breaking up a gathering of protesters ("troops stormed a protest camp in
 * Hawija", "police broke up the sit-in") is 175 (repression) against the protesters, coded as the opposition of the
 * forces' state (`XXXOPP`), as the development sets code "stormed a protest camp" (set 19). The place the camp is in
 * is no target. Returns the new events and the coded events on the same verbs they replace.
 * @param states the dictionaries' three-letter state codes (`countryCodes`).
 */
export const gatheringsRepressed: ReplacingConvention = (doc, coded, raw, open, states, mentionAt) => {
  const added: CodedEvent[] = [];
  const replaced = new Set<CodedEvent>();
  const all = [...coded, ...raw, ...open];
  for (let s = 0; s < doc.sentenceCount; s++) {
    for (let v = doc.sentStart[s]; v < doc.sentEnd[s]; v++) {
      if (!REPRESSION_LEMMAS.has(doc.lemma[v].toLowerCase()) || notAnAct(doc, v) || unasserted(doc, v)) continue;
      const o = children(doc, v).find((k) => DEPREL[doc.dep[k]] === 'obj');
      if (o === undefined || !isGathering(doc, o)) continue;
      let sources = all.filter((e) => e.sentence === s && e.verb === v).map((e) => e.source);
      if (sources.length === 0) {
        const subj = children(doc, v).find((k) => DEPREL[doc.dep[k]] === 'nsubj');
        const m = subj !== undefined ? mentionAt(subj) : null;
        if (m) sources = [m];
      }
      for (const source of sources.filter((m, k) => sources.findIndex((x) => x.code === m.code) === k)) {
        const state = source.code.slice(0, 3);
        if (!states.has(state) || !REPRESSING_SECTORS.test(source.code.slice(3))) continue;
        const onVerb = coded.filter((x) => x.sentence === s && x.verb === v && x.source.code === source.code);
        if (onVerb.some((x) => x.cameo.startsWith('17') && x.target !== null && /OPP|CVL|SUN|SHI/.test(x.target.code.slice(3)))) continue;
        for (const x of onVerb) if (x.target === null || x.target.code.length === 3 || ['17', '18', '19'].includes(x.cameo.slice(0, 2))) replaced.add(x);
        added.push({
          sentence: s,
          source,
          target: { start: o, end: o + 1, head: o, code: `${state}OPP`, rule: "the protesters of a gathering: the state's opposition" },
          cameo: '175',
          negated: false,
          verb: v,
          evidenceStart: Math.min(source.start, v),
          evidenceEnd: o + 1,
          rule: 'a state force storming or breaking up a gathering of protesters is repression (175) of them',
        });
      }
    }
  }
  return { added, replaced };
};

/** Verbs of offering help, mediation or good offices (promises and pledges: +0 recall, one extra on set 17, left out). */
const OFFER_LEMMAS: ReadonlySet<string> = new Set(['offer']);
/** Codes of international bodies (no state of their own): their offers of help go to the article's country too. */
const INTERNATIONAL = /^(IGO|NGO)/;

/** Verbs of help an actor says it is ready to give ("is ready to help", "stands ready to support any mediation"). */
const HELP_LEMMAS: ReadonlySet<string> = new Set(['help', 'assist', 'support', 'mediate', 'facilitate', 'contribute']);
/** Adjectives of readiness whose infinitive is an offer ("ready to", "willing to", "prepared to"). */
const READY_ADJECTIVES: ReadonlySet<string> = new Set(['ready', 'willing', 'prepared']);

/** Whether verb `v` is help its subject says it is ready to give ("the world body was ready to help"), an offer (sets 10, 6). */
function readyToHelp(doc: Doc, v: number): boolean {
  const h = doc.head[v];
  return HELP_LEMMAS.has(doc.lemma[v].toLowerCase()) && DEPREL[doc.dep[v]] === 'xcomp' && h >= 0 && READY_ADJECTIVES.has(doc.lemma[h].toLowerCase());
}

/**
 * Offers of help or mediation that name no one they are made to ("Iran offered on Thursday to help end the
 * fighting", "offered to mediate", "offered the world body's help") as the experts code them (sets 5, 9, 10, 18,
 * 19): 03x (intent to cooperate, 033 help, 039 mediation) aimed at the government of the article's home country
 * (`home`, src/article/home.ts), when the offer comes from abroad (another state or an international body). A
 * home actor offering to mediate is left alone (its parties are usually named). `open` = the coder's target-less
 * events (not yet answered); a verb the coder already gave a dyad to (`coded`) is left to it.
 * @param states the dictionaries' three-letter state codes (`countryCodes`).
 */
export function offersToHome(
  doc: Doc,
  open: readonly CodedEvent[],
  coded: readonly CodedEvent[],
  home: string | null,
  states: ReadonlySet<string>,
): CodedEvent[] {
  const out: CodedEvent[] = [];
  if (!home || !states.has(home)) return out;
  for (const e of open) {
    if (e.target || !e.cameo.startsWith('03') || !(OFFER_LEMMAS.has(doc.lemma[e.verb].toLowerCase()) || readyToHelp(doc, e.verb))) continue;
    if (notAnAct(doc, e.verb)) continue;
    const c = e.source.code;
    const state = c.slice(0, 3);
    if (!(INTERNATIONAL.test(c) || (states.has(state) && state !== home))) continue;
    if (coded.some((x) => x.sentence === e.sentence && x.verb === e.verb && x.target)) continue;
    if (out.some((x) => x.sentence === e.sentence && x.verb === e.verb && x.source.code === c)) continue;
    const v = e.verb;
    out.push({
      ...e,
      target: { start: v, end: v + 1, head: v, code: `${home}GOV`, rule: "the article's home government (an offer naming no one it is made to)" },
      rule: `${e.rule} + an offer from abroad naming no addressee is made to the home government`,
    });
  }
  return out;
}

/**
 * A threatened or announced walkout, boycott or withdrawal that names the body it would leave ("the Kurds would
 * boycott the election if the law was amended", "threatened to pull out of the cabinet") but no one it is aimed
 * at: a threat (13x, from the coder's conditional rules or the modality pass) against that body, the legislature
 * of the source's state for parliament or its sessions, its government for the cabinet or an election, as the
 * development sets code conditional boycott threats (sets 12, 13: 130 against IRQLEG/IRQGOV). `open` = the
 * coder's target-less events not yet answered; a verb with a dyad already (`coded`) is left to it.
 * @param states the dictionaries' three-letter state codes (`countryCodes`).
 */
export function withdrawalThreatsAtBody(
  doc: Doc,
  open: readonly CodedEvent[],
  coded: readonly CodedEvent[],
  states: ReadonlySet<string>,
  mentionAt: (i: number) => ActorMention | null,
): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const e of open) {
    const v = e.verb;
    if (e.target || !WITHDRAWAL_LEMMAS.has(doc.lemma[v].toLowerCase()) || doc.lemma[v].toLowerCase() === 'storm') continue;
    const root = e.cameo.slice(0, 2);
    if (!(root === '13' || (WITHDRAWAL_ROOTS.has(root) && unasserted(doc, v)))) continue;
    const b = bodyOf(doc, v);
    if (b < 0) continue;
    const src = e.source.code;
    const state = src.slice(0, 3);
    if (!states.has(state)) continue;
    if (coded.some((x) => x.sentence === e.sentence && x.verb === v && x.target)) continue;
    const noun = doc.lemma[b].toLowerCase();
    const lawmakers = /LEG|PTY/.test(src.slice(3));
    let body: 'LEG' | 'GOV';
    if (children(doc, b).some((k) => DEPREL[doc.dep[k]] === 'compound' && EXECUTIVE_NOUNS.has(doc.lemma[k].toLowerCase()))) body = 'GOV';
    else if (noun === 'vote') body = lawmakers ? 'LEG' : 'GOV';
    else body = LEGISLATURE_NOUNS.has(noun) ? 'LEG' : 'GOV';
    const named = mentionAt(b);
    const code = named && named.code.length === 6 && states.has(named.code.slice(0, 3)) && named.code.slice(3) === body ? named.code : `${state}${body}`;
    if (code === src) continue;
    if (out.some((x) => x.sentence === e.sentence && x.verb === v && x.source.code === src)) continue;
    out.push({
      ...e,
      target: { start: b, end: b + 1, head: b, code, rule: `the ${body === 'LEG' ? 'legislature' : 'government'} of the source's state (a threatened walkout or boycott)` },
      evidenceEnd: Math.max(e.evidenceEnd, b + 1),
      rule: `${e.rule} + a threatened walkout or boycott of a named body is aimed at it`,
    });
  }
  return out;
}

/**
 * Relations by which the owner of the help names it on the noun: a possessor ("the world body's help"), or (s15, set 27)
 * a noun or adjective modifier ("offered U.N. help", "offered American assistance").
 */
const OWNER_RELS: ReadonlySet<string> = new Set(['nmod:poss', 'compound', 'amod']);

/** Nouns of what is offered ("offered the world body's help", "its good offices", "Turkey's assistance"). */
const OFFERED_NOUNS: ReadonlySet<string> = new Set(['help', 'assistance', 'support', 'services', 'offices', 'expertise', 'mediation', 'cooperation']);

/**
 * "The envoy offered the United Nations' help in starting a dialogue": the owner of the help offered is the side that
 * offers it, not the one it is offered to (sets 5, 9, 21 code such offers 03x by the U.N. to the home government). An
 * offer (03x on "offer") aimed at the possessor of its object is re-aimed at the government of the article's home
 * (`home`) when the offer comes from abroad; an international body owning the help (`IGO...`, `NGO...`) is then its
 * source (the envoy speaks for it). Returns the coded events with those offers replaced.
 * @param states the dictionaries' three-letter state codes (`countryCodes`).
 */
export function offeredHelpOwners(
  doc: Doc,
  coded: readonly CodedEvent[],
  home: string | null,
  states: ReadonlySet<string>,
  misaimed: readonly CodedEvent[] = [],
  mentionAt: (i: number) => ActorMention | null = () => null,
): CodedEvent[] {
  if (!home || !states.has(home)) return [...coded];
  const out: CodedEvent[] = [];
  // An offer of an owner's help the filters removed for its target only ("offered the United Nations' help in opening
  // talks between the government and the protesters", aimed at the parties of the talks): the owner's offer, with the
  // possessor as the target to recode.
  const extra: CodedEvent[] = [];
  for (const e of misaimed) {
    if (!e.cameo.startsWith('03') || !OFFER_LEMMAS.has(doc.lemma[e.verb].toLowerCase())) continue;
    if (coded.some((x) => x.sentence === e.sentence && x.verb === e.verb) || extra.some((x) => x.sentence === e.sentence && x.verb === e.verb)) continue;
    const obj = children(doc, e.verb).find((k) => DEPREL[doc.dep[k]] === 'obj' && OFFERED_NOUNS.has(doc.lemma[k].toLowerCase()));
    const poss = obj !== undefined ? children(doc, obj).find((k) => OWNER_RELS.has(DEPREL[doc.dep[k]]) && mentionAt(k) !== null) : undefined;
    const owner = poss !== undefined ? mentionAt(poss) : null;
    if (poss === undefined || !owner || !INTERNATIONAL.test(owner.code)) continue;
    extra.push({ ...e, target: { ...owner, head: poss } });
  }
  for (const e of [...coded, ...extra]) {
    const t = e.target;
    const v = e.verb;
    const owned =
      t !== null &&
      e.cameo.startsWith('03') &&
      OFFER_LEMMAS.has(doc.lemma[v].toLowerCase()) &&
      OWNER_RELS.has(DEPREL[doc.dep[t.head]]) &&
      doc.head[t.head] >= 0 &&
      DEPREL[doc.dep[doc.head[t.head]]] === 'obj' &&
      doc.head[doc.head[t.head]] === v &&
      OFFERED_NOUNS.has(doc.lemma[doc.head[t.head]].toLowerCase());
    // "offered U.N. help to examine the ballots" parsed as an offer to the U.N. itself ("help" taken for a verb): an
    // offer its source makes to its own body is an offer of that body's help (s15, set 27).
    const selfOffer =
      t !== null &&
      e.cameo.startsWith('03') &&
      OFFER_LEMMAS.has(doc.lemma[v].toLowerCase()) &&
      t.code === e.source.code &&
      doc.head[t.head] === v &&
      ['obj', 'iobj'].includes(DEPREL[doc.dep[t.head]]) &&
      t.head + 1 < doc.lemma.length &&
      OFFERED_NOUNS.has(doc.lemma[t.head + 1].toLowerCase());
    if (!(owned || selfOffer) || !t) {
      out.push(e);
      continue;
    }
    const source = INTERNATIONAL.test(t.code) && !INTERNATIONAL.test(e.source.code) ? { ...t, rule: `${t.rule} + the owner of the help offered is its source` } : e.source;
    const state = source.code.slice(0, 3);
    if (!(INTERNATIONAL.test(source.code) || (states.has(state) && state !== home))) {
      out.push(e);
      continue;
    }
    const target = { start: v, end: v + 1, head: v, code: `${home}GOV`, rule: "the article's home government (an offer of one's own help naming no addressee)" };
    if (out.some((x) => x.sentence === e.sentence && x.verb === v && x.source.code === source.code && x.target?.code === target.code)) continue;
    out.push({ ...e, source, target, rule: `${e.rule} + the owner of the help offered offers it, to the home government` });
  }
  return out;
}

/** Nouns of an investigation ("ordered an investigation", "opened an inquiry", "launched a probe"). */
const INQUIRY_NOUNS: ReadonlySet<string> = new Set(['investigation', 'inquiry', 'enquiry', 'probe']);
/** Sectors of a state's bodies that investigate for it. */
const INVESTIGATING_SECTORS = /^(GOV|JUD|COP|LEG|MIL|SPY)/;

/**
 * A state body that orders or opens an investigation naming no one it is aimed at ("the Iraqi government ordered an
 * investigation into the taunts", "the ministry opened an inquiry"): 090 against the actor of the last act of force
 * by another state's actor the article told before it (a foreign raid, set 1), else against the government of its own
 * state, whose officials the inquiry looks into (set 20: IRQGOV -> IRQGOV). An inquiry naming the act ("into the raid")
 * mostly gets its target from the act (src/article/implicit.ts) before this runs. `open` = the coder's
 * target-less events not yet answered; a verb with a dyad already (`coded`) is left to it.
 * @param states the dictionaries' three-letter state codes (`countryCodes`).
 */
export function inquiriesAtHome(
  doc: Doc,
  open: readonly CodedEvent[],
  coded: readonly CodedEvent[],
  states: ReadonlySet<string>,
  misaimed: readonly CodedEvent[] = [],
): CodedEvent[] {
  const out: CodedEvent[] = [];
  // (`misaimed`: the coder's events the filters removed for their target only, "an investigation into the taunts that
  // the former dictator endured" aimed at the dictator: an inquiry naming no one all the same.)
  for (const e of [...open, ...misaimed.filter((x) => x.cameo.startsWith('09'))]) {
    const v = e.verb;
    if (!e.cameo.startsWith('09') || notAnAct(doc, v) || (e.target && !misaimed.includes(e))) continue;
    const lemma = doc.lemma[v].toLowerCase();
    // ("ordered/opened an investigation"; a body "investigating" with no object looks into its own acts: left alone.)
    const inquiry = lemma === 'investigate' ? -1 : children(doc, v).find((k) => DEPREL[doc.dep[k]] === 'obj' && INQUIRY_NOUNS.has(doc.lemma[k].toLowerCase())) ?? -1;
    if (inquiry < 0) continue;
    const src = e.source.code;
    const state = src.slice(0, 3);
    if (!states.has(state) || !INVESTIGATING_SECTORS.test(src.slice(3))) continue;
    if (coded.some((x) => x.sentence === e.sentence && x.verb === v && x.target && !misaimed.includes(x))) continue;
    if (out.some((x) => x.sentence === e.sentence && x.verb === v && x.source.code === src)) continue;
    // The inquiry looks into the last act of force the article told before it by another state's actor (a foreign
    // raid: "ordered a joint investigation into the raid", set 1), else into the investigator's own officials.
    // (An act of force naming no victim is one all the same: "U.S. troops raided a house ..., killing three men".)
    const force = [...coded, ...open.filter((x) => !x.target)]
      .filter((x) => /^(17|18|19|20)/.test(x.cameo) && (x.sentence < e.sentence || (x.sentence === e.sentence && x.verb < v)))
      .filter((x) => x.source.code.length > 3 && states.has(x.source.code.slice(0, 3)) && x.source.code.slice(0, 3) !== state)
      .sort((a, b) => a.sentence - b.sentence || a.verb - b.verb)
      .pop();
    const code = force ? force.source.code : `${state}GOV`;
    out.push({
      ...e,
      target: { start: inquiry, end: inquiry + 1, head: inquiry, code, rule: force ? 'the actor of the last foreign act of force told before (an inquiry naming no one)' : "the government of the investigator's state (an inquiry naming no one)" },
      evidenceEnd: Math.max(e.evidenceEnd, inquiry + 1),
      rule: `${e.rule} + a state body's inquiry naming no one is aimed at its own government`,
    });
  }
  return out;
}

/** Verbs of closing a border or an airspace. */
const CLOSING_LEMMAS: ReadonlySet<string> = new Set(['close', 'shut', 'seal']);
/** Verbs of halting flights. */
const HALTING_LEMMAS: ReadonlySet<string> = new Set(['halt', 'suspend', 'ban', 'stop', 'cancel', 'close']);
/** Nouns of a border ("its borders with Iran", "one of its border crossings with Iraq"). */
const BORDER_NOUNS: ReadonlySet<string> = new Set(['border', 'crossing', 'frontier', 'crossings', 'borders']);
/** Nouns of flights and air links ("all flights to and from the region", "its airspace to flights from the region"). */
const FLIGHT_NOUNS: ReadonlySet<string> = new Set(['flight', 'airspace']);

/** The mentions of the states or actors a noun `k` names with one of `cases` ("borders with Iran and Syria"), conjuncts too. */
function namedWith(doc: Doc, k: number, cases: ReadonlySet<string>, mentionAt: (i: number) => ActorMention | null, depth = 0): ActorMention[] {
  const out: ActorMention[] = [];
  for (const c of children(doc, k)) {
    const r = DEPREL[doc.dep[c]];
    if ((r === 'nmod' || r === 'obl') && hasCase(doc, c, cases)) {
      for (const x of [c, ...children(doc, c).filter((y) => DEPREL[doc.dep[y]] === 'conj')]) {
        const m = mentionAt(x);
        if (m && !out.some((o) => o.code === m.code)) out.push(m);
      }
    }
    // "one of its border crossings with Iraq": through the quantity's "of".
    if (depth === 0 && r === 'nmod' && hasCase(doc, c, new Set(['of'])) && BORDER_NOUNS.has(doc.lemma[c].toLowerCase())) out.push(...namedWith(doc, c, cases, mentionAt, 1));
  }
  return out;
}

/**
 * Border closures and flight bans as the experts code them: a state closing its border with another ("closed Iraq's
 * borders with Iran and Syria", "closed one of its border crossings with Iraq") imposes an administrative sanction
 * (172) on the other state (set 21); halting flights to and from a region, or closing its airspace to them ("halted all
 * flights to and from the Kurdish region at Baghdad's request"), is an embargo (163) on the region's actor (set 20).
 * The coder's own event on the verb (191 against the closer's own country, 0xx against the requester) is replaced.
 * Only asserted acts: threatened closures are left to the modality rules.
 * @param states the dictionaries' three-letter state codes (`countryCodes`).
 */
export const closuresAsSanctions: ReplacingConvention = (doc, coded, raw, open, states, mentionAt) => {
  const added: CodedEvent[] = [];
  const replaced = new Set<CodedEvent>();
  const all = [...coded, ...raw, ...open];
  for (let s = 0; s < doc.sentenceCount; s++) {
    for (let v = doc.sentStart[s]; v < doc.sentEnd[s]; v++) {
      const lemma = doc.lemma[v].toLowerCase();
      if (!(CLOSING_LEMMAS.has(lemma) || HALTING_LEMMAS.has(lemma)) || notAnAct(doc, v) || unasserted(doc, v)) continue;
      const o = children(doc, v).find((k) => DEPREL[doc.dep[k]] === 'obj');
      if (o === undefined) continue;
      const noun = doc.lemma[o].toLowerCase();
      const quantity = children(doc, o).find((k) => DEPREL[doc.dep[k]] === 'nmod' && hasCase(doc, k, new Set(['of'])));
      const border = CLOSING_LEMMAS.has(lemma) && (BORDER_NOUNS.has(noun) || (quantity !== undefined && BORDER_NOUNS.has(doc.lemma[quantity].toLowerCase())));
      const flights = HALTING_LEMMAS.has(lemma) && FLIGHT_NOUNS.has(noun);
      if (!border && !flights) continue;
      let sources = all.filter((e) => e.sentence === s && e.verb === v).map((e) => e.source);
      if (sources.length === 0) {
        const subj = children(doc, v).find((k) => DEPREL[doc.dep[k]] === 'nsubj');
        const m = subj !== undefined ? mentionAt(subj) : null;
        if (m) sources = [m];
      }
      // Whom it is aimed at: "with Iran and Syria" for a border; "to and from the region" (on the flights or, for an
      // airspace closed "to flights from the region", on those flights) for an air link.
      let targets: ActorMention[] = [];
      // ("sealed its border with Iraq" may hang "with Iraq" on the verb.)
      if (border) targets = namedWith(doc, o, new Set(['with']), mentionAt, 0).concat(namedWith(doc, v, new Set(['with']), mentionAt, 1));
      else {
        targets = namedWith(doc, o, new Set(['to', 'from']), mentionAt);
        for (const c of children(doc, o)) if (targets.length === 0 && FLIGHT_NOUNS.has(doc.lemma[c].toLowerCase())) targets = namedWith(doc, c, new Set(['to', 'from']), mentionAt);
        if (targets.length === 0) for (const c of children(doc, v)) if (targets.length === 0 && DEPREL[doc.dep[c]] === 'obl' && FLIGHT_NOUNS.has(doc.lemma[c].toLowerCase())) targets = namedWith(doc, c, new Set(['to', 'from']), mentionAt);
        // (Read off the words when the parser scattered "to and from the Kurdish region": the first actor right after the
        // flights with "to" or "from" before it.)
        for (let k = o + 1; targets.length === 0 && k < Math.min(o + 8, doc.sentEnd[s]); k++) {
          if (DEPREL[doc.dep[k]] === 'punct' && doc.form[k] !== '-') break;
          const m = mentionAt(k);
          if (m && m.end - 1 === k && (hasCase(doc, k, new Set(['to', 'from'])) || hasCase(doc, m.head, new Set(['to', 'from'])))) targets = [m];
        }
      }
      for (const source of sources.filter((m, k) => sources.findIndex((x) => x.code === m.code) === k)) {
        const state = source.code.slice(0, 3);
        if (!states.has(state)) continue;
        const aimed = targets.filter((t) => t.code !== source.code && t.code.slice(0, 3) !== '---' && (flights || t.code.slice(0, 3) !== state));
        if (aimed.length === 0) continue;
        for (const x of coded.filter((y) => y.sentence === s && y.verb === v && y.source.code === source.code)) replaced.add(x);
        for (const target of aimed) {
          added.push({
            sentence: s,
            source,
            target: { ...target, rule: `${target.rule} + the state or region a border closure or flight ban is aimed at` },
            cameo: border ? '172' : '163',
            negated: false,
            verb: v,
            evidenceStart: Math.min(source.start, v),
            evidenceEnd: Math.max(v + 1, target.end),
            rule: border ? 'closing a border with a state is an administrative sanction (172) on it' : 'halting flights to and from a region is an embargo (163) on it',
          });
        }
      }
    }
  }
  return { added, replaced };
};
