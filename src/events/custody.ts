/**
 * Arrests as the expert coders code them (issue 5, part "conventions"; the development sets' expected
 * files code every "troops raided a house and detained four men" as 173, sets 1, 5, 9, 11-17).
 *
 * - The people arrested are the event's target even when no dictionary names them: unnamed men,
 *   people or suspects are the unknown actor `---` ("Police arrested three men in connection with the
 *   blast"; "detained 24 suspects"), and a group they are said to belong to is their code ("men
 *   suspected of belonging to a Mahdi Army cell", "a man the military described as a senior al-Qaida
 *   commander", "members of a special group").
 * - A raid that ends in arrests is the arrest: "raided a house in Sadr City and detained four men",
 *   "raided a neighbourhood before dawn, arresting nine men" are one 173 by the raiders (the coder
 *   often takes the second conjunct for a part of the raid and codes nothing for it; it codes a custody
 *   participle itself); the raid's own event against the place raided is dropped.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS, XPOS } from '../analysis/tags.js';
import type { ActorMention } from '../actors/types.js';
import type { CodedEvent } from './types.js';
import { dependentsOf } from './obligation.js';
import { isGathering } from './conventions.js';

/** Verbs of taking people into custody. */
const ARREST_LEMMAS: ReadonlySet<string> = new Set(['arrest', 'detain', 'capture', 'apprehend', 'nab', 'seize', 'abduct']);

/** Verbs of a raid that arrests may end (the raid's own event then is the arrest). */
const RAID_LEMMAS: ReadonlySet<string> = new Set(['raid', 'storm', 'sweep', 'search']);

/** Nouns for unnamed people: the arrested are an unknown actor unless a group is named for them. */
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'man', 'men', 'person', 'people', 'persons', 'suspect', 'suspects', 'individual', 'individuals', 'youth', 'youths',
]);

/** People of a gathering ("organizers of a rally"). */
const GATHERING_PEOPLE: ReadonlySet<string> = new Set(['organizer', 'organiser', 'leader', 'participant', 'organizers', 'organisers', 'leaders', 'participants']);

/** Words on the path from an arrested person to the group named for them ("suspected of belonging to", "described as a commander of"). */
const LINK_LEMMAS: ReadonlySet<string> = new Set([
  'suspect', 'belong', 'describe', 'identify', 'call', 'believe', 'say', 'link', 'tie', 'connect', 'member', 'members',
  'commander', 'leader', 'chief', 'head', 'fighter', 'militant', 'operative', 'cell', 'official', 'financier', 'emir',
  'as', 'of', 'to', 'with', 'in',
]);

/** Verbs of a clause that says who the arrested are ("suspected of", "described as", "identified as"). */
const DESCRIBING: ReadonlySet<string> = new Set(['suspect', 'describe', 'identify', 'believe', 'accuse']);

/** Prepositions of a place or origin ("from Iran", "in Sadr City"): no group of the arrested. */
const PLACE_CASES: ReadonlySet<string> = new Set(['from', 'at', 'near', 'inside', 'outside', 'across', 'into', 'through']);

/**
 * Generic codes of a plain person noun ("people" = IRQCVL, "suspects" = IRQCRM): the expert's unknown actor when
 * suspected of something. No development set codes arrested "suspects" as criminals (CRM): they are `---`, or the
 * country's rebels when soldiers hold them (sets 1, 2, 10, 16, 17, 21).
 */
const GENERIC_SECTORS: ReadonlySet<string> = new Set(['CVL', 'CRM']);

const rel = (doc: Doc, i: number): string => DEPREL[doc.dep[i]];

const kids = dependentsOf;

/** Whether `i` lies in the subtree of `root`. */
function under(doc: Doc, i: number, root: number): boolean {
  for (let k = i, n = 0; k >= 0 && n < 64; k = doc.head[k], n++) if (k === root) return true;
  return false;
}

/** Filters that judge only an event's target (a scene, a role, the reporter): the arrest itself stands. */
export const TARGET_FILTERS: ReadonlySet<string> = new Set(['scene-modifier-target', 'role-target', 'place-adjunct', 'own-country-target', 'violence-scene']);

/** Whether verb `v` is passive or negated (no arrest by its subject then). */
function passiveOrNegated(doc: Doc, v: number): boolean {
  for (const k of kids(doc, v)) {
    const r = rel(doc, k);
    if (r === 'aux:pass' || r === 'nsubj:pass') return true;
    if (r === 'advmod' && ['not', "n't", 'never'].includes(doc.form[k].toLowerCase())) return true;
  }
  return false;
}

