/**
 * The transition system and feature extraction shared by training and parsing.
 *
 * Arc-hybrid (Kuhlmann et al. 2011) with the root token placed at the END of
 * the buffer (Ballesteros & Nivre 2013), so a sentence gets exactly one root:
 * LEFT onto ROOT is only legal when the stack holds a single token. Arcs are
 * chosen by a 3-way scorer (SHIFT/LEFT/RIGHT); the label of each arc is chosen
 * at attachment time by a separate classifier over relation labels, so later
 * decisions can see the labels of attached children.
 *
 * Features are hashed numerically (no strings in the hot path) into rows of a
 * typed-array weight table: one row per feature, one column per class.
 * @module
 */

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
/** Row stride of the action table: one weight per action. */
export const ACT_STRIDE = 3;

/** Word ids: 0 = no token, 1 = unknown word, 2 = the ROOT token, 3.. vocabulary. */
export const W_NONE = 0;
export const W_UNK = 1;
export const W_ROOT = 2;
/** Tag ids: 0 = no token, 1 = ROOT, 2.. = 2 + upos * 64 + xpos. */
export const T_NONE = 0;
export const T_ROOT = 1;

export const tagAtom = (upos: number, xpos: number): number => 2 + upos * 64 + xpos;

/** Word normalisation shared by vocabulary building and parsing. */
export function normWord(form: string): string {
  const low = form.toLowerCase();
  for (let i = 0; i < low.length; i++) {
    const c = low.charCodeAt(i);
    if (c >= 48 && c <= 57) return low.replace(/[0-9]/g, '0');
  }
  return low;
}

// Cheap multiplicative mixing of up to five 32-bit ints (`k` is the template
// id), with a final avalanche because the table index takes the LOW bits.
function fin(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return h ^ (h >>> 15);
}
export const h1 = (k: number, a: number): number => fin(Math.imul(Math.imul(k, 0x9e3779b1) ^ a, 0x85ebca6b));
export const h2 = (k: number, a: number, b: number): number =>
  fin(Math.imul(Math.imul(Math.imul(k, 0x9e3779b1) ^ a, 0x85ebca6b) ^ b, 0xc2b2ae35));
export const h3 = (k: number, a: number, b: number, c: number): number =>
  fin(Math.imul(Math.imul(Math.imul(Math.imul(k, 0x9e3779b1) ^ a, 0x85ebca6b) ^ b, 0xc2b2ae35) ^ c, 0x27d4eb2f));
export const h4 = (k: number, a: number, b: number, c: number, d: number): number =>
  fin(
    Math.imul(
      Math.imul(Math.imul(Math.imul(Math.imul(k, 0x9e3779b1) ^ a, 0x85ebca6b) ^ b, 0xc2b2ae35) ^ c, 0x27d4eb2f) ^ d,
      0x165667b1,
    ),
  );

function distBucket(d: number): number {
  if (d < 0) d = -d;
  return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : d <= 14 ? 7 : 8;
}

/**
 * Hashes a template list over an atom buffer: writes template i's feature id,
 * `hN(base + id, atoms[x], atoms[y], ..) & mask`, at `out[k + i]` and returns
 * `k + count`.
 */
export type TemplateHasher = (base: number, atoms: Int32Array, out: Int32Array, k: number, mask: number) => number;

/** Multipliers of h1..h4 after each atom (see {@link h4}). */
const MIX = ['0x85ebca6b', '0xc2b2ae35', '0x27d4eb2f', '0x165667b1'];

/**
 * Compile a template list, each entry [template id, atom index, ...] with 1 to
 * 4 atoms, into straight-line code computing exactly what h1..h4 compute. It is
 * generated (from these integers only) rather than written as one call per
 * template because V8 inlines only the first dozen or so calls of a function:
 * the remaining calls cost a quarter of parsing time, and a loop over a table
 * of templates is slower still.
 */
export function compileTemplates(list: readonly (readonly number[])[]): TemplateHasher {
  const body = compileSource(list, 'out[k++] = (h ^ (h >>> 15)) & mask;');
  return new Function('base', 'a', 'out', 'k', 'mask', `'use strict'; const bk = Math.imul(base, 0x9e3779b1); let h = 0;\n${body}\nreturn k;`) as TemplateHasher;
}

/** Straight-line code hashing each template of `list` into h (see {@link compileTemplates}), each followed by `use`. */
function compileSource(list: readonly (readonly number[])[], use: string): string {
  const lines: string[] = [];
  for (const tpl of list) {
    const arity = tpl.length - 1;
    if (arity < 1 || arity > 4 || !tpl.every((x) => Number.isInteger(x) && x >= 0)) {
      throw new RangeError(`feature template [${tpl.join(', ')}] must be an id and 1 to 4 atom indexes`);
    }
    // imul(base + id, K) = imul(base, K) + imul(id, K) (mod 2^32): one multiplication per call, not per template.
    let h = `((bk + ${Math.imul(tpl[0], 0x9e3779b1)}) | 0)`;
    for (let j = 1; j <= arity; j++) h = `Math.imul(${h} ^ a[${tpl[j]}], ${MIX[j - 1]})`;
    lines.push(`h = ${h}; h = Math.imul(h ^ (h >>> 16), 0x7feb352d); ${use}`);
  }
  return lines.join('\n');
}

/**
 * Sums a template list's action-table rows straight from an atom buffer:
 * `out[o]`, `out[o + 1]`, `out[o + 2]` = the SHIFT, LEFT and RIGHT sums of
 * the rows `hN(id, atoms...) & mask` of the table `W`. The same integers as
 * hashing with {@link compileTemplates} and summing the rows after.
 * {@link compileSummer}: `W` holds one Int32 word per row (the three Int8
 * weights in its low bytes; see Decoder.sumRows for the carry-free 16-bit
 * lanes). {@link compilePackedSummer}: `W` views the Int8 table itself, three
 * bytes per row with at least one byte after the last row (see
 * {@link packedActTable}), so the table takes a quarter less cache.
 */
export type TemplateSummer = (a: Int32Array, W: Int32Array, out: Int32Array, o: number, mask: number) => void;
export type PackedSummer = (a: Int32Array, W: DataView, out: Int32Array, o: number, mask: number) => void;

/**
 * Compile a template list (as {@link compileTemplates}, base 0) into a
 * {@link TemplateSummer}: each row is loaded as soon as its hash is known,
 * with no feature buffer between hashing and summing.
 */
export function compileSummer(list: readonly (readonly number[])[]): TemplateSummer {
  return compileSumming(list, 'x = W[(h ^ (h >>> 15)) & mask] ^ 0x80808080; e += x & 0xff00ff; od += (x >>> 8) & 0xff00ff;') as TemplateSummer;
}

/**
 * Compile a template list into a {@link PackedSummer}: as {@link compileSummer}
 * over the 3-byte rows of a {@link packedActTable}. Each row is one unaligned
 * 32-bit load whose top byte (the next row's) is masked off.
 */
export function compilePackedSummer(list: readonly (readonly number[])[]): PackedSummer {
  return compileSumming(
    list,
    'x = W.getInt32(3 * ((h ^ (h >>> 15)) & mask), true) ^ 0x808080; e += x & 0xff00ff; od += (x >>> 8) & 0xff;',
  ) as PackedSummer;
}

function compileSumming(list: readonly (readonly number[])[], use: string): TemplateSummer | PackedSummer {
  if (list.length > 257) throw new RangeError('compileSummer: at most 257 templates (16-bit lanes)');
  const lines: string[] = [];
  for (const tpl of list) {
    const arity = tpl.length - 1;
    if (arity < 1 || arity > 4 || !tpl.every((x) => Number.isInteger(x) && x >= 0)) {
      throw new RangeError(`feature template [${tpl.join(', ')}] must be an id and 1 to 4 atom indexes`);
    }
    let h = `${Math.imul(tpl[0], 0x9e3779b1) | 0}`;
    for (let j = 1; j <= arity; j++) h = `Math.imul(${h} ^ a[${tpl[j]}], ${MIX[j - 1]})`;
    lines.push(`h = ${h}; h = Math.imul(h ^ (h >>> 16), 0x7feb352d); ${use}`);
  }
  const bias = 128 * list.length;
  return new Function(
    'a',
    'W',
    'out',
    'o',
    'mask',
    `'use strict'; let h = 0, x = 0, e = 0, od = 0;\n${lines.join('\n')}\nout[o] = (e & 0xffff) - ${bias}; out[o + 1] = (od & 0xffff) - ${bias}; out[o + 2] = (e >>> 16) - ${bias};`,
  ) as TemplateSummer | PackedSummer;
}

