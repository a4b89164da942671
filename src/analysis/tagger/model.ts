/**
 * Tagger model: binary format and greedy left-to-right inference.
 *
 * The model file (models/tagger.bin) is trained on UD English EWT and is a
 * derived work of it, distributed under CC BY-SA 4.0 like the treebank.
 *
 * Layout (little-endian, every section 4-byte aligned):
 *   header  'ANTG' u32 version, u32 classes, u32 log2(buckets), f32 scale,
 *           u32 lexicon capacity, u32 entries
 *   classes u8 upos[classes], u8 xpos[classes]
 *   lexicon i32 keys[cap], i32 amb[cap], u8 tag[cap]
 *   weights u8 count[buckets], u8 cls[entries], i16 w[entries]
 * A feature hash selects bucket `h & (buckets-1)`; the bucket's entries (in
 * bucket order, offsets by prefix sum at load) are sparse (class, weight) pairs.
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { AnnalsError } from '../../errors.js';
import {
  allFeatures,
  dynamicFeatures,
  MAX_FEATS,
  N_ROLES,
  PAD_AFTER_BLOCK,
  PAD_BEFORE_BLOCK,
  roleFeatures,
  Scratch,
  START1,
  START2,
  WF,
  W_AMB,
  W_EXACT,
  W_LOWER,
  wordFeatures,
} from './features.js';
import { AMB_UNKNOWN, Lexicon, NO_TAG } from './lexicon.js';

const MAGIC = 0x47544e41; // 'ANTG'
const VERSION = 1;
const HEADER = 32;

/** Everything a tagger model holds, in memory. */
export interface TaggerModelData {
  classUpos: Uint8Array;
  classXpos: Uint8Array;
  lexicon: Lexicon;
  logBuckets: number;
  scale: number;
  /** Entries per bucket. */
  count: Uint8Array;
  cls: Uint8Array;
  w: Int16Array;
}

const pad4 = (n: number): number => (n + 3) & ~3;

/** Serialise a model to bytes. */
export function encodeModel(m: TaggerModelData): Uint8Array {
  const C = m.classUpos.length;
  const cap = m.lexicon.keys.length;
  const B = 1 << m.logBuckets;
  const E = m.cls.length;
  const size =
    HEADER + pad4(2 * C) + cap * 8 + pad4(cap) + pad4(B) + pad4(E) + pad4(E * 2);
  const buf = new ArrayBuffer(size);
  const dv = new DataView(buf);
  const u8 = new Uint8Array(buf);
  dv.setUint32(0, MAGIC, true);
  dv.setUint32(4, VERSION, true);
  dv.setUint32(8, C, true);
  dv.setUint32(12, m.logBuckets, true);
  dv.setFloat32(16, m.scale, true);
  dv.setUint32(20, cap, true);
  dv.setUint32(24, E, true);
  let o = HEADER;
  u8.set(m.classUpos, o);
  u8.set(m.classXpos, o + C);
  o += pad4(2 * C);
  new Int32Array(buf, o, cap).set(m.lexicon.keys);
  o += cap * 4;
  new Int32Array(buf, o, cap).set(m.lexicon.amb);
  o += cap * 4;
  u8.set(m.lexicon.tag, o);
  o += pad4(cap);
  u8.set(m.count, o);
  o += pad4(B);
  u8.set(m.cls, o);
  o += pad4(E);
  new Int16Array(buf, o, E).set(m.w);
  return u8;
}

/** Parse model bytes; throws E_MODEL naming `file` when they are not a tagger model. */
export function decodeModel(bytes: Uint8Array, file = '<tagger model>'): TaggerModelData {
  const bad = (why: string): never => {
    throw new AnnalsError('E_MODEL', `not a valid tagger model (${why})`, { file });
  };
  if (bytes.byteLength < HEADER) bad('file too short');
  // Typed-array views need aligned offsets; copy only when the buffer is not.
  const u8 = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const dv = new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
  if (dv.getUint32(0, true) !== MAGIC) bad('bad magic number');
  if (dv.getUint32(4, true) !== VERSION) bad(`unsupported version ${dv.getUint32(4, true)}`);
  const C = dv.getUint32(8, true);
  const logBuckets = dv.getUint32(12, true);
  const scale = dv.getFloat32(16, true);
  const cap = dv.getUint32(20, true);
  const E = dv.getUint32(24, true);
  if (C === 0 || C > 250 || logBuckets > 26 || (cap & (cap - 1)) !== 0) bad('bad header');
  const B = 1 << logBuckets;
  const size = HEADER + pad4(2 * C) + cap * 8 + pad4(cap) + pad4(B) + pad4(E) + pad4(E * 2);
  if (u8.byteLength !== size) bad(`size ${u8.byteLength}, expected ${size}`);
  const base = u8.byteOffset;
  let o = HEADER;
  const classUpos = u8.subarray(o, o + C);
  const classXpos = u8.subarray(o + C, o + 2 * C);
  o += pad4(2 * C);
  const keys = new Int32Array(u8.buffer, base + o, cap);
  o += cap * 4;
  const amb = new Int32Array(u8.buffer, base + o, cap);
  o += cap * 4;
  const tag = u8.subarray(o, o + cap);
  o += pad4(cap);
  const count = u8.subarray(o, o + B);
  o += pad4(B);
  const cls = u8.subarray(o, o + E);
  o += pad4(E);
  const w = new Int16Array(u8.buffer, base + o, E);
  return { classUpos, classXpos, lexicon: new Lexicon(keys, amb, tag), logBuckets, scale, count, cls, w };
}

