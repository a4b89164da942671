/**
 * Who kills whom decides between CAMEO 19 (force between armed sides) and 18 (unconventional
 * violence): unidentified gunmen who shoot a police officer, a tribal sheikh or two policemen do
 * not fight an armed side, they assault people; one named or titled person killed so is an
 * assassination (186), several are plain assault (180). Soldiers they kill in an ambush stay 190.
 * @module
 */
import { PERSON_NOUNS } from '../article/lexicon.js';

/** Sectors of armed sides, against which killing stays military force. */
const ARMED = new Set(['MIL', 'REB', 'INS', 'UAF', 'SEP', 'SPY']);

/** People singled out by role beyond {@link PERSON_NOUNS}: killing one of them is an assassination. */
const VICTIM_ROLES: ReadonlySet<string> = new Set(['officer', 'policeman', 'politician', 'journalist', 'candidate', 'councillor', 'councilman', 'activist', 'tribesman']);

/** Heads of a leader: one of them killed by gunmen is assassinated even when his side is armed. */
const LEADERS: ReadonlySet<string> = new Set(['leader', 'commander', 'chief', 'sheikh', 'sheik', 'head', 'chieftain']);

/** Unidentified attackers by their head noun (lemma): no bomb, rocket or mortar, whose strike keeps its code. */
const GUNMEN: ReadonlySet<string> = new Set(['gunman', 'gunmen', 'assailant', 'attacker', 'hitman', 'hitmen', 'killer', 'man', 'men']);

/** Verbs of killing people (lemmas): gunmen who kill at a post still assault the people they kill. */
const KILLING: ReadonlySet<string> = new Set(['kill', 'shoot', 'murder', 'assassinate', 'execute', 'behead', 'slay', 'gun']);

/**
 * Posts, vehicles and offices an armed attack is aimed at: "attacked a police checkpoint", "opened fire on a convoy
 * carrying election officials", "attacked the offices of rival parties". Gunmen who attack one fight the side that holds
 * it (190, as experts code it), unlike gunmen who shoot people or strike a mosque or a market (18).
 */
const POSTS: ReadonlySet<string> = new Set(['checkpoint', 'convoy', 'motorcade', 'patrol', 'station', 'outpost', 'post', 'base',
  'headquarters', 'headquarter', 'office', 'compound', 'barracks', 'garrison']);

/** Whether a noun (lemma, lower case) is a post, vehicle column or office an armed attack is aimed at ({@link POSTS}). */
export function isPostNoun(lemma: string): boolean {
  return POSTS.has(lemma);
}

/**
 * Posts that one side's forces man: attacked with no one named on them ("gunmen attacked checkpoints in two towns"),
 * they stand for those forces (checkpoints the police's, outposts, barracks and garrisons the army's), as the experts
 * code them (s16-force: set 29; sets 10, 19, 21). ("Base" is also a party's or a support base; "station" a bus or power
 * station: not here.)
 */
const MANNED_POSTS: ReadonlyMap<string, string> = new Map([
  ['checkpoint', 'COP'],
  ['outpost', 'MIL'],
  ['barracks', 'MIL'],
  ['garrison', 'MIL'],
]);

/** The sector of the forces who man a post (lemma, lower case; {@link MANNED_POSTS}), or null. */
export function postHolder(lemma: string): string | null {
  const l = lemma.toLowerCase();
  return MANNED_POSTS.get(l) ?? MANNED_POSTS.get(l.replace(/s$/, '')) ?? null;
}

/** What the coder knows of an event's target phrase. */
export interface VictimFacts {
  /** Lemma of the target phrase's head ("officer", "sheikh", "Smith"). */
  lemma: string;
  /** Whether the head is a proper name. */
  proper: boolean;
  /** Whether the head is plural ("two policemen"). */
  plural: boolean;
  /**
   * The post the target phrase hangs from ({@link isPostNoun}: "checkpoint" of "a police checkpoint", "convoy" of "a
   * convoy carrying election officials"), or null/absent.
   */
  post?: string | null;
}

