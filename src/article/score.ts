/**
 * Scores article-level understanding on the hand-coded test articles in
 * `data/articles/`: each `NAME.txt` is coded as `annals code` codes it (dyads,
 * context), with and without article-level coreference, and compared with
 * `NAME.expected.jsonl`.
 *
 * Run: `node dist/article/score.js [--dict PATH]... [--dir DIR]... [--verbose] [--no-filters] [--beam K]`
 * (several `--dir`: one TOTAL over all their articles, each row named by its folder)
 * (`--no-filters`: score the coder's raw output, without src/events/filters.ts)
 * Prints per article and in total: recall of core events (right source, target,
 * CAMEO root) and precision of emitted events (an emitted event is right when it
 * matches any expected event of its sentence, core or not).
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Doc } from '../analysis/index.js';
import { createAnnals } from '../annals.js';
import { toEventRecord } from '../events/record.js';
import type { EventRecord } from '../events/types.js';
import { readInputs } from '../ingest/index.js';

/** One hand-coded event. */
export interface ExpectedEvent {
  /** Text of the sentence that shows the event (a substring of it). */
  quote: string;
  /** Actor codes; `|` separates acceptable alternatives (dictionaries code some actors differently). */
  source: string;
  target: string;
  cameo: string;
  /** Core events count for recall; others are only accepted for precision. */
  core: boolean;
  note?: string;
}

/**
 * Codes agree: equal, or one more specific than the other ("IRQREBSHI" vs "IRQREB").
 * `expected` may list acceptable alternatives separated by `|` ("IGOEEC|IGOEUREEC").
 */
export function codeMatches(expected: string, got: string): boolean {
  const one = (x: string, g: string): boolean => g === x || g.startsWith(x) || (x.startsWith(g) && g.length >= 6);
  // The CAMEO region inside an IGO code is written or not ("IGOARL" = "IGOMEAARL", the Arab League).
  return expected.split('|').some((x) => one(x, got) || one(withoutIgoRegion(x), withoutIgoRegion(got)));
}

/** CAMEO regions that may follow IGO in an organisation's code (IGOMEAARL, IGOWSTNAT, IGOEUREEC). */
const IGO_REGIONS = new Set('AFR ASA BLK CRB CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SCN SAM SAS SEA SAF WAF WST WEU EAS WAS'.split(' '));

/** An IGO code without its region ("IGOMEAARL" -> "IGOARL"); other codes unchanged. */
function withoutIgoRegion(code: string): string {
  return code.startsWith('IGO') && code.length >= 9 && IGO_REGIONS.has(code.slice(3, 6)) ? `IGO${code.slice(6)}` : code;
}

/** Whether an emitted event is the expected one (same sentence checked by the caller). */
export function eventMatches(x: ExpectedEvent, e: EventRecord): boolean {
  return (
    codeMatches(x.source, e.source.code) &&
    e.target !== null &&
    codeMatches(x.target, e.target.code) &&
    rootMatches(x.cameo, e.cameo)
  );
}

/**
 * CAMEO roots agree. `expected` may list acceptable codes separated by `|` ("161|174"),
 * as actor codes do; the scorer judges the root (first two digits) of each.
 */
export function rootMatches(expected: string, got: string): boolean {
  return expected.split('|').some((c) => c.trim().slice(0, 2) === got.slice(0, 2));
}

/**
 * Read an expected-events file (one JSON object per line), checking each line so that a
 * typo is reported with its file and line instead of silently counting as a miss.
 */
export function parseExpected(text: string, file: string): ExpectedEvent[] {
  const out: ExpectedEvent[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    let o: Partial<ExpectedEvent>;
    try {
      o = JSON.parse(line) as Partial<ExpectedEvent>;
    } catch (e) {
      throw new Error(`${where}: not valid JSON (${(e as Error).message})`);
    }
    for (const k of ['quote', 'source', 'target', 'cameo'] as const)
      if (typeof o[k] !== 'string' || o[k] === '') throw new Error(`${where}: "${k}" must be a non-empty string`);
    if (typeof o.core !== 'boolean') throw new Error(`${where}: "core" must be true or false`);
    if (!o.cameo!.split('|').every((c) => /^\d{3,4}$/.test(c.trim())))
      throw new Error(`${where}: "cameo" must be a CAMEO code of 3-4 digits, or alternatives separated by "|" (got "${o.cameo}")`);
    out.push(o as ExpectedEvent);
  });
  return out;
}

