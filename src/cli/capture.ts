/**
 * Run a CLI command in process with captured streams (for tests and scripts that
 * drive the commands without spawning a process).
 * @module
 */
import { PassThrough, Readable } from 'node:stream';
import type { Io } from './io.js';

/** A command's entry point, as every `src/cli/*.ts` command exports it. */
export type CommandRun = (args: string[], io: Io) => Promise<number>;

/** Run `command` with `args` and `stdin`; returns its exit code and what it wrote. */
export async function runCaptured(command: CommandRun, args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const io: Io = { stdout, stderr, stdin: Readable.from([stdin]), isTTY: false, isErrTTY: false };
  const code = await command(args, io);
  return { code, out, err };
}
