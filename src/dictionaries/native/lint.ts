/**
 * Checks and counts over loaded dictionaries, PETRARCH or native alike: they
 * work on the compiled indexes (whose rules name file:line) plus the problems
 * found while reading, so both formats get the same findings.
 * @module
 */
import { basename } from 'node:path';
import { CAMEO_COUNTRY_CODES } from '../../actors/code.js';
import { CAMEO_CODES } from '../../events/cameo.js';
import { splitActorCode } from '../../events/record.js';
import type { ActorDictionaries, CompiledActorDef, CompiledActorPhrase, CompiledAgent } from '../actor-dicts.js';
import type { CodeRule } from '../actor-readers.js';
import { pieces } from '../normalize.js';
import type { CodePair, VerbDictionary } from '../verbs.js';
import { formatRange, overlappingRanges } from './dates.js';
import type { NativeFile, NativeProblem } from './read.js';

/** One lint finding. */
export interface LintFinding {
  file: string;
  line: number;
  severity: 'error' | 'warning';
  /** Short check name: syntax, date, duplicate, cameo, country, pattern, unused, repair. */
  check: string;
  message: string;
}

/** What the lint needs: compiled dictionaries (null when they did not compile) and the reading problems. */
export interface LintInput {
  files: string[];
  actors: ActorDictionaries | null;
  verbs: VerbDictionary | null;
  problems: NativeProblem[];
  /** Native files as read (for checks on what the compiled form no longer shows, e.g. unused synsets). */
  native?: NativeFile[];
}

/** CAMEO actor sector/type codes that may start a code with no country ("REB", "MEDIGO"...). */
const SECTORS = new Set(
  `GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL LAB LEG HLH REF AGR ELI ENV HRI IGO NGO IMG MNC UAF SEP INS RAD MOD
DEV UIS REL CHR CTH JEW MUS HIN BUD SHI SUN ATH BAH CON DOX ITH JAN JAI MOS ORT PRO SFI SIK TAO ZRO PPL SOC NGM INT`.split(/\s+/),
);

/** CAMEO regions: three-letter codes that are not countries with leaders of their own. */
const REGIONS = new Set('AFR ASA BLK CAS CAU CEU CFR CRB EAF EAS EEU EIN EUR LAM MDT MEA NAF NMR PGS SAF SAM SAS SCN SEA WAF WAS WEU WST'.split(' '));

/** Words too common to make a pattern specific. */
const STOP_WORDS = new Set('A AN THE OF TO IN ON AT BY FOR WITH FROM AND OR AS IS WAS BE IT ITS THAT THIS'.split(' '));
// Particles that also end phrasal verbs (give in, hand over, crack down) are left out.
const PREPOSITIONS = new Set('TO WITH AGAINST FROM AT FOR OF INTO ONTO TOWARD TOWARDS ABOUT UPON'.split(' '));

/** The actor side's entry lists. */
function actorLists(a: ActorDictionaries): { defs: CompiledActorDef[]; phrases: CompiledActorPhrase[]; agents: CompiledAgent[] } {
  return { defs: a.actorDefs, phrases: a.actorPhrases, agents: a.agents };
}

/** Split a `file:line rest` rule. */
export function splitRule(rule: string): { file: string; line: number; text: string } {
  const m = /^(.+?):(\d+)(?::? (.*))?$/s.exec(rule);
  return m ? { file: m[1], line: Number(m[2]), text: m[3] ?? '' } : { file: rule, line: 0, text: '' };
}

/** Whether an event code is exactly a CAMEO code (no parent fallback). */
export function isCameoCode(code: string): boolean {
  return CAMEO_CODES.has(code);
}

function codeList(c: CodePair): string[] {
  return [c.fwd, c.rev].filter((x): x is string => x !== null);
}

function showCodes(codes: readonly CodeRule[]): string {
  return codes.map((c) => (c.dated ? `${c.code} ${formatRange(c)}` : c.code)).join(', ');
}

/**
 * Lint loaded dictionaries: reading problems, malformed/overlapping dates,
 * phrases listed twice with different codes, unknown CAMEO event codes, unknown
 * country codes, patterns that can never match or match too much.
 * Findings are sorted by file and line.
 */