/** Sentence index whose text contains `quote`, or -1. */
export function sentenceOfQuote(doc: Doc, quote: string): number {
  for (let s = 0; s < doc.sentenceCount; s++) {
    const a = doc.sentStart[s];
    const b = doc.sentEnd[s];
    if (b > a && doc.text.slice(doc.start[a], doc.end[b - 1]).includes(quote)) return s;
  }
  return -1;
}

/** Counts for one article and one configuration. */
export interface ArticleScore {
  coreFound: number;
  core: number;
  emittedRight: number;
  emitted: number;
  missing: ExpectedEvent[];
  wrong: EventRecord[];
  /** Why core events were missed and emitted events wrong (see `errorKind`). */
  kinds: Record<string, number>;
}

/**
 * The kind of an error, judged against the events of the same sentence: for a missed
 * expected event, what annals emitted there (nothing, the right dyad with another root,
 * the root with other actors, or something else); for a wrong emitted event, the same
 * seen from the other side ("no event expected" when the expert coded none there).
 */
export function errorKind(
  side: 'missed' | 'wrong',
  x: Pick<ExpectedEvent, 'source' | 'target' | 'cameo'>[],
  e: Pick<EventRecord, 'source' | 'target' | 'cameo'>[],
): string {
  const other = side === 'missed' ? e : x;
  if (other.length === 0) return `${side}: ${side === 'missed' ? 'no event emitted in the sentence' : 'no event expected in the sentence'}`;
  const pairs = side === 'missed' ? e.map((ev) => [x[0], ev] as const) : x.map((xx) => [xx, e[0]] as const);
  const dyad = ([xx, ev]: (typeof pairs)[number]) =>
    codeMatches(xx.source, ev.source.code) && ev.target !== null && codeMatches(xx.target, ev.target.code);
  const root = ([xx, ev]: (typeof pairs)[number]) => rootMatches(xx.cameo, ev.cameo);
  if (pairs.some(dyad)) return `${side}: right dyad, other root`;
  if (pairs.some(root)) return `${side}: right root, other actors`;
  if (pairs.some(([xx, ev]) => codeMatches(xx.source, ev.source.code))) return `${side}: right source only`;
  return `${side}: other event`;
}

/** Compare emitted events with the expected ones. */
export function scoreArticle(doc: Doc, expected: readonly ExpectedEvent[], events: readonly EventRecord[]): ArticleScore {
  const sentOf = expected.map((x) => sentenceOfQuote(doc, x.quote));
  const r: ArticleScore = { coreFound: 0, core: 0, emittedRight: 0, emitted: events.length, missing: [], wrong: [], kinds: {} };
  const count = (k: string) => (r.kinds[k] = (r.kinds[k] ?? 0) + 1);
  expected.forEach((x, k) => {
    if (!x.core) return;
    r.core++;
    if (events.some((e) => e.sentence === sentOf[k] && eventMatches(x, e))) r.coreFound++;
    else {
      r.missing.push(x);
      count(errorKind('missed', [x], events.filter((e) => e.sentence === sentOf[k])));
    }
  });
  for (const e of events) {
    if (expected.some((x, k) => sentOf[k] === e.sentence && eventMatches(x, e))) r.emittedRight++;
    else {
      r.wrong.push(e);
      count(errorKind('wrong', expected.filter((_, k) => sentOf[k] === e.sentence), [e]));
    }
  }
  return r;
}

