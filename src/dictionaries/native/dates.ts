/**
 * Dated actor codes of the native format: `CODE`, `CODE FROM..TO`, `CODE FROM..`,
 * `CODE ..TO`, where a date is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (inclusive; a
 * partial date covers its whole year or month). The result is the same
 * {@link CodeRule} the PETRARCH actor reader produces (yyyymmdd numbers).
 * @module
 */
import type { CodeRule } from '../actor-readers.js';

/** No end date (the PETRARCH reader uses the same sentinel). */
export const OPEN_END = 99999999;

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Parse one date bound. `end` picks the last day of a partial date.
 * Returns the yyyymmdd number, or an error message.
 * @example parseBound('2006-05', true) // 20060531
 */
export function parseBound(s: string, end: boolean): number | string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return `malformed date "${s}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`;
  const y = Number(m[1]);
  if (m[2] === undefined) return y * 10000 + (end ? 1231 : 101);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return `malformed date "${s}": month ${m[2]}`;
  if (m[3] === undefined) return y * 10000 + mo * 100 + (end ? daysIn(y, mo) : 1);
  const d = Number(m[3]);
  if (d < 1 || d > daysIn(y, mo)) return `malformed date "${s}": ${y}-${m[2]} has no day ${m[3]}`;
  return y * 10000 + mo * 100 + d;
}

/**
 * Actor codes: upper-case letters/digits, optionally after `---` (no country);
 * `---` alone is the null actor; `A/B` is a compound (both actors).
 */
const ACTOR_CODE = /^(?:(?:---)?[A-Z0-9]+)(?:\/(?:---)?[A-Z0-9]+)*$|^---$/;

/**
 * Parse `CODE [FROM..TO]`. Returns the rule or an error message.
 * @example parseDatedCode('IRQGOV 2006-05-20..2014-09-08') // { code: 'IRQGOV', from: 20060520, to: 20140908, dated: true }
 */
export function parseDatedCode(text: string): CodeRule | string {
  const t = text.trim();
  const m = /^(\S+)(?:\s+(\S*)\s*\.\.\s*(\S*))?$/.exec(t);
  if (!m) {
    if (/^\S+\s+\S+$/.test(t)) return `malformed dated code "${t}" (expected CODE FROM..TO, either end may be empty)`;
    return `malformed code "${t}"`;
  }
  const code = m[1];
  if (!ACTOR_CODE.test(code)) return `bad actor code "${code}" (upper-case letters and digits, A/B for a compound, or ---)`;
  if (m[2] === undefined) return { code, from: 0, to: OPEN_END, dated: false };
  if (m[2] === '' && m[3] === '') return `date range "${t.slice(code.length).trim()}" has no date; write the code alone`;
  const from = m[2] === '' ? 0 : parseBound(m[2], false);
  if (typeof from === 'string') return from;
  const to = m[3] === '' ? OPEN_END : parseBound(m[3], true);
  if (typeof to === 'string') return to;
  if (from > to) return `date range ${m[2]}..${m[3]} ends before it starts`;
  return { code, from, to, dated: true };
}

/** Human form of a rule's dates (`2006-05-20..2014-09-08`, `..2003-03-19`, `2006-05-20..`, or `undated`). */
export function formatRange(c: CodeRule): string {
  if (!c.dated) return 'undated';
  const f = (n: number): string => {
    const s = String(n).padStart(8, '0');
    return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}`;
  };
  return `${c.from <= 101 ? '' : f(c.from)}..${c.to >= OPEN_END ? '' : f(c.to)}`;
}

/** Pairs of dated rules (indexes) whose ranges share at least one day. */
export function overlappingRanges(codes: readonly CodeRule[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < codes.length; i++) {
    if (!codes[i].dated) continue;
    for (let j = i + 1; j < codes.length; j++) {
      if (!codes[j].dated) continue;
      if (codes[i].from <= codes[j].to && codes[j].from <= codes[i].to) out.push([i, j]);
    }
  }
  return out;
}
