/**
 * Compiled actor-side dictionaries: one token trie shared by actors, agents,
 * discards and issues, as plain data (a vocabulary Map, the trie in typed
 * arrays, entry tables as arrays of records). The cache file stores the entry
 * tables flat too (see `CacheForm`), so a cached load takes milliseconds.
 *
 * Matching cost depends on the sentence, not on the dictionary size: from each
 * token the trie is walked by hash lookups, one per normalised piece.
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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

/** Bump when the compiled layout changes (the cache key also hashes the reader code). */
const FORMAT_VERSION = 10;

/** The code that reads and compiles, hashed into the cache key so a change of rules rebuilds. */
const CODE_FILES = ['./actor-readers.js', './actor-dicts.js', './normalize.js'];

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

/** An actor phrase (base or `+` synonym) as compiled. */
export interface CompiledActorPhrase {
  /** Index into `actorDefs`. */
  def: number;
  phrase: string;
  line: number;
}

/** An actor entry as compiled: where it is and its code rules. */
export interface CompiledActorDef {
  /** Index into `files`. */
  file: number;
  line: number;
  codes: CodeRule[];
}

/** An agent phrase as compiled. */
export interface CompiledAgent {
  file: number;
  line: number;
  phrase: string;
  code: string;
  prefix: boolean;
  /** False when the line says `{}` (no plural): lemma matching must not apply either. */
  plural: boolean;
}

/** A discard phrase as compiled. */
export interface CompiledDiscard {
  file: number;
  line: number;
  phrase: string;
  level: 'sentence' | 'story';
}

/** An issue phrase as compiled. */
export interface CompiledIssue {
  file: number;
  line: number;
  category: string;
  code: string;
  phrase: string;
  negative: 0 | 1 | 2;
}

