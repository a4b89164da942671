/**
 * Condemnations of an attack nobody has claimed. "The White House condemned the bombing", "the
 * Association condemned the bombing as a crime against all Muslims": when the article names no one
 * who bombed (the car bomb "exploded", the blast "killed"), the expert still codes the condemnation,
 * with the unknown perpetrator ("---") as its target, as he codes the bombing itself from "---".
 *
 * Rule: a target-less criticism or accusation (11x) whose verb takes an attack noun as its object
 * ("condemned the bombing", "denounced Friday's attack"), for which no earlier act of the noun's kind by
 * a named actor was found (src/article/implicit.ts, `nounActTargets`, runs first), is aimed at an
 * unknown actor at the noun. Nouns of acts a state carries out (a raid, an arrest, a strike from the air)
 * are left out: their agent is rarely unknown, only unfound. Nor is it unknown when a named side's fighting was told in
 * the sentence or the two before it (the attack may be condemned under another name).
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL } from '../analysis/tags.js';
import type { CodedEvent } from '../events/types.js';
import { actNounAfter, retarget } from './implicit.js';

/** Nouns of attacks whose perpetrator news often does not know: bombings, killings, kidnappings. */
const UNCLAIMED_ATTACKS: ReadonlySet<string> = new Set(['bombing', 'attack', 'killing', 'shooting', 'ambush', 'assault', 'kidnapping', 'abduction', 'assassination', 'explosion', 'blast', 'massacre', 'bombings', 'attacks', 'killings', 'kidnappings']);

/** Codes of material conflict: assault, fight, mass violence, and a riot (145) or violent repression (175), which a
 * condemned "attack" may name too ("crowds stormed the consulate ... Tehran condemned the attack"). */
const HOSTILE = /^(145|175|18|19|20)/;
/** How many sentences back fighting by a named side blocks an unknown perpetrator. */
const RECENT = 2;

/** CAMEO roots of a condemnation. */
const CONDEMNATION = '11';

/**
 * The events of `open` (no target) that condemn an attack named by a noun with no named agent, each mapped to a copy
 * aimed at an unknown actor ("---") at the noun.
 */
export function unclaimedAttackCondemnations(doc: Doc, acts: readonly CodedEvent[], open: readonly CodedEvent[]): Map<CodedEvent, CodedEvent> {
  const out = new Map<CodedEvent, CodedEvent>();
  for (const e of open) {
    if (e.target || !e.cameo.startsWith(CONDEMNATION)) continue;
    // Fighting by a named side just told ("Rwandan rebels attacked a post ... The president condemned the bombing") may be
    // the attack condemned under another name: no unknown perpetrator then.
    const fighting = acts.some((p) => HOSTILE.test(p.cameo) && !p.source.code.startsWith('---') && p.sentence <= e.sentence && p.sentence >= e.sentence - RECENT && !(p.sentence === e.sentence && p.verb > e.verb));
    if (fighting) continue;
    // The noun the implicit-target rules read after the verb, else the verb's object in the parse.
    const named = actNounAfter(doc, e.verb);
    const s = e.sentence;
    let at = named && UNCLAIMED_ATTACKS.has(named.noun) ? named.at : -1;
    for (let k = doc.sentStart[s]; k < doc.sentEnd[s] && at < 0; k++) {
      if (doc.head[k] === e.verb && DEPREL[doc.dep[k]] === 'obj' && UNCLAIMED_ATTACKS.has((doc.lemma[k] || doc.form[k]).toLowerCase())) at = k;
    }
    if (at < 0) continue;
    const unknown = { start: at, end: at + 1, head: at, code: '---', rule: 'the unknown perpetrator of an unclaimed attack' };
    out.set(e, retarget(e, unknown, e.sentence, 'an attack no one is named for', 'the unknown perpetrator of the attack it condemns'));
  }
  return out;
}
