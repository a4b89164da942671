/**
 * A minimal WebAssembly binary encoder and the typed slice of the
 * WebAssembly API that annals uses (the project's TypeScript libraries
 * declare none), for kernels assembled at load time from their opcodes (no
 * assembler, no binary file): tagger/simd.ts.
 * @module
 */

// The WebAssembly API, typed here (the project's TypeScript libraries declare none).
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
}
export type WasmModule = object;
interface WasmApi {
  Memory: new (d: { initial: number }) => WasmMemory;
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (m: WasmModule, imports: object) => { exports: object };
  validate(bytes: Uint8Array): boolean;
}
export const Wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;



export const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
};
export const sleb = (n: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
};
export const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
export const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
export const name = (s: string): number[] => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];

export const I32 = 0x7f;
export const V128 = 0x7b;
// Instructions.
export const get = (i: number): number[] => [0x20, ...uleb(i)];
export const set = (i: number): number[] => [0x21, ...uleb(i)];
export const tee = (i: number): number[] => [0x22, ...uleb(i)];
export const i32c = (n: number): number[] => [0x41, ...sleb(n)];
export const ADD = [0x6a];
export const AND = [0x71];
export const SHL = [0x74];
export const SHR_U = [0x76];
export const GE_U = [0x4f];
export const GT_S = [0x4a];
export const CTZ = [0x68];
export const SELECT = [0x1b];
export const RETURN = [0x0f];
export const END = [0x0b];
export const UNREACHABLE = [0x00];
export const block = [0x02, 0x40];
export const loop = [0x03, 0x40];
export const ifv = [0x04, 0x40];
export const br = (d: number): number[] => [0x0c, ...uleb(d)];
export const brIf = (d: number): number[] => [0x0d, ...uleb(d)];
export const simd = (op: number, ...imm: number[]): number[] => [0xfd, ...uleb(op), ...imm];
export const load = (offset = 0): number[] => simd(0x00, 0, ...uleb(offset));
export const store = (offset = 0): number[] => simd(0x0b, 0, ...uleb(offset));
export const SPLAT = simd(0x11);
export const lane = (l: number): number[] => simd(0x1b, l);
export const EQ = simd(0x37);
export const BITSELECT = simd(0x52);
export const BITMASK = simd(0xa4);
export const VADD = simd(0xae);
export const VMAX = simd(0xb8);
/** Wrap a function body (locals + code) with its size. */
export const body = (b: number[]): number[] => [...uleb(b.length), ...b];
/** WebAssembly module magic and version. */
export const HEADER_BYTES = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
// Scalar i32 instructions of the parser's label chooser.
export const MUL = [0x6c];
export const XOR = [0x73];
/** i32.load at a constant offset (alignment hint 0). */
export const load32 = (offset = 0): number[] => [0x28, 0, ...uleb(offset)];
