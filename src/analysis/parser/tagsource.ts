/**
 * Which tags the parser is trained and evaluated with. Until a POS tagger is
 * available on this branch, gold tags are used.
 * @module
 */
import type { ConlluSentence } from '../conllu.js';
import { goldTags, type SentTags } from './trainer.js';

/** Tags for training and dev sentences, and a name for where they came from. */
export async function trainingTags(
  trainSents: readonly ConlluSentence[],
  devSents: readonly ConlluSentence[],
  _seed: number,
): Promise<{ trainTags: SentTags[]; devTags: SentTags[]; source: string }> {
  return { trainTags: trainSents.map(goldTags), devTags: devSents.map(goldTags), source: 'gold (no tagger on this branch)' };
}

/** Tags to evaluate with: a tagger's predictions when one is available, else gold. */
export async function evalTags(
  sents: readonly ConlluSentence[],
): Promise<{ tags: SentTags[]; source: string; uposAcc: number | undefined }> {
  return { tags: sents.map(goldTags), source: 'GOLD tags: no tagger on this branch', uposAcc: undefined };
}
