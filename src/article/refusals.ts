/**
 * Refusals to yield answer a demand. "Baghdad demanded that the Kurdish regional government hand over the vice
 * president ... Kurdish officials said they would not hand over a guest of the region": the coder codes the refusal
 * (12x) toward the one kept ("a guest", "Kurds"), which the `yield-refusal` filter drops, since what is kept is no
 * addressee. An expert codes the refusal toward the one who asked for it.
 *
 * Rule: a refusal the `yield-refusal` filter dropped becomes an open event (no target) and, like any reaction, answers
 * the latest act aimed at its source by another side in the same or the two sentences before it
 * ({@link answeredTargets}); with no such act it stays dropped.
 * @module
 */
import type { CodedEvent } from '../events/types.js';
import type { FilterReason } from '../events/filters.js';
import { answeredTargets } from './implicit.js';

/**
 * The refusals to yield of `dropped` (events the filters removed, with their reasons) mapped to copies aimed at the
 * source of the act each answers among `dyadic` (the article's kept events with a target).
 */
export function yieldRefusalsAnswered(dropped: readonly { event: CodedEvent; reason: FilterReason }[], dyadic: readonly CodedEvent[]): CodedEvent[] {
  const open = dropped.filter((d) => d.reason === 'yield-refusal').map((d): CodedEvent => ({ ...d.event, target: null }));
  if (open.length === 0) return [];
  return [...answeredTargets(dyadic, open).values()].filter((e) => e.target !== null);
}
