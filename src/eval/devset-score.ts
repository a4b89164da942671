/**
 * The annals development set (data/devset/*.jsonl): loading, validation and
 * scoring. Everything here is pure (no annals run, no printing) so the scoring
 * rules can be tested on hand-made cases; src/eval/devset.ts runs annals and prints.
 *
 * Scoring (also in data/devset/README.md). For each sentence the gold is a list
 * of events {source, target, cameo}; the FIRST is the main event. The coder's
 * output for the sentence is the list of emitted events (whatever annals emits
 * for the whole sentence text, treated as one document). Let
 *   type(cameo)    = ploverFor(cameo)?.type ?? null  (null: a CAMEO 01 statement code
 *                    with no PLOVER counterpart; null counts as a type of its own, so an
 *                    010 gold is matched by an emitted 01x statement event and nothing else),
 *   root(cameo)    = first two digits,
 *   country(actor) = splitActorCode(code).country (first three letters when they are a
 *                    country, region or IGO/NGO/IMG/MNC prefix; null for "---XXX" and for
 *                    an absent target).
 * Event sentences (gold has >= 1 event), with main gold event g:
 *   (a) type       : some emitted event e has type(e) == type(g).
 *   (b) type+dyad  : some single emitted e has type(e) == type(g) and
 *                    country(e.source) == country(g.source) and
 *                    country(e.target) == country(g.target)
 *                    (so a null gold target matches an absent target or one with no country).
 *   (c) root       : some emitted e has root(e) == root(g).
 * Accuracies are over event sentences. No-event sentences only count for precision.
 *   (d) precision  : over every emitted event in every sentence, the fraction whose
 *                    type equals the type of SOME gold event of that sentence; every event
 *                    emitted for a no-event sentence is wrong.
 *       typed precision: the same, counting only emitted events that have a PLOVER type
 *                    (the events a PLOVER consumer would see).
 * (e) per-root table: the same figures grouped by root(g); no-event sentences in a row
 *     "none" (emitted events there are false positives).
 * @module
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AnnalsError } from '../errors.js';
import { cameoInfo } from '../events/cameo.js';
import { ploverFor } from '../events/plover.js';
import { splitActorCode } from '../events/record.js';

/** One hand-coded gold event. */
export interface GoldEvent {
  /** CAMEO actor code, e.g. "IRQGOV", "---REB", "IGOUNO". */
  source: string;
  /** CAMEO actor code, or null when the event has no target. */
  target: string | null;
  /** CAMEO event code, e.g. "0841". */
  cameo: string;
}

/** One development sentence with its gold events (empty: no political event). */
export interface DevSentence {
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  text: string;
  /** Main event first. */
  events: GoldEvent[];
  notes?: string;
}

/** What the scorer needs of an emitted event (the actor codes and the CAMEO code). */
export interface GotEvent {
  source: string;
  target: string | null;
  cameo: string;
}

/** The scores of one sentence. */
export interface SentenceScore {
  id: string;
  /** Root of the main gold event ("01".."20"), or "none". */
  root: string;
  /** (a), (b), (c); false for no-event sentences. */
  typeHit: boolean;
  dyadHit: boolean;
  rootHit: boolean;
  /** Emitted events, and how many of them have the type of some gold event. */
  emitted: number;
  correct: number;
  /** The same, for emitted events that have a PLOVER type. */
  emittedTyped: number;
  correctTyped: number;
}

/** Aggregated figures for a group of sentences. */
export interface ScoreSummary {
  sentences: number;
  /** Sentences with at least one gold event (the denominator of the accuracies). */
  eventSentences: number;
  typeHits: number;
  dyadHits: number;
  rootHits: number;
  emitted: number;
  correct: number;
  emittedTyped: number;
  correctTyped: number;
}

// Actor code: a country/region/IGO prefix or "---", then up to five 3-letter parts.
const ACTOR_RE = /^(---|[A-Z]{3})([A-Z]{3}){0,5}$/;

/** The PLOVER type of a CAMEO code, or null for the root-01 statements PLOVER leaves out. */
export function ploverType(cameo: string): string | null {
  return ploverFor(cameo)?.type ?? null;
}

/** Country (or region / IGO prefix) of an actor code; null for "---" codes and no actor. */
export function actorCountry(code: string | null | undefined): string | null {
  return code ? splitActorCode(code).country : null;
}

/** True when `code` is a well-formed CAMEO actor code ("---" or a known country/region prefix). */
export function isWellFormedActor(code: string): boolean {
  if (!ACTOR_RE.test(code)) return false;
  if (code.startsWith('---')) return code.length > 3;
  return splitActorCode(code).country !== null;
}

/** True when `code` is a CAMEO event code listed as such in the codebook (no parent fallback). */
export function isExactCameo(code: string): boolean {
  return cameoInfo(code)?.code === code;
}

