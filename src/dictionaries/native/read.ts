/**
 * Reader of annals' native YAML dictionaries (docs/dictionaries.md): parses a
 * file with the `yaml` package, keeping every node's line, and validates it
 * against the schema of its `kind`, collecting every problem with file:line.
 *
 * The YAML is read with the failsafe schema: every scalar is a string, so
 * `code: 042` stays "042" and `2006-05-20` stays a date string.
 * @module
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { CodeRule } from '../actor-readers.js';
import { pieces } from '../normalize.js';
import { overlappingRanges, parseDatedCode } from './dates.js';

/** The kinds of native files. */
export type NativeKind = 'actors' | 'agents' | 'verbs' | 'synsets' | 'discards' | 'issues';

/** A problem found in a native file. */
export interface NativeProblem {
  file: string;
  line: number;
  message: string;
}

/** A string with the line it was written on. */
export interface Located {
  text: string;
  line: number;
}

/** An actor entry: names and (dated) codes. */
export interface NativeActor {
  line: number;
  names: Located[];
  codes: (CodeRule & { line: number; text: string })[];
  note?: string;
}

/** An agent entry: words composing with a country. `prefix`: the agent code goes first (`[CODE~]`). */
export interface NativeAgent {
  line: number;
  code: string;
  prefix: boolean;
  words: Located[];
}

/** A verb entry = one PETRARCH verb block. `code` null = no event without a pattern. */
export interface NativeVerbs {
  line: number;
  name: string | null;
  code: string | null;
  verbs: Located[];
  patterns: { pattern: string; code: string | null; line: number }[];
  note?: string;
}

/** A synonym set. */
export interface NativeSynset {
  name: string;
  line: number;
  members: Located[];
}

/** A discard phrase: `sentence` drops the sentence, `story` the document. */
export interface NativeDiscard {
  phrase: string;
  level: 'sentence' | 'story';
  line: number;
}

/**
 * Issue phrases of one category. `phrases` code `code`; `not` phrases block the
 * issue phrases they overlap (PETRARCH `~phrase`); `block` phrases block the
 * whole category in their sentence (`~~phrase`).
 */
export interface NativeIssue {
  line: number;
  category: string;
  code: string | null;
  phrases: Located[];
  not: Located[];
  block: Located[];
}

/** One native file, read and validated. */
export interface NativeFile {
  file: string;
  kind: NativeKind;
  actors: NativeActor[];
  agents: NativeAgent[];
  verbs: NativeVerbs[];
  synsets: NativeSynset[];
  discards: NativeDiscard[];
  issues: NativeIssue[];
}

