/**
 * A group's namesake at home: "Fatah" in a 2019 Baghdad story is Hadi al-Amiri's Fatah
 * Alliance (IRQPTYSHI), not the Palestinian party (PSEPTYFTH) the bare name is listed as.
 *
 * Rule: a mention named by an organisation entry of another country than the article's home,
 * whose name followed by a party noun ("Fatah" + "Alliance") is the name of another entry coded
 * with the home country, is that home entry, when the article names nothing else of the
 * foreign country (src/article/coref.ts applies it to the resolved article).
 * @module
 */
import { actorDef, actorPhrase, trieNode, type ActorDictionaries } from '../dictionaries/actor-dicts.js';
import { pieces } from '../dictionaries/normalize.js';

/** An organisation-file part of a mention rule: `.../groups.yaml:32 Fatah`. */
const ORG_PART = /(?:^|[\\/])(?:groups|institutions)[^\\/]*\.ya?ml:\d+ (.+)$/;
/** Nouns after a name that make it a party's or bloc's full name. */
const PARTY_SUFFIXES: readonly string[] = ['alliance', 'bloc', 'coalition', 'movement', 'party', 'front', 'list'];

/** The code of an entry by its name (its undated code, else its first), or null when no entry has the name. */
function codeOfName(dicts: ActorDictionaries, name: string): string | null {
  const n = trieNode(dicts, pieces(name.replace(/_/g, ' ')));
  const ai = n > 0 ? dicts.nodeActor[n] : -1;
  if (ai < 0) return null;
  const codes = actorDef(dicts, actorPhrase(dicts, ai).def).codes;
  return (codes.find((c) => !c.dated) ?? codes[0])?.code ?? null;
}

/**
 * The home namesake of the organisation a mention rule names: `from` the foreign entry's code, `to` the home
 * entry's; null when the rule names no organisation, it is the home's already or no home entry extends its name.
 */
export function homeNamesake(dicts: ActorDictionaries, rule: string, home: string): { from: string; to: string; name: string } | null {
  for (const part of rule.split(/ \+ | -> /)) {
    const m = ORG_PART.exec(part);
    if (!m) continue;
    const from = codeOfName(dicts, m[1]);
    if (!from || from.startsWith(home)) return null;
    for (const suffix of PARTY_SUFFIXES) {
      const to = codeOfName(dicts, `${m[1]} ${suffix}`);
      if (to && to.startsWith(home)) return { from, to, name: m[1] };
    }
    return null;
  }
  return null;
}