/**
 * The code of a killing coded `cameo` (190 unspecified force, 193 small arms) by `source` against
 * `target`: 186 or 180 when the source is an unidentified armed group (plain UAF: "gunmen",
 * "assailants") and the target no armed side; `cameo` otherwise, and when the target hangs from a post, convoy or
 * office the verb (`verbLemma`, not one of killing) attacks ("gunmen attacked a police checkpoint": 190).
 * @example assaultByUnidentified('193', '---UAF', 'gunman', 'IRQCOP', { lemma: 'officer', proper: false, plural: false }) // '186'
 */
export function assaultByUnidentified(
  cameo: string,
  source: string,
  sourceLemma: string,
  target: string | null,
  victim: VictimFacts | null,
  verbLemma = '',
  attackedPost: string | null = null,
): string {
  if (target === null || victim === null || (cameo !== '190' && cameo !== '193')) return cameo;
  // Only a bare unaligned armed group: "IRQUAFSUN" (the Awakening) is a known side.
  if (source.length !== 6 || source.slice(3) !== 'UAF' || !GUNMEN.has(sourceLemma.toLowerCase())) return cameo;
  // A country or a place ("Kirkuk") is no victim singled out.
  const sector = target.slice(3, 6);
  const lemma = victim.lemma.toLowerCase();
  // A leader of an armed side shot by gunmen ("a tribal leader who headed an Awakening council") is assassinated.
  if (ARMED.has(sector) && !victim.plural && LEADERS.has(lemma)) return '186';
  if (sector === '' || ARMED.has(sector)) return cameo;
  // An attack on a post, a convoy or an office (not its people shot one by one) is force against the side that holds it.
  // (Also the post itself as the target: "gunmen attacked checkpoints", its men standing for it; s16-force.)
  if ((victim.post || attackedPost || isPostNoun(lemma)) && !KILLING.has(verbLemma.toLowerCase())) return cameo;
  const one = !victim.plural && (victim.proper || PERSON_NOUNS.has(lemma) || VICTIM_ROLES.has(lemma));
  return one ? '186' : '180';
}

/** Sectors of an unarmed crowd: protesters, civilians, students, workers. */
const CROWD = new Set(['OPP', 'CVL', 'EDU', 'LAB']);

/** Whether any three-letter sector group of an actor code (after its country) is one of `set`. */
function hasSector(code: string, set: ReadonlySet<string>): boolean {
  for (let i = 3; i + 3 <= code.length; i += 3) if (set.has(code.slice(i, i + 3))) return true;
  return false;
}

/**
 * Who does it decides two codes (s12, issue 5): property destroyed or set on fire (1712) by a crowd of protesters or
 * civilians is a riot (145: "demonstrators set fire to the offices of several parties", as experts code it); a threat to
 * "march on" a city (133, a protest march) by an armed side is a threat of force (138: "the militias threatened to march
 * on Kirkuk"). `marchOn`: the pattern that coded the event matched "march on". Other events keep `cameo`.
 * @example actedBy('1712', 'IRQOPP', false) // '145'
 */
export function actedBy(cameo: string, source: string, marchOn: boolean): string {
  if (cameo === '1712' && !hasSector(source, ARMED) && CROWD.has(source.slice(3, 6))) return '145';
  if (cameo === '133' && marchOn && hasSector(source, ARMED)) return '138';
  return cameo;
}

/** Heads of a crowd in the street ("fired on crowds", "opened fire on the protesters"). */
const CROWD_NOUNS: ReadonlySet<string> = new Set(['crowd', 'crowds', 'protester', 'protesters', 'demonstrator', 'demonstrators', 'marcher',
  'marchers', 'mourner', 'mourners', 'rioter', 'rioters', 'mob', 'demonstration', 'protest', 'rally', 'gathering']);

