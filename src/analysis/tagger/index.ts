/**
 * Part-of-speech tagger (UPOS + Penn XPOS): two greedy averaged perceptrons over
 * joint tag classes, one reading left to right and one right to left, whose
 * per-token scores are added; trained on UD English EWT (model: CC BY-SA 4.0, see model.ts).
 *
 * Train: `npm run train:tagger` = `node dist/analysis/tagger/train.js [--epochs N] [--directions 1|2] [--dropout P] [--no-wordnet] [--out models/tagger.bin]`
 * (defaults: the shipped recipe, WordNet part-of-speech classes as features, dropout 0.2)
 * (deterministic, seeded; both models in one file; the lemmatizer: `node dist/analysis/lemma/train.js`).
 * Evaluate: `node dist/analysis/tagger/eval.js` (dev/test accuracy, speed, load time).
 * Tag dictionary: `node dist/analysis/tagger/tagdict.js --model IN --out OUT [--train-splits train,dev]` adds to a
 * model the classes frequent words' lowercase occurrences had, which bind the decoder (see tagdict.ts).
 * @example
 * const tagger = loadTagger();
 * runStages([taggerStage(tagger)], doc); // fills doc.upos / doc.xpos
 * @module
 */
import type { Doc } from '../doc.js';
import type { Stage } from '../pipeline.js';
import type { FormTable } from '../forms.js';
import { readModel, Tagger } from './model.js';
import { DEFAULT_TAGGER_PATH } from './paths.js';

export { Tagger, DEFAULT_CACHE_TYPES } from './model.js';
export { DEFAULT_TAGGER_PATH } from './paths.js';

/**
 * Load a tagger model (one file read). Defaults to models/tagger.bin in the package.
 * Throws AnnalsError E_MODEL if the file is missing or corrupt.
 */
export function loadTagger(path: string = DEFAULT_TAGGER_PATH, options: TaggerOptions = {}): Tagger {
  const m = readModel(path);
  return new Tagger(options.bidirectional !== true ? { ...m, next: undefined } : m, options.cacheTypes);
}

/** Tagger settings. */
export interface TaggerOptions {
  /**
   * Word types whose scores are cached (default 8192, about 11 MB). More types
   * help on large vocabularies; the cache empties itself when full.
   */
  cacheTypes?: number;
  /**
   * true: add the chained right-to-left model's scores (shipped WordNet model: EWT dev
   * UPOS 95.69 vs 95.55; the previous model: test 95.82 vs 95.66) at twice the tagging
   * time. Default false: the left-to-right model alone, because the parser did as well
   * on its tags (previous model: test UAS 84.85 vs 84.80 with the tense repair) and the
   * pipeline must stay above 5,000 sentences/s.
   */
  bidirectional?: boolean;
}

/**
 * Pipeline stage tagging every sentence of a Doc: fills doc.upos and doc.xpos, assigns 'token.pos'.
 * `forms`: a form-id table shared with the pipeline's other stages (see forms.ts; same tags, fewer lookups).
 */
export function taggerStage(tagger: Tagger, forms: FormTable | null = null): Stage {
  return {
    name: 'tagger',
    requires: ['doc.sents'],
    assigns: ['token.pos'],
    run(doc: Doc): void {
      const ids = forms !== null ? forms.idsOf(doc) : null;
      for (let s = 0; s < doc.sentStart.length; s++) {
        tagger.tagRange(doc.form, doc.sentStart[s], doc.sentEnd[s], doc.upos, doc.xpos, ids !== null ? forms : null, ids);
      }
    },
  };
}
