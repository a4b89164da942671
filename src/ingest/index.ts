/**
 * Input readers: news documents in, {@link SourceDocument}s out.
 * @module
 */
export { readInputs, readBuffer, detectFormat } from './read.js';
export { readJsonl, readCsv, readPetrarch, recordToDoc } from './records.js';
export { normalizeDate, findDate } from './dates.js';
export { parseArticle, splitDateline } from './text.js';
export { parseHtml } from './html.js';
export { DEFAULT_MAX_BYTES } from './bytes.js';
export type { SourceDocument, InputResult, ReadOptions, InputFormat } from './types.js';
