/**
 * The real analysis and actor layers for {@link runValidation}. Kept apart from the
 * harness so the harness can be tested with hand-made parses.
 * @module
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Doc } from '../analysis/doc.js';
import { runStages } from '../analysis/pipeline.js';
import { tokenize } from '../analysis/tokenize/index.js';
import { loadTagger, taggerStage } from '../analysis/tagger/index.js';
import { loadParser, parserStage } from '../analysis/parser/index.js';
import { createActorMatcher } from '../actors/matcher.js';
import { loadActorDictionaries } from '../dictionaries/actor-dicts.js';
import type { ValidationDeps } from './validate.js';

/** Analysis pipeline + dictionary actor matcher, as `annals validate` uses them. */
export async function defaultValidationDeps(): Promise<ValidationDeps> {
  let analyze: (text: string) => Doc;
  // Prefer the project's full pipeline (with lemmas) once it exists; else compose the stages.
  const indexJs = fileURLToPath(new URL('../analysis/index.js', import.meta.url));
  if (existsSync(indexJs)) {
    const analysis = (await import(indexJs)) as { analyze?: (text: string) => Doc };
    if (typeof analysis.analyze !== 'function') throw new Error('analysis/index.js has no analyze()');
    analyze = analysis.analyze;
  } else {
    const stages = [taggerStage(loadTagger()), parserStage(loadParser())];
    analyze = (text) => runStages(stages, Doc.fromTokens(tokenize(text)));
  }
  return {
    analyze,
    actors: (env) => createActorMatcher(loadActorDictionaries([...env.actors, ...env.agents, ...env.discards])),
  };
}
