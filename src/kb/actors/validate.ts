/**
 * Authoring check for the actor and agent knowledge base (`data/kb/actors`,
 * `data/kb/agents`): YAML parses, the schema of docs/dictionaries.md holds,
 * codes are well formed, and no phrase is given two different codes.
 *
 * Run: `node dist/kb/actors/validate.js [dir...]` (default: data/kb/actors and
 * data/kb/agents); prints counts and problems, exits 1 on an error.
 * @module
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { CAMEO_COUNTRY_CODES } from '../../actors/code.js';
import { pieces } from '../../dictionaries/normalize.js';

/** One actor entry as read, with its position. */
export interface KbActorEntry {
  file: string;
  line: number;
  /** Codes with their optional date ranges, as written (`IRQGOV 2006..2014`). */
  codes: { code: string; from?: string; to?: string }[];
  names: string[];
  note?: string;
}

/** One agent entry as read. */
export interface KbAgentEntry {
  file: string;
  line: number;
  code: string;
  words: string[];
  note?: string;
}

/** A problem found; `error` ones fail the check. */
export interface KbProblem {
  file: string;
  line: number;
  level: 'error' | 'warning';
  message: string;
}

/** What one file holds. */
export interface KbFile {
  file: string;
  kind: 'actors' | 'agents' | 'other';
  actors: KbActorEntry[];
  agents: KbAgentEntry[];
  problems: KbProblem[];
}

/** A full actor code: one or more three-letter parts ("IRQ", "IRQGOV", "IGOUNOKID"). */
export const ACTOR_CODE = /^(?:[A-Z]{3})+$/;
/** An agent code: the sector part(s) only ("GOV", "MOSRAD"). */
export const AGENT_CODE = /^(?:[A-Z]{3})+$/;
/** First parts that a country or region may follow (NGOIRQ, IGOWSTNAT, MNCUSA). */
const TRANSNATIONAL = new Set(['IGO', 'NGO', 'MNC', 'IMG']);
/**
 * Organisation codes allowed although they are country codes: WAS is CAMEO's own
 * (ECOWAS); ISL (Islamic State), NLD (Myanmar's National League for Democracy) and
 * CHE (Chechen rebels) were already used by the people files when the rule came in.
 */
const CAMEO_ORG_CODES = new Set(['WAS', 'ISL', 'NLD', 'CHE']);
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Key under which two phrases are the same for the matcher. */
export function phraseKey(s: string): string {
  return pieces(s).join(' ');
}

