/**
 * Parse repairs shared by the coder (which rewrites its copy of the tree with them) and the
 * event filters (which read the parser's tree and must see the same clause structure).
 * Each predicate reads the tree through a {@link TreeView}, so it runs on either.
 * @module
 */

/** Read access to one dependency tree (token indices in the view's own coordinates). */
export interface TreeView {
  head(k: number): number;
  rel(k: number): string;
  xpos(k: number): string;
  /** Lowercase lemma. */
  lemma(k: number): string;
  kids(k: number): Iterable<number>;
}

/** Verbs reporting speech: their complement is what was said. */
export const REPORTING = new Set(['say', 'tell', 'report', 'add', 'announce', 'state', 'claim', 'note', 'confirm', 'declare']);
/** Verbs of denial, whose content clause a verb of blame or appeal does not continue. */
export const DENYING = new Set(['deny', 'dismiss', 'reject', 'refute']);
/** Verbs of blame and appeal a speaker goes on to after a denial. */
export const SPEECH_ACTS = new Set(['blame', 'accuse', 'urge', 'call', 'warn', 'criticize', 'criticise', 'condemn', 'demand', 'say', 'add', 'insist', 'charge']);

/**
 * The reporting (or denying) verb a past verb hung inside its complement really continues,
 * or -1: "told reporters that the Kurds would never give up Kirkuk and accused/VBD the
 * government" (a past verb with its own "and" and no subject cannot share the complement's
 * modal), "denied that Tehran armed any group and blamed the U.S. military" (a denial's
 * content does not go on to blame). The speaker did it.
 */
export function speakersConjunct(t: TreeView, v: number): number {
  const x = t.xpos(v);
  if (x !== 'VBD' && x !== 'VBN') return -1;
  let cc = -1;
  for (const c of t.kids(v)) {
    const r = t.rel(c);
    if (r === 'nsubj' || r === 'nsubj:pass' || r === 'aux' || r === 'aux:pass' || r === 'mark') return -1;
    if (r === 'cc' && cc < 0) cc = c;
  }
  // "... Kirkuk and accused/amod Maliki's government/conj": a verb of blame or appeal taken
  // for an adjective of a conjoined noun, the "and" hung on that noun, is a conjunct too.
  let h = t.head(v);
  if (cc < 0 && t.rel(v) === 'amod' && h > v && t.rel(h) === 'conj' && SPEECH_ACTS.has(t.lemma(v)) && Array.from(t.kids(h)).some((c) => c === v - 1 && t.rel(c) === 'cc')) {
    cc = v - 1;
    h = t.head(h);
    // Up to the first conjunct's verb ("give up Kirkuk/ccomp": the parser's noun clause).
    for (let d = 0; h >= 0 && d < 4 && !t.xpos(h).startsWith('VB'); d++) h = t.head(h);
  } else if (cc < 0 || cc > v || !['conj', 'acl', 'acl:relcl'].includes(t.rel(v))) return -1;
  // "accused the militias of fuelling the killing and said/VBD ...", "said Tehran was
  // waging a war and called/VBD for sanctions": a past verb cannot go on from an -ing form
  // (neither its gerund nor its progressive), so it continues the finite verb above it.
  if (t.rel(v) === 'conj' && t.xpos(h) === 'VBG' && h < v) {
    const g = finiteGovernor(t, h);
    if (g >= 0) return g;
  }
  // "would defend the region if Turkish troops crossed/VBD the border and attacked/VBN
  // villages": a past verb joined to another past verb of a clause below the reported one
  // goes on with that verb (its subject), not with the reporter.
  const joined = h;
  const past = (k: number): boolean => t.xpos(k) === 'VBD' || t.xpos(k) === 'VBN';
  if (t.rel(v) === 'conj' && joined >= 0 && t.rel(joined) !== 'ccomp' && past(joined) && Array.from(t.kids(joined)).some((c) => t.rel(c) === 'nsubj' || t.rel(c) === 'nsubj:pass')) return -1;
  // Up to the reported clause's verb.
  for (let d = 0; h >= 0 && d < 8 && t.rel(h) !== 'ccomp'; d++) h = t.head(h);
  if (h < 0 || h > v || t.rel(h) !== 'ccomp') return -1;
  const g = t.head(h);
  if (g < 0 || g > h) return -1;
  if (DENYING.has(t.lemma(g)) && SPEECH_ACTS.has(t.lemma(v))) return g;
  // "said the fighting showed that Iraqi leaders had failed/VBN to ... and urged/VBD the administration": a simple
  // past of blame or appeal cannot share the past perfect's "had" (that would be "had urged"); it goes on with
  // the reporting verb above the complements.
  if (x === 'VBD' && t.rel(v) === 'conj' && SPEECH_ACTS.has(t.lemma(v)) && joined === h && t.xpos(h) === 'VBN' && Array.from(t.kids(h)).some((c) => t.rel(c) === 'aux' && t.lemma(c) === 'have' && t.xpos(c) === 'VBD')) {
    let r = g;
    for (let d = 0; r >= 0 && d < 4 && !REPORTING.has(t.lemma(r)) && t.rel(r) === 'ccomp'; d++) r = t.head(r);
    if (r >= 0 && r < v && REPORTING.has(t.lemma(r))) return r;
  }
  let modal = false;
  for (const c of t.kids(h)) if (t.rel(c) === 'aux' && t.xpos(c) === 'MD') modal = true;
  return t.xpos(h) === 'VB' && modal && REPORTING.has(t.lemma(g)) ? g : -1;
}

