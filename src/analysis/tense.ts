/**
 * Past tense after a subject, repaired. The tagger learns from web text (UD EWT),
 * where a noun followed by a bare "-ed" verb is often a reduced relative ("the
 * photos posted here"); in news the same shape is the main clause ("Lebanese
 * soldiers fired on ...", "a convoy that crossed the border"), and tagging it VBN
 * makes the parser hang the verb off the noun, losing the event. This stage
 * re-tags such a VBN as VBD when nothing in its clause says it is a participle:
 *
 * - the word before it (adverbs skipped) is a subject candidate: a noun, a subject
 *   pronoun, or a relative pronoun ("that", "who", "which");
 * - no "by" follows it (a passive agent: "the convoy attacked by militants");
 * - for a noun or pronoun subject, no finite verb stands before it in its clause
 *   ("police clashed with men armed with sticks"), unless that verb is one of
 *   saying or thinking, whose complement is a new clause ("officials said troops
 *   fired ...");
 * - no finite verb follows it before the clause ends ("soldiers wounded in the
 *   attack were taken to hospital": "were" is the main verb; tokens are repaired
 *   right to left, so "the agreement signed in Doha collapsed" keeps "signed").
 * @module
 */
import type { Doc } from './doc.js';
import type { Stage } from './pipeline.js';
import { uposId, xposId } from './tags.js';

const X = xposId;
const VBN = X('VBN');
const VBD = X('VBD');
const FINITE = new Set([X('VBD'), X('VBZ'), X('VBP'), X('MD')]);
const NOUNS = new Set([X('NN'), X('NNS'), X('NNP'), X('NNPS')]);
const ADVERBS = new Set([X('RB'), X('RBR'), X('RBS')]);
const RELATIVES = new Set([X('WDT'), X('WP')]);
const VERB = uposId('VERB');
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
/** Words that end a clause for the scans (punctuation, coordinators, subordinators). */
const BOUNDARY_FORMS = new Set([',', ';', ':', '--', '—', '–', '(', ')', '"', '“', '”', 'and', 'but', 'or', 'while', 'as', 'after', 'before', 'because', 'when', 'if', 'although', 'though', 'since', 'until', 'that', 'which', 'who', 'whom', 'where']);
/** Verbs of saying and thinking (inflected forms): their complement is a new clause. */
const SAYING = new Set(
  'said says say told tell tells reported reports claimed claims believed believes believe thought thinks think confirmed confirms denied denies insisted insists warned warns added adds announced announces alleged alleges suggested suggests showed shows knew knows noted notes acknowledged acknowledges admitted admits explained explains argued argues agreed agrees felt feels hoped hopes feared fears indicated indicates estimated estimates asserted asserts stated states testified testifies stressed stresses charged charges complained complains accused'.split(
    ' ',
  ),
);

/** Re-tag tokens [start, end) of parallel arrays in place; returns how many were changed. */
export function repairTense(form: readonly string[], upos: Uint8Array, xpos: Uint8Array, start: number, end: number): number {
  let changed = 0;
  const lower = (i: number): string => form[i].toLowerCase();
  const boundary = (i: number): boolean => BOUNDARY_FORMS.has(lower(i)) || RELATIVES.has(xpos[i]);
  // Right to left: a later main verb, once repaired, marks an earlier "-ed" as a participle
  // ("the agreement signed in Doha collapsed").
  for (let i = end - 1; i > start; i--) {
    if (xpos[i] !== VBN || upos[i] !== VERB) continue;
    let p = i - 1;
    while (p > start && ADVERBS.has(xpos[p])) p--;
    const relative = RELATIVES.has(xpos[p]) && /^(that|which|who)$/.test(lower(p));
    const subject = NOUNS.has(xpos[p]) || SUBJECT_PRONOUNS.has(lower(p));
    if (!relative && !subject) continue;
    if (i + 1 < end && lower(i + 1) === 'by') continue;
    if (subject) {
      // A finite verb earlier in the clause makes the noun its object or a PP's.
      let blocked = false;
      for (let k = p - 1; k >= start && !boundary(k); k--) {
        if (FINITE.has(xpos[k])) {
          blocked = !SAYING.has(lower(k));
          break;
        }
      }
      if (blocked) continue;
    }
    let mainLater = false;
    for (let k = i + 1; k < end && !boundary(k); k++) {
      if (FINITE.has(xpos[k])) {
        mainLater = true;
        break;
      }
    }
    if (mainLater) continue;
    xpos[i] = VBD;
    changed++;
  }
  return changed;
}

/** The pipeline stage (after the tagger, before the lemmatizer and the parser). */
export function tenseStage(): Stage {
  return {
    name: 'tense',
    requires: ['token.pos'],
    assigns: [],
    run(doc: Doc): void {
      for (let s = 0; s < doc.sentStart.length; s++) repairTense(doc.form, doc.upos, doc.xpos, doc.sentStart[s], doc.sentEnd[s]);
    },
  };
}
