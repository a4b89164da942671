/**
 * Event dates: a temporal expression attached to the event's own clause, resolved
 * against the document date with chrono-node.
 *
 * Which expressions count: a date phrase (weekday, month, "yesterday", "last week",
 * "two days ago", a year) whose phrase head depends directly on one of the event's
 * clause heads (obl, obl:tmod, obl:unmarked, nmod:tmod, advmod...), not one inside an
 * embedded clause of another verb, nor a modifier of a noun ("condemned the 2003
 * invasion" is not dated 2003) — except a noun the event's own dictionary pattern
 * matched or the object of a light verb ("staged an April 2004 uprising" -> 2004-04).
 *
 * Output precision: `YYYY-MM-DD` for a day, `YYYY-MM` when only the month is known
 * ("in April 2004", "last month"), `YYYY` when only the year is ("since 2003").
 * A weekday or a month without a year is the most recent one on or before the
 * document date for asserted/negated/reported events ("on Saturday" in a Monday
 * 2006-12-04 story -> 2006-12-02; "on Monday" -> the same day), the next one on or
 * after it for intended/hypothetical/demanded/requested ones. "last week" is the
 * document date minus 7 days (chrono's reading). Without a document date only
 * expressions with an explicit year resolve.
 * @module
 */
import * as chrono from 'chrono-node';
import type { SentTree } from './tree.js';
import type { Modality } from './modality.js';

const MONTHS = 'january february march april may june july august september october november december'.split(' ');
const WEEKDAYS = 'sunday monday tuesday wednesday thursday friday saturday'.split(' ');
const MONTH_ABBR = new Map<string, number>();
MONTHS.forEach((m, i) => {
  MONTH_ABBR.set(m, i);
  MONTH_ABBR.set(m.slice(0, 3), i);
  MONTH_ABBR.set(m.slice(0, 3) + '.', i);
});
MONTH_ABBR.set('sept', 8);
MONTH_ABBR.set('sept.', 8);
const WEEKDAY_WORDS = new Set(WEEKDAYS);
const RELATIVE = new Set(['yesterday', 'today', 'tonight', 'ago', 'weekend']);
const PERIOD = new Set(['week', 'month', 'year']);
const PERIOD_MOD = new Set(['last', 'next', 'this', 'past', 'previous', 'coming']);
const LIGHT_VERBS = new Set(['launch', 'stage', 'lead', 'carry', 'conduct', 'mount', 'begin', 'start', 'wage', 'hold', 'make', 'commit', 'perpetrate', 'spark', 'unleash']);
/** Relations that attach a date phrase to its clause head. */
const TEMPORAL_REL = new Set(['obl', 'obl:tmod', 'obl:unmarked', 'obl:npmod', 'nmod:tmod', 'nmod:unmarked', 'advmod', 'nmod', 'compound', 'dep']);
/** Relations inside a date phrase ("last week", "April 2004", "Dec. 2"). */
const INSIDE_REL = new Set(['compound', 'nummod', 'amod', 'nmod:unmarked', 'flat', 'det', 'nmod:tmod', 'obl:unmarked', 'appos']);
/** Every date word as written in lower case, Capitalised and UPPER case. */
const ANY_CASE = new Set<string>();
for (const w of [...WEEKDAY_WORDS, ...MONTH_ABBR.keys(), ...RELATIVE, ...PERIOD]) {
  ANY_CASE.add(w);
  ANY_CASE.add(w.charAt(0).toUpperCase() + w.slice(1));
  ANY_CASE.add(w.toUpperCase());
}
const FUTURE: ReadonlySet<Modality> = new Set(['intended', 'hypothetical', 'demanded', 'requested']);

const YEAR = /^(1[89]\d\d|20\d\d)$/;

/**
 * Whether token `form` (original case; `prev` = the word before it, any case) may
 * head a date phrase: a cheap filter before chrono is asked.
 */
export function dateWord(form: string, prev: string): boolean {
  // Most tokens are rejected here without lower-casing (this runs on every token of a sentence with events).
  const c0 = form.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) return form.length === 4 && YEAR.test(form);
  if (form.length < 3 || form.length > 9 || !ANY_CASE.has(form)) return false;
  const w = form.toLowerCase();
  if (WEEKDAY_WORDS.has(w) || RELATIVE.has(w)) return true;
  // "may"/"march" are also verbs: as months they are capitalised.
  if (MONTH_ABBR.has(w)) return w === 'may' || w === 'march' || w === 'mar' ? c0 >= 65 && c0 <= 90 : true;
  if (PERIOD.has(w)) return PERIOD_MOD.has(prev.toLowerCase());
  return YEAR.test(w);
}