/** Parse `CODE [FROM..TO]`. */
export function parseCodeSpec(spec: string): { code: string; from?: string; to?: string } | string {
  const m = /^([A-Z]+)(?:\s+(\S*)\.\.(\S*))?(?:\s*#.*)?$/.exec(spec.trim());
  if (!m) return `malformed code '${spec}' (expected CODE or CODE FROM..TO)`;
  const [, code, from, to] = m;
  if (!ACTOR_CODE.test(code)) return `malformed code '${code}' (three-letter parts)`;
  if (from !== undefined) {
    if (from && !DATE.test(from)) return `bad date '${from}'`;
    if (to && !DATE.test(to)) return `bad date '${to}'`;
    if (!from && !to) return `empty date range in '${spec}'`;
    return { code, ...(from ? { from } : {}), ...(to ? { to } : {}) };
  }
  return { code };
}

function lineOf(lc: LineCounter, node: Node | null | undefined): number {
  const r = node?.range;
  return r ? lc.linePos(r[0]).line : 0;
}

function stringList(v: unknown): string[] | null {
  if (!Array.isArray(v) || v.length === 0) return null;
  for (const x of v) if (typeof x !== 'string' || x.trim() === '') return null;
  return v as string[];
}

/** Read and check the schema of one YAML file (no cross-file checks). */
export function readKbFile(file: string, text: string = readFileSync(file, 'utf8')): KbFile {
  const out: KbFile = { file, kind: 'other', actors: [], agents: [], problems: [] };
  const err = (line: number, message: string, level: 'error' | 'warning' = 'error'): void => {
    out.problems.push({ file, line, level, message });
  };
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true });
  for (const e of doc.errors) err(e.linePos?.[0].line ?? 0, `YAML: ${e.message.split('\n')[0]}`);
  if (doc.errors.length > 0) return out;
  const root = doc.contents;
  if (!isMap(root)) {
    err(1, 'top level must be a mapping with kind and entries');
    return out;
  }
  const kind: unknown = root.toJSON().kind;
  if (kind !== 'actors' && kind !== 'agents') {
    err(1, `kind must be 'actors' or 'agents' here (got ${JSON.stringify(kind)})`);
    return out;
  }
  out.kind = kind;
  for (const k of root.items) {
    const key = String((k.key as { value?: unknown }).value);
    if (!['kind', 'entries', 'note', 'source', 'license'].includes(key)) err(lineOf(lc, k.key as Node), `unknown top-level key '${key}'`);
  }
  const entries = root.get('entries', true);
  if (!isSeq(entries)) {
    err(1, 'entries must be a list');
    return out;
  }
  for (const item of entries.items) {
    const line = lineOf(lc, item as Node);
    if (!isMap(item)) {
      err(line, 'an entry must be a mapping');
      continue;
    }
    const e = item.toJSON() as Record<string, unknown>;
    const allowed = kind === 'actors' ? ['code', 'codes', 'names', 'note'] : ['code', 'words', 'note', 'prefix'];
    if (e.prefix !== undefined && e.prefix !== true && e.prefix !== 'true') err(line, 'prefix must be true when given');
    for (const key of Object.keys(e)) if (!allowed.includes(key)) err(line, `unknown key '${key}'`);
    if (e.note !== undefined && typeof e.note !== 'string') err(line, 'note must be text');
    const note = typeof e.note === 'string' ? e.note : undefined;
    if (kind === 'actors') {
      const names = stringList(e.names);
      if (!names) err(line, 'names must be a non-empty list of phrases');
      const codes: KbActorEntry['codes'] = [];
      if ((e.code === undefined) === (e.codes === undefined)) err(line, 'give exactly one of code or codes');
      const specs = e.code !== undefined ? [e.code] : Array.isArray(e.codes) ? e.codes : [];
      if (e.codes !== undefined && (!Array.isArray(e.codes) || e.codes.length === 0)) err(line, 'codes must be a non-empty list');
      for (const s of specs) {
        if (typeof s !== 'string') {
          err(line, `code must be text (got ${JSON.stringify(s)})`);
          continue;
        }
        const c = parseCodeSpec(s);
        if (typeof c === 'string') err(line, c);
        else if (e.code !== undefined && c.from === undefined && c.to === undefined) codes.push(c);
        else if (e.code !== undefined) err(line, 'a dated code goes in codes, not code');
        else codes.push(c);
      }
      if (names) out.actors.push({ file, line, codes, names, ...(note ? { note } : {}) });
    } else {
      const words = stringList(e.words);
      if (!words) err(line, 'words must be a non-empty list of phrases');
      if (typeof e.code !== 'string' || !AGENT_CODE.test(e.code)) err(line, `malformed agent code ${JSON.stringify(e.code)}`);
      else if (words) out.agents.push({ file, line, code: e.code, words, ...(note ? { note } : {}) });
    }
  }
  return out;
}

/** Every `*.yaml` file under the directories, in name order. */
export function listYaml(dirs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.yaml')) out.push(p);
    }
  };
  for (const d of dirs) walk(d);
  return out;
}

/**
 * Cross-file checks over read files: country parts of codes known, no phrase
 * with two different undated codes, no phrase twice in one entry.
 */
