/**
 * Event context: modality, attribution, date and place of each coded event,
 * from the dependency parse around the event's verb and the actor dictionaries.
 * Built once (immutable); {@link ContextAnalyzer.analyze} works on one document.
 *
 * Locations: a place is a phrase under in/at/near/outside/inside/across/throughout
 * attached to the event's clause (or to its object: "attacked a mosque in Baghdad"),
 * or else the document's dateline ("BAGHDAD, Dec. 4 (Reuters) -"); "the city of Najaf"
 * is Najaf. Its country is first the country part of the actor dictionaries' code for it
 * (cities are listed there with their country: Baghdad -> IRQ). A place name (a bare
 * country code in the dictionaries, or a proper noun they do not know) is then looked up
 * in the GeoNames gazetteer (src/context/gazetteer.ts, geo.ts): a city, town or village
 * gets its coordinates, `geonamesId` and `precision: 'city'`, and its country (so an
 * ambiguous "Tripoli" follows the story's Lebanese actors); a country name gets
 * `precision: 'country'` and no coordinates. The gazetteer is loaded on the first
 * place name, not before.
 * @module
 */
import { Doc } from '../analysis/doc.js';
import type { ActorMatcher, ActorMention } from '../actors/types.js';
import { splitActorCode } from '../actors/code.js';
import { dateHeadsOf, eventDate } from './dates.js';
import { analyzeModality, finalModality, isReporting, type Modality, type ModalityResult } from './modality.js';
import { SentTree } from './tree.js';
import type { CodedEvent, EventRecord } from '../events/types.js';
import { loadGazetteer, type Gazetteer } from './gazetteer.js';
import { countryOfName, iso2OfCameo, regionOfName, resolvePlace } from './geo.js';

export { MODALITIES, type Modality } from './modality.js';
export { resolveDate } from './dates.js';
export { createDeduper, dedupeKey, type Deduper, type DedupeMention } from './dedupe.js';
export { loadGazetteer, foldPlaceName, type Gazetteer, type LoadGazetteerOptions } from './gazetteer.js';
export { resolvePlace, countryOfName, regionOfName, type GeoEvidence, type GeoMatch } from './geo.js';

/** Who an event is attributed to: the reporting actor's code (null when uncoded) and text. */
export interface Attribution {
  code: string | null;
  text: string;
}

/** Where an event happened. */
export interface EventLocation {
  text: string;
  /** CAMEO country (or region) code, null when neither the dictionaries nor the gazetteer know the place. */
  country: string | null;
  /** WGS84 degrees of the gazetteer place (cities, towns, villages only). */
  lat?: number;
  lon?: number;
  /** 'city': a populated place with coordinates; 'region': a US state, 'country': a country name (neither has coordinates). */
  precision?: 'city' | 'region' | 'country';
  /** GeoNames id of the place (geonames.org/<id>). */
  geonamesId?: number;
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
/** Nouns of "the city of X": the place is X. */
const PLACE_NOUN = new Set(['city', 'town', 'village', 'capital', 'port', 'province', 'district', 'region', 'governorate', 'suburb', 'neighborhood', 'neighbourhood', 'township', 'hamlet', 'municipality']);
const OF = new Set(['of']);
/** Relations a verb has only when the parser lost it into a noun phrase ("troops attacked/amod rebels"). */
const LOST_VERB = new Set(['amod', 'compound', 'acl', 'nmod', 'obl', 'nsubj', 'obj']);
/** Relations of a verb that opens another clause (the lost verb's place phrase ends before it). */
const CLAUSE_HEAD = new Set(['root', 'ccomp', 'xcomp', 'advcl', 'conj', 'parataxis', 'acl:relcl', 'csubj']);

/** "MOSUL" -> "Mosul" (datelines are upper case; the dictionaries match titles). */
const titleCase = (w: string) => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w);

/** A place phrase before geolocation. */
interface RawPlace {
  /** As written. */
  text: string;
  /** The name to look up (the dateline's in title case). */
  lookup: string;
  /** Country part of the dictionaries' code for it, else null. */
  country: string | null;
  /** Whether it is a place name (a bare country code in the dictionaries, or unknown to them), to look up. */
  name: boolean;
  /** A country named with it ("Tripoli, Lebanon"), else null. */
  qualifier: string | null;
  /** Token of the place name in the sentence (-1 for the dateline). */
  at: number;
  /** Only a sizeable town will do (the dictionaries code the name as an actor with a sector). */
  sizeable?: boolean;
}

