/**
 * Readers for the actor-side PETRARCH/TABARI dictionary formats: actors,
 * agents, discards and issues. They turn text into typed entries and collect
 * every problem with its file and line; compiling is done elsewhere.
 *
 * Two kinds of problems:
 * - `fatal`: the line cannot be understood at all (an orphan code block, an
 *   undefined `!MACRO!`, a phrase with no words...). Loading fails.
 * - recovered (`fatal: false`): the line is readable with a documented repair
 *   that the released Phoenix files need (a malformed date drops that one code,
 *   `[~ENV}` is read as `[~ENV]`, a phrase without any code is ignored). These
 *   are kept as warnings on the result, never dropped silently; `strict`
 *   loading turns them into errors.
 * @module
 */

/** A problem found while reading, with its location. */
export interface DictProblem {
  file: string;
  line: number;
  message: string;
  fatal: boolean;
}

/** One code of an actor entry, valid between `from` and `to` (yyyymmdd, inclusive). */
export interface CodeRule {
  code: string;
  from: number;
  to: number;
  /** False for the undated default code. */
  dated: boolean;
}

/** A phrase (base or `+` synonym) of an actor entry. */
export interface ActorPhrase {
  phrase: string;
  line: number;
}

/** An actor entry: a base phrase, its synonyms and its (date-restricted) codes. */
export interface ActorDef {
  file: string;
  line: number;
  phrases: ActorPhrase[];
  codes: CodeRule[];
}

/** An agent phrase: `[~COP]` is a suffix agent (IRQ + COP), `[IGO~]` a prefix one. */
export interface AgentDef {
  file: string;
  line: number;
  /** Phrase as written, after `!MACRO!` expansion. */
  phrase: string;
  code: string;
  prefix: boolean;
  /** True for plurals made by the regular-noun rule (explicit phrases win over them). */
  generated: boolean;
  /** The line has `{}`: the noun takes no plural. */
  noPlural: boolean;
}

/** A discard phrase: `sentence` blocks the sentence, `story` the whole document. */
export interface DiscardDef {
  file: string;
  line: number;
  phrase: string;
  level: 'sentence' | 'story';
}

/**
 * An issue phrase. `negative` 0 = codes the issue; 1 (`~phrase`) = blocks issue
 * phrases it overlaps; 2 (`~~phrase`) = blocks the whole category in the document
 * (the Phoenix file lists there the expansions of ambiguous acronyms: "emacs code browser" = ECB).
 */
export interface IssueDef {
  file: string;
  line: number;
  category: string;
  code: string;
  phrase: string;
  negative: 0 | 1 | 2;
}

const NO_END = 99999999;

