/**
 * Trailing participles. "Iran denied the report, accusing the U.S. military of spreading lies": a verbal act
 * in an active participle after the main verb is a second act of the main subject, asserted on its own (not
 * the denial's content). A violent one (", killing 18 people") is the attack the main verb already reports.
 * @module
 */

/** Lemmas of the verbal acts a trailing participle adds to its subject's main act. */
export const VERBAL_PARTICIPLES: ReadonlySet<string> = new Set([
  'accuse', 'blame', 'charge', 'criticize', 'criticise', 'condemn', 'denounce', 'press', 'urge', 'demand', 'warn',
  'threaten', 'praise', 'hail', 'welcome', 'reject', 'deny', 'dismiss', 'appeal', 'ask', 'vow', 'pledge', 'promise', 'offer',
  'invite', 'thank', 'congratulate', 'pressure',
]);

/** Protests whose demands are their content ("demonstrated in Cairo, demanding an end to ..."): one event. */
export const PROTEST_VERBS: ReadonlySet<string> = new Set(['protest', 'demonstrate', 'march', 'rally', 'gather', 'riot', 'strike', 'chant', 'picket']);