/** Configuration of {@link createContextAnalyzer}. */
export interface ContextConfig {
  /** The coder's actor matcher (asked again only for sentences with a speaker or a place, and the dateline). */
  actors: ActorMatcher;
  /**
   * Gazetteer for coordinates: a loader called on the first place name, or false for
   * none (countries only). Default: {@link loadGazetteer} with `cacheDir`.
   */
  gazetteer?: (() => Gazetteer | null) | false;
  /** Cache directory for the default gazetteer's index (see {@link loadGazetteer}). */
  cacheDir?: string | false;
}

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
 * The gazetteer is loaded lazily, once per analyser.
 */
export function createContextAnalyzer(cfg: ContextConfig): ContextAnalyzer {
  const matcher = cfg.actors;
  // Loaded on the first place name (most runs that never meet one never pay for it).
  let gaz: Gazetteer | null | undefined = cfg.gazetteer === false ? null : undefined;
  const gazetteer = (): Gazetteer | null => {
    if (gaz === undefined) gaz = typeof cfg.gazetteer === 'function' ? cfg.gazetteer() : loadGazetteer({ cacheDir: cfg.cacheDir });
    return gaz;
  };

  /** Country code of a dictionary match that is a place: a bare country code ("IRQ"), not "IRQGOV". */
  const placeCountry = (m: ActorMention | undefined): string | null => {
    if (!m) return null;
    const p = splitActorCode(m.code);
    return p.country !== null && p.sector === null ? p.country : null;
  };

  /** Country named by a short phrase ("Iraq", "Lebanon"): an ISO name, or a bare dictionary code. */
  function countryPhrase(text: string, date: number | undefined): string | null {
    const c = countryOfName(text);
    if (c) return c;
    const words = text.split(/\s+/).filter((w) => w.length > 0);
    if (words.length === 0 || words.length > 4) return null;
    const doc = Doc.fromWords([words.map(titleCase)]);
    const m = matcher.match(doc, 0, date).find((x) => x.start === 0 && x.end === words.length);
    return placeCountry(m);
  }

  function datelinePlace(dateline: string | undefined, date: number | undefined): RawPlace | null {
    if (!dateline) return null;
    // The place is what comes before the first comma / dash / parenthesis; a country may follow ("MOSUL, Iraq, May 2 -").
    const parts = dateline.split(/[,(–—]|\s-(?:\s|$)/).map((x) => x.replace(/[\s\-:.]+$/, '').trim());
    const text = parts[0];
    if (!text || text.length > 60) return null;
    const words = text.split(/\s+/).map(titleCase);
    const doc = Doc.fromWords([words]);
    const m = matcher.match(doc, 0, date).find((x) => splitActorCode(x.code).country !== null);
    const after = parts[1] && /^[A-Za-z][A-Za-z .'-]*$/.test(parts[1]) ? countryPhrase(parts[1], date) : null;
    return {
      text,
      lookup: words.join(' '),
      country: m ? splitActorCode(m.code).country : after,
      // Only a name the dictionaries list as a place (or do not know) is looked up.
      name: !m || placeCountry(m) !== null,
      qualifier: after,
      at: -1,
    };
  }

  /** The event location of a place phrase: its country, and coordinates when the gazetteer has it. */
  function geolocate(p: RawPlace, actors: readonly string[], dateline: string | null): EventLocation {
    const named = countryOfName(p.lookup);
    if (named && p.name) return { text: p.text, country: p.country ?? named, precision: 'country' };
    const region = p.name ? regionOfName(p.lookup, p.country) : null;
    if (region) return { text: p.text, country: p.country ?? region, precision: 'region' };
    const base: EventLocation = { text: p.text, country: p.country ?? p.qualifier };
    // Regions ("Middle East") and institutions are not in a gazetteer of towns.
    if (!p.name || (p.country !== null && iso2OfCameo(p.country) === null)) return base;
    const g = gazetteer();
    if (!g) return base;
    const hit = resolvePlace(g, p.lookup, { dictionary: p.country, qualifier: p.qualifier, actors, dateline, sizeable: p.sizeable });
    if (!hit) return base;
    return { text: p.text, country: hit.country, lat: hit.lat, lon: hit.lon, precision: 'city', geonamesId: hit.geonamesId };
  }

  return {
    analyze(doc, meta, events) {
      if (events.length === 0) return [];
      const day = dayNumber(meta.date);
      const trees = new Map<number, SentTree>();
      const mentions = new Map<number, ActorMention[]>();
      const dateHeads = new Map<number, number[]>();
      const modalities = new Map<number, ModalityResult>();
      const places = new Map<number, RawPlace | undefined>();
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
      const datelineLoc = (): EventLocation | null => {
        if (dateline === undefined) {
          const p = datelinePlace(meta.dateline, day);
          dateline = p ? geolocate(p, [], null) : null;
        }
        return dateline;
      };
      const out: EventContext[] = [];
      for (const ev of events) {
        const t = treeOf(ev.sentence);
        const v = innerVerb(t, ev.verb >= t.a && ev.verb < t.b ? ev.verb : ev.evidenceStart, ev.rule);
        // Several events often share one verb ("X and Y held talks"): analyse it once.
        // A negation of the coder's own verb that the coder did not keep ("would not stay
        // silent": 130, "would not allow X to": 130) is part of the coded act.
        const ownNegation = !(ev.negationCoded && v === ev.verb);
        const key = ownNegation ? v : -1 - v;
        let mr = modalities.get(key);
        if (!mr) modalities.set(key, (mr = analyzeModality(t, v, ownNegation)));
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
        let raw: RawPlace | undefined;
        if (places.has(v)) raw = places.get(v);
        else places.set(v, (raw = clausePlace(t, v, mr.clause, ev)));
        let location: EventLocation | null;
        if (raw) {
          const actors: string[] = [];
          for (const a of [ev.source, ev.target]) {
            // An actor named with the place ("militants in Tripoli" -> LBY) got its country from it: no evidence.
            if (!a || (a.start <= raw.at && raw.at < a.end)) continue;
            const c = splitActorCode(a.code).country;
            if (c) actors.push(c);
          }
          location = geolocate(raw, actors, meta.dateline ? (datelineLoc()?.country ?? null) : null);
        } else location = datelineLoc();
        out.push({ modality, attributedTo, date, location });
      }
      return out;

      /** A place phrase in the event's clause; undefined when there is none. */
      function clausePlace(t: SentTree, v: number, clause: readonly number[], ev: CodedEvent): RawPlace | undefined {
        const heads: number[] = [];
        const later: number[] = [];
        for (const h of clause) {
          heads.push(h);
          const o = t.kid(h, 'obj');
          if (o >= 0) heads.push(o);
          // Then the event's other participants: "clashed with militants in Tripoli".
          for (const k of t.kids(h)) {
            if (t.dep(k) !== 'obl' || t.upos(k) !== 'NOUN') continue;
            const ks = t.kid(k, 'case');
            if (ks >= 0 && !PLACE_CASE.has(t.low(ks))) later.push(k);
          }
        }
        heads.push(...later);
        for (const h of heads) {
          for (const c of t.kids(h)) {
            // Subtypes too: the parser's "obl:agent" on "near Homs" is still a place.
            const d = t.dep(c).split(':')[0];
            if (d !== 'obl' && d !== 'nmod' && d !== 'advcl') continue;
            const cs = t.kid(c, 'case');
            if (cs < 0 || !PLACE_CASE.has(t.low(cs))) continue;
            const p = placeAt(t, c, cs, ev);
            if (p) return p;
          }
        }
        // The parser lost the verb ("troops attacked/amod rebels near Goma" read as one noun phrase):
        // the first place phrase after it, up to the next clause.
        if (t.upos(v) === 'VERB' && LOST_VERB.has(t.dep(v))) {
          for (let k = v + 1; k < t.b; k++) {
            if (k !== v && t.upos(k) === 'VERB' && CLAUSE_HEAD.has(t.dep(k))) break;
            if (t.upos(k) === 'PUNCT' && (t.low(k) === ';' || t.low(k) === ':')) break;
            if (t.upos(k) !== 'ADP' || !PLACE_CASE.has(t.low(k))) continue;
            const c = t.head(k);
            if (c <= k) continue;
            const p = placeAt(t, c, k, ev);
            if (p) return p;
          }
        }
        return undefined;
      }

      /** The place named by the phrase headed by `c` (its case word `cs`), or undefined when it is none. */
      function placeAt(t: SentTree, c: number, cs: number, ev: CodedEvent): RawPlace | undefined {
        let u = t.upos(c);
        if (u !== 'PROPN' && u !== 'NOUN') return undefined;
        let lo = cs + 1;
        // "the (southern) city of Najaf": the place is the name.
        if (u === 'NOUN' && PLACE_NOUN.has(t.lemma(c))) {
          for (const k of t.kids(c)) {
            if (t.upos(k) === 'PROPN' && t.dep(k).startsWith('nmod') && t.hasKidWord(k, 'case', OF)) {
              c = k;
              u = 'PROPN';
              lo = k;
              break;
            }
          }
        }
        const [lo0, hi] = t.span(c);
        lo = Math.max(lo0, lo);
        let m = mentionAt(ev.sentence, c, lo, hi);
        // An actor phrase that takes the place in ("militants in Basra") is not the place.
        if (m && m.start < lo) m = undefined;
        const country = m ? splitActorCode(m.code).country : null;
        if (m && country === null) return undefined;
        if (!m && u !== 'PROPN') return undefined;
        const qualifier = qualifierOf(t, c);
        if (m) {
          const text = t.text(m.start, m.end - 1);
          // A name only when the match is a place name: the phrase's head, or proper nouns inside it
          // ("a news conference in Baghdad"), not "the Iraqi capital" (an adjective) nor "the Iraqi parliament".
          let allProper = true;
          for (let k = m.start; k < m.end; k++) if (t.upos(k) !== 'PROPN') allProper = false;
          const bare = placeCountry(m) !== null;
          const name = bare && (allProper || (m.start <= c && c < m.end));
          // A proper name coded with a sector may still be a town ("Gaza City" = PSEGZA in Phoenix), or an
          // institution ("the White House"): looked up, but only a sizeable town is taken.
          if (!name && allProper && m.start <= c && c < m.end) return { text, lookup: text, country, name: true, qualifier, at: c, sizeable: true };
          return { text, lookup: text, country, name, qualifier, at: c };
        }
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
        const text = t.text(a, z);
        return { text, lookup: text, country: countryPhrase(t.doc.form.slice(a, z + 1).join(' '), day), name: true, qualifier, at: c };
      }

      /** A country named beside the place: "Tripoli, Lebanon" (appos/flat/conj), "Lebanon's Tripoli" (nmod:poss). */
      function qualifierOf(t: SentTree, c: number): string | null {
        for (const k of t.kids(c)) {
          const d = t.dep(k);
          if (t.upos(k) !== 'PROPN' || !(d === 'appos' || d === 'flat' || d === 'list' || d === 'nmod:poss' || d === 'conj' || d === 'nmod:npmod')) continue;
          const [lo, hi] = t.span(k);
          let a = lo;
          while (a <= hi && (t.upos(a) === 'PUNCT' || t.upos(a) === 'PART' || t.upos(a) === 'CCONJ')) a++;
          let z = hi;
          while (z >= a && (t.upos(z) === 'PUNCT' || t.upos(z) === 'PART')) z--;
          if (z < a) continue;
          const q = countryPhrase(t.doc.form.slice(a, z + 1).join(' '), day);
          if (q) return q;
        }
        return null;
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
  const l = ctx.location;
  rec.location = l
    ? { text: l.text, country: l.country, lat: l.lat, lon: l.lon, precision: l.precision, geonames_id: l.geonamesId }
    : null;
  // Absent fields stay absent (not undefined-valued keys).
  if (rec.location) for (const k of ['lat', 'lon', 'precision', 'geonames_id'] as const) if (rec.location[k] === undefined) delete rec.location[k];
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
