/**
 * The token scanner: one left-to-right pass over UTF-16 code units with a
 * class table, no regular expressions, bounded lookahead at every step, so time
 * is linear in the input. It follows UD English EWT tokenisation: clitics split
 * ("do" "n't", "Sadr" "'s"), punctuation separate, hyphens split except after
 * prefixes EWT keeps ("anti-war") and in phone numbers, "U.S." and "1,000.50"
 * whole, URLs and e-mail addresses whole.
 * @module
 */
import {
  C_CJK, C_DIGIT, C_HIGH, C_LETTER, C_MARK, C_NEWLINE, C_PUNCT, C_SPACE, CAS, CASE_LOWER, CASE_UPPER, CLS,
  classifyCodePoint,
} from './chars.js';
import {
  APOS_CLITICS, HYPHEN_PREFIXES, NOAPOS_CONTRACTIONS, NUMBER_ABBREVS, OTHER_ABBREVS, TITLE_ABBREVS,
} from './lexicon.js';
import { region, regionBuffer } from '../arena.js';

/** Token kinds the sentence splitter reads. */
export const K_WORD = 1;
export const K_NUM = 2;
/** Abbreviation with its period that may still end a sentence ("Inc.", "U.S."). */
export const K_ABBR = 3;
/** Abbreviation that never ends a sentence ("Mr.", "Gen."). */
export const K_TITLE = 4;
/** A capital initial with its period ("W."). */
export const K_INITIAL = 5;
/** Sentence-final punctuation run: . ! ? ... and mixes. */
export const K_TERM = 6;
export const K_CLOSE = 7;
export const K_OPEN = 8;
export const K_DASH = 9;
export const K_PUNCT = 10;
export const K_CJK = 11;
export const K_URL = 12;

/**
 * Whitespace before a token: 0 none, 1 spaces, 2 one line break, 3 a blank
 * line (or the start of the text).
 */
export type Gap = 0 | 1 | 2 | 3;

/** Growable parallel arrays of raw tokens; one instance per call. */
export class TokenBuffer {
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  gap: Uint8Array;
  form: string[] = [];
  n = 0;

  constructor(cap = 64) {
    [this.start, this.end, this.kind, this.gap] = TokenBuffer.columns(cap);
  }

  /**
   * The four columns as views of one ArrayBuffer: each typed array of more
   * than 64 bytes costs a memory allocation of its own, which for a sentence
   * takes about as long as scanning it.
   */
  private static columns(cap: number): [Int32Array, Int32Array, Uint8Array, Uint8Array] {
    // Carved out of a shared chunk (arena.ts): no allocation of its own for a short text.
    const at = region(10 * cap);
    const buf = regionBuffer;
    return [new Int32Array(buf, at, cap), new Int32Array(buf, at + 4 * cap, cap), new Uint8Array(buf, at + 8 * cap, cap), new Uint8Array(buf, at + 9 * cap, cap)];
  }

  push(s: number, e: number, kind: number, gap: number, form: string): void {
    if (this.n === this.start.length) this.grow();
    const k = this.n++;
    this.start[k] = s;
    this.end[k] = e;
    this.kind[k] = kind;
    this.gap[k] = gap;
    this.form.push(form);
  }

  private grow(): void {
    const [s, e, k, g] = TokenBuffer.columns(this.start.length * 2);
    s.set(this.start);
    e.set(this.end);
    k.set(this.kind);
    g.set(this.gap);
    this.start = s;
    this.end = e;
    this.kind = k;
    this.gap = g;
  }
}

function isWordClass(k: number): boolean {
  return k === C_LETTER || k === C_DIGIT || k === C_MARK;
}

/** End of a run of letters/digits/marks starting at `j` (astral letters included). */
function wordRunEnd(text: string, j: number, n: number): number {
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = CLS[c];
    if (k === C_LETTER || k === C_DIGIT || k === C_MARK) {
      j++;
      continue;
    }
    if (k === C_HIGH && j + 1 < n) {
      const d = text.charCodeAt(j + 1);
      if (d >= 0xdc00 && d <= 0xdfff && isWordClass(classifyCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000))) {
        j += 2;
        continue;
      }
    }
    break;
  }
  return j;
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Case-insensitive ASCII prefix test at `i`. `p` is lowercase. */
function startsWithCI(text: string, i: number, p: string): boolean {
  if (i + p.length > text.length) return false;
  for (let k = 0; k < p.length; k++) if (lower(text.charCodeAt(i + k)) !== p.charCodeAt(k)) return false;
  return true;
}

