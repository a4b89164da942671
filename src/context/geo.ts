/**
 * Geolocation of an event's place name: the country (CAMEO alpha-3) and, for a
 * city, town or village, its GeoNames coordinates.
 *
 * Choice among same-named places ("Tripoli": Libya, Lebanon, Greece, Iowa) by a
 * score: log10(population) plus evidence from the story —
 *   +2.5 the place's country is an event actor's country ("Lebanese troops ... in Tripoli"),
 *   +2.5 the dateline's country ("BEIRUT, Lebanon -" ... "in Tripoli"),
 *   +1   the dictionaries give the name this country (a default, not evidence: Tripoli -> LBY),
 *   +0.5 the name is the place's main name (not one of its alternate names),
 *   +0.3 the place is a national capital.
 * A country named with the place ("Tripoli, Lebanon", dateline "MOSUL, Iraq") is a
 * constraint, not a score. When the dictionaries give the name a country, the place
 * must be in it or in an actor's or the dateline's country (so a dictionary city never
 * lands in an unrelated country). A small place (under 15,000 inhabitants, not a capital
 * or provincial seat) is taken only with such evidence or a named country, so that a stray
 * proper noun or a province the dictionaries list ("Alaska" -> USA) is not pinned on a
 * hamlet of that name. The US states are regions: `precision: 'region'`, no coordinates.
 *
 * A country name ("in Iraq") is a country-level location: `precision: 'country'` and
 * NO coordinates — a capital or centroid would put the event at a point it did not
 * happen at, and maps would cluster country-level events there.
 * @module
 */
import type { Gazetteer, GazetteerHit } from './gazetteer.js';
import { ISO_COUNTRIES } from './iso-countries.js';

/** What the story says about where the place might be (CAMEO alpha-3 codes). */
export interface GeoEvidence {
  /** Country the actor dictionaries give the name, or null. */
  dictionary: string | null;
  /** A country named with the place ("Tripoli, Lebanon"): only places there are taken. */
  qualifier: string | null;
  /** The event's actors' countries. */
  actors: readonly string[];
  /** The dateline's country, or null. */
  dateline: string | null;
  /**
   * The name is coded as an actor with a sector: take only a sizeable place (15,000+ inhabitants, or a
   * capital or provincial seat) in the `dictionary` country, whatever the other evidence.
   */
  sizeable?: boolean;
}

/** A resolved place. */
export interface GeoMatch {
  /** CAMEO alpha-3 country code of the place. */
  country: string;
  lat: number;
  lon: number;
  geonamesId: number;
  population: number;
}

/** Old CAMEO codes of states that have successors in GeoNames' ISO alpha-2 codes. */
const SUCCESSOR: Readonly<Record<string, string>> = { USR: 'RU', SUN: 'RU', DDR: 'DE', YUG: 'RS', SCG: 'RS', FRY: 'RS', CSK: 'CZ', ZAR: 'CD', ROM: 'RO', TMP: 'TL', KOS: 'XK' };

const countryKey = (n: string) => n.toLowerCase().replace(/^the\s+/, '').replace(/\./g, '').replace(/\s+/g, ' ').trim();

/** The ISO table as maps (250 rows: built once at load, never changed). */
const A2_TO_3 = new Map<string, string>();
const A3_TO_2 = new Map<string, string>(Object.entries(SUCCESSOR));
/** Folded country name -> CAMEO alpha-3. */
const COUNTRY_NAMES = new Map<string, string>();
for (const row of ISO_COUNTRIES) {
  const [a2, a3, ...ns] = row.split('|');
  A2_TO_3.set(a2, a3);
  A3_TO_2.set(a3, a2);
  for (const n of ns) COUNTRY_NAMES.set(countryKey(n), a3);
}

/** The US states and DC: first-order regions that news names like places, and that small US towns share. */
const US_STATES = new Set(
  [
    'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
    'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts',
    'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
    'New Mexico', 'New York State', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
    'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington State',
    'West Virginia', 'Wisconsin', 'Wyoming', 'District of Columbia',
  ].map((n) => n.toLowerCase()),
);

