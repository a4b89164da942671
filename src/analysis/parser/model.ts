/**
 * Parser weights, the greedy decoder, and the model file format.
 *
 * The shipped model (models/parser.bin) is trained on UD English EWT
 * (Universal Dependencies, CC BY-SA 4.0) and is therefore a derived work
 * distributed under CC BY-SA 4.0; the code is MIT like the rest of annals.
 *
 * File format (whole file gzip-compressed): "ANPR" magic, u32 header length,
 * UTF-8 JSON header (vocabulary, label map, table sizes, scales), then the
 * action table and the label table as Int8 arrays (8-bit weights lose no
 * accuracy here and halve the cache footprint, which is what bounds speed).
 * @module
 */
import { endianness } from 'node:os';
import { wasmLabel, type WasmLabel } from './wasm-label.js';
import { FormIdCache, type FormTable } from '../forms.js';
import { gunzipSync, gzipSync } from 'node:zlib';
import { AnnalsError } from '../../errors.js';
import { UPOS } from '../tags.js';
import {
  ACT_STRIDE,
  CONFIG_GROUPS,
  GROUP_SUMS,
  LABEL_SUMS,
  LEFT,
  FX_BETWEEN,
  FX_GUIDE,
  MAX_ACT_FEATS,
  MAX_LAB_FEATS,
  N_LAB_FEATS,
  RIGHT,
  SHIFT,
  State,
  W_UNK,
  nActFeats,
  labelBase,
  nLabFeats,
  normWord,
  packedActTable,
  tagAtom,
  TOKEN_SUMS,
} from './core.js';

const MAGIC = 0x52504e41; // "ANPR" little-endian
const VERSION = 2;

/** Weight tables are Float32 while training and Int8 once quantised. */
export type Weights = Float32Array | Int8Array;

/** Everything the decoder needs: hashed weight tables plus vocabularies. */
export interface ParserModel {
  actBits: number;
  labBits: number;
  /** Action table: (1 << actBits) rows of ACT_STRIDE. */
  act: Weights;
  /**
   * Label table: (1 << labBits) rows of labStride; label features are hashed
   * together with the candidate key, so column j of a row scores the key's j-th
   * candidate label. Rows are one cache line, read contiguously.
   */
  lab: Weights;
  /** Columns per label-table row: the most candidate labels a key can have (16 or 32). */
  labStride: number;
  /**
   * UPOS -> candidate-key group, for the dependent and for the head. Tags the
   * tagger often confuses (NOUN/PROPN/ADJ/VERB..., ADP/SCONJ/ADV/PART) share a
   * group, so a mistagged word keeps its true relation among the candidates.
   */
  depGroup: Uint8Array;
  headGroup: Uint8Array;
  /** Dense label index -> DEPREL id. */
  labels: Int32Array;
  /** DEPREL id of 'root'. */
  rootLabel: number;
  /**
   * Candidate labels per arc kind: for key {@link candKey}(direction, dependent
   * UPOS, head UPOS), dense labels cands[candStart[key] .. candStart[key+1]).
   * Only labels seen with that kind in training are scored, which makes label
   * choice several times cheaper than scoring all of them.
   */
  candStart: Int32Array;
  cands: Int32Array;
  /** Normalised word -> word atom. */
  vocab: Map<string, number>;
  /** Beam width the model was trained for (1: greedy). */
  beam?: number;
  /**
   * Default decoding width and beam pruning margin of a file holding one
   * beam-trained model (the fast model, models/parser-fast.bin; absent: the
   * training width {@link beam} and DEFAULT_BEAM_MARGIN). Margins are in the
   * model's own score units, so each model has its own.
   */
  width?: number;
  margin?: number;
  /** Optional template families (FX_* bits of core.ts; absent: none). */
  fx?: number;
  /**
   * Normalised word -> packed WordNet noun/verb class (see wordnet.ts), for
   * the FX_WN templates; stored in the model file.
   */
  wn?: Map<string, number>;
  /**
   * A second model trained for beam search (stored after the first in the
   * file), used when decoding with a beam wider than 1: a greedily trained
   * model scores worse under beam search and vice versa.
   */
  beamModel?: ParserModel;
  /**
   * Right-to-left: trained on sentences with their tokens reversed, so the
   * decoder must be given the tokens last to first (see Parser). Absent: left
   * to right.
   */
  reverse?: boolean;
  /**
   * A right-to-left greedy model stored as the file's third section, for
   * combined decoding (vote.ts): it errs differently from the left-to-right one.
   */
  reverseModel?: ParserModel;
}

/** Reusable scratch space for decoding one sentence at a time. */
export class Decoder {
  readonly state = new State();
  readonly feats = new Int32Array(MAX_ACT_FEATS);
  readonly lfeats = new Int32Array(MAX_LAB_FEATS);
  /** Number of action / label templates of the model's feature families. */
  readonly nAct: number;
  readonly nLab: number;
  readonly lscores = new Float64Array(MAX_LAB_STRIDE);
  /** Candidate key and chosen candidate slot of the last {@link bestLabel} call (for training). */
  lastKey = 0;
  lastCand = 0;
  /**
   * The Int8 action table as 3-byte rows for the packed summers (core.ts
   * packedActTable; little-endian hosts), or null (Float32 training tables).
   */
  private readonly act24: DataView | null;

  constructor(readonly model: ParserModel) {
    const fx = model.fx ?? 0;
    this.nAct = nActFeats(fx);
    this.nLab = nLabFeats(fx);
    this.state.fx = fx;
    const act = model.act;
    const le = endianness() === 'LE';
    this.act24 = act instanceof Int8Array && le ? packedActTable(act) : null;
    const lab = model.lab;
    this.lab32 =
      lab instanceof Int8Array && model.labStride === 16 && lab.byteOffset % 4 === 0 && le && MAX_LAB_FEATS * 255 < 65536
        ? new Int32Array(lab.buffer, lab.byteOffset, lab.length >> 2)
        : null;
    this.labW = this.lab32 !== null && (model.fx ?? 0) === 0 ? wasmLabel(lab as Int8Array, (1 << model.labBits) - 1) : null;
  }

  /** Word atoms of surface forms seen so far (skips normalising repeated forms); starts over when full. */
  private readonly wordIds = new Map<string, number>();

  /** Word atom of a surface form. */
  wordId(form: string): number {
    let id = this.wordIds.get(form);
    if (id === undefined) {
      id = this.model.vocab.get(normWord(form)) ?? W_UNK;
      if (this.wordIds.size >= 50_000) this.wordIds.clear();
      this.wordIds.set(form, id);
    }
    return id;
  }

  // Word atoms by form id (see forms.ts), valid for the ids atomSeen has; allocated on first use.
  private atomSeen: FormIdCache | null = null;
  private atomById = new Int32Array(0);

  /**
   * Load words and tags of tokens [start, end) of parallel arrays into the
   * state. `ids` (optional): the forms' ids in `table` at the same indexes
   * (FormTable.idsOf), which give the word atoms without a string lookup.
   */
  load(form: readonly string[], upos: ArrayLike<number>, xpos: ArrayLike<number>, start: number, end: number, table: FormTable | null = null, ids: Int32Array | null = null): void {
    const st = this.state;
    st.init(end - start);
    const wn = this.model.wn;
    if (!wn && table !== null && ids !== null) {
      if (this.atomSeen === null || this.atomSeen.capacity < table.capacity) {
        this.atomSeen = new FormIdCache(table.capacity);
        this.atomById = new Int32Array(table.capacity);
      }
      const seen = this.atomSeen;
      if (seen.begin(table)) {
        const byId = this.atomById;
        const vocab = this.model.vocab;
        for (let i = start; i < end; i++) {
          const fid = ids[i];
          let a: number;
          if (seen.has(fid)) a = byId[fid];
          else {
            a = vocab.get(normWord(form[i])) ?? W_UNK;
            byId[fid] = a;
            seen.mark(fid);
          }
          st.w[i - start] = a;
          st.t[i - start] = tagAtom(upos[i], xpos[i]);
        }
        if (st.fx & FX_BETWEEN) st.countBetween();
        return;
      }
    }
    if (wn) {
      const vocab = this.model.vocab;
      for (let i = start; i < end; i++) {
        const nw = normWord(form[i]);
        st.w[i - start] = vocab.get(nw) ?? W_UNK;
        st.t[i - start] = tagAtom(upos[i], xpos[i]);
        st.c[i - start] = classAtom(wn.get(nw) ?? 0, upos[i]);
      }
    } else {
      for (let i = start; i < end; i++) {
        st.w[i - start] = this.wordId(form[i]);
        st.t[i - start] = tagAtom(upos[i], xpos[i]);
      }
    }
    if (st.fx & FX_BETWEEN) st.countBetween();
  }

