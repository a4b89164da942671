/**
 * Turning the coder's token-level {@link CodedEvent} into the output
 * {@link EventRecord}: actor code split, CAMEO weights, PLOVER type, evidence offsets.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import type { ActorMention } from '../actors/types.js';
import { AnnalsError } from '../errors.js';
import { cameoInfo } from './cameo.js';
import { ploverFor } from './plover.js';
import { splitActorCode } from '../actors/code.js';
import type { CodedEvent, EventActor, EventRecord } from './types.js';

/** Re-exported: the one actor-code splitter lives with the actors (SUN is the Soviet Union there, as in Phoenix). */
export { splitActorCode };

function actorOf(doc: Doc, m: ActorMention): EventActor {
  const { country, sector } = splitActorCode(m.code);
  const text = m.end > m.start ? doc.text.slice(doc.start[m.start], doc.end[m.end - 1]) : '';
  const a: EventActor = { code: m.code, country, sector, text };
  const r = m.resolvedFrom;
  if (r && r.start >= 0 && r.end > r.start && r.end <= doc.length) {
    const start = doc.start[r.start]!;
    const end = doc.end[r.end - 1]!;
    a.resolved_from = { text: doc.text.slice(start, end), start, end };
  }
  return a;
}

/**
 * Builds the output record for one coded event.
 * Evidence offsets are UTF-16 offsets into `doc.text` spanning the event's token range.
 * @throws AnnalsError E_PIPELINE when the CAMEO code is not a CAMEO event code or the
 *   evidence range is outside the document.
 */
export function toEventRecord(
  doc: Doc,
  meta: { docId: string; date: string | null },
  ev: CodedEvent,
): EventRecord {
  const info = cameoInfo(ev.cameo);
  if (!info) throw new AnnalsError('E_PIPELINE', `event code "${ev.cameo}" is not a CAMEO code (rule ${ev.rule})`);
  if (ev.evidenceStart < 0 || ev.evidenceEnd > doc.length || ev.evidenceEnd <= ev.evidenceStart) {
    throw new AnnalsError(
      'E_PIPELINE',
      `evidence range [${ev.evidenceStart}, ${ev.evidenceEnd}) outside the document (${doc.length} tokens)`,
    );
  }
  const start = doc.start[ev.evidenceStart]!;
  const end = doc.end[ev.evidenceEnd - 1]!;
  return {
    doc_id: meta.docId,
    sentence: ev.sentence,
    date: meta.date,
    source: actorOf(doc, ev.source),
    target: ev.target ? actorOf(doc, ev.target) : null,
    cameo: ev.cameo,
    plover: ploverFor(ev.cameo),
    quad_class: info.quadClass,
    goldstein: info.goldstein,
    negated: ev.negated,
    evidence: { text: doc.text.slice(start, end), start, end },
    rule: shortRule(ev.rule),
  };
}

/** A rule names its dictionary by file name, not by the machine-specific directory it was loaded from. */
export function shortRule(rule: string): string {
  // Every rule named in it (a request names the rule of what it asks for too).
  return rule.replace(/(^|\s)[^\s]*[/\\](?=[^/\\\s]+:\d+\s)/g, '$1');
}
