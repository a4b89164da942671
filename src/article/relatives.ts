/**
 * Possessives that name an actor (s17-actors). Relative possessives: "Iran, whose own forces have shelled rebel camps,
 * urged ...", "the Turkish minister, whose government ...". The word "whose" right after a comma stands for the actor
 * that ends at that comma, as "its" or "his" would: the noun it possesses is that actor's group (Iran's forces are
 * IRNMIL, not the home army). Owners of things attacked: "helicopters struck their positions" is aimed at whoever
 * "their" is, bound as an object pronoun (not the clause's own subject).
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS } from '../analysis/tags.js';

/**
 * The entity "whose" at token `j` stands for: the one whose mention ends at the comma just before it (`byEnd` maps a
 * mention's exclusive end to its entity), or undefined when `j` is no such "whose".
 */
export function whosePossessorOf<E>(doc: Doc, j: number, sentenceStart: number, byEnd: ReadonlyMap<number, E>): E | undefined {
  if (j - 1 <= sentenceStart || !/^whose$/i.test(doc.form[j]) || doc.form[j - 1] !== ',') return undefined;
  return byEnd.get(j - 1);
}

/**
 * Things whose owner is the one an act on them is aimed at: vehicles, homes, offices, positions and bases ("attacked his
 * convoy", "struck their positions", "stormed its headquarters", "surrounded his residence").
 */
const OWNED_THINGS: ReadonlySet<string> = new Set([
  'convoy', 'motorcade', 'vehicle', 'car', 'home', 'house', 'residence', 'office', 'offices', 'headquarters', 'compound',
  'position', 'base', 'camp', 'checkpoint', 'stronghold', 'hideout',
]);

/**
 * Whether the possessive pronoun at token `i` ("his", "its", "their") owns a thing ({@link OWNED_THINGS}) that is the
 * object (or passive subject) of a verb of force ({@link ACTS_ON_OWNED}: "attacked his convoy", "struck their
 * positions"): its owner is then that verb's target, as a possessive noun would be ("Maliki's convoy"). Only the thing
 * right after the pronoun, or after one adjective ("their forward positions").
 */
export function ownedTarget(doc: Doc, i: number): boolean {
  const s = doc.sentenceOf(i);
  let h = i + 1;
  if (h < doc.sentEnd[s] && UPOS[doc.upos[h]] === 'ADJ') h++;
  if (h >= doc.sentEnd[s] || doc.head[i] !== h) return false;
  const l = (doc.lemma[h] || doc.form[h]).toLowerCase();
  if (!OWNED_THINGS.has(l) && !OWNED_THINGS.has(doc.form[h].toLowerCase())) return false;
  const v = doc.head[h];
  if (v < 0 || UPOS[doc.upos[v]] !== 'VERB' || !ACTS_ON_OWNED.has((doc.lemma[v] || doc.form[v]).toLowerCase())) return false;
  const rel = DEPREL[doc.dep[h]] ?? '';
  return rel === 'obj' || rel === 'nsubj:pass';
}

/**
 * Verbs of force done to a thing, aimed at its owner ("attacked his convoy"); not those one does to one's own ("would
 * abandon their checkpoints", "rounded up at their homes", "defend their offices").
 */
const ACTS_ON_OWNED: ReadonlySet<string> = new Set([
  'attack', 'strike', 'hit', 'storm', 'raid', 'shell', 'bomb', 'ambush', 'target', 'surround', 'besiege', 'seize', 'burn',
  'torch', 'overrun', 'blow', 'destroy', 'loot', 'ransack', 'occupy', 'search',
]);
