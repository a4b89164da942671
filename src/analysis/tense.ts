/**
 * Past tense after a subject, repaired. The tagger learns from web text (UD EWT),
 * where a noun followed by a bare "-ed" verb is often a reduced relative ("the
 * photos posted here"); in news the same shape is the main clause ("Lebanese
 * soldiers fired on ...", "a convoy that crossed the border"), and tagging it VBN
 * makes the parser hang the verb off the noun, losing the event. This stage
 * re-tags such a VBN as VBD when nothing in its clause says it is a participle:
 *
 * - the word before it (adverbs skipped) is a subject candidate: a noun, a subject
 *   pronoun, or a relative pronoun ("that", "who", "which");
 * - no "by" follows it (a passive agent: "the convoy attacked by militants");
 * - for a noun or pronoun subject, no finite verb stands before it in its clause
 *   ("police clashed with men armed with sticks"), unless that verb is one of
 *   saying or thinking, whose complement is a new clause ("officials said troops
 *   fired ...");
 * - no finite verb follows it before the clause ends ("soldiers wounded in the
 *   attack were taken to hospital": "were" is the main verb; tokens are repaired
 *   right to left, so "the agreement signed in Doha collapsed" keeps "signed").
 *
 * More news repairs run before and after it ({@link repairTense} runs all), for shapes a
 * web-text tagger reads as something else (first measured with the WordNet tagger, then
 * with one trained on EWT train+dev, which reads verbs between names as names):
 * - a clause with no finite verb whose subject noun is followed by an "-ed"
 *   adjective or a non-preposition "IN" and then an object ("troops exchanged/JJ
 *   fire", "police beat/IN several students", "officials met/IN the five Kenyans
 *   detained by ..."): that word is the clause's verb;
 * - likewise a lowercase known past form tagged as a proper noun after its subject
 *   ("Maren Tolvay met/NNP Maliki");
 * - "with" read as the subordinator of an absolute clause right after a verb or its
 *   object ("clashed with/SCONJ guards protecting the shrine") is a preposition;
 * - a noun after "did not" (adverbs between) is the bare verb ("did not even clash/NN");
 * - a capitalised word tagged as a modal or "to" that is neither is a name ("Maliki/MD hit back");
 * - an adjective between a possessive and a preposition is a noun ("his offensive/JJ against");
 * - a capitalised common noun inside a name ("the Iraqi Accord/NN Front") or in a
 *   list of names ("Mordor, the Shire/NN, Fornost and Bree") is a proper noun;
 * - "until", "before", "after", "since" tagged as a preposition but followed by a
 *   subject and a finite verb ("until the president met its demands"), after a
 *   finite verb, introduce a clause (SCONJ);
 * - a participle right after "and"/"but"/"or" whose nearest verb to the left is a
 *   simple past ("denied that X trained ... and blamed/VBN Y") is a past too;
 * - "that" read as a relative pronoun after a noun but followed by a subject, a
 *   finite verb and its object ("claims that Syria armed Kurdish rebels") is SCONJ.
 * @module
 */
import type { Doc } from './doc.js';
import type { Stage } from './pipeline.js';
import { uposId, xposId } from './tags.js';

const X = xposId;
const VBN = X('VBN');
const VBD = X('VBD');
const FINITE = new Set([X('VBD'), X('VBZ'), X('VBP'), X('MD')]);
// Tag constants are looked up once here, not per token in the loops below.
const VBP = X('VBP');
const WDT = X('WDT');
const NN = X('NN');
const NNP = X('NNP');
const NNPS = X('NNPS');
const NOUNS = new Set([X('NN'), X('NNS'), X('NNP'), X('NNPS')]);
const ADVERBS = new Set([X('RB'), X('RBR'), X('RBS')]);
const RELATIVES = new Set([X('WDT'), X('WP')]);
const VERB = uposId('VERB');
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
/** Words that end a clause for the scans (punctuation, coordinators, subordinators). */
const BOUNDARY_FORMS = new Set([',', ';', ':', '--', '—', '–', '(', ')', '"', '“', '”', 'and', 'but', 'or', 'while', 'as', 'after', 'before', 'because', 'when', 'if', 'although', 'though', 'since', 'until', 'that', 'which', 'who', 'whom', 'where']);
/** Verbs of saying and thinking (inflected forms): their complement is a new clause. */
const SAYING = new Set(
  'said says say told tell tells reported reports claimed claims believed believes believe thought thinks think confirmed confirms denied denies insisted insists warned warns added adds announced announces alleged alleges suggested suggests showed shows knew knows noted notes acknowledged acknowledges admitted admits explained explains argued argues agreed agrees felt feels hoped hopes feared fears indicated indicates estimated estimates asserted asserts stated states testified testifies stressed stresses charged charges complained complains accused'.split(
    ' ',
  ),
);

