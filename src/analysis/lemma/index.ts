/**
 * Lemmatizer for tagged tokens: verbs to their base form, nouns to the
 * singular, following UD English EWT conventions (model: CC BY-SA 4.0, see model.ts).
 * @example
 * const lem = loadLemmatizer();
 * lem.lemma('attacked', uposId('VERB'), xposId('VBD')) // 'attack'
 * @module
 */
import type { Doc } from '../doc.js';
import type { Stage } from '../pipeline.js';
import type { FormTable } from '../forms.js';
import { DEFAULT_LEMMA_PATH } from '../tagger/paths.js';
import { Lemmatizer, readLemmaModel, type LemmatizerOptions } from './model.js';

export { Lemmatizer, type LemmatizerOptions } from './model.js';
export { DEFAULT_LEMMA_PATH } from '../tagger/paths.js';

/** Load a lemmatizer model (default models/lemma.json in the package). Throws AnnalsError E_MODEL. */
export function loadLemmatizer(path: string = DEFAULT_LEMMA_PATH, opts: LemmatizerOptions = {}): Lemmatizer {
  return new Lemmatizer(readLemmaModel(path), opts);
}

/**
 * Pipeline stage filling doc.lemma from forms and tags; requires 'token.pos', assigns 'token.lemma'.
 * `forms`: a form-id table shared with the pipeline's other stages (see forms.ts; same lemmas, fewer lookups).
 */
export function lemmaStage(lemmatizer: Lemmatizer, forms: FormTable | null = null): Stage {
  return {
    name: 'lemma',
    requires: ['token.pos'],
    assigns: ['token.lemma'],
    run(doc: Doc): void {
      const ids = forms !== null ? forms.idsOf(doc) : null;
      if (ids !== null && lemmatizer.beginIds(forms!)) {
        for (let s = 0; s < doc.sentStart.length; s++) {
          const a = doc.sentStart[s];
          for (let i = a; i < doc.sentEnd[s]; i++) doc.lemma[i] = lemmatizer.lemmaById(ids[i], doc.form[i], doc.upos[i], doc.xpos[i], i === a);
        }
        return;
      }
      for (let s = 0; s < doc.sentStart.length; s++) {
        const a = doc.sentStart[s];
        for (let i = a; i < doc.sentEnd[s]; i++) doc.lemma[i] = lemmatizer.lemma(doc.form[i], doc.upos[i], doc.xpos[i], i === a);
      }
    },
  };
}
