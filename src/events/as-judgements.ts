/**
 * Judgements told with "as": "dismissed the government as 'appointed by the occupation'", "denounced the draft as
 * an American document", "branded the council as a tool of the occupiers". CAMEO codes what the judgement says of
 * whom it is about: a criticism (111) of the actor judged: the verb's object when it names an actor, else the actor
 * whose nationality the "as" phrase gives the thing judged ("an American document": USA).
 *
 * Only verbs of judging that code nothing of their own for an actor object ("dismissed the government": the coder's
 * dismiss codes claims and proposals) or that leave a thing as object ("denounced the draft") are read; a verb that
 * already has an event aimed at the same actor keeps it.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS } from '../analysis/tags.js';
import type { ActorMention } from '../actors/types.js';
import type { CodedEvent } from './types.js';
import { dependentsOf } from './obligation.js';

/** Verbs that judge their object "as" something. */
const JUDGING: ReadonlySet<string> = new Set(['dismiss', 'denounce', 'condemn', 'criticize', 'criticise', 'brand', 'label', 'decry', 'deride', 'ridicule']);

/** Nouns of something said: judging it is a rejection of what was said, aimed by the reaction rules. */
const SAYINGS: ReadonlySet<string> = new Set(['criticism', 'remark', 'remarks', 'comment', 'comments', 'statement', 'accusation', 'charge', 'claim', 'allegation', 'warning', 'threat', 'offer', 'proposal', 'demand', 'call', 'appeal']);

/** The criticism code. */
const CRITICISM = '111';

/**
 * Criticisms (111) told by a judging verb with an "as" phrase whose actor judged the coder left out, from `events`
 * (the coder's events, with or without a target: their sources say who judges); `mentionAt(i)` is the actor mention at
 * token i.
 */
export function asJudgements(doc: Doc, events: readonly CodedEvent[], mentionAt: (i: number) => ActorMention | null): CodedEvent[] {
  const out: CodedEvent[] = [];
  const rel = (k: number): string => DEPREL[doc.dep[k]] ?? '_';
  const lemma = (k: number): string => (doc.lemma[k] || doc.form[k]).toLowerCase();
  for (let s = 0; s < doc.sentenceCount; s++) {
    for (let v = doc.sentStart[s]; v < doc.sentEnd[s]; v++) {
      if (!JUDGING.has(lemma(v)) || UPOS[doc.upos[v]] !== 'VERB') continue;
      const kids = dependentsOf(doc, v);
      if (kids.some((k) => rel(k) === 'advmod' && /^(not|n't|never)$/i.test(doc.form[k]))) continue;
      const obj = kids.find((k) => rel(k) === 'obj');
      if (obj === undefined) continue;
      // The "as" phrase: an obl/advcl/xcomp of the verb (or an nmod of its object) introduced by "as".
      // (The parser may hang "as" itself on the verb, "as 'appointed by ...'" with the participle fixed to it.)
      const asOf = (k: number): boolean => doc.form[k].toLowerCase() === 'as' || dependentsOf(doc, k).some((d) => /^(case|mark|advmod)$/.test(rel(d)) && doc.form[d].toLowerCase() === 'as');
      const phrase = [...kids, ...dependentsOf(doc, obj)].find((k) => k > obj && /^(obl|advcl|xcomp|nmod|acl)/.test(rel(k)) && asOf(k));
      if (phrase === undefined) continue;
      // Who judges: the coder's source at the verb, else the verb's subject.
      const at = events.filter((e) => e.sentence === s && e.verb === v);
      const subj = kids.find((k) => rel(k) === 'nsubj');
      const source = at[0]?.source ?? (subj !== undefined ? mentionAt(subj) : null);
      if (!source || source.code.startsWith('---')) continue;
      // Whom: the object named as an actor, else a nationality the "as" phrase gives the thing ("an American document").
      // (A statement judged, "dismissed the British criticism as hypocrisy", is a rejection the reaction rules aim.)
      if (SAYINGS.has(lemma(obj))) continue;
      let target = mentionAt(obj);
      if (!target) {
        for (const d of dependentsOf(doc, phrase)) if (rel(d) === 'amod' && UPOS[doc.upos[d]] !== 'VERB') target = target ?? mentionAt(d);
      }
      if (!target || target.code.startsWith('---') || target.code === source.code) continue;
      if (target.start <= source.start && source.start < target.end) continue;
      if (at.some((e) => e.target && e.target.code === target!.code)) continue;
      const base = at[0];
      out.push({
        sentence: s,
        source,
        target,
        cameo: CRITICISM,
        negated: false,
        verb: v,
        evidenceStart: Math.min(source.start, v),
        evidenceEnd: Math.max(v + 1, phrase + 1),
        rule: `${base ? `${base.rule} + ` : ''}a judgement "as" something is a criticism of the actor judged`,
      });
    }
  }
  return out;
}
