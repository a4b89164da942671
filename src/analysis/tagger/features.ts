/**
 * Numeric feature extraction shared by tagger training and inference.
 *
 * Features are 32-bit integers built by mixing a template id with per-token
 * hashes computed once per token (lowercased word, affixes, shape, flags, the
 * word's ambiguity class). No strings are built in the hot path: hashing walks
 * char codes, so tagging allocates nothing per token.
 * @module
 */

/** Multiplicative constants (golden ratio, murmur3). */
const K1 = 0x9e3779b1 | 0;
const K2 = 0x85ebca6b | 0;
const K3 = 0xc2b2ae35 | 0;

/** murmur3 finaliser: spreads every input bit over the word. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, K2);
  h ^= h >>> 13;
  h = Math.imul(h, K3);
  h ^= h >>> 16;
  return h | 0;
}

/** Feature hash of template `t` with one value. */
export function f1(t: number, a: number): number {
  return fmix(Math.imul(t + 1, K1) ^ a);
}

/** Feature hash of template `t` with two values. */
export function f2(t: number, a: number, b: number): number {
  return fmix(fmix(Math.imul(t + 1, K1) ^ a) ^ Math.imul(b, K2));
}

/** Feature hash of template `t` with three values. */
export function f3(t: number, a: number, b: number, c: number): number {
  return fmix(fmix(fmix(Math.imul(t + 1, K1) ^ a) ^ Math.imul(b, K2)) ^ Math.imul(c, K3));
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Lowercase one UTF-16 code unit; ASCII fast path, allocation only for non-ASCII letters. */
function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  const s = String.fromCharCode(c).toLowerCase();
  return s.length === 1 ? s.charCodeAt(0) : c;
}

/** Stride of the per-token word-feature block. */
export const WF = 11;
/** Field offsets inside a word-feature block. */
export const W_LOWER = 0;
export const W_S1 = 1;
export const W_S2 = 2;
export const W_S3 = 3;
export const W_S4 = 4;
export const W_P1 = 5;
export const W_P2 = 6;
export const W_P3 = 7;
export const W_SHAPE = 8;
export const W_FLAGS = 9;
export const W_EXACT = 10;

/** Flag bits. */
export const F_DIGIT = 1;
export const F_HYPHEN = 2;
export const F_INITCAP = 4;
export const F_ALLCAPS = 8;
export const F_LOWER = 16;
export const F_PUNCT = 32;
export const F_FIRST = 64;
export const F_LONG = 128;

/** Hashes of the padding "words" before and after a sentence. */
export const PAD_BEFORE = fmix(0x5eed0001);
export const PAD_AFTER = fmix(0x5eed0002);

/** Reusable scratch for lowercased code units (grown on demand). */
export class Scratch {
  buf = new Uint16Array(256);
  ensure(n: number): Uint16Array {
    if (this.buf.length < n) this.buf = new Uint16Array(Math.max(n, this.buf.length * 2));
    return this.buf;
  }
}

/**
 * Fill the word-feature block for `word` at `out[o .. o+WF)`.
 * Digits are folded to '0' in the word hash so "1984" and "2003" share statistics.
 */
export function wordFeatures(word: string, first: boolean, out: Int32Array, o: number, scratch: Scratch): void {
  const n = word.length;
  const lc = scratch.ensure(n);
  let flags = first ? F_FIRST : 0;
  let upper = 0;
  let lower = 0;
  let hExact = FNV_OFFSET;
  let hLower = FNV_OFFSET;
  // Shape: X/x/d/other with runs capped at 3, first 16 symbols.
  let hShape = FNV_OFFSET;
  let prevCls = -1;
  let run = 0;
  let shapeLen = 0;
  for (let k = 0; k < n; k++) {
    const c = word.charCodeAt(k);
    hExact = Math.imul(hExact ^ c, FNV_PRIME);
    let l = lowerCode(c);
    let cls: number;
    if (c >= 48 && c <= 57) {
      flags |= F_DIGIT;
      l = 48;
      cls = 100; // 'd'
    } else if (l !== c) {
      upper++;
      cls = 88; // 'X'
    } else if ((c >= 97 && c <= 122) || (c > 127 && String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c))) {
      lower++;
      cls = 120; // 'x'
    } else if (c > 127 && /\p{L}/u.test(String.fromCharCode(c))) {
      lower++; // caseless letter (CJK, Arabic...)
      cls = 120;
    } else {
      if (c === 45) flags |= F_HYPHEN;
      else flags |= F_PUNCT;
      cls = c;
    }
    lc[k] = l;
    hLower = Math.imul(hLower ^ l, FNV_PRIME);
    if (cls === prevCls) run++;
    else {
      run = 1;
      prevCls = cls;
    }
    if (run <= 3 && shapeLen < 16) {
      hShape = Math.imul(hShape ^ cls, FNV_PRIME);
      shapeLen++;
    }
  }
  if (upper > 0) {
    if (word.charCodeAt(0) !== lc[0]) flags |= F_INITCAP;
    if (lower === 0 && upper > 1) flags |= F_ALLCAPS;
  }
  if (lower > 0) flags |= F_LOWER;
  if (n > 12) flags |= F_LONG;
  out[o + W_LOWER] = hLower;
  out[o + W_EXACT] = hExact;
  out[o + W_SHAPE] = hShape;
  out[o + W_FLAGS] = flags;
  // Suffixes 1..4 (whole word when shorter), hashed in reading order.
  for (let k = 1; k <= 4; k++) {
    let h = FNV_OFFSET + k;
    for (let j = n > k ? n - k : 0; j < n; j++) h = Math.imul(h ^ lc[j], FNV_PRIME);
    out[o + W_S1 + k - 1] = h;
  }
  let h = FNV_OFFSET;
  for (let k = 0; k < 3; k++) {
    if (k < n) h = Math.imul(h ^ lc[k], FNV_PRIME);
    out[o + W_P1 + k] = h ^ (k + 1);
  }
}

