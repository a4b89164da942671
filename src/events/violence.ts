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

/** What the coder knows of an event's target phrase. */
export interface VictimFacts {
  /** Lemma of the target phrase's head ("officer", "sheikh", "Smith"). */
  lemma: string;
  /** Whether the head is a proper name. */
  proper: boolean;
  /** Whether the head is plural ("two policemen"). */
  plural: boolean;
}

/**
 * The code of a killing coded `cameo` (190 unspecified force, 193 small arms) by `source` against
 * `target`: 186 or 180 when the source is an unidentified armed group (plain UAF: "gunmen",
 * "assailants") and the target no armed side; `cameo` otherwise.
 * @example assaultByUnidentified('193', '---UAF', 'gunman', 'IRQCOP', { lemma: 'officer', proper: false, plural: false }) // '186'
 */
export function assaultByUnidentified(cameo: string, source: string, sourceLemma: string, target: string | null, victim: VictimFacts | null): string {
  if (target === null || victim === null || (cameo !== '190' && cameo !== '193')) return cameo;
  // Only a bare unaligned armed group: "IRQUAFSUN" (the Awakening) is a known side.
  if (source.length !== 6 || source.slice(3) !== 'UAF' || !GUNMEN.has(sourceLemma.toLowerCase())) return cameo;
  // A country or a place ("Kirkuk") is no victim singled out.
  const sector = target.slice(3, 6);
  const lemma = victim.lemma.toLowerCase();
  // A leader of an armed side shot by gunmen ("a tribal leader who headed an Awakening council") is assassinated.
  if (ARMED.has(sector) && !victim.plural && LEADERS.has(lemma)) return '186';
  if (sector === '' || ARMED.has(sector)) return cameo;
  const one = !victim.plural && (victim.proper || PERSON_NOUNS.has(lemma) || VICTIM_ROLES.has(lemma));
  return one ? '186' : '180';
}
