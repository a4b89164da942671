/**
 * One normalisation for dictionary phrases and text tokens, so that both sides
 * meet in the same "pieces": upper-case alphanumeric runs.
 *
 * - case and diacritics are folded (`Wörner` = `WORNER`);
 * - `.` and apostrophes join (`U.S.` = `US`, `N'Djamena` = `NDJAMENA`);
 * - a possessive `'s` / `s'` tail is dropped (`Iraq's` = `IRAQ`, `PEOPLE'S` = `PEOPLE`,
 *   and the separate token `'s` yields nothing), so dictionary phrases written with
 *   the possessive match text whether or not the tokenizer split it;
 * - every other non-alphanumeric character (`_`, `-`, `/`, `(`, spaces...) separates
 *   pieces, so `AL-MALIKI`, `AL_MALIKI` and the tokens `al - Maliki` all give `AL MALIKI`.
 * @module
 */

const MARKS = /\p{M}+/gu;
const QUOTES = /[\u2019\u2018\u02BC`\u00B4]/g;
/** Possessive `'S` at the end of a word (the following char is not a letter/digit). */
const POSSESSIVE = /'S(?![\p{L}\p{N}])/gu;
const JOINERS = /['.]/g;
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/**
 * Split a dictionary phrase or a token into normalised pieces.
 * @example
 * pieces("al-Maliki") // ['AL', 'MALIKI']
 * pieces("U.S.")      // ['US']
 * pieces("'s")        // []
 */
export function pieces(s: string): string[] {
  let t = s;
  // Fast path for plain ASCII words, the vast majority of tokens.
  if (/^[A-Za-z0-9]+$/.test(t)) return [t.toUpperCase()];
  t = t.normalize('NFD').replace(MARKS, '').toUpperCase().replace(QUOTES, "'");
  t = t.replace(POSSESSIVE, '').replace(JOINERS, '');
  const out = t.split(SEPARATORS);
  let n = 0;
  for (const p of out) if (p.length > 0) out[n++] = p;
  out.length = n;
  return out;
}

/** Whether a token is a bare possessive marker (`'s`, `'`, `’s`). */
export function isPossessiveMarker(form: string): boolean {
  return /^['\u2019]s?$/i.test(form);
}
