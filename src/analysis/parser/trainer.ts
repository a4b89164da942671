/**
 * Training: averaged perceptron with the arc-hybrid dynamic oracle and
 * exploration (Goldberg & Nivre 2012, 2013). Deterministic for a given seed.
 *
 * Models trained here on UD English EWT are derived works of the treebank and
 * are licensed CC BY-SA 4.0.
 * @module
 */
import type { ConlluSentence } from '../conllu.js';
import { AnnalsError } from '../../errors.js';
import { DEPREL, DEPREL_ID, deprelId, uposId, xposId } from '../tags.js';
import { ACT_STRIDE, LEFT, MAX_ACT_FEATS, RIGHT, SHIFT, normWord, tagAtom } from './core.js';
import { projectivise, Score } from './data.js';
import { COARSE_GROUPS, Decoder, FINE_GROUPS, N_CAND_KEYS, candKey, pushLegalActions, quantise, selectTop, type ParserModel } from './model.js';
import { State } from './core.js';

/** A guide parse of a sentence (FX_GUIDE): heads 0-based with n = root, DEPREL ids. */
export interface Guide {
  heads: Int32Array;
  labels: Int32Array;
}

/** Parse sentences greedily with `model` (given tags) into guides for FX_GUIDE models. */
export function parseGuides(model: ParserModel, sents: readonly ConlluSentence[], tags: readonly SentTags[]): Guide[] {
  const dec = new Decoder(model);
  const st = dec.state;
  return sents.map((s, si) => {
    const n = s.words.length;
    dec.load(s.words, tags[si].upos, tags[si].xpos, 0, n);
    dec.parse();
    const heads = new Int32Array(n);
    const labels = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      heads[i] = st.head[i];
      labels[i] = st.head[i] === n ? model.rootLabel : model.labels[st.label[i]];
    }
    return { heads, labels };
  });
}

/** A guide for the sentence mirrored by data.ts reverseSentence. */
export function reverseGuide(g: Guide): Guide {
  const n = g.heads.length;
  const heads = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const h = g.heads[n - 1 - i];
    heads[i] = h === n ? n : n - 1 - h;
  }
  return { heads, labels: g.labels.slice().reverse() };
}

/** Tags per sentence, as UPOS / XPOS ids. */
export interface SentTags {
  upos: Uint8Array;
  xpos: Uint8Array;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  actBits: number;
  labBits: number;
  /** Epoch (0-based) from which the trainer follows its own predictions. */
  exploreFrom: number;
  /** Probability of following the model's (possibly wrong) prediction while exploring. */
  exploreP: number;
  /** Minimum training count for a word to get its own atom. */
  minCount: number;
  /**
   * Beam width. 1: greedy training with the dynamic oracle and exploration.
   * Above 1: global training with beam search and max-violation updates
   * (Huang et al. 2012) towards the static-oracle action sequence.
   */
  beam: number;
  /** Beam width of the per-epoch dev evaluation that picks the kept epoch (default `beam`). */
  devBeam?: number;
  /** Label-table stride: the most candidate labels per key (16 or 32). */
  labStride: number;
  /** Candidate keys over coarse UPOS groups (robust to tagging errors) instead of single tags. */
  coarseKeys: boolean;
  /** Optional template families (FX_* bits of core.ts; default none). */
  fx?: number;
  /**
   * Count the root arc as lost when the root word is shifted onto a
   * non-empty stack (with ROOT at the end of the buffer, nothing under it
   * can ever be popped first, so it can no longer become the root). The
   * original cost function missed this; off by default so the shipped
   * recipe still rebuilds the shipped model.
   */
  rootCost?: boolean;
  /** FX_GUIDE guide parses of the training and dev sentences. */
  guides?: { train: readonly Guide[]; dev: readonly Guide[] };
  /**
   * Share of training guide heads moved, afresh per sentence and epoch, to a
   * random other token within 3 positions or to ROOT (guide noise: run-time
   * guides are worse than jackknifed training ones). Default 0.
   */
  guideNoise?: number;
  /** WordNet class table for FX_WN (see wordnet.ts). */
  wn?: Map<string, number>;
  /**
   * Second tag set for the training sentences (e.g. gold when trainTags are
   * jackknifed): each sentence is read with these tags with probability
   * `mixP` per epoch (greedy training only), from a separate seeded stream.
   */
  mixTags?: readonly SentTags[];
  mixP?: number;
  /**
   * Keep the last epoch's averaged model instead of the best on dev, and
   * skip the per-epoch dev evaluation (for training on train+dev with an
   * epoch count chosen beforehand on train-only runs). Default false.
   */
  keepLast?: boolean;
  /** Called with every epoch's quantised averaged model (e.g. to keep them for later selection). */
  onEpoch?: (epoch: number, model: ParserModel, vocabList: readonly string[]) => void;
  log: (msg: string) => void;
}

