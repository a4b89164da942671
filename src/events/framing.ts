/**
 * Framings an expert never codes as the act they frame (issue 5, part "precision", session 14). Each is a
 * predicate over one coded event and the parse; src/events/filters.ts drops the events under a named reason.
 *
 * - {@link isQuotedClaim} (`quoted-claim`): an act told inside a direct quotation whose subject is a third party
 *   (`"The Americans are killing our children," he said`, `"The party protects them"`): the speaker's words about
 *   another actor, a claim or a charge, not an act the reporter tells; the speaker's own act in the first person
 *   (`"We call on the Kenyan authorities ..."`, `"We will not hand over Kurds"`) stays, unless it recounts its own past
 *   intent or material act (`"We fought al Qaeda"`, `"We have offered them"`), and so does a quoted word
 *   whose subject stands outside the quotation (`Washington "fully supports" the government`), and so do a state's
 *   demands, refusals and threats in the third person (a spokesman speaking for it).
 * - {@link isPassiveNonAgent} (`passive-non-agent`): the event's verb is a passive ("had been held", "had been
 *   evacuated", "will not be intimidated") and its source is not the agent after "by": the source is the patient or an
 *   actor of another clause. A refusal coded on a passive ("would not be pressured by X": 12x) is the patient's own.
 * - {@link isAlongsideTarget} (`alongside-target`): the target fights beside the source, not against it ("exiles who
 *   fought alongside Saddam Hussein's army", "fighting the group alongside American troops").
 * - {@link isAidEnemy} (`aid-enemy`): help, cooperation or its promise (03, 06, 07) whose target is named as the side it
 *   is against ("armed the peshmerga in the war against the Islamic State group"): the enemy gets no help.
 * - {@link isDatingClause} (`dating-clause`): the act is told in a before-clause, only to date another act ("said before
 *   leaving for Ankara", "areas that had been under Baghdad's control before the militants swept across the north"): it
 *   had not happened yet then, or is the story's background.
 * - {@link isAttemptedAct}: the act is the to-infinitive of "try", "attempt" or "seek" ("police tried to arrest a
 *   businessman"): coded as the act attempted, not as an intent or a threat (annals.ts).
 * - {@link isInsistedClaim} (`insisted-claim`): "insisted that the handover will go ahead" is a claim, not a demand (10);
 *   "insisted that Kirkuk be returned" stays one.
 * - {@link isYetTo} (for `unrealised-act`): "has yet to open an embassy": the act has not happened.
 * - {@link isChainOfCommand} (`chain-of-command`): an order down the source's own side ("the prime minister ordered the
 *   army to hold its lines", "the cleric ordered his commanders to pull their fighters out", "the fighters would obey the
 *   orders of the commander in chief", "Amiri, who commanded the Badr Organization"): command inside one country's
 *   hierarchy or movement, not a demand between two actors (session 19: 8 wrong events of sets 8, 23, 28, 30, 33, 37,
 *   38 removed, no right one). One side is commanding or obeying, a state body ordering the state's forces, or an order to
 *   the source's own people ("his followers", "all of his lawmakers"). An order to another country's actor ("Maliki
 *   ordered U.S. forces to lift checkpoints"), to a self-ruled region's forces ("ordered the Kurdish peshmerga to
 *   withdraw"), to another party ("ordered the Sadrist ministers to return to the cabinet") or to an armed group the state
 *   fights ("ordered the militia to surrender") stays a demand.
 * - {@link isOwnTerritoryRetaken} (`own-territory-retaken`): a state's own forces taking back a town of their own state
 *   ("Iraqi troops recaptured Mosul", "federal forces seized the Kurdish-held city of Kirkuk", "Samarra was retaken by
 *   Iraqi troops"): the town is not the side the forces fight; the state is not its own enemy (sets 26, 37, 38).
 * - {@link isOwnCountryModifier} (`own-country-modifier`): the target is the source's own country named only as a modifier
 *   of a thing or a group ("promised that anyone who surrendered would be dealt with under Iraqi law", "offered the help of
 *   American security experts", "defended Sweden's laws", "called for a march of a million Iraqis", "Murtha, a
 *   Pennsylvania Democrat"): whose law, help or march it is, not a party the act is aimed at. Protest, force, coercion and
 *   violence (14-20) keep the place they are at, a self-ruled region's actors face their state ("Kurdish leaders
 *   renewed their demand on the status of the city of Kirkuk"), and so do rebels, militias and an opposition ("the rebels
 *   would attack Kenyan bases unless ...").
 * - {@link deniesReportedClaim} (for `unnamed-claimant`): the denial's object names a claim nobody is named for ("dismissed
 *   reports that ...", "denied a newspaper report", "rejected any suggestion that ..."): only such a denial answers the unknown
 *   claimant; "denied that they were armed" answers an accuser the story names (sets 3, 5, 6, 7, 15, 16, 17, 18, 19, 25, 29,
 *   32, 33: 17 wrong `---` targets, 7 right).
 * - {@link isWalkoutProtest} (`walkout-protest`): a protest (14) naming no one it is against, coded on walking out or staying
 *   away ("the Sunni delegates walked out after less than an hour", "Sunni and Kurdish blocs stayed away", "as he walked out
 *   through the broken wall"): leaving a meeting or staying away from a session is no strike or demonstration against the
 *   source's own government (the experts code a boycott of the body, 16x, or nothing; sets 22, 29, 32).
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS, XPOS } from '../analysis/tags.js';
import type { ActorMention } from '../actors/types.js';
import type { CodedEvent } from './types.js';
import { isFiringWhen, isHarmedWhen } from './violence.js';

const rel = (doc: Doc, i: number): string => DEPREL[doc.dep[i]] ?? '_';
const lower = (doc: Doc, i: number): string => doc.form[i].toLowerCase();
const headOf = (doc: Doc, i: number): number => (doc.head[i] === i ? -1 : doc.head[i]);

/** Children of token `i` (within its sentence). */
function kids(doc: Doc, i: number): number[] {
  const s = doc.sentenceOf(i);
  const out: number[] = [];
  for (let k = doc.sentStart[s]; k < doc.sentEnd[s]; k++) if (k !== i && doc.head[k] === i) out.push(k);
  return out;
}

