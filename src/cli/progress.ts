/**
 * A one-line progress display on stderr for multi-document runs on a terminal.
 * @module
 */
import type { Io } from './io.js';

export interface Progress {
  update(docs: number, sentences: number, events: number): void;
  clear(): void;
}

/** A progress line redrawn at most every 100 ms; a no-op when disabled. */
export function createProgress(io: Io, enabled: boolean): Progress {
  if (!enabled) return { update() {}, clear() {} };
  const t0 = performance.now();
  let last = 0;
  let shown = false;
  return {
    update(docs, sentences, events) {
      const now = performance.now();
      if (now - last < 100) return;
      last = now;
      const rate = sentences / Math.max((now - t0) / 1000, 1e-3);
      io.stderr.write(`\r\x1b[K${docs} documents, ${sentences} sentences, ${events} events (${Math.round(rate)} sentences/s)`);
      shown = true;
    },
    clear() {
      if (shown) io.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}
