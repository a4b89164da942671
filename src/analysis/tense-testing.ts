/**
 * Test helpers for the news tag repairs (tense.ts): sentences written as "word/UPOS/XPOS ..."
 * go through {@link repairTense} and come back in the same notation.
 * @module
 */
import { repairTense, type VerbForms } from './tense.js';
import { UPOS, XPOS, uposId, xposId } from './tags.js';

/** Repair "word/UPOS/XPOS ..." (with `verbs` when given) and return the result in the same notation. */
export function repairedTags(tagged: string, verbs?: VerbForms): string {
  const toks = tagged.split(' ').map((t) => {
    const i = t.lastIndexOf('/');
    const j = t.lastIndexOf('/', i - 1);
    return [t.slice(0, j), t.slice(j + 1, i), t.slice(i + 1)];
  });
  const form = toks.map((t) => t[0]);
  const upos = Uint8Array.from(toks.map((t) => uposId(t[1])));
  const xpos = Uint8Array.from(toks.map((t) => xposId(t[2])));
  repairTense(form, upos, xpos, 0, form.length, verbs);
  return form.map((w, k) => `${w}/${UPOS[upos[k]]}/${XPOS[xpos[k]]}`).join(' ');
}

/** The "UPOS/XPOS" the repair leaves on the first `word` of `tagged` (undefined if the word is absent). */
export function repairedTagOf(tagged: string, word: string, verbs?: VerbForms): string | undefined {
  const t = repairedTags(tagged, verbs)
    .split(' ')
    .find((x) => x.startsWith(word + '/'));
  return t?.slice(word.length + 1);
}
