/**
 * Finds actor mentions in a sentence with the compiled actor dictionaries:
 * dictionary phrases are matched longest first, then leftmost, over normalised
 * token pieces; adjacent country/actor and agent matches are composed into one
 * mention ("Iraqi police" -> IRQCOP); discard phrases block a sentence or story.
 * @module
 */
import type { Doc } from '../analysis/doc.js';
import { UPOS } from '../analysis/tags.js';
import { type ActorDictionaries, chooseCode } from '../dictionaries/actor-dicts.js';
import { isPossessiveMarker, pieces } from '../dictionaries/normalize.js';
import type { ActorMatcher, ActorMention, DayNumber } from './types.js';

/** A discard phrase found in a sentence. */
export interface DiscardHit {
  level: 'sentence' | 'story';
  /** Sentence where the phrase is. */
  sentence: number;
  start: number;
  end: number;
  /** `file:line PHRASE`. */
  rule: string;
}

/** An issue phrase found in a sentence. */
export interface IssueMention {
  start: number;
  end: number;
  category: string;
  code: string;
  rule: string;
}

/** The actor matcher plus the discard and issue look-ups that share its trie. */
export interface DictionaryActorMatcher extends ActorMatcher {
  /** The discard that blocks this sentence (its own, or a story-level one anywhere in the Doc), or null. */
  discard(doc: Doc, sentence: number): DiscardHit | null;
  /** Actor mentions ignoring discards (for inspection and tools). */
  matchAll(doc: Doc, sentence: number, date?: DayNumber): ActorMention[];
  /** Issue phrases in the sentence, negatives applied. */
  issues(doc: Doc, sentence: number): IssueMention[];
}

/** Options for {@link createActorMatcher}. */
export interface ActorMatcherOptions {
  /** Compose "AGENT of/in/from [the] ACTOR" into one mention ("the government of Iraq" -> IRQGOV). Default true. */
  composeOf?: boolean;
}

/** Words that are also actor names but, written in lower case, are ordinary English. */
const LOWERCASE_WORDS = new Set(['us', 'it', 'who', 'may', 'will', 'can', 'turkey', 'chad', 'china', 'jersey', 'guinea', 'man', 'hamas']);
const CONTENT_UPOS = new Set(['PROPN', 'NOUN', 'ADJ', 'X']);
const OF_WORDS = new Set(['of', 'in', 'from']);

interface Pieces {
  str: string[];
  tok: number[];
  /** Piece is the first/last piece of its token. */
  first: boolean[];
  last: boolean[];
}

function sentencePieces(doc: Doc, s0: number, s1: number): Pieces {
  const out: Pieces = { str: [], tok: [], first: [], last: [] };
  for (let i = s0; i < s1; i++) {
    const ps = pieces(doc.form[i]);
    for (let k = 0; k < ps.length; k++) {
      out.str.push(ps[k]);
      out.tok.push(i);
      out.first.push(k === 0);
      out.last.push(k === ps.length - 1);
    }
  }
  return out;
}

interface Candidate {
  /** Token range. */
  start: number;
  end: number;
  /** Piece count, the length that ranks candidates. */
  size: number;
  node: number;
}

