/**
 * Raw input: bounded reading, gzip, and strict text decoding with error positions.
 * @module
 */
import { gunzipSync } from 'node:zlib';
import { AnnalsError } from '../errors.js';

/** Default size limit for one input (20 MB). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** True when the bytes start with the gzip magic number. */
export function isGzip(buf: Uint8Array): boolean {
  return buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b;
}

/** Gunzips when the bytes are gzip (by magic number, not by name), bounded by `maxBytes`. */
export function maybeGunzip(buf: Buffer, path: string, maxBytes: number): Buffer {
  if (!isGzip(buf)) return buf;
  try {
    return gunzipSync(buf, { maxOutputLength: maxBytes });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ERR_BUFFER_TOO_LARGE' || /too large|maxOutputLength/i.test(err.message)) {
      throw new AnnalsError('E_INPUT', `decompressed input is larger than the limit of ${maxBytes} bytes`, { file: path });
    }
    throw new AnnalsError('E_INPUT', `corrupt gzip data (${err.message})`, { file: path });
  }
}

/** Reads a whole stream into memory, failing as soon as it passes `maxBytes`. */
export async function readStreamBounded(stream: NodeJS.ReadableStream, path: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    n += b.length;
    if (n > maxBytes) {
      throw new AnnalsError('E_INPUT', `input is larger than the limit of ${maxBytes} bytes`, { file: path });
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/**
 * Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid.
 * (TextDecoder's fatal mode says that, not where.)
 */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) { i++; continue; }
    let len: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { len = 2; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { len = 3; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { len = 4; min = 0x10000; }
    else return i;
    if (i + len > n) return i;
    let cp = b & (0xff >> (len + 1));
    for (let k = 1; k < len; k++) {
      const c = buf[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += len;
  }
  return -1;
}

/** 1-based line number of a byte offset. */
export function lineOfByte(buf: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < buf.length; i++) if (buf[i] === 0x0a) line++;
  return line;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes input bytes as text: UTF-8 (BOM dropped), or UTF-16 when a UTF-16 BOM says so.
 * Invalid UTF-8 is an error naming the file and the line (`lineBase` shifts the line
 * number when `buf` is one line out of a larger file).
 */
export function decodeText(buf: Uint8Array, path: string, lineBase = 0): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf);
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf);
  try {
    return UTF8.decode(buf);
  } catch {
    const at = firstInvalidUtf8(buf);
    const line = lineBase + lineOfByte(buf, Math.max(at, 0));
    throw new AnnalsError('E_INPUT', `invalid UTF-8 at byte ${at} (the file must be UTF-8 text)`, { file: path, line });
  }
}
