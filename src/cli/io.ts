/**
 * The CLI's edge: the only place that prints. Commands get an `Io` so tests can
 * capture output instead of touching the process streams.
 * @module
 */
import type { Writable } from 'node:stream';
import { AnnalsError } from '../errors.js';

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

/** The `--beam K` option: a whole number from 1 to 64, or undefined when not given. */
export function beamOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const beam = Number(value);
  if (!(Number.isInteger(beam) && beam >= 1 && beam <= 64)) {
    throw new AnnalsError('E_USAGE', `--beam takes a whole number from 1 to 64, not '${value}'`);
  }
  return beam;
}
