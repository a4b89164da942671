/**
 * PETRARCH-format verb dictionaries, read as they are: today's Phoenix
 * `CAMEO.2.0.txt` and the older PETRARCH-1/TABARI style of the validation suite.
 *
 * Grammar (union of both formats):
 * - `# ...` and `; ...` comments (outside `[...]`), `<!-- ... -->` comment lines.
 * - `&NAME` starts a synonym set; `+MEMBER` lines follow (members may be `&OTHER`).
 * - `--- LABEL [code] ---` starts a verb block with its default code.
 * - Verb lines in a block: `VERB {FORMS} [code]`; multiword verbs `+MEET_WITH {+MET_WITH}`
 *   or `WIRE_+TAP` (the `+` marks the verb word) or `LASH OUT` (first word is the verb).
 * - Pattern lines `- pre * post [code]`: `*` the verb, `$` source, `+` target, `%` compound
 *   actor, `^` a skipped actor, `(...)` prepositional phrase, `{A B}` noun group,
 *   `{A | B}` alternatives, `&SYN` synset, `_` joins words that must be adjacent.
 * - Codes: `[064]`, `[032:033]` (source->target : target->source), `[:173]`, `[---]` none.
 * - `~ ...` transformation lines (Phoenix) are kept as text.
 *
 * Every malformed line is collected; loading throws one {@link AnnalsError} listing them.
 * The result is plain data (Maps, arrays, strings) so it can be cached with `v8.serialize`.
 * @module
 */
import { readFileSync } from 'node:fs';
import { HYPHEN_PREFIXES } from '../analysis/tokenize/lexicon.js';
import { AnnalsError } from '../errors.js';

/** An event code pair: `fwd` codes source->target, `rev` codes target->source; null = none. */
export interface CodePair {
  fwd: string | null;
  rev: string | null;
}

/** One element of a compiled pattern. `adj`: must be adjacent to its inner neighbour (towards the verb). */
export type PatternElem =
  /** Words; `prep`: the preposition opening a `( ... )` phrase (matches an ADP, not infinitival "to"). */
  | {
      k: 'w';
      /** Alternatives (word sequences), longest first. */
      alts: string[][];
      adj: boolean;
      prep?: boolean;
      /** For many alternatives (synsets): first word -> alternatives, last word -> alternatives. */
      byFirst?: Map<string, string[][]>;
      byLast?: Map<string, string[][]>;
    }
  | { k: 'src' | 'tgt' | 'cmp' | 'skip'; adj: boolean };

/** A compiled pattern: elements before the verb (text order) and after it. */
export interface VerbPattern {
  pre: PatternElem[];
  post: PatternElem[];
  code: CodePair;
  /** Literal words that must all occur in the sentence (cheap pre-filter). */
  required: string[];
  /** "file:line pattern" for evidence. */
  rule: string;
}

/** A verb block: default code and the patterns shared by its verbs. */
export interface VerbBlock {
  name: string;
  code: CodePair;
  patterns: VerbPattern[];
  /**
   * Pattern index: a required word -> ids of the patterns keyed by it (each pattern under
   * one of its words), so a sentence only tries patterns whose key word it contains.
   */
  byWord: Map<string, number[]>;
  /** Ids of patterns with no single required word (synsets, slots only). */
  always: number[];
  rule: string;
}

/** One way a token can be a dictionary verb. */
export interface VerbEntry {
  block: number;
  /** Verb-specific code overriding the block default (null when not given). */
  code: CodePair | null;
  /** Words that must immediately precede the verb (multiword verbs), text order. */
  pre: string[];
  /** Words that must follow the verb (multiword verbs: adjacent or a particle). */
  post: string[];
  rule: string;
}

/** A compiled verb dictionary. */
export interface VerbDictionary {
  /** Uppercase verb word (base form or listed form) -> entries. */
  verbs: Map<string, VerbEntry[]>;
  blocks: VerbBlock[];
  /** Synsets after nesting is resolved: name (no `&`) -> alternatives (word sequences). */
  synsets: Map<string, string[][]>;
  /** Phoenix `~` transformation lines, kept verbatim. */
  transformations: string[];
  /** Lines read with a stated repair or that can never match ("file:line: why"). */
  warnings: string[];
}

