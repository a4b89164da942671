/**
 * Tokenizer and sentence splitter for news English, following UD English EWT
 * tokenisation (the treebank the tagger and parser learn from).
 * @module
 */
import type { TokenizedText } from '../doc.js';
import { K_ABBR, K_INITIAL, K_TITLE, scan, type TokenBuffer } from './scanner.js';
import { splitSentences } from './sentences.js';

export { MAX_SENTENCE_TOKENS } from './sentences.js';

/**
 * Tokenise raw text and split it into sentences.
 *
 * Offsets are UTF-16 offsets into `text`. Forms are the source slices except
 * that curly quotes/apostrophes become straight ones (`’s` -> `'s`, `“` -> `"`)
 * and PTB quotes ``` `` ``` / `''` become `"`. Markdown emphasis markers (`*x*`,
 * `**x**`, `_x_`) produce no token. Never throws; time is linear in the input.
 * @example
 * tokenize("Sadr's men didn't go.").form // ['Sadr', "'s", 'men', 'did', "n't", 'go', '.']
 */
export function tokenize(text: string): TokenizedText {
  const t = scan(text);
  const { sentStart, sentEnd } = splitSentences(text, t);
  return splitFinalAbbrevs(text, t, sentStart, sentEnd);
}

function isAbbrevKind(k: number): boolean {
  return k === K_ABBR || k === K_INITIAL || k === K_TITLE;
}

/**
 * EWT writes a sentence-final abbreviation as the word and the full stop
 * ("in the U.S." -> "U.S" "."), so the period of an abbreviation that ends a
 * sentence becomes its own token.
 */
function splitFinalAbbrevs(text: string, t: TokenBuffer, sentStart: Int32Array, sentEnd: Int32Array): TokenizedText {
  let extra = 0;
  for (let q = 0; q < sentEnd.length; q++) if (isAbbrevKind(t.kind[sentEnd[q] - 1])) extra++;
  if (extra === 0) {
    // Views, not copies (see TokenBuffer.columns).
    return { text, start: t.start.subarray(0, t.n), end: t.end.subarray(0, t.n), form: t.form, sentStart, sentEnd };
  }
  const n = t.n + extra;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const form: string[] = new Array<string>(n);
  const ss = new Int32Array(sentStart.length);
  const se = new Int32Array(sentEnd.length);
  let o = 0;
  for (let q = 0; q < sentStart.length; q++) {
    ss[q] = o;
    for (let i = sentStart[q]; i < sentEnd[q]; i++) {
      if (i === sentEnd[q] - 1 && isAbbrevKind(t.kind[i])) {
        start[o] = t.start[i];
        end[o] = t.end[i] - 1;
        form[o++] = t.form[i].slice(0, -1);
        start[o] = t.end[i] - 1;
        end[o] = t.end[i];
        form[o++] = '.';
      } else {
        start[o] = t.start[i];
        end[o] = t.end[i];
        form[o++] = t.form[i];
      }
    }
    se[q] = o;
  }
  return { text, start, end, form, sentStart: ss, sentEnd: se };
}

/** Form for a pre-tokenised token: curly quotes and PTB quotes become straight ones. */
function horizontalForm(tok: string): string {
  if (tok === '``' || tok === "''") return '"';
  for (let i = 0; i < tok.length; i++) {
    const c = tok.charCodeAt(i);
    if (c >= 0x2018 && c <= 0x201f) return tok.replace(/[\u2018-\u201b]/g, "'").replace(/[\u201c-\u201f]/g, '"');
  }
  return tok;
}

/**
 * Read pre-tokenised text: each non-empty line is one sentence whose tokens are
 * separated by spaces or tabs. The tokenisation is kept exactly; forms get the
 * same quote normalisation as {@link tokenize}. Lines holding only whitespace
 * are skipped.
 * @example
 * tokenizeHorizontal('Iraq protested .\nIran agreed').sentStart // Int32Array [0, 3]
 */
export function tokenizeHorizontal(text: string): TokenizedText {
  const starts: number[] = [];
  const ends: number[] = [];
  const form: string[] = [];
  const ss: number[] = [];
  const se: number[] = [];
  const n = text.length;
  let i = 0;
  let lineFirst = 0; // first token of the current line
  while (i <= n) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      if (form.length > lineFirst) {
        ss.push(lineFirst);
        se.push(form.length);
      }
      lineFirst = form.length;
      i++;
      continue;
    }
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    const s = i;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d === 32 || d === 9 || d === 10 || d === 13) break;
      i++;
    }
    starts.push(s);
    ends.push(i);
    form.push(horizontalForm(text.slice(s, i)));
  }
  return {
    text,
    start: Int32Array.from(starts),
    end: Int32Array.from(ends),
    form,
    sentStart: Int32Array.from(ss),
    sentEnd: Int32Array.from(se),
  };
}
