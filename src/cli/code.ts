/**
 * `annals code`: read documents, code events, write them.
 * @module
 */
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { createAnnals } from '../annals.js';
import { AnnalsError } from '../errors.js';
import { readInputs } from '../ingest/index.js';
import { createWriter, OUTPUT_FORMATS } from '../output/index.js';
import { beamOption, type Io } from './io.js';
import { createProgress } from './progress.js';
import { createDeduper, MODALITIES } from '../context/index.js';

export const help = `Usage: annals code [options] <paths...>

Code political events (CAMEO, PLOVER) from news documents. A path is a file,
a directory (walked recursively) or '-' for standard input. Formats: plain text,
Markdown, HTML, JSONL, CSV/TSV, PETRARCH XML, and .gz of any of them.

Options:
  --dict PATH        dictionary file or directory (repeatable; default: annals' own)
  --date YYYY-MM-DD  document date (overrides dates found in article text)
  --format FMT       jsonl | table | csv | phoenix (default: table on a terminal, else jsonl)
  --output FILE      write events to FILE instead of standard output
  --no-progress      no progress bar on stderr
  --no-cache         do not read or write the compiled-dictionary cache
  --all-events       keep events without a target actor (default: source and target required)
  --no-coref         code sentence by sentence: no pronoun, title or short-name resolution
  --no-geo           event locations without coordinates (no GeoNames gazetteer)
  --no-filters       keep the coder's PETRARCH-like output: no precision filters (places
                     as actors, statements to the press or about the reported clause, ...)
  --beam K           parser beam width (default 4; 1 = greedy parsing, about twice as fast,
                     fewer arguments found in long sentences)
  --max-bytes N      largest input document accepted (default 20 MB)
  --modality LIST    keep only events of these modalities (comma-separated: asserted,
                     negated, hypothetical, intended, demanded, requested, reported;
                     default: all)
  --dedupe           one record per date, source, target and CAMEO code (the one-a-day
                     filter), listing every mention; written when the input ends

Exit code: 0 all inputs coded, 1 some inputs could not be read (the rest was coded), 2 usage error.
`;

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      dict: { type: 'string', multiple: true },
      date: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      'no-progress': { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      'all-events': { type: 'boolean', default: false },
      'no-coref': { type: 'boolean', default: false },
      'no-geo': { type: 'boolean', default: false },
      'no-filters': { type: 'boolean', default: false },
      'max-bytes': { type: 'string' },
      beam: { type: 'string' },
      modality: { type: 'string' },
      dedupe: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw new AnnalsError('E_USAGE', `no input paths given\n\n${help}`);
  const format = values.format ?? (io.isTTY && !values.output ? 'table' : 'jsonl');
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new AnnalsError('E_USAGE', `--format must be one of ${OUTPUT_FORMATS.join(', ')}, not '${format}'`);
  }
  let maxBytes: number | undefined;
  if (values['max-bytes'] !== undefined) {
    maxBytes = Number(values['max-bytes']);
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new AnnalsError('E_USAGE', '--max-bytes must be a positive integer');
  }
  let keep: Set<string> | null = null;
  if (values.modality !== undefined) {
    keep = new Set(values.modality.split(',').map((m) => m.trim()).filter((m) => m.length > 0));
    const bad = [...keep].filter((m) => !(MODALITIES as readonly string[]).includes(m));
    if (bad.length > 0 || keep.size === 0) {
      throw new AnnalsError('E_USAGE', `--modality takes a comma-separated list of ${MODALITIES.join(', ')}${bad.length ? `, not '${bad.join(',')}'` : ''}`);
    }
  }
  const beam = beamOption(values.beam);
  const t0 = performance.now();
  const annals = createAnnals({
    beam,
    dicts: values.dict ?? [],
    cacheDir: values['no-cache'] ? false : undefined,
    coder: { requireDyad: !values['all-events'] },
    coref: !values['no-coref'],
    geo: !values['no-geo'],
    filters: !values['no-filters'],
  });
  const out = values.output ? createWriteStream(values.output) : io.stdout;
  const docInfo = new Map<string, { url?: string; source?: string }>();
  const writer = createWriter(format, out, { docInfo: (id) => docInfo.get(id) });
  const progress = createProgress(io, !values['no-progress'] && io.isErrTTY);
  let merged = 0;
  const dedupe = values.dedupe
    ? createDeduper((r) => {
        merged++;
        writer.write(r);
      })
    : null;
  let docs = 0;
  let sentences = 0;
  let events = 0;
  let failed = 0;
  let dropped = 0;
  let filtered = 0;
  for await (const r of readInputs(positionals, { date: values.date, maxBytes }, io.stdin)) {
    if (!r.ok) {
      failed++;
      progress.clear();
      io.stderr.write(`annals code: ${r.error.message}\n`);
      continue;
    }
    const src = r.doc;
    if (src.url || src.source) docInfo.set(src.id, { url: src.url, source: src.source });
    const coded = annals.codeDocument(src);
    docs++;
    sentences += coded.doc.sentenceCount;
    for (const e of coded.events) {
      if (keep && !keep.has(e.modality ?? 'asserted')) continue;
      events++;
      if (dedupe) dedupe.add(e);
      else writer.write(e);
    }
    for (const n of Object.values(coded.filtered)) filtered += n;
    for (const p of coded.problems) {
      dropped++;
      progress.clear();
      io.stderr.write(`annals code: ${src.id}: event dropped: ${p}\n`);
    }
    progress.update(docs, sentences, events);
  }
  dedupe?.flush();
  await writer.end();
  progress.clear();
  const secs = (performance.now() - t0) / 1000;
  io.stderr.write(
    `annals: ${docs} documents, ${sentences} sentences, ${events} events` +
      `${dedupe ? ` (${merged} after --dedupe)` : ''}${failed ? `, ${failed} inputs failed` : ''}${dropped ? `, ${dropped} events dropped` : ''}${filtered ? `, ${filtered} filtered` : ''}, ${secs.toFixed(2)} s\n`,
  );
  return failed > 0 ? 1 : 0;
}