/**
 * A state's own police or soldiers firing on a crowd of its people ("security forces opened fire on crowds", "riot police
 * fired live rounds at the crowd") is violent repression (175), as the experts code it (sets 1, 15, 21, 22, 24, 25),
 * not an assault (180) or armed force (190/193); foreign troops firing on a crowd stay as coded ("a U.S. helicopter
 * fired on a crowd": 190, set 5), nor does a clash, fought on both sides. `victimLemma`: the lemma of the target phrase's
 * head; `verbLemma`: the event's verb.
 * @example crowdRepressed('180', 'IRQCOP', 'IRQCVL', 'crowd') // '175'
 */
export function crowdRepressed(cameo: string, source: string, target: string | null, victimLemma: string, verbLemma = '', scene = false): string {
  // (Also a crowd's people beaten or shot dead: "a protester was shot dead by police", s16-force, set 28.)
  if (target === null || !REPRESSIBLE.has(cameo)) return cameo;
  // "police clashed with protesters": a clash is fought on both sides (190).
  // (The lemmatiser gives "scuffled" as "scuffl".)
  if (/^(clash|skirmish|scuffl|brawl)/.test(verbLemma.toLowerCase())) return cameo;
  if (!/^(COP|MIL)/.test(source.slice(3, 6)) || !CROWD.has(target.slice(3, 6))) return cameo;
  const s = source.slice(0, 3);
  const t = target.slice(0, 3);
  if (s !== t && s !== '---' && t !== '---') return cameo;
  const v = victimLemma.toLowerCase();
  // People killed where the clause names a protest ("troops stormed a protest camp and killed dozens of people"): the
  // crowd's people (`scene`: the clause names a protest; s16-force, sets 29, 22, 26).
  // A pronoun for protesters named before ("drove them back with tear gas": IRQOPP) is the crowd too.
  const crowdPronoun = (v === 'they' || v === 'them') && target.slice(3, 6) === 'OPP';
  return CROWD_NOUNS.has(v) || crowdPronoun || (scene && SCENE_VICTIMS.has(v)) ? '175' : cameo;
}

/** Codes of force against people that a state's forces used on its own crowd make repression (see crowdRepressed). */
const REPRESSIBLE: ReadonlySet<string> = new Set(['180', '182', '1823', '190', '193']);

/** People named by a plain noun, one of a crowd when the clause names a protest. */
const SCENE_VICTIMS: ReadonlySet<string> = new Set(['people', 'person', 'man', 'men', 'youth', 'civilian', 'resident', 'worshipper', 'participant']);

/** Words that name a protest in a clause (lemmas): "a Sunni protest camp", "a sit-in", "the rally". */
const PROTEST_WORDS: ReadonlySet<string> = new Set(['protest', 'protester', 'demonstration', 'demonstrator', 'sit-in', 'rally', 'marcher']);

/** Whether a lemma names a protest ({@link PROTEST_WORDS}). */
export function isProtestWord(lemma: string): boolean {
  return PROTEST_WORDS.has(lemma.toLowerCase());
}

/** Fixed-wing aircraft, gunships and drones: their force is from the air (not "helicopter": see {@link fromTheAir}). */
const AIR_STRIKERS: ReadonlySet<string> = new Set(['warplane', 'jet', 'aircraft', 'gunship', 'drone', 'plane', 'airplane', 'fighter-bomber']);

/**
 * Force (190) whose actor is named as the aircraft that used it ("U.S. aircraft carried out several strikes on
 * gunmen", "Navy jets and armed drones struck mortar positions", "a British warplane struck a militia position") is
 * an aerial attack (195), as the experts code it (sets 6, 7, 10, 11, 19, 21-24, 27); helicopters firing or killing
 * stay 190 as they code them (sets 2, 3, 5, 11). `sourceLemma`: the lemma of the source phrase's head (s15-force).
 * @example fromTheAir('190', 'jet') // '195'
 */
export function fromTheAir(cameo: string, sourceLemma: string, subject: readonly string[] = []): string {
  if (cameo !== '190') return cameo;
  const l = sourceLemma.toLowerCase();
  if (AIR_STRIKERS.has(l) || AIR_STRIKERS.has(l.replace(/s$/, ''))) return '195';
  // The clause's subject names the strike from the air ("a U.S. drone strike near the airport killed ...", "an air
  // raid killed"): `subject` is its head lemma and its modifiers' (sets 22, 25).
  const [head, ...mods] = subject.map((w) => w.toLowerCase());
  if (head === 'airstrike' || ((head === 'strike' || head === 'raid' || head === 'attack') && mods.some((w) => w === 'drone' || w === 'air'))) return '195';
  return cameo;
}