/**
 * CAMEO code of the country of a first-order region named `name` (a US state), else null.
 * Georgia is left to the dictionaries (the country GEO or the state).
 */
export function regionOfName(name: string, dictionary: string | null): string | null {
  const k = countryKey(name);
  if (!US_STATES.has(k)) return null;
  if (k === 'georgia' && dictionary !== 'USA') return null;
  return 'USA';
}

/** CAMEO alpha-3 code of a country name ("Iraq", "the United States"), else null. */
export function countryOfName(name: string): string | null {
  return COUNTRY_NAMES.get(countryKey(name)) ?? null;
}

/** CAMEO alpha-3 code of a GeoNames (ISO alpha-2) country code, else null. */
export function cameoOfIso2(a2: string): string | null {
  return A2_TO_3.get(a2) ?? null;
}

/** ISO alpha-2 code of a CAMEO country code (current or former state), else null. */
export function iso2OfCameo(code: string): string | null {
  return A3_TO_2.get(code) ?? null;
}

/** Names to try for a place phrase: as written, then without leading lower-case words ("central Hilla") or an "al-" article. */
function variants(text: string): string[] {
  const out = [text];
  const words = text.split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && /^[a-z]/.test(words[k])) k++;
  if (k > 0) out.push(words.slice(k).join(' '));
  for (const v of [...out]) {
    const m = /^(?:al|el|an|ar|as|ad|ash|az)[-\s](.+)$/i.exec(v);
    if (m) out.push(m[1]);
  }
  return out;
}

const MIN_POPULATION = 15000;

/**
 * The best gazetteer place for `text` given the story's evidence, or null (no such
 * place, or none acceptable). See the module comment for the score.
 */
export function resolvePlace(gaz: Gazetteer, text: string, ev: GeoEvidence): GeoMatch | null {
  const two = (c: string | null) => (c ? iso2OfCameo(c) : null);
  const qualifier = two(ev.qualifier);
  if (ev.qualifier && !qualifier) return null;
  const dict = two(ev.dictionary);
  const dateline = two(ev.dateline);
  const actors = new Set(ev.actors.map(two).filter((c): c is string => c !== null));
  let best: GazetteerHit | null = null;
  let bestScore = -Infinity;
  for (const name of variants(text)) {
    for (const h of gaz.lookup(name)) {
      const c = h.place.country2;
      if (qualifier && c !== qualifier) continue;
      const inActors = actors.has(c);
      const evidence = inActors || c === dateline;
      // An actor-coded name: only a sizeable town in the dictionaries' own country ("the White House" is
      // also an alternate name of Casablanca, and a small town in Tennessee).
      if (ev.sizeable && ((h.place.population < MIN_POPULATION && h.place.rank === 0) || c !== dict)) continue;
      if (!qualifier) {
        // A known name: its own country, or one the story points to.
        if (ev.dictionary && c !== dict && !evidence) continue;
        // A small place only with the story's evidence: the dictionaries list provinces and states
        // too ("Alaska" -> USA), and a hamlet of that name is not what they mean.
        if (!evidence && h.place.population < MIN_POPULATION && h.place.rank === 0) continue;
      }
      const score =
        Math.log10(h.place.population + 1) +
        (inActors ? 2.5 : 0) +
        (c === dict ? 1 : 0) +
        (c === dateline ? 2.5 : 0) +
        (h.primary ? 0.5 : 0) +
        (h.place.rank === 2 ? 0.3 : 0);
      if (score > bestScore) {
        best = h;
        bestScore = score;
      }
    }
    if (best) break;
  }
  if (!best) return null;
  const country = cameoOfIso2(best.place.country2);
  if (!country) return null;
  return { country, lat: best.place.lat, lon: best.place.lon, geonamesId: best.place.geonamesId, population: best.place.population };
}