/**
 * s17: whether the comma at `p` closes a relative clause on the sentence's subject ("Sadrist lawmakers, who have 30
 * seats in parliament, announced/VBN ...", "Bolani, a Shiite who took over the ministry in June, told ..."): a "who" or
 * "which" after that comma's noun phrase, a finite verb of its own before the comma, no other comma between, and no
 * finite verb before the subject noun. The "-ed" form after that comma is then the subject's own verb.
 */
function afterRelativeClause(form: readonly string[], xpos: Uint8Array, start: number, p: number): boolean {
  if (form[p] !== ',') return false;
  let k = p - 1;
  let finite = false;
  for (; k > start; k--) {
    const w = form[k].toLowerCase();
    if (w === 'who' || w === 'which') break;
    if (form[k] === ',' || BOUNDARY_FORMS.has(w)) return false;
    if (FINITE.has(xpos[k])) finite = true;
  }
  if (k <= start + 1 || !finite) return false;
  // The noun (phrase) the clause is on, after a comma ("X, who") or in an apposition ("X, a Shiite who").
  let n = k - 1;
  if (form[n] === ',') n--;
  if (n < start || !NOUNS.has(xpos[n])) return false;
  for (let j = n - 1; j >= start; j--) if (FINITE.has(xpos[j])) return false;
  return true;
}

/** The past-after-subject repair (the module header's first rule) over tokens [start, end), in place. */
function repairPastAfterSubject(form: readonly string[], upos: Uint8Array, xpos: Uint8Array, start: number, end: number): number {
  let changed = 0;
  const lower = (i: number): string => form[i].toLowerCase();
  const boundary = (i: number): boolean => BOUNDARY_FORMS.has(lower(i)) || RELATIVES.has(xpos[i]);
  // Right to left: a later main verb, once repaired, marks an earlier "-ed" as a participle
  // ("the agreement signed in Doha collapsed").
  for (let i = end - 1; i > start; i--) {
    if (xpos[i] !== VBN || upos[i] !== VERB) continue;
    let p = i - 1;
    while (p > start && ADVERBS.has(xpos[p])) p--;
    const relative = RELATIVES.has(xpos[p]) && /^(that|which|who)$/.test(lower(p));
    const subject = NOUNS.has(xpos[p]) || SUBJECT_PRONOUNS.has(lower(p));
    if (!relative && !subject && !afterRelativeClause(form, xpos, start, p)) continue;
    if (i + 1 < end && lower(i + 1) === 'by') continue;
    if (subject) {
      // A finite verb earlier in the clause makes the noun its object or a PP's.
      let blocked = false;
      for (let k = p - 1; k >= start && !boundary(k); k--) {
        if (FINITE.has(xpos[k])) {
          blocked = !SAYING.has(lower(k));
          break;
        }
      }
      if (blocked) continue;
    }
    let mainLater = false;
    for (let k = i + 1; k < end && !boundary(k); k++) {
      if (FINITE.has(xpos[k])) {
        mainLater = true;
        break;
      }
    }
    if (mainLater) continue;
    xpos[i] = VBD;
    changed++;
  }
  return changed;
}

const U = uposId;
const NOUN_U = U('NOUN');
const PROPN_U = U('PROPN');
const ADJ_U = U('ADJ');
const ADP_U = U('ADP');
const AUX_U = U('AUX');
const SCONJ_U = U('SCONJ');
/** Words that start a noun phrase (an object after a verb, a subject after a subordinator). */
const NP_START = new Set([U('DET'), U('NUM'), ADJ_U, NOUN_U, PROPN_U, U('PRON')]);
/** Inside a noun phrase (subject between a subordinator and its verb). */
const NP_INSIDE = new Set([...NP_START, U('PART')]);
const JJ = X('JJ');
const IN = X('IN');
const NNS = X('NNS');
const PLURAL_SUBJECTS = new Set([X('NNS'), X('NNPS')]);
/**
 * English prepositions and subordinators (a closed class, with web text's spellings "thru",
 * "til"): an "IN" outside this list between a subject and an object is a verb the tagger
 * misread ("police beat/IN students").
 */
