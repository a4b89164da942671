/**
 * A named person's nationality from the knowledge base: the country of the undated code of
 * his entry (data/kb/actors/people-*.yaml), which by the knowledge base's convention is the
 * elite of his own country (Lakhdar Brahimi: DZAELI; Jeanine Hennis-Plasschaert: NLDELI),
 * whatever international post his dated codes give him (IGOUNO).
 *
 * The article layer uses it for "the Algerian diplomat" after "the U.N. envoy, Lakhdar
 * Brahimi": a nationality said of a person in an international post is that person, not his
 * country's government (src/article/coref.ts).
 * @module
 */
import { actorDef, actorPhrase, trieNode, type ActorDictionaries } from '../dictionaries/actor-dicts.js';
import { pieces } from '../dictionaries/normalize.js';

/** A people-file part of a mention rule: `.../people-igo.yaml:27 Lakhdar Brahimi`. */
const PEOPLE_PART = /(?:^|[\\/])people[^\\/]*\.ya?ml:\d+ (.+)$/;

/**
 * The three-letter country of the undated code of the person a mention rule names (its
 * `file:line PHRASE + ...` parts), or null when the rule names no person of the knowledge
 * base or his undated code has no country (IGO, NGO, ---).
 */
export function personNationality(dicts: ActorDictionaries, rule: string, countries: ReadonlySet<string>): string | null {
  for (const part of rule.split(/ \+ | -> /)) {
    const m = PEOPLE_PART.exec(part);
    if (!m) continue;
    const n = trieNode(dicts, pieces(m[1].replace(/_/g, ' ')));
    const ai = n > 0 ? dicts.nodeActor[n] : -1;
    if (ai < 0) continue;
    const undated = actorDef(dicts, actorPhrase(dicts, ai).def).codes.find((c) => !c.dated);
    const c = undated?.code.slice(0, 3);
    if (c && countries.has(c)) return c;
  }
  return null;
}
