/**
 * Event output writers: JSONL (the contract), CSV, an aligned terminal table,
 * and the Phoenix TSV layout.
 * @module
 */
import { AnnalsError } from '../errors.js';
import type { EventActor, EventRecord } from '../events/types.js';

/** Output formats {@link createWriter} knows. */
export const OUTPUT_FORMATS = ['jsonl', 'csv', 'table', 'phoenix'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Writes event records to a stream in one format. */
export interface EventWriter {
  write(rec: EventRecord): void;
  /**
   * Writes what is left (the table header when nothing was written), then ends the
   * stream — except process.stdout/stderr, which are only flushed — and resolves
   * once everything is handed to the OS.
   */
  end(): Promise<void>;
}

/** Extra per-document facts some formats carry (Phoenix has url and news-source columns). */
export interface WriterOptions {
  docInfo?: (docId: string) => { url?: string; source?: string } | undefined;
}

/** One JSONL line: exactly the EventRecord fields, in contract order (extra properties dropped; optional ones only when set). */
export function toJsonLine(r: EventRecord): string {
  const actor = (a: EventActor) =>
    a.resolved_from
      ? { code: a.code, country: a.country, sector: a.sector, text: a.text, resolved_from: a.resolved_from }
      : { code: a.code, country: a.country, sector: a.sector, text: a.text };
  return JSON.stringify({
    doc_id: r.doc_id,
    sentence: r.sentence,
    date: r.date,
    source: actor(r.source),
    target: r.target ? actor(r.target) : null,
    cameo: r.cameo,
    plover: r.plover ? { type: r.plover.type, mode: r.plover.mode } : null,
    quad_class: r.quad_class,
    goldstein: r.goldstein,
    negated: r.negated,
    evidence: { text: r.evidence.text, start: r.evidence.start, end: r.evidence.end },
    rule: r.rule,
    // Context fields (src/context), after the original ones; absent ones are left out.
    doc_date: r.doc_date,
    modality: r.modality,
    attributed_to: r.attributed_to ? { code: r.attributed_to.code, text: r.attributed_to.text } : r.attributed_to,
    location: r.location
      ? {
          text: r.location.text,
          country: r.location.country,
          lat: r.location.lat,
          lon: r.location.lon,
          precision: r.location.precision,
          geonames_id: r.location.geonames_id,
        }
      : r.location,
    mentions: r.mentions?.map((m) => ({ doc_id: m.doc_id, sentence: m.sentence, evidence: { text: m.evidence.text, start: m.evidence.start, end: m.evidence.end } })),
  });
}

/**
 * CSV columns: the record flattened, nested fields joined with "_". The event-context
 * columns (src/context) come last, empty when context is off.
 */
export const CSV_COLUMNS = [
  'doc_id', 'sentence', 'date',
  'source_code', 'source_country', 'source_sector', 'source_text',
  'target_code', 'target_country', 'target_sector', 'target_text',
  'cameo', 'plover_type', 'plover_mode', 'quad_class', 'goldstein', 'negated',
  'evidence_text', 'evidence_start', 'evidence_end', 'rule',
  'doc_date', 'modality', 'attributed_to_code', 'attributed_to_text',
  'location_text', 'location_country', 'location_lat', 'location_lon', 'location_precision', 'location_geonames_id',
] as const;

function csvField(v: string | number | boolean | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV values of one record, in {@link CSV_COLUMNS} order. */
export function csvRow(r: EventRecord): (string | number | boolean | null)[] {
  const t = r.target;
  return [
    r.doc_id, r.sentence, r.date,
    r.source.code, r.source.country, r.source.sector, r.source.text,
    t?.code ?? null, t?.country ?? null, t?.sector ?? null, t?.text ?? null,
    r.cameo, r.plover?.type ?? null, r.plover?.mode ?? null, r.quad_class, r.goldstein, r.negated,
    r.evidence.text, r.evidence.start, r.evidence.end, r.rule,
    r.doc_date ?? null, r.modality ?? null, r.attributed_to?.code ?? null, r.attributed_to?.text ?? null,
    r.location?.text ?? null, r.location?.country ?? null, r.location?.lat ?? null, r.location?.lon ?? null,
    r.location?.precision ?? null, r.location?.geonames_id ?? null,
  ];
}

/**
 * Phoenix TSV layout (the OEDA Phoenix event data files; tab-separated, no header):
 *  1 event id (doc_id-sentence-n)   2 date YYYYMMDD   3 year   4 month   5 day
 *  6 source actor full code   7 source root (country/region)   8 source agent (first sector)
 *  9 source other agents (rest, ";"-joined)
 * 10 target full code   11 target root   12 target agent   13 target other agents
 * 14 CAMEO event code   15 CAMEO root code   16 quad class   17 Goldstein score
 * 18 issues   19 lat   20 lon   21 place name   22 state name   23 country code
 *    (18 and 22 are left empty: annals does no issue coding and has no province names;
 *     19-21 and 23 are the event location (src/context), lat/lon only for a gazetteer place)
 * 24 story id (doc_id)   25 sentence number   26 url   27 news source
 * Quad class is annals' 1-4 (Phoenix's own files also used 0 for neutral statements).
 * Negated events ("did not attack") are NOT written: Phoenix has no column to mark them,
 * and writing them would assert events that did not happen.
 */
export const PHOENIX_COLUMNS = [
  'eid', 'date8', 'year', 'month', 'day',
  'source', 'src_actor', 'src_agent', 'src_other_agent',
  'target', 'tgt_actor', 'tgt_agent', 'tgt_other_agent',
  'code', 'root_code', 'quad_class', 'goldstein',
  'issues', 'lat', 'lon', 'placename', 'statename', 'countryname',
  'aid', 'sentence', 'url', 'news_source',
] as const;

const tsvField = (v: string | number | null | undefined): string =>
  v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' ');

function phoenixActor(a: EventActor | null): string[] {
  if (!a) return ['', '', '', ''];
  const chunks = a.sector?.match(/.{1,3}/g) ?? [];
  return [a.code, a.country ?? '', chunks[0] ?? '', chunks.slice(1).join(';')];
}

function truncate(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length <= n ? one : `${one.slice(0, Math.max(0, n - 1))}…`;
}
const pad = (s: string, n: number) => truncate(s, n).padEnd(n);

// Fixed widths so the table streams (no need to see every row before the first).
const TABLE_COLS: [string, number][] = [
  ['DOC', 18], ['S', 3], ['DATE', 10], ['SOURCE', 12], ['CAMEO', 5], ['TARGET', 12], ['PLOVER', 10], ['GS', 5],
  ['MODALITY', 12], ['LOCATION', 32], ['EVIDENCE', 60],
];

/** "Basra IRQ 30.51,47.78": the place name is cut first, so country and coordinates stay whole. */
function locationCell(r: EventRecord, width: number): string {
  const l = r.location;
  if (!l) return '-';
  const tail = [l.country ?? '', l.lat !== undefined && l.lon !== undefined ? `${l.lat.toFixed(2)},${l.lon.toFixed(2)}` : '']
    .filter((x) => x.length > 0)
    .join(' ');
  return tail ? `${truncate(l.text, Math.max(4, width - tail.length - 1))} ${tail}` : l.text;
}

/**
 * Creates a writer for `format` on `out`: `jsonl` (one {@link toJsonLine} per record),
 * `csv` (header {@link CSV_COLUMNS}, RFC 4180 quoting), `table` (fixed-width columns,
 * long cells cut with "…", a negated event's code shown as "!190"), `phoenix`
 * ({@link PHOENIX_COLUMNS}, see above).
 * @throws AnnalsError E_USAGE for an unknown format.
 * @example
 * const w = createWriter('jsonl', process.stdout); w.write(rec); await w.end();
 */
export function createWriter(format: string, out: NodeJS.WritableStream, opts: WriterOptions = {}): EventWriter {
  let line: (r: EventRecord) => string | null;
  let header: string | null = null;
  let headerOnEmpty = false;
  switch (format) {
    case 'jsonl':
      line = toJsonLine;
      break;
    case 'csv':
      header = CSV_COLUMNS.join(',');
      headerOnEmpty = true;
      line = (r) => csvRow(r).map(csvField).join(',');
      break;
    case 'table':
      header = TABLE_COLS.map(([h, w]) => h.padEnd(w)).join(' ').trimEnd();
      line = (r) => {
        const cells = [
          r.doc_id, String(r.sentence), r.date ?? '-', r.source.code, (r.negated ? '!' : '') + r.cameo,
          r.target?.code ?? '-', r.plover ? r.plover.type : '-', r.goldstein.toFixed(1),
          r.modality ?? '-', locationCell(r, TABLE_COLS[9]![1]), r.evidence.text,
        ];
        return cells.map((c, k) => pad(c, TABLE_COLS[k]![1])).join(' ').trimEnd();
      };
      break;
    case 'phoenix': {
      const counts = new Map<string, number>();
      line = (r) => {
        if (r.negated) return null;
        const key = `${r.doc_id}-${r.sentence}`;
        const n = (counts.get(key) ?? 0) + 1;
        counts.set(key, n);
        // Phoenix dates are whole days: an event dated only to a month or year (src/context) keeps its story date here.
        const day = r.date && r.date.length === 10 ? r.date : r.doc_date !== undefined ? r.doc_date : r.date;
        const [y, m, d] = day ? day.split('-') : ['', '', ''];
        const info = opts.docInfo?.(r.doc_id);
        return [
          `${key}-${n}`, day ? day.replace(/-/g, '') : '', y, m, d,
          ...phoenixActor(r.source), ...phoenixActor(r.target),
          r.cameo, r.cameo.slice(0, 2), r.quad_class, r.goldstein,
          '', r.location?.lat, r.location?.lon, r.location?.text, '', r.location?.country,
          r.doc_id, r.sentence, info?.url ?? '', info?.source ?? '',
        ].map(tsvField).join('\t');
      };
      break;
    }
    default:
      throw new AnnalsError('E_USAGE', `unknown output format "${format}" (one of ${OUTPUT_FORMATS.join(', ')})`);
  }
  let started = false;
  const start = () => {
    if (!started && header !== null) out.write(header + '\n');
    started = true;
  };
  return {
    write(rec) {
      const s = line(rec);
      if (s === null) return;
      start();
      out.write(s + '\n');
    },
    end() {
      if (headerOnEmpty) start();
      return new Promise<void>((resolve, reject) => {
        const std = out === process.stdout || out === process.stderr;
        if (std) {
          // Never close the process's own streams; just wait until they drained.
          out.write('', (e?: Error | null) => (e ? reject(e) : resolve()));
          return;
        }
        out.once('error', reject);
        out.end(() => resolve());
      });
    },
  };
}