const PREPOSITIONS = new Set(
  'about above across after against along alongside amid amidst among amongst around as at atop before behind below beneath beside besides between beyond but by despite down during except for from in inside into like minus near of off on onto opposite out outside over past per plus since than through throughout till to toward towards under underneath unlike until up upon versus via vs. with within without because if while although though whether that so unless once whereas lest whilst notwithstanding save including regarding concerning following re cause thru til tho cus coz worth unto circa astride aboard albeit ahead aside next'.split(
    ' ',
  ),
);
/** Subordinators a tagger may read as prepositions. */
const TIME_SUBORDINATORS = new Set(['until', 'till', 'before', 'after', 'since']);
/** Left edges of a clause for the verbless-clause scan (not "and": "Indian and Pakistani troops"). */
const CLAUSE_LEFT = new Set([',', ';', ':', '--', '—', '–', '(', ')', '"', '“', '”', 'that', 'which', 'who', 'whom', 'where', 'while', 'because', 'when', 'if', 'although', 'though', 'whether']);

/**
 * Whether the clause of subject `p` and candidate verb `i` has a finite verb: leftwards to
 * the clause's left edge, or to a verb of saying whose complement it is ("officials said
 * troops exchanged/JJ fire"), rightwards to a boundary. Only a finite verb is a clause's own:
 * a participle or infinitive after the object is not ("officials met/IN the five Kenyans
 * detained by ...", "Rice pressed/JJ Maliki to break with ...").
 */
function finiteAround(form: readonly string[], xpos: Uint8Array, start: number, end: number, p: number, i: number): boolean {
  for (let k = p - 1; k >= start && !CLAUSE_LEFT.has(form[k].toLowerCase()); k--) {
    if (FINITE.has(xpos[k])) return !SAYING.has(form[k].toLowerCase());
  }
  for (let k = i + 1; k < end && !BOUNDARY_FORMS.has(form[k].toLowerCase()); k++) if (FINITE.has(xpos[k])) return true;
  return false;
}

/**
 * A clause without a finite verb: its subject noun is followed (adverbs between) by an "-ed"
 * adjective or a non-preposition IN, then by an object: that word is the verb ("Indian and Pakistani
 * troops exchanged/JJ fire on Monday", "claims that Syria armed/JJ Kurdish rebels",
 * "Kenyan police beat/IN several students").
 */
function repairVerbless(form: readonly string[], upos: Uint8Array, xpos: Uint8Array, start: number, end: number, verbs: VerbForms | undefined): number {
  let changed = 0;
  for (let i = start + 1; i < end - 1; i++) {
    // Only an adjective or a preposition can be the missing verb (lowercased only then).
    if (upos[i] !== ADJ_U && upos[i] !== ADP_U && upos[i] !== SCONJ_U) continue;
    const w = form[i].toLowerCase();
    // s12: an irregular past the tagger does not know ("militants overran/JJ army bases") is one too.
    const ed = upos[i] === ADJ_U && xpos[i] === JJ && (/[a-z]ed$/.test(w) || IRREGULAR_PAST.has(w));
    const notPrep = upos[i] !== ADJ_U && xpos[i] === IN && /^[a-z]+$/.test(w) && !PREPOSITIONS.has(w);
    if (!ed && !notPrep) continue;
    // s22: adverbs may stand between the subject and its verb ("the United States also pressed/JJ both
    // governments", "police later dispersed/JJ dozens of ...").
    let p = i - 1;
    while (p > start && ADVERBS.has(xpos[p]) && /^[a-z]+$/.test(form[p])) p--;
    const pronoun = SUBJECT_PRONOUNS.has(form[p].toLowerCase());
    if (!NOUNS.has(xpos[p]) && !pronoun) continue;
    if (!NP_START.has(upos[i + 1])) continue;
    if (finiteAround(form, xpos, start, end, p, i)) continue;
    upos[i] = VERB;
    const plural = PLURAL_SUBJECTS.has(xpos[p]) || /^(they|we|i|you)$/.test(form[p].toLowerCase());
    xpos[i] = ed || !plural || knownPast(w, verbs) ? VBD : VBP;
    changed++;
  }
  return changed;
}