  /** Scores of the three actions for the current state, into `out`. */
  scoreActions(out: Float64Array): void {
    this.scoreState(this.state, this.feats, out);
  }

  /** Scores of the three actions for state `st`; its feature ids are left in `feats`. */
  scoreState(st: State, feats: Int32Array, out: Float64Array): void {
    const m = this.model;
    st.actionFeatures(feats, (1 << m.actBits) - 1);
    const W = m.act;
    const f = feats;
    let a = 0;
    let b = 0;
    let c = 0;
    const nf = this.nAct;
    for (let i = 0; i < nf; i++) {
      const r = f[i] * ACT_STRIDE;
      a += W[r];
      b += W[r + 1];
      c += W[r + 2];
    }
    out[0] = a;
    out[1] = b;
    out[2] = c;
  }

  // Per-sentence cache of the summed action scores of the feature groups that
  // read only words and tags (State.stackTokenFeatures for s0, s1, s2 and
  // State.bufferFeatures): slot (group, token) -> 3 scores, valid when its mark
  // equals `gen`. Each token's groups are hashed and looked up once per sentence
  // instead of at every transition (the table lookups are what parsing waits on).
  // Integer (quantised) weights only: their sums are exact in any order, so the
  // scores equal scoreState's bit for bit. All caches hold slots of four Int32
  // (mark, SHIFT, LEFT and RIGHT sums), one load of a cache line per lookup.
  private gcache = new Int32Array(0);
  private gen = 0;
  /** Slots per group: tokens 0..n (n = ROOT) and n+1 = no token. */
  private gslots = 0;
  private readonly gfeats = new Int32Array(MAX_ACT_FEATS);
  /** The three sums of the last {@link sumRows}. */
  private sumA = 0;
  private sumB = 0;
  private sumC = 0;

  // Beam search meets the same (s0, b0) and (s1, s0) pairs in many hypotheses:
  // with `pairs` on, the sums of State.s0b0Features and State.s1s0Features are
  // cached per pair too, slot (group, x, y) = g * P + x' * (n + 2) + y' with
  // P = (n + 2)^2 and -1 mapped to n + 1 (sentences up to MAX_PAIR_N tokens).
  private pcache = new Int32Array(0);
  private pairSide = 0;

  /**
   * Start a new sentence of n tokens for {@link scoreCached}: its cache entries
   * are stale. `beam` > 1: also cache token-pair groups and memoise subtree
   * groups by version for a beam of that width (pays off in beam search,
   * where hypotheses share configurations; greedy parsing never repeats a pair).
   */
  resetGroups(n: number, beam = 1): void {
    const slots = n + 2;
    if (this.gcache.length < 16 * slots) this.gcache = new Int32Array(4 * Math.max(4 * 64, 8 * slots));
    this.pairSide = beam > 1 && n <= MAX_PAIR_N ? slots : 0;
    if (this.pairSide > 0 && this.pcache.length < 8 * slots * slots) this.pcache = new Int32Array(8 * (MAX_PAIR_N + 2) * (MAX_PAIR_N + 2));
    this.gslots = slots;
    // Marks only ever grow (new arrays hold 0, older than any sentence), so an
    // entry left by an earlier sentence never passes for a current one.
    if (++this.gen === 0x7fffffff) {
      this.gcache.fill(0);
      this.pcache.fill(0);
      this.vcache.fill(0);
      this.gen = 1;
    }
    if (this.pairSide > 0) this.resetVersions(n, beam);
    else this.vside = 0;
  }

  /** Store the sums of features f[0..k) in the cache slot at c[o..o+4), marked current. */
  private fillSlot(c: Int32Array, o: number, f: Int32Array, k: number): void {
    this.sumRows(f, k);
    c[o] = this.gen;
    c[o + 1] = this.sumA;
    c[o + 2] = this.sumB;
    c[o + 3] = this.sumC;
  }

  /** Offset in pcache of pair group `g` (0: s0b0, 1: s1s0) at tokens x, y (-1: none), filled on first use. */
  private pairSlot(st: State, g: number, x: number, y: number): number {
    const side = this.pairSide;
    const o = 4 * ((g * side + (x < 0 ? side - 1 : x)) * side + (y < 0 ? side - 1 : y));
    if (this.pcache[o] === this.gen) return o;
    const mask = (1 << this.model.actBits) - 1;
    const W24 = this.act24;
    if (W24) {
      if (g === 0) {
        st.s0b0PairAtoms(x, y);
        GROUP_SUMS.s0b0Pair(st.atoms, W24, this.pcache, o + 1, mask);
      } else {
        st.s1s0PairAtoms(x, y);
        GROUP_SUMS.s1s0Pair(st.atoms, W24, this.pcache, o + 1, mask);
      }
      this.pcache[o] = this.gen;
      return o;
    }
    const f = this.gfeats;
    this.fillSlot(this.pcache, o, f, g === 0 ? st.s0b0Features(x, y, f, 0, mask) : st.s1s0Features(x, y, f, 0, mask));
    return o;
  }

  /** Offset in gcache of group `g` (0..2: stack position, 3: buffer) at token `x` (-1: none), filled on first use. */
  private groupSlot(st: State, g: number, x: number): number {
    const o = 4 * (g * this.gslots + (x < 0 ? this.gslots - 1 : x));
    if (this.gcache[o] === this.gen) return o;
    const mask = (1 << this.model.actBits) - 1;
    const W24 = this.act24;
    if (W24) {
      st.tokenAtoms(x, g === 3);
      (g < 3 ? TOKEN_SUMS.stack[g] : TOKEN_SUMS.buffer)(st.atoms, W24, this.gcache, o + 1, mask);
      this.gcache[o] = this.gen;
      return o;
    }
    const f = this.gfeats;
    this.fillSlot(this.gcache, o, f, g < 3 ? st.stackTokenFeatures(g, x, f, 0, mask) : st.bufferFeatures(x, f, 0, mask));
    return o;
  }

  /**
   * Sum the action-table rows of features `f[0..k)` into {@link sumA} (SHIFT),
   * sumB (LEFT) and sumC (RIGHT). With the table as 3-byte rows
   * ({@link act24}) each row is one unaligned 32-bit load; its three Int8
   * weights, biased by 128 to unsigned bytes, add as the two 16-bit lanes of
   * one word (SHIFT and RIGHT) and one plain sum (LEFT), without carries:
   * k x 255 < 65536.
   */
  private sumRows(f: Int32Array, k: number): void {
    const W24 = this.act24;
    if (W24 && k <= 257) {
      let e = 0;
      let od = 0;
      for (let i = 0; i < k; i++) {
        const x = W24.getInt32(3 * f[i], true) ^ 0x808080;
        e += x & 0xff00ff;
        od += (x >>> 8) & 0xff;
      }
      const bias = 128 * k;
      this.sumA = (e & 0xffff) - bias;
      this.sumB = (od & 0xffff) - bias;
      this.sumC = (e >>> 16) - bias;
      return;
    }
    const W = this.model.act;
    let a = 0;
    let b = 0;
    let c = 0;
    for (let i = 0; i < k; i++) {
      const r = f[i] * ACT_STRIDE;
      a += W[r];
      b += W[r + 1];
      c += W[r + 2];
    }
    this.sumA = a;
    this.sumB = b;
    this.sumC = c;
  }

