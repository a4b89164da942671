/**
 * Benchmark corpora: news sentences to time the pipeline on. The real-news
 * sample in ../shared (PETRARCH XML) is used by path when present; our own
 * example articles otherwise. Nothing is copied into the repo.
 * @module
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readBuffer } from '../ingest/index.js';
import { tokenize } from '../analysis/tokenize/index.js';

export const GIGAWORD = '../shared/corpora/gigaword-sample/GigaWord.sample.PETR.xml';

export interface BenchCorpus {
  name: string;
  /** One entry per sentence-sized text. */
  sentences: string[];
  /** Mean tokens per sentence. */
  meanTokens: number;
}

async function texts(): Promise<{ name: string; texts: string[] }> {
  if (existsSync(GIGAWORD)) {
    const out: string[] = [];
    for (const r of readBuffer(readFileSync(GIGAWORD), GIGAWORD, {})) if (r.ok) out.push(r.doc.text);
    return { name: `${GIGAWORD} (real news)`, texts: out };
  }
  const dir = new URL('../../examples/', import.meta.url);
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) if (/\.(txt|md)$/.test(f)) out.push(readFileSync(join(dir.pathname, f), 'utf8'));
  return { name: 'examples/ (our own articles)', texts: out };
}

/** Sentences of the benchmark corpus, split by annals' own splitter. */
export async function loadBenchCorpus(): Promise<BenchCorpus> {
  const { name, texts: all } = await texts();
  const sentences: string[] = [];
  let tokens = 0;
  for (const t of all) {
    const tk = tokenize(t);
    for (let s = 0; s < tk.sentStart.length; s++) {
      const a = tk.sentStart[s];
      const b = tk.sentEnd[s];
      if (b - a < 3) continue;
      sentences.push(t.slice(tk.start[a], tk.end[b - 1]));
      tokens += b - a;
    }
  }
  return { name, sentences, meanTokens: tokens / Math.max(1, sentences.length) };
}

export const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} MB`;

/** UD English EWT test set, read by path for the document mode (never copied into the repo). */
export const EWT_TEST = '../shared/corpora/ud-english-ewt/en_ewt-ud-test.conllu';

/** Article-length raw texts for the document mode of the benchmarks. */
export interface BenchDocuments {
  name: string;
  /** Raw texts of about 20-40 sentences each, to be tokenised and split by annals itself. */
  texts: string[];
  /** Sentences and tokens annals' own splitter finds in all the texts (what a pass analyses). */
  sentences: number;
  tokens: number;
}

/**
 * Group consecutive units of `size` sentences each into texts of at least
 * `min` sentences (a unit over `max` is cut into pieces of about `(min +
 * max) / 2`); `join` makes one text of a group's units.
 */
function groupTexts<T>(units: T[], size: (u: T) => number, cut: (u: T, n: number) => T[], join: (us: T[]) => string, min: number, max: number): string[] {
  const pieces: T[] = [];
  const mid = (min + max) >> 1;
  for (const u of units) pieces.push(...(size(u) > max ? cut(u, mid) : [u]));
  const groups: T[][] = [];
  let cur: T[] = [];
  let n = 0;
  for (const u of pieces) {
    if (n > 0 && n + size(u) > max) {
      groups.push(cur);
      cur = [];
      n = 0;
    }
    cur.push(u);
    n += size(u);
    if (n >= min) {
      groups.push(cur);
      cur = [];
      n = 0;
    }
  }
  // A short tail joins the last text when that stays within bounds, else stands alone.
  const total = (g: T[]): number => g.reduce((x, u) => x + size(u), 0);
  if (cur.length > 0) {
    if (groups.length > 0 && total(groups[groups.length - 1]) + n <= max) groups[groups.length - 1].push(...cur);
    else groups.push(cur);
  }
  return groups.map(join);
}

/** Count what annals' splitter finds in `texts`. */
function measure(name: string, texts: string[]): BenchDocuments {
  let sentences = 0;
  let tokens = 0;
  for (const t of texts) {
    const tk = tokenize(t);
    sentences += tk.sentStart.length;
    tokens += tk.start.length;
  }
  return { name, texts, sentences, tokens };
}

/**
 * The Gigaword sample as article-length texts: its records in file order,
 * about 25 to a text, each record a paragraph (the records are one news
 * sentence each, line-wrapped as in the file).
 */
export function gigawordDocuments(): BenchDocuments | undefined {
  if (!existsSync(GIGAWORD)) return undefined;
  const recs: string[] = [];
  for (const r of readBuffer(readFileSync(GIGAWORD), GIGAWORD, {})) if (r.ok && r.doc.text.trim()) recs.push(r.doc.text.trim());
  const texts = groupTexts(recs, () => 1, (u) => [u], (us) => us.join('\n\n'), 25, 30);
  return measure(`${GIGAWORD} (real news, ~25 records a text)`, texts);
}

interface EwtDoc {
  /** Paragraphs, each a list of sentence texts. */
  pars: string[][];
}

const ewtSize = (d: EwtDoc): number => d.pars.reduce((x, p) => x + p.length, 0);

/**
 * UD EWT test as raw texts: each document's sentences (`# text`) with its
 * paragraphs (`# newpar`) as blank-line breaks; consecutive documents are
 * joined (as separate paragraphs) until a text has 20 to 40 sentences, and
 * longer documents are cut at sentence boundaries into texts of about 30.
 * Web text (blogs, reviews, e-mail, answers): shorter sentences than news and
 * many more word types than the Gigaword sample.
 */
export function ewtDocuments(path = EWT_TEST): BenchDocuments | undefined {
  if (!existsSync(path)) return undefined;
  const docs: EwtDoc[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc')) docs.push({ pars: [] });
    else if (line.startsWith('# newpar')) {
      if (docs.length === 0) docs.push({ pars: [] });
      docs[docs.length - 1].pars.push([]);
    } else if (line.startsWith('# text = ')) {
      if (docs.length === 0) docs.push({ pars: [] });
      const d = docs[docs.length - 1];
      if (d.pars.length === 0) d.pars.push([]);
      d.pars[d.pars.length - 1].push(line.slice('# text = '.length));
    }
  }
  const cut = (d: EwtDoc, n: number): EwtDoc[] => {
    const out: EwtDoc[] = [];
    let cur: EwtDoc = { pars: [] };
    let k = 0;
    for (const p of d.pars) {
      let par: string[] = [];
      cur.pars.push(par);
      for (const s of p) {
        if (k === n) {
          out.push(cur);
          par = [];
          cur = { pars: [par] };
          k = 0;
        }
        par.push(s);
        k++;
      }
    }
    if (k > 0) out.push(cur);
    return out;
  };
  const join = (ds: EwtDoc[]): string => ds.flatMap((d) => d.pars.filter((p) => p.length > 0).map((p) => p.join(' '))).join('\n\n');
  return measure(`${path} (UD EWT test, web text, 20-40 sentences a text)`, groupTexts(docs, ewtSize, cut, join, 20, 40));
}