/** Known verb forms, for the repairs that must not guess (the lemmatizer's tables implement it). */
export interface VerbForms {
  /** Whether lowercase `form` is a known verb form for Penn tag `xpos` (an id from tags.ts). */
  isVerbForm(form: string, xpos: number): boolean;
}

/**
 * English irregular simple pasts that differ from their base form (a closed class). The
 * lemmatizer's exception table lists only the ones its suffix rules get wrong, with web
 * text's typos besides ("new", "place" as pasts), so irregular forms come from this list and
 * regular "-ed" forms from the lemmatizer (a known lemma under the "-ed").
 */
const IRREGULAR_PAST = new Set(
  'arose awoke became began bent bit bled blew broke bred brought built bought caught chose clung came crept dealt dug drew drank drove dwelt ate fell fed felt fought found fled flung flew forbade forgot forgave froze got gave went grew hung had heard hid held kept knelt knew laid led leapt left lent lost made meant met mistook overcame overran overtook oversaw overthrew paid rode rang rose ran said saw sought sold sent shook shone shot shrank sang sank sat slew slept slid slung sped spent spoke spun spat sprang stood stole stuck stung strode struck strove swore swept swam swung took taught tore told thought threw trod understood undertook upheld withdrew withheld withstood woke wore wove wept won wrung wrote was were did'.split(
    ' ',
  ),
);

/** Whether lowercase `w` is a known simple past (see {@link IRREGULAR_PAST}). */
function knownPast(w: string, verbs: VerbForms | undefined): boolean {
  return IRREGULAR_PAST.has(w) || (verbs !== undefined && w.endsWith('ed') && verbs.isVerbForm(w, VBD));
}

/**
 * A lowercase known past verb form tagged as a proper noun right after its subject, in a
 * clause with no finite verb: the clause's verb ("Maren Tolvay met/PROPN Maliki", a tagger
 * reading a verb between two names as part of one name). Lowercase words inside names are
 * particles ("al", "bin", "van"), never known past forms, and the form must be known: the
 * lemmatizer's suffix rules would make a verb of anything.
 */
function repairNameVerb(form: readonly string[], upos: Uint8Array, xpos: Uint8Array, start: number, end: number, verbs: VerbForms | undefined): number {
  let changed = 0;
  for (let i = start + 1; i < end - 1; i++) {
    if (upos[i] !== PROPN_U || !/^[a-z]+$/.test(form[i]) || !knownPast(form[i], verbs)) continue;
    const p = i - 1;
    if (!NOUNS.has(xpos[p]) && !SUBJECT_PRONOUNS.has(form[p].toLowerCase())) continue;
    if (!NP_START.has(upos[i + 1]) && upos[i + 1] !== ADP_U) continue;
    if (finiteAround(form, xpos, start, end, p, i)) continue;
    upos[i] = VERB;
    xpos[i] = VBD;
    changed++;
  }
  return changed;
}

/**
 * s22: any irregular simple past ({@link IRREGULAR_PAST}) tagged as a singular common noun right after its subject (a
 * noun or a subject pronoun, adverbs between), before a noun phrase or a preposition, in a clause with no finite verb,
 * is the clause's verb ("a car bomb tore/NN through a market", "a witness saw/NN police beat ...", s15's "Secretary of
 * State Mike Pompeo spoke/NN by telephone with ..." after a name: the spoke of a wheel). A noun compound ("the gun shot
 * wounds were ...") has its clause's finite verb elsewhere.
 */
function repairNounPast(form: readonly string[], upos: Uint8Array, xpos: Uint8Array, start: number, end: number): number {
  let changed = 0;
  for (let i = start + 1; i < end - 1; i++) {
    if (upos[i] !== NOUN_U || xpos[i] !== NN || !IRREGULAR_PAST.has(form[i])) continue;
    let p = i - 1;
    while (p > start && ADVERBS.has(xpos[p]) && /^[a-z]+$/.test(form[p])) p--;
    if (!NOUNS.has(xpos[p]) && !SUBJECT_PRONOUNS.has(form[p].toLowerCase())) continue;
    if (!NP_START.has(upos[i + 1]) && upos[i + 1] !== ADP_U) continue;
    if (finiteAround(form, xpos, start, end, p, i)) continue;
    upos[i] = VERB;
    xpos[i] = VBD;
    changed++;
  }
  return changed;
}

