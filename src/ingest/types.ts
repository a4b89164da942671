/**
 * Input documents and read results shared by all readers.
 * @module
 */
import type { AnnalsError } from '../errors.js';

/** One news document as read from the input, before analysis. */
export interface SourceDocument {
  /** Record id (JSONL/CSV `id`, PETRARCH `id`), else the path (plus `#line` for line-based formats). */
  id: string;
  /** The body text to analyse (metadata lines such as title, byline, dateline removed). */
  text: string;
  /** Publication/event date, YYYY-MM-DD, or null when unknown. */
  date: string | null;
  title?: string;
  byline?: string;
  /** Dateline taken off the lead paragraph, e.g. "BAGHDAD, Dec. 4 (Reuters) -". */
  dateline?: string;
  /** Publisher or news agency. */
  source?: string;
  url?: string;
  /** File the document came from ("-" for standard input). */
  path: string;
  /** 1-based line of the record in `path`, for line-based formats. */
  line?: number;
}

/** One document, or the error that stopped one document (or one file) from being read. */
export type InputResult = { ok: true; doc: SourceDocument } | { ok: false; error: AnnalsError };

/** Options for {@link readInputs}. */
export interface ReadOptions {
  /**
   * Date (YYYY-MM-DD) to use. It overrides dates found in running text (plain text,
   * Markdown, HTML); for records with an explicit date field (JSONL, CSV, PETRARCH XML)
   * it only fills in records that have none.
   */
  date?: string;
  /** Largest input accepted, in bytes (compressed and decompressed). Default 20 MB. */
  maxBytes?: number;
}

/** Input formats the readers know. */
export type InputFormat = 'text' | 'markdown' | 'html' | 'jsonl' | 'csv' | 'tsv' | 'petrarch';