  /**
   * Same scores as {@link scoreState} (for integer weights), from the cached
   * word-and-tag groups plus the configuration features; leaves only the
   * latter in `feats` (none with a beam's memos). Call {@link resetGroups}
   * first for each sentence.
   */
  scoreCached(st: State, out: Float64Array): void {
    const m = this.model;
    const mask = (1 << m.actBits) - 1;
    const sp = st.sp;
    const s0 = sp > 0 ? st.stack[sp - 1] : -1;
    const s1 = sp > 1 ? st.stack[sp - 2] : -1;
    const g0 = this.groupSlot(st, 0, s0);
    const g1 = this.groupSlot(st, 1, s1);
    const g2 = this.groupSlot(st, 2, sp > 2 ? st.stack[sp - 3] : -1);
    const g3 = this.groupSlot(st, 3, st.bi);
    const gc = this.gcache;
    let a = gc[g0 + 1] + gc[g1 + 1] + gc[g2 + 1] + gc[g3 + 1];
    let b = gc[g0 + 2] + gc[g1 + 2] + gc[g2 + 2] + gc[g3 + 2];
    let c = gc[g0 + 3] + gc[g1 + 3] + gc[g2 + 3] + gc[g3 + 3];
    const f = this.feats;
    let k = 0;
    if (this.pairSide > 0) {
      const p0 = this.pairSlot(st, 0, s0, st.bi);
      const p1 = this.pairSlot(st, 1, s1, s0);
      const pc = this.pcache;
      a += pc[p0 + 1] + pc[p1 + 1];
      b += pc[p0 + 2] + pc[p1 + 2];
      c += pc[p0 + 3] + pc[p1 + 3];
      if (this.vside > 0) {
        this.scoreGrouped(st, s1, s0);
        out[0] = a + this.sumA;
        out[1] = b + this.sumB;
        out[2] = c + this.sumC;
        return;
      }
    } else {
      k = st.s0b0Features(s0, st.bi, f, 0, mask);
      k = st.s1s0Features(s1, s0, f, k, mask);
    }
    this.sumRows(f, st.configFeatures(f, k, mask));
    out[0] = a + this.sumA;
    out[1] = b + this.sumB;
    out[2] = c + this.sumC;
  }

  // Beam search: memos of the configuration template groups (CONFIG_GROUPS)
  // keyed by subtree versions (State.ver), which hypotheses share when their
  // tokens have the same children (equal arcs on equal versions give equal
  // versions, see attachShared), and which recur in one hypothesis (a token
  // back on top of the stack with the same children). s0 and b0 groups:
  // direct slots per version (v + 1, so -1 = no token is slot 0); the s1s0
  // group and labels: hash memos keyed by a pair of versions. On only for
  // integer weights, like the other caches (exact sums in any order).
  /** Versions + 1 that the direct slots cover (0: memos off). */
  private vside = 0;
  private vcache = new Int32Array(0);
  private readonly s1s0Memo = new Memo();
  private readonly labMemo = new Memo();
  /** (version, dependent, label) -> the head's next version, so that equal subtrees share versions. */
  private readonly verMemo = new Memo();
  /** Whether the keys of verMemo fit an int (else arcs take fresh versions). */
  private internOk = false;

  /** Set up the version memos for a beam of `width` over a sentence of n tokens (called by {@link resetGroups}). */
  private resetVersions(n: number, width: number): void {
    // Versions: n + 1 tokens plus at most one new one per arc made by a hypothesis (width per step, 2n steps).
    const side = n + 2 + 2 * n * width;
    if (side * side >= 0x7fffffff) {
      this.vside = 0;
      return;
    }
    this.vside = side;
    if (this.vcache.length < 8 * side) this.vcache = new Int32Array(16 * side);
    this.s1s0Memo.reset(2 * n * width);
    this.labMemo.reset(n * width);
    this.verMemo.reset(n * width);
    this.internOk = side * (n + 1) * (this.model.labels.length + 2) < 0x7fffffff;
  }

  /** Make the arc h -> d (label `lab`) in `st`, giving h the version this arc gave h's version before (see State.ver). */
  private attachShared(st: State, h: number, d: number, lab: number): void {
    if (!this.internOk) {
      st.attach(h, lab);
      return;
    }
    const memo = this.verMemo;
    const key = (st.ver[h] * (st.n + 1) + d) * (this.model.labels.length + 2) + lab + 2;
    let o = memo.find(key);
    if (o < 0) {
      o = -o - 1;
      memo.data[o + 2] = st.vctr[0]++;
      memo.put(o, key);
    }
    st.attach(h, lab, memo.data[o + 2]);
  }

  /** Offset in vcache of version group g (0: s0, 1: b0) for version v (-1: no token), filled on first use. */
  private versionSlot(st: State, g: number, v: number): number {
    const o = 4 * (g * this.vside + v + 1);
    if (this.vcache[o] === this.gen) return o;
    const f = this.gfeats;
    const mask = (1 << this.model.actBits) - 1;
    const W24 = this.act24;
    if (W24) {
      if (g === 0) {
        st.s0Atoms();
        GROUP_SUMS.s0(st.atoms, W24, this.vcache, o + 1, mask);
      } else {
        st.b0Atoms();
        GROUP_SUMS.b0(st.atoms, W24, this.vcache, o + 1, mask);
      }
      this.vcache[o] = this.gen;
      return o;
    }
    if (g === 0) {
      st.s0Atoms();
      this.fillSlot(this.vcache, o, f, CONFIG_GROUPS.s0(0, st.atoms, f, 0, mask));
    } else {
      st.b0Atoms();
      this.fillSlot(this.vcache, o, f, CONFIG_GROUPS.b0(0, st.atoms, f, 0, mask));
    }
    return o;
  }

  /**
   * Sum the action scores of the configuration features of `st` (configFeatures)
   * into {@link sumA}..sumC, the groups whose subtrees were scored before from
   * their memos. Needs {@link resetVersions} for the sentence.
   */
  private scoreGrouped(st: State, s1: number, s0: number): void {
    const mask = (1 << this.model.actBits) - 1;
    const ver = st.ver;
    const vs0 = s0 >= 0 ? ver[s0] : -1;
    const vs1 = s1 >= 0 ? ver[s1] : -1;
    // Each group's atoms are filled only when it is hashed.
    const a = st.atoms;
    const f = this.feats;
    const g0 = this.versionSlot(st, 0, vs0);
    const g1 = this.versionSlot(st, 1, ver[st.bi]);
    const memo = this.s1s0Memo;
    const key = (vs1 + 1) * this.vside + vs0 + 1;
    let o = memo.find(key);
    const W24 = this.act24;
    if (o < 0) {
      o = -o - 1;
      st.s1s0Atoms();
      if (W24) GROUP_SUMS.s1s0(a, W24, memo.data, o + 2, mask);
      else this.fillSlot(memo.data, o + 1, f, CONFIG_GROUPS.s1s0(0, a, f, 0, mask));
      memo.put(o, key);
    }
    const vc = this.vcache;
    const md = memo.data;
    const sa = vc[g0 + 1] + vc[g1 + 1] + md[o + 2];
    const sb = vc[g0 + 2] + vc[g1 + 2] + md[o + 3];
    const sc = vc[g0 + 3] + vc[g1 + 3] + md[o + 4];
    st.tokAtoms();
    if (W24) {
      const t3 = this.fresh3;
      GROUP_SUMS.fresh(a, W24, t3, 0, mask);
      if (st.fx === 0) {
        this.sumA = sa + t3[0];
        this.sumB = sb + t3[1];
        this.sumC = sc + t3[2];
        return;
      }
      this.sumRows(f, st.extraFeatures(f, 0, mask));
      this.sumA += sa + t3[0];
      this.sumB += sb + t3[1];
      this.sumC += sc + t3[2];
      return;
    }
    let k = CONFIG_GROUPS.tok(0, a, f, 0, mask);
    k = CONFIG_GROUPS.s0b0(0, a, f, k, mask);
    this.sumRows(f, st.extraFeatures(f, k, mask));
    this.sumA += sa;
    this.sumB += sb;
    this.sumC += sc;
  }

