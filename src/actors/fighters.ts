/**
 * Coding convention of the expert coders of the article sets: armed men of unknown allegiance ("gunmen", "armed men",
 * "militiamen", CAMEO UAF) whom a state's forces kill, fight, strike or arrest are the insurgency of the article's
 * country ("U.S. soldiers killed nine gunmen" = USAMIL 190 IRQREB, "Iraqi police arrested four gunmen" = IRQCOP 173
 * IRQREB), while gunmen who attack civilians, the police or troops stay unknown (---UAF: "Gunmen kidnapped five men").
 * The rebels are coded without a side (IRQREB), which also matches a more specific expected code (IRQREBSHI).
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import type { CodedEvent } from '../events/types.js';

/** Words of armed men of unknown allegiance (agents.yaml UAF, persons only: not "militia", a body that may be anyone's). */
const ARMED_MEN: ReadonlySet<string> = new Set([
  'gunman', 'gunmen', 'militiaman', 'militiamen', 'assailant', 'assailants', 'attacker', 'attackers', 'men',
]);

/** CAMEO roots of force used on someone: coercion and arrest (17), assault (18), fighting (19), mass violence (20). */
const FORCE = /^(17|18|19|20)/;

/**
 * Sources that fight an insurgency: a state's armed forces, police or intelligence, and tribal or party militias of a
 * named side (IRQUAFSUN: the Awakening's fighters).
 */
const STATE_FORCE = /^[A-Z]{3}(MIL|COP|SPY|UAF[A-Z]{3})/;

/**
 * The events of `events` whose target is armed men of unknown allegiance (code `---UAF`, named by {@link ARMED_MEN})
 * and whose source is a state's force using force on them, with the target coded as rebels: of the source's own
 * country for police and militias, of the home country for a foreign army (none for the home country's own army,
 * whose scene the story does not tell); other events unchanged. Nothing changes without a home country.
 */
export function gunmenFoughtAsRebels(doc: Doc, events: readonly CodedEvent[], home: string | null): CodedEvent[] {
  if (!home || !/^[A-Z]{3}$/.test(home)) return [...events];
  return events.map((e) => {
    const t = e.target;
    if (!t || t.code !== '---UAF' || !FORCE.test(e.cameo) || !STATE_FORCE.test(e.source.code)) return e;
    const head = doc.form[t.head]?.toLowerCase() ?? '';
    if (!ARMED_MEN.has(head)) return e;
    // "men" only as "armed men", "masked men" (the dictionary's phrases).
    if (head === 'men' && !/^(armed|masked)$/i.test(doc.form[t.head - 1] ?? '')) return e;
    // Police, intelligence and militias fight at home: their own country's insurgents. An army fights abroad or at home:
    // a foreign army in the home country's ("U.S. soldiers" in an Iraq story), its own country's army is left alone (the
    // U.S. army in a story told from Washington is not fighting American rebels).
    const own = e.source.code.slice(0, 3);
    const army = /^[A-Z]{3}MIL/.test(e.source.code);
    if (army && own === home) return e;
    const country = army ? home : own;
    return { ...e, target: { ...t, code: `${country}REB`, rule: `${t.rule} + armed men a state's forces fight are the insurgents where they fight` } };
  });
}
