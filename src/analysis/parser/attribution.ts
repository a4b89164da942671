/**
 * Trailing attributions ("..., the mission said.", "..., police said."): wire news closes a
 * large share of its sentences with a short noun phrase and a reporting verb after a comma.
 * The parser often hangs the report's words on the clause before it ("met Abdul Mahdi/nsubj
 * on Tuesday, the mission/appos said": the one met taken for the one who said), and the
 * clause's own event is then lost. When the tail is such an attribution and the parse
 * crosses the comma anywhere else, the clause before the comma is parsed again on its own
 * and the tail is built by rule: the reporting verb is the root, its subject the phrase's
 * last noun, and the clause the verb's complement (ccomp), as the parser builds it when it
 * gets the sentence right. (Tails with a preposition, "a spokesman for the ministry said",
 * or a phrase after the verb, "said in a statement", are left to the parser: rebuilding them
 * too lost more events on the development sets than it found.)
 * @module
 */
import type { Doc } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { DEPREL_ID, XPOS } from '../tags.js';

/** Reporting verbs closing a sentence ("..., officials said."). */
const REPORT_FORMS = new Set(['said', 'says', 'added', 'reported', 'announced', 'confirmed', 'stated', 'noted', 'claimed']);
/** Tags of a plain noun phrase before the verb ("a senior State Department official"). */
const NP_TAGS = new Set(['DT', 'JJ', 'JJR', 'JJS', 'NN', 'NNS', 'NNP', 'NNPS', 'PRP$', 'PRP', 'CD', 'HYPH']);
const NOUN_TAGS = new Set(['NN', 'NNS', 'NNP', 'NNPS', 'PRP']);
/** Longest noun phrase read as the attribution's subject. */
const MAX_NP = 7;

const rel = (name: string): number => DEPREL_ID.get(name)!;

/** A sentence parser: parses tokens [start, end) of the doc as one sentence. */
export interface SentenceParser {
  parseSentence(doc: Doc, start: number, end: number): void;
}

/** Token positions of a trailing attribution. */
export interface Attribution {
  comma: number;
  /** Head (last noun) of the subject noun phrase. */
  subj: number;
  verb: number;
}

/**
 * The attribution at the end of sentence [s, e): the comma before it, its noun phrase's head
 * and the reporting verb, or null when the sentence does not end so.
 */
export function trailingAttribution(doc: Doc, s: number, e: number): Attribution | null {
  let last = e - 1;
  while (last > s && (doc.form[last] === '"' || doc.form[last] === "''" || doc.form[last] === '\u201d')) last--;
  if (last <= s || !['.', '!'].includes(doc.form[last])) return null;
  const verb = last - 1;
  if (verb <= s || !REPORT_FORMS.has(doc.form[verb])) return null;
  let comma = -1;
  for (let k = verb - 1; k > s && verb - k <= MAX_NP + 1; k--) {
    if (doc.form[k] === ',') {
      comma = k;
      break;
    }
    if (!NP_TAGS.has(XPOS[doc.xpos[k]])) return null;
  }
  // A clause of at least a subject, a verb and something more before the comma.
  if (comma < 0 || comma - s < 4 || comma + 1 >= verb) return null;
  const subj = verb - 1;
  if (!NOUN_TAGS.has(XPOS[doc.xpos[subj]])) return null;
  // A pronoun subject stands alone ("..., he said."), a noun phrase starts with no pronoun.
  for (let k = comma + 1; k < subj; k++) if (XPOS[doc.xpos[k]] === 'PRP') return null;
  return { comma, subj, verb };
}

/** Whether the parse of [s, e) keeps the clause before `comma` apart from the attribution after it. */
function cleanParse(doc: Doc, s: number, a: Attribution): boolean {
  const { comma, subj, verb } = a;
  let crossing = 0;
  for (let k = s; k < comma; k++) {
    const h = doc.head[k];
    if (h < 0 || h > comma) {
      // One word of the clause may hang on the verb or be the root it hangs on.
      if (crossing++ > 0) return false;
      if (h >= 0 && h !== verb) return false;
    }
  }
  for (let k = comma + 1; k < verb; k++) {
    const h = doc.head[k];
    if (h <= comma || h > verb) return false;
  }
  return doc.head[subj] === verb && doc.dep[subj] === rel('nsubj');
}

/**
 * Re-parse the clause before a trailing attribution on its own when the parser's tree of the
 * whole sentence crosses the comma (see the module comment). Returns the number of sentences
 * changed.
 */
export function repairAttributions(p: SentenceParser, doc: Doc): number {
  let changed = 0;
  for (let i = 0; i < doc.sentStart.length; i++) {
    const s = doc.sentStart[i];
    const e = doc.sentEnd[i];
    const a = trailingAttribution(doc, s, e);
    if (!a || cleanParse(doc, s, a)) continue;
    const { comma, subj, verb } = a;
    p.parseSentence(doc, s, comma);
    let root = -1;
    for (let k = s; k < comma; k++) if (doc.head[k] < 0) root = k;
    if (root < 0) continue;
    doc.head[root] = verb;
    doc.dep[root] = rel('ccomp');
    doc.head[comma] = verb;
    doc.dep[comma] = rel('punct');
    for (let k = comma + 1; k < subj; k++) {
      doc.head[k] = subj;
      const t = XPOS[doc.xpos[k]];
      doc.dep[k] = rel(t === 'DT' ? 'det' : t === 'PRP$' ? 'nmod:poss' : t === 'CD' ? 'nummod' : t === 'HYPH' ? 'punct' : t.startsWith('JJ') ? 'amod' : 'compound');
    }
    doc.head[subj] = verb;
    doc.dep[subj] = rel('nsubj');
    doc.head[verb] = -1;
    doc.dep[verb] = rel('root');
    for (let k = verb + 1; k < e; k++) {
      doc.head[k] = verb;
      doc.dep[k] = rel('punct');
    }
    changed++;
  }
  return changed;
}

/** Pipeline stage after the parser: {@link repairAttributions} with the same parser. */
export function attributionStage(p: SentenceParser): Stage {
  return {
    name: 'attribution',
    requires: ['token.dep'],
    assigns: [],
    run(doc: Doc): void {
      repairAttributions(p, doc);
    },
  };
}