/**
 * The Int8 action table (3 weights per row) as a DataView for
 * {@link compilePackedSummer}: a view of the table's own bytes when its buffer
 * has a byte to spare after it (as deserialised models do), else of a copy
 * with one.
 */
export function packedActTable(act: Int8Array): DataView {
  if (act.buffer.byteLength >= act.byteOffset + act.length + 1) return new DataView(act.buffer, act.byteOffset, act.length + 1);
  const copy = new Uint8Array(act.length + 4);
  copy.set(new Uint8Array(act.buffer, act.byteOffset, act.length));
  return new DataView(copy.buffer, 0, act.length + 1);
}

/**
 * A {@link TemplateHasher} that also loads word 0 of each feature's row of a
 * table of 4-word rows (`W[id << 2]`), XOR-ing them into `sink[0]`: the row
 * loads start while the later templates are still being hashed, and are in
 * the cache when the rows are summed.
 */
export type TouchingHasher = (base: number, a: Int32Array, out: Int32Array, k: number, mask: number, W: Int32Array, sink: Int32Array) => number;

/** Compile a template list as {@link compileTemplates} does, into a {@link TouchingHasher}. */
export function compileTouching(list: readonly (readonly number[])[]): TouchingHasher {
  const body = compileSource(list, 'x = (h ^ (h >>> 15)) & mask; out[k++] = x; t ^= W[x << 2];');
  return new Function('base', 'a', 'out', 'k', 'mask', 'W', 'sink', `'use strict'; const bk = Math.imul(base, 0x9e3779b1); let h = 0, x = 0, t = 0;\n${body}\nsink[0] = t; return k;`) as TouchingHasher;
}

/**
 * Sums a label template list's rows straight from an atom buffer:
 * `sc[j]` = the sum over the templates of column j of row
 * `hN(base + id, atoms...) & mask` of a label table of 16 Int8 columns read
 * as four Int32 words per row, for j < 4 x the summer's word count (the
 * columns past the arc's candidates need not be read). The same integers as
 * hashing with {@link compileTemplates} and adding the rows after.
 */
export type LabelSummer = (base: number, a: Int32Array, W: Int32Array, sc: Float64Array, mask: number) => void;

/**
 * Compile a label template list (at most 257 templates) into a
 * {@link LabelSummer} reading words 0..words-1 (1 to 4) of each row: the
 * Int8 weights, biased by 128 to unsigned bytes, add as 16-bit lanes of
 * their words' even and odd bytes without carries. In two passes, as
 * {@link compileTouching} and Decoder.labelScores16 did: every row's offset
 * first, loading its first word (the rows are mostly out of cache, and a
 * loop this long would otherwise have only a few of them in flight), then
 * the sums. Parser stage x1.03 on the bench corpus against those two (same
 * parses): no feature-id buffer, only the words holding the candidates.
 */
export function compileLabelSummer(list: readonly (readonly number[])[], words: number): LabelSummer {
  if (list.length > 257) throw new RangeError('compileLabelSummer: at most 257 templates (16-bit lanes)');
  if (!(Number.isInteger(words) && words >= 1 && words <= 4)) throw new RangeError('compileLabelSummer: 1 to 4 words');
  const hashes = compileSource(list, 'r = ((h ^ (h >>> 15)) & mask) << 2; t ^= W[r]; R[i++] = r;');
  let sums = 'for (let j = 0; j < i; j++) { r = R[j];';
  for (let w = 0; w < words; w++) sums += ` x = W[r${w ? ` + ${w}` : ''}] ^ 0x80808080; e${w} += x & 0xff00ff; o${w} += (x >>> 8) & 0xff00ff;`;
  sums += ' }';
  const body = `${hashes}\n${sums}\nsink[0] = t;`;
  const vars = 'i = 0, t = 0, ' + Array.from({ length: words }, (_, w) => `e${w} = 0, o${w} = 0`).join(', ');
  const bias = 128 * list.length;
  const outs: string[] = [];
  for (let w = 0; w < words; w++) {
    outs.push(
      `sc[${4 * w}] = (e${w} & 0xffff) - ${bias}; sc[${4 * w + 1}] = (o${w} & 0xffff) - ${bias}; sc[${4 * w + 2}] = (e${w} >>> 16) - ${bias}; sc[${4 * w + 3}] = (o${w} >>> 16) - ${bias};`,
    );
  }
  const R = new Int32Array(list.length);
  const sink = new Int32Array(1);
  return new Function(
    'R',
    'sink',
    `return function (base, a, W, sc, mask) { 'use strict'; const bk = Math.imul(base, 0x9e3779b1); let h = 0, r = 0, x = 0, ${vars};\n${body}\n${outs.join('\n')} };`,
  )(R, sink) as LabelSummer;
}

/** Atoms read by the configuration templates (slots of State.atoms). */
const enum CA {
  s0w,
  s0t,
  b0w,
  b0t,
  s1w,
  s1t,
  b1t,
  s2t,
  s0Lt,
  s0Rt,
  b0Lt,
  s1Rt,
  s0L2t,
  s0R2t,
  b0L2t,
  s1Lt,
  d0,
  d1,
  s0vr,
  s0vl,
  b0vl,
  s1vr,
  s0Lw,
  s0Ll,
  s0Rw,
  s0Rl,
  b0Lw,
  b0Ll,
  s0L2w,
  s0L2l,
  s0R2w,
  s0R2l,
  b0L2w,
  b0L2l,
  s1Rw,
  s1Rl,
  s1Ll,
  s0rs,
  s0ls,
  b0ls,
  s1rs,
  s0n,
  b0p,
  COUNT,
}

/** Action templates over s0 and b0: their words and tags, b1's tag, their distance and neighbours (see State.s0b0Features). */
const S0B0_LIST: readonly (readonly number[])[] = [
  [17, CA.s0w, CA.s0t, CA.b0w, CA.b0t],
  [18, CA.s0w, CA.s0t, CA.b0w],
  [19, CA.s0w, CA.b0w, CA.b0t],
  [20, CA.s0w, CA.s0t, CA.b0t],
  [21, CA.s0t, CA.b0w, CA.b0t],
  [22, CA.s0w, CA.b0w],
  [23, CA.s0t, CA.b0t],
  [31, CA.s0t, CA.b0t, CA.b1t],
  [44, CA.s0w, CA.d0],
  [45, CA.s0t, CA.d0],
  [46, CA.b0w, CA.d0],
  [47, CA.b0t, CA.d0],
  [48, CA.s0w, CA.b0w, CA.d0],
  [49, CA.s0t, CA.b0t, CA.d0],
  [77, CA.s0t, CA.s0n, CA.b0p, CA.b0t],
  [78, CA.s0w, CA.b0t, CA.b1t],
];
const S0B0_TEMPLATES = compileTemplates(S0B0_LIST);

/** Action templates over s1 and s0: their words, tags and distance (see State.s1s0Features). */
const S1S0_LIST: readonly (readonly number[])[] = [
  [25, CA.s1w, CA.s0w],
  [26, CA.s1t, CA.s0t],
  [27, CA.s1w, CA.s0t],
  [28, CA.s1t, CA.s0w],
  [29, CA.s1w, CA.s1t, CA.s0w, CA.s0t],
  [50, CA.s1t, CA.s0t, CA.d1],
  [51, CA.s1w, CA.s0w, CA.d1],
];
const S1S0_TEMPLATES = compileTemplates(S1S0_LIST);

/**
 * Action templates over the rest of the configuration (arcs, labels, valency,
 * more tokens): [id, atoms...], hashed as h1..h4(id, atoms...).
 */
