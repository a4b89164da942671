/**
 * Abbreviated military ranks before a name ("Gen.", "Lt. Col.", "Sgt."), lower case without their period, with the
 * rank each stands for. One table for the actor matcher (a rank is an agent only before a capitalised name) and the
 * article's coreference ("Gen. X" is "the general" later).
 * @module
 */
export const RANK_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['gen', 'general'], ['gens', 'generals'], ['brig', 'brigadier'], ['maj', 'major'], ['lt', 'lieutenant'], ['col', 'colonel'],
  ['capt', 'captain'], ['sgt', 'sergeant'], ['cpl', 'corporal'], ['pvt', 'private'], ['adm', 'admiral'], ['cmdr', 'commander'],
]);

/** Whether `form` ("Gen.", "lt", "Col") is an abbreviated rank. */
export function isRankAbbreviation(form: string): boolean {
  return RANK_ABBREVIATIONS.has(form.toLowerCase().replace(/\.$/, ''));
}
