/**
 * Shrink a trained tagger model without retraining: fold its bucket table to
 * fewer buckets and drop small weights.
 *
 *   node dist/analysis/tagger/shrink.js --model IN --out OUT [--buckets LOG2] [--prune P] [--top K]
 *
 * A feature's bucket is `hash & (B-1)` (model.ts), so the bucket of a
 * smaller table of 2^k buckets is the old bucket's low k bits: folding merges
 * old buckets b, b + 2^k, ... and sums their same-class weights, which is what
 * training with `--buckets k` would have exported (train.ts export merges the
 * colliding features the same way), up to the rounding of the Int16
 * quantisation (here the quantised weights are summed; a sum outside Int16 is
 * requantised with a coarser scale for the whole section). `--prune P` then
 * drops every weight whose absolute value is below P (in the model's float
 * units, like train.ts `--prune`, whose default 0.5 the shipped model has).
 * Every section of the chain (both reading directions) is shrunk; the
 * lexicon, WordNet table and tag dictionary stay as they are.
 * Deterministic: the same input and options give the same bytes.
 *
 * Why: the decoder's per-token features (model.ts decode/flushBatch) look up
 * a random bucket each, in a table of 8 bytes per bucket (8 MB at 2^20),
 * and the idea was that this pushes the parser's weight rows out of the
 * 4 MB L2 cache between sentences (ISSUE 2, sessions 10-12). `--top K`
 * (at most K weights per bucket, the largest by |w|) was tried as well.
 *
 * Measured (speed session 13, Nov 26; NOT shipped: the model file is
 * unchanged, this tool stays for the record and for later recipes). Dev:
 * the train-only tagger of the shipped recipe (/work/ft/tagger-trainonly.bin)
 * shrunk the same way; test: the shipped tagger shrunk; parser = the shipped
 * models/parser.bin at the default (beam 4, margin 300), `eval.js --tagger`:
 *                       weights   dev UPOS UAS/LAS       test UPOS UAS/LAS
 *   shipped (2^20, 0.5)  823,954  95.57 85.34/81.39     96.13 86.05/82.43
 *   --prune 0.75         715,834  95.56 85.39/81.46     96.12 85.91/82.31
 *   --prune 1            341,515  95.50 85.31/81.33     96.09 86.10/82.41
 *   --prune 1.5          256,489  95.46 85.25/81.23     96.09 85.92/82.19
 *   --prune 2            144,026  95.33 85.31/81.22     96.05 86.00/82.27
 *   --buckets 19         808,268  95.53 85.26/81.29     96.11 85.93/82.29
 *   --buckets 18         778,710  95.53 85.31/81.31     96.05 85.92/82.27
 *   --buckets 17         726,843  95.36 85.11/81.00     95.99 85.83/82.12
 *   --buckets 19 --prune 1 334,489 95.49 85.23/81.24    96.11 85.89/82.24
 *   --buckets 18 --prune 1 328,208 95.48 85.18/81.17    96.01 85.87/82.22
 *   --top 2              447,879  93.58 82.73/77.83     94.27 82.53/78.14
 *   --top 3 --prune 1    240,867  94.17 82.92/78.43     94.99 84.06/80.00
 *   (--top is ruinous: frequent features carry weights for many classes.)
 *   --prune 1 with the parser at margin 250: dev 85.29/81.31, test
 *   85.99/82.32; margin 200: dev 85.32/81.36, test 85.92/82.22.
 * Speed, whole pipeline, `analysis-ab` by CPU time on the bench corpus
 * (host load ~20 on 2 cores, so only ratios in both orders mean much):
 * --prune 1 x1.049 and x1.027 (1/0.974), again x1.037 and x1.029 (1/0.972),
 * ~x1.035; --prune 2 x1.068 and
 * x1.041 (1/0.961), ~x1.05; --prune 0.75 x1.09 (one order, 6 blocks:
 * noise); --buckets 18 x0.982 (one order); --buckets 18 --prune 1 x1.03
 * (one order). Tagger stage alone (`--stage 0`): --prune 1 x1.13 and x1.13
 * (1/0.885); --prune 0.75 x1.03. So a smaller bucket table alone (2 MB at
 * 2^18 instead of 8 MB) does not speed the pipeline: the number of weights
 * added per feature does, and that changes tags. (The bench corpus is 66
 * Gigaword sentences, 1,334 tokens, 555 word types, timed over and over:
 * its working set is small, so table footprint matters less there than on a
 * long stream of new text.)
 * Event coder (`devsum.sh`, development article sets, main at 9b4c4d4:
 * SUM recall 1216/1790, precision 1620/2166): --prune 1 1212, 1617/2163
 * (articles-heldout -2, -heldout7 -1, -heldout11 -1: long-sentence parse
 * changes); --prune 0.75 1215, 1619/2167; --prune 2 1215, 1620/2168
 * (changes in 21 of 23 sets, -2 to +1 each); `npm run validate` 260 -> 259
 * (--prune 1), 260 (--prune 2). Every variant thus fails one constraint
 * (EWT test UAS >= 86.0 or the development sum), and the best one that keeps
 * both targets (--prune 1) would give ~4% of the ~8.5% the 5,000
 * sentences/s target still needs.
 * @module
 */
