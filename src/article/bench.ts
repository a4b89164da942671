/**
 * What article-level resolution costs and changes on a corpus: codes every
 * document with the sentence matcher and with the article wrapper, and prints
 * the time of each (analysis excluded), the events of each, and the work
 * counters of the wrapper.
 *
 * Run: `node dist/article/bench.js [--dict PATH]... [--show N] [--repeat N] [paths...]`
 * (default path: the real-news sample in ../shared when present, else data/articles).
 * `--repeat N` joins all the inputs N times into one long document (a long-article test).
 * @module
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cpus } from 'node:os';
import { loadAnalyzer, type Doc } from '../analysis/index.js';
import { createActorMatcher } from '../actors/matcher.js';
import { dayNumber } from '../annals.js';
import { GIGAWORD } from '../bench/corpus.js';
import { loadDictionaries } from '../dictionaries/index.js';
import { createCoder } from '../events/coder.js';
import { toEventRecord } from '../events/record.js';
import type { EventRecord } from '../events/types.js';
import { readInputs } from '../ingest/index.js';
import { createArticleActorMatcher, type ArticleMatcherStats } from './coref.js';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      dict: { type: 'string', multiple: true },
      show: { type: 'string', default: '0' },
      repeat: { type: 'string', default: '0' },
    },
  });
  const paths = positionals.length > 0
    ? positionals
    : [existsSync(GIGAWORD) ? GIGAWORD : join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'articles')];
  const analyzer = loadAnalyzer();
  const dicts = loadDictionaries(values.dict ?? []);
  const base = createActorMatcher(dicts.actors);
  const docs: { id: string; doc: Doc; date: string | null }[] = [];
  const texts: { id: string; text: string; date: string | null }[] = [];
  for await (const r of readInputs(paths, {})) if (r.ok) texts.push({ id: r.doc.id, text: r.doc.text, date: r.doc.date });
  const repeat = Number(values.repeat);
  if (repeat > 0) {
    const all = texts.map((t) => t.text).join('\n\n');
    texts.splice(0, texts.length, { id: `joined x${repeat}`, text: Array.from({ length: repeat }, () => all).join('\n\n'), date: texts[0]?.date ?? null });
  }
  for (const t of texts) docs.push({ id: t.id, doc: analyzer.analyze(t.text), date: t.date });
  const sentences = docs.reduce((n, d) => n + d.doc.sentenceCount, 0);
  const stats: ArticleMatcherStats = { sentences: 0, steps: 0, maxLive: 0, resolved: 0 };
  const run = (withArticle: boolean): { ms: number; events: EventRecord[] } => {
    // A fresh wrapper per run: its per-Doc memo must not carry over.
    const actors = withArticle ? createArticleActorMatcher(base, { countries: dicts.actors.countryCodes, stats }) : base;
    const coder = createCoder({ verbs: dicts.verbs, actors });
    const events: EventRecord[] = [];
    const t0 = performance.now();
    for (const d of docs) {
      for (const ev of coder.code(d.doc, dayNumber(d.date))) {
        try {
          events.push(toEventRecord(d.doc, { docId: d.id, date: d.date }, ev));
        } catch {
          // Not emitted, as in annals code.
        }
      }
    }
    return { ms: performance.now() - t0, events };
  };
  // Warm-up runs, then the measured ones.
  run(false);
  run(true);
  const plain = run(false);
  stats.sentences = stats.steps = stats.maxLive = stats.resolved = 0;
  const art = run(true);
  const key = (e: EventRecord): string => `${e.doc_id}#${e.sentence} ${e.source.code}>${e.target?.code ?? '-'} ${e.cameo}`;
  const plainKeys = new Set(plain.events.map(key));
  const artKeys = new Set(art.events.map(key));
  const resolved = art.events.filter((e) => e.source.resolved_from || e.target?.resolved_from);
  const lines = [
    `corpus: ${paths.join(', ')}: ${docs.length} documents, ${sentences} sentences; nproc ${cpus().length}`,
    `sentence matcher: ${plain.events.length} events, coding ${plain.ms.toFixed(0)} ms (${((sentences / plain.ms) * 1000).toFixed(0)} sentences/s)`,
    `article matcher:  ${art.events.length} events (${resolved.length} with a resolved actor), coding ${art.ms.toFixed(0)} ms (${((sentences / art.ms) * 1000).toFixed(0)} sentences/s)`,
    `article work: ${stats.resolved} mentions resolved, ${stats.steps} candidate steps (${(stats.steps / Math.max(1, stats.sentences)).toFixed(1)} per sentence), at most ${stats.maxLive} candidates alive`,
  ];
  const show = Number(values.show);
  if (show > 0) {
    for (const k of plainKeys) if (!artKeys.has(k)) lines.push(`  only sentence-level: ${k}`);
    for (const k of artKeys) if (!plainKeys.has(k)) lines.push(`  only article-level: ${k}`);
  }
  for (const e of resolved.slice(0, Number.isFinite(show) ? show : 0)) {
    const r = (a: EventRecord['source'] | null): string => (a ? `${a.code} "${a.text}"${a.resolved_from ? ` <- "${a.resolved_from.text}"` : ''}` : '-');
    lines.push(`  ${e.cameo} ${r(e.source)} -> ${r(e.target)} | ${e.evidence.text.slice(0, 100)}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}
