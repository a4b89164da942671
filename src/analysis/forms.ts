/**
 * Word-form ids shared by the stages of one pipeline (speed session 17).
 *
 * The tagger, the lemmatizer and the parser each keep results per word form
 * (the tagger's word-feature block, the lemmas, the parser's word atom). Each
 * used to find a token's form in a Map of its own: three string-keyed lookups
 * per token, each waiting on two or three cache misses for a word first met
 * in the sentence (the Map's bucket, its entry, the stored key's characters).
 * A {@link FormTable} gives every distinct form a small dense id once per
 * document; the stages then index typed arrays by id.
 *
 * Ids are only meaningful together with the table's {@link FormTable.epoch}:
 * the table empties itself (a new epoch) when a document would take it past
 * its capacity, and a stage must then forget what it keyed by id (see
 * {@link FormIdCache}).
 * @module
 */

/** Default number of distinct forms a table holds before it starts over. */
export const DEFAULT_FORM_CAPACITY = 1 << 15;

/**
 * Dense ids for word forms. Not safe to share between threads; one per
 * analyzer (loadAnalyzer builds one for its stages).
 */
export class FormTable {
  /**
   * Open-addressing table of the forms, four Int32 per slot (hash, id + 1
   * (0: free), offset and length of the form's characters in {@link chars}),
   * so that a lookup reads one slot and the stored characters: a string-keyed
   * Map reads its bucket, then its entry, then the stored key.
   */
  private readonly slots: Int32Array;
  private readonly slotMask: number;
  /** The characters of every form with an id, back to back. */
  private chars = new Uint16Array(1 << 12);
  private charTop = 0;
  private count = 0;
  /** Bumped each time the table empties itself; starts at 1. */
  epoch = 1;
  /** Ids of the forms of {@link lastDoc} (valid while the epoch is {@link lastEpoch}). */
  private ids = new Int32Array(64);
  private lastDoc: { readonly form: readonly string[] } | null = null;
  private lastEpoch = 0;

  constructor(readonly capacity = DEFAULT_FORM_CAPACITY) {
    if (!(Number.isInteger(capacity) && capacity >= 1 && capacity <= 1 << 24)) throw new RangeError(`FormTable capacity must be an integer from 1 to 2^24, not ${capacity}`);
    let size = 16;
    while (size < 2 * capacity) size <<= 1;
    this.slots = new Int32Array(4 * size);
    this.slotMask = size - 1;
  }

  /** Number of forms with an id in the current epoch. */
  get size(): number {
    return this.count;
  }

  /** Forget every form (a new epoch). */
  private clear(): void {
    this.slots.fill(0);
    this.count = 0;
    this.charTop = 0;
    // Give back what one huge form (a megabyte "word" of noise) made it grow to.
    if (this.chars.length > 1 << 22) this.chars = new Uint16Array(1 << 12);
    this.epoch++;
  }

  /** Id of `form`, given one if it has none (the caller makes sure the table has room). */
  private idOf(form: string): number {
    const len = form.length;
    let h = 0x811c9dc5 | 0;
    for (let k = 0; k < len; k++) h = Math.imul(h ^ form.charCodeAt(k), 0x01000193);
    h ^= h >>> 15;
    const slots = this.slots;
    const chars = this.chars;
    let t = Math.imul(h, 0x9e3779b1) & this.slotMask;
    for (;;) {
      const o = 4 * t;
      const id1 = slots[o + 1];
      if (id1 === 0) break;
      if (slots[o] === h && slots[o + 3] === len) {
        const at = slots[o + 2];
        let k = 0;
        while (k < len && chars[at + k] === form.charCodeAt(k)) k++;
        if (k === len) return id1 - 1;
      }
      t = (t + 1) & this.slotMask;
    }
    if (this.charTop + len > this.chars.length) {
      const grown = new Uint16Array(Math.max(2 * this.chars.length, this.charTop + len));
      grown.set(this.chars.subarray(0, this.charTop));
      this.chars = grown;
    }
    const at = this.charTop;
    const buf = this.chars;
    for (let k = 0; k < len; k++) buf[at + k] = form.charCodeAt(k);
    this.charTop = at + len;
    const id = this.count++;
    const o = 4 * t;
    slots[o] = h;
    slots[o + 1] = id + 1;
    slots[o + 2] = at;
    slots[o + 3] = len;
    return id;
  }

  /**
   * Ids of every token form of `doc` (index = token), or null when the
   * document alone has more tokens than the table holds (callers then look
   * forms up by string). The array is reused: it is valid until the next call
   * for another document. Calls for the same document in the same epoch
   * return the same ids without looking anything up again.
   */
  idsOf(doc: { readonly form: readonly string[] }): Int32Array | null {
    if (doc === this.lastDoc && this.lastEpoch === this.epoch) return this.ids;
    const form = doc.form;
    const n = form.length;
    if (n > this.capacity) return null;
    // Start over before the document, so that all of its forms have ids of one epoch
    // (and the stored characters stay bounded: at most 64 per form on average).
    if (this.count + n > this.capacity || this.charTop > 64 * this.capacity) this.clear();
    if (this.ids.length < n) this.ids = new Int32Array(Math.max(n, 2 * this.ids.length));
    const ids = this.ids;
    for (let i = 0; i < n; i++) ids[i] = this.idOf(form[i]);
    this.lastDoc = doc;
    this.lastEpoch = this.epoch;
    return ids;
  }
}

/**
 * Which form ids a stage has results for: {@link has} is true for an id
 * {@link mark}ed since the stage last saw another table or epoch (then
 * everything is forgotten at once, by a generation counter).
 */
export class FormIdCache {
  private table: FormTable | null = null;
  private epoch = 0;
  private gen = 0;
  private stamp: Int32Array;

  constructor(readonly capacity: number) {
    this.stamp = new Int32Array(capacity);
  }

  /**
   * Start a document whose ids come from `table`: forget everything if the
   * table or its epoch changed. False when the table's ids do not fit this
   * cache (a larger table than it was built for).
   */
  begin(table: FormTable): boolean {
    if (table.capacity > this.capacity) return false;
    if (table !== this.table || table.epoch !== this.epoch) {
      this.table = table;
      this.epoch = table.epoch;
      if (++this.gen === 0x7fffffff) {
        this.stamp.fill(0);
        this.gen = 1;
      }
    }
    return true;
  }

  has(id: number): boolean {
    return this.stamp[id] === this.gen;
  }

  mark(id: number): void {
    this.stamp[id] = this.gen;
  }
}