/** Compiled, immutable actor-side dictionaries: plain data, cacheable with `v8.serialize`. */
export interface ActorDictionaries {
  readonly formatVersion: number;
  /** Dictionary names (file basenames) referenced by index. */
  readonly files: string[];
  /** Piece (normalised word) -> id. */
  readonly vocab: Map<string, number>;
  /**
   * Trie edges as an open-addressing hash table (size a power of two): slot k
   * holds the edge `edgeNode[k]` --`edgePiece[k]`--> `edgeChild[k]`; -1 = empty.
   * Node 0 is the root. Use {@link trieChild}.
   */
  readonly edgeNode: Int32Array;
  readonly edgePiece: Int32Array;
  readonly edgeChild: Int32Array;
  /** Per node: actor phrase index, or -1. */
  readonly nodeActor: Int32Array;
  /** Per node: agent index, or -1. */
  readonly nodeAgent: Int32Array;
  /** Per node: index into `discards`, or -1. */
  readonly nodeDiscard: Int32Array;
  /** Per node: index into `issueLists`, or -1. */
  readonly nodeIssue: Int32Array;
  /** Actor phrases (base and `+` synonyms), indexed by `nodeActor`. */
  readonly actorPhrases: CompiledActorPhrase[];
  /**
   * Phrase index -> earlier phrases with the same normalised form, latest first.
   * The latest entry wins (as in PETRARCH) unless it has no code for the date.
   */
  readonly actorShadowed: Map<number, number[]>;
  /** Actor entries (a base phrase and its synonyms share one), with their code rules. */
  readonly actorDefs: CompiledActorDef[];
  /** Agent phrases (plurals and `!MACRO!` expansions included), indexed by `nodeAgent`. */
  readonly agents: CompiledAgent[];
  readonly discards: CompiledDiscard[];
  readonly issues: CompiledIssue[];
  readonly issueLists: number[][];
  /**
   * Three-letter codes that stand alone as the code of some actor (countries,
   * regions, IGO...), minus the agent/sector codes (an entry coded [ELI] is not a country).
   */
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

function edgeSlot(node: number, piece: number, mask: number): number {
  return ((Math.imul(node, 0x9e3779b1) ^ Math.imul(piece + 1, 0x85ebca77)) >>> 0) & mask;
}

/** The child of `node` along piece id `piece`, or -1. */
export function trieChild(d: ActorDictionaries, node: number, piece: number): number {
  const mask = d.edgeNode.length - 1;
  for (let k = edgeSlot(node, piece, mask); ; k = (k + 1) & mask) {
    const n = d.edgeNode[k];
    if (n === -1) return -1;
    if (n === node && d.edgePiece[k] === piece) return d.edgeChild[k];
  }
}

/** An actor phrase (base or synonym). */
export function actorPhrase(d: ActorDictionaries, i: number): CompiledActorPhrase {
  return d.actorPhrases[i];
}

/** An actor entry with its code rules. */
export function actorDef(d: ActorDictionaries, i: number): CompiledActorDef {
  return d.actorDefs[i];
}

/** An agent entry. */
export function agentAt(d: ActorDictionaries, i: number): CompiledAgent {
  return d.agents[i];
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

/** Multiplier of the node number in the builder's edge keys (more than any vocabulary size). */
const EDGE_STRIDE = 2 ** 22;

class TrieBuilder {
  readonly vocab = new Map<string, number>();
  readonly edges = new Map<number, number>();
  readonly actor: number[] = [-1];
  readonly agent: number[] = [-1];
  readonly discard: number[] = [-1];
  readonly issue: number[] = [-1];
  node(ps: readonly string[]): number {
    let n = 0;
    for (const p of ps) {
      let id = this.vocab.get(p);
      if (id === undefined) {
        id = this.vocab.size;
        this.vocab.set(p, id);
      }
      const k = n * EDGE_STRIDE + id;
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
  const actorShadowed = new Map<number, number[]>();
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
          const prev = trie.actor[n];
          // Spelling variants of one entry that normalise alike (AL_MALIKI / AL-MALIKI): keep the first.
          if (prev >= 0 && actorPhrases[prev].def === d) continue;
          if (prev >= 0) {
            shadowed++;
            actorShadowed.set(actorPhrases.length, [prev, ...(actorShadowed.get(prev) ?? [])]);
          }
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
        agents.push({ file: f, line: a.line, phrase: a.phrase, code: a.code, prefix: a.prefix, plural: !a.noPlural });
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
  // The trie edges go into typed arrays (fast to deserialize).
  let size = 1;
  while (size < trie.edges.size * 2 + 2) size *= 2;
  const edgeNode = new Int32Array(size).fill(-1);
  const edgePiece = new Int32Array(size);
  const edgeChild = new Int32Array(size);
  for (const [key, child] of trie.edges) {
    const node = Math.floor(key / EDGE_STRIDE);
    const piece = key - node * EDGE_STRIDE;
    let k = edgeSlot(node, piece, size - 1);
    while (edgeNode[k] !== -1) k = (k + 1) & (size - 1);
    edgeNode[k] = node;
    edgePiece[k] = piece;
    edgeChild[k] = child;
  }
  return {
    formatVersion: FORMAT_VERSION,
    files,
    vocab: trie.vocab,
    edgeNode,
    edgePiece,
    edgeChild,
    nodeActor: Int32Array.from(trie.actor),
    nodeAgent: Int32Array.from(trie.agent),
    nodeDiscard: Int32Array.from(trie.discard),
    nodeIssue: Int32Array.from(trie.issue),
    actorPhrases,
    actorShadowed,
    actorDefs,
    agents,
    discards,
    issues,
    issueLists,
    countryCodes: countryCodesOf(country, agents),
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

/** Bare three-letter actor codes that are not also agent/sector codes (MED, ELI, GOV...). */
function countryCodesOf(bare: Set<string>, agents: readonly CompiledAgent[]): string[] {
  // CAMEO religion codes can stand alone too ([BAH], [MOS]) but are not places.
  const sectors = new Set(['BAH', 'MOS', 'CHR', 'JEW', 'HIN', 'BUD', 'SIK', 'ZRO', 'JAN', 'SHN', 'TAO', 'CON', 'ATH', 'DOX', 'ITR']);
  for (const a of agents) for (let i = 0; i + 3 <= a.code.length; i += 3) sectors.add(a.code.slice(i, i + 3));
  return [...bare].filter((c) => !sectors.has(c)).sort();
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

/**
 * What the cache file holds: the dictionaries with their entry tables as
 * parallel arrays and joined strings. `v8.deserialize` of ~70k small objects
 * costs several times more than rebuilding them from typed arrays.
 */
interface CacheForm {
  formatVersion: number;
  rest: Omit<ActorDictionaries, 'actorPhrases' | 'actorDefs' | 'agents'>;
  phraseText: string;
  phraseLine: Int32Array;
  phraseDef: Int32Array;
  defFile: Int32Array;
  defLine: Int32Array;
  defRules: Int32Array;
  codes: string[];
  ruleCode: Int32Array;
  ruleFrom: Int32Array;
  ruleTo: Int32Array;
  ruleDated: Uint8Array;
  agentText: string;
  agentFile: Int32Array;
  agentLine: Int32Array;
  agentCode: Int32Array;
  agentFlags: Uint8Array;
}

/** Separator of the joined phrase strings (never in a dictionary line). */
const SEP = '\u0001';

function toCacheForm(d: ActorDictionaries): CacheForm {
  const { actorPhrases, actorDefs, agents, ...rest } = d;
  const codeIds = new Map<string, number>();
  const codeId = (c: string): number => {
    let i = codeIds.get(c);
    if (i === undefined) {
      i = codeIds.size;
      codeIds.set(c, i);
    }
    return i;
  };
  const nRules = actorDefs.reduce((n, x) => n + x.codes.length, 0);
  const f: CacheForm = {
    formatVersion: FORMAT_VERSION,
    rest,
    phraseText: actorPhrases.map((p) => p.phrase).join(SEP),
    phraseLine: Int32Array.from(actorPhrases, (p) => p.line),
    phraseDef: Int32Array.from(actorPhrases, (p) => p.def),
    defFile: Int32Array.from(actorDefs, (x) => x.file),
    defLine: Int32Array.from(actorDefs, (x) => x.line),
    defRules: new Int32Array(actorDefs.length + 1),
    codes: [],
    ruleCode: new Int32Array(nRules),
    ruleFrom: new Int32Array(nRules),
    ruleTo: new Int32Array(nRules),
    ruleDated: new Uint8Array(nRules),
    agentText: agents.map((a) => a.phrase).join(SEP),
    agentFile: Int32Array.from(agents, (a) => a.file),
    agentLine: Int32Array.from(agents, (a) => a.line),
    agentCode: Int32Array.from(agents, (a) => codeId(a.code)),
    agentFlags: Uint8Array.from(agents, (a) => (a.prefix ? 1 : 0) | (a.plural ? 2 : 0)),
  };
  let r = 0;
  actorDefs.forEach((x, i) => {
    f.defRules[i] = r;
    for (const c of x.codes) {
      f.ruleCode[r] = codeId(c.code);
      f.ruleFrom[r] = c.from;
      f.ruleTo[r] = c.to;
      f.ruleDated[r] = c.dated ? 1 : 0;
      r++;
    }
  });
  f.defRules[actorDefs.length] = r;
  f.codes = [...codeIds.keys()];
  return f;
}

function fromCacheForm(f: CacheForm): ActorDictionaries | null {
  if (!f || f.formatVersion !== FORMAT_VERSION) return null;
  const texts = f.phraseLine.length > 0 ? f.phraseText.split(SEP) : [];
  const actorPhrases: CompiledActorPhrase[] = new Array(texts.length);
  for (let i = 0; i < texts.length; i++) actorPhrases[i] = { def: f.phraseDef[i], phrase: texts[i], line: f.phraseLine[i] };
  const actorDefs: CompiledActorDef[] = new Array(f.defFile.length);
  for (let i = 0; i < actorDefs.length; i++) {
    const codes: CodeRule[] = [];
    for (let r = f.defRules[i]; r < f.defRules[i + 1]; r++) {
      codes.push({ code: f.codes[f.ruleCode[r]], from: f.ruleFrom[r], to: f.ruleTo[r], dated: f.ruleDated[r] === 1 });
    }
    actorDefs[i] = { file: f.defFile[i], line: f.defLine[i], codes };
  }
  const atexts = f.agentLine.length > 0 ? f.agentText.split(SEP) : [];
  const agents: CompiledAgent[] = new Array(atexts.length);
  for (let i = 0; i < atexts.length; i++) {
    agents[i] = {
      file: f.agentFile[i],
      line: f.agentLine[i],
      phrase: atexts[i],
      code: f.codes[f.agentCode[i]],
      prefix: (f.agentFlags[i] & 1) !== 0,
      plural: (f.agentFlags[i] & 2) !== 0,
    };
  }
  return { ...f.rest, actorPhrases, actorDefs, agents };
}

/** How many compiled dictionary sets the cache keeps (newest first). */
const KEEP_CACHED = 8;

/** Bound the cache: keep the `keep` most recent compiled sets, delete older ones. */
function pruneCache(dir: string, keep: number): void {
  const files = readdirSync(dir)
    .filter((f) => /^actor-dicts-[0-9a-f]+\.v8$/.test(f))
    .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of files.slice(keep)) rmSync(join(dir, f), { force: true });
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
  for (const f of CODE_FILES) {
    try {
      h.update(readFileSync(fileURLToPath(new URL(f, import.meta.url))));
    } catch {
      // Bundled or relocated code: the format version alone keys the cache.
    }
  }
  files.forEach((f, i) => {
    h.update(`${basename(f.path)}\0${f.kind}\0${contents[i].length}\0`);
    h.update(contents[i]);
  });
  const key = h.digest('hex').slice(0, 32);
  const cacheDir = opts.cacheDir === undefined ? defaultCacheDir() : opts.cacheDir;
  const cacheFile = cacheDir === false ? null : join(resolve(cacheDir), `actor-dicts-${key}.v8`);
  if (cacheFile && existsSync(cacheFile)) {
    try {
      const d = fromCacheForm(deserialize(readFileSync(cacheFile)) as CacheForm);
      if (d && d.formatVersion === FORMAT_VERSION) {
        try {
          // Mark as recently used, so pruning keeps the sets in use.
          const now = new Date();
          utimesSync(cacheFile, now, now);
        } catch {
          // read-only cache: fine
        }
        return Object.freeze(d);
      }
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
      writeFileSync(tmp, serialize(toCacheForm(dicts)));
      renameSync(tmp, cacheFile);
      pruneCache(dirname(cacheFile), KEEP_CACHED);
    } catch {
      // The cache only saves time; an unwritable cache directory is not an error.
    }
  }
  return Object.freeze(dicts);
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

/** An actor phrase resolved for a date. */
export interface ActorResolution extends CodeChoice {
  /** The phrase (index into `actorPhrases`) whose entry gave the code. */
  phrase: number;
  /** `file:line PHRASE` of that phrase. */
  rule: string;
}

/**
 * Resolve the actor phrase at a trie node's phrase index for `date`: the latest
 * entry with that phrase, or an earlier one when the latest has no code then.
 */
export function resolveActor(dicts: ActorDictionaries, phrase: number, date?: number): ActorResolution {
  let first: ActorResolution | null = null;
  for (const pi of [phrase, ...(dicts.actorShadowed.get(phrase) ?? [])]) {
    const ph = actorPhrase(dicts, pi);
    const def = actorDef(dicts, ph.def);
    const ch = chooseCode(def.codes, date);
    const r = { ...ch, phrase: pi, rule: `${dicts.files[def.file]}:${ph.line} ${ph.phrase}` };
    if (ch.code !== null) return r;
    first ??= r;
  }
  return first as ActorResolution;
}

/** Sectors of the state: an actor coded with one of them first is no non-state group. */
const STATE_FIRST = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY', 'ELI']);

/**
 * The political side of a non-state actor entry: when the code it has on `date`
 * is a non-state group (IRQREBSHI, the Mahdi Army) and another of its codes is a
 * party of the same country (IRQPTYSDR, the Sadrists), that party code; else null.
 * Its office, bloc, lawmakers and spokesmen act for that party (CAMEO practice).
 */
export function partyCodeOf(dicts: ActorDictionaries, phrase: number, code: string | null): string | null {
  if (code === null || code.length < 6) return null;
  const country = code.slice(0, 3);
  if (STATE_FIRST.has(code.slice(3, 6)) || code.slice(3).includes('PTY')) return null;
  const def = actorDef(dicts, actorPhrase(dicts, phrase).def);
  for (const c of def.codes) {
    if (c.code !== code && c.code.startsWith(country) && c.code.slice(3, 6) === 'PTY') return c.code;
  }
  return null;
}

/** Follow the trie along the pieces of `phrase`; -1 when it leaves the trie. */
export function trieNode(dicts: ActorDictionaries, ps: readonly string[]): number {
  let n = 0;
  for (const p of ps) {
    const id = dicts.vocab.get(p);
    if (id === undefined) return -1;
    n = trieChild(dicts, n, id);
    if (n < 0) return -1;
  }
  return n;
}
