/**
 * Precision filters: general rules that drop coded events an expert CAMEO coder would
 * not code, applied to a document's coded events with the Doc's parse at hand. The coder
 * (src/events/coder.ts) emulates PETRARCH2 and keeps coding these (the conformance run
 * expects PETRARCH's behaviour); `createAnnals` applies the filters by default after it.
 *
 * Rules (each one a {@link FilterReason}, counted when it drops an event):
 * - `place-adjunct`: a country or city standing in a locative adjunct is where the event
 *   happened, not an actor: "In Washington, Bush praised Maliki", "resumed talks in the
 *   Ethiopian capital", "said in Geneva", "a trip to Iraq", "the highway to Uganda".
 *   A place is a mention coded with a bare three-letter code (country or region, no
 *   sector). Locative prepositions (in, at, near, across, ...) mark an adjunct wherever
 *   they attach, except on nouns of a state or policy, where the place is the party
 *   concerned ("security in Afghanistan"); directional ones (to, into, from, towards) only
 *   on nouns of a path ("trip to Iraq"): elsewhere they mark a recipient or origin ("sent
 *   aid to Haiti", "an offer from Norway"). Protest (14) keeps a place target in a locative
 *   ("rallied in Amman": against its government). Kept, as in CAMEO practice: the target
 *   of a visit (042/043: "arrived in Baghdad", a capital standing for its government), of
 *   aid and material cooperation (033, 06-08: "help restore security in Iraq": the place
 *   is the beneficiary), of coercion (17: "imposed a curfew in Bishkek") and of material
 *   violence (18-20: "shelled villages near Kirkuk": the place is attacked), and any place
 *   whose preposition the matched dictionary pattern itself names ("intervene IN +").
 *   When joint subjects of a cooperative act (03-06, 0871; not visits or promised aid) had
 *   the venue, or another actor in a non-partner adjunct ("under African Union auspices"), as target ("Sudan and South Sudan resumed talks in Addis Ababa", "Russian and
 *   Venezuelan warships held exercises in the Caribbean"), the events are re-aimed at the
 *   other subjects (SDN->SSD, SSD->SDN), PETRARCH's convention for "X and Y met".
 * - `media-addressee`: a statement, appeal, intent, consultation or demand (CAMEO 01-04, 10)
 *   whose target is the press ("told reporters", "spoke to reporters", "told the state news
 *   agency", "denied a newspaper report"), or any act whose press target follows a noun of
 *   speaking ("condemned the raid in an interview with state television"): media are the
 *   channel, not the addressee.
 * - `reported-clause-actor`: a plain statement (010) whose target is the subject of the
 *   reported clause ("Mottaki said Tehran was ready ...", "the panel said that the two
 *   delegations had agreed ..."), an actor of an event its predicate coded, the object of
 *   "say" (never an addressee: a mis-parsed complement subject) or of a verb conjoined to
 *   the statement ("said ... and dared Odinga"), the agent of a reported passive ("said the
 *   convoy had been attacked by militants"), or any actor of a reported clause whose subject
 *   is not the speaker's side ("said the agreement would turn Iraq into a base"; needs
 *   {@link FilterFacts.actorAt}): the report is
 *   about that actor, not addressed to it, and what the clause says is coded on its own. A
 *   target deeper in a clause about the speaker ("said he was pessimistic about talks with
 *   Pakistan", "said Japan would monitor Chinese ships") is kept: it is what the statement is about.
 * - `covered-statement`: a plain statement (010) from S to T when the same sentence codes
 *   a more specific event from S to T ("Maliki told Rice that he rejected ..."): CAMEO
 *   codes the specific act once.
 * - `patient-source`: the source is the passive subject of the event's own verb ("15
 *   people were killed") or a victim noun as the source of violence ("victims", "the
 *   dead"): the patient of an act is not its agent.
 * - `own-possessed-target`: the target is possessed by a pronoun ("withdrew its troops",
 *   "his army") and has no country other than the source's, or only one coreference gave
 *   it while it is the object of the verb whose subject is the source (the pronoun is
 *   bound by the subject): an actor
 *   acting on its own forces or supporters is not a dyadic event.
 * - `alleged-act`: an act embedded under a criticism or accusation (110-112), a denial, a
 *   rejection or a threat (13) coded in the same sentence, or under a verb of accusing,
 *   denying, rejecting, requesting or threatening ("accused the army of bombing a town",
 *   "denied that its forces had attacked", "urged Maliki to break with the militia",
 *   "warned it would face sanctions if it annexed Crimea"): only the accusation, request
 *   or threat is asserted; the act is its content. A clause of reason or time ("because
 *   U.S. commanders had armed the police") and a statement in between ("..., saying that
 *   ...") report on their own account and are kept.
 * - `conditional-act`: the act is the condition of another ("would resume its boycott if the
 *   government signed a pact with Washington", "could offer him support if he broke with
 *   Sadr"): it has not happened; the threat or offer it conditions is coded on its own.
 * - `other-predicate-target`: the target is an argument of another predicate under the
 *   event's verb (a later conjoined verb, an adverbial or complement clause), while the
 *   event's verb has an object of its own ("welcomed the resumption of talks and called on
 *   Khartoum": Khartoum is not what was welcomed; "rejected the criticism, saying that the
 *   police ..."). Material acts keep targets from a purpose or result clause ("sent troops
 *   to confront militants", "blew themselves up, killing 39 people").
 * - `generic-relative`: the verb is a relative clause in the simple present, which describes
 *   its noun rather than reporting an event ("Shiite militants who attack American troops"),
 *   or a restrictive relative (no comma before its pronoun subject) in any tense, which
 *   defines its noun ("the tribal fighters who turned against al Qaeda"); a relative on an
 *   attack noun ("a raid that killed four people"), violence in the simple past ("the
 *   militants who attacked the convoy") and ", who met X," are kept.
 * - `plain-statement`: any other plain statement (010: "said", "told X", "added"). An expert
 *   codes what was said (the criticism, the demand, the promise), never the saying itself;
 *   statements whose content codes more (012, 013, 015, 016, ...) are kept.
 * - `negated-act`: an act the text says did not happen ("did not meet", "could not agree",
 *   "would not stand by him"), which the coder marks `negated`. Experts code what happened;
 *   a refusal the dictionaries code as such (12x, "refused to") is not marked and is kept.
 * - `yield-refusal`: a refusal to yield (12x from a negated yielding verb: "would not give up
 *   Kirkuk", "would not step down", "would not bow to pressure from London") whose target is
 *   not the actor yielded to ("would not surrender its arms to the government" is kept): the
 *   target is then the thing kept or a guess, and experts code no event.
 * - `own-country-target`: the target is the source's own country named as such (its name,
 *   "the country", "the nation"): "the vice president vetoed the country's new
 *   law", "promised that the United States would ...", "warned anyone who tried to make the
 *   country ungovernable", "its army would strike inside Turkey". An actor acting for or within its
 *   own state is no dyad; the state is what the act concerns, not a party to it. A city of
 *   the source's country ("insisted that Kirkuk be returned") and its people ("urged Iraqis")
 *   stay, as do appeals, diplomatic cooperation and inquiries that may have the nation as their
 *   object (02, 05, 09: "asked the UN to admit Palestine", "apologised to the country's
 *   Aborigines"), coercion (17: "imposed a curfew") and acts of non-state actors (rebels or an
 *   opposition against their own state).
 * - `force-posture`: a show of force (CAMEO 15) whose "target" is the force sent ("offered to
 *   send Kurdish troops to Basra"), and a withdrawal of the source's own unnamed forces
 *   (0874/035: "pulled out the five combat brigades"): an actor moving its own forces is no
 *   dyad. A show of force against another side ("massed troops on the border with Iraq") stays.
 * - `media-source`: the press as the source of a material act or a meeting ("reporters
 *   travelling with the president", "state television aired ... who said they had been paid to
 *   shoot officials"): the press reports or accompanies; its criticism (11) stays.
 * - `modifier-source`: the source is an adjective of nationality or sect on a place that did
 *   the act ("the Shiite shrine in Samarra pushed the country into civil war"): no actor is
 *   named. Conjoined modifiers ("U.S. and Iraqi troops") are actors.
 * - `stance-verb`: an attitude or help in general, not an act: hope (013: "said he hoped
 *   Turkey would show restraint"), opposition (110: "had long opposed a second term for the
 *   prime minister", "resents the ambassador") and unspecified help (070: "the cleric's votes
 *   helped Maliki", "officers were helping Iraqi units"). Specific acts stay: criticism (111),
 *   aid named as such (071-075), an offer to help (033), help to mediate (039).
 * - `home-scene`: the target of a verbal act or a concession (01-05, 08) is a city of the
 *   source's own country in an adjunct ("promised a new security plan for Baghdad", "agreed to
 *   pull his gunmen out of Najaf"): the scene of a domestic actor's act, not its target. A city
 *   as an argument ("insisted that Kirkuk be returned") stays, and so do protests (against the
 *   city's government, `place-adjunct`), violence, coercion and inquiries there.
 * - `expected-act`: an act someone else only expects ("Israel is expected to send a
 *   delegation to Cairo", "is likely to visit Tehran"): no actor announced it, no event.
 * - `comment-topic`: a decline to comment (011) aimed at its topic named as such ("declined to
 *   comment on the raid", "on Shahristani's deadline"): no addressee.
 * - `scene-modifier-target`: the target only modifies, right before it, a noun of a part of town
 *   ("a Sadr City house" hung on "neighbourhood", "the sprawling Shiite slum"), or is a city's name on
 *   any noun ("raided the Baghdad office"; needs {@link FilterFacts.isCity}): a scene. A country's
 *   name or nationality on a thing stays its state ("burned Turkish flags", "U.S. bases").
 *   A legislature named as the place of a vote, of seats or of a sit-in ("accept a vote in parliament", "seats
 *   in the assembly") is a scene too; one whose own working is at stake ("participation in parliament") stays.
 * - `clash-casualty`: the target of a reciprocal fight ("clashed", "exchanged fire") stands in its
 *   result clause ("..., leaving one civilian dead") or names its stake ("clashed over control of
 *   city councils"): no side of the fight. Also an entry into a country (192, "enter") by anyone but a
 *   state's armed force ("foreign fighters entering Iraq", "the ayatollah enters Iraq").
 * - `role-target`: the target is a role word with no country ("a man described as a leader": ---GOV);
 *   unnamed armed men, civilians and the press (---UAF, ---CVL, ---MED) stay.
 * - `vision-country`: a country's name with "a"/"an" ("supported a unified, federal Iraq"): a vision
 *   of the state, not the state.
 * - `feared-act`: the act is the content of a fear, doubt or suspicion ("leaders fear it would allow
 *   Washington to keep bases"); the fear itself (012 "fear", "doubt") is a `stance-verb`.
 * - `unrealised-act`: the act is the complement of a verb that says it did not happen ("failed to curb the
 *   killings", "who has avoided endorsing either candidate", "refused to fight the militias", "would have to
 *   stop arming"); a refusal coded as such (12x) stays.
 * - `denied-content-target`: a denial (016) aimed at the object of the act its own side is charged with
 *   ("denied that they arm the militias", "denies shelling civilians"): part of the charge, not who made it.
 * - `political-clash`: "clashed with" between actors none of whom is armed is a dispute, not a fight (19).
 * - `conjoined-pair`: source and target are conjuncts of one phrase that is not a subject ("a call to open
 *   direct talks with Syria and Iran"): partners of someone else's act.
 * - `own-populace`: a verbal act or threat (01-05, 13) aimed at unorganised civilians of the source's own
 *   country or of none ("promised residents", "called on the tribes", "has been courting Sunni voters", "will
 *   not allow the will of the voters"): domestic politics addressed to a populace, no dyad an expert codes.
 *   Civilians of another country ("urged Lebanese civilians"), a people named as a state ("urged Iraqis"), an
 *   apology (055: "apologised to relatives of abducted citizens"), an intent of material aid (033: "would arm
 *   citizens") and "the international community" stay.
 * - `physical-defence`: "defend" coded as support or an intent to support (05, 03) where the defence is
 *   physical: the defender is armed ("troops acted to defend the nation", "tribesmen would defend the camp"),
 *   the defended is a place ("would defend Kirkuk"), the defender itself ("defend himself") or the verb is a
 *   purpose ("formed an army to defend the protesters"). A spokesman who "defended the firm" or "defended
 *   Beijing's policy" stays (052). Also the danger a protection is against ("deployed to protect the city from the
 *   militants", "shield civilians against the rebels"): not the protected.
 * - `attribution-actor`: an actor named as the source of a report ("..., according to police and hospital
 *   officials"; as a target also "..., and detained 18 suspects, the Defense Ministry said"): it tells of the
 *   event, it takes no part in it.
 * - `no-intent`: an act in the complement of a noun of intention that "no" denies ("had no plans to attack
 *   the PKK", "has no intention of closing its embassy"): nothing is planned, no event.
 * - `victim-target`: a criticism or rejection (11, 12) aimed at the victim inside the harmful act it is about
 *   ("condemns the killing of innocent Iraqis", "blames the militias for the killing of Sunnis"): the act's
 *   victims are not what is criticised.
 * - `purpose-protest`: a protest (14x) in the purpose clause of another kind of act by the same source
 *   ("suspended their participation to protest the summit", "walked out to protest the vote"): the motive of the
 *   act coded on its head verb (a walkout, a suspension), not a second event.
 * - `other-clause-pattern`: a dictionary pattern of literal words ("- * fire": "held their fire", 0871) whose word the
 *   sentence has only in a circumstance clause with its own subject ("held the centre of Kut, after Ukrainian troops
 *   pulled out under fire", "suspended the licence two days after guards opened fire"): the verb's phrase has no such word.
 * - `nominal-complement-act`: the act is the infinitive complement of a noun that asks for it, permits it or
 *   says it did not happen ("pushed back against a panel's call to open talks with Syria", "a motion to discuss the
 *   protesters", "kept the right to detain Iraqis", "the lawmakers' failure to approve a cabinet", "had received no
 *   order to detain him"): nobody did it; the call, the motion or the failure is coded on its own words if at all.
 *   Refusals coded as such (12x) stay.
 * - `violence-scene`: the place target of material violence (18-20) names only where the thing attacked is, a
 *   locative on a noun below the verb's own argument or a direction ("fired missiles at two bases in Iraq", "captured
 *   two villages south of Kirkuk"): not the side attacked. The place of the verb's own argument stays ("struck targets
 *   near Damascus": the development sentences code the state). A place the act is aimed at stays ("shelled villages on the
 *   Iraqi side", "sealed off parts of Ramadi", "encircled Fallujah"). Answered reactions still see the act (annals.ts).
 * - `quoted-claim`, `passive-non-agent`, `alongside-target`, `aid-enemy`: framings no expert codes as the act they
 *   frame (src/events/framing.ts): a third party's act inside a direct quotation (the speaker's claim), a passive whose
 *   source is not its agent, an ally after "alongside", and the enemy named after "against" as the target of help.
 * - `dating-clause`: an act told in a before-clause only to date another act ("said before leaving for Ankara", "before
 *   the militants swept across the north in 2014"; src/events/framing.ts).
 * - `defied-actor`: 128 (defy norms, law) coded on ignoring or defying an actor or its words rather than a norm ("Iraqis
 *   defied insurgents", "ignored the warnings"); "defied the curfew" stays (src/events/framing.ts).
 * - `attempt-not-appeal`: an appeal (02) coded on "seek" with a to-infinitive ("has long sought to provoke a civil war
 *   between Shiites and Sunnis"): an attempt, not an appeal; "sought stronger language" stays (src/events/framing.ts).
 * - `hypothetical-act`: a material act (05-09, 14-20) told only as a supposition ("his militia would attack American
 *   troops if they tried to disarm it", "offered to send troops to back the government", "were ready to restore control"):
 *   the modality the context gives it is hypothetical, so it has not happened and nobody announced it as their own intent
 *   (what announces it, a threat or an offer, is coded on its own verb). Judged in annals.ts, where the modality is known
 *   ({@link isHypotheticalAct}).
 * - `insisted-claim`: a demand (10) coded on "insist" with an indicative that-clause ("insisted that the handover will go
 *   ahead"): a claim, not a demand (src/events/framing.ts).
 * - `foreign-home`: an actor named as foreign ("threatened to blacklist the foreign companies", "signed deals with foreign
 *   companies", "complained that foreign contractors operate beyond the reach of Iraqi law") coded with the article's home
 *   country ({@link FilterFacts.home}): the text says it is not the home's, and no other country is named for it, so the
 *   dyad is a guess. "foreign" on an office ("the foreign ministry") names the office, not the owner, and is left alone.
 * - `act-label-target`: the target is a common word that only labels the act the verb is about ("condemned the terrorist
 *   attack", "denounced it as a terrorist act", "condemned the drone attack"): what kind of act, not who did it or
 *   suffered it. Names and nationality words ("condemned the American strikes", "the Baquba bombing") are capitalised
 *   and stay: they name the side.
 * - `chain-of-command`, `own-territory-retaken`: an order or obedience inside one country's own side, and a state's forces
 *   retaking their own state's town, and the source's own country named only as a modifier of a thing ("under Iraqi law";
 *   `own-country-modifier`, src/events/framing.ts).
 * - `unnamed-claimant`: a denial aimed at the unknown claimant (src/article/speech.ts `unnamedClaimants`) whose claim the
 *   sentence does not name as a report, a suggestion or a rumour ("denied that they were armed", "denied the accusations"):
 *   the claimant is someone the story names, whom no rule found; the experts code no `---` there. Judged in annals.ts
 *   ({@link deniesReportedClaim}).
 * - `walkout-protest`: a protest naming no one coded on walking out or staying away (src/events/framing.ts).
 * - `populace-protection`: protection (07x, or an intent of it, 033x) of a populace rather than a side: civilians, workers,
 *   businesses, investors, refugees ("forces had entered to protect residents", "would protect foreign investors", "sent
 *   soldiers to protect the workers"). A mission's purpose, no dyad an expert codes; protecting a named side stays ("would
 *   protect Hashemi", "troops had protected them" of the Kurds).
 * - `embedded-place-source`: violence whose subject is a weapon or a blast and whose source is only where it
 *   struck or came from ("the blasts outside the Finance Ministry killed ...", "bombs on the city's trains killed
 *   ...", "explosives smuggled from Ruritania had killed ..."): a place or a supplier named in the subject's
 *   own modifier is not the attacker (a name that holds the preposition itself, "Al-Qaida in Iraq", stays).
 * - `mission-purpose`: fighting that is the purpose of a force's staying or an infinitive of helping ("would remain
 *   in the country to help fight the insurgents", "asked the coalition to stay to fight the group"): a mission
 *   against a common enemy, neither an attack made nor one threatened ("helped storm the town" stays).
 * `stance-verb` also reads an attitude verb the tagger took for an adjective ("has long worried Washington"), and
 * `unrealised-act` an act after "yet to" ("has yet to open an embassy").
 * `conditional-act` also drops an act in an until-clause ("would not return until Baghdad expelled the
 * rebels"), and `comment-topic` an actor of the question a decline to say leaves open ("declined to say
 * whether he had met Sadr").
 * `own-country-target` also drops a central government's own capital in words ("offered Washington's
 * help"; needs {@link FilterFacts.isCapital}).
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS, XPOS } from '../analysis/tags.js';
import type { ActorMention } from '../actors/types.js';
import { SETTLEMENT_NOUNS, TOWN_PART_NOUNS } from '../actors/places.js';
import type { CodedEvent } from './types.js';
import { ANYONE_RULE, isConditionClause } from './intent.js';
import { speakersConjunct as sharedSpeakersConjunct, trailingParticipleHost, type TreeView } from './repair.js';
import { ownActParticiple, SPEAKING_PARTICIPLES, VERBAL_PARTICIPLES } from './participles.js';
import { countryOfName as countryNamed } from '../context/geo.js';
import { calledForeign } from '../article/home.js';
import { isAidEnemy, isAlongsideTarget, isAttemptNotAppeal, isChainOfCommand, isInsistedClaim, isDatingClause, isDefiedActor, isOwnCountryModifier, isOwnTerritoryRetaken, isPassiveNonAgent, isQuotedClaim, isWalkoutProtest, isYetTo } from './framing.js';

/** CAMEO roots of acts that either happen or do not: cooperation, aid, yielding, inquiry (05-09) and protest, force, coercion, violence (14-20). */
const SUPPOSABLE_ACT = /^(?:0[5-9]|1[4-9]|20)/;

