/**
 * The CLI's edge: the only place that prints. Commands get an `Io` so tests can
 * capture output instead of touching the process streams.
 * @module
 */
import type { Writable } from 'node:stream';

export interface Io {
  stdout: Writable;
  stderr: Writable;
  /** Standard input, for the `-` path. */
  stdin: NodeJS.ReadableStream;
  /** Whether stdout is a terminal (table output, progress bar). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress bar). */
  isErrTTY: boolean;
}

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    isTTY: Boolean(process.stdout.isTTY),
    isErrTTY: Boolean(process.stderr.isTTY),
  };
}

/** Write a string and wait until the stream accepted it (back-pressure aware). */
export function writeAll(out: Writable, s: string): Promise<void> | void {
  if (out.write(s)) return;
  return new Promise((resolve) => out.once('drain', () => resolve()));
}
