/**
 * Sentence splitting over scanned tokens. A boundary falls after . ! ? (and any
 * closing quotes/brackets) when whitespace and an uppercase/digit/quote start
 * follow, unless the period belongs to an abbreviation or initial; after a
 * blank line unless the next word is lowercase (a scraped paragraph break
 * mid-sentence); around a news dateline ("BAGHDAD, Dec 4 (Reuters) -"); and
 * every {@link MAX_SENTENCE_TOKENS} tokens at the latest, so that downstream
 * stages stay linear. Every check looks at a bounded window.
 * @module
 */
import { C_DIGIT, C_LETTER, CAS, CASE_LOWER, CASE_NONE, CASE_UPPER, CLS } from './chars.js';
import { SENTENCE_STARTERS } from './lexicon.js';
import {
  K_ABBR, K_CJK, K_CLOSE, K_DASH, K_INITIAL, K_TITLE, K_NUM, K_OPEN, K_PUNCT, K_TERM, K_URL, K_WORD, type TokenBuffer,
} from './scanner.js';

/** Longest sentence the splitter emits; longer runs are cut (preferably at ; or ,). */
export const MAX_SENTENCE_TOKENS = 250;

/** Case of the first character of token `k`. */
function firstCase(text: string, t: TokenBuffer, k: number): number {
  return CAS[text.charCodeAt(t.start[k])];
}

/** Whether token `k` can open a sentence after sentence-final punctuation. */
function canStart(text: string, t: TokenBuffer, k: number): boolean {
  const kind = t.kind[k];
  if (kind === K_NUM || kind === K_OPEN || kind === K_CJK || kind === K_DASH) return true;
  if (kind === K_PUNCT) {
    // Bullets and symbols such as "$5", "*" open sentences; commas and colons do not.
    const f = t.form[k];
    return f !== ',' && f !== ';' && f !== ':' && f !== '%' && f !== '/';
  }
  const cs = firstCase(text, t, k);
  if (cs === CASE_UPPER) return true;
  if (cs === CASE_LOWER) return false;
  // Letters without case (Arabic, ...) and digits.
  const cl = CLS[text.charCodeAt(t.start[k])];
  return cl === C_LETTER || cl === C_DIGIT || kind === K_URL;
}

const MONTHS: ReadonlySet<string> = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Jan.', 'Feb.',
  'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
]);

function isAllCapsWord(text: string, t: TokenBuffer, k: number): boolean {
  if (k < 0 || t.kind[k] !== K_WORD) return false;
  const s = t.start[k];
  const e = t.end[k];
  if (e - s < 2) return false;
  for (let i = s; i < e; i++) if (CAS[text.charCodeAt(i)] !== CASE_UPPER) return false;
  return true;
}

/**
 * If a dateline starts at token `k` (at a line start), return the index of
 * its closing dash, else -1. Forms: "BAGHDAD -", "BAGHDAD (Reuters) -",
 * "NEW YORK, Dec 4 (AP) —".
 */
function datelineDash(text: string, t: TokenBuffer, k: number): number {
  const n = t.n;
  let j = k;
  let caps = 0;
  while (j < n && j < k + 6) {
    if (isAllCapsWord(text, t, j)) caps++;
    // "WINSTON-SALEM", and a double dateline "WASHINGTON/BAGHDAD".
    else if (!((t.kind[j] === K_DASH || t.form[j] === '/') && t.gap[j] === 0 && caps > 0)) break;
    j++;
  }
  if (caps === 0 || j >= n) return -1;
  const f = t.form[j];
  if (f !== ',' && f !== '(' && t.kind[j] !== K_DASH) return -1;
  // After "PLACE," a date or an agency must come before the dash ("NATO, EU and UN
  // officials - Reuters" is not a dateline).
  let dated = f !== ',';
  for (let d = j; d < n && d < j + 14; d++) {
    if (d > j && t.gap[d] >= 2) return -1;
    const kind = t.kind[d];
    if (kind === K_TERM) return -1;
    if (kind === K_NUM || t.form[d] === ')' || MONTHS.has(t.form[d])) dated = true;
    if (kind === K_DASH && (t.gap[d] > 0 || t.form[d - 1] === ')') && d + 1 < n && t.gap[d + 1] > 0 && t.gap[d + 1] < 2) {
      return dated && canStart(text, t, d + 1) ? d : -1;
    }
  }
  return -1;
}