function isDateHead(t: SentTree, k: number): boolean {
  return dateWord(t.doc.form[k], k > t.a ? t.doc.form[k - 1] : '');
}

/** Calendar date parts; month 1-12. */
interface Ymd {
  y: number;
  m?: number;
  d?: number;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function formatYmd(x: Ymd): string {
  return x.m === undefined ? String(x.y) : x.d === undefined ? `${x.y}-${pad2(x.m)}` : `${x.y}-${pad2(x.m)}-${pad2(x.d)}`;
}

function parseDocDate(s: string | null): Date | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 12)) : null;
}

const PREP = '(?:(?:on|in|since|during|by|until|till|from|at|of|before|after|early|late|mid|mid-) )*';
const PART_OF_DAY = '(?: (?:morning|afternoon|evening|night))?';
const QUICK_WEEKDAY = new RegExp(`^${PREP}(last |next |this |past )?(${WEEKDAYS.join('|')})${PART_OF_DAY}$`);
const QUICK_PERIOD = new RegExp(`^${PREP}(?:earlier |later )?(last|next|this|past|previous|coming) (week|month|year)$`);
const QUICK_DAY = new RegExp(`^${PREP}(yesterday|today|tonight)${PART_OF_DAY}$`);
const QUICK_YEAR = new RegExp(`^${PREP}(1[89]\\d\\d|20\\d\\d)$`);
const QUICK_MONTH = new RegExp(`^${PREP}([a-z]+\\.?)(?:,? (?:of )?(1[89]\\d\\d|20\\d\\d))?$`);

function addDays(ref: Date, n: number): string {
  const x = new Date(ref.getTime() + n * 86400000);
  return formatYmd({ y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() });
}

/** Weekday `want` (0 = Sunday) nearest to `ref` in the event's direction (the same day counts). */
function weekdayFrom(ref: Date, want: number, future: boolean): string {
  const dow = ref.getUTCDay();
  return addDays(ref, future ? (want - dow + 7) % 7 : -((dow - want + 7) % 7));
}

/** Month `m` (1-12) without a year: the nearest one in the event's direction. */
function monthFrom(ref: Date, m: number, future: boolean): string {
  const rm = ref.getUTCMonth() + 1;
  let y = ref.getUTCFullYear();
  if (!future && m > rm) y--;
  if (future && m < rm) y++;
  return formatYmd({ y, m });
}

/**
 * The common shapes resolved without chrono (which costs ~0.5 ms a call): weekdays,
 * yesterday/today, bare years, months with or without a year. undefined: ask chrono.
 */
function quickDate(t: string, ref: Date | null, future: boolean): string | null | undefined {
  let m = QUICK_WEEKDAY.exec(t);
  if (m) {
    if (!ref) return null;
    const want = WEEKDAYS.indexOf(m[2]);
    if (m[1] === 'last ' || m[1] === 'past ') return weekdayFrom(new Date(ref.getTime() - 86400000), want, false);
    if (m[1] === 'next ') return weekdayFrom(new Date(ref.getTime() + 86400000), want, true);
    return weekdayFrom(ref, want, future);
  }
  m = QUICK_PERIOD.exec(t);
  if (m) {
    if (!ref) return null;
    const dir = m[1] === 'this' ? 0 : m[1] === 'next' || m[1] === 'coming' ? 1 : -1;
    if (m[2] === 'week') return addDays(ref, 7 * dir);
    if (m[2] === 'year') return String(ref.getUTCFullYear() + dir);
    const x = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + dir, 1, 12));
    return formatYmd({ y: x.getUTCFullYear(), m: x.getUTCMonth() + 1 });
  }
  m = QUICK_DAY.exec(t);
  if (m) return ref ? addDays(ref, m[1] === 'yesterday' ? -1 : 0) : null;
  m = QUICK_YEAR.exec(t);
  if (m) return m[1];
  m = QUICK_MONTH.exec(t);
  if (m && MONTH_ABBR.has(m[1])) {
    const month = MONTH_ABBR.get(m[1])! + 1;
    if (m[2]) return formatYmd({ y: Number(m[2]), m: month });
    return ref ? monthFrom(ref, month, future) : null;
  }
  return undefined;
}

/**
 * Resolve the text of one temporal expression. `future` picks the direction for
 * weekdays and months given without a year. Returns null when nothing resolves.
 * @example resolveDate('on Saturday', '2006-12-04', false) // '2006-12-02'
 */