  /** Scratch for the three sums of GROUP_SUMS.fresh. */
  private readonly fresh3 = new Int32Array(3);

  /** {@link bestLabel} for beam search, memoised by the versions of h and d (see resetVersions). */
  private beamLabel(h: number, d: number, st: State): number {
    if (this.vside === 0) return this.bestLabel(h, d, st);
    const memo = this.labMemo;
    const key = (st.ver[h] + 1) * this.vside + st.ver[d] + 1;
    let o = memo.find(key);
    if (o >= 0) return memo.data[o + 2];
    o = -o - 1;
    const lab = this.bestLabel(h, d, st);
    memo.data[o + 2] = lab;
    memo.put(o, key);
    return lab;
  }

  /**
   * The Int8 label table of stride 16 read as four Int32 words per row (null
   * for other tables): {@link labelScores16} adds a row's 16 weights with a few
   * word operations instead of one load and add per weight.
   */
  private readonly lab32: Int32Array | null;
  /** The label choice as one WebAssembly SIMD call over a copy of the label table, or null (parser/wasm-label.ts). */
  private readonly labW: WasmLabel | null;

  /**
   * Scores of all 16 columns for the label features `f` into `sc[0..16)`, the
   * same integers the per-weight loop gives. Each word holds four Int8 weights;
   * biased by 128 they are unsigned bytes, and split into even and odd bytes
   * they add as 16-bit lanes without carrying into each other (at most
   * MAX_LAB_FEATS x 255 < 65536).
   */
  /** Sink of the loads that bring label rows into the cache (so they are not optimised away). */
  private touched = 0;
  private readonly sink = new Int32Array(1);

  private labelScores16(f: Int32Array, sc: Float64Array): void {
    const W = this.lab32!;
    let e0 = 0;
    let o0 = 0;
    let e1 = 0;
    let o1 = 0;
    let e2 = 0;
    let o2 = 0;
    let e3 = 0;
    let o3 = 0;
    const nf = this.nLab;
    // The rows are mostly out of cache: loading them first lets the processor
    // fetch them all at once (the summing loop is too long for more than a few
    // of its loads to be in flight). The base templates' rows were loaded as
    // they were hashed (State.labelFeatures with the table); the optional
    // families' are loaded here.
    let touch = 0;
    for (let i = N_LAB_FEATS; i < nf; i++) touch ^= W[f[i] << 2];
    this.touched = touch;
    for (let i = 0; i < nf; i++) {
      const r = f[i] << 2;
      const x0 = W[r] ^ 0x80808080;
      const x1 = W[r + 1] ^ 0x80808080;
      const x2 = W[r + 2] ^ 0x80808080;
      const x3 = W[r + 3] ^ 0x80808080;
      e0 += x0 & 0xff00ff;
      o0 += (x0 >>> 8) & 0xff00ff;
      e1 += x1 & 0xff00ff;
      o1 += (x1 >>> 8) & 0xff00ff;
      e2 += x2 & 0xff00ff;
      o2 += (x2 >>> 8) & 0xff00ff;
      e3 += x3 & 0xff00ff;
      o3 += (x3 >>> 8) & 0xff00ff;
    }
    const bias = 128 * nf;
    sc[0] = (e0 & 0xffff) - bias;
    sc[1] = (o0 & 0xffff) - bias;
    sc[2] = (e0 >>> 16) - bias;
    sc[3] = (o0 >>> 16) - bias;
    sc[4] = (e1 & 0xffff) - bias;
    sc[5] = (o1 & 0xffff) - bias;
    sc[6] = (e1 >>> 16) - bias;
    sc[7] = (o1 >>> 16) - bias;
    sc[8] = (e2 & 0xffff) - bias;
    sc[9] = (o2 & 0xffff) - bias;
    sc[10] = (e2 >>> 16) - bias;
    sc[11] = (o2 >>> 16) - bias;
    sc[12] = (e3 & 0xffff) - bias;
    sc[13] = (o3 & 0xffff) - bias;
    sc[14] = (e3 >>> 16) - bias;
    sc[15] = (o3 >>> 16) - bias;
  }

  /** Best dense label for the arc h -> d (label features computed into lfeats). */
  bestLabel(h: number, d: number, st: State = this.state): number {
    const m = this.model;
    const t = st.t;
    const key = candKey(m, d < h ? 0 : 1, t[d], t[h]);
    const c0 = m.candStart[key];
    const nc = m.candStart[key + 1] - c0;
    this.lastKey = key;
    this.lastCand = 0;
    // A single candidate (about one arc in six) needs no scoring.
    if (nc <= 1) return nc === 1 ? m.cands[c0] : 0;
    const sc = this.lscores;
    const L32 = this.lab32;
    if (L32 !== null && st.fx === 0) {
      // Hashed and summed in one pass, over the row words holding the candidates.
      st.labelAtoms(h, d);
      const W = this.labW;
      if (W !== null) {
        // One WebAssembly SIMD call (parser/wasm-label.ts): the same sums and the same first best.
        const A = W.atoms;
        const a = st.atoms;
        for (let k = 0, n = W.count; k < n; k++) A[k] = a[k];
        const best = W.best(labelBase(key), nc);
        // The candidates' scores stay readable in lscores, as on the JavaScript path.
        const out = W.scores;
        for (let j = 0; j < nc; j++) sc[j] = out[j];
        this.lastCand = best;
        return m.cands[c0 + best];
      }
      LABEL_SUMS[(nc - 1) >> 2](labelBase(key), st.atoms, L32, sc, (1 << m.labBits) - 1);
      let best = 0;
      for (let j = 1; j < nc; j++) if (sc[j] > sc[best]) best = j;
      this.lastCand = best;
      return m.cands[c0 + best];
    }
    st.labelFeatures(this.lfeats, (1 << m.labBits) - 1, h, d, key, L32, this.sink);
    const f = this.lfeats;
    if (L32) this.labelScores16(f, sc);
    else {
      for (let j = 0; j < nc; j++) sc[j] = 0;
      const W = m.lab;
      const stride = m.labStride;
      const nf = this.nLab;
      for (let i = 0; i < nf; i++) {
        const r = f[i] * stride;
        for (let j = 0; j < nc; j++) sc[j] += W[r + j];
      }
    }
    let best = 0;
    for (let j = 1; j < nc; j++) if (sc[j] > sc[best]) best = j;
    this.lastCand = best;
    return nc > 0 ? m.cands[c0 + best] : 0;
  }

  /** Greedy parse of the loaded sentence; results in state.head / state.label. */
  parse(): void {
    const st = this.state;
    const margins = this.margins;
    const sc = scratch;
    const cached = this.model.act instanceof Int8Array;
    if (cached) this.resetGroups(st.n);
    while (!st.done()) {
      if (cached) this.scoreCached(st, sc);
      else this.scoreActions(sc);
      let act = -1;
      let best = -Infinity;
      if (st.canShift() && sc[SHIFT] > best) {
        best = sc[SHIFT];
        act = SHIFT;
      }
      if (st.canLeft() && sc[LEFT] > best) {
        best = sc[LEFT];
        act = LEFT;
      }
      if (st.canRight() && sc[RIGHT] > best) {
        best = sc[RIGHT];
        act = RIGHT;
      }
      if (margins !== null && act !== SHIFT) {
        // How far the attaching action beat the best other legal action.
        let second = -Infinity;
        if (act !== SHIFT && st.canShift() && sc[SHIFT] > second) second = sc[SHIFT];
        if (act !== LEFT && st.canLeft() && sc[LEFT] > second) second = sc[LEFT];
        if (act !== RIGHT && st.canRight() && sc[RIGHT] > second) second = sc[RIGHT];
        margins[st.stack[st.sp - 1]] = second === -Infinity ? MARGIN_FORCED : best - second;
      }
      this.apply(act);
    }
  }