/** Lowercase abbreviations whose period is not in the token (unknown to the scanner) but still not final. */
const LOWER_ABBREV_LIKE: ReadonlySet<string> = new Set([
  'ext', 'misc', 'approx', 'dept', 'govt', 'assoc', 'natl', 'intl', 'bldg', 'mfg', 'mgmt', 'mgr', 'pct', 'hr', 'hrs',
  'min', 'mins', 'sec', 'secs', 'yr', 'yrs', 'mo', 'mos', 'wk', 'wks', 'tel', 'fax', 'ref', 'nos', 'op', 'ed', 'eds',
  'pl', 'sq', 'ft', 'lb', 'lbs', 'oz', 'km', 'kg', 'cm', 'mm', 'mi', 'av', 'ave', 'st', 'jr', 'sr', 'inc', 'co',
]);

/**
 * Whether a period (not part of a known abbreviation) after token `p` ends the
 * sentence although a lowercase word follows: true after ordinary lowercase
 * words and numbers ("... in the house. then we left"), false after short or
 * abbreviation-like words, where the period more likely marks an abbreviation.
 */
function periodBeforeLowercase(text: string, t: TokenBuffer, p: number): boolean {
  const kind = t.kind[p];
  if (kind === K_NUM) return true;
  if (kind !== K_WORD) return kind === K_CLOSE;
  const len = t.end[p] - t.start[p];
  if (len < 3 || len > 20) return false;
  const cs = firstCase(text, t, p);
  if (cs === CASE_LOWER) return !LOWER_ABBREV_LIKE.has(t.form[p]);
  return cs === CASE_UPPER && len >= 5;
}

/** Verbs that attribute a quote: '"Why?" Smith asked.' continues the sentence. */
const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'asked', 'asks', 'added', 'adds', 'replied', 'wrote', 'writes', 'shouted', 'insisted',
  'declared', 'stated', 'warned', 'explained', 'continued', 'noted', 'cried', 'yelled', 'exclaimed', 'chanted',
  'tweeted', 'recalled', 'urged', 'demanded', 'answered', 'responded',
]);

/**
 * After a quote closed by ! ? or ., a capitalised name and a speech verb that
 * end the clause ('"We will win!" Smith said.') are the attribution, not a new sentence.
 */
function speechAttribution(text: string, t: TokenBuffer, k: number): boolean {
  for (let j = k; j < t.n && j < k + 4; j++) {
    if (t.kind[j] !== K_WORD) return false;
    if (j > k && SPEECH_VERBS.has(t.form[j])) {
      // Only a bare attribution ("Smith said."): "Smith said her family left" is a new sentence.
      const f = j + 1 < t.n ? t.form[j + 1] : '.';
      return f === '.' || f === ',' || f === ';';
    }
    if (firstCase(text, t, j) !== CASE_UPPER) return false;
  }
  return false;
}

/** Whether a sentence boundary falls right before token `k` (k >= 1). */
function boundaryBefore(text: string, t: TokenBuffer, k: number, sentStart: number, linesAreParagraphs: boolean): boolean {
  const g = t.gap[k];
  const kind = t.kind[k];
  const fc = firstCase(text, t, k);
  if (g === 3) return fc !== CASE_LOWER;
  if (kind === K_CLOSE) return false; // closers stay with what they close
  // Last token before any closing quotes/brackets.
  let p = k - 1;
  while (p > sentStart && p > k - 4 && t.kind[p] === K_CLOSE) p--;
  // An emoticon ends a sentence like a full stop: "We won :) See you."
  const emo = t.kind[k - 1] === K_CLOSE && t.end[k - 1] - t.start[k - 1] > 1 && (t.form[k - 1][0] === ':' || t.form[k - 1][0] === ';');
  const pk = emo ? K_TERM : t.kind[p];
  if (g === 0) {
    // "end.The": scraped text that lost its space.
    return pk === K_TERM && p === k - 1 && t.form[p] === '.' && kind === K_WORD && t.end[k] - t.start[k] > 1 &&
      fc === CASE_UPPER && firstCase(text, t, k + 1 < t.n ? k + 1 : k) !== CASE_NONE;
  }
  if (g === 2) {
    // One line break. A lowercase word continues the sentence (a scraped
    // paragraph break mid-sentence) unless the line ended a sentence; an
    // uppercase one starts a new sentence when lines are paragraphs rather
    // than hard-wrapped text.
    if (fc === CASE_LOWER) return pk === K_TERM && t.form[p] !== '...' && p === k - 1;
    if (linesAreParagraphs && pk !== K_TITLE && pk !== K_INITIAL) return true;
  }
  if (pk === K_TERM) {
    if (canStart(text, t, k)) return p === k - 1 || fc !== CASE_UPPER || !speechAttribution(text, t, k);
    if (fc !== CASE_LOWER || kind !== K_WORD || p !== k - 1) return false;
    // A lowercase word after . ! ? with no closing quote between: "?" and "!"
    // end the sentence; "." does after an ordinary word.
    const f = t.form[p];
    if (f === '.') return p > sentStart && periodBeforeLowercase(text, t, p - 1);
    return f.length <= 3 && (f.includes('?') || f.includes('!')) && !f.includes('.');
  }
  if (pk === K_ABBR || pk === K_INITIAL) {
    if (fc !== CASE_UPPER) return false;
    if (g >= 2) return true;
    const len = t.end[k] - t.start[k];
    return len <= 12 && SENTENCE_STARTERS.has(t.form[k].toLowerCase());
  }
  return false;
}