/** Scores one sentence against what annals emitted for it. Pure. */
export function scoreSentence(gold: DevSentence, got: readonly GotEvent[]): SentenceScore {
  const main = gold.events[0];
  const goldTypes = gold.events.map((g) => ploverType(g.cameo));
  let typeHit = false;
  let dyadHit = false;
  let rootHit = false;
  let correct = 0;
  let emittedTyped = 0;
  let correctTyped = 0;
  for (const e of got) {
    const t = ploverType(e.cameo);
    const ok = goldTypes.includes(t);
    if (ok) correct++;
    if (t !== null) {
      emittedTyped++;
      if (ok) correctTyped++;
    }
    if (!main) continue;
    if (t === ploverType(main.cameo)) {
      typeHit = true;
      if (
        actorCountry(e.source) === actorCountry(main.source) &&
        actorCountry(e.target) === actorCountry(main.target)
      ) {
        dyadHit = true;
      }
    }
    if (e.cameo.slice(0, 2) === main.cameo.slice(0, 2)) rootHit = true;
  }
  return {
    id: gold.id,
    root: main ? main.cameo.slice(0, 2) : 'none',
    typeHit,
    dyadHit,
    rootHit,
    emitted: got.length,
    correct,
    emittedTyped,
    correctTyped,
  };
}

/** Adds up sentence scores. */
export function summarize(scores: readonly SentenceScore[]): ScoreSummary {
  const s: ScoreSummary = {
    sentences: 0, eventSentences: 0, typeHits: 0, dyadHits: 0, rootHits: 0,
    emitted: 0, correct: 0, emittedTyped: 0, correctTyped: 0,
  };
  for (const x of scores) {
    s.sentences++;
    if (x.root !== 'none') s.eventSentences++;
    if (x.typeHit) s.typeHits++;
    if (x.dyadHit) s.dyadHits++;
    if (x.rootHit) s.rootHits++;
    s.emitted += x.emitted;
    s.correct += x.correct;
    s.emittedTyped += x.emittedTyped;
    s.correctTyped += x.correctTyped;
  }
  return s;
}

/** Summaries per main-event root ("01".."20", then "none"), in that order. */
export function summarizeByRoot(scores: readonly SentenceScore[]): Map<string, ScoreSummary> {
  const groups = new Map<string, SentenceScore[]>();
  for (const x of scores) {
    const g = groups.get(x.root);
    if (g) g.push(x);
    else groups.set(x.root, [x]);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === 'none' ? 1 : b === 'none' ? -1 : a.localeCompare(b)));
  return new Map(keys.map((k) => [k, summarize(groups.get(k)!)]));
}

/** num/den as a fraction, 0 when den is 0 (an empty group scores nothing). */
export function ratio(num: number, den: number): number {
  return den === 0 ? 0 : num / den;
}

/**
 * Checks one parsed dev-set record and returns it typed.
 * @throws AnnalsError E_INPUT naming the file and line.
 */
export function checkDevSentence(raw: unknown, file: string, line: number): DevSentence {
  const bad = (msg: string): never => {
    throw new AnnalsError('E_INPUT', msg, { file, line });
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return bad('record is not an object');
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== 'string' || !r.id) bad('missing id');
  if (typeof r.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(r.date)) bad('date must be YYYY-MM-DD');
  if (typeof r.text !== 'string' || !r.text.trim()) bad('missing text');
  if (r.notes !== undefined && typeof r.notes !== 'string') bad('notes must be a string');
  if (!Array.isArray(r.events)) return bad('events must be an array');
  const events: GoldEvent[] = r.events.map((e: unknown, i: number) => {
    const ev = e as Record<string, unknown> | null;
    if (typeof ev !== 'object' || ev === null) return bad(`event ${i} is not an object`);
    const { source, target, cameo } = ev;
    if (typeof source !== 'string' || !isWellFormedActor(source)) bad(`event ${i}: bad source actor code ${JSON.stringify(source)}`);
    if (target !== null && (typeof target !== 'string' || !isWellFormedActor(target))) {
      bad(`event ${i}: bad target actor code ${JSON.stringify(target)}`);
    }
    if (typeof cameo !== 'string' || !isExactCameo(cameo)) bad(`event ${i}: ${JSON.stringify(cameo)} is not a CAMEO event code`);
    return { source: source as string, target: target as string | null, cameo: cameo as string };
  });
  const out: DevSentence = { id: r.id as string, date: r.date as string, text: r.text as string, events };
  if (r.notes !== undefined) out.notes = r.notes as string;
  return out;
}

/** Parses dev-set JSONL text (blank lines skipped). */
export function parseDevset(text: string, file: string): DevSentence[] {
  const out: DevSentence[] = [];
  text.split('\n').forEach((ln, i) => {
    if (!ln.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(ln);
    } catch (e) {
      throw new AnnalsError('E_INPUT', `invalid JSON: ${(e as Error).message}`, { file, line: i + 1 });
    }
    out.push(checkDevSentence(raw, file, i + 1));
  });
  return out;
}

/**
 * Loads a dev-set file, or every `*.jsonl` file of a directory (sorted by name).
 * @throws AnnalsError E_INPUT on a malformed record or a duplicate id.
 */
export function loadDevset(path: string): DevSentence[] {
  const files = statSync(path).isDirectory()
    ? readdirSync(path).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(path, f))
    : [path];
  const all: DevSentence[] = [];
  const seen = new Set<string>();
  for (const f of files) {
    for (const s of parseDevset(readFileSync(f, 'utf8'), f)) {
      if (seen.has(s.id)) throw new AnnalsError('E_INPUT', `duplicate id ${s.id}`, { file: f });
      seen.add(s.id);
      all.push(s);
    }
  }
  return all;
}