  /**
   * When set (length >= sentence length), {@link parse} writes into it, per
   * token, the score margin of the action that attached it over the best
   * other legal action ({@link MARGIN_FORCED} when none was legal): a
   * confidence for parser combination (vote.ts).
   */
  margins: Float64Array | null = null;

  /**
   * Apply an action to `st` (default: the greedy state), choosing the label of
   * an arc with the label classifier. While training, `goldHead`/`goldLabel`
   * may be set: a correct arc then gets its gold label (as in greedy training).
   */
  apply(act: number, st: State = this.state): void {
    if (act === SHIFT) {
      st.shift();
      return;
    }
    const d = st.stack[st.sp - 1];
    const h = act === LEFT ? st.bi : st.stack[st.sp - 2];
    // The root arc is the only arc into ROOT, and its label is fixed.
    let lab: number;
    if (h === st.n) lab = -2;
    else if (this.goldHead !== null && this.goldLabel !== null && this.goldHead[d] === h && this.goldLabel[d] >= 0) {
      lab = this.goldLabel[d];
    } else lab = this.bestLabel(h, d, st);
    st.attach(h, lab);
  }

  /** Gold tree used by {@link apply} while training (null when parsing). */
  goldHead: Int32Array | null = null;
  goldLabel: Int32Array | null = null;

  // Beam scratch: a pool of 2 x width states, the pool indexes of the current
  // hypotheses, candidate lists; grown on demand.
  private pool: State[] = [];
  private curIdx = new Int32Array(0);
  private nextIdx = new Int32Array(0);
  private claimed = new Uint8Array(0);
  private spare = new Int32Array(0);
  private curScore = new Float64Array(0);
  private candParent = new Int32Array(0);
  private candAct = new Int32Array(0);
  private candScore = new Float64Array(0);
  private readonly bsc = new Float64Array(3);
  /** Per hypothesis of the current step: its configuration key (s2, s1's, s0's and b0's versions) and action scores. */
  private hypKey = new Int32Array(0);
  private hypScore = new Float64Array(0);
  /**
   * Beam history: per step t and kept hypothesis k (slot t * width + k), the
   * index of its parent among the step's hypotheses and the arc its action
   * made (dependent -1 for SHIFT). The best hypothesis's arcs are read back
   * from it at the end, so hypotheses need not copy the arcs made so far.
   */
  private hPar = new Int32Array(0);
  private hDep = new Int32Array(0);
  private hHead = new Int32Array(0);
  private hLab = new Int32Array(0);

  /** Make sure the beam scratch holds `width` hypotheses over a sentence of the greedy state's length. */
  private beamReserve(width: number): void {
    while (this.pool.length < 2 * width) this.pool.push(new State());
    const steps = 2 * this.state.n * width;
    if (this.hPar.length < steps) {
      const cap = Math.max(steps, 2 * this.hPar.length);
      this.hPar = new Int32Array(cap);
      this.hDep = new Int32Array(cap);
      this.hHead = new Int32Array(cap);
      this.hLab = new Int32Array(cap);
    }
    if (this.curScore.length < width) {
      this.curIdx = new Int32Array(width);
      this.nextIdx = new Int32Array(width);
      this.claimed = new Uint8Array(2 * width);
      this.spare = new Int32Array(2 * width);
      this.curScore = new Float64Array(width);
      this.candParent = new Int32Array(3 * width);
      this.candAct = new Int32Array(3 * width);
      this.candScore = new Float64Array(3 * width);
      this.hypKey = new Int32Array(4 * width);
      this.hypScore = new Float64Array(3 * width);
    }
    const main = this.state;
    for (let i = 0; i < 2 * width; i++) {
      const st = this.pool[i];
      // The first hypothesis starts from scratch; the other states are only
      // ever copies (State.copyBeamFrom), which reset the tokens right of b0
      // up to their own bi: the whole sentence the first time.
      if (i === 0) st.init(main.n);
      else {
        st.reserve(main.n);
        st.n = main.n;
        st.sp = 0;
        st.bi = main.n;
      }
      st.w = main.w;
      st.t = main.t;
      st.c = main.c;
      st.pv = main.pv;
      st.pp = main.pp;
      st.fx = main.fx;
      st.vctr = main.vctr;
    }
  }