import { pathToFileURL } from 'node:url';
import { readModel, writeModel, type TaggerModelData } from './model.js';

/** How to shrink a model. */
export interface ShrinkOptions {
  /** log2 of the bucket count of the result (at most the model's own). */
  logBuckets: number;
  /** Weights with |w| below this (float units) are dropped; 0 keeps all. */
  prune: number;
  /** At most this many weights per bucket, the largest by |w| (0: no limit). */
  top?: number;
}

/** Shrink one section (its `next` is left alone; see {@link shrinkModel}). */
function shrinkOne(m: TaggerModelData, opts: ShrinkOptions): TaggerModelData {
  const k = Math.min(opts.logBuckets, m.logBuckets);
  const B0 = 1 << m.logBuckets;
  const B = 1 << k;
  const C = m.classUpos.length;
  // Summed quantised weights per (new bucket, class), sparse: only touched pairs.
  const sums = new Map<number, number>();
  let e = 0;
  for (let b = 0; b < B0; b++) {
    const nb = b & (B - 1);
    for (let j = 0; j < m.count[b]; j++, e++) {
      const key = nb * C + m.cls[e];
      sums.set(key, (sums.get(key) ?? 0) + m.w[e]);
    }
  }
  let maxAbs = 0;
  for (const v of sums.values()) maxAbs = Math.max(maxAbs, Math.abs(v));
  // Requantise only when a sum leaves Int16.
  const factor = maxAbs > 32767 ? 32767 / maxAbs : 1;
  const scale = m.scale / factor;
  const minQ = opts.prune / scale;
  const keys = [...sums.keys()].sort((a, b) => a - b);
  const count = new Uint8Array(B);
  const cls: number[] = [];
  const w: number[] = [];
  const top = opts.top ?? 0;
  // Per bucket (keys are in bucket order): the kept weights, in class order.
  let pend: [number, number][] = [];
  let pendB = -1;
  const flush = (): void => {
    if (pendB < 0) return;
    let keep = pend;
    if (top > 0 && keep.length > top) {
      // The largest |w| (ties: lower class first), then back to class order.
      const set = new Set([...keep].sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]) || x[0] - y[0]).slice(0, top).map((x) => x[0]));
      keep = keep.filter((x) => set.has(x[0]));
    }
    if (keep.length > 255) throw new Error(`bucket ${pendB} would hold more than 255 weights`);
    count[pendB] = keep.length;
    for (const [c, q] of keep) {
      cls.push(c);
      w.push(q);
    }
    pend = [];
  };
  for (const key of keys) {
    const q = Math.round(sums.get(key)! * factor);
    if (q === 0 || Math.abs(q) < minQ) continue;
    const nb = Math.floor(key / C);
    if (nb !== pendB) {
      flush();
      pendB = nb;
    }
    pend.push([key - nb * C, q]);
  }
  flush();
  return { ...m, logBuckets: k, scale, count, cls: Uint8Array.from(cls), w: Int16Array.from(w), next: undefined };
}

/** Shrink every section of a model chain. */
export function shrinkModel(m: TaggerModelData, opts: ShrinkOptions): TaggerModelData {
  const head = shrinkOne(m, opts);
  if (m.next) head.next = shrinkModel(m.next, opts);
  return head;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string, def: string): string => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
  };
  const input = arg('model', 'models/tagger.bin');
  const out = arg('out', '');
  if (!out) {
    console.error('usage: node dist/analysis/tagger/shrink.js --model IN --out OUT [--buckets LOG2] [--prune P]');
    process.exit(2);
  }
  const m = readModel(input);
  const opts: ShrinkOptions = { logBuckets: Number(arg('buckets', String(m.logBuckets))), prune: Number(arg('prune', '0')), top: Number(arg('top', '0')) };
  const s = shrinkModel(m, opts);
  writeModel(out, s);
  for (let a: TaggerModelData | undefined = m, b: TaggerModelData | undefined = s; a && b; a = a.next, b = b.next) {
    console.log(`2^${a.logBuckets} buckets, ${a.cls.length} weights -> 2^${b.logBuckets} buckets, ${b.cls.length} weights (scale ${a.scale.toExponential(3)} -> ${b.scale.toExponential(3)})`);
  }
}
