/**
 * Compiling native dictionaries to the SAME in-memory indexes as the PETRARCH
 * formats. The PETRARCH compilers take text, so each native file is rendered as
 * the equivalent PETRARCH text in memory, with a map from every generated line
 * back to the YAML line it came from; after compiling, every line, phrase and
 * rule that came from a native file is rewritten to name the YAML file:line,
 * and actor codes get their exact dates (the text carries undated codes only,
 * so partial and open-ended dates need no PETRARCH date syntax).
 * @module
 */
import { AnnalsError } from '../../errors.js';
import { type ActorDictionaries, type DictSource, DictionaryError, compileActorDictionaries } from '../actor-dicts.js';
import type { CodeRule } from '../actor-readers.js';
import { pieces } from '../normalize.js';
import { type VerbDictionary, compileVerbDictionary } from '../verbs.js';
import { type NativeFile, type NativeProblem, parseNativeVerb } from './read.js';

/** Where each generated line came from. */
export interface GenMap {
  /** The YAML file. */
  file: string;
  /** YAML line of generated line k+1. */
  lines: number[];
  /** Generated line -> the phrase as written in YAML and as generated. */
  phrases: Map<number, { orig: string; gen: string }>;
  /** Generated synset name -> written name (shared by all maps of one generation). */
  synNames: ReadonlyMap<string, string>;
  /** Generated line of an actor entry's base phrase -> its codes with their dates, and the entry's YAML line. */
  codes: Map<number, { rules: CodeRule[]; line: number }>;
}

/** PETRARCH text for native files, ready for the PETRARCH compilers. */
export interface GeneratedSources {
  actorSide: DictSource[];
  verbs: { file: string; text: string }[];
  maps: Map<string, GenMap>;
  /** Generated synset name -> the name as written (`KB--ECON-AID` -> `ECON_AID`). */
  synsets: Map<string, string>;
}

/** A dictionary phrase as PETRARCH writes it: normalised pieces joined by `_`. */
function petrarchPhrase(s: string): string {
  return pieces(s).join('_');
}

class Gen {
  readonly out: string[] = [];
  readonly map: GenMap;
  constructor(file: string, synNames: ReadonlyMap<string, string>) {
    this.map = { file, lines: [], phrases: new Map(), codes: new Map(), synNames };
  }
  /** Append a line; returns its 1-based number. */
  push(text: string, yamlLine: number): number {
    this.out.push(text);
    this.map.lines.push(yamlLine);
    return this.out.length;
  }
  text(): string {
    return this.out.join('\n') + '\n';
  }
}

/** One PETRARCH form of a native verb: words joined by `_`, `+` on the verb word of a multiword verb. */
function verbForm(words: string[], verb: number): string {
  if (words.length === 1) return words[0].toUpperCase();
  return words.map((w, i) => (i === verb ? `+${w}` : w).toUpperCase()).join('_');
}

/** Prefix of native synset names in generated text (never in PETRARCH names, which have no `--`). */
const NATIVE_SYN = 'KB--';

/**
 * Synset names as written in generated text. Native synsets get their own
 * namespace, so a native set and a PETRARCH set may both define `&WMD` (each
 * format's patterns use its own); and the PETRARCH pattern tokenizer reads `_` as
 * a word joiner (`&ECON_AID` would be `&ECON` + `AID`), so `_` is written `-`.
 */
function synName(name: string): string {
  return NATIVE_SYN + name.toUpperCase().replace(/_/g, '-');
}

/**
 * A native pattern or synset member with its `&NAME` references renamed by
 * {@link synName} when a native file defines NAME; other names are left for the
 * PETRARCH synsets.
 */
function synRefs(text: string, native: ReadonlySet<string>, names: Map<string, string>): string {
  return text.replace(/&([A-Za-z0-9_-]+)/g, (m, n: string) => {
    const up = n.toUpperCase();
    if (native.has(up)) return `&${synName(n)}`;
    if (!up.includes('_')) return m;
    // Undefined here: keep the name whole for the tokenizer, and its spelling for messages.
    names.set(up.replace(/_/g, '-'), up);
    return `&${up.replace(/_/g, '-')}`;
  });
}

/** Give native synsets their written names back in a rule or message. */
function restoreSynNames(text: string, names: ReadonlyMap<string, string>): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([A-Z0-9-]+)/g, (m, n: string) => (names.has(n) ? `&${names.get(n)}` : m));
}

