/**
 * Refusals to yield answer a demand. "Baghdad demanded that the Kurdish regional government hand over the vice
 * president ... Kurdish officials said they would not hand over a guest of the region": the coder codes the refusal
 * (12x) toward the one kept ("a guest", "Kurds"), which the `yield-refusal` filter drops, since what is kept is no
 * addressee. An expert codes the refusal toward the one who asked for it.
 *
 * Rule: a refusal the `yield-refusal` filter dropped is aimed at the source of the latest demand or appeal (10, 02)
 * aimed at the refuser by another side in the same or the {@link WINDOW} sentences before it. A refusal to bow to
 * pressure or criticism ("would not bow to pressure from London", after London condemned it) answers no demand and
 * stays dropped, as does one with no demand before it.
 * @module
 */
import type { CodedEvent } from '../events/types.js';
import type { FilterReason } from '../events/filters.js';
import { byPosition, latestBefore, retarget, sameActor, sameEntity } from './implicit.js';

/** How many sentences back the demand may be. */
const WINDOW = 2;

/**
 * The refusals to yield of `dropped` (events the filters removed, with their reasons) mapped to copies aimed at the
 * source of the demand each answers among `dyadic` (the article's kept events with a target).
 */
export function yieldRefusalsAnswered(dropped: readonly { event: CodedEvent; reason: FilterReason }[], dyadic: readonly CodedEvent[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  const events = [...dyadic].sort(byPosition);
  for (const { event: e, reason } of dropped) {
    if (reason !== 'yield-refusal') continue;
    const found = latestBefore(events, e, WINDOW, (p) => {
      if (!p.target || !/^(10|02)/.test(p.cameo) || sameEntity(p.source, e.source) || p.source.code.startsWith('---')) return false;
      return sameActor(p.target.code, e.source.code) && !sameActor(p.source.code, e.source.code);
    });
    if (found) out.push(retarget({ ...e, target: null }, found.source, found.sentence, 'the demand this refusal answers', 'the source of the demand it refuses'));
  }
  return out;
}
