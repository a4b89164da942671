/**
 * Entry point of the readers: files, directories and standard input, each
 * document coming out as a result so one bad input never stops the rest.
 * @module
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AnnalsError } from '../errors.js';
import { DEFAULT_MAX_BYTES, decodeText, maybeGunzip, readStreamBounded } from './bytes.js';
import { normalizeDate } from './dates.js';
import { parseHtml } from './html.js';
import { readCsv, readJsonArray, readJsonl, readPetrarch } from './records.js';
import { parseArticle, type ParsedArticle } from './text.js';
import type { InputFormat, InputResult, ReadOptions, SourceDocument } from './types.js';

const BY_EXT: Record<string, InputFormat | 'json'> = {
  txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', mdown: 'markdown',
  html: 'html', htm: 'html', xhtml: 'html',
  jsonl: 'jsonl', ndjson: 'jsonl', json: 'json',
  csv: 'csv', tsv: 'tsv', tab: 'tsv',
  xml: 'petrarch', petr: 'petrarch',
};

/**
 * Picks the reader for a file: by extension (".gz" looked through), else by
 * sniffing the decoded content.
 */
export function detectFormat(path: string, text: string): InputFormat | 'json' {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  const ext = /\.([a-z0-9]+)$/.exec(name)?.[1];
  const byExt = ext ? BY_EXT[ext] : undefined;
  if (byExt && byExt !== 'json') return byExt;
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (byExt === 'json' || head.startsWith('{') || head.startsWith('[')) {
    if (head.startsWith('[')) return 'json';
    // One object per line is JSONL; one object over several lines is plain JSON.
    const first = head.split('\n', 1)[0]!.trim();
    try { JSON.parse(first); return 'jsonl'; } catch { return byExt === 'json' ? 'json' : head.startsWith('{"') ? 'jsonl' : 'text'; }
  }
  if (/^<(\?xml|!--)/i.test(head) || /^<Sentences?\b/.test(head)) {
    if (/<Sentence\b/.test(text.slice(0, 65536))) return 'petrarch';
  }
  if (/^<(!doctype\s+html|html|head|body|article|meta|div|p)\b/i.test(head)) return 'html';
  if (/^(#{1,6}\s|---\n)/.test(head)) return 'markdown';
  return 'text';
}

function articleDoc(a: ParsedArticle, path: string, opts: ReadOptions): SourceDocument {
  const doc: SourceDocument = { id: path, text: a.text, date: opts.date ?? a.date, path };
  if (a.title) doc.title = a.title;
  if (a.byline) doc.byline = a.byline;
  if (a.dateline) doc.dateline = a.dateline;
  if (a.source) doc.source = a.source;
  if (a.url) doc.url = a.url;
  return doc;
}

/** Reads one input's bytes (already size-checked and gunzipped) into results. */
export function* readBuffer(raw: Buffer, path: string, opts: ReadOptions): Generator<InputResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let buf: Buffer;
  try {
    buf = maybeGunzip(raw, path, maxBytes);
  } catch (e) {
    yield { ok: false, error: e as AnnalsError };
    return;
  }
  // JSONL decodes line by line (so one bad line fails alone): sniff on a lenient decode.
  const peek = new TextDecoder('utf-8').decode(buf.subarray(0, 65536));
  const format = detectFormat(path, peek);
  if (format === 'jsonl') { yield* readJsonl(buf, path, opts); return; }
  let text: string;
  try {
    text = decodeText(buf, path);
  } catch (e) {
    yield { ok: false, error: e as AnnalsError };
    return;
  }
  try {
    switch (format) {
      case 'json': yield* readJsonArray(text, path, opts); return;
      case 'csv': yield* readCsv(text, path, opts, ','); return;
      case 'tsv': yield* readCsv(text, path, opts, '\t'); return;
      case 'petrarch': yield* readPetrarch(text, path, opts); return;
      case 'html': yield { ok: true, doc: articleDoc(parseHtml(text, path), path, opts) }; return;
      case 'markdown':
      case 'text': {
        const a = parseArticle(text, format === 'markdown');
        if (!a.text.trim()) { yield { ok: false, error: new AnnalsError('E_INPUT', 'document has no text', { file: path }) }; return; }
        yield { ok: true, doc: articleDoc(a, path, opts) };
        return;
      }
    }
  } catch (e) {
    const error = e instanceof AnnalsError ? e : new AnnalsError('E_INPUT', `cannot read (${(e as Error).message})`, { file: path });
    yield { ok: false, error };
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile() || e.isSymbolicLink()) yield p;
  }
}

// Formats we cannot read: say so instead of reporting them as bad UTF-8.
const UNSUPPORTED = /\.(pdf|docx?|odt|rtf|xlsx?|pptx?|zip|tar|tgz|bz2|xz|7z|png|jpe?g|gif|webp|mp[34]|exe|so|dll)$/i;

async function* readOne(path: string, opts: ReadOptions, stdin: NodeJS.ReadableStream | undefined): AsyncGenerator<InputResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let raw: Buffer;
  try {
    if (path === '-') {
      // process.stdin is only touched when asked for: opening it can hold the process.
      raw = await readStreamBounded(stdin ?? process.stdin, '-', maxBytes);
    } else {
      const st = await stat(path);
      if (st.isDirectory()) {
        for await (const p of walk(path)) yield* readOne(p, opts, stdin);
        return;
      }
      if (UNSUPPORTED.test(path)) {
        throw new AnnalsError('E_INPUT', 'unsupported file type (convert it to text, HTML, JSONL, CSV or PETRARCH XML)', { file: path });
      }
      if (st.size > maxBytes) {
        throw new AnnalsError('E_INPUT', `file is ${st.size} bytes, over the limit of ${maxBytes} bytes`, { file: path });
      }
      raw = await readFile(path);
    }
  } catch (e) {
    const error = e instanceof AnnalsError ? e : new AnnalsError('E_INPUT', `cannot read (${(e as Error).message})`, { file: path });
    yield { ok: false, error };
    return;
  }
  yield* readBuffer(raw, path, opts);
}

/**
 * Reads documents from files, directories (walked recursively in sorted order,
 * hidden entries skipped) and `-` (standard input). The reader is chosen by
 * extension (plain text, Markdown, HTML, JSONL/JSON, CSV/TSV, PETRARCH XML, any
 * of them gzipped) or by sniffing the content. `stdin` defaults to process.stdin. Each document, or the error that
 * stopped it, is one result; errors name the file and, where known, the line.
 * @example
 * for await (const r of readInputs(['examples/'], {})) if (r.ok) console.log(r.doc.id);
 */
export async function* readInputs(
  paths: string[],
  opts: ReadOptions = {},
  stdin?: NodeJS.ReadableStream,
): AsyncGenerator<InputResult> {
  if (opts.date !== undefined && normalizeDate(opts.date) !== opts.date) {
    yield { ok: false, error: new AnnalsError('E_USAGE', `date "${opts.date}" is not YYYY-MM-DD`) };
    return;
  }
  for (const p of paths) yield* readOne(p, opts, stdin);
}
