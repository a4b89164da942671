/**
 * Event context: modality, attribution, date and place of each coded event,
 * from the dependency parse around the event's verb and the actor dictionaries.
 * Built once (immutable); {@link ContextAnalyzer.analyze} works on one document.
 *
 * Locations: a place is a phrase under in/at/near/outside/inside/across/throughout
 * attached to the event's clause (or to its object: "attacked a mosque in Baghdad"),
 * or else the document's dateline ("BAGHDAD, Dec. 4 (Reuters) -"). Its country is the
 * country part of the actor dictionaries' code for it (cities are listed there with
 * their country: Baghdad -> IRQ); `country` is null for a proper noun the dictionaries
 * do not know. No coordinates: the GeoNames-based npm gazetteers are 6-17 MB and
 * would add hundreds of milliseconds of load time, so lat/lon are left out.
 * @module
 */
import { Doc } from '../analysis/doc.js';
import type { ActorMatcher, ActorMention } from '../actors/types.js';
import { splitActorCode } from '../actors/code.js';
import { dateHeadsOf, eventDate } from './dates.js';
import { analyzeModality, finalModality, isReporting, type Modality, type ModalityResult } from './modality.js';
import { SentTree } from './tree.js';
import type { CodedEvent, EventRecord } from '../events/types.js';

export { MODALITIES, type Modality } from './modality.js';
export { resolveDate } from './dates.js';
export { createDeduper, dedupeKey, type Deduper, type DedupeMention } from './dedupe.js';

/** Who an event is attributed to: the reporting actor's code (null when uncoded) and text. */
export interface Attribution {
  code: string | null;
  text: string;
}

/** Where an event happened. */
export interface EventLocation {
  text: string;
  /** CAMEO country (or region) code, null when the place is not in the dictionaries. */
  country: string | null;
}

/** The context of one coded event. */
export interface EventContext {
  modality: Modality;
  attributedTo: Attribution | null;
  /** Event date (YYYY-MM-DD, YYYY-MM or YYYY), the document date when the clause has none. */
  date: string | null;
  location: EventLocation | null;
}

/** What the analyser needs to know about the document beyond its Doc. */
export interface ContextMeta {
  /** Document date, YYYY-MM-DD, or null. */
  date: string | null;
  /** Dateline, e.g. "BAGHDAD, Dec. 4 (Reuters) -". */
  dateline?: string;
}

export interface ContextAnalyzer {
  /** Context of each event, in the same order. */
  analyze(doc: Doc, meta: ContextMeta, events: readonly CodedEvent[]): EventContext[];
}

/** `2006-12-04` -> 20061204 (the matcher's date form). */
function dayNumber(date: string | null): number | undefined {
  // Digit by digit: this runs once per document, a regex match allocated every time.
  if (!date || date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return undefined;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = date.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    n = n * 10 + c;
  }
  return n;
}

const PLACE_CASE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout']);

/** Words of a rule's pattern ("file:line - * TALKS [046]" -> TALKS). */
function ruleWords(rule: string): Set<string> {
  const sp = rule.indexOf(' ');
  const out = new Set<string>();
  for (const w of rule.slice(sp + 1).replace(/\[[^\]]*\]/g, ' ').split(/[\s_]+/)) if (/^[A-Z]{3,}$/.test(w)) out.add(w);
  return out;
}

/**
 * The verb whose clause carries the event. Usually the coder's verb; but when the
 * coder's pattern matched a reporting verb together with a verb of its complement
 * ("SAY ... * ATTACK" on "Obama said he will attack Iraq"), the event is that
 * complement verb's, and so are its modality and date.
 */
function innerVerb(t: SentTree, v: number, rule: string): number {
  if (!isReporting(t.lemma(v))) return v;
  let words: Set<string> | null = null;
  for (const c of t.kids(v)) {
    const d = t.dep(c);
    if (d !== 'ccomp' && d !== 'xcomp' && d !== 'parataxis') continue;
    words ??= ruleWords(rule);
    if (t.upos(c) === 'VERB' && (words.has(t.doc.form[c].toUpperCase()) || words.has(t.lemma(c).toUpperCase()))) return c;
  }
  return v;
}

/**
 * Build the analyser. `actors` is the same matcher the coder uses; it is asked
 * again only for sentences with a speaker or a place phrase (and for the dateline).
 */