const CONFIG_LIST: readonly (readonly number[])[] = [
  // Tag trigrams.
  [32, CA.s1t, CA.s0t, CA.b0t],
  [33, CA.s2t, CA.s1t, CA.s0t],
  [34, CA.s1t, CA.s0t, CA.b1t],
  [35, CA.s0t, CA.s0Lt, CA.b0t],
  [36, CA.s0t, CA.s0Rt, CA.b0t],
  [37, CA.s0t, CA.b0t, CA.b0Lt],
  [38, CA.s1t, CA.s1Rt, CA.s0t],
  [39, CA.s0t, CA.s0Lt, CA.s0L2t],
  [40, CA.s0t, CA.s0Rt, CA.s0R2t],
  [41, CA.b0t, CA.b0Lt, CA.b0L2t],
  [42, CA.s1t, CA.s0t, CA.s0Lt],
  [43, CA.s1t, CA.s1Lt, CA.s0t],
  // Valency.
  [52, CA.s0w, CA.s0vr],
  [53, CA.s0t, CA.s0vr],
  [54, CA.s0w, CA.s0vl],
  [55, CA.s0t, CA.s0vl],
  [56, CA.b0w, CA.b0vl],
  [57, CA.b0t, CA.b0vl],
  [58, CA.s1t, CA.s1vr, CA.s0t],
  // Children.
  [59, CA.s0Lw, CA.s0Ll],
  [60, CA.s0Lt, CA.s0Ll],
  [61, CA.s0Rw, CA.s0Rl],
  [62, CA.s0Rt, CA.s0Rl],
  [63, CA.b0Lw, CA.b0Ll],
  [64, CA.b0Lt, CA.b0Ll],
  [65, CA.s0L2w, CA.s0L2t, CA.s0L2l],
  [66, CA.s0R2w, CA.s0R2t, CA.s0R2l],
  [67, CA.b0L2w, CA.b0L2t, CA.b0L2l],
  [68, CA.s1Rw, CA.s1Rl, CA.s0t],
  [69, CA.s1Ll, CA.s1t, CA.s0t],
  [70, CA.s0t, CA.s0Ll, CA.s0Rl, CA.b0t],
  [71, CA.s1t, CA.s1Rl, CA.s0t, CA.s0Ll],
  // Label sets.
  [72, CA.s0w, CA.s0rs],
  [73, CA.s0t, CA.s0rs],
  [74, CA.s0t, CA.s0ls],
  [75, CA.b0t, CA.b0ls],
  [76, CA.s1t, CA.s1rs, CA.s0t],
];
const CONFIG_TEMPLATES = compileTemplates(CONFIG_LIST);

/**
 * The configuration templates split by what they read, for beam search's
 * memos (Decoder.scoreGrouped): `s0` reads only s0 and its children (their
 * words, tags, labels), valency and label sets, so it is the same wherever
 * s0's subtree is; `b0` the same of b0; `s1s0` reads s1's and s0's subtrees;
 * `s0b0` s0's and b0's subtrees; `tok` only tags of stack and buffer tokens.
 * Together they are exactly CONFIG_LIST (tested). A new configuration
 * template must go in the group whose key determines every atom it reads.
 */
export const CONFIG_GROUP_IDS = {
  s0: [39, 40, 52, 53, 54, 55, 59, 60, 61, 62, 65, 66, 72, 73, 74],
  b0: [41, 56, 57, 63, 64, 67, 75],
  s1s0: [38, 42, 43, 58, 68, 69, 71, 76],
  s0b0: [35, 36, 37, 70],
  tok: [32, 33, 34],
} as const;
/** Ids of the configuration templates, in {@link State.configFeatures} order. */
export const CONFIG_IDS: readonly number[] = CONFIG_LIST.map((t) => t[0]);
const groupOf = (ids: readonly number[]): TemplateHasher => compileTemplates(CONFIG_LIST.filter((t) => ids.includes(t[0])));
/** Compiled hashers of {@link CONFIG_GROUP_IDS}, over the atoms {@link State.configAtoms} fills. */
export const CONFIG_GROUPS = {
  s0: groupOf(CONFIG_GROUP_IDS.s0),
  b0: groupOf(CONFIG_GROUP_IDS.b0),
  s1s0: groupOf(CONFIG_GROUP_IDS.s1s0),
  s0b0: groupOf(CONFIG_GROUP_IDS.s0b0),
  tok: groupOf(CONFIG_GROUP_IDS.tok),
};
const sumOf = (ids: readonly number[]): PackedSummer => compilePackedSummer(CONFIG_LIST.filter((t) => ids.includes(t[0])));
/**
 * Fused hash-and-sum versions of the beam decoder's template groups (see
 * {@link compileSummer}): {@link CONFIG_GROUPS}' s0, b0 and s1s0, their tok
 * and s0b0 together (`fresh`), and the token-pair groups of
 * {@link State.s0b0Features} / {@link State.s1s0Features} over the atoms
 * {@link State.s0b0PairAtoms} / {@link State.s1s0PairAtoms} fill.
 */
export const GROUP_SUMS = {
  s0: sumOf(CONFIG_GROUP_IDS.s0),
  b0: sumOf(CONFIG_GROUP_IDS.b0),
  s1s0: sumOf(CONFIG_GROUP_IDS.s1s0),
  fresh: sumOf([...CONFIG_GROUP_IDS.tok, ...CONFIG_GROUP_IDS.s0b0]),
  s0b0Pair: compilePackedSummer(S0B0_LIST),
  s1s0Pair: compilePackedSummer(S1S0_LIST),
};

/**
 * Fused hash-and-sum versions (see {@link compilePackedSummer}) of
 * {@link State.stackTokenFeatures} at stack positions 0, 1 and 2, over the
 * atoms [word, tag] of the token, and of {@link State.bufferFeatures}, over
 * the atoms [b0 word, b0 tag, b1 word, b1 tag, b2 word, b2 tag] (see
 * {@link State.tokenAtoms}): the same template ids, hashed as h1 / h2 / h3.
 */
export const TOKEN_SUMS = {
  stack: [
    compilePackedSummer([
      [1, 0, 1],
      [2, 0],
      [3, 1],
    ]),
    compilePackedSummer([
      [12, 0, 1],
      [13, 0],
      [14, 1],
    ]),
    compilePackedSummer([
      [15, 1],
      [16, 0, 1],
    ]),
  ],
  buffer: compilePackedSummer([
    [4, 0, 1],
    [5, 0],
    [6, 1],
    [7, 2, 3],
    [8, 2],
    [9, 3],
    [10, 4, 5],
    [11, 5],
    [24, 1, 3],
    [30, 1, 3, 5],
  ]),
};

/** Atoms read by the label templates (slots of State.atoms). */
const enum LA {
  dw,
  dt,
  hw,
  ht,
  dist,
  dLw,
  dLl,
  dRw,
  dRl,
  dls,
  hls,
  drs,
  hLw,
  hLl,
  hRw,
  hRl,
  pt,
  nt,
  hvl,
  hvr,
  dLt,
  hpt,
  hrs,
  COUNT,
}

/** Label templates: [id, atoms...], hashed as h1..h4(dir + id, atoms...) (see State.labelFeatures). */
export const LABEL_LIST: readonly (readonly number[])[] = [
  [1, LA.dw],
  [2, LA.dt],
  [3, LA.dw, LA.dt],
  [4, LA.hw],
  [5, LA.ht],
  [6, LA.hw, LA.ht],
  [7, LA.ht, LA.dt],
  [8, LA.hw, LA.dt],
  [9, LA.ht, LA.dw],
  [10, LA.hw, LA.dw],
  [11, LA.ht, LA.dt, LA.dist],
  [12, LA.dt, LA.dLw, LA.dLl],
  [13, LA.ht, LA.dt, LA.dLw],
  [14, LA.hw, LA.dLw],
  [15, LA.dt, LA.dRw, LA.dRl],
  [16, LA.ht, LA.dt, LA.dls],
  [17, LA.ht, LA.dt, LA.hls],
  [18, LA.dt, LA.hls],
  [19, LA.ht, LA.dt, LA.drs],
  [20, LA.ht, LA.hLw, LA.hLl, LA.dt],
  [21, LA.ht, LA.hRw, LA.hRl, LA.dt],
  [22, LA.dt, LA.pt, LA.nt],
  [23, LA.dw, LA.ht, LA.dist],
  [24, LA.dt, LA.ht, LA.hvl, LA.hvr],
  [25, LA.dLt, LA.dt, LA.ht],
  [26, LA.ht, LA.hpt, LA.dt],
  [27, LA.ht, LA.dt, LA.hrs],
  [28, LA.hw, LA.dt, LA.dls],
];
const LABEL_TEMPLATES = compileTemplates(LABEL_LIST);
const LABEL_TOUCH = compileTouching(LABEL_LIST);
/**
 * Fused hash-and-sum versions of the base label templates (see
 * {@link compileLabelSummer}): entry w - 1 sums the first w words (4w
 * columns) of each row, enough for an arc with up to 4w candidate labels.
 * Over the atoms {@link State.labelAtoms} fills, with base {@link labelBase}.
 */