/** Hash of a lowercased (digit-folded) word, as stored in {@link W_LOWER}; used to key the word lexicon. */
export function lowerHash(word: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    h = Math.imul(h ^ (c >= 48 && c <= 57 ? 48 : lowerCode(c)), FNV_PRIME);
  }
  return h;
}

/** Number of context features produced by {@link contextFeatures}. */
export const N_FEATS = 34;

/** Class id used for "tag before the sentence start". */
export const START1 = 250;
export const START2 = 251;

/**
 * Context features of token `i` (0-based inside the sentence of `n` tokens) into `feats`.
 * `wf` holds the word blocks of the sentence, `amb` the ambiguity class of each token,
 * `p1`/`p2` the predicted classes of the two previous tokens.
 */
export function contextFeatures(
  wf: Int32Array,
  amb: Int32Array,
  i: number,
  n: number,
  p1: number,
  p2: number,
  feats: Int32Array,
): void {
  const o = i * WF;
  const w = wf[o + W_LOWER];
  const wm1 = i > 0 ? wf[o - WF + W_LOWER] : PAD_BEFORE;
  const wm2 = i > 1 ? wf[o - 2 * WF + W_LOWER] : PAD_BEFORE;
  const wp1 = i + 1 < n ? wf[o + WF + W_LOWER] : PAD_AFTER;
  const wp2 = i + 2 < n ? wf[o + 2 * WF + W_LOWER] : PAD_AFTER;
  const s3m1 = i > 0 ? wf[o - WF + W_S3] : PAD_BEFORE;
  const s3p1 = i + 1 < n ? wf[o + WF + W_S3] : PAD_AFTER;
  const shm1 = i > 0 ? wf[o - WF + W_SHAPE] : PAD_BEFORE;
  const shp1 = i + 1 < n ? wf[o + WF + W_SHAPE] : PAD_AFTER;
  const a = amb[i];
  const am1 = i > 0 ? amb[i - 1] : PAD_BEFORE;
  const ap1 = i + 1 < n ? amb[i + 1] : PAD_AFTER;
  const ap2 = i + 2 < n ? amb[i + 2] : PAD_AFTER;
  const s3 = wf[o + W_S3];
  const flags = wf[o + W_FLAGS];
  feats[0] = f1(0, 0); // bias
  feats[1] = f1(1, w);
  feats[2] = f1(2, wf[o + W_S1]);
  feats[3] = f1(3, wf[o + W_S2]);
  feats[4] = f1(4, s3);
  feats[5] = f1(5, wf[o + W_S4]);
  feats[6] = f1(6, wf[o + W_P1]);
  feats[7] = f1(7, wf[o + W_P2]);
  feats[8] = f1(8, wf[o + W_P3]);
  feats[9] = f1(9, wf[o + W_SHAPE]);
  feats[10] = f1(10, flags);
  feats[11] = f1(11, p1);
  feats[12] = f2(12, p1, p2);
  feats[13] = f2(13, p1, w);
  feats[14] = f1(14, wm1);
  feats[15] = f1(15, wm2);
  feats[16] = f1(16, wp1);
  feats[17] = f1(17, wp2);
  feats[18] = f1(18, s3m1);
  feats[19] = f1(19, s3p1);
  feats[20] = f2(20, wm1, w);
  feats[21] = f2(21, w, wp1);
  feats[22] = f1(22, a);
  feats[23] = f1(23, ap1);
  feats[24] = f1(24, ap2);
  feats[25] = f2(25, p1, ap1);
  feats[26] = f2(26, a, ap1);
  feats[27] = f1(27, shp1);
  feats[28] = f2(28, p1, s3);
  feats[29] = f1(29, wf[o + W_EXACT]);
  feats[30] = f1(30, p2);
  feats[31] = f2(31, a, p1);
  feats[32] = f1(32, shm1);
  feats[33] = f3(33, am1, a, ap1);
}