const VBG = X('VBG');
const VERB_FORMS = new Set([VBG, VBN]);
/** Forms of the verbs of threat and pledge whose "to" + lowercase name {@link repairInfinitiveName} reads as a verb. */
const THREAT_FORMS = new Set(
  'threaten threatens threatened threatening vow vows vowed vowing pledge pledges pledged pledging promise promises promised promising'.split(' '),
);

/**
 * s13b: a lowercase known base verb tagged as a proper noun right after "to" is the infinitive
 * after a verb of threat or pledge ("threatened to march/PROPN on Kirkuk if the Kurds did not
 * withdraw": the web-text tagger reads lowercase "march" as the month). Read as a name, the parser hangs the verb off the main verb as an
 * oblique and the rest of the sentence (its if-clause) as a conjunct. Lowercase words inside names
 * ("al", "bin") are no known base verbs; the form must be known, as for {@link repairNameVerb}.
 */
function repairInfinitiveName(form: readonly string[], upos: Uint8Array, xpos: Uint8Array, start: number, end: number, verbs: VerbForms | undefined): number {
  if (verbs === undefined) return 0;
  let changed = 0;
  for (let i = start + 1; i < end; i++) {
    if (upos[i] !== PROPN_U || !/^[a-z]+$/.test(form[i]) || form[i - 1].toLowerCase() !== 'to' || !(verbs.isVerbForm(`${form[i]}ed`, VBD) || verbs.isVerbForm(`${form[i]}d`, VBD))) continue;
    // "to march/PROPN 2003": a following number makes it the month after all (its capital lost).
    if (i + 1 < end && /^\d/.test(form[i + 1])) continue;
    // Only after a verb of threat or pledge ("threatened/vowed to march on ..."): after others the parse it
    // opens ("tried to march on a checkpoint", "called on Iraqis to march with him to Najaf to end ...") codes
    // attempts and appeals as the speaker's own acts (4 wrong events over the development sets, 0 right).
    if (i < start + 2 || !THREAT_FORMS.has(form[i - 2].toLowerCase())) continue;
    upos[i] = VERB;
    xpos[i] = VB;
    upos[i - 1] = PART_U;
    xpos[i - 1] = TO;
    changed++;
  }
  return changed;
}

/**
 * "clashed with guards protecting the shrine": "with" read as the subordinator of an absolute
 * clause ("with prices rising, ...") although it follows a verb or its object directly, is a
 * preposition; its noun is the verb's partner and the participle describes that noun.
 */
function repairWith(form: readonly string[], upos: Uint8Array, xpos: Uint8Array, start: number, end: number): number {
  let changed = 0;
  for (let i = start + 1; i < end - 2; i++) {
    if (upos[i] !== SCONJ_U || form[i].toLowerCase() !== 'with') continue;
    const prev = upos[i - 1];
    if (prev !== VERB && prev !== NOUN_U && prev !== PROPN_U) continue;
    if (!NP_START.has(upos[i + 1]) || upos[i + 1] === U('PRON')) continue;
    let k = i + 1;
    while (k < end && NP_INSIDE.has(upos[k]) && !VERB_FORMS.has(xpos[k])) k++;
    if (k >= end || k === i + 1 || !VERB_FORMS.has(xpos[k]) || upos[k] !== VERB) continue;
    upos[i] = ADP_U;
    xpos[i] = IN;
    changed++;
  }
  return changed;
}

const VB = X('VB');
const PART_U = U('PART');
const ADV_U = U('ADV');
const DO_FORMS = new Set(['do', 'does', 'did']);
const NEGATIONS = new Set(['not', "n't", 'never']);

/**
 * "did not even clash/NN over ...": a lowercase singular noun after the auxiliary "do" and a
 * negation (adverbs and "not" between) is the bare verb the auxiliary supports. The negation
 * is required: "does water boil?" puts the subject there.
 */
function repairDoSupport(form: readonly string[], upos: Uint8Array, xpos: Uint8Array, start: number, end: number): number {
  let changed = 0;
  for (let i = start + 2; i < end; i++) {
    if (upos[i] !== NOUN_U || xpos[i] !== NN || !/^[a-z]+$/.test(form[i])) continue;
    if (i + 1 < end && (upos[i + 1] === VERB || upos[i + 1] === AUX_U || NOUNS.has(xpos[i + 1]))) continue;
    let k = i - 1;
    let negated = false;
    while (k > start && (upos[k] === ADV_U || upos[k] === PART_U)) negated = NEGATIONS.has(form[k--].toLowerCase()) || negated;
    if (!negated || upos[k] !== AUX_U || !DO_FORMS.has(form[k].toLowerCase())) continue;
    upos[i] = VERB;
    xpos[i] = VB;
    changed++;
  }
  return changed;
}