/** Removes `<!-- ... -->` comments (possibly multi-line) and `#` comments, keeping line numbers. */
function* contentLines(text: string, file: string, problems: DictProblem[]): Generator<[string, number, boolean]> {
  const lines = text.split(/\r?\n/);
  let inXml = false;
  let xmlStart = 0;
  for (let i = 0; i < lines.length; i++) {
    let s = lines[i];
    if (i === 0 && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    let out = '';
    for (;;) {
      if (inXml) {
        const e = s.indexOf('-->');
        if (e < 0) {
          s = '';
          break;
        }
        s = s.slice(e + 3);
        inXml = false;
        continue;
      }
      // `<!--` and the odd `<! --` seen in the validation files.
      const m = /<!\s*--/.exec(s);
      if (!m) {
        out += s;
        break;
      }
      out += s.slice(0, m.index);
      s = s.slice(m.index + m[0].length);
      inXml = true;
      xmlStart = i + 1;
    }
    const hash = out.indexOf('#');
    if (hash >= 0) out = out.slice(0, hash);
    yield [out.replace(/\s+$/, ''), i + 1, /^\s*$/.test(lines[i])];
  }
  if (inXml) problems.push({ file, line: xmlStart, message: 'unterminated <!-- comment', fatal: true });
}

/**
 * Parse a yymmdd or yyyymmdd date. Six-digit years 00-30 are 20yy and 31-99 are
 * 19yy (the KEDS/TABARI/PETRARCH convention; the Phoenix files use 6-digit years
 * 00-14 and 31-99 only, and write earlier dates such as 1927 with 8 digits).
 */
export function parseDictDate(s: string): number | null {
  if (!/^\d{6}$|^\d{8}$/.test(s)) return null;
  let y: number;
  let md: number;
  if (s.length === 6) {
    const yy = Number(s.slice(0, 2));
    y = yy <= 30 ? 2000 + yy : 1900 + yy;
    md = Number(s.slice(2));
  } else {
    y = Number(s.slice(0, 4));
    md = Number(s.slice(4));
  }
  const m = Math.floor(md / 100);
  const d = md % 100;
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return y * 10000 + md;
}

const CODE_RE = /^[A-Za-z0-9\-+#/]+$/;

/**
 * Parse the inside of one `[...]` actor code block: `CODE`, `CODE <D`, `CODE >D`,
 * `CODE D1-D2` (inclusive), `CODE D` (from D on). Spaces inside the date are allowed.
 */
function parseCodeBlock(inner: string, file: string, line: number, problems: DictProblem[]): CodeRule | null {
  const t = inner.trim();
  const m = /^(\S+)(?:\s+(.*))?$/.exec(t);
  if (!m) {
    problems.push({ file, line, message: 'empty code block []', fatal: true });
    return null;
  }
  const code = m[1].toUpperCase();
  if (!CODE_RE.test(code)) {
    problems.push({ file, line, message: `bad actor code "${m[1]}"`, fatal: true });
    return null;
  }
  if (m[2] === undefined) return { code, from: 0, to: NO_END, dated: false };
  const ds = m[2].replace(/\s+/g, '');
  const bad = (why: string): null => {
    problems.push({ file, line, message: `${why} in [${t}]; this code is ignored`, fatal: false });
    return null;
  };
  let r: RegExpExecArray | null;
  if ((r = /^([<>])(\d+)$/.exec(ds))) {
    const d = parseDictDate(r[2]);
    if (d === null) return bad(`malformed date "${r[2]}"`);
    return r[1] === '<' ? { code, from: 0, to: d - 1, dated: true } : { code, from: d + 1, to: NO_END, dated: true };
  }
  if ((r = /^(\d+)-(\d+)$/.exec(ds))) {
    const a = parseDictDate(r[1]);
    const b = parseDictDate(r[2]);
    if (a === null) return bad(`malformed date "${r[1]}"`);
    if (b === null) return bad(`malformed date "${r[2]}"`);
    if (a > b) return bad(`date range ends before it starts`);
    return { code, from: a, to: b, dated: true };
  }
  if ((r = /^(\d+)$/.exec(ds))) {
    const d = parseDictDate(r[1]);
    if (d === null) return bad(`malformed date "${r[1]}"`);
    return { code, from: d, to: NO_END, dated: true };
  }
  problems.push({ file, line, message: `cannot read the code block [${t}]`, fatal: true });
  return null;
}

/** Splits `PHRASE [A] [B 9901-0012]` into the phrase and the code blocks' insides. */
function splitBlocks(
  s: string,
  open: string,
  close: string,
  file: string,
  line: number,
  problems: DictProblem[],
): { head: string; blocks: string[] } {
  const i = s.indexOf(open);
  if (i < 0) return { head: s, blocks: [] };
  const head = s.slice(0, i);
  const blocks: string[] = [];
  let rest = s.slice(i);
  while (rest.length > 0) {
    rest = rest.trimStart();
    if (rest.length === 0) break;
    if (rest[0] !== open) {
      // PETRARCH reads up to the last code block; trailing notes without `#` are ignored.
      problems.push({ file, line, message: `text after the code block ignored: "${rest.trim()}"`, fatal: false });
      break;
    }
    let e = rest.indexOf(close, 1);
    const nextOpen = rest.indexOf(open, 1);
    if (e < 0 || (nextOpen >= 0 && nextOpen < e)) {
      // `[~ENV}`: a mistyped closing bracket at the end of the line.
      const end = nextOpen >= 0 ? nextOpen : rest.length;
      const inner = rest.slice(1, end);
      const fix = /^([^\]}]*)[}]\s*$/.exec(inner);
      if (fix) {
        problems.push({ file, line, message: `code block closed with "}" instead of "${close}"`, fatal: false });
        blocks.push(fix[1]);
        rest = rest.slice(end);
        continue;
      }
      problems.push({ file, line, message: `unclosed "${open}"`, fatal: true });
      break;
    }
    blocks.push(rest.slice(1, e));
    rest = rest.slice(e + 1);
  }
  return { head, blocks };
}

/** Whether a phrase has at least one letter or digit (else it can never match). */
function hasWords(phrase: string): boolean {
  return /[\p{L}\p{N}]/u.test(phrase);
}

/**
 * Read a PETRARCH/TABARI actors file. An entry is a base phrase line, optional
 * `+SYNONYM` lines, and its codes, either on the base line (`PHRASE [CODE]`) or
 * on following indented `[CODE DATES]` lines.
 */
