/**
 * Split a CAMEO actor code into its country (or region / transnational) part
 * and its sector part: "IRQGOV" -> IRQ + GOV, "IGOUNO" -> IGO + UNO,
 * "---COP" -> null + COP.
 * @module
 */

/**
 * Three-letter codes that stand as the first part of a CAMEO actor code:
 * the country codes of the Phoenix country entries (ISO 3166 alpha-3 plus
 * historical states), former-state codes seen in codes, CAMEO regions, and the
 * transnational types (IGO, NGO, IMG, MNC, UIS) that CAMEO puts in the same slot.
 */
export const CAMEO_COUNTRY_CODES: ReadonlySet<string> = new Set([
  'ABW', 'AFG', 'AGO', 'AIA', 'ALB', 'AND', 'ARE', 'ARG', 'ARM', 'ATG', 'AUS', 'AUT', 'AZE', 'BDI', 'BEL', 'BEN', 'BFA', 'BGD', 'BGR', 'BHR',
  'BHS', 'BIH', 'BLR', 'BLZ', 'BMU', 'BOL', 'BRA', 'BRB', 'BRN', 'BTN', 'BWA', 'CAF', 'CAN', 'CHE', 'CHL', 'CHN', 'CIV', 'CMR', 'COD', 'COG',
  'COK', 'COL', 'COM', 'CPV', 'CRI', 'CSK', 'CUB', 'CYM', 'CYP', 'CZE', 'DDR', 'DEU', 'DJI', 'DMA', 'DNK', 'DOM', 'DZA', 'ECU', 'EGY', 'ERI',
  'ESP', 'EST', 'ETH', 'FIN', 'FJI', 'FRA', 'FSM', 'GAB', 'GBR', 'GEO', 'GGY', 'GHA', 'GIN', 'GMB', 'GNB', 'GNQ', 'GRC', 'GRD', 'GTM', 'GUY',
  'HKG', 'HND', 'HRV', 'HTI', 'HUN', 'IDN', 'IND', 'IRL', 'IRN', 'IRQ', 'ISL', 'ISR', 'ITA', 'JAM', 'JOR', 'JPN', 'KAZ', 'KEN', 'KGZ', 'KHM',
  'KIR', 'KNA', 'KNT', 'KOR', 'KSV', 'KWT', 'LAO', 'LBN', 'LBR', 'LBY', 'LCA', 'LIE', 'LKA', 'LSO', 'LTU', 'LUX', 'LVA', 'MAR', 'MCO', 'MDA',
  'MDG', 'MDV', 'MEX', 'MHL', 'MKD', 'MLI', 'MLT', 'MMR', 'MNE', 'MNG', 'MOZ', 'MRT', 'MUS', 'MWI', 'MYS', 'NAM', 'NER', 'NGA', 'NIC', 'NLD',
  'NOR', 'NPL', 'NRU', 'NZL', 'OMN', 'PAK', 'PAN', 'PER', 'PHL', 'PLW', 'PNG', 'POL', 'PRK', 'PRT', 'PRY', 'PSE', 'QAT', 'ROU', 'RUS', 'RWA',
  'SAU', 'SCG', 'SDN', 'SEN', 'SGP', 'SLB', 'SLE', 'SLV', 'SMR', 'SOM', 'SRB', 'SSD', 'STP', 'SUN', 'SUR', 'SVK', 'SVN', 'SWE', 'SWZ', 'SYC',
  'SYR', 'TCD', 'TGO', 'THA', 'TJK', 'TKM', 'TMP', 'TON', 'TTO', 'TUN', 'TUR', 'TUV', 'TWN', 'TZA', 'UGA', 'UKR', 'URY', 'USA', 'UZB', 'VCT',
  'VEN', 'VNM', 'VUT', 'WSM', 'YEM', 'ZAF', 'ZMB', 'ZWE',
  // Territories with their own ISO code.
  'ALA', 'ASM', 'ATA', 'ATF', 'BES', 'BLM', 'BVT', 'CCK', 'CUW', 'CXR', 'ESH', 'FLK', 'FRO', 'GIB', 'GRL', 'GUF', 'GUM', 'HMD', 'IMN',
  'IOT', 'JEY', 'MAC', 'MAF', 'MNP', 'MSR', 'MTQ', 'MYT', 'NCL', 'NFK', 'NIU', 'PCN', 'PYF', 'REU', 'SGS', 'SHN', 'SJM', 'SPM', 'SXM',
  'TCA', 'TKL', 'TLS', 'UMI', 'VAT', 'VGB', 'VIR', 'WLF',
  // Former states and old codes that appear as code prefixes.
  'USR', 'YUG', 'FRY', 'SRP', 'PRI', 'GLP', 'ZAR', 'ROM', 'KOS',
  // CAMEO regions.
  'AFR', 'ASA', 'BLK', 'CRB', 'CAU', 'CFR', 'CAS', 'CEU', 'EIN', 'EAF', 'EEU', 'EUR', 'LAM', 'MEA', 'MDT', 'NAF', 'NMR', 'PGS',
  'SCN', 'SAM', 'SAS', 'SEA', 'SAF', 'WAF', 'WST', 'WEU', 'EAS', 'WAS',
  // Transnational actor types.
  'IGO', 'NGO', 'NGM', 'IMG', 'MNC', 'UIS', 'INT',
]);

/** The parts of an actor code. */
export interface ActorCodeParts {
  /** Country, region or transnational type ("IRQ", "IGO"), or null. */
  country: string | null;
  /** What follows it ("GOV", "UNO"), or null when nothing does. */
  sector: string | null;
}

/**
 * Split an actor code. `countries` adds codes to the built-in set (pass
 * `dicts.countryCodes` to recognise every three-letter code the loaded actor
 * dictionaries use on their own, e.g. fictional test countries).
 * @example
 * splitActorCode('IRQGOV') // { country: 'IRQ', sector: 'GOV' }
 * splitActorCode('---COP') // { country: null, sector: 'COP' }
 */
export function splitActorCode(code: string, countries?: Iterable<string>): ActorCodeParts {
  const c = code.trim().toUpperCase();
  if (c.startsWith('---')) return { country: null, sector: c.length > 3 ? c.slice(3) : null };
  const head = c.slice(0, 3);
  let known = CAMEO_COUNTRY_CODES.has(head);
  if (!known && countries) for (const k of countries) if (k === head) known = true;
  if (known) return { country: head, sector: c.length > 3 ? c.slice(3) : null };
  return { country: null, sector: c.length > 0 ? c : null };
}

/**
 * Whether one actor code extends the other (IRQGOV, IRQGOVKUR) or they are equal: the one relation the
 * coder's same-side tests share, each adding its own widening. `minLength` is the least length the shorter code
 * must have to count as extended (6 keeps a bare state, IRQ, from covering every IRQ actor).
 * @example
 * codeExtends('IRQGOV', 'IRQGOVKUR') // true
 * codeExtends('IRQ', 'IRQGOV', 6) // false
 */
export function codeExtends(a: string, b: string, minLength = 0): boolean {
  return a === b || (a.length >= minLength && b.startsWith(a)) || (b.length >= minLength && a.startsWith(b));
}

/**
 * Sectors of bodies whose members act as the body ("a member of the Shiite alliance" is the alliance): parties,
 * legislatures, armed groups. Read by the matcher (a member of a dictionary body) and by the armed-group
 * conventions (a member of a body only coreference names, such as "the Shiite alliance").
 */
export const MEMBER_BODIES: ReadonlySet<string> = new Set(['PTY', 'LEG', 'REB', 'UAF', 'INS']);
