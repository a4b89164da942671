/**
 * Deployments naming only a place: "the army moved two brigades into the area", "the ministry had sent several
 * thousand fighters to positions around Kirkuk", "ordered reinforcements to positions along the frontier", "troops
 * took up positions at bridges leading into the district". The coder finds who deploys but no actor (the forces are
 * its own, the place is no side); the expert codes the show of force (15x) against the side the source is facing in
 * the article, in a standoff as often as in a war.
 *
 * Rule: a target-less, asserted or reported force posture (150, 152, 154) whose source is a state or an armed side
 * (not an unknown "---" actor) is aimed at the side its source's side has the most conflictual events with (roots 11
 * to 20: accusations, rejections, threats, protests, force) in the article, counted both ways, at least
 * {@link MIN_EVENTS} of them (ties: the one told nearest). Motivated by sets 24 and 25 (Kurdish and federal
 * reinforcements around Kirkuk); the same family on sets 9, 13, 17 and 23.
 * @module
 */
import type { CodedEvent } from '../events/types.js';
import { sideOf } from './sides.js';
import { nearest, sideTallies } from './adversary.js';

/** Codes of a show of force, an alert and a mobilisation of forces. */
const POSTURES = /^(150|152|154)/;

/** Roots of the conflictual events that tell whom a side faces: disapproval to mass violence. */
const CONFLICT = /^(11|12|13|14|15|16|17|18|19|20)/;

/** Conflictual events between the source's side and another side the opponent needs. */
const MIN_EVENTS = 2;

/** Sectors of a deployer: the state's own (or the bare state) and armed groups. */
const DEPLOYER = /^(GOV|MIL|COP|REB|INS|UAF|SEP)/;

/**
 * The side `code`'s side faces most, for any deployment of the article: the commonest code of the side in the most
 * conflictual events with it (ties: the one told nearest), or null. Each side's tally is counted once per article, so
 * a long document's deployments stay O(n log n) in its events.
 */
function facedIndex(events: readonly CodedEvent[]): (code: string, sentence: number) => string | null {
  const tallyOf = sideTallies(events.filter((p) => CONFLICT.test(p.cameo)));
  return (code, sentence) => {
    // The other side's codes pooled ("IRQGOVKUR", "IRQKUR": one side), its commonest code standing for it.
    const pooled = new Map<string, { n: number; near: number; code: string; top: number }>();
    for (const [c, at] of tallyOf(sideOf(code))) {
      const s = sideOf(c);
      const x = pooled.get(s) ?? { n: 0, near: Infinity, code: c, top: 0 };
      x.n += at.length;
      x.near = Math.min(x.near, nearest(at, sentence));
      if (at.length > x.top) {
        x.top = at.length;
        x.code = c;
      }
      pooled.set(s, x);
    }
    let best: { n: number; near: number; code: string } | null = null;
    for (const x of pooled.values()) if (!best || x.n > best.n || (x.n === best.n && x.near < best.near)) best = x;
    return best && best.n >= MIN_EVENTS ? best.code : null;
  };
}

/** Open force postures of `open` aimed at the side their source faces in `coded` (the article's events with targets). */
export function deploymentsAtOpponents(open: readonly CodedEvent[], coded: readonly CodedEvent[], asserted: (e: CodedEvent) => boolean = () => true): CodedEvent[] {
  const out: CodedEvent[] = [];
  const facedBy = facedIndex(coded);
  const key = (e: CodedEvent): string => `${e.sentence}:${e.verb}`;
  const targeted = new Set(coded.filter((x) => x.target).map(key));
  const taken = new Set<string>();
  for (const e of open) {
    if (e.target || !POSTURES.test(e.cameo) || e.source.code.startsWith('---')) continue;
    const src = e.source.code;
    if (!(src.length === 3 || DEPLOYER.test(src.slice(3)))) continue;
    if (!asserted(e)) continue;
    if (targeted.has(key(e)) || taken.has(key(e))) continue;
    const code = facedBy(src, e.sentence);
    if (!code) continue;
    taken.add(key(e));
    const v = e.verb;
    out.push({
      ...e,
      target: { start: v, end: v + 1, head: v, code, rule: 'the side the deployer faces in the article (a deployment naming no side)' },
      rule: `${e.rule} + a deployment naming no side is aimed at the side its source faces`,
    });
  }
  return out;
}
