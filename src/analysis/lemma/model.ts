/**
 * Lemmatizer: an exception table (form + tags -> lemma) for training words the
 * rules get wrong, then a casing rule and a suffix-rewrite rule chosen by the
 * longest known suffix for the word's Penn tag.
 *
 * The model (models/lemma.json) is learned from UD English EWT and is a derived
 * work of it, distributed under CC BY-SA 4.0 like the treebank.
 * @module
 */
import { FormIdCache, type FormTable } from '../forms.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AnnalsError } from '../../errors.js';
import { XPOS, uposId } from '../tags.js';
import { WN_ADJ, WN_ADV, WN_NOUN, WN_VERB } from '../tagger/wordnet.js';

const VERB_UPOS = uposId('VERB');

/** Longest suffix the rules look at. */
export const MAX_SUFFIX = 6;

/** A suffix rewrite: drop `cut` code units, append `add`. */
export type Rewrite = [cut: number, add: string];

/** Serialised lemmatizer model. */
export interface LemmaModelData {
  format: 'annals-lemma';
  version: 1;
  /**
   * Per "upos,shape,first" key (shape: c initial capital, u all caps, o other
   * mix; first: 1 for a sentence-initial word): keep case (1) or lowercase (0).
   */
  keepCase: Record<string, 0 | 1>;
  /** Per XPOS id: suffix -> rewrite. The '' suffix is the default for that tag. */
  rules: Record<string, Record<string, Rewrite>>;
  /** form -> flat list [tagKey, lemma, tagKey, lemma, ...], tagKey = upos*256 + xpos. */
  exceptions: Record<string, (number | string)[]>;
  /** Known lemmas (lowercased), used to pick among inflection-rule candidates. */
  vocab: string[];
}

/**
 * English inflection candidates per Penn tag, in order of preference: strip the
 * suffix, append the replacement; '=' as replacement undoubles a final consonant
 * ("stopped" -> "stop"). The first candidate that is a known lemma wins.
 */
const INFLECTIONS: Record<string, readonly (readonly [string, string])[]> = {
  NNS: [['ies', 'y'], ['s', ''], ['es', ''], ['ves', 'fe'], ['ves', 'f'], ['men', 'man']],
  // The tagger may call an irregular plural singular ("gunmen"/NN); a known "-man" lemma decides.
  NN: [['men', 'man']],
  NNPS: [['ies', 'y'], ['s', ''], ['es', '']],
  VBZ: [['ies', 'y'], ['s', ''], ['es', '']],
  VBD: [['ied', 'y'], ['ed', 'e'], ['ed', ''], ['ed', '=']],
  VBN: [['ied', 'y'], ['ed', 'e'], ['ed', ''], ['ed', '=']],
  VBG: [['ying', 'ie'], ['ing', 'e'], ['ing', ''], ['ing', '=']],
  JJR: [['ier', 'y'], ['er', ''], ['er', 'e'], ['er', '=']],
  RBR: [['ier', 'y'], ['er', ''], ['er', 'e'], ['er', '=']],
  JJS: [['iest', 'y'], ['est', ''], ['est', 'e'], ['est', '=']],
  RBS: [['iest', 'y'], ['est', ''], ['est', 'e'], ['est', '=']],
};

/**
 * Irregular past and participle forms -> base ("fled" -> "flee", "upheld" -> "uphold"), from the
 * english-verbs-irregular package (Apache-2.0, a WordNet-based list of ~570 verbs). EWT is too small to have every
 * irregular verb under both tags ("shot"/VBD was rewritten "shet"), and the suffix rules cannot invent them.
 * First base wins when a form has two ("found": find, not the regular "found").
 */
function irregularForms(): { past: Map<string, string>; participle: Map<string, string> } {
  const verbs = createRequire(import.meta.url)('english-verbs-irregular/dist/verbs.json') as Record<string, string[][]>;
  const past = new Map<string, string>();
  const participle = new Map<string, string>();
  for (const [base, pairs] of Object.entries(verbs)) {
    for (const [p, pp] of pairs) {
      if (!past.has(p) && !regular(base, p)) past.set(p, base);
      if (!participle.has(pp) && !regular(base, pp)) participle.set(pp, base);
    }
  }
  return { past, participle };
}

