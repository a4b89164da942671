/**
 * Output writers for event records.
 * @module
 */
export { createWriter, toJsonLine, csvRow, CSV_COLUMNS, PHOENIX_COLUMNS, OUTPUT_FORMATS } from './writers.js';
export type { EventWriter, OutputFormat, WriterOptions } from './writers.js';