/** Gold tags of a sentence as ids. */
export function goldTags(s: ConlluSentence): SentTags {
  return { upos: Uint8Array.from(s.upos, uposId), xpos: Uint8Array.from(s.xpos, xposId) };
}

/** Seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Example {
  n: number;
  form: string[];
  tags: SentTags;
  /** Projectivised gold heads, 0-based, n = ROOT. */
  gold: Int32Array;
  /** Dense gold label per token, -2 for the root. */
  glab: Int32Array;
  /** Gold children in CSR form (over projectivised heads). */
  kidStart: Int32Array;
  kids: Int32Array;
  guide?: Guide;
}

function makeExample(s: ConlluSentence, tags: SentTags, labelIndex: Map<number, number>): Example {
  const n = s.words.length;
  const gold = new Int32Array(n);
  const glab = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    gold[i] = s.heads[i] === 0 ? n : s.heads[i] - 1;
    glab[i] = s.heads[i] === 0 ? -2 : (labelIndex.get(deprelId(s.deprels[i])) ?? 0);
  }
  projectivise(gold, n);
  const kidStart = new Int32Array(n + 2);
  for (let i = 0; i < n; i++) kidStart[gold[i] + 1]++;
  for (let i = 0; i <= n; i++) kidStart[i + 1] += kidStart[i];
  const fillPos = kidStart.slice();
  const kids = new Int32Array(n);
  for (let i = 0; i < n; i++) kids[fillPos[gold[i]]++] = i;
  return { n, form: s.words, tags, gold, glab, kidStart, kids };
}

/** Build the word vocabulary: normalised words seen at least `minCount` times, most frequent first. */
export function buildVocab(sents: readonly ConlluSentence[], minCount: number): string[] {
  const counts = new Map<string, number>();
  for (const s of sents) for (const w of s.words) {
    const k = normWord(w);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()]
    .filter(([, c]) => c >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([w]) => w);
}

/** A trained model plus the vocabulary list needed to serialise it. */
export interface Trained {
  model: ParserModel;
  vocabList: string[];
  /** The averaged weights of the kept epoch before quantisation (for {@link soup}). */
  act: Float32Array;
  lab: Float32Array;
}

/**
 * Train a parser. `train` and `dev` come with the tags the parser should see
 * (gold, or a tagger's predictions). Returns the quantised averaged model of
 * the epoch with the best dev LAS (of the last epoch with `keepLast`).
 */
