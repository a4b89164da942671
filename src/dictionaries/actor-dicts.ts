/**
 * Compiled actor-side dictionaries: one token trie shared by actors, agents,
 * discards and issues, stored as plain data (a Map of edges plus typed arrays)
 * so that it can be cached with `v8.serialize` and loaded again in milliseconds.
 *
 * Matching cost depends on the sentence, not on the dictionary size: from each
 * token the trie is walked by hash lookups, one per normalised piece.
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { AnnalsError } from '../errors.js';
import {
  type CodeRule,
  type DictProblem,
  readActors,
  readAgents,
  readDiscards,
  readIssues,
} from './actor-readers.js';
import { pieces } from './normalize.js';

/** Bump when the compiled layout or the reading rules change (invalidates caches). */
const FORMAT_VERSION = 1;

/** The kinds of actor-side dictionary files. */
export type ActorDictKind = 'actors' | 'agents' | 'discards' | 'issues';

/** A dictionary given as text (tests, or callers that read files themselves). */
export interface DictSource {
  /** Name used in rules and errors (`file:line`). */
  name: string;
  kind: ActorDictKind;
  text: string;
}

/** A problem the reader repaired; kept so nothing is dropped silently. */
export interface DictWarning {
  file: string;
  line: number;
  message: string;
}

export interface CompiledActorPhrase {
  /** Index into `actorDefs`. */
  def: number;
  phrase: string;
  line: number;
}

export interface CompiledActorDef {
  /** Index into `files`. */
  file: number;
  line: number;
  codes: CodeRule[];
}

export interface CompiledAgent {
  file: number;
  line: number;
  phrase: string;
  code: string;
  prefix: boolean;
}

export interface CompiledDiscard {
  file: number;
  line: number;
  phrase: string;
  level: 'sentence' | 'story';
}

export interface CompiledIssue {
  file: number;
  line: number;
  category: string;
  code: string;
  phrase: string;
  negative: 0 | 1 | 2;
}

/** Compiled, immutable actor-side dictionaries (plain data). */
export interface ActorDictionaries {
  readonly formatVersion: number;
  /** Dictionary names (file basenames) referenced by index. */
  readonly files: string[];
  /** Trie edges: key `${node} ${piece}` -> child node. Node 0 is the root. */
  readonly edges: Map<string, number>;
  /** Per node: index into `actorPhrases`, or -1. */
  readonly nodeActor: Int32Array;
  /** Per node: index into `agents`, or -1. */
  readonly nodeAgent: Int32Array;
  /** Per node: index into `discards`, or -1. */
  readonly nodeDiscard: Int32Array;
  /** Per node: index into `issueLists`, or -1. */
  readonly nodeIssue: Int32Array;
  readonly actorPhrases: CompiledActorPhrase[];
  readonly actorDefs: CompiledActorDef[];
  readonly agents: CompiledAgent[];
  readonly discards: CompiledDiscard[];
  readonly issues: CompiledIssue[];
  readonly issueLists: number[][];
  /** Three-letter codes that stand alone as the code of some actor (countries, regions, IGO...). */
  readonly countryCodes: string[];
  readonly warnings: DictWarning[];
  readonly stats: {
    nodes: number;
    actorPhrases: number;
    agentPhrases: number;
    discards: number;
    issuePhrases: number;
    /** Phrases whose normalised form repeats an earlier one (the later entry wins, as in PETRARCH). */
    shadowed: number;
  };
}

/** Thrown when dictionaries have fatal problems: all of them, in `problems`. */
export class DictionaryError extends AnnalsError {
  readonly problems: DictWarning[];
  constructor(problems: DictWarning[]) {
    const shown = problems.slice(0, 50).map((p) => `  ${p.file}:${p.line}: ${p.message}`);
    if (problems.length > 50) shown.push(`  ... and ${problems.length - 50} more`);
    super('E_DICT', `${problems.length} dictionary problem(s):\n${shown.join('\n')}`, {
      file: problems[0]?.file,
      line: problems[0]?.line,
    });
    this.problems = problems;
  }
}

