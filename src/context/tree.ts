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

const NO_KIDS: readonly number[] = Object.freeze([]);

/** Dependency view of sentence `s` (children in CSR form, built once). */
export class SentTree {
  readonly a: number;
  readonly b: number;
  /** Children of token `a + k` are `kidList[kidStart[k] .. kidStart[k + 1])`. */
  private readonly kidStart: number[];
  private readonly kidList: number[];

  constructor(
    readonly doc: Doc,
    readonly s: number,
  ) {
    const a = doc.sentStart[s]!;
    const b = doc.sentEnd[s]!;
    const n = b - a;
    this.a = a;
    this.b = b;
    // Two small-integer arrays (this runs once per sentence with events; typed arrays of
    // sentence size live off the heap and cost more to make and collect): counts shifted by
    // two, prefix-summed, then bumped while filling, leave kidStart[k] = the start of k's children.
    const start: number[] = new Array<number>(n + 2).fill(0);
    const head = doc.head;
    for (let i = a; i < b; i++) {
      const h = head[i]!;
      if (h >= a && h < b) start[h - a + 2]++;
    }
    for (let k = 2; k <= n + 1; k++) start[k] += start[k - 1]!;
    const list: number[] = new Array<number>(start[n + 1]!).fill(0);
    for (let i = a; i < b; i++) {
      const h = head[i]!;
      if (h >= a && h < b) list[start[h - a + 1]!++] = i;
    }
    this.kidStart = start;
    this.kidList = list;
  }

  /** Head of `i` inside the sentence, -1 for the root (or a head outside the sentence). */
  head(i: number): number {
    const h = this.doc.head[i]!;
    return h < this.a || h >= this.b ? -1 : h;
  }
  /** Children of `i`, in token order (a copy; {@link kidsFrom} / {@link kidAt} allocate nothing). */
  kids(i: number): readonly number[] {
    const from = this.kidStart[i - this.a]!;
    const to = this.kidStart[i - this.a + 1]!;
    return from === to ? NO_KIDS : this.kidList.slice(from, to);
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
  /** Index range of `i`'s children for {@link kidAt}: `[kidsFrom(i), kidsTo(i))` (no view allocated, for hot loops). */
  kidsFrom(i: number): number {
    return this.kidStart[i - this.a]!;
  }
  kidsTo(i: number): number {
    return this.kidStart[i - this.a + 1]!;
  }
  kidAt(j: number): number {
    return this.kidList[j]!;
  }
  /** First child of `i` whose relation is `rel` (or starts with `rel:`), else -1. */
  kid(i: number, rel: string): number {
    const n = rel.length;
    for (let j = this.kidStart[i - this.a]!, z = this.kidStart[i - this.a + 1]!; j < z; j++) {
      const c = this.kidList[j]!;
      const d = DEPREL[this.doc.dep[c]!] ?? '_';
      if (d === rel || (d.length > n && d.charCodeAt(n) === 58 && d.startsWith(rel))) return c;
    }
    return -1;
  }
  /** Whether `i` has a child whose lower-case form is in `words` with relation `rel`. */
  hasKidWord(i: number, rel: string, words: ReadonlySet<string>): boolean {
    for (let j = this.kidStart[i - this.a]!, z = this.kidStart[i - this.a + 1]!; j < z; j++) {
      const c = this.kidList[j]!;
      if (this.dep(c) === rel && words.has(this.low(c))) return true;
    }
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
      for (let j = this.kidStart[k - this.a]!, z = this.kidStart[k - this.a + 1]!; j < z; j++) {
        const c = this.kidList[j]!;
        const d = this.dep(c);
        if (d !== 'punct' && !CLAUSAL.has(d)) stack.push(c);
      }
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