/** A regular "-ed" form of `base` (the list also holds doublings like "boycot"/"boycotted"): left to the rules. */
function regular(base: string, form: string): boolean {
  return (
    form === `${base}ed` ||
    form === `${base}d` ||
    form === `${base}${base[base.length - 1]}ed` ||
    (base.endsWith('y') && form === `${base.slice(0, -1)}ied`)
  );
}

const VBD = XPOS.indexOf('VBD');
const VBN = XPOS.indexOf('VBN');

const isConsonant = (c: number): boolean => c >= 97 && c <= 122 && 'aeiou'.indexOf(String.fromCharCode(c)) < 0;

/** Casing shape of a word: 'l' (no capitals), 'c' (initial capital only-ish), 'u' (all caps), 'o' (other mixes). */
export function caseShape(form: string): string {
  let upper = 0;
  let lower = 0;
  for (let k = 0; k < form.length; k++) {
    const c = form.charCodeAt(k);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127) {
      const ch = form[k];
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
  }
  if (upper === 0) return 'l';
  if (lower === 0) return upper > 1 ? 'u' : 'c';
  const first = form[0];
  return first !== first.toLowerCase() && upper === 1 ? 'c' : 'o';
}

/** Apply a rewrite; never cuts the whole word. */
export function applyRewrite(base: string, r: Rewrite): string {
  if (r[0] >= base.length) return base;
  return (r[0] === 0 ? base : base.slice(0, base.length - r[0])) + r[1];
}

/** Lemmatizer settings. */
export interface LemmatizerOptions {
  /**
   * WordNet class of a lowercase word (tagger/wordnet.ts bits; Tagger.wordnetClass), for the
   * inflections of words the treebank never shows; without it the suffix rules guess.
   */
  wordnet?: (word: string) => number;
}

/** The WordNet part of speech whose lemmas an inflected Penn tag's candidates must be. */
const WN_POS_OF_TAG: Record<string, number> = {
  NNS: WN_NOUN,
  NNPS: WN_NOUN,
  VBZ: WN_VERB,
  VBD: WN_VERB,
  VBN: WN_VERB,
  VBG: WN_VERB,
  JJR: WN_ADJ,
  JJS: WN_ADJ,
  RBR: WN_ADV,
  RBS: WN_ADV,
};

/** A loaded lemmatizer. */
export class Lemmatizer {
  private readonly keepCase: Map<string, boolean>;
  private readonly rules: Map<string, Rewrite>[];
  private readonly exceptions: Map<string, (number | string)[]>;
  private readonly vocab: Set<string>;
  private readonly inflections: (readonly (readonly [string, string])[] | undefined)[];
  private readonly irregular = irregularForms();
  /**
   * Results so far: form -> [tags-and-position key, lemma, ...]. A pure function's
   * memo, so sharing the lemmatizer stays safe; emptied when it holds
   * {@link CACHE_FORMS} forms.
   */
  private readonly cache = new Map<string, (number | string)[]>();

  /** Per Penn tag id: the WordNet class bit a candidate lemma needs ({@link LemmatizerOptions.wordnet}); 0 = none. */
  private readonly wnPos: number[];
  private readonly wordnet: ((word: string) => number) | undefined;

  constructor(m: LemmaModelData, opts: LemmatizerOptions = {}) {
    this.wordnet = opts.wordnet;
    this.wnPos = XPOS.map((x) => WN_POS_OF_TAG[x] ?? 0);
    this.vocab = new Set(m.vocab);
    this.inflections = XPOS.map((x) => INFLECTIONS[x]);
    this.keepCase = new Map(Object.entries(m.keepCase).map(([k, v]) => [k, v === 1] as const));
    this.rules = [];
    for (const [x, table] of Object.entries(m.rules)) this.rules[Number(x)] = new Map(Object.entries(table));
    this.exceptions = new Map(Object.entries(m.exceptions));
  }

  private exception(form: string, key: number): string | undefined {
    const e = this.exceptions.get(form);
    if (e === undefined) return undefined;
    for (let k = 0; k < e.length; k += 2) if (e[k] === key) return e[k + 1] as string;
    return undefined;
  }

