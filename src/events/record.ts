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
import type { CodedEvent, EventActor, EventRecord } from './types.js';

// ISO 3166-1 alpha-3 codes, plus former states CAMEO dictionaries still use
// (Yugoslavia/FRY, Czechoslovakia, East Germany, Zaire, old Romania/East Timor codes),
// Kosovo (KOS/KSV) and USR for the USSR. "SUN" (the old ISO code for the USSR) is left
// out on purpose: CAMEO uses SUN for Sunni.
const ISO3 = `
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR BHS
BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV
CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM
GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN
IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE
LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS
MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK
PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR
SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY
USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
YUG CSK DDR ZAR ROM TMP KOS KSV SCG FRY USR
`;

// CAMEO's region codes and the international-actor prefixes that take the
// country slot (e.g. "IGOUNO", "NGOHRI", "MEAREB").
const REGIONS = `
AFR ASA BLK CAF CAS CAU CEU CRB EAF EAS EEU EIN EUR LAM MDT MEA NAF NMR PGS SAF SAM SAS SCN SEA WAF WAS WEU WST
IGO NGO NGM MNC IMG INT UIS
`;

const COUNTRYISH: ReadonlySet<string> = new Set(`${ISO3} ${REGIONS}`.split(/\s+/).filter(Boolean));

/**
 * Splits a CAMEO actor code into its country/region part and its sector part.
 * @example splitActorCode('USAGOV') // { country: 'USA', sector: 'GOV' }
 * @example splitActorCode('IRQREBSHI') // { country: 'IRQ', sector: 'REBSHI' }
 * @example splitActorCode('REB') // { country: null, sector: 'REB' }
 * Known ambiguity: the Phoenix agents MUS (Muslim) and MAR are also the ISO codes of
 * Mauritius and Morocco; a code starting with them is read as the country.
 */
export function splitActorCode(code: string): { country: string | null; sector: string | null } {
  // PETRARCH writes "---" for an unknown country in front of an agent ("---GOV").
  const c = code.trim().toUpperCase().replace(/^---/, '');
  const head = c.slice(0, 3);
  const hasCountry = head.length === 3 && COUNTRYISH.has(head);
  const rest = hasCountry ? c.slice(3) : c;
  // Sectors are 3-letter chunks; a stray tail (odd dictionary entries) is kept as its own chunk.
  const chunks = rest.match(/.{1,3}/g) ?? [];
  return { country: hasCountry ? head : null, sector: chunks.length ? chunks.join('') : null };
}

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
    rule: ev.rule,
  };
}
