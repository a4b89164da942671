/**
 * Which tags the parser is trained and evaluated with. The parser is trained on
 * tags like those it sees at run time: jackknifed predictions of the POS tagger
 * (each fifth of the training set tagged by a tagger trained on the other four
 * fifths), and evaluated on the shipped tagger's predictions.
 * @module
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { ConlluSentence } from '../conllu.js';
import { UPOS } from '../tags.js';
import { loadTagger, Tagger } from '../tagger/index.js';
import { DEFAULT_TRAIN_OPTIONS, trainTagger } from '../tagger/train.js';
import type { SentTags } from './trainer.js';

/** Tag sentences with a tagger; returns the tags and the UPOS accuracy in %. */
export function tagWith(tagger: Tagger, sents: readonly ConlluSentence[]): { tags: SentTags[]; uposAcc: number } {
  let ok = 0;
  let n = 0;
  const tags = sents.map((s) => {
    const upos = new Uint8Array(s.words.length);
    const xpos = new Uint8Array(s.words.length);
    tagger.tagSentence(s.words, upos, xpos);
    for (let i = 0; i < s.words.length; i++) {
      if (UPOS[upos[i]] === s.upos[i]) ok++;
      n++;
    }
    return { upos, xpos };
  });
  return { tags, uposAcc: (100 * ok) / Math.max(1, n) };
}

/** Tags to evaluate with: the shipped tagger's predictions. */
export async function evalTags(
  sents: readonly ConlluSentence[],
): Promise<{ tags: SentTags[]; source: string; uposAcc: number | undefined }> {
  const { tags, uposAcc } = tagWith(loadTagger(), sents);
  return { tags, source: 'predicted tags', uposAcc };
}

/**
 * Jackknifed tags for the training set (K folds) and the shipped tagger's tags
 * for dev. With `cache`, reuses/stores the jackknifed tags in that file.
 */
export async function trainingTags(
  trainSents: readonly ConlluSentence[],
  devSents: readonly ConlluSentence[],
  seed: number,
  log: (m: string) => void = () => {},
  cache?: string,
  folds = 5,
): Promise<{ trainTags: SentTags[]; devTags: SentTags[]; source: string }> {
  const devTags = tagWith(loadTagger(), devSents).tags;
  if (cache && existsSync(cache)) {
    const raw = readFileSync(cache);
    let p = 0;
    const trainTags = trainSents.map((s) => {
      const n = s.words.length;
      const t = { upos: raw.subarray(p, p + n), xpos: raw.subarray(p + n, p + 2 * n) };
      p += 2 * n;
      return t;
    });
    if (p === raw.length) return { trainTags, devTags, source: `jackknifed tagger predictions (cached in ${cache})` };
  }
  const trainTags: SentTags[] = new Array(trainSents.length);
  let ok = 0;
  let n = 0;
  // Contiguous folds keep documents together, so held-out tags are as noisy as
  // on unseen text (interleaved folds would leak document vocabulary).
  const foldOf = (i: number): number => Math.floor((i * folds) / trainSents.length);
  for (let k = 0; k < folds; k++) {
    const rest = trainSents.filter((_, i) => foldOf(i) !== k);
    const held = trainSents.filter((_, i) => foldOf(i) === k);
    const tagger = new Tagger(trainTagger(rest as ConlluSentence[], { ...DEFAULT_TRAIN_OPTIONS, seed: seed + k }));
    const r = tagWith(tagger, held);
    let j = 0;
    trainSents.forEach((s, i) => {
      if (foldOf(i) !== k) return;
      trainTags[i] = r.tags[j++];
      ok += (r.uposAcc * s.words.length) / 100;
      n += s.words.length;
    });
    log(`jackknife fold ${k + 1}/${folds}: held-out UPOS ${r.uposAcc.toFixed(2)}%`);
  }
  if (cache) writeFileSync(cache, Buffer.concat(trainTags.flatMap((t) => [Buffer.from(t.upos), Buffer.from(t.xpos)])));
  return { trainTags, devTags, source: `jackknifed tagger predictions (${folds} folds, UPOS ${((100 * ok) / n).toFixed(2)}%)` };
}
