/**
 * Authoring-side reader for annals' own verb knowledge base (`data/kb/verbs/*.yaml`,
 * `data/kb/synsets/*.yaml`, native format of docs/dictionaries.md). It parses and
 * validates the files more strictly than the production reader (lowercase words,
 * exact CAMEO codes, no nested synsets, full-phrase irregular forms of multiword
 * verbs) and exposes the entries for coverage counts. Compiling is left to
 * `loadDictionaries` (src/dictionaries).
 * @module
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, LineCounter, isMap, isSeq, isScalar, isPair, type Node as YNode } from 'yaml';
import { AnnalsError } from '../errors.js';
import { CAMEO_CODES } from '../events/cameo.js';

/** One verb entry of a `kind: verbs` file. */
export interface KbVerbEntry {
  /** Default CAMEO code, or null (no event unless a pattern matches). */
  code: string | null;
  /** Verb phrases as written (lowercase, optional `{irregular forms}`). */
  verbs: string[];
  /** Pattern text -> code (null = explicitly no event). */
  patterns: { text: string; code: string | null; line: number }[];
  file: string;
  line: number;
}

/** The whole verb KB as read. */
export interface VerbKb {
  entries: KbVerbEntry[];
  /** Synset name (no `&`) -> members, with where it was defined. */
  synsets: Map<string, { members: string[]; file: string; line: number }>;
}

/** Default KB folder: `<package>/data/kb` (works from `src/` and `dist/`). */
export function defaultKbDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'kb');
}

/** A CAMEO code the KB may use: listed in the codebook (exact, no parent fallback). */
export function isCameoCode(code: string): boolean {
  return CAMEO_CODES.has(code);
}

/** Head word, particles and irregular forms of a verb phrase like `"break off {broke broken}"`. */
export interface VerbPhrase {
  /** Words of the phrase, lowercase; the first word is the verb. */
  words: string[];
  /** Irregular forms of the head verb given in braces. */
  forms: string[];
}