/** Read a model file with one readFileSync. */
export function readModel(path: string): TaggerModelData {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new AnnalsError('E_MODEL', `cannot read tagger model: ${(e as Error).message}`, { file: path });
  }
  return decodeModel(bytes, path);
}

/** Write a model file. */
export function writeModel(path: string, m: TaggerModelData): void {
  writeFileSync(path, encodeModel(m));
}

/** Word types whose role scores a tagger caches (memory: types x 5 roles x classes x 4 bytes). */
const DEFAULT_CACHE_TYPES = 16384;

/**
 * A loaded part-of-speech tagger. Greedy left to right: each token's class
 * scores are the sum of five per-word role vectors (the token itself and two
 * words each side, cached per word type) plus a few features that combine
 * words or look at the previous predicted classes.
 *
 * Instances keep reusable buffers and a word cache, so one instance must not be
 * shared across worker threads (each worker loads its own).
 */
export class Tagger {
  /** UPOS id (see tags.ts) of each class. */
  readonly classUpos: Uint8Array;
  /** XPOS id (see tags.ts) of each class. */
  readonly classXpos: Uint8Array;
  private readonly lex: Lexicon;
  private readonly mask: number;
  private readonly off: Int32Array;
  private readonly cls: Uint8Array;
  private readonly w: Int16Array;
  private readonly nClasses: number;
  private readonly scratch = new Scratch();
  private wf = new Int32Array(WF * 64);
  private fixed = new Uint8Array(64);
  private slot = new Int32Array(64);
  private readonly feats = new Int32Array(MAX_FEATS);
  private readonly tmp = new Int32Array(MAX_FEATS);
  private readonly scores: Int32Array;
  // Word cache: slot -> N_ROLES score vectors; slots 0 and 1 are the pads.
  private readonly cacheTypes: number;
  private readonly vec: Int32Array;
  private readonly tabA: Int32Array;
  private readonly tabB: Int32Array;
  private readonly tabSlot: Int32Array;
  private used = 2;

  constructor(m: TaggerModelData, cacheTypes = DEFAULT_CACHE_TYPES) {
    this.classUpos = m.classUpos;
    this.classXpos = m.classXpos;
    this.lex = m.lexicon;
    this.nClasses = m.classUpos.length;
    const B = 1 << m.logBuckets;
    this.mask = B - 1;
    const off = new Int32Array(B + 1);
    let acc = 0;
    for (let b = 0; b < B; b++) {
      off[b] = acc;
      acc += m.count[b];
    }
    off[B] = acc;
    if (acc !== m.cls.length) {
      throw new AnnalsError('E_MODEL', `tagger model bucket counts sum to ${acc}, expected ${m.cls.length}`);
    }
    this.off = off;
    this.cls = m.cls;
    this.w = m.w;
    this.scores = new Int32Array(this.nClasses);
    let cap = 16;
    while (cap < cacheTypes) cap <<= 1;
    this.cacheTypes = cap;
    this.vec = new Int32Array(cap * N_ROLES * this.nClasses);
    this.tabA = new Int32Array(cap * 2);
    this.tabB = new Int32Array(cap * 2);
    this.tabSlot = new Int32Array(cap * 2).fill(-1);
    this.fillVectors(PAD_BEFORE_BLOCK, 0, 0);
    this.fillVectors(PAD_AFTER_BLOCK, 0, 1);
  }

  /** Add the weights of `n` features in `feats` to `scores[base..]`. */
  private addFeatures(feats: Int32Array, n: number, scores: Int32Array, base: number): void {
    const { off, cls, w, mask } = this;
    for (let k = 0; k < n; k++) {
      const b = feats[k] & mask;
      const e1 = off[b + 1];
      for (let e = off[b]; e < e1; e++) scores[base + cls[e]] += w[e];
    }
  }

  /** Compute the role vectors of the word block `b[o..]` into cache slot `s`. */
  private fillVectors(b: Int32Array, o: number, s: number): void {
    const C = this.nClasses;
    const base = s * N_ROLES * C;
    this.vec.fill(0, base, base + N_ROLES * C);
    for (let r = 0; r < N_ROLES; r++) {
      const n = roleFeatures(r, b, o, this.tmp);
      this.addFeatures(this.tmp, n, this.vec, base + r * C);
    }
  }