export function train(
  trainSents: readonly ConlluSentence[],
  trainTags: readonly SentTags[],
  devSents: readonly ConlluSentence[],
  devTags: readonly SentTags[],
  opt: TrainOptions,
): Trained {
  const vocabList = buildVocab(trainSents, opt.minCount);
  const vocab = new Map<string, number>();
  vocabList.forEach((w, i) => vocab.set(w, i + 3));
  // Dense labels: every relation in the train set except root, in DEPREL order.
  const rootId = DEPREL_ID.get('root')!;
  const seen = new Set<number>();
  for (const s of trainSents) for (const r of s.deprels) seen.add(deprelId(r));
  seen.delete(rootId);
  const labelIds = [...seen].sort((a, b) => a - b);
  const labelIndex = new Map<number, number>(labelIds.map((id, i) => [id, i]));
  const L = labelIds.length;
  const groups = opt.coarseKeys ? COARSE_GROUPS : FINE_GROUPS;
  const keying = { depGroup: groups, headGroup: groups };
  const { candStart, cands } = buildCandidates(trainSents, trainTags, labelIndex, 2, keying, opt.labStride);
  const examples = trainSents.map((s, i) => ({ ...makeExample(s, trainTags[i], labelIndex), guide: opt.guides?.train[i] }));
  opt.log(`train: ${examples.length} sentences, vocab ${vocabList.length}, ${L} labels`);

  const actRows = 1 << opt.actBits;
  const labRows = 1 << opt.labBits;
  const actW = new Float32Array(actRows * ACT_STRIDE);
  const actU = new Float64Array(actRows * ACT_STRIDE);
  const labW = new Float32Array(labRows * opt.labStride);
  const labU = new Float64Array(labRows * opt.labStride);
  const live: ParserModel = {
    actBits: opt.actBits,
    labBits: opt.labBits,
    act: actW,
    lab: labW,
    labStride: opt.labStride,
    ...keying,
    labels: Int32Array.from(labelIds),
    rootLabel: rootId,
    candStart,
    cands,
    vocab,
    beam: opt.beam,
    ...(opt.fx ? { fx: opt.fx } : {}),
    ...(opt.wn ? { wn: opt.wn } : {}),
  };
  const dec = new Decoder(live);
  const st = dec.state;
  const scores = new Float64Array(3);
  const costs = new Int32Array(3);
  const rand = rng(opt.seed);
  const mixRand = rng(opt.seed ^ 0x5bd1e995);
  // A separate stream, so that runs without guide noise are unchanged.
  const noiseRand = rng(opt.seed * 7919 + 13);
  const noise = opt.guideNoise ?? 0;
  let noisy = new Int32Array(0);
  let clock = 1;
  let best: { model: ParserModel; las: number; epoch: number; act: Float32Array; lab: Float32Array } | undefined;
  const bt = new BeamScratch();

  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    // Seeded Fisher-Yates shuffle.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    const explore = epoch >= opt.exploreFrom;
    let steps = 0;
    let actErr = 0;
    let labN = 0;
    let labErr = 0;
    const t0 = Date.now();
    if (opt.beam > 1) {
      for (const ei of order) {
        const r = beamTrainSentence(dec, examples[ei], opt.beam, bt, actW, actU, labW, labU, clock);
        steps += r.steps;
        actErr += r.updated ? 1 : 0;
        labN += r.labN;
        labErr += r.labErr;
        clock++;
      }
    }
    for (const ei of opt.beam > 1 ? [] : order) {
      const ex = examples[ei];
      const n = ex.n;
      const tg = opt.mixTags && mixRand() < (opt.mixP ?? 0.5) ? opt.mixTags[ei] : ex.tags;
      dec.load(ex.form, tg.upos, tg.xpos, 0, n);
      if (ex.guide && noise > 0) {
        if (noisy.length < n) noisy = new Int32Array(2 * n);
        for (let i = 0; i < n; i++) {
          let h = ex.guide.heads[i];
          if (noiseRand() < noise) {
            // Candidates: i-3..i+3 (not i, in range) and ROOT (n), minus the current head.
            for (let tries = 0; tries < 8; tries++) {
              const r = Math.floor(noiseRand() * 7);
              const c = r === 3 ? n : i + r - 3;
              if (c !== h && c !== i && c >= 0 && c <= n) {
                h = c;
                break;
              }
            }
          }
          noisy[i] = h;
        }
        st.setGuide(noisy, ex.guide.labels);
      } else if (ex.guide) st.setGuide(ex.guide.heads, ex.guide.labels);
      const gold = ex.gold;
      while (!st.done()) {
        dec.scoreActions(scores);
        // Costs of legal actions (-1 = illegal).
        costs[SHIFT] = st.canShift() ? shiftCost(st.stack, st.sp, st.bi, st.inStack, ex) + (opt.rootCost && gold[st.bi] === n && st.sp > 0 ? 1 : 0) : -1;
        costs[LEFT] = st.canLeft() ? leftCost(st.stack, st.sp, st.bi, ex) : -1;
        costs[RIGHT] = st.canRight() ? rightCost(st.stack, st.sp, st.bi, ex) : -1;
        let minCost = Infinity;
        for (let a = 0; a < 3; a++) if (costs[a] >= 0 && costs[a] < minCost) minCost = costs[a];
        let pred = -1;
        let goldA = -1;
        for (let a = 0; a < 3; a++) {
          if (costs[a] < 0) continue;
          if (pred < 0 || scores[a] > scores[pred]) pred = a;
          if (costs[a] === minCost && (goldA < 0 || scores[a] > scores[goldA])) goldA = a;
        }
        steps++;
        if (costs[pred] !== minCost) {
          actErr++;
          const f = dec.feats;
          const nf = dec.nAct;
          for (let i = 0; i < nf; i++) {
            const r = f[i] * ACT_STRIDE;
            actW[r + goldA] += 1;
            actU[r + goldA] += clock;
            actW[r + pred] -= 1;
            actU[r + pred] -= clock;
          }
        }
        clock++;
        const act = explore && costs[pred] !== minCost && rand() < opt.exploreP ? pred : goldA;
        if (act === SHIFT) {
          st.shift();
          continue;
        }
        const d = st.stack[st.sp - 1];
        const h = act === LEFT ? st.bi : st.stack[st.sp - 2];
        if (h === n) {
          st.attach(h, -2);
          continue;
        }
        const pl = dec.bestLabel(h, d);
        if (h === gold[d]) {
          const gl = ex.glab[d];
          labN++;
          if (labelUpdate(dec, pl, gl, labW, labU, clock)) labErr++;
          st.attach(h, gl);
        } else {
          st.attach(h, pl);
        }
      }
    }
    // Average (w - u / clock), quantise, and score on dev.
    if (opt.keepLast && !opt.onEpoch && epoch + 1 < opt.epochs) {
      opt.log(`epoch ${epoch + 1}: ${opt.beam > 1 ? 'sentences updated' : 'action err'} ${((100 * actErr) / (opt.beam > 1 ? order.length : steps)).toFixed(2)}%  [${((Date.now() - t0) / 1000).toFixed(1)}s]`);
      continue;
    }
    const avgAct = new Float32Array(actW.length);
    for (let i = 0; i < actW.length; i++) avgAct[i] = actW[i] - actU[i] / clock;
    const avgLab = new Float32Array(labW.length);
    for (let i = 0; i < labW.length; i++) avgLab[i] = labW[i] - labU[i] / clock;
    const qa = quantise(avgAct);
    const ql = quantise(avgLab);
    const model: ParserModel = { ...live, act: qa.q, lab: ql.q };
    opt.onEpoch?.(epoch + 1, model, vocabList);
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    if (opt.keepLast) {
      opt.log(`epoch ${epoch + 1}: ${opt.beam > 1 ? 'sentences updated' : 'action err'} ${((100 * actErr) / (opt.beam > 1 ? order.length : steps)).toFixed(2)}%  label err ${((100 * labErr) / Math.max(1, labN)).toFixed(2)}%  [${secs}s]`);
      best = { model, las: 0, epoch: epoch + 1, act: avgAct, lab: avgLab };
      continue;
    }
    const sc = evaluate(model, devSents, devTags, opt.devBeam ?? opt.beam, opt.guides?.dev);
    opt.log(
      `epoch ${epoch + 1}: ${opt.beam > 1 ? 'sentences updated' : 'action err'} ${((100 * actErr) / (opt.beam > 1 ? order.length : steps)).toFixed(2)}%  label err ${((100 * labErr) / Math.max(1, labN)).toFixed(2)}%  ` +
        `dev ${sc.toString()}  [${secs}s${explore && opt.beam <= 1 ? ', exploring' : ''}]`,
    );
    if (!best || sc.las > best.las) best = { model, las: sc.las, epoch: epoch + 1, act: avgAct, lab: avgLab };
  }
  opt.log(opt.keepLast ? `kept the last epoch, ${best!.epoch}` : `best dev LAS at epoch ${best!.epoch}`);
  return { model: best!.model, vocabList, act: best!.act, lab: best!.lab };
}