export const LABEL_SUMS: readonly LabelSummer[] = [1, 2, 3, 4].map((w) => compileLabelSummer(LABEL_LIST, w));
/** Template-id base of the label templates of candidate key `key` (see {@link State.labelFeatures}). */
export const labelBase = (key: number): number => 100 + key * 32;

/** Number of base action feature templates (see {@link State.actionFeatures}). */
export const N_ACT_FEATS = 78;
/** Number of base label feature templates (see {@link State.labelFeatures}). */
export const N_LAB_FEATS = 28;

/**
 * Optional template families, a bit set recorded in the model file (absent:
 * none, as in models written before they existed, which decode unchanged).
 * FX_WN: WordNet lexical classes (see wordnet.ts) of s0, s1, b0, b1, b2 and
 * of the arc's head and dependent, conjoined with tags and prepositions.
 * FX_BETWEEN: how many verbs and punctuation marks lie between s0 and b0 and
 * between s1 and s0 (clause boundaries), conjoined with their tags.
 * (Bit 1 was a family of word-level s1/s0/b0 triples: dev UAS -0.26 over 8
 * epochs, dropped. Measurements of all: train.ts.)
 */
export const FX_WN = 2;
export const FX_BETWEEN = 4;
/**
 * FX_GUIDE: stacking on a guide parse of the same sentence by another parser
 * (reverse revision, Attardi & Dell'Orletta 2009: a right-to-left parser
 * reading a left-to-right parser's arcs): whether the guide links s0, s1 and
 * b0, where the guide puts their heads relative to the configuration, the
 * guide dependents still to come, and the guide's labels. The guide is set
 * with {@link State.setGuide} after loading the sentence.
 */
export const FX_GUIDE = 8;
const N_WN_ACT = 12;
const N_BETWEEN_ACT = 4;
const N_GUIDE_ACT = 8;
const N_WN_LAB = 5;
const N_BETWEEN_LAB = 1;
const N_GUIDE_LAB = 2;
/** Most action / label templates any family set uses (scratch sizes). */
export const MAX_ACT_FEATS = N_ACT_FEATS + N_WN_ACT + N_BETWEEN_ACT + N_GUIDE_ACT;
export const MAX_LAB_FEATS = N_LAB_FEATS + N_WN_LAB + N_BETWEEN_LAB + N_GUIDE_LAB;
/** Number of action templates with the families `fx`. */
export const nActFeats = (fx: number): number =>
  N_ACT_FEATS + (fx & FX_WN ? N_WN_ACT : 0) + (fx & FX_BETWEEN ? N_BETWEEN_ACT : 0) + (fx & FX_GUIDE ? N_GUIDE_ACT : 0);
/** Number of label templates with the families `fx`. */
export const nLabFeats = (fx: number): number =>
  N_LAB_FEATS + (fx & FX_WN ? N_WN_LAB : 0) + (fx & FX_BETWEEN ? N_BETWEEN_LAB : 0) + (fx & FX_GUIDE ? N_GUIDE_LAB : 0);

const UPOS_VERB_ATOM = 2 + 16 * 64;
const UPOS_PUNCT_ATOM = 2 + 13 * 64;

/**
 * A parser configuration over one sentence, with all buffers preallocated and
 * reused across sentences (grown on demand), so parsing allocates nothing.
 * Tokens are 0..n-1; ROOT is token n.
 */
export class State {
  cap = 0;
  n = 0;
  /** Word and tag atoms per token (index n = ROOT). */
  w = new Int32Array(0);
  t = new Int32Array(0);
  /** Lexical class atoms per token (FX_WN only; 0 = none). */
  c = new Int32Array(0);
  /** Optional template families (FX_* bits) of the model being decoded. */
  fx = 0;
  /** FX_BETWEEN: number of VERB / PUNCT tokens before each token (see {@link countBetween}). */
  pv = new Int32Array(0);
  pp = new Int32Array(0);
  /**
   * FX_GUIDE: the guide parse's head per token (n = ROOT; -1 for ROOT
   * itself), its DEPREL id, its left/right dependent counts and its
   * rightmost dependent (-1: none). See {@link setGuide}.
   */
  gh = new Int32Array(0);
  gl = new Int32Array(0);
  gnl = new Int32Array(0);
  grm = new Int32Array(0);
  stack = new Int32Array(0);
  sp = 0;
  /** Front of the buffer: the buffer is always the contiguous range bi..n. */
  bi = 0;
  head = new Int32Array(0);
  label = new Int32Array(0);
  /** Leftmost / second-leftmost / rightmost / second-rightmost child, -1 if none. */
  l1 = new Int32Array(0);
  l2 = new Int32Array(0);
  r1 = new Int32Array(0);
  r2 = new Int32Array(0);
  nl = new Int32Array(0);
  nr = new Int32Array(0);
  /** Label sets of left and right children, split over two 31-bit masks. */
  llo = new Int32Array(0);
  lhi = new Int32Array(0);
  rlo = new Int32Array(0);
  rhi = new Int32Array(0);
  inStack = new Uint8Array(0);
  /**
   * Subtree version per token: token i starts at version i (no children), and
   * every arc gives its head a new version, numbered by the counter
   * {@link vctr} (shared by the hypotheses of a beam, so a number is never
   * reused within a sentence) unless the caller gives one (beam search gives
   * the same version to the same arc made on the same version, so equal
   * children mean equal versions). A version thus fixes a token's children
   * and their labels: beam search memoises what reads only those by version
   * (Decoder.scoreGrouped, Decoder.beamLabel).
   */
  ver = new Int32Array(0);
  /** Next subtree version: [0] (set by {@link init}; beam states share their decoder state's array). */
  vctr = new Int32Array(1);
  /** Scratch: the atoms of the configuration or arc being hashed. */
  readonly atoms = new Int32Array(Math.max(CA.COUNT, LA.COUNT));

  /** Make room for a sentence of n tokens (plus ROOT). */
  reserve(n: number): void {
    if (n + 1 <= this.cap) return;
    const c = Math.max(64, (n + 1) * 2);
    this.cap = c;
    this.w = new Int32Array(c);
    this.t = new Int32Array(c);
    this.c = new Int32Array(c);
    this.pv = new Int32Array(c);
    this.pp = new Int32Array(c);
    this.gh = new Int32Array(c);
    this.gl = new Int32Array(c);
    this.gnl = new Int32Array(c);
    this.grm = new Int32Array(c);
    this.stack = new Int32Array(c);
    this.head = new Int32Array(c);
    this.label = new Int32Array(c);
    this.l1 = new Int32Array(c);
    this.l2 = new Int32Array(c);
    this.r1 = new Int32Array(c);
    this.r2 = new Int32Array(c);
    this.nl = new Int32Array(c);
    this.nr = new Int32Array(c);
    this.llo = new Int32Array(c);
    this.lhi = new Int32Array(c);
    this.rlo = new Int32Array(c);
    this.rhi = new Int32Array(c);
    this.inStack = new Uint8Array(c);
    this.ver = new Int32Array(c);
  }

  /** Start a sentence of n tokens; the caller fills w[0..n) and t[0..n) first or after. */
  init(n: number): void {
    this.reserve(n);
    this.n = n;
    this.sp = 0;
    this.bi = 0;
    for (let i = 0; i <= n; i++) {
      this.head[i] = -1;
      this.label[i] = -1;
      this.l1[i] = -1;
      this.l2[i] = -1;
      this.r1[i] = -1;
      this.r2[i] = -1;
      this.nl[i] = 0;
      this.nr[i] = 0;
      this.llo[i] = 0;
      this.lhi[i] = 0;
      this.rlo[i] = 0;
      this.rhi[i] = 0;
      this.inStack[i] = 0;
      this.ver[i] = i;
    }
    this.vctr[0] = n + 1;
    this.w[n] = W_ROOT;
    this.t[n] = T_ROOT;
    this.c[n] = 0;
  }

