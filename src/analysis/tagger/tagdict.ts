/**
 * Tag dictionary for an existing tagger model: for each word whose lowercase
 * occurrences in the given treebank splits reach a count, the set of classes
 * those occurrences had (lexicon.ts ClassMasks). The tagger then never gives
 * a lowercase token of the word a class outside that set. The weights are
 * untouched, so no retraining: the masks come from the treebank alone.
 *
 *   node dist/analysis/tagger/tagdict.js --model IN --out OUT [--train-splits train[,dev]] [--data DIR]
 *        [--min-count N] [--min-class K] [--by class|upos] [--no-wordnet] [--initial] [--guesses] [--show w1,w2]
 *
 * The defaults are the recipe chosen on EWT dev (see train.ts): by UPOS, with
 * WordNet, words of 3 or more lowercase occurrences, decisions only, first word free.
 * --min-count: lowercase occurrences a word needs to be bound (default 3).
 * --min-class: occurrences a class needs to enter a word's mask (default 1: every class seen).
 * --by upos (default): a mask admits every class of each UPOS seen (the XPOS
 * stays free); --by class: only the (UPOS, XPOS) classes seen.
 * WordNet (default; --no-wordnet: off): a mask also admits every class of the open parts of speech the
 * model's WordNet table gives the word (wordnet.ts): a treebank of 250,000
 * words shows "resume" and "fund" only as nouns, news uses them as verbs.
 * --initial: bind a sentence's first token too; --guesses: bind the
 * right-context guesses as well as the decisions (see lexicon.ts MASK_*).
 * Deterministic: the same model and splits give the same bytes.
 * @module
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseConllu, type ConlluSentence } from '../conllu.js';
import { UPOS, uposId, xposId, XPOS } from '../tags.js';
import { Scratch, WF, W_LOWER, wordFeatures } from './features.js';
import { ClassMasks, MASK_GUESSES, MASK_INITIAL } from './lexicon.js';
import { WN_ADJ, WN_ADJ_ER, WN_ADV, WN_NOUN, WN_PLURAL, WN_VERB, WN_VERB_ED, WN_VERB_ING, WN_VERB_S } from './wordnet.js';
import { isLowercaseForm, readModel, writeModel, type TaggerModelData } from './model.js';
import { DEFAULT_EWT_DIR, ewtFile } from './paths.js';

/** How a tag dictionary is built. */
export interface TagDictOptions {
  /** Lowercase occurrences a word needs to be bound. */
  minCount: number;
  /** Occurrences a class needs to enter a word's mask. */
  minClass: number;
  /** Admit every class of each UPOS seen, not only the classes seen. */
  byUpos: boolean;
  /** ClassMasks rules bits (MASK_INITIAL, MASK_GUESSES). */
  rules: number;
  /** Also admit the open parts of speech of the model's WordNet table ({@link wordnetUpos}). */
  wordnet?: boolean;
}

/** The recipe chosen on EWT dev (see train.ts). */
export const DEFAULT_TAGDICT_OPTIONS: TagDictOptions = { minCount: 3, minClass: 1, byUpos: true, rules: 0, wordnet: true };

/**
 * UPOS ids a WordNet class (wordnet.ts bits) admits: nouns and plurals NOUN;
 * verbs and their regular forms VERB (-ed also ADJ, -ing also NOUN and ADJ:
 * participles and gerunds); adjectives ADJ; adverbs ADV.
 */
export function wordnetUpos(wn: number): number[] {
  const out = new Set<number>();
  if (wn & (WN_NOUN | WN_PLURAL)) out.add(uposId('NOUN'));
  if (wn & (WN_VERB | WN_VERB_S | WN_VERB_ED | WN_VERB_ING)) out.add(uposId('VERB'));
  if (wn & WN_VERB_ED) out.add(uposId('ADJ'));
  if (wn & WN_VERB_ING) {
    out.add(uposId('NOUN'));
    out.add(uposId('ADJ'));
  }
  if (wn & (WN_ADJ | WN_ADJ_ER)) out.add(uposId('ADJ'));
  if (wn & WN_ADV) out.add(uposId('ADV'));
  return [...out];
}

/**
 * The model class of a gold (UPOS, XPOS) pair: the pair's own class, else the
 * first (most frequent) class of its UPOS, as training folds rare pairs; else 0.
 */
export function classOfPair(m: TaggerModelData, upos: number, xpos: number): number {
  let first = -1;
  for (let c = 0; c < m.classUpos.length; c++) {
    if (m.classUpos[c] !== upos) continue;
    if (m.classXpos[c] === xpos) return c;
    if (first < 0) first = c;
  }
  return first < 0 ? 0 : first;
}