/**
 * Whether single line breaks separate paragraphs (true) or only wrap lines of
 * running text (false). Hard-wrapped text has lines of 40 to 100 characters,
 * most of them near the wrap width; a two-line text counts as wrapped when its
 * first line is that long and does not end a sentence. Anything else is
 * treated as one paragraph per line.
 */
export function linesAreParagraphs(text: string): boolean {
  let lines = 0;
  let wrapped = 0;
  let firstLen = 0;
  let firstEnd = 0;
  let from = 0;
  for (;;) {
    const nl = text.indexOf('\n', from);
    let end = nl < 0 ? text.length : nl;
    while (end > from && text.charCodeAt(end - 1) <= 32) end--;
    const len = end - from;
    if (len > 0) {
      if (len > 100) return true;
      if (lines === 0) {
        firstLen = len;
        firstEnd = text.charCodeAt(end - 1);
      }
      lines++;
      if (len >= 40) wrapped++;
    }
    if (nl < 0) break;
    from = nl + 1;
  }
  if (lines === 2) return !(firstLen >= 55 && firstEnd !== 46 && firstEnd !== 33 && firstEnd !== 63);
  return !(lines >= 3 && wrapped * 10 >= lines * 6);
}

/**
 * Split scanned tokens into sentences. Returns parallel [start, end) token
 * ranges covering all tokens in order.
 */
export function splitSentences(text: string, t: TokenBuffer): { sentStart: Int32Array; sentEnd: Int32Array } {
  const n = t.n;
  if (n === 0) return { sentStart: new Int32Array(0), sentEnd: new Int32Array(0) };
  // forced[k] = 1: a boundary before k, from datelines.
  const forced = new Uint8Array(n + 1);
  for (let k = 0; k < n; k++) {
    // At a line start any dateline form counts; inside a line only one with
    // a parenthesised agency "BAGHDAD (Reuters) -", and only where a run of
    // capitals begins.
    if (t.gap[k] >= 2 || (isAllCapsWord(text, t, k) && !isAllCapsWord(text, t, k - 1) && t.kind[k - 1] !== K_DASH)) {
      const d = datelineDash(text, t, k);
      if (d >= 0 && (t.gap[k] >= 2 || t.form[d - 1] === ')')) {
        forced[k] = 1;
        forced[d + 1] = 1;
        k = d;
      }
    }
  }
  const paragraphs = linesAreParagraphs(text);
  const starts: number[] = [0];
  let cur = 0;
  for (let k = 1; k < n; k++) {
    if (forced[k] === 1 || boundaryBefore(text, t, k, cur, paragraphs)) {
      starts.push(k);
      cur = k;
    }
  }
  starts.push(n);
  // Usually no sentence is over the cap: the columns straight from the boundaries (typed arrays
  // built from number arrays cost as much as splitting a short text).
  let long = false;
  for (let q = 0; q + 1 < starts.length; q++) if (starts[q + 1] - starts[q] > MAX_SENTENCE_TOKENS) long = true;
  if (!long) {
    const m = starts.length - 1;
    const sentStart = new Int32Array(m);
    const sentEnd = new Int32Array(m);
    for (let q = 0; q < m; q++) {
      sentStart[q] = starts[q];
      sentEnd[q] = starts[q + 1];
    }
    return { sentStart, sentEnd };
  }
  // Cap sentence length; cuts prefer the last ; or , in the final 100 tokens of a window.
  const ss: number[] = [];
  const se: number[] = [];
  for (let q = 0; q + 1 < starts.length; q++) {
    let s = starts[q];
    const e = starts[q + 1];
    while (e - s > MAX_SENTENCE_TOKENS) {
      let cut = s + MAX_SENTENCE_TOKENS;
      for (let m = s + MAX_SENTENCE_TOKENS - 1; m >= s + MAX_SENTENCE_TOKENS - 100; m--) {
        const f = t.form[m];
        if (f === ';' || f === ',' || t.kind[m] === K_TERM) {
          cut = m + 1;
          break;
        }
      }
      ss.push(s);
      se.push(cut);
      s = cut;
    }
    ss.push(s);
    se.push(e);
  }
  return { sentStart: new Int32Array(ss), sentEnd: new Int32Array(se) };
}