export function resolveDate(text: string, docDate: string | null, future: boolean): string | null {
  const ref = parseDocDate(docDate);
  const fast = quickDate(text.toLowerCase().replace(/\s+/g, ' ').trim(), ref, future);
  if (fast !== undefined) return fast;
  const explicitYear = /\b(1[89]\d\d|20\d\d)\b/.exec(text);
  if (!ref && !explicitYear) return null;
  const instant = ref ?? new Date(Date.UTC(+explicitYear![1], 0, 1, 12));
  const r = chrono.en.casual.parse(text, { instant, timezone: 'UTC' })[0];
  if (!r) {
    // chrono reads no bare years ("since 2003", "in 2003").
    return explicitYear ? explicitYear[1] : null;
  }
  const c = r.start;
  const dt = c.date();
  const y = dt.getUTCFullYear();
  const m = dt.getUTCMonth() + 1;
  const d = dt.getUTCDate();
  const hasYear = c.isCertain('year');
  const hasMonth = c.isCertain('month');
  const hasDay = c.isCertain('day');
  if (!hasDay && !hasMonth && c.isCertain('weekday')) {
    if (!ref) return null;
    const want = c.get('weekday')!;
    const dow = ref.getUTCDay();
    const delta = future ? (want - dow + 7) % 7 : -((dow - want + 7) % 7);
    const x = new Date(ref.getTime() + delta * 86400000);
    return formatYmd({ y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() });
  }
  if (!hasMonth && !hasDay) return hasYear ? String(y) : null;
  if (hasYear) return formatYmd(hasDay ? { y, m, d } : { y, m });
  if (!ref) return null;
  // Month (and day) without a year: the nearest one in the event's direction.
  const ry = ref.getUTCFullYear();
  const key = (yy: number) => yy * 10000 + m * 100 + (hasDay ? d : 0);
  const refKey = ry * 10000 + (ref.getUTCMonth() + 1) * 100 + (hasDay ? ref.getUTCDate() : 0);
  let yy = ry;
  if (!future && key(yy) > refKey) yy--;
  if (future && key(yy) < refKey) yy++;
  return formatYmd(hasDay ? { y: yy, m, d } : { y: yy, m });
}

/** Tokens of sentence `t` that may head a date phrase (compute once per sentence). */
export function dateHeadsOf(t: SentTree): number[] {
  // Most sentences have none: no array then.
  let out: number[] | null = null;
  const form = t.doc.form;
  for (let k = t.a; k < t.b; k++) if (dateWord(form[k], k > t.a ? form[k - 1] : '')) (out ??= []).push(k);
  return out ?? NO_DATES;
}
const NO_DATES: number[] = [];

/**
 * The date of the event whose clause heads are `clause` (see `analyzeModality`), or
 * null when no temporal expression is attached to it.
 */
export function eventDate(
  t: SentTree,
  clause: readonly number[],
  modality: Modality,
  docDate: string | null,
  ruleWords: () => ReadonlySet<string>,
  dateHeads: readonly number[] = dateHeadsOf(t),
): string | null {
  if (dateHeads.length === 0) return null;
  const v = clause[0];
  // Nouns whose date modifiers date the event: the pattern's own nouns, objects of light verbs.
  const nounOk = (n: number, h: number): boolean =>
    clause.includes(h) && (LIGHT_VERBS.has(t.lemma(h)) || ruleWords().has(t.doc.form[n].toUpperCase()));
  // A verb the parser hung on a nominal root ("On Saturday police arrested ..."): the root's modifiers are the clause's.
  let orphanRoot = -1;
  for (let p = t.head(v), d = 0; p >= 0 && d < 8; p = t.head(p), d++) {
    if (t.isPredicate(p)) break;
    if (t.head(p) < 0) orphanRoot = p;
  }
  for (let i = 0; i < dateHeads.length; i++) {
    const k = dateHeads[i]!;
    // Climb to the head of the date phrase.
    let node = k;
    for (let d = 0; d < 4 && INSIDE_REL.has(t.dep(node)) && t.head(node) >= 0 && isDateHead(t, t.head(node)); d++) node = t.head(node);
    const h = t.head(node);
    if (h < 0) continue;
    let ok = false;
    if (clause.includes(h)) ok = TEMPORAL_REL.has(t.dep(node));
    else if (h === orphanRoot) ok = true;
    else if (INSIDE_REL.has(t.dep(node))) {
      const hh = t.head(h);
      ok = hh >= 0 && (t.dep(h) === 'obj' || t.dep(h) === 'obl') && nounOk(h, hh);
    }
    if (!ok) continue;
    const [lo, hi] = t.span(node);
    // Keep the preposition ("since", "in") the span already includes via `case`.
    const r = resolveDate(t.text(lo, hi), docDate, FUTURE.has(modality));
    if (r) return r;
  }
  return null;
}
