/**
 * Demands for someone's release aim at whoever holds them. News reports the arrest, then the demand without its
 * addressee: "U.S. troops detained six men in Sadr City ... Sadr's office demanded their immediate release." An expert
 * codes the demand (100, 1053) toward the detainer; a sentence-level coder finds no target.
 *
 * Rule: a demand (CAMEO 10) with a source and no target (or one that is the released: "their release", "the release of
 * the men") whose verb is followed, within {@link REACH} words of its
 * sentence, by a word of release ("the release of", "their release", "be freed") is aimed at the source of the latest
 * detention or abduction (173, 181) in the same or the {@link WINDOW} sentences before it, by another entity with a
 * known code. Nothing else is guessed.
 * @module
 */
import type { ActorMention } from '../actors/types.js';
import { codeExtends } from '../actors/code.js';
import type { Doc } from '../analysis/doc.js';
import type { CodedEvent } from '../events/types.js';
import { latestBefore, retarget, sameEntity } from './implicit.js';

/** How many sentences back the detention may be. */
const WINDOW = 4;

/** How many words after the demand's verb the release may be named ("demanded the immediate release of"). */
const REACH = 6;

/** Lemmas (and forms) of a release. */
const RELEASE = new Set(['release', 'releasing', 'released', 'free', 'freed', 'freeing']);

/** Codes of the acts a release undoes: arrests and detentions, abductions. */
const HOLDING = /^(173|181)/;

/** The position of the release the demand at `verb` names after it, or -1. */
function releaseAfter(doc: Doc, verb: number): number {
  const end = doc.sentEnd[doc.sentenceOf(verb)];
  for (let i = verb + 1; i < Math.min(end, verb + 1 + REACH); i++) {
    const w = doc.form[i].toLowerCase();
    if (RELEASE.has(w) || RELEASE.has((doc.lemma[i] || '').toLowerCase())) return i;
    if (w === ';' || w === '.') return -1;
  }
  return -1;
}

/** Same entity (src/article/implicit.ts) or same actor by code (one code extends the other). */
const sameSide = (a: ActorMention, b: ActorMention): boolean => sameEntity(a, b) || codeExtends(a.code, b.code, 6);

/**
 * The events of `open` (no target, or the released as target) that demand a release, each mapped to a copy aimed at the source of the latest
 * detention or abduction of `acts` (filtered or not: "soldiers arrested four of his men" is dropped as aimed at the
 * demander's own men, yet it is the arrest whose end he demands) before it.
 */
export function releaseDemandTargets(doc: Doc, acts: readonly CodedEvent[], open: readonly CodedEvent[]): Map<CodedEvent, CodedEvent> {
  const out = new Map<CodedEvent, CodedEvent>();
  const sorted = [...acts].sort((a, b) => a.sentence - b.sentence || a.verb - b.verb);
  for (const e of open) {
    if (!e.cameo.startsWith('10')) continue;
    const r = releaseAfter(doc, e.verb);
    if (r < 0) continue;
    // A target the coder found is kept unless it is the one to be released ("their release", "the release of the two
    // men, whom it described as students").
    if (e.target && !(e.target.start > r || (e.target.end === r && e.target.end - e.target.start === 1))) continue;
    const act = latestBefore(sorted, e, WINDOW, (p) => HOLDING.test(p.cameo) && !p.source.code.startsWith('---') && !sameSide(p.source, e.source));
    if (!act) continue;
    // "police and soldiers had detained ...": of the acts of one verb, the first named source leads.
    const found = sorted.find((p) => p.sentence === act.sentence && p.verb === act.verb && p.cameo === act.cameo && !p.source.code.startsWith('---')) ?? act;
    out.set(e, retarget(e, found.source, found.sentence, 'the one who holds those whose release is demanded', 'the source of the detention it asks to undo'));
  }
  return out;
}