export function readActors(text: string, file: string, problems: DictProblem[]): ActorDef[] {
  const defs: ActorDef[] = [];
  let cur: ActorDef | null = null;
  // Consecutive base phrases with no code yet share the codes that follow them
  // (the Phoenix files list "IVO_JOSIPOVIC_ / PRESIDENT_JOSIPOVIC_ / [HRVGOV ...]");
  // an empty line ends such a group.
  let blankSince = false;
  let curHadCodes = false;
  const finish = (): void => {
    if (cur && cur.codes.length === 0) {
      // A code line that was only dropped for a bad date already has its own warning.
      problems.push({ file, line: cur.line, message: `actor "${cur.phrases[0].phrase}" has no usable code; ignored`, fatal: false });
    } else if (cur) defs.push(cur);
    cur = null;
  };
  for (const [raw, line, blank] of contentLines(text, file, problems)) {
    const s = raw.trim();
    if (blank) blankSince = true;
    if (s.length === 0) continue;
    if (s[0] === '[') {
      if (!cur) {
        problems.push({ file, line, message: 'code block without an actor phrase before it', fatal: true });
        continue;
      }
      const { blocks } = splitBlocks(s, '[', ']', file, line, problems);
      curHadCodes = true;
      for (const b of blocks) {
        const r = parseCodeBlock(b, file, line, problems);
        if (r) (cur as ActorDef).codes.push(r);
      }
      continue;
    }
    if (s[0] === '+') {
      if (!cur) {
        problems.push({ file, line, message: 'synonym "+..." without an actor phrase before it', fatal: true });
        continue;
      }
      const { head, blocks } = splitBlocks(s.slice(1), '[', ']', file, line, problems);
      if (blocks.length > 0) curHadCodes = true;
      if (!hasWords(head)) {
        problems.push({ file, line, message: 'synonym has no words', fatal: true });
        continue;
      }
      (cur as ActorDef).phrases.push({ phrase: head.trim(), line });
      for (const b of blocks) {
        const r = parseCodeBlock(b, file, line, problems);
        if (r) (cur as ActorDef).codes.push(r);
      }
      continue;
    }
    const { head, blocks } = splitBlocks(s, '[', ']', file, line, problems);
    if (!hasWords(head)) {
      problems.push({ file, line, message: `actor phrase has no words: "${s}"`, fatal: true });
      continue;
    }
    const pending = cur as ActorDef | null;
    if (pending && !curHadCodes && !blankSince) {
      pending.phrases.push({ phrase: head.trim(), line });
      curHadCodes = blocks.length > 0;
      for (const b of blocks) {
        const r = parseCodeBlock(b, file, line, problems);
        if (r) pending.codes.push(r);
      }
      continue;
    }
    finish();
    blankSince = false;
    curHadCodes = blocks.length > 0;
    const def: ActorDef = { file, line, phrases: [{ phrase: head.trim(), line }], codes: [] };
    for (const b of blocks) {
      const r = parseCodeBlock(b, file, line, problems);
      if (r) def.codes.push(r);
    }
    cur = def;
  }
  finish();
  return defs;
}

/** Write a suffix in the case of the word it is added to. */
function cased(word: string, suffix: string): string {
  return word === word.toUpperCase() ? suffix.toUpperCase() : suffix.toLowerCase();
}

/** Regular English plural of the last word (PETRARCH 0.5 generates these for agents). */
export function regularPlural(phrase: string): string {
  const m = /^(.*?)([\p{L}]+)([^\p{L}]*)$/u.exec(phrase);
  if (!m) return phrase;
  const [, pre, w, post] = m;
  const up = w.toUpperCase();
  let p: string;
  if (/MAN$/.test(up) && !/(GERMAN|HUMAN|ROMAN|OTTOMAN|SHAMAN)$/.test(up)) p = w.slice(0, -3) + cased(w, 'MEN');
  else if (/[^AEIOU]Y$/.test(up)) p = w.slice(0, -1) + cased(w, 'IES');
  else if (/(S|X|Z|CH|SH)$/.test(up)) p = w + cased(w, 'ES');
  else p = w + cased(w, 'S');
  return pre + p + post;
}

/**
 * Regular English verb forms: base, -s, -ed, -ing (with e-drop, y->ie and the
 * doubled final consonant offered as an alternative: "kidnapped" and "kidnaped").
 */