const MD = X('MD');
/** English modals (a closed class, with web text's clipped forms "ca", "wo"). */
const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'ought', 'ca', 'wo', "'ll", "'d", 'll', 'd', 'wilt']);

const TO = X('TO');
/** Forms of infinitival "to" (web text's "gon na", "wan na", "got ta"). */
const TO_FORMS = new Set(['to', 'na', 'ta']);

/**
 * A capitalised word tagged as a modal or as infinitival "to" that is neither is a name:
 * "Maliki/MD hit back", "Tolvay/TO hit back", a tagger taking the unknown subject of a
 * bare past for the function word before an infinitive.
 */
function repairNonModal(form: readonly string[], upos: Uint8Array, xpos: Uint8Array, start: number, end: number): number {
  let changed = 0;
  for (let i = start; i < end; i++) {
    if ((xpos[i] !== MD && xpos[i] !== TO) || !/^[A-Z][a-z]+$/.test(form[i])) continue;
    if ((xpos[i] === MD ? MODALS : TO_FORMS).has(form[i].toLowerCase())) continue;
    upos[i] = PROPN_U;
    xpos[i] = NNP;
    changed++;
  }
  return changed;
}

const PRP_POSS = X('PRP$');
const NOUN_ADJECTIVES = new Set(['own']);

/**
 * "launched his offensive/JJ against the militias": an adjective between a possessive and a
 * preposition heads the noun phrase, so it is a noun (in EWT train that adjective is a noun
 * except for "own" and superlatives, which are JJS).
 */
function repairPossessedAdjective(form: readonly string[], upos: Uint8Array, xpos: Uint8Array, start: number, end: number): number {
  let changed = 0;
  for (let i = start + 1; i < end - 1; i++) {
    if (xpos[i] !== JJ || xpos[i - 1] !== PRP_POSS || upos[i + 1] !== ADP_U || !/^[a-z]+$/.test(form[i]) || NOUN_ADJECTIVES.has(form[i])) continue;
    upos[i] = NOUN_U;
    xpos[i] = NN;
    changed++;
  }
  return changed;
}

/** Forms that join the members of a list of names. */
const LIST_JOINS = new Set([',', 'and', 'or']);

/**
 * A capitalised common noun inside a name: between a capitalised word (or "the") and a
 * proper noun ("the Iraqi Accord/NN Front"), or a member of a list of proper nouns
 * ("Mordor, the Shire/NN, Fornost and Bree").
 */
function repairNameNoun(form: readonly string[], upos: Uint8Array, xpos: Uint8Array, start: number, end: number): number {
  let changed = 0;
  const cap = (k: number): boolean => /^[A-Z][a-z]/.test(form[k]);
  for (let i = start + 1; i < end - 1; i++) {
    if (upos[i] !== NOUN_U || !cap(i)) continue;
    // Not the first word of the sentence or of a quotation (capitalised anyway).
    const inName = upos[i + 1] === PROPN_U && cap(i + 1) && ((cap(i - 1) && i - 1 > start) || form[i - 1].toLowerCase() === 'the');
    // The name's start: capitalised modifiers ("the Andean Community"), then "the".
    let l = i - 1;
    while (l > start && cap(l) && (upos[l] === ADJ_U || upos[l] === PROPN_U)) l--;
    const the = form[l].toLowerCase() === 'the';
    if (the) l--;
    const listed =
      xpos[i] === NN &&
      ((l > start && LIST_JOINS.has(form[l]) && upos[l - 1] === PROPN_U) || (the && i + 2 < end && LIST_JOINS.has(form[i + 1]) && upos[i + 2] === PROPN_U));
    if (!inName && !listed) continue;
    upos[i] = PROPN_U;
    xpos[i] = xpos[i] === NNS ? NNPS : NNP;
    changed++;
  }
  return changed;
}

/** Names of days and months, after which news leaves out the comma ("On Tuesday gunmen ambushed ..."). */
const DAY_NAMES: ReadonlySet<string> = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(' '),
);

