/**
 * Tagger model: binary format and greedy left-to-right inference.
 *
 * The model file (models/tagger.bin) is trained on UD English EWT and is a
 * derived work of it, distributed under CC BY-SA 4.0 like the treebank.
 *
 * Layout (little-endian, every section 4-byte aligned):
 *   header  'ANTG' u32 version, u32 classes, u32 log2(buckets), f32 scale,
 *           u32 lexicon capacity, u32 entries, u32 flags (bit 0: reads sentences
 *           right to left; bit 1: a second model follows, see TaggerModelData.next;
 *           bit 2: a WordNet class table follows the lexicon; bit 3: a tag
 *           dictionary of class masks follows, see lexicon.ts ClassMasks)
 *   classes u8 upos[classes], u8 xpos[classes]
 *   lexicon i32 keys[cap], i32 amb[cap], u8 tag[cap], u8 top[cap]
 *   [wordnet u32 wcap, i32 keys[wcap], u16 cls[wcap]]   (first section only)
 *   [masks   u32 mcap, u32 words, u32 rules, i32 keys[mcap], u32 bits[mcap*words]]   (first section only)
 *   weights u8 count[buckets], u8 cls[entries], i16 w[entries]
 * A feature hash selects bucket `h & (buckets-1)`; the bucket's entries (in
 * bucket order, offsets by prefix sum at load) are sparse (class, weight) pairs.
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { AnnalsError } from '../../errors.js';
import {
  END,
  staticFeatures,
  dynamicFixedFeatures,
  dynamicPrevFeatures,
  historyFeatures,
  caseFeature,
  CASE_BITS,
  W_FLAGS,
  guessFeatures,
  MAX_FEATS,
  N_ROLES,
  PAD_AFTER_BLOCK,
  PAD_BEFORE_BLOCK,
  roleFeatures,
  Scratch,
  sentenceCase,
  START1,
  START2,
  WF,
  W_AMB,
  W_EXACT,
  W_LOWER,
  W_TOP,
  W_WN,
  wnClassOf,
  wordFeatures,
} from './features.js';
import { AMB_UNKNOWN, ClassMasks, Lexicon, MASK_GUESSES, MASK_INITIAL, NO_TAG, TOP_UNKNOWN, WordClasses } from './lexicon.js';
import { SIMD_MAX_CLASSES, SimdArena, simdModule, type SimdKernels } from './simd.js';
import { FormIdCache, type FormTable } from '../forms.js';

const MAGIC = 0x47544e41; // 'ANTG'
const VERSION = 2;
const HEADER = 32;

/** Everything a tagger model holds, in memory. */
export interface TaggerModelData {
  classUpos: Uint8Array;
  classXpos: Uint8Array;
  lexicon: Lexicon;
  logBuckets: number;
  scale: number;
  /** The model tags sentences right to left (trained on reversed sentences). */
  reverse: boolean;
  /**
   * A second model over the same classes and lexicon, usually of the opposite
   * direction: the tagger adds both models' per-token scores and takes the best
   * class (left and right context both inform every decision).
   */
  next?: TaggerModelData;
  /**
   * WordNet classes of word forms (wordnet.ts); a model trained with them has
   * their features. Stored once in a file (first section), shared by the chain.
   */
  wn?: WordClasses;
  /**
   * Tag dictionary (lexicon.ts ClassMasks): the classes a frequent word's
   * lowercase training occurrences had; absent in older files, which tag as
   * before. Stored once in a file (first section), shared by the chain.
   */
  masks?: ClassMasks;
  /** Entries per bucket. */
  count: Uint8Array;
  cls: Uint8Array;
  w: Int16Array;
}

const pad4 = (n: number): number => (n + 3) & ~3;

/** Serialise a model (and the model chained in `next`) to bytes. */
export function encodeModel(m: TaggerModelData): Uint8Array {
  const head = encodeOne(m);
  if (!m.next) return head;
  // The WordNet table and the masks are stored once, in the first section; the chain shares them.
  const tail = encodeModel({ ...m.next, wn: undefined, masks: undefined });
  const all = new Uint8Array(head.length + tail.length);
  all.set(head);
  all.set(tail, head.length);
  return all;
}

/** Byte size of one model section. */
function sectionSize(C: number, cap: number, B: number, E: number, wcap: number | undefined, mcap = 0, mwords = 0): number {
  const wn = wcap === undefined ? 0 : 4 + wcap * 4 + pad4(wcap * 2);
  const masks = mcap === 0 ? 0 : 12 + mcap * 4 * (1 + mwords);
  return HEADER + pad4(2 * C) + cap * 8 + 2 * pad4(cap) + wn + masks + pad4(B) + pad4(E) + pad4(E * 2);
}

function encodeOne(m: TaggerModelData): Uint8Array {
  const C = m.classUpos.length;
  const cap = m.lexicon.keys.length;
  const B = 1 << m.logBuckets;
  const E = m.cls.length;
  const wcap = m.wn?.keys.length;
  const mk = m.masks;
  const size = sectionSize(C, cap, B, E, wcap, mk?.keys.length, mk?.words);
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
  dv.setUint32(28, (m.reverse ? 1 : 0) | (m.next ? 2 : 0) | (m.wn ? 4 : 0) | (mk ? 8 : 0), true);
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
  u8.set(m.lexicon.top, o);
  o += pad4(cap);
  if (m.wn && wcap !== undefined) {
    dv.setUint32(o, wcap, true);
    o += 4;
    new Int32Array(buf, o, wcap).set(m.wn.keys);
    o += wcap * 4;
    new Uint16Array(buf, o, wcap).set(m.wn.cls);
    o += pad4(wcap * 2);
  }
  if (mk) {
    const mcap = mk.keys.length;
    dv.setUint32(o, mcap, true);
    dv.setUint32(o + 4, mk.words, true);
    dv.setUint32(o + 8, mk.rules, true);
    o += 12;
    new Int32Array(buf, o, mcap).set(mk.keys);
    o += mcap * 4;
    new Uint32Array(buf, o, mcap * mk.words).set(mk.bits);
    o += mcap * mk.words * 4;
  }
  u8.set(m.count, o);
  o += pad4(B);
  u8.set(m.cls, o);
  o += pad4(E);
  new Int16Array(buf, o, E).set(m.w);
  return u8;
}