  /**
   * Become a copy of `src` (same sentence; w and t are shared, not copied) as
   * far as parsing on reads it: the stack, buffer front, every token's arc and
   * whether it is on the stack, and the children, valency, label sets and
   * version of the tokens on the stack and of b0. Tokens before b0 off the
   * stack are attached: nothing reads their children again, so they are not
   * copied. Tokens right of b0 are untouched by any transition: only those
   * this state had touched are reset (both states must have been started on
   * the same sentence).
   */
  copyFrom(src: State): void {
    const sp = src.sp;
    const b0 = src.bi;
    const hi = Math.min(src.n, this.bi);
    this.sp = sp;
    this.n = src.n;
    this.bi = b0;
    for (let i = 0; i <= b0; i++) {
      this.head[i] = src.head[i];
      this.label[i] = src.label[i];
      this.inStack[i] = src.inStack[i];
    }
    for (let j = 0; j <= sp; j++) {
      const i = j < sp ? src.stack[j] : b0;
      if (j < sp) this.stack[j] = i;
      this.l1[i] = src.l1[i];
      this.l2[i] = src.l2[i];
      this.r1[i] = src.r1[i];
      this.r2[i] = src.r2[i];
      this.nl[i] = src.nl[i];
      this.nr[i] = src.nr[i];
      this.llo[i] = src.llo[i];
      this.lhi[i] = src.lhi[i];
      this.rlo[i] = src.rlo[i];
      this.rhi[i] = src.rhi[i];
      this.ver[i] = src.ver[i];
    }
    for (let i = b0 + 1; i <= hi; i++) {
      this.head[i] = -1;
      this.label[i] = -1;
      this.l1[i] = -1;
      this.l2[i] = -1;
      this.r1[i] = -1;
      this.r2[i] = -1;
      this.nl[i] = 0;
      this.nr[i] = 0;
      this.llo[i] = 0;
      this.lhi[i] = 0;
      this.rlo[i] = 0;
      this.rhi[i] = 0;
      this.inStack[i] = 0;
      this.ver[i] = i;
    }
  }

  /**
   * Become a copy of `src` as far as beam decoding reads it (Decoder.parseBeam):
   * what {@link copyFrom} copies, except the arcs of tokens attached earlier
   * (the decoder keeps its hypotheses' arcs in a history instead) and, unless
   * the FX_GUIDE features read it, whether tokens are on the stack. Only the
   * labels of the children of the stack tokens and b0 are copied: features
   * read no other. Costs O(stack) instead of O(b0).
   */
  copyBeamFrom(src: State): void {
    const sp = src.sp;
    const b0 = src.bi;
    const hi = Math.min(src.n, this.bi);
    this.sp = sp;
    this.n = src.n;
    this.bi = b0;
    const guide = (this.fx & FX_GUIDE) !== 0;
    if (guide) for (let i = 0; i <= b0; i++) this.inStack[i] = src.inStack[i];
    const lab = this.label;
    const slab = src.label;
    for (let j = 0; j <= sp; j++) {
      const i = j < sp ? src.stack[j] : b0;
      if (j < sp) this.stack[j] = i;
      const l1 = src.l1[i];
      const l2 = src.l2[i];
      const r1 = src.r1[i];
      const r2 = src.r2[i];
      this.l1[i] = l1;
      this.l2[i] = l2;
      this.r1[i] = r1;
      this.r2[i] = r2;
      if (l1 >= 0) lab[l1] = slab[l1];
      if (l2 >= 0) lab[l2] = slab[l2];
      if (r1 >= 0) lab[r1] = slab[r1];
      if (r2 >= 0) lab[r2] = slab[r2];
      this.nl[i] = src.nl[i];
      this.nr[i] = src.nr[i];
      this.llo[i] = src.llo[i];
      this.lhi[i] = src.lhi[i];
      this.rlo[i] = src.rlo[i];
      this.rhi[i] = src.rhi[i];
      this.ver[i] = src.ver[i];
    }
    for (let i = b0 + 1; i <= hi; i++) {
      this.l1[i] = -1;
      this.l2[i] = -1;
      this.r1[i] = -1;
      this.r2[i] = -1;
      this.nl[i] = 0;
      this.nr[i] = 0;
      this.llo[i] = 0;
      this.lhi[i] = 0;
      this.rlo[i] = 0;
      this.rhi[i] = 0;
      this.ver[i] = i;
      if (guide) this.inStack[i] = 0;
    }
  }

  /**
   * Set the FX_GUIDE guide parse (after {@link init}): heads[i] is token i's
   * guide head (0-based, n = ROOT) and labels[i] its DEPREL id.
   */
  setGuide(heads: ArrayLike<number>, labels: ArrayLike<number>): void {
    const n = this.n;
    const gh = this.gh;
    const gnl = this.gnl;
    const grm = this.grm;
    for (let i = 0; i <= n; i++) {
      gnl[i] = 0;
      grm[i] = -1;
    }
    for (let i = 0; i < n; i++) {
      const h = heads[i];
      gh[i] = h;
      this.gl[i] = labels[i] + 1;
      if (h > i) gnl[h]++;
      else if (h >= 0 && h < i) grm[h] = i;
    }
    gh[n] = -1;
    this.gl[n] = 0;
  }

  /** Fill the FX_BETWEEN prefix counts from the tag atoms t[0..n). */
  countBetween(): void {
    let v = 0;
    let p = 0;
    const t = this.t;
    for (let i = 0; i <= this.n; i++) {
      this.pv[i] = v;
      this.pp[i] = p;
      if (i < this.n) {
        const u = (t[i] - 2) & ~63;
        if (u === UPOS_VERB_ATOM - 2) v++;
        else if (u === UPOS_PUNCT_ATOM - 2) p++;
      }
    }
  }

  done(): boolean {
    return this.sp === 0 && this.bi === this.n;
  }

  canShift(): boolean {
    return this.bi < this.n;
  }
  canLeft(): boolean {
    return this.sp >= 1 && (this.bi < this.n || this.sp === 1);
  }
  canRight(): boolean {
    return this.sp >= 2;
  }

  shift(): void {
    const b = this.bi++;
    this.stack[this.sp++] = b;
    this.inStack[b] = 1;
  }

  /**
   * Pop s0 and attach it to `h` with label `lab` (LEFT: h = b0, RIGHT: h = s1).
   * `v`: h's new subtree version (default: the next of {@link vctr}).
   */
  attach(h: number, lab: number, v = -1): void {
    const d = this.stack[--this.sp];
    this.inStack[d] = 0;
    this.head[d] = h;
    this.label[d] = lab;
    this.ver[h] = v >= 0 ? v : this.vctr[0]++;
    const bit = lab < 31 ? 1 << lab : 1 << (lab - 31);
    if (d < h) {
      // LEFT children arrive nearest first, so each new one is the leftmost.
      this.l2[h] = this.l1[h];
      this.l1[h] = d;
      this.nl[h]++;
      if (lab < 31) this.llo[h] |= bit;
      else this.lhi[h] |= bit;
    } else {
      // RIGHT children arrive leftmost first, so each new one is the rightmost.
      this.r2[h] = this.r1[h];
      this.r1[h] = d;
      this.nr[h]++;
      if (lab < 31) this.rlo[h] |= bit;
      else this.rhi[h] |= bit;
    }
  }

  /**
   * Fill `out[0..N_ACT_FEATS)` with hashed action-feature ids masked to the table.
   * Templates follow Zhang & Nivre (2011), adapted to arc-hybrid: s0..s2 on the
   * stack, b0..b2 in the buffer, children of s0, s1 and b0, distance, valency and
   * label sets.
   *
   * The templates are grouped by what they read, so that the decoder can cache
   * the score sums of the groups that read only words and tags (see
   * `Decoder.scoreCached`): {@link stackTokenFeatures} (one stack token),
   * {@link bufferFeatures} (b0..b2), {@link s0b0Features} and {@link s1s0Features}
   * (two tokens), and {@link configFeatures} (everything else).
   * A new template that reads anything beyond the words and tags of its group's
   * tokens (arcs, labels, valency, another token) belongs in configFeatures.
   * Feature order does not matter (scores are sums).
   */
  actionFeatures(out: Int32Array, mask: number): void {
    const sp = this.sp;
    let k = this.stackTokenFeatures(0, sp > 0 ? this.stack[sp - 1] : -1, out, 0, mask);
    k = this.stackTokenFeatures(1, sp > 1 ? this.stack[sp - 2] : -1, out, k, mask);
    k = this.stackTokenFeatures(2, sp > 2 ? this.stack[sp - 3] : -1, out, k, mask);
    k = this.bufferFeatures(this.bi, out, k, mask);
    const s0 = sp > 0 ? this.stack[sp - 1] : -1;
    k = this.s0b0Features(s0, this.bi, out, k, mask);
    k = this.s1s0Features(sp > 1 ? this.stack[sp - 2] : -1, s0, out, k, mask);
    this.configFeatures(out, k, mask);
  }

