/**
 * PETRARCH dictionaries -> native YAML (`annals dict convert`), for people who
 * maintain their own PETRARCH dictionaries and want the native format. The
 * result compiles to the same codes; what the native format cannot say is
 * listed in `losses` (never dropped silently).
 * @module
 */
import { classifyDictionaryFile } from '../actor-dicts.js';
import { type CodeRule, type DictProblem, readActors, readAgents, readDiscards, readIssues } from '../actor-readers.js';
import { compileVerbDictionary, type CodePair } from '../verbs.js';
import { OPEN_END } from './dates.js';

/** One converted file. */
export interface ConvertedFile {
  /** The PETRARCH file. */
  from: string;
  kind: 'actors' | 'agents' | 'verbs' | 'synsets' | 'discards' | 'issues';
  yaml: string;
  /** What could not be carried over, with the PETRARCH file:line. */
  losses: string[];
}

/** A YAML scalar: plain when safe, else double-quoted (JSON strings are valid YAML). */
function q(s: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9 .'/-]*$/.test(s) && !/ $/.test(s) && !/^(?:null|true|false|yes|no|on|off|y|n)$/i.test(s) ? s : JSON.stringify(s);
}

function list(xs: readonly string[]): string {
  return `[${xs.map(q).join(', ')}]`;
}

/** A PETRARCH phrase (`NOURI_AL-MALIKI_`) as words (`Nouri al-Maliki` cannot be recovered: `NOURI AL-MALIKI`). */
function words(p: string): string {
  return p.replace(/_+/g, ' ').trim();
}

function ymd(n: number): { y: number; m: number; d: number } {
  return { y: Math.floor(n / 10000), m: Math.floor(n / 100) % 100, d: n % 100 };
}

/** A yyyymmdd number made a real day: PETRARCH's `<D` / `>D` give D-1 / D+1 numerically (20060500, 20060532). */
export function realDay(n: number): number {
  const { y, m, d } = ymd(n);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() * 10000 + (t.getUTCMonth() + 1) * 100 + t.getUTCDate();
}

function dayAdd(n: number, k: number): number {
  const { y, m, d } = ymd(n);
  const t = new Date(Date.UTC(y, m - 1, d + k));
  return t.getUTCFullYear() * 10000 + (t.getUTCMonth() + 1) * 100 + t.getUTCDate();
}

function fmtDay(n: number): string {
  const s = String(n).padStart(8, '0');
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}`;
}

/**
 * Dated rules made disjoint with the same meaning: the first listed rule that
 * contains a date applies, so each rule keeps only the days no earlier rule
 * has (possibly as several ranges). Later undated rules never apply.
 */
export function disjointRules(codes: readonly CodeRule[]): { rules: CodeRule[]; dropped: CodeRule[] } {
  const taken: [number, number][] = [];
  const rules: CodeRule[] = [];
  const dropped: CodeRule[] = [];
  let undated = false;
  for (const c of codes) {
    if (!c.dated) {
      if (undated) dropped.push(c);
      else rules.push(c);
      undated = true;
      continue;
    }
    let parts: [number, number][] = [[c.from <= 101 ? 0 : realDay(c.from), c.to >= OPEN_END ? OPEN_END : realDay(c.to)]];
    for (const [a, b] of taken) {
      const next: [number, number][] = [];
      for (const [x, y] of parts) {
        if (b < x || a > y) next.push([x, y]);
        else {
          if (x < a) next.push([x, dayAdd(a, -1)]);
          if (y > b) next.push([b >= OPEN_END ? OPEN_END : dayAdd(b, 1), y]);
        }
      }
      parts = next;
    }
    if (parts.length === 0) dropped.push(c);
    for (const [x, y] of parts) rules.push({ code: c.code, from: x, to: y, dated: true });
    taken.push([c.from <= 101 ? 0 : realDay(c.from), c.to >= OPEN_END ? OPEN_END : realDay(c.to)]);
  }
  return { rules, dropped };
}

function ruleText(c: CodeRule): string {
  if (!c.dated) return c.code;
  return `${c.code} ${c.from <= 101 ? '' : fmtDay(c.from)}..${c.to >= OPEN_END ? '' : fmtDay(c.to)}`;
}

function codeText(c: CodePair | null): string {
  if (!c) return 'null';
  if (c.fwd === null && c.rev === null) return 'null';
  return JSON.stringify(`${c.fwd ?? '---'}${c.rev !== null ? `:${c.rev}` : ''}`);
}

function header(kind: string, from: string): string {
  return `# Converted from ${from} by annals dict convert.\nkind: ${kind}\nentries:\n`;
}

/** A PETRARCH verb line (`+MEET_WITH {+MET_WITH} [042]`) as a native verb string. */
function nativeVerb(line: string): string {
  const m = /^(.*?)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?\s*$/.exec(line.trim())!;
  const phrase = (p: string): string => {
    const ws = p.split(/[\s_]+/).filter(Boolean);
    const plus = ws.findIndex((w) => w.startsWith('+'));
    return ws.map((w, i) => (i === plus && plus > 0 ? w : w.replace(/^\+/, '')).toLowerCase()).join(' ');
  };
  const forms = m[2] ? m[2].split(/[\s,]+/).filter(Boolean).map(phrase) : [];
  const code = m[3] !== undefined ? ` [${m[3].trim() === '' ? '---' : m[3].trim()}]` : '';
  return `${phrase(m[1])}${forms.length ? ` {${forms.join(', ')}}` : ''}${code}`;
}

/**
 * Convert PETRARCH dictionary files (given as text; the kind comes from the file
 * name as when loading) to native YAML. A verb file gives two files: its verbs
 * and its synonym sets.
 */