/**
 * The arrested phrase of verb `v`: its object, or the subject of a "suspected" clause the parser
 * hung on the verb ("arresting [nine men] suspected of ..." read as a clause), or -1.
 */
export function arrestedPhrase(doc: Doc, v: number): number {
  const ks = kids(doc, v);
  const obj = ks.find((k) => rel(doc, k) === 'obj');
  // (A person object is the arrested; another object may be a misparse beside a "suspected" clause's subject.)
  if (obj !== undefined && PERSON_NOUNS.has(doc.lemma[obj].toLowerCase())) return obj;
  for (const k of ks) {
    if (!['ccomp', 'xcomp'].includes(rel(doc, k))) continue;
    const lemma = doc.lemma[k].toLowerCase();
    if (lemma === 'suspect') {
      const subj = kids(doc, k).find((x) => rel(doc, x) === 'nsubj' || rel(doc, x) === 'nsubj:pass');
      if (subj !== undefined) return subj;
    } else if (DESCRIBING.has(lemma)) {
      // "detaining [five men] the military described as members of ...": the people before the describer's subject.
      const subj = kids(doc, k).find((x) => rel(doc, x) === 'nsubj');
      const people = kids(doc, k).find((x) => x > v && (subj === undefined || x < subj) && ['obl', 'obj', 'nsubj'].includes(rel(doc, x)) && PERSON_NOUNS.has(doc.lemma[x].toLowerCase()));
      if (people !== undefined) return people;
    }
  }
  return obj ?? -1;
}

/** Whether the path from token `i` up to `root` passes only through linking words and noun-phrase relations. */
function linkedPath(doc: Doc, i: number, root: number): boolean {
  for (let k = i, n = 0; k !== root && k >= 0 && n < 16; k = doc.head[k], n++) {
    const r = rel(doc, k);
    // The describer of "a man the army described as ..." and a place or origin are no group of the arrested.
    if (r === 'nsubj' || r === 'nsubj:pass' || r === 'obl:agent') return false;
    for (const c of kids(doc, k)) if (rel(doc, c) === 'case' && PLACE_CASES.has(doc.form[c].toLowerCase())) return false;
    const h = doc.head[k];
    if (h === root || h < 0) continue;
    const u = UPOS[doc.upos[h]];
    if ((u === 'VERB' || u === 'AUX') && !LINK_LEMMAS.has(doc.lemma[h].toLowerCase())) return false;
  }
  return true;
}

/** Whether mention `m` is a group the arrested may belong to (not a bare state or place code). */
function groupCode(m: ActorMention): boolean {
  return m.code.length > 3 && !m.code.startsWith('---') && !GENERIC_SECTORS.has(m.code.slice(3));
}

/**
 * The target of an arrest whose arrested phrase is headed by `o`: the group named for the arrested
 * ("men suspected of belonging to a Mahdi Army cell" = that group), the phrase's own actor when it
 * names one ("Mahdi Army fighters", "demonstrators"), the unknown actor `---` for unnamed people
 * ("three men", "24 suspects", "four people suspected of helping the bomber"), else null.
 */