export function lintDictionaries(inp: LintInput): LintFinding[] {
  const out: LintFinding[] = [];
  // PETRARCH actor files are indexed by basename; report their full path.
  const full = new Map<string, string>();
  for (const f of inp.files) if (!full.has(basename(f))) full.set(basename(f), f);
  const path = (f: string): string => (inp.files.includes(f) ? f : (full.get(f) ?? f));
  const add = (file: string, line: number, severity: LintFinding['severity'], check: string, message: string): void =>
    void out.push({ file: path(file), line, severity, check, message });

  for (const p of inp.problems) add(p.file, p.line, 'error', /date|overlaps/.test(p.message) ? 'date' : 'syntax', p.message);

  const a = inp.actors;
  if (a) {
    for (const w of a.warnings) {
      const isDate = /date/.test(w.message);
      add(w.file, w.line, isDate ? 'error' : 'warning', isDate ? 'date' : 'repair', w.message);
    }
    const { defs, phrases, agents } = actorLists(a);
    const firstPhrase = new Map<number, string>();
    for (const p of phrases) if (!firstPhrase.has(p.def)) firstPhrase.set(p.def, p.phrase);
    const defName = (i: number): string => firstPhrase.get(i) ?? '?';
    const agentCodes = new Set(agents.map((g) => g.code.slice(0, 3)));
    defs.forEach((d, i) => {
      // Native files had their dates checked when read.
      const native = /\.ya?ml$/i.test(a.files[d.file]);
      for (const [x, y] of native ? [] : overlappingRanges(d.codes)) {
        const [cx, cy] = [d.codes[x], d.codes[y]];
        const what = `"${defName(i)}": dates of ${cy.code} ${formatRange(cy)} overlap ${cx.code} ${formatRange(cx)}`;
        // Ranges that share only their boundary day (a PETRARCH habit) or give the same code are harmless.
        if (cx.code === cy.code) add(a.files[d.file], d.line, 'warning', 'date', `${what} (same code)`);
        else if (cx.to === cy.from || cy.to === cx.from) add(a.files[d.file], d.line, 'warning', 'date', `${what} on one day only (the first listed applies that day)`);
        else add(a.files[d.file], d.line, 'error', 'date', what);
      }
      const unknown = new Map<string, string[]>();
      // A compound code `A/B` is checked part by part.
      for (const code of d.codes.flatMap((c) => c.code.split('/'))) {
        if (code.startsWith('---') || code === '') continue;
        const { country } = splitActorCode(code);
        const head = code.slice(0, 3);
        // src/actors/code.ts knows a few region and former-state codes that src/events/record.ts does not (CFR, SRP).
        if (country === null && !CAMEO_COUNTRY_CODES.has(head) && !SECTORS.has(head) && !agentCodes.has(head)) unknown.set(head, [...(unknown.get(head) ?? []), code]);
      }
      for (const [head, codes] of unknown) {
        add(a.files[d.file], d.line, 'error', 'country', `"${defName(i)}": unknown country code ${head} in ${[...new Set(codes)].join(', ')}`);
      }
    });
    // The same phrase in two entries with different codes: only the later one is ever used.
    const seen = new Map<string, number>();
    phrases.forEach((p, i) => {
      const key = pieces(p.phrase.replace(/_/g, ' ')).join(' ');
      const prev = seen.get(key);
      seen.set(key, i);
      if (prev === undefined) return;
      const q = phrases[prev];
      if (q.def === p.def) return;
      const dp = defs[p.def];
      const dq = defs[q.def];
      if (showCodes(dp.codes) === showCodes(dq.codes)) return;
      add(a.files[dp.file], p.line, 'error', 'duplicate', `"${p.phrase}" [${showCodes(dp.codes)}] is also at ${path(a.files[dq.file])}:${q.line} [${showCodes(dq.codes)}]; this later entry wins (the earlier one only on dates this one has no code for)`);
    });
    const seenAgent = new Map<string, number>();
    agents.forEach((g, i) => {
      const key = pieces(g.phrase.replace(/_/g, ' ')).join(' ');
      const prev = seenAgent.get(key);
      seenAgent.set(key, i);
      if (prev === undefined) return;
      const q = agents[prev];
      if (q.code === g.code && q.prefix === g.prefix) return;
      add(a.files[g.file], g.line, 'error', 'duplicate', `agent "${g.phrase}" [${g.code}] is also at ${path(a.files[q.file])}:${q.line} [${q.code}]`);
    });
  }

  const v = inp.verbs;
  if (v) {
    for (const w of v.warnings) {
      const r = splitRule(w);
      add(r.file, r.line, /never match/.test(r.text) ? 'error' : 'warning', 'pattern', r.text.replace(/^: /, ''));
    }
    const checkCode = (rule: string, c: CodePair | null, what: string): void => {
      if (!c) return;
      for (const x of codeList(c)) {
        if (!isCameoCode(x)) {
          const r = splitRule(rule);
          add(r.file, r.line, 'error', 'cameo', `unknown CAMEO event code ${x} in ${what}`);
        }
      }
    };
    v.blocks.forEach((b) => {
      checkCode(b.rule, b.code, `block ${b.name}`);
      if (b.code.fwd === null && b.code.rev === null && b.patterns.length === 0) {
        // Unless one of its verbs has a code of its own, such a block never codes anything.
        const own = [...v.verbs.values()].some((l) => l.some((e) => v.blocks[e.block] === b && e.code && (e.code.fwd || e.code.rev)));
        if (!own) {
          const r = splitRule(b.rule);
          add(r.file, r.line, 'warning', 'pattern', `block ${b.name} has no code and no patterns: its verbs never code an event`);
        }
      }
      const byText = new Map<string, { code: string; rule: string }>();
      for (const p of b.patterns) {
        const r = splitRule(p.rule);
        checkCode(p.rule, p.code, 'pattern');
        const body = r.text.replace(/^-\s*/, '').replace(/\s*\[[^\]]*\]\s*$/, '');
        const norm = body.toUpperCase().replace(/\s+/g, ' ');
        const code = `${p.code.fwd ?? '---'}:${p.code.rev ?? ''}`;
        const prev = byText.get(norm);
        if (prev && prev.code !== code) {
          add(r.file, r.line, 'error', 'duplicate', `pattern "${body}" is also at ${splitRule(prev.rule).file}:${splitRule(prev.rule).line} with another code`);
        }
        byText.set(norm, { code, rule: p.rule });
        const words = [...p.pre, ...p.post].flatMap((e) => (e.k === 'w' ? e.alts.flat() : []));
        const slots = [...p.pre, ...p.post].some((e) => e.k !== 'w');
        const last = p.post[p.post.length - 1];
        if (last && last.k === 'w' && last.alts.length > 0 && last.alts.every((alt) => PREPOSITIONS.has(alt[alt.length - 1]))) {
          const prep = last.alts[0][last.alts[0].length - 1].toLowerCase();
          add(r.file, r.line, 'warning', 'pattern', `pattern "${body}" ends with "${prep}" and no "+": it fires whatever follows; write "(${prep} +)" if the target must be there`);
        } else if (words.length > 0 && !slots && words.every((w) => STOP_WORDS.has(w))) {
          add(r.file, r.line, 'warning', 'pattern', `pattern "${body}" has only stop-words (${[...new Set(words)].join(' ')}): it fires on almost any use of the verb`);
        }
      }
    });
    // A verb listed twice (same words) with different codes.
    const seenVerb = new Map<string, { code: string; rule: string }>();
    const reported = new Set<string>();
    for (const [key, entries] of v.verbs) {
      for (const e of entries) {
        const code = e.code ?? v.blocks[e.block].code;
        checkCode(e.rule, e.code, 'verb');
        const k = [...e.pre, key, ...e.post].join(' ');
        const c = `${code.fwd ?? '---'}:${code.rev ?? ''}`;
        const prev = seenVerb.get(k);
        if (prev && prev.code !== c && prev.rule !== e.rule && !reported.has(`${prev.rule}\0${e.rule}`)) {
          // One finding per pair of lines, not one per inflection.
          reported.add(`${prev.rule}\0${e.rule}`);
          const r = splitRule(e.rule);
          const pr = splitRule(prev.rule);
          add(r.file, r.line, 'warning', 'duplicate', `verb "${k.toLowerCase()}" (${c.replace(/:$/, '')}) is also at ${pr.file}:${pr.line} (${prev.code.replace(/:$/, '')})`);
        }
        if (!prev) seenVerb.set(k, { code: c, rule: e.rule });
      }
    }
  }
  // Native synsets no pattern or other native synset uses (PETRARCH files cannot see them).
  if (inp.native && v) {
    const used = new Set<string>();
    const refs = (t: string): void => {
      for (const m of t.matchAll(/&([A-Za-z0-9_-]+)/g)) used.add(m[1].toUpperCase());
    };
    for (const f of inp.native) {
      for (const e of f.verbs) for (const p of e.patterns) refs(p.pattern);
      for (const x of f.synsets) for (const m of x.members) refs(m.text);
    }
    for (const f of inp.native) {
      for (const x of f.synsets) {
        if (!used.has(x.name.toUpperCase())) add(f.file, x.line, 'warning', 'unused', `synset &${x.name} is used by no pattern`);
      }
    }
  }
  // Deduplicate (a verb key and its inflections share one rule) and sort.
  const uniq = new Map<string, LintFinding>();
  for (const f of out) uniq.set(`${f.file}\0${f.line}\0${f.check}\0${f.message}`, f);
  return [...uniq.values()].sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.line - y.line));
}

