/**
 * Mentions the coder makes itself for people or a government named only by what they do or what stands for them:
 * "threatened to kill anyone who votes" (the civilians), "banned all vehicle traffic" (the people who move),
 * "would support the agreement only if ..." (the government that negotiates the pact). Each is country-less
 * (---CVL, ---GOV); in article mode `homeSynthetic` gives it the article's home country (s16-verbs).
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS } from '../analysis/tags.js';
import type { ActorMention } from '../actors/types.js';
import type { CodedEvent } from './types.js';
import { ANYONE_RULE } from './intent.js';

const rel = (doc: Doc, k: number): string => DEPREL[doc.dep[k]] ?? '_';
const lem = (doc: Doc, k: number): string => (doc.lemma[k] || doc.form[k]).toLowerCase();

/** Each word of sentence `s` whose lemma is in `nouns`, the object of a verb of the same sentence whose lemma is in `verbs`: [word, verb]. */
function objectsOf(doc: Doc, s: number, nouns: ReadonlySet<string>, verbs: ReadonlySet<string>, form = false): [number, number][] {
  const a = doc.sentStart[s];
  const b = doc.sentEnd[s];
  const out: [number, number][] = [];
  for (let k = a; k < b; k++) {
    if (!nouns.has(form ? doc.form[k].toLowerCase() : lem(doc, k)) || rel(doc, k) !== 'obj') continue;
    const v = doc.head[k];
    if (v >= a && v < b && verbs.has(lem(doc, v))) out.push([k, v]);
  }
  return out;
}

const mention = (k: number, code: string, rule: string): ActorMention => ({ start: k, end: k + 1, head: k, code, rule });

/** Verbs of killing whose object "anyone who ..." is threatened ("threatened to kill anyone who votes"). */
const DEATH_THREAT_VERBS: ReadonlySet<string> = new Set(['kill', 'behead', 'execute', 'slaughter', 'murder', 'shoot', 'assassinate', 'target', 'attack', 'punish']);
/** Verbs and modals that make an act a threat or a warning, not a deed. */
const THREATENING: ReadonlySet<string> = new Set(['threaten', 'warn', 'vow', 'promise', 'pledge', 'swear']);
const ANYONE: ReadonlySet<string> = new Set(['anyone', 'anybody', 'whoever', 'everyone', 'everybody']);

/**
 * "threatened to kill anyone who votes", "warned that the group would behead anyone caught with ink on his finger":
 * whoever does an ordinary thing (votes, takes part, works with ...) and is threatened with death for it is the
 * civilian population (---CVL). Only as the object of a verb of killing that a threat or warning governs, or that
 * "would"/"will" makes future, and only when the threatener is named (a pronoun's reading is left to the article); a
 * mention for each such word (s16-verbs: sets 14, 18, 28).
 */