export function checkKb(files: readonly KbFile[]): KbProblem[] {
  const problems: KbProblem[] = [];
  const countries = new Set(CAMEO_COUNTRY_CODES);
  for (const f of files) for (const a of f.actors) for (const c of a.codes) if (c.code.length === 3) countries.add(c.code);
  // Parts after the first are sectors, identities or organisations; one that reads as a
  // country ("...POL") misleads a reader, except a country or region right after IGO/NGO/MNC/IMG.
  const sectorParts = new Set<string>();
  for (const f of files) for (const g of f.agents) for (let i = 0; i < g.code.length; i += 3) sectorParts.add(g.code.slice(i, i + 3));
  for (const f of files) {
    for (const a of f.actors) {
      for (const c of a.codes) {
        for (let i = 3; i < c.code.length; i += 3) {
          const part = c.code.slice(i, i + 3);
          if (i === 3 && TRANSNATIONAL.has(c.code.slice(0, 3))) continue;
          if (countries.has(part) && !sectorParts.has(part) && !CAMEO_ORG_CODES.has(part)) {
            problems.push({ file: f.file, line: a.line, level: 'warning', message: `code ${c.code}: part ${part} reads as a country` });
          }
        }
      }
    }
  }
  const actorPhrase = new Map<string, { code: string; file: string; line: number }>();
  const agentPhrase = new Map<string, { code: string; file: string; line: number }>();
  for (const f of files) {
    for (const a of f.actors) {
      for (const c of a.codes) {
        if (!countries.has(c.code.slice(0, 3))) {
          problems.push({ file: f.file, line: a.line, level: 'error', message: `code ${c.code}: unknown country/type part ${c.code.slice(0, 3)}` });
        }
      }
      const seen = new Set<string>();
      for (const n of a.names) {
        const k = phraseKey(n);
        if (k === '') problems.push({ file: f.file, line: a.line, level: 'error', message: `name '${n}' is empty once normalised` });
        if (seen.has(k)) problems.push({ file: f.file, line: a.line, level: 'warning', message: `name '${n}' twice in the entry` });
        seen.add(k);
        // Two entries conflict when their code lists differ (dates included): only one would apply.
        const sig = a.codes.map((c) => (c.from || c.to ? `${c.code} ${c.from ?? ''}..${c.to ?? ''}` : c.code)).join(', ');
        const prev = actorPhrase.get(k);
        if (prev && prev.code !== sig) {
          problems.push({
            file: f.file,
            line: a.line,
            level: 'error',
            message: `'${n}' coded ${sig} here and ${prev.code} at ${prev.file}:${prev.line}`,
          });
        } else if (!prev) actorPhrase.set(k, { code: sig, file: f.file, line: a.line });
      }
    }
    for (const g of f.agents) {
      const seen = new Set<string>();
      for (const w of g.words) {
        const k = phraseKey(w);
        if (seen.has(k)) problems.push({ file: f.file, line: g.line, level: 'warning', message: `word '${w}' twice in the entry` });
        seen.add(k);
        const prev = agentPhrase.get(k);
        if (prev && prev.code !== g.code) {
          problems.push({ file: f.file, line: g.line, level: 'error', message: `'${w}' coded ${g.code} here and ${prev.code} at ${prev.file}:${prev.line}` });
        } else if (!prev) agentPhrase.set(k, { code: g.code, file: f.file, line: g.line });
      }
    }
  }
  // An actor phrase that is also an agent word: which one applies depends on the matcher.
  for (const [k, a] of actorPhrase) {
    const g = agentPhrase.get(k);
    if (g) problems.push({ file: a.file, line: a.line, level: 'warning', message: `'${k}' is an actor (${a.code}) and an agent word (${g.code} at ${g.file}:${g.line})` });
  }
  return problems;
}

/** The repository's default KB directories. */
export function defaultKbDirs(): string[] {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  return [join(root, 'data', 'kb', 'actors'), join(root, 'data', 'kb', 'agents')];
}

function main(): void {
  const dirs = process.argv.length > 2 ? process.argv.slice(2) : defaultKbDirs();
  const files = listYaml(dirs).map((p) => readKbFile(p));
  const problems = [...files.flatMap((f) => f.problems), ...checkKb(files)];
  for (const f of files) {
    const n = f.actors.reduce((s, a) => s + a.names.length, 0) + f.agents.reduce((s, a) => s + a.words.length, 0);
    process.stdout.write(`${f.file}: ${f.kind}, ${f.actors.length + f.agents.length} entries, ${n} phrases\n`);
  }
  for (const p of problems) process.stdout.write(`${p.file}:${p.line}: ${p.level}: ${p.message}\n`);
  const errors = problems.filter((p) => p.level === 'error').length;
  process.stdout.write(`${errors} errors, ${problems.length - errors} warnings\n`);
  if (errors > 0) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
