/**
 * Dates: normalising metadata values and finding the publication date written in text.
 * @module
 */
import * as chrono from 'chrono-node';

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Normalises a date given as metadata to YYYY-MM-DD: "2006-12-04", "20061204",
 * "2006-12-04T10:30:00Z", "2006/12/04", or an English date ("Dec. 4, 2006").
 * Returns null when the value is not a full, valid calendar date.
 */
export function normalizeDate(value: string): string | null {
  const v = value.trim();
  if (!v) return null;
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  // The calendar day of an ISO timestamp is the day as written, whatever its zone:
  // the article was dated that day where it was published.
  m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(v);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  return findDate(v, v.length);
}

/** A year written in a date: "2007", or the last part of "12/4/06". ("10 days ago" is certain only relative to the reference instant.) */
const WRITTEN_YEAR = /\b\d{4}\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b|'\d{2}\b/;

/**
 * The first full date (day, month and year all written) in the first `window`
 * characters of `text`, as YYYY-MM-DD, or null. Partial dates ("Dec. 4", "Monday")
 * are not guessed at.
 */
export function findDate(text: string, window = 1000): string | null {
  const head = text.slice(0, window);
  // Every full date has a year in digits; skip the (slow) parser when there is none.
  if (!/\d{2}/.test(head)) return null;
  // Numeric ISO dates first: chrono reads them too, but this keeps them exact.
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(head);
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(head, { instant: new Date(Date.UTC(2000, 0, 1)) }, { forwardDate: false });
  } catch {
    results = [];
  }
  for (const r of results) {
    if (iso && iso.index <= r.index) break;
    const s = r.start;
    // A relative phrase ("last week") has no year of its own.
    if (s.isCertain('year') && s.isCertain('month') && s.isCertain('day') && WRITTEN_YEAR.test(r.text)) {
      const d = ymd(s.get('year')!, s.get('month')!, s.get('day')!);
      if (d) return d;
    }
  }
  return iso ? ymd(+iso[1]!, +iso[2]!, +iso[3]!) : null;
}
