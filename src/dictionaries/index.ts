/**
 * Dictionaries: find, classify, read and compile every dictionary file a run
 * uses — PETRARCH formats as they are (verbs, actors, agents, discards, issues)
 * and annals' native YAML files (docs/dictionaries.md) — into one actor index
 * and one verb dictionary.
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { AnnalsError } from '../errors.js';
import {
  type ActorDictionaries,
  type DictSource,
  classifyDictionaryFile,
  defaultCacheDir,
  loadActorDictionaries,
} from './actor-dicts.js';
import { compileAll, compileCollect, throwProblems } from './native/compile.js';
import { type NativeFile, type NativeProblem, readNative } from './native/read.js';
import { loadVerbDictionary, type VerbDictionary } from './verbs.js';

export { loadActorDictionaries, classifyDictionaryFile } from './actor-dicts.js';
export type { ActorDictionaries } from './actor-dicts.js';
export { loadVerbDictionary, compileVerbDictionary } from './verbs.js';
export type { VerbDictionary } from './verbs.js';
export { readNative } from './native/read.js';
export type { NativeFile, NativeProblem, NativeKind } from './native/read.js';
export { compileAll, generatePetrarch } from './native/compile.js';
export { parseDatedCode } from './native/dates.js';

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

/** The default dictionaries shipped in the package: annals' own knowledge base (`data/kb`). */
export function defaultDictionaryDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'kb');
}

/** Whether a file name is a verb dictionary (`CAMEO*.txt`, `*verbs*`). */
export function isVerbFile(name: string): boolean {
  return /verbs?\b|^CAMEO/i.test(basename(name));
}

/** Whether a file name is a native YAML dictionary. */
export function isNativeFile(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

/** Dictionary files found under some paths, by format. */
export interface DictionaryFiles {
  /** PETRARCH verb files. */
  verbs: string[];
  /** PETRARCH actors, agents, discards and issues files. */
  actorSide: string[];
  /** Native YAML files (their kind is inside them). */
  native: string[];
  /** Every file, in the order given and walked (later entries win for the same phrase). */
  all: string[];
}

/**
 * Expand files and directories into classified dictionary files. Directories
 * are walked recursively, in name order (hidden entries and `node_modules`
 * skipped); unknown files in a directory are ignored, an explicitly named file
 * of unknown kind is an error.
 */
export function resolveDictionaryFiles(paths: readonly string[]): DictionaryFiles {
  const out: DictionaryFiles = { verbs: [], actorSide: [], native: [], all: [] };
  const add = (file: string, explicit: boolean): void => {
    if (isNativeFile(file)) out.native.push(file);
    else if (isVerbFile(file)) out.verbs.push(file);
    else if (classifyDictionaryFile(file)) out.actorSide.push(file);
    if (isNativeFile(file) || isVerbFile(file) || classifyDictionaryFile(file)) out.all.push(file);
    else if (explicit) {
      throw new AnnalsError(
        'E_DICT',
        'cannot tell the dictionary kind from the file name (expected *.yaml, CAMEO*/*verbs*, *actors*, *agents*, *discards* or *Issue*)',
        { file },
      );
    }
  };
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = join(dir, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (st.isFile()) add(full, false);
    }
  };
  for (const p of paths) {
    if (!existsSync(p)) throw new AnnalsError('E_DICT', 'dictionary path does not exist', { file: p });
    if (statSync(p).isDirectory()) walk(p);
    else add(p, true);
  }
  return out;
}

/** Source names in reading order ({@link CompileInputs.order}): PETRARCH actor-side files go by basename. */
function sourceOrder(found: DictionaryFiles): string[] {
  return found.all.map((f) => (!isNativeFile(f) && !isVerbFile(f) ? basename(f) : f));
}

/** Read native files, collecting every problem. */
export function readNativeFiles(paths: readonly string[], problems: NativeProblem[]): NativeFile[] {
  const out: NativeFile[] = [];
  for (const p of paths) {
    let text: string;
    try {
      text = readFileSync(p, 'utf8');
    } catch (e) {
      problems.push({ file: p, line: 0, message: `cannot read: ${(e as Error).message}` });
      continue;
    }
    const f = readNative(text, p, problems);
    if (f) out.push(f);
  }
  return out;
}

function checkComplete(paths: readonly string[], hasVerbs: boolean, hasActors: boolean): void {
  if (!hasVerbs) {
    throw new AnnalsError('E_DICT', `no verb dictionary among ${paths.join(', ')} (expected a CAMEO*.txt or *verbs* file, or a YAML file of kind verbs)`);
  }
  if (!hasActors) {
    throw new AnnalsError('E_DICT', `no actor dictionary among ${paths.join(', ')} (expected *actors* files, or a YAML file of kind actors)`);
  }
}

/** Bump when the combined cache layout changes. */
const CACHE_VERSION = 1;

/** The compilers' own code is part of the cache key, so a changed reader never serves a stale cache. */
function compilerStamp(): string {
  const h = createHash('sha256');
  for (const m of ['./actor-dicts.js', './actor-readers.js', './verbs.js', './native/read.js', './native/compile.js', './native/dates.js']) {
    try {
      h.update(readFileSync(fileURLToPath(new URL(m, import.meta.url))));
    } catch {
      h.update(m);
    }
  }
  return h.digest('hex');
}

/** Cache key of a set of files: their paths and contents, and the compilers' code. */
function filesKey(kind: string, files: readonly string[], contents: readonly Buffer[]): string {
  const h = createHash('sha256');
  h.update(`annals-${kind} v${CACHE_VERSION} ${compilerStamp()}\n`);
  files.forEach((f, i) => {
    h.update(`${f}\0${contents[i].length}\0`);
    h.update(contents[i]);
  });
  return h.digest('hex').slice(0, 32);
}

