/**
 * WebAssembly SIMD kernels for the tagger's per-class loops (speed session
 * 16): summing a token's five role vectors into its static row with the
 * guess table, and the decoder's argmax over (static row + history row).
 * Each is a loop over all C classes (67 with the shipped model) per token;
 * as i32x4 lanes it takes a quarter of the iterations. Same integers as the
 * JavaScript loops (32-bit wrapping adds, signed comparisons, the first
 * best class on ties), so the same tags.
 *
 * The module is assembled here from its opcodes (no assembler, no binary
 * file): about 300 bytes. It imports its memory, in which the tagger keeps
 * the tables the kernels read (see {@link SimdArena}); the tagger's own
 * JavaScript reads and writes the same tables through typed-array views.
 * Hosts without WebAssembly SIMD (or with ANNALS_TAGGER_SIMD=0 in the
 * environment) get null from {@link simdKernels} and keep the JavaScript
 * loops.
 * @module
 */
import {
  ADD, AND, SHL, BITMASK, BITSELECT, CTZ, END, EQ, GE_U, GT_S, I32, RETURN, SELECT, SHR_U, SPLAT, UNREACHABLE, V128, VADD, VMAX,
  HEADER_BYTES, Wasm, block, body, br, brIf, get, i32c, ifv, lane, load, loop, name, section, set, store, tee, uleb, vec, type WasmMemory, type WasmModule,
} from '../wasm.js';

/** Bytes at the start of the memory: the lane mask of the last partial chunk (16), then scratch rows. */
const MASK_AT = 0;
const SCRATCH_AT = 16;
/** Most classes the kernels take (the scratch row's size in int32s). */
export const SIMD_MAX_CLASSES = 252;
const HEADER = SCRATCH_AT + 4 * (SIMD_MAX_CLASSES + 4);

/** The compiled kernels over one memory. Addresses are byte offsets into the memory. */
export interface SimdKernels {
  /**
   * For c < C: x = sum of int32 rows a0..a4 at c (wrapping);
   * stat[c] = x + gtab[c]; returns the first c with the largest x.
   */
  stat5(a0: number, a1: number, a2: number, a3: number, a4: number, gtab: number, stat: number, C: number): number;
  /** The first c < C with the largest stat[c] + hist[c] (wrapping int32 sums). */
  argmax2(stat: number, hist: number, C: number): number;
}

/**
 * A memory holding int32 tables for the kernels: {@link alloc} hands out
 * 16-byte aligned views, each with 16 bytes of slack after it (the kernels'
 * last chunk reads up to three int32s past a row's end).
 */
export class SimdArena {
  readonly memory: WasmMemory;
  private top = HEADER;
  readonly kernels: SimdKernels;

  constructor(bytes: number, mod: WasmModule, C: number) {
    if (!Wasm) throw new Error('SimdArena: no WebAssembly');
    const need = HEADER + bytes + 64;
    this.memory = new Wasm.Memory({ initial: Math.ceil(need / 65536) });
    const inst = new Wasm.Instance(mod, { e: { m: this.memory } });
    const ex = inst.exports as unknown as { s: SimdKernels['stat5']; d: SimdKernels['argmax2'] };
    this.kernels = { stat5: ex.s, argmax2: ex.d };
    // Lanes of the last chunk that hold classes (all of them when C is a multiple of 4).
    const mask = new Int32Array(this.memory.buffer, MASK_AT, 4);
    const tail = C & 3;
    for (let l = 0; l < 4; l++) mask[l] = tail === 0 || l < tail ? -1 : 0;
  }

  /** A zeroed Int32Array of `n` entries in the memory. */
  alloc(n: number): Int32Array {
    const at = this.top;
    this.top = at + ((4 * n + 16 + 15) & ~15);
    if (this.top > this.memory.buffer.byteLength) throw new RangeError('SimdArena: out of memory');
    return new Int32Array(this.memory.buffer, at, n);
  }

  /** Byte address of a view from {@link alloc}. */
  static addr(v: Int32Array): number {
    return v.byteOffset;
  }
}

const INT_MIN = -0x80000000;

/**
 * The shared tail of both kernels: x (local `x`) holds the last chunk's sums;
 * keep its class lanes (others INT_MIN), store it to scratch at byte `c`, fold
 * it into the running max `mx`; then the horizontal max `m` and the first
 * scratch lane equal to it.
 */
function finish(C: number, c: number, x: number, mx: number, m: number, t: number, k: number, tailStore: number[]): number[] {
  return [
    // if (C & 3) { x = bitselect(x, INT_MIN, mask); scratch[c] = x; tailStore; mx = max(mx, x) }
    ...get(C), ...i32c(3), ...AND, ...ifv,
    ...get(x), ...i32c(INT_MIN), ...SPLAT, ...i32c(MASK_AT), ...load(), ...BITSELECT, ...set(x),
    ...get(c), ...get(x), ...store(SCRATCH_AT),
    ...tailStore,
    ...get(mx), ...get(x), ...VMAX, ...set(mx),
    ...END,
    // m = max of mx's lanes
    ...get(mx), ...lane(0), ...set(m),
    ...[1, 2, 3].flatMap((l) => [...get(mx), ...lane(l), ...tee(t), ...get(m), ...get(t), ...get(m), ...GT_S, ...SELECT, ...set(m)]),
    // k = 0; loop { bits = bitmask(scratch[k] == m); if (bits) return k / 4 + ctz(bits); k += 16 }
    ...i32c(0), ...set(k),
    ...loop,
    ...get(k), ...load(SCRATCH_AT), ...get(m), ...SPLAT, ...EQ, ...BITMASK, ...tee(t),
    ...ifv, ...get(k), ...i32c(2), ...SHR_U, ...get(t), ...CTZ, ...ADD, ...RETURN, ...END,
    ...get(k), ...i32c(16), ...ADD, ...set(k),
    ...br(0),
    ...END,
    ...UNREACHABLE,
  ];
}