/** A problem found while reading. */
interface Problem {
  file: string;
  line: number;
  msg: string;
}

/** Parse a code bracket body: "064", "032:033", ":173", "---". */
function parseCode(body: string): CodePair | null {
  const t = body.trim();
  const one = (s: string): string | null | undefined => {
    const x = s.trim();
    if (x === '' || x === '---') return null;
    // Codes in the wild: digits with optional letter suffix (174K), '+++', '###', '025?', 'abc'.
    return /^[A-Za-z0-9+#?!]+$/.test(x) ? x : undefined;
  };
  const parts = t.split(':');
  if (parts.length > 2) return null;
  const f = one(parts[0]);
  const r = parts.length === 2 ? one(parts[1]) : null;
  if (f === undefined || r === undefined) return null;
  return { fwd: f, rev: r };
}

/** Strip `#`/`;` comments that are not inside `[...]` (codes like `[###]` exist). */
function stripComment(line: string): string {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if ((c === '#' || c === ';') && depth === 0) return line.slice(0, i);
  }
  return line;
}

/** Raw pattern token before synset resolution. */
type RawElem =
  | { k: 'w'; words: string[]; prep?: boolean }
  | { k: 'syn'; name: string }
  | { k: 'alt'; alts: string[][] }
  | { k: 'verb' | 'src' | 'tgt' | 'cmp' | 'skip' };

interface RawPattern {
  elems: { e: RawElem; joinLeft: boolean }[];
  code: CodePair;
  file: string;
  line: number;
  text: string;
}

interface RawBlock {
  name: string;
  code: CodePair;
  patterns: RawPattern[];
  file: string;
  line: number;
}

/**
 * Tokenise a pattern body (without the leading `-` and the code) into elements.
 * Returns an error message instead when malformed.
 */
