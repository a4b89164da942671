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
export const WF = 16;
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
/** Ambiguity class from the lexicon (filled by the caller, not by {@link wordFeatures}). */
export const W_AMB = 11;
/** Last five characters. */
export const W_S5 = 12;
/** Most frequent class of the word in training, or an unknown marker (filled by the caller). */
export const W_TOP = 13;
/** WordNet class of the word (wordnet.ts, filled by the caller from the model's table, see {@link wnClassOf}). */
export const W_WN = 14;
/** Hash of the part after the last hyphen (as W_LOWER hashes a word), 0 without an inner hyphen. */
export const W_HTAIL = 15;
/** Bit added to a WordNet class taken from the part after the last hyphen ("cross-border" -> "border"). */
export const WN_TAIL = 1 << 12;

/** Flag bits. */
export const F_DIGIT = 1;
export const F_HYPHEN = 2;
export const F_INITCAP = 4;
export const F_ALLCAPS = 8;
export const F_LOWER = 16;
export const F_PUNCT = 32;
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
 * Fill the word-feature block for `word` at `out[o .. o+WF)` (all fields but {@link W_AMB}).
 * Digits are folded to '0' in the word hash so "1984" and "2003" share statistics.
 */
export function wordFeatures(word: string, out: Int32Array, o: number, scratch: Scratch): void {
  const n = word.length;
  const lc = scratch.ensure(n);
  let flags = 0;
  let upper = 0;
  let lower = 0;
  let hExact = FNV_OFFSET;
  let hLower = FNV_OFFSET;
  // Shape: X/x/d/other with runs capped at 3, first 16 symbols.
  let hShape = FNV_OFFSET;
  let prevCls = -1;
  let run = 0;
  let shapeLen = 0;
  let hTail = FNV_OFFSET;
  let tailStart = 0;
  for (let k = 0; k < n; k++) {
    const c = word.charCodeAt(k);
    if (c === 45) {
      hTail = FNV_OFFSET;
      tailStart = k + 1;
    }
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
    if (c !== 45) hTail = Math.imul(hTail ^ l, FNV_PRIME);
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
  out[o + W_HTAIL] = tailStart > 1 && tailStart < n ? hTail : 0;
  // Suffixes 1..4 (whole word when shorter), hashed in reading order.
  for (let k = 1; k <= 5; k++) {
    let h = FNV_OFFSET + k;
    for (let j = n > k ? n - k : 0; j < n; j++) h = Math.imul(h ^ lc[j], FNV_PRIME);
    out[o + (k === 5 ? W_S5 : W_S1 + k - 1)] = h;
  }
  let h = FNV_OFFSET;
  for (let k = 0; k < 3; k++) {
    if (k < n) h = Math.imul(h ^ lc[k], FNV_PRIME);
    out[o + W_P1 + k] = h ^ (k + 1);
  }
}

/**
 * WordNet class of a word block (hashes from {@link wordFeatures}): the class of
 * the whole word, else of its part after the last hyphen with {@link WN_TAIL}.
 */
export function wnClassOf(b: Int32Array, o: number, get: (h: number) => number): number {
  const c = get(b[o + W_LOWER]);
  if (c !== 0 || b[o + W_HTAIL] === 0) return c;
  const t = get(b[o + W_HTAIL]);
  return t === 0 ? 0 : t | WN_TAIL;
}

/** Word blocks standing for the positions before and after a sentence: every field is the pad hash. */
export const PAD_BEFORE_BLOCK = new Int32Array(WF).fill(PAD_BEFORE);
export const PAD_AFTER_BLOCK = new Int32Array(WF).fill(PAD_AFTER);

/**
 * Roles a word plays for the token being tagged. The features of a role depend
 * only on that one word, so inference caches their summed scores per word type.
 */
export const ROLE_SELF = 0;
export const ROLE_L1 = 1;
export const ROLE_L2 = 2;
export const ROLE_R1 = 3;
export const ROLE_R2 = 4;
export const N_ROLES = 5;

/** Features of the word block `b[o..]` in `role`, written to `out` from 0; returns their count. */
export function roleFeatures(role: number, b: Int32Array, o: number, out: Int32Array, wn = false): number {
  const k = roleBase(role, b, o, out);
  if (!wn) return k;
  const c = b[o + W_WN];
  switch (role) {
    case ROLE_SELF:
      out[k] = f1(70, c);
      out[k + 1] = f2(71, c, b[o + W_FLAGS] & (F_INITCAP | F_ALLCAPS | F_LOWER));
      return k + 2;
    case ROLE_L1:
      out[k] = f1(73, c);
      return k + 1;
    case ROLE_R1:
      out[k] = f1(74, c);
      return k + 1;
    case ROLE_R2:
      out[k] = f1(76, c);
      return k + 1;
    default:
      return k;
  }
}

/** The role features every model has (before the optional WordNet ones). */
function roleBase(role: number, b: Int32Array, o: number, out: Int32Array): number {
  switch (role) {
    case ROLE_SELF:
      out[0] = f1(0, 0); // bias
      out[1] = f1(1, b[o + W_LOWER]);
      out[2] = f1(2, b[o + W_S1]);
      out[3] = f1(3, b[o + W_S2]);
      out[4] = f1(4, b[o + W_S3]);
      out[5] = f1(5, b[o + W_S4]);
      out[6] = f1(6, b[o + W_P1]);
      out[7] = f1(7, b[o + W_P2]);
      out[8] = f1(8, b[o + W_P3]);
      out[9] = f1(9, b[o + W_SHAPE]);
      out[10] = f1(10, b[o + W_FLAGS]);
      out[11] = f1(22, b[o + W_AMB]);
      out[12] = f1(29, b[o + W_EXACT]);
      out[13] = f1(45, b[o + W_S5]);
      out[14] = f2(46, b[o + W_S3], b[o + W_FLAGS]);
      out[15] = f2(43, b[o + W_S3], b[o + W_FLAGS] & (F_INITCAP | F_ALLCAPS | F_LOWER));
      return 16;
    case ROLE_L1:
      out[0] = f1(14, b[o + W_LOWER]);
      out[1] = f1(18, b[o + W_S3]);
      out[2] = f1(32, b[o + W_SHAPE]);
      out[3] = f1(35, b[o + W_AMB]);
      out[4] = f1(47, b[o + W_TOP]);
      out[5] = f1(48, b[o + W_FLAGS]);
      out[6] = f1(49, b[o + W_S2]);
      return 7;
    case ROLE_L2:
      out[0] = f1(15, b[o + W_LOWER]);
      out[1] = f1(50, b[o + W_AMB]);
      out[2] = f1(51, b[o + W_S3]);
      return 3;
    case ROLE_R1:
      out[0] = f1(16, b[o + W_LOWER]);
      out[1] = f1(19, b[o + W_S3]);
      out[2] = f1(23, b[o + W_AMB]);
      out[3] = f1(27, b[o + W_SHAPE]);
      out[4] = f1(36, b[o + W_S2]);
      out[5] = f1(37, b[o + W_FLAGS]);
      out[6] = f1(52, b[o + W_TOP]);
      out[7] = f1(53, b[o + W_S1]);
      out[8] = f1(54, b[o + W_EXACT]);
      return 9;
    case ROLE_R2:
      out[0] = f1(17, b[o + W_LOWER]);
      out[1] = f1(24, b[o + W_AMB]);
      out[2] = f1(38, b[o + W_S3]);
      out[3] = f1(55, b[o + W_TOP]);
      out[4] = f1(56, b[o + W_SHAPE]);
      return 5;
    default:
      return 0;
  }
}

/**
 * Features of the two previous predicted classes alone; inference precomputes
 * their summed scores for every (p1, p2) pair.
 */
export function historyFeatures(p1: number, p2: number, out: Int32Array, k: number): number {
  out[k] = f1(11, p1);
  out[k + 1] = f2(12, p1, p2);
  out[k + 2] = f1(30, p2);
  return k + 3;
}

/**
 * Features of the static guesses `g1`, `g2` for the next two tokens alone and
 * with the previous class; inference precomputes them as dense tables, so the
 * order [f(g1), f(g1, g2), f(p1, g1)] is fixed.
 */
export function guessFeatures(p1: number, g1: number, g2: number, out: Int32Array, k: number): number {
  out[k] = f1(60, g1);
  out[k + 1] = f2(61, g1, g2);
  out[k + 2] = f2(63, p1, g1);
  return k + 3;
}

/**
 * Features of token `i` (of `n`) that combine several words, or a word with the
 * previous predicted class `p1` or the static guesses `g1`, `g2` for the next two
 * tokens (argmax of their static scores: a cheap look at the right context);
 * `sc` is the sentence casing style. Written to
 * `out` from 0; returns the count.
 */
export function dynamicFeatures(wf: Int32Array, i: number, n: number, p1: number, sc: number, g1: number, out: Int32Array, wn = false): number {
  const k = dynamicBase(wf, i, n, p1, g1, out);
  if (!wn) return k;
  out[k] = f2(75, p1, wf[i * WF + W_WN]);
  return k + 1;
}

function dynamicBase(wf: Int32Array, i: number, n: number, p1: number, g1: number, out: Int32Array): number {
  const o = i * WF;
  const w = wf[o + W_LOWER];
  const a = wf[o + W_AMB];
  const wm1 = i > 0 ? wf[o - WF + W_LOWER] : PAD_BEFORE;
  const am1 = i > 0 ? wf[o - WF + W_AMB] : PAD_BEFORE;
  const wp1 = i + 1 < n ? wf[o + WF + W_LOWER] : PAD_AFTER;
  const ap1 = i + 1 < n ? wf[o + WF + W_AMB] : PAD_AFTER;
  const ap2 = i + 2 < n ? wf[o + 2 * WF + W_AMB] : PAD_AFTER;
  out[0] = f2(13, p1, w);
  out[1] = f2(20, wm1, w);
  out[2] = f2(21, w, wp1);
  out[3] = f2(25, p1, ap1);
  out[4] = f2(26, a, ap1);
  out[5] = f2(28, p1, wf[o + W_S3]);
  out[6] = f2(31, a, p1);
  out[7] = f3(33, am1, a, ap1);
  out[8] = f2(39, w, ap1);
  out[9] = f2(42, p1, wp1);
  out[10] = f3(44, a, ap1, ap2);
  out[11] = f2(62, w, g1);
  if (i === 0) {
    out[12] = f1(34, wf[o + W_FLAGS]);
    return 13;
  }
  return 12;
}

/**
 * The features of {@link dynamicFeatures} that do not read the previous class
 * `p1` (word pairs and triples, the guess `g1`, the first token's flags):
 * inference scores them for a whole sentence before the left-to-right pass,
 * whose steps then wait only on {@link dynamicPrevFeatures}. Together the two
 * emit exactly the features of dynamicFeatures (tested), in another order.
 */
export function dynamicFixedFeatures(wf: Int32Array, i: number, n: number, g1: number, out: Int32Array): number {
  const o = i * WF;
  const w = wf[o + W_LOWER];
  const a = wf[o + W_AMB];
  const wm1 = i > 0 ? wf[o - WF + W_LOWER] : PAD_BEFORE;
  const am1 = i > 0 ? wf[o - WF + W_AMB] : PAD_BEFORE;
  const wp1 = i + 1 < n ? wf[o + WF + W_LOWER] : PAD_AFTER;
  const ap1 = i + 1 < n ? wf[o + WF + W_AMB] : PAD_AFTER;
  const ap2 = i + 2 < n ? wf[o + 2 * WF + W_AMB] : PAD_AFTER;
  out[0] = f2(20, wm1, w);
  out[1] = f2(21, w, wp1);
  out[2] = f2(26, a, ap1);
  out[3] = f3(33, am1, a, ap1);
  out[4] = f2(39, w, ap1);
  out[5] = f3(44, a, ap1, ap2);
  out[6] = f2(62, w, g1);
  if (i === 0) {
    out[7] = f1(34, wf[o + W_FLAGS]);
    return 8;
  }
  return 7;
}

/** The features of {@link dynamicFeatures} that read the previous class `p1` (see {@link dynamicFixedFeatures}). */
export function dynamicPrevFeatures(wf: Int32Array, i: number, n: number, p1: number, out: Int32Array, wn = false): number {
  const o = i * WF;
  const w = wf[o + W_LOWER];
  const a = wf[o + W_AMB];
  const wp1 = i + 1 < n ? wf[o + WF + W_LOWER] : PAD_AFTER;
  const ap1 = i + 1 < n ? wf[o + WF + W_AMB] : PAD_AFTER;
  out[0] = f2(13, p1, w);
  out[1] = f2(25, p1, ap1);
  out[2] = f2(28, p1, wf[o + W_S3]);
  out[3] = f2(31, a, p1);
  out[4] = f2(42, p1, wp1);
  if (!wn) return 5;
  out[5] = f2(75, p1, wf[o + W_WN]);
  return 6;
}

/** Capitalisation bits that {@link caseFeature} looks at. */
export const CASE_BITS = F_INITCAP | F_ALLCAPS | F_LOWER;

/** The token's capitalisation in the light of the sentence casing style `sc` (0..3). */
export function caseFeature(sc: number, flags: number): number {
  return f2(41, sc, flags & CASE_BITS);
}

/**
 * Casing style of a sentence, 0..3: mostly lowercase, some capitals, headline
 * (title case), all caps. Capitalised words mean less in headlines and shouting.
 */
export function sentenceCase(wf: Int32Array, n: number): number {
  let words = 0;
  let caps = 0;
  let allCaps = 0;
  for (let i = 1; i < n; i++) {
    const f = wf[i * WF + W_FLAGS];
    if ((f & (F_LOWER | F_INITCAP | F_ALLCAPS)) === 0) continue;
    words++;
    if (f & F_ALLCAPS) allCaps++;
    else if (f & F_INITCAP) caps++;
  }
  if (words === 0) return 0;
  if (allCaps * 2 > words) return 3;
  if (caps * 2 > words) return 2;
  return caps > 0 ? 1 : 0;
}

/** Class id used for "tag before the sentence start". */
export const START1 = 250;
export const START2 = 251;
/** Class id used for "guess after the sentence end". */
export const END = 252;

/** Block array and offset of the word at relative position `i + d` (pads outside the sentence). */
function blockAt(wf: Int32Array, i: number, n: number): [Int32Array, number] {
  if (i < 0) return [PAD_BEFORE_BLOCK, 0];
  if (i >= n) return [PAD_AFTER_BLOCK, 0];
  return [wf, i * WF];
}

/** Role of the word at offset d = -2..2 from the token. */
const ROLE_AT = [ROLE_L2, ROLE_L1, ROLE_SELF, ROLE_R1, ROLE_R2];

/** Features of the five words around token `i` in their roles (the static part of its score). */
export function staticFeatures(wf: Int32Array, i: number, n: number, out: Int32Array, tmp: Int32Array, wn = false): number {
  let k = 0;
  for (let d = -2; d <= 2; d++) {
    const [b, o] = blockAt(wf, i + d, n);
    const m = roleFeatures(ROLE_AT[d + 2], b, o, tmp, wn);
    for (let j = 0; j < m; j++) out[k++] = tmp[j];
  }
  return k;
}

/**
 * Every feature of token `i` (training path: no caching). Inference sums the
 * same role features through its per-word cache, so both see identical features.
 * `g1`, `g2` are the static guesses for tokens i+1 and i+2.
 */
export function allFeatures(
  wf: Int32Array,
  i: number,
  n: number,
  p1: number,
  p2: number,
  sc: number,
  g1: number,
  g2: number,
  out: Int32Array,
  tmp: Int32Array,
  wn = false,
): number {
  let k = staticFeatures(wf, i, n, out, tmp, wn);
  k = historyFeatures(p1, p2, out, k);
  k = guessFeatures(p1, g1, g2, out, k);
  out[k++] = caseFeature(sc, wf[i * WF + W_FLAGS]);
  const m = dynamicFeatures(wf, i, n, p1, sc, g1, tmp, wn);
  for (let j = 0; j < m; j++) out[k++] = tmp[j];
  return k;
}

/** Upper bound on {@link allFeatures}' count. */
export const MAX_FEATS = 96;
