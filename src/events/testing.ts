/**
 * Test helpers: hand-built parsed Docs and a fake actor matcher, so the coder can
 * be tested without the statistical analysis models; and, for the family tests that code
 * invented sentences through the whole pipeline, their events as short strings.
 * @module
 */
import { Doc } from '../analysis/doc.js';
import { deprelId, uposId, xposId } from '../analysis/tags.js';
import type { ActorMatcher, ActorMention } from '../actors/types.js';
import type { Annals } from '../annals.js';
import type { TreeView } from './repair.js';
import type { CodedEvent } from './types.js';

/** One hand-parsed sentence; heads are 1-based within the sentence, 0 = root (as in CoNLL-U). */
export interface HandSentence {
  words: string[];
  upos: string[];
  lemmas?: string[];
  /** Penn tags (optional). */
  xpos?: string[];
  heads: number[];
  deps: string[];
}

/** A hand parse from space-separated columns: words, UPOS tags, 1-based heads, relations, lemmas and Penn tags (optional). */
export function handSentence(words: string, upos: string, heads: number[], deps: string, lemmas?: string, xpos?: string): HandSentence {
  return { words: words.split(' '), upos: upos.split(' '), heads, deps: deps.split(' '), lemmas: lemmas?.split(' '), xpos: xpos?.split(' ') };
}

/** An actor mention over tokens [i, end) with its head at the last token, for hand-built events. */
export const handMention = (i: number, code: string, end = i + 1): ActorMention => ({ start: i, end, code, rule: 'test', head: end - 1 });

/** A coded event built by hand (for filter and repair tests that bypass the coder). */
export const handEvent = (sentence: number, source: ActorMention, target: ActorMention | null, cameo: string, verb: number, rule = 'test:1 - * +'): CodedEvent => ({
  sentence,
  source,
  target,
  cameo,
  negated: false,
  verb,
  evidenceStart: 0,
  evidenceEnd: 1,
  rule,
});

/** A hand parse from CoNLL-like rows "word upos xpos lemma head dep", one token per line. */
export function handRows(text: string): HandSentence {
  const s: HandSentence = { words: [], upos: [], xpos: [], lemmas: [], heads: [], deps: [] };
  for (const line of text.trim().split('\n')) {
    const [w, u, x, l, h, d] = line.trim().split(/\s+/);
    s.words.push(w);
    s.upos.push(u);
    s.xpos!.push(x);
    s.lemmas!.push(l);
    s.heads.push(Number(h));
    s.deps.push(d);
  }
  return s;
}

/**
 * Build a parsed Doc from hand-written sentences.
 * @example
 * makeDoc({ words: ['Iraq', 'attacked', 'Iran'], upos: ['PROPN', 'VERB', 'PROPN'],
 *           heads: [2, 0, 2], deps: ['nsubj', 'root', 'obj'] })
 */
export function makeDoc(...sents: HandSentence[]): Doc {
  const doc = Doc.fromWords(sents.map((s) => s.words));
  let base = 0;
  for (const s of sents) {
    const n = s.words.length;
    if (s.upos.length !== n || s.heads.length !== n || s.deps.length !== n || (s.lemmas && s.lemmas.length !== n)) {
      throw new RangeError(`makeDoc: columns of '${s.words.join(' ')}' differ in length`);
    }
    for (let k = 0; k < n; k++) {
      const i = base + k;
      doc.upos[i] = uposId(s.upos[k]);
      doc.lemma[i] = s.lemmas ? s.lemmas[k] : s.words[k].toLowerCase();
      if (s.xpos) doc.xpos[i] = xposId(s.xpos[k]);
      doc.head[i] = s.heads[k] === 0 ? -1 : base + s.heads[k] - 1;
      doc.dep[i] = deprelId(s.deps[k]);
    }
    base += n;
  }
  doc.annotations.add('token.pos');
  doc.annotations.add('token.lemma');
  doc.annotations.add('token.dep');
  return doc;
}

/**
 * A fake actor matcher: each entry maps a word sequence (case-insensitive, space
 * separated) to a code; mentions are found left to right, longest first.
 */
export function fakeActors(codes: Record<string, string>): ActorMatcher {
  const entries = Object.entries(codes)
    .map(([k, code]) => ({ words: k.toLowerCase().split(/\s+/), code }))
    .sort((a, b) => b.words.length - a.words.length);
  return {
    match(doc: Doc, sentence: number): ActorMention[] {
      const out: ActorMention[] = [];
      const a = doc.sentStart[sentence];
      const b = doc.sentEnd[sentence];
      for (let i = a; i < b; ) {
        const hit = entries.find((e) => e.words.every((w, k) => i + k < b && doc.form[i + k].toLowerCase() === w));
        if (hit) {
          const end = i + hit.words.length;
          out.push({ start: i, end, code: hit.code, rule: `fake:${hit.words.join(' ')}`, head: end - 1 });
          i = end;
        } else i++;
      }
      return out;
    },
  };
}

/** A function giving every event `annals` emits for a text, as "SOURCE CAMEO TARGET", dated `date`. */
export function eventCoder(annals: Annals, date: string): (text: string) => string[] {
  return (text) =>
    annals.codeDocument({ id: 't', text, date, path: '-' }).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);
}

/** Whether some event of `got` has this source and target and a code starting with `prefix`. */
export function hasEvent(got: readonly string[], source: string, prefix: string, target: string): boolean {
  return got.some((g) => {
    const [s, c, t] = g.split(' ');
    return s === source && c.startsWith(prefix) && t === target;
  });
}

/** A {@link TreeView} from rows "word xpos lemma head rel" (heads 1-based, 0 = root), for repair tests. */
export function treeView(rows: string): TreeView {
  const t = rows.trim().split('\n').map((l) => l.trim().split(/\s+/));
  return {
    head: (k) => Number(t[k][3]) - 1,
    rel: (k) => t[k][4],
    xpos: (k) => t[k][1],
    lemma: (k) => t[k][2],
    kids: (k) => t.map((_, i) => i).filter((i) => Number(t[i][3]) - 1 === k),
  };
}