  /**
   * Action templates over the word and tag of token `x` (-1: none) at stack
   * position `pos` (0: s0, 1: s1, 2: s2), written at `out[k..]`; returns the new k.
   */
  stackTokenFeatures(pos: number, x: number, out: Int32Array, k: number, mask: number): number {
    const xw = x >= 0 ? this.w[x] : 0;
    const xt = x >= 0 ? this.t[x] : 0;
    if (pos === 0) {
      out[k++] = h2(1, xw, xt) & mask;
      out[k++] = h1(2, xw) & mask;
      out[k++] = h1(3, xt) & mask;
    } else if (pos === 1) {
      out[k++] = h2(12, xw, xt) & mask;
      out[k++] = h1(13, xw) & mask;
      out[k++] = h1(14, xt) & mask;
    } else {
      out[k++] = h1(15, xt) & mask;
      out[k++] = h2(16, xw, xt) & mask;
    }
    return k;
  }

  /**
   * Fill {@link atoms} for {@link TOKEN_SUMS}: `x`'s word and tag (-1: none,
   * 0 and 0) and, with `buffer`, those of the two tokens after it (as
   * {@link bufferFeatures} reads them).
   */
  tokenAtoms(x: number, buffer: boolean): void {
    const w = this.w;
    const t = this.t;
    const a = this.atoms;
    a[0] = x >= 0 ? w[x] : 0;
    a[1] = x >= 0 ? t[x] : 0;
    if (!buffer) return;
    const n = this.n;
    const b1 = x + 1 <= n ? x + 1 : -1;
    const b2 = x + 2 <= n ? x + 2 : -1;
    a[2] = b1 >= 0 ? w[b1] : 0;
    a[3] = b1 >= 0 ? t[b1] : 0;
    a[4] = b2 >= 0 ? w[b2] : 0;
    a[5] = b2 >= 0 ? t[b2] : 0;
  }

  /**
   * Action templates over the words and tags of the buffer front `b0` and the
   * two tokens after it, written at `out[k..]`; returns the new k.
   */
  bufferFeatures(b0: number, out: Int32Array, k: number, mask: number): number {
    const w = this.w;
    const t = this.t;
    const n = this.n;
    const b1 = b0 + 1 <= n ? b0 + 1 : -1;
    const b2 = b0 + 2 <= n ? b0 + 2 : -1;
    const b0w = w[b0];
    const b0t = t[b0];
    const b1w = b1 >= 0 ? w[b1] : 0;
    const b1t = b1 >= 0 ? t[b1] : 0;
    const b2w = b2 >= 0 ? w[b2] : 0;
    const b2t = b2 >= 0 ? t[b2] : 0;
    out[k++] = h2(4, b0w, b0t) & mask;
    out[k++] = h1(5, b0w) & mask;
    out[k++] = h1(6, b0t) & mask;
    out[k++] = h2(7, b1w, b1t) & mask;
    out[k++] = h1(8, b1w) & mask;
    out[k++] = h1(9, b1t) & mask;
    out[k++] = h2(10, b2w, b2t) & mask;
    out[k++] = h1(11, b2t) & mask;
    out[k++] = h2(24, b0t, b1t) & mask;
    out[k++] = h3(30, b0t, b1t, b2t) & mask;
    return k;
  }

  /**
   * Action templates over s0 (-1: empty stack) and b0 that read only words,
   * tags and positions (their distance, b1, the tokens next to them), written
   * at `out[k..]`; returns the new k. The same for every configuration with
   * this (s0, b0), which beam search meets often.
   */
  s0b0Features(s0: number, b0: number, out: Int32Array, k: number, mask: number): number {
    this.s0b0PairAtoms(s0, b0);
    return S0B0_TEMPLATES(0, this.atoms, out, k, mask);
  }

  /** Fill {@link atoms} with what {@link s0b0Features} reads. */
  s0b0PairAtoms(s0: number, b0: number): void {
    const w = this.w;
    const t = this.t;
    const b1 = b0 + 1 <= this.n ? b0 + 1 : -1;
    const a = this.atoms;
    a[CA.s0w] = s0 >= 0 ? w[s0] : 0;
    a[CA.s0t] = s0 >= 0 ? t[s0] : 0;
    a[CA.b0w] = w[b0];
    a[CA.b0t] = t[b0];
    a[CA.b1t] = b1 >= 0 ? t[b1] : 0;
    a[CA.d0] = s0 >= 0 ? distBucket(b0 - s0) : 0;
    // Token after s0 (in the sentence, not on the stack) and before b0: tell if s0 is
    // adjacent to b0 and what separates them.
    a[CA.s0n] = s0 >= 0 && s0 + 1 < b0 ? t[s0 + 1] : -1;
    a[CA.b0p] = b0 - 1 >= 0 && b0 - 1 !== s0 ? t[b0 - 1] : -1;
  }

  /**
   * Action templates over s1 and s0 (-1: none) that read only their words,
   * tags and distance, written at `out[k..]`; returns the new k.
   */
  s1s0Features(s1: number, s0: number, out: Int32Array, k: number, mask: number): number {
    this.s1s0PairAtoms(s1, s0);
    return S1S0_TEMPLATES(0, this.atoms, out, k, mask);
  }

  /** Fill {@link atoms} with what {@link s1s0Features} reads. */
  s1s0PairAtoms(s1: number, s0: number): void {
    const w = this.w;
    const t = this.t;
    const a = this.atoms;
    a[CA.s1w] = s1 >= 0 ? w[s1] : 0;
    a[CA.s1t] = s1 >= 0 ? t[s1] : 0;
    a[CA.s0w] = s0 >= 0 ? w[s0] : 0;
    a[CA.s0t] = s0 >= 0 ? t[s0] : 0;
    a[CA.d1] = s1 >= 0 ? distBucket(s0 - s1) : 0;
  }

  /**
   * Action templates over the whole configuration (several tokens, arcs,
   * labels, valency, distance), written at `out[k..]`; returns the new k.
   */
  configFeatures(out: Int32Array, k: number, mask: number): number {
    this.configAtoms();
    k = CONFIG_TEMPLATES(0, this.atoms, out, k, mask);
    return this.fx === 0 ? k : this.extraFeatures(out, k, mask);
  }

  /** The optional action template families (FX_* of {@link fx}, none if 0), written at `out[k..]`; returns the new k. */
  extraFeatures(out: Int32Array, k: number, mask: number): number {
    if (this.fx === 0) return k;
    const sp = this.sp;
    const s0 = sp > 0 ? this.stack[sp - 1] : -1;
    const b1 = this.bi + 1 <= this.n ? this.bi + 1 : -1;
    return this.extraActionFeatures(out, mask, k, s0, sp > 1 ? this.stack[sp - 2] : -1, this.bi, b1, s0 >= 0 ? this.l1[s0] : -1);
  }

  /**
   * Fill {@link atoms} with what the configuration templates read (CONFIG_LIST):
   * the atoms of each group of CONFIG_GROUPS, which beam search fills only
   * for the groups it hashes ({@link tokAtoms} for `tok` and `s0b0`,
   * {@link s0Atoms}, {@link b0Atoms}, {@link s1s0Atoms}).
   */
  configAtoms(): void {
    this.s0Atoms();
    this.b0Atoms();
    this.s1s0Atoms();
    this.tokAtoms();
  }

