/**
 * The real analysis and actor layers for {@link runValidation}. Kept apart from the
 * harness so the harness can be tested with hand-made parses.
 * @module
 */
import { loadAnalyzer } from '../analysis/index.js';
import { createActorMatcher } from '../actors/matcher.js';
import { loadActorDictionaries } from '../dictionaries/actor-dicts.js';
import type { ValidationDeps } from './validate.js';

/** Analysis pipeline + dictionary actor matcher, as `annals validate` uses them. */
export function defaultValidationDeps(): ValidationDeps {
  const analyzer = loadAnalyzer({ beam: 1 });
  return {
    analyze: (text) => analyzer.analyze(text),
    actors: (env) => createActorMatcher(loadActorDictionaries([...env.actors, ...env.agents, ...env.discards])),
  };
}
