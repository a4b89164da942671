/**
 * Authoring script: writes `data/kb/actors/countries.yaml` (kind: actors) from
 * the ISO 3166 names of `i18n-iso-countries` (MIT), the common names and
 * capitals of `countries-list` (MIT), and our hand-written table of adjectives,
 * demonyms, cities and historical names (`country-table.ts`).
 *
 * Run: `npx tsc -p . && node dist/kb/actors/countries.js [out.yaml]`.
 * The packages are devDependencies: only this script reads them; the generated
 * YAML is committed.
 * @module
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pieces } from '../../dictionaries/normalize.js';
import { AMBIGUOUS, COUNTRY_TABLE, FORMER_STATES } from './country-table.js';

const require = createRequire(import.meta.url);

/** CAMEO codes that differ from ISO 3166-1 alpha-3 (i18n-iso-countries uses XKK for Kosovo). */
export const CAMEO_CODE: Readonly<Record<string, string>> = { XKK: 'KSV' };

/**
 * Package names and capitals we do not use as they are: ordinary words, names
 * shared by several places, or a name another country owns ("Congo" is COD).
 * Keyed by code; '*' applies to every country.
 */
const DROP: Readonly<Record<string, readonly string[]>> = {
  '*': [],
  COG: ['Congo'],
  MDV: ['Malé', 'Male'],
  SYC: ['Victoria'],
  HKG: ['City of Victoria'],
  BMU: ['Hamilton'],
  ATG: ["Saint John's"],
  AIA: ['The Valley'],
  CCK: ['West Island'],
  FLK: ['Stanley'],
  IMN: ['Douglas'],
  NFK: ['Kingston'],
  SHN: ['Jamestown'],
  MSR: ['Plymouth'],
  REU: ['Saint-Denis'],
  SPM: ['Saint-Pierre'],
  PCN: ['Adamstown'],
  CYM: ['George Town'],
  GUY: ['Georgetown'],
  CRI: ['San José'],
  MAF: ['Marigot'],
  JEY: ['Jersey'],
  TWN: ['Taiwan, Province of China'],
};

/** A country entry before writing. */
export interface CountryEntry {
  code: string;
  names: string[];
  note?: string;
}

interface TableRow {
  adjectives: string[];
  cities: string[];
  names: string[];
}

