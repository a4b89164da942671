/**
 * Quotations and their speakers, for first-person pronouns inside quotes
 * ("'We will not disarm,' the cleric said": we = the cleric) and for a pronoun
 * that a trailing attribution names ("Speaking to reporters, he accused ..., Maliki
 * said": he = Maliki). Read from the token stream and the parse only; the actors
 * behind the speaker tokens are the coreference pass's business.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS } from '../analysis/tags.js';
import { isReporting } from '../context/modality.js';

/** A quotation: tokens `[start, end)` between its marks, and its speaker's token (-1 when none is found). */
export interface Quote {
  start: number;
  end: number;
  /** The subject token of the reporting verb that introduces or closes the quote, or -1. */
  speaker: number;
}

/** How far from a quote mark a reporting verb and from the verb its subject are looked for (a bound on long sentences). */
const SPEAKER_WINDOW = 12;
/** A quote left open longer than this many sentences is a stray mark: it is closed. */
const MAX_QUOTE_SENTENCES = 6;

const OPENERS = new Set(['\u201c', '``', '\u00ab']);
const CLOSERS = new Set(['\u201d', "''", '\u00bb']);

/** Whether the text between two sentences holds a blank line (a paragraph break). */
function paragraphBreak(doc: Doc, s: number): boolean {
  if (s === 0) return true;
  const prevEnd = doc.sentEnd[s - 1];
  const a = doc.sentStart[s];
  if (prevEnd <= doc.sentStart[s - 1] || a >= doc.sentEnd[s]) return false;
  return /\n[ \t\r]*\n/.test(doc.text.slice(doc.end[prevEnd - 1], doc.start[a]));
}

/**
 * The reporting verb's subject near a quote: a reporting verb within
 * {@link SPEAKER_WINDOW} tokens of `from` going in direction `dir`, outside the
 * quote, inside sentence `[a, b)`; its nsubj, or -1.
 */
function reportSubject(doc: Doc, from: number, dir: 1 | -1, a: number, b: number, qs: number, qe: number): number {
  for (let k = from, n = 0; k >= a && k < b && n < SPEAKER_WINDOW; k += dir, n++) {
    if (k >= qs && k < qe) break;
    if (UPOS[doc.upos[k]] !== 'VERB' || !isReporting((doc.lemma[k] || doc.form[k]).toLowerCase())) continue;
    // The subject nearest the verb, not a determiner the parser hung there ("the/nsubj cleric/nsubj told").
    let best = -1;
    for (let j = Math.max(a, k - SPEAKER_WINDOW); j < Math.min(b, k + SPEAKER_WINDOW); j++) {
      if (doc.head[j] !== k || !(DEPREL[doc.dep[j]] ?? '').startsWith('nsubj') || (j >= qs && j < qe)) continue;
      if (UPOS[doc.upos[j]] === 'DET' || UPOS[doc.upos[j]] === 'PUNCT') continue;
      if (best < 0 || Math.abs(j - k) < Math.abs(best - k)) best = j;
    }
    return best;
  }
  return -1;
}

/**
 * The quotations of a document in text order. Straight double quotes alternate
 * open/close (the tagger's `` / '' on them is unreliable); curly quotes say which
 * they are. A paragraph break closes an open quote (news style reopens it). The
 * speaker: a reporting verb after the closing mark in its sentence (", the cleric
 * said"), else before the opening mark in its sentence ("Sadr said: ..."), else the
 * speaker of a quote that ended in the previous sentence (a quote continued).
 */
export function findQuotes(doc: Doc): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  let openSentence = -1;
  for (let s = 0; s < doc.sentenceCount; s++) {
    if (open >= 0 && (paragraphBreak(doc, s) || s - openSentence >= MAX_QUOTE_SENTENCES)) {
      out.push(withSpeaker(doc, open, doc.sentStart[s], false, out));
      open = -1;
    }
    for (let i = doc.sentStart[s]; i < doc.sentEnd[s]; i++) {
      const f = doc.form[i];
      const straight = f === '"';
      if (!straight && !OPENERS.has(f) && !CLOSERS.has(f)) continue;
      if (open < 0 && (straight || OPENERS.has(f))) {
        open = i + 1;
        openSentence = s;
      } else if (open >= 0 && (straight || CLOSERS.has(f))) {
        out.push(withSpeaker(doc, open, i, true, out));
        open = -1;
      }
    }
  }
  if (open >= 0) out.push(withSpeaker(doc, open, doc.form.length, false, out));
  return out;
}

/** Quote `[start, end)`; `closed` when a closing mark stands at `end`. */
function withSpeaker(doc: Doc, start: number, end: number, closed: boolean, before: readonly Quote[]): Quote {
  const q: Quote = { start, end, speaker: -1 };
  if (end <= start) return q;
  const sOpen = doc.sentenceOf(start);
  // After the closing mark: '"...," the cleric said.'
  if (closed) {
    const sClose = doc.sentenceOf(end);
    q.speaker = reportSubject(doc, end + 1, 1, doc.sentStart[sClose], doc.sentEnd[sClose], start, end);
  }
  // Before the opening mark: 'Sadr said: "...'
  if (q.speaker < 0 && start - 2 >= doc.sentStart[sOpen]) {
    q.speaker = reportSubject(doc, start - 2, -1, doc.sentStart[sOpen], doc.sentEnd[sOpen], start, end);
  }
  // A quote continued after one with a speaker: '"We will fight," Sadr said. "We will never surrender."'
  const prev = before[before.length - 1];
  if (q.speaker < 0 && prev && prev.speaker >= 0 && doc.sentenceOf(Math.max(prev.start, prev.end - 1)) >= sOpen - 1) q.speaker = prev.speaker;
  return q;
}

/**
 * A subject pronoun at `i` inside a clause reported by a following "X said"
 * ("Speaking to reporters, he accused ..., Maliki said"): the subject token of that
 * reporting verb, else -1. The reporting verb governs the pronoun's clause through
 * ccomp or parataxis, and its subject comes after the pronoun.
 */
export function cataphoraSpeaker(doc: Doc, i: number): number {
  const s = doc.sentenceOf(i);
  const a = doc.sentStart[s];
  const b = doc.sentEnd[s];
  let c = doc.head[i];
  if (c < a || c >= b) return -1;
  for (let n = 0; n < 6; n++) {
    const p = doc.head[c];
    if (p < a || p >= b) return -1;
    const d = DEPREL[doc.dep[c]] ?? '';
    if ((d === 'ccomp' || d === 'parataxis') && p > i && UPOS[doc.upos[p]] === 'VERB' && isReporting((doc.lemma[p] || doc.form[p]).toLowerCase())) {
      for (let j = i + 1; j < Math.min(b, p + SPEAKER_WINDOW); j++) {
        if (doc.head[j] === p && (DEPREL[doc.dep[j]] ?? '').startsWith('nsubj') && UPOS[doc.upos[j]] !== 'PRON') return j;
      }
      return -1;
    }
    if (d !== 'conj' && d !== 'xcomp' && d !== 'ccomp' && d !== 'parataxis') return -1;
    c = p;
  }
  return -1;
}