function tokenizePattern(
  body: string,
  warnings: string[],
  group = false,
  knownSynset: (name: string) => boolean = () => false,
): { elems: { e: RawElem; joinLeft: boolean }[] } | string {
  const elems: { e: RawElem; joinLeft: boolean }[] = [];
  let paren = 0;
  let openedAt = -1;
  let i = 0;
  let joinNext = false;
  let verbs = 0;
  const s = body;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ' || c === '\t') {
      joinNext = false;
      i++;
      continue;
    }
    if (c === '(') {
      paren++;
      openedAt = elems.length;
      i++;
      continue;
    }
    if (c === ')') {
      if (paren === 0) {
        // Seen in CAMEO.2.0.txt as a stray duplicated tail ("(WITH VISIT) VISIT)"): warn, ignore the ')'.
        warnings.push("stray ')' ignored");
        i++;
        continue;
      }
      paren--;
      i++;
      continue;
    }
    if (c === '_') {
      // `_` joins words; a trailing `_` only marks an exact word.
      joinNext = elems.length > 0;
      i++;
      continue;
    }
    if (c === '{') {
      const close = s.indexOf('}', i);
      if (close < 0) return "unbalanced '{'";
      const inner = s.slice(i + 1, close);
      if (inner.includes('{')) return "nested '{'";
      const groups = inner.split('|').map((g) => g.trim());
      if (groups.length > 1) {
        const alts: string[][] = [];
        for (const g of groups) {
          const words = g.split(/[\s_]+/).filter(Boolean);
          if (words.length === 0) return "empty alternative in '{ | }'";
          if (words.some((w) => !/^[A-Z0-9'.,\-&]+$/i.test(w))) return `bad word in alternatives '{${inner}}'`;
          alts.push(words.map((w) => w.toUpperCase()));
        }
        elems.push({ e: { k: 'alt', alts }, joinLeft: joinNext });
        joinNext = false;
        i = close + 1;
        continue;
      }
      // A noun-phrase group `{A B}`: its words in order, adjacent as written with `_`.
      const sub = tokenizePattern(inner, warnings, true, knownSynset);
      if (typeof sub === 'string') return sub;
      sub.elems.forEach((x, k) => elems.push({ e: x.e, joinLeft: k === 0 ? joinNext : x.joinLeft }));
      joinNext = false;
      i = close + 1;
      continue;
    }
    if (c === '}') return "unbalanced '}'";
    if (c === '[' || c === ']') return `unexpected '${c}' in pattern`;
    let j = i;
    while (j < s.length && !' \t()_{}[]'.includes(s[j])) j++;
    if (s[i] === '&') {
      // Synset names may contain `_` (`&FIGHT_OF_WORDS`), while `&SYN_WORD` joins a synset
      // to the next word: take the longest `_`-extension that names a synset defined so
      // far (synsets are defined before use), else stop at the first `_`.
      let k = j;
      while (k < s.length && s[k] === '_') {
        let e = k + 1;
        while (e < s.length && !' \t()_{}[]'.includes(s[e])) e++;
        if (e === k + 1) break;
        if (knownSynset(s.slice(i + 1, e).toUpperCase())) j = e;
        k = e;
      }
    }
    const tok = s.slice(i, j);
    let e: RawElem;
    if (tok.startsWith('*') && tok.length > 1 && !/[*$%^]/.test(tok.slice(1))) {
      // `*WORD`: the verb glued to the next word (seen in CAMEO.2.0.txt); same as `* WORD`.
      elems.push({ e: { k: 'verb' }, joinLeft: joinNext });
      verbs++;
      e = { k: 'w', words: [tok.slice(1).toUpperCase()] };
    } else if (tok === '*') {
      e = { k: 'verb' };
      verbs++;
    } else if (tok === '$') e = { k: 'src' };
    else if (tok === '+') e = { k: 'tgt' };
    else if (tok === '%') e = { k: 'cmp' };
    else if (tok === '^') e = { k: 'skip' };
    else if (tok.startsWith('&')) {
      const name = tok.slice(1).toUpperCase();
      if (!/^[A-Z0-9_-]+$/.test(name)) return `bad synset reference '${tok}'`;
      e = { k: 'syn', name };
    } else if (tok.startsWith('+') && tok.length > 1) {
      // Older files write `+WORD` for a target slot glued to a word; keep both.
      elems.push({ e: { k: 'tgt' }, joinLeft: joinNext });
      e = { k: 'w', words: [tok.slice(1).toUpperCase()] };
      joinNext = true;
    } else if (/[*$%^]/.test(tok)) return `bad token '${tok}' in pattern`;
    // The first word of a `( ... )` group is its preposition.
    else e = openedAt === elems.length ? { k: 'w', words: [tok.toUpperCase()], prep: true } : { k: 'w', words: [tok.toUpperCase()] };
    elems.push({ e, joinLeft: joinNext });
    joinNext = false;
    i = j;
  }
  if (paren !== 0) return "unbalanced '('";
  if (group) return verbs > 0 ? "'*' inside a '{...}' group" : { elems };
  if (verbs !== 1) return verbs === 0 ? "pattern has no '*' (verb)" : "pattern has more than one '*'";
  return { elems };
}

/** Split `text {forms} [code]` of a verb line. */
function splitVerbLine(s: string): { head: string; forms: string[] | null; code: string | null } | string {
  let rest = s.trim();
  let code: string | null = null;
  const cm = /\[([^\]]*)\]\s*$/.exec(rest);
  if (cm) {
    code = cm[1];
    rest = rest.slice(0, cm.index).trim();
  }
  if (/[\[\]]/.test(rest)) return "unexpected '[' or ']' in verb line";
  let forms: string[] | null = null;
  const ob = rest.indexOf('{');
  if (ob >= 0) {
    const cb = rest.indexOf('}', ob);
    if (cb < 0) return "unbalanced '{' in verb line";
    if (rest.slice(cb + 1).trim() !== '') return "text after '}' in verb line";
    // Forms are separated by spaces (some lines also put commas between them).
    forms = rest.slice(ob + 1, cb).split(/[\s,]+/).filter(Boolean);
    rest = rest.slice(0, ob).trim();
  } else if (rest.includes('}')) return "unbalanced '}' in verb line";
  if (rest === '') return 'verb line without a verb';
  return { head: rest, forms, code };
}

