/**
 * The countries whose heads of state and government the people files must cover
 * (population over about 5 million, plus a few small states often in the news),
 * the region file each lives in, and the coverage gaps allowed, with reasons.
 * @module
 */

/** First year of the people files' scope. */
export const FIRST_YEAR = 1990;
/** Last year of the people files' scope. */
export const LAST_YEAR = 2026;

/** Where a country's leaders are listed and since when it exists as such. */
export interface PeopleCountry {
  name: string;
  region: 'americas' | 'europe' | 'mena' | 'africa' | 'asia' | 'oceania';
  /** First year to cover when the state (or its CAMEO code) starts after 1990. */
  from?: number;
}

const list: [string, string, PeopleCountry['region'], number?][] = [
  // Americas
  ['USA', 'United States', 'americas'], ['CAN', 'Canada', 'americas'], ['MEX', 'Mexico', 'americas'],
  ['GTM', 'Guatemala', 'americas'], ['HND', 'Honduras', 'americas'], ['SLV', 'El Salvador', 'americas'],
  ['NIC', 'Nicaragua', 'americas'], ['CRI', 'Costa Rica', 'americas'], ['CUB', 'Cuba', 'americas'],
  ['HTI', 'Haiti', 'americas'], ['DOM', 'Dominican Republic', 'americas'], ['COL', 'Colombia', 'americas'],
  ['VEN', 'Venezuela', 'americas'], ['ECU', 'Ecuador', 'americas'], ['PER', 'Peru', 'americas'],
  ['BOL', 'Bolivia', 'americas'], ['CHL', 'Chile', 'americas'], ['ARG', 'Argentina', 'americas'],
  ['BRA', 'Brazil', 'americas'], ['PRY', 'Paraguay', 'americas'],
  // Europe
  ['RUS', 'Russia', 'europe'], ['DEU', 'Germany', 'europe'], ['GBR', 'United Kingdom', 'europe'],
  ['FRA', 'France', 'europe'], ['ITA', 'Italy', 'europe'], ['ESP', 'Spain', 'europe'], ['UKR', 'Ukraine', 'europe'],
  ['POL', 'Poland', 'europe'], ['ROU', 'Romania', 'europe'], ['NLD', 'Netherlands', 'europe'],
  ['BEL', 'Belgium', 'europe'], ['CZE', 'Czech Republic', 'europe', 1993], ['GRC', 'Greece', 'europe'],
  ['PRT', 'Portugal', 'europe'], ['SWE', 'Sweden', 'europe'], ['HUN', 'Hungary', 'europe'],
  ['BLR', 'Belarus', 'europe', 1991], ['AUT', 'Austria', 'europe'], ['CHE', 'Switzerland', 'europe'],
  ['SRB', 'Serbia', 'europe'], ['BGR', 'Bulgaria', 'europe'], ['DNK', 'Denmark', 'europe'],
  ['FIN', 'Finland', 'europe'], ['NOR', 'Norway', 'europe'], ['SVK', 'Slovakia', 'europe', 1993],
  ['IRL', 'Ireland', 'europe'],
  // Middle East and North Africa
  ['EGY', 'Egypt', 'mena'], ['IRN', 'Iran', 'mena'], ['TUR', 'Turkey', 'mena'], ['IRQ', 'Iraq', 'mena'],
  ['SAU', 'Saudi Arabia', 'mena'], ['YEM', 'Yemen', 'mena'], ['SYR', 'Syria', 'mena'], ['JOR', 'Jordan', 'mena'],
  ['ARE', 'United Arab Emirates', 'mena'], ['ISR', 'Israel', 'mena'], ['LBN', 'Lebanon', 'mena'],
  ['LBY', 'Libya', 'mena'], ['TUN', 'Tunisia', 'mena'], ['DZA', 'Algeria', 'mena'], ['MAR', 'Morocco', 'mena'],
  ['PSE', 'Palestinian territories', 'mena', 1994], ['OMN', 'Oman', 'mena'], ['QAT', 'Qatar', 'mena'],
  ['KWT', 'Kuwait', 'mena'],
  // Sub-Saharan Africa
  ['NGA', 'Nigeria', 'africa'], ['ETH', 'Ethiopia', 'africa'], ['COD', 'DR Congo', 'africa'],
  ['TZA', 'Tanzania', 'africa'], ['ZAF', 'South Africa', 'africa'], ['KEN', 'Kenya', 'africa'],
  ['UGA', 'Uganda', 'africa'], ['SDN', 'Sudan', 'africa'], ['AGO', 'Angola', 'africa'],
  ['MOZ', 'Mozambique', 'africa'], ['GHA', 'Ghana', 'africa'], ['MDG', 'Madagascar', 'africa'],
  ['CMR', 'Cameroon', 'africa'], ['CIV', "Cote d'Ivoire", 'africa'], ['NER', 'Niger', 'africa'],
  ['BFA', 'Burkina Faso', 'africa'], ['MLI', 'Mali', 'africa'], ['MWI', 'Malawi', 'africa'],
  ['ZMB', 'Zambia', 'africa'], ['TCD', 'Chad', 'africa'], ['SOM', 'Somalia', 'africa'],
  ['SEN', 'Senegal', 'africa'], ['ZWE', 'Zimbabwe', 'africa'], ['GIN', 'Guinea', 'africa'],
  ['RWA', 'Rwanda', 'africa'], ['BEN', 'Benin', 'africa'], ['BDI', 'Burundi', 'africa'],
  ['SSD', 'South Sudan', 'africa', 2011], ['TGO', 'Togo', 'africa'], ['SLE', 'Sierra Leone', 'africa'],
  ['CAF', 'Central African Republic', 'africa'], ['COG', 'Republic of the Congo', 'africa'],
  ['LBR', 'Liberia', 'africa'],
  // Asia
  ['CHN', 'China', 'asia'], ['IND', 'India', 'asia'], ['IDN', 'Indonesia', 'asia'], ['PAK', 'Pakistan', 'asia'],
  ['BGD', 'Bangladesh', 'asia'], ['JPN', 'Japan', 'asia'], ['PHL', 'Philippines', 'asia'], ['VNM', 'Vietnam', 'asia'],
  ['THA', 'Thailand', 'asia'], ['MMR', 'Myanmar', 'asia'], ['KOR', 'South Korea', 'asia'],
  ['AFG', 'Afghanistan', 'asia'], ['UZB', 'Uzbekistan', 'asia'], ['MYS', 'Malaysia', 'asia'], ['NPL', 'Nepal', 'asia'],
  ['PRK', 'North Korea', 'asia'], ['TWN', 'Taiwan', 'asia'], ['LKA', 'Sri Lanka', 'asia'],
  ['KAZ', 'Kazakhstan', 'asia'], ['KHM', 'Cambodia', 'asia'], ['TJK', 'Tajikistan', 'asia', 1991],
  ['AZE', 'Azerbaijan', 'asia'], ['KGZ', 'Kyrgyzstan', 'asia'], ['TKM', 'Turkmenistan', 'asia'],
  ['LAO', 'Laos', 'asia'], ['SGP', 'Singapore', 'asia'],
  // Oceania
  ['AUS', 'Australia', 'oceania'], ['PNG', 'Papua New Guinea', 'oceania'], ['NZL', 'New Zealand', 'oceania'],
];

/** ISO-3 / CAMEO code -> country, for every country the coverage test checks. */
export const PEOPLE_COUNTRIES: ReadonlyMap<string, PeopleCountry> = new Map(
  list.map(([code, name, region, from]) => [code, from === undefined ? { name, region } : { name, region, from }]),
);

/** Years a country may lack a `CTYGOV` person, with the reason. */
export const COVERAGE_GAPS: ReadonlyMap<string, { years: number[]; reason: string }> = new Map([
  [
    'CHE',
    {
      years: range(FIRST_YEAR, LAST_YEAR),
      reason: 'the head of state is the seven-member Federal Council and its presidency rotates every year: left out',
    },
  ],
  [
    'SOM',
    {
      years: [1998, 1999],
      reason: 'no central government: Ali Mahdi gave up his claim with the Cairo accord (Dec 1997); the Arta conference set one up in Aug 2000',
    },
  ],
]);

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let y = a; y <= b; y++) out.push(y);
  return out;
}
