/**
 * A town a state's forces take back in the land they fight in ("Iraqi troops recaptured Mosul", "Samarra was retaken
 * by U.S. and Iraqi troops", "liberated the town"): the expert codes the act against the side that
 * held the town, the side those forces fight in the article, not against the bare country the dictionaries give the
 * town's name (IRQ). Rebels taking a town from the state keep the town's code ("the militants overran Mosul" is IRQ,
 * as src/actors/places.ts keeps it).
 *
 * Rule: an event of force (root 19) of retaking ({@link RETAKING}) whose source is a state's armed forces or police (MIL, COP; not rebels, not an
 * unknown actor) and whose target is a town or district of a state ({@link placeKind}, not its capital) is aimed at the
 * source's commonest opponent in the article's hostile acts ({@link opponentIndex}), counted over the acts whose both
 * sides are actors (a town struck is no side), when there is one and it is not the town's own state.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import type { CodedEvent } from '../events/types.js';
import { placeKind, type PlaceTests } from '../actors/places.js';
import { opponentIndex } from './adversary.js';
import { sideOf } from './sides.js';

/**
 * Verbs of taking ground back or by assault from a holder ("recaptured Mosul", "liberated the town"); not of moving into
 * ground ("moved into", "pushed into", "took over" positions an army left), which the expert codes against the land's state.
 */
const RETAKING: ReadonlySet<string> = new Set(['retake', 'recapture', 'regain', 'reclaim', 'liberate', 'recover', 'capture', 'free']);

/** Sectors of a state's armed forces and police: who retakes a town from whoever holds it. */
const STATE_FORCES = /^(MIL|COP)/;

/** Codes of an armed non-state side: rebels, insurgents, a transnational militant group (IMGMUSISI). */
const ARMED_GROUP = /^(?:[A-Z]{3}(?:REB|INS)|IMG)/;

/** Whether a code is a bare state's (a place, a people or the country itself). */
function bare(code: string): boolean {
  return code.length === 3;
}

/** Whether `e` is a verb of retaking ({@link RETAKING}) done by a named state's armed forces or police. */
function retakenByStateForces(doc: Doc, e: CodedEvent): boolean {
  const src = e.source.code;
  return RETAKING.has(doc.lemma[e.verb].toLowerCase()) && !bare(src) && !src.startsWith('---') && STATE_FORCES.test(src.slice(3));
}

/**
 * The events of `events` whose target is a town taken or struck by a state's forces, re-aimed at the side those forces
 * fight in the article (see the module comment), keyed by the old event.
 * @param states the dictionaries' three-letter state codes.
 */
export function placesTakenFromHolders(doc: Doc, events: readonly CodedEvent[], states: ReadonlySet<string>, tests: PlaceTests): Map<CodedEvent, CodedEvent> {
  const out = new Map<CodedEvent, CodedEvent>();
  const cands = events.filter((e) => e.target && e.cameo.startsWith('19') && retakenByStateForces(doc, e) && placeKind(doc, e.target, states, tests) !== null);
  if (cands.length === 0) return out;
  const opponentOf = sideFought(events);
  for (const e of cands) {
    const t = e.target!;
    const code = opponentOf(e.source.code, e.sentence);
    if (!code || code.startsWith('---') || sideOf(code) === sideOf(e.source.code) || code === t.code) continue;
    out.set(e, {
      ...e,
      target: { ...t, code, rule: `${t.rule} + the side that held the town (the forces' opponent in the article)` },
      rule: `${e.rule} + a town the state's forces take or strike is aimed at the side they fight there`,
    });
  }
  return out;
}

/**
 * The side a source fights in the article: its commonest opponent in the hostile acts between actors
 * ({@link opponentIndex}; a town struck names no side), else the armed non-state side (rebels, insurgents, a militant
 * group) the article's events name most; null when there is none.
 */
function sideFought(events: readonly CodedEvent[]): (code: string, sentence: number) => string | null {
  const opponent = opponentIndex(events.filter((e) => e.target && !bare(e.target.code) && !bare(e.source.code)));
  const armed = new Map<string, number>();
  for (const e of events) for (const m of [e.source, e.target]) if (m && ARMED_GROUP.test(m.code)) armed.set(m.code, (armed.get(m.code) ?? 0) + 1);
  return (code, sentence) => {
    const found = opponent(code, sentence);
    if (found) return found;
    const side = sideOf(code);
    let top: [string, number] | null = null;
    for (const kv of armed) if (sideOf(kv[0]) !== side && (!top || kv[1] > top[1])) top = kv;
    return top ? top[0] : null;
  };
}

/**
 * Ground a state's forces take back naming no side ("Peshmerga fighters said they had retaken two villages near Makhmour",
 * "troops recaptured the area"): the open events of occupation (192) of retaking by a state's armed forces or police, asserted or
 * reported (`asserted`), aimed at the side those forces fight in the article (as {@link placesTakenFromHolders}).
 * `coded` are the article's events with targets.
 */
export function groundTakenFromOpponents(doc: Doc, open: readonly CodedEvent[], coded: readonly CodedEvent[], asserted: (e: CodedEvent) => boolean = () => true): CodedEvent[] {
  const cands = open.filter((e) => !e.target && e.cameo === '192' && retakenByStateForces(doc, e) && asserted(e));
  if (cands.length === 0) return [];
  const opponentOf = sideFought(coded);
  const out: CodedEvent[] = [];
  for (const e of cands) {
    const code = opponentOf(e.source.code, e.sentence);
    if (!code || code.startsWith('---') || sideOf(code) === sideOf(e.source.code)) continue;
    if (out.some((x) => x.sentence === e.sentence && x.verb === e.verb)) continue;
    const v = e.verb;
    out.push({
      ...e,
      target: { start: v, end: v + 1, head: v, code, rule: "the side the forces fight in the article (ground taken naming no side)" },
      rule: `${e.rule} + ground a state's forces take is taken from the side they fight`,
    });
  }
  return out;
}