export function arrestedActor(doc: Doc, o: number, source: ActorMention, mentionAt: (i: number) => ActorMention | null, home: string | null = null): ActorMention | null {
  const s = doc.sentenceOf(o);
  const own = mentionAt(o);
  const lemma = doc.lemma[o].toLowerCase();
  const plain = PERSON_NOUNS.has(lemma) || PERSON_NOUNS.has(doc.form[o].toLowerCase());
  // "our people", "my men": the speaker's own side, not a group of suspects.
  if (kids(doc, o).some((k) => ['our', 'my'].includes(doc.form[k].toLowerCase()))) return null;
  // A generic code ("people" = IRQCVL) is the unknown actor only for suspects ("four people suspected of ...").
  const suspected =
    lemma === 'suspect' || kids(doc, o).some((k) => doc.lemma[k].toLowerCase() === 'suspect') || (doc.head[o] >= 0 && doc.lemma[doc.head[o]].toLowerCase() === 'suspect');
  const generic = own === null ? plain : plain && (own.code.startsWith('---') || (suspected && own.code.length > 3 && GENERIC_SECTORS.has(own.code.slice(3))));
  if (own && !generic) return own;
  // "organizers of a Friday rally", "leaders of the sit-in": the protesters, the opposition of the arresting state.
  const state = source.code.slice(0, 3);
  if (!own && /^[A-Z]{3}$/.test(state) && state !== '---' && GATHERING_PEOPLE.has(lemma)) {
    for (const k of kids(doc, o)) {
      if (rel(doc, k) === 'nmod' && isGathering(doc, k)) return { start: o, end: o + 1, head: o, code: `${state}OPP`, rule: "the people of a protest gathering: the state's opposition" };
    }
  }
  if (!plain) return null;
  // A group named in the phrase ("suspected of belonging to X", "described as an X commander", "members of X"),
  // or in a describing clause the parser hung on the arrest verb ("detained a man [the army described as ...]").
  const v = doc.head[o];
  const roots = [o];
  for (const x of [...kids(doc, o), ...(v >= 0 ? kids(doc, v) : []), ...(v >= 0 && DESCRIBING.has(doc.lemma[v].toLowerCase()) ? [v] : [])]) {
    if (x !== o && DESCRIBING.has(doc.lemma[x].toLowerCase()) && ['VERB', 'AUX'].includes(UPOS[doc.upos[x]]) && !roots.includes(x)) roots.push(x);
  }
  for (const root of roots) {
    for (let k = doc.sentStart[s]; k < doc.sentEnd[s]; k++) {
      if (k === o || k === root || !under(doc, k, root)) continue;
      const m = mentionAt(k);
      if (!m || m.head !== k || (m.start <= o && o < m.end) || !groupCode(m)) continue;
      if (m.code === source.code || m.resolvedFrom) continue;
      if (!linkedPath(doc, k, root)) continue;
      return { ...m, rule: `${m.rule} + the group the arrested are said to belong to` };
    }
  }
  // Suspects soldiers detain in a raid are suspected insurgents: the rebels of the country they are held in
  // ("detained 24 suspects", "arresting 200 suspects", "four men suspected of planting the bomb": the sets code them
  // IRQREB, `---` or IRQ, sets 1, 5, 9, 10, 14, 16, 17, 21). The country: the suspects' own code's ("suspects" =
  // IRQCRM), else the article's home (`home`, "men" with no code), else none.
  const held = own ? (/^[A-Z]{3}/.test(own.code) && !own.code.startsWith('---') ? own.code.slice(0, 3) : '') : (home ?? '');
  if (suspected && held && /^[A-Z]{3}MIL/.test(source.code)) {
    return { start: o, end: o + 1, head: o, code: `${held}REB`, rule: 'suspects soldiers detain: the rebels of the country they are held in' };
  }
  return { start: o, end: o + 1, head: o, code: '---', rule: 'unnamed people arrested: the unknown actor' };
}

/**
 * Arrest events as the experts code them (see the module comment). `coded` are the article's
 * events so far (filtered), `all` every event the coder found, with or without target (for the
 * arrest's source when the coded list has none on the verb). Returns the new coded list.
 */
