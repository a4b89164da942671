/**
 * Titles in apposition to a named person ("Moqtada al-Sadr, the radical Shiite cleric whose
 * militia ...", "a spokesman for Moqtada al-Sadr, the radical Shiite cleric,"): the title is the
 * person, not a second actor. Coded as a second actor, with a code of its own (IRQRADRELSHI),
 * it would be what a later "the cleric" finds, instead of the man named.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS } from '../analysis/tags.js';
import type { ActorMention } from '../actors/types.js';
import { PERSON_NOUNS, PRONOUNS } from './lexicon.js';

/** What this module needs of an article entity (coref.ts). */
export interface ApposableEntity {
  code: string;
  kind: string;
  name: string;
  plural: boolean;
}

/** A mention rule with a name from an actors dictionary other than the countries' ("Iraqiya", not "Iraqi"). */
const NAMED_ORG_RULE = /(^|[\\/])actors[\\/](?!countries\.)/;

/** Words that may stand between the comma and the title's first token ("the", "a", "also", "now"). */
const LEAD_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'also', 'now', 'then', 'himself', 'herself']);

/**
 * The named person a title mention `m` (head `h`, in sentence `s`) stands in apposition to, or null: the
 * mention is a singular person noun ("cleric", "leader", "minister") right after "Name," (only a
 * determiner, adverbs or lower-case adjectives between), and the name before the comma is a person the
 * article knows by a code (`byEnd`: entities by their mention's end token; `innerAt`: persons named at
 * the end of a composed mention, "a spokesman for Moqtada al-Sadr").
 * Not "Sadr, the cleric's spokesman" or "Sadr, his spokesman" (another person, whose possessor is named),
 * nor a title of the mention's own name ("the Iraqi president, Jalal Talabani": a proper-noun head).
 */
export function appositionPerson<E extends ApposableEntity>(
  doc: Doc,
  m: ActorMention,
  h: number,
  s: number,
  byEnd: ReadonlyMap<number, E>,
  innerAt: ReadonlyMap<number, E>,
  pluralHead: boolean,
): E | null {
  const a = doc.sentStart[s];
  const lower = (i: number): string => doc.form[i].toLowerCase();
  const upos = (i: number): string => UPOS[doc.upos[i]] ?? '_';
  if (h < m.start || h >= m.end || upos(h) !== 'NOUN' || pluralHead) return null;
  // A title naming an organisation of its own ("Saleh al-Mutlaq, an Iraqiya leader") says whose the person is: it keeps its code.
  if (NAMED_ORG_RULE.test(m.rule)) return null;
  const lemma = (doc.lemma[h] || lower(h)).toLowerCase();
  if (!PERSON_NOUNS.has(lemma)) return null;
  // The possessor of another person ("Sheikh X, the cleric's chief aide": the cleric is not X).
  if (m.end < doc.sentEnd[s] && /^['\u2019]s?$/.test(doc.form[m.end])) return null;
  // Another person whose possessor is named ("the cleric's spokesman", "his aide").
  for (let k = m.start; k < h; k++) if (/^['\u2019]s?$/.test(doc.form[k]) || PRONOUNS.get(lower(k))?.possessive) return null;
  let k = m.start - 1;
  for (let n = 0; n < 4 && k > a && doc.form[k] !== ','; n++, k--) {
    const l = lower(k);
    if (PRONOUNS.get(l)?.possessive || /^['\u2019]s?$/.test(doc.form[k])) return null;
    if (LEAD_WORDS.has(l)) continue;
    // Lower-case adjectives only ("the radical Shiite cleric" starts at "radical" or "Shiite" in the mention).
    if ((upos(k) === 'ADJ' || upos(k) === 'ADV') && doc.form[k] === l) continue;
    return null;
  }
  if (k <= a || doc.form[k] !== ',') return null;
  // The title's head is the apposition of a token before the comma (or the parse left it unattached there).
  const d = DEPREL[doc.dep[h]] ?? '_';
  const g = doc.head[h];
  if (d !== 'appos' || g >= k || g < a) return null;
  const e = innerAt.get(k) ?? byEnd.get(k);
  if (!e || e.kind !== 'person' || e.plural || !e.name || e.code.startsWith('---')) return null;
  return e;
}