export function petrarchToNative(sources: readonly { file: string; text: string }[]): ConvertedFile[] {
  const out: ConvertedFile[] = [];
  for (const src of sources) {
    const problems: DictProblem[] = [];
    const losses: string[] = [];
    const kind = classifyDictionaryFile(src.file);
    const isVerbs = /verbs?\b|^CAMEO/i.test(src.file.split('/').pop() ?? '');
    if (kind === 'actors') {
      let y = header('actors', src.file);
      for (const d of readActors(src.text, src.file, problems)) {
        const { rules, dropped } = disjointRules(d.codes);
        for (const c of dropped) losses.push(`${src.file}:${d.line}: code ${c.code} never applies (earlier codes cover its dates); dropped`);
        const names = list(d.phrases.map((p) => words(p.phrase)));
        if (rules.length === 1 && !rules[0].dated) y += `  - code: ${q(rules[0].code)}\n    names: ${names}\n`;
        else y += `  - names: ${names}\n    codes:\n${rules.map((r) => `      - ${q(ruleText(r))}\n`).join('')}`;
      }
      out.push({ from: src.file, kind: 'actors', yaml: y, losses });
    } else if (kind === 'agents') {
      let y = header('agents', src.file);
      // One entry per code and position, words in file order; generated plurals are generated again.
      const groups = new Map<string, { code: string; prefix: boolean; words: string[] }>();
      for (const a of readAgents(src.text, src.file, problems)) {
        if (a.generated) continue;
        const k = `${a.code}${a.prefix ? '~' : ''}`;
        let g = groups.get(k);
        if (!g) groups.set(k, (g = { code: a.code, prefix: a.prefix, words: [] }));
        const w = words(a.phrase).toLowerCase() + (a.noPlural ? ' {}' : '');
        if (!g.words.includes(w)) g.words.push(w);
      }
      for (const g of groups.values()) y += `  - code: ${g.code}\n${g.prefix ? '    prefix: true\n' : ''}    words: ${list(g.words)}\n`;
      out.push({ from: src.file, kind: 'agents', yaml: y, losses });
    } else if (kind === 'discards') {
      let y = header('discards', src.file);
      for (const d of readDiscards(src.text, src.file, problems)) {
        y += d.level === 'story' ? `  - phrase: ${q(words(d.phrase))}\n    level: story\n` : `  - ${q(words(d.phrase))}\n`;
      }
      out.push({ from: src.file, kind: 'discards', yaml: y, losses });
    } else if (kind === 'issues') {
      let y = header('issues', src.file);
      let cur: { category: string; code: string; key: string; items: string[] } | null = null;
      const flush = (): void => {
        if (!cur) return;
        const field = cur.key === '0' ? 'phrases' : cur.key === '1' ? 'not' : 'block';
        y += `  - category: ${cur.category}\n${cur.key === '0' ? `    code: ${cur.code}\n` : ''}    ${field}: ${list(cur.items)}\n`;
        cur = null;
      };
      for (const is of readIssues(src.text, src.file, problems)) {
        const key = String(is.negative);
        if (!cur || cur.category !== is.category || cur.code !== is.code || cur.key !== key) {
          flush();
          cur = { category: is.category, code: is.code, key, items: [] };
        }
        const c = cur as { items: string[] };
        const w = words(is.phrase).toLowerCase();
        if (!c.items.includes(w)) c.items.push(w);
      }
      flush();
      out.push({ from: src.file, kind: 'issues', yaml: y, losses });
    } else if (isVerbs) {
      const v = compileVerbDictionary([{ file: src.file, text: src.text }]);
      for (const t of v.transformations) losses.push(`${src.file}: transformation line not converted: ${t}`);
      const body = (rule: string): string => rule.replace(/^.+?:\d+ /, '');
      const verbsOf = new Map<number, string[]>();
      const seen = new Set<string>();
      for (const list of v.verbs.values()) {
        for (const e of list) {
          if (seen.has(e.rule)) continue;
          seen.add(e.rule);
          const arr = verbsOf.get(e.block) ?? [];
          arr.push(e.rule);
          verbsOf.set(e.block, arr);
        }
      }
      let y = header('verbs', src.file);
      v.blocks.forEach((b, i) => {
        const vs = (verbsOf.get(i) ?? []).sort((a, c) => Number(/:(\d+) /.exec(a)![1]) - Number(/:(\d+) /.exec(c)![1]));
        if (vs.length === 0) {
          losses.push(`${b.rule}: block without verbs; dropped`);
          return;
        }
        y += `  - code: ${codeText(b.code)}\n    name: ${q(b.name.replace(/_/g, ' ').toLowerCase())}\n    verbs:\n`;
        for (const r of vs) y += `      - ${q(nativeVerb(body(r)))}\n`;
        const pats = new Map<string, string>();
        for (const p of b.patterns) {
          const m = /^-\s*(.*?)\s*\[[^\]]*\]\s*$/.exec(body(p.rule));
          if (!m) continue;
          const key = m[1].replace(/\s+/g, ' ');
          if (pats.has(key)) losses.push(`${p.rule}: pattern repeated in its block; the first is kept`);
          else pats.set(key, codeText(p.code));
        }
        if (pats.size > 0) y += `    patterns:\n${[...pats].map(([k, c]) => `      ${JSON.stringify(k)}: ${c}\n`).join('')}`;
      });
      out.push({ from: src.file, kind: 'verbs', yaml: y, losses });
      let sy = header('synsets', src.file);
      for (const [name, alts] of v.synsets) sy += `  ${name}: ${list(alts.map((a) => a.join(' ').toLowerCase()))}\n`;
      out.push({ from: src.file, kind: 'synsets', yaml: sy, losses: [] });
    } else continue;
    for (const p of problems) losses.push(`${p.file}:${p.line}: ${p.message}`);
  }
  return out;
}