  /**
   * Beam search over the loaded sentence (Zhang & Clark 2008): keeps the
   * `width` best action sequences by summed action score; each arc's label
   * is still chosen greedily when the arc is made. Every complete parse has
   * exactly 2n transitions, so all hypotheses finish together. The best one
   * is left in the greedy state (state.head / state.label). A hypothesis
   * extended only once takes over its parent's state instead of copying it.
   *
   * Work shared between hypotheses (same output as scoring each alone,
   * tested against plain float scoring; the EWT dev and test parses at
   * widths 1-4 and 8 are byte-identical, see dump.ts): word-and-tag groups
   * per token and token pair (resetGroups), configuration template groups
   * and arc labels per subtree version (scoreGrouped, beamLabel). With the
   * shipped model on EWT test at width 4 this reads 30.6 action-table rows
   * per hypothesis and step instead of 48.0, and scores 53,191 arc labels
   * instead of 74,112.
   *
   * `margin` (opt-in, changes the output): keep only hypotheses whose score
   * is within `margin` of the best one's (see ParserOptions.beamMargin).
   *
   * Measured dead end (speed session 8): scoring a whole step's hypotheses
   * at once, hashing every missing cache entry first and summing all their
   * rows after (with or without a pass that only loads the rows), decoded
   * the same parses at 0.88-0.93x this speed: the row loads, where half of
   * the parser's time goes, already overlap within an entry.
   *
   * Speed session 10 (same parses; CPU-time ratios against f7feba5 with
   * analysis-ab): fused hash-and-sum groups (GROUP_SUMS), candidates offered
   * into the top list as they come (offerTop), hypotheses with equal (s2,
   * s1/s0/b0 versions) sharing scores, label rows loaded while hashed: parser
   * stage x1.08-1.10, whole pipeline x1.02-1.07 (the tagger's tables, over
   * 20 MB, evict the parser's between sentences). On the bench corpus a
   * sentence still reads ~3,550 action rows and ~860 label rows, and parsing
   * is ~1.8x faster when one sentence is parsed over and over (its rows in
   * cache): memory, not arithmetic, is most of what is left. Not tried, by
   * their counts: memos of the per-hypothesis tok / s0b0 groups (31% / 38%
   * of lookups would hit, on tag rows mostly in cache already), label sums
   * shared by arcs of the same (dependent version, head) (5% of scorings).
   *
   * Speed session 11 (same parses; EWT dev/test at widths 1 and 4, margins
   * 300 and none, and the development article sets byte-identical): the
   * action table read in place as 3-byte rows (2 MB less memory, speed
   * unchanged), label templates hashed and summed by one generated function
   * over only the row words holding the candidates (parser stage x1.03),
   * per-token groups by generated summers (x1.03), free states kept in a
   * list across steps (x1.02). Measured on the bench corpus, so that what
   * is left is not taken for memory traffic alone: evicting every cache
   * before each sentence makes the parser stage only ~1.2x slower; calling
   * every action summer a second time costs ~6% of the pipeline with its
   * rows in cache and ~14% with other (cold) rows, so the action rows' cache
   * misses are ~8% of the pipeline; touching the decoder's caches and memos
   * before each sentence changes nothing; running the prefill of every
   * token's groups up front changes nothing. The rest is spread thin over
   * hashing, memo probes and the beam's bookkeeping (data-dependent branches).
   *
   * Speed session 12 (bench corpus, analysis-ab by CPU time in both orders):
   * the base label summer in one pass when only a row's first word is read
   * (no separate loading pass) x1.00 on the parser stage (same parses). By
   * counts per 25 tokens (bench corpus; EWT dev alike): 38 label scorings,
   * of which 8.6 repeat an arc's (head, dependent) tokens with other
   * subtrees, so caching the 14 templates that read only those two tokens
   * would save ~11% of label rows (~1% of the pipeline); 52 s0 group fills,
   * of which 16 repeat the token with the same left children, so splitting
   * the group's 7 left-side templates off would save ~2.6% of action rows;
   * neither tried. Each sentence parsed five times in a row (its rows in
   * cache from the second time): 95 us per 25 tokens against 142 over the
   * corpus, so about a third of parsing still waits on table rows of words
   * and word pairs first met in the sentence.
   *
   * Speed session 14 (whole pipeline from raw text, bench corpus, per 25
   * tokens, CPU time on a loaded 2-core host, one run): tokenise 13 us, Doc
   * 3, tagger 64, tense 7, lemma 4, parser 171 (262 in all). Each sentence
   * analysed four times untimed before the timed run (every row it reads in
   * cache): 182 in all, parser 114, tagger 46, tokenise 12 (5,497 25-token
   * sentences per CPU second: over the target). So ~30% of the pipeline is
   * waiting on table rows first met in the sentence, two thirds of it in the
   * parser; the stages outside tagger and parser are ~10% together. By CPU
   * profile the parser's share splits into configuration groups 17.5% of
   * the pipeline, labels 12%, the beam's bookkeeping (parseBeam itself,
   * offerTop) 11%, pair groups 8%, token groups 4%, copies 2%.
   *
   * Speed session 15 (measured, nothing changed here): at margin 300 the
   * beam keeps 2.56 hypotheses per step on EWT dev (one parent at 28% of
   * steps). A confidence gate (greedy model first, the beam only for
   * sentences with an unsure step) does not pay: nearly every long sentence
   * has one, so the beam still parses 71-92% of the tokens at thresholds
   * that keep its accuracy, on top of the greedy pass (gate-exp.ts). The
   * model tables on 2 MB pages: x1.01-1.02 (bench/hugepages.ts). The
   * pipeline is ~10% faster per sentence on Docs of 20 sentences than on
   * the bench's one sentence per Doc (each stage's tables stay in cache
   * over the Doc's sentences).
   *
   * Speed session 16 (measured, nothing changed here): the fused summers of
   * GROUP_SUMS and TOKEN_SUMS as WebAssembly functions over a copy of the
   * action table (same hashes and rows, same parses): parser stage x0.82.
   * A JS-to-WebAssembly call costs ~8 ns here, but each group is only 2-15
   * templates, and copying its atoms in and its sums out, without V8
   * inlining the summer into its caller, costs more than the hashing saves.
   * WebAssembly pays where one call does a lot: the tagger's 67-class
   * loops (tagger/simd.ts: tagger stage x1.19) and the label choice, 28
   * templates whose 16-column rows are one SIMD load each
   * (parser/wasm-label.ts: parser stage x1.08).
   *
   * Speed session 17 (stream of EWT test sentences, one per call; A/B by
   * CPU time over alternating blocks of 60 sentences; same parses): the
   * parser, lemmatizer and tense repairs' data in cache before a sentence
   * makes the pipeline ~19% faster (the tagger's another ~19%), but
   * filling every token's s0 and b0 groups and the adjacent (s0, b0) pairs
   * up front, in one loop of independent loads, gained nothing (x1.00:
   * within the beam the row loads already overlap), nor did probing the
   * memos over a region sized to the sentence rather than their grown table
   * (x0.99). The word atom now comes by form id (Decoder.load, forms.ts).
   */
  parseBeam(width: number, margin = Infinity): void {
    if (width <= 1) {
      this.parse();
      return;
    }
    const main = this.state;
    this.beamReserve(width);
    const pool = this.pool;
    const P = 2 * width;
    let cur = this.curIdx;
    let next = this.nextIdx;
    const claimed = this.claimed;
    const spare = this.spare;
    const cs = this.curScore;
    const cp = this.candParent;
    const ca = this.candAct;
    const cands = this.candScore;
    const sc = this.bsc;
    const hk = this.hypKey;
    const hs = this.hypScore;
    const st0Fx = main.fx;
    let curN = 1;
    cur[0] = 0;
    cs[0] = 0;
    let ns = 0;
    for (let j = 1; j < P; j++) spare[ns++] = j;
    const cached = this.model.act instanceof Int8Array;
    if (cached) this.resetGroups(main.n, width);
    else this.vside = 0;
    const training = this.goldHead !== null;
    const { hPar, hDep, hHead, hLab } = this;
    let step = 0;
    while (!pool[cur[0]].done()) {
      // The step's best candidates, kept in order as they come (see offerTop).
      let keep = 0;
      // With the version memos, every feature reads only s2's token and the
      // versions of s1, s0 and b0 (see scoreGrouped): a hypothesis whose four
      // equal an earlier one's of this step has its action scores.
      const same = this.vside > 0 && (st0Fx & FX_GUIDE) === 0;
      for (let i = 0; i < curN; i++) {
        const st = pool[cur[i]];
        let j = -1;
        if (same) {
          const sp = st.sp;
          const ver = st.ver;
          const k0 = sp > 2 ? st.stack[sp - 3] : -1;
          const k1 = sp > 1 ? ver[st.stack[sp - 2]] : -1;
          const k2 = sp > 0 ? ver[st.stack[sp - 1]] : -1;
          const k3 = ver[st.bi];
          for (let q = 0; q < i; q++) {
            const o = 4 * q;
            if (hk[o] === k0 && hk[o + 1] === k1 && hk[o + 2] === k2 && hk[o + 3] === k3) {
              j = q;
              break;
            }
          }
          const o = 4 * i;
          hk[o] = k0;
          hk[o + 1] = k1;
          hk[o + 2] = k2;
          hk[o + 3] = k3;
        }
        if (j >= 0) {
          sc[0] = hs[3 * j];
          sc[1] = hs[3 * j + 1];
          sc[2] = hs[3 * j + 2];
        } else if (cached) this.scoreCached(st, sc);
        else this.scoreState(st, this.feats, sc);
        hs[3 * i] = sc[0];
        hs[3 * i + 1] = sc[1];
        hs[3 * i + 2] = sc[2];
        const base = cs[i];
        if (st.canShift()) keep = offerTop(cands, cp, ca, keep, width, margin, base + sc[SHIFT], i, SHIFT);
        if (st.canLeft()) keep = offerTop(cands, cp, ca, keep, width, margin, base + sc[LEFT], i, LEFT);
        if (st.canRight()) keep = offerTop(cands, cp, ca, keep, width, margin, base + sc[RIGHT], i, RIGHT);
      }
      // Opt-in pruning: drop hypotheses more than `margin` below the best.
      while (keep > 1 && cands[keep - 1] < cands[0] - margin) keep--;
      // First extension of a parent takes its state; later ones copy it into
      // a free state (before any action is applied, so copies see the parent
      // unchanged). spare[0..ns) holds the states of no current hypothesis:
      // at least width of the 2 x width.
      for (let i = 0; i < curN; i++) claimed[i] = 0;
      for (let k = 0; k < keep; k++) {
        const i = cp[k];
        const pi = cur[i];
        if (claimed[i] === 0) {
          claimed[i] = 1;
          next[k] = pi;
        } else {
          const si = spare[--ns];
          pool[si].copyBeamFrom(pool[pi]);
          next[k] = si;
        }
      }
      // Parents not extended free their states.
      for (let i = 0; i < curN; i++) if (claimed[i] === 0) spare[ns++] = cur[i];
      const ho = step * width;
      for (let k = 0; k < keep; k++) {
        const st = pool[next[k]];
        const act = ca[k];
        hPar[ho + k] = cp[k];
        if (act === SHIFT) {
          hDep[ho + k] = -1;
          st.shift();
        } else {
          const d = st.stack[st.sp - 1];
          const h = act === LEFT ? st.bi : st.stack[st.sp - 2];
          if (training) this.apply(act, st);
          else {
            // As apply does, with labels memoised.
            const lab = h === st.n ? -2 : this.beamLabel(h, d, st);
            if (this.vside > 0) this.attachShared(st, h, d, lab);
            else st.attach(h, lab);
          }
          hDep[ho + k] = d;
          hHead[ho + k] = h;
          hLab[ho + k] = st.label[d];
        }
        cs[k] = cands[k];
      }
      step++;
      curN = keep;
      const tmp = cur;
      cur = next;
      next = tmp;
    }
    // The best hypothesis's arcs, read back through its ancestors (main was
    // started by load(): every head -1).
    let k = 0;
    for (let t = step - 1; t >= 0; t--) {
      const o = t * width + k;
      const d = hDep[o];
      if (d >= 0) {
        main.head[d] = hHead[o];
        main.label[d] = hLab[o];
      }
      k = hPar[o];
    }
    main.sp = 0;
    main.bi = main.n;
    this.vside = 0;
    this.curIdx = cur;
    this.nextIdx = next;
  }
}

