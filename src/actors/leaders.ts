/**
 * Coding convention of the expert coders: the leader of an armed movement who also leads its
 * political party acts as the party in politics. Moqtada al-Sadr in 2007 is the Mahdi Army's
 * leader (IRQREBSHI) and the Sadrist movement's (IRQPTYSDR); "Sadr urged Maliki ...", "the
 * envoy met Sadr", "the cleric accused the government ..." are the movement's political acts
 * (IRQPTYSDR), while fighting, attacks and force ("Sadr's forces attacked ...") stay with the
 * armed group. The knowledge base gives such a person both codes: the armed one first (the
 * dictionaries' code for the date) and the party (`ActorMention.party`).
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { UPOS } from '../analysis/tags.js';
import type { CodedEvent } from '../events/types.js';
import type { ActorMention } from './types.js';

/**
 * CAMEO roots of force, not politics: force posture (15), coercion (17), assault (18),
 * fighting (19), mass violence (20). An armed leader's acts of these roots are his force's.
 */
const FORCE_ROOTS: ReadonlySet<string> = new Set(['15', '17', '18', '19', '20']);

/** Non-state armed sectors whose leader may have a party (rebels, insurgents, separatists, militias). */
const ARMED = /^[A-Z]{3}(REB|INS|SEP|UAF)/;

/** Nouns that name the leader himself (a reference to him by title), not his force or followers. */
const PERSON_NOUNS: ReadonlySet<string> = new Set(['cleric', 'leader', 'chief', 'head', 'imam', 'sheikh', 'ayatollah', 'preacher', 'man']);

/** The mention as its party when it is an armed leader with a party, else itself. */
function asParty(doc: Doc, m: ActorMention): ActorMention {
  if (!m.party || !ARMED.test(m.code) || m.party === m.code) return m;
  // The leader by name, pronoun or title: not "his militia", "the fighters" resolved to him.
  const h = m.head;
  const pos = UPOS[doc.upos[h]];
  if (pos !== 'PROPN' && pos !== 'PRON' && !PERSON_NOUNS.has(doc.form[h].toLowerCase())) return m;
  return { ...m, code: m.party, rule: `${m.rule} + an armed leader's political act is his party's` };
}

/**
 * The events whose source or target is an armed leader with a party (see the module doc),
 * with that actor coded as the party when the event is political (not of a force root).
 */
export function armedLeadersAsParties(doc: Doc, events: readonly CodedEvent[]): CodedEvent[] {
  return events.map((e) => {
    if (FORCE_ROOTS.has(e.cameo.slice(0, 2))) return e;
    const source = asParty(doc, e.source);
    const target = e.target ? asParty(doc, e.target) : null;
    if (source === e.source && target === e.target) return e;
    // An act of the party on itself is none ("Sadr urged his movement ...").
    if (target && source.code === target.code) return e;
    return { ...e, source, target };
  });
}
