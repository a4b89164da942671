/**
 * Dictionaries: find, classify, read and compile every dictionary file a run
 * uses (verbs, actors, agents, discards, issues), PETRARCH formats as they are.
 * @module
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnnalsError } from '../errors.js';
import { classifyDictionaryFile, loadActorDictionaries, type ActorDictionaries } from './actor-dicts.js';
import { loadVerbDictionary, type VerbDictionary } from './verbs.js';

export { loadActorDictionaries, classifyDictionaryFile } from './actor-dicts.js';
export type { ActorDictionaries } from './actor-dicts.js';
export { loadVerbDictionary, compileVerbDictionary } from './verbs.js';
export type { VerbDictionary } from './verbs.js';

/** Everything a coder needs from its dictionaries. */
export interface DictionarySet {
  actors: ActorDictionaries;
  verbs: VerbDictionary;
  /** The files read, in order. */
  files: string[];
}

export interface LoadDictionaryOptions {
  /** Where compiled dictionaries are cached; false disables the cache. */
  cacheDir?: string | false;
}

/** The default dictionaries shipped in the package (`data/dictionaries`). */
export function defaultDictionaryDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'dictionaries');
}

/** Whether a file name is a verb dictionary (`CAMEO*.txt`, `*verbs*`). */
export function isVerbFile(name: string): boolean {
  return /verbs?\b|^CAMEO/i.test(basename(name));
}

/**
 * Expand files and directories into classified dictionary files. Directories
 * are walked one level, in name order; unknown files in a directory are ignored,
 * an explicitly named file of unknown kind is an error.
 */
export function resolveDictionaryFiles(paths: readonly string[]): { verbs: string[]; actorSide: string[] } {
  const verbs: string[] = [];
  const actorSide: string[] = [];
  const add = (file: string, explicit: boolean): void => {
    if (isVerbFile(file)) verbs.push(file);
    else if (classifyDictionaryFile(file)) actorSide.push(file);
    else if (explicit) {
      throw new AnnalsError(
        'E_DICT',
        'cannot tell the dictionary kind from the file name (expected CAMEO*/*verbs*, *actors*, *agents*, *discards* or *Issue*)',
        { file },
      );
    }
  };
  for (const p of paths) {
    if (!existsSync(p)) throw new AnnalsError('E_DICT', 'dictionary path does not exist', { file: p });
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        const full = join(p, name);
        if (statSync(full).isFile()) add(full, false);
      }
    } else add(p, true);
  }
  if (verbs.length === 0) {
    throw new AnnalsError('E_DICT', `no verb dictionary among ${paths.join(', ')} (expected a CAMEO*.txt or *verbs* file)`);
  }
  if (actorSide.length === 0) {
    throw new AnnalsError('E_DICT', `no actor dictionary among ${paths.join(', ')} (expected *actors* files)`);
  }
  return { verbs, actorSide };
}

/**
 * Load and compile dictionaries from files/directories; with no paths, the
 * package's default dictionaries.
 * @example
 * const dicts = loadDictionaries(['../shared/dictionaries/phoenix']);
 */
export function loadDictionaries(paths: readonly string[] = [], opts: LoadDictionaryOptions = {}): DictionarySet {
  const { verbs, actorSide } = resolveDictionaryFiles(paths.length > 0 ? paths : [defaultDictionaryDir()]);
  return {
    actors: loadActorDictionaries(actorSide, { cacheDir: opts.cacheDir }),
    verbs: loadVerbDictionary(verbs),
    files: [...verbs, ...actorSide],
  };
}
