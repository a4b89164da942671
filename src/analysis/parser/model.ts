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
import { gunzipSync, gzipSync } from 'node:zlib';
import { AnnalsError } from '../../errors.js';
import {
  ACT_STRIDE,
  LEFT,
  N_ACT_FEATS,
  N_LAB_FEATS,
  RIGHT,
  SHIFT,
  State,
  W_UNK,
  normWord,
  tagAtom,
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
   * Label table: (1 << labBits) rows of LAB_STRIDE; label features are hashed
   * together with the candidate key, so column j of a row scores the key's j-th
   * candidate label. Rows are one cache line, read contiguously.
   */
  lab: Weights;
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
}

/** Reusable scratch space for decoding one sentence at a time. */
export class Decoder {
  readonly state = new State();
  readonly feats = new Int32Array(N_ACT_FEATS);
  readonly lfeats = new Int32Array(N_LAB_FEATS);
  readonly lscores = new Float64Array(LAB_STRIDE);
  /** Candidate key and chosen candidate slot of the last {@link bestLabel} call (for training). */
  lastKey = 0;
  lastCand = 0;
  constructor(readonly model: ParserModel) {}

  /** Word atom of a surface form. */
  wordId(form: string): number {
    return this.model.vocab.get(normWord(form)) ?? W_UNK;
  }

  /** Load words and tags of tokens [start, end) of parallel arrays into the state. */
  load(form: readonly string[], upos: ArrayLike<number>, xpos: ArrayLike<number>, start: number, end: number): void {
    const st = this.state;
    st.init(end - start);
    for (let i = start; i < end; i++) {
      st.w[i - start] = this.wordId(form[i]);
      st.t[i - start] = tagAtom(upos[i], xpos[i]);
    }
  }

  /** Scores of the three actions for the current state, into `out`. */
  scoreActions(out: Float64Array): void {
    const m = this.model;
    this.state.actionFeatures(this.feats, (1 << m.actBits) - 1);
    const W = m.act;
    const f = this.feats;
    let a = 0;
    let b = 0;
    let c = 0;
    for (let i = 0; i < N_ACT_FEATS; i++) {
      const r = f[i] * ACT_STRIDE;
      a += W[r];
      b += W[r + 1];
      c += W[r + 2];
    }
    out[0] = a;
    out[1] = b;
    out[2] = c;
  }

  /** Best dense label for the arc h -> d (label features computed into lfeats). */
  bestLabel(h: number, d: number): number {
    const m = this.model;
    const t = this.state.t;
    const key = candKey(d < h ? 0 : 1, t[d], t[h]);
    const c0 = m.candStart[key];
    const nc = m.candStart[key + 1] - c0;
    this.lastKey = key;
    this.lastCand = 0;
    // A single candidate (about one arc in six) needs no scoring.
    if (nc <= 1) return nc === 1 ? m.cands[c0] : 0;
    this.state.labelFeatures(this.lfeats, (1 << m.labBits) - 1, h, d, key);
    const sc = this.lscores;
    for (let j = 0; j < nc; j++) sc[j] = 0;
    const W = m.lab;
    const f = this.lfeats;
    for (let i = 0; i < N_LAB_FEATS; i++) {
      const r = f[i] * LAB_STRIDE;
      for (let j = 0; j < nc; j++) sc[j] += W[r + j];
    }
    let best = 0;
    for (let j = 1; j < nc; j++) if (sc[j] > sc[best]) best = j;
    this.lastCand = best;
    return nc > 0 ? m.cands[c0 + best] : 0;
  }

  /** Greedy parse of the loaded sentence; results in state.head / state.label. */
  parse(): void {
    const st = this.state;
    const sc = scratch;
    while (!st.done()) {
      this.scoreActions(sc);
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
      this.apply(act);
    }
  }

  /** Apply an action, choosing the label of an arc with the label classifier. */
  apply(act: number): void {
    const st = this.state;
    if (act === SHIFT) {
      st.shift();
      return;
    }
    const d = st.stack[st.sp - 1];
    const h = act === LEFT ? st.bi : st.stack[st.sp - 2];
    // The root arc is the only arc into ROOT, and its label is fixed.
    const lab = h === st.n ? -2 : this.bestLabel(h, d);
    st.attach(h, lab);
  }
}

/** At most this many candidate labels per key (the most frequent ones). */
export const LAB_STRIDE = 16;

/** Number of candidate-label keys: 2 directions x 18 UPOS x 18 UPOS. */
export const N_CAND_KEYS = 2 * 18 * 18;

/** Candidate key from direction (0: dependent left of head) and the two tag atoms. */
export function candKey(dir: number, depTag: number, headTag: number): number {
  const du = depTag >= 2 ? (depTag - 2) >> 6 : 0;
  const hu = headTag >= 2 ? (headTag - 2) >> 6 : 0;
  return (dir * 18 + du) * 18 + hu;
}

// Decoder-local scratch for three action scores; safe because scoring never re-enters.
const scratch = new Float64Array(3);

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
}

/** Serialise a quantised model. `vocab` lists words in atom order starting at atom 3. */
export function serialiseModel(m: ParserModel, vocabList: readonly string[]): Buffer {
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
  return gzipSync(Buffer.concat([pre, act, lab]), { level: 9 });
}

/** Read a model written by {@link serialiseModel}; throws E_MODEL on a corrupt file. */
export function deserialiseModel(bytes: Uint8Array, file: string): ParserModel {
  let raw: Buffer;
  try {
    raw = gunzipSync(bytes);
  } catch {
    throw new AnnalsError('E_MODEL', 'parser model is not gzip data', { file });
  }
  if (raw.length < 8 || raw.readUInt32LE(0) !== MAGIC) {
    throw new AnnalsError('E_MODEL', 'not an annals parser model (bad magic)', { file });
  }
  const hlen = raw.readUInt32LE(4);
  let header: Header;
  try {
    header = JSON.parse(raw.subarray(8, 8 + hlen).toString('utf8')) as Header;
  } catch {
    throw new AnnalsError('E_MODEL', 'parser model header is not valid JSON', { file });
  }
  if (header.version !== VERSION) {
    throw new AnnalsError('E_MODEL', `parser model version ${header.version}, expected ${VERSION}`, { file });
  }
  const actLen = (1 << header.actBits) * ACT_STRIDE;
  const labLen = (1 << header.labBits) * LAB_STRIDE;
  const off = 8 + hlen;
  if (raw.length !== off + actLen + labLen) {
    throw new AnnalsError('E_MODEL', 'parser model is truncated or has the wrong size', { file });
  }
  const act = new Int8Array(actLen);
  const lab = new Int8Array(labLen);
  new Uint8Array(act.buffer).set(raw.subarray(off, off + actLen));
  new Uint8Array(lab.buffer).set(raw.subarray(off + actLen, off + actLen + labLen));
  const vocab = new Map<string, number>();
  header.vocab.forEach((wd, i) => vocab.set(wd, i + 3));
  return {
    actBits: header.actBits,
    labBits: header.labBits,
    act,
    lab,
    labels: Int32Array.from(header.labels),
    rootLabel: header.rootLabel,
    candStart: Int32Array.from(header.candStart),
    cands: Int32Array.from(header.cands),
    vocab,
  };
}