export function arrestConventions(
  doc: Doc,
  coded: readonly CodedEvent[],
  raw: readonly CodedEvent[],
  open: readonly CodedEvent[],
  mentionAt: (i: number) => ActorMention | null,
  keep: (added: CodedEvent[]) => CodedEvent[] = (x) => x,
  droppedFor: (e: CodedEvent) => string | undefined = () => undefined,
  home: string | null = null,
): CodedEvent[] {
  const all = [...raw, ...open];
  const added: CodedEvent[] = [];
  const replaced = new Map<CodedEvent, number>();
  const raids = new Map<CodedEvent, number>();
  const settled = new Set<CodedEvent>();
  for (let s = 0; s < doc.sentenceCount; s++) {
    for (let v = doc.sentStart[s]; v < doc.sentEnd[s]; v++) {
      if (!ARREST_LEMMAS.has(doc.lemma[v].toLowerCase()) || UPOS[doc.upos[v]] !== 'VERB') continue;
      const r = rel(doc, v);
      // A participle modifier ("five Iranians detained by U.S. forces") or passive names no arrester here.
      // (Unless the coder found an arrest by someone there: "Iraqi police detained six men suspected ..." parsed as a reduced relative.)
      const known = all.some((e) => e.sentence === s && e.verb === v && e.cameo.startsWith('17'));
      if ((!known && (r === 'acl' || r === 'amod' || (XPOS[doc.xpos[v]] === 'VBN' && r === 'acl:relcl'))) || passiveOrNegated(doc, v)) continue;
      const o = arrestedPhrase(doc, v);
      if (o < 0) continue;
      // "seize" arrests people only ("seized weapons" is no arrest).
      if (doc.lemma[v].toLowerCase() === 'seize' && !PERSON_NOUNS.has(doc.lemma[o].toLowerCase())) continue;
      const pick = (evs: readonly CodedEvent[], at: number): CodedEvent[] => evs.filter((e) => e.sentence === s && e.verb === at);
      const here = pick(coded, v);
      // An arrest the filters removed (the content of an accusation, a demand) stays removed; one removed for its
      // target only (the district it was in, the ministry that reported it) is recoded against the arrested.
      const misaimed = pick(raw, v).filter((e) => e.target && e.cameo.startsWith('17') && TARGET_FILTERS.has(droppedFor(e) ?? ''));
      if (here.length === 0 && misaimed.length === 0 && raw.some((e) => e.sentence === s && e.verb === v && e.target)) continue;
      // The raid it ends ("raided X and detained ...", "raided X, arresting ...").
      let h = doc.head[v];
      // "raided a house in Sadr City, the Shiite district that is the cleric's stronghold, and detained ...": an "and"
      // arrest with no subject the parser hung inside the raid's object continues the sentence's raid.
      const top = (() => {
        let k = v;
        for (let n = 0; doc.head[k] >= 0 && n < 64; n++) k = doc.head[k];
        return k;
      })();
      const subjectless = !kids(doc, v).some((k) => rel(doc, k).startsWith('nsubj'));
      if (subjectless && h >= 0 && h !== top && UPOS[doc.upos[h]] !== 'VERB' && kids(doc, v).some((k) => rel(doc, k) === 'cc') && RAID_LEMMAS.has(doc.lemma[top].toLowerCase()) && top < v) h = top;
      const raid = (r === 'conj' || r === 'advcl') && h >= 0 && RAID_LEMMAS.has(doc.lemma[h].toLowerCase()) ? h : -1;
      let bases = here.length > 0 ? here : pick(open, v);
      if (bases.length === 0) bases = misaimed;
      if (bases.length === 0 && raid >= 0) bases = pick(coded, raid).length > 0 ? pick(coded, raid) : pick(all, raid);
      // An arrest with no subject of its own, hung on another act of its arresters ("freed four hostages, arresting two
      // suspects"): the arresters are that act's source.
      if (bases.length === 0 && (r === 'conj' || r === 'advcl') && h >= 0 && subjectless) {
        // (The head's subject, or that of the verb it is a conjunct of: "had raided a farm and freed three, arresting ...".)
        let a = h;
        let subj = kids(doc, a).find((k) => rel(doc, k) === 'nsubj');
        while (subj === undefined && rel(doc, a) === 'conj' && doc.head[a] >= 0) subj = kids(doc, (a = doc.head[a])).find((k) => rel(doc, k) === 'nsubj');
        if (subj !== undefined) {
          const by = (e: CodedEvent): boolean => e.source.start <= subj && subj < e.source.end;
          const onHead = [...pick(coded, h), ...pick(all, h), ...(a !== h ? [...pick(coded, a), ...pick(all, a)] : [])].filter(by);
          bases = onHead;
        }
      }
      // One arrest per arrester ("U.S. and Iraqi troops": two sources).
      bases = bases.filter((e, k) => bases.findIndex((x) => x.source.code === e.source.code) === k);
      if (bases.length === 0) continue;
      // (Soldiers among the arresters make the arrested suspects the country's rebels: "U.S. and Iraqi troops".)
      const lead = bases.find((b) => /^[A-Z]{3}MIL/.test(b.source.code)) ?? bases[0];
      const target = arrestedActor(doc, o, lead.source, mentionAt, home);
      if (!target || target.code === lead.source.code) continue;
      // (An unnamed or generic arrested phrase, "12 suspects", replaces no named target a conjunct gave: "killed three militants and detained 12 suspects".)
      const unknown = target.code === '---' || (target.head === o && PERSON_NOUNS.has(doc.lemma[o].toLowerCase()));
      // An arrest coded against someone outside the arrested phrase ("the army" that described them) or generically is recoded;
      // the unknown actor replaces no named one.
      const generic = (m: ActorMention): boolean => m.code.startsWith('---') || GENERIC_SECTORS.has(m.code.slice(3));
      // (A bare state outside the arrested phrase is the place of the arrest, "detained two men in Basra": no one named.)
      const place = (m: ActorMention): boolean =>
        m.code.length === 3 && (!under(doc, m.head, o) || kids(doc, m.head).some((c) => rel(doc, c) === 'case' && ['in', 'at'].includes(doc.form[c].toLowerCase())));
      const wrong = here.filter((e) => e.cameo.startsWith('17') && (!e.target || (e.target.code !== target.code && (!unknown || generic(e.target) || place(e.target)) && (!under(doc, e.target.head, o) || generic(e.target) || place(e.target)))));
      if (here.length > 0 && wrong.length === 0) {
        // (The coder's own arrest is right: the raid it ends is still no act against the place raided.)
        if (raid >= 0) for (const e of pick(coded, raid)) if (e.target && e.target.code.length === 3 && e.cameo.startsWith('19')) settled.add(e);
        continue;
      }
      const at = added.length;
      for (const base of here.length > 0 ? wrong : bases) {
        if (added.some((e) => e.sentence === s && e.verb === v && e.source.code === base.source.code)) continue;
        added.push({
          ...base,
          target,
          cameo: base.cameo.startsWith('17') ? base.cameo : '173',
          verb: v,
          negated: false,
          evidenceStart: Math.min(base.source.start, v),
          evidenceEnd: Math.max(v + 1, target.end),
          rule: `${base.rule} + arrest convention: the arrested are the target${raid >= 0 ? ' (a raid ending in arrests is the arrest)' : ''}`,
        });
      }
      for (const e of wrong) replaced.set(e, v);
      // The describer of the arrested ("five men [the military] described as ...") is no one's target.
      const describers = new Set<number>();
      for (const d of [...kids(doc, v), ...kids(doc, o)]) {
        if (!DESCRIBING.has(doc.lemma[d].toLowerCase()) || !['ccomp', 'acl:relcl', 'acl'].includes(rel(doc, d))) continue;
        for (const k of kids(doc, d)) if (rel(doc, k) === 'nsubj') describers.add(k);
      }
      if (describers.size > 0) {
        for (const e of [...pick(coded, v), ...(raid >= 0 ? pick(coded, raid) : [])]) if (e.target && describers.has(e.target.head)) replaced.set(e, v);
      }
      if (raid >= 0 && added.length > at) for (const e of pick(coded, raid)) if (e.target && e.target.code.length === 3) raids.set(e, v);
    }
  }
  const kept = keep(added);
  const done = new Set(kept.map((e) => `${e.sentence}:${e.verb}`));
  const gone = (e: CodedEvent): boolean => {
    const v = replaced.get(e) ?? raids.get(e);
    return v !== undefined && done.has(`${e.sentence}:${v}`);
  };
  return [...coded.filter((e) => !gone(e) && !settled.has(e)), ...kept];
}

