/**
 * The "one-a-day" filter: events with the same date, source code, target code and
 * CAMEO code — whether mentioned twice in one article or by several documents —
 * collapse into one record listing every mention.
 *
 * The key also separates polarity: a negated event, and each irrealis modality
 * (hypothetical, intended, demanded, requested), never merges with what happened;
 * `asserted` and `reported` mentions of one event do merge (the record keeps the
 * first mention's fields; its modality becomes `asserted` once any mention asserts it).
 *
 * Memory: one representative record plus its mention list per distinct key — bounded
 * by the number of distinct events, not of mentions' records. For date-sorted input,
 * {@link Deduper.flushBefore} releases the finished days so a stream never holds more
 * than the events of the days still open.
 * @module
 */
import type { EventRecord } from '../events/types.js';

/** One mention of a deduplicated event. */
export interface DedupeMention {
  doc_id: string;
  sentence: number;
  evidence: { text: string; start: number; end: number };
}

/** The aggregator. Records come in with {@link add}; merged records go out through `emit`. */
export interface Deduper {
  add(rec: EventRecord): void;
  /** Emit (in first-seen order) and forget every group whose date sorts before `date` (YYYY-MM-DD). */
  flushBefore(date: string): void;
  /** Emit every remaining group, in first-seen order. */
  flush(): void;
  /** Groups held now. */
  readonly size: number;
}

/** The one-a-day key of a record. */
export function dedupeKey(r: EventRecord): string {
  const m = r.modality ?? 'asserted';
  const pol = r.negated || m === 'negated' ? 'neg' : m === 'asserted' || m === 'reported' ? 'real' : m;
  return `${r.date ?? ''}\t${r.source.code}\t${r.target?.code ?? ''}\t${r.cameo}\t${pol}`;
}

/**
 * Create a deduplicating aggregator that hands each merged record (with its
 * `mentions` list) to `emit`.
 * @example
 * const d = createDeduper((r) => writer.write(r)); for (const r of recs) d.add(r); d.flush();
 */
export function createDeduper(emit: (rec: EventRecord) => void): Deduper {
  // Map keeps insertion order: the first-seen order of the events.
  const groups = new Map<string, EventRecord & { mentions: DedupeMention[] }>();
  const mention = (r: EventRecord): DedupeMention => ({
    doc_id: r.doc_id,
    sentence: r.sentence,
    evidence: { text: r.evidence.text, start: r.evidence.start, end: r.evidence.end },
  });
  return {
    add(rec) {
      const key = dedupeKey(rec);
      const g = groups.get(key);
      if (!g) {
        groups.set(key, { ...rec, mentions: [mention(rec)] });
        return;
      }
      g.mentions.push(mention(rec));
      if (rec.modality === 'asserted' && g.modality === 'reported') g.modality = 'asserted';
    },
    flushBefore(date) {
      for (const [k, g] of groups) {
        if (g.date !== null && g.date < date) {
          emit(g);
          groups.delete(k);
        }
      }
    },
    flush() {
      for (const g of groups.values()) emit(g);
      groups.clear();
    },
    get size() {
      return groups.size;
    },
  };
}
