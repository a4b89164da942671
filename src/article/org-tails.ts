/**
 * An organisation named in full, then by the end of its name: "the Iraqi Islamic Party ... the Islamic Party",
 * "the Kurdistan Democratic Party ... the Democratic Party". The short form is often a dictionary phrase of its own
 * (agents: "Islamic" + "Party" = a Muslim party of the home country; an actor: "Democratic Party" = the U.S.
 * Democrats), but in an article that has just named the full organisation it is that organisation.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import type { ActorMention } from '../actors/types.js';
import { ORGANISATION_RULE } from '../actors/conventions.js';

/** A full organisation name seen in the article: its words (lower case) and code. */
export interface OrgName {
  words: readonly string[];
  code: string;
  rule: string;
}

/** Words of a mention in lower case, or null unless every word is capitalised (a name, not "the party"). */
function nameWords(doc: Doc, m: Pick<ActorMention, 'start' | 'end'>): string[] | null {
  const out: string[] = [];
  for (let i = m.start; i < m.end; i++) {
    const f = doc.form[i];
    if (!/^\p{Lu}/u.test(f)) return null;
    out.push(f.toLowerCase());
  }
  return out;
}

/**
 * The organisation names among a sentence's dictionary mentions: one dictionary phrase of the institution, group or
 * IGO files, three words at least, all capitalised ("Iraqi Islamic Party", "Kurdistan Democratic Party").
 */
export function fullOrgNames(doc: Doc, ms: readonly ActorMention[]): OrgName[] {
  const out: OrgName[] = [];
  for (const m of ms) {
    if (m.end - m.start < 3 || m.rule.includes(' + ') || !ORGANISATION_RULE.test(m.rule)) continue;
    const words = nameWords(doc, m);
    if (words) out.push({ words, code: m.code, rule: m.rule });
  }
  return out;
}

/**
 * Remember `names` as the most recently named organisations in `seen` (most recent last). A name seen again moves to
 * the end rather than being added twice, and at most `cap` names are kept: an article that repeats one organisation in
 * each of 10,000 sentences keeps one entry, so {@link recodeOrgTails} does bounded work per mention.
 */
export function rememberOrgNames(seen: OrgName[], names: readonly OrgName[], cap: number): void {
  for (const n of names) {
    const at = seen.findIndex((o) => o.code === n.code && o.words.length === n.words.length && o.words.every((w, i) => w === n.words[i]));
    if (at >= 0) seen.splice(at, 1);
    seen.push(n);
    if (seen.length > cap) seen.shift();
  }
}

/**
 * Recode in place the mentions of `ms` that are the last two or more words of an organisation named earlier in the
 * article (`seen`, most recent last) with another code: they take that organisation's code. Returns the mentions changed.
 */
export function recodeOrgTails(doc: Doc, ms: ActorMention[], seen: readonly OrgName[]): ActorMention[] {
  const changed: ActorMention[] = [];
  if (seen.length === 0) return changed;
  for (const m of ms) {
    if (m.resolvedFrom || m.end - m.start < 2) continue;
    const words = nameWords(doc, m);
    if (!words) continue;
    for (let k = seen.length - 1; k >= 0; k--) {
      const o = seen[k];
      if (o.words.length <= words.length || o.code === m.code) continue;
      const tail = o.words.slice(o.words.length - words.length);
      if (tail.every((w, i) => w === words[i])) {
        m.code = o.code;
        delete m.codes;
        delete m.party;
        m.rule = `${m.rule} + the end of the name of ${o.rule}`;
        changed.push(m);
        break;
      }
    }
  }
  return changed;
}
