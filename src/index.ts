/**
 * annals: news text in, political event data out.
 *
 * The public API, in data-flow order: ingest -> analysis -> actors -> events ->
 * output. `createAnnals` wires them for the common case.
 * @example
 * import { createAnnals } from 'annals';
 * const annals = createAnnals();
 * const { events } = annals.codeDocument({ id: 'd1', text: 'Iraq accused Iran of arming militias.', date: '2006-12-04', path: '-' });
 * @module
 */
export { createAnnals, dayNumber } from './annals.js';
export type { Annals, AnnalsOptions, CodedDocument } from './annals.js';
export { AnnalsError } from './errors.js';
export type { ErrorCode } from './errors.js';
export { readInputs } from './ingest/index.js';
export type { SourceDocument, InputResult, ReadOptions } from './ingest/index.js';
export { loadAnalyzer, Doc, Span, Token } from './analysis/index.js';
export type { Analyzer, AnalyzerOptions } from './analysis/index.js';
export { createActorMatcher, lookupActor, splitActorCode } from './actors/index.js';
export type { ActorMatcher, ActorMention } from './actors/index.js';
export { loadDictionaries } from './dictionaries/index.js';
export type { DictionarySet } from './dictionaries/index.js';
export { createCoder } from './events/coder.js';
export type { Coder, CoderOptions } from './events/coder.js';
export { filterEvents, FILTER_REASONS } from './events/filters.js';
export type { EventFilterOptions, FilterReason, FilteredEvents } from './events/filters.js';
export { toEventRecord } from './events/record.js';
export { cameoInfo } from './events/cameo.js';
export { ploverFor } from './events/plover.js';
export type { CodedEvent, EventRecord, EventActor } from './events/types.js';
export { createWriter } from './output/index.js';
