/**
 * Word lists for article-level actor resolution: which nouns name people or
 * organisations, what pronouns agree with, and the few context words that give an
 * unknown actor its code. Small on purpose: they describe English, not actors.
 * @module
 */

/** Personal pronouns resolved to actors, with what they agree with. */
import { RANK_ABBREVIATIONS } from '../actors/ranks.js';

export const PRONOUNS: ReadonlyMap<string, { person: boolean | null; plural: boolean; possessive: boolean }> = new Map([
  ['he', { person: true, plural: false, possessive: false }],
  ['him', { person: true, plural: false, possessive: false }],
  ['his', { person: true, plural: false, possessive: true }],
  ['she', { person: true, plural: false, possessive: false }],
  ['her', { person: true, plural: false, possessive: true }],
  ['its', { person: false, plural: false, possessive: true }],
  ['it', { person: false, plural: false, possessive: false }],
  ['they', { person: null, plural: true, possessive: false }],
  ['them', { person: null, plural: true, possessive: false }],
  ['their', { person: null, plural: true, possessive: true }],
]);

/** The ranks in full ("brigadier", "lieutenant", "major"), title words before "general" or "colonel". */
export const RANK_TITLES: ReadonlySet<string> = new Set(RANK_ABBREVIATIONS.values());

/** The title word an abbreviated rank stands for ("gen." -> "general"); other words unchanged. */
export function fullTitle(l: string): string {
  return RANK_ABBREVIATIONS.get(l.replace(/\.$/, '')) ?? l;
}

/** Nouns that name one person by role ("the prime minister", "the cleric"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  `president premier minister chancellor king queen prince emir sheikh leader cleric imam ayatollah ambassador envoy
  diplomat spokesman spokeswoman spokesperson official commander general chief secretary senator lawmaker legislator
  judge prosecutor governor mayor negotiator mediator adviser advisor aide deputy delegate representative chairman
  chairwoman director monarch dictator ruler colonel admiral speaker administrator`.split(/\s+/)
    .concat([...RANK_ABBREVIATIONS.keys()].flatMap((a) => [a, `${a}.`])),
);

/** Nouns that name an organisation or a body ("the militia", "the council"). */
export const ORG_NOUNS: ReadonlySet<string> = new Set(
  `government ministry militia group council organization organisation movement party army police administration
  cabinet parliament court committee agency coalition alliance bloc front faction union league office embassy
  commission assembly authority authorities military brigade brigades junta regime insurgency association network framework`.split(/\s+/),
);

/** Words of a proper name that make it an organisation ("Mahdi Army", "Accord Front"). */
export const ORG_NAME_WORDS: ReadonlySet<string> = new Set(
  `army council organization organisation front party movement union league brigade brigades committee agency nations
  ministry government congress assembly alliance coalition bloc corps guard forces commission association authority
  bank fund institute foundation court parliament office group network framework`.split(/\s+/),
);

/** Well-known one-word organisation names that look like a person's surname. */
export const ORG_SINGLE_NAMES: ReadonlySet<string> = new Set(
  `hamas hezbollah hizbollah taliban fatah al-qaeda qaeda nato opec isis isil hizballah`.split(/\s+/),
);

/** Sector codes of state bodies: a group of such a person is its country's, not the person's own. */
export const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY', 'ELI']);

/**
 * Nouns for the people around a leader ("Sadr's supporters", "his fighters") and
 * the agent code they get; `null` = the leader's own code when the leader is not a
 * state actor, else the country + PTY (a political following).
 */
export const FOLLOWER_NOUNS: ReadonlyMap<string, string | null> = new Map([
  // A leader's following is his political side: the party of a leader with one ("Sadr's supporters" = IRQPTYSDR
  // beside his militia IRQREBSHI), else the leader's own code (a non-state leader) or the country's PTY.
  ['supporters', 'PTY'],
  ['followers', 'PTY'],
  ['loyalists', 'PTY'],
  ['partisans', 'PTY'],
  // People who speak or act for a leader: his office, so his party when he has one.
  ['representatives', 'GOV'],
  ['envoys', 'GOV'],
  ['emissaries', 'GOV'],
  ['fighters', 'REB'],
  ['militiamen', 'REB'],
  ['gunmen', 'REB'],
  ['forces', 'MIL'],
  ['troops', 'MIL'],
  ['militia', 'REB'],
  ['militias', 'REB'],
  // Political nouns: the country's PTY for a state leader, the party of a leader with one (IRQPTYSDR).
  ['movement', 'PTY'],
  ['bloc', 'PTY'],
  ['party', 'PTY'],
  ['office', 'GOV'],
  ['men', 'MIL'],
]);

