/**
 * Article-level coding conventions for armed actors, applied to a document's resolved
 * mentions (src/article/coref.ts calls {@link applyArmedConventions} once per document):
 *
 * - Unidentified attackers ("gunmen", "armed men", "a suicide bomber", "assailants") stay
 *   unknown (`---UAF`): the article's home country is a guess the expert coders do not make
 *   (they code them `---`, at most the country), while "police" or "the government" do take it.
 * - Militia nouns ("suspected militiamen", "a local commander of the militia", "a militia
 *   leader") are the article's militia: the named armed group the article itself calls a
 *   militia ("Mahdi Army militiamen", "the cleric's militia"), else its one dominant named armed
 *   group of that country. Plural "militias" is left alone: it is mostly generic ("all militias"),
 *   unless an identity ties it to the article's militia ("Shiite militias" in a Mahdi Army story).
 * - Lawmakers, ministers and officials "loyal to" a leader with a party (or to a party) are that party
 *   ("six ministers loyal to Sadr" = IRQPTYSDR).
 * - Generic armed nouns "linked to" / "loyal to" a named armed group are that group ("Sunni
 *   militants linked to al Qaeda" in an Iraq story = IRQREBAQD, "fighters loyal to Sadr" = IRQREBSHI).
 * - An unknown titled name set off after a title of some body ("The commander of UNIFIL, Major
 *   General X,") is that body's, not the article's country's.
 * - A capitalised "Marines" ("a Marine officer") with no country of its own is the U.S. Marine
 *   Corps (USAMIL), whatever the article's home country.
 * - A capitalised "Congress" in a story about a country without one is the U.S. Congress.
 * - A people named like a state ("Turkmen", "Uzbek", "Tajik", "Azeri") is a minority of the article's
 *   country when the article never names that state ("Turkmen leaders in Kirkuk" = IRQ, not TKM).
 * - A transnational group with a national branch in the knowledge base is that branch in an
 *   article about the branch's country ("suspected al Qaeda fighters" in an Iraq story =
 *   IRQREBAQD, al-Qaeda in Iraq, not IMGMOSAQD).
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { XPOS } from '../analysis/tags.js';
import type { ActorDictionaries } from '../dictionaries/actor-dicts.js';
import { HOME_RULE } from '../article/home.js';
import { MEMBER_BODIES, splitActorCode } from './code.js';
import type { ActorMention } from './types.js';

/** Options for {@link applyArmedConventions}. */
export interface ArmedConventionOptions {
  /** Extra three-letter country codes (the dictionaries' `countryCodes`). */
  countries?: Iterable<string>;
  /** Transnational group code -> country -> its national branch's code (see {@link nationalBranches}). */
  branches?: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** Last words of unidentified attackers: no country is guessed for them. */
const ATTACKER_PHRASES: readonly string[][] = [
  'gunman', 'gunmen', 'armed man', 'armed men', 'masked man', 'masked men', 'assailant', 'assailants', 'attacker', 'attackers',
  'bomber', 'bombers', 'kidnapper', 'kidnappers', 'hostage takers', 'raiders',
].map((p) => p.split(' '));
/**
 * Countries whose legislature (or main party: India) is called Congress: elsewhere a capitalised
 * "Congress" with no country is the U.S. Congress.
 */
const CONGRESS_HOMES: ReadonlySet<string> = new Set(
  'USA PHL PER COL MEX ARG BRA CHL GTM HND PRY SLV NIC CRI DOM ECU BOL VEN URY PAN IND FSM'.split(' '),
);
/** Titles of members of a senate or congress ("Sen. Carl Levin", "senators", "Rep. X", "congressmen"). */
const SENATOR_WORDS: ReadonlySet<string> = new Set(
  'senator senators sen. sens. rep. reps. congressman congresswoman congressmen congresswomen'.split(' '),
);
/** Countries whose legislators English news calls senators or congressmen: elsewhere they are the U.S. Congress's. */
const SENATE_HOMES: ReadonlySet<string> = new Set(
  ('USA CAN AUS ITA FRA MEX BRA ARG CHL COL PER URY PRY BOL ECU VEN DOM HTI PHL PAK AFG NGA LBR KEN POL ROU CZE IRL BEL ' +
    'NLD ESP JOR EGY BHR KHM THA GTM HND SLV NIC CRI PAN').split(' '),
);
/** Bare officers: police officers in a sentence about the police. */
const OFFICER_WORDS: ReadonlySet<string> = new Set(['officer', 'officers']);
/** Words of the police, and of the army, in a sentence (see `policeSentence`). */
const POLICE_WORDS: ReadonlySet<string> = new Set(['police', 'policeman', 'policemen', 'policewoman']);
const ARMY_WORDS: ReadonlySet<string> = new Set([
  'army', 'soldier', 'soldiers', 'troops', 'military', 'marines', 'marine', 'brigade', 'battalion', 'division', 'intelligence',
]);
/** Words that tie a group to another before "to"/"with" ("militants linked to al Qaeda"). */
const LINK_WORDS: ReadonlySet<string> = new Set(['linked', 'loyal', 'tied', 'affiliated', 'allied', 'connected', 'belonging']);
/** Words of a militia (singular) or its members. */
const MILITIA_WORDS: ReadonlySet<string> = new Set(['militia', 'militias', 'militiaman', 'militiamen']);
/** Aircraft words: air power with no country named is the force named with a country just before. */
const AIRCRAFT_WORDS: ReadonlySet<string> = new Set(
  'helicopter helicopters gunship gunships aircraft warplane warplanes jet jets plane planes drone drones'.split(' '),
);
/** Words of tribal notables ("tribal leaders", "the sheikhs"): in a story of tribal militias, those militias. */
const TRIBAL_WORDS: ReadonlySet<string> = new Set('tribal tribe tribes tribesman tribesmen sheikh sheikhs sheik sheiks'.split(' '));
/** Names of tribal militias ("the Awakening", "Sons of Iraq", "Sunni tribal fighters"). */
const TRIBAL_GROUP_NAME = /\b(awakening|sahwa|tribal|tribes|sons of)\b/i;
/** Sentences looked back for the force that aircraft with no country belong to. */
const AIR_SIDE_SENTENCES = 2;
/** Words of rebels (not "fighters", which any armed side has). */
const REBEL_WORDS: ReadonlySet<string> = new Set(['rebel', 'rebels', 'guerrilla', 'guerrillas', 'guerilla', 'guerillas']);
/** Militant nouns: with no group of their own, the article's transnational armed group when it has one (s15-discourse). */
const MILITANT_WORDS: ReadonlySet<string> = new Set(['militant', 'militants', 'extremist', 'extremists', 'jihadist', 'jihadists', 'jihadi', 'jihadis']);
/** Sectors of political agents that may be loyal to a party ("lawmakers loyal to Sadr"). */
const POLITICAL_SECTORS: ReadonlySet<string> = new Set(['GOV', 'LEG', 'PTY']);
/** Sectors of non-state armed groups. */
const ARMED_SECTORS: ReadonlySet<string> = new Set(['REB', 'UAF', 'INS', 'SEP']);
/** Religious and ethnic identity codes that may follow a sector (IRQUAFSHI). */
const IDENTITY: ReadonlySet<string> = new Set(['SHI', 'SUN', 'KUR', 'MOS', 'ARB', 'CHR', 'ALE', 'DRZ']);
/**
 * Peoples whose name is also a state's adjective, living as minorities in neighbouring states
 * ("Turkmen" in Kirkuk, "Uzbek" and "Tajik" in Afghanistan, "Azeri" in Iran): in an article that
 * never names the state itself (nor its capital) they are a minority of the article's country
 * ("Turkmen and Arab leaders in Kirkuk" = IRQ), not the state (TKM).
 */
const MINORITY_PEOPLES: ReadonlyMap<string, { people: ReadonlySet<string>; state: RegExp }> = new Map([
  ['TKM', { people: new Set(['turkmen', 'turkmens', 'turkoman', 'turkomans']), state: /\b(Turkmenistan|Ashgabat|Ashkhabad)\b/ }],
  ['UZB', { people: new Set(['uzbek', 'uzbeks']), state: /\b(Uzbekistan|Tashkent)\b/ }],
  ['TJK', { people: new Set(['tajik', 'tajiks']), state: /\b(Tajikistan|Dushanbe)\b/ }],
  ['AZE', { people: new Set(['azeri', 'azeris']), state: /\b(Azerbaijan|Baku)\b/ }],
]);
/**
 * Whether mention `m` names a people called like a state ("Turkmen") in an article that never names that state:
 * a minority of the article's country (recoded by {@link applyArmedConventions}), never that state's government.
 */
export function namesMinorityPeople(doc: Doc, m: Pick<ActorMention, 'start' | 'end'> & { code?: string }): boolean {
  for (const [state, x] of MINORITY_PEOPLES) {
    if (m.code !== undefined && !m.code.startsWith(state)) continue;
    for (let k = m.start; k < m.end; k++) if (x.people.has(doc.form[k].toLowerCase())) return !x.state.test(doc.text);
  }
  return false;
}
/**
 * A mention rule from an organisation dictionary (data/kb/actors/institutions.yaml, groups.yaml, igos.yaml): a
 * body that acts as such (a party, coalition, militia, organisation), not a person or a generic agent.
 */
export const ORGANISATION_RULE = /(^|[\\/])(institutions|groups|igos)[^\\/]*\.ya?ml:\d+/;
/** A mention rule that names a dictionary group or person (data/kb/actors/groups.yaml, people-*.yaml). */
const NAMED_RULE = /(^|[\\/])(groups|people-[a-z0-9-]+)\.ya?ml:\d+/;
/** The marker home.ts appends to a rule when it gave the mention the article's country. */
const HOME_MARK = new RegExp(`${HOME_RULE.replace(/[+]/g, '\\+')}([A-Z]{3})`);

/**
 * Transnational groups' national branches from the actor dictionaries: an `IMG...ORG` code
 * and a `CTY{REB,INS,SEP}ORG` code of the same three-letter organisation (IMGMOSAQD ->
 * IRQ -> IRQREBAQD, YEM -> YEMREBAQD).
 */
export function nationalBranches(dicts: Pick<ActorDictionaries, 'actorDefs'>): Map<string, Map<string, string>> {
  const img = new Map<string, string>();
  const national: string[] = [];
  for (const def of dicts.actorDefs) {
    for (const c of def.codes) {
      if (!c.code) continue;
      if (/^IMG[A-Z]{3}[A-Z]{3}$/.test(c.code)) img.set(c.code.slice(6), c.code);
      else if (/^[A-Z]{3}(REB|INS|SEP)[A-Z]{3}$/.test(c.code) && !c.code.startsWith('IMG')) national.push(c.code);
    }
  }
  const out = new Map<string, Map<string, string>>();
  for (const code of national) {
    const parent = img.get(code.slice(6));
    if (!parent) continue;
    let m = out.get(parent);
    if (!m) out.set(parent, (m = new Map()));
    if (!m.has(code.slice(0, 3))) m.set(code.slice(0, 3), code);
  }
  return out;
}

const chunks = (s: string): string[] => s.match(/.{1,3}/g) ?? [];

/**
 * Re-code a document's resolved mentions (per sentence, in place; returned for chaining) by
 * the conventions of the module doc.
 */
export function applyArmedConventions(doc: Doc, sentences: ActorMention[][], opts: ArmedConventionOptions = {}): ActorMention[][] {
  const countries = opts.countries ? [...opts.countries] : undefined;
  const words = (m: ActorMention): string[] => doc.form.slice(m.start, m.end).map((f) => f.toLowerCase());
  const all = sentences.flat();
  /** Sentence `s` names the police and no army, soldiers or troops. */
  const policeSentence = (s: number): boolean => {
    let police = false;
    for (let k = doc.sentStart[s]; k < doc.sentEnd[s]; k++) {
      const f = doc.form[k].toLowerCase();
      if (ARMY_WORDS.has(f)) return false;
      if (POLICE_WORDS.has(f)) police = true;
    }
    return police;
  };
  // The article's country: the one home.ts gave most country-less agents (none on a tie).
  const homeCount = new Map<string, number>();
  for (const m of all) {
    const h = HOME_MARK.exec(m.rule);
    if (h) homeCount.set(h[1], (homeCount.get(h[1]) ?? 0) + 1);
  }
  const home = dominant(homeCount, 1);
  // Named armed groups: all mentions, and those the article calls a militia.
  const named = new Map<string, number>();
  const calledMilitia = new Map<string, number>();
  for (const m of all) {
    const p = splitActorCode(m.code, countries);
    if (!p.country || !p.sector || !NAMED_RULE.test(m.rule)) continue;
    const cs = chunks(p.sector);
    if (!ARMED_SECTORS.has(cs[0]) || cs.length < 2) continue;
    named.set(m.code, (named.get(m.code) ?? 0) + 1);
    // A definite title resolved by recency ("the militia" -> a group named once in passing) is no
    // evidence of what the article calls its militia: only its own words are.
    if (m.via === 'title') continue;
    if (words(m).some((w) => MILITIA_WORDS.has(w))) calledMilitia.set(m.code, (calledMilitia.get(m.code) ?? 0) + 1);
  }
  // Transnational armed groups named by their own names (IMGMUSISI), for generic militant nouns (s15-discourse).
  const imgNamed = new Map<string, number>();
  for (const m of all) {
    if (!m.resolvedFrom && m.code.startsWith('IMG') && m.code.length >= 9 && NAMED_RULE.test(m.rule)) imgNamed.set(m.code, (imgNamed.get(m.code) ?? 0) + 1);
  }
  // Named armed groups by the sentences that name them (names, not references to them; "Hadi al-Amiri of the
  // Badr Organization" names Badr once): how salient each is.
  const ownNames = new Map<string, number>();
  sentences.forEach((ms) => {
    for (const code of new Set(ms.filter((m) => !m.resolvedFrom && NAMED_RULE.test(m.rule) && named.has(m.code)).map((m) => m.code))) {
      ownNames.set(code, (ownNames.get(code) ?? 0) + 1);
    }
  });
  // The tribal militia the article names ("the Awakening council", "Sunni tribal fighters"), if one dominates.
  const tribalCounts = new Map<string, number>();
  for (const m of all) {
    if (!NAMED_RULE.test(m.rule) || !named.has(m.code) || chunks(splitActorCode(m.code, countries).sector ?? '')[0] !== 'UAF') continue;
    // The militia itself, without the agent of a composed "leaders of the Awakening council" (IRQUAFSUNGOV):
    // its tribes and fighters are the militia, not its leadership.
    const p = splitActorCode(m.code, countries);
    const own = `${p.country}${chunks(p.sector ?? '').filter((c) => c === 'UAF' || IDENTITY.has(c)).join('')}`;
    // Or a tribal militia's sheikh by name ("Sheikh Abdul Sattar Abu Risha", a tribal militia's leader in the knowledge base).
    if (TRIBAL_GROUP_NAME.test(doc.form.slice(m.start, m.end).join(' ')) || words(m).some((w) => TRIBAL_WORDS.has(w))) {
      tribalCounts.set(own, (tribalCounts.get(own) ?? 0) + 1);
    }
  }
  const tribalMilitia = dominant(tribalCounts, 1);
  /** The article's militia of `country` (any country when null) with the identities `ids`, or null. */
  const militia = (country: string | null, ids: string[]): string | null => {
    const fits = (code: string): boolean => (!country || code.startsWith(country)) && ids.every((i) => chunks(code.slice(3)).includes(i));
    const pick = (counts: Map<string, number>, min: number): string | null =>
      dominant(new Map([...counts].filter(([c]) => fits(c))), min);
    return pick(calledMilitia, 1) ?? pick(named, 2) ?? pick(ownNames, 2);
  };
  /** The named armed group (or its leader's code) a generic mention is "linked to" / "loyal to", else null. */
  const ownerOf = (s: number, m: ActorMention): string | null => {
    const b = doc.sentEnd[s];
    let k = m.end;
    if (k < b && doc.form[k] === ',') k++;
    if (k + 1 >= b || !LINK_WORDS.has(doc.form[k].toLowerCase()) || !/^(to|with)$/i.test(doc.form[k + 1])) return null;
    k += 2;
    if (k < b && /^the$/i.test(doc.form[k])) k++;
    const n = sentences[s].find((x) => x.start === k);
    if (!n || !NAMED_RULE.test(n.rule)) return null;
    const p = splitActorCode(n.code, countries);
    if (p.country === 'IMG' && home) {
      for (const [parent, byCountry] of opts.branches ?? []) if (n.code.startsWith(parent) && byCountry.has(home)) return byCountry.get(home)!;
    }
    return p.country && p.sector && ARMED_SECTORS.has(chunks(p.sector)[0]) ? n.code : null;
  };
  /**
   * "ministers loyal to Shiite cleric Moqtada al-Sadr", "thirty lawmakers and six ministers loyal to
   * Sadr": the party of the leader (or the party) they are loyal to, for political agents; else null.
   */
  const politicalOwner = (s: number, m: ActorMention): string | null => {
    const ms = sentences[s];
    // The last conjunct carries the phrase ("lawmakers and six ministers loyal to Sadr").
    let last = m;
    for (let k = ms.indexOf(m) + 1; k < ms.length; k++) {
      const x = ms[k];
      const gap = doc.form.slice(last.end, x.start).map((f) => f.toLowerCase());
      if (gap.length < 1 || gap.length > 2 || gap[0] !== 'and' || (gap.length === 2 && !/^\d+$|^(two|three|four|five|six|seven|eight|nine|ten|several|some)$/.test(gap[1]))) break;
      last = x;
    }
    const b = doc.sentEnd[s];
    let k = last.end;
    if (k < b && doc.form[k] === ',') k++;
    if (k + 1 >= b || !LINK_WORDS.has(doc.form[k].toLowerCase()) || !/^(to|with)$/i.test(doc.form[k + 1])) return null;
    k += 2;
    if (k < b && /^the$/i.test(doc.form[k])) k++;
    const n = ms.find((x) => x.start === k);
    if (!n || !NAMED_RULE.test(n.rule)) return null;
    if (n.party) return n.party;
    const p = splitActorCode(n.code, countries);
    return p.country && p.sector && chunks(p.sector)[0] === 'PTY' ? n.code : null;
  };
  /**
   * The code of a title phrase of an organisation or another country right before `m`, set off by
   * commas ("The commander of UNIFIL, Major General X," -> IGOUNOPKOMIL), else null. Not a known
   * person's name ("President X, Defence Minister Y"), nor a bare country or a country-less role.
   */
  const titleBefore = (s: number, m: ActorMention): string | null => {
    const b = doc.sentEnd[s];
    if (m.start < 2 || doc.form[m.start - 1] !== ',' || (m.end < b && !/^[,.;)]$/.test(doc.form[m.end]))) return null;
    const p = sentences[s].find((x) => x.end === m.start - 1);
    if (!p || p.resolvedFrom || NAMED_RULE.test(p.rule) || HOME_MARK.test(p.rule) || !/agents\.ya?ml:\d+/.test(p.rule)) return null;
    const pp = splitActorCode(p.code, countries);
    if (!pp.country || !pp.sector || p.code === m.code) return null;
    // A title phrase: it begins with "the"/"a" or the sentence ("The commander of UNIFIL, ...").
    const first = p.start === doc.sentStart[s] || /^(the|a|an)$/i.test(doc.form[p.start - 1]);
    return first ? p.code : null;
  };
  /**
   * "a Turkmen member of the ruling Shiite alliance": the body a people or country word describes a member
   * of (a party, legislature or armed group after "member(s) of", a determiner, up to two lower-case
   * modifiers and a possessor between), else null. The word only says who the member is.
   */
  const memberOf = (s: number, m: ActorMention): string | null => {
    const p = splitActorCode(m.code, countries);
    if (m.resolvedFrom || (p.sector && !IDENTITY.has(p.sector))) return null;
    const b = doc.sentEnd[s];
    let k = m.end;
    if (k + 1 >= b || !/^members?$/i.test(doc.form[k]) || doc.form[k + 1].toLowerCase() !== 'of') return null;
    k += 2;
    for (let n = 0; n < 3 && k < b; n++) {
      const f = doc.form[k];
      if (/^(the|a|an|his|her|its|their)$/i.test(f) || (f === f.toLowerCase() && /^(JJ|VBG|VBN)$/.test(XPOS[doc.xpos[k]]))) k++;
      else break;
    }
    const n = sentences[s].find((x) => x.start === k);
    if (!n) return null;
    const q = splitActorCode(n.code, countries);
    // Whatever his own country ("a Yemeni member of al Qaeda"): he acts as the body.
    return q.sector && MEMBER_BODIES.has(chunks(q.sector)[0]) ? n.code : null;
  };
  /** The code of the named person after "[,] led by" right after `m` (an agents-file body), else null. */
  const ledBy = (s: number, m: ActorMention): string | null => {
    if (!/agents\.ya?ml:\d+/.test(m.rule) || NAMED_RULE.test(m.rule)) return null;
    const b = doc.sentEnd[s];
    let k = m.end;
    if (k < b && doc.form[k] === ',') k++;
    if (k + 1 >= b || doc.form[k].toLowerCase() !== 'led' || doc.form[k + 1].toLowerCase() !== 'by') return null;
    const p = sentences[s].find((x) => x.start >= k + 2 && x.start <= k + 3);
    if (!p || !/(^|[\\/])people-[a-z0-9-]+\.ya?ml:\d+/.test(p.rule)) return null;
    const pp = splitActorCode(p.code, countries);
    return pp.country && pp.sector ? p.code : null;
  };
  /**
   * The country of the nearest military mention before `m` (its sentence, then up to
   * {@link AIR_SIDE_SENTENCES} back) whose country is its own (not the home given for want of one),
   * when that is another than `home`; else null.
   */
  const airSide = (s: number, m: ActorMention, home: string): string | null => {
    for (let k = s; k >= 0 && k >= s - AIR_SIDE_SENTENCES; k--) {
      const before = sentences[k].filter((x) => k < s || x.end <= m.start);
      for (let i = before.length - 1; i >= 0; i--) {
        const x = before[i];
        const p = splitActorCode(x.code, countries);
        if (!p.country || !p.sector || chunks(p.sector)[0] !== 'MIL' || HOME_MARK.test(x.rule)) continue;
        if (x.resolvedFrom) continue;
        return p.country !== home && p.country.length === 3 && !/^(IGO|NGO|---)$/.test(p.country) ? p.country : null;
      }
    }
    return null;
  };
  /** Mentions re-coded here, by sentence:start:end, with their old code: what refers back to them follows. */
  const changed = new Map<string, { from: string; to: string }>();
  /** Mentions merged into a later one (a state named before its aircraft's model). */
  const absorbed = new Set<ActorMention>();
  const key = (s: number, a: number, b: number): string => `${s}:${a}:${b}`;
  const recode = (s: number, m: ActorMention, code: string, why: string): void => {
    changed.set(key(s, m.start, m.end), { from: m.code, to: code });
    m.code = code;
    m.rule = `${m.rule} + ${why}`;
  };
  // Peoples named like a state the article never names as a state: a minority of the article's country.
  // The state is named by its name, capital or any place of it ("Andijan"): then the people are its own.
  // A mention names the state itself when one of its own (non-agent) dictionary phrases is not the people's
  // name: "Its leader, X" coded TKMPTY from a resolved "its" names nothing of the state.
  const namesState = (state: string, x: { people: ReadonlySet<string>; state: RegExp }): boolean =>
    x.state.test(doc.text) ||
    all.some((m) => !m.resolvedFrom && m.code.startsWith(state) && !words(m).some((w) => x.people.has(w)) && ownStatePhrase(m.rule, x.people));
  const minorities = home ? [...MINORITY_PEOPLES].filter(([state, x]) => state !== home && !namesState(state, x)) : [];
  sentences.forEach((ms, s) => {
    for (const m of ms) {
      const body = memberOf(s, m);
      if (body) {
        recode(s, m, body, 'a member of that body');
        continue;
      }
      const minority = m.resolvedFrom ? undefined : minorities.find(
            ([state, x]) => m.code.startsWith(state) && (words(m).some((w) => x.people.has(w)) || !ownStatePhrase(m.rule, x.people)),
          );
      if (minority && home) {
        recode(s, m, home + m.code.slice(3), `${minority[0]} people: a minority of ${home}`);
        continue;
      }
      const p = splitActorCode(m.code, countries);
      if (!p.country || !p.sector) continue;
      const cs = chunks(p.sector);
      // "Marines", "a Marine officer" with no country of their own: the U.S. Marine Corps, not the
      // home country's forces, nor another force that coreference took them for ("gunships");
      // other navies' marines are named ("Royal Marines", "British marines").
      const r = m.resolvedFrom;
      const antecedentMarines = r ? /\bMarines?\b/.test(doc.form.slice(r.start, r.end).join(' ')) : false;
      if (p.country !== 'USA' && cs[0] === 'MIL' && !antecedentMarines && isUsMarines(doc.form.slice(m.start, m.end))) {
        recode(s, m, 'USAMIL', 'capitalised Marines: the U.S. Marine Corps');
        continue;
      }
      // "The delegation, led by Senator Joe Lieberman,": a body of the agents file led by a named person is of
      // that person's side, whatever an earlier "delegation" or the article's country made of it.
      const leader = ledBy(s, m);
      if (leader && leader !== m.code) {
        recode(s, m, leader, 'led by a named person');
        continue;
      }
      // "the militia" resolved by recency to a group named in passing ("Hadi al-Amiri of the Badr
      // Organization") is the article's militia when that one is named at least twice as often.
      // Not "the militias" after "mostly Shiite militias": several militias are no one of them (s13-discourse).
      if (m.via === 'title' && cs[0] !== 'MIL' && words(m).some((x) => MILITIA_WORDS.has(x)) && !words(m).includes('militias')) {
        const g = militia(p.country, []);
        if (g && g !== m.code && (ownNames.get(g) ?? 0) >= 2 * (ownNames.get(m.code) ?? 0)) {
          recode(s, m, g, `the article's militia ${g}, named more often`);
          continue;
        }
      }
      // "the tribal fighters", "tribal militiamen": the adjective is outside the agents-file phrase, so the noun
      // alone was coded (or resolved by title to another armed group); in a story of a tribal militia it is that militia.
      if (tribalMilitia && m.start > doc.sentStart[s] && /^tribal$/i.test(doc.form[m.start - 1]) && (!NAMED_RULE.test(m.rule) || !!m.resolvedFrom) &&
        (ARMED_SECTORS.has(cs[0]) || cs[0] === 'CVL') && m.code !== tribalMilitia) {
        recode(s, m, tribalMilitia, `tribal armed men in a story of the tribal militia ${tribalMilitia}`);
        continue;
      }
      // A reference to an earlier mention ("the attackers", "them") follows what was done to it.
      if (m.resolvedFrom) continue;
      // "American troops, backed by helicopters," / "a helicopter fired on the crowd": aircraft given the
      // home country only for want of another are the side whose forces were just named with their country.
      const hm = HOME_MARK.exec(m.rule);
      if (hm && m.code === `${hm[1]}MIL` && AIRCRAFT_WORDS.has(doc.form[m.end - 1].toLowerCase())) {
        // "Turkish F-16 warplanes", "American AC-130 gunships": a state named right before the model name is theirs
        // (s15-force, sets 6, 19, 27).
        const own = ms.find((x) => x.end < m.start && m.start - x.end <= 4 && !x.resolvedFrom && x.code.length === 3 &&
          (() => { const p = splitActorCode(x.code, countries); return !!p.country && !p.sector; })() &&
          doc.form.slice(x.end, m.start).every((w) => /^[A-Z0-9][A-Z0-9/-]*$|^-$/.test(w)));
        if (own) {
          // (One actor, not the state and its aircraft: the state's mention joins the aircraft's.)
          recode(s, m, `${own.code}MIL`, 'aircraft of the state named before their model');
          m.start = own.start;
          absorbed.add(own);
          continue;
        }
        const side = airSide(s, m, hm[1]);
        if (side) {
          recode(s, m, `${side}MIL`, `aircraft of the ${side} forces named before`);
          continue;
        }
      }
      const w = words(m);
      const h = HOME_MARK.exec(m.rule);
      // "militants linked to al Qaeda", "fighters loyal to Sadr", "gunmen loyal to the cleric": the group they
      // belong to (before the unidentified attackers below: their loyalty identifies them).
      const owner = ownerOf(s, m);
      if (owner && ARMED_SECTORS.has(cs[0]) && !NAMED_RULE.test(m.rule) && cs.slice(1).every((c) => ARMED_SECTORS.has(c) || IDENTITY.has(c))) {
        recode(s, m, owner, `belongs to ${owner}`);
        continue;
      }
      // Unidentified attackers: no country from the article's home.
      // Not those said to be "loyal to" / "linked to" a named armed group ("gunmen loyal to the cleric"): below.
      if (h && cs[0] === 'UAF' && cs.slice(1).every((c) => IDENTITY.has(c)) && ATTACKER_PHRASES.some((ph) => endsWith(w, ph)) && !ownerOf(s, m)) {
        recode(s, m, `---${p.sector}`, 'unidentified attackers: no home country');
        continue;
      }
      // "Petraeus told Congress" in an Iraq story: the U.S. Congress, not a legislature of the home country.
      if (h && m.code === `${h[1]}LEG` && !CONGRESS_HOMES.has(h[1]) && w[w.length - 1] === 'congress' && doc.form[m.end - 1] === 'Congress') {
        recode(s, m, 'USALEG', 'Congress: the U.S. Congress');
        continue;
      }
      // "Sen. John Warner urged ...", "a senator", "Rep. X" in an Iraq story: the U.S. Congress (Iraq has no senators).
      if (h && m.code === `${h[1]}LEG` && !SENATE_HOMES.has(h[1]) && w.some((x) => SENATOR_WORDS.has(x))) {
        recode(s, m, 'USALEG', 'senator: the U.S. Congress');
        continue;
      }
      // "a car bomb exploded near a police patrol, wounding six officers": bare officers in a sentence about the
      // police (and no army) are policemen.
      // Only the mention itself: what coreference took for the same ("the occupation forces") keeps its own reading.
      if (h && m.code === `${h[1]}MIL` && w.length <= 2 && OFFICER_WORDS.has(w[w.length - 1]) && policeSentence(s)) {
        m.code = `${h[1]}COP`;
        m.rule = `${m.rule} + officers in a police sentence: police officers`;
        continue;
      }
      // "The commander of UNIFIL, Major General X,": an unknown titled name set off after a title of
      // some body is that body's, not the article's country's.
      const title = h && m.rule.includes('unknown name') ? titleBefore(s, m) : null;
      if (title) {
        recode(s, m, title, 'apposition to the title before it');
        continue;
      }
      // "tribal leaders", "a Sunni tribal leader who headed an Awakening council", "the sheikhs": in a story
      // that names a tribal militia, tribal notables (ELI by the agents file) are that militia.
      // "the tribes", "his tribesmen" (civilians by the agents file) likewise, when no country of their own is named.
      const tribalSector = cs[0] === 'ELI' || (cs[0] === 'CVL' && (!!h || p.country === tribalMilitia?.slice(0, 3)));
      if (tribalMilitia && tribalSector && cs.slice(1).every((c) => IDENTITY.has(c)) && !NAMED_RULE.test(m.rule) && !m.rule.includes('unknown name') && w.some((x) => TRIBAL_WORDS.has(x))) {
        recode(s, m, tribalMilitia, `tribal notables in a story of the tribal militia ${tribalMilitia}`);
        continue;
      }
      // "ministers loyal to Sadr": the Sadrists, not the government.
      const side = POLITICAL_SECTORS.has(cs[0]) && !NAMED_RULE.test(m.rule) ? politicalOwner(s, m) : null;
      if (side && side !== m.code) {
        recode(s, m, side, `loyal to ${side}`);
        continue;
      }
      // Militia nouns: the article's militia.
      const militiaNoun = w.some((x) => MILITIA_WORDS.has(x));
      // Plural "militias" is generic ("all militias") unless an identity ties it to the article's militia ("Shiite militias").
      const generic = w.includes('militias') && !cs.slice(1).some((c) => IDENTITY.has(c));
      if (militiaNoun && !generic && cs[0] === 'UAF' && cs.slice(1).every((c) => IDENTITY.has(c) || c === 'GOV' || c === 'MIL')) {
        const g = militia(h ? null : p.country, cs.slice(1).filter((c) => IDENTITY.has(c)));
        if (g) recode(s, m, g, `the article's militia ${g}`);
        continue;
      }
      // Rebel nouns with no country of their own ("suspected rebel positions", "the guerrillas", "Kurdish
      // rebels"): the article's one dominant named rebel group, whatever its country (the PKK in a story on
      // northern Iraq), when it has the identity said of them or none of its own.
      const ids = cs.slice(1);
      if (h && cs[0] === 'REB' && ids.every((c) => IDENTITY.has(c)) && w.some((x) => REBEL_WORDS.has(x))) {
        const g = dominant(new Map([...named].filter(([c]) => chunks(splitActorCode(c, countries).sector ?? '')[0] === 'REB')), 2);
        const gIds = g ? chunks(splitActorCode(g, countries).sector ?? '').filter((c) => IDENTITY.has(c)) : [];
        if (g && (gIds.length === 0 || ids.every((c) => gIds.includes(c)))) recode(s, m, g, `the article's rebel group ${g}`);
        continue;
      }
      // "The militants shelled a village" in a story of the Islamic State group: a militant noun given only the home
      // country is the article's one transnational armed group, named at least twice and more often than any national
      // armed group, when it has no branch of the home country's own (s15-discourse).
      if (h && (cs[0] === 'REB' || cs[0] === 'RAD') && ids.every((c) => IDENTITY.has(c)) && w.some((x) => MILITANT_WORDS.has(x))) {
        const g = dominant(imgNamed, 2);
        const branch = g && home ? [...(opts.branches ?? [])].some(([parent, byCountry]) => g.startsWith(parent) && byCountry.has(home)) : false;
        if (g && !branch && (imgNamed.get(g) ?? 0) > Math.max(0, ...named.values())) {
          recode(s, m, g, `the article's transnational armed group ${g}`);
          continue;
        }
      }
      // A transnational group's national branch in an article about its country.
      if (p.country === 'IMG' && home) {
        for (const [parent, byCountry] of opts.branches ?? []) {
          const branch = byCountry.get(home);
          if (branch && m.code.startsWith(parent)) {
            recode(s, m, branch, `its branch in ${home}`);
            break;
          }
        }
      }
    }
  });
  for (const ms of sentences) for (let i = ms.length - 1; i >= 0; i--) if (absorbed.has(ms[i])) ms.splice(i, 1);
  for (const ms of sentences) {
    for (const m of ms) {
      // A pair ("both governments" after Iraqi and Turkmen ones): each member's people is the home country's minority
      // too, and two members of one code are one (s15-discourse).
      if (m.codes && home && minorities.length > 0) {
        const codes = [...new Set(m.codes.map((c) => (minorities.some(([state]) => c.startsWith(state)) ? home + c.slice(3) : c)))];
        if (codes.join() !== m.codes.join()) {
          m.code = codes[0];
          if (codes.length > 1) m.codes = codes;
          else delete m.codes;
          m.rule = `${m.rule} + members of a minority people: ${home}`;
        }
      }
      const r = m.resolvedFrom;
      const c = r ? changed.get(key(r.sentence, r.start, r.end)) : undefined;
      if (c && m.code === c.from) {
        m.code = c.to;
        m.rule = `${m.rule} + as its antecedent`;
      }
    }
  }
  return sentences;
}

