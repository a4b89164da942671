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
  // legal acts: "refused to give up his post, filing a complaint against his rival"
  'file', 'lodge', 'sue',
]);

/** Protests whose demands are their content ("demonstrated in Cairo, demanding an end to ..."): one event. */
export const PROTEST_VERBS: ReadonlySet<string> = new Set(['protest', 'demonstrate', 'march', 'rally', 'gather', 'riot', 'strike', 'chant', 'picket']);

/**
 * Lemmas of trailing participles that report what their subject said or alleged, and so go on with the speaker's
 * act rather than with what the speaker denied, refused or demanded ("denied that Iran was arming any group,
 * accusing the U.S. military of ...", "refused to discuss the premiership, saying ...").
 */
export const SPEAKING_PARTICIPLES: ReadonlySet<string> = new Set([
  ...VERBAL_PARTICIPLES, 'say', 'add', 'argue', 'insist', 'call', 'describe', 'note', 'complain', 'claim', 'explain',
]);

/**
 * Custody and raids in a trailing participle are acts of their own, done by the main subject ("raided a
 * neighborhood, detaining eight men", "swept through the city, arresting 200 suspects", "fanned out across the
 * capital, raiding neighborhoods"), unlike a killing, which is the result of the attack the main verb reports.
 */
export const CUSTODY_PARTICIPLES: ReadonlySet<string> = new Set([
  'arrest', 'detain', 'capture', 'seize', 'raid', 'storm', 'abduct', 'kidnap', 'free', 'release', 'search',
]);

/**
 * Whether a trailing participle with this lemma is an act of the main clause's subject that annals codes (a verbal
 * act, custody or a raid, a chant) or names the victims of the main verb's attack (", killing four people"), so that
 * where the parser hung it matters (src/events/repair.ts).
 */
export function ownActParticiple(lemma: string): boolean {
  return SPEAKING_PARTICIPLES.has(lemma) || CUSTODY_PARTICIPLES.has(lemma) || lemma === 'chant' || ['kill', 'wound', 'injure', 'maim'].includes(lemma);
}
