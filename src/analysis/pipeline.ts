/**
 * Pipeline: an ordered list of stages, each reading and annotating a Doc.
 * Stages declare what they require and assign; a pipeline checks the order once
 * when it is built, not per document.
 * @module
 */
import type { Annotation, Doc } from './doc.js';
import { AnnalsError } from '../errors.js';

export interface Stage {
  readonly name: string;
  readonly requires: readonly Annotation[];
  readonly assigns: readonly Annotation[];
  run(doc: Doc): void;
}

/** Check that every stage's requirements are assigned by an earlier stage. */
export function checkStages(stages: readonly Stage[], provided: readonly Annotation[] = ['doc.sents']): void {
  const have = new Set<Annotation>(provided);
  for (const s of stages) {
    const missing = s.requires.filter((r) => !have.has(r));
    if (missing.length > 0) {
      throw new AnnalsError(
        'E_PIPELINE',
        `stage '${s.name}' requires ${missing.join(', ')}, which no earlier stage assigns (stages: ${stages.map((x) => x.name).join(' -> ')})`,
      );
    }
    for (const a of s.assigns) have.add(a);
  }
}

/** Run stages in order over a Doc, marking what each assigns. */
export function runStages(stages: readonly Stage[], doc: Doc): Doc {
  for (const s of stages) {
    s.run(doc);
    for (const a of s.assigns) doc.annotations.add(a);
  }
  return doc;
}