/**
 * Whether the tokens name the capitalised "Marine(s)" with no other proper word ("Marines",
 * "the Marine Corps", "a Marine officer"; not "British Marines", not "marines").
 */
function isUsMarines(forms: readonly string[]): boolean {
  if (!forms.some((f) => f === 'Marines' || f === 'Marine')) return false;
  return forms.every((f) => f === 'Marines' || f === 'Marine' || f === 'Corps' || !/^\p{Lu}/u.test(f) || /^(The|A|An)$/.test(f));
}

/** The key with the strictly highest count of at least `min`, or null. */
function dominant(counts: ReadonlyMap<string, number>, min: number): string | null {
  let best: string | null = null;
  let n = 0;
  let tie = false;
  for (const [k, c] of counts) {
    if (c > n) [best, n, tie] = [k, c, false];
    else if (c === n) tie = true;
  }
  return best !== null && !tie && n >= min ? best : null;
}

/** Whether `w` ends with the words `ph`. */
function endsWith(w: readonly string[], ph: readonly string[]): boolean {
  if (ph.length > w.length) return false;
  for (let k = 1; k <= ph.length; k++) if (w[w.length - k] !== ph[ph.length - k]) return false;
  return true;
}

/**
 * Whether a mention's rule (`file:line PHRASE + ...`) holds a phrase of an actor or place dictionary
 * that is not a people's name (agents files name no state).
 */
function ownStatePhrase(rule: string, people: ReadonlySet<string>): boolean {
  return rule.split(' + ').some((part) => {
    const hit = /^(.*):\d+ (.+)$/.exec(part.trim());
    if (!hit) return false;
    if (/(^|[\\/])agents[^\\/]*\.ya?ml$/.test(hit[1])) return false;
    return !hit[2].toLowerCase().split(/\s+/).some((w) => people.has(w));
  });
}
