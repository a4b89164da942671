/**
 * Refusals to yield answer a demand. "Baghdad demanded that the Kurdish regional government hand over the vice
 * president ... Kurdish officials said they would not hand over a guest of the region": the coder codes the refusal
 * (12x) toward the one kept ("a guest", "Kurds"), which the `yield-refusal` filter drops, since what is kept is no
 * addressee. An expert codes the refusal toward the one who asked for it.
 *
 * Rule: a refusal the `yield-refusal` filter dropped is aimed at the actor its words hand the kept one "to" ("would not
 * hand over Kurds to Turkey"), else at the source of the latest demand or appeal (10, 02)
 * aimed at the refuser by another side in the same or the {@link WINDOW} sentences before it. A refusal to bow to
 * pressure or criticism ("would not bow to pressure from London", after London condemned it) answers no demand and
 * stays dropped, as does one with no demand before it.
 * @module
 */
import type { ActorMention } from '../actors/types.js';
import type { Doc } from '../analysis/doc.js';
import type { CodedEvent } from '../events/types.js';
import type { FilterReason } from '../events/filters.js';
import { byPosition, latestBefore, retarget, sameActor, sameEntity } from './implicit.js';

/** Verbs of handing over what another side demands ("hand over", "surrender", "extradite", "turn over", "release"). */
const HANDING: ReadonlySet<string> = new Set(['hand', 'surrender', 'extradite', 'turn', 'deliver', 'give', 'cede', 'relinquish', 'release', 'free']);

/** How many sentences back the demand may be. */
const WINDOW = 2;

/**
 * The refusals to yield of `dropped` (events the filters removed, with their reasons) mapped to copies aimed at the
 * source of the demand each answers among `dyadic` (the article's kept events with a target).
 */
export function yieldRefusalsAnswered(
  doc: Doc,
  dropped: readonly { event: CodedEvent; reason: FilterReason }[],
  dyadic: readonly CodedEvent[],
  mentionAt: (i: number) => ActorMention | null,
): CodedEvent[] {
  const out: CodedEvent[] = [];
  const events = [...dyadic].sort(byPosition);
  for (const { event: e, reason } of dropped) {
    // Handing over only: "would not send ground troops back to Iraq" refuses no one's demand.
    if (reason !== 'yield-refusal' || !e.target || !HANDING.has((doc.lemma[e.verb] || doc.form[e.verb]).toLowerCase())) continue;
    // "would not hand over Kurds to Turkey": the receiver named after what is kept.
    const end = doc.sentEnd[e.sentence];
    let to = e.target.end;
    while (to < end && to < e.target.end + 3 && doc.form[to].toLowerCase() !== 'to') to++;
    let at = to + 1;
    while (at < end && /^(the|a|an)$/i.test(doc.form[at])) at++;
    const receiver = to < end && doc.form[to].toLowerCase() === 'to' && at < end ? mentionAt(at) : null;
    if (receiver && !sameActor(receiver.code, e.source.code) && !receiver.code.startsWith('---')) {
      out.push({ ...e, target: receiver, evidenceEnd: Math.max(e.evidenceEnd, receiver.end), rule: `${e.rule} + refused to the one it would be handed to` });
      continue;
    }
    const found = latestBefore(events, e, WINDOW, (p) => {
      if (!p.target || !/^(10|02)/.test(p.cameo) || sameEntity(p.source, e.source) || p.source.code.startsWith('---')) return false;
      return sameActor(p.target.code, e.source.code) && !sameActor(p.source.code, e.source.code);
    });
    if (found) out.push(retarget({ ...e, target: null }, found.source, found.sentence, 'the demand this refusal answers', 'the source of the demand it refuses'));
  }
  return out;
}