function urlStart(text: string, i: number): boolean {
  const c = lower(text.charCodeAt(i));
  if (c === 104) return startsWithCI(text, i, 'http://') || startsWithCI(text, i, 'https://');
  if (c === 119) return startsWithCI(text, i, 'www.') && i + 4 < text.length && isWordClass(CLS[text.charCodeAt(i + 4)]);
  if (c === 102) return startsWithCI(text, i, 'ftp://');
  if (c === 109) return startsWithCI(text, i, 'mailto:');
  return false;
}

/** A URL runs to whitespace; trailing sentence punctuation and unbalanced closers are given back. */
function urlEnd(text: string, i: number, n: number): number {
  let j = i;
  let open = 0;
  let close = 0;
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = CLS[c];
    if (k === C_SPACE || k === C_NEWLINE || c === 60 || c === 62 || c === 34 || (c >= 0x201c && c <= 0x201d)) break;
    if (c === 40) open++;
    else if (c === 41) close++;
    j++;
  }
  while (j > i + 1) {
    const c = text.charCodeAt(j - 1);
    if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 39 || c === 0x2019 || c === 42) {
      j--;
    } else if (c === 41 && close > open) {
      close--;
      j--;
    } else if (c === 93) {
      j--;
    } else break;
  }
  return j;
}

/** Characters allowed in an e-mail address after the '@'. */
function emailEnd(text: string, j: number, n: number): number {
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isWordClass(CLS[c]) || c === 46 || c === 45 || c === 95) j++;
    else break;
  }
  while (text.charCodeAt(j - 1) === 46 || text.charCodeAt(j - 1) === 45) j--;
  return j;
}

function isDigit(c: number): boolean {
  return CLS[c] === C_DIGIT;
}

function digitRun(text: string, j: number, n: number): number {
  let k = j;
  while (k < n && k - j < 6 && isDigit(text.charCodeAt(k))) k++;
  return k - j;
}

/** Curly apostrophes in a word's form become straight ones. */
function wordForm(text: string, s: number, e: number, curly: boolean): string {
  const f = text.slice(s, e);
  return curly ? f.replaceAll('\u2019', "'") : f;
}

function isAlnumAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const k = CLS[text.charCodeAt(i)];
  return k === C_LETTER || k === C_DIGIT || k === C_MARK || k === C_CJK || k === C_HIGH;
}

function isSpaceAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  const k = CLS[text.charCodeAt(i)];
  return k === C_SPACE || k === C_NEWLINE;
}

/**
 * Scan `text` into raw tokens. Markdown emphasis markers (`*x*`, `**x**`, `_x_`)
 * produce no token; everything else that is not whitespace is covered by a token.
 */
export function scan(text: string): TokenBuffer {
  const out = new TokenBuffer();
  const n = text.length;
  let i = 0;
  let gap = 3;
  while (i < n) {
    const c = text.charCodeAt(i);
    let cl = CLS[c];
    let w = 1;
    if (cl === C_SPACE) {
      // A lone \r (old Mac line ends) is a line break; in \r\n the \n counts.
      if (c === 13 && (i + 1 >= n || text.charCodeAt(i + 1) !== 10)) gap = gap >= 2 ? 3 : 2;
      else if (gap === 0) gap = 1;
      i++;
      continue;
    }
    if (cl === C_NEWLINE) {
      gap = gap >= 2 ? 3 : 2;
      i++;
      continue;
    }
    if (cl === C_HIGH) {
      const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        cl = classifyCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        w = 2;
        if (cl === C_SPACE || cl === C_NEWLINE) {
          if (gap === 0) gap = 1;
          i += 2;
          continue;
        }
      } else cl = C_PUNCT;
    }
    if (cl === C_LETTER || cl === C_DIGIT || cl === C_MARK) {
      i = scanWord(text, i, w, n, gap, out);
      gap = 0;
      continue;
    }
    if (cl === C_CJK) {
      out.push(i, i + w, K_CJK, gap, text.slice(i, i + w));
      i += w;
      gap = 0;
      continue;
    }
    // Punctuation and symbols.
    const e = scanPunct(text, i, w, n, gap, out);
    if (e > i) {
      i = e;
      gap = 0;
    } else {
      // Dropped markdown marker: skip it, keep the gap as it was.
      i += i - e;
    }
  }
  return out;
}

/**
 * Scan a word starting at `i` (first char `w` units wide); push its token(s)
 * and return the index after them.
 */
