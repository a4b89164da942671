/**
 * Actor mentions: what the actor layer finds in a sentence and the event layer
 * consumes. Token ranges are half-open `[start, end)` absolute Doc indexes.
 * @module
 */

/** A date as a number yyyymmdd (e.g. 20061204), comparable with < and >. */
export type DayNumber = number;

/** An actor found in the text, with its code resolved for the document's date. */
export interface ActorMention {
  /** First token of the mention. */
  start: number;
  /** One past the last token. */
  end: number;
  /** Full CAMEO actor code, country/agent composition applied (e.g. "IRQCOP"). */
  code: string;
  /** Dictionary entry or rule that produced the code (for evidence). */
  rule: string;
  /**
   * Every code when the dictionary gives a compound actor (`[FRO/BIL/SAM]`);
   * `code` is the first. Absent for a single code.
   */
  codes?: string[];
  /** Token that the phrase is headed by (the last token of the matched phrase by default). */
  head: number;
  /**
   * Set by article-level coreference (src/article): the mention that introduced the
   * actor this one refers to ("he" -> "Nouri al-Maliki"), absolute token range.
   */
  resolvedFrom?: { start: number; end: number; sentence: number };
  /** How a resolved mention was linked to its antecedent. */
  via?: 'pronoun' | 'title' | 'short-name' | 'acronym' | 'group';
  /**
   * The political side of a non-state actor whose dictionary entry also lists a party
   * code ("Sadr" in 2007: IRQREBSHI, party IRQPTYSDR): its office, bloc, lawmakers and
   * spokesmen take this code.
   */
  party?: string;
}

/** Matches actors in one sentence of an analysed Doc. Immutable once built. */
export interface ActorMatcher {
  match(doc: import('../analysis/doc.js').Doc, sentence: number, date?: DayNumber): ActorMention[];
}