/** Parse a verb phrase; returns an error message when malformed. */
export function parseVerbPhrase(s: string): VerbPhrase | string {
  let rest = s.trim();
  let forms: string[] = [];
  const ob = rest.indexOf('{');
  if (ob >= 0) {
    const cb = rest.indexOf('}', ob);
    if (cb < 0 || rest.slice(cb + 1).trim() !== '') return `malformed braces in verb '${s}'`;
    const inner = rest.slice(ob + 1, cb);
    rest = rest.slice(0, ob).trim();
    const multi = rest.split(/\s+/).length > 1;
    // A multiword verb's forms are whole phrases, comma-separated ("fly to {flew to, flown to}").
    const fs = inner.split(multi ? /,/ : /[\s,]+/).map((f) => f.trim()).filter(Boolean);
    if (fs.length === 0) return `empty braces in verb '${s}'`;
    for (const f of fs) {
      if (f.split(/\s+/).length !== rest.split(/\s+/).length) return `form '${f}' of '${rest}' must be the whole phrase`;
      forms.push(...f.split(/\s+/));
    }
  }
  const words = rest.split(/\s+/).filter(Boolean);
  if (words.length === 0) return 'empty verb';
  for (const w of [...words, ...forms]) {
    if (!/^[a-z][a-z'\-]*$/.test(w)) return `bad word '${w}' in verb '${s}' (lowercase letters, - and ' only)`;
  }
  return { words, forms };
}

// (Also the possessive "'s" as a word of its own, as the tokenizer splits it: "* 's government".)
const WORD_RE = /^(?:[a-z0-9][a-z0-9'.\-]*|'s)$/i;

/**
 * Words that may open a `( ... )` group. The coder reads such a group as a prepositional
 * phrase whose first word must be tagged ADP, so "(to resign)" (infinitival "to") or
 * "(the release)" would never match: write those words without parentheses.
 */
export const PREPOSITIONS: ReadonlySet<string> = new Set(
  'on with for of against in into from at by over under as about between among outside behind around near along despite to toward towards across through without within upon onto after before amid during via off out up down'.split(' '),
);
const TO_OBJECT = /^(the|a|an|its|their|his|her|this|that|these|those|\+|\$|&.*)$/;

/**
 * Check a pattern's syntax: exactly one `*`, balanced `( )` and `{ }`, known tokens,
 * synsets that exist. Returns the synset names used, or an error message.
 */
export function checkPattern(p: string, synsets: ReadonlySet<string>): { synsets: string[] } | string {
  let paren = 0;
  let brace = 0;
  let verbs = 0;
  const used: string[] = [];
  const toks = p.replace(/([(){}|])/g, ' $1 ').split(/\s+/).filter(Boolean);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t === '(') {
      paren++;
      const a = toks[i + 1] ?? '';
      if (!PREPOSITIONS.has(a)) return `'(' must open with a preposition, not '${a}' (drop the parentheses)`;
      if (a === 'to' && toks[i + 2] !== ')' && !TO_OBJECT.test(toks[i + 2] ?? '')) return "'(to VERB ...)' is an infinitive, not a prepositional phrase (drop the parentheses)";
    }
    else if (t === ')') {
      if (--paren < 0) return "unbalanced ')'";
    } else if (t === '{') {
      if (brace++ > 0) return "nested '{'";
    } else if (t === '}') {
      if (--brace < 0) return "unbalanced '}'";
    } else if (t === '|') {
      if (brace === 0) return "'|' outside '{ }'";
    } else if (t === '*' || t === '_*') {
      // `_*`: the verb must follow the element before it directly ("&ARTILLERY _*").
      if (brace > 0) return "'*' inside '{ }'";
      verbs++;
    } else if (t === '+' || t === '$' || t === '%' || t === '^' || t === '+_' || (t.startsWith('+_') && t.slice(2).split('_').every((w) => WORD_RE.test(w)))) {
      // actor slots; `+_`: the next element must follow the target directly ("* +_(on &WEEKDAY)", "* +_to")
    } else if (t.startsWith('&')) {
      const name = t.slice(1);
      if (!/^[A-Z][A-Z0-9_]*$/.test(name)) return `bad synset reference '${t}' (uppercase)`;
      if (!synsets.has(name)) return `unknown synset '${t}'`;
      used.push(name);
    } else if (t.split('_').every((w) => WORD_RE.test(w))) {
      if (t !== t.toLowerCase()) return `word '${t}' should be lowercase`;
    } else return `bad token '${t}'`;
  }
  if (paren !== 0) return "unbalanced '('";
  if (brace !== 0) return "unbalanced '{'";
  if (verbs !== 1) return verbs === 0 ? "no '*' (verb)" : "more than one '*'";
  if (toks.length === 1) return "pattern is only '*'";
  return { synsets: used };
}

type Problem = { file: string; line: number; msg: string };

/**
 * A CAMEO code ("042"), or a pair for the two directions ("032:033"; ":190" codes only the reverse, target -> source:
 * "came under fire from X"), or null (no event); undefined when malformed.
 */
function codeOf(n: unknown): string | null | undefined {
  if (n === null) return null;
  if (typeof n !== 'string') return undefined;
  const one = (c: string): boolean => /^\d{2,4}$/.test(c) && isCameoCode(c);
  if (one(n)) return n;
  const m = /^(\d{2,4})?:(\d{2,4})$/.exec(n);
  if (m && (m[1] === undefined || one(m[1])) && one(m[2])) return n;
  return undefined;
}

/** Read one KB file (verbs or synsets) into `kb`, collecting problems. */
function readFile(file: string, text: string, kb: VerbKb, problems: Problem[], want: 'verbs' | 'synsets'): void {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true });
  const lineOf = (n: YNode | null | undefined): number => (n?.range ? lc.linePos(n.range[0]).line : 1);
  const bad = (n: YNode | null | undefined, msg: string): void => void problems.push({ file, line: lineOf(n), msg });
  for (const e of doc.errors) problems.push({ file, line: e.linePos?.[0].line ?? 1, msg: e.message.split('\n')[0] });
  if (doc.errors.length > 0) return;
  const root = doc.contents;
  if (!isMap(root)) return bad(root, 'top level must be a mapping with kind and entries');
  const kind: unknown = root.get('kind');
  if (kind !== want) return bad(root, `kind must be '${want}' (got '${String(kind)}')`);
  for (const it of root.items) {
    const k = isScalar(it.key) ? it.key.value : undefined;
    if (k !== 'kind' && k !== 'entries') bad(it.key as YNode, `unknown top-level key '${String(k)}'`);
  }
  const entries = root.get('entries', true) as YNode | undefined;
  if (want === 'synsets') {
    if (!isMap(entries)) return bad(entries ?? root, 'entries must be a mapping NAME: [members]');
    for (const it of entries.items) {
      const name = isScalar(it.key) ? String(it.key.value) : '';
      if (!/^[A-Z][A-Z0-9_]*$/.test(name)) bad(it.key as YNode, `bad synset name '${name}' (UPPERCASE)`);
      if (kb.synsets.has(name)) bad(it.key as YNode, `synset ${name} defined twice`);
      const v = it.value as YNode;
      if (!isSeq(v) || v.items.length === 0) {
        bad(v ?? (it.key as YNode), `synset ${name} must be a non-empty list`);
        continue;
      }
      const members: string[] = [];
      const seen = new Set<string>();
      for (const m of v.items) {
        const s = isScalar(m) ? m.value : undefined;
        if (typeof s !== 'string' || !/^[a-z0-9][a-z0-9'.\- ]*$/.test(s)) {
          bad(m as YNode, `bad member '${String(s)}' in synset ${name} (lowercase words; sets do not nest)`);
          continue;
        }
        if (seen.has(s)) bad(m as YNode, `duplicate member '${s}' in synset ${name}`);
        seen.add(s);
        members.push(s);
      }
      kb.synsets.set(name, { members, file, line: lineOf(it.key as YNode) });
    }
    return;
  }
  if (!isSeq(entries)) return bad(entries ?? root, 'entries must be a list');
  for (const en of entries.items) {
    if (!isMap(en)) {
      bad(en as YNode, 'an entry must be a mapping');
      continue;
    }
    const line = lineOf(en);
    for (const it of en.items) {
      const k = isScalar(it.key) ? it.key.value : undefined;
      if (k !== 'code' && k !== 'verbs' && k !== 'patterns') bad(it.key as YNode, `unknown key '${String(k)}'`);
    }
    if (!en.has('code')) bad(en, 'entry without code (use code: null for light verbs)');
    const cn = en.get('code', true) as YNode | undefined;
    const rawCode: unknown = isScalar(cn) ? cn.value : cn;
    const code = codeOf(rawCode);
    if (code === undefined) bad(en.get('code', true) as YNode, `'${String(rawCode)}' is not a CAMEO code (quote it: "042")`);
    const vs = en.get('verbs', true) as YNode | undefined;
    const verbs: string[] = [];
    if (!isSeq(vs) || vs.items.length === 0) bad(vs ?? en, 'verbs must be a non-empty list');
    else
      for (const v of vs.items) {
        const s = isScalar(v) ? v.value : undefined;
        if (typeof s !== 'string') {
          bad(v as YNode, 'verb must be a string');
          continue;
        }
        const ph = parseVerbPhrase(s);
        if (typeof ph === 'string') bad(v as YNode, ph);
        else verbs.push(s.trim());
      }
    const ps = en.get('patterns', true) as YNode | undefined;
    const patterns: KbVerbEntry['patterns'] = [];
    if (ps !== undefined) {
      if (!isMap(ps)) bad(ps, 'patterns must be a mapping "pattern": "code"');
      else
        for (const it of ps.items) {
          if (!isPair(it)) continue;
          const t = isScalar(it.key) ? it.key.value : undefined;
          const pv = isScalar(it.value) ? it.value.value : undefined;
          const pc = codeOf(pv);
          if (typeof t !== 'string') bad(it.key as YNode, 'pattern must be a string');
          else if (pc === undefined) bad(it.value as YNode, `'${String(pv)}' is not a CAMEO code (quote it)`);
          else patterns.push({ text: t, code: pc, line: lineOf(it.key as YNode) });
        }
    }
    if (code === null && patterns.length === 0) bad(en, 'code: null entry without patterns can never code anything');
    kb.entries.push({ code: code ?? null, verbs, patterns, file, line });
  }
}

/** List `*.yaml` in a directory, sorted (missing directory = none). */
function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Read and validate the verb KB (`<dir>/verbs/*.yaml`, `<dir>/synsets/*.yaml`).
 * Throws one {@link AnnalsError} `E_DICT` listing every problem (file:line each).
 */
export function loadVerbKb(dir: string = defaultKbDir()): VerbKb {
  const kb: VerbKb = { entries: [], synsets: new Map() };
  const problems: Problem[] = [];
  for (const f of yamlFiles(join(dir, 'synsets'))) readFile(f, readFileSync(f, 'utf8'), kb, problems, 'synsets');
  for (const f of yamlFiles(join(dir, 'verbs'))) readFile(f, readFileSync(f, 'utf8'), kb, problems, 'verbs');
  const names = new Set(kb.synsets.keys());
  for (const [name, s] of kb.synsets)
    for (const m of s.members)
      if (m.startsWith('&') && !names.has(m.slice(1)))
        problems.push({ file: s.file, line: s.line, msg: `synset ${name} includes unknown ${m}` });
  for (const e of kb.entries)
    for (const p of e.patterns) {
      const r = checkPattern(p.text, names);
      if (typeof r === 'string') problems.push({ file: e.file, line: p.line, msg: `${r}: '${p.text}'` });
    }
  if (problems.length > 0) {
    const list = problems.map((p) => `${p.file}:${p.line}: ${p.msg}`).join('\n');
    throw new AnnalsError('E_DICT', `${problems.length} problem(s) in verb KB:\n${list}`, problems[0]);
  }
  return kb;
}
