/**
 * A read-only dependency view of one sentence of a Doc: children lists and the
 * small accessors the context analyses need. Indexes are ABSOLUTE Doc token indexes.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS, XPOS } from '../analysis/tags.js';

/** Relations that open another clause: a subtree walk for "this clause" stops there. */
export const CLAUSAL = new Set([
  'ccomp', 'xcomp', 'advcl', 'acl', 'acl:relcl', 'advcl:relcl', 'parataxis', 'conj', 'csubj', 'csubj:pass', 'list', 'reparandum',
]);

/** Dependency view of sentence `s` (children in CSR form, built once). */
export class SentTree {
  readonly a: number;
  readonly b: number;
  private readonly kidStart: Int32Array;
  private readonly kidList: Int32Array;

  constructor(
    readonly doc: Doc,
    readonly s: number,
  ) {
    const a = doc.sentStart[s]!;
    const b = doc.sentEnd[s]!;
    const n = b - a;
    this.a = a;
    this.b = b;
    const count = new Int32Array(n + 1);
    for (let i = a; i < b; i++) {
      const h = this.head(i);
      if (h >= 0) count[h - a + 1]++;
    }
    for (let k = 0; k < n; k++) count[k + 1] += count[k];
    this.kidStart = count.slice();
    this.kidList = new Int32Array(Math.max(1, count[n]!));
    const fill = count.slice();
    for (let i = a; i < b; i++) {
      const h = this.head(i);
      if (h >= 0) this.kidList[fill[h - a]++] = i;
    }
  }

  /** Head of `i` inside the sentence, -1 for the root (or a head outside the sentence). */
  head(i: number): number {
    const h = this.doc.head[i]!;
    return h < this.a || h >= this.b ? -1 : h;
  }
  /** Children of `i`, in token order. */
  kids(i: number): Int32Array {
    return this.kidList.subarray(this.kidStart[i - this.a]!, this.kidStart[i - this.a + 1]!);
  }
  dep(i: number): string {
    return DEPREL[this.doc.dep[i]!] ?? '_';
  }
  upos(i: number): string {
    return UPOS[this.doc.upos[i]!] ?? '_';
  }
  xpos(i: number): string {
    return XPOS[this.doc.xpos[i]!] ?? '_';
  }
  /** Lower-case word form. */
  low(i: number): string {
    return this.doc.form[i]!.toLowerCase();
  }
  /** Lower-case lemma (the form when the lemma is missing). */
  lemma(i: number): string {
    return (this.doc.lemma[i] || this.doc.form[i]!).toLowerCase();
  }
  /** First child of `i` whose relation is `rel` (or starts with `rel:`), else -1. */
  kid(i: number, rel: string): number {
    for (const c of this.kids(i)) {
      const d = this.dep(c);
      if (d === rel || d.startsWith(rel + ':')) return c;
    }
    return -1;
  }
  /** Whether `i` has a child whose lower-case form is in `words` with relation `rel`. */
  hasKidWord(i: number, rel: string, words: ReadonlySet<string>): boolean {
    for (const c of this.kids(i)) if (this.dep(c) === rel && words.has(this.low(c))) return true;
    return false;
  }
  /**
   * Token range `[lo, hi]` of the subtree of `i`, not entering clausal children
   * (so a noun phrase's span leaves out its relative clause).
   */
  span(i: number): [number, number] {
    let lo = i;
    let hi = i;
    const stack = [i];
    for (let d = 0; stack.length > 0 && d < 512; d++) {
      const k = stack.pop()!;
      if (k < lo) lo = k;
      if (k > hi) hi = k;
      for (const c of this.kids(k)) if (!CLAUSAL.has(this.dep(c)) && this.dep(c) !== 'punct') stack.push(c);
    }
    return [lo, hi];
  }
  /** Source text of tokens `[lo, hi]`. */
  text(lo: number, hi: number): string {
    return this.doc.text.slice(this.doc.start[lo]!, this.doc.end[hi]!);
  }
  /** Whether `i` is a predicate that heads a clause of its own (verb, or non-aux AUX, or copular). */
  isPredicate(i: number): boolean {
    const u = this.upos(i);
    if (u === 'VERB') return true;
    if (u === 'AUX') return !['aux', 'aux:pass', 'cop'].includes(this.dep(i));
    return this.kid(i, 'cop') >= 0;
  }
}