/**
 * A dictionary word split at its hyphens as the tokenizer splits running text ("SIT-IN" -> SIT - IN,
 * "CEASE-FIRE" -> CEASE - FIRE; "ANTI-WAR", "RE-REGISTER" stay whole: EWT keeps those prefixes attached),
 * so a hyphenated member, pattern word or particle matches the tokens of a sentence.
 */
export function hyphenWords(w: string): string[] {
  if (!/[A-Z]-[A-Z]/i.test(w)) return [w];
  const parts = w.split('-');
  const out: string[] = [];
  let cur = parts[0];
  for (let i = 1; i < parts.length; i++) {
    const seg = parts[i - 1];
    const p = parts[i];
    // Only a hyphen between letters splits (not "1-0", nor a leading or trailing one).
    const letters = /[A-Z]$/i.test(seg) && /^[A-Z]/i.test(p);
    if (!letters || HYPHEN_PREFIXES.has(seg.toLowerCase())) cur += `-${p}`;
    else {
      out.push(cur, '-');
      cur = p;
    }
  }
  out.push(cur);
  return out;
}

/** A verb phrase like `+MEET_WITH`, `WIRE_+TAP`, `LASH OUT`, `ARM_`: words and the verb index. */
function parseVerbPhrase(p: string): { words: string[]; verb: number } | string {
  const raw = p.trim().split(/[\s_]+/).filter(Boolean);
  if (raw.length === 0) return 'empty verb';
  let verb = -1;
  const words: string[] = [];
  for (const w of raw) {
    let x = w;
    if (x.startsWith('+')) {
      if (verb >= 0) return `two '+' in verb '${p}'`;
      verb = words.length;
      x = x.slice(1);
    }
    if (!/^[A-Z0-9'.\-]+$/i.test(x)) return `bad word '${w}' in verb '${p}'`;
    // The verb word is the index key, one token whatever it holds; its other words match tokens.
    if (verb === words.length || (words.length === 0 && !raw.some((r) => r.startsWith('+')))) words.push(x.toUpperCase());
    else words.push(...hyphenWords(x.toUpperCase()));
  }
  return { words, verb: verb < 0 ? 0 : verb };
}

/**
 * Regular inflections of an uppercase verb: -S/-ES/-IES, -ED/-D/-IED, -ING (e dropped),
 * plus doubled final consonants (STOP -> STOPPED) since doubling cannot be told from spelling.
 */
export function regularForms(v: string): string[] {
  if (v.length < 2 || !/^[A-Z]+$/.test(v)) return [];
  const out = new Set<string>();
  const last = v[v.length - 1];
  const prev = v[v.length - 2];
  const vowel = (c: string) => 'AEIOU'.includes(c);
  if (last === 'Y' && !vowel(prev)) {
    const st = v.slice(0, -1);
    out.add(st + 'IES').add(st + 'IED').add(v + 'ING');
  } else if (last === 'E') {
    out.add(v + 'S').add(v + 'D');
    out.add(/(EE|YE|OE)$/.test(v) ? v + 'ING' : v.slice(0, -1) + 'ING');
  } else if (/(S|X|Z|CH|SH)$/.test(v)) {
    out.add(v + 'ES').add(v + 'ED').add(v + 'ING');
  } else {
    out.add(v + 'S').add(v + 'ED').add(v + 'ING');
    if (!vowel(last) && !'WXY'.includes(last) && vowel(prev) && (v.length < 3 || !vowel(v[v.length - 3]))) {
      out.add(v + last + 'ED').add(v + last + 'ING');
    }
  }
  out.delete(v);
  return [...out];
}

/** Read the raw content of one verb file, pushing problems. */
function readFile(
  file: string,
  text: string,
  synsets: Map<string, { members: string[]; file: string; line: number }>,
  blocks: RawBlock[],
  verbs: { key: string; entry: Omit<VerbEntry, 'block'>; block: number }[],
  transformations: string[],
  problems: Problem[],
  warnings: string[],
): void {
  const lines = text.split('\n');
  let mode: 'none' | 'syn' | 'block' = 'none';
  let syn: { members: string[] } | undefined;
  let block: RawBlock | undefined;
  let inHtmlComment = false;
  const bad = (line: number, msg: string): void => void problems.push({ file, line, msg });
  for (let ln = 0; ln < lines.length; ln++) {
    const lineNo = ln + 1;
    let raw = lines[ln].replace(/\r$/, '');
    if (inHtmlComment) {
      const end = raw.indexOf('-->');
      if (end < 0) continue;
      inHtmlComment = false;
      raw = raw.slice(end + 3);
    }
    // `<!-- ... -->` comments (older files); may span lines.
    while (raw.includes('<!--')) {
      const a = raw.indexOf('<!--');
      const b = raw.indexOf('-->', a + 4);
      if (b < 0) {
        inHtmlComment = true;
        raw = raw.slice(0, a);
        break;
      }
      raw = raw.slice(0, a) + raw.slice(b + 3);
    }
    const trimmedRaw = raw.trim();
    if (trimmedRaw.startsWith('---')) {
      // Block header; a comment may sit between the code and the closing `---`.
      const m = /^---\s*([^\[\]]+?)\s*((?:\[[^\]]*\]\s*)+)(?:#[^]*?)?(?:---\s*)*(?:#.*)?$/.exec(trimmedRaw);
      if (!m) {
        bad(lineNo, `malformed verb block header '${trimmedRaw}'`);
        mode = 'none';
        continue;
      }
      const codes = [...m[2].matchAll(/\[([^\]]*)\]/g)].map((x) => x[1]);
      // Some old headers carry two codes (`[120] [031:031]`); the first is the default.
      const code = parseCode(codes[0]);
      if (!code) {
        bad(lineNo, `malformed code '[${codes[0]}]' in block header`);
        mode = 'none';
        continue;
      }
      block = { name: m[1].trim().toUpperCase(), code, patterns: [], file, line: lineNo };
      blocks.push(block);
      mode = 'block';
      continue;
    }
    const line = stripComment(raw).trim();
    if (line === '') continue;
    const c0 = line[0];
    if (c0 === '~') {
      transformations.push(line);
      continue;
    }
    if (c0 === '&') {
      const name = line.slice(1).trim().replace(/_+$/, '').toUpperCase();
      if (!/^[A-Z0-9_-]+$/.test(name)) {
        bad(lineNo, `malformed synset name '${line}'`);
        mode = 'none';
        continue;
      }
      if (synsets.has(name)) bad(lineNo, `synset &${name} defined twice`);
      syn = { members: [] };
      synsets.set(name, { members: syn.members, file, line: lineNo });
      mode = 'syn';
      continue;
    }
    if (c0 === '+' && mode === 'syn' && syn) {
      const mem = line.slice(1).trim();
      if (mem === '' || /[\[\]{}()*$%^]/.test(mem)) {
        bad(lineNo, `malformed synset member '${line}'`);
        continue;
      }
      syn.members.push(mem);
      continue;
    }
    if (c0 === '-') {
      if (mode !== 'block' || !block) {
        bad(lineNo, 'pattern line outside a verb block');
        continue;
      }
      const m = /^-\s*(.*?)\s*\[([^\]]*)\]\s*$/.exec(line);
      if (!m) {
        bad(lineNo, `pattern line without a '[code]': '${line}'`);
        continue;
      }
      const code = parseCode(m[2]);
      if (!code) {
        bad(lineNo, `malformed code '[${m[2]}]'`);
        continue;
      }
      const warns: string[] = [];
      const tok = tokenizePattern(m[1], warns, false, (name) => synsets.has(name));
      for (const w of warns) warnings.push(`${file}:${lineNo}: ${w}: '${line}'`);
      if (typeof tok === 'string') {
        bad(lineNo, `${tok}: '${line}'`);
        continue;
      }
      block.patterns.push({ elems: tok.elems, code, file, line: lineNo, text: line });
      continue;
    }
    // Anything else is a verb line, which only makes sense inside a block.
    if (mode === 'syn') {
      // A bare word after a synset ends it; old files put verbs right after a header only.
      bad(lineNo, `line '${line}' inside synset (members start with '+')`);
      continue;
    }
    if (mode !== 'block' || !block) {
      bad(lineNo, `verb line '${line}' outside a verb block`);
      continue;
    }
    const vl = splitVerbLine(line);
    if (typeof vl === 'string') {
      bad(lineNo, vl);
      continue;
    }
    let code: CodePair | null = null;
    if (vl.code !== null) {
      code = parseCode(vl.code);
      if (!code) {
        bad(lineNo, `malformed code '[${vl.code}]'`);
        continue;
      }
    }
    const phrases = [vl.head, ...(vl.forms ?? [])];
    const rule = `${file}:${lineNo} ${line}`;
    for (const p of phrases) {
      // Forms of a multiword verb carry their own `+`; forms of a single verb are single words.
      const ph = parseVerbPhrase(p);
      if (typeof ph === 'string') {
        bad(lineNo, ph);
        continue;
      }
      const entry = { code, pre: ph.words.slice(0, ph.verb), post: ph.words.slice(ph.verb + 1), rule };
      verbs.push({ key: ph.words[ph.verb], block: blocks.length - 1, entry });
      // Regular inflections of the head verb are indexed too (as PETRARCH2 does), so a
      // token is found by its form even when the lemmatiser gets it wrong.
      if (p === vl.head) {
        for (const f of regularForms(ph.words[ph.verb])) verbs.push({ key: f, block: blocks.length - 1, entry });
      }
    }
  }
  if (inHtmlComment) bad(lines.length, "unterminated '<!--' comment");
}

