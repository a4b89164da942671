/**
 * The event record: the output contract other tools and evaluations rely on.
 * Field names match the JSONL output exactly.
 * @module
 */

export interface EventActor {
  /** Full CAMEO actor code, e.g. "USAGOV". */
  code: string;
  /** First three letters when they name a country or IGO/region ("USA"), else null. */
  country: string | null;
  /** The sector/agent part ("GOV"), or null. */
  sector: string | null;
  /** The text of the mention. */
  text: string;
  /**
   * Present when the mention was resolved to an earlier one by article-level
   * coreference ("he", "the cleric", "Hashemi"): that antecedent's text and its
   * UTF-16 offsets in the document.
   */
  resolved_from?: { text: string; start: number; end: number };
}

export interface PloverCode {
  type: string;
  mode: string | null;
}

export interface Evidence {
  /** Source text of the evidence span. */
  text: string;
  /** UTF-16 offset in the document text. */
  start: number;
  end: number;
}

export interface EventRecord {
  doc_id: string;
  /** 0-based sentence index in the document. */
  sentence: number;
  /** Event date, YYYY-MM-DD, or null when unknown. */
  date: string | null;
  source: EventActor;
  target: EventActor | null;
  /** CAMEO event code, e.g. "042". */
  cameo: string;
  plover: PloverCode | null;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad_class: 1 | 2 | 3 | 4;
  goldstein: number;
  negated: boolean;
  evidence: Evidence;
  /** Which dictionary pattern fired: "file:line pattern". */
  rule: string;
  /** The document's own date (YYYY-MM-DD or null) when `date` was resolved from the text (src/context). */
  doc_date?: string | null;
  /**
   * asserted | negated | hypothetical | intended | demanded | requested | reported
   * (src/context/modality.ts documents each).
   */
  modality?: string;
  /** The reporting actor when the event is known through a report ("officials said ..."); code null when uncoded. */
  attributed_to?: { code: string | null; text: string } | null;
  /**
   * Where the event happened (a place in its clause, else the dateline); country is a CAMEO code or null.
   * lat/lon (WGS84 degrees) and geonames_id come from the GeoNames gazetteer for a city, town or village
   * (precision 'city'); a country name has precision 'country', a US state 'region', and neither has coordinates.
   */
  location?: {
    text: string;
    country: string | null;
    lat?: number;
    lon?: number;
    precision?: 'city' | 'region' | 'country';
    geonames_id?: number;
  } | null;
  /** Every mention of a deduplicated event (`--dedupe`, src/context/dedupe.ts). */
  mentions?: { doc_id: string; sentence: number; evidence: Evidence }[];
}

/**
 * What the coder emits per event, before it becomes an {@link EventRecord}:
 * token-level, with the actor mentions themselves, so later stages (coreference,
 * attribution, output) can still see the evidence.
 */
export interface CodedEvent {
  /** Sentence index in the Doc. */
  sentence: number;
  source: import('../actors/types.js').ActorMention;
  target: import('../actors/types.js').ActorMention | null;
  /** CAMEO event code, e.g. "042". */
  cameo: string;
  /** The verb was negated ("did not attack"); the event is kept and marked. */
  negated: boolean;
  /**
   * The verb's own negation is part of the coded act, not a negation of it: "would not
   * stay silent if ..." (130), "would not allow X to ..." (130), "would not return unless
   * ..." (100). Absent when not so.
   */
  negationCoded?: boolean;
  /** Token index of the main verb of the event. */
  verb: number;
  /** Token range `[evidenceStart, evidenceEnd)` that shows the event. */
  evidenceStart: number;
  evidenceEnd: number;
  /** Which dictionary pattern fired: "file:line pattern". */
  rule: string;
}
