/**
 * Record-based inputs: JSONL, CSV/TSV and PETRARCH XML. Each record becomes one
 * document or one error; a bad record never stops the others.
 * @module
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { AnnalsError } from '../errors.js';
import { decodeText } from './bytes.js';
import { normalizeDate } from './dates.js';
import type { InputResult, ReadOptions, SourceDocument } from './types.js';

const err = (message: string, file: string, line?: number): InputResult => ({
  ok: false,
  error: new AnnalsError('E_INPUT', message, { file, line }),
});

// Field names other tools use for the same facts (news-please, Phoenix/Mongo dumps, scrapers).
const ALIASES = {
  id: ['id', 'doc_id', 'docid', '_id', 'aid', 'story_id', 'storyid'],
  text: ['text', 'content', 'body', 'maintext', 'story', 'article', 'article_text'],
  date: ['date', 'published', 'publish_date', 'publication_date', 'pubdate', 'date_publish', 'publishedat', 'published_at'],
  title: ['title', 'headline'],
  byline: ['byline', 'author', 'authors'],
  source: ['source', 'publisher', 'source_domain', 'site', 'news_source'],
  url: ['url', 'link'],
} as const;

/**
 * Turns one record ({id, text, date, title?, byline?, source?, url?}, or the same
 * facts under common alias names such as content/body/maintext, headline,
 * publish_date, _id) into a document, or an error naming file:line when it lacks
 * text or has an unreadable date.
 */
export function recordToDoc(rec: Record<string, unknown>, path: string, line: number, opts: ReadOptions): InputResult {
  const lower = new Map<string, unknown>();
  for (const [k, v] of Object.entries(rec)) if (!lower.has(k.toLowerCase())) lower.set(k.toLowerCase(), v);
  const str = (field: keyof typeof ALIASES): string | undefined => {
    for (const k of ALIASES[field]) {
      let v = lower.get(k);
      if (v && typeof v === 'object' && !Array.isArray(v) && '$oid' in v) v = (v as { $oid: unknown }).$oid; // Mongo ids
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) v = v.join(', '); // author lists
      if (typeof v === 'string') return v;
      if (typeof v === 'number') return String(v);
    }
    return undefined;
  };
  const text = str('text');
  if (text === undefined) return err(`record has no "text" field (a string)`, path, line);
  const rawDate = str('date');
  let date: string | null = null;
  if (rawDate !== undefined && rawDate.trim() !== '') {
    date = normalizeDate(rawDate);
    if (!date && !opts.date) return err(`record has an unreadable date "${rawDate}" (want YYYY-MM-DD)`, path, line);
  }
  date ??= opts.date ?? null;
  const id = str('id')?.trim();
  const doc: SourceDocument = { id: id || `${path}#${line}`, text, date, path, line };
  for (const k of ['title', 'byline', 'source', 'url'] as const) {
    const v = str(k)?.trim();
    if (v) doc[k] = v;
  }
  return { ok: true, doc };
}

/** Reads JSON Lines: one object per line. A broken line is an error for that line only. */
export function* readJsonl(buf: Buffer, path: string, opts: ReadOptions): Generator<InputResult> {
  let start = 0;
  let line = 0;
  while (start <= buf.length) {
    let end = buf.indexOf(0x0a, start);
    if (end < 0) end = buf.length;
    line++;
    const bytes = buf.subarray(start, end);
    start = end + 1;
    let s: string;
    try {
      // Decoding per line: a stray bad byte costs only its own record.
      s = decodeText(bytes, path, line - 1);
    } catch (e) {
      yield { ok: false, error: e as AnnalsError };
      continue;
    }
    s = s.replace(/^\uFEFF/, '').trim();
    if (!s) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(s);
    } catch (e) {
      yield err(`broken JSON line (${(e as Error).message})`, path, line);
      continue;
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
      yield err('JSON line is not an object', path, line);
      continue;
    }
    yield recordToDoc(obj as Record<string, unknown>, path, line, opts);
  }
}

