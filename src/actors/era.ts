/**
 * The era of an undated article: a day on which most of the people it names held
 * the roles the dictionaries date ("Maliki", "Crocker" and "Petraeus" together say
 * 2007-08). Without a date the dictionaries fall back to each person's undated
 * code (IRQELI for Maliki), which no coder would give a sitting prime minister;
 * actor codes are better resolved on the day the article's own cast agrees on.
 * @module
 */
import type { DayNumber } from './types.js';

/** One dated role range of an actor entry, inclusive yyyymmdd days. */
export interface RoleSpan {
  from: DayNumber;
  to: DayNumber;
}

/**
 * The day on which the most entries hold one of their dated roles, or undefined
 * when no entry has one. Each entry (the dated ranges of one actor named in the
 * article) counts once however often it is named. Every day between two
 * consecutive range ends is covered by the same entries, so only those ends are
 * tried; of equally covered stretches the longest wins (a short overlap of
 * terms is less likely than a long shared tenure), then the latest.
 */
export function estimateEraDay(entries: readonly (readonly RoleSpan[])[]): DayNumber | undefined {
  const dated = entries.filter((e) => e.length > 0);
  if (dated.length === 0) return undefined;
  const ends = new Set<number>();
  for (const e of dated) for (const r of e) ends.add(r.from).add(nextDay(r.to));
  const points = [...ends].sort((a, b) => a - b);
  let best: { day: number; n: number; len: number } | null = null;
  for (let k = 0; k < points.length; k++) {
    const day = points[k];
    const n = dated.filter((e) => e.some((r) => r.from <= day && day <= r.to)).length;
    if (n === 0) continue;
    const len = k + 1 < points.length ? spanDays(day, points[k + 1]) : 0;
    if (!best || n > best.n || (n === best.n && len >= best.len)) best = { day, n, len };
  }
  return best?.day;
}

/** yyyymmdd -> days since 1 Jan year 0 (approximate months are fine for ranking stretches). */
function ordinal(d: number): number {
  const y = Math.floor(d / 10000);
  const m = Math.floor(d / 100) % 100;
  const dd = d % 100;
  return y * 372 + Math.max(m - 1, 0) * 31 + Math.max(dd, 1);
}

/** Days between two range ends; open ends ("2022-10-27..", "..2003") are clamped so they do not outrank real tenures. */
function spanDays(a: number, b: number): number {
  const clamp = (d: number): number => Math.min(Math.max(d, 19000101), 20301231);
  return ordinal(clamp(b)) - ordinal(clamp(a));
}

/** The yyyymmdd number just after `d` in order (valid enough as a range end: only compared). */
function nextDay(d: number): number {
  return d >= 99999999 ? d : d + 1;
}
