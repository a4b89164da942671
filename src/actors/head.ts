/**
 * The syntactic head of an actor mention, shared by the place, state and convention rules.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL } from '../analysis/tags.js';
import type { ActorMention } from './types.js';

/**
 * The syntactic head of mention `m`: its last token attached outside it ("Addis" of "Addis Ababa"; `m.head` when
 * none is). With `climbConj`, the first conjunct of a coordination it is part of ("in Istanbul and Ankara").
 */
export function mentionHead(doc: Doc, m: ActorMention, climbConj = false): number {
  let h = m.head;
  for (let k = m.start; k < m.end; k++) if (doc.head[k] < m.start || doc.head[k] >= m.end) h = k;
  if (climbConj) while (DEPREL[doc.dep[h]] === 'conj' && doc.head[h] >= 0) h = doc.head[h];
  return h;
}