/** Read a cached value, or build and store it. The cache only saves time: its failures are ignored. */
function withCache<T extends object>(cacheDir: string | false, name: string, build: () => T): T {
  const file = cacheDir === false ? null : join(resolve(cacheDir), `${name}.v8`);
  if (file && existsSync(file)) {
    try {
      const v = deserialize(readFileSync(file)) as T;
      if (v && typeof v === 'object') return v;
    } catch {
      // A truncated or foreign cache file: rebuild it.
    }
  }
  const v = build();
  if (file) {
    try {
      mkdirSync(dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, serialize(v));
      renameSync(tmp, file);
    } catch {
      // An unwritable cache directory is not an error.
    }
  }
  return v;
}

/**
 * Load and compile dictionaries from files/directories; with no paths, the
 * package's default dictionaries. PETRARCH and native files may be mixed; files
 * are read in the order given (later entries win for the same phrase). The
 * compiled result is cached, keyed by the files' contents.
 * Throws E_DICT listing every problem with its file:line.
 * @example
 * const dicts = loadDictionaries(['data/kb', '../shared/dictionaries/phoenix']);
 */
export function loadDictionaries(paths: readonly string[] = [], opts: LoadDictionaryOptions = {}): DictionarySet {
  const roots = paths.length > 0 ? paths : [defaultDictionaryDir()];
  const found = resolveDictionaryFiles(roots);
  const cacheDir = opts.cacheDir === undefined ? defaultCacheDir() : opts.cacheDir;
  if (found.native.length === 0) {
    checkComplete(roots, found.verbs.length > 0, found.actorSide.length > 0);
    const key = filesKey('verbs', found.verbs, found.verbs.map((f) => readFileSync(f)));
    return {
      actors: loadActorDictionaries(found.actorSide, { cacheDir: opts.cacheDir }),
      verbs: withCache(cacheDir, `verbs-${key}`, () => loadVerbDictionary(found.verbs)),
      files: [...found.verbs, ...found.actorSide],
    };
  }
  const files = [...found.verbs, ...found.actorSide, ...found.native];
  const contents = files.map((f) => readFileSync(f));
  const order = sourceOrder(found);
  // Checked before reading the YAML: a cache hit needs no parsing (problems were reported when it was built).
  const key = filesKey('dicts', [...files, '\0order', ...order], [...contents, Buffer.alloc(0), ...order.map(() => Buffer.alloc(0))]);
  return withCache(cacheDir, `dicts-${key}`, () => {
    const problems: NativeProblem[] = [];
    const native: NativeFile[] = [];
    const nNative = found.verbs.length + found.actorSide.length;
    found.native.forEach((f, i) => {
      const n = readNative(contents[nNative + i].toString('utf8'), f, problems);
      if (n) native.push(n);
    });
    if (problems.length > 0) throwProblems(problems);
    checkComplete(
      roots,
      found.verbs.length > 0 || native.some((f) => f.kind === 'verbs'),
      found.actorSide.length > 0 || native.some((f) => f.kind === 'actors'),
    );
    const nVerbs = found.verbs.length;
    const { actors, verbs } = compileAll({
      verbs: found.verbs.map((f, i) => ({ file: f, text: contents[i].toString('utf8') })),
      actorSide: found.actorSide.map((f, i) => ({
        name: basename(f),
        kind: classifyDictionaryFile(f)!,
        text: contents[nVerbs + i].toString('utf8'),
      })),
      native,
      order,
    });
    return { actors, verbs, files };
  });
}

/** What {@link inspectDictionaries} found: whatever compiled, and every problem. */
export interface DictionaryInspection {
  files: string[];
  native: NativeFile[];
  /** Null when the actor side has fatal problems (they are in `problems`). */
  actors: ActorDictionaries | null;
  /** Null when the verb side has fatal problems (they are in `problems`). */
  verbs: VerbDictionary | null;
  /** Fatal problems (reading, schema, compiling), file:line each. */
  problems: NativeProblem[];
}

/**
 * Read and compile dictionaries without throwing on their content: for
 * `annals dict lint`, which reports every problem rather than the first failure.
 * Native files with problems are still compiled from their valid entries.
 */
export function inspectDictionaries(paths: readonly string[] = []): DictionaryInspection {
  const roots = paths.length > 0 ? paths : [defaultDictionaryDir()];
  const found = resolveDictionaryFiles(roots);
  const problems: NativeProblem[] = [];
  const native = readNativeFiles(found.native, problems);
  const read = (f: string): string | null => {
    try {
      return readFileSync(f, 'utf8');
    } catch (e) {
      problems.push({ file: f, line: 0, message: `cannot read: ${(e as Error).message}` });
      return null;
    }
  };
  const actorSrc: DictSource[] = [];
  for (const f of found.actorSide) {
    const text = read(f);
    if (text !== null) actorSrc.push({ name: basename(f), kind: classifyDictionaryFile(f)!, text });
  }
  const verbSrc: { file: string; text: string }[] = [];
  for (const f of found.verbs) {
    const text = read(f);
    if (text !== null) verbSrc.push({ file: f, text });
  }
  const r = compileCollect({ actorSide: actorSrc, verbs: verbSrc, native, order: sourceOrder(found) });
  problems.push(...r.problems);
  const { actors, verbs } = r;
  return { files: found.all, native, actors, verbs, problems };
}
