/**
 * Authoring check for the people files of the actor knowledge base
 * (`data/kb/actors/people-*.yaml`): YAML parses, the `kind: actors` schema of
 * docs/dictionaries.md holds, dated codes are sane (from <= to, years within
 * 1990..2026, no overlap within an entry), no name is given to two entries, and
 * every listed country has a head of state or government (`CTYGOV`) for every
 * year 1990..2026 unless the gap is listed with a reason.
 *
 * Run: `node dist/kb/people/validate.js [dir]` (default data/kb/actors); prints
 * counts and problems, exits 1 on an error.
 * @module
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import { pieces } from '../../dictionaries/normalize.js';
import { CAMEO_COUNTRY_CODES } from '../../actors/code.js';
import { PEOPLE_COUNTRIES, COVERAGE_GAPS, FIRST_YEAR, LAST_YEAR } from './countries.js';
import { OPEN_END, parseBound } from '../../dictionaries/native/dates.js';

/** One dated or undated code of a person entry, dates as yyyymmdd (0 / 99999999 when open). */
export interface PersonCode {
  code: string;
  from: number;
  to: number;
  dated: boolean;
  text: string;
}

/** One entry of a people file, with its position. */
export interface PersonEntry {
  file: string;
  line: number;
  names: string[];
  codes: PersonCode[];
  note?: string;
}

/** A problem found; `error` ones fail the check. */
export interface PeopleProblem {
  file: string;
  line: number;
  level: 'error' | 'warning';
  message: string;
}

/** Default folder of the actor KB (works from `src/` and `dist/`). */
export function defaultActorsDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'kb', 'actors');
}

/** The people files of a folder (`people-*.yaml`), sorted. */
export function peopleFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => /^people-.*\.yaml$/.test(n))
    .sort()
    .map((n) => join(dir, n));
}

// Start dates may be a term that began before 1990 (Mubarak 1981); earlier than 1940 is a typo.
const YEAR_MIN = 1940 * 10000 + 101;
const YEAR_MAX = LAST_YEAR * 10000 + 1231;
// Date bounds are read exactly as the native dictionary reader reads them.
export { OPEN_END, parseBound };

/**
 * Parse `CODE`, `CODE FROM..TO`, `CODE FROM..` or `CODE ..TO` (the dated codes of
 * docs/dictionaries.md; the same semantics as the native reader of branch kbformat).
 */
export function parseDatedCode(text: string): { code: string; from: number; to: number; dated: boolean } | string {
  const t = text.trim();
  const m = /^(\S+)(?:\s+(\S*)\.\.(\S*))?$/.exec(t);
  if (!m) return `malformed code "${t}"`;
  const code = m[1];
  if (m[2] === undefined) return { code, from: 0, to: OPEN_END, dated: false };
  if (m[2] === '' && m[3] === '') return `"${t}": a range needs a date; write the code alone`;
  const from = m[2] === '' ? 0 : parseBound(m[2], false);
  if (typeof from === 'string') return from;
  const to = m[3] === '' ? OPEN_END : parseBound(m[3], true);
  if (typeof to === 'string') return to;
  if (from > to) return `"${t}": ends before it starts`;
  return { code, from, to, dated: true };
}

