/**
 * Promises about one's own side, whose addressee the sentence leaves out (session 15, sets 6, 12, 23, 26).
 *
 * "Bush pledged that the United States would help rebuild the shrine", "Kerry telephoned Abadi and pledged that the
 * United States would stand with a new government", "Rice also promised that the United States would work with the
 * Iraqis": the promise's `that` clause has the promiser's own side (its state, its government, "his government") for
 * subject. The coder takes that subject for the promise's target, which the filters then drop as the source's own
 * country (or keep as a promise to itself). The experts code the promise (03) to the one it is made to:
 *
 * 1. the one the promiser contacts in the verb the promise is joined to ("telephoned Abadi and pledged ...", "met
 *    the envoy and promised ...");
 * 2. else the one the promiser's latest cooperative act (a statement, appeal, meeting, promise: roots 01 to 05) was
 *    aimed at, in the same or the previous sentence ("Rice spoke with Erdogan and urged him ... Rice also promised
 *    ...", "Khalilzad met Maliki and assured him ... The envoy also pledged ...");
 * 3. else, for a promiser from abroad, the article's home government ("Bush, speaking in Washington, condemned the
 *    bombing and pledged that the United States would help rebuild the shrine": Baghdad).
 *
 * A promise that names its addressee ("assured him that ...", "promised Turkey that ...") is the coder's to code, and a
 * domestic promise with no one found keeps what the coder made of it.
 * @module
 */
import type { ActorMention } from '../actors/types.js';
import type { Doc } from '../analysis/doc.js';
import { DEPREL, UPOS } from '../analysis/tags.js';
import { dependentsOf } from '../events/obligation.js';
import type { CodedEvent } from '../events/types.js';
import { byPosition, latestBefore, regionalSplit, retarget, sameActor, sameEntity } from './implicit.js';

const dep = (doc: Doc, i: number): string => DEPREL[doc.dep[i]] ?? '_';
const lemmaOf = (doc: Doc, i: number): string => (doc.lemma[i] || doc.form[i]).toLowerCase();

/** The dependents of `h` in its sentence, in order. */
const kids = dependentsOf;

/** Verbs of promising whose `that` clause tells what the promiser's side will do. */
export const PLEDGING: ReadonlySet<string> = new Set(['promise', 'pledge', 'vow', 'assure', 'guarantee', 'swear']);

/** Verbs of contacting someone, whose object a joined promise is made to ("telephoned Abadi and pledged ..."). */
const CONTACTING: ReadonlySet<string> = new Set(['telephone', 'phone', 'call', 'meet', 'visit', 'tell', 'receive', 'host', 'brief', 'write', 'contact']);

/** Verbs of force: a promise of them is a vow or a threat ("would keep fighting", "would strike back"). */
const HOSTILE: ReadonlySet<string> = new Set(['fight', 'attack', 'kill', 'strike', 'hit', 'punish', 'crush', 'defeat', 'destroy', 'pursue', 'hunt', 'avenge', 'retaliate', 'respond', 'confront', 'resist', 'defend']);

/**
 * The promises to consider: the coder's events (filtered or not) coded 03 at a verb of {@link PLEDGING}, and, at such a
 * verb the coder coded nothing for, a promise (030) by the verb's subject, or the subject of the verb it is joined
 * to ("The envoy expressed condolences ..., the statement said, and pledged that ...": the envoy).
 */
function promises(doc: Doc, events: readonly CodedEvent[], mentionAt: (i: number) => ActorMention | null): CodedEvent[] {
  const out = events.filter((e) => e.cameo.startsWith('03') && !e.source.code.startsWith('---') && PLEDGING.has(lemmaOf(doc, e.verb))).sort(byPosition);
  // (A verb the coder coded otherwise, "vowed that ... would be punished" as a threat, keeps the coder's reading.)
  const at = new Set(events.map((e) => `${e.sentence}:${e.verb}`));
  for (let s = 0; s < doc.sentStart.length; s++) {
    for (let v = doc.sentStart[s]; v < doc.sentEnd[s]; v++) {
      if (at.has(`${s}:${v}`) || !PLEDGING.has(lemmaOf(doc, v)) || UPOS[doc.upos[v]] !== 'VERB') continue;
      let source: ActorMention | null = null;
      let subj = -1;
      for (let u = v, n = 0; n < 4 && u >= 0 && !source; n++) {
        subj = kids(doc, u).find((k) => dep(doc, k) === 'nsubj') ?? -1;
        if (subj >= 0) source = mentionAt(subj);
        if (source || dep(doc, u) !== 'conj') break;
        u = doc.head[u];
      }
      if (!source || source.code.startsWith('---') || subj < 0) continue;
      out.push({ sentence: s, source, target: null, cameo: '030', negated: false, verb: v, evidenceStart: Math.min(source.start, v), evidenceEnd: v + 1, rule: `article:${doc.form[v]} that <own side>` });
    }
  }
  return out.sort(byPosition);
}