/**
 * `hypothetical-act`: whether an event of code `cameo` whose context modality is `modality` is a material act only
 * supposed ("would attack", "could seize", "offered to send troops to back"): no event. Verbal acts (01-04, 10-13) stay,
 * their modality already coded (an intent, a threat).
 */
export function isHypotheticalAct(cameo: string, modality: string | null | undefined): boolean {
  return modality === 'hypothetical' && SUPPOSABLE_ACT.test(cameo);
}

/** Why a filter dropped an event (see the module comment). */
export type FilterReason =
  | 'place-adjunct'
  | 'media-addressee'
  | 'reported-clause-actor'
  | 'covered-statement'
  | 'patient-source'
  | 'own-possessed-target'
  | 'alleged-act'
  | 'conditional-act'
  | 'other-predicate-target'
  | 'generic-relative'
  | 'plain-statement'
  | 'negated-act'
  | 'yield-refusal'
  | 'own-country-target'
  | 'force-posture'
  | 'media-source'
  | 'expected-act'
  | 'modifier-source'
  | 'stance-verb'
  | 'home-scene'
  | 'comment-topic'
  | 'scene-modifier-target'
  | 'clash-casualty'
  | 'role-target'
  | 'vision-country'
  | 'feared-act'
  | 'unrealised-act'
  | 'denied-content-target'
  | 'political-clash'
  | 'conjoined-pair'
  | 'own-populace'
  | 'physical-defence'
  | 'attribution-actor'
  | 'no-intent'
  | 'victim-target'
  | 'purpose-protest'
  | 'other-clause-pattern'
  | 'nominal-complement-act'
  | 'violence-scene'
  | 'quoted-claim'
  | 'passive-non-agent'
  | 'alongside-target'
  | 'aid-enemy'
  | 'dating-clause'
  | 'defied-actor'
  | 'attempt-not-appeal'
  | 'hypothetical-act'
  | 'insisted-claim'
  | 'foreign-home'
  | 'act-label-target'
  | 'chain-of-command'
  | 'own-territory-retaken'
  | 'own-country-modifier'
  | 'unnamed-claimant'
  | 'walkout-protest'
  | 'populace-protection'
  | 'embedded-place-source'
  | 'mission-purpose';

/** Every filter reason, in the order the rules run. */
export const FILTER_REASONS: readonly FilterReason[] = [
  'place-adjunct',
  'media-addressee',
  'reported-clause-actor',
  'covered-statement',
  'patient-source',
  'own-possessed-target',
  'alleged-act',
  'conditional-act',
  'other-predicate-target',
  'generic-relative',
  'plain-statement',
  'negated-act',
  'yield-refusal',
  'own-country-target',
  'force-posture',
  'media-source',
  'expected-act',
  'modifier-source',
  'stance-verb',
  'home-scene',
  'comment-topic',
  'scene-modifier-target',
  'clash-casualty',
  'role-target',
  'vision-country',
  'feared-act',
  'unrealised-act',
  'denied-content-target',
  'political-clash',
  'conjoined-pair',
  'own-populace',
  'physical-defence',
  'attribution-actor',
  'no-intent',
  'victim-target',
  'purpose-protest',
  'other-clause-pattern',
  'nominal-complement-act',
  'violence-scene',
  'quoted-claim',
  'passive-non-agent',
  'alongside-target',
  'aid-enemy',
  'dating-clause',
  'defied-actor',
  'attempt-not-appeal',
  'hypothetical-act',
  'insisted-claim',
  'foreign-home',
  'act-label-target',
  'chain-of-command',
  'own-territory-retaken',
  'own-country-modifier',
  'unnamed-claimant',
  'walkout-protest',
  'populace-protection',
  'embedded-place-source',
  'mission-purpose',
];

/** Which rules run: all by default; `false` turns one off. */
export type EventFilterOptions = Partial<Record<FilterReason, boolean>>;

/** What the filters may know beyond the events and the parse. */
export interface FilterFacts {
  /** The actor code of the mention covering document token `i`, or null (the coder's actor matcher). */
  actorAt?: (i: number) => string | null;
  /** Whether `name` is the capital of the state coded `code` (a gazetteer's answer; absent: no name is). */
  isCapital?: (name: string, code: string) => boolean;
  /** Whether `name` is a city or town of the state coded `code` (a gazetteer's answer; absent: no name is). */
  isCity?: (name: string, code: string) => boolean;
  /** The article's home country (src/article/home.ts), or null; absent: `foreign-home` judges nothing. */
  home?: string | null;
}

/** The events a filter run kept, and how many each rule dropped. */
export interface FilteredEvents {
  kept: CodedEvent[];
  /** Dropped events per reason (only reasons that dropped something). */
  dropped: Partial<Record<FilterReason, number>>;
  /** Every dropped event with its reason, in input order (for diagnostics). */
  droppedEvents: { event: CodedEvent; reason: FilterReason }[];
  /** Events of joint subjects re-aimed from a venue at the other subjects (see `place-adjunct`). */
  retargeted: number;
}

/** Prepositions that make a place phrase a locative adjunct wherever it attaches. */
const LOCATIVE = new Set(['in', 'at', 'near', 'across', 'throughout', 'inside', 'outside', 'around', 'within', 'along', 'beyond']);
/** Prepositions of direction: a locative adjunct when attached to a noun ("trip to Iraq"). */
const DIRECTIONAL = new Set(['to', 'into', 'from', 'toward', 'towards', 'onto']);
/**
 * Nouns of movement along a path: a directional phrase on them is a place ("a trip to Iraq",
 * "the highway to Uganda"); on other nouns it marks a recipient or origin ("aid to Haiti",
 * "an offer from Norway").
 */
const PATH_NOUNS = new Set([
  'trip', 'journey', 'travel', 'flight', 'road', 'highway', 'route', 'way', 'path', 'railway', 'railroad',
  'bridge', 'crossing', 'corridor', 'march', 'convoy', 'drive', 'tour', 'voyage', 'border', 'return',
]);
/**
 * Nouns of a state or policy whose "in X" names the party concerned, not a venue ("security
 * in Afghanistan", "torture in Bahraini prisons", "interference in Lebanon"): kept.
 */
