/**
 * Training: averaged perceptron with the arc-hybrid dynamic oracle and
 * exploration (Goldberg & Nivre 2012, 2013). Deterministic for a given seed.
 *
 * Models trained here on UD English EWT are derived works of the treebank and
 * are licensed CC BY-SA 4.0.
 * @module
 */
import type { ConlluSentence } from '../conllu.js';
import { DEPREL, DEPREL_ID, deprelId, uposId, xposId } from '../tags.js';
import { ACT_STRIDE, LEFT, N_ACT_FEATS, N_LAB_FEATS, RIGHT, SHIFT, normWord, tagAtom } from './core.js';
import { projectivise, Score } from './data.js';
import { Decoder, LAB_STRIDE, N_CAND_KEYS, candKey, quantise, type ParserModel } from './model.js';

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
}

/**
 * Train a parser. `train` and `dev` come with the tags the parser should see
 * (gold, or a tagger's predictions). Returns the quantised averaged model of
 * the epoch with the best dev LAS.
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
  const { candStart, cands } = buildCandidates(trainSents, trainTags, labelIndex, 2);
  const examples = trainSents.map((s, i) => makeExample(s, trainTags[i], labelIndex));
  opt.log(`train: ${examples.length} sentences, vocab ${vocabList.length}, ${L} labels`);

  const actRows = 1 << opt.actBits;
  const labRows = 1 << opt.labBits;
  const actW = new Float32Array(actRows * ACT_STRIDE);
  const actU = new Float64Array(actRows * ACT_STRIDE);
  const labW = new Float32Array(labRows * LAB_STRIDE);
  const labU = new Float64Array(labRows * LAB_STRIDE);
  const live: ParserModel = {
    actBits: opt.actBits,
    labBits: opt.labBits,
    act: actW,
    lab: labW,
    labels: Int32Array.from(labelIds),
    rootLabel: rootId,
    candStart,
    cands,
    vocab,
  };
  const dec = new Decoder(live);
  const st = dec.state;
  const scores = new Float64Array(3);
  const costs = new Int32Array(3);
  const rand = rng(opt.seed);
  let clock = 1;
  let best: { model: ParserModel; las: number; epoch: number } | undefined;

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
    for (const ei of order) {
      const ex = examples[ei];
      const n = ex.n;
      dec.load(ex.form, ex.tags.upos, ex.tags.xpos, 0, n);
      const gold = ex.gold;
      while (!st.done()) {
        dec.scoreActions(scores);
        // Costs of legal actions (-1 = illegal).
        costs[SHIFT] = st.canShift() ? shiftCost(st.stack, st.sp, st.bi, st.inStack, ex) : -1;
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
          for (let i = 0; i < N_ACT_FEATS; i++) {
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
          if (pl !== gl && gl >= 0) {
            labErr++;
            // Slot of the gold label among the key's candidates (absent: cannot learn it here).
            const c0 = candStart[dec.lastKey];
            let gj = -1;
            for (let j = c0; j < candStart[dec.lastKey + 1]; j++) if (cands[j] === gl) gj = j - c0;
            const pj = dec.lastCand;
            if (gj >= 0) {
              const f = dec.lfeats;
              for (let i = 0; i < N_LAB_FEATS; i++) {
                const r = f[i] * LAB_STRIDE;
                labW[r + gj] += 1;
                labU[r + gj] += clock;
                labW[r + pj] -= 1;
                labU[r + pj] -= clock;
              }
            }
          }
          st.attach(h, gl);
        } else {
          st.attach(h, pl);
        }
      }
    }
    // Average (w - u / clock), quantise, and score on dev.
    const avgAct = new Float32Array(actW.length);
    for (let i = 0; i < actW.length; i++) avgAct[i] = actW[i] - actU[i] / clock;
    const avgLab = new Float32Array(labW.length);
    for (let i = 0; i < labW.length; i++) avgLab[i] = labW[i] - labU[i] / clock;
    const qa = quantise(avgAct);
    const ql = quantise(avgLab);
    const model: ParserModel = { ...live, act: qa.q, lab: ql.q };
    const sc = evaluate(model, devSents, devTags);
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    opt.log(
      `epoch ${epoch + 1}: action err ${((100 * actErr) / steps).toFixed(2)}%  label err ${((100 * labErr) / Math.max(1, labN)).toFixed(2)}%  ` +
        `dev ${sc.toString()}  [${secs}s${explore ? ', exploring' : ''}]`,
    );
    if (!best || sc.las > best.las) best = { model, las: sc.las, epoch: epoch + 1 };
  }
  opt.log(`best dev LAS at epoch ${best!.epoch}`);
  return { model: best!.model, vocabList };
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
      const key = candKey(i < h - 1 ? 0 : 1, tagAtom(tg.upos[i], tg.xpos[i]), tagAtom(tg.upos[h - 1], tg.xpos[h - 1]));
      seen[key * L + l]++;
      total[l]++;
    });
  });
  const lists: number[][] = [];
  for (let key = 0; key < N_CAND_KEYS; key++) {
    const list: number[] = [];
    for (let l = 0; l < L; l++) if (seen[key * L + l] >= minCount) list.push(l);
    // Most frequent first, at most LAB_STRIDE.
    list.sort((a, b) => seen[key * L + b] - seen[key * L + a] || a - b);
    lists.push(list.slice(0, LAB_STRIDE));
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
    lists[key] = [...union].sort((a, b) => total[b] - total[a] || a - b).slice(0, LAB_STRIDE);
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
export function evaluate(model: ParserModel, sents: readonly ConlluSentence[], tags: readonly SentTags[]): Score {
  const dec = new Decoder(model);
  const sc = new Score();
  const st = dec.state;
  const labels = model.labels;
  sents.forEach((s, si) => {
    const n = s.words.length;
    dec.load(s.words, tags[si].upos, tags[si].xpos, 0, n);
    dec.parse();
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