/**
 * Read and compile verb dictionaries (each path a PETRARCH verb file, either format).
 * Throws one {@link AnnalsError} `E_DICT` listing every malformed line (file:line each);
 * its `file`/`line` are those of the first problem.
 */
export function loadVerbDictionary(paths: string[]): VerbDictionary {
  const texts = paths.map((p) => {
    try {
      return readFileSync(p, 'utf8');
    } catch (e) {
      throw new AnnalsError('E_DICT', `cannot read verb dictionary: ${(e as Error).message}`, { file: p });
    }
  });
  return compileVerbDictionary(paths.map((p, i) => ({ file: p, text: texts[i] })));
}

/** Compile verb dictionaries from in-memory text (same rules as {@link loadVerbDictionary}). */
export function compileVerbDictionary(sources: { file: string; text: string }[]): VerbDictionary {
  const problems: Problem[] = [];
  const rawSyn = new Map<string, { members: string[]; file: string; line: number }>();
  const rawBlocks: RawBlock[] = [];
  const rawVerbs: { key: string; entry: Omit<VerbEntry, 'block'>; block: number }[] = [];
  const transformations: string[] = [];
  const warnings: string[] = [];
  for (const s of sources) readFile(s.file, s.text, rawSyn, rawBlocks, rawVerbs, transformations, problems, warnings);

  // Resolve synsets (members may name other synsets); detect cycles and unknown names.
  const synsets = new Map<string, string[][]>();
  const resolving = new Set<string>();
  const resolve = (name: string, where: { file: string; line: number }): string[][] | undefined => {
    const done = synsets.get(name);
    if (done) return done;
    const def = rawSyn.get(name);
    if (!def) {
      // CAMEO.2.0.txt references a few synsets it never defines; PETRARCH loads it anyway.
      // The element then matches nothing, so the pattern can never fire: say so.
      warnings.push(`${where.file}:${where.line}: unknown synset &${name}; the pattern can never match`);
      return [];
    }
    if (resolving.has(name)) {
      problems.push({ file: def.file, line: def.line, msg: `synset &${name} contains itself` });
      return undefined;
    }
    resolving.add(name);
    const out: string[][] = [];
    for (const m of def.members) {
      if (m.startsWith('&')) {
        const sub = resolve(m.slice(1).trim().replace(/_+$/, '').toUpperCase(), def);
        if (sub) out.push(...sub);
      } else {
        // Members are matched as consecutive words whether written with spaces or `_`.
        out.push(m.split(/[\s_]+/).filter(Boolean).flatMap((w) => hyphenWords(w.toUpperCase())));
      }
    }
    resolving.delete(name);
    synsets.set(name, out);
    return out;
  };
  for (const [name, def] of rawSyn) resolve(name, def);

  const blocks: VerbBlock[] = rawBlocks.map((b) => {
    const patterns: VerbPattern[] = [];
    for (const p of b.patterns) {
      const vi = p.elems.findIndex((x) => x.e.k === 'verb');
      const conv = (x: { e: RawElem; joinLeft: boolean }, adj: boolean): PatternElem | undefined => {
        const e = x.e;
        if (e.k === 'w') {
          const words = e.words.flatMap(hyphenWords);
          return e.prep ? { k: 'w', alts: [words], adj, prep: true } : { k: 'w', alts: [words], adj };
        }
        if (e.k === 'alt') return { k: 'w', alts: e.alts.map((a) => a.flatMap(hyphenWords)), adj };
        if (e.k === 'syn') {
          const alts = resolve(e.name, p);
          return alts ? { k: 'w', alts, adj } : undefined;
        }
        if (e.k === 'verb') return undefined;
        return { k: e.k, adj };
      };
      const pre: PatternElem[] = [];
      const post: PatternElem[] = [];
      let ok = true;
      // Pre elements are adjacent to their right neighbour; post to their left one.
      for (let i = 0; i < vi; i++) {
        const c = conv(p.elems[i], p.elems[i + 1].joinLeft);
        if (!c) ok = false;
        else pre.push(c);
      }
      for (let i = vi + 1; i < p.elems.length; i++) {
        const c = conv(p.elems[i], p.elems[i].joinLeft);
        if (!c) ok = false;
        else post.push(c);
      }
      if (!ok) continue;
      // Longest alternatives first (the most specific match), indexed when there are many.
      for (const e of [...pre, ...post]) {
        if (e.k !== 'w') continue;
        e.alts = e.alts.slice().sort((x, y) => y.length - x.length);
        if (e.alts.length > 2) {
          e.byFirst = new Map();
          e.byLast = new Map();
          for (const a of e.alts) {
            const f = e.byFirst.get(a[0]) ?? [];
            f.push(a);
            e.byFirst.set(a[0], f);
            const l = e.byLast.get(a[a.length - 1]) ?? [];
            l.push(a);
            e.byLast.set(a[a.length - 1], l);
          }
        }
      }
      const required: string[] = [];
      for (const e of [...pre, ...post]) if (e.k === 'w' && e.alts.length === 1) required.push(...e.alts[0]);
      patterns.push({ pre, post, code: p.code, required, rule: `${p.file}:${p.line} ${p.text}` });
    }
    const byWord = new Map<string, number[]>();
    const always: number[] = [];
    // Key each pattern by its least common required word within the block.
    const freq = new Map<string, number>();
    for (const p of patterns) for (const w of new Set(p.required)) freq.set(w, (freq.get(w) ?? 0) + 1);
    patterns.forEach((p, id) => {
      if (p.required.length === 0) return void always.push(id);
      let key = p.required[0];
      for (const w of p.required) if (freq.get(w)! < freq.get(key)!) key = w;
      let list = byWord.get(key);
      if (!list) byWord.set(key, (list = []));
      list.push(id);
    });
    return { name: b.name, code: b.code, patterns, byWord, always, rule: `${b.file}:${b.line} --- ${b.name} ---` };
  });

  const verbs = new Map<string, VerbEntry[]>();
  for (const v of rawVerbs) {
    let list = verbs.get(v.key);
    if (!list) verbs.set(v.key, (list = []));
    list.push({ block: v.block, ...v.entry });
  }

  if (problems.length > 0) {
    problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
    const first = problems[0];
    const list = problems.map((p) => `${p.file}:${p.line}: ${p.msg}`).join('\n');
    throw new AnnalsError('E_DICT', `${problems.length} problem(s) in verb dictionary:\n${list}`, {
      file: first.file,
      line: first.line,
    });
  }
  return { verbs, blocks, synsets, transformations, warnings };
}
