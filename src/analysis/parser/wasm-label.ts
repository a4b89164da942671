/**
 * The beam decoder's label choice for an arc as one WebAssembly SIMD call
 * (speed session 16): the label templates (core.ts LABEL_LIST) hashed as
 * core.ts compileLabelSummer hashes them, each 16-column Int8 row of the
 * label table loaded as one v128 and added as 16-bit lanes (exact: at most
 * 28 x 127 in a lane), then the first best of the arc's candidate columns.
 * The same integers and the same choice as LABEL_SUMS followed by the
 * decoder's argmax. ANNALS_PARSER_WASM=0 in the environment keeps the
 * JavaScript path.
 * @module
 */
import {
  ADD, AND, END, GE_U, GT_S, HEADER_BYTES, I32, SHL, SHR_U, V128, Wasm,
  block, body, br, brIf, get, i32c, ifv, load, load32, loop, name, section, set, simd, store, uleb, vec, MUL, XOR,
} from '../wasm.js';
import { LABEL_LIST } from './core.js';

const OUT_AT = 0;
const ATOMS_AT = 64;
const MAX_ATOMS = 64;
const TABLE_AT = ATOMS_AT + 4 * MAX_ATOMS;
const MIX = [0x85ebca6b | 0, 0xc2b2ae35 | 0, 0x27d4eb2f | 0, 0x165667b1 | 0];
const EXT_LO_8 = simd(0x87);
const EXT_HI_8 = simd(0x88);
const ADD16 = simd(0x8e);
const EXT_LO_16 = simd(0xa7);
const EXT_HI_16 = simd(0xa8);

/** label(base, nc) -> first best of columns 0..nc-1: params base 0, nc 1; locals bk 2, h 3, j 4, best 5, bv 6, v 7, x 8, lo 9, hi 10 (v128). */
function labelBody(list: readonly (readonly number[])[], mask: number): number[] {
  const [base, nc, bk, h, j, best, bv, v, x, lo, hi] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const code: number[] = [...get(base), ...i32c(0x9e3779b1 | 0), ...MUL, ...set(bk)];
  for (const tpl of list) {
    code.push(...get(bk), ...i32c(Math.imul(tpl[0], 0x9e3779b1) | 0), ...ADD);
    for (let k = 1; k < tpl.length; k++) code.push(...i32c(0), ...load32(ATOMS_AT + 4 * tpl[k]), ...XOR, ...i32c(MIX[k - 1]), ...MUL);
    code.push(...set(h), ...get(h), ...get(h), ...i32c(16), ...SHR_U, ...XOR, ...i32c(0x7feb352d), ...MUL, ...set(h));
    code.push(...get(h), ...get(h), ...i32c(15), ...SHR_U, ...XOR, ...i32c(mask), ...AND, ...i32c(4), ...SHL);
    code.push(...load(TABLE_AT), ...set(x));
    code.push(...get(lo), ...get(x), ...EXT_LO_8, ...ADD16, ...set(lo));
    code.push(...get(hi), ...get(x), ...EXT_HI_8, ...ADD16, ...set(hi));
  }
  code.push(...i32c(0), ...get(lo), ...EXT_LO_16, ...store(OUT_AT));
  code.push(...i32c(0), ...get(lo), ...EXT_HI_16, ...store(OUT_AT + 16));
  code.push(...i32c(0), ...get(hi), ...EXT_LO_16, ...store(OUT_AT + 32));
  code.push(...i32c(0), ...get(hi), ...EXT_HI_16, ...store(OUT_AT + 48));
  // best = 0; bv = out[0]; for (j = 1; j < nc; j++) if (out[j] > bv) { bv = out[j]; best = j }
  code.push(...i32c(0), ...load32(OUT_AT), ...set(bv), ...i32c(1), ...set(j));
  code.push(...block, ...loop, ...get(j), ...get(nc), ...GE_U, ...brIf(1));
  code.push(...get(j), ...i32c(2), ...SHL, ...load32(OUT_AT), ...set(v));
  code.push(...get(v), ...get(bv), ...GT_S, ...ifv, ...get(v), ...set(bv), ...get(j), ...set(best), ...END);
  code.push(...get(j), ...i32c(1), ...ADD, ...set(j), ...br(0), ...END, ...END);
  code.push(...get(best), ...END);
  return [...vec([[6, I32], [3, V128]]), ...code];
}

/** The module's bytes for the label list over a table of `mask` + 1 rows. */
export function labelModuleBytes(list: readonly (readonly number[])[], mask: number): Uint8Array {
  return Uint8Array.from([
    ...HEADER_BYTES,
    ...section(1, vec([[0x60, ...vec([[I32], [I32]]), ...vec([[I32]])]])),
    ...section(2, vec([[...name('e'), ...name('m'), 0x02, 0x00, ...uleb(1)]])),
    ...section(3, vec([[0]])),
    ...section(7, vec([[...name('l'), 0x00, 0]])),
    ...section(10, vec([body(labelBody(list, mask))])),
  ]);
}

/** A label chooser: copy the arc's atoms into `atoms`, then `best(base, nc)`. */
export interface WasmLabel {
  readonly atoms: Int32Array;
  /** Atoms the templates read (entries 0..count-1 of the State's atoms). */
  readonly count: number;
  best(base: number, nc: number): number;
  /** The 16 column sums of the last {@link best} call. */
  readonly scores: Int32Array;
}

/**
 * The chooser over the Int8 label table `lab` (16 columns a row, rows of
 * `mask` + 1), or null where WebAssembly SIMD is missing or switched off.
 */
export function wasmLabel(lab: Int8Array, mask: number): WasmLabel | null {
  if (!Wasm || process.env.ANNALS_PARSER_WASM === '0' || lab.length !== 16 * (mask + 1)) return null;
  let count = 0;
  for (const t of LABEL_LIST) for (let k = 1; k < t.length; k++) count = Math.max(count, t[k] + 1);
  if (count > MAX_ATOMS || LABEL_LIST.length > 257) return null;
  try {
    const bytes = labelModuleBytes(LABEL_LIST, mask);
    if (!Wasm.validate(bytes)) return null;
    const mem = new Wasm.Memory({ initial: Math.ceil((TABLE_AT + lab.length + 16) / 65536) });
    const inst = new Wasm.Instance(new Wasm.Module(bytes), { e: { m: mem } });
    new Int8Array(mem.buffer, TABLE_AT, lab.length).set(lab);
    const f = (inst.exports as Record<string, (b: number, n: number) => number>).l;
    return { atoms: new Int32Array(mem.buffer, ATOMS_AT, MAX_ATOMS), count, best: f, scores: new Int32Array(mem.buffer, OUT_AT, 16) };
  } catch {
    return null;
  }
}
