/**
 * Render people entries in PETRARCH actor-file syntax, so the production actor
 * compiler (`compileActorDictionaries`) can resolve them by date before the
 * native YAML reader is on main, and so the two readings can be compared.
 * @module
 */
import type { PersonEntry } from './validate.js';

/** yyyymmdd as the 8-digit PETRARCH date. */
function d8(n: number): string {
  return String(n).padStart(8, '0');
}

/**
 * One PETRARCH actors text for the entries: the first name is the base phrase,
 * the others `+` synonyms, then one `[CODE FROM-TO]` line per code (`[CODE D]`
 * for an open end, `[CODE]` for the undated fallback).
 * @example toPetrarchActors(entries) // "NOURI_AL-MALIKI\n+NURI_AL-MALIKI\n[IRQGOV 20060520-20140908]\n..."
 */
export function toPetrarchActors(entries: readonly PersonEntry[]): string {
  const out: string[] = [];
  const phrase = (n: string): string => n.toUpperCase().replace(/\s+/g, '_');
  for (const e of entries) {
    out.push(phrase(e.names[0]));
    for (const n of e.names.slice(1)) out.push(`+${phrase(n)}`);
    for (const c of e.codes) {
      if (!c.dated) out.push(`[${c.code}]`);
      else if (c.to === 99999999) out.push(`[${c.code} ${d8(Math.max(c.from, 101))}]`);
      else out.push(`[${c.code} ${d8(Math.max(c.from, 101))}-${d8(c.to)}]`);
    }
    out.push('');
  }
  return out.join('\n');
}