/** Options for compiling/loading. */
export interface ActorDictOptions {
  /** Treat repaired problems (warnings) as errors too. Default false. */
  strict?: boolean;
}

class TrieBuilder {
  readonly edges = new Map<string, number>();
  readonly actor: number[] = [-1];
  readonly agent: number[] = [-1];
  readonly discard: number[] = [-1];
  readonly issue: number[] = [-1];
  node(ps: readonly string[]): number {
    let n = 0;
    for (const p of ps) {
      const k = `${n} ${p}`;
      let c = this.edges.get(k);
      if (c === undefined) {
        c = this.actor.length;
        this.edges.set(k, c);
        this.actor.push(-1);
        this.agent.push(-1);
        this.discard.push(-1);
        this.issue.push(-1);
      }
      n = c;
    }
    return n;
  }
}

/**
 * Compile dictionary texts. Throws {@link DictionaryError} listing every fatal
 * problem (every problem when `strict`).
 * @example
 * const d = compileActorDictionaries([{ name: 'a.actors.txt', kind: 'actors', text: 'IRAQ_ [IRQ]\n' }]);
 */
export function compileActorDictionaries(sources: readonly DictSource[], opts: ActorDictOptions = {}): ActorDictionaries {
  const problems: DictProblem[] = [];
  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  const fidx = (name: string): number => {
    let i = fileIndex.get(name);
    if (i === undefined) {
      i = files.length;
      files.push(name);
      fileIndex.set(name, i);
    }
    return i;
  };
  const trie = new TrieBuilder();
  const actorPhrases: CompiledActorPhrase[] = [];
  const actorDefs: CompiledActorDef[] = [];
  const agents: CompiledAgent[] = [];
  const agentGenerated: boolean[] = [];
  const discards: CompiledDiscard[] = [];
  const issues: CompiledIssue[] = [];
  const issueLists: number[][] = [];
  const country = new Set<string>();
  let shadowed = 0;

  for (const src of sources) {
    const f = fidx(src.name);
    if (src.kind === 'actors') {
      for (const def of readActors(src.text, src.name, problems)) {
        const d = actorDefs.length;
        actorDefs.push({ file: f, line: def.line, codes: def.codes });
        for (const c of def.codes) if (/^[A-Z]{3}$/.test(c.code)) country.add(c.code);
        for (const ph of def.phrases) {
          const ps = pieces(ph.phrase.replace(/_/g, ' '));
          const n = trie.node(ps);
          if (trie.actor[n] >= 0) shadowed++;
          trie.actor[n] = actorPhrases.length;
          actorPhrases.push({ def: d, phrase: ph.phrase, line: ph.line });
        }
      }
    } else if (src.kind === 'agents') {
      for (const a of readAgents(src.text, src.name, problems)) {
        const n = trie.node(pieces(a.phrase.replace(/_/g, ' ')));
        const prev = trie.agent[n];
        if (prev >= 0) {
          // An explicit phrase beats a generated plural; otherwise the later one wins.
          if (a.generated && !agentGenerated[prev]) continue;
          if (!a.generated || agentGenerated[prev]) shadowed++;
        }
        trie.agent[n] = agents.length;
        agents.push({ file: f, line: a.line, phrase: a.phrase, code: a.code, prefix: a.prefix });
        agentGenerated.push(a.generated);
      }
    } else if (src.kind === 'discards') {
      for (const dd of readDiscards(src.text, src.name, problems)) {
        const n = trie.node(pieces(dd.phrase.replace(/_/g, ' ')));
        if (trie.discard[n] >= 0) shadowed++;
        trie.discard[n] = discards.length;
        discards.push({ file: f, line: dd.line, phrase: dd.phrase, level: dd.level });
      }
    } else {
      for (const is of readIssues(src.text, src.name, problems)) {
        const n = trie.node(pieces(is.phrase.replace(/[_+]/g, ' ')));
        let li = trie.issue[n];
        if (li < 0) {
          li = issueLists.length;
          issueLists.push([]);
          trie.issue[n] = li;
        }
        issueLists[li].push(issues.length);
        issues.push({ file: f, line: is.line, category: is.category, code: is.code, phrase: is.phrase, negative: is.negative });
      }
    }
  }

  const shortName = (p: DictProblem): DictWarning => ({ file: p.file, line: p.line, message: p.message });
  problems.sort((a, b) => (fileIndex.get(a.file) ?? 0) - (fileIndex.get(b.file) ?? 0) || a.line - b.line);
  const fatal = problems.filter((p) => p.fatal || opts.strict).map(shortName);
  if (fatal.length > 0) throw new DictionaryError(fatal);
  return {
    formatVersion: FORMAT_VERSION,
    files,
    edges: trie.edges,
    nodeActor: Int32Array.from(trie.actor),
    nodeAgent: Int32Array.from(trie.agent),
    nodeDiscard: Int32Array.from(trie.discard),
    nodeIssue: Int32Array.from(trie.issue),
    actorPhrases,
    actorDefs,
    agents,
    discards,
    issues,
    issueLists,
    countryCodes: [...country].sort(),
    warnings: problems.map(shortName),
    stats: {
      nodes: trie.actor.length,
      actorPhrases: actorPhrases.length,
      agentPhrases: agents.length,
      discards: discards.length,
      issuePhrases: issues.length,
      shadowed,
    },
  };
}