const CONCERN_NOUNS = new Set([
  'security', 'peace', 'stability', 'instability', 'situation', 'crisis', 'violence', 'conflict', 'war', 'fighting',
  'unrest', 'reconstruction', 'election', 'reform', 'democracy', 'right', 'torture', 'abuse', 'affair',
  'interference', 'intervention', 'involvement', 'presence', 'investment', 'development', 'aid', 'assistance',
  'relief', 'economy', 'operation', 'programme', 'program', 'sovereignty', 'order', 'killing', 'repression',
  'crackdown', 'detention', 'force', 'role', 'influence', 'interest', 'change', 'transition', 'recovery',
]);
/** Relations that keep a modifier inside the noun phrase of its head. */
const IN_PHRASE = new Set(['amod', 'compound', 'flat', 'nmod:poss', 'det', 'nummod']);
/** Relations that start an embedded clause. */
const CLAUSAL = new Set(['ccomp', 'xcomp', 'advcl', 'parataxis', 'csubj', 'csubj:pass', 'acl', 'acl:relcl', 'advcl:relcl']);
/** Nouns for victims: never the agent of violence. */
const VICTIMS = new Set(['victim', 'casualty', 'dead', 'wounded', 'injured', 'body', 'corpse', 'fatality', 'victims', 'casualties', 'bodies', 'corpses', 'fatalities']);
/** Nouns of an attack or blast: a relative clause on them tells what it did. */
const INCIDENTS = new Set(['attack', 'raid', 'strike', 'airstrike', 'bombing', 'blast', 'explosion', 'bomb', 'operation', 'offensive', 'assault',
  'ambush', 'shelling', 'fire', 'clash', 'fighting', 'rocket', 'mortar', 'barrage', 'incursion', 'crackdown', 'shooting', 'massacre']);
/** Nouns of an act named by its kind ("a terrorist act", "a criminal plot"). */
const ACT_NOUNS = new Set(['act', 'crime', 'plot', 'attempt', 'campaign']);
/** Verbs whose embedded act is only alleged, denied or rejected ("accused X of bombing"). */
const ALLEGING_VERBS = new Set([
  'accuse', 'blame', 'allege', 'deny', 'reject', 'dismiss', 'condemn', 'criticize', 'criticise', 'denounce', 'complain',
  // Requests: "urged Maliki to break with the militia" asks for the act, it did not happen.
  'urge', 'ask', 'press', 'demand', 'appeal', 'request', 'plead', 'implore',
  // Threats and warnings: "warned it would face sanctions if it annexed Crimea".
  'threaten', 'warn',
]);
/** Statement verbs that never take their addressee as a direct object. */
const SAY_VERBS = new Set(['say', 'add', 'state', 'announce', 'claim', 'note', 'declare', 'insist', 'stress', 'explain', 'report']);
/** Subordinators of reason and time: their clause is asserted, not alleged or requested. */
const CIRCUMSTANCE = new Set(['because', 'since', 'after', 'when', 'while', 'before', 'although', 'though', 'as', 'once']);
/** Prepositions that mark a partner of a joint act ("talks with X", "agreement between X and Y"). */
const PARTNER_PREPS = new Set(['with', 'to', 'between', 'among', 'against', 'toward', 'towards', 'for', 'of', 'by']);
/** Reflexive objects do not count as the verb's own object ("blew themselves up"). */
const REFLEXIVE = new Set(['himself', 'herself', 'itself', 'themselves', 'ourselves', 'myself', 'yourself']);
/** Reporting verbs: a statement of its own. */
const REPORTING = new Set([...SAY_VERBS, 'tell']);
/** Subject pronouns that, in a reported clause, stand for the speaker ("said he was pessimistic about ..."). */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our', 'my']);
const BARE_CODE = /^[A-Z]{3}$/;
/** Generic nouns of a state: as a target they stand for the speaker's own country when coreference gives it. */
const STATE_NOUNS = new Set(['country', 'nation', 'homeland', 'motherland', 'fatherland']);
/** Agents of a state (or the state itself): government, military, police, legislature, judiciary, intelligence, elites. */
const STATE_AGENT = /^(?:$|GOV|MIL|COP|LEG|JUD|SPY|ELI)/;
/** Nouns of places and buildings: a sect or nationality on them names no actor ("the Shiite shrine"). */
const SCENE_NOUNS = new Set([
  ...TOWN_PART_NOUNS, ...SETTLEMENT_NOUNS,
  'shrine', 'mosque', 'church', 'temple', 'capital', 'territory', 'stronghold', 'heartland', 'enclave',
  'camp', 'compound', 'site', 'land', 'soil', 'side', 'bank', 'coast', 'border', 'frontier', 'countryside', 'belt',
]);
/** The codes of a bare attitude or help (013 optimism, 110 disapproval, 070 aid not specified). */
const STANCE = /^(?:012|013|110|070)$/;
/**
 * Verbs of a lasting attitude, or of help in general: "hoped Turkey would show restraint", "had
 * long opposed a second term", "resents the ambassador", "votes helped Maliki".
 */
const STANCE_VERBS = new Set([
  'hope', 'wish', 'anticipate', 'foresee', 'oppose', 'resent', 'contest', 'dispute', 'help', 'assist',
  // Fear and doubt (012): "officials who fear the United States is building a Sunni army".
  'fear', 'worry', 'doubt', 'dread', 'fret',
]);
/** Verbs of fear, doubt and suspicion: an act in their complement is only imagined ("fear it would allow Washington to ..."). */
const FEARING_VERBS = new Set(['fear', 'worry', 'doubt', 'dread', 'fret', 'suspect']);
/**
 * Verbs and adjectives whose infinitive or gerund names an act that did not happen ("failed to curb",
 * "has avoided endorsing", "refused to back", "would have to stop arming", "was reluctant to challenge").
 */
const UNREALISING = new Set(['avoid', 'fail', 'refuse', 'decline', 'stop', 'cease', 'halt', 'reluctant', 'unwilling', 'hesitate', 'refrain', 'neglect']);
/** Verbs of meeting and talking: a denied one names its counterpart ("denied that Maliki had met the Americans"). */
const INTERACTING = new Set(['meet', 'tell', 'talk', 'speak', 'negotiate', 'contact', 'visit', 'consult', 'call', 'phone', 'telephone', 'inform', 'assure', 'promise', 'ask']);
/** Acts of force or pressure whose victim a denial of them is aimed at ("denied that they had targeted civilians"). */
const DENIED_HARM = new Set(['attack', 'target', 'fire', 'shoot', 'kill', 'shell', 'bomb', 'strike', 'storm', 'raid', 'torture', 'abuse',
  'execute', 'kidnap', 'abduct', 'assassinate', 'pressure', 'pressurize', 'coerce', 'intimidate', 'harass']);
/** Negations that turn an unrealising verb around ("would not hesitate to attack" is a threat). */
const NEGATORS = new Set(['not', "n't", 'never', 'no']);
/** Sectors of an armed actor: they fight when they clash. */
const ARMED_SECTOR = /(?:MIL|REB|UAF|COP|INS|SPY|SEP|CRM)/;
/** Sectors of politics: officials, lawmakers, parties and leaders who "clash" argue ("mobs clashed" fought). */
const POLITICAL_SECTOR = /(?:GOV|LEG|PTY|ELI|JUD)/;
/** Verbs of a fight between its subjects ("clashed", "exchanged fire"): its casualties are no side of it. */
const RECIPROCAL_VIOLENCE = new Set(['clash', 'exchange', 'trade', 'skirmish', 'battle']);
/** Sectors of a role word: without a country ("the military", "a leader") they name no actor an expert codes. */
const ROLE_SECTORS = /^---(?:GOV|MIL|COP|LEG|JUD|BUS|ELI|EDU|LAB|HLH|REL|OPP|SPY)$/;
/** Nouns of armed forces (as lemmas). */
const FORCE_NOUNS = new Set(['troop', 'troops', 'brigade', 'battalion', 'division', 'unit', 'force', 'forces', 'soldier', 'marine', 'regiment', 'contingent']);
/** Predicates of others' expectation: "is expected / likely / unlikely / set to". */
const EXPECTING = new Set(['expect', 'likely', 'unlikely']);
/** Verbs of protecting: what follows "from"/"against" is the danger ("protect the city from the militants"). */
const PROTECTING = new Set(['protect', 'defend', 'shield', 'guard', 'safeguard', 'secure']);
/** Codes of a populace, no side: civilians, workers, businesses, refugees of a country or of none, and multinationals. */
const POPULACE = /^(?:(?:[A-Z]{3}|---)(?:CVL|LAB|BUS|REF)|MNC)/;
/** Nouns of intention: "no plans to attack", "no intention of closing". */
const INTENTION_NOUNS = new Set(['plan', 'intention', 'intent', 'desire', 'wish', 'interest']);
/**
 * Nouns whose infinitive complement is an act asked for, allowed or not done ("a call to open talks", "the right to
 * detain", "their failure to approve"): `nominal-complement-act`.
 */
const COMPLEMENT_NOUNS = new Set([
  'call', 'appeal', 'request', 'demand', 'motion', 'proposal', 'suggestion', 'invitation', 'right', 'permission', 'authority',
  'authorization', 'authorisation', 'mandate', 'power', 'failure', 'inability', 'reluctance', 'unwillingness', 'refusal',
]);
/** Nouns whose infinitive complement is an act only when they are had: "had received no order to detain him". */
const DENIABLE_NOUNS = new Set(['order', 'instruction', 'instructions', 'orders', 'authority', 'reason', 'need', 'chance', 'opportunity']);
/** Nouns of a harmful act: the actor after "of", "on" or "against" is its victim ("the killing of Iraqis"). */
export const HARM_NOUNS: ReadonlySet<string> = new Set([
  'killing', 'murder', 'death', 'attack', 'bombing', 'arrest', 'detention', 'kidnapping', 'abduction', 'shelling',
  'massacre', 'execution', 'torture', 'assassination', 'raid', 'strike', 'siege', 'displacement', 'persecution', 'expulsion',
  'hanging', 'seizure', 'capture', 'jailing', 'imprisonment', 'beating', 'shooting', 'deportation',
]);
/** Marks a protest's target recoded from the victim to the protesters' government (src/events/precision.ts): `victim-target` keeps it. */
export const PROTESTED_HARM = 'the victim of the act a crowd protests: its own government';
/** Nouns of what is held in a legislature ("a vote in parliament", "seats in the assembly", "a sit-in outside parliament"). */
const SITTING_NOUNS: ReadonlySet<string> = new Set(['vote', 'seat', 'sit-in', 'session', 'debate', 'majority', 'quorum']);
/** Prepositions by which such a noun names the legislature as its place. */
const SITTING_CASES: ReadonlySet<string> = new Set(['in', 'inside', 'outside', 'at']);

/** Most heads climbed from a mention (bounds walks over malformed trees). */
const MAX_CLIMB = 64;

const VERB_UPOS = new Set(['VERB', 'AUX']);
/** Cooperative acts joint subjects do with each other ("X and Y held talks / exercises / signed a ceasefire"). */
const JOINT_ACT = /^(?:0[3-6]|0871)/;
/** Codes whose place target stays even for joint subjects: intents of aid, visits. */
const NO_JOINT = /^(?:033|04[23])/;
/**
 * Verbal acts whose target the press can only be as the channel: statements, appeals,
 * intents, consultations ("spoke to reporters") and demands ("told reporters he would not
 * support any move": not a demand on reporters; "told Reuters by telephone" is an
 * interview, not a call between the parties).
 * Criticism of the press (11) stays.
 */
const MEDIA_ROOTS = /^(?:0[1234]|10)/;
/** Nouns of speaking through the press: the medium after them is the channel ("an interview with", "a statement to"). */
const CHANNEL_NOUNS = new Set(['interview', 'statement', 'broadcast', 'remark', 'remarks', 'comment', 'comments', 'briefing', 'address', 'speech', 'message']);
/** Material cooperation and conflict (CAMEO 06-09, 15-20). */
const MATERIAL = /^(?:0[6-9]|1[5-9]|20)/;
/**
 * CAMEO codes whose target may be a place in a locative adjunct: visits (042/043), aid and
 * material cooperation and the intents to give them (033, 06, 07), yielding (08: "withdrawal
 * from Iraq"), coercion (17: "imposed a curfew in Bishkek", "deported them to Romania") and
 * material violence (18-20).
 */
const PLACE_TARGET = /^(?:04[23]|033|0[678]|1[789]|20)/;
/** Material violence (assault, fight, mass violence): its place target must be what was attacked. */
const VIOLENCE = /^(?:18|19|20)/;
/** Prepositions of a scene on a noun ("a building in Baghdad", "a compound near the airport"). */
const SCENE_PREPS = new Set(['in', 'near', 'at', 'outside', 'inside', 'around', 'within', 'across', 'throughout']);
/** Directions before "of" ("south of Kirkuk"). */
/** Prepositions that place a weapon or a blast ("bombs on the trains", "blasts outside the ministry"). */
const PLACE_PREPS = new Set([...LOCATIVE, 'on', 'onto', 'into']);

/** Verbs of a force's staying on, whose purpose clause is its mission ("would remain to fight"). */
const STAYING = new Set(['stay', 'remain', 'station']);

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);

/**
 * Apply the precision rules to the coded events of `doc` (any order, any sentences).
 * Pure: returns the kept events in input order (a re-aimed event in place of its original)
 * and the drop counts.
 */