/** Read one people file; schema problems go to `problems`. */
export function readPeopleFile(text: string, file: string, problems: PeopleProblem[]): PersonEntry[] {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true });
  const lineOf = (n: Node | null | undefined): number => (n?.range ? lc.linePos(n.range[0]).line : 1);
  const err = (line: number, message: string): void => {
    problems.push({ file, line, level: 'error', message });
  };
  for (const e of doc.errors) err(e.linePos?.[0]?.line ?? 1, `YAML: ${e.message.split('\n')[0]}`);
  if (doc.errors.length > 0) return [];
  const root = doc.contents;
  if (!isMap(root)) {
    err(1, 'file is not a mapping with kind and entries');
    return [];
  }
  if ((root.get('kind') as unknown) !== 'actors') err(1, 'kind must be "actors"');
  for (const it of root.items) {
    const k = isScalar(it.key) ? String(it.key.value) : '?';
    if (k !== 'kind' && k !== 'entries') err(lineOf(it.key as Node), `unknown top-level key "${k}"`);
  }
  const entries = root.get('entries', true);
  if (!isSeq(entries)) {
    err(1, 'entries must be a list');
    return [];
  }
  const out: PersonEntry[] = [];
  for (const item of entries.items) {
    const line = lineOf(item as Node);
    if (!isMap(item)) {
      err(line, 'entry is not a mapping');
      continue;
    }
    const e: PersonEntry = { file, line, names: [], codes: [] };
    for (const it of item.items) {
      const k = isScalar(it.key) ? String(it.key.value) : '?';
      const v = it.value as Node | null;
      if (k === 'names') {
        if (!isSeq(v) || v.items.length === 0) err(line, 'names must be a non-empty list');
        else
          for (const n of v.items) {
            if (isScalar(n) && typeof n.value === 'string' && n.value.trim() !== '') e.names.push(n.value.trim());
            else err(lineOf(n as Node), 'each name must be a non-empty string');
          }
      } else if (k === 'codes' || k === 'code') {
        const list = k === 'code' ? [v] : isSeq(v) ? v.items : null;
        if (!list || list.length === 0) {
          err(line, `${k} must be ${k === 'code' ? 'a code' : 'a non-empty list of codes'}`);
          continue;
        }
        for (const c of list) {
          if (!isScalar(c) || typeof c.value !== 'string') {
            err(lineOf(c as Node), 'a code must be a string');
            continue;
          }
          const r = parseDatedCode(c.value);
          if (typeof r === 'string') {
            err(lineOf(c as Node), r);
            continue;
          }
          if (!/^[A-Z]{3}[A-Z0-9]*$/.test(r.code)) err(lineOf(c as Node), `code "${r.code}" is not a CAMEO actor code`);
          else if (!CAMEO_COUNTRY_CODES.has(r.code.slice(0, 3)) && !['IGO', 'IMG'].includes(r.code.slice(0, 3)))
            err(lineOf(c as Node), `code "${r.code}" does not start with a CAMEO country code, IGO or IMG`);
          const pc: PersonCode = { code: r.code, from: r.from, to: r.to, dated: r.dated, text: c.value };
          if (r.dated && ((r.from !== 0 && r.from < YEAR_MIN) || (r.to !== OPEN_END && r.to > YEAR_MAX)))
            err(lineOf(c as Node), `"${c.value}": dates must lie within 1940..${LAST_YEAR} (leave the end open instead)`);
          e.codes.push(pc);
        }
      } else if (k === 'note') {
        if (isScalar(v) && typeof v.value === 'string') e.note = v.value;
        else err(line, 'note must be a string');
      } else err(lineOf(it.key as Node), `unknown key "${k}"`);
    }
    if (e.names.length === 0) err(line, 'entry has no names');
    if (e.codes.length === 0) err(line, 'entry has no codes');
    const dated = e.codes.filter((c) => c.dated).sort((a, b) => a.from - b.from);
    for (let i = 1; i < dated.length; i++) {
      if (dated[i].from <= dated[i - 1].to) err(line, `${e.names[0]}: "${dated[i - 1].text}" overlaps "${dated[i].text}"`);
    }
    if (e.codes.filter((c) => !c.dated).length > 1) err(line, `${e.names[0]}: more than one undated code`);
    out.push(e);
  }
  return out;
}

/** Normalised form of a name as the matcher sees it ("al-Maliki" = "Al Maliki"). */
export function nameKey(name: string): string {
  return pieces(name).join(' ');
}

/** The country (first three letters) of a GOV code like `IRQGOV`, else null. */
function govCountry(code: string): string | null {
  return /^[A-Z]{3}GOV/.test(code) ? code.slice(0, 3) : null;
}