/** Render native files as PETRARCH text with line maps. */
export function generatePetrarch(files: readonly NativeFile[]): GeneratedSources {
  const res: GeneratedSources = { actorSide: [], verbs: [], maps: new Map(), synsets: new Map() };
  const nativeSyn = new Set(files.flatMap((f) => f.synsets.map((x) => x.name.toUpperCase())));
  for (const f of files) {
    const g = new Gen(f.file, res.synsets);
    if (f.kind === 'actors') {
      for (const a of f.actors) {
        a.names.forEach((n, i) => {
          const gen = petrarchPhrase(n.text);
          // Codes are written undated on the base line and replaced by the exact rules after compiling.
          const ln = g.push(i === 0 ? `${gen} ${a.codes.map((c) => `[${c.code}]`).join(' ')}` : `+${gen}`, n.line);
          if (i === 0) g.map.codes.set(ln, { rules: a.codes.map(({ code, from, to, dated }) => ({ code, from, to, dated })), line: a.line });
          g.map.phrases.set(ln, { orig: n.text, gen });
        });
        g.push('', a.line);
      }
      res.actorSide.push({ name: f.file, kind: 'actors', text: g.text() });
    } else if (f.kind === 'agents') {
      for (const a of f.agents) {
        for (const w of a.words) {
          // `word {}`: a noun without a plural (PETRARCH's `{}`).
          const noPlural = /\{\s*\}$/.test(w.text);
          const orig = w.text.replace(/\s*\{\s*\}$/, '');
          const gen = petrarchPhrase(orig);
          const ln = g.push(`${gen}${noPlural ? ' {}' : ''} ${a.prefix ? `[${a.code}~]` : `[~${a.code}]`}`, w.line);
          g.map.phrases.set(ln, { orig, gen });
        }
      }
      res.actorSide.push({ name: f.file, kind: 'agents', text: g.text() });
    } else if (f.kind === 'issues') {
      for (const is of f.issues) {
        g.push(`<ISSUE CATEGORY="${is.category}" TYPE="ALL">`, is.line);
        const line = (x: { text: string; line: number }, text: string): void => {
          const ln = g.push(text, x.line);
          g.map.phrases.set(ln, { orig: x.text, gen: x.text });
        };
        for (const x of is.phrases) line(x, `${x.text} [${is.code}]`);
        for (const x of is.not) line(x, `~${x.text}`);
        for (const x of is.block) line(x, `~~${x.text}`);
        g.push('</ISSUE>', is.line);
      }
      res.actorSide.push({ name: f.file, kind: 'issues', text: g.text() });
    } else if (f.kind === 'discards') {
      for (const d of f.discards) {
        const gen = petrarchPhrase(d.phrase);
        const ln = g.push(`${d.level === 'story' ? '+' : ''}${gen}`, d.line);
        g.map.phrases.set(ln, { orig: d.phrase, gen });
      }
      res.actorSide.push({ name: f.file, kind: 'discards', text: g.text() });
    } else if (f.kind === 'synsets') {
      for (const s of f.synsets) {
        g.push(`&${synName(s.name)}`, s.line);
        res.synsets.set(synName(s.name), s.name.toUpperCase());
        for (const m of s.members) g.push(`+${m.text.startsWith('&') ? synRefs(m.text, nativeSyn, res.synsets) : m.text.toUpperCase().split(/\s+/).join('_')}`, m.line);
      }
      res.verbs.push({ file: f.file, text: g.text() });
    } else {
      for (const v of f.verbs) {
        const first = v.verbs[0] ? parseNativeVerb(v.verbs[0].text).words.join('_') : `ENTRY_${v.line}`;
        const label = (v.name ?? first).toUpperCase().replace(/\s+/g, '_');
        g.push(`--- ${label} [${v.code ?? '---'}] ---`, v.line);
        for (const x of v.verbs) {
          const p = parseNativeVerb(x.text);
          const forms = p.forms.map((fw) => {
            const plus = fw.findIndex((w) => w.startsWith('+'));
            const words = fw.map((w) => w.replace(/^\+/, ''));
            return verbForm(words, plus >= 0 ? plus : words.length === p.words.length ? p.verb : 0);
          });
          const own = p.code === undefined ? '' : ` [${p.code ?? '---'}]`;
          g.push(`${verbForm(p.words, p.verb)}${forms.length ? ` {${forms.join(' ')}}` : ''}${own}`, x.line);
        }
        for (const p of v.patterns) g.push(`- ${synRefs(p.pattern, nativeSyn, res.synsets)} [${p.code ?? '---'}]`, p.line);
      }
      res.verbs.push({ file: f.file, text: g.text() });
    }
    res.maps.set(f.file, g.map);
  }
  return res;
}