export function verbForms(verb: string): string[] {
  const w = verb;
  const up = w.toUpperCase();
  const c = (suffix: string): string => cased(w, suffix);
  const out = new Set<string>([w, regularPlural(w)]);
  if (/E$/.test(up)) {
    out.add(w + c('D'));
    out.add(/EE$/.test(up) ? w + c('ING') : w.slice(0, -1) + c('ING'));
  } else if (/[^AEIOU]Y$/.test(up)) {
    out.add(w.slice(0, -1) + c('IED'));
    out.add(w + c('ING'));
  } else {
    out.add(w + c('ED'));
    out.add(w + c('ING'));
    if (/[^AEIOUWXY][AEIOU][BDGKLMNPRTVZ]$/.test(up)) {
      out.add(w + w.slice(-1) + c('ED'));
      out.add(w + w.slice(-1) + c('ING'));
    }
  }
  return [...out];
}

/**
 * Read an agents file: `!NAME! = A, B` substitution sets, then
 * `PHRASE {PLURALS} [~CODE]` lines. `{}` means no plural; without braces the
 * regular plural is generated (not for phrases built from a substitution set,
 * whose members already list their plurals).
 */
export function readAgents(text: string, file: string, problems: DictProblem[]): AgentDef[] {
  const macros = new Map<string, string[]>();
  const defs: AgentDef[] = [];
  for (const [raw, line] of contentLines(text, file, problems)) {
    const s = raw.trim();
    if (s.length === 0) continue;
    const md = /^!([A-Za-z0-9_]+)!\s*=(.*)$/.exec(s);
    if (md) {
      const vals = md[2].split(',').map((v) => v.trim()).filter((v) => v.length > 0);
      if (vals.length === 0) problems.push({ file, line, message: `substitution set !${md[1]}! is empty`, fatal: true });
      else macros.set(md[1].toUpperCase(), vals);
      continue;
    }
    const { head: beforeCode, blocks } = splitBlocks(s, '[', ']', file, line, problems);
    let phrase = beforeCode;
    let plurals: string[] | null = null;
    const bi = beforeCode.indexOf('{');
    if (bi >= 0) {
      const be = beforeCode.indexOf('}', bi);
      if (be < 0) {
        problems.push({ file, line, message: 'unclosed "{" plural list', fatal: true });
        continue;
      }
      phrase = beforeCode.slice(0, bi);
      plurals = beforeCode
        .slice(bi + 1, be)
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p.length > 0);
    }
    phrase = phrase.trim();
    if (!hasWords(phrase.replace(/![A-Za-z0-9_]+!/g, 'X'))) {
      problems.push({ file, line, message: `agent phrase has no words: "${s}"`, fatal: true });
      continue;
    }
    if (blocks.length === 0) {
      problems.push({ file, line, message: `agent "${phrase}" has no [code]; ignored`, fatal: false });
      continue;
    }
    if (blocks.length > 1) problems.push({ file, line, message: 'agent has several code blocks', fatal: true });
    const c = blocks[0].replace(/\s+/g, '').toUpperCase();
    const cm = /^(~)?([A-Z0-9]+)(~)?$/.exec(c);
    if (!cm || (cm[1] && cm[3]) || (!cm[1] && !cm[3])) {
      problems.push({ file, line, message: `agent code must be [~CODE] or [CODE~], got [${blocks[0]}]`, fatal: true });
      continue;
    }
    const code = cm[2];
    const prefix = cm[3] === '~';
    // Expand every !MACRO! (cartesian product when several appear).
    let forms = [phrase];
    let undefinedMacro = false;
    for (;;) {
      const mm = /!([A-Za-z0-9_]+)!/.exec(forms[0]);
      if (!mm) break;
      const vals = macros.get(mm[1].toUpperCase());
      if (!vals) {
        problems.push({ file, line, message: `undefined substitution set !${mm[1]}!`, fatal: true });
        undefinedMacro = true;
        break;
      }
      forms = forms.flatMap((f) => vals.map((v) => f.replace(mm[0], v)));
    }
    if (undefinedMacro) continue;
    const usesMacro = forms.length > 1 || forms[0] !== phrase;
    const noPlural = plurals !== null && plurals.length === 0;
    for (const f of forms) defs.push({ file, line, phrase: f, code, prefix, generated: false, noPlural });
    const extra = plurals ?? (usesMacro ? [] : forms.map(regularPlural));
    for (const p of extra) defs.push({ file, line, phrase: p, code, prefix, generated: plurals === null, noPlural });
  }
  return defs;
}

