/**
 * Counts over the verb KB (shared by the tests and `verb-stats`): distinct verb
 * phrases, patterns, codes reached, per CAMEO root.
 * @module
 */
import { CAMEO_CODES } from '../events/cameo.js';
import { parseVerbPhrase, type VerbKb, type VerbPhrase } from './kb.js';

/**
 * CAMEO codes judged not expressible as their own event in text, with the reason.
 * The two-digit roots are never written by the KB: a root-level event is coded with
 * its "not specified" three-digit code (01 -> 010, 20 -> 200).
 */
export const NOT_EXPRESSIBLE: ReadonlyMap<string, string> = new Map([
  ...[...CAMEO_CODES.keys()]
    .filter((c) => c.length === 2)
    .map((c): [string, string] => [c, `root code: written as its 'not specified' code ${c}0`]),
]);

/** Codes the KB must reach: every CAMEO code except {@link NOT_EXPRESSIBLE}. */
export function expressibleCodes(): string[] {
  return [...CAMEO_CODES.keys()].filter((c) => !NOT_EXPRESSIBLE.has(c));
}

/** Normalised lemma key of a verb phrase: its words without irregular forms. */
export function lemmaKey(v: string): string {
  return (parseVerbPhrase(v) as VerbPhrase).words.join(' ');
}

/** Per-root and total counts. */
export interface KbStats {
  lemmas: number;
  patterns: number;
  entries: number;
  synsets: number;
  /** Codes reached by a default code or a pattern. */
  reached: Set<string>;
  /** root -> counts (lemmas by entry default code, null -> 'null'; patterns by pattern code root). */
  byRoot: Map<string, { lemmas: number; patterns: number; codes: Set<string> }>;
}

/** Compute {@link KbStats}. */
export function kbStats(kb: VerbKb): KbStats {
  const lemmas = new Set<string>();
  const reached = new Set<string>();
  const byRoot = new Map<string, { lemmas: number; patterns: number; codes: Set<string> }>();
  const slot = (r: string) => {
    let s = byRoot.get(r);
    if (!s) byRoot.set(r, (s = { lemmas: 0, patterns: 0, codes: new Set() }));
    return s;
  };
  let patterns = 0;
  for (const e of kb.entries) {
    const r = e.code ? e.code.slice(0, 2) : 'null';
    for (const v of e.verbs) {
      const k = lemmaKey(v);
      if (!lemmas.has(k)) slot(r).lemmas++;
      lemmas.add(k);
    }
    if (e.code) {
      reached.add(e.code);
      slot(r).codes.add(e.code);
    }
    for (const p of e.patterns) {
      patterns++;
      if (!p.code) continue;
      reached.add(p.code);
      const s = slot(p.code.slice(0, 2));
      s.patterns++;
      s.codes.add(p.code);
    }
  }
  return { lemmas: lemmas.size, patterns, entries: kb.entries.length, synsets: kb.synsets.size, reached, byRoot };
}

/** Verb phrases listed in more than one entry ("lemma" -> the files:lines), which make codes ambiguous. */
export function duplicateVerbs(kb: VerbKb): Map<string, string[]> {
  const where = new Map<string, string[]>();
  for (const e of kb.entries)
    for (const v of e.verbs) {
      const k = lemmaKey(v);
      const l = where.get(k) ?? [];
      l.push(`${e.file.replace(/^.*\//, '')}:${e.line}`);
      where.set(k, l);
    }
  return new Map([...where].filter(([, l]) => l.length > 1));
}