/** Rewrite a leading `file:LINE` (generated line) to the YAML line. */
function remapRule(rule: string, maps: ReadonlyMap<string, GenMap>): string {
  const m = /^(.+?):(\d+)(?=[ :]|$)/.exec(rule);
  if (!m) return rule;
  const g = maps.get(m[1]);
  if (!g) return rule;
  return `${m[1]}:${g.lines[Number(m[2]) - 1] ?? m[2]}${restoreSynNames(rule.slice(m[0].length), g.synNames)}`;
}

/** Rewrite every `file:LINE` at a line start of a multi-line message. */
function remapMessage(msg: string, maps: ReadonlyMap<string, GenMap>): string {
  return msg
    .split('\n')
    .map((l) => {
      const ind = /^\s*/.exec(l)![0];
      return ind + remapRule(l.slice(ind.length), maps);
    })
    .join('\n');
}

/**
 * Point actor-side entries that came from native files at their YAML lines,
 * names and dated codes. Only `line`, `phrase` and `codes` fields change; every
 * other field of the compiled form is kept as it is.
 */
export function remapActors(d: ActorDictionaries, maps: ReadonlyMap<string, GenMap>): ActorDictionaries {
  const fileMap = d.files.map((f) => maps.get(f));
  if (fileMap.every((m) => !m)) return d;
  const line = (fi: number, l: number): number => fileMap[fi]?.lines[l - 1] ?? l;
  const phrase = (fi: number, l: number, p: string): string => {
    const ph = fileMap[fi]?.phrases.get(l);
    return ph && ph.gen === p ? ph.orig : p;
  };
  const actorDefs = d.actorDefs.map((a) => {
    const c = fileMap[a.file]?.codes.get(a.line);
    return c ? { ...a, line: c.line, codes: c.rules } : a;
  });
  return {
    ...d,
    actorDefs,
    actorPhrases: d.actorPhrases.map((p) => {
      const fi = d.actorDefs[p.def].file;
      return fileMap[fi] ? { ...p, phrase: phrase(fi, p.line, p.phrase), line: line(fi, p.line) } : p;
    }),
    agents: d.agents.map((a) => (fileMap[a.file] ? { ...a, line: line(a.file, a.line), phrase: phrase(a.file, a.line, a.phrase) } : a)),
    discards: d.discards.map((x) => (fileMap[x.file] ? { ...x, line: line(x.file, x.line), phrase: phrase(x.file, x.line, x.phrase) } : x)),
    issues: d.issues.map((x) => (fileMap[x.file] ? { ...x, line: line(x.file, x.line) } : x)),
    warnings: d.warnings.map((w) => {
      const g = maps.get(w.file);
      return g ? { ...w, line: g.lines[w.line - 1] ?? w.line } : w;
    }),
  };
}

/** Point verb rules that came from native files at their YAML lines. */
export function remapVerbs(
  v: VerbDictionary,
  maps: ReadonlyMap<string, GenMap>,
  nativeSynsets?: ReadonlyMap<string, string>,
): VerbDictionary {
  if (maps.size === 0) return v;
  // Native synsets by their written names (see synName); a PETRARCH set of the same name keeps it.
  const synsets = new Map<string, string[][]>();
  for (const [k, alts] of v.synsets) if (!nativeSynsets?.has(k)) synsets.set(k, alts);
  for (const [k, alts] of v.synsets) {
    const name = nativeSynsets?.get(k);
    if (name !== undefined) synsets.set(synsets.has(name) ? `${name} (native)` : name, alts);
  }
  const verbs = new Map<string, VerbDictionary['verbs'] extends Map<string, infer E> ? E : never>();
  for (const [k, list] of v.verbs) verbs.set(k, list.map((e) => ({ ...e, rule: remapRule(e.rule, maps) })));
  return {
    ...v,
    verbs,
    blocks: v.blocks.map((b) => ({
      ...b,
      rule: remapRule(b.rule, maps),
      patterns: b.patterns.map((p) => ({ ...p, rule: remapRule(p.rule, maps) })),
    })),
    synsets,
    warnings: v.warnings.map((w) => remapRule(w, maps)),
  };
}