function threatenedAnyone(doc: Doc, s: number): ActorMention[] {
  const a = doc.sentStart[s];
  const b = doc.sentEnd[s];
  const out: ActorMention[] = [];
  for (const [k, v] of objectsOf(doc, s, ANYONE, DEATH_THREAT_VERBS, true)) {
    // Named by what it does: a relative clause or participle on the pronoun ("anyone who votes", "anyone caught ...").
    let described = k + 1 < b && /^(who|that)$/i.test(doc.form[k + 1]);
    for (let c = a; c < b && !described; c++) if (doc.head[c] === k && (rel(doc, c) === 'acl:relcl' || rel(doc, c) === 'acl')) described = true;
    if (!described) continue;
    let threat = false;
    for (let c = a; c < b && !threat; c++) if (doc.head[c] === v && rel(doc, c) === 'aux' && /^(would|will|'ll)$/i.test(doc.form[c])) threat = true;
    for (let x = v, d = 0; !threat && d < 4 && (rel(doc, x) === 'xcomp' || rel(doc, x) === 'ccomp') && doc.head[x] >= a && doc.head[x] < b; d++) {
      x = doc.head[x];
      threat = THREATENING.has(lem(doc, x));
    }
    // Who threatens: named, not a pronoun ("they would behead anyone", after "residents said", is left alone).
    let subj = -1;
    for (let x = v, d = 0; subj < 0 && d < 5 && x >= a && x < b; d++) {
      for (let c = a; c < b && subj < 0; c++) if (doc.head[c] === x && rel(doc, c).startsWith('nsubj')) subj = c;
      if (subj < 0) x = doc.head[x];
    }
    if (subj >= 0 && UPOS[doc.upos[subj]] === 'PRON') continue;
    if (threat) out.push(mention(k, '---CVL', ANYONE_RULE));
  }
  return out;
}

const MOVEMENT_RULE = 'a ban on movement: the people who move (s16-verbs)';
/** What a ban on movement names ("banned all vehicle traffic", "banned cars from the streets"). */
const MOVEMENT_NOUNS: ReadonlySet<string> = new Set(['traffic', 'vehicle', 'car', 'movement', 'driving']);
/** Verbs of banning. */
const BANNING: ReadonlySet<string> = new Set(['ban', 'prohibit', 'forbid', 'bar', 'restrict']);

/**
 * "the government banned all vehicle traffic in the capital", "sealed the borders and banned most civilian traffic":
 * a ban on the traffic of a town or country is a restriction (172) on its people, whom the traffic stands for
 * (---CVL). A mention for each such object (s16-verbs: sets 26, 28; set 3 has it in the passive).
 */
function bannedMovement(doc: Doc, s: number): ActorMention[] {
  return objectsOf(doc, s, MOVEMENT_NOUNS, BANNING).map(([k]) => mention(k, '---CVL', MOVEMENT_RULE));
}

export const PACT_RULE = 'a pact backed on a condition: its government (s16-verbs)';
/** Nouns of a pact or law a government negotiates or proposes ("would support the agreement only if ..."). */
const PACT_NOUNS: ReadonlySet<string> = new Set(['agreement', 'pact', 'deal', 'accord', 'treaty', 'charter']);
/** Verbs of backing a pact. */
const PACT_BACKING: ReadonlySet<string> = new Set(['support', 'back', 'accept', 'approve', 'endorse', 'sign', 'ratify']);

/**
 * "would support the agreement only if it included a timetable", "would not back the pact unless it was put to a
 * referendum": backing a pact on a condition is a demand on the government that negotiates it; the pact stands for
 * that government (---GOV). A mention for each such object (s16-verbs: the first held-out set, sets 9 and 14).
 */
function conditionedPacts(doc: Doc, s: number): ActorMention[] {
  const b = doc.sentEnd[s];
  const out: ActorMention[] = [];
  for (const [k, v] of objectsOf(doc, s, PACT_NOUNS, PACT_BACKING)) {
    let cond = false;
    for (let c = v + 1; c < b && !cond; c++) {
      if (doc.head[c] !== v || !['advcl', 'ccomp'].includes(rel(doc, c))) continue;
      for (let m = v + 1; m < c && !cond; m++) {
        if (doc.head[m] !== c || rel(doc, m) !== 'mark') continue;
        const w = doc.form[m].toLowerCase();
        if (w === 'unless') cond = true;
        else if (w === 'if') for (let q = v + 1; q < m && !cond; q++) cond = doc.form[q].toLowerCase() === 'only';
      }
    }
    if (cond) out.push(mention(k, '---GOV', PACT_RULE));
  }
  return out;
}

/** The coder's own mentions of sentence `s` (see the module comment). */
export function syntheticMentions(doc: Doc, s: number): ActorMention[] {
  return [...threatenedAnyone(doc, s), ...conditionedPacts(doc, s), ...bannedMovement(doc, s)];
}

/** Rules of the mentions the coder makes itself. */
const SYNTHETIC_RULES: ReadonlySet<string> = new Set([ANYONE_RULE, PACT_RULE, MOVEMENT_RULE]);

/**
 * The coder's own country-less mentions ("anyone who votes", "the pact", "the traffic": ---CVL, ---GOV) are the
 * article's home country's, as a country-less "the government" or "the people" is (src/article/home.ts); events keep
 * their other fields. Article mode only (`home` null: unchanged).
 */
export function homeSynthetic(evs: CodedEvent[], home: string | null): CodedEvent[] {
  if (!home) return evs;
  return evs.map((e) => (e.target && SYNTHETIC_RULES.has(e.target.rule) && e.target.code.startsWith('---') ? { ...e, target: { ...e.target, code: home + e.target.code.slice(3) } } : e));
}