/** Agent codes of a leader's political side: its officials and spokesmen, lawmakers, party. */
export const POLITICAL_AGENTS: ReadonlySet<string> = new Set(['GOV', 'LEG', 'PTY']);

/** Religious/ethnic modifiers and their CAMEO codes ("Sunni-based insurgency" -> ---INSSUN). */
export const GROUP_MODIFIERS: ReadonlyMap<string, string> = new Map([
  ['sunni', 'SUN'],
  ['sunnis', 'SUN'],
  ['shiite', 'SHI'],
  ['shia', 'SHI'],
  ["shi'ite", 'SHI'],
  ['shiites', 'SHI'],
  ['islamist', 'MUS'],
  ['muslim', 'MUS'],
  ['christian', 'CHR'],
  ['jewish', 'JEW'],
  ['kurdish', 'KUR'],
]);

/** Group nouns that are no dictionary agent in the starter set but name an armed or political actor. */
export const GROUP_NOUN_CODES: ReadonlyMap<string, string> = new Map([
  ['insurgency', 'INS'],
  ['insurgents', 'INS'],
  ['insurgent', 'INS'],
  ['militants', 'REB'],
  ['rebels', 'REB'],
  ['militia', 'REB'],
  ['militias', 'REB'],
  ['fighters', 'REB'],
  ['guerrillas', 'REB'],
  // Political groups ("the main Sunni Arab bloc", "Shiite parties").
  ['bloc', 'PTY'],
  ['blocs', 'PTY'],
  // "the Shiite alliance" (Iraq's ruling list), "a Sunni coalition": an electoral list, as "bloc".
  ['alliance', 'PTY'],
  ['alliances', 'PTY'],
  ['coalition', 'PTY'],
  ['parties', 'PTY'],
  ['politicians', 'PTY'],
  // "his Shiite allies", "Maliki's main Shiite ally", "their Sunni rivals": a community's political side.
  ['ally', 'PTY'],
  ['allies', 'PTY'],
  ['partner', 'PTY'],
  ['partners', 'PTY'],
  ['rivals', 'PTY'],
]);

/** Sector a proper organisation name implies ("Accord Front" -> PTY), by its last word. */
export const ORG_WORD_SECTOR: ReadonlyMap<string, string> = new Map([
  ['party', 'PTY'],
  ['front', 'PTY'],
  ['bloc', 'PTY'],
  ['movement', 'PTY'],
  ['alliance', 'PTY'],
  ['coalition', 'PTY'],
  ['list', 'PTY'],
  ['brigade', 'REB'],
  ['brigades', 'REB'],
  ['army', 'REB'],
  ['militia', 'REB'],
  ['council', 'GOV'],
  ['ministry', 'GOV'],
]);

/** Capitalised words that are never part of an actor's name. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
  october november december i the a an he she they we it this that these those but and or if when while after before
  mr mrs ms dr`.split(/\s+/),
);

/** Lower-case particles inside Arabic and European names ("Tariq al-Hashemi", "bin Laden"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'abd', 'de', 'van', 'von', 'der', 'du', 'la', 'le', 'da', 'ul', '-']);

/** Title modifiers that change the office ("foreign minister" is not the prime minister). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(
  `prime foreign defense defence interior finance oil vice deputy former acting supreme chief national security trade
  justice health education`.split(/\s+/),
);

/**
 * First-person pronouns: inside a quotation they are its speaker ("'We will not
 * disarm,' the cleric said"); "we" is the speaker's group, which shares the
 * speaker's code in CAMEO (Sadr and his movement are both IRQREBSHI).
 */
export const FIRST_PERSON: ReadonlyMap<string, { plural: boolean; possessive: boolean }> = new Map([
  ['i', { plural: false, possessive: false }],
  ['me', { plural: false, possessive: false }],
  ['my', { plural: false, possessive: true }],
  ['we', { plural: true, possessive: false }],
  ['us', { plural: true, possessive: false }],
  ['our', { plural: true, possessive: true }],
]);

/**
 * State institutions ("the government", "the army", "police"): a definite title of one
 * is no militia or party called so ("the army" after "the Mahdi Army").
 */
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set(
  `government army military police parliament cabinet administration authorities authority ministry security forces
  judiciary court troops legislature`.split(/\s+/),
);

