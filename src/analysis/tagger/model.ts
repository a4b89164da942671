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
import { contextFeatures, N_FEATS, Scratch, START1, START2, WF, W_LOWER, wordFeatures } from './features.js';
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

/**
 * A loaded part-of-speech tagger. Instances keep reusable scratch buffers, so
 * one instance must not be used re-entrantly (it is synchronous, so that only
 * matters across worker threads, which each load their own).
 */
export class Tagger {
  /** UPOS id (see tags.ts) of each class. */
  readonly classUpos: Uint8Array;
  /** XPOS id (see tags.ts) of each class. */
  readonly classXpos: Uint8Array;
  private readonly lex: Lexicon;
  private readonly mask: number;
  private readonly off: Uint32Array;
  private readonly cls: Uint8Array;
  private readonly w: Int16Array;
  private readonly nClasses: number;
  private readonly scratch = new Scratch();
  private wf = new Int32Array(WF * 64);
  private amb = new Int32Array(64);
  private fixed = new Uint8Array(64);
  private readonly feats = new Int32Array(N_FEATS);
  private readonly scores: Int32Array;

  constructor(m: TaggerModelData) {
    this.classUpos = m.classUpos;
    this.classXpos = m.classXpos;
    this.lex = m.lexicon;
    this.nClasses = m.classUpos.length;
    const B = 1 << m.logBuckets;
    this.mask = B - 1;
    const off = new Uint32Array(B + 1);
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
  }

  /**
   * Tag `forms[start..end)` as one sentence, writing UPOS and XPOS ids at the
   * same indexes of `uposOut` / `xposOut`.
   */
  tagRange(forms: readonly string[], start: number, end: number, uposOut: Uint8Array, xposOut: Uint8Array): void {
    const n = end - start;
    if (n <= 0) return;
    if (this.amb.length < n) {
      const cap = Math.max(n, this.amb.length * 2);
      this.wf = new Int32Array(cap * WF);
      this.amb = new Int32Array(cap);
      this.fixed = new Uint8Array(cap);
    }
    const { wf, amb, fixed, feats, scores, lex, off, cls, w, mask, nClasses } = this;
    for (let i = 0; i < n; i++) {
      wordFeatures(forms[start + i], i === 0, wf, i * WF, this.scratch);
      const s = lex.find(wf[i * WF + W_LOWER]);
      if (s < 0) {
        amb[i] = AMB_UNKNOWN;
        fixed[i] = NO_TAG;
      } else {
        amb[i] = lex.amb[s];
        fixed[i] = lex.tag[s];
      }
    }
    let p1 = START1;
    let p2 = START2;
    for (let i = 0; i < n; i++) {
      let best = fixed[i];
      if (best === NO_TAG) {
        contextFeatures(wf, amb, i, n, p1, p2, feats);
        scores.fill(0);
        for (let k = 0; k < N_FEATS; k++) {
          const b = feats[k] & mask;
          const e1 = off[b + 1];
          for (let e = off[b]; e < e1; e++) scores[cls[e]] += w[e];
        }
        best = 0;
        let bs = scores[0];
        for (let c = 1; c < nClasses; c++) {
          if (scores[c] > bs) {
            bs = scores[c];
            best = c;
          }
        }
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