export function createContextAnalyzer(cfg: { actors: ActorMatcher }): ContextAnalyzer {
  const matcher = cfg.actors;

  function datelinePlace(dateline: string | undefined, date: number | undefined): EventLocation | null {
    if (!dateline) return null;
    // The place is what comes before the first comma / dash / parenthesis.
    const text = dateline
      .split(/[,(–—]|\s-(?:\s|$)/)[0]
      .replace(/[\s\-:.]+$/, '')
      .trim();
    if (!text || text.length > 60) return null;
    const words = text.split(/\s+/).map((w) => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w));
    const doc = Doc.fromWords([words]);
    const m = matcher.match(doc, 0, date).find((x) => splitActorCode(x.code).country !== null);
    return { text, country: m ? splitActorCode(m.code).country : null };
  }

  return {
    analyze(doc, meta, events) {
      if (events.length === 0) return [];
      const day = dayNumber(meta.date);
      const trees = new Map<number, SentTree>();
      const mentions = new Map<number, ActorMention[]>();
      const dateHeads = new Map<number, number[]>();
      const modalities = new Map<number, ModalityResult>();
      const places = new Map<number, EventLocation | undefined>();
      const treeOf = (s: number): SentTree => {
        let t = trees.get(s);
        if (!t) trees.set(s, (t = new SentTree(doc, s)));
        return t;
      };
      const dateHeadsIn = (t: SentTree): number[] => {
        let d = dateHeads.get(t.s);
        if (!d) dateHeads.set(t.s, (d = dateHeadsOf(t)));
        return d;
      };
      const mentionsOf = (s: number): ActorMention[] => {
        let m = mentions.get(s);
        if (!m) mentions.set(s, (m = matcher.match(doc, s, day)));
        return m;
      };
      /** The mention covering token `k` (or else the first inside `[lo, hi]`). */
      const mentionAt = (s: number, k: number, lo: number, hi: number): ActorMention | undefined => {
        const ms = mentionsOf(s);
        return ms.find((m) => m.start <= k && k < m.end) ?? ms.find((m) => m.start >= lo && m.end - 1 <= hi);
      };
      let dateline: EventLocation | null | undefined;
      const out: EventContext[] = [];
      for (const ev of events) {
        const t = treeOf(ev.sentence);
        const v = innerVerb(t, ev.verb >= t.a && ev.verb < t.b ? ev.verb : ev.evidenceStart, ev.rule);
        // Several events often share one verb ("X and Y held talks"): analyse it once.
        let mr = modalities.get(v);
        if (!mr) modalities.set(v, (mr = analyzeModality(t, v)));
        let attributedTo: Attribution | null = null;
        if (mr.speaker >= 0) {
          const [lo, hi] = t.span(mr.speaker);
          const m = mentionAt(ev.sentence, mr.speaker, lo, hi);
          attributedTo = m
            ? { code: m.code, text: t.text(m.start, m.end - 1) }
            : { code: null, text: t.text(lo, hi) };
        }
        const modality = finalModality(mr.modality, attributedTo, ev.source.code);
        const dh = dateHeadsIn(t);
        const date = (dh.length > 0 ? eventDate(t, mr.clause, modality, meta.date, () => ruleWords(ev.rule), dh) : null) ?? meta.date;
        let location: EventLocation | null | undefined = places.has(v) ? places.get(v) : clausePlace(t, mr.clause, ev);
        places.set(v, location);
        if (location === undefined) {
          if (dateline === undefined) dateline = datelinePlace(meta.dateline, day);
          location = dateline;
        }
        out.push({ modality, attributedTo, date, location: location ?? null });
      }
      return out;

      /** A place phrase in the event's clause; undefined when there is none. */
      function clausePlace(t: SentTree, clause: readonly number[], ev: CodedEvent): EventLocation | undefined {
        const heads: number[] = [];
        for (const h of clause) {
          heads.push(h);
          const o = t.kid(h, 'obj');
          if (o >= 0) heads.push(o);
        }
        for (const h of heads) {
          for (const c of t.kids(h)) {
            const d = t.dep(c);
            if (d !== 'obl' && d !== 'nmod' && d !== 'advcl') continue;
            const cs = t.kid(c, 'case');
            if (cs < 0 || !PLACE_CASE.has(t.low(cs))) continue;
            const u = t.upos(c);
            if (u !== 'PROPN' && u !== 'NOUN') continue;
            const [lo0, hi] = t.span(c);
            const lo = Math.max(lo0, cs + 1);
            const m = mentionAt(ev.sentence, c, lo, hi);
            const country = m ? splitActorCode(m.code).country : null;
            if (m && country === null) continue;
            if (!m && u !== 'PROPN') continue;
            if (m) return { text: t.text(m.start, m.end - 1), country };
            // The name itself: its compounds and flat parts, not prepositional or date modifiers.
            let a = c;
            let z = c;
            for (const k of t.kids(c)) {
              const kd = t.dep(k);
              if (kd === 'compound' || kd === 'flat' || kd === 'amod') {
                if (k < a) a = k;
                if (k > z) z = k;
              }
            }
            return { text: t.text(a, z), country };
          }
        }
        return undefined;
      }
    },
  };
}

/**
 * Copy an event's context into its record: `date` becomes the event date, the
 * document date moves to `doc_date`, and modality/attribution/location are set.
 */
export function applyContext(rec: EventRecord, ctx: EventContext): EventRecord {
  rec.doc_date = rec.date;
  rec.date = ctx.date;
  rec.modality = ctx.modality;
  rec.attributed_to = ctx.attributedTo;
  rec.location = ctx.location;
  return rec;
}

/**
 * An actor matcher that remembers each sentence's mentions for as long as its Doc
 * lives, so the coder and the context analyser match every sentence once. The
 * mentions arrays are shared: callers must not change them (the coder copies them).
 */
export function memoMatcher(inner: ActorMatcher): ActorMatcher {
  const memo = new WeakMap<Doc, Map<number, { date: number | undefined; mentions: ActorMention[] }>>();
  return {
    match(doc, sentence, date) {
      let m = memo.get(doc);
      if (!m) memo.set(doc, (m = new Map()));
      const hit = m.get(sentence);
      if (hit && hit.date === date) return hit.mentions;
      const mentions = inner.match(doc, sentence, date);
      m.set(sentence, { date, mentions });
      return mentions;
    },
  };
}