/** Build the class masks of `m`'s classes from gold sentences. */
export function buildClassMasks(m: TaggerModelData, sents: readonly ConlluSentence[], opts: TagDictOptions = DEFAULT_TAGDICT_OPTIONS): ClassMasks {
  const C = m.classUpos.length;
  const scratch = new Scratch();
  const tmp = new Int32Array(WF);
  const counts = new Map<number, Map<number, number>>();
  for (const s of sents) {
    for (let i = 0; i < s.words.length; i++) {
      if (!isLowercaseForm(s.words[i])) continue;
      wordFeatures(s.words[i], tmp, 0, scratch);
      const c = classOfPair(m, uposId(s.upos[i]), xposId(s.xpos[i]));
      let byClass = counts.get(tmp[W_LOWER]);
      if (!byClass) counts.set(tmp[W_LOWER], (byClass = new Map()));
      byClass.set(c, (byClass.get(c) ?? 0) + 1);
    }
  }
  const bound: [number, number[]][] = [];
  for (const [h, byClass] of counts) {
    let total = 0;
    for (const k of byClass.values()) total += k;
    if (total < opts.minCount) continue;
    let set = [...byClass].filter(([, k]) => k >= opts.minClass).map(([c]) => c);
    const extra = opts.wordnet && m.wn ? wordnetUpos(m.wn.get(h)) : [];
    if (opts.byUpos || extra.length > 0) {
      const u = new Set(set.map((c) => m.classUpos[c]));
      const seen = new Set(set);
      for (const x of extra) u.add(x);
      set = [];
      // By class, a WordNet part of speech admits all its classes; the seen classes stay as they are.
      for (let c = 0; c < C; c++) if (seen.has(c) || (u.has(m.classUpos[c]) && (opts.byUpos || extra.includes(m.classUpos[c])))) set.push(c);
    }
    if (set.length > 0) bound.push([h, set]);
  }
  const t = ClassMasks.withCapacity(bound.length, C, opts.rules);
  for (const [h, set] of bound) t.set(h, set);
  return t;
}

/** `m` (and its chained model) with the class masks `masks`. */
export function withClassMasks(m: TaggerModelData, masks: ClassMasks): TaggerModelData {
  return { ...m, masks, ...(m.next ? { next: { ...m.next, masks } } : {}) };
}

/** Names of the classes in a word's mask, for --show. */
function describe(m: TaggerModelData, masks: ClassMasks, word: string): string {
  const tmp = new Int32Array(WF);
  wordFeatures(word, tmp, 0, new Scratch());
  const o = masks.find(tmp[W_LOWER]);
  if (o < 0) return `${word}: free`;
  const names: string[] = [];
  for (let c = 0; c < m.classUpos.length; c++) if (masks.allows(o, c)) names.push(`${UPOS[m.classUpos[c]]}/${XPOS[m.classXpos[c]]}`);
  return `${word}: ${names.join(' ')}`;
}

function main(argv: string[]): void {
  let model = '';
  let out = '';
  let data = DEFAULT_EWT_DIR;
  let splits = ['train'];
  let show: string[] = [];
  const opts = { ...DEFAULT_TAGDICT_OPTIONS };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = (): string => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--model') model = v();
    else if (a === '--out') out = v();
    else if (a === '--data') data = v();
    else if (a === '--train-splits') splits = v().split(',');
    else if (a === '--min-count') opts.minCount = Number(v());
    else if (a === '--min-class') opts.minClass = Number(v());
    else if (a === '--by') {
      const b = v();
      if (b !== 'class' && b !== 'upos') throw new Error('--by: class or upos');
      opts.byUpos = b === 'upos';
    } else if (a === '--wordnet') opts.wordnet = true;
    else if (a === '--no-wordnet') opts.wordnet = false;
    else if (a === '--initial') opts.rules |= MASK_INITIAL;
    else if (a === '--guesses') opts.rules |= MASK_GUESSES;
    else if (a === '--show') show = v().split(',');
    else throw new Error(`unknown option ${a}`);
  }
  if (!model || !out) throw new Error('usage: tagdict.js --model IN --out OUT [--train-splits train[,dev]] [--min-count N] ...');
  if (!(opts.minCount >= 1) || !(opts.minClass >= 1)) throw new Error('--min-count and --min-class must be >= 1');
  for (const sp of splits) if (sp !== 'train' && sp !== 'dev') throw new Error('--train-splits: train and/or dev');
  const sents = splits.flatMap((sp) => {
    const f = ewtFile(data, sp as 'train' | 'dev');
    return parseConllu(readFileSync(f, 'utf8'), f);
  });
  const m = readModel(model);
  const masks = buildClassMasks(m, sents, opts);
  let n = 0;
  for (const k of masks.keys) if (k !== 0) n++;
  writeModel(out, withClassMasks(m, masks));
  console.log(`${out}: ${n} words bound (min count ${opts.minCount}, min class ${opts.minClass}, by ${opts.byUpos ? 'upos' : 'class'}${opts.wordnet ? ' + WordNet' : ''}, rules ${opts.rules}) from ${splits.join('+')}`);
  for (const w of show) console.log('  ' + describe(m, masks, w));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