const pct = (a: number, b: number): string => (b === 0 ? '  n/a' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dict: { type: 'string', multiple: true },
      dir: { type: 'string', multiple: true },
      verbose: { type: 'boolean', default: false },
      'no-filters': { type: 'boolean', default: false },
      beam: { type: 'string' },
    },
  });
  const dirs = values.dir ?? [join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'articles')];
  // Score what `annals code` emits with its defaults (dyads only, context on), with and
  // without article-level coreference; one analysis per article serves both.
  const dicts = values.dict ?? [];
  const opts = { dicts, coder: { requireDyad: true }, filters: !values['no-filters'], beam: values.beam ? Number(values.beam) : undefined };
  const withCoref = createAnnals({ ...opts, coref: true });
  const coders = [
    ['sentence', createAnnals({ ...opts, coref: false, reuse: withCoref })],
    ['article', withCoref],
  ] as const;
  const totals = coders.map(() => ({ coreFound: 0, core: 0, emittedRight: 0, emitted: 0, kinds: {} as Record<string, number> }));
  const files = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ dir, f })));
  const out: string[] = [];
  out.push(`${'article'.padEnd(22)} ${coders.map(([n]) => `${n.padEnd(8)} recall      precision`).join('   ')}`);
  for (const { dir, f } of files) {
    const expectedFile = join(dir, f.replace(/\.txt$/, '.expected.jsonl'));
    const expected = parseExpected(readFileSync(expectedFile, 'utf8'), expectedFile);
    let src;
    for await (const r of readInputs([join(dir, f)], {})) if (r.ok) src = r.doc;
    if (!src) throw new Error(`cannot read ${f}`);
    const cells: string[] = [];
    coders.forEach(([name, annals], k) => {
      const { doc, events, droppedEvents } = annals.codeDocument(src);
      // A quote found in no sentence (a typo, or one spanning a sentence break) could never be
      // matched: say so rather than count it silently as a miss.
      if (k === 0)
        for (const x of expected)
          if (sentenceOfQuote(doc, x.quote) < 0) process.stderr.write(`warning: ${expectedFile}: quote not found within one sentence: "${x.quote}"\n`);
      if (values.verbose) {
        for (const { event: ev, reason } of droppedEvents) {
          const r = toEventRecord(doc, { docId: f, date: src.date }, ev);
          const ok = expected.some((x) => sentenceOfQuote(doc, x.quote) === r.sentence && eventMatches(x, r));
          out.push(`  [${name}] ${f} filtered ${reason}${ok ? ' (WAS RIGHT)' : ''}: s${r.sentence} ${r.source.code} "${r.source.text}" -> ${r.target?.code} "${r.target?.text}" ${r.cameo} | ${r.evidence.text}`);
        }
      }
      const sc = scoreArticle(doc, expected, events);
      const t = totals[k];
      t.coreFound += sc.coreFound;
      t.core += sc.core;
      t.emittedRight += sc.emittedRight;
      t.emitted += sc.emitted;
      for (const [kind, n] of Object.entries(sc.kinds)) t.kinds[kind] = (t.kinds[kind] ?? 0) + n;
      cells.push(`${`${sc.coreFound}/${sc.core}`.padStart(8)} ${pct(sc.coreFound, sc.core)}  ${`${sc.emittedRight}/${sc.emitted}`.padStart(6)} ${pct(sc.emittedRight, sc.emitted)}`);
      if (values.verbose) {
        for (const x of sc.missing) {
          const kind = errorKind('missed', [x], events.filter((e) => e.sentence === sentenceOfQuote(doc, x.quote))).replace(/^missed: /, '');
          out.push(`  [${name}] ${f} missed: ${x.source} -> ${x.target} ${x.cameo} "${x.quote}" [${kind}]`);
        }
        for (const e of sc.wrong) {
          const via = (a: EventRecord['source'] | null) => (a?.resolved_from ? ` (<- ${a.resolved_from.text})` : '');
          const kind = errorKind('wrong', expected.filter((x) => sentenceOfQuote(doc, x.quote) === e.sentence), [e]).replace(/^wrong: /, '');
          out.push(`  [${name}] ${f} extra: s${e.sentence} ${e.source.code} "${e.source.text}"${via(e.source)} -> ${e.target?.code} "${e.target?.text}"${via(e.target)} ${e.cameo} | ${e.evidence.text} [${kind}]`);
        }
      }
    });
    const name = dirs.length > 1 ? `${basename(dir)}/${f.replace(/\.txt$/, '')}` : f.replace(/\.txt$/, '');
    out.push(`${name.padEnd(22)} ${cells.join('   ')}`);
  }
  out.push(
    `${'TOTAL'.padEnd(22)} ${totals
      .map((t) => `${`${t.coreFound}/${t.core}`.padStart(8)} ${pct(t.coreFound, t.core)}  ${`${t.emittedRight}/${t.emitted}`.padStart(6)} ${pct(t.emittedRight, t.emitted)}`)
      .join('   ')}`,
  );
  // Error kinds of the last (article-level) configuration: where recall and precision are lost.
  const kinds = totals[totals.length - 1].kinds;
  out.push('', `errors (${coders[coders.length - 1][0]}):`);
  for (const k of Object.keys(kinds).sort()) out.push(`  ${k.padEnd(48)} ${String(kinds[k]).padStart(4)}`);
  process.stdout.write(out.join('\n') + '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}