/** Turn a compiler error into problems pointing at the YAML (or PETRARCH) file:line. */
export function errorProblems(e: unknown, maps: ReadonlyMap<string, GenMap>): NativeProblem[] | null {
  if (e instanceof DictionaryError) {
    return e.problems.map((p) => {
      const g = maps.get(p.file);
      return { file: p.file, line: g ? (g.lines[p.line - 1] ?? p.line) : p.line, message: p.message };
    });
  }
  if (e instanceof AnnalsError && e.code === 'E_DICT') {
    const out: NativeProblem[] = [];
    for (const l of remapMessage(e.message, maps).split('\n')) {
      const m = /^\s*(.+?):(\d+): (.*)$/.exec(l);
      if (m && !/problem\(s\)/.test(m[3])) out.push({ file: m[1], line: Number(m[2]), message: m[3] });
    }
    if (out.length > 0) return out;
    return [{ file: e.file ?? '?', line: e.line ?? 0, message: e.message }];
  }
  return null;
}

/** Throw all problems as one E_DICT error naming the first file:line. */
export function throwProblems(problems: readonly NativeProblem[]): never {
  const shown = problems.slice(0, 50).map((p) => `  ${p.file}:${p.line}: ${p.message}`);
  if (problems.length > 50) shown.push(`  ... and ${problems.length - 50} more`);
  throw new AnnalsError('E_DICT', `${problems.length} dictionary problem(s):\n${shown.join('\n')}`, {
    file: problems[0]?.file,
    line: problems[0]?.line,
  });
}

/** Inputs of {@link compileAll}: PETRARCH texts and native files. */
export interface CompileInputs {
  actorSide: DictSource[];
  verbs: { file: string; text: string }[];
  native: NativeFile[];
  /**
   * Source names (PETRARCH actor-side: `name`; verb files and native files: their
   * path) in the order they were given: later entries win over earlier ones for
   * the same phrase. Default: PETRARCH files, then native files.
   */
  order?: readonly string[];
}

/** Compiled dictionaries, or null for a side with fatal problems (all in `problems`). */
export interface CompileResult {
  actors: ActorDictionaries | null;
  verbs: VerbDictionary | null;
  problems: NativeProblem[];
}

/** Compile without throwing on dictionary content (for lint). */
export function compileCollect(inp: CompileInputs): CompileResult {
  const gen = generatePetrarch(inp.native);
  const pos = new Map((inp.order ?? []).map((n, i) => [n, i]));
  const rank = (n: string): number => pos.get(n) ?? Number.MAX_SAFE_INTEGER;
  const sorted = <T>(xs: T[], name: (x: T) => string): T[] =>
    xs.map((x, i) => ({ x, i })).sort((a, b) => rank(name(a.x)) - rank(name(b.x)) || a.i - b.i).map((e) => e.x);
  const problems: NativeProblem[] = [];
  let actors: ActorDictionaries | null = null;
  let verbs: VerbDictionary | null = null;
  try {
    actors = remapActors(compileActorDictionaries(sorted([...inp.actorSide, ...gen.actorSide], (x) => x.name)), gen.maps);
  } catch (e) {
    const ps = errorProblems(e, gen.maps);
    if (!ps) throw e;
    problems.push(...ps);
  }
  try {
    verbs = remapVerbs(compileVerbDictionary(sorted([...inp.verbs, ...gen.verbs], (x) => x.file)), gen.maps, gen.synsets);
  } catch (e) {
    const ps = errorProblems(e, gen.maps);
    if (!ps) throw e;
    problems.push(...ps);
  }
  return { actors, verbs, problems };
}

/**
 * Compile PETRARCH texts and native files together into one actor index and
 * one verb dictionary. Throws E_DICT with every problem (file:line each).
 */
export function compileAll(inp: CompileInputs): { actors: ActorDictionaries; verbs: VerbDictionary } {
  const r = compileCollect(inp);
  if (r.problems.length > 0 || !r.actors || !r.verbs) throwProblems(r.problems);
  return { actors: r.actors, verbs: r.verbs };
}
