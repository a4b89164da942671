/**
 * PETRARCH discard lists: phrases that mark a sentence (or, with a leading `+`,
 * the whole story) as not about political events ("World Golf Championships").
 * @module
 */
import { readFileSync } from 'node:fs';
import { AnnalsError } from '../errors.js';

/** One discard phrase: uppercase words matched consecutively on word forms. */
export interface Discard {
  words: string[];
  /** A story-level discard drops every event of the document. */
  story: boolean;
}

/** Parse discard-list text; malformed lines are all reported in one `E_DICT` error. */
export function parseDiscards(text: string, file = '<discards>'): Discard[] {
  const out: Discard[] = [];
  const problems: string[] = [];
  let firstBad = 0;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/[#;].*$/, '').trim();
    if (line === '') return;
    const story = line.startsWith('+');
    const body = story ? line.slice(1).trim() : line;
    const words = body.split(/[\s_]+/).filter(Boolean);
    if (words.length === 0 || words.some((w) => /[\[\]{}()*$%^&+]/.test(w))) {
      problems.push(`${file}:${i + 1}: malformed discard phrase '${raw.trim()}'`);
      firstBad ||= i + 1;
      return;
    }
    out.push({ words: words.map((w) => w.toUpperCase()), story });
  });
  if (problems.length > 0) {
    throw new AnnalsError('E_DICT', `${problems.length} problem(s) in discard list:\n${problems.join('\n')}`, { file, line: firstBad });
  }
  return out;
}

/** Read a discard list file. */
export function readDiscards(file: string): Discard[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new AnnalsError('E_DICT', `cannot read discard list: ${(e as Error).message}`, { file });
  }
  return parseDiscards(text, file);
}