const KINDS: readonly NativeKind[] = ['actors', 'agents', 'verbs', 'synsets', 'discards', 'issues'];
/** Event codes: CAMEO digits (a letter, `!` or `?` suffix is tolerated, as PETRARCH files have them), `a:b` pairs, `---` none. */
const EVENT_CODE = /^(?:---|\d{2,4}[A-Z]?[!?]?)?(?::(?:---|\d{2,4}[A-Z]?[!?]?))?$/;
const AGENT_CODE = /^(?:[A-Z0-9]{3})+$/;
/** Words a verb may be written with (the PETRARCH verb reader's alphabet). */
const VERB_WORD = /^\+?[A-Za-z0-9'.-]+$/;
const SYNSET_NAME = /^[A-Z0-9_-]+$/;

/** Read the YAML null spellings as null (failsafe keeps them as strings). */
function isNullText(s: string): boolean {
  return s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL' || s === '---';
}

/**
 * Parse and validate a native dictionary. Problems are pushed to `problems`;
 * the entries that are valid are returned (null when the file is unusable).
 * @example
 * const problems: NativeProblem[] = [];
 * readNative('kind: synsets\nentries:\n  TIES: [ties, relations]\n', 'a.yaml', problems)?.synsets[0].members.length // 2
 */
export function readNative(text: string, file: string, problems: NativeProblem[]): NativeFile | null {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, schema: 'failsafe', uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): number => lc.linePos(offset).line;
  const lineOf = (n: Node | Pair | null | undefined, fallback = 1): number => {
    const node = n && 'range' in n ? n : n && 'key' in n ? (n.key as Node) : null;
    return node?.range ? at(node.range[0]) : fallback;
  };
  const bad = (line: number, message: string): void => void problems.push({ file, line, message });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const msg = e.message.split('\n')[0];
      // The pattern language's `*` and `&` are YAML alias/anchor marks: the usual authoring slip.
      const hint = /alias|anchor/i.test(msg) ? ' (quote values that start with * or &, e.g. "* (to +)")' : '';
      bad(at(e.pos[0]), `YAML: ${msg}${hint}`);
    }
    return null;
  }
  const root = doc.contents;
  if (!isMap(root)) {
    bad(lineOf(root), 'a native dictionary is a mapping with "kind" and "entries"');
    return null;
  }
  const str = (n: unknown, line: number, what: string): string | null => {
    if (isScalar(n) && typeof n.value === 'string') return n.value.trim();
    bad(line, `${what} must be a single value`);
    return null;
  };
  /** A list of strings (a scalar alone counts as a one-item list). */
  const strList = (n: unknown, line: number, what: string): Located[] | null => {
    if (isScalar(n)) {
      const s = str(n, line, what);
      if (s !== null && s.replace(/\{[^}]*\}/g, '').includes(',')) {
        bad(lineOf(n as Node, line), `${what} is one value with commas; write a list: [${s}]`);
        return null;
      }
      return s === null ? null : [{ text: s, line: lineOf(n as Node, line) }];
    }
    if (!isSeq(n)) {
      bad(line, `${what} must be a list`);
      return null;
    }
    const out: Located[] = [];
    for (const it of n.items) {
      const l = lineOf(it as Node, line);
      const s = str(it, l, `each of ${what}`);
      if (s === null) continue;
      if (s === '') bad(l, `empty item in ${what}`);
      else out.push({ text: s, line: l });
    }
    return out;
  };

  let kind: NativeKind | null = null;
  let entries: unknown = null;
  let entriesLine = 1;
  for (const p of root.items) {
    const k = isScalar(p.key) ? String(p.key.value) : '';
    const l = lineOf(p);
    if (k === 'kind') {
      const v = str(p.value, l, 'kind');
      if (v !== null && (KINDS as readonly string[]).includes(v)) kind = v as NativeKind;
      else if (v !== null) bad(l, `unknown kind "${v}" (expected ${KINDS.join(', ')})`);
    } else if (k === 'entries') {
      entries = p.value;
      entriesLine = l;
    } else if (k !== 'note' && k !== 'source' && k !== 'license') {
      bad(l, `unknown top-level key "${k}" (expected kind, entries, note, source, license)`);
    }
  }
  if (kind === null) {
    if (!root.items.some((p) => isScalar(p.key) && p.key.value === 'kind')) bad(lineOf(root), 'missing "kind"');
    return null;
  }
  const out: NativeFile = { file, kind, actors: [], agents: [], verbs: [], synsets: [], discards: [], issues: [] };
  if (entries === null || entries === undefined) {
    bad(entriesLine, 'missing "entries"');
    return out;
  }

  if (kind === 'synsets') {
    if (!isMap(entries)) {
      bad(entriesLine, 'synset entries are a mapping NAME: [members]');
      return out;
    }
    for (const p of entries.items) {
      const l = lineOf(p);
      const name = isScalar(p.key) ? String(p.key.value).replace(/^&/, '') : '';
      if (!SYNSET_NAME.test(name)) {
        bad(l, `bad synset name "${name}" (upper-case letters, digits, _ and -)`);
        continue;
      }
      const members = strList(p.value, l, `members of &${name}`);
      if (!members) continue;
      const ok = members.filter((m) => {
        if (/[[\]{}()*$%^#;]/.test(m.text) || (m.text.startsWith('&') && !SYNSET_NAME.test(m.text.slice(1)))) {
          bad(m.line, `bad synset member "${m.text}"`);
          return false;
        }
        return true;
      });
      if (ok.length === 0 && members.length === 0) bad(l, `synset &${name} is empty`);
      out.synsets.push({ name, line: l, members: ok });
    }
    return out;
  }

  if (!isSeq(entries)) {
    bad(entriesLine, '"entries" must be a list');
    return out;
  }
  for (const item of entries.items) {
    const el = lineOf(item as Node, entriesLine);
    if (kind === 'discards' && isScalar(item)) {
      const s = str(item, el, 'discard');
      if (s) out.discards.push({ phrase: s, level: 'sentence', line: el });
      continue;
    }
    if (!isMap(item)) {
      bad(el, `each ${kind} entry must be a mapping`);
      continue;
    }
    const fields = new Map<string, { value: unknown; line: number }>();
    for (const p of item.items) fields.set(isScalar(p.key) ? String(p.key.value) : '', { value: p.value, line: lineOf(p, el) });
    const allowed: Record<NativeKind, string[]> = {
      actors: ['code', 'codes', 'names', 'note'],
      agents: ['code', 'words', 'prefix', 'note'],
      verbs: ['code', 'name', 'verbs', 'patterns', 'note'],
      synsets: [],
      discards: ['phrase', 'level', 'note'],
      issues: ['category', 'code', 'phrases', 'not', 'block', 'note'],
    };
    for (const [k, f] of fields) if (!allowed[kind].includes(k)) bad(f.line, `unknown key "${k}" in ${kind} entry (expected ${allowed[kind].join(', ')})`);
    const note = fields.get('note');
    const noteText = note ? (str(note.value, note.line, 'note') ?? undefined) : undefined;

    if (kind === 'actors') {
      const names = fields.get('names');
      const nameList = names ? strList(names.value, names.line, 'names') : null;
      if (!names) bad(el, 'actor entry without "names"');
      const codeTexts: Located[] = [];
      const one = fields.get('code');
      const many = fields.get('codes');
      if (many) codeTexts.push(...(strList(many.value, many.line, 'codes') ?? []));
      let fallback: NativeActor['codes'][number] | null = null;
      if (one) {
        const c = str(one.value, one.line, 'code (use "codes" for several)');
        const r = c === null ? null : parseDatedCode(c);
        if (typeof r === 'string') bad(one.line, r);
        else if (r && r.dated) bad(one.line, `"code" is undated; put dated codes under "codes"`);
        else if (r && c !== null) fallback = { ...r, line: one.line, text: c };
      } else if (!many) bad(el, 'actor entry without "code" or "codes"');
      const codes: NativeActor['codes'] = [];
      for (const c of codeTexts) {
        const r = parseDatedCode(c.text);
        if (typeof r === 'string') bad(c.line, r);
        else codes.push({ ...r, line: c.line, text: c.text });
      }
      // With "codes", "code" is the undated default: listed there too, or added last.
      if (fallback) {
        const u = codes.find((c) => !c.dated);
        if (!u) codes.push(fallback);
        else if (u.code !== fallback.code) bad(u.line, `undated code ${u.code} differs from "code: ${fallback.code}" (line ${fallback.line})`);
      }
      for (const [i, j] of overlappingRanges(codes)) {
        bad(codes[j].line, `date range of "${codes[j].text}" overlaps "${codes[i].text}" (line ${codes[i].line})`);
      }
      const undated = codes.filter((c) => !c.dated);
      if (undated.length > 1) bad(undated[1].line, `several undated codes; only the first ("${undated[0].text}") would ever apply`);
      const good = (nameList ?? []).filter((n) => {
        if (pieces(n.text).length === 0) {
          bad(n.line, `name "${n.text}" has no letters or digits`);
          return false;
        }
        return true;
      });
      if (nameList && nameList.length === 0) bad(names!.line, 'actor entry with an empty "names" list');
      if (good.length > 0 && codes.length > 0) out.actors.push({ line: el, names: good, codes, note: noteText });
    } else if (kind === 'agents') {
      const c = fields.get('code');
      const code = c ? str(c.value, c.line, 'code') : null;
      if (!c) bad(el, 'agent entry without "code"');
      else if (code !== null && !AGENT_CODE.test(code)) bad(c.line, `bad agent code "${code}" (upper-case letters or digits in groups of three, e.g. GOV, GOVMIL)`);
      const w = fields.get('words');
      if (!w) bad(el, 'agent entry without "words"');
      const words = w ? strList(w.value, w.line, 'words') : null;
      const pf = fields.get('prefix');
      let prefix = false;
      if (pf) {
        const v = str(pf.value, pf.line, 'prefix');
        if (v === 'true' || v === 'false') prefix = v === 'true';
        else if (v !== null) bad(pf.line, 'prefix must be true or false');
      }
      const good = (words ?? []).filter((x) => {
        if (pieces(x.text).length === 0) {
          bad(x.line, `agent word "${x.text}" has no letters or digits`);
          return false;
        }
        if (/[{}]/.test(x.text) && !/^[^{}]+\{\s*\}$/.test(x.text)) {
          bad(x.line, `agent word "${x.text}": list irregular plurals as words; a trailing {} marks a word without plural`);
          return false;
        }
        return true;
      });
      if (code !== null && AGENT_CODE.test(code) && good.length > 0) out.agents.push({ line: el, code, prefix, words: good });
    } else if (kind === 'issues') {
      const cat = fields.get('category');
      const category = cat ? str(cat.value, cat.line, 'category') : null;
      if (!cat) bad(el, 'issue entry without "category"');
      else if (category !== null && !/^[A-Z0-9_-]+$/.test(category)) bad(cat.line, `bad category "${category}" (upper-case letters, digits, _ and -)`);
      const c = fields.get('code');
      const code = c ? str(c.value, c.line, 'code') : null;
      if (code !== null && !/^[A-Z0-9_-]+$/.test(code)) bad(c!.line, `bad issue code "${code}" (upper-case letters, digits, _ and -)`);
      const list = (k: string): Located[] => {
        const f = fields.get(k);
        const xs = f ? (strList(f.value, f.line, k) ?? []) : [];
        return xs.filter((x) => {
          // `n:word` also matches the word's plural, as in PETRARCH issue files.
          if (!/[\p{L}\p{N}]/u.test(x.text) || /[[\]<>#;~]/.test(x.text)) {
            bad(x.line, `bad issue phrase "${x.text}" (words; [ ] < > # ; ~ are not allowed)`);
            return false;
          }
          return true;
        });
      };
      const phrases = list('phrases');
      const not = list('not');
      const block = list('block');
      if (phrases.length > 0 && !c) bad(el, 'issue entry with "phrases" needs a "code"');
      if (phrases.length + not.length + block.length === 0) bad(el, 'issue entry without "phrases", "not" or "block"');
      if (category && /^[A-Z0-9_-]+$/.test(category) && (code === null || /^[A-Z0-9_-]+$/.test(code)) && (phrases.length === 0 || code)) {
        out.issues.push({ line: el, category, code, phrases, not, block });
      }
    } else if (kind === 'discards') {
      const p = fields.get('phrase');
      const phrase = p ? str(p.value, p.line, 'phrase') : null;
      if (!p) bad(el, 'discard entry without "phrase"');
      const lv = fields.get('level');
      const level = lv ? str(lv.value, lv.line, 'level') : 'sentence';
      if (level !== null && level !== 'sentence' && level !== 'story') bad(lv!.line, 'level must be sentence or story');
      else if (phrase && level) out.discards.push({ phrase, level, line: el });
    } else {
      const ve: NativeVerbs = { line: el, name: null, code: null, verbs: [], patterns: [], note: noteText };
      let ok = true;
      const c = fields.get('code');
      if (!c) {
        bad(el, 'verb entry without "code" (write code: null for no default event)');
        ok = false;
      } else {
        const code = str(c.value, c.line, 'code');
        if (code === null) ok = false;
        else if (!isNullText(code)) {
          if (!EVENT_CODE.test(code)) {
            bad(c.line, `bad event code "${code}" (CAMEO digits, "a:b" for a reverse code, or null)`);
            ok = false;
          } else ve.code = code;
        }
      }
      const nm = fields.get('name');
      if (nm) {
        const n = str(nm.value, nm.line, 'name');
        if (n !== null && /^[A-Za-z0-9 _'-]+$/.test(n)) ve.name = n;
        else if (n !== null) bad(nm.line, `bad entry name "${n}" (letters, digits, spaces, _ ' -)`);
      }
      const v = fields.get('verbs');
      if (!v) {
        bad(el, 'verb entry without "verbs"');
        ok = false;
      }
      for (const x of (v ? strList(v.value, v.line, 'verbs') : null) ?? []) {
        const problem = checkVerb(x.text);
        if (problem) {
          bad(x.line, problem);
          ok = false;
        } else ve.verbs.push(x);
      }
      const ps = fields.get('patterns');
      if (ps && ps.value !== null && !(isScalar(ps.value) && isNullText(String(ps.value.value)))) {
        if (!isMap(ps.value)) {
          bad(ps.line, 'patterns are a mapping "pattern": code');
          ok = false;
        } else {
          for (const p of ps.value.items) {
            const l = lineOf(p, ps.line);
            const pat = isScalar(p.key) ? String(p.key.value).trim() : '';
            const code = str(p.value, l, `code of pattern "${pat}"`);
            if (code === null) continue;
            if (/[[\]#;]/.test(pat)) bad(l, `pattern "${pat}" has a character the pattern language does not allow ([ ] # ;)`);
            else if (!pat.includes('*')) bad(l, `pattern "${pat}" has no "*" (the verb)`);
            else if (!isNullText(code) && !EVENT_CODE.test(code)) bad(l, `bad event code "${code}" for pattern "${pat}"`);
            else {
              ve.patterns.push({ pattern: pat, code: isNullText(code) ? null : code, line: l });
              continue;
            }
            ok = false;
          }
        }
      }
      if (ok) out.verbs.push(ve);
    }
  }
  return out;
}

/** `words {forms} [code]`: the parts of a native verb string. */
const VERB_RE = /^([^{}[\]]+?)\s*(?:\{([^{}]*)\})?\s*(?:\[([^[\]]*)\])?$/;

/** Why a native verb string is malformed, or null: `word word`, one optional `+` marking the verb, `{forms, ...}`, `[code]`. */
function checkVerb(s: string): string | null {
  const m = VERB_RE.exec(s);
  if (!m) return `malformed verb "${s}" (expected: words, irregular forms in {...}, a code of its own in [...])`;
  if (m[3] !== undefined && !isNullText(m[3].trim()) && !EVENT_CODE.test(m[3].trim())) return `bad event code "${m[3]}" in verb "${s}"`;
  const forms = [m[1], ...(m[2] ? splitForms(m[1], m[2]) : [])];
  for (const f of forms) {
    const words = f.split(/\s+/).filter(Boolean);
    if (words.length === 0) return `empty form in verb "${s}"`;
    const bw = words.find((w) => !VERB_WORD.test(w));
    if (bw) return `bad word "${bw}" in verb "${s}"`;
    if (words.filter((w) => w.startsWith('+')).length > 1) return `two "+" in verb "${s}"`;
  }
  return null;
}

/** Irregular forms in braces: comma-separated; a one-word verb may also separate them with spaces. */
export function splitForms(head: string, inner: string): string[] {
  const single = head.trim().split(/\s+/).length === 1;
  return inner
    .split(single ? /[\s,]+/ : /,/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/**
 * The parts of a native verb string: head words, verb word index, irregular
 * forms, and its own code (undefined: the entry's; null: no event).
 */
export function parseNativeVerb(s: string): { words: string[]; verb: number; forms: string[][]; code?: string | null } {
  const m = VERB_RE.exec(s.trim());
  const head = m ? m[1] : s;
  const split = (f: string): string[] => f.split(/\s+/).filter(Boolean);
  const code = m && m[3] !== undefined ? (isNullText(m[3].trim()) ? null : m[3].trim()) : undefined;
  return {
    words: split(head).map((w) => w.replace(/^\+/, '')),
    verb: Math.max(0, split(head).findIndex((w) => w.startsWith('+'))),
    forms: m && m[2] ? splitForms(head, m[2]).map(split) : [],
    ...(code !== undefined ? { code } : {}),
  };
}
