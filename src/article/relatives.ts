/**
 * Relative possessives (s17-actors): "Iran, whose own forces have shelled rebel camps, urged ...", "the Turkish
 * minister, whose government ...". The word "whose" right after a comma stands for the actor that ends at that comma,
 * as "its" or "his" would: the noun it possesses is that actor's group (Iran's forces are IRNMIL, not the home army).
 * @module
 */
import type { Doc } from '../analysis/doc.js';

/**
 * The entity "whose" at token `j` stands for: the one whose mention ends at the comma just before it (`byEnd` maps a
 * mention's exclusive end to its entity), or undefined when `j` is no such "whose".
 */
export function whosePossessorOf<E>(doc: Doc, j: number, sentenceStart: number, byEnd: ReadonlyMap<number, E>): E | undefined {
  if (j - 1 <= sentenceStart || !/^whose$/i.test(doc.form[j]) || doc.form[j - 1] !== ',') return undefined;
  return byEnd.get(j - 1);
}
