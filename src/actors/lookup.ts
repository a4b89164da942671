/**
 * Explain what a phrase resolves to in the actor dictionaries, and why.
 * @module
 */
import { Doc } from '../analysis/doc.js';
import { type ActorDictionaries, actorDef, actorPhrase, agentAt, resolveActor, trieNode } from '../dictionaries/actor-dicts.js';
import type { CodeRule } from '../dictionaries/actor-readers.js';
import { pieces } from '../dictionaries/normalize.js';
import { createActorMatcher } from './matcher.js';
import type { ActorMention, DayNumber } from './types.js';

/** One dictionary entry the phrase is exactly equal to (after normalisation). */
export interface LookupEntry {
  kind: 'actor' | 'agent' | 'discard';
  /** `file:line PHRASE` of the phrase that matched. */
  rule: string;
  /** Actor entries: every code with its validity; agents: the agent code (`~COP` / `NGO~`). */
  codes: CodeRule[] | string;
  /** Actor entries: the line of the entry's base phrase. */
  entryLine?: number;
}

/** What {@link lookupActor} found. */
export interface ActorLookup {
  phrase: string;
  /** The code the phrase gets on `date`, or null. */
  code: string | null;
  /** Why that code (date rule, default, composition...). */
  reason: string;
  /** Exact dictionary entries for the whole phrase. */
  entries: LookupEntry[];
  /** Mentions the matcher finds when the phrase is read as a sentence (composition applied). */
  mentions: ActorMention[];
}

/**
 * Look up a phrase: its exact entries (with every dated code) and what the
 * matcher makes of it as text.
 * @example
 * lookupActor(dicts, 'Nouri al-Maliki', 20070101).code // 'IRQGOV'
 */
export function lookupActor(dicts: ActorDictionaries, phrase: string, date?: DayNumber): ActorLookup {
  const entries: LookupEntry[] = [];
  let code: string | null = null;
  let reason = 'no dictionary phrase matches';
  const n = trieNode(dicts, pieces(phrase.replace(/_/g, ' ')));
  if (n > 0) {
    const ai = dicts.nodeActor[n];
    if (ai >= 0) {
      const ch = resolveActor(dicts, ai, date);
      code = ch.code;
      reason = `${ch.rule}: ${ch.reason}`;
      for (const pi of [ai, ...(dicts.actorShadowed.get(ai) ?? [])]) {
        const ph = actorPhrase(dicts, pi);
        const def = actorDef(dicts, ph.def);
        entries.push({ kind: 'actor', rule: `${dicts.files[def.file]}:${ph.line} ${ph.phrase}`, codes: def.codes, entryLine: def.line });
      }
    }
    const gi = dicts.nodeAgent[n];
    if (gi >= 0) {
      const ag = agentAt(dicts, gi);
      const r = `${dicts.files[ag.file]}:${ag.line} ${ag.phrase}`;
      entries.push({ kind: 'agent', rule: r, codes: ag.prefix ? `${ag.code}~` : `~${ag.code}` });
      if (ai < 0) {
        code = ag.prefix ? ag.code : `---${ag.code}`;
        reason = `${r}: an agent alone`;
      }
    }
    const di = dicts.nodeDiscard[n];
    if (di >= 0) {
      const d = dicts.discards[di];
      entries.push({ kind: 'discard', rule: `${dicts.files[d.file]}:${d.line} ${d.phrase}`, codes: d.level });
    }
  }
  const words = phrase.trim().split(/\s+/).filter((w) => w.length > 0);
  const doc = Doc.fromWords([words]);
  const mentions = words.length > 0 ? createActorMatcher(dicts).matchAll(doc, 0, date) : [];
  if (entries.length === 0 && mentions.length === 1 && mentions[0].start === 0 && mentions[0].end === words.length) {
    code = mentions[0].code;
    reason = `composed: ${mentions[0].rule}`;
  }
  return { phrase, code, reason, entries, mentions };
}