export function filterEvents(doc: Doc, events: readonly CodedEvent[], options: EventFilterOptions = {}, facts: FilterFacts = {}): FilteredEvents {
  const on = (r: FilterReason): boolean => options[r] !== false;
  const rel = (i: number): string => DEPREL[doc.dep[i]] ?? '_';
  const lower = (i: number): string => doc.form[i].toLowerCase();
  const lemma = (i: number): string => (doc.lemma[i] || doc.form[i]).toLowerCase();
  /** The words of tokens [a, b) (a mention's text, for the gazetteer's name lookups). */
  const spanText = (a: number, b: number): string => doc.form.slice(a, b).join(' ');
  const headOf = (i: number): number => {
    const h = doc.head[i];
    return h === i ? -1 : h;
  };
  // The events of each sentence (rules compare an event with its sentence's others).
  const bySentence = new Map<number, CodedEvent[]>();
  for (const ev of events) {
    const list = bySentence.get(ev.sentence);
    if (list) list.push(ev);
    else bySentence.set(ev.sentence, [ev]);
  }
  const others = (ev: CodedEvent): CodedEvent[] => (bySentence.get(ev.sentence) ?? []).filter((o) => o !== ev);
  // Children per token, built once per sentence on demand.
  const kidCache = new Map<number, number[][]>();
  const sentOf = (i: number): number => {
    let lo = 0;
    let hi = doc.sentenceCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (doc.sentStart[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const kids = (i: number): number[] => {
    const s = sentOf(i);
    let table = kidCache.get(s);
    if (!table) {
      const a = doc.sentStart[s];
      const b = doc.sentEnd[s];
      table = Array.from({ length: b - a }, () => [] as number[]);
      for (let k = a; k < b; k++) {
        const h = doc.head[k];
        if (h >= a && h < b && h !== k) table[h - a].push(k);
      }
      kidCache.set(s, table);
    }
    return table[i - doc.sentStart[s]] ?? [];
  };

  /** The head of the noun phrase `m` sits in (climbing amod/compound/possessor links). */
  const phraseHead = (m: ActorMention): number => {
    let p = m.head;
    for (let n = 0; n < MAX_CLIMB; n++) {
      const h = headOf(p);
      if (h < 0) break;
      const r = rel(p);
      // A later conjunct carries no preposition of its own: "in London or Brussels".
      const climbConj = r === 'conj' && !kids(p).some((k) => rel(k) === 'case') && !VERB_UPOS.has(UPOS[doc.upos[p]]);
      if (!IN_PHRASE.has(r) && !climbConj) break;
      p = h;
    }
    return p;
  };

  /** The preposition that makes `m` a place adjunct, or null. */
  const placeAdjunct = (m: ActorMention): string | null => {
    if (!BARE_CODE.test(m.code)) return null;
    // A locative preposition on the name itself marks it whatever the parser hung it as
    // ("In Washington, President Bush ..." parsed with Washington as a compound).
    const p = phraseHead(m);
    const r = rel(p);
    const nominalAttach = r === 'nmod' || r.startsWith('nmod:');
    const concern = (x: number): boolean => {
      const rx = rel(x);
      return (rx === 'nmod' || rx.startsWith('nmod:')) && headOf(x) >= 0 && CONCERN_NOUNS.has(lemma(headOf(x)));
    };
    if (!concern(m.head)) for (const k of kids(m.head)) if (rel(k) === 'case' && LOCATIVE.has(lower(k))) return lower(k);
    if (!(r === 'obl' || r.startsWith('obl:') || nominalAttach)) return null;
    if (r === 'obl:agent' || r === 'nmod:poss' || r === 'obl:tmod' || r === 'nmod:tmod') return null;
    const governor = headOf(p);
    const govNoun = nominalAttach && governor >= 0 ? lemma(governor) : '';
    for (const k of kids(p)) {
      if (rel(k) !== 'case') continue;
      const w = lower(k);
      if (LOCATIVE.has(w)) return CONCERN_NOUNS.has(govNoun) ? null : w;
      if (DIRECTIONAL.has(w) && PATH_NOUNS.has(govNoun)) return w;
    }
    return null;
  };

  /** Whether the dictionary pattern of `ev` names preposition `w` ("* IN +"). */
  const patternNames = (ev: CodedEvent, w: string): boolean => {
    const pat = ev.rule.replace(/^\S+:\d+\s*/, '');
    return new RegExp(`(^|[\\s(_])${w}([\\s)_]|$)`, 'i').test(pat);
  };

  /**
   * A place named only as where the thing attacked is ("fired missiles at two bases in Iraq", "captured two villages
   * south of Kirkuk"): the locative hangs on a noun below the verb's argument, or is a direction from it.
   * "sealed off parts of Ramadi" (partitive) and "shelled villages on the Iraqi side" are the place attacked.
   */
  const sceneOfObject = (ev: CodedEvent, m: ActorMention): boolean => {
    const p = phraseHead(m);
    const r = rel(p);
    const g = headOf(p);
    if (g < 0 || g === ev.verb) return false;
    // "bombed two villages south/ADV of Mosul" parsed with the direction on the verb: a scene when the verb has an object.
    if (COMPASS.has(lower(g)) && kids(p).some((k) => rel(k) === 'case' && lower(k) === 'of')) return kids(ev.verb).some((k) => rel(k) === 'obj' && k !== p);
    if (!(r === 'nmod' || r.startsWith('nmod:')) || r === 'nmod:poss') return false;
    if (UPOS[doc.upos[g]] !== 'NOUN') return false;
    const cases = kids(p).filter((k) => rel(k) === 'case').map(lower);
    // "struck targets near Damascus", "exploded outside government buildings in Oslo": the place of the verb's own
    // argument is the land attacked (the development sentences code it so); only a place further down is a scene
    // ("fired missiles at two bases in Iraq", "launch rockets from a field in eastern Baghdad").
    if (headOf(g) === ev.verb && !cases.includes('of')) return false;
    if (cases.some((w) => SCENE_PREPS.has(w))) return true;
    // "south of Kirkuk", "east of the city".
    return cases.includes('of') && kids(p).some((k) => rel(k) === 'advmod' && COMPASS.has(lower(k)));
  };

  const isPlaceNoise = (ev: CodedEvent, m: ActorMention, role: 'source' | 'target'): boolean => {
    const w = placeAdjunct(m);
    if (w === null || patternNames(ev, w)) return false;
    if (role === 'target' && PLACE_TARGET.test(ev.cameo)) return false;
    // Protest at a place is protest against its government ("rallied in Amman"); a road to
    // another country is still only a road.
    if (role === 'target' && ev.cameo.startsWith('14') && LOCATIVE.has(w)) return false;
    return true;
  };

  const isMedia = (m: ActorMention): boolean => /^(?:.{3})*MED/.test(m.code.slice(3));
  /** The press named as the channel of any act: "condemned the raid in an interview with Iranian television". */
  const mediaChannel = (m: ActorMention): boolean => {
    const p = phraseHead(m);
    const h = headOf(p);
    return (rel(p) === 'nmod' || rel(p).startsWith('nmod:')) && h >= 0 && CHANNEL_NOUNS.has(lemma(h));
  };

  /**
   * The outermost embedded clause on the path from token `i` up to the event verb (the
   * reported clause itself, not a clause nested in it), or -1 when `i` is not inside a
   * clause under the verb.
   */
  const clauseOf = (i: number, verb: number): number => {
    let p = i;
    let clause = -1;
    for (let n = 0; n < MAX_CLIMB && p >= 0; n++) {
      if (p === verb) return clause;
      const r = rel(p);
      if (CLAUSAL.has(r) || (r === 'conj' && VERB_UPOS.has(UPOS[doc.upos[p]]))) clause = p;
      p = headOf(p);
    }
    return -1;
  };

  /**
   * A statement's target is only an actor of the reported clause: the clause's subject
   * ("Mottaki said Tehran was ready") or an actor of an event the clause's predicate coded.
   * A target deeper in a clause about the speaker's own attitude ("said he was pessimistic
   * about talks with Pakistan") is what the statement is about, and is kept.
   */
  const reportedActor = (ev: CodedEvent, t: ActorMention): boolean => {
    // The noun phrase `t` heads (through "most of the victims", "Levin and other critics").
    let p = t.head;
    for (let n = 0; n < MAX_CLIMB; n++) {
      const r = rel(p);
      const h = headOf(p);
      if (h < 0 || !(IN_PHRASE.has(r) || r === 'conj' || r === 'nmod' || r === 'appos')) break;
      if (VERB_UPOS.has(UPOS[doc.upos[h]])) break;
      p = h;
    }
    // "say" takes no person as its object: "said the lawmakers would be charged" is a
    // complement clause whose verb the parser hung elsewhere.
    if (headOf(p) === ev.verb && rel(p) === 'obj' && SAY_VERBS.has(lemma(ev.verb))) return true;
    const c = clauseOf(t.head, ev.verb);
    if (c < 0) return false;
    // Another predicate of the speaker ("said he would not allow it and dared Odinga"):
    // its object is not the statement's addressee.
    if (rel(c) === 'conj') return true;
    const r = rel(p);
    if ((r === 'nsubj' || r === 'nsubj:pass') && headOf(p) === c) return true;
    // The agent of a reported passive is its logical subject ("said the convoy had been
    // attacked by militants"): the report is about it.
    if (headOf(p) === c && (r === 'obl:agent' || (r === 'obl' && kids(p).some((k) => rel(k) === 'case' && lower(k) === 'by')))) return true;
    // Any other actor of a reported clause about someone else ("Mottaki said the agreement
    // would turn Iraq into a base"): the statement is a report, not addressed to it. A clause
    // about the speaker's own side ("said Japan would monitor Chinese ships") is its position.
    if (rel(c) === 'ccomp' && !aboutSpeaker(ev, c)) return true;
    // The reported clause's own predicate (or a verb it controls: "was ready to hold talks")
    // coded an event with this actor.
    const ownPredicate = (v: number): boolean => {
      for (let n = 0; n < MAX_CLIMB && v >= 0; n++) {
        if (v === c) return true;
        if (rel(v) !== 'xcomp' && rel(v) !== 'conj') return false;
        v = headOf(v);
      }
      return false;
    };
    return others(ev).some((o) => ownPredicate(o.verb) && sameMention(o, t));
  };
  /** Whether the reported clause `c` is about the speaker itself: its subject is a pronoun or the speaker's code. */
  const aboutSpeaker = (ev: CodedEvent, c: number): boolean => {
    const subj = kids(c).find((k) => rel(k) === 'nsubj' || rel(k) === 'nsubj:pass');
    // No subject to judge by: keep the statement (the rule only drops what it can tell).
    if (subj === undefined || !facts.actorAt) return true;
    if (PERSONAL_PRONOUNS.has(lower(subj))) return true;
    // "its decision", "his government": the speaker's own.
    if (kids(subj).some((k) => rel(k) === 'nmod:poss' && POSSESSIVE_PRONOUNS.has(lower(k)))) return true;
    // The subject's actor, through its modifiers ("the Japanese government", "Japan").
    let code: string | null = null;
    const stack = [subj];
    for (let n = 0; stack.length > 0 && code === null && n < MAX_CLIMB; n++) {
      const k = stack.pop()!;
      code = facts.actorAt(k);
      for (const x of kids(k)) if (IN_PHRASE.has(rel(x)) || rel(x) === 'nmod') stack.push(x);
    }
    if (code === null) return false;
    const side = (x: string): string => x.slice(0, 3);
    return code === ev.source.code || (side(code) !== '---' && side(code) === side(ev.source.code));
  };
  const sameMention = (o: CodedEvent, t: ActorMention): boolean =>
    (o.source.start === t.start && o.source.end === t.end) || (o.target !== null && o.target.start === t.start && o.target.end === t.end);

  const isPatientSource = (ev: CodedEvent): boolean => {
    const h = ev.source.head;
    // Only a real passive: the tagger sometimes reads a past tense as VBN with an
    // nsubj:pass ("Egypt hosted ..."); a passive has its auxiliary.
    // A rejection is the patient's own act ("would not be pressured by Washington": 120 by the patient).
    if (rel(h) === 'nsubj:pass' && headOf(h) === ev.verb && kids(ev.verb).some((k) => rel(k) === 'aux:pass')) return !ev.cameo.startsWith('12');
    const root = ev.cameo.slice(0, 2);
    return (root === '18' || root === '19' || root === '20') && (VICTIMS.has(lemma(h)) || VICTIMS.has(lower(h)));
  };

  /**
   * A singular possessive pronoun that cannot stand for a plural mention: "his"/"her" after "Iraqi
   * soldiers". ("Their" is left alone: a group or a state named in the singular may take it.)
   */
  const numberClash = (possessor: number, m: ActorMention): boolean => {
    const w = lower(possessor);
    const tag = XPOS[doc.xpos[m.head]];
    return (w === 'his' || w === 'her') && (tag === 'NNS' || tag === 'NNPS');
  };
  const isOwnPossessed = (ev: CodedEvent): boolean => {
    const t = ev.target;
    if (!t) return false;
    const possessor = kids(t.head).find((k) => rel(k) === 'nmod:poss' && POSSESSIVE_PRONOUNS.has(lower(k)));
    if (possessor === undefined) return false;
    // "demanded their release": the noun stands for whoever holds them (coreference), not for what they own.
    if (/^article:the (release|freeing) /.test(t.rule)) return false;
    const bound = rel(t.head) === 'obj' && headOf(t.head) === ev.verb && rel(ev.source.head) === 'nsubj' && headOf(ev.source.head) === ev.verb;
    const tc = t.code.slice(0, 3);
    // A bound possessive overrides a country coreference gave the possessed noun; a country
    // the mention names itself ("its embassy in Iran") stands.
    // "his men" after a plural subject ("Iraqi soldiers had arrested four of his men"), "their" after a
    // singular name: the pronoun cannot stand for the source, so a shared country says nothing.
    if (numberClash(possessor, ev.source)) return tc === '---';
    return tc === '---' || tc === ev.source.code.slice(0, 3) || (bound && t.resolvedFrom !== undefined);
  };

  /**
   * Whether verb `v` sits in a clause embedded under verb `g` ("accused the police of
   * murdering": murdering -acl-> police -obj-> accused), not merely coordinated with it.
   */
  const embeddedUnder = (v: number, g: number): boolean => {
    let p = v;
    let clausal = false;
    // A trailing participle the parser hung on a word of the clause goes on with its clause's verb (the coder
    // reattaches it there): a second act of the alleging verb's subject when that verb is its host.
    const host = ownActParticiple(lemma(v)) ? trailingParticipleHost(view, v, SPEAKING_PARTICIPLES.has(lemma(v)), (k) => doc.form[k] === ',') : -1;
    if (host >= 0) {
      if (host === g) return false;
      p = host;
      clausal = true;
    }
    for (let n = 0; n < MAX_CLIMB && p >= 0; n++) {
      // A statement in between reports the act on its own account ("blamed the Americans,
      // saying U.S. commanders had armed the police").
      if (p !== v && REPORTING.has(lemma(p))) return false;
      const r = rel(p);
      const h = headOf(p);
      // A clause of reason or time is the speaker's own account, not the content ("blamed
      // the Americans because U.S. commanders had armed the police").
      // "balked when/WRB the envoy pressed him": the parser may hang "when" as an adverb.
      // A conjunct with a subordinator of its own is such a clause the parser coordinated ("rejected what
      // one adviser called dictation ..., even after/mark the cleric's ministers walked/conj out").
      if ((r === 'advcl' || r === 'conj') && kids(p).some((k) => (rel(k) === 'mark' || (rel(k) === 'advmod' && XPOS[doc.xpos[k]] === 'WRB')) && CIRCUMSTANCE.has(lower(k)))) return false;
      // A clause before the verb it hangs on, with its own subject, is no content of it: an
      // allegation's content follows it ("troops had detained 47 insurgents ..., among them a
      // man accused/advcl-head of ...": the detention is asserted; the parser hung it on "accused").
      if (r === 'advcl' && h >= 0 && p < h && h === g && kids(p).some((k) => rel(k) === 'nsubj' || rel(k) === 'nsubj:pass') && !kids(p).some((k) => rel(k) === 'mark')) return false;
      // A trailing active participle is a second act of the same subject ("denied the report, accusing the
      // U.S. military of spreading lies"), not the denial's content.
      if (r === 'advcl' && h >= 0 && p > h && XPOS[doc.xpos[p]] === 'VBG' && VERBAL_PARTICIPLES.has(lemma(p)) && !kids(p).some((k) => rel(k) === 'mark') && kids(p).some((k) => rel(k) === 'obj')) return false;
      // "condemned what he called Turkish interference and called/conj on Ankara to ...": a conjunct the parser hung on
      // the verb of a free relative ("what he called X") goes on with the clause's own predicate, not inside the quoted
      // label (set 24).
      if (r === 'conj' && h >= 0 && rel(h) === 'acl:relcl' && headOf(h) >= 0 && lower(headOf(h)) === 'what' && kids(p).some((k) => rel(k) === 'cc')) return false;
      // The link into `g` itself must embed, not coordinate ("pressed X ..., and its envoy
      // is expected to arrive" is a second assertion).
      // A clause inside the alleging verb's subject describes the accuser ("Rice, who has
      // urged Russia to back sanctions, accused Iran ..."): asserted, not the allegation.
      if (h === g) return r !== 'conj' && r !== 'parataxis' && !r.startsWith('nsubj') && (clausal || CLAUSAL.has(r) || r === 'obl' || r === 'nmod');
      if (CLAUSAL.has(r) || r === 'obl' || r === 'nmod') clausal = true;
      p = h;
    }
    return false;
  };
  /**
   * "said the Kurds would never give up Kirkuk and accused/VBD the government ...", "denied
   * that Tehran armed any group and blamed ...": the speaker's own act (the coder reattaches
   * it to the reporting verb with the same predicate): nothing in that clause embeds it.
   */
  const view: TreeView = { head: headOf, rel, xpos: (k) => XPOS[doc.xpos[k]] ?? '_', lemma, kids };
  const speakersConjunct = (v: number): boolean => sharedSpeakersConjunct(view, v) >= 0;
  /**
   * The act is a condition ("would defend the region if Turkish troops crossed the border and
   * attacked/conj villages"): its verb, or the first of the verbs it is joined to without a
   * subject or subordinator of its own, heads an if-clause.
   */
  const conditionVerb = (v: number): boolean => {
    let c = v;
    for (let n = 0; n < 4 && rel(c) === 'conj' && !kids(c).some((k) => rel(k).startsWith('nsubj') || rel(k) === 'mark') && headOf(c) >= 0; n++) c = headOf(c);
    // "would not return until the government released them": the release has not happened either.
    return rel(c).startsWith('advcl') && (isConditionClause(doc, c) || kids(c).some((k) => rel(k) === 'mark' && /^(?:until|till)$/.test(lower(k))));
  };
  const ALLEGING = /^(?:11[0124]|016|12|13)/;
  const isAlleged = (ev: CodedEvent): boolean => {
    if (speakersConjunct(ev.verb)) return false;
    // "criticised X for what he called Y, and urged Z to ...": a finite verb with no subject
    // right after ", and" goes on with the clause's own acts, however the parser hung it.
    const v = ev.verb;
    if (v >= 2 && doc.form[v - 2] === ',' && UPOS[doc.upos[v - 1]] === 'CCONJ' && (XPOS[doc.xpos[v]] === 'VBD' || XPOS[doc.xpos[v]] === 'VBN') && !kids(v).some((k) => rel(k).startsWith('nsubj') || rel(k) === 'mark')) return false;
    if (others(ev).some((a) => a.verb !== ev.verb && ALLEGING.test(a.cameo) && embeddedUnder(ev.verb, a.verb))) return true;
    // An accusation, denial, rejection or threat coded on a word of its complement (the
    // pattern "ACCUSE * OF ARMING" codes on "arming") is the alleging act itself.
    if (ALLEGING.test(ev.cameo)) return false;
    // The accusation may have gone uncoded (its subject unknown: "He accused the army of
    // bombing ..."): the verb itself still makes the act an allegation.
    for (let g = headOf(ev.verb), n = 0; g >= 0 && n < MAX_CLIMB; g = headOf(g), n++) {
      if (ALLEGING_VERBS.has(lemma(g)) && embeddedUnder(ev.verb, g)) return true;
    }
    // A fronted content with the accusation or warning after it ("His militia would attack
    // American troops, the statement warned"): the parser hangs that verb as parataxis
    // (or as a conjunct without "and"), and that verb has no object of its own.
    // That verb names its own speaker ("the statement warned"); one without a subject
    // continues the act's subject ("Talabani, who met X, also appealed to Washington").
    const trailing = (k: number): boolean =>
      k > ev.verb &&
      (rel(k) === 'parataxis' || (rel(k) === 'conj' && !kids(k).some((c) => rel(c) === 'cc'))) &&
      // "..., after the government demanded that ...": a subordinate clause of time or reason is no speaker's frame.
      !kids(k).some((c) => rel(c) === 'mark' && CIRCUMSTANCE.has(lower(c))) &&
      ALLEGING_VERBS.has(lemma(k)) &&
      kids(k).some((c) => rel(c) === 'nsubj') &&
      // ", an idea Turkish officials have rejected", ", a move the Kurds called a provocation":
      // an indefinite noun as the "subject" is an appended reaction to the act (a relative
      // clause without its pronoun), not the act's speaker ("the statement warned").
      !kids(k).some((c) => rel(c) === 'nsubj' && kids(c).some((d) => rel(d) === 'det' && /^(a|an)$/.test(lower(d)))) &&
      !kids(k).some((c) => rel(c) === 'obj' || rel(c) === 'ccomp');
    return kids(ev.verb).some(trailing);
  };

  /**
   * The target is an argument of another predicate below the event's verb (a later
   * conjoined verb, an adverbial or complement clause: "welcomed the talks and called on
   * Khartoum and Juba", "rejected the criticism, saying that Kenya's police acted lawfully",
   * "would not discuss fees until the South cut ties with the rebels"), while the event's
   * verb has an object of its own: that object, not the other predicate's argument, is what
   * the verb acted on.
   */
  const isOtherPredicateTarget = (ev: CodedEvent): boolean => {
    const t = ev.target;
    if (!t) return false;
    const ownObj = kids(ev.verb).some((k) => rel(k) === 'obj' && (k < t.start || k >= t.end) && !REFLEXIVE.has(lower(k)));
    if (!ownObj) return false;
    // The predicate the target's noun phrase belongs to.
    let p = t.head;
    for (let n = 0; n < MAX_CLIMB && headOf(p) >= 0; n++) {
      const r = rel(p);
      const h = headOf(p);
      const nominalConj = r === 'conj' && !VERB_UPOS.has(UPOS[doc.upos[p]]);
      if (!(IN_PHRASE.has(r) || nominalConj || r === 'nmod' || r === 'appos')) break;
      p = h;
    }
    let w = headOf(p);
    if (w < 0 || w === ev.verb) return false;
    // A subject counts only in a reported clause ("said that the police ..."): a subject hung
    // on an adverbial or conjoined verb is as often a parser error ("a memorial to the Polish
    // officers massacred at Katyn" parsed as a clause).
    const subject = rel(p).startsWith('nsubj');
    if (!subject && !['obj', 'obl', 'iobj'].includes(rel(p))) return false;
    // A request's addressee is the subject of the requested clause ("renewed their demand that Y release ...").
    if (subject && /^(02|10)/.test(ev.cameo)) return false;
    let reported = false;
    // Climb from that predicate to the event's verb over clause links only (not xcomp:
    // "urged X to break with Y" is one event frame).
    for (let n = 0; n < MAX_CLIMB && w >= 0; n++) {
      const h = headOf(w);
      const r = rel(w);
      // Material acts take their target from a purpose or result clause ("sent troops to
      // confront militants", "blew themselves up, killing 39 people").
      const advcl = r === 'advcl' && !MATERIAL.test(ev.cameo);
      const link = (r === 'conj' && w > ev.verb) || advcl || r === 'ccomp' || r === 'parataxis';
      if (!link) return false;
      if (r === 'ccomp') reported = true;
      if (h === ev.verb) return !subject || reported;
      w = h;
    }
    return false;
  };

  /**
   * A verb of attitude, also where the tagger read its participle as an adjective ("has long worried
   * Washington", "feared"): the lemma is then the participle itself.
   */
  const isStanceWord = (v: number): boolean => {
    if (STANCE_VERBS.has(lemma(v))) return true;
    const w = lower(v);
    // Not a copula's adjective: "said he was deeply worried that ..." states a concern (012), experts code it.
    // (The parser may take the "has" of "has long worried" for a copula.)
    return UPOS[doc.upos[v]] === 'ADJ' && !kids(v).some((k) => rel(k) === 'cop' && lemma(k) === 'be') && [w.replace(/ied$/, 'y'), w.replace(/ed$/, ''), w.replace(/d$/, '')].some((b) => b !== w && STANCE_VERBS.has(b));
  };

  /**
   * A relative clause in the simple present describes its noun, it reports no event
   * ("Shiite militants who attack American troops", "a group which opposes the talks").
   */
  const isGenericRelative = (ev: CodedEvent): boolean => {
    const v = ev.verb;
    const r = rel(v);
    if (r !== 'acl:relcl' && r !== 'acl') return false;
    const x = XPOS[doc.xpos[v]];
    const ks = kids(v);
    // A restrictive relative (no comma before its pronoun) defines its noun, in any tense
    // ("the Sunni tribal fighters who turned against al Qaeda", "the suicide bombers who
    // struck markets"): background, where ", who met X on Monday," reports an event.
    const pron = ks.find((k) => rel(k).startsWith('nsubj') && /^(who|which|that)$/.test(lower(k)));
    // A relative on an attack or blast noun is that attack ("a raid that killed four people");
    // violence in the simple past may be the news itself ("arrested the militants who attacked
    // the convoy").
    const noun = headOf(v);
    const news = /^(18|19|20)/.test(ev.cameo) && x === 'VBD' && !ks.some((k) => rel(k) === 'aux');
    if (r === 'acl:relcl' && pron !== undefined && pron > 0 && !/^[,(\u2014;:-]+$/.test(doc.form[pron - 1]) && !news && !(noun >= 0 && INCIDENTS.has(lemma(noun)))) return true;
    if (x !== 'VBZ' && x !== 'VBP') return false;
    if (ks.some((k) => rel(k) === 'aux' || rel(k) === 'aux:pass')) return false;
    // Its subject is the relative pronoun (or the noun it modifies).
    return ks.some((k) => rel(k).startsWith('nsubj') && /^(who|which|that)$/.test(lower(k))) || (r === 'acl:relcl' && !ks.some((k) => rel(k).startsWith('nsubj')));
  };

  /**
   * The target is the source's own country as such: its name or a generic noun of a state
   * ("vetoed the country's law", "pledged that Jordan would").
   * Cities and the people ("Iraqis") are not the state itself.
   */
  const isOwnCountryTarget = (ev: CodedEvent): boolean => {
    const t = ev.target;
    // Appeals for it, diplomatic cooperation with it (an apology to the nation, support for it) and
    // inquiries in it may have the nation as their object ("asked the UN to admit Palestine",
    // "apologised to the country's Aborigines"), and coercion may be imposed on it.
    if (!t || /^(?:02|05|09|17)/.test(ev.cameo)) return false;
    const cc = ev.source.code.slice(0, 3);
    // The central government itself (not a region's, a party's or a sect's) and its capital: "offered
    // Washington's help" by a U.S. official, which a convention may already have read as USAGOV.
    const central = ev.source.code === `${cc}GOV` || ev.source.code === `${cc}MIL`;
    const seat = central && t.code === `${cc}GOV` && !t.resolvedFrom;
    if (!(BARE_CODE.test(t.code) && t.code === cc) && !seat) return false;
    // Only the state's own agents act for it: rebels or an opposition against their own
    // country ("the rebels would attack Kenyan bases") are a dyad.
    if (!STATE_AGENT.test(ev.source.code.slice(3))) return false;
    const head = t.head;
    if (STATE_NOUNS.has(lemma(head))) return true;
    // A pronoun stands for its antecedent's words; the mention's own words otherwise.
    const [a, b] = t.resolvedFrom && PERSONAL_PRONOUNS.has(lower(head)) ? [t.resolvedFrom.start, t.resolvedFrom.end] : [t.start, t.end];
    const text = spanText(a, b).replace(/^the /i, '');
    // Its name. (A lone adjective is kept: "denied the Turkmen [charge]" answers the Turkmen.)
    if (countryNamed(text) === cc) return !seat || central;
    // Its capital, for the central state only ("Kurdish leaders would travel to Baghdad" is a dyad), and
    // in words only: troops shelling the capital's suburbs attack someone there.
    return central && !/^(?:1[4-9]|20)/.test(ev.cameo) && (facts.isCapital?.(text, cc) ?? false);
  };
  /** Force nouns: a bare one ("the five additional combat brigades") is the source's own force. */
  const ownForce = (m: ActorMention): boolean => {
    // A possessed force is `own-possessed-target`'s ("withdrew its troops").
    if (m.resolvedFrom || !FORCE_NOUNS.has(lemma(m.head)) || kids(m.head).some((k) => rel(k) === 'nmod:poss')) return false;
    // A name or a nationality before the noun says whose force it is ("Kurdish troops"); a
    // place after it ("brigades from Kandahar") says only where the force is.
    for (let i = m.start; i < m.head; i++) if (/^[A-Z]/.test(doc.form[i])) return false;
    return true;
  };
  /** A show of force, or a withdrawal of the source's own forces, coded as a dyad. */
  const isForcePosture = (ev: CodedEvent): boolean => {
    if (!ev.target) return false;
    // The force sent as the "target" of its own deployment ("offered to send Kurdish troops").
    // The source's own force, not the other side's ("mobilised its army after South Sudanese forces ...").
    if (/^15/.test(ev.cameo)) return FORCE_NOUNS.has(lemma(ev.target.head)) && (ev.target.code.slice(0, 3) === ev.source.code.slice(0, 3) || ownForce(ev.target));
    return /^(?:0874|035)/.test(ev.cameo) && ownForce(ev.target);
  };
  /** The press as the source of anything but a verbal act (01-02 statements and appeals, 11-12 criticism and rejection). */
  const isMediaSource = (ev: CodedEvent): boolean => ev.target !== null && isMedia(ev.source) && !/^(?:0[12]|1[12])/.test(ev.cameo);
  /** The event's verb is what others expect of the source ("is expected to visit", "is likely to send"). */
  const isExpectedAct = (ev: CodedEvent): boolean => {
    let v = ev.verb;
    // Up a chain of infinitives ("is expected to begin to withdraw").
    for (let n = 0; n < 4 && rel(v) === 'xcomp'; n++) {
      const h = headOf(v);
      if (h < 0) return false;
      if (EXPECTING.has(lemma(h)) && (lemma(h) !== 'expect' || kids(h).some((k) => rel(k) === 'aux:pass' || rel(k) === 'cop'))) return true;
      v = h;
    }
    return false;
  };

  /**
   * The source is only a nationality or sect on a place that did the act ("the Shiite shrine in
   * Samarra pushed the country", "clashes near Shiite Islam's holiest shrines killed 52 people"):
   * no actor is named. Conjoined modifiers ("U.S. and Iraqi troops") and names on a noun of a
   * role or unit ("the United Nations human rights office", "Mahdi Army cells") are actors.
   */
  const isModifierSource = (ev: CodedEvent): boolean => {
    const m = ev.source;
    if (m.resolvedFrom || m.end - m.start !== 1 || rel(m.head) !== 'amod' || XPOS[doc.xpos[m.head]] !== 'JJ') return false;
    const h = headOf(m.head);
    if (h < 0 || kids(m.head).some((k) => rel(k) === 'conj') || rel(h) === 'conj') return false;
    // The modified noun is a place or a building, no agent ("the American general met ..." is the general).
    return SCENE_NOUNS.has(lemma(h)) && (facts.actorAt === undefined || facts.actorAt(h) === null);
  };

  /**
   * The target of a verbal act or concession is a city of the source's own country standing as
   * the scene, in an adjunct ("pull his gunmen out of Najaf", "a security plan for Baghdad"): the
   * city is where the domestic actor acted. A city as an argument stays ("insisted that Kirkuk be
   * returned", "refused to meet it").
   */
  const isHomeScene = (ev: CodedEvent): boolean => {
    const t = ev.target;
    // Verbal acts and concessions only: a protest in a city is against its government
    // (`place-adjunct`), and violence, coercion or an inquiry there may be aimed at it.
    if (!t || !BARE_CODE.test(t.code) || t.code !== ev.source.code.slice(0, 3) || !/^0[1-58]/.test(ev.cameo) || t.resolvedFrom) return false;
    // A city, not the country itself nor its people ("Iraqis").
    const text = spanText(t.start, t.end);
    if (countryNamed(text.replace(/^the /i, '')) !== null || STATE_NOUNS.has(lemma(t.head)) || XPOS[doc.xpos[t.head]] !== 'NNP') return false;
    const p = phraseHead(t);
    const r = rel(p);
    if (r === 'compound') return true;
    if (!(r === 'obl' || r.startsWith('obl:') || r === 'nmod' || r.startsWith('nmod:')) || r === 'nmod:poss' || r === 'obl:agent') return false;
    // "the city of Kirkuk", "the status of Kirkuk": the city is what the noun is about.
    return kids(p).some((k) => rel(k) === 'case' && lower(k) !== 'of');
  };

  /**
   * The target only modifies a noun of a part of town ("a Sadr City house", "the sprawling Shiite
   * slum"), or is a city's name on any thing ("raided the Baghdad office"): a scene, no actor.
   */
  const isSceneModifierTarget = (ev: CodedEvent): boolean => {
    const t = ev.target;
    if (!t) return false;
    // The mention's outermost word, and the noun it modifies.
    let h = t.head;
    for (let n = 0; n < MAX_CLIMB && headOf(h) >= t.start && headOf(h) < t.end; n++) h = headOf(h);
    const r = rel(h);
    const g = headOf(h);
    // A legislature where a noun's sitting is held ("a vote in parliament", "seats in the 275-member assembly",
    // "the sit-in outside parliament"): the place of the vote or seats, not whom the act is aimed at.
    if (r === 'nmod' && g >= 0 && t.code.slice(3, 6) === 'LEG' && UPOS[doc.upos[g]] === 'NOUN' && SITTING_NOUNS.has(lemma(g))) {
      return kids(h).some((k) => rel(k) === 'case' && SITTING_CASES.has(lower(k)));
    }
    // Right before its noun: "Tel Aviv and U.S. shipping" hung on "shipping" is a coordination the parser missed.
    if ((r !== 'amod' && r !== 'compound') || g !== t.end || UPOS[doc.upos[g]] !== 'NOUN') return false;
    if (facts.actorAt && facts.actorAt(g) !== null) return false;
    if (TOWN_PART_NOUNS.has(lemma(g))) return true;
    if (!BARE_CODE.test(t.code) || r !== 'compound' || XPOS[doc.xpos[t.head]] !== 'NNP') return false;
    // A country's name or nationality on a noun is its state's ("U.S. bases", "Turkish flags"); a city's is a place.
    const name = spanText(t.start, t.end).replace(/^the /i, '');
    return countryNamed(name) === null && (facts.isCity?.(name, t.code) ?? false);
  };
  /**
   * A casualty of a fight between the subjects ("exchanged fire ..., leaving one civilian dead",
   * "clashed in Amara, killing 20 people"): the target stands in the result clause of a reciprocal
   * violent verb; the sides fought each other, not the dead.
   */
  const isClashCasualty = (ev: CodedEvent): boolean => {
    const t = ev.target;
    if (!t || !/^(?:18|19|20)/.test(ev.cameo) || !RECIPROCAL_VIOLENCE.has(lemma(ev.verb))) return false;
    // What they fought over ("clashed over control of city councils") is the stake, not a side.
    for (let p = t.head, n = 0; p >= 0 && p !== ev.verb && n < MAX_CLIMB; p = headOf(p), n++) {
      if (kids(p).some((k) => rel(k) === 'case' && lower(k) === 'over')) return true;
    }
    const c = clauseOf(t.head, ev.verb);
    return c >= 0 && rel(c) === 'advcl' && XPOS[doc.xpos[c]] === 'VBG' && !kids(c).some((k) => rel(k) === 'mark');
  };
  /**
   * "Fighters entering Iraq", "the ayatollah enters Iraq": entering a country is an occupation (192) only
   * for a state's armed force; anyone else crosses into it.
   */
  const isUnarmedEntry = (ev: CodedEvent): boolean =>
    ev.cameo === '192' && lemma(ev.verb) === 'enter' && ev.target !== null && BARE_CODE.test(ev.target.code) && !/^(?:...)?(?:MIL|COP)/.test(ev.source.code.slice(3));
  /**
   * The target is what a decline to comment is about, named as such ("declined to comment on the raid",
   * "on Shahristani's deadline"): the topic, not an addressee. (An actor deeper in the topic, "on reports
   * that its diplomats met North Korean officials", is left to the coder's convention.)
   */
  const isCommentTopic = (t: ActorMention): boolean => {
    let p = t.head;
    if (rel(p) === 'nmod:poss' && headOf(p) >= 0) p = headOf(p);
    const g = headOf(p);
    return (rel(p) === 'obl' || rel(p) === 'nmod') && g >= 0 && lemma(g) === 'comment' && kids(p).some((k) => rel(k) === 'case' && /^(on|about)$/.test(lower(k)));
  };
  /** The target stands in a question left open below the verb ("declined to say whether he had met Sadr"). */
  const openQuestion = (t: ActorMention, verb: number): boolean => {
    if (clauseOf(t.head, verb) < 0) return false;
    for (let p = t.head, n = 0; p >= 0 && p !== verb && n < MAX_CLIMB; p = headOf(p), n++) {
      if (kids(p).some((k) => rel(k) === 'mark' && /^(?:whether|if)$/.test(lower(k)))) return true;
    }
    return false;
  };
  /** The target is a country's name with "a"/"an": a vision, not the state ("supported a unified, federal Iraq"). */
  const isVisionCountry = (ev: CodedEvent): boolean => {
    const t = ev.target;
    if (!t || t.resolvedFrom || !/^[A-Z]{3}(?:GOV)?$/.test(t.code)) return false;
    if (!kids(t.head).some((k) => rel(k) === 'det' && /^an?$/.test(lower(k)))) return false;
    return countryNamed(spanText(t.start, t.end)) === t.code.slice(0, 3);
  };
  /** `foreign-home`: mention `m` is called foreign ("foreign companies") but carries the home country's code. */
  const isForeignHome = (m: ActorMention | null): boolean => {
    const home = facts.home;
    if (!m || !home || m.resolvedFrom || m.code.slice(0, 3) !== home) return false;
    return calledForeign(doc, m);
  };
  /** `act-label-target`: the target is a lowercase modifier of an incident noun ("the terrorist attack", "a drone attack"). */
  const isActLabel = (t: ActorMention | null): boolean => {
    if (!t) return false;
    for (let k = t.start; k < t.end; k++) if (doc.form[k] !== doc.form[k].toLowerCase()) return false;
    const r = rel(t.head);
    if (r !== 'amod' && r !== 'compound') return false;
    const g = headOf(t.head);
    return g >= 0 && (INCIDENTS.has(lemma(g)) || ACT_NOUNS.has(lemma(g)));
  };
  /** The act is the content of a fear, doubt or suspicion ("leaders fear it would allow Washington to keep bases"). */
  const isFearedAct = (ev: CodedEvent): boolean => {
    if (speakersConjunct(ev.verb)) return false;
    for (let g = headOf(ev.verb), n = 0; g >= 0 && n < MAX_CLIMB; g = headOf(g), n++) {
      if (FEARING_VERBS.has(lemma(g)) && embeddedUnder(ev.verb, g)) return true;
    }
    return false;
  };

  /**
   * The act is the complement of a verb that says it did not happen ("failed to curb the killings",
   * "who has avoided endorsing either candidate", "refused to fight the militias"). A refusal the
   * dictionaries code as such (12x) is the event and stays.
   */
  const isUnrealised = (ev: CodedEvent): boolean => {
    if (/^12/.test(ev.cameo) || ev.rule.includes('(as refusal)')) return false;
    // A trailing participle after a comma is the subject's next act, not what was refused or failed ("refused
    // to concede, filing a complaint against his rival").
    const v = ev.verb;
    if (rel(v) === 'advcl' && XPOS[doc.xpos[v]] === 'VBG' && v > 0 && doc.form[v - 1] === ',' && !kids(v).some((k) => rel(k) === 'mark')) return false;
    // "has yet to open an embassy".
    if (isYetTo(doc, v)) return true;
    for (let g = ev.verb, n = 0; n < 4 && (rel(g) === 'xcomp' || rel(g) === 'advcl'); n++) {
      g = headOf(g);
      if (g < 0) return false;
      if (UNREALISING.has(lemma(g))) return !kids(g).some((k) => rel(k) === 'advmod' && NEGATORS.has(lower(k)));
    }
    return false;
  };
  /**
   * A denial's target stands in what is denied, and the denied clause is about the denier's own side
   * ("denied that Tehran was arming the Mahdi Army", "denied that they arm the militias", "denies
   * shelling civilians"): the actor is part of the charge, not the one the denial answers.
   */
  const isDeniedContentTarget = (ev: CodedEvent): boolean => {
    const t = ev.target;
    if (!t || !ev.cameo.startsWith('016')) return false;
    const c = clauseOf(t.head, ev.verb);
    // What is denied (a complement clause or gerund), not a clause of the speaker's own ("..., accusing the
    // U.S. military"); and the target as the object of a denied act: an actor in an adjunct may be the
    // side the charge came from or the victim an expert aims the denial at ("had taken orders from the
    // U.S. embassy", "had fired on civilians").
    if (c < 0 || rel(npHead(t)) !== 'obj' || headOf(npHead(t)) !== c) return false;
    // The parser hangs "that ..." and a bare gerund as advcl too; a gerund after a comma is the speaker's next act.
    const content = rel(c) === 'ccomp' || rel(c) === 'xcomp' || (rel(c) === 'advcl' && (kids(c).some((k) => rel(k) === 'mark' && lower(k) === 'that') || doc.form[c - 1] !== ','));
    if (!content) return false;
    // A denied meeting or message has a counterpart the denial is about ("denied that Maliki had met the
    // Americans", "had told Washington"): experts aim it there. Only material acts keep their objects out.
    if (INTERACTING.has(lemma(c)) || others(ev).some((o) => o.verb === c && /^0[1-5]/.test(o.cameo))) return false;
    const subj = kids(c).find((k) => rel(k) === 'nsubj' || rel(k) === 'nsubj:pass');
    // A gerund without a subject of its own is the denier's own act ("denies shelling civilians").
    if (subj === undefined) return XPOS[doc.xpos[c]] === 'VBG';
    // A denied act of force or coercion with a subject of its own is aimed at its victim, as the experts code it
    // ("the Marines denied that they had targeted civilians", "denied that its aircraft had attacked civilians");
    // only a charge of lending support keeps its object out ("denied that they arm the militias").
    if (DENIED_HARM.has(lemma(c))) return false;
    // The clause's subject is the target itself ("denied that Tehran was behind it"): about the denier's
    // own side only when that side is the target's too.
    return (subj < t.start || subj >= t.end) && aboutSpeaker(ev, c);
  };
  /** "Clashed with Kurdish officials": a clash between actors none of whom is armed is a dispute, no fight. */
  const isPoliticalClash = (ev: CodedEvent): boolean =>
    ev.target !== null && /^(?:18|19|20)/.test(ev.cameo) && lemma(ev.verb) === 'clash' && [ev.source.code, ev.target.code].every((c) => POLITICAL_SECTOR.test(c.slice(3)) && !ARMED_SECTOR.test(c.slice(3)));
  /**
   * Source and target are conjuncts of one phrase that is not the verb's subject ("a call to open talks
   * with Syria and Iran"): the two are partners of someone else's act, not parties to each other's.
   */
  const isConjoinedPair = (ev: CodedEvent): boolean => {
    const t = ev.target;
    if (!t) return false;
    const a = npHead(ev.source);
    const b = npHead(t);
    if (!conjoined(a, b) || (rel(a) === 'nsubj' && rel(b) === 'nsubj')) return false;
    // The first conjunct carries the phrase's relation; inside a subject the conjuncts are the parties
    // ("Representatives of Mongolia and Japan held consultations").
    let p = rel(a) === 'conj' ? headOf(a) : a;
    for (let n = 0; n < MAX_CLIMB && p >= 0; n++) {
      const r = rel(p);
      if (/^nsubj/.test(r)) return false;
      if (!(IN_PHRASE.has(r) || r === 'nmod' || r.startsWith('nmod:') || r === 'appos' || r === 'conj')) break;
      p = headOf(p);
    }
    return true;
  };

  /** A verbal act or threat aimed at civilians of the source's own country, or of none ("promised residents"). */
  const isOwnPopulace = (ev: CodedEvent): boolean => {
    const t = ev.target;
    const m = t ? /^([A-Z]{3}|---)CVL/.exec(t.code) : null;
    // An apology to them is a concession they receive ("apologised to relatives of abducted citizens").
    // ... and an intent to give them material aid (033: "the government would arm citizens") is an act for them.
    if (!t || m === null || !/^(?:0[1-5]|13)/.test(ev.cameo) || ev.cameo.startsWith('055') || ev.cameo.startsWith('033')) return false;
    // A threat of violence against them is an act on them the sets code ("threatened to kill anyone who votes": 138 at
    // the country's civilians; sets 14, 18, 28; s16-verbs).
    if (ev.cameo.startsWith('138') && t.rule === ANYONE_RULE && !/CVL/.test(ev.source.code.slice(3))) return false;
    // "The international community" is no populace (a matcher's civilians for the world's states).
    if (lemma(t.head) === 'community' && kids(t.head).some((k) => lower(k) === 'international')) return false;
    return m[1] === '---' || ev.source.code.startsWith(m[1]);
  };
  /** "Defend" as a physical act: by an armed actor, of a place or oneself, or as a purpose ("an army to defend them"). */
  const isPhysicalDefence = (ev: CodedEvent): boolean => {
    const v = ev.verb;
    // The danger a protection is against ("deployed to protect the city from the militants"): not the protected.
    if (/^0[357]/.test(ev.cameo) && PROTECTING.has(lemma(v)) && ev.target) {
      const h = npHead(ev.target);
      const g = headOf(h);
      // Hung on the verb or on its object ("protect the town from ...").
      const onVerb = g === v || (g >= 0 && rel(g) === 'obj' && headOf(g) === v);
      if (onVerb && kids(h).some((k) => rel(k) === 'case' && /^(?:from|against)$/.test(lower(k)))) return true;
    }
    if (lemma(v) !== 'defend' || !/^0[35]/.test(ev.cameo)) return false;
    if (ARMED_SECTOR.test(ev.source.code.slice(3)) || /CVL/.test(ev.source.code.slice(3))) return true;
    // A place defended as such, not one whose policy or decision is ("defended Beijing's policy on Tibet",
    // "defended the decision to deploy missiles to Turkey").
    if (ev.target && BARE_CODE.test(ev.target.code)) {
      const h = npHead(ev.target);
      if (rel(h) === 'obj' && headOf(h) === v && h >= ev.target.start && h < ev.target.end) return true;
    }
    if (kids(v).some((k) => REFLEXIVE.has(lower(k)))) return true;
    return (rel(v) === 'xcomp' || rel(v) === 'advcl') && kids(v).some((k) => rel(k) === 'mark' && lower(k) === 'to');
  };
  /** The mention stands in "according to X" (the source of a report). */
  const isAttribution = (m: ActorMention): boolean => {
    const first = doc.sentStart[sentOf(m.start)];
    // The phrase's words before the mention, back over its modifiers and conjuncts ("according to police and hospital officials").
    for (let i = m.start - 1; i >= first + 1 && i >= m.start - 8; i--) {
      if (lower(i) === 'to' && lower(i - 1) === 'according') return true;
      if (/^[.;:]$/.test(doc.form[i]) || VERB_UPOS.has(UPOS[doc.upos[i]])) return false;
    }
    return false;
  };

  /**
   * The mention is the speaker of a trailing report of the event ("..., and detained 18 suspects, the Defense Ministry
   * said."), however the parser hung the report: a subject of a reporting verb after the event's verb, set off by a
   * comma and ending its clause.
   */
  const isTrailingSpeaker = (m: ActorMention, verb: number): boolean => {
    const say = m.end;
    const last = doc.sentEnd[sentOf(m.start)] - 1;
    if (m.start <= verb || say > last || !REPORTING.has(lemma(say)) || !VERB_UPOS.has(UPOS[doc.upos[say]])) return false;
    // The phrase's determiner and modifiers before the name ("the Defense Ministry").
    let first = m.start;
    while (first - 1 > verb && (rel(first - 1) === 'det' || rel(first - 1) === 'amod' || rel(first - 1) === 'compound') && headOf(first - 1) >= m.start && headOf(first - 1) < m.end) first--;
    return doc.form[first - 1] === ',' && (say === last || /^[.,;:!?"']$/.test(doc.form[say + 1]));
  };

  /** The verb is the complement of a noun of intention with "no" ("had no plans to attack", "no intention of closing"). */
  const isNoIntent = (v: number): boolean => {
    let c = v;
    for (let n = 0; n < 3; n++) {
      const h = headOf(c);
      const r = rel(c);
      if (h < 0 || !(r === 'acl' || r === 'xcomp' || r === 'nmod' || r === 'conj' || r === 'advcl')) return false;
      if (r !== 'conj' && r !== 'advcl' && INTENTION_NOUNS.has(lemma(h)) && kids(h).some((k) => rel(k) === 'det' && lower(k) === 'no')) return true;
      // The infinitive hung on the verb whose object the denied noun is ("had no plans for now to retaliate").
      const noPlan = (k: number): boolean => rel(k) === 'obj' && k < c && INTENTION_NOUNS.has(lemma(k)) && kids(k).some((d) => rel(d) === 'det' && lower(d) === 'no');
      if ((r === 'advcl' || r === 'xcomp') && kids(c).some((k) => rel(k) === 'mark' && lower(k) === 'to') && kids(h).some(noPlan)) return true;
      c = h;
    }
    return false;
  };
  /**
   * The event's verb is the "to" infinitive of a noun of asking, allowing or failing ("a call to open talks", "the
   * right to detain"), or of a noun "no" denies ("no order to detain"), directly or as a later conjunct.
   */
  const complementOfNoun = (v: number): boolean => {
    let h = headOf(v);
    const to = kids(v).find((k) => rel(k) === 'mark' && lower(k) === 'to');
    if (h < 0 || to === undefined) return false;
    // "received no order to arrest him" parsed with the infinitive on the verb: the noun right before "to" is its object.
    if ((rel(v) === 'advcl' || rel(v) === 'xcomp') && to > 0 && headOf(to - 1) === h && rel(to - 1) === 'obj') h = to - 1;
    else if (rel(v) !== 'acl') return false;
    const noun = lemma(h);
    if (COMPLEMENT_NOUNS.has(noun)) return true;
    return DENIABLE_NOUNS.has(noun) && kids(h).some((k) => rel(k) === 'det' && lower(k) === 'no');
  };
  const isNominalComplement = (ev: CodedEvent): boolean => {
    let v = ev.verb;
    // "a call to open talks and (to) end the boycott": the conjunct shares the noun.
    if (rel(v) === 'conj' && headOf(v) >= 0 && VERB_UPOS.has(UPOS[doc.upos[headOf(v)]])) v = headOf(v);
    if (!/^12/.test(ev.cameo) && complementOfNoun(v)) return true;
    // The target only an actor of such an act under the verb's object ("pushed back against the panel's call to open
    // talks with Syria", "asked to keep the right to detain Iraqis"): not whom the verb's act is aimed at.
    const t = ev.target;
    // (A rejection of "a demand to arrest X" is re-aimed at the demand's source after the filters: src/article/implicit.ts.)
    if (!t || /^12/.test(ev.cameo)) return false;
    for (let p = t.head, n = 0; p >= 0 && p !== ev.verb && n < MAX_CLIMB; p = headOf(p), n++) if (complementOfNoun(p)) return true;
    return false;
  };
  /** A criticism or rejection aimed at the victim of the act it is about ("condemns the killing of innocent Iraqis"). */
  const isVictimTarget = (ev: CodedEvent): boolean => {
    const t = ev.target;
    if (!t || !/^1[124]/.test(ev.cameo) || t.rule.endsWith(PROTESTED_HARM)) return false;
    let p = t.head;
    for (let n = 0; n < 4 && /^(?:amod|compound|flat|conj)$/.test(rel(p)) && headOf(p) >= 0; n++) p = headOf(p);
    const h = headOf(p);
    return h >= 0 && rel(p).startsWith('nmod') && HARM_NOUNS.has(lemma(h)) && kids(p).some((k) => rel(k) === 'case' && /^(?:of|on|against)$/.test(lower(k)));
  };

  /**
   * A literal pattern ("- * fire [0871]": "held their fire") whose word the sentence has only inside another clause
   * hung on the verb, with a subject of its own ("held the center of Kut, after Ukrainian troops pulled out under fire",
   * "suspended the licence, two days after guards opened fire"): the pattern did not match the verb's phrase.
   */
  const isOtherClausePattern = (ev: CodedEvent): boolean => {
    const m = /^\S+ - \* ([a-z][a-z ]*) \[/.exec(ev.rule);
    if (!m) return false;
    const words = m[1].trim().split(' ');
    const last = words[words.length - 1];
    const v = ev.verb;
    const end = doc.sentEnd[sentOf(v)];
    const hits: number[] = [];
    for (let k = v + 1; k < end; k++) if (lower(k) === last) hits.push(k);
    if (hits.length === 0) return false;
    // The clause under the verb a token lies in, when it has a subject of its own.
    const ownClause = (k: number): boolean => {
      for (let p = k, n = 0; p >= 0 && n < MAX_CLIMB && p !== v; p = headOf(p), n++) {
        const h = headOf(p);
        if (h < 0) return false;
        // A circumstance ("after guards opened fire", "while the army ..."), not the content of a demand or threat.
        // ("two days after guards opened fire": the parser may hang it on the noun of time.)
        const circumstance = /^(?:advcl|acl:relcl|acl)$/.test(rel(p)) && kids(p).some((x) => rel(x) === 'mark' && CIRCUMSTANCE.has(lower(x)));
        if (circumstance && VERB_UPOS.has(UPOS[doc.upos[p]]) && kids(p).some((x) => /^nsubj/.test(rel(x)))) return true;
      }
      return false;
    };
    return hits.every(ownClause);
  };

  /** A protest in a "to" purpose clause of a verb on which the same source has another event. */
  const isPurposeProtest = (ev: CodedEvent): boolean => {
    const v = ev.verb;
    const h = headOf(v);
    if (!ev.cameo.startsWith('14') || h < 0 || !/^(?:advcl|xcomp)$/.test(rel(v)) || !kids(v).some((k) => rel(k) === 'mark' && lower(k) === 'to')) return false;
    // A demand the protest convention recoded (src/events/conventions.ts) is the protest's own content; a protest
    // verb's purpose ("marched to protest") restates the protest its head codes.
    if (ev.rule.includes("a protest's demand is the protest")) return false;
    return others(ev).some((o) => o.verb === h && o.source.code === ev.source.code && !o.cameo.startsWith('14'));
  };

  const kept: CodedEvent[] = [];
  const dropped: Partial<Record<FilterReason, number>> = {};
  const droppedEvents: FilteredEvents['droppedEvents'] = [];
  const drop = (ev: CodedEvent, reason: FilterReason): void => {
    dropped[reason] = (dropped[reason] ?? 0) + 1;
    droppedEvents.push({ event: ev, reason });
  };
  // Specific (non-010) dyads per sentence, for `covered-statement`.
  const specific = new Set<string>();
  for (const ev of events) if (ev.target && ev.cameo !== '010') specific.add(`${ev.sentence}|${ev.source.code}|${ev.target.code}`);

  const npHead = (m: ActorMention): number => {
    let p = m.head;
    for (let n = 0; n < MAX_CLIMB && IN_PHRASE.has(rel(p)) && headOf(p) >= 0; n++) p = headOf(p);
    return p;
  };
  // Conjuncts, or two subjects of one verb (a coordination the parser split, which the
  // coder reads as one: "Xi Jinping and Indian Prime Minister Modi held talks").
  const conjoined = (a: number, b: number): boolean =>
    a !== b &&
    ((rel(b) === 'conj' && headOf(b) === a) ||
      (rel(a) === 'conj' && headOf(a) === b) ||
      (rel(a) === 'conj' && rel(b) === 'conj' && headOf(a) === headOf(b)) ||
      (rel(a) === 'nsubj' && rel(b) === 'nsubj' && headOf(a) === headOf(b)));
  /**
   * Joint subjects of a cooperative act whose target was the venue ("Sudan and South Sudan
   * resumed talks in Addis Ababa"): each conjunct is the other's partner (the PETRARCH
   * convention for "X and Y met"), so the events are re-aimed at the other conjuncts.
   */
  const partners = (ev: CodedEvent): ActorMention[] => {
    if (!JOINT_ACT.test(ev.cameo)) return [];
    const a = npHead(ev.source);
    const out: ActorMention[] = [];
    for (const o of others(ev)) {
      if (o.verb !== ev.verb || o.cameo !== ev.cameo) continue;
      if (o.source.code === ev.source.code || out.some((m) => m.start === o.source.start)) continue;
      // Two different mentions in one noun phrase: conjoined modifiers ("Russian and
      // Venezuelan warships").
      const b = npHead(o.source);
      if (a === b ? o.source.start !== ev.source.start : conjoined(a, b)) out.push(o.source);
    }
    return out;
  };
  /**
   * An actor in an adjunct that is not a partner's ("resumed talks under African Union
   * auspices", "during a visit by the Tunisian president"): for joint subjects, the other
   * subjects are the partners, not this actor.
   */
  const circumstantial = (t: ActorMention): boolean => {
    const p = phraseHead(t);
    const r = rel(p);
    if (!(r === 'obl' || r === 'nmod' || r.startsWith('obl:') || r.startsWith('nmod:')) || r === 'nmod:poss') return false;
    // `p` climbed from the actor to the adjunct's noun ("African Union" -> "auspices").
    const cases = kids(p).filter((k) => rel(k) === 'case').map(lower);
    return cases.length > 0 && cases.every((w) => !PARTNER_PREPS.has(w));
  };
  /**
   * A refusal to yield ("would not give up Kirkuk", "would not step down", "would not bow to
   * pressure from London") whose target is not the one yielded to ("surrender its arms to the
   * government"): what is kept is a thing or a guessed actor, not an addressee.
   */
  const isYieldRefusal = (ev: CodedEvent): boolean => {
    if (!/^12[34]/.test(ev.cameo) || !/(?:^|\/)08-yield\.yaml:/.test(ev.rule) || !ev.rule.includes('(as refusal)') || !ev.target) return false;
    const p = phraseHead(ev.target);
    if (kids(p).some((k) => rel(k) === 'case' && lower(k) === 'to')) return false;
    // The parser may hang "to" elsewhere ("to \"a government appointed by ...\""): read the words.
    const first = doc.sentStart[ev.sentence];
    let i = ev.target.start - 1;
    while (i > first && ['PUNCT', 'DET', 'ADJ'].includes(UPOS[doc.upos[i]])) i--;
    return !(i >= first && lower(i) === 'to');
  };
  /**
   * The source stands inside the verb's subject only through a preposition of place or origin outside its
   * own name ("blasts outside the ministry", "bombs on Madrid trains", "explosives smuggled from Iran").
   */
  const isEmbeddedPlaceSource = (ev: CodedEvent): boolean => {
    const subj = kids(ev.verb).find((k) => rel(k) === 'nsubj' || rel(k) === 'nsubj:pass');
    const p = phraseHead(ev.source);
    if (subj === undefined || p === subj) return false;
    let x = p;
    let prep: string | null = null;
    for (let n = 0; n < MAX_CLIMB && x >= 0 && x !== subj; n++) {
      const r = rel(x);
      const outside = x < ev.source.start || x >= ev.source.end;
      if (prep === null && (r === 'nmod' || r === 'obl' || r.startsWith('nmod:') || r.startsWith('obl:'))) {
        const c = kids(x).find((k) => rel(k) === 'case');
        // "from" is an origin only after a verb of moving ("smuggled from Iran"); "fighters from the
        // militia" are its members.
        const origin = c !== undefined && lower(c) === 'from' && headOf(x) >= 0 && UPOS[doc.upos[headOf(x)]] === 'VERB';
        if (c !== undefined && (c < ev.source.start || c >= ev.source.end || outside) && (PLACE_PREPS.has(lower(c)) || origin)) prep = lower(c);
      }
      x = headOf(x);
    }
    return x === subj && prep !== null;
  };
  /** The verb is the purpose of staying ("remain to fight") or the complement of "to help" ("to help fight"). */
  const isMissionPurpose = (v: number): boolean => {
    for (let g = v, n = 0; n < 3 && (rel(g) === 'xcomp' || rel(g) === 'advcl'); n++) {
      g = headOf(g);
      if (g < 0) return false;
      if (STAYING.has(lemma(g))) return true;
      if (lemma(g) === 'help' && kids(g).some((k) => rel(k) === 'mark' && lower(k) === 'to')) return true;
    }
    return false;
  };
  const emitted = new Set<string>();
  const keyOf = (e: CodedEvent): string =>
    `${e.sentence}|${e.verb}|${e.source.start}:${e.source.code}|${e.target ? `${e.target.start}:${e.target.code}` : '-'}|${e.cameo}`;
  let retargeted = 0;

  for (const ev of events) {
    const t = ev.target;
    let reason: FilterReason | null = null;
    const placeTarget = on('place-adjunct') && t !== null && isPlaceNoise(ev, t, 'target');
    const venue = on('place-adjunct') && t !== null && !NO_JOINT.test(ev.cameo) && (placeAdjunct(t) !== null || circumstantial(t));
    if (venue && !isPlaceNoise(ev, ev.source, 'source')) {
      const ps = partners(ev);
      if (ps.length > 0) {
        for (const p of ps) {
          const e2: CodedEvent = { ...ev, target: p };
          const k = keyOf(e2);
          if (emitted.has(k)) continue;
          emitted.add(k);
          kept.push(e2);
          retargeted++;
        }
        continue;
      }
    }
    if (on('place-adjunct') && (isPlaceNoise(ev, ev.source, 'source') || placeTarget)) reason = 'place-adjunct';
    else if (on('violence-scene') && t && VIOLENCE.test(ev.cameo) && BARE_CODE.test(t.code) && !patternNames(ev, 'in') && sceneOfObject(ev, t)) reason = 'violence-scene';
    else if (on('media-addressee') && t && isMedia(t) && (MEDIA_ROOTS.test(ev.cameo) || mediaChannel(t))) reason = 'media-addressee';
    else if (on('reported-clause-actor') && t && ev.cameo === '010' && reportedActor(ev, t)) reason = 'reported-clause-actor';
    else if (on('covered-statement') && t && ev.cameo === '010' && specific.has(`${ev.sentence}|${ev.source.code}|${t.code}`)) reason = 'covered-statement';
    else if (on('patient-source') && isPatientSource(ev)) reason = 'patient-source';
    else if (on('own-possessed-target') && isOwnPossessed(ev)) reason = 'own-possessed-target';
    else if (on('alleged-act') && isAlleged(ev)) reason = 'alleged-act';
    else if (on('conditional-act') && conditionVerb(ev.verb)) reason = 'conditional-act';
    else if (on('other-predicate-target') && isOtherPredicateTarget(ev)) reason = 'other-predicate-target';
    else if (on('generic-relative') && isGenericRelative(ev)) reason = 'generic-relative';
    else if (on('plain-statement') && ev.cameo === '010') reason = 'plain-statement';
    // An act the text says did not happen ("did not meet", "could not agree"): experts code
    // what happened, and the coder marks the rest negated (refusals it codes as 12x are not).
    else if (on('negated-act') && ev.negated) reason = 'negated-act';
    else if (on('yield-refusal') && isYieldRefusal(ev)) reason = 'yield-refusal';
    else if (on('own-country-target') && isOwnCountryTarget(ev)) reason = 'own-country-target';
    else if (on('force-posture') && isForcePosture(ev)) reason = 'force-posture';
    else if (on('media-source') && isMediaSource(ev)) reason = 'media-source';
    else if (on('expected-act') && isExpectedAct(ev)) reason = 'expected-act';
    else if (on('modifier-source') && isModifierSource(ev)) reason = 'modifier-source';
    else if (on('stance-verb') && STANCE.test(ev.cameo) && isStanceWord(ev.verb)) reason = 'stance-verb';
    else if (on('home-scene') && isHomeScene(ev)) reason = 'home-scene';
    // A decline to comment on X (011): X is the topic, not an addressee.
    // ... nor is an actor of the question left unanswered ("declined to say whether he had met Sistani").
    else if (on('comment-topic') && t && ev.cameo.startsWith('011') && (isCommentTopic(t) || openQuestion(t, ev.verb))) reason = 'comment-topic';
    else if (on('scene-modifier-target') && isSceneModifierTarget(ev)) reason = 'scene-modifier-target';
    else if (on('clash-casualty') && (isClashCasualty(ev) || isUnarmedEntry(ev))) reason = 'clash-casualty';
    else if (on('role-target') && t && ROLE_SECTORS.test(t.code)) reason = 'role-target';
    else if (on('vision-country') && isVisionCountry(ev)) reason = 'vision-country';
    else if (on('feared-act') && isFearedAct(ev)) reason = 'feared-act';
    else if (on('unrealised-act') && t && isUnrealised(ev)) reason = 'unrealised-act';
    else if (on('denied-content-target') && isDeniedContentTarget(ev)) reason = 'denied-content-target';
    else if (on('political-clash') && isPoliticalClash(ev)) reason = 'political-clash';
    else if (on('conjoined-pair') && isConjoinedPair(ev)) reason = 'conjoined-pair';
    else if (on('own-populace') && isOwnPopulace(ev)) reason = 'own-populace';
    else if (on('physical-defence') && isPhysicalDefence(ev)) reason = 'physical-defence';
    else if (on('attribution-actor') && (isAttribution(ev.source) || (t !== null && (isAttribution(t) || isTrailingSpeaker(t, ev.verb))))) reason = 'attribution-actor';
    else if (on('no-intent') && isNoIntent(ev.verb)) reason = 'no-intent';
    else if (on('victim-target') && isVictimTarget(ev)) reason = 'victim-target';
    else if (on('purpose-protest') && isPurposeProtest(ev)) reason = 'purpose-protest';
    else if (on('other-clause-pattern') && isOtherClausePattern(ev)) reason = 'other-clause-pattern';
    else if (on('nominal-complement-act') && isNominalComplement(ev)) reason = 'nominal-complement-act';
    // Framings no expert codes as the act they frame (src/events/framing.ts).
    else if (on('quoted-claim') && isQuotedClaim(doc, ev)) reason = 'quoted-claim';
    else if (on('passive-non-agent') && isPassiveNonAgent(doc, ev)) reason = 'passive-non-agent';
    else if (on('alongside-target') && isAlongsideTarget(doc, ev)) reason = 'alongside-target';
    else if (on('aid-enemy') && isAidEnemy(doc, ev)) reason = 'aid-enemy';
    else if (on('dating-clause') && isDatingClause(doc, ev)) reason = 'dating-clause';
    else if (on('defied-actor') && isDefiedActor(doc, ev)) reason = 'defied-actor';
    else if (on('attempt-not-appeal') && isAttemptNotAppeal(doc, ev)) reason = 'attempt-not-appeal';
    else if (on('insisted-claim') && isInsistedClaim(doc, ev)) reason = 'insisted-claim';
    else if (on('foreign-home') && (isForeignHome(t) || isForeignHome(ev.source))) reason = 'foreign-home';
    else if (on('act-label-target') && isActLabel(t)) reason = 'act-label-target';
    else if (on('chain-of-command') && isChainOfCommand(doc, ev)) reason = 'chain-of-command';
    else if (on('own-territory-retaken') && isOwnTerritoryRetaken(doc, ev)) reason = 'own-territory-retaken';
    else if (on('own-country-modifier') && isOwnCountryModifier(doc, ev)) reason = 'own-country-modifier';
    else if (on('walkout-protest') && isWalkoutProtest(doc, ev)) reason = 'walkout-protest';
    else if (on('populace-protection') && t && /^(?:07|033)/.test(ev.cameo) && PROTECTING.has(lemma(ev.verb)) && POPULACE.test(t.code)) reason = 'populace-protection';
    else if (on('embedded-place-source') && VIOLENCE.test(ev.cameo) && isEmbeddedPlaceSource(ev)) reason = 'embedded-place-source';
    else if (on('mission-purpose') && VIOLENCE.test(ev.cameo) && isMissionPurpose(ev.verb)) reason = 'mission-purpose';
    if (reason) drop(ev, reason);
    else if (!emitted.has(keyOf(ev))) {
      emitted.add(keyOf(ev));
      kept.push(ev);
    }
  }
  return { kept, dropped, droppedEvents, retargeted };
}