  /** Cache slot of the word block at `wf[o..]`, computing its vectors on a miss. */
  private slotOf(wf: Int32Array, o: number): number {
    const a = wf[o + W_EXACT];
    const b = wf[o + W_LOWER];
    const mask = this.tabSlot.length - 1;
    let t = (Math.imul(a ^ Math.imul(b, 0x27d4eb2d), 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const s = this.tabSlot[t];
      if (s < 0) break;
      if (this.tabA[t] === a && this.tabB[t] === b) return s;
      t = (t + 1) & mask;
    }
    const s = this.used++;
    this.tabA[t] = a;
    this.tabB[t] = b;
    this.tabSlot[t] = s;
    this.fillVectors(wf, o, s);
    return s;
  }

  /**
   * Tag `forms[start..end)` as one sentence, writing UPOS and XPOS ids at the
   * same indexes of `uposOut` / `xposOut`.
   */
  tagRange(forms: readonly string[], start: number, end: number, uposOut: Uint8Array, xposOut: Uint8Array): void {
    const n = end - start;
    if (n <= 0) return;
    if (this.fixed.length < n) {
      const cap = Math.max(n, this.fixed.length * 2);
      this.wf = new Int32Array(cap * WF);
      this.fixed = new Uint8Array(cap);
      this.slot = new Int32Array(cap);
    }
    const { wf, fixed, lex } = this;
    for (let i = 0; i < n; i++) {
      const o = i * WF;
      wordFeatures(forms[start + i], wf, o, this.scratch);
      const s = lex.find(wf[o + W_LOWER]);
      if (s < 0) {
        wf[o + W_AMB] = AMB_UNKNOWN;
        fixed[i] = NO_TAG;
      } else {
        wf[o + W_AMB] = lex.amb[s];
        fixed[i] = lex.tag[s];
      }
    }
    if (n + 2 > this.cacheTypes) this.tagUncached(n, start, uposOut, xposOut);
    else this.tagCached(n, start, uposOut, xposOut);
  }

  private tagCached(n: number, start: number, uposOut: Uint8Array, xposOut: Uint8Array): void {
    if (this.used + n > this.cacheTypes) {
      // Full: start over rather than track recency; the pads stay in slots 0 and 1.
      this.tabSlot.fill(-1);
      this.used = 2;
    }
    const { wf, fixed, slot, feats, scores, vec, nClasses: C } = this;
    for (let i = 0; i < n; i++) slot[i] = this.slotOf(wf, i * WF);
    const RC = N_ROLES * C;
    let p1 = START1;
    let p2 = START2;
    for (let i = 0; i < n; i++) {
      let best = fixed[i];
      if (best === NO_TAG) {
        const vs = slot[i] * RC;
        const vl1 = (i > 0 ? slot[i - 1] : 0) * RC + C;
        const vl2 = (i > 1 ? slot[i - 2] : 0) * RC + 2 * C;
        const vr1 = (i + 1 < n ? slot[i + 1] : 1) * RC + 3 * C;
        const vr2 = (i + 2 < n ? slot[i + 2] : 1) * RC + 4 * C;
        for (let c = 0; c < C; c++) scores[c] = vec[vs + c] + vec[vl1 + c] + vec[vl2 + c] + vec[vr1 + c] + vec[vr2 + c];
        const k = dynamicFeatures(wf, i, n, p1, p2, feats);
        this.addFeatures(feats, k, scores, 0);
        best = argmax(scores, C);
      }
      uposOut[start + i] = this.classUpos[best];
      xposOut[start + i] = this.classXpos[best];
      p2 = p1;
      p1 = best;
    }
  }

  /** Same result as {@link tagCached}, summing every feature directly (for sentences longer than the cache). */
  private tagUncached(n: number, start: number, uposOut: Uint8Array, xposOut: Uint8Array): void {
    const { wf, fixed, feats, tmp, scores, nClasses: C } = this;
    let p1 = START1;
    let p2 = START2;
    for (let i = 0; i < n; i++) {
      let best = fixed[i];
      if (best === NO_TAG) {
        scores.fill(0);
        const k = allFeatures(wf, i, n, p1, p2, feats, tmp);
        this.addFeatures(feats, k, scores, 0);
        best = argmax(scores, C);
      }
      uposOut[start + i] = this.classUpos[best];
      xposOut[start + i] = this.classXpos[best];
      p2 = p1;
      p1 = best;
    }
  }

  /** Tag one sentence; `uposOut`/`xposOut` must hold at least `words.length` entries. */
  tagSentence(words: readonly string[], uposOut: Uint8Array, xposOut: Uint8Array): void {
    if (uposOut.length < words.length || xposOut.length < words.length) {
      throw new RangeError('tagSentence: output arrays shorter than the sentence');
    }
    this.tagRange(words, 0, words.length, uposOut, xposOut);
  }
}

/** Index of the highest score (first on ties). */
function argmax(scores: Int32Array, n: number): number {
  let best = 0;
  let bs = scores[0];
  for (let c = 1; c < n; c++) {
    if (scores[c] > bs) {
      bs = scores[c];
      best = c;
    }
  }
  return best;
}