  /** Atoms of s0 and its children (CONFIG_GROUPS.s0). */
  s0Atoms(): void {
    const w = this.w;
    const t = this.t;
    const lab = this.label;
    const sp = this.sp;
    const a = this.atoms;
    if (sp === 0) {
      a[CA.s0w] = 0;
      a[CA.s0t] = 0;
      a[CA.s0Lt] = 0;
      a[CA.s0L2t] = 0;
      a[CA.s0Rt] = 0;
      a[CA.s0R2t] = 0;
      a[CA.s0vr] = 0;
      a[CA.s0vl] = 0;
      a[CA.s0Lw] = 0;
      a[CA.s0Ll] = 0;
      a[CA.s0Rw] = 0;
      a[CA.s0Rl] = 0;
      a[CA.s0L2w] = 0;
      a[CA.s0L2l] = 0;
      a[CA.s0R2w] = 0;
      a[CA.s0R2l] = 0;
      a[CA.s0rs] = 0;
      a[CA.s0ls] = 0;
      return;
    }
    const s0 = this.stack[sp - 1];
    const s0L = this.l1[s0];
    const s0L2 = this.l2[s0];
    const s0R = this.r1[s0];
    const s0R2 = this.r2[s0];
    a[CA.s0w] = w[s0];
    a[CA.s0t] = t[s0];
    a[CA.s0Lw] = s0L >= 0 ? w[s0L] : 0;
    a[CA.s0Lt] = s0L >= 0 ? t[s0L] : 0;
    a[CA.s0Ll] = s0L >= 0 ? lab[s0L] + 1 : 0;
    a[CA.s0L2w] = s0L2 >= 0 ? w[s0L2] : 0;
    a[CA.s0L2t] = s0L2 >= 0 ? t[s0L2] : 0;
    a[CA.s0L2l] = s0L2 >= 0 ? lab[s0L2] + 1 : 0;
    a[CA.s0Rw] = s0R >= 0 ? w[s0R] : 0;
    a[CA.s0Rt] = s0R >= 0 ? t[s0R] : 0;
    a[CA.s0Rl] = s0R >= 0 ? lab[s0R] + 1 : 0;
    a[CA.s0R2w] = s0R2 >= 0 ? w[s0R2] : 0;
    a[CA.s0R2t] = s0R2 >= 0 ? t[s0R2] : 0;
    a[CA.s0R2l] = s0R2 >= 0 ? lab[s0R2] + 1 : 0;
    a[CA.s0vl] = this.nl[s0];
    a[CA.s0vr] = this.nr[s0];
    a[CA.s0ls] = this.llo[s0] ^ Math.imul(this.lhi[s0], 0x9e3779b1);
    a[CA.s0rs] = this.rlo[s0] ^ Math.imul(this.rhi[s0], 0x9e3779b1);
  }

  /** Atoms of b0 and its (left) children (CONFIG_GROUPS.b0). */
  b0Atoms(): void {
    const w = this.w;
    const t = this.t;
    const lab = this.label;
    const b0 = this.bi;
    const b0L = this.l1[b0];
    const b0L2 = this.l2[b0];
    const a = this.atoms;
    a[CA.b0w] = w[b0];
    a[CA.b0t] = t[b0];
    a[CA.b0Lw] = b0L >= 0 ? w[b0L] : 0;
    a[CA.b0Lt] = b0L >= 0 ? t[b0L] : 0;
    a[CA.b0Ll] = b0L >= 0 ? lab[b0L] + 1 : 0;
    a[CA.b0L2w] = b0L2 >= 0 ? w[b0L2] : 0;
    a[CA.b0L2t] = b0L2 >= 0 ? t[b0L2] : 0;
    a[CA.b0L2l] = b0L2 >= 0 ? lab[b0L2] + 1 : 0;
    a[CA.b0vl] = this.nl[b0];
    a[CA.b0ls] = this.llo[b0] ^ Math.imul(this.lhi[b0], 0x9e3779b1);
  }

  /** Atoms of s1 and its children with s0's tag and leftmost child (CONFIG_GROUPS.s1s0). */
  s1s0Atoms(): void {
    const t = this.t;
    const lab = this.label;
    const sp = this.sp;
    const a = this.atoms;
    const s0 = sp > 0 ? this.stack[sp - 1] : -1;
    const s1 = sp > 1 ? this.stack[sp - 2] : -1;
    const s0L = s0 >= 0 ? this.l1[s0] : -1;
    a[CA.s0t] = s0 >= 0 ? t[s0] : 0;
    a[CA.s0Lt] = s0L >= 0 ? t[s0L] : 0;
    a[CA.s0Ll] = s0L >= 0 ? lab[s0L] + 1 : 0;
    if (s1 < 0) {
      a[CA.s1t] = 0;
      a[CA.s1Lt] = 0;
      a[CA.s1Ll] = 0;
      a[CA.s1Rt] = 0;
      a[CA.s1Rl] = 0;
      a[CA.s1Rw] = 0;
      a[CA.s1vr] = 0;
      a[CA.s1rs] = 0;
      return;
    }
    const s1L = this.l1[s1];
    const s1R = this.r1[s1];
    a[CA.s1t] = t[s1];
    a[CA.s1Lt] = s1L >= 0 ? t[s1L] : 0;
    a[CA.s1Ll] = s1L >= 0 ? lab[s1L] + 1 : 0;
    a[CA.s1Rt] = s1R >= 0 ? t[s1R] : 0;
    a[CA.s1Rl] = s1R >= 0 ? lab[s1R] + 1 : 0;
    a[CA.s1Rw] = s1R >= 0 ? this.w[s1R] : 0;
    a[CA.s1vr] = this.nr[s1];
    a[CA.s1rs] = this.rlo[s1] ^ Math.imul(this.rhi[s1], 0x9e3779b1);
  }

  /** Tags of s0..s2, b0, b1 and of the nearest children of s0 and b0 (CONFIG_GROUPS.tok and s0b0). */
  tokAtoms(): void {
    const t = this.t;
    const lab = this.label;
    const sp = this.sp;
    const a = this.atoms;
    const s0 = sp > 0 ? this.stack[sp - 1] : -1;
    const s1 = sp > 1 ? this.stack[sp - 2] : -1;
    const s2 = sp > 2 ? this.stack[sp - 3] : -1;
    const b0 = this.bi;
    const s0L = s0 >= 0 ? this.l1[s0] : -1;
    const s0R = s0 >= 0 ? this.r1[s0] : -1;
    const b0L = this.l1[b0];
    a[CA.s0t] = s0 >= 0 ? t[s0] : 0;
    a[CA.s1t] = s1 >= 0 ? t[s1] : 0;
    a[CA.s2t] = s2 >= 0 ? t[s2] : 0;
    a[CA.b0t] = t[b0];
    a[CA.b1t] = b0 + 1 <= this.n ? t[b0 + 1] : 0;
    a[CA.s0Lt] = s0L >= 0 ? t[s0L] : 0;
    a[CA.s0Ll] = s0L >= 0 ? lab[s0L] + 1 : 0;
    a[CA.s0Rt] = s0R >= 0 ? t[s0R] : 0;
    a[CA.s0Rl] = s0R >= 0 ? lab[s0R] + 1 : 0;
    a[CA.b0Lt] = b0L >= 0 ? t[b0L] : 0;
  }