  /** The casing-normalised form the suffix rules rewrite. */
  base(form: string, upos: number, first = false): string {
    const shape = caseShape(form);
    if (shape === 'l') return form;
    return this.keepCase.get(`${upos},${shape},${first ? 1 : 0}`) ? form : form.toLowerCase();
  }

  /**
   * Lemma of `form` tagged `upos` / `xpos` (ids from tags.ts); `first` marks a
   * sentence-initial word, whose capital says less about proper names.
   */
  lemma(form: string, upos: number, xpos: number, first = false): string {
    // News repeats its words: most calls are answered from the cache of earlier results.
    const ck = (upos * 256 + xpos) * 2 + (first ? 1 : 0);
    let seen = this.cache.get(form);
    if (seen !== undefined) {
      for (let k = 0; k < seen.length; k += 2) if (seen[k] === ck) return seen[k + 1] as string;
    } else {
      if (this.cache.size >= CACHE_FORMS) this.cache.clear();
      seen = [];
      this.cache.set(form, seen);
    }
    const lemma = this.compute(form, upos, xpos, first);
    seen.push(ck, lemma);
    return lemma;
  }

  // The cache by form id (see forms.ts): the first (key, lemma) pair of a form in
  // typed and plain arrays at its id, any others in idMore; valid for the ids
  // idSeen has. Allocated on first use.
  private idSeen: FormIdCache | null = null;
  private idKey = new Int32Array(0);
  private idLemma: string[] = [];
  private idMore: ((number | string)[] | undefined)[] = [];

  /**
   * Get ready for {@link lemmaById} with ids of `table` (once per document);
   * false when they do not fit (then use {@link lemma}).
   */
  beginIds(table: FormTable): boolean {
    if (this.idSeen === null || this.idSeen.capacity < table.capacity) {
      const cap = table.capacity;
      this.idSeen = new FormIdCache(cap);
      this.idKey = new Int32Array(cap);
      this.idLemma = new Array<string>(cap).fill('');
      this.idMore = new Array<(number | string)[] | undefined>(cap).fill(undefined);
    }
    return this.idSeen.begin(table);
  }

  /**
   * {@link lemma} of `form`, whose id is `fid` in the table of the last
   * {@link beginIds} that returned true: the same lemma, found by id.
   */
  lemmaById(fid: number, form: string, upos: number, xpos: number, first = false): string {
    const ck = (upos * 256 + xpos) * 2 + (first ? 1 : 0);
    const seen = this.idSeen!;
    if (seen.has(fid)) {
      if (this.idKey[fid] === ck) return this.idLemma[fid];
      let more = this.idMore[fid];
      if (more !== undefined) {
        for (let k = 0; k < more.length; k += 2) if (more[k] === ck) return more[k + 1] as string;
      } else {
        more = [];
        this.idMore[fid] = more;
      }
      const lemma = this.compute(form, upos, xpos, first);
      more.push(ck, lemma);
      return lemma;
    }
    const lemma = this.compute(form, upos, xpos, first);
    seen.mark(fid);
    this.idKey[fid] = ck;
    this.idLemma[fid] = lemma;
    this.idMore[fid] = undefined;
    return lemma;
  }

  /** {@link lemma} without the cache. */
  private compute(form: string, upos: number, xpos: number, first: boolean): string {
    const key = upos * 256 + xpos;
    const ex = this.exception(form, key);
    if (ex !== undefined) return ex;
    const b = this.base(form, upos, first);
    if (b !== form) {
      const ex2 = this.exception(b, key);
      if (ex2 !== undefined) return ex2;
    }
    if (xpos === VBD || xpos === VBN) {
      // The tagger confuses the two tags, so each looks in its own list first, then the other's.
      const lower = b.toLowerCase();
      const { past, participle } = this.irregular;
      const irr = xpos === VBD ? (past.get(lower) ?? participle.get(lower)) : (participle.get(lower) ?? past.get(lower));
      if (irr !== undefined) return irr;
    }
    return applyRewrite(b, this.inflect(b, xpos) ?? this.inflectWordNet(b, xpos) ?? this.rewrite(b, xpos));
  }