/** All token-aligned trie matches in a sentence. */
function candidates(dicts: ActorDictionaries, p: Pieces, keep: (node: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const { edges } = dicts;
  for (let a = 0; a < p.str.length; a++) {
    if (!p.first[a]) continue;
    let n = 0;
    for (let b = a; b < p.str.length; b++) {
      const c = edges.get(`${n} ${p.str[b]}`);
      if (c === undefined) break;
      n = c;
      if (p.last[b] && keep(n)) out.push({ start: p.tok[a], end: p.tok[b] + 1, size: b - a + 1, node: n });
    }
  }
  return out;
}

/** Longest first, then leftmost; non-overlapping; returned in text order. */
function select(cands: Candidate[]): Candidate[] {
  const sorted = cands.slice().sort((x, y) => y.size - x.size || y.end - y.start - (x.end - x.start) || x.start - y.start);
  const chosen: Candidate[] = [];
  for (const c of sorted) {
    if (chosen.every((d) => c.end <= d.start || c.start >= d.end)) chosen.push(c);
  }
  return chosen.sort((x, y) => x.start - y.start);
}

interface Item {
  start: number;
  end: number;
  kind: 'actor' | 'agent' | 'null';
  /** Actor codes (several for compound `A/B` codes); agent code. */
  codes: string[];
  prefix: boolean;
  rule: string;
}

/** A bare code is a country/region-level code that agents compose with. */
function isBare(code: string, countries: ReadonlySet<string>): boolean {
  return code.length <= 3 || countries.has(code);
}

/** Append an agent code, skipping 3-letter segments already present (IRQGOV + GOV = IRQGOV). */
function addAgent(code: string, agent: string, prefix: boolean): string {
  const have = new Set<string>();
  for (let i = 0; i + 3 <= code.length; i += 3) have.add(code.slice(i, i + 3));
  let add = '';
  for (let i = 0; i < agent.length; i += 3) {
    const seg = agent.slice(i, i + 3);
    if (!have.has(seg)) add += seg;
  }
  return prefix ? add + code : code + add;
}

interface Group {
  start: number;
  end: number;
  base: Item | null;
  agents: Item[];
  parts: Item[];
  /** Head token when it is not the last one ("the government of Iraq" is headed by "government"). */
  head?: number;
}

function groupCodes(g: Group): string[] {
  const bases = g.base ? g.base.codes : [null];
  return bases.map((b) => {
    const pre = g.agents.filter((a) => a.prefix);
    const suf = g.agents.filter((a) => !a.prefix);
    let code = b ?? (pre.length > 0 ? '' : '---');
    for (const a of suf) code = addAgent(code, a.codes[0], false);
    for (let i = pre.length - 1; i >= 0; i--) code = addAgent(code, pre[i].codes[0], true);
    return code;
  });
}

/**
 * Build an {@link ActorMatcher} over compiled dictionaries.
 *
 * Semantics:
 * - an actor phrase gives its code for the date (see `chooseCode`); `---` and
 *   entries without a valid code still take their span but give no mention;
 * - agents compose with an adjacent actor (possessive `'s` may sit between):
 *   `~X` agents are appended (IRQ + COP), `X~` agents are prepended (IGO~);
 *   several agents stack ("Danish Islamist media" = DNKMUSMED);
 * - a full actor code (a person: IRQGOV) absorbs a country and titles before it
 *   ("Iraqi Prime Minister Nouri al-Maliki" = IRQGOV);
 * - an agent alone gives `---` + code ("the police" = ---COP, as PETRARCH's
 *   validation suite expects: "students" = ---EDU); a prefix agent alone gives its code;
 * - a discard phrase anywhere in the sentence (or a story-level one anywhere in
 *   the Doc) makes `match` return no mentions.
 */
export function createActorMatcher(dicts: ActorDictionaries, opts: ActorMatcherOptions = {}): DictionaryActorMatcher {
  const countries = new Set(dicts.countryCodes);
  const composeOf = opts.composeOf ?? true;
  // Story-level discards need the whole Doc; remember the answer per Doc (invisible cache).
  const storyMemo = new WeakMap<Doc, DiscardHit | null>();
  const rule = (file: number, line: number, phrase: string): string => `${dicts.files[file]}:${line} ${phrase}`;

  const lowercaseCommonWord = (doc: Doc, c: Candidate): boolean => {
    if (c.end - c.start !== 1) return false;
    const f = doc.form[c.start];
    if (f !== f.toLowerCase()) return false;
    if (doc.annotations.has('token.pos')) return !CONTENT_UPOS.has(UPOS[doc.upos[c.start]] ?? '') || LOWERCASE_WORDS.has(f);
    return LOWERCASE_WORDS.has(f);
  };

  const items = (doc: Doc, s: number, date: DayNumber | undefined): Item[] => {
    const p = sentencePieces(doc, doc.sentStart[s], doc.sentEnd[s]);
    const cands = candidates(dicts, p, (n) => dicts.nodeActor[n] >= 0 || dicts.nodeAgent[n] >= 0).filter(
      (c) => !(dicts.nodeActor[c.node] >= 0 && dicts.nodeAgent[c.node] < 0 && lowercaseCommonWord(doc, c)),
    );
    return select(cands).map((c): Item => {
      const ai = dicts.nodeActor[c.node];
      if (ai >= 0) {
        const ph = dicts.actorPhrases[ai];
        const def = dicts.actorDefs[ph.def];
        const r = rule(def.file, ph.line, ph.phrase);
        const ch = chooseCode(def.codes, date);
        if (ch.code === null) return { start: c.start, end: c.end, kind: 'null', codes: [], prefix: false, rule: r };
        return { start: c.start, end: c.end, kind: 'actor', codes: ch.code.split('/').filter((x) => x), prefix: false, rule: r };
      }
      const ag = dicts.agents[dicts.nodeAgent[c.node]];
      return { start: c.start, end: c.end, kind: 'agent', codes: [ag.code], prefix: ag.prefix, rule: rule(ag.file, ag.line, ag.phrase) };
    });
  };

  const adjacent = (doc: Doc, a: number, b: number): boolean => {
    for (let i = a; i < b; i++) if (!isPossessiveMarker(doc.form[i])) return false;
    return true;
  };

  const compose = (doc: Doc, list: Item[]): Group[] => {
    const groups: Group[] = [];
    let cur: Group | null = null;
    const close = (): void => {
      if (cur) groups.push(cur);
      cur = null;
    };
    for (const it of list) {
      if (it.kind === 'null') {
        close();
        continue;
      }
      const g = cur as Group | null;
      const adj = g !== null && adjacent(doc, g.end, it.start);
      if (it.kind === 'agent') {
        if (g && adj) {
          g.agents.push(it);
          g.parts.push(it);
          g.end = it.end;
        } else {
          close();
          cur = { start: it.start, end: it.end, base: null, agents: [it], parts: [it] };
        }
        continue;
      }
      const bare = it.codes.every((c) => isBare(c, countries));
      if (g && adj && !bare && (g.base === null || g.base.codes.every((c) => isBare(c, countries)))) {
        // A person or organisation absorbs the country and titles before it.
        g.base = it;
        g.agents = [];
        g.parts.push(it);
        g.end = it.end;
        continue;
      }
      if (g && adj && g.base === null && g.agents.every((a) => a.prefix)) {
        // Prefix agents ("NGO~") before an actor compose with it.
        g.base = it;
        g.parts.push(it);
        g.end = it.end;
        continue;
      }
      close();
      cur = { start: it.start, end: it.end, base: it, agents: [], parts: [it] };
    }
    close();
    return composeOf ? mergeOf(doc, groups) : groups;
  };

  // "the government of Iraq": an agent-only group, of/in/from, optional "the", an actor group.
  const mergeOf = (doc: Doc, groups: Group[]): Group[] => {
    const out: Group[] = [];
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k];
      const h = groups[k + 1];
      if (g.base === null && h && h.base !== null) {
        let i = g.end;
        if (i < h.start && OF_WORDS.has(doc.form[i].toLowerCase())) {
          i++;
          if (i < h.start && doc.form[i].toLowerCase() === 'the') i++;
          if (i === h.start) {
            out.push({
              start: g.start,
              end: h.end,
              base: h.base,
              agents: [...h.agents, ...g.agents],
              parts: [...g.parts, ...h.parts],
              head: g.end - 1,
            });
            k++;
            continue;
          }
        }
      }
      out.push(g);
    }
    return out;
  };

  const toMentions = (groups: Group[]): ActorMention[] =>
    groups.map((g) => {
      const codes = groupCodes(g);
      const m: ActorMention = {
        start: g.start,
        end: g.end,
        code: codes[0],
        rule: g.parts.map((p) => p.rule).join(' + '),
        head: g.head ?? g.end - 1,
      };
      if (codes.length > 1) m.codes = codes;
      return m;
    });

  const matchAll = (doc: Doc, s: number, date?: DayNumber): ActorMention[] => toMentions(compose(doc, items(doc, s, date)));

  const discardIn = (doc: Doc, s: number, level: 'sentence' | 'story'): DiscardHit | null => {
    const p = sentencePieces(doc, doc.sentStart[s], doc.sentEnd[s]);
    for (const c of candidates(dicts, p, (n) => dicts.nodeDiscard[n] >= 0)) {
      const d = dicts.discards[dicts.nodeDiscard[c.node]];
      if (d.level === level) return { level, sentence: s, start: c.start, end: c.end, rule: rule(d.file, d.line, d.phrase) };
    }
    return null;
  };

  const discard = (doc: Doc, s: number): DiscardHit | null => {
    if (dicts.discards.length === 0) return null;
    const own = discardIn(doc, s, 'sentence');
    if (own) return own;
    let story = storyMemo.get(doc);
    if (story === undefined) {
      story = null;
      for (let k = 0; k < doc.sentenceCount && !story; k++) story = discardIn(doc, k, 'story');
      storyMemo.set(doc, story);
    }
    return story;
  };

  const issues = (doc: Doc, s: number): IssueMention[] => {
    const p = sentencePieces(doc, doc.sentStart[s], doc.sentEnd[s]);
    const found = candidates(dicts, p, (n) => dicts.nodeIssue[n] >= 0);
    const blockedCats = new Set<string>();
    const negSpans: Candidate[] = [];
    const pos: { c: Candidate; i: number }[] = [];
    for (const c of found) {
      for (const i of dicts.issueLists[dicts.nodeIssue[c.node]]) {
        const is = dicts.issues[i];
        if (is.negative === 2) blockedCats.add(is.category);
        else if (is.negative === 1) negSpans.push(c);
        else pos.push({ c, i });
      }
    }
    const out: IssueMention[] = [];
    for (const { c, i } of pos) {
      const is = dicts.issues[i];
      if (blockedCats.has(is.category)) continue;
      if (negSpans.some((n) => n.start < c.end && c.start < n.end)) continue;
      out.push({ start: c.start, end: c.end, category: is.category, code: is.code, rule: rule(is.file, is.line, is.phrase) });
    }
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  };

  return {
    match(doc: Doc, s: number, date?: DayNumber): ActorMention[] {
      if (discard(doc, s)) return [];
      return matchAll(doc, s, date);
    },
    matchAll,
    discard,
    issues,
  };
}
