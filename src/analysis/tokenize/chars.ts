/**
 * Character classes for the tokenizer scanner: one byte per BMP code unit,
 * computed once at load (a read-only table), so the hot loop is a single array
 * lookup instead of a Unicode regex per character.
 * @module
 */

/** Spaces, tabs, control and zero-width characters: token separators. */
export const C_SPACE = 0;
/** Letters of scripts written with spaces (Latin, Arabic, Cyrillic, Hangul...). */
export const C_LETTER = 1;
/** Decimal digits of any script. */
export const C_DIGIT = 2;
/** Combining marks: they continue the preceding word. */
export const C_MARK = 3;
/** Han, kana and other scripts written without spaces: one token per character. */
export const C_CJK = 4;
/** Punctuation and symbols. */
export const C_PUNCT = 5;
/** Line separators (\n, U+2028, U+2029, U+0085; \r when not followed by \n). */
export const C_NEWLINE = 6;
/** High surrogate: the class comes from the full code point. */
export const C_HIGH = 7;
/** Lone low surrogate: treated as a one-unit symbol. */
export const C_LOW = 8;

/** Case of a code unit: 0 none, 1 upper/title, 2 lower. */
export const CASE_NONE = 0;
export const CASE_UPPER = 1;
export const CASE_LOWER = 2;

const RE_LETTER = /^\p{L}$/u;
const RE_DIGIT = /^\p{Nd}$/u;
const RE_MARK = /^\p{M}$/u;
const RE_UPPER = /^[\p{Lu}\p{Lt}]$/u;
const RE_LOWER = /^\p{Ll}$/u;
const RE_NOSPACE_SCRIPT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]$/u;
const RE_SPACE = /^[\p{White_Space}\p{Cc}\p{Cf}]$/u;

/** Class of a (non-surrogate) code point. */
export function classifyCodePoint(cp: number): number {
  // Emoji and pictographs (the common astral case) without a regex.
  if (cp >= 0x1f000 && cp <= 0x1faff) return C_PUNCT;
  if (cp === 0x0a || cp === 0x2028 || cp === 0x2029 || cp === 0x85 || cp === 0x0b || cp === 0x0c) return C_NEWLINE;
  const ch = String.fromCodePoint(cp);
  // Soft hyphen and joiners sit inside words; treat them as marks so they do not split.
  if (cp === 0xad || cp === 0x200c || cp === 0x200d) return C_MARK;
  if (RE_SPACE.test(ch)) return C_SPACE;
  if (RE_NOSPACE_SCRIPT.test(ch) && !RE_MARK.test(ch)) return C_CJK;
  if (RE_LETTER.test(ch)) return C_LETTER;
  if (RE_DIGIT.test(ch)) return C_DIGIT;
  if (RE_MARK.test(ch)) return C_MARK;
  return C_PUNCT;
}

function buildTables(): { cls: Uint8Array; cas: Uint8Array } {
  const cls = new Uint8Array(65536);
  const cas = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdbff) {
      cls[c] = C_HIGH;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      cls[c] = C_LOW;
      continue;
    }
    if (c < 128) {
      // ASCII by hand: fast and explicit.
      if (c === 10 || c === 11 || c === 12) cls[c] = C_NEWLINE;
      else if (c <= 32 || c === 127) cls[c] = C_SPACE;
      else if (c >= 48 && c <= 57) cls[c] = C_DIGIT;
      else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) cls[c] = C_LETTER;
      else cls[c] = C_PUNCT;
      if (c >= 65 && c <= 90) cas[c] = CASE_UPPER;
      else if (c >= 97 && c <= 122) cas[c] = CASE_LOWER;
      continue;
    }
    const k = classifyCodePoint(c);
    cls[c] = k;
    if (k === C_LETTER) {
      const ch = String.fromCharCode(c);
      if (RE_UPPER.test(ch)) cas[c] = CASE_UPPER;
      else if (RE_LOWER.test(ch)) cas[c] = CASE_LOWER;
    }
  }
  return { cls, cas };
}

const TABLES = buildTables();
/** Class per BMP code unit (read-only after load). */
export const CLS: Uint8Array = TABLES.cls;
/** Case per BMP code unit (read-only after load). */
export const CAS: Uint8Array = TABLES.cas;