function splitList(s: string | undefined): string[] {
  return (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

/** Parse the `CODE | a | b | c` lines of the hand table. */
export function parseTable(text: string): Map<string, TableRow> {
  const out = new Map<string, TableRow>();
  for (const line of text.split('\n')) {
    if (!/^[A-Z]{3} \|/.test(line)) continue;
    const [code, adj, cities, names] = line.split('|').map((x) => x.trim());
    if (out.has(code)) throw new Error(`country table: ${code} twice`);
    out.set(code, { adjectives: splitList(adj), cities: splitList(cities), names: splitList(names) });
  }
  return out;
}

/** Package names with a comma or parentheses, rewritten as news writes them. */
const REWRITE: Readonly<Record<string, readonly string[]>> = {
  'Cocos (Keeling) Islands': ['Cocos Islands', 'Cocos Keeling Islands', 'Keeling Islands'],
  'Falkland Islands (Malvinas)': ['Falkland Islands', 'Malvinas'],
  'Holy See (Vatican City State)': ['Holy See', 'Vatican City State'],
  'Netherlands (Kingdom of the)': ['Kingdom of the Netherlands'],
  'Saint Martin (French part)': ['Saint Martin', 'St. Martin', 'Collectivity of Saint Martin'],
  'Sint Maarten (Dutch part)': ['Sint Maarten'],
  'Virgin Islands, British': ['British Virgin Islands'],
  'Virgin Islands, U.S.': ['US Virgin Islands', 'United States Virgin Islands'],
  'Bonaire, Sint Eustatius and Saba': ['Bonaire', 'Sint Eustatius', 'Caribbean Netherlands'],
};

/** Clean a package name: known rewrites; other inverted "X, Republic of" forms are dropped. */
function cleanPackageName(n: string): string[] {
  const r = REWRITE[n];
  if (r) return [...r];
  if (n.includes(', ') || n.includes('(')) return [];
  return [n];
}

/** Build every country entry (ISO, from the packages + our table, then former states). */
export function buildCountries(): CountryEntry[] {
  const iso = require('i18n-iso-countries') as {
    registerLocale(l: unknown): void;
    getNames(lang: string, o: { select: 'all' }): Record<string, string[]>;
    alpha2ToAlpha3(a2: string): string | undefined;
  };
  iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const list = (require('countries-list') as { countries: Record<string, { name: string; capital: string }> }).countries;
  const table = parseTable(COUNTRY_TABLE);
  const isoNames = iso.getNames('en', { select: 'all' });
  const entries: CountryEntry[] = [];
  const seenCodes = new Set<string>();
  for (const [a2, names] of Object.entries(isoNames)) {
    const a3 = iso.alpha2ToAlpha3(a2);
    if (!a3) throw new Error(`no alpha-3 for ${a2}`);
    const code = CAMEO_CODE[a3] ?? a3;
    seenCodes.add(code);
    const row = table.get(code);
    const cl = list[a2];
    const drop = new Set([...(DROP['*'] ?? []), ...(DROP[code] ?? [])].map((x) => pieces(x).join(' ')));
    const all: string[] = [];
    if (cl) all.push(...cleanPackageName(cl.name));
    for (const n of names) all.push(...cleanPackageName(n));
    if (row) all.push(...row.names, ...row.adjectives);
    if (cl?.capital) all.push(cl.capital);
    if (row) all.push(...row.cities);
    const keys = new Set<string>();
    const kept: string[] = [];
    for (const n of all) {
      const k = pieces(n).join(' ');
      if (k.length === 0 || keys.has(k) || drop.has(k)) continue;
      keys.add(k);
      kept.push(n);
    }
    const e: CountryEntry = { code, names: kept };
    if (AMBIGUOUS[code]) e.note = AMBIGUOUS[code];
    entries.push(e);
  }
  for (const code of table.keys()) if (!seenCodes.has(code)) throw new Error(`country table: ${code} is not an ISO country`);
  entries.sort((a, b) => a.names[0].localeCompare(b.names[0]));
  for (const line of FORMER_STATES.split('\n')) {
    if (!/^[A-Z]{3} \|/.test(line)) continue;
    const [code, note, names] = line.split('|').map((x) => x.trim());
    entries.push({ code, names: splitList(names), note: `former state: ${note}` });
  }
  return entries;
}

/** A YAML scalar: plain when safe, else double-quoted (JSON strings are valid YAML). */
export function yamlScalar(s: string): string {
  return /^[A-Za-z][A-Za-z0-9 .\-']*$/.test(s) && !/^(true|false|null|yes|no|on|off)$/i.test(s) && !/ $/.test(s)
    ? s
    : JSON.stringify(s);
}

const HEADER = `# annals default actors: countries and territories (kind: actors).
# GENERATED by src/kb/actors/countries.ts: do not edit by hand; edit the script
# or its table (src/kb/actors/country-table.ts) and run
#   npx tsc -p . && node dist/kb/actors/countries.js
# Sources: ISO 3166-1 names from the npm package i18n-iso-countries (MIT
# licence, (c) widdix GmbH); common names and capitals from the npm package
# countries-list (MIT licence, (c) Annexare Studio); adjectives, demonyms,
# cities, regions and historical names written by the annals authors.
# Conventions: codes are ISO 3166-1 alpha-3 as CAMEO uses them, except Kosovo
# = KSV (CAMEO; not in ISO). Former states keep their own CAMEO codes (USR,
# YUG, CSK, DDR, SCG); former names of living states (Burma, Zaire, Ceylon,
# Rhodesia...) map to the present state. A city or province maps to its
# country. 'note' marks names that are also ordinary words or other places.
`;

/** A flow list broken between items so that lines stay under ~112 columns. */
function wrapList(head: string, items: readonly string[]): string[] {
  const out: string[] = [];
  let cur = head;
  items.forEach((x, i) => {
    const piece = x + (i < items.length - 1 ? ', ' : ']');
    if (cur.length + piece.trimEnd().length > 112 && !cur.endsWith('[')) {
      out.push(cur.trimEnd());
      cur = '      ';
    }
    cur += piece;
  });
  out.push(cur);
  return out;
}

/** Render the entries as the YAML file text. */
export function renderCountries(entries: readonly CountryEntry[]): string {
  const lines = [
    HEADER + 'kind: actors',
    'source: "npm i18n-iso-countries (ISO 3166-1 names), npm countries-list (common names, capitals), annals authors (the rest)"',
    'license: "MIT (both packages); annals additions under the project licence"',
    'entries:',
  ];
  for (const e of entries) {
    lines.push(`  - code: ${e.code}`);
    lines.push(...wrapList('    names: [', e.names.map(yamlScalar)));
    if (e.note) lines.push(`    note: ${JSON.stringify(e.note)}`);
  }
  return lines.join('\n') + '\n';
}

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const out = process.argv[2] ?? join(root, 'data', 'kb', 'actors', 'countries.yaml');
  const entries = buildCountries();
  writeFileSync(out, renderCountries(entries));
  const names = entries.reduce((n, e) => n + e.names.length, 0);
  process.stdout.write(`${out}: ${entries.length} entries, ${names} names\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