/**
 * The kind of dictionary a file holds, from its name; null for files this
 * module does not read (verb dictionaries `CAMEO*.txt` / `*verbs*`, licences...).
 */
export function classifyDictionaryFile(name: string): ActorDictKind | null {
  const b = basename(name);
  if (/verbs?\b|^CAMEO/i.test(b)) return null;
  if (/actors?/i.test(b)) return 'actors';
  if (/agents?/i.test(b)) return 'agents';
  if (/discards?/i.test(b)) return 'discards';
  if (/issue/i.test(b)) return 'issues';
  return null;
}

/** Options for {@link loadActorDictionaries}. */
export interface LoadActorDictOptions extends ActorDictOptions {
  /**
   * Where compiled dictionaries are cached; `false` disables the cache. Default:
   * `node_modules/.cache/annals` in the package root, else `$XDG_CACHE_HOME/annals`
   * (or `~/.cache/annals`).
   */
  cacheDir?: string | false;
}

function expandPaths(paths: readonly string[]): { path: string; kind: ActorDictKind }[] {
  const out: { path: string; kind: ActorDictKind }[] = [];
  for (const p of paths) {
    if (!existsSync(p)) throw new AnnalsError('E_DICT', 'dictionary path does not exist', { file: p });
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        const full = join(p, name);
        const kind = classifyDictionaryFile(name);
        if (kind && statSync(full).isFile()) out.push({ path: full, kind });
      }
    } else {
      const kind = classifyDictionaryFile(p);
      if (!kind) {
        throw new AnnalsError(
          'E_DICT',
          'cannot tell the dictionary kind from the file name (expected *actors*, *agents*, *discards* or *Issue*)',
          { file: p },
        );
      }
      out.push({ path: p, kind });
    }
  }
  return out;
}

/** The default cache directory (see {@link LoadActorDictOptions.cacheDir}). */
export function defaultCacheDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const pj = join(dir, 'package.json');
    if (existsSync(pj)) {
      try {
        if (JSON.parse(readFileSync(pj, 'utf8')).name === 'annals') return join(dir, 'node_modules', '.cache', 'annals');
      } catch {
        // not our package.json: keep looking upwards
      }
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  const xdg = process.env.XDG_CACHE_HOME;
  return join(xdg && xdg.length > 0 ? xdg : join(homedir(), '.cache'), 'annals');
}

