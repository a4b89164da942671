/**
 * Parser combination by reparsing (Sagae & Lavie 2006): several parses of one
 * sentence vote on arcs, each vote weighted, and the projective tree with the
 * highest total arc weight is decoded with Eisner's algorithm (one root).
 * Different parsers (e.g. left-to-right and right-to-left transition parsers)
 * err on different arcs, so the best-supported tree beats each of them.
 *
 * Heads are 0-based token indexes with `n` meaning the root, as in the
 * parser's state. Allocation-free once the scratch has grown to the longest
 * sentence seen.
 * @module
 */

const NONE = -1e18;

/** Longest sentence that is re-decoded; longer ones keep the first parse (time stays linear in the input). */
export const MAX_VOTE_N = 120;

/** Reusable scratch for {@link Voter.vote}. Not safe to share between concurrent callers. */
export class Voter {
  private cap = 0;
  /** Arc scores, (h + 1) * (n + 1) + (d + 1) with the root at row/column 0. */
  private score = new Float64Array(0);
  /** Eisner charts over positions 0..n (0 = root): complete/incomplete, head left/right. */
  private cR = new Float64Array(0);
  private cL = new Float64Array(0);
  private iR = new Float64Array(0);
  private iL = new Float64Array(0);
  private bcR = new Int32Array(0);
  private bcL = new Int32Array(0);
  private biR = new Int32Array(0);
  private biL = new Int32Array(0);
  private stack = new Int32Array(0);

  private reserve(n: number): void {
    const m = n + 1;
    if (m <= this.cap) return;
    const c = Math.max(64, m + (m >> 1));
    this.cap = c;
    this.score = new Float64Array(c * c);
    this.cR = new Float64Array(c * c);
    this.cL = new Float64Array(c * c);
    this.iR = new Float64Array(c * c);
    this.iL = new Float64Array(c * c);
    this.bcR = new Int32Array(c * c);
    this.bcL = new Int32Array(c * c);
    this.biR = new Int32Array(c * c);
    this.biL = new Int32Array(c * c);
    this.stack = new Int32Array(4 * c);
  }

  /**
   * Combine `heads.length` parses of an n-token sentence: parse k gives token
   * d the head heads[k][d] with vote weight weights[k][d] (must be > 0).
   * Writes into `out` the head of each token in the projective single-rooted
   * tree of highest total vote weight over the proposed arcs, and into
   * `from[d]` the first parse that proposed token d's chosen arc. When all
   * parses agree, or the sentence is longer than {@link MAX_VOTE_N}, the
   * first parse is kept and no chart is built.
   */
  vote(
    n: number,
    heads: readonly ArrayLike<number>[],
    weights: readonly ArrayLike<number>[],
    out: Int32Array,
    from: Int32Array,
  ): void {
    if (n === 0) return;
    const K = heads.length;
    let agree = true;
    for (let k = 1; k < K && agree; k++) {
      const hk = heads[k];
      const h0 = heads[0];
      for (let d = 0; d < n; d++) {
        if (hk[d] !== h0[d]) {
          agree = false;
          break;
        }
      }
    }
    // Above MAX_VOTE_N tokens the cubic chart would dominate: keep parse 0.
    if (agree || n > MAX_VOTE_N) {
      for (let d = 0; d < n; d++) {
        out[d] = heads[0][d];
        from[d] = 0;
      }
      return;
    }
    this.reserve(n);
    const m = n + 1;
    const S = this.score;
    // Proposed arcs hold their summed weight; all others stay 0 (= not proposed).
    for (let k = 0; k < K; k++) {
      const hk = heads[k];
      const wk = weights[k];
      for (let d = 0; d < n; d++) {
        const h = hk[d];
        S[(h === n ? 0 : h + 1) * m + d + 1] += wk[d];
      }
    }
    this.eisner(n, out);
    for (let d = 0; d < n; d++) {
      from[d] = 0;
      for (let k = 0; k < K; k++) {
        if (heads[k][d] === out[d]) {
          from[d] = k;
          break;
        }
      }
    }
    // Leave the score matrix as zeros for the next sentence.
    for (let k = 0; k < K; k++) {
      const hk = heads[k];
      for (let d = 0; d < n; d++) S[(hk[d] === n ? 0 : hk[d] + 1) * m + d + 1] = 0;
    }
  }