/** Violent acts an inquiry looks into ("ordered an investigation" after a raid, a killing, a shelling). */
const INQUIRY_ACTS: readonly string[] = ['raid', 'storm', 'attack', 'kill', 'strike', 'bomb', 'shell', 'fire', 'shoot', 'arrest', 'detain', 'invade', 'clash'];

/**
 * Nouns that name an act reported before ("denied the charge", "condemned the raid")
 * and the verbs (lemmas) that reported it: the noun stands for the act's agent.
 */
export const EVENT_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  // A raid is also the arrest or detention carried out in it ("troops arrested X in a raid").
  ['raid', ['raid', 'storm', 'arrest', 'detain']],
  // An attack is also a storming, a raid or a bombing reported before ("protesters stormed the consulate ... Tehran
  // condemned the attack") (s14-discourse).
  ['attack', ['attack', 'storm', 'raid', 'ambush', 'bomb', 'torch']],
  ['storming', ['storm']],
  // Strikes from the air or by artillery are named by any of their verbs ("warplanes and artillery struck ...";
  // "Barzani condemned the shelling").
  ['strike', ['strike', 'bomb', 'pound', 'shell', 'hit']],
  ['airstrike', ['strike', 'bomb', 'pound', 'hit']],
  ['bombing', ['bomb', 'strike', 'pound']],
  ['bombardment', ['bombard', 'bomb', 'shell', 'pound', 'strike']],
  ['shelling', ['shell', 'strike', 'pound', 'bombard', 'hit']],
  ['charge', ['accuse', 'charge', 'blame']],
  ['accusation', ['accuse', 'blame']],
  ['allegation', ['accuse', 'allege']],
  ['claim', ['accuse', 'claim', 'allege']],
  ['criticism', ['criticize', 'criticise', 'condemn']],
  ['complaint', ['complain', 'protest']],
  ['protest', ['protest', 'complain']],
  ['denial', ['deny']],
  ['killing', ['kill']],
  ['arrest', ['arrest']],
  ['detention', ['detain']],
  ['invasion', ['invade']],
  ['crackdown', ['crack']],
  // Appeals, demands, offers and threats: "rejected the demand", "welcomed the offer".
  ['demand', ['demand', 'urge', 'press', 'call', 'ask', 'insist']],
  ['request', ['request', 'ask', 'urge']],
  ['appeal', ['appeal', 'urge', 'call']],
  ['ultimatum', ['demand', 'threaten', 'warn']],
  ['proposal', ['propose', 'offer', 'suggest']],
  ['offer', ['offer', 'propose']],
  ['plan', ['propose', 'unveil', 'announce']],
  ['threat', ['threaten', 'warn']],
  ['warning', ['warn', 'threaten']],
  ['invitation', ['invite']],
  ['call', ['call', 'urge', 'appeal']],
  // What was said: "welcomed the statement", "dismissed the remarks as interference".
  ['statement', ['state', 'declare', 'announce']],
  ['communique', ['state', 'declare', 'announce']],
  ['sermon', ['state', 'preach']],
  ['speech', ['state', 'speak']],
  ['declaration', ['declare', 'announce']],
  ['announcement', ['announce', 'declare']],
  ['remark', ['say', 'remark', 'comment', 'describe', 'call']],
  ['comment', ['say', 'comment', 'remark', 'describe', 'call']],
  ['decision', ['decide', 'announce', 'order']],
  // The story's own news, judged by its noun: "criticized the closure" (of "closed the paper"), "denounced the agreement"
  // (of "agreed to end the mission").
  ['closure', ['close', 'shut', 'padlock']],
  ['agreement', ['agree', 'sign', 'conclude']],
  ['deal', ['agree', 'sign', 'conclude']],
  ['accord', ['agree', 'sign', 'conclude']],
  ['order', ['order']],
  ['pledge', ['pledge', 'promise', 'vow']],
  ['promise', ['promise', 'pledge', 'vow']],
  ['ceasefire', ['declare', 'announce', 'order', 'observe', 'agree', 'accept']],
  // s15: acts welcomed, praised or condemned after they were told ("Hashemi vetoed the law ... Syria welcomed the
  // veto", "Abadi said he had ordered the operation ... Turkey welcomed the operation"; sets 13, 26, 7, 12).
  ['truce', ['declare', 'announce', 'order', 'observe', 'agree', 'accept']],
  ['veto', ['veto']],
  ['operation', ['order', 'launch', 'conduct', 'begin', 'start', 'mount']],
  ['offensive', ['order', 'launch', 'begin', 'start', 'mount']],
  ['freeze', ['freeze', 'suspend', 'halt']],
  ['suspension', ['suspend', 'freeze', 'halt']],
  ['seizure', ['seize', 'capture', 'overrun']],
  // "ordered an investigation", "opened an inquiry" (the object of a verb, nothing "into" it): into the
  // violent act reported last, aimed at its agent.
  ['investigation', INQUIRY_ACTS],
  ['inquiry', INQUIRY_ACTS],
  ['probe', INQUIRY_ACTS],
]);

