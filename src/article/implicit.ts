/**
 * Targets the sentence never names. News reports a reaction without repeating whom it
 * answers: "Maliki's office accused the Sadrists of ... The movement denied the charge."
 * "Washington demanded that ... Tehran rejected the demand." An expert codes the denial
 * and the rejection toward the accuser and the demander; a sentence-level coder finds no
 * target and drops them.
 *
 * Rule: an act of reaction (a denial, disapproval, rejection, threat or demand, see
 * {@link REACTIONS}) that has a source and no target answers the latest act, in the same
 * or the previous {@link WINDOW} sentences, that was aimed at its source by someone else;
 * its target is that act's source. Nothing else is guessed: a reaction with no such act
 * before it keeps no target.
 * @module
 */
import type { ActorMention } from '../actors/types.js';
import type { CodedEvent } from '../events/types.js';

/** CAMEO roots (or codes) of acts that answer an earlier act: deny, disapprove, reject, threaten, demand. */
const REACTIONS: readonly string[] = ['016', '11', '12'];

/** How many sentences back an answered act may be. */
const WINDOW = 2;

const isReaction = (cameo: string): boolean => REACTIONS.some((p) => cameo.startsWith(p));

/**
 * Same actor as far as the codes tell: one code extends the other (IRQGOV, IRQGOVKUR),
 * or one is a state's bare name and the other its government (RWA, RWAGOV).
 */
function sameActor(a: string, b: string): boolean {
  if (a === b || (a.length >= 6 && b.startsWith(a)) || (b.length >= 6 && a.startsWith(b))) return true;
  return (a.length === 3 && b.startsWith(`${a}GOV`)) || (b.length === 3 && a.startsWith(`${b}GOV`));
}

/**
 * The events of `open` (no target) that answer an earlier event of `events` (dyadic),
 * each mapped to a copy with the answered act's source as its target; the others are
 * left out.
 */
export function answeredTargets(dyadic: readonly CodedEvent[], open: readonly CodedEvent[]): Map<CodedEvent, CodedEvent> {
  const out = new Map<CodedEvent, CodedEvent>();
  const events = [...dyadic].sort(byPosition);
  for (const e of open) {
    if (e.target || !isReaction(e.cameo)) continue;
    let found: CodedEvent | null = null;
    for (let i = events.length - 1; i >= 0 && !found; i--) {
      const p = events[i];
      if (p.sentence > e.sentence || (p.sentence === e.sentence && p.verb >= e.verb)) continue;
      if (p.sentence < e.sentence - WINDOW) break;
      if (!p.target || !sameActor(p.target.code, e.source.code) || sameActor(p.source.code, e.source.code)) continue;
      found = p;
    }
    if (!found) continue;
    const by: ActorMention = found.source;
    const from = by.resolvedFrom ?? { start: by.start, end: by.end, sentence: found.sentence };
    out.set(e, {
      ...e,
      target: { ...by, resolvedFrom: from, rule: `${by.rule} + the act this one answers` },
      rule: `${e.rule} + target: the source of the act it answers`,
    });
  }
  return out;
}

/** Document order of events: sentence, then verb position. */
export const byPosition = (a: CodedEvent, b: CodedEvent): number => a.sentence - b.sentence || a.verb - b.verb;