/**
 * Candidate labels per (direction, dependent UPOS, head UPOS), from the training
 * trees with the training tags (seen at least `minCount` times: singletons are
 * mostly annotation or tagging noise). An unseen combination falls back to the labels
 * seen for (direction, dependent UPOS), then for the direction alone.
 */
function buildCandidates(
  sents: readonly ConlluSentence[],
  tags: readonly SentTags[],
  labelIndex: Map<number, number>,
  minCount: number,
  keying: { depGroup: Uint8Array; headGroup: Uint8Array },
  stride: number,
): { candStart: Int32Array; cands: Int32Array } {
  const L = labelIndex.size;
  const seen = new Int32Array(N_CAND_KEYS * L);
  const total = new Int32Array(L);
  sents.forEach((s, si) => {
    const tg = tags[si];
    s.heads.forEach((h, i) => {
      if (h === 0) return;
      const l = labelIndex.get(deprelId(s.deprels[i]));
      if (l === undefined) return;
      const key = candKey(keying, i < h - 1 ? 0 : 1, tagAtom(tg.upos[i], tg.xpos[i]), tagAtom(tg.upos[h - 1], tg.xpos[h - 1]));
      seen[key * L + l]++;
      total[l]++;
    });
  });
  const lists: number[][] = [];
  for (let key = 0; key < N_CAND_KEYS; key++) {
    const list: number[] = [];
    for (let l = 0; l < L; l++) if (seen[key * L + l] >= minCount) list.push(l);
    // Most frequent first, at most `stride`.
    list.sort((a, b) => seen[key * L + b] - seen[key * L + a] || a - b);
    lists.push(list.slice(0, stride));
  }
  // Fallbacks for combinations never seen in training.
  for (let key = 0; key < N_CAND_KEYS; key++) {
    if (lists[key].length > 0) continue;
    const base = key - (key % 18);
    const dirBase = key < N_CAND_KEYS / 2 ? 0 : N_CAND_KEYS / 2;
    const union = new Set<number>();
    for (let k = base; k < base + 18; k++) for (const l of lists[k]) union.add(l);
    if (union.size === 0) {
      for (let k = dirBase; k < dirBase + N_CAND_KEYS / 2; k++) for (const l of lists[k]) union.add(l);
    }
    lists[key] = [...union].sort((a, b) => total[b] - total[a] || a - b).slice(0, stride);
  }
  const candStart = new Int32Array(N_CAND_KEYS + 1);
  for (let key = 0; key < N_CAND_KEYS; key++) candStart[key + 1] = candStart[key] + lists[key].length;
  return { candStart, cands: Int32Array.from(lists.flat()) };
}