  /** The optional action template families (see FX_WN, FX_BETWEEN), from out[k]; returns the new k. */
  private extraActionFeatures(out: Int32Array, mask: number, k: number, s0: number, s1: number, b0: number, b1: number, s0L: number): number {
    const w = this.w;
    const t = this.t;
    const b2 = b1 >= 0 && b1 + 1 <= this.n ? b1 + 1 : -1;
    const s0w = s0 >= 0 ? w[s0] : 0;
    const s0t = s0 >= 0 ? t[s0] : 0;
    const s1t = s1 >= 0 ? t[s1] : 0;
    const b0w = w[b0];
    const b0t = t[b0];
    const b1t = b1 >= 0 ? t[b1] : 0;
    const s0Lw = s0L >= 0 ? w[s0L] : 0;
    if (this.fx & FX_WN) {
      const c = this.c;
      const s0c = s0 >= 0 ? c[s0] : 0;
      const s1c = s1 >= 0 ? c[s1] : 0;
      const b0c = c[b0];
      const b1c = b1 >= 0 ? c[b1] : 0;
      const b2c = b2 >= 0 ? c[b2] : 0;
      out[k++] = h2(221, s0c, s0t) & mask;
      out[k++] = h2(222, b0c, b0t) & mask;
      out[k++] = h2(223, s1c, s1t) & mask;
      out[k++] = h2(224, b1c, b1t) & mask;
      out[k++] = h4(225, s0c, s0t, b0c, b0t) & mask;
      out[k++] = h4(226, s1c, s1t, s0c, s0t) & mask;
      // PP attachment before the PP is built: s0 (object?) or s1 (verb?)
      // with b0 (preposition?) and the class of the word(s) after it.
      out[k++] = h3(227, s1c, b0w, b1c) & mask;
      out[k++] = h3(228, s0c, b0w, b1c) & mask;
      out[k++] = h3(229, s1c, s0c, b0w) & mask;
      out[k++] = h3(230, s0c, b0w, b2c) & mask;
      out[k++] = h3(231, s1c, b0w, b2c) & mask;
      // ... and once it is built (s0 = PP noun with its preposition).
      out[k++] = h4(232, s1c, s0Lw, s0c, s0t) & mask;
    }
    if (this.fx & FX_BETWEEN) {
      const pv = this.pv;
      const pp = this.pp;
      const vb = s0 >= 0 ? Math.min(3, pv[b0] - pv[s0 + 1]) : 4;
      const pb = s0 >= 0 ? Math.min(3, pp[b0] - pp[s0 + 1]) : 4;
      const vb1 = s1 >= 0 ? Math.min(3, pv[s0] - pv[s1 + 1]) : 4;
      const pb1 = s1 >= 0 ? Math.min(3, pp[s0] - pp[s1 + 1]) : 4;
      out[k++] = h4(241, s0t, b0t, vb, pb) & mask;
      out[k++] = h4(242, s1t, s0t, vb1, pb1) & mask;
      out[k++] = h3(243, s0w, b0t, vb * 8 + pb) & mask;
      out[k++] = h3(244, s0t, b0w, vb * 8 + pb) & mask;
    }
    if (this.fx & FX_GUIDE) {
      const gh = this.gh;
      const gl = this.gl;
      const n = this.n;
      // Guide arc between s0 and b0 / s1 and s0: 1 = the first heads the
      // second... (1: s0 <- b0 or s0 <- s1, 2: the other way, 0: none, 3: no s0/s1).
      const r01 = s0 < 0 ? 3 : gh[s0] === b0 ? 1 : gh[b0] === s0 ? 2 : 0;
      const r10 = s0 < 0 || s1 < 0 ? 3 : gh[s0] === s1 ? 1 : gh[s1] === s0 ? 2 : 0;
      // Where s0's guide head is: b0, s1, ROOT, further in the buffer, deeper in the stack, gone.
      let hc0 = 0;
      if (s0 >= 0) {
        const h = gh[s0];
        hc0 = h === b0 ? 1 : h === s1 ? 2 : h === n ? 3 : h > b0 ? 4 : h >= 0 && this.inStack[h] ? 5 : 6;
      }
      // Where b0's guide head is: s0, ROOT, further in the buffer, deeper in the stack, gone.
      let hcb = 0;
      if (b0 < n) {
        const h = gh[b0];
        hcb = h === s0 ? 1 : h === n ? 2 : h > b0 ? 3 : h >= 0 && this.inStack[h] ? 4 : 5;
      }
      // Guide dependents still to come: s0's right ones in the buffer, b0's left ones not yet attached.
      const pr0 = s0 >= 0 ? (this.grm[s0] >= b0 ? 1 : 0) : 2;
      const plb = Math.min(2, Math.max(0, this.gnl[b0] - this.nl[b0]));
      const s0g = s0 >= 0 ? gl[s0] : 0;
      const b0g = gl[b0];
      out[k++] = h4(251, r01, hc0, s0t, b0t) & mask;
      out[k++] = h4(252, r10, s1t, s0t, hc0) & mask;
      out[k++] = h3(253, hc0, pr0, s0t) & mask;
      out[k++] = h3(254, hcb, plb, b0t) & mask;
      out[k++] = h3(255, r01, s0g, b0g) & mask;
      out[k++] = h3(256, hc0, s0g, s0w) & mask;
      out[k++] = h4(257, r01, r10, hc0, hcb) & mask;
      out[k++] = h3(258, hcb, b0g, b0w) & mask;
    }
    return k;
  }

  /**
   * Fill `out[0..N_LAB_FEATS)` with hashed label-feature ids for the arc h -> d
   * about to be made (d = s0). Every template is conjoined with the candidate
   * key (direction, dependent UPOS, head UPOS), whose candidate labels the
   * weight row's columns stand for.
   */
  labelFeatures(out: Int32Array, mask: number, h: number, d: number, key: number, touch: Int32Array | null = null, sink: Int32Array | null = null): void {
    this.labelAtoms(h, d);
    const a = this.atoms;
    const dir = labelBase(key);
    const k = touch !== null && sink !== null ? LABEL_TOUCH(dir, a, out, 0, mask, touch, sink) : LABEL_TEMPLATES(dir, a, out, 0, mask);
    if (this.fx !== 0) this.extraLabelFeatures(out, mask, k, h, d, key, a[LA.dt], a[LA.ht], a[LA.dLw]);
  }

  /** Fill {@link atoms} with what the base label templates read for the arc h -> d (see {@link labelFeatures}). */
  labelAtoms(h: number, d: number): void {
    const w = this.w;
    const t = this.t;
    const lab = this.label;
    const n = this.n;
    const dw = w[d];
    const dt = t[d];
    const hw = w[h];
    const ht = t[h];
    const dist = distBucket(h - d);
    const dL = this.l1[d];
    const dR = this.r1[d];
    const hL = this.l1[h];
    const hR = this.r1[h];
    const dLw = dL >= 0 ? w[dL] : 0;
    const dLt = dL >= 0 ? t[dL] : 0;
    const dLl = dL >= 0 ? lab[dL] + 1 : 0;
    const dRw = dR >= 0 ? w[dR] : 0;
    const dRl = dR >= 0 ? lab[dR] + 1 : 0;
    const hLw = hL >= 0 ? w[hL] : 0;
    const hLl = hL >= 0 ? lab[hL] + 1 : 0;
    const hRl = hR >= 0 ? lab[hR] + 1 : 0;
    const hRw = hR >= 0 ? w[hR] : 0;
    const dls = this.llo[d] ^ Math.imul(this.lhi[d], 0x9e3779b1);
    const drs = this.rlo[d] ^ Math.imul(this.rhi[d], 0x9e3779b1);
    const hls = this.llo[h] ^ Math.imul(this.lhi[h], 0x9e3779b1);
    const hrs = this.rlo[h] ^ Math.imul(this.rhi[h], 0x9e3779b1);
    const pt = d > 0 ? t[d - 1] : 0;
    const nt = d + 1 < n ? t[d + 1] : 0;
    const hpt = h > 0 && h < n ? t[h - 1] : 0;
    const hvl = this.nl[h];
    const hvr = this.nr[h];
    const a = this.atoms;
    a[LA.dw] = dw;
    a[LA.dt] = dt;
    a[LA.hw] = hw;
    a[LA.ht] = ht;
    a[LA.dist] = dist;
    a[LA.dLw] = dLw;
    a[LA.dLl] = dLl;
    a[LA.dRw] = dRw;
    a[LA.dRl] = dRl;
    a[LA.dls] = dls;
    a[LA.hls] = hls;
    a[LA.drs] = drs;
    a[LA.hLw] = hLw;
    a[LA.hLl] = hLl;
    a[LA.hRw] = hRw;
    a[LA.hRl] = hRl;
    a[LA.pt] = pt;
    a[LA.nt] = nt;
    a[LA.hvl] = hvl;
    a[LA.hvr] = hvr;
    a[LA.dLt] = dLt;
    a[LA.hpt] = hpt;
    a[LA.hrs] = hrs;
  }

  /** The optional label template families (see FX_WN, FX_BETWEEN), from out[k]. */
  private extraLabelFeatures(out: Int32Array, mask: number, k: number, h: number, d: number, key: number, dt: number, ht: number, dLw: number): void {
    // Own template ids (the base ones use dir + 1..28 of a 32-wide block).
    const x = 1_000_000 + key * 16;
    if (this.fx & FX_WN) {
      const dc = this.c[d];
      const hc = this.c[h];
      out[k++] = h2(x + 3, dc, dt) & mask;
      out[k++] = h2(x + 4, hc, ht) & mask;
      out[k++] = h3(x + 5, dc, dt, hc) & mask;
      out[k++] = h3(x + 6, hc, ht, dLw) & mask;
      out[k++] = h4(x + 7, hc, dLw, dc, dt) & mask;
    }
    if (this.fx & FX_BETWEEN) {
      const lo = h < d ? h : d;
      const hi = h < d ? d : h;
      const vb = Math.min(3, this.pv[hi] - this.pv[lo + 1]);
      const pb = Math.min(3, this.pp[hi] - this.pp[lo + 1]);
      out[k++] = h4(x + 8, ht, dt, vb, pb) & mask;
    }
    if (this.fx & FX_GUIDE) {
      // The guide's label, and whether the guide made this same arc.
      const same = this.gh[d] === h ? 1 : 0;
      out[k++] = h3(x + 9, same ? this.gl[d] : 0, dt, ht) & mask;
      out[k++] = h2(x + 10, this.gl[d], same) & mask;
    }
  }
}
