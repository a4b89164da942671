/**
 * Lemmatizer: an exception table (form + tags -> lemma) for training words the
 * rules get wrong, then a casing rule and a suffix-rewrite rule chosen by the
 * longest known suffix for the word's Penn tag.
 *
 * The model (models/lemma.json) is learned from UD English EWT and is a derived
 * work of it, distributed under CC BY-SA 4.0 like the treebank.
 * @module
 */
import { readFileSync } from 'node:fs';
import { AnnalsError } from '../../errors.js';

/** Longest suffix the rules look at. */
export const MAX_SUFFIX = 6;

/** A suffix rewrite: drop `cut` code units, append `add`. */
export type Rewrite = [cut: number, add: string];

/** Serialised lemmatizer model. */
export interface LemmaModelData {
  format: 'annals-lemma';
  version: 1;
  /** Per "upos,shape" key (shape: l lower, c initial capital, u all caps, o other): keep case (1) or lowercase (0). */
  keepCase: Record<string, 0 | 1>;
  /** Per XPOS id: suffix -> rewrite. The '' suffix is the default for that tag. */
  rules: Record<string, Record<string, Rewrite>>;
  /** form -> flat list [tagKey, lemma, tagKey, lemma, ...], tagKey = upos*256 + xpos. */
  exceptions: Record<string, (number | string)[]>;
}

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

/** A loaded lemmatizer. */
export class Lemmatizer {
  private readonly keepCase: Map<string, boolean>;
  private readonly rules: Map<string, Rewrite>[];
  private readonly exceptions: Map<string, (number | string)[]>;

  constructor(m: LemmaModelData) {
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
  base(form: string, upos: number): string {
    const shape = caseShape(form);
    if (shape === 'l') return form;
    return this.keepCase.get(`${upos},${shape}`) ? form : form.toLowerCase();
  }

  /** Lemma of `form` tagged `upos` / `xpos` (ids from tags.ts). */
  lemma(form: string, upos: number, xpos: number): string {
    const key = upos * 256 + xpos;
    const ex = this.exception(form, key);
    if (ex !== undefined) return ex;
    const b = this.base(form, upos);
    if (b !== form) {
      const ex2 = this.exception(b, key);
      if (ex2 !== undefined) return ex2;
    }
    return applyRewrite(b, this.rewrite(b, xpos));
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
  if (m?.format !== 'annals-lemma' || m.version !== 1 || typeof m.rules !== 'object' || typeof m.exceptions !== 'object') {
    throw new AnnalsError('E_MODEL', 'not an annals lemmatizer model (format/version)', { file: path });
  }
  return m;
}