  /**
   * Eisner's algorithm restricted to one child of the root: writes the best
   * projective tree under the scores into `out` (0-based heads, n = root).
   * Arcs never proposed score NONE, so they are taken only when no tree of
   * proposed arcs exists (never, since each parse is such a tree).
   */
  private eisner(n: number, out: Int32Array): void {
    const m = n + 1;
    const S = this.score;
    const cR = this.cR;
    const cL = this.cL;
    const iR = this.iR;
    const iL = this.iL;
    const bcR = this.bcR;
    const bcL = this.bcL;
    const biR = this.biR;
    const biL = this.biL;
    // Words at positions 1..n (0 = root); spans [s, t] with 1 <= s <= t <= n.
    for (let s = 1; s <= n; s++) {
      cR[s * m + s] = 0;
      cL[s * m + s] = 0;
    }
    for (let len = 1; len < n; len++) {
      for (let s = 1; s + len <= n; s++) {
        const t = s + len;
        // Incomplete spans: arc t -> s (head right) and s -> t (head left).
        let best = -Infinity;
        let arg = s;
        for (let r = s; r < t; r++) {
          const v = cR[s * m + r] + cL[(r + 1) * m + t];
          if (v > best) {
            best = v;
            arg = r;
          }
        }
        const sts = arcScore(S, m, t, s);
        const sst = arcScore(S, m, s, t);
        iL[s * m + t] = best + sts;
        biL[s * m + t] = arg;
        iR[s * m + t] = best + sst;
        biR[s * m + t] = arg;
        // Complete spans: head t covering [s, t] leftwards; head s covering [s, t] rightwards.
        best = -Infinity;
        arg = s;
        for (let r = s; r < t; r++) {
          const v = cL[s * m + r] + iL[r * m + t];
          if (v > best) {
            best = v;
            arg = r;
          }
        }
        cL[s * m + t] = best;
        bcL[s * m + t] = arg;
        best = -Infinity;
        arg = t;
        for (let r = s + 1; r <= t; r++) {
          const v = iR[s * m + r] + cR[r * m + t];
          if (v > best) {
            best = v;
            arg = r;
          }
        }
        cR[s * m + t] = best;
        bcR[s * m + t] = arg;
      }
    }
    // The root's single child r heads [1, r] leftwards and [r, n] rightwards.
    let best = -Infinity;
    let root = 1;
    for (let r = 1; r <= n; r++) {
      const v = arcScore(S, m, 0, r) + cL[1 * m + r] + cR[r * m + n];
      if (v > best) {
        best = v;
        root = r;
      }
    }
    out[root - 1] = n;
    // Backtrack with an explicit stack of (kind, s, t): 0 = cL, 1 = cR, 2 = iL,
    // 3 = iR, s and t in 15 bits each (callers keep n far below 32768).
    const stk = this.stack;
    let sp = 0;
    stk[sp++] = 0 | (1 << 2) | (root << 17);
    stk[sp++] = 1 | (root << 2) | (n << 17);
    while (sp > 0) {
      const e = stk[--sp];
      const kind = e & 3;
      const s = (e >>> 2) & 0x7fff;
      const t = e >>> 17;
      if (s === t) continue;
      if (kind === 0) {
        const r = bcL[s * m + t];
        stk[sp++] = 0 | (s << 2) | (r << 17);
        stk[sp++] = 2 | (r << 2) | (t << 17);
      } else if (kind === 1) {
        const r = bcR[s * m + t];
        stk[sp++] = 3 | (s << 2) | (r << 17);
        stk[sp++] = 1 | (r << 2) | (t << 17);
      } else {
        const r = kind === 2 ? biL[s * m + t] : biR[s * m + t];
        if (kind === 2) out[s - 1] = t - 1;
        else out[t - 1] = s - 1;
        stk[sp++] = 1 | (s << 2) | (r << 17);
        stk[sp++] = 0 | ((r + 1) << 2) | (t << 17);
      }
    }
  }
}

/** Score of arc h -> d over positions (0 = root); unproposed arcs (0 in the matrix) score NONE. */
function arcScore(S: Float64Array, m: number, h: number, d: number): number {
  const v = S[h * m + d];
  return v === 0 ? NONE : v;
}
