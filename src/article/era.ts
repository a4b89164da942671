/**
 * The year of an undated article, from the people it names.
 *
 * Wire copy often carries a dateline with a day and no year ("BAGHDAD, July 10
 * (Reuters) -"). Without a year, every person with dated codes falls back to the
 * undated elite code (Maliki = IRQELI instead of IRQGOV, Crocker = USAELI instead of
 * USAGOV), and the article's events lose their government, military and legislative
 * actors. But the article itself tells the period: the people it names were in the
 * offices the dictionaries date at the same time. An article naming Maliki, Bush,
 * Crocker and Petraeus is from 2007-2008.
 *
 * Rule: every dictionary entry found in the article (matched without a date) that has
 * dated codes votes for the years one of its dated codes covers (on the dateline's
 * month and day, else mid-year); the year with the most votes wins (the middle of
 * the first run of such years). Fewer than {@link MIN_VOTES} entries agreeing on any year: no year (a lone name
 * does not date an article).
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import type { ActorMatcher, DayNumber } from '../actors/types.js';
import { actorDef, actorPhrase, trieNode, type ActorDictionaries } from '../dictionaries/actor-dicts.js';
import type { CodeRule } from '../dictionaries/actor-readers.js';
import { pieces } from '../dictionaries/normalize.js';

/** Entries that must agree on a year before it dates the article. */
export const MIN_VOTES = 2;

/** Years considered: open-ended codes are clipped to this range. */
const FIRST_YEAR = 1945;
const LAST_YEAR = 2035;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Month and day (mmdd) of a dateline such as "BAGHDAD, July 10 (Reuters)" or "Jan. 16", else null. */
export function datelineMonthDay(dateline: string | undefined): number | null {
  if (!dateline) return null;
  const m = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b/i.exec(dateline);
  if (!m) return null;
  const month = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1;
  const day = Number(m[2]);
  return month >= 1 && day >= 1 && day <= 31 ? month * 100 + day : null;
}

/** The dated codes of the actor entries a mention's rule names (`file:line PHRASE + ...`). */
function datedCodesOf(dicts: ActorDictionaries, rule: string): { def: number; codes: CodeRule[] }[] {
  const out: { def: number; codes: CodeRule[] }[] = [];
  for (const part of rule.split(' + ')) {
    const m = /^\S+:\d+ (.+)$/.exec(part);
    if (!m) continue;
    const n = trieNode(dicts, pieces(m[1].replace(/_/g, ' ')));
    const ai = n > 0 ? dicts.nodeActor[n] : -1;
    if (ai < 0) continue;
    const def = actorPhrase(dicts, ai).def;
    const codes = actorDef(dicts, def).codes.filter((c) => c.dated);
    if (codes.length > 0) out.push({ def, codes });
  }
  return out;
}

/**
 * The day (yyyymmdd) an undated article is most likely from, by the people and bodies
 * it names (see the module comment), or undefined when they do not tell.
 * @param matcher a dictionary matcher (no article state): every sentence is matched without a date.
 */
export function inferArticleDay(doc: Doc, dicts: ActorDictionaries, matcher: ActorMatcher, dateline?: string): DayNumber | undefined {
  const mmdd = datelineMonthDay(dateline) ?? 701;
  const entries = new Map<number, CodeRule[]>();
  for (let s = 0; s < doc.sentStart.length; s++) {
    for (const m of matcher.match(doc, s)) for (const e of datedCodesOf(dicts, m.rule)) entries.set(e.def, e.codes);
  }
  if (entries.size < MIN_VOTES) return undefined;
  let best = 0;
  let first = 0;
  let last = 0;
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    const day = y * 10000 + mmdd;
    let votes = 0;
    for (const codes of entries.values()) if (codes.some((c) => c.from <= day && day <= c.to)) votes++;
    if (votes > best) {
      best = votes;
      first = last = y;
    } else if (votes === best && last === y - 1) last = y;
  }
  // The middle of the first run of best years: away from the edges of the terms that decide it.
  return best >= MIN_VOTES ? Math.floor((first + last) / 2) * 10000 + mmdd : undefined;
}