/**
 * Things an actor makes (a text, a law, a vote, a ruling) and the verbs (lemmas) that tell their making: "Shiite leaders
 * presented a draft ... Sunni negotiators rejected the text", "parliament approved the law ... the party condemned the
 * law". Named only as the object of a reaction ({@link REACTION_VERBS}): "under the law" or "the text says" name no one.
 */
export const ARTEFACT_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['text', ['draft', 'present', 'submit', 'write', 'propose', 'circulate', 'approve']],
  ['draft', ['draft', 'present', 'submit', 'write', 'propose', 'circulate']],
  ['constitution', ['draft', 'present', 'submit', 'write', 'approve', 'adopt']],
  ['law', ['pass', 'approve', 'adopt', 'enact', 'amend', 'draft']],
  ['bill', ['pass', 'approve', 'adopt', 'introduce', 'draft', 'submit']],
  ['legislation', ['pass', 'approve', 'adopt', 'enact', 'introduce', 'draft']],
  ['resolution', ['pass', 'adopt', 'approve', 'draft', 'propose', 'submit']],
  ['vote', ['vote', 'approve', 'pass', 'ratify', 'endorse', 'elect', 'confirm']],
  ['report', ['publish', 'issue', 'release', 'present', 'write', 'submit']],
  ['ruling', ['rule', 'issue', 'order']],
  ['verdict', ['rule', 'issue', 'convict', 'sentence', 'acquit']],
  ['budget', ['pass', 'approve', 'adopt', 'present', 'submit', 'draft']],
]);

/** Verbs of a reaction to an act or a thing ("condemned the strikes", "rejected the text"), aimed at its author. */
export const REACTION_VERBS: ReadonlySet<string> = new Set(
  `condemn denounce reject criticize criticise welcome praise hail applaud accept dismiss deplore protest oppose slam
  endorse rebuff decry blast assail laud commend`.split(/\s+/),
);

/** Nouns of an inquiry, which may be written with "a"/"an": they name the act inquired into, not one said before. */
export const INQUIRY_NOUNS: ReadonlySet<string> = new Set(['investigation', 'inquiry', 'probe']);

/**
 * Light verbs whose object names the act ("issued an ultimatum", "made an offer", "released a statement"):
 * the act is registered under the verb its noun stands for ({@link EVENT_NOUNS}).
 */
export const LIGHT_ACT_VERBS: ReadonlySet<string> = new Set(
  `issue make deliver present submit send extend renew repeat reiterate launch stage mount table unveil put release
  publish lodge file level carry conduct give`.split(/\s+/),
);

/**
 * Nouns for setting free those an actor holds ("demanded the release of the detainees",
 * "demanded their release"): the noun stands for the holder, the agent of the arrest,
 * detention or kidnapping reported before; written with "the ... of" or a possessive.
 */
export const RELEASE_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['release', ['arrest', 'detain', 'kidnap', 'abduct', 'seize', 'capture', 'hold', 'jail', 'imprison']],
  ['freeing', ['arrest', 'detain', 'kidnap', 'abduct', 'seize', 'capture', 'hold', 'jail', 'imprison']],
]);

/**
 * What a government vetoes ("threatened to veto the bill", "Bush would veto it"): an act of its own
 * country's legislature, at which the veto is aimed; lemmas of the verb's object.
 */
export const VETOED_NOUNS: ReadonlySet<string> = new Set(
  `bill bills measure measures amendment amendments legislation law laws budget it them one`.split(/\s+/),
);

/** Nouns of a statement an actor speaks "in" ("said in a statement", "in a sermon read on his behalf"). */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set(['statement', 'communique', 'sermon', 'speech', 'interview', 'letter', 'declaration']);