/** Parse model bytes; throws E_MODEL naming `file` when they are not a tagger model. */
export function decodeModel(bytes: Uint8Array, file = '<tagger model>'): TaggerModelData {
  // Typed-array views need aligned offsets; copy only when the buffer is not.
  const u8 = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  let [first, o, more] = decodeOne(u8, file);
  // Rebuild the chain from its tail: sections are immutable records.
  const chain = [first];
  while (more) {
    const [k, n, again] = decodeOne(u8.subarray(o), file);
    chain.push(k);
    o += n;
    more = again;
  }
  const { wn, masks } = chain[0];
  if (wn) for (let k = 1; k < chain.length; k++) chain[k] = { ...chain[k], wn };
  if (masks) for (let k = 1; k < chain.length; k++) chain[k] = { ...chain[k], masks };
  for (let k = chain.length - 2; k >= 0; k--) chain[k] = { ...chain[k], next: chain[k + 1] };
  first = chain[0];
  if (o !== u8.byteLength) throw new AnnalsError('E_MODEL', `not a valid tagger model (size ${u8.byteLength}, expected ${o})`, { file });
  return first;
}

/** One model section at the start of `u8`, its byte size and whether another section follows. */
function decodeOne(u8: Uint8Array, file: string): [TaggerModelData, number, boolean] {
  const bad = (why: string): never => {
    throw new AnnalsError('E_MODEL', `not a valid tagger model (${why})`, { file });
  };
  if (u8.byteLength < HEADER) bad('file too short');
  const dv = new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
  if (dv.getUint32(0, true) !== MAGIC) bad('bad magic number');
  if (dv.getUint32(4, true) !== VERSION) bad(`unsupported version ${dv.getUint32(4, true)}`);
  const C = dv.getUint32(8, true);
  const logBuckets = dv.getUint32(12, true);
  const scale = dv.getFloat32(16, true);
  const cap = dv.getUint32(20, true);
  const E = dv.getUint32(24, true);
  const flags = dv.getUint32(28, true);
  if (C === 0 || C > 250 || logBuckets > 26 || (cap & (cap - 1)) !== 0 || flags > 15) bad('bad header');
  const B = 1 << logBuckets;
  const lexEnd = HEADER + pad4(2 * C) + cap * 8 + 2 * pad4(cap);
  let wcap: number | undefined;
  if (flags & 4) {
    if (u8.byteLength < lexEnd + 4) bad('file too short');
    wcap = dv.getUint32(lexEnd, true);
    if ((wcap & (wcap - 1)) !== 0 || wcap === 0) bad('bad WordNet table size');
  }
  let mcap = 0;
  let mwords = 0;
  let rules = 0;
  if (flags & 8) {
    const at = lexEnd + (wcap === undefined ? 0 : 4 + wcap * 4 + pad4(wcap * 2));
    if (u8.byteLength < at + 12) bad('file too short');
    mcap = dv.getUint32(at, true);
    mwords = dv.getUint32(at + 4, true);
    rules = dv.getUint32(at + 8, true);
    if ((mcap & (mcap - 1)) !== 0 || mcap === 0 || mwords !== (C + 31) >>> 5) bad('bad class mask table');
  }
  const size = sectionSize(C, cap, B, E, wcap, mcap, mwords);
  if (flags & 2 ? u8.byteLength < size : u8.byteLength !== size) bad(`size ${u8.byteLength}, expected ${size}`);
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
  const top = u8.subarray(o, o + cap);
  o += pad4(cap);
  let wn: WordClasses | undefined;
  if (wcap !== undefined) {
    o += 4;
    const wk = new Int32Array(u8.buffer, base + o, wcap);
    o += wcap * 4;
    wn = new WordClasses(wk, new Uint16Array(u8.buffer, base + o, wcap));
    o += pad4(wcap * 2);
  }
  let masks: ClassMasks | undefined;
  if (mcap > 0) {
    o += 12;
    const mk = new Int32Array(u8.buffer, base + o, mcap);
    o += mcap * 4;
    masks = new ClassMasks(mk, new Uint32Array(u8.buffer, base + o, mcap * mwords), mwords, rules);
    o += mcap * mwords * 4;
  }
  const count = u8.subarray(o, o + B);
  o += pad4(B);
  const cls = u8.subarray(o, o + E);
  o += pad4(E);
  const w = new Int16Array(u8.buffer, base + o, E);
  const m: TaggerModelData = { classUpos, classXpos, lexicon: new Lexicon(keys, amb, tag, top), logBuckets, scale, reverse: (flags & 1) !== 0, count, cls, w };
  if (wn) m.wn = wn;
  if (masks) m.masks = masks;
  return [m, size, (flags & 2) !== 0];
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

/** Markers of a bucket slot (see Tagger.slots): no entry; an offset into the overflow entries. */
const EMPTY = -0x80000000;
const PTR = 0x40000000;

/** Word types whose role scores a tagger caches (memory: types x 5 roles x classes x 4 bytes, ~11 MB). */
export const DEFAULT_CACHE_TYPES = 8192;

/** Longest sentence (tokens) whose static rows sit in the SIMD kernels' memory; longer ones take the JavaScript loops. */
const SIMD_TOKENS = 512;

/** Most features {@link dynamicPrevFeatures} emits (with WordNet classes). */
const MAX_PREV_FEATS = 6;

/**
 * A loaded part-of-speech tagger. Greedy in reading order: each token's class
 * scores are the sum of five per-word role vectors (the token itself and two
 * words each side, cached per word type) plus a few features that combine
 * words or look at the previous predicted classes. With a chained second model
 * (a right-to-left one, see TaggerModelData.next) that model reads the sentence
 * first and its per-token scores are added to this model's before each decision.
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
  /** WordNet classes, when the model was trained with their features. */
  private readonly wn: WordClasses | undefined;
  /** Tag dictionary (see TaggerModelData.masks), when the model has one. */
  private readonly cm: ClassMasks | undefined;
  /** Per token in reading order: offset of its class mask in cm.bits, or -1 (unconstrained). */
  private mk = new Int32Array(64);
  private readonly wnGet: (h: number) => number;
  private readonly mask: number;
  /**
   * Weights by bucket, two Int32 per bucket, so that most features cost one
   * memory access (the tables exceed the caches): a bucket's entries
   * (weight << 8 | class) themselves when it has at most two (the other word
   * {@link EMPTY}), else ({@link PTR} + offset, count) of its entries in
   * {@link over}.
   */
  private readonly slots: Int32Array;
  private readonly over: Int32Array;
  private readonly nClasses: number;
  private readonly scratch = new Scratch();
  /** One word's feature block for {@link wordnetClass}: reused, as the lemmatizer asks per unknown inflected form. */
  private readonly wnFeatures = new Int32Array(WF);
  private wf = new Int32Array(WF * 64);
  private fixed = new Uint8Array(64);
  private slot = new Int32Array(64);
  /** Static scores per token [n x C] and their argmax (the right-context guesses). */
  private stat: Int32Array = new Int32Array(0);
  /**
   * The WebAssembly SIMD kernels (simd.ts) and the static rows in their memory
   * for sentences of up to {@link SIMD_TOKENS} tokens (null: the JavaScript
   * loops, and {@link statJ} for every sentence).
   */
  private readonly simdK: SimdKernels | null = null;
  private readonly statW: Int32Array | null = null;
  private statJ = new Int32Array(0);
  private guess = new Uint8Array(0);
  /** Classes chosen by the decoder, in reading order. */
  private cur = new Uint8Array(0);
  /** Per-token class scores of the decoder [n x C], in reading order (kept when a partner model exists). */
  private tok = new Int32Array(0);
  /** Reads sentences right to left. */
  private readonly reverse: boolean;
  /** Weight quantisation step: scores x scale are comparable across models. */
  private readonly scale: number;
  /** The second model whose scores are added (see TaggerModelData.next). */
  private readonly partner: Tagger | undefined;
  private readonly feats = new Int32Array(MAX_FEATS);
  private readonly tmp = new Int32Array(MAX_FEATS);
  /** Scratch: bucket bounds of the features being added. */
  private readonly span = new Int32Array(2 * MAX_FEATS);
  // Word cache: slot -> N_ROLES score vectors; slots 0 and 1 are the pads.
  private readonly cacheTypes: number;
  private readonly vec: Int32Array;
  private readonly tabA: Int32Array;
  private readonly tabB: Int32Array;
  private readonly tabSlot: Int32Array;
  private used = 2;
  /**
   * Form cache: a word's block (wordFeatures plus its lexicon and WordNet
   * fields) and fixed class depend on its form alone, so each form is hashed
   * and looked up once, then copied (form -> id, blocks at id x WF).
   */
  private readonly formIds = new Map<string, number>();
  private readonly formWf: Int32Array;
  private readonly formFixed: Uint8Array;
  /** Class-mask offset of each cached form (see {@link mk}). */
  private readonly formMask: Int32Array;
  /** Summed history-feature scores for every (p1, p2): [(C+2) x (C+2) x C]. */
  private readonly hist: Int32Array;
  /** Summed guess-feature scores per (g1, g2): [(C+1)^2 x C]. */
  private readonly gtab: Int32Array;
  /**
   * Summed guess-feature scores per (p1, g1), (C+2)(C+1) rows, and caseFeature
   * scores per (sentence style, case bits), 4 x 32 rows: a few classes each,
   * so kept sparse, row r's entries (weight << 8 | class) at w[off[r]..off[r+1]).
   */
  private readonly pgOff: Int32Array;
  private readonly pgW: Int32Array;
  private readonly ctabOff: Int32Array;
  private readonly ctabW: Int32Array;
  /** Casing style of the sentence being tagged (features.ts sentenceCase). */
  private sentCase = 0;

  /**
   * `unit`: score unit to express the weights in (default: the model's own
   * scale); a partner model uses its primary's, so their integer scores add.
   */
  constructor(m: TaggerModelData, cacheTypes = DEFAULT_CACHE_TYPES, unit = m.scale) {
    this.classUpos = m.classUpos;
    this.classXpos = m.classXpos;
    this.lex = m.lexicon;
    this.wn = m.wn;
    this.cm = m.masks;
    if (m.masks && m.masks.words !== (m.classUpos.length + 31) >>> 5) throw new AnnalsError('E_MODEL', 'tagger model class masks do not fit its classes');
    const wn = m.wn;
    this.wnGet = wn ? (h: number): number => wn.get(h) : (): number => 0;
    this.nClasses = m.classUpos.length;
    this.reverse = m.reverse;
    this.scale = unit;
    if (m.next) {
      const p = m.next;
      if (p.next) throw new AnnalsError('E_MODEL', 'tagger model chains more than two models');
      if (p.classUpos.length !== this.nClasses || p.classUpos.some((u, c) => u !== m.classUpos[c] || p.classXpos[c] !== m.classXpos[c])) {
        throw new AnnalsError('E_MODEL', 'the two models of a tagger file have different classes');
      }
      // The models share word blocks and fixed classes (a fixed token has no scores to add).
      const lk = m.lexicon.keys;
      const pk = p.lexicon.keys;
      const same = (s: number): boolean =>
        lk[s] === pk[s] && m.lexicon.tag[s] === p.lexicon.tag[s] && m.lexicon.amb[s] === p.lexicon.amb[s] && m.lexicon.top[s] === p.lexicon.top[s];
      if (lk.length !== pk.length || !lk.every((_, s) => same(s))) {
        throw new AnnalsError('E_MODEL', 'the two models of a tagger file have different lexicons');
      }
      const shared = { ...p };
      if (m.wn) shared.wn = m.wn;
      if (m.masks) shared.masks = m.masks;
      this.partner = new Tagger(shared, cacheTypes, m.scale);
    }
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
    // Class ids index score rows; an out-of-range id would corrupt a neighbouring row.
    for (let e = 0; e < m.cls.length; e++) {
      if (m.cls[e] >= this.nClasses) throw new AnnalsError('E_MODEL', `tagger model weight ${e} has class ${m.cls[e]} >= ${this.nClasses}`);
    }
    for (const t of m.lexicon.tag) {
      if (t >= this.nClasses && t !== NO_TAG) throw new AnnalsError('E_MODEL', `tagger model lexicon has class ${t} >= ${this.nClasses}`);
    }
    const factor = m.scale / unit;
    if (!(factor > 0 && factor < 64)) throw new AnnalsError('E_MODEL', `tagger model scale ${m.scale} out of range`);
    // (weight << 8 | class), |weight| < 2^21: within (-2^29, 2^29), clear of EMPTY and PTR.
    const entry = (e: number): number => ((factor === 1 ? m.w[e] : Math.round(m.w[e] * factor)) << 8) | m.cls[e];
    const slots = new Int32Array(2 * B).fill(EMPTY);
    let nOver = 0;
    for (let b = 0; b < B; b++) if (m.count[b] > 2) nOver += m.count[b];
    const over = new Int32Array(nOver);
    nOver = 0;
    for (let b = 0; b < B; b++) {
      const c = m.count[b];
      const e0 = off[b];
      if (c > 2) {
        slots[2 * b] = PTR + nOver;
        slots[2 * b + 1] = c;
        for (let e = e0; e < e0 + c; e++) over[nOver++] = entry(e);
      } else if (c > 0) {
        slots[2 * b] = entry(e0);
        if (c === 2) slots[2 * b + 1] = entry(e0 + 1);
      }
    }
    this.slots = slots;
    this.over = over;
    let cap = 16;
    while (cap < cacheTypes) cap <<= 1;
    this.cacheTypes = cap;
    const C = this.nClasses;
    const H = C + 2;
    const G = C + 1;
    // With SIMD kernels, the tables they read live in their memory (the rest of the tagger reads the same views).
    const mod = C <= SIMD_MAX_CLASSES ? simdModule() : null;
    const arena = mod ? new SimdArena(4 * (cap * N_ROLES * C + H * H * C + G * G * C + SIMD_TOKENS * C) + 64 * 4, mod, C) : null;
    const table = (n: number): Int32Array => (arena ? arena.alloc(n) : new Int32Array(n));
    this.vec = table(cap * N_ROLES * C);
    if (arena) {
      this.simdK = arena.kernels;
      this.statW = arena.alloc(SIMD_TOKENS * C);
    }
    this.tabA = new Int32Array(cap * 2);
    this.tabB = new Int32Array(cap * 2);
    this.tabSlot = new Int32Array(cap * 2).fill(-1);
    this.formWf = new Int32Array(cap * WF);
    this.formFixed = new Uint8Array(cap);
    this.formMask = new Int32Array(cap);
    this.hist = table(H * H * C);
    for (let a = 0; a < H; a++) {
      for (let b = 0; b < H; b++) {
        const k = historyFeatures(a < C ? a : START1 + a - C, b < C ? b : START1 + b - C, this.tmp, 0);
        this.addFeatures(this.tmp, k, this.hist, (a * H + b) * C);
      }
    }
    // guessFeatures emits [f(g1), f(g1, g2), f(p1, g1)]: the first two go to gtab, the last to pgtab.
    const cls = (x: number, pad: number): number => (x < C ? x : pad + x - C);
    this.gtab = table(G * G * C);
    const pgtab = new Int32Array(H * G * C);
    for (let g1 = 0; g1 < G; g1++) {
      for (let g2 = 0; g2 < G; g2++) {
        guessFeatures(START1, cls(g1, END), cls(g2, END), this.tmp, 0);
        this.addFeatures(this.tmp, 2, this.gtab, (g1 * G + g2) * C);
      }
      for (let p1 = 0; p1 < H; p1++) {
        guessFeatures(cls(p1, START1), cls(g1, END), END, this.tmp, 0);
        this.addFeatures(this.tmp.subarray(2), 1, pgtab, (p1 * G + g1) * C);
      }
    }
    [this.pgOff, this.pgW] = sparseRows(pgtab, C);
    const ctab = new Int32Array(4 * 32 * C);
    for (let sc = 0; sc < 4; sc++) {
      for (let bits = 0; bits < 32; bits++) {
        if ((bits & ~CASE_BITS) !== 0) continue;
        this.tmp[0] = caseFeature(sc, bits);
        this.addFeatures(this.tmp, 1, ctab, (sc * 32 + bits) * C);
      }
    }
    [this.ctabOff, this.ctabW] = sparseRows(ctab, C);
    this.fillVectors(PAD_BEFORE_BLOCK, 0, 0);
    this.fillVectors(PAD_AFTER_BLOCK, 0, 1);
  }

  /** Add the weights of `n` features in `feats` to `scores[base..]`. */
  private addFeatures(feats: Int32Array, n: number, scores: Int32Array, base: number): void {
    const { slots, over, mask, span } = this;
    // Read every bucket first: independent loads the CPU overlaps (the tables exceed its caches).
    for (let k = 0; k < n; k++) {
      const b = (feats[k] & mask) << 1;
      span[2 * k] = slots[b];
      span[2 * k + 1] = slots[b + 1];
    }
    for (let k = 0; k < n; k++) {
      const a = span[2 * k];
      const c = span[2 * k + 1];
      if (a >= PTR) {
        for (let e = a - PTR, e1 = e + c; e < e1; e++) {
          const v = over[e];
          scores[base + (v & 255)] += v >> 8;
        }
      } else if (a !== EMPTY) {
        scores[base + (a & 255)] += a >> 8;
        if (c !== EMPTY) scores[base + (c & 255)] += c >> 8;
      }
    }
  }

  /** Compute the role vectors of the word block `b[o..]` into cache slot `s`. */
  private fillVectors(b: Int32Array, o: number, s: number): void {
    const C = this.nClasses;
    const base = s * N_ROLES * C;
    this.vec.fill(0, base, base + N_ROLES * C);
    for (let r = 0; r < N_ROLES; r++) {
      const n = roleFeatures(r, b, o, this.tmp, this.wn !== undefined);
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
   * The WordNet class (wordnet.ts bits) of `word` lowercased in the model's table, 0 when the
   * model has none or WordNet lacks the word: for the lemmatizer, whose vocabulary is the treebank's.
   */
  wordnetClass(word: string): number {
    if (this.wn === undefined) return 0;
    wordFeatures(word, this.wnFeatures, 0, this.scratch);
    return this.wn.get(this.wnFeatures[W_LOWER]);
  }

  /**
   * Tag `forms[start..end)` as one sentence, writing UPOS and XPOS ids at the
   * same indexes of `uposOut` / `xposOut`. `ids` (optional): the forms' ids
   * in `table` at the same indexes (FormTable.idsOf), which spare the
   * tagger a string lookup per token; same tags.
   */
  tagRange(forms: readonly string[], start: number, end: number, uposOut: Uint8Array, xposOut: Uint8Array, table: FormTable | null = null, ids: Int32Array | null = null): void {
    const n = end - start;
    if (n <= 0) return;
    const { partner, classUpos, classXpos } = this;
    if (partner) {
      // The partner reads first; this model then decodes with the partner's scores added to its
      // own, so its history features see the combined decisions.
      partner.run(forms, start, n, true, undefined, table, ids);
      this.run(forms, start, n, false, partner);
    } else this.run(forms, start, n, false, undefined, table, ids);
    const cur = this.cur;
    for (let i = 0; i < n; i++) {
      const c = cur[this.reverse ? n - 1 - i : i];
      uposOut[start + i] = classUpos[c];
      xposOut[start + i] = classXpos[c];
    }
  }

  /** Fill token i's word block at wf[o..], fixed[i] and mk[i] for `form` (what the form caches keep). */
  private formBlock(form: string, o: number, i: number): void {
    const { wf, fixed, lex, mk, cm } = this;
    wordFeatures(form, wf, o, this.scratch);
    const s = lex.find(wf[o + W_LOWER]);
    if (s < 0) {
      wf[o + W_AMB] = AMB_UNKNOWN;
      wf[o + W_TOP] = TOP_UNKNOWN;
      fixed[i] = NO_TAG;
    } else {
      wf[o + W_AMB] = lex.amb[s];
      wf[o + W_TOP] = lex.top[s];
      fixed[i] = lex.tag[s];
    }
    wf[o + W_WN] = this.wn ? wnClassOf(wf, o, this.wnGet) : 0;
    mk[i] = cm && isLowercaseForm(form) ? cm.find(wf[o + W_LOWER]) : -1;
  }

  // The form cache by form id (see forms.ts): blocks, fixed classes and masks at
  // id x WF / id, valid for the ids idSeen has; allocated on first use.
  private idSeen: FormIdCache | null = null;
  private idWf = new Int32Array(0);
  private idFixed = new Uint8Array(0);
  private idMask = new Int32Array(0);

  /** Make the by-id form cache ready for ids of `table`; false when they do not fit it. */
  private idBlocks(table: FormTable): boolean {
    if (this.idSeen === null || this.idSeen.capacity < table.capacity) {
      const cap = table.capacity;
      this.idSeen = new FormIdCache(cap);
      this.idWf = new Int32Array(cap * WF);
      this.idFixed = new Uint8Array(cap);
      this.idMask = new Int32Array(cap);
    }
    return this.idSeen.begin(table);
  }

  /** Decode `forms[start..start+n)` in this model's reading order into `cur` (and `tok` when `keep`). */
  private run(forms: readonly string[], start: number, n: number, keep: boolean, extra?: Tagger, table: FormTable | null = null, ids: Int32Array | null = null): void {
    if (this.fixed.length < n) {
      const cap = Math.max(n, this.fixed.length * 2);
      this.wf = new Int32Array(cap * WF);
      this.fixed = new Uint8Array(cap);
      this.slot = new Int32Array(cap);
      this.mk = new Int32Array(cap);
    }
    const { wf, fixed, lex, mk, cm } = this;
    if (extra) {
      // The partner has read this sentence with the same lexicon: copy its word blocks.
      const flip = extra.reverse !== this.reverse;
      for (let i = 0; i < n; i++) {
        const j = flip ? n - 1 - i : i;
        wf.set(extra.wf.subarray(j * WF, j * WF + WF), i * WF);
        fixed[i] = extra.fixed[j];
        mk[i] = extra.mk[j];
      }
    }
    const forms1 = this.formIds;
    const fwf = this.formWf;
    // With form ids (see forms.ts), a form's block is found by its id, without a string lookup.
    const byId = ids !== null && table !== null && this.idBlocks(table);
    const iwf = this.idWf;
    for (let i = 0; i < (extra ? 0 : n); i++) {
      const o = i * WF;
      const p = this.reverse ? start + n - 1 - i : start + i;
      const form = forms[p];
      if (byId) {
        const fid = ids![p];
        const fo = fid * WF;
        if (this.idSeen!.has(fid)) {
          for (let k = 0; k < WF; k++) wf[o + k] = iwf[fo + k];
          fixed[i] = this.idFixed[fid];
          mk[i] = this.idMask[fid];
          continue;
        }
        this.formBlock(form, o, i);
        for (let k = 0; k < WF; k++) iwf[fo + k] = wf[o + k];
        this.idFixed[fid] = fixed[i];
        this.idMask[fid] = mk[i];
        this.idSeen!.mark(fid);
        continue;
      }
      const id = forms1.get(form);
      if (id !== undefined) {
        // A form seen before: its block and fixed class as computed then.
        const fo = id * WF;
        for (let k = 0; k < WF; k++) wf[o + k] = fwf[fo + k];
        fixed[i] = this.formFixed[id];
        mk[i] = this.formMask[id];
        continue;
      }
      this.formBlock(form, o, i);
      // Full: start over (as the type cache does).
      if (forms1.size * WF >= fwf.length) forms1.clear();
      const nid = forms1.size;
      for (let k = 0; k < WF; k++) fwf[nid * WF + k] = wf[o + k];
      this.formFixed[nid] = fixed[i];
      this.formMask[nid] = mk[i];
      forms1.set(form, nid);
    }
    // A sentence's first word is free unless the dictionary says otherwise (a lowercase first
    // word is often a headline or a fragment).
    if (cm && (cm.rules & MASK_INITIAL) === 0) mk[this.reverse ? n - 1 : 0] = -1;
    if (this.guess.length < n) {
      const cap = Math.max(n, 2 * this.guess.length);
      this.guess = new Uint8Array(cap);
      this.cur = new Uint8Array(cap);
    }
    // The SIMD kernels' rows when the sentence fits them, else rows of plain memory.
    if (this.statW !== null && n <= SIMD_TOKENS) this.stat = this.statW;
    else {
      if (this.statJ.length < n * this.nClasses) this.statJ = new Int32Array(Math.max(n, (2 * this.statJ.length) / this.nClasses) * this.nClasses);
      this.stat = this.statJ;
    }
    if (keep && this.tok.length < n * this.nClasses) this.tok = new Int32Array(this.stat.length);
    this.sentCase = sentenceCase(wf, n);
    if (n + 2 > this.cacheTypes) this.staticUncached(n);
    else this.staticCached(n);
    this.decode(n, keep, extra?.tok, extra !== undefined && extra.reverse !== this.reverse);
  }

  /**
   * Static scores of every unfixed token from the per-word role vectors, and
   * their argmax guesses; then (see {@link addFixed}) what else does not
   * depend on earlier decisions. Right to left, so that the guesses for the
   * next two tokens are known when a token's row is summed: one pass over it.
   */
  private staticCached(n: number): void {
    if (this.used + n > this.cacheTypes) {
      // Full: start over rather than track recency; the pads stay in slots 0 and 1.
      this.tabSlot.fill(-1);
      this.used = 2;
    }
    const { wf, fixed, slot, stat, guess, vec, gtab, mk, nClasses: C } = this;
    const cmBits = this.cm ? this.cm.bits : NO_BITS;
    const guessMasked = this.cm !== undefined && (this.cm.rules & MASK_GUESSES) !== 0;
    for (let i = 0; i < n; i++) slot[i] = this.slotOf(wf, i * WF);
    const RC = N_ROLES * C;
    const G = C + 1;
    const K = stat === this.statW ? this.simdK : null;
    const vb = vec.byteOffset >> 2;
    const gb = gtab.byteOffset;
    const sb = stat.byteOffset;
    for (let i = n - 1; i >= 0; i--) {
      if (fixed[i] !== NO_TAG) {
        guess[i] = fixed[i];
        continue;
      }
      const vs = slot[i] * RC;
      const vl1 = (i > 0 ? slot[i - 1] : 0) * RC + C;
      const vl2 = (i > 1 ? slot[i - 2] : 0) * RC + 2 * C;
      const vr1 = (i + 1 < n ? slot[i + 1] : 1) * RC + 3 * C;
      const vr2 = (i + 2 < n ? slot[i + 2] : 1) * RC + 4 * C;
      const g1 = i + 1 < n ? guess[i + 1] : END;
      const g2 = i + 2 < n ? guess[i + 2] : END;
      const vg = ((g1 < C ? g1 : C) * G + (g2 < C ? g2 : C)) * C;
      const o = i * C;
      if (K !== null) {
        // The loop below as i32x4 lanes (same sums, stores and first best class).
        let best = K.stat5((vb + vs) << 2, (vb + vl1) << 2, (vb + vl2) << 2, (vb + vr1) << 2, (vb + vr2) << 2, gb + (vg << 2), sb + (o << 2), C);
        if (mk[i] >= 0 && guessMasked) best = maskedArgmax(stat, o, C, cmBits, mk[i], gtab, vg);
        guess[i] = best;
        this.addFixed(n, i, g1);
        continue;
      }
      // The guess is the argmax of the role vectors alone; the guess table joins the row after.
      // (The running best starts as class 0's integer score, not -Infinity, so that it stays an
      // integer: the comparisons are then integer ones. Speed session 14.)
      let best = 0;
      let bs = (vec[vs] + vec[vl1] + vec[vl2] + vec[vr1] + vec[vr2]) | 0;
      stat[o] = bs + gtab[vg];
      for (let c = 1; c < C; c++) {
        const x = (vec[vs + c] + vec[vl1 + c] + vec[vl2 + c] + vec[vr1 + c] + vec[vr2 + c]) | 0;
        if (x > bs) {
          bs = x;
          best = c;
        }
        stat[o + c] = x + gtab[vg + c];
      }
      if (mk[i] >= 0 && guessMasked) best = maskedArgmax(stat, o, C, cmBits, mk[i], gtab, vg);
      guess[i] = best;
      this.addFixed(n, i, g1);
    }
    this.touchPrev(n);
    this.flushBatch();
  }

  /**
   * Queue, as loads only (row -1: nothing is added), the buckets of the
   * features that read the previous class ({@link dynamicPrevFeatures}) of
   * every unfixed token, with the previous token's fixed class or static
   * guess standing for the class the decoder will choose. {@link flushBatch}
   * loads them with the sentence's other buckets, all at once, so that the
   * decoder, whose steps wait on each other, finds them in the cache when the
   * guess proves right (most tokens). The scores are untouched: the decoder
   * still hashes and adds the features of the class it chose.
   */
  private touchPrev(n: number): void {
    const { wf, fixed, guess, feats } = this;
    const wn = this.wn !== undefined;
    let k = this.batchN;
    if (this.batchF.length < k + n * MAX_PREV_FEATS) this.growBatch(k + n * MAX_PREV_FEATS);
    const bf = this.batchF;
    const br = this.batchRow;
    const { hist, pgOff, pgW, mk, nClasses: C } = this;
    const cmBits = this.cm ? this.cm.bits : NO_BITS;
    const HC = (C + 2) * C;
    const G = C + 1;
    let p1 = START1;
    let p2 = START2;
    let t = 0;
    for (let i = 0; i < n; i++) {
      const f = fixed[i];
      if (f === NO_TAG) {
        const m = dynamicPrevFeatures(wf, i, n, p1, feats, wn);
        for (let j = 0; j < m; j++) {
          bf[k] = feats[j];
          br[k++] = -1;
        }
        // The history row the decoder will read (as decode computes vh), every cache line of it,
        // the sparse (previous class, next guess) row and the token's class mask.
        const ip1 = p1 < C ? p1 : C + p1 - START1;
        const vh = ip1 * HC + (p2 < C ? p2 : C + p2 - START1) * C;
        for (let c = 0; c < C; c += 16) t ^= hist[vh + c];
        const g1 = i + 1 < n ? guess[i + 1] : END;
        const r = ip1 * G + (g1 < C ? g1 : C);
        if (pgOff[r] < pgOff[r + 1]) t ^= pgW[pgOff[r]];
        if (mk[i] >= 0) t ^= cmBits[mk[i]];
        p2 = p1;
        p1 = guess[i];
      } else {
        p2 = p1;
        p1 = f;
      }
    }
    this.touched ^= t;
    this.batchN = k;
  }

  /** Same result as {@link staticCached}, summing features directly (sentences longer than the cache). */
  private staticUncached(n: number): void {
    const { wf, fixed, stat, guess, feats, tmp, gtab, mk, nClasses: C } = this;
    const guessMasked = this.cm !== undefined && (this.cm.rules & MASK_GUESSES) !== 0;
    for (let i = 0; i < n; i++) {
      if (fixed[i] !== NO_TAG) {
        guess[i] = fixed[i];
        continue;
      }
      stat.fill(0, i * C, i * C + C);
      const k = staticFeatures(wf, i, n, feats, tmp, this.wn !== undefined);
      this.addFeatures(feats, k, stat, i * C);
      guess[i] = mk[i] >= 0 && guessMasked ? maskedArgmax(stat, i * C, C, this.cm!.bits, mk[i], undefined, 0) : argmax(stat, i * C, C);
    }
    const G = C + 1;
    for (let i = 0; i < n; i++) {
      if (fixed[i] !== NO_TAG) continue;
      const o = i * C;
      const g1 = i + 1 < n ? guess[i + 1] : END;
      const g2 = i + 2 < n ? guess[i + 2] : END;
      const vg = ((g1 < C ? g1 : C) * G + (g2 < C ? g2 : C)) * C;
      for (let c = 0; c < C; c++) stat[o + c] += gtab[vg + c];
      this.addFixed(n, i, g1);
    }
    this.flushBatch();
  }

  /**
   * Add to unfixed token i's static row the scores that do not depend on the
   * classes chosen before it: casing (its sparse table row) and the word-pair
   * and guess features of {@link dynamicFixedFeatures}.
   */
  private addFixed(n: number, i: number, g1: number): void {
    const { wf, stat, ctabOff, ctabW, nClasses: C } = this;
    const o = i * C;
    const r = this.sentCase * 32 + (wf[i * WF + W_FLAGS] & CASE_BITS);
    for (let e = ctabOff[r], e1 = ctabOff[r + 1]; e < e1; e++) {
      const v = ctabW[e];
      stat[o + (v & 255)] += v >> 8;
    }
    let k = this.batchN;
    if (this.batchF.length < k + MAX_FEATS) this.growBatch(k + MAX_FEATS);
    const bf = this.batchF;
    const m = dynamicFixedFeatures(wf, i, n, g1, this.feats);
    for (let j = 0; j < m; j++) {
      bf[k] = this.feats[j];
      this.batchRow[k++] = o;
    }
    this.batchN = k;
  }

  /** Pending features of the sentence (hash, score row offset) and their bucket bounds; see {@link flushBatch}. */
  private batchF = new Int32Array(0);
  private batchRow = new Int32Array(0);
  private batchSpan = new Int32Array(0);
  private batchN = 0;
  /** Sink of the loads that only bring weights into the cache (so they are not optimised away). */
  private touched = 0;

  private growBatch(n: number): void {
    const cap = Math.max(n, 2 * this.batchF.length);
    const f = new Int32Array(cap);
    f.set(this.batchF.subarray(0, this.batchN));
    const r = new Int32Array(cap);
    r.set(this.batchRow.subarray(0, this.batchN));
    this.batchF = f;
    this.batchRow = r;
    this.batchSpan = new Int32Array(2 * cap);
  }

  /**
   * Add the weights of the pending features to their score rows of `stat`.
   * A whole sentence at once: every bucket's bounds are read first, then the
   * first weight of each bucket, so the processor overlaps all those misses
   * (the tables exceed its caches); only then are they summed.
   */
  private flushBatch(): void {
    const { slots, over, mask, batchF: bf, batchRow: br, batchSpan: sp, stat } = this;
    const n = this.batchN;
    this.batchN = 0;
    for (let k = 0; k < n; k++) {
      const b = (bf[k] & mask) << 1;
      sp[2 * k] = slots[b];
      sp[2 * k + 1] = slots[b + 1];
    }
    let t = 0;
    for (let k = 0; k < n; k++) {
      const a = sp[2 * k];
      if (a < PTR) continue;
      // Every cache line of the bucket's entries (16 per line), not only the first.
      for (let e = a - PTR, e1 = e + sp[2 * k + 1]; e < e1; e += 16) t ^= over[e];
    }
    this.touched = t;
    for (let k = 0; k < n; k++) {
      const o = br[k];
      if (o < 0) continue;
      const a = sp[2 * k];
      const c = sp[2 * k + 1];
      if (a >= PTR) {
        for (let e = a - PTR, e1 = e + c; e < e1; e++) {
          const v = over[e];
          stat[o + (v & 255)] += v >> 8;
        }
      } else if (a !== EMPTY) {
        stat[o + (a & 255)] += a >> 8;
        if (c !== EMPTY) stat[o + (c & 255)] += c >> 8;
      }
    }
  }

  /**
   * Greedy left-to-right decoding over the static rows (which already hold
   * every score that does not depend on earlier decisions, see
   * {@link addFixed}): each step adds what reads the previous classes (the
   * history table, the sparse rows of (previous class, next guess), the
   * features of {@link dynamicPrevFeatures}) and takes the argmax. Scores are
   * integer sums, so the order of the additions changes nothing.
   * Measured dead end (speed session 10): batching each token's
   * dynamicPrevFeatures with the previous token's guess as its class (the
   * batch's loads overlap) and using them when the guess proved right:
   * same tags, tagger stage 0.94-1.01x.
   * Speed session 12 (same tags; whole pipeline, analysis-ab by CPU time in
   * both orders): the bucket table without its empty buckets (79% of them;
   * 32% of the lookups per sentence land in one), as per-32-bucket
   * occupancy bits with rank counts (256 KB) and the non-empty slot pairs
   * (1.8 MB instead of 8 MB), x0.98; the history and guess tables as Int16
   * (every value fits the shipped model) x1.005. The role vectors do not
   * fit Int16 (values to 93,609). Each sentence tagged five times in a row:
   * 29 us per 25 tokens against 45 over the bench corpus.
   * Speed session 17, on the stream of EWT test sentences one per call
   * (5,635 word forms: far more rows out of cache than on the bench
   * corpus): having the tagger's data for a sentence in cache before the
   * pipeline analyses it makes the whole pipeline ~19% faster, so most of
   * the tagger's time there waits on memory. What paid (same tags): loading,
   * with the sentence's batch, the buckets of the previous-class features and
   * the history rows the decoder will read, for the classes the static
   * guesses predict (right for 96% of unfixed tokens; see touchPrev), and
   * every cache line of a batched bucket's overflow entries (x1.01-1.02
   * each, by block-alternating CPU time). What did not: bucket occupancy
   * bits read before each lookup to skip empty buckets (x0.99), and loading
   * every line of the sentence's role vectors before the right-to-left pass
   * (x0.98: the vectors are contiguous, the hardware prefetches them).
   */
  private decode(n: number, keep: boolean, extra: Int32Array | undefined, extraRev: boolean): void {
    const { wf, fixed, stat, guess, feats, cur, tok, hist, pgOff, pgW, mk, nClasses: C } = this;
    const cmBits = this.cm ? this.cm.bits : NO_BITS;
    const MW = this.cm ? this.cm.words : 0;
    const HC = (C + 2) * C;
    const G = C + 1;
    const wn = this.wn !== undefined;
    const K = stat === this.statW && !keep ? this.simdK : null;
    const sb = stat.byteOffset;
    const hb = hist.byteOffset;
    let p1 = START1;
    let p2 = START2;
    for (let i = 0; i < n; i++) {
      let best = fixed[i];
      if (best === NO_TAG) {
        const o = i * C;
        const ip1 = p1 < C ? p1 : C + p1 - START1;
        const vh = ip1 * HC + (p2 < C ? p2 : C + p2 - START1) * C;
        const g1 = i + 1 < n ? guess[i + 1] : END;
        const r = ip1 * G + (g1 < C ? g1 : C);
        for (let e = pgOff[r], e1 = pgOff[r + 1]; e < e1; e++) {
          const v = pgW[e];
          stat[o + (v & 255)] += v >> 8;
        }
        this.addFeatures(feats, dynamicPrevFeatures(wf, i, n, p1, feats, wn), stat, o);
        if (extra) {
          const e = (extraRev ? n - 1 - i : i) * C;
          for (let c = 0; c < C; c++) stat[o + c] += extra[e + c];
        }
        best = 0;
        let bs = -Infinity;
        const m = mk[i];
        if (m < 0 && K !== null) best = K.argmax2(sb + (o << 2), hb + (vh << 2), C);
        else if (m < 0) {
          let bi = (stat[o] + hist[vh]) | 0;
          for (let c = 1; c < C; c++) {
            const x = (stat[o + c] + hist[vh + c]) | 0;
            if (x > bi) {
              bi = x;
              best = c;
            }
          }
        } else {
          // Tag dictionary: the first best of the classes in the word's mask (0 if it is empty),
          // visiting only the mask's set bits, in ascending class order. (Speed session 14: this
          // was the overall argmax followed, when that fell outside the mask, by a masked pass
          // over all classes; same result, as the first overall best in the mask is also the
          // first best among the mask's classes.)
          for (let w = 0; w < MW; w++) {
            let bits = cmBits[m + w];
            while (bits !== 0) {
              const low = bits & -bits;
              bits ^= low;
              const c = (w << 5) + 31 - Math.clz32(low);
              if (c >= C) break;
              const x = (stat[o + c] + hist[vh + c]) | 0;
              if (x > bs) {
                bs = x;
                best = c;
              }
            }
          }
        }
        if (keep) for (let c = 0; c < C; c++) tok[o + c] = stat[o + c] + hist[vh + c];
      }
      cur[i] = best;
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

/**
 * The nonzero entries of a dense table of rows of `C` scores, as row offsets
 * (rows + 1) and entries (weight << 8 | class) in row and class order.
 */
function sparseRows(dense: Int32Array, C: number): [Int32Array, Int32Array] {
  const rows = dense.length / C;
  const off = new Int32Array(rows + 1);
  let k = 0;
  for (let i = 0; i < dense.length; i++) if (dense[i] !== 0) k++;
  const w = new Int32Array(k);
  k = 0;
  for (let r = 0; r < rows; r++) {
    off[r] = k;
    for (let c = 0; c < C; c++) {
      const x = dense[r * C + c];
      if (x === 0) continue;
      if (x >= 1 << 23 || x < -(1 << 23)) throw new AnnalsError('E_MODEL', `tagger model score ${x} out of range`);
      w[k++] = (x << 8) | c;
    }
  }
  off[rows] = k;
  return [off, w];
}

const NO_BITS = new Uint32Array(0);

/** Whether a word form has no uppercase letter (the tag dictionary binds such tokens only). */
export function isLowercaseForm(form: string): boolean {
  return form.toLowerCase() === form;
}

/**
 * Like {@link argmax} over the classes in the mask at `bits[m..]` only, of
 * `scores[o+c]` minus `sub[so+c]` when `sub` is given (a row already holding
 * scores the argmax must not see). First on ties; 0 if the mask is empty.
 */
function maskedArgmax(scores: Int32Array, o: number, n: number, bits: Uint32Array, m: number, sub: Int32Array | undefined, so: number): number {
  let best = 0;
  let bs = -Infinity;
  for (let c = 0; c < n; c++) {
    if (((bits[m + (c >>> 5)] >>> (c & 31)) & 1) === 0) continue;
    const x = sub ? scores[o + c] - sub[so + c] : scores[o + c];
    if (x > bs) {
      bs = x;
      best = c;
    }
  }
  return best;
}

/** Index (relative to `o`) of the highest of `scores[o..o+n)`, first on ties. */
function argmax(scores: Int32Array, o: number, n: number): number {
  let best = 0;
  let bs = scores[o];
  for (let c = 1; c < n; c++) {
    if (scores[o + c] > bs) {
      bs = scores[o + c];
      best = c;
    }
  }
  return best;
}