/**
 * Open-addressing memo from int keys to up to three ints, for one sentence at
 * a time: {@link reset} empties it by advancing the generation. Slots are
 * five Int32 (mark, key, three values) in one array, so a probe reads one
 * place. Once half full it takes no more entries, so a lookup always ends at
 * its key or a free slot.
 */
class Memo {
  data = new Int32Array(0);
  private gen = 0;
  private shift = 32;
  private mask = 0;
  private count = 0;
  private limit = 0;

  /** Empty the memo and size it for about `entries` keys. */
  reset(entries: number): void {
    let bits = 8;
    while (1 << bits < 2 * entries) bits++;
    // Grown only: a larger table than needed serves as well.
    if (this.data.length < 5 << bits) {
      this.data = new Int32Array(5 << bits);
      this.gen = 0;
    }
    const cap = this.data.length / 5;
    this.shift = 32 - Math.log2(cap);
    this.mask = cap - 1;
    this.count = 0;
    this.limit = cap >> 1;
    if (++this.gen === 0x7fffffff) {
      this.data.fill(0);
      this.gen = 1;
    }
  }

  /**
   * Offset in {@link data} of `key`'s slot if present (>= 0; values at
   * offset + 2..4); else -(offset + 1) of the free slot where {@link put} may
   * store it, which no key occupies (its values may be written as scratch).
   */
  find(key: number): number {
    const d = this.data;
    const gen = this.gen;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    let o = 5 * i;
    while (d[o] === gen) {
      if (d[o + 1] === key) return o;
      i = (i + 1) & this.mask;
      o = 5 * i;
    }
    return -o - 1;
  }

  /** Mark the free slot at offset `o` (from {@link find}) as holding `key` (ignored once half full). */
  put(o: number, key: number): void {
    if (this.count >= this.limit) return;
    this.count++;
    this.data[o] = this.gen;
    this.data[o + 1] = key;
  }
}

/**
 * Partial selection sort: move the `k` best of `n` candidates (by score, ties
 * to the earlier one, so decoding is deterministic) to the front, in order.
 * Returns how many were kept. n is at most 3 x beam width, so this is cheap.
 */
/**
 * Beam expansion: append hypothesis `i`'s legal actions (parent, action, score =
 * `base` + the action's score in `sc`) at position `n`; returns the new count.
 * Shared by the beam decoder and the beam trainer.
 */
export function pushLegalActions(
  st: State,
  i: number,
  base: number,
  sc: Float64Array,
  parent: Int32Array,
  act: Int32Array,
  score: Float64Array,
  n: number,
): number {
  if (st.canShift()) {
    parent[n] = i;
    act[n] = SHIFT;
    score[n++] = base + sc[SHIFT];
  }
  if (st.canLeft()) {
    parent[n] = i;
    act[n] = LEFT;
    score[n++] = base + sc[LEFT];
  }
  if (st.canRight()) {
    parent[n] = i;
    act[n] = RIGHT;
    score[n++] = base + sc[RIGHT];
  }
  return n;
}

/**
 * Offer candidate (parent, act, score) to the step's best list
 * score/parent/act[0..keep) of at most `k`, kept in decreasing score, ties to
 * the earlier offer: the same list as {@link selectTop} over all offers.
 * Skips a candidate more than `margin` below the best so far (the beam's
 * pruning would drop it, and whatever it would push out of the list ranks
 * below it). Returns the new length.
 */
export function offerTop(
  score: Float64Array,
  parent: Int32Array,
  act: Int32Array,
  keep: number,
  k: number,
  margin: number,
  s: number,
  p: number,
  a: number,
): number {
  if (keep > 0 && s < score[0] - margin) return keep;
  let i = keep;
  while (i > 0 && score[i - 1] < s) i--;
  if (i >= k) return keep;
  for (let j = keep < k ? keep : k - 1; j > i; j--) {
    score[j] = score[j - 1];
    parent[j] = parent[j - 1];
    act[j] = act[j - 1];
  }
  score[i] = s;
  parent[i] = p;
  act[i] = a;
  return keep < k ? keep + 1 : keep;
}

export function selectTop(score: Float64Array, parent: Int32Array, act: Int32Array, n: number, k: number): number {
  const keep = Math.min(k, n);
  for (let i = 0; i < keep; i++) {
    let b = i;
    for (let j = i + 1; j < n; j++) if (score[j] > score[b]) b = j;
    if (b !== i) {
      // Shift i..b-1 up by one so that equal scores keep their order.
      const s = score[b];
      const p = parent[b];
      const a = act[b];
      for (let j = b; j > i; j--) {
        score[j] = score[j - 1];
        parent[j] = parent[j - 1];
        act[j] = act[j - 1];
      }
      score[i] = s;
      parent[i] = p;
      act[i] = a;
    }
  }
  return keep;
}

/** Default and largest number of candidate labels per key (the most frequent ones). */
export const LAB_STRIDE = 16;
export const MAX_LAB_STRIDE = 32;

/** Number of candidate-label keys: 2 directions x 18 UPOS x 18 UPOS. */
export const N_CAND_KEYS = 2 * 18 * 18;

/** Identity grouping: one candidate key per (dependent UPOS, head UPOS), as in version-2 models. */
export const FINE_GROUPS = Uint8Array.from({ length: 18 }, (_, i) => i);
/**
 * Coarse grouping by the tagger's frequent confusions (UPOS order of tags.ts):
 * ADJ, INTJ, NOUN, NUM, PROPN, SYM, VERB, X -> NOUN; ADP, ADV, PART, SCONJ -> ADV;
 * DET, PRON -> PRON; AUX, CCONJ, PUNCT stay apart.
 */
export const COARSE_GROUPS = Uint8Array.from([0, 8, 3, 3, 4, 5, 11, 8, 8, 8, 3, 11, 8, 13, 3, 8, 8, 8]);

/** Candidate key from direction (0: dependent left of head) and the two tag atoms, under the model's grouping. */
export function candKey(m: Pick<ParserModel, 'depGroup' | 'headGroup'>, dir: number, depTag: number, headTag: number): number {
  const du = depTag >= 2 ? m.depGroup[(depTag - 2) >> 6] : 0;
  const hu = headTag >= 2 ? m.headGroup[(headTag - 2) >> 6] : 0;
  return (dir * 18 + du) * 18 + hu;
}

/**
 * Class atom of a token from its packed WordNet classes and its UPOS: the
 * verb class (33..47) for a VERB, the noun class (1..26) for a NOUN or PROPN,
 * else 0.
 */
export function classAtom(code: number, upos: number): number {
  if (upos === UPOS_VERB) return code >> 5 ? 32 + ((code >> 5) & 31) : 0;
  return upos === UPOS_NOUN || upos === UPOS_PROPN ? code & 31 : 0;
}
const UPOS_NOUN = UPOS.indexOf('NOUN');
const UPOS_PROPN = UPOS.indexOf('PROPN');
const UPOS_VERB = UPOS.indexOf('VERB');

/** Margin recorded for an arc whose action was the only legal one. */
export const MARGIN_FORCED = 1e6;

// Decoder-local scratch for three action scores; safe because scoring never re-enters.
const scratch = new Float64Array(3);

/** Longest sentence whose token pairs the beam decoder caches (the cache takes about 0.5 MB). */
const MAX_PAIR_N = 126;

