/**
 * Article-level understanding: actor coreference across the sentences of a
 * document (an {@link ActorMatcher} wrapper the coder uses unchanged), unknown
 * actors from context, and the unknown-name report behind `annals actors --unknown`.
 * @example
 * const actors = createArticleActorMatcher(createActorMatcher(dicts.actors), { countries: dicts.actors.countryCodes });
 * const coder = createCoder({ verbs: dicts.verbs, actors });
 * @module
 */
export { createArticleActorMatcher } from './coref.js';
export type { ArticleActorMatcher, ArticleMatcherOptions, ArticleMatcherStats } from './coref.js';
export { cataphoraSpeaker, findQuotes } from './quotes.js';
export type { Quote } from './quotes.js';
export { findUnknownNames, UnknownActorTally } from './unknown.js';
export type { UnknownActorCount, UnknownNameHit } from './unknown.js';
