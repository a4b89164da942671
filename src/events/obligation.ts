/**
 * A statement that someone else must act is a demand on them. "Cheney told Maliki that
 * the militias must be dealt with", "the minister said the Mahdi Army must hand over its
 * weapons", "Bush said Maliki should move faster": CAMEO codes what is said (a demand,
 * 10), not the saying (010, which experts leave uncoded). The sentence coder sees only a
 * statement; this turns it into the demand when the reported clause puts an obligation
 * ("must", "should", "ought to", "has to", "needs to") on an actor other than the speaker.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { DEPREL } from '../analysis/tags.js';
import type { ActorMention } from '../actors/types.js';
import { codeExtends } from '../actors/code.js';
import type { CodedEvent } from './types.js';

/** Modal auxiliaries of obligation. */
const MODALS: ReadonlySet<string> = new Set(['must', 'should', 'ought']);
/** Modals that make a need a prospect ("might have to"). */
const FORESEEING: ReadonlySet<string> = new Set(['might', 'may', 'could', 'would']);
/** Verbs that with "to" and an infinitive state an obligation ("has to", "needs to"). */
const NEED_VERBS: ReadonlySet<string> = new Set(['have', 'need']);

/** Verbs of telling an addressee something. */
const TELL_VERBS: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'warn', 'remind', 'notify']);

/** Verbs of what a side expects of another, told to it ("told Maliki that Washington expected results"). */
const EXPECT_VERBS: ReadonlySet<string> = new Set(['expect', 'want', 'insist']);

/** Whether `target` is the object of the statement verb `v` ("told Maliki that ..."): its addressee. */
function addresseeOf(doc: Doc, v: number, target: ActorMention, a: number, b: number): boolean {
  for (let k = target.start; k < target.end; k++) {
    const h = doc.head[k];
    if (h >= target.start && h < target.end) continue;
    const rel = DEPREL[doc.dep[k]];
    return h === v && (rel === 'obj' || rel === 'iobj') && h >= a && h < b;
  }
  return false;
}

/** The dependents of token `h` among tokens [a, b) (its sentence), in order. */
export function childrenIn(doc: Doc, a: number, b: number, h: number): number[] {
  const r: number[] = [];
  for (let k = a; k < b; k++) if (doc.head[k] === h) r.push(k);
  return r;
}

/** The dependents of token `h` in its sentence, in order. */
export function dependentsOf(doc: Doc, h: number): number[] {
  const s = doc.sentenceOf(h);
  return childrenIn(doc, doc.sentStart[s], doc.sentEnd[s], h);
}

/** Whether clause head `c` states an obligation of its subject. */
function obliges(doc: Doc, c: number, kids: readonly number[]): boolean {
  for (const k of kids) {
    const rel = DEPREL[doc.dep[k]];
    if (rel === 'aux' && MODALS.has(doc.form[k].toLowerCase())) return true;
  }
  // "X has to / needs to <verb>": the infinitive hangs under have/need as xcomp.
  if (!NEED_VERBS.has(doc.lemma[c].toLowerCase())) return false;
  // "the alliance might have to reconsider its choice": a need foreseen is no demand.
  if (kids.some((k) => DEPREL[doc.dep[k]] === 'aux' && FORESEEING.has(doc.form[k].toLowerCase()))) return false;
  return kids.some((k) => {
    if (DEPREL[doc.dep[k]] !== 'xcomp') return false;
    for (let j = doc.sentStart[doc.sentenceOf(k)]; j < k; j++) if (doc.head[j] === k && DEPREL[doc.dep[j]] === 'mark' && doc.form[j].toLowerCase() === 'to') return true;
    return false;
  });
}

/** Units of a time limit ("had 72 hours to", "has a week to"). */
const TIME_UNITS = /^(hours?|days?|weeks?|months?)$/i;

/**
 * Whether the clause spanning tokens [lo, hi] gives its subject a deadline: "had until the end of the year to
 * choose", "has 72 hours to hand over its weapons", "had a week to" (an ultimatum, 139). Read off the words:
 * the parser hangs "until ..." and the time limit in several ways.
 */
