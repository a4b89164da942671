/**
 * Coding convention of the expert coders: a fortified zone that houses a government (Baghdad's "Green
 * Zone") stands for the government that holds it when it is hit,
 * stormed, marched on or ringed by troops. "Rockets struck the Green Zone", "mortar rounds crashed into
 * the Green Zone", "protesters poured into the Green Zone", "troops took up positions around the Green
 * Zone" are coded against the U.S. authority there before the zone's handover to Iraq in 2009 (sets 2, 5,
 * 7, 8, 11) and against Iraq's government after it (sets 17, 21, 22, 23). The dictionaries give the
 * zone's name the bare country (IRQ), and {@link placesAsScenes} (places.ts) would drop the event as
 * aimed at a district named as a scene.
 *
 * Only the target changes, only for acts of force, protest or posture (14, 15, 17-20), and only when
 * the zone is what the act is aimed at: the verb's object, or named after a preposition of aim or
 * entry ("into", "at", "on", "against", "around", "toward"). A zone named where something else
 * happens ("fought the police inside the Green Zone", "met him in the Green Zone") stays a scene.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS } from '../analysis/tags.js';
import type { CodedEvent } from '../events/types.js';
import type { ActorMention } from './types.js';
import { mentionHead } from './head.js';

/**
 * Names of government zones (lower case, without the article): the state the dictionaries give the name, and who
 * held the zone, latest first (`from`: first day, yyyymmdd). Baghdad's Green Zone was the seat of the U.S.
 * occupation authority and then of the U.S. embassy under U.S. military control until its handover to Iraq on
 * 1 January 2009: attacks on it before then are coded against the United States (sets 2, 5, 7, 8, 11), later ones
 * and the crowds that storm it against Iraq's government (sets 17, 21, 22, 23).
 */
const SEAT_ZONES: ReadonlyMap<string, { state: string; held: readonly { from: number; code: string }[] }> = new Map(
  ['green zone'].map((n) => [n, { state: 'IRQ', held: [{ from: 20090101, code: 'IRQGOV' }, { from: 0, code: 'USAGOV' }] }] as const),
);

/** CAMEO roots of acts aimed at a place's occupants: protest (14), posture (15), coercion and force (17-20). */
const AIMED_ROOTS: ReadonlySet<string> = new Set(['14', '15', '17', '18', '19', '20']);

/** Prepositions that name what an act is aimed at or enters ("fired into", "marched on", "deployed around"). */
const AIM_CASES: ReadonlySet<string> = new Set(['into', 'at', 'on', 'onto', 'against', 'around', 'toward', 'towards', 'upon']);

/**
 * The code of the government that held the zone `m` names on `day` (yyyymmdd; unknown: the latest), or null when
 * `m` names no such zone.
 */
export function seatZoneCode(doc: Doc, m: ActorMention | null, day?: number): string | null {
  if (!m || m.codes || m.resolvedFrom || m.code.length !== 3) return null;
  const words: string[] = [];
  for (let k = m.start; k < m.end; k++) {
    const u = UPOS[doc.upos[k]];
    if (u !== 'DET' && u !== 'PUNCT') words.push(doc.form[k].toLowerCase());
  }
  const zone = SEAT_ZONES.get(words.join(' '));
  if (!zone || zone.state !== m.code) return null;
  return (day === undefined ? zone.held[0] : zone.held.find((h) => day >= h.from) ?? zone.held[zone.held.length - 1]).code;
}

/** Whether the zone mention `m` is what the event verb `verb` is aimed at (its object, or after a preposition of aim). */
function isAimedAt(doc: Doc, m: ActorMention, verb: number): boolean {
  const h = mentionHead(doc, m);
  const rel = DEPREL[doc.dep[h]] ?? '';
  if (rel === 'obj' || rel === 'nsubj:pass') return true;
  if (!rel.startsWith('obl') && !rel.startsWith('nmod')) return false;
  const s = doc.sentenceOf(h);
  for (let k = doc.sentStart[s]; k < doc.sentEnd[s]; k++) {
    if (doc.head[k] === h && DEPREL[doc.dep[k]] === 'case') return AIM_CASES.has(doc.form[k].toLowerCase()) && (rel.startsWith('obl') || doc.head[h] !== verb);
  }
  return false;
}

/**
 * Events of force, protest or posture aimed at a government zone ({@link SEAT_ZONES}), with the zone
 * recoded as the government that held it on `day` (the article's date, yyyymmdd). Other events are returned unchanged.
 */
export function seatZonesAsGovernment(doc: Doc, events: readonly CodedEvent[], day?: number): CodedEvent[] {
  return events.map((e) => {
    if (!e.target || !AIMED_ROOTS.has(e.cameo.slice(0, 2))) return e;
    const code = seatZoneCode(doc, e.target, day);
    if (!code || !isAimedAt(doc, e.target, e.verb)) return e;
    const target: ActorMention = { ...e.target, code, rule: `${e.target.rule} + a government zone stands for the government there` };
    return { ...e, target, rule: `${e.rule} + an act aimed at a government zone is aimed at its government` };
  });
}