/** Read a discards file: one phrase a line, `+PHRASE` for a story-level discard. */
export function readDiscards(text: string, file: string, problems: DictProblem[]): DiscardDef[] {
  const defs: DiscardDef[] = [];
  for (const [raw, line] of contentLines(text, file, problems)) {
    let s = raw.trim();
    if (s.length === 0) continue;
    let level: DiscardDef['level'] = 'sentence';
    if (s[0] === '+') {
      level = 'story';
      s = s.slice(1).trim();
    }
    if (/[[\]]/.test(s)) {
      problems.push({ file, line, message: `discard phrase has a code block: "${s}"`, fatal: true });
      continue;
    }
    if (!hasWords(s)) {
      problems.push({ file, line, message: 'discard phrase has no words', fatal: true });
      continue;
    }
    defs.push({ file, line, phrase: s, level });
  }
  return defs;
}

/**
 * Read an issues file: `<ISSUE CATEGORY="X" TYPE="...">` ... `</ISSUE>` blocks of
 * `phrase [CODE]` lines, where a word written `n:word` also matches its plural
 * and `v:word` its verb forms,
 * `+` joins words (`pre+k` = "pre-k" / "pre k"), `~phrase` is a negative phrase and
 * `~~phrase` blocks the category for the whole document.
 */
export function readIssues(text: string, file: string, problems: DictProblem[]): IssueDef[] {
  const defs: IssueDef[] = [];
  let category: string | null = null;
  for (const [raw, line] of contentLines(text, file, problems)) {
    const s = raw.trim();
    if (s.length === 0) continue;
    if (/^<ISSUE\b/i.test(s)) {
      const cm = /CATEGORY\s*=\s*"([^"]*)"/i.exec(s);
      if (!cm || !s.endsWith('>')) {
        problems.push({ file, line, message: 'bad <ISSUE ...> tag (needs CATEGORY="...")', fatal: true });
        continue;
      }
      if (category !== null) problems.push({ file, line, message: `<ISSUE> opened inside "${category}"`, fatal: true });
      category = cm[1];
      continue;
    }
    if (/^<\/ISSUE>$/i.test(s)) {
      if (category === null) problems.push({ file, line, message: 'stray </ISSUE>', fatal: false });
      category = null;
      continue;
    }
    if (category === null) {
      problems.push({ file, line, message: `issue phrase outside an <ISSUE> block: "${s}"`, fatal: true });
      continue;
    }
    // Two entries glued on one line ("a [X]b [X]") are read as two.
    const parts = s.split(/(?<=\])(?=\s*[^\s[])/);
    if (parts.length > 1) problems.push({ file, line, message: 'several entries on one line', fatal: false });
    for (const part of parts) {
      if (!/[\p{L}\p{N}]/u.test(part)) continue;
      const d = readIssueLine(part.trim(), category, file, line, problems);
      if (d) defs.push(...d);
    }
  }
  if (category !== null) problems.push({ file, line: 0, message: `<ISSUE CATEGORY="${category}"> is never closed`, fatal: false });
  return defs;
}

/** One issue entry (`~`/`~~` negatives, `[CODE]`, n:/v: markers) -> its phrase forms. */
function readIssueLine(s: string, category: string, file: string, line: number, problems: DictProblem[]): IssueDef[] | null {
  let negative: 0 | 1 | 2 = 0;
  let body = s;
  if (body.startsWith('~~')) {
    negative = 2;
    body = body.slice(2);
  } else if (body.startsWith('~')) {
    negative = 1;
    body = body.slice(1);
  }
  const { head, blocks } = splitBlocks(body, '[', ']', file, line, problems);
  let code = '';
  if (negative === 0) {
    if (blocks.length === 0) {
      problems.push({ file, line, message: `issue phrase "${head.trim()}" has no [CODE]; ignored`, fatal: false });
      return null;
    }
    code = blocks[0].trim();
  }
  if (!hasWords(head.replace(/\b[a-z]:/gi, ''))) {
    problems.push({ file, line, message: 'issue phrase has no words', fatal: true });
    return null;
  }
  // n:word -> the word and its plural, v:word -> its verb forms; `+` joins words
  // (matched like a space or hyphen). Cartesian product over the marked words.
  let forms = [''];
  for (const w of head.trim().split(/[\s+]+/)) {
    if (w.length === 0) continue;
    const mk = /^([a-z]):(.+)$/i.exec(w);
    let alts = [w];
    if (mk && mk[1].toLowerCase() === 'n') alts = [mk[2], regularPlural(mk[2])];
    else if (mk && mk[1].toLowerCase() === 'v') alts = verbForms(mk[2]);
    else if (mk) {
      problems.push({ file, line, message: `unknown word marker "${mk[1]}:" read as a plain word`, fatal: false });
      alts = [mk[2]];
    }
    forms = forms.flatMap((f) => alts.map((a) => (f ? `${f} ${a}` : a)));
  }
  return forms.map((f) => ({ file, line, category, code, phrase: f, negative }));
}