function scanWord(text: string, i: number, w: number, n: number, gap: number, out: TokenBuffer): number {
  const s = i;
  if (urlStart(text, i)) {
    const e = urlEnd(text, i, n);
    out.push(s, e, K_URL, gap, text.slice(s, e));
    return e;
  }
  let j = wordRunEnd(text, i + w, n);
  let segBegin = s; // start of the current dot-separated segment
  let hyphBegin = s; // start of the current hyphen-separated segment
  let hasDot = false;
  let acronym = CLS[text.charCodeAt(s)] === C_LETTER && j - s <= 2;
  let plain = true; // letters/digits only, no connectors
  let apos = -1;
  let curly = false;
  for (;;) {
    if (j + 1 >= n) break;
    const c = text.charCodeAt(j);
    if (c === 46 && text.charCodeAt(j + 1) === 46 && text.charCodeAt(j + 2) === 46 && text.charCodeAt(j + 3) === 64 &&
        j + 4 < n && isWordClass(CLS[text.charCodeAt(j + 4)])) {
      // Obfuscated e-mail addresses "name...@example.com".
      const e = emailEnd(text, j + 4, n);
      out.push(s, e, K_URL, gap, text.slice(s, e));
      return e;
    }
    if (c === 42) {
      // Censored words "bl**dy": up to three asterisks between letters.
      let e = j + 1;
      while (e < n && e < j + 4 && text.charCodeAt(e) === 42) e++;
      if (CLS[text.charCodeAt(j - 1)] !== C_LETTER || CLS[text.charCodeAt(e)] !== C_LETTER) break;
      plain = false;
      acronym = false;
      j = wordRunEnd(text, e, n);
      continue;
    }
    const nx = text.charCodeAt(j + 1);
    const nk = CLS[nx];
    if (!(nk === C_LETTER || nk === C_DIGIT || nk === C_HIGH)) {
      break;
    }
    const pv = text.charCodeAt(j - 1);
    if (c === 46) {
      // '.' inside: "U.S", "1.5", "reuters.com"; but "end.The" and "J.Aron"
      // are two words (unless an e-mail address follows: "Ann.Lee@x.com").
      if (
        CAS[nx] === CASE_UPPER && j + 2 < n && CAS[text.charCodeAt(j + 2)] === CASE_LOWER &&
        ((j - segBegin >= 2 && CAS[pv] === CASE_LOWER) || (j - segBegin === 1 && CAS[pv] === CASE_UPPER))
      ) {
        const r = wordRunEnd(text, j + 1, n);
        const tld = r - j === 4 ? text.slice(j + 1, r).toLowerCase() : '';
        if (text.charCodeAt(r) !== 64 && tld !== 'com' && tld !== 'net' && tld !== 'org') break;
      }
      if (j - segBegin > 2 || CLS[pv] !== C_LETTER) acronym = false;
      hasDot = true;
      plain = false;
      segBegin = j + 1;
      j = wordRunEnd(text, j + 1, n);
      if (j - segBegin > 2 || CLS[text.charCodeAt(segBegin)] !== C_LETTER || CLS[text.charCodeAt(j - 1)] !== C_LETTER) acronym = false;
      continue;
    }
    if (c === 44 || c === 58 || c === 47) {
      // "1,000" "5:30" "9/11": digits on both sides.
      if (!isDigit(pv) || !isDigit(nx)) break;
    } else if (c === 38) {
      // "AT&T", "PG&E", "p&l".
      if (CLS[pv] !== C_LETTER || nk !== C_LETTER) break;
    } else if (c === 95) {
      // word_internal underscore
    } else if (c === 39 || c === 0x2019) {
      if (nk !== C_LETTER) break;
      apos = j;
      if (c === 0x2019) curly = true;
    } else if (c === 45 || c === 0x2010 || c === 0x2011) {
      const len = j - hyphBegin;
      let keep = false;
      if (len <= 7 && len > 0) {
        const seg = text.slice(hyphBegin, j).toLowerCase();
        // "e-mail" but "Lashkar-e-Taiba": the prefix "e" only before a lowercase word.
        if (HYPHEN_PREFIXES.has(seg)) keep = !(len === 1 && CAS[nx] === CASE_UPPER);
        else if (isDigit(pv) && isDigit(text.charCodeAt(hyphBegin)) && isDigit(nx)) {
          // Phone numbers "713-853-3989", "853-3242", "3-5213" and ZIP+4
          // "94305-5015" stay whole, as in EWT; ranges "3-4" split.
          const r = digitRun(text, j + 1, n);
          const after = text.charCodeAt(j + 1 + r);
          if (!isWordClass(CLS[after] ?? 0)) {
            keep = (len === 3 && (r === 3 || r === 4)) || (len === 1 && r === 4) || (len === 5 && r === 4);
            if (len === 3 && r === 3 && after === 45) keep = true;
          }
        } else if (len <= 2 && isDigit(pv) && isDigit(text.charCodeAt(hyphBegin)) && j + 5 < n) {
          // Dates "01-Feb-02".
          const l3 = wordRunEnd(text, j + 1, n);
          if (l3 - j - 1 === 3 && CLS[nx] === C_LETTER && text.charCodeAt(l3) === 45) {
            const r = digitRun(text, l3 + 1, n);
            if ((r === 2 || r === 4) && !isWordClass(CLS[text.charCodeAt(l3 + 1 + r)] ?? 0)) {
              j = l3 + 1 + r;
              plain = false;
              acronym = false;
              continue;
            }
          }
        }
      }
      if (!keep) break;
      hyphBegin = j + 1;
    } else if (c === 64) {
      // e-mail address: the local part is what we have scanned so far.
      const e = emailEnd(text, j + 1, n);
      out.push(s, e, K_URL, gap, text.slice(s, e));
      return e;
    } else {
      break;
    }
    plain = false;
    acronym = false;
    j = wordRunEnd(text, j + 1, n);
  }

  const first = CLS[text.charCodeAt(s)] === C_DIGIT ? K_NUM : K_WORD;
  // Clitics after an apostrophe.
  if (apos > s) {
    const sl = j - apos - 1;
    if (sl <= 2) {
      const suf = text.slice(apos + 1, j).toLowerCase();
      if (APOS_CLITICS.has(suf) && !(suf === 's' && isDigit(text.charCodeAt(apos - 1)))) {
        out.push(s, apos, first, gap, wordForm(text, s, apos, curly));
        out.push(apos, j, K_WORD, 0, wordForm(text, apos, j, curly));
        return j;
      }
      if (suf === 't' && apos - 1 > s && lower(text.charCodeAt(apos - 1)) === 110) {
        out.push(s, apos - 1, first, gap, wordForm(text, s, apos - 1, curly));
        out.push(apos - 1, j, K_WORD, 0, wordForm(text, apos - 1, j, curly));
        return j;
      }
    }
  } else if (plain && j - s >= 4 && j - s <= 8 && (lower(text.charCodeAt(j - 1)) === 116 || lower(text.charCodeAt(j - 1)) === 97)) {
    // (every entry ends in "t" or "a": test that before slicing)
    const cut = NOAPOS_CONTRACTIONS.get(text.slice(s, j).toLowerCase());
    if (cut !== undefined) {
      out.push(s, s + cut, K_WORD, gap, text.slice(s, s + cut));
      out.push(s + cut, j, K_WORD, 0, text.slice(s + cut, j));
      return j;
    }
  }
  if (j < n && text.charCodeAt(j) === 33 && j - s === 5 && text.startsWith('Yahoo', s)) {
    out.push(s, j + 1, K_WORD, gap, 'Yahoo!');
    return j + 1;
  }
  // A period after the word: part of it for abbreviations and initials
  // ("Inc.." is the abbreviation and a full stop, "etc..." is a word and an ellipsis).
  if (j < n && text.charCodeAt(j) === 46 && (j + 2 >= n || text.charCodeAt(j + 1) !== 46 || text.charCodeAt(j + 2) !== 46)) {
    let kind = 0;
    const len = j - s;
    if (hasDot && acronym) kind = K_ABBR;
    else if (len === 1 && CAS[text.charCodeAt(s)] === CASE_UPPER) kind = K_INITIAL;
    else if (len <= 8 && !hasDot && apos < 0) {
      let word = text.slice(s, j);
      // All-caps headlines: "GEN." is "Gen.", "SEPT." is "Sept.".
      if (len >= 2 && CAS[text.charCodeAt(s + 1)] === CASE_UPPER && word === word.toUpperCase()) {
        word = word[0] + word.slice(1).toLowerCase();
      }
      if (TITLE_ABBREVS.has(word)) kind = K_TITLE;
      else if (OTHER_ABBREVS.has(word)) kind = K_ABBR;
      else if (NUMBER_ABBREVS.has(word)) {
        let k = j + 1;
        while (k < n && k < j + 3 && text.charCodeAt(k) === 32) k++;
        if (k > j + 1 && k < n && isDigit(text.charCodeAt(k))) kind = K_TITLE;
      }
    }
    if (kind !== 0) {
      out.push(s, j + 1, kind, gap, wordForm(text, s, j + 1, curly));
      return j + 1;
    }
  }
  out.push(s, j, first, gap, wordForm(text, s, j, curly));
  return j;
}