/** Future modals. */
const FUTURE_MODALS = /^(will|would|shall|'ll|wo)$/i;

/** Roots of the promiser's earlier acts that show whom it was speaking to: statements to consultation, support. */
const COOPERATIVE = /^0[1-5]/;

/** Sectors of a state's own bodies (its government and what speaks or acts for it). */
const STATE_BODY = /^(GOV|MIL|LEG|JUD|COP|SPY|ELI)?$/;

/**
 * Whether mention `m` is the promiser's own side: the same entity or code, or a body of the same state ("the United
 * States" for the secretary of state, "his government" for the prime minister). A regional government (IRQGOVKUR) is a
 * side apart from its state's.
 */
function ownSide(m: ActorMention, source: ActorMention): boolean {
  if (sameEntity(m, source) || sameActor(m.code, source.code)) return !regionalSplit(m.code, source.code);
  if (m.code.startsWith('---') || m.code.slice(0, 3) !== source.code.slice(0, 3) || regionalSplit(m.code, source.code)) return false;
  return STATE_BODY.test(m.code.slice(3, 6)) && STATE_BODY.test(source.code.slice(3, 6));
}

/**
 * The promises of `events` (the coder's events, filtered or not, at a verb of {@link PLEDGING} coded 03) whose future
 * `that` clause has the promiser's own side for subject and whose verb names no addressee, each as a copy aimed at the
 * one it is made to (see the module comment). `coded` are the kept events (for the promiser's latest act); `home` the
 * article's home country; `states` the known state codes. One promise per verb.
 */
export function ownSidePledges(
  doc: Doc,
  events: readonly CodedEvent[],
  coded: readonly CodedEvent[],
  home: string | null,
  states: ReadonlySet<string>,
  mentionAt: (i: number) => ActorMention | null,
): CodedEvent[] {
  const out: CodedEvent[] = [];
  const done = new Set<string>();
  const kept = [...coded].sort(byPosition);
  for (const e of promises(doc, events, mentionAt)) {
    const v = e.verb;
    const key = `${e.sentence}:${v}`;
    if (done.has(key)) continue;
    const vk = kids(doc, v);
    // "assured him that ...", "promised Turkey that ...": an addressee named, the coder's.
    if (vk.some((k) => /^(obj|iobj)$/.test(dep(doc, k)))) continue;
    const that = (k: number): boolean => !kids(doc, k).some((c) => c < k && dep(doc, c) === 'mark' && !/^that$/i.test(doc.form[c]));
    const clause = vk.find((k) => k > v && (dep(doc, k) === 'ccomp' || (dep(doc, k) === 'advcl' && that(k) && kids(doc, k).some((c) => dep(doc, c) === 'mark'))));
    if (clause === undefined || !that(clause)) continue;
    const ck = kids(doc, clause);
    if (!ck.some((k) => dep(doc, k) === 'aux' && FUTURE_MODALS.test(doc.form[k]))) continue;
    const subj = ck.find((k) => /^nsubj/.test(dep(doc, k)));
    const m = subj === undefined ? null : mentionAt(subj);
    if (!m || !ownSide(m, e.source)) continue;
    // "promised that the tribes would keep fighting": a vow of force is a threat, no promise to anyone.
    if (HOSTILE.has(lemmaOf(doc, clause)) || kids(doc, clause).some((k) => /^(xcomp|ccomp)$/.test(dep(doc, k)) && HOSTILE.has(lemmaOf(doc, k)))) continue;
    const other = (t: ActorMention | null): t is ActorMention => !!t && !t.code.startsWith('---') && !ownSide(t, e.source);
    let found: CodedEvent | null = null;
    // 1. "telephoned Abadi and pledged ...": the one contacted in the verb the promise is joined to.
    const joined = [...(dep(doc, v) === 'conj' && doc.head[v] >= 0 ? [doc.head[v]] : []), ...vk.filter((k) => dep(doc, k) === 'conj' && k < clause)];
    for (const u of joined) {
      if (found || !CONTACTING.has(lemmaOf(doc, u))) continue;
      for (const k of kids(doc, u)) {
        if (!/^(obj|iobj|obl)$/.test(dep(doc, k))) continue;
        // ("spoke with Erdogan", "met with Abadi": an oblique only with "with"/"to".)
        if (dep(doc, k) === 'obl' && !kids(doc, k).some((c) => dep(doc, c) === 'case' && /^(with|to)$/i.test(doc.form[c]))) continue;
        const t = mentionAt(k);
        if (other(t)) {
          found = retarget(e, t, e.sentence, 'the one contacted in the verb the promise is joined to', 'the one contacted in the verb it is joined to');
          break;
        }
      }
    }
    // 2. The one the promiser's latest cooperative act was aimed at, in this or the previous sentence.
    if (!found) {
      const p = latestBefore(kept, e, 1, (p) => COOPERATIVE.test(p.cameo) && !p.cameo.startsWith('016') && (sameEntity(p.source, e.source) || sameActor(p.source.code, e.source.code)));
      if (p && other(p.target)) found = retarget(e, p.target, p.sentence, "the one the promiser's latest act was aimed at", "the addressee of its source's latest act");
    }
    // 3. From abroad, the article's home government.
    const abroad = !!home && states.has(home) && states.has(e.source.code.slice(0, 3)) && e.source.code.slice(0, 3) !== home;
    if (!found && abroad && subj !== undefined) {
      const t: ActorMention = { start: subj, end: subj + 1, head: subj, code: `${home}GOV`, rule: "the article's home government (a promise from abroad naming no addressee)" };
      found = { ...e, target: t, rule: `${e.rule} + target: the article's home government` };
    }
    if (!found) continue;
    done.add(key);
    out.push({ ...found, negated: false, evidenceEnd: Math.max(e.evidenceEnd, clause + 1), rule: `${found.rule} (a promise about its own side)` });
  }
  return out;
}