/**
 * A lowercase word read as part of a name right after a day or month ("On Tuesday gunmen/NNP ambushed": the subject,
 * hung as a flat name on Tuesday) is a common noun; not a name particle before a capitalised word ("On Monday al Qaeda").
 */
function repairDayNoun(form: readonly string[], upos: Uint8Array, xpos: Uint8Array, start: number, end: number): number {
  let changed = 0;
  for (let i = start + 1; i < end - 1; i++) {
    if (upos[i] !== PROPN_U || !DAY_NAMES.has(form[i - 1]) || !/^[a-z]{3,}$/.test(form[i]) || /^[A-Z]/.test(form[i + 1])) continue;
    upos[i] = NOUN_U;
    xpos[i] = /(s|men)$/.test(form[i]) ? NNS : NN;
    changed++;
  }
  return changed;
}

/** "until"/"before"/"after"/"since" + subject + finite verb, after a finite verb: a subordinator, not a preposition. */
function repairSubordinator(form: readonly string[], upos: Uint8Array, xpos: Uint8Array, start: number, end: number): number {
  let changed = 0;
  let finiteBefore = false;
  for (let i = start; i < end; i++) {
    if (upos[i] === ADP_U && TIME_SUBORDINATORS.has(form[i].toLowerCase()) && finiteBefore && i + 1 < end && NP_START.has(upos[i + 1])) {
      let k = i + 1;
      while (k < end && NP_INSIDE.has(upos[k]) && !FINITE.has(xpos[k])) k++;
      if (k < end && k > i + 1 && FINITE.has(xpos[k])) {
        upos[i] = SCONJ_U;
        xpos[i] = IN;
        changed++;
      }
    }
    if (FINITE.has(xpos[i])) finiteBefore = true;
  }
  return changed;
}

/** Words after a verb that start a time adverbial, not an object ("the deal that Israel signed last week"). */
const TIME_STARTS = new Set('last next each every yesterday today tonight tomorrow monday tuesday wednesday thursday friday saturday sunday'.split(' '));

/**
 * "claims that Syria armed Kurdish rebels": a "that" read as a relative pronoun after a noun,
 * followed by a subject, a finite verb and that verb's own object, introduces a content
 * clause (SCONJ): a relative "that" would itself be the missing subject or object.
 */
function repairContentThat(form: readonly string[], upos: Uint8Array, xpos: Uint8Array, start: number, end: number): number {
  let changed = 0;
  for (let i = start + 1; i < end - 3; i++) {
    if (xpos[i] !== WDT || form[i].toLowerCase() !== 'that' || !NOUNS.has(xpos[i - 1]) || !NP_START.has(upos[i + 1])) continue;
    let k = i + 1;
    while (k < end && NP_INSIDE.has(upos[k]) && !FINITE.has(xpos[k])) k++;
    if (k >= end - 1 || !FINITE.has(xpos[k]) || upos[k] !== VERB) continue;
    if (!NP_START.has(upos[k + 1]) || TIME_STARTS.has(form[k + 1].toLowerCase())) continue;
    upos[i] = SCONJ_U;
    xpos[i] = IN;
    changed++;
  }
  return changed;
}

/** Forms of the verbs of saying, telling and warning whose "that" clause after an addressee or adjunct is what was said. */
const TELLING = new Set('said says say told tells tell warned warns warn assured assures assure informed informs reminded reminds promised promises pledged pledges insisted insists announced announces added adds'.split(' '));
const PRP = X('PRP');

/**
 * s18: "told the members that/WDT the coalition would not negotiate", "said on Wednesday that/WDT his party would not
 * support ...", "warned the militants that/WDT American forces would act ...": a "that" read as a relative pronoun after
 * a noun or an object pronoun, followed by a subject, a modal and its bare verb, is the subordinator of a content
 * clause when a verb of saying or telling stands before it in its clause (no other finite verb between). Read as a
 * relative clause on the addressee or the adjunct, the parser hangs what was said on "members", "Wednesday" or
 * "militants", and the coder loses it (26 such clauses over the development sets).
 */
