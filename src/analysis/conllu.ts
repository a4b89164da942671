/**
 * CoNLL-U reading and writing: the format every parser speaks, used for
 * training and evaluation (UD EWT) and for `annals parse --format conllu`.
 * Multiword-token ranges ("3-4") and empty nodes ("8.1") are skipped on reading:
 * the models work on syntactic words.
 * @module
 */
import { AnnalsError } from '../errors.js';
import type { Doc } from './doc.js';
import { DEPREL, UPOS, XPOS } from './tags.js';

/** One gold sentence from a treebank. Heads are 1-based within the sentence, 0 = root. */
export interface ConlluSentence {
  id?: string;
  text?: string;
  words: string[];
  lemmas: string[];
  upos: string[];
  xpos: string[];
  heads: number[];
  deprels: string[];
  /** Line in the file where the sentence starts (1-based). */
  line: number;
}

/**
 * Parse CoNLL-U text. Throws an {@link AnnalsError} naming the file and line of
 * the first malformed token line.
 */
export function parseConllu(source: string, file = '<conllu>'): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence | undefined;
  const lines = source.split('\n');
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln].replace(/\r$/, '');
    if (line.trim() === '') {
      if (cur && cur.words.length > 0) out.push(cur);
      cur = undefined;
      continue;
    }
    cur ??= { words: [], lemmas: [], upos: [], xpos: [], heads: [], deprels: [], line: ln + 1 };
    if (line.startsWith('#')) {
      const m = /^#\s*(sent_id|text)\s*=\s*(.*)$/.exec(line);
      if (m) {
        if (m[1] === 'sent_id') cur.id = m[2];
        else cur.text = m[2];
      }
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) {
      throw new AnnalsError('E_INPUT', `CoNLL-U token line has ${cols.length} columns, expected 10`, { file, line: ln + 1 });
    }
    if (cols[0].includes('-') || cols[0].includes('.')) continue;
    const id = Number(cols[0]);
    if (!Number.isInteger(id) || id !== cur.words.length + 1) {
      throw new AnnalsError('E_INPUT', `CoNLL-U token id '${cols[0]}' out of sequence`, { file, line: ln + 1 });
    }
    const head = cols[6] === '_' ? 0 : Number(cols[6]);
    if (!Number.isInteger(head) || head < 0) {
      throw new AnnalsError('E_INPUT', `CoNLL-U head '${cols[6]}' is not a number`, { file, line: ln + 1 });
    }
    cur.words.push(cols[1]);
    cur.lemmas.push(cols[2]);
    cur.upos.push(cols[3]);
    cur.xpos.push(cols[4]);
    cur.heads.push(head);
    cur.deprels.push(cols[7]);
  }
  if (cur && cur.words.length > 0) out.push(cur);
  return out;
}

/** Write a Doc's analysis as CoNLL-U, one block per sentence. */
export function toConllu(doc: Doc): string {
  const parts: string[] = [];
  for (let s = 0; s < doc.sentenceCount; s++) {
    const a = doc.sentStart[s];
    const b = doc.sentEnd[s];
    if (b <= a) continue;
    const text = doc.text.slice(doc.start[a], doc.end[b - 1]).replace(/\s+/g, ' ');
    parts.push(`# sent_id = ${s + 1}\n# text = ${text}\n`);
    for (let i = a; i < b; i++) {
      const h = doc.head[i];
      const headCol = h < 0 ? 0 : h - a + 1;
      const rel = doc.dep[i] === 0 ? (h < 0 ? 'root' : 'dep') : DEPREL[doc.dep[i]];
      const misc = i + 1 < b && !doc.spaceAfter(i) ? 'SpaceAfter=No' : '_';
      const form = doc.form[i].replace(/[\t\n]/g, ' ') || '_';
      parts.push(
        [i - a + 1, form, doc.lemma[i] || '_', UPOS[doc.upos[i]] ?? '_', XPOS[doc.xpos[i]] ?? '_', '_', headCol, rel, '_', misc].join('\t') + '\n',
      );
    }
    parts.push('\n');
  }
  return parts.join('');
}