// Arc-hybrid costs for a projective gold tree (Goldberg & Nivre 2013): the
// number of gold arcs an action makes unreachable.

function depsInBuffer(x: number, bi: number, ex: Example): number {
  let c = 0;
  for (let k = ex.kidStart[x]; k < ex.kidStart[x + 1]; k++) if (ex.kids[k] >= bi) c++;
  return c;
}

function shiftCost(stack: Int32Array, sp: number, bi: number, inStack: Uint8Array, ex: Example): number {
  // b0 loses heads deeper than s0 in the stack and dependents anywhere in the stack.
  let c = 0;
  const h = ex.gold[bi];
  if (h < ex.n && inStack[h] && (sp === 0 || h !== stack[sp - 1])) c++;
  for (let k = ex.kidStart[bi]; k < ex.kidStart[bi + 1]; k++) if (inStack[ex.kids[k]]) c++;
  return c;
}

function leftCost(stack: Int32Array, sp: number, bi: number, ex: Example): number {
  const s0 = stack[sp - 1];
  const h = ex.gold[s0];
  let c = depsInBuffer(s0, bi, ex);
  if (h !== bi && ((sp > 1 && h === stack[sp - 2]) || h > bi)) c++;
  return c;
}

function rightCost(stack: Int32Array, sp: number, bi: number, ex: Example): number {
  const s0 = stack[sp - 1];
  const h = ex.gold[s0];
  let c = depsInBuffer(s0, bi, ex);
  if (h !== stack[sp - 2] && h >= bi) c++;
  return c;
}

/** Parse sentences with their given tags and score against gold. */
export function evaluate(
  model: ParserModel,
  sents: readonly ConlluSentence[],
  tags: readonly SentTags[],
  beam = 1,
  guides?: readonly Guide[],
): Score {
  // As Parser does: a beam wider than 1 uses the file's beam-trained model if it has one.
  if (beam > 1 && model.beamModel) model = model.beamModel;
  const dec = new Decoder(model);
  const sc = new Score();
  const st = dec.state;
  const labels = model.labels;
  sents.forEach((s, si) => {
    const n = s.words.length;
    dec.load(s.words, tags[si].upos, tags[si].xpos, 0, n);
    if (guides) st.setGuide(guides[si].heads, guides[si].labels);
    dec.parseBeam(beam);
    for (let i = 0; i < n; i++) {
      const h = st.head[i];
      const ph = h === n ? 0 : h + 1;
      const pr = h === n ? 'root' : (DEPREL_NAMES[labels[st.label[i]]] ?? 'dep');
      sc.add(s.heads[i], ph, s.deprels[i], pr);
    }
  });
  return sc;
}

