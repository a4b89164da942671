/**
 * File locations of the tagger and lemmatizer, resolved from the package root
 * (three levels above this module in both src/ and dist/).
 * @module
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Package root directory. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Default tagger model file. */
export const DEFAULT_TAGGER_PATH = join(PACKAGE_ROOT, 'models', 'tagger.bin');

/** Default lemmatizer model file. */
export const DEFAULT_LEMMA_PATH = join(PACKAGE_ROOT, 'models', 'lemma.json');

/** Default UD English EWT directory (read-only shared data, never copied into the repo). */
export const DEFAULT_EWT_DIR = join(PACKAGE_ROOT, '..', 'shared', 'corpora', 'ud-english-ewt');

/** Path of one EWT split. */
export const ewtFile = (dir: string, split: 'train' | 'dev' | 'test'): string => join(dir, `en_ewt-ud-${split}.conllu`);