  /**
   * Whether lowercase `form` is a known verb form for Penn tag `xpos` (a VERB id from tags.ts
   * pairs with it): listed for that tag in the exception table ("met", "fought"), or a regular
   * inflection of a known lemma ("pressed" -> "press"). Never the suffix rules, which rewrite
   * any word ("van" -> "vin"). For the news tag repairs (src/analysis/tense.ts).
   */
  isVerbForm(form: string, xpos: number): boolean {
    const e = this.exceptions.get(form);
    const key = VERB_UPOS * 256 + xpos;
    if (e !== undefined) for (let k = 0; k < e.length; k += 2) if (e[k] === key) return true;
    return this.inflect(form, xpos) !== undefined;
  }

  /** The first inflection candidate for `base` that is a known lemma, as a rewrite; undefined if none. */
  inflect(base: string, xpos: number): Rewrite | undefined {
    return this.inflectBy(base, xpos, (lemma) => this.vocab.has(lemma));
  }

  /**
   * Like {@link inflect}, with WordNet's lemmas of the tag's part of speech as the known lemmas:
   * the treebank lacks many news verbs ("convened", "pledged", "seized"), whose suffix rules then
   * drop the final -e ("conven"). Only where the treebank's vocabulary gave no candidate.
   */
  private inflectWordNet(base: string, xpos: number): Rewrite | undefined {
    const need = this.wnPos[xpos];
    const wn = this.wordnet;
    if (need === 0 || wn === undefined) return undefined;
    return this.inflectBy(base, xpos, (lemma) => (wn(lemma) & need) !== 0);
  }

  /** The first inflection candidate for `base` whose lemma `known` accepts, as a rewrite. */
  private inflectBy(base: string, xpos: number, known: (lemma: string) => boolean): Rewrite | undefined {
    const rules = this.inflections[xpos];
    if (rules === undefined) return undefined;
    const lower = base.toLowerCase();
    for (const [suf, rep] of rules) {
      if (lower.length < suf.length + 2 || !lower.endsWith(suf)) continue;
      const stem = lower.slice(0, lower.length - suf.length);
      if (rep === '=') {
        const n = stem.length;
        const c = stem.charCodeAt(n - 1);
        if (c !== stem.charCodeAt(n - 2) || !isConsonant(c)) continue;
        if (known(stem.slice(0, n - 1))) return [suf.length + 1, ''];
      } else if (known(stem + rep)) {
        return [suf.length, rep];
      }
    }
    return undefined;
  }

  /** The rewrite the rules choose for casing-normalised `base` with Penn tag `xpos`. */
  rewrite(base: string, xpos: number): Rewrite {
    const table = this.rules[xpos];
    if (table === undefined) return NO_CHANGE;
    const lower = base.toLowerCase();
    for (let k = Math.min(MAX_SUFFIX, lower.length); k > 0; k--) {
      const r = table.get(lower.slice(lower.length - k));
      if (r !== undefined) return r;
    }
    return table.get('') ?? NO_CHANGE;
  }
}

const NO_CHANGE: Rewrite = [0, ''];

/** Forms the lemma cache holds before it starts over (a few MB at most). */
const CACHE_FORMS = 50_000;

/** Read a lemmatizer model file; throws E_MODEL when missing or malformed. */
export function readLemmaModel(path: string): LemmaModelData {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new AnnalsError('E_MODEL', `cannot read lemmatizer model: ${(e as Error).message}`, { file: path });
  }
  let m: LemmaModelData;
  try {
    m = JSON.parse(text) as LemmaModelData;
  } catch (e) {
    throw new AnnalsError('E_MODEL', `lemmatizer model is not JSON: ${(e as Error).message}`, { file: path });
  }
  if (m?.format !== 'annals-lemma' || m.version !== 1 || typeof m.rules !== 'object' || typeof m.exceptions !== 'object' || !Array.isArray(m.vocab)) {
    throw new AnnalsError('E_MODEL', 'not an annals lemmatizer model (format/version)', { file: path });
  }
  return m;
}
