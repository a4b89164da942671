/**
 * HTML articles: main text via Readability over linkedom, metadata from meta tags.
 * @module
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { AnnalsError } from '../errors.js';
import { findDate, normalizeDate } from './dates.js';
import { splitDateline, type ParsedArticle } from './text.js';

// Minimal DOM shapes we touch (the build has no DOM lib).
interface El {
  tagName?: string;
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<El>;
  getAttribute(name: string): string | null;
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): ArrayLike<El>;
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DIV', 'SECTION', 'ARTICLE', 'TD', 'DD', 'DT', 'FIGCAPTION', 'TR', 'UL', 'OL', 'TABLE', 'HEADER', 'MAIN']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'SVG']);

/** Text of an element with a blank line between block elements (Readability's textContent runs them together). */
function blockText(root: El): string {
  const parts: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cur.replace(/\s+/g, ' ').trim();
    if (t) parts.push(t);
    cur = '';
  };
  const walk = (n: El) => {
    if (n.nodeType === 3) { cur += n.textContent ?? ''; return; }
    if (n.nodeType !== 1) return;
    const tag = (n.tagName ?? '').toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') { cur += ' '; return; }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return parts.join('\n\n');
}

function meta(doc: El, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}"]`) ?? doc.querySelector(`meta[name="${k}"]`) ?? doc.querySelector(`meta[itemprop="${k}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

function jsonLdDate(doc: El): string | undefined {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(scripts[i]!.textContent ?? '');
    if (m) return m[1];
  }
  return undefined;
}

/**
 * Reads an HTML page: the article text (Readability, falling back to the page
 * body when Readability finds no article), title, byline, site, URL and date.
 * @throws AnnalsError E_INPUT when the page has no readable text.
 */
export function parseHtml(html: string, path: string): ParsedArticle {
  let document: El;
  try {
    document = parseHTML(html).document as unknown as El;
  } catch (e) {
    throw new AnnalsError('E_INPUT', `cannot parse HTML (${(e as Error).message})`, { file: path });
  }
  // Metadata first: Readability mutates the document it reads.
  const title = meta(document, 'og:title', 'twitter:title', 'headline') ?? document.querySelector('title')?.textContent?.trim();
  const byline = meta(document, 'author', 'article:author', 'byl', 'dc.creator', 'DC.creator');
  const source = meta(document, 'og:site_name', 'publisher', 'article:publisher');
  const url = meta(document, 'og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const dateRaw =
    meta(document, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'publication_date',
      'date', 'dc.date', 'DC.date', 'DC.date.issued', 'sailthru.date', 'article.published') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    jsonLdDate(document) ??
    undefined;
  const fallbackBody = document.querySelector('body');
  const fallback = fallbackBody ? blockText(fallbackBody) : '';

  let text = '';
  let rTitle: string | undefined;
  let rByline: string | undefined;
  try {
    const article = new Readability<El>(document as never, { serializer: (n) => n as unknown as El, charThreshold: 200 }).parse();
    if (article?.content) text = blockText(article.content);
    rTitle = article?.title ?? undefined;
    rByline = article?.byline ?? undefined;
  } catch {
    text = '';
  }
  if (!text.trim()) text = fallback;
  if (!text.trim()) throw new AnnalsError('E_INPUT', 'HTML page has no readable text', { file: path });

  const out: ParsedArticle = { text: text.trim(), date: null };
  const t = title ?? rTitle;
  if (t) out.title = t.replace(/\s+/g, ' ').trim();
  // The page may repeat its headline as the first block; it is metadata, not body.
  if (out.title && out.text.startsWith(out.title + '\n')) out.text = out.text.slice(out.title.length).trim();
  const sd = splitDateline(out.text);
  out.text = sd.text;
  if (sd.dateline) out.dateline = sd.dateline;
  const b = byline ?? rByline;
  if (b) out.byline = b.replace(/^by\s+/i, '').trim();
  if (source) out.source = source;
  if (url) out.url = url;
  out.date = (dateRaw ? normalizeDate(dateRaw) : null) ?? (out.dateline ? findDate(out.dateline) : null) ?? findDate(out.text);
  return out;
}