const DEPREL_NAMES: readonly string[] = DEPREL;

/** Growable per-sentence buffers for beam training. */
class BeamScratch {
  /** Feature ids per (step, hypothesis) slot, MAX_ACT_FEATS apart. */
  feats = new Int32Array(0);
  /** History nodes: parent node, feature slot, action. Node 0 is the empty history. */
  nodeParent = new Int32Array(0);
  nodeSlot = new Int32Array(0);
  nodeAct = new Int32Array(0);
  goldActs = new Int32Array(0);
  goldFeats = new Int32Array(0);
  /** Gold prefix score after t steps. */
  goldScore = new Float64Array(0);
  topScore = new Float64Array(0);
  topNode = new Int32Array(0);
  topGold = new Uint8Array(0);
  curNode = new Int32Array(0);
  nextNode = new Int32Array(0);
  curGold = new Uint8Array(0);
  nextGold = new Uint8Array(0);
  curScore = new Float64Array(0);
  nextScore = new Float64Array(0);
  cur: State[] = [];
  next: State[] = [];
  candParent = new Int32Array(0);
  candAct = new Int32Array(0);
  candScore = new Float64Array(0);

  reserve(steps: number, width: number): void {
    const slots = (steps + 1) * width;
    if (this.feats.length < slots * MAX_ACT_FEATS) {
      this.feats = new Int32Array(slots * MAX_ACT_FEATS * 2);
      this.nodeParent = new Int32Array(slots * 2 + 1);
      this.nodeSlot = new Int32Array(slots * 2 + 1);
      this.nodeAct = new Int32Array(slots * 2 + 1);
    }
    if (this.goldActs.length < steps + 1) {
      const c = (steps + 1) * 2;
      this.goldActs = new Int32Array(c);
      this.goldFeats = new Int32Array(c * MAX_ACT_FEATS);
      this.goldScore = new Float64Array(c + 1);
      this.topScore = new Float64Array(c + 1);
      this.topNode = new Int32Array(c + 1);
      this.topGold = new Uint8Array(c + 1);
    }
    while (this.cur.length < width) {
      this.cur.push(new State());
      this.next.push(new State());
    }
    if (this.curNode.length < width) {
      this.curNode = new Int32Array(width);
      this.nextNode = new Int32Array(width);
      this.curGold = new Uint8Array(width);
      this.nextGold = new Uint8Array(width);
      this.curScore = new Float64Array(width);
      this.nextScore = new Float64Array(width);
      this.candParent = new Int32Array(3 * width);
      this.candAct = new Int32Array(3 * width);
      this.candScore = new Float64Array(3 * width);
    }
  }
}

/**
 * Perceptron update of the label classifier after `dec.bestLabel` predicted `pl`
 * where the gold label is `gl`. Returns whether it was an error. The gold label
 * may be absent from the key's candidates: then it cannot be learnt here.
 */
function labelUpdate(dec: Decoder, pl: number, gl: number, labW: Float32Array, labU: Float64Array, clock: number): boolean {
  if (pl === gl || gl < 0) return false;
  const { candStart, cands } = dec.model;
  const c0 = candStart[dec.lastKey];
  let gj = -1;
  for (let j = c0; j < candStart[dec.lastKey + 1]; j++) if (cands[j] === gl) gj = j - c0;
  const pj = dec.lastCand;
  if (gj >= 0) {
    const f = dec.lfeats;
    const stride = dec.model.labStride;
    const nf = dec.nLab;
    for (let i = 0; i < nf; i++) {
      const r = f[i] * stride;
      labW[r + gj] += 1;
      labU[r + gj] += clock;
      labW[r + pj] -= 1;
      labU[r + pj] -= clock;
    }
  }
  return true;
}

/**
 * One sentence of global beam training. First the gold (static-oracle) action
 * sequence is walked with gold labels, training the label classifier on its
 * arcs and recording features and prefix scores; then beam search runs to the
 * end, and if the best hypothesis ever differs from gold, the perceptron is
 * updated at the step of maximal violation (best score minus gold prefix score).
 */