/** stat5(a0, a1, a2, a3, a4, g, s, C): params 0..7, locals c 8, end 9, m 10, t 11, k 12, x 13 (v128), mx 14 (v128). */
function stat5Body(): number[] {
  const [a0, g, s, C, c, end, m, t, k, x, mx] = [0, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
  const sum5 = [0, 1, 2, 3, 4].flatMap((r) => [...get(a0 + r), ...get(c), ...ADD, ...load(), ...(r > 0 ? VADD : [])]);
  const statStore = [...get(s), ...get(c), ...ADD, ...get(x), ...get(g), ...get(c), ...ADD, ...load(), ...VADD, ...store()];
  // The last chunk's stat lanes past C keep what they held (the next row's first classes).
  const statTail = [
    ...get(s), ...get(c), ...ADD,
    ...get(x), ...get(g), ...get(c), ...ADD, ...load(), ...VADD,
    ...get(s), ...get(c), ...ADD, ...load(),
    ...i32c(MASK_AT), ...load(), ...BITSELECT,
    ...store(),
  ];
  const code = [
    ...i32c(INT_MIN), ...SPLAT, ...set(mx),
    ...get(C), ...i32c(~3), ...AND, ...i32c(2), ...SHL, ...set(end),
    ...i32c(0), ...set(c),
    ...block, ...loop,
    ...get(c), ...get(end), ...GE_U, ...brIf(1),
    ...sum5, ...set(x),
    ...get(c), ...get(x), ...store(SCRATCH_AT),
    ...statStore,
    ...get(mx), ...get(x), ...VMAX, ...set(mx),
    ...get(c), ...i32c(16), ...ADD, ...set(c),
    ...br(0),
    ...END, ...END,
    // The partial last chunk: its sums (lanes past C read the slack after each row).
    ...get(C), ...i32c(3), ...AND, ...ifv, ...sum5, ...set(x), ...END,
    ...finish(C, c, x, mx, m, t, k, statTail),
    ...END,
  ];
  const locals = vec([[5, I32], [2, V128]]);
  return [...locals, ...code];
}

/** argmax2(o, h, C): params 0..2, locals c 3, end 4, m 5, t 6, k 7, x 8 (v128), mx 9 (v128). */
function argmax2Body(): number[] {
  const [o, h, C, c, end, m, t, k, x, mx] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const sum2 = [...get(o), ...get(c), ...ADD, ...load(), ...get(h), ...get(c), ...ADD, ...load(), ...VADD];
  const code = [
    ...i32c(INT_MIN), ...SPLAT, ...set(mx),
    ...get(C), ...i32c(~3), ...AND, ...i32c(2), ...SHL, ...set(end),
    ...i32c(0), ...set(c),
    ...block, ...loop,
    ...get(c), ...get(end), ...GE_U, ...brIf(1),
    ...sum2, ...set(x),
    ...get(c), ...get(x), ...store(SCRATCH_AT),
    ...get(mx), ...get(x), ...VMAX, ...set(mx),
    ...get(c), ...i32c(16), ...ADD, ...set(c),
    ...br(0),
    ...END, ...END,
    ...get(C), ...i32c(3), ...AND, ...ifv, ...sum2, ...set(x), ...END,
    ...finish(C, c, x, mx, m, t, k, []),
    ...END,
  ];
  const locals = vec([[5, I32], [2, V128]]);
  return [...locals, ...code];
}

/** The module's bytes. */
export function simdModuleBytes(): Uint8Array {
  const bytes = [
    ...HEADER_BYTES,
    ...section(1, vec([
      [0x60, ...vec(Array.from({ length: 8 }, () => [I32])), ...vec([[I32]])],
      [0x60, ...vec(Array.from({ length: 3 }, () => [I32])), ...vec([[I32]])],
    ])),
    ...section(2, vec([[...name('e'), ...name('m'), 0x02, 0x00, ...uleb(1)]])),
    ...section(3, vec([[0], [1]])),
    ...section(7, vec([
      [...name('s'), 0x00, 0],
      [...name('d'), 0x00, 1],
    ])),
    ...section(10, vec([body(stat5Body()), body(argmax2Body())])),
  ];
  return Uint8Array.from(bytes);
}

let compiled: WasmModule | null | undefined;

/** The compiled module, or null where WebAssembly SIMD is missing or switched off (ANNALS_TAGGER_SIMD=0). */
export function simdModule(): WasmModule | null {
  if (compiled !== undefined) return compiled;
  compiled = null;
  if (process.env.ANNALS_TAGGER_SIMD === '0' || !Wasm) return compiled;
  try {
    const bytes = simdModuleBytes();
    if (Wasm.validate(bytes)) compiled = new Wasm.Module(bytes);
  } catch {
    compiled = null;
  }
  return compiled;
}