/**
 * Load actor-side dictionaries from files and/or directories (directories are
 * walked; files are classified by name, verb files are skipped). The compiled
 * result is cached under `cacheDir`, keyed by the files' contents, so later
 * starts only deserialize it.
 * @example
 * const dicts = loadActorDictionaries(['../shared/dictionaries/phoenix']);
 */
export function loadActorDictionaries(paths: readonly string[], opts: LoadActorDictOptions = {}): ActorDictionaries {
  const files = expandPaths(paths);
  const contents = files.map((f) => readFileSync(f.path));
  const h = createHash('sha256');
  h.update(`annals-actor-dicts v${FORMAT_VERSION} strict=${opts.strict ? 1 : 0}\n`);
  files.forEach((f, i) => {
    h.update(`${basename(f.path)}\0${f.kind}\0${contents[i].length}\0`);
    h.update(contents[i]);
  });
  const key = h.digest('hex').slice(0, 32);
  const cacheDir = opts.cacheDir === undefined ? defaultCacheDir() : opts.cacheDir;
  const cacheFile = cacheDir === false ? null : join(resolve(cacheDir), `actor-dicts-${key}.v8`);
  if (cacheFile && existsSync(cacheFile)) {
    try {
      const d = deserialize(readFileSync(cacheFile)) as ActorDictionaries;
      if (d && d.formatVersion === FORMAT_VERSION) return d;
    } catch {
      // A truncated or foreign cache file: fall through and rebuild it.
    }
  }
  const dicts = compileActorDictionaries(
    files.map((f, i) => ({ name: basename(f.path), kind: f.kind, text: contents[i].toString('utf8') })),
    opts,
  );
  if (cacheFile) {
    try {
      mkdirSync(dirname(cacheFile), { recursive: true });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, serialize(dicts));
      renameSync(tmp, cacheFile);
    } catch {
      // The cache only saves time; an unwritable cache directory is not an error.
    }
  }
  return dicts;
}

/** Why a code was chosen for an actor entry on a date. */
export interface CodeChoice {
  code: string | null;
  reason: string;
}

/**
 * The code of an actor entry on `date` (yyyymmdd): the first dated code whose
 * range contains the date, else the undated default. Without a date: the
 * undated default, else the last dated code (usually the latest role).
 * `---` is the null actor: the phrase is recognised but codes nothing.
 */
export function chooseCode(codes: readonly CodeRule[], date?: number): CodeChoice {
  const fmt = (c: CodeRule): string =>
    c.from === 0 ? `<${c.to + 1}` : c.to === 99999999 ? `>=${c.from}` : `${c.from}-${c.to}`;
  const norm = (c: string): string | null => (c === '---' ? null : c);
  if (date !== undefined) {
    for (const c of codes) {
      if (c.dated && c.from <= date && date <= c.to) return { code: norm(c.code), reason: `[${c.code} ${fmt(c)}] contains ${date}` };
    }
    const u = codes.find((c) => !c.dated);
    if (u) return { code: norm(u.code), reason: `no dated code covers ${date}; undated default [${u.code}]` };
    return { code: null, reason: `no code of this entry is valid on ${date}` };
  }
  const u = codes.find((c) => !c.dated);
  if (u) return { code: norm(u.code), reason: `no date given; undated default [${u.code}]` };
  const last = codes[codes.length - 1];
  if (last) return { code: norm(last.code), reason: `no date given and no undated code; last listed [${last.code} ${fmt(last)}]` };
  return { code: null, reason: 'entry has no code' };
}

/** Follow the trie along the pieces of `phrase`; -1 when it leaves the trie. */
export function trieNode(dicts: ActorDictionaries, ps: readonly string[]): number {
  let n = 0;
  for (const p of ps) {
    const c = dicts.edges.get(`${n} ${p}`);
    if (c === undefined) return -1;
    n = c;
  }
  return n;
}
