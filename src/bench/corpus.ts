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
