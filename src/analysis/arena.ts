/**
 * Small typed-array columns carved out of shared chunks (speed session 17).
 *
 * Each analyze call used to allocate two ArrayBuffers of its own (the token
 * scanner's columns and the Doc's heads): V8 keeps typed arrays of more than
 * 64 bytes outside its heap, and each such backing store costs a system
 * allocation plus the engine's bookkeeping of external memory, about as long
 * as tokenising a short sentence. Here they are views into a 16 KB chunk,
 * which is bump-allocated and replaced when full; a chunk lives as long as
 * any view into it (so a Doc kept alive keeps at most its chunk, 16 KB).
 * Fresh chunks are zeroed, so every region starts zeroed, as a new typed
 * array does.
 * @module
 */

const CHUNK = 1 << 14;
/** Regions above this many bytes get an ArrayBuffer of their own. */
const MAX_POOLED = CHUNK >> 2;

let chunk = new ArrayBuffer(CHUNK);
let top = 0;

/** The chunk of the last {@link region} call; its byte offset is returned. */
export let regionBuffer: ArrayBuffer = chunk;

/**
 * Reserve `bytes` zeroed bytes, 8-byte aligned: returns the byte offset in
 * {@link regionBuffer} (read it right after the call).
 */
export function region(bytes: number): number {
  const size = (bytes + 7) & ~7;
  if (size > MAX_POOLED) {
    regionBuffer = new ArrayBuffer(size);
    return 0;
  }
  if (top + size > CHUNK) {
    chunk = new ArrayBuffer(CHUNK);
    top = 0;
  }
  const at = top;
  top += size;
  regionBuffer = chunk;
  return at;
}
