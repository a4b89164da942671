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
 * the first run of such years); a person named with a title of his office then ("Interim Prime Minister Iyad
 * Allawi") votes only for that office's years, twice. Fewer than {@link MIN_VOTES} entries agreeing on the year: no year (a lone name
 * does not date an article).
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import type { ActorMatcher, DayNumber } from '../actors/types.js';
import { actorDef, actorPhrase, agentAt, trieNode, type ActorDictionaries } from '../dictionaries/actor-dicts.js';
import type { CodeRule } from '../dictionaries/actor-readers.js';
import { pieces } from '../dictionaries/normalize.js';
import { NAME_PARTICLES } from './lexicon.js';

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

/**
 * The dated codes of the actor entries a mention's rule names (`file:line PHRASE + ...`). A person named
 * with a title ("Interim Prime Minister Iyad Allawi", "Speaker Osama al-Nujaifi") held that office then:
 * only the codes of the title's sector count (all of them when none has it), and the entry is `titled`.
 */
function datedCodesOf(dicts: ActorDictionaries, rule: string): { def: number; codes: CodeRule[]; all: CodeRule[]; titled: boolean; former: boolean }[] {
  const out: { def: number; codes: CodeRule[]; all: CodeRule[]; titled: boolean; former: boolean }[] = [];
  const sectors: string[] = [];
  let former = false;
  for (const part of rule.split(' + ')) {
    const m = /^\S+:\d+ (.+)$/.exec(part);
    if (!m) continue;
    const phrase = m[1].replace(/_/g, ' ');
    const n = trieNode(dicts, pieces(phrase));
    const ai = n > 0 ? dicts.nodeActor[n] : -1;
    if (ai < 0) {
      // A title before the name: its sector ("prime minister" = GOV, "speaker" = LEG); a past one ("former
      // prime minister", an elite title of its own) by the title it names.
      const past = /^(former|ex-?)\s*(.+)$/i.exec(phrase);
      const t = past ? trieNode(dicts, pieces(past[2])) : n;
      const g = t > 0 ? dicts.nodeAgent[t] : -1;
      const code = g >= 0 ? agentAt(dicts, g).code : '';
      if (TITLE_SECTORS.has(code.slice(0, 3))) sectors.push(code.slice(0, 3));
      if (past) former = true;
      continue;
    }
    const def = actorPhrase(dicts, ai).def;
    const codes = actorDef(dicts, def).codes;
    const dated = codes.filter((c) => c.dated);
    if (dated.length === 0) continue;
    const fit = sectors.length > 0 ? dated.filter((c) => sectors.some((x) => c.code.slice(3).includes(x))) : [];
    if (fit.length > 0) out.push({ def, codes: fit, all: dated, titled: true, former });
    // Named without a title, an entry dated by no office, with an undated code for the other years (Sadr's
    // Mahdi Army years, Kataib Hezbollah's insurgency), is in the news outside them: it says nothing of the article's.
    else if (dated.some((c) => TITLE_SECTORS.has(c.code.slice(3, 6)) || c.code.startsWith('IGO')) || dated.length === codes.length)
      out.push({ def, codes: dated, all: dated, titled: false, former: false });
  }
  return out;
}


/** Whether a sentence names a year (1945-2035) of its own. */
function yearInSentence(doc: Doc, s: number): boolean {
  for (let i = doc.sentStart[s]; i < doc.sentEnd[s]; i++) {
    const w = doc.form[i];
    if (/^(19|20)\d\d$/.test(w) && Number(w) >= FIRST_YEAR && Number(w) <= LAST_YEAR) return true;
  }
  return false;
}

/** Whether a mention's title is a past one: "former" (or "ex-") in it or just before it. */
function isFormer(doc: Doc, start: number, end: number): boolean {
  for (let i = Math.max(doc.sentStart[doc.sentenceOf(start)], start - 2); i < end; i++) {
    const w = doc.form[i].toLowerCase();
    if (w === 'former' || w === 'ex' || w.startsWith('ex-')) return true;
  }
  return false;
}

/** Lower-case words inside a capitalised title ("Secretary of State", "Minister for Foreign Affairs", "Chairman of the Joint Chiefs"). */
const TITLE_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'the']);

/** Sectors of titles that date a person's office (a title of another sector, "leader", says nothing). */
const TITLE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'LEG', 'MIL', 'JUD', 'SPY', 'COP']);

/**
 * The day (yyyymmdd) an undated article is most likely from, by the people and bodies
 * it names (see the module comment), or undefined when they do not tell.
 * @param matcher a dictionary matcher (no article state): every sentence is matched without a date.
 */
export function inferArticleDay(doc: Doc, dicts: ActorDictionaries, matcher: ActorMatcher, dateline?: string): DayNumber | undefined {
  const mmdd = datelineMonthDay(dateline) ?? 701;
  const entries = new Map<number, CodeRule[]>();
  // Entries named with a title of their office then: their vote counts twice (the text says the office).
  const titled = new Set<number>();
  // Entries named with a past title ("former Prime Minister Nouri al-Maliki"): the bare name elsewhere ("Maliki's
  // coalition") does not bring back the years of the office he has left.
  const past = new Set<number>();
  for (let s = 0; s < doc.sentStart.length; s++) {
    // A sentence with a year of its own tells of that year ("killed in September 2007, days after meeting
    // President George W. Bush"): its people say nothing of the article's.
    if (yearInSentence(doc, s)) continue;
    for (const m of matcher.match(doc, s)) {
      // A title is capitalised before the name ("Interim Prime Minister Iyad Allawi"); "Kurdish leaders Massoud
      // Barzani and Jalal Talabani" or "his interior minister, X" name no office held.
      // The joining words of a title ("Secretary of State Mike Pompeo", "Minister for Foreign Affairs") are lower case.
      const capitalised = doc.form
        .slice(m.start, m.end)
        .every((w, k) => !/^\p{Ll}/u.test(w) || NAME_PARTICLES.has(w) || w === "'s" || (k > 0 && TITLE_JOINERS.has(w)));
      // "former Prime Minister Nouri al-Maliki": the office is over; he votes for the years after it.
      const former = isFormer(doc, m.start, m.end);
      for (const e of datedCodesOf(dicts, m.rule)) {
        if (e.titled && (former || e.former)) {
          const end = Math.max(...e.codes.map((c) => c.to));
          if (!titled.has(e.def) && end < 99999999) {
            entries.set(e.def, [{ code: e.codes[0].code, from: end + 1, to: 99999999, dated: true }]);
            past.add(e.def);
          }
        } else if (e.titled && !capitalised) {
          if (!entries.has(e.def)) entries.set(e.def, e.all);
        } else if (e.titled) {
          titled.add(e.def);
          past.delete(e.def);
          entries.set(e.def, e.codes);
        } else if (!titled.has(e.def) && !past.has(e.def)) entries.set(e.def, e.codes);
      }
    }
  }
  if (entries.size < MIN_VOTES) return undefined;
  let best = 0;
  let agreeing = 0;
  let first = 0;
  let last = 0;
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    const day = y * 10000 + mmdd;
    let votes = 0;
    let n = 0;
    for (const [def, codes] of entries) {
      if (!codes.some((c) => c.from <= day && day <= c.to)) continue;
      votes += titled.has(def) ? 2 : 1;
      n++;
    }
    if (votes > best) {
      best = votes;
      agreeing = n;
      first = last = y;
    } else if (votes === best && last === y - 1) last = y;
  }
  // The middle of the first run of best years: away from the edges of the terms that decide it.
  return agreeing >= MIN_VOTES ? Math.floor((first + last) / 2) * 10000 + mmdd : undefined;
}