/** Verbs of reporting whose subject tells of a passive arrest ("the ministry said 20 people had been arrested"). */
const REPORTING: ReadonlySet<string> = new Set(['say', 'announce', 'report', 'add', 'confirm', 'tell', 'state']);
/** Sectors of a state's organs that arrest people, or speak for those who do. */
const ARRESTING_SECTORS = /^(GOV|MIL|COP|SPY|JUD)/;
/** Sectors of armed forces (the arresters when a sentence names them). */
const FORCE_SECTORS = /^(MIL|COP)/;
/** Auxiliaries of an act only supposed or to come ("would be arrested", "could be detained"). */
const UNREAL: ReadonlySet<string> = new Set(['would', 'will', 'could', 'might', 'may', 'should', 'must', 'can', "'ll", "'d", 'shall']);
/** Passive arrest verbs: people are arrested, not things seized. */
const PASSIVE_ARRESTS: ReadonlySet<string> = new Set(['arrest', 'detain', 'capture', 'apprehend', 'nab']);

/**
 * Arrests told in the passive with no arrester ("20 people had been arrested", "Kadhim had been arrested in
 * Baghdad", "several of the vice president's guards were detained"): the expert codes the state's forces that
 * hold them against the arrested (sets 16, 18, 19, 20, 25). The arrester: a state's forces the sentence named
 * before the verb ("Iraqi troops surrounded the homes ..., and guards were detained"), else the state organ that
 * tells of it ("the Interior Ministry said ...", "officials said ..."), else the government of the article's
 * home (`home`). The arrested: the passive subject's actor (none, no event: "Kadhim" unknown to the dictionaries).
 * Only asserted arrests: no modal, no negation, no condition. `coded`: the article's events so far (a verb they
 * already code is left alone). Returns the new events.
 */