function repairModalContentThat(form: readonly string[], upos: Uint8Array, xpos: Uint8Array, start: number, end: number): number {
  let changed = 0;
  for (let i = start + 2; i < end - 3; i++) {
    if (xpos[i] !== WDT || form[i].toLowerCase() !== 'that' || !(NOUNS.has(xpos[i - 1]) || xpos[i - 1] === PRP) || !NP_START.has(upos[i + 1])) continue;
    let k = i + 1;
    while (k < end && NP_INSIDE.has(upos[k]) && !FINITE.has(xpos[k])) k++;
    // A modal and its bare verb ("would not negotiate"), or a finite auxiliary and its verb or adjective ("had sent",
    // "was not prepared", "did not want", "was dragging").
    const modal = xpos[k] === MD;
    if (k >= end - 1 || !(modal || (upos[k] === AUX_U && FINITE.has(xpos[k])))) continue;
    let j = k + 1;
    while (j < end && (ADVERBS.has(xpos[j]) || upos[j] === PART_U)) j++;
    if (j >= end || !(modal ? xpos[j] === VB : xpos[j] === VB || xpos[j] === VBN || xpos[j] === VBG || upos[j] === ADJ_U)) continue;
    // A verb of saying or telling before it, no other finite verb between.
    let said = false;
    for (let b = i - 1; b >= start; b--) {
      const w = form[b].toLowerCase();
      // (An addressee or adjunct of a few words between: "told reporters the names of the officers that the army had
      // detained" is a relative clause on a longer object.)
      if (TELLING.has(w) && (FINITE.has(xpos[b]) || xpos[b] === VBN || xpos[b] === VB || upos[b] === VERB)) {
        said = i - b - 1 <= 5;
        break;
      }
      if (FINITE.has(xpos[b]) || form[b] === ';' || w === 'that' || w === 'which' || w === 'who') break;
    }
    if (!said) continue;
    upos[i] = SCONJ_U;
    xpos[i] = IN;
    changed++;
  }
  return changed;
}

/** A participle right after a coordinator whose nearest verb to the left is a simple past is a past too. */
function repairCoordinatedPast(form: readonly string[], upos: Uint8Array, xpos: Uint8Array, start: number, end: number): number {
  let changed = 0;
  for (let i = start + 2; i < end; i++) {
    if (xpos[i] !== VBN || upos[i] !== VERB || !/^(and|but|or)$/.test(form[i - 1].toLowerCase())) continue;
    if (i + 1 < end && form[i + 1].toLowerCase() === 'by') continue;
    let k = i - 2;
    while (k >= start && upos[k] !== VERB && upos[k] !== AUX_U) k--;
    if (k < start || xpos[k] !== VBD) continue;
    xpos[i] = VBD;
    changed++;
  }
  return changed;
}

/**
 * All news tag repairs over tokens [start, end) of parallel arrays (the module header
 * lists them), in place; returns how many tags were changed. The pipeline's tense
 * stage runs this, and so do the tagger's and parser's evaluations. Without `verbs`
 * (known verb forms, e.g. the lemmatizer) regular "-ed" pasts are not known as such.
 */
export function repairTense(form: readonly string[], upos: Uint8Array, xpos: Uint8Array, start: number, end: number, verbs?: VerbForms): number {
  let changed = repairNonModal(form, upos, xpos, start, end);
  changed += repairNameNoun(form, upos, xpos, start, end);
  changed += repairDayNoun(form, upos, xpos, start, end);
  changed += repairPossessedAdjective(form, upos, xpos, start, end);
  changed += repairNameVerb(form, upos, xpos, start, end, verbs);
  changed += repairNounPast(form, upos, xpos, start, end);
  changed += repairInfinitiveName(form, upos, xpos, start, end, verbs);
  changed += repairWith(form, upos, xpos, start, end);
  changed += repairDoSupport(form, upos, xpos, start, end);
  changed += repairVerbless(form, upos, xpos, start, end, verbs);
  changed += repairPastAfterSubject(form, upos, xpos, start, end);
  changed += repairSubordinator(form, upos, xpos, start, end);
  changed += repairContentThat(form, upos, xpos, start, end);
  changed += repairModalContentThat(form, upos, xpos, start, end);
  changed += repairCoordinatedPast(form, upos, xpos, start, end);
  return changed;
}

/** The pipeline stage (after the tagger, before the lemmatizer and the parser); `verbs` as in {@link repairTense}. */
export function tenseStage(verbs?: VerbForms): Stage {
  return {
    name: 'tense',
    requires: ['token.pos'],
    assigns: [],
    run(doc: Doc): void {
      for (let s = 0; s < doc.sentStart.length; s++) repairTense(doc.form, doc.upos, doc.xpos, doc.sentStart[s], doc.sentEnd[s], verbs);
    },
  };
}