/** Reads a JSON file holding an array of records (or one record). */
export function* readJsonArray(text: string, path: string, opts: ReadOptions): Generator<InputResult> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    yield err(`broken JSON (${(e as Error).message})`, path);
    return;
  }
  const items = Array.isArray(data) ? data : [data];
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (typeof it !== 'object' || it === null || Array.isArray(it)) {
      yield err(`JSON item ${k} is not an object`, path);
      continue;
    }
    const r = recordToDoc(it as Record<string, unknown>, path, k + 1, opts);
    // JSON items have no line of their own: the id falls back to path#item.
    if (r.ok) delete r.doc.line;
    yield r;
  }
}

/** Reads CSV or TSV with a header row naming the columns (id, text, date, title, source, url). */
export function* readCsv(text: string, path: string, opts: ReadOptions, delimiter: ',' | '\t'): Generator<InputResult> {
  type Row = { record: Record<string, string>; info: { lines: number }; raw: string };
  let rows: Row[];
  const skipped: { line: number; result: InputResult }[] = [];
  const kind = delimiter === '\t' ? 'TSV' : 'CSV';
  try {
    rows = parseCsv(text.replace(/^\uFEFF/, ''), {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      delimiter,
      info: true,
      raw: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
      relax_quotes: delimiter === '\t',
      // A malformed record is reported and skipped; the rest of the file still comes through.
      skip_records_with_error: true,
      on_skip: (e: Error | undefined) => {
        const ln = (e as { lines?: number } | undefined)?.lines ?? 0;
        skipped.push({ line: ln, result: err(`bad ${kind} record (${e?.message ?? 'unknown error'})`, path, ln || undefined) });
        return undefined;
      },
    }) as Row[];
  } catch (e) {
    yield err(`cannot read ${kind} (${(e as Error).message})`, path);
    return;
  }
  if (rows.length && !ALIASES.text.some((k) => k in rows[0]!.record)) {
    yield err(`no "text" column in the ${kind} header`, path, 1);
    return;
  }
  // info.lines is where a record ends; a quoted field may span lines, so count back to its start.
  const out = rows.map(({ record, info, raw }) => {
    const line = info.lines - (raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);
    return { line, result: recordToDoc(record, path, line, opts) };
  });
  // Errors and documents in file order.
  for (const x of [...out, ...skipped].sort((a, b) => a.line - b.line)) yield x.result;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * Reads PETRARCH XML: each `<Sentence date="YYYYMMDD" id="...">` with its `<Text>`
 * is one document; `<Parse>` is ignored (we parse ourselves). A regex scan, not a
 * DOM, so every record keeps its line and one broken record does not lose the file.
 */
export function* readPetrarch(text: string, path: string, opts: ReadOptions): Generator<InputResult> {
  // Comments may quote example records; blank them out, keeping every newline so lines still count.
  text = text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const re = /<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence\s*>/g;
  const nl: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) nl.push(i);
  const lineAt = (off: number) => {
    let lo = 0, hi = nl.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (nl[mid]! < off) lo = mid + 1; else hi = mid; }
    return lo + 1;
  };
  let found = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found++;
    const line = lineAt(m.index);
    const attrs: Record<string, string> = {};
    for (const a of m[1]!.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]!.toLowerCase()] = unescapeXml(a[2] ?? a[3] ?? '');
    const t = /<Text>([\s\S]*?)<\/Text\s*>/i.exec(m[2]!);
    if (!t) { yield err('<Sentence> without <Text>', path, line); continue; }
    // Text lines are wrapped in the file; the sentence is one line of prose.
    const body = unescapeXml(t[1]!.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')).replace(/\s+/g, ' ').trim();
    const rec: Record<string, unknown> = { id: attrs['id'], text: body, date: attrs['date'], source: attrs['source'] };
    yield recordToDoc(rec, path, line, opts);
  }
  if (found === 0) yield err('no <Sentence> records in the XML (expected PETRARCH format)', path);
}
