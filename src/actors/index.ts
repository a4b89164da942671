/**
 * Actor layer: load the actor-side dictionaries (actors, agents, discards,
 * issues) and find actor mentions in analysed sentences.
 * @example
 * const dicts = loadActorDictionaries(['../shared/dictionaries/phoenix']);
 * const matcher = createActorMatcher(dicts);
 * matcher.match(doc, 0, 20070101); // [{ start, end, code: 'IRQGOV', rule, head }]
 * @module
 */
export type { ActorMatcher, ActorMention, DayNumber } from './types.js';
export { createActorMatcher } from './matcher.js';
export type { ActorMatcherOptions, DictionaryActorMatcher, DiscardHit, IssueMention } from './matcher.js';
export { lookupActor } from './lookup.js';
export type { ActorLookup, LookupEntry } from './lookup.js';
export { CAMEO_COUNTRY_CODES, splitActorCode } from './code.js';
export type { ActorCodeParts } from './code.js';
export {
  DictionaryError,
  chooseCode,
  classifyDictionaryFile,
  compileActorDictionaries,
  defaultCacheDir,
  loadActorDictionaries,
  resolveActor,
} from '../dictionaries/actor-dicts.js';
export type {
  ActorDictKind,
  ActorDictionaries,
  ActorDictOptions,
  DictSource,
  DictWarning,
  LoadActorDictOptions,
} from '../dictionaries/actor-dicts.js';