function isTermChar(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/**
 * Scan punctuation at `i` and return the index after the token. A dropped
 * markdown marker of length `len` returns `i - len` (below `i`), and the
 * caller advances by `len` without emitting anything.
 */
function scanPunct(text: string, i: number, w: number, n: number, gap: number, out: TokenBuffer): number {
  const c = text.charCodeAt(i);
  // After an opening bracket or dash a quote opens: '("We' , '—"We'.
  const pc = i > 0 ? text.charCodeAt(i - 1) : 32;
  const prevSpace = gap > 0 || i === 0 || pc === 40 || pc === 91 || pc === 123 || pc === 0x2014 || pc === 0x2013 || pc === 0x201c || pc === 0x2018;
  const nextSpaceAt = (k: number): boolean => isSpaceAt(text, k);
  switch (c) {
    case 46: // '.'
    case 33:
    case 63:
    case 0x2026: {
      if (c === 46 && i + 1 < n && isDigit(text.charCodeAt(i + 1)) && !isAlnumAt(text, i - 1)) {
        // ".5" is a number.
        const e = wordRunEnd(text, i + 1, n);
        out.push(i, e, K_NUM, gap, text.slice(i, e));
        return e;
      }
      // "...?" is an ellipsis and a question mark; ".?" and "?!" stay one token.
      let e = i + 1;
      if (c === 46 && e < n && text.charCodeAt(e) === 46) {
        while (e < n && text.charCodeAt(e) === 46) e++;
      } else {
        while (e < n && isTermChar(text.charCodeAt(e))) e++;
      }
      out.push(i, e, K_TERM, gap, text.slice(i, e));
      return e;
    }
    case 45: // '-' runs: "-", "--", "---"
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212: {
      let e = i + 1;
      while (e < n && text.charCodeAt(e) === c) e++;
      out.push(i, e, K_DASH, gap, text.slice(i, e));
      return e;
    }
    case 34: // '"'
      pushQuote(out, i, i + 1, gap, prevSpace, nextSpaceAt(i + 1), '"');
      return i + 1;
    case 39: // "'"
      if (prevSpace && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && !isWordClass(CLS[text.charCodeAt(i + 3)] ?? 0)) {
        // Elided years "'73".
        out.push(i, i + 3, K_NUM, gap, "'" + text.slice(i + 1, i + 3));
        return i + 3;
      }
      const ce = cliticEnd(text, i, n, prevSpace);
      if (ce > i) {
        out.push(i, ce, K_WORD, gap, text.slice(i, ce));
        return ce;
      }
      if (i + 1 < n && text.charCodeAt(i + 1) === 39) {
        out.push(i, i + 2, prevSpace && !nextSpaceAt(i + 2) ? K_OPEN : K_CLOSE, gap, '"');
        return i + 2;
      }
      pushQuote(out, i, i + 1, gap, prevSpace, nextSpaceAt(i + 1), "'");
      return i + 1;
    case 0x2019: // ’
    case 0x201b: {
      const e = cliticEnd(text, i, n, prevSpace);
      if (e > i) {
        out.push(i, e, K_WORD, gap, "'" + text.slice(i + 1, e));
        return e;
      }
      pushQuote(out, i, i + 1, gap, prevSpace, nextSpaceAt(i + 1), "'");
      return i + 1;
    }
    case 58: // ':' ';' '=' may open an emoticon ":)", ":-)", ";D", "=)"
    case 59: {
      const e = emoticonEnd(text, i, n);
      if (e > i) {
        // An emoticon closes what precedes it, like a closing bracket (EWT keeps it in that sentence).
        out.push(i, e, K_CLOSE, gap, text.slice(i, e));
        return e;
      }
      out.push(i, i + 1, K_PUNCT, gap, text[i]);
      return i + 1;
    }
    case 96: // '`'
      if (i + 1 < n && text.charCodeAt(i + 1) === 96) {
        out.push(i, i + 2, K_OPEN, gap, '"');
        return i + 2;
      }
      out.push(i, i + 1, K_OPEN, gap, "'");
      return i + 1;
    case 0x2018: // ‘
    case 0x201a: // ‚
    case 0x2039: // ‹
      out.push(i, i + 1, K_OPEN, gap, "'");
      return i + 1;
    case 0x203a: // ›
      out.push(i, i + 1, K_CLOSE, gap, "'");
      return i + 1;
    case 0x201c: // “
    case 0x201e: // „
    case 0x201f:
    case 0xab: // «
      out.push(i, i + 1, K_OPEN, gap, '"');
      return i + 1;
    case 0x201d: // ”
    case 0xbb: // »
      out.push(i, i + 1, K_CLOSE, gap, '"');
      return i + 1;
    case 40:
    case 91:
    case 123:
      out.push(i, i + 1, K_OPEN, gap, text[i]);
      return i + 1;
    case 41:
    case 93:
    case 125:
      out.push(i, i + 1, K_CLOSE, gap, text[i]);
      return i + 1;
    case 42: // '*'
    case 95: {
      // '_'
      let e = i + 1;
      while (e < n && text.charCodeAt(e) === c) e++;
      const len = e - i;
      const nextSpace = nextSpaceAt(e);
      if (len <= 3 && !(prevSpace && nextSpace) && !(isAlnumAt(text, i - 1) && isAlnumAt(text, e))) {
        // Markdown emphasis marker: no token (offsets of the words stay exact).
        return i - len;
      }
      out.push(i, e, K_PUNCT, gap, text.slice(i, e));
      return e;
    }
    case 35: // '#'
    case 64: // '@'
      // Hashtags and handles "#Iraq", "@Reuters" are one token.
      if (prevSpace && (c === 64 ? isWordClass(CLS[text.charCodeAt(i + 1)] ?? 0) : CLS[text.charCodeAt(i + 1)] === C_LETTER)) {
        const e = c === 64 ? emailEnd(text, i + 1, n) : wordRunEnd(text, i + 1, n);
        out.push(i, e, K_WORD, gap, text.slice(i, e));
        return e;
      }
      return pushRun(text, i, n, c, gap, out);
    case 61: // = # < > + ~ | ^ $ runs ("<<", "=====", "$$$")
    case 36:
    case 60:
    case 62:
    case 43:
    case 126:
    case 124:
    case 94:
      return pushRun(text, i, n, c, gap, out);
    default:
      out.push(i, i + w, K_PUNCT, gap, text.slice(i, i + w));
      return i + w;
  }
}

/**
 * A clitic after a token that ends in punctuation ("U.S.'s", "Co.'s"): the
 * apostrophe at `i` starts "'s"/"'re"/... when it is attached to what precedes
 * it and the clitic is a whole word. Returns its end, or `i`.
 */
function cliticEnd(text: string, i: number, n: number, prevSpace: boolean): number {
  if (prevSpace || i === 0) return i;
  const pc = text.charCodeAt(i - 1);
  if (pc !== 46 && pc !== 41) return i;
  const e = wordRunEnd(text, i + 1, n);
  if (e - i - 1 < 1 || e - i - 1 > 2 || isWordClass(CLS[text.charCodeAt(e)] ?? 0)) return i;
  return APOS_CLITICS.has(text.slice(i + 1, e).toLowerCase()) ? e : i;
}

/** End of an emoticon at `i` (":)", ":-)", ";D", "=)"), or `i` if there is none. */
function emoticonEnd(text: string, i: number, n: number): number {
  let j = i + 1;
  if (j < n && text.charCodeAt(j) === 45) j++;
  if (j >= n) return i;
  const c = text.charCodeAt(j);
  if (!(c === 41 || c === 40 || c === 68 || c === 80 || c === 112)) return i;
  // Must not run into a word: ":)" then space, end or punctuation. "(see: D)" does not match (space after ':').
  if (c === 68 || c === 80 || c === 112) return isSpaceAt(text, j + 1) ? j + 1 : i;
  return isAlnumAt(text, j + 1) ? i : j + 1;
}

/** Push a run of the same character as one token ("<<", "====", "$$$"). */
function pushRun(text: string, i: number, n: number, c: number, gap: number, out: TokenBuffer): number {
  let e = i + 1;
  while (e < n && text.charCodeAt(e) === c) e++;
  out.push(i, e, K_PUNCT, gap, text.slice(i, e));
  return e;
}

function pushQuote(out: TokenBuffer, s: number, e: number, gap: number, prevSpace: boolean, nextSpace: boolean, form: string): void {
  const kind = prevSpace ? (nextSpace ? K_PUNCT : K_OPEN) : K_CLOSE;
  out.push(s, e, kind, gap, form);
}
