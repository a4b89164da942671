/**
 * Treebank helpers for training and evaluation scripts: locating UD EWT,
 * gold-tree projectivisation, and attachment scoring. Not used at parse time.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseConllu, type ConlluSentence } from '../conllu.js';
import { AnnalsError } from '../../errors.js';
import type { Doc } from '../doc.js';
import { DEPREL } from '../tags.js';

/** Default location of UD English EWT: ../shared/corpora/ud-english-ewt beside the package root. */
export const DEFAULT_EWT_DIR = fileURLToPath(new URL('../../../../shared/corpora/ud-english-ewt/', import.meta.url));

/** Read one EWT split ('train' | 'dev' | 'test') from `dir`. */
export function readSplit(dir: string, split: 'train' | 'dev' | 'test'): ConlluSentence[] {
  const file = `${dir.replace(/\/$/, '')}/en_ewt-ud-${split}.conllu`;
  if (!existsSync(file)) throw new AnnalsError('E_INPUT', `treebank split not found`, { file });
  return parseConllu(readFileSync(file, 'utf8'), file);
}

/**
 * The sentence with its tokens in reverse order (heads mapped: token i of n,
 * 1-based, becomes n + 1 - i; 0 stays the root), for training and scoring a
 * right-to-left parser. Projectivity is unchanged by the mirroring.
 */
export function reverseSentence(s: ConlluSentence): ConlluSentence {
  const n = s.words.length;
  return {
    ...s,
    words: [...s.words].reverse(),
    lemmas: [...s.lemmas].reverse(),
    upos: [...s.upos].reverse(),
    xpos: [...s.xpos].reverse(),
    heads: s.heads.map((_, i) => {
      const h = s.heads[n - 1 - i];
      return h === 0 ? 0 : n + 1 - h;
    }),
    deprels: [...s.deprels].reverse(),
  };
}

/**
 * Make a gold tree projective by lifting: while some arc is non-projective,
 * reattach the dependent of the shortest such arc to its grandparent.
 * `heads` is 0-based with `n` meaning ROOT; modified in place. Returns the
 * number of lifts.
 */
export function projectivise(heads: Int32Array, n: number): number {
  let lifts = 0;
  for (;;) {
    let bestD = -1;
    let bestSpan = Infinity;
    for (let d = 0; d < n; d++) {
      const h = heads[d];
      if (h === n) continue;
      const lo = Math.min(h, d);
      const hi = Math.max(h, d);
      if (hi - lo >= bestSpan) continue;
      for (let k = lo + 1; k < hi; k++) {
        // k must be dominated by h.
        let a = k;
        let guard = 0;
        while (a !== h && a !== n && guard++ <= n) a = heads[a];
        if (a !== h) {
          bestD = d;
          bestSpan = hi - lo;
          break;
        }
      }
    }
    if (bestD < 0) return lifts;
    heads[bestD] = heads[heads[bestD]];
    lifts++;
  }
}

/** Attachment scores over all tokens (punctuation included, as in CoNLL 2018). */
export class Score {
  total = 0;
  uas = 0;
  las = 0;
  /** LAS on the universal part of the label only (what the CoNLL 2018 script counts). */
  lasUniv = 0;
  add(goldHead: number, predHead: number, goldRel: string, predRel: string): void {
    this.total++;
    if (goldHead !== predHead) return;
    this.uas++;
    if (goldRel === predRel) this.las++;
    if (goldRel.split(':')[0] === predRel.split(':')[0]) this.lasUniv++;
  }
  pct(x: number): string {
    return ((100 * x) / Math.max(1, this.total)).toFixed(2);
  }
  toString(): string {
    return `UAS ${this.pct(this.uas)}  LAS ${this.pct(this.las)}  (LAS universal-part ${this.pct(this.lasUniv)}, ${this.total} tokens)`;
  }
}

/** Attachment scores of the parse in `doc` (one Doc sentence per gold sentence, same tokens) against `sents`. */
export function scoreDoc(sents: readonly ConlluSentence[], doc: Doc): Score {
  const sc = new Score();
  sents.forEach((s, si) => {
    const a = doc.sentStart[si];
    for (let i = 0; i < s.words.length; i++) {
      const h = doc.head[a + i];
      sc.add(s.heads[i], h < 0 ? 0 : h - a + 1, s.deprels[i], DEPREL[doc.dep[a + i]] ?? '_');
    }
  });
  return sc;
}
