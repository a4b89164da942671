/**
 * The document model every stage reads and annotates. A {@link Doc} owns its
 * tokens as parallel typed arrays indexed by token number; {@link Span} and
 * {@link Token} are views `(doc, i)` / `(doc, start, end)`, never copies.
 * Offsets are UTF-16 code-unit offsets into `doc.text` (what `String#slice` takes),
 * so `doc.text.slice(doc.start[i], doc.end[i])` is always the token's source text.
 * @module
 */
import { DEPREL, UPOS, XPOS } from './tags.js';
import { region, regionBuffer } from './arena.js';

/** Annotation layers a stage can require or assign. */
export type Annotation = 'token.pos' | 'token.lemma' | 'token.dep' | 'doc.sents';

/** What a tokenizer hands over to build a Doc. */
export interface TokenizedText {
  text: string;
  /** Start offset of each token in `text`. */
  start: Int32Array;
  /** End offset (exclusive) of each token in `text`. */
  end: Int32Array;
  /**
   * Token form seen by the models. Usually the source slice; a tokenizer may
   * normalise (curly quotes to straight ones) without losing the offsets.
   */
  form: string[];
  /** First token of each sentence. */
  sentStart: Int32Array;
  /** One past the last token of each sentence. */
  sentEnd: Int32Array;
}

/**
 * A document: source text plus token-level annotation columns.
 * @example
 * const doc = Doc.fromTokens(tokenize('Iraq protested.'));
 * doc.tokenText(0) // 'Iraq'
 */
export class Doc {
  readonly text: string;
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly form: string[];
  /** UPOS id per token (index into {@link UPOS}). */
  readonly upos: Uint8Array;
  /** Penn tag id per token (index into {@link XPOS}). */
  readonly xpos: Uint8Array;
  /** Lemma per token ('' until lemmatised). */
  readonly lemma: string[];
  /** Absolute token index of the head; -1 for a sentence root or before parsing. */
  readonly head: Int32Array;
  /** Relation id per token (index into {@link DEPREL}). */
  readonly dep: Uint8Array;
  readonly sentStart: Int32Array;
  readonly sentEnd: Int32Array;
  /** Layers set so far; stages add to it. */
  readonly annotations = new Set<Annotation>();

  constructor(t: TokenizedText) {
    const n = t.start.length;
    if (t.end.length !== n || t.form.length !== n) {
      throw new RangeError('Doc: start, end and form must have the same length');
    }
    if (t.sentStart.length !== t.sentEnd.length) {
      throw new RangeError('Doc: sentStart and sentEnd must have the same length');
    }
    this.text = t.text;
    this.length = n;
    this.start = t.start;
    this.end = t.end;
    this.form = t.form;
    this.upos = new Uint8Array(n);
    this.xpos = new Uint8Array(n);
    this.lemma = new Array<string>(n).fill('');
    // A view into a shared chunk (arena.ts): an Int32Array of its own would be a separate allocation.
    const at = region(4 * n);
    this.head = new Int32Array(regionBuffer, at, n).fill(-1);
    this.dep = new Uint8Array(n);
    this.sentStart = t.sentStart;
    this.sentEnd = t.sentEnd;
    if (t.sentStart.length > 0 || n === 0) this.annotations.add('doc.sents');
  }

  /** Build a Doc from tokenizer output. */
  static fromTokens(t: TokenizedText): Doc {
    return new Doc(t);
  }

  /**
   * Build a Doc from pre-tokenised sentences: tokens are joined by single spaces
   * and sentences by newlines, so offsets still index into `doc.text`.
   */
  static fromWords(sentences: readonly (readonly string[])[]): Doc {
    const starts: number[] = [];
    const ends: number[] = [];
    const form: string[] = [];
    const ss: number[] = [];
    const se: number[] = [];
    let text = '';
    for (const words of sentences) {
      if (text.length > 0) text += '\n';
      ss.push(form.length);
      words.forEach((w, k) => {
        if (k > 0) text += ' ';
        starts.push(text.length);
        text += w;
        ends.push(text.length);
        form.push(w);
      });
      se.push(form.length);
    }
    return new Doc({
      text,
      start: Int32Array.from(starts),
      end: Int32Array.from(ends),
      form,
      sentStart: Int32Array.from(ss),
      sentEnd: Int32Array.from(se),
    });
  }

  /** Number of sentences. */
  get sentenceCount(): number {
    return this.sentStart.length;
  }

  /** Source text of token `i`. */
  tokenText(i: number): string {
    return this.text.slice(this.start[i], this.end[i]);
  }

  token(i: number): Token {
    return new Token(this, i);
  }

  /** Sentence `s` as a span. */
  sentence(s: number): Span {
    return new Span(this, this.sentStart[s], this.sentEnd[s]);
  }

  *sentences(): IterableIterator<Span> {
    for (let s = 0; s < this.sentStart.length; s++) yield this.sentence(s);
  }

  /** Index of the sentence that contains token `i` (binary search). */
  sentenceOf(i: number): number {
    let lo = 0;
    let hi = this.sentStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sentStart[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Whether token `i` is followed by whitespace in the source. */
  spaceAfter(i: number): boolean {
    return i + 1 < this.length ? this.end[i] < this.start[i + 1] : this.end[i] < this.text.length;
  }
}

/** A view of one token. */
export class Token {
  constructor(
    readonly doc: Doc,
    readonly i: number,
  ) {}
  get text(): string {
    return this.doc.tokenText(this.i);
  }
  get form(): string {
    return this.doc.form[this.i];
  }
  get upos(): string {
    return UPOS[this.doc.upos[this.i]] ?? '_';
  }
  get xpos(): string {
    return XPOS[this.doc.xpos[this.i]] ?? '_';
  }
  get lemma(): string {
    return this.doc.lemma[this.i];
  }
  get dep(): string {
    return DEPREL[this.doc.dep[this.i]] ?? '_';
  }
  /** Head token, or undefined for a root. */
  get head(): Token | undefined {
    const h = this.doc.head[this.i];
    return h < 0 ? undefined : new Token(this.doc, h);
  }
  get start(): number {
    return this.doc.start[this.i];
  }
  get end(): number {
    return this.doc.end[this.i];
  }
}

/** A half-open token range `[start, end)` of a Doc. */
export class Span {
  constructor(
    readonly doc: Doc,
    readonly start: number,
    readonly end: number,
  ) {}
  get length(): number {
    return this.end - this.start;
  }
  /** Character offset where the span starts in `doc.text`. */
  get startChar(): number {
    return this.start < this.end ? this.doc.start[this.start] : 0;
  }
  /** Character offset where the span ends in `doc.text`. */
  get endChar(): number {
    return this.start < this.end ? this.doc.end[this.end - 1] : 0;
  }
  /** The source text the span covers, exactly. */
  get text(): string {
    return this.doc.text.slice(this.startChar, this.endChar);
  }
  *tokens(): IterableIterator<Token> {
    for (let i = this.start; i < this.end; i++) yield new Token(this.doc, i);
  }
}