function beamTrainSentence(
  dec: Decoder,
  ex: Example,
  width: number,
  bt: BeamScratch,
  actW: Float32Array,
  actU: Float64Array,
  labW: Float32Array,
  labU: Float64Array,
  clock: number,
): { steps: number; updated: boolean; labN: number; labErr: number } {
  const n = ex.n;
  const T = 2 * n;
  bt.reserve(T, width);
  dec.load(ex.form, ex.tags.upos, ex.tags.xpos, 0, n);
  const st = dec.state;
  const sc = new Float64Array(3);
  // Slots are MAX_ACT_FEATS apart; the model's dec.nAct of each are used.
  const F = MAX_ACT_FEATS;
  const nf = dec.nAct;
  let labN = 0;
  let labErr = 0;
  // 1. Gold path.
  bt.goldScore[0] = 0;
  for (let t = 0; t < T; t++) {
    const f = bt.goldFeats.subarray(t * F, t * F + F);
    dec.scoreState(st, f, sc);
    let a: number;
    if (st.canLeft() && leftCost(st.stack, st.sp, st.bi, ex) === 0) a = LEFT;
    else if (st.canRight() && rightCost(st.stack, st.sp, st.bi, ex) === 0) a = RIGHT;
    else a = SHIFT;
    bt.goldActs[t] = a;
    bt.goldScore[t + 1] = bt.goldScore[t] + sc[a];
    if (a === SHIFT) {
      st.shift();
      continue;
    }
    const d = st.stack[st.sp - 1];
    const h = a === LEFT ? st.bi : st.stack[st.sp - 2];
    if (h === n) {
      st.attach(h, -2);
      continue;
    }
    const gl = ex.glab[d];
    const pl = dec.bestLabel(h, d);
    labN++;
    if (labelUpdate(dec, pl, gl, labW, labU, clock)) labErr++;
    st.attach(h, gl);
  }
  // 2. Beam search with gold labels on correct arcs.
  dec.goldHead = ex.gold;
  dec.goldLabel = ex.glab;
  let cur = bt.cur;
  let next = bt.next;
  for (let i = 0; i < width; i++) {
    for (const s of [cur[i], next[i]]) {
      s.reserve(n);
      s.w = st.w;
      s.t = st.t;
      s.c = st.c;
      s.pv = st.pv;
      s.pp = st.pp;
      s.fx = st.fx;
      s.init(n);
    }
  }
  let curN = 1;
  let nodes = 1;
  let slots = 0;
  bt.curNode[0] = 0;
  bt.curGold[0] = 1;
  bt.curScore[0] = 0;
  const cp = bt.candParent;
  const ca = bt.candAct;
  const cs = bt.candScore;
  let worst = -Infinity;
  let worstT = -1;
  for (let t = 0; t < T; t++) {
    let nc = 0;
    const slot0 = slots;
    for (let i = 0; i < curN; i++) {
      const s = cur[i];
      const f = bt.feats.subarray(slots * F, slots * F + F);
      slots++;
      dec.scoreState(s, f, sc);
      nc = pushLegalActions(s, i, bt.curScore[i], sc, cp, ca, cs, nc);
    }
    const keep = selectTop(cs, cp, ca, nc, width);
    const ga = bt.goldActs[t];
    for (let k = 0; k < keep; k++) {
      const p = cp[k];
      const dst = next[k];
      dst.copyFrom(cur[p]);
      dec.apply(ca[k], dst);
      bt.nextScore[k] = cs[k];
      bt.nextGold[k] = bt.curGold[p] && ca[k] === ga ? 1 : 0;
      bt.nodeParent[nodes] = bt.curNode[p];
      bt.nodeSlot[nodes] = slot0 + p;
      bt.nodeAct[nodes] = ca[k];
      bt.nextNode[k] = nodes++;
    }
    // Violation at t + 1 when the best hypothesis is not gold.
    if (!bt.nextGold[0]) {
      const v = cs[0] - bt.goldScore[t + 1];
      if (v >= 0 && v > worst) {
        worst = v;
        worstT = t + 1;
        bt.topNode[t + 1] = bt.nextNode[0];
      }
    }
    curN = keep;
    let tmp = cur;
    cur = next;
    next = tmp;
    let tn = bt.curNode;
    bt.curNode = bt.nextNode;
    bt.nextNode = tn;
    const tg = bt.curGold;
    bt.curGold = bt.nextGold;
    bt.nextGold = tg;
    const ts = bt.curScore;
    bt.curScore = bt.nextScore;
    bt.nextScore = ts;
    void tmp;
    void tn;
  }
  bt.cur = cur;
  bt.next = next;
  dec.goldHead = null;
  dec.goldLabel = null;
  if (worstT < 0) return { steps: T, updated: false, labN, labErr };
  // 3. Max-violation update: gold prefix up, predicted prefix down.
  for (let t = 0; t < worstT; t++) {
    const a = bt.goldActs[t];
    const o = t * F;
    for (let i = 0; i < nf; i++) {
      const r = bt.goldFeats[o + i] * ACT_STRIDE + a;
      actW[r] += 1;
      actU[r] += clock;
    }
  }
  for (let nd = bt.topNode[worstT]; nd !== 0; nd = bt.nodeParent[nd]) {
    const a = bt.nodeAct[nd];
    const o = bt.nodeSlot[nd] * F;
    for (let i = 0; i < nf; i++) {
      const r = bt.feats[o + i] * ACT_STRIDE + a;
      actW[r] -= 1;
      actU[r] -= clock;
    }
  }
  return { steps: T, updated: true, labN, labErr };
}