/** Quantise a Float32 table to Int8 with a symmetric scale (argmax is scale-invariant). */
export function quantise(w: Float32Array, maxQ = 127): { q: Int8Array; scale: number } {
  let max = 0;
  for (let i = 0; i < w.length; i++) {
    const a = Math.abs(w[i]);
    if (a > max) max = a;
  }
  const scale = max > 0 ? maxQ / max : 1;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.round(w[i] * scale);
  return { q, scale };
}

interface Header {
  version: number;
  actBits: number;
  labBits: number;
  labels: number[];
  rootLabel: number;
  candStart: number[];
  cands: number[];
  vocab: string[];
  note: string;
  /** Training beam width (absent in greedy models written before it existed). */
  beam?: number;
  /** Label-table stride (absent: 16) and candidate-key groups (absent: fine). */
  labStride?: number;
  depGroup?: number[];
  headGroup?: number[];
  /** Template families (absent: 0) and the WordNet class table (space-separated forms, packed codes). */
  fx?: number;
  wnForms?: string;
  wnCodes?: number[];
  /** Right-to-left model (absent: left to right). */
  reverse?: boolean;
  /** Default decoding width and margin (absent: the training width, DEFAULT_BEAM_MARGIN); see ParserModel.width. */
  width?: number;
  margin?: number;
}

/**
 * Serialise a quantised model (and its {@link ParserModel.beamModel}, if any,
 * as a second section after the first). `vocabList` lists words in atom order
 * starting at atom 3 (default: read back from the model's vocabulary).
 */
export function serialiseModel(m: ParserModel, vocabList: readonly string[] = vocabListOf(m)): Buffer {
  const parts = [rawSection(m, vocabList)];
  if (m.beamModel) parts.push(rawSection(m.beamModel, vocabListOf(m.beamModel)));
  if (m.reverseModel) {
    // The third section is only read after a second one.
    if (!m.beamModel) throw new AnnalsError('E_MODEL', 'serialiseModel: a reverse model needs a beam model beside it');
    parts.push(rawSection(m.reverseModel, vocabListOf(m.reverseModel)));
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** Words of a model's vocabulary in atom order (atoms 3..). */
export function vocabListOf(m: ParserModel): string[] {
  const list: string[] = [];
  for (const [w, id] of m.vocab) list[id - 3] = w;
  return list;
}

function rawSection(m: ParserModel, vocabList: readonly string[]): Buffer {
  if (!(m.act instanceof Int8Array) || !(m.lab instanceof Int8Array)) {
    throw new AnnalsError('E_MODEL', 'serialiseModel needs quantised (Int8) tables');
  }
  const header: Header = {
    version: VERSION,
    actBits: m.actBits,
    labBits: m.labBits,
    labels: Array.from(m.labels),
    rootLabel: m.rootLabel,
    candStart: Array.from(m.candStart),
    cands: Array.from(m.cands),
    vocab: [...vocabList],
    beam: m.beam ?? 1,
    labStride: m.labStride,
    depGroup: Array.from(m.depGroup),
    headGroup: Array.from(m.headGroup),
    ...(m.fx ? { fx: m.fx } : {}),
    ...(m.reverse ? { reverse: true } : {}),
    ...(m.width !== undefined ? { width: m.width } : {}),
    ...(m.margin !== undefined ? { margin: m.margin } : {}),
    ...(m.wn ? { wnForms: [...m.wn.keys()].join(' '), wnCodes: [...m.wn.values()] } : {}),
    note: 'Trained on UD English EWT; derived work licensed CC BY-SA 4.0.',
  };
  const hjson = Buffer.from(JSON.stringify(header), 'utf8');
  const hlen = hjson.length;
  const pre = Buffer.alloc(8 + hlen);
  pre.writeUInt32LE(MAGIC, 0);
  pre.writeUInt32LE(hlen, 4);
  hjson.copy(pre, 8);
  const act = Buffer.from(m.act.buffer, m.act.byteOffset, m.act.byteLength);
  const lab = Buffer.from(m.lab.buffer, m.lab.byteOffset, m.lab.byteLength);
  return Buffer.concat([pre, act, lab]);
}

/** Read a model written by {@link serialiseModel}; throws E_MODEL on a corrupt file. */
export function deserialiseModel(bytes: Uint8Array, file: string): ParserModel {
  let raw: Buffer;
  try {
    raw = gunzipSync(bytes);
  } catch {
    throw new AnnalsError('E_MODEL', 'parser model is not gzip data', { file });
  }
  const first = readSection(raw, 0, file);
  if (first.end === raw.length) return first.model;
  const second = readSection(raw, first.end, file);
  if (second.end === raw.length) return { ...first.model, beamModel: second.model };
  const third = readSection(raw, second.end, file);
  if (third.end !== raw.length) throw new AnnalsError('E_MODEL', 'parser model has trailing data', { file });
  return { ...first.model, beamModel: second.model, reverseModel: third.model };
}

function readSection(raw: Buffer, at: number, file: string): { model: ParserModel; end: number } {
  if (raw.length < at + 8 || raw.readUInt32LE(at) !== MAGIC) {
    throw new AnnalsError('E_MODEL', 'not an annals parser model (bad magic)', { file });
  }
  const hlen = raw.readUInt32LE(at + 4);
  let header: Header;
  try {
    header = JSON.parse(raw.subarray(at + 8, at + 8 + hlen).toString('utf8')) as Header;
  } catch {
    throw new AnnalsError('E_MODEL', 'parser model header is not valid JSON', { file });
  }
  if (header.version !== VERSION) {
    throw new AnnalsError('E_MODEL', `parser model version ${header.version}, expected ${VERSION}`, { file });
  }
  const actLen = (1 << header.actBits) * ACT_STRIDE;
  const labStride = header.labStride ?? LAB_STRIDE;
  if (labStride < 1 || labStride > MAX_LAB_STRIDE) throw new AnnalsError('E_MODEL', `parser model label stride ${labStride} out of range`, { file });
  const labLen = (1 << header.labBits) * labStride;
  const off = at + 8 + hlen;
  if (raw.length < off + actLen + labLen) {
    throw new AnnalsError('E_MODEL', 'parser model is truncated or has the wrong size', { file });
  }
  // A spare byte after the action table lets the decoder read its 3-byte rows in place (core.ts packedActTable).
  const act = new Int8Array(new ArrayBuffer(actLen + 4), 0, actLen);
  const lab = new Int8Array(labLen);
  new Uint8Array(act.buffer).set(raw.subarray(off, off + actLen));
  new Uint8Array(lab.buffer).set(raw.subarray(off + actLen, off + actLen + labLen));
  const vocab = new Map<string, number>();
  header.vocab.forEach((wd, i) => vocab.set(wd, i + 3));
  const model: ParserModel = {
    actBits: header.actBits,
    labBits: header.labBits,
    act,
    lab,
    labStride,
    depGroup: Uint8Array.from(header.depGroup ?? FINE_GROUPS),
    headGroup: Uint8Array.from(header.headGroup ?? FINE_GROUPS),
    labels: Int32Array.from(header.labels),
    rootLabel: header.rootLabel,
    candStart: Int32Array.from(header.candStart),
    cands: Int32Array.from(header.cands),
    vocab,
    beam: header.beam ?? 1,
  };
  if (header.fx) model.fx = header.fx;
  if (header.reverse) model.reverse = true;
  if (typeof header.width === 'number' && header.width >= 1) model.width = Math.floor(header.width);
  if (typeof header.margin === 'number' && header.margin >= 0) model.margin = header.margin;
  if (header.wnForms !== undefined && header.wnCodes) {
    const forms = header.wnForms === '' ? [] : header.wnForms.split(' ');
    if (forms.length !== header.wnCodes.length) throw new AnnalsError('E_MODEL', 'parser model WordNet table is inconsistent', { file });
    model.wn = new Map(forms.map((f, i) => [f, header.wnCodes![i]]));
  }
  return { model, end: off + actLen + labLen };
}