/** Verbs of putting down by force that the dictionary codes as repression (175). */
const CRUSHING: ReadonlySet<string> = new Set(['crush', 'quell', 'subdue', 'rout', 'vanquish']);
/** Nouns of an armed group as the thing crushed ("crushed the cleric's militia"). */
const ARMED_NOUNS: ReadonlySet<string> = new Set(['militia', 'militias', 'militiaman', 'militiamen', 'army', 'insurgent', 'insurgents',
  'insurgency', 'rebel', 'rebels', 'guerrilla', 'guerrillas', 'fighter', 'fighters', 'militant', 'militants']);

/**
 * Forces crushing an armed group ("whose forces crushed the cleric's militia in Basra", "crushed the Mahdi Army") fought
 * it (190), as the experts code it (sets 13, 16, 27); crushing protests or dissent stays repression (175). `target`: the
 * target's code; `objectLemma`: the lemma of the verb's object (the militia of "the cleric's militia"; s15-force).
 * @example armedCrushed('175', 'crush', 'IRQREBSHI', 'militia') // '190'
 */
export function armedCrushed(cameo: string, verbLemma: string, target: string | null, objectLemma: string): string {
  if (cameo !== '175' || !CRUSHING.has(verbLemma.toLowerCase())) return cameo;
  const o = objectLemma.toLowerCase();
  // (An uprising or a rebellion crushed is repressed, whoever rose.)
  if (o === 'uprising' || o === 'rebellion') return cameo;
  const armedTarget = target !== null && /^(REB|UAF|INS|MIL)/.test(target.slice(3, 6));
  return armedTarget || ARMED_NOUNS.has(o) ? '190' : cameo;
}

/** Buildings of a public service named as what an attack struck (lemmas): the service's sector is no victim there. */
const SERVICE_BUILDINGS: ReadonlySet<string> = new Set(['school', 'hospital', 'clinic']);

/**
 * The target of an attack (`cameo` 18-20) on a school or hospital by its building ("mortar rounds slammed into a school
 * used as a voting centre"): the civilians in it (CVL), as the experts code it (s16-force: set 28), not the education or
 * health sector, whose people ("students", "doctors") keep their code. `lemma`: the target phrase's head.
 * @example struckBuilding('194', 'IRQEDU', 'school') // 'IRQCVL'
 */
export function struckBuilding(cameo: string, target: string, lemma: string): string {
  if (!/^(18|19|20)/.test(cameo) || !SERVICE_BUILDINGS.has(lemma.toLowerCase()) || target.length !== 6) return target;
  return ['EDU', 'HLH'].includes(target.slice(3, 6)) ? `${target.slice(0, 3)}CVL` : target;
}

/** Passive verbs of harm whose doer a "when" clause of firing names ("were killed when police opened fire"). */
const HARMED_WHEN: ReadonlySet<string> = new Set(['kill', 'wound', 'injure', 'hurt', 'shoot']);
/** Verbs of firing or attacking in such a "when" clause. */
const FIRING_WHEN: ReadonlySet<string> = new Set(['open', 'fire', 'shoot', 'attack', 'storm', 'raid', 'shell', 'charge']);

/**
 * Whether a passive verb (lemma) of harm takes its doer from a "when" clause of firing ("three protesters were killed
 * when police opened fire": the police killed them; s16-force, sets 5, 26). See {@link isFiringWhen}.
 */
export function isHarmedWhen(lemma: string): boolean {
  return HARMED_WHEN.has(lemma.toLowerCase());
}

/** Whether a verb (lemma) of a "when" clause is one of firing or attacking whose subject harmed ({@link isHarmedWhen}). */
export function isFiringWhen(lemma: string): boolean {
  return FIRING_WHEN.has(lemma.toLowerCase());
}

