/**
 * The real analysis and actor layers for {@link runValidation}. Kept apart from the
 * harness so the harness can be tested with hand-made parses.
 * @module
 */
import type { ValidationDeps } from './validate.js';

/** Analysis pipeline + dictionary actor matcher, as `annals validate` uses them. */
export async function defaultValidationDeps(): Promise<ValidationDeps> {
  // Resolved at run time: these layers are built on other branches and merged later.
  const analysisPath = '../analysis/index.js';
  const actorDictPath = '../dictionaries/actor-dicts.js';
  const matcherPath = '../actors/matcher.js';
  const analysis = await import(analysisPath);
  const dicts = await import(actorDictPath);
  const matcher = await import(matcherPath);
  return {
    analyze: (text: string) => analysis.analyze(text),
    actors: (env) => matcher.createActorMatcher(dicts.loadActorDictionaries([...env.actors, ...env.agents, ...env.discards])),
  };
}