/**
 * The finite verb governing the -ing form `h` ("accused X of fuelling": accused; "said
 * Tehran was waging": said), or -1. A gerund climbs through the noun it hangs on; a
 * progressive with its own subject is a reported clause, whose reporting verb it is.
 */
function finiteGovernor(t: TreeView, h: number): number {
  const own = Array.from(t.kids(h)).some((c) => t.rel(c) === 'nsubj' || t.rel(c) === 'nsubj:pass');
  if (own) {
    const g = t.head(h);
    return t.rel(h) === 'ccomp' && g >= 0 && g < h && REPORTING.has(t.lemma(g)) ? g : -1;
  }
  let x = h;
  for (let d = 0; d < 4; d++) {
    const r = t.rel(x);
    if (!['acl', 'advcl', 'obj', 'obl', 'nmod', 'xcomp'].includes(r)) return -1;
    x = t.head(x);
    if (x < 0 || x > h) return -1;
    const xp = t.xpos(x);
    if (xp === 'VBD' || xp === 'VBZ' || xp === 'VBP') return x;
  }
  return -1;
}

/** -ing words that work as prepositions (", according to police", ", including two children"). */
const PREPOSITIONAL_ING = new Set(['accord', 'according', 'include', 'including', 'follow', 'following', 'regard', 'regarding', 'concern', 'concerning', 'exclude', 'excluding', 'pend', 'pending', 'consider', 'considering', 'bar', 'barring', 'involve', 'involving']);
/** Relations by which a participle or clause modifies a noun (a reduced or full relative, a noun's content). */
const NOUN_CLAUSE = new Set(['acl', 'acl:relcl', 'amod', 'advcl:relcl']);
/** Relative adverbs opening a clause about a place or time ("..., where thousands were gathering, killing 15"). */
const RELATIVE_ADVERBS = new Set(['where', 'when', 'whereby']);

/**
 * The verb a trailing participle `v` belongs to, when the parser hung it elsewhere, or -1. An active -ing
 * form right after a comma, with no subject, auxiliary or subordinator of its own, after the verb of its
 * clause, is an adjunct of that clause: its subject's second act ("resigned late Thursday, accusing/acl(Thursday)
 * the coalition of ...", "ambushed a convoy carrying a lawmaker, wounding/conj(carrying) two guards", "suspended its
 * talks with Maliki's coalition, accusing/case the premier/conj of ..."), not a modifier of the noun before it. The
 * clause's verb is the nearest verb above it that does not itself modify a noun (a reduced relative, a "where" clause).
 * A verbal act (`verbal`: "accusing", "saying") goes on with the act of the speaker, not with what the speaker
 * denied, refused, ordered or demanded ("denied that Iran was arming any group, accusing/conj(arming) the U.S.
 * military of ...", "ordered the channel to close its office, accusing it of ..."); the content of a plain report
 * keeps it ("said troops had raided a house, arresting two men"). When `v` already hangs on that verb, -1.
 * A participle the parser made a preposition or adjective of its own object ("accusing/case the premier",
 * "chanting/amod slogans") has that noun as its object: the caller moves it.
 */
export function trailingParticipleHost(t: TreeView, v: number, verbal: boolean, comma: (k: number) => boolean): number {
  if (v < 2 || t.xpos(v) !== 'VBG' || !comma(v - 1) || PREPOSITIONAL_ING.has(t.lemma(v))) return -1;
  for (const c of t.kids(v)) {
    const r = t.rel(c);
    if (r === 'nsubj' || r === 'nsubj:pass' || r === 'aux' || r === 'aux:pass' || r === 'mark' || r === 'cop' || r === 'cc') return -1;
  }
  const r0 = t.rel(v);
  let x = t.head(v);
  if (x < 0) return -1;
  // "accusing/case the premier", "chanting/amod slogans": the head is the participle's own object.
  const own = x > v && (r0 === 'case' || r0 === 'amod' || r0 === 'det');
  if (own) x = t.head(x);
  else if (x > v) return -1;
  const verb = (k: number) => t.xpos(k).startsWith('VB');
  const nounClause = (k: number) => NOUN_CLAUSE.has(t.rel(k)) || Array.from(t.kids(k)).some((c) => t.rel(c) === 'advmod' && RELATIVE_ADVERBS.has(t.lemma(c)) && c < k);
  let u = -1;
  for (let d = 0; x >= 0 && d < 12 && u < 0; d++, x = t.head(x)) if (verb(x) && x !== v && !nounClause(x)) u = x;
  if (u < 0 || u > v) return -1;
  if (verbal) {
    // Out of what the speaker denied, refused, ordered or demanded.
    for (let d = 0; d < 6; d++) {
      const r = t.rel(u);
      const g = t.head(u);
      if (g < 0 || g > u) break;
      if (r === 'xcomp' || (r === 'ccomp' && !REPORTING.has(t.lemma(g)))) u = g;
      // ("denied that Iran armed groups and trained/conj militias, accusing ...": a conjunct of the content.)
      else if (r === 'conj' && (t.rel(g) === 'xcomp' || t.rel(g) === 'ccomp')) u = g;
      else break;
    }
  }
  if (t.head(v) === u && !own && (r0 === 'advcl' || r0 === 'conj' || r0 === 'xcomp' || r0 === 'ccomp')) return -1;
  return u;
}