/** Years of `FIRST_YEAR..LAST_YEAR` with a dated `CTYGOV...` code of some entry, per country. */
export function govYears(entries: readonly PersonEntry[]): Map<string, Set<number>> {
  const m = new Map<string, Set<number>>();
  for (const e of entries)
    for (const c of e.codes) {
      const cty = govCountry(c.code);
      if (!cty || !c.dated) continue;
      const y0 = Math.max(FIRST_YEAR, Math.floor(c.from / 10000));
      const y1 = Math.min(LAST_YEAR, Math.floor(c.to / 10000));
      let s = m.get(cty);
      if (!s) m.set(cty, (s = new Set()));
      for (let y = y0; y <= y1; y++) s.add(y);
    }
  return m;
}

/** Cross-entry checks: shared names, GOV conflicts, coverage of the country list. */
export function checkPeople(entries: readonly PersonEntry[]): PeopleProblem[] {
  const problems: PeopleProblem[] = [];
  const seen = new Map<string, PersonEntry>();
  for (const e of entries) {
    const own = new Set<string>();
    for (const n of e.names) {
      const k = nameKey(n);
      if (k === '') {
        problems.push({ file: e.file, line: e.line, level: 'error', message: `name "${n}" is empty once normalised` });
        continue;
      }
      // Accented and plain spellings normalise alike; listing both is harmless.
      if (own.has(k)) continue;
      own.add(k);
      const prev = seen.get(k);
      if (prev) {
        // Two entries with one name: the compiler keeps only the later one, so shared
        // surnames get their own entry with the union of the dated codes.
        const govs = (x: PersonEntry): PersonCode[] => x.codes.filter((c) => c.dated && govCountry(c.code));
        const clash = govs(prev).some((a) =>
          govs(e).some((b) => govCountry(a.code) !== govCountry(b.code) && a.from <= b.to && b.from <= a.to),
        );
        problems.push({
          file: e.file,
          line: e.line,
          level: 'error',
          message: `name "${n}" of ${e.names[0]} is also a name of ${prev.names[0]} (${basename(prev.file)}:${prev.line})${clash ? ', with overlapping GOV codes of different countries' : ''}`,
        });
      } else seen.set(k, e);
    }
  }
  const years = govYears(entries);
  for (const [cty, info] of PEOPLE_COUNTRIES) {
    const have = years.get(cty) ?? new Set<number>();
    const allowed = COVERAGE_GAPS.get(cty)?.years ?? [];
    const missing: number[] = [];
    for (let y = Math.max(FIRST_YEAR, info.from ?? FIRST_YEAR); y <= LAST_YEAR; y++) if (!have.has(y) && !allowed.includes(y)) missing.push(y);
    if (missing.length > 0)
      problems.push({
        file: `people-${info.region}.yaml`,
        line: 1,
        level: 'error',
        message: `${cty} (${info.name}): no head of state or government for ${missing.join(' ')}`,
      });
  }
  return problems;
}

/** Read and check every people file of `dir`. */
export function validatePeople(dir: string = defaultActorsDir()): { entries: PersonEntry[]; problems: PeopleProblem[] } {
  const problems: PeopleProblem[] = [];
  const entries: PersonEntry[] = [];
  for (const f of peopleFiles(dir)) entries.push(...readPeopleFile(readFileSync(f, 'utf8'), f, problems));
  problems.push(...checkPeople(entries));
  return { entries, problems };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? defaultActorsDir();
  const { entries, problems } = validatePeople(dir);
  const years = govYears(entries);
  const names = entries.reduce((n, e) => n + e.names.length, 0);
  const byFile = new Map<string, number>();
  for (const e of entries) byFile.set(basename(e.file), (byFile.get(basename(e.file)) ?? 0) + 1);
  for (const [f, n] of byFile) console.log(`${f}: ${n} entries`);
  console.log(`${entries.length} people, ${names} names, GOV codes for ${years.size} countries; ${PEOPLE_COUNTRIES.size} countries on the coverage list (${FIRST_YEAR}..${LAST_YEAR})`);
  for (const p of problems) console.log(`${basename(p.file)}:${p.line}: ${p.level}: ${p.message}`);
  const errors = problems.filter((p) => p.level === 'error').length;
  console.log(`${errors} error(s), ${problems.length - errors} warning(s)`);
  process.exitCode = errors > 0 ? 1 : 0;
}
