/**
 * Word lexicon of the tagger: for each frequent training word (lowercased,
 * digit-folded hash) its ambiguity class (hash of the set of classes it was seen
 * with) and, for frequent unambiguous words, the one class to assign without
 * scoring. Open addressing over typed arrays; key 0 marks an empty slot.
 * @module
 */

/**
 * Slot of word hash `h` (0 stored as 1: key 0 marks an empty slot) in an open-addressing table of
 * `keys` (capacity `mask + 1`, a power of two), linear probing from the hash times `mult`: the
 * slot holding it, or the empty slot where it would go. Each table keeps its own multiplier (the
 * layouts are stored in model files).
 */
function probe(keys: Int32Array, mask: number, h: number, mult: number): number {
  const key = h === 0 ? 1 : h;
  let s = (Math.imul(key, mult) >>> 0) & mask;
  while (keys[s] !== 0 && keys[s] !== key) s = (s + 1) & mask;
  return s;
}

/** Ambiguity class of a word absent from the lexicon. */
export const AMB_UNKNOWN = 0x2b7e1516;
/** Top-class value of a word absent from the lexicon. */
export const TOP_UNKNOWN = 0x3c6ef372;
/** "No fixed class" marker in {@link Lexicon.tag}. */
export const NO_TAG = 255;

export class Lexicon {
  readonly keys: Int32Array;
  readonly amb: Int32Array;
  readonly tag: Uint8Array;
  /** Most frequent class of the word. */
  readonly top: Uint8Array;
  private readonly mask: number;

  constructor(keys: Int32Array, amb: Int32Array, tag: Uint8Array, top: Uint8Array) {
    if ((keys.length & (keys.length - 1)) !== 0 || amb.length !== keys.length || tag.length !== keys.length || top.length !== keys.length) {
      throw new RangeError('Lexicon: capacity must be a power of two and arrays equal length');
    }
    this.keys = keys;
    this.amb = amb;
    this.tag = tag;
    this.top = top;
    this.mask = keys.length - 1;
  }

  /** Empty lexicon with room for `n` words at load factor <= 0.5. */
  static withCapacity(n: number): Lexicon {
    let cap = 16;
    while (cap < n * 2) cap <<= 1;
    return new Lexicon(new Int32Array(cap), new Int32Array(cap), new Uint8Array(cap).fill(NO_TAG), new Uint8Array(cap));
  }

  private slot(h: number): number {
    return probe(this.keys, this.mask, h, 0x9e3779b1);
  }

  set(h: number, amb: number, tag: number, top: number): void {
    const s = this.slot(h);
    this.keys[s] = h === 0 ? 1 : h;
    this.amb[s] = amb;
    this.tag[s] = tag;
    this.top[s] = top;
  }

  /** Slot of word hash `h`, or -1. */
  find(h: number): number {
    const s = this.slot(h);
    return this.keys[s] === 0 ? -1 : s;
  }
}

/** Class of a word absent from a {@link WordClasses} table. */
export const WN_NONE = 0;

/**
 * Word hash -> 16-bit WordNet class (see wordnet.ts), open addressing over
 * typed arrays (key 0 = empty slot), stored in the model file.
 */
export class WordClasses {
  readonly keys: Int32Array;
  readonly cls: Uint16Array;
  private readonly mask: number;

  constructor(keys: Int32Array, cls: Uint16Array) {
    if ((keys.length & (keys.length - 1)) !== 0 || cls.length !== keys.length) {
      throw new RangeError('WordClasses: capacity must be a power of two and arrays equal length');
    }
    this.keys = keys;
    this.cls = cls;
    this.mask = keys.length - 1;
  }

  /** Empty table with room for `n` words at load factor <= 0.5. */
  static withCapacity(n: number): WordClasses {
    let cap = 16;
    while (cap < n * 2) cap <<= 1;
    return new WordClasses(new Int32Array(cap), new Uint16Array(cap));
  }

  private slot(h: number): number {
    return probe(this.keys, this.mask, h, 0x85ebca6b);
  }

  set(h: number, cls: number): void {
    const s = this.slot(h);
    this.keys[s] = h === 0 ? 1 : h;
    this.cls[s] = cls;
  }

  /** Class of word hash `h`, or {@link WN_NONE}. */
  get(h: number): number {
    const s = this.slot(h);
    return this.keys[s] === 0 ? WN_NONE : this.cls[s];
  }
}

/** {@link ClassMasks.rules} bit: the masks also bind a sentence's first token. */
export const MASK_INITIAL = 1;
/** {@link ClassMasks.rules} bit: the masks also bind the right-context guesses, not only the decisions. */
export const MASK_GUESSES = 2;

/**
 * Tag dictionary: word hash (lowercased, digit-folded, as the lexicon's) ->
 * the set of classes the word's LOWERCASE training occurrences had, as a bit
 * mask of `words` u32s (class c = bit c & 31 of word c >> 5). The tagger never
 * gives a lowercase token of such a word a class outside its mask, so a
 * frequent lowercase word cannot take a class it was never seen with ("met"
 * as a proper noun or a preposition). Open addressing; key 0 = empty slot.
 */
export class ClassMasks {
  readonly keys: Int32Array;
  /** Masks, `words` u32s per slot. */
  readonly bits: Uint32Array;
  /** u32s per mask: ceil(classes / 32). */
  readonly words: number;
  /** Where the masks apply: {@link MASK_INITIAL}, {@link MASK_GUESSES}. */
  readonly rules: number;
  private readonly mask: number;

  constructor(keys: Int32Array, bits: Uint32Array, words: number, rules: number) {
    if ((keys.length & (keys.length - 1)) !== 0 || keys.length === 0 || words < 1 || bits.length !== keys.length * words) {
      throw new RangeError('ClassMasks: capacity must be a power of two and bits = capacity x words');
    }
    this.keys = keys;
    this.bits = bits;
    this.words = words;
    this.rules = rules;
    this.mask = keys.length - 1;
  }

  /** Empty table with room for `n` words at load factor <= 0.5, for `classes` classes. */
  static withCapacity(n: number, classes: number, rules: number): ClassMasks {
    let cap = 16;
    while (cap < n * 2) cap <<= 1;
    const words = (classes + 31) >>> 5;
    return new ClassMasks(new Int32Array(cap), new Uint32Array(cap * words), words, rules);
  }

  private slot(h: number): number {
    return probe(this.keys, this.mask, h, 0xc2b2ae35);
  }

  /** Set word hash `h`'s mask to the classes in `classes`. */
  set(h: number, classes: Iterable<number>): void {
    const s = this.slot(h);
    this.keys[s] = h === 0 ? 1 : h;
    const o = s * this.words;
    this.bits.fill(0, o, o + this.words);
    for (const c of classes) this.bits[o + (c >>> 5)] |= 1 << (c & 31);
  }

  /** Offset in {@link bits} of word hash `h`'s mask, or -1. */
  find(h: number): number {
    const s = this.slot(h);
    return this.keys[s] === 0 ? -1 : s * this.words;
  }

  /** Whether class `c` is in the mask at offset `o` (from {@link find}). */
  allows(o: number, c: number): boolean {
    return ((this.bits[o + (c >>> 5)] >>> (c & 31)) & 1) !== 0;
  }
}