/**
 * Weighted average of quantised models with the same vocabulary, labels and
 * candidates (each table on its Int8 scale, so every member counts by its
 * weight whatever its training scale), re-quantised. Used to keep an earlier
 * shipped model as a member of the ensemble (see train.ts --anchor): the
 * coder's rules were tuned on that model's parses, and a fresh ensemble alone
 * changes enough of them to cost conformance records.
 */
export function blendQuantised(
  members: readonly { model: ParserModel; weight: number }[],
  features: Pick<ParserModel, 'fx' | 'wn'> = members[0].model,
): ParserModel {
  const first = members[0].model;
  const act = new Float32Array(first.act.length);
  const lab = new Float32Array(first.lab.length);
  for (const { model: m, weight } of members) {
    if (
      m.act.length !== act.length ||
      m.lab.length !== lab.length ||
      m.vocab.size !== first.vocab.size ||
      m.labels.join() !== first.labels.join() ||
      m.cands.join() !== first.cands.join() ||
      m.candStart.join() !== first.candStart.join()
    ) {
      throw new AnnalsError('E_MODEL', 'blendQuantised: models differ in shape, vocabulary or labels');
    }
    for (const [w, v] of first.vocab) if (m.vocab.get(w) !== v) throw new AnnalsError('E_MODEL', 'blendQuantised: vocabularies differ');
    for (let i = 0; i < act.length; i++) act[i] += weight * m.act[i];
    for (let i = 0; i < lab.length; i++) lab[i] += weight * m.lab[i];
  }
  // The blend decodes with `features`' template families: rows of templates
  // a member lacks hold that member's hash-colliding weights (noise it shares
  // with every hashed table).
  const out: ParserModel = { ...first, act: quantise(act).q, lab: quantise(lab).q, beamModel: undefined };
  delete out.fx;
  delete out.wn;
  if (features.fx) out.fx = features.fx;
  if (features.wn) out.wn = features.wn;
  return out;
}

/**
 * Average several models trained on the same data with different seeds (same
 * vocabulary, labels and candidates; only shuffling and exploration differ)
 * into one: summing linear scores equals scoring with summed weights, so this
 * is an ensemble at no decoding cost.
 */
export function soup(models: readonly Trained[]): Trained {
  const first = models[0];
  const act = new Float32Array(first.act.length);
  const lab = new Float32Array(first.lab.length);
  for (const m of models) {
    if (m.act.length !== act.length || m.lab.length !== lab.length || m.vocabList.length !== first.vocabList.length) {
      throw new Error('soup: models differ in shape');
    }
    for (let i = 0; i < act.length; i++) act[i] += m.act[i];
    for (let i = 0; i < lab.length; i++) lab[i] += m.lab[i];
  }
  return { model: { ...first.model, act: quantise(act).q, lab: quantise(lab).q }, vocabList: first.vocabList, act, lab };
}