/** Counts and gaps of a dictionary set (`annals dict stats`). */
export interface DictionaryStats {
  actorEntries: number;
  actorPhrases: number;
  agentPhrases: number;
  discards: number;
  issuePhrases: number;
  verbBlocks: number;
  verbLemmas: number;
  patterns: number;
  synsets: number;
  /** CAMEO event codes (3 or 4 digits) that no block, verb or pattern gives. */
  cameoUncovered: string[];
  /** Countries with an entry of their own but no entry coded CCCGOV (its leaders). */
  countriesWithoutLeaders: string[];
}

/** The lemma of a verb rule (`file:line +MEET_WITH {+MET_WITH}` -> "meet with"). */
function lemmaOf(rule: string): string {
  const t = splitRule(rule).text;
  return t.replace(/[{[].*$/, '').trim().replace(/\+/g, '').replace(/_/g, ' ').toLowerCase();
}

/** Count what the dictionaries hold and what they miss. */
export function dictionaryStats(actors: ActorDictionaries, verbs: VerbDictionary): DictionaryStats {
  const lemmas = new Set<string>();
  const used = new Set<string>();
  for (const list of verbs.verbs.values()) {
    for (const e of list) {
      lemmas.add(lemmaOf(e.rule));
      if (e.code) codeList(e.code).forEach((c) => used.add(c));
    }
  }
  let patterns = 0;
  for (const b of verbs.blocks) {
    codeList(b.code).forEach((c) => used.add(c));
    patterns += b.patterns.length;
    for (const p of b.patterns) codeList(p.code).forEach((c) => used.add(c));
  }
  const countries = new Set<string>();
  const gov = new Set<string>();
  for (const d of actorLists(actors).defs) {
    for (const c of d.codes) {
      const { country, sector } = splitActorCode(c.code);
      if (country && !sector && country === c.code && !REGIONS.has(country) && !SECTORS.has(country)) countries.add(country);
      if (country && sector === 'GOV') gov.add(country);
    }
  }
  return {
    actorEntries: actors.actorDefs.length,
    actorPhrases: actors.actorPhrases.length,
    agentPhrases: actors.agents.length,
    discards: actors.discards.length,
    issuePhrases: actors.issues.length,
    verbBlocks: verbs.blocks.length,
    verbLemmas: lemmas.size,
    patterns,
    synsets: verbs.synsets.size,
    cameoUncovered: [...CAMEO_CODES.keys()].filter((c) => c.length >= 3 && !used.has(c)).sort(),
    countriesWithoutLeaders: [...countries].filter((c) => !gov.has(c)).sort(),
  };
}