function deadline(doc: Doc, lo: number, hi: number): boolean {
  for (let k = lo; k < hi; k++) {
    if (!/^(has|have|had)$/i.test(doc.form[k])) continue;
    let j = k + 1;
    while (j < hi && /^["'“”‘’]$/.test(doc.form[j])) j++;
    if (j < hi && /^until$/i.test(doc.form[j])) return doc.form.slice(j, hi + 1).some((w) => w.toLowerCase() === 'to');
    if (j + 2 <= hi && /^(a|an|one|\d+|two|three|four|five|six|seven|ten|48|72)$/i.test(doc.form[j]) && TIME_UNITS.test(doc.form[j + 1]) && doc.form[j + 2].toLowerCase() === 'to') return true;
  }
  return false;
}

/** The first and last token of the subtree of `h` within [a, b). */
function spanOf(doc: Doc, a: number, b: number, h: number): [number, number] {
  const inside = (k: number): boolean => {
    for (let x = k, d = 0; x >= a && x < b && d < 64; x = doc.head[x], d++) if (x === h) return true;
    return false;
  };
  let lo = h;
  let hi = h;
  for (let k = a; k < b; k++) if (inside(k)) (lo = Math.min(lo, k)), (hi = Math.max(hi, k));
  return [lo, hi];
}

/**
 * Demands (100) made by the statements (CAMEO 01x) among `events` whose reported clause
 * obliges another actor, and ultimatums (139) whose reported clause gives it a deadline; `mentionAt(i)` is the actor mention covering token i, if any.
 * Statements already coded with a demand on the same target are skipped.
 */
export function obligationsAsDemands(
  doc: Doc,
  events: readonly CodedEvent[],
  mentionAt: (i: number) => ActorMention | null,
): CodedEvent[] {
  const out: CodedEvent[] = [];
  const seen = new Set<string>();
  for (const e of events) if (e.cameo.startsWith('10') && e.target) seen.add(`${e.sentence} ${e.source.code} ${e.target.code}`);
  for (const e of events) {
    if (!e.cameo.startsWith('01')) continue;
    const s = e.sentence;
    const a = doc.sentStart[s];
    const b = doc.sentEnd[s];
    const kidsOf = (h: number): number[] => childrenIn(doc, a, b, h);
    // The addressee of "told X that ...": the statement's target as the verb's object.
    const addressee = e.target && addresseeOf(doc, e.verb, e.target, a, b) ? e.target : null;
    // "told Maliki that the militias must ...", misparsed as a relative clause on the addressee ("Maliki that
    // ... must"): after a verb of telling, a "that" clause on its object is what was told.
    const told: number[] = [];
    if (addressee && TELL_VERBS.has(doc.lemma[e.verb].toLowerCase())) {
      for (let k = addressee.start; k < addressee.end; k++) {
        for (const c of kidsOf(k)) {
          if (DEPREL[doc.dep[c]] !== 'acl:relcl') continue;
          const first = kidsOf(c)[0];
          if (first !== undefined && first < c && doc.form[first].toLowerCase() === 'that') told.push(c);
        }
      }
    }
    for (const c of [...kidsOf(e.verb), ...told]) {
      if (DEPREL[doc.dep[c]] !== 'ccomp' && !told.includes(c)) continue;
      const kids = kidsOf(c);
      const subj = kids.find((k) => DEPREL[doc.dep[k]] === 'nsubj' || DEPREL[doc.dep[k]] === 'nsubj:pass');
      const sm = subj === undefined ? null : mentionAt(subj);
      let m: ActorMention | null = null;
      let cameo = '100';
      const [lo, hi] = spanOf(doc, a, b, c);
      if (deadline(doc, lo, hi)) {
        // "told reporters that the company had until the end of the year to choose": a deadline set for the subject.
        m = sm ?? addressee;
        cameo = '139';
      } else if (obliges(doc, c, kids)) {
        // "told the Iranians that the flow of rockets must end": an obligation on no actor falls on the addressee,
        // and so does one in the passive ("told Maliki that the militias must be disarmed": he is to disarm them).
        const passive = subj !== undefined && DEPREL[doc.dep[subj]] === 'nsubj:pass';
        m = passive ? addressee : (sm ?? addressee);
      } else if (addressee && sm && sameSide(sm.code, e.source.code) && EXPECT_VERBS.has(doc.lemma[c].toLowerCase())) {
        // "told Maliki that Washington expected results": what the speaker's side expects of the addressee.
        m = addressee;
      }
      if (!m || sameSide(m.code, e.source.code)) continue;
      const key = `${s} ${e.source.code} ${m.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        ...e,
        target: m,
        cameo,
        negated: false,
        rule: cameo === '139' ? `${e.rule} + a deadline set for another actor is an ultimatum to it` : `${e.rule} + a statement that another actor must act is a demand on it`,
      });
    }
  }
  return out;
}

/**
 * The speaker's own side: one code extends the other ("we must" said by a minister), or
 * the speaker's state's own forces ("U.S. troops would have to ...", said in Washington).
 */
function sameSide(a: string, b: string): boolean {
  if (codeExtends(a, b)) return true;
  return a.slice(0, 3) === b.slice(0, 3) && !a.startsWith('---') && ['MIL', 'COP'].includes(a.slice(3, 6));
}