/** Quotation marks as tokens: straight, curly, and the PTB forms. */
const QUOTE = /^(?:["\u201c\u201d\u201e]|``|'')$/;
/** Whether `form` is a quotation mark ({@link QUOTE}). */
export const isQuoteMark = (form: string): boolean => QUOTE.test(form);
/** The speaker's own voice inside a quotation. */
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us']);

/**
 * Whether quotation-mark token `k` opens a quotation: a curly or PTB opening form, or a straight mark followed by a
 * word with no space between (`"We will ...`) and not glued to the word before (`... lose," he said`).
 */
function opensQuote(doc: Doc, k: number): boolean {
  const w = doc.form[k];
  if (w === '\u201c' || w === '\u201e' || w === '``') return true;
  if (w === '\u201d' || w === "''") return false;
  const before = doc.start[k] > 0 ? doc.text[doc.start[k] - 1] : ' ';
  const after = doc.end[k] < doc.text.length ? doc.text[doc.end[k]] : ' ';
  if (/\s/.test(after)) return false;
  return /[\s(\[\u2014-]/.test(before) || doc.start[k] === 0;
}

/**
 * The quotation token `i` stands in, as the index of the quotation mark that opens it (or, for a sentence that
 * starts inside a quotation opened earlier, the sentence's first token), or -1 when `i` is not quoted. Judged within
 * the sentence: the nearest mark before `i` opens a quotation, or there is none before and the next one closes it.
 */
export function quotationOf(doc: Doc, i: number): number {
  const s = doc.sentenceOf(i);
  const a = doc.sentStart[s];
  const b = doc.sentEnd[s];
  for (let k = i - 1; k >= a; k--) if (QUOTE.test(doc.form[k])) return opensQuote(doc, k) ? k : -1;
  for (let k = i + 1; k < b; k++) if (QUOTE.test(doc.form[k])) return opensQuote(doc, k) ? -1 : a;
  return -1;
}

/** An act told inside a direct quotation, its subject quoted with it and not the speaker in the first person. */
export function isQuotedClaim(doc: Doc, ev: CodedEvent): boolean {
  const q = quotationOf(doc, ev.verb);
  if (q < 0 || quotationOf(doc, ev.source.head) !== q) return false;
  // No mark between the subject and the verb: one quotation.
  const [x, y] = ev.source.head < ev.verb ? [ev.source.head, ev.verb] : [ev.verb, ev.source.head];
  for (let k = x + 1; k < y; k++) if (QUOTE.test(doc.form[k])) return false;
  // The speaker's own past act recounted in its words (`"We fought al Qaeda when nobody else would"`, `"We have offered
  // them everything"`): its account of what it did, no act the reporter tells. Its words now ("We call on", "we will
  // not hand over") stay.
  if (FIRST_PERSON.has(lower(doc, ev.source.head))) return ownPastAct(doc, ev);
  // A spokesman speaks for his state in the third person ("'Iraq will expel the ambassador if ...,' the minister
  // said", "'The government will not negotiate,' the spokesman said"): a state's demands, refusals and threats stay.
  return !(/^(10|12|13)/.test(ev.cameo) && /^[A-Z]{3}(GOV)?$/.test(ev.source.code));
}

/** Roots of acts, not words: intents and material acts (03-09) and force (15-20); a quoted past statement stays. */
const ACT_ROOTS = /^(?:0[3-9]|1[5-9]|20)/;
/** Whether the quoted first-person act of `ev` is told in the past: a simple past or a present perfect ("we have armed"). */
function ownPastAct(doc: Doc, ev: CodedEvent): boolean {
  if (!ACT_ROOTS.test(ev.cameo)) return false;
  const v = ev.verb;
  const aux = kids(doc, v).filter((k) => rel(doc, k) === 'aux').map((k) => lower(doc, k));
  if (aux.some((w) => !['have', 'has', "'ve"].includes(w))) return false;
  const tag = XPOS[doc.xpos[v]];
  return (tag === 'VBD' && aux.length === 0) || (tag === 'VBN' && aux.length > 0);
}

/** The token heading the noun phrase of `m` (over its modifiers, conjuncts and determiners). */
function phraseHead(doc: Doc, m: ActorMention): number {
  let p = m.head;
  for (let n = 0; n < 8; n++) {
    const h = headOf(doc, p);
    if (h < 0 || !/^(?:amod|compound|flat|det|nummod|conj|nmod:poss)$/.test(rel(doc, p))) break;
    p = h;
  }
  return p;
}

/** Auxiliaries of a passive. */
const PASSIVE_AUX = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'get', 'gets', 'got', 'gotten', "'s", "'re"]);

/** A passive verb whose source is not its agent ("by ..."). Refusals (12x) are the patient's own acts. */
/** Means of a call or message ("spoke by telephone", "talked by video link"): a "by" phrase that names no agent. */
const CALL_MEANS: ReadonlySet<string> = new Set(['phone', 'telephone', 'videophone', 'video', 'videoconference', 'link', 'satellite', 'letter', 'email', 'e-mail', 'radio']);

export function isPassiveNonAgent(doc: Doc, ev: CodedEvent): boolean {
  if (ev.cameo.startsWith('12')) return false;
  // A real passive: "be" or "get" as its auxiliary ("Human Rights Watch accused ..." misparsed with "Watch" as one is
  // no passive), and no direct object.
  const ks = kids(doc, ev.verb);
  if (ks.some((k) => rel(doc, k) === 'obj')) return false;
  // A past participle modifying a noun with its agent named ("Iraqi army units, backed by U.S. troops, deployed",
  // "fighters, armed by Tehran,"): a reduced passive, whose noun is the patient (set 28).
  const reduced = rel(doc, ev.verb) === 'acl' && XPOS[doc.xpos[ev.verb]] === 'VBN' && ks.some((k) => rel(doc, k) === 'obl:agent' || (/^obl/.test(rel(doc, k)) && kids(doc, k).some((c) => rel(doc, c) === 'case' && lower(doc, c) === 'by')));
  if (!reduced && !ks.some((k) => rel(doc, k) === 'aux:pass' && PASSIVE_AUX.has(lower(doc, k)))) return false;
  // "Gul talked/VBN by phone with Ahmadinejad": a "by" phrase naming the means of a call is no agent, and the verb no
  // passive (s22-verbs).
  if (ks.some((k) => /^obl/.test(rel(doc, k)) && CALL_MEANS.has(lower(doc, k)) && kids(doc, k).some((c) => rel(doc, c) === 'case' && lower(doc, c) === 'by'))) return false;
  // The source in an adjunct of the verb is its agent or means: "by ...", "in a bomb attack", "in a raid by ...".
  for (let p = phraseHead(doc, ev.source), n = 0; n < 8 && p >= 0; n++) {
    const h = headOf(doc, p);
    if (h === ev.verb) {
      if (/^obl/.test(rel(doc, p))) return false;
      break;
    }
    if (!/^(?:nmod|conj|appos|compound|amod|flat)/.test(rel(doc, p)) || rel(doc, p) === 'nmod:poss') break;
    p = h;
  }
  // "were killed when police opened fire": the subject of a "when" clause of firing is the doer (violence.ts isHarmedWhen).
  const sh = phraseHead(doc, ev.source);
  const wc = sh >= 0 ? headOf(doc, sh) : -1;
  if (wc >= 0 && rel(doc, sh) === 'nsubj' && headOf(doc, wc) === ev.verb && rel(doc, wc) === 'advcl' && isHarmedWhen(doc.lemma[ev.verb]) && isFiringWhen(doc.lemma[wc]) && kids(doc, wc).some((k) => k < wc && lower(doc, k) === 'when')) return false;
  // The parser may leave the agent's "by" on the mention itself ("by [U.S. troops]").
  const first = doc.sentStart[doc.sentenceOf(ev.source.start)];
  let i = ev.source.start - 1;
  while (i > first && /^(?:DET|ADJ|NUM)$/.test(UPOS[doc.upos[i]])) i--;
  return !(i >= first && lower(doc, i) === 'by');
}

/** Verbs of ignoring or defying, which CAMEO codes 128 (defy norms, law) only when what is defied is a norm. */
const DEFYING_VERBS = new Set(['ignore', 'defy', 'disregard']);
/** Norms, rules and orders whose defiance is 128 ("defied the curfew", "ignored the court's ruling"). */
const NORM_NOUNS = new Set(['ban', 'law', 'laws', 'ruling', 'order', 'orders', 'curfew', 'resolution', 'resolutions', 'sanction', 'sanctions',
  'embargo', 'constitution', 'deadline', 'agreement', 'accord', 'ceasefire', 'truce', 'court', 'ultimatum', 'warrant', 'decree', 'rule', 'rules',
  'norm', 'norms', 'treaty', 'blockade', 'subpoena', 'summons', 'verdict', 'decision', 'prohibition', 'restriction', 'restrictions']);

/**
 * Ignoring an actor or its words rather than a norm ("Exxon ignored the warnings", "the president ignored the largest
 * bloc"), or defying armed men ("Iraqis defied insurgents and voted": braving them): no expert codes it 128, which is
 * the defiance of a norm, law, ruling or sanctions (every such 128 of the development article sets was wrong: sets 2,
 * 14, 23, 28). An object naming a norm ("defied the curfew", "ignored the court's ruling") keeps it, and so does a state
 * defying states or powers ("Iran defied Western powers": their demands; the development sentences code it 128).
 */
export function isDefiedActor(doc: Doc, ev: CodedEvent): boolean {
  if (!ev.cameo.startsWith('128')) return false;
  const v = ev.verb;
  const lemma = (doc.lemma[v] || doc.form[v]).toLowerCase();
  if (!DEFYING_VERBS.has(lemma)) return false;
  // A state defying states or powers ("Iran defied Western powers and began enriching uranium") defies their demands:
  // 128 as the development sentences code it. Defying armed men ("defied insurgents and voted") is braving them.
  if (lemma === 'defy' && !(ev.target && /^[A-Z-]{3}(?:REB|UAF|INS|CRM|SEP|RAD)/.test(ev.target.code))) return false;
  const norm = (k: number): boolean => NORM_NOUNS.has((doc.lemma[k] || doc.form[k]).toLowerCase());
  return !kids(doc, v).some((k) => rel(doc, k) === 'obj' && (norm(k) || kids(doc, k).some((c) => /^(?:compound|conj)$/.test(rel(doc, c)) && norm(c))));
}

/**
 * An appeal (02) coded on "seek" followed by a to-infinitive ("which has long sought to provoke a civil war between
 * Shiites and Sunnis", "has sought to improve ties with Western governments"): seeking to do something is trying it, not
 * asking anyone for anything ("sought stronger language", "sought their protection" stay appeals) (sets 25, 28).
 */
export function isAttemptNotAppeal(doc: Doc, ev: CodedEvent): boolean {
  if (!ev.cameo.startsWith('02')) return false;
  const v = ev.verb;
  if ((doc.lemma[v] || doc.form[v]).toLowerCase() !== 'seek') return false;
  // The coder's reading of the infinitive as the content asked for ("would seek to disqualify candidates": a request of
  // that act) stands: a later reaction may answer it (set 27).
  if (/\brequested\b/.test(ev.rule)) return false;
  return kids(doc, v).some((k) => /^(?:xcomp|advcl|ccomp)$/.test(rel(doc, k)) && XPOS[doc.xpos[k]] === 'VB' && kids(doc, k).some((c) => rel(doc, c) === 'mark' && lower(doc, c) === 'to'));
}

/** Verbs of attempting: what they govern was tried, not done, announced or threatened. */
const ATTEMPTING = new Set(['try', 'attempt', 'seek']);

/**
 * An attempted act: the act is the infinitive complement of a verb of attempting ("police tried to arrest a
 * businessman", "as they tried to launch more rockets", "traveled to Fallujah to try to negotiate a ceasefire"). CAMEO codes
 * an attempt as the act attempted (an attempted assassination is an assassination), not as an intent or a threat, which
 * is how the modality of a to-infinitive would code it (annals.ts keeps the act's own code).
 */
export function isAttemptedAct(doc: Doc, verb: number): boolean {
  let v = verb;
  for (let n = 0; n < 4 && rel(doc, v) === 'conj' && headOf(doc, v) >= 0; n++) v = headOf(doc, v);
  if (rel(doc, v) !== 'xcomp') return false;
  const h = headOf(doc, v);
  if (h < 0 || !ATTEMPTING.has((doc.lemma[h] || doc.form[h]).toLowerCase())) return false;
  // A to-infinitive ("tried to arrest"): the attempted act itself, not a participle the parser hung there.
  return kids(doc, v).some((k) => rel(doc, k) === 'mark' && lower(doc, k) === 'to');
}

/** Auxiliaries and copulas of an indicative clause (a claim of fact), as against a subjunctive ("that Kirkuk be returned"). */
const INDICATIVE_AUX = new Set(['will', 'would', "'ll", 'can', 'could', 'may', 'might', 'must', 'has', 'have', 'had', "'s", "'ve", "'d", 'is', 'are', 'was', 'were', "'re", "'m", 'am', 'did', 'does', 'do']);
/** Finite verb tags of the indicative. */
const INDICATIVE_TAGS = new Set(['VBD', 'VBZ', 'VBP']);

/**
 * `insisted-claim`: a demand (10) coded on "insist" whose that-clause is indicative ("insisted that the handover will go
 * ahead", "insist that Iran played no role", "insisted they were legal"): insisting on a fact is a claim, not a demand.
 * A subjunctive or "should" clause ("insisted that Kirkuk be returned") and "insist on X" stay demands.
 */
export function isInsistedClaim(doc: Doc, ev: CodedEvent): boolean {
  if (!ev.cameo.startsWith('10') || (doc.lemma[ev.verb] || doc.form[ev.verb]).toLowerCase() !== 'insist') return false;
  const c = kids(doc, ev.verb).find((k) => rel(doc, k) === 'ccomp');
  if (c === undefined) return false;
  const helpers = kids(doc, c).filter((k) => /^(?:aux|aux:pass|cop)$/.test(rel(doc, k)));
  if (helpers.some((k) => lower(doc, k) === 'should')) return false;
  if (helpers.some((k) => INDICATIVE_AUX.has(lower(doc, k)))) return true;
  // A bare "be" with no modal before it is the subjunctive ("that Kirkuk be returned").
  return !helpers.some((k) => lower(doc, k) === 'be') && INDICATIVE_TAGS.has(XPOS[doc.xpos[c]]);
}

/** The word before mention `m`, over its determiners and quantifiers ("alongside [the] ..."), lower case. */
function wordBefore(doc: Doc, m: ActorMention): string {
  const first = doc.sentStart[doc.sentenceOf(m.start)];
  let i = m.start - 1;
  while (i > first && /^(?:the|a|an|its|his|their|her|some|other|several|many)$/i.test(doc.form[i])) i--;
  return i >= first ? lower(doc, i) : '';
}

/** The target is named as fighting beside the source ("fought alongside X"). */
export function isAlongsideTarget(doc: Doc, ev: CodedEvent): boolean {
  if (!ev.target) return false;
  const w = wordBefore(doc, ev.target);
  if (w === 'alongside' || w === 'beside') return true;
  // "together with X", "along with X".
  if (w !== 'with') return false;
  const first = doc.sentStart[doc.sentenceOf(ev.target.start)];
  let i = ev.target.start - 1;
  while (i > first && lower(doc, i) !== 'with') i--;
  return i > first && /^(?:together|along)$/.test(lower(doc, i - 1));
}

/** Help, cooperation or its promise aimed at the side it is against ("armed them in the war against X"). */
export function isAidEnemy(doc: Doc, ev: CodedEvent): boolean {
  if (!ev.target || !/^(?:03|06|07)/.test(ev.cameo)) return false;
  const p = phraseHead(doc, ev.target);
  return kids(doc, p).some((k) => rel(doc, k) === 'case' && lower(doc, k) === 'against') && headOf(doc, p) !== ev.verb;
}

/** "has yet to open", "is yet to decide": the infinitive after "yet to" has not happened. */
export function isYetTo(doc: Doc, v: number): boolean {
  const to = kids(doc, v).find((k) => rel(doc, k) === 'mark' && lower(doc, k) === 'to');
  if (to === undefined) return false;
  const first = doc.sentStart[doc.sentenceOf(v)];
  return to > first && lower(doc, to - 1) === 'yet';
}

/**
 * An act in a before-clause (its verb, or the first verb it is joined to with no subject or subordinator of its own, is an
 * adverbial clause marked "before"): told to date another act, not reported as the news ("said before leaving for
 * Ankara", "... before the militants swept across northern Iraq in 2014"; sets 8, 22, 26).
 */
export function isDatingClause(doc: Doc, ev: CodedEvent): boolean {
  let c = ev.verb;
  for (let n = 0; n < 4 && rel(doc, c) === 'conj' && !kids(doc, c).some((k) => rel(doc, k).startsWith('nsubj') || rel(doc, k) === 'mark') && headOf(doc, c) >= 0; n++) c = headOf(doc, c);
  // (The parser often hangs a temporal clause on a noun: "under government control before the rebels swept/acl".)
  return (rel(doc, c).startsWith('advcl') || rel(doc, c) === 'acl') && kids(doc, c).some((k) => rel(doc, k) === 'mark' && lower(doc, k) === 'before');
}

/** Verbs of command: an order given down a hierarchy ("ordered the army to", "commanded the brigade", "obey the orders"). */
const COMMANDING: ReadonlySet<string> = new Set(['order', 'command', 'instruct', 'obey']);

/** A code's country part when it names one (not the unknown `---` nor an organisation's IGO/NGO/MNC prefix). */
function countryPart(code: string): string | null {
  const c = code.slice(0, 3);
  return code.length >= 3 && /^[A-Z]{3}$/.test(c) && !['IGO', 'NGO', 'MNC', 'INT', 'UNO'].includes(c) ? c : null;
}

/**
 * `chain-of-command`: a demand (10) or a promise (03) coded on a verb of command ({@link COMMANDING}) whose source and
 * target are of one country: a leader's order to his own forces, followers or lawmakers, or a subordinate's obedience.
 */
export function isChainOfCommand(doc: Doc, ev: CodedEvent): boolean {
  const verb = doc.lemma[ev.verb] || lower(doc, ev.verb);
  if (!ev.target || !/^(?:10|03)/.test(ev.cameo) || !COMMANDING.has(verb)) return false;
  const s = countryPart(ev.source.code);
  if (s === null || s !== countryPart(ev.target.code)) return false;
  // A self-ruled region's forces are a side of their own ("ordered the Kurdish peshmerga to withdraw" stays a demand).
  if (KURDISH.test(ev.source.code.slice(3)) !== KURDISH.test(ev.target.code.slice(3))) return false;
  // One side only: commanding or obeying, a state body ordering the state's forces, or an order to the source's own
  // people ("his followers", "all of his lawmakers"). An order to another party or to an armed group the state fights
  // ("ordered the Sadrist ministers to return to the cabinet", "ordered the militia to surrender") is a demand.
  if (verb === 'command' || verb === 'obey') return true;
  if (/^(?:GOV|MIL|COP)/.test(ev.source.code.slice(3)) && /^(?:MIL|COP|SPY)/.test(ev.target.code.slice(3))) return true;
  return ownPeopleOrdered(doc, ev.verb);
}

/** Possessive pronouns that make an order's object the source's own people. */
const OWN_POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my']);

/** Whether the object of `v`, or a noun within two "of" steps of it ("all of his lawmakers"), is possessed by a pronoun. */
function ownPeopleOrdered(doc: Doc, v: number): boolean {
  const possessed = (n: number): boolean => kids(doc, n).some((k) => rel(doc, k) === 'nmod:poss' && OWN_POSSESSIVE.has(lower(doc, k)));
  let frontier = kids(doc, v).filter((k) => rel(doc, k) === 'obj' || rel(doc, k) === 'iobj');
  for (let depth = 0; depth < 3 && frontier.length > 0; depth++) {
    if (frontier.some(possessed)) return true;
    frontier = frontier.flatMap((n) => kids(doc, n).filter((k) => rel(doc, k) === 'nmod'));
  }
  return false;
}

/** The sub-national part of a self-ruled region's codes (IRQGOVKUR, IRQMILKUR, IRQKURKDP). */
const KURDISH = /KUR/;

/** Verbs of taking or retaking a place. */
const RETAKING: ReadonlySet<string> = new Set(['recapture', 'retake', 'seize', 'capture', 'take', 'reclaim', 'regain', 'liberate', 'free']);

/**
 * `own-territory-retaken`: an occupation (192) by a state body (its government, army or police, code `XXXGOV`, `XXXMIL`,
 * `XXXCOP` with no sub-national part) aimed at a bare place of the same state, on a verb of taking.
 */
export function isOwnTerritoryRetaken(doc: Doc, ev: CodedEvent): boolean {
  const t = ev.target;
  if (!t || !ev.cameo.startsWith('192') || !RETAKING.has(doc.lemma[ev.verb] || lower(doc, ev.verb))) return false;
  return /^[A-Z]{3}(?:GOV|MIL|COP)$/.test(ev.source.code) && t.code === ev.source.code.slice(0, 3);
}

/** Sectors of non-state sides that act against their own state: rebels, insurgents, militias, radicals, the opposition. */
const ARMED_OR_OPPOSED = /^(?:REB|INS|UAF|RAD|OPP)/;
/** Roots of acts at a place, where the place is what is hit or occupied: protest, force posture, coercion, violence. */
const AT_PLACE = /^(?:1[4-9]|20)/;
/** Relations of a modifier inside a noun phrase: an adjective, a compound, a genitive or an "of" complement. */
const NOUN_MODIFIER = /^(?:amod|compound|nmod)/;

/**
 * `own-country-modifier`: the target is coded as the bare country of the source (a state's name, its people or its
 * adjective) and its mention modifies a noun other than the event's verb; the act is not one at a place (14-20).
 */
export function isOwnCountryModifier(doc: Doc, ev: CodedEvent): boolean {
  const t = ev.target;
  if (!t || AT_PLACE.test(ev.cameo)) return false;
  const cc = countryPart(ev.source.code);
  if (cc === null || t.code !== cc || KURDISH.test(ev.source.code.slice(3))) return false;
  // Rebels, militias and an opposition against their own state are a dyad ("the rebels would attack Kenyan bases").
  if (ARMED_OR_OPPOSED.test(ev.source.code.slice(3))) return false;
  const g = headOf(doc, t.head);
  return g >= 0 && g !== ev.verb && NOUN_MODIFIER.test(rel(doc, t.head)) && ['NOUN', 'PROPN'].includes(UPOS[doc.upos[g]] ?? '');
}

/** Nouns of a claim no one is named for: a report, a suggestion, a rumour. */
const REPORTED_CLAIMS: ReadonlySet<string> = new Set(['report', 'reports', 'suggestion', 'suggestions', 'claim', 'claims', 'rumor', 'rumors', 'rumour', 'rumours', 'speculation', 'allegation', 'allegations']);

/** Whether the denial at verb `v` has for its object a claim named as a report, a suggestion or a rumour. */
export function deniesReportedClaim(doc: Doc, v: number): boolean {
  return kids(doc, v).some((k) => rel(doc, k) === 'obj' && REPORTED_CLAIMS.has((doc.lemma[k] || lower(doc, k)).toLowerCase()));
}

/** Verbs of leaving or keeping away ("walked out", "stayed away"). */
const LEAVING: ReadonlySet<string> = new Set(['walk', 'stay']);

/** `walkout-protest`: a protest (14) coded on walking out or staying away whose target stands at the verb itself (none named). */
export function isWalkoutProtest(doc: Doc, ev: CodedEvent): boolean {
  return ev.cameo.startsWith('14') && !!ev.target && ev.target.head === ev.verb && LEAVING.has((doc.lemma[ev.verb] || lower(doc, ev.verb)).toLowerCase());
}
