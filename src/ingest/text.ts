/**
 * Plain-text and Markdown articles: title, byline, dateline and date detection.
 * @module
 */
import { findDate, normalizeDate } from './dates.js';

/** What the text reader finds in an article. */
export interface ParsedArticle {
  text: string;
  title?: string;
  byline?: string;
  dateline?: string;
  source?: string;
  url?: string;
  /** Date found in metadata or text, YYYY-MM-DD, or null. */
  date: string | null;
}

const BYLINE = /^(?:by|from)\s+[A-Z][^\n]{1,120}$/i;
// "BAGHDAD, Dec. 4 (Reuters) -", "UNITED NATIONS (AP) --", "GAZA CITY, Dec 4 -", "Baghdad, 4 December 2006 —",
// "WASHINGTON/BAGHDAD -" (a story filed from two places)
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATELINE = new RegExp(
  String.raw`^((?<place>[A-Z][A-Za-z.'’-]*(?:(?:\s+|\/)[A-Z][A-Za-z.'’-]*){0,3})(?:,\s*[A-Z][A-Za-z.'’ ]{0,40}?)?` +
    String.raw`(?<date>,\s*${MONTH}\s+\d{1,2}(?:,\s*\d{4})?|,\s*\d{1,2}\s+${MONTH}(?:\s+\d{4})?)?` +
    String.raw`\s*(?<agency>\([A-Za-z][A-Za-z .&-]{0,30}\))?\s*(?:--|[-–—]))\s+`,
);
const STANDALONE_DATE = /^(?:(?:published|posted|updated|date|dated)\s*:?\s*)?(.{4,60})$/i;

/** Strips Markdown inline markup so the text reads as prose. */
function unmarkdown(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^\s{0,3}>\s?/, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1');
}

/**
 * Takes a news dateline ("BAGHDAD, Dec. 4 (Reuters) -") off the start of a text.
 * Only a capitalised place name or an agency in parentheses counts, so ordinary
 * lead sentences stay whole.
 */
export function splitDateline(text: string): { text: string; dateline?: string } {
  const dl = DATELINE.exec(text);
  if (!dl) return { text };
  const { place, date, agency } = dl.groups!;
  // A place in capitals, an agency or a date: a plain "US President Bush - who ..." is not a dateline.
  const capsPlace = place === place!.toUpperCase() && /[A-Z]{2}/.test(place!);
  if (!capsPlace && !agency && !date) return { text };
  return { text: text.slice(dl[0].length), dateline: dl[1]!.trim() };
}

function frontMatter(lines: string[]): { meta: Map<string, string>; next: number } {
  const meta = new Map<string, string>();
  if (lines[0]?.trim() !== '---') return { meta, next: 0 };
  for (let i = 1; i < lines.length && i < 60; i++) {
    const l = lines[i]!;
    if (l.trim() === '---' || l.trim() === '...') return { meta, next: i + 1 };
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(l);
    if (m) meta.set(m[1]!.toLowerCase(), m[2]!.trim().replace(/^(['"])(.*)\1$/, '$2'));
  }
  return { meta: new Map(), next: 0 }; // no closing fence: not front matter
}

function isDateOnly(line: string): string | null {
  const m = STANDALONE_DATE.exec(line.trim());
  if (!m) return null;
  const d = normalizeDate(m[1]!);
  if (!d) return null;
  // Only the date (and perhaps a weekday/time) on the line: no sentence.
  return line.split(/\s+/).length <= 8 && !/[.!?]$/.test(line.trim().replace(/\b(?:a|p)\.m\.$/i, '')) ? d : null;
}

/**
 * Parses a plain-text or Markdown article. Header lines (front matter, title,
 * byline, a date on its own line) are taken out of `text`; a news dateline at the
 * start of the lead paragraph is moved to `dateline`.
 */
export function parseArticle(raw: string, markdown: boolean): ParsedArticle {
  const src = raw.replace(/\r\n?/g, '\n');
  let lines = src.split('\n');
  const fm = markdown || lines[0]?.trim() === '---' ? frontMatter(lines) : { meta: new Map<string, string>(), next: 0 };
  lines = lines.slice(fm.next);
  const out: ParsedArticle = { text: '', date: null };
  const meta = fm.meta;
  if (meta.get('title')) out.title = meta.get('title');
  const author = meta.get('author') ?? meta.get('byline');
  if (author) out.byline = author;
  if (meta.get('source')) out.source = meta.get('source');
  if (meta.get('url')) out.url = meta.get('url');
  const metaDate = meta.get('date') ?? meta.get('published');
  if (metaDate) out.date = normalizeDate(metaDate);

  // Header: leading lines before the body, at most a handful.
  let i = 0;
  const skip = () => { while (i < lines.length && !lines[i]!.trim()) i++; };
  let headerDate: string | null = null;
  let sawHeading = false;
  for (let guard = 0; guard < 6; guard++) {
    skip();
    if (i >= lines.length) break;
    const line = lines[i]!.trim();
    const heading = /^#{1,6}\s+(.+?)\s*#*$/.exec(line);
    // The leading heading is the headline even when front matter already gave a title.
    if (markdown && heading && !sawHeading) { out.title ??= unmarkdown(heading[1]!); sawHeading = true; i++; continue; }
    // Setext heading: "Title\n=====".
    if (!out.title && markdown && /^=+\s*$/.test(lines[i + 1] ?? '')) { out.title = unmarkdown(line); i += 2; continue; }
    if (!out.byline && BYLINE.test(unmarkdown(line))) { out.byline = unmarkdown(line).replace(/^(?:by|from)\s+/i, ''); i++; continue; }
    const d = isDateOnly(unmarkdown(line));
    if (d && !headerDate) { headerDate = d; i++; continue; }
    // A first short line without a final full stop, followed by more text, is a headline.
    // Hard-wrapped prose also has short first lines: a headline stands alone (blank line
    // after it) or is followed directly by a byline or a date line.
    const after = (lines[i + 1] ?? '').trim();
    const alone = after === '' || BYLINE.test(unmarkdown(after)) || isDateOnly(unmarkdown(after)) !== null;
    const next = lines.slice(i + 1).find((l) => l.trim());
    if (!out.title && !heading && alone && line.length <= 120 && !/[.:;,]$/.test(line) && !DATELINE.test(line + ' ') && next !== undefined) {
      out.title = unmarkdown(line);
      i++;
      continue;
    }
    break;
  }

  const body: string[] = [];
  let inFence = false;
  for (const l of lines.slice(i)) {
    if (markdown && /^\s*(```|~~~)/.test(l)) { inFence = !inFence; continue; }
    if (inFence) continue;
    if (markdown && /^\s*(?:[-*_]\s*){3,}$/.test(l)) continue; // horizontal rule
    if (markdown && /^=+\s*$|^-+\s*$/.test(l)) continue;
    body.push(markdown ? unmarkdown(l) : l);
  }
  const text = body.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  const sd = splitDateline(text);
  if (sd.dateline) out.dateline = sd.dateline;
  out.text = sd.text;
  out.date ??= headerDate ?? (out.dateline ? findDate(out.dateline) : null) ?? findDate(text);
  return out;
}