export function passiveArrests(
  doc: Doc,
  coded: readonly CodedEvent[],
  mentionAt: (i: number) => ActorMention | null,
  home: string | null,
): CodedEvent[] {
  const out: CodedEvent[] = [];
  const stateOf = (code: string): string | null => (/^[A-Z]{3}/.test(code) && !code.startsWith('---') && !/^(IGO|NGO|NGM|IMG|MNC|UIS|INT)/.test(code) ? code.slice(0, 3) : null);
  for (let s = 0; s < doc.sentenceCount; s++) {
    for (let v = doc.sentStart[s]; v < doc.sentEnd[s]; v++) {
      if (!PASSIVE_ARRESTS.has(doc.lemma[v].toLowerCase()) || UPOS[doc.upos[v]] !== 'VERB') continue;
      const ks = kids(doc, v);
      const subj = ks.find((k) => rel(doc, k) === 'nsubj:pass');
      if (subj === undefined || !ks.some((k) => rel(doc, k) === 'aux:pass')) continue;
      // (An agent is a "by" phrase: "according to officials" misread as one names no arrester.)
      if (ks.some((k) => (rel(doc, k) === 'obl:agent' || rel(doc, k) === 'obl') && kids(doc, k).some((c) => rel(doc, c) === 'case' && doc.form[c].toLowerCase() === 'by'))) continue;
      if (ks.some((k) => (rel(doc, k) === 'aux' && UNREAL.has(doc.form[k].toLowerCase())) || (rel(doc, k) === 'advmod' && ['not', "n't", 'never'].includes(doc.form[k].toLowerCase())) || (rel(doc, k) === 'mark' && ['if', 'unless', 'whether'].includes(doc.form[k].toLowerCase())))) continue;
      if (coded.some((e) => e.sentence === s && e.verb === v && e.target)) continue;
      // The arrested: the subject's actor, or that of its "of" phrase ("several of the guards").
      // ("its members", "the vice president's guards": the possessor's side.)
      const actorOf = (k: number): ActorMention | null => {
        const m = mentionAt(k);
        if (m) return m;
        const poss = kids(doc, k).find((c) => rel(doc, c) === 'nmod:poss');
        return poss !== undefined ? mentionAt(poss) : null;
      };
      let who = actorOf(subj);
      if (!who) {
        const of = kids(doc, subj).find((k) => ['nmod', 'obl'].includes(rel(doc, k)) && kids(doc, k).some((c) => rel(doc, c) === 'case' && doc.form[c].toLowerCase() === 'of'));
        if (of !== undefined) who = actorOf(of);
      }
      // (No actor for the arrested, "Kadhim", "several of its members": no event; an unknown arrester's unknown captive tells little.)
      if (!who || who.code.startsWith('---')) continue;
      const target: ActorMention = { ...who };
      // The arresters: forces named before the verb in the sentence.
      let source: ActorMention | null = null;
      for (let k = doc.sentStart[s]; k < v && !source; k++) {
        const m = mentionAt(k);
        if (!m || m.head !== k || m.start >= target.start && m.end <= target.end) continue;
        const st = stateOf(m.code);
        if (st && FORCE_SECTORS.test(m.code.slice(3)) && rel(doc, k).startsWith('nsubj')) source = m;
      }
      // ... else the state organ that tells of it.
      if (!source) {
        let c = v;
        for (let n = 0; n < 4 && c >= 0 && ['ccomp', 'conj'].includes(rel(doc, c)); n++) {
          c = doc.head[c];
          if (c >= 0 && REPORTING.has(doc.lemma[c].toLowerCase())) break;
        }
        if (c >= 0 && c !== v && REPORTING.has(doc.lemma[c].toLowerCase())) {
          const sp = kids(doc, c).find((k) => rel(doc, k) === 'nsubj');
          const m = sp !== undefined ? mentionAt(sp) : null;
          if (m && stateOf(m.code) && ARRESTING_SECTORS.test(m.code.slice(3))) source = m;
        }
      }
      if (!source && home) source = { start: v, end: v + 1, head: v, code: `${home}GOV`, rule: "the home state's government (a passive arrest with no arrester)" };
      if (!source || source.code === target.code) continue;
      out.push({
        sentence: s,
        source,
        target,
        cameo: '173',
        negated: false,
        verb: v,
        evidenceStart: Math.min(target.start, v),
        evidenceEnd: v + 1,
        rule: 'a passive arrest with no arrester: the state that holds them arrested them (173)',
      });
    }
  }
  return out;
}
