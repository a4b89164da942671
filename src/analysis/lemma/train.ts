/**
 * Learn the lemmatizer from UD English EWT train (read by path from ../shared):
 * casing modes, suffix rewrite rules per Penn tag (learned on word types so they
 * generalise to unseen words), and exceptions for training words the rules miss.
 *
 *   node dist/analysis/lemma/train.js [--out models/lemma.json] [--data DIR]
 *
 * The output is a derived work of UD English EWT (CC BY-SA 4.0).
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseConllu, type ConlluSentence } from '../conllu.js';
import { uposId, xposId } from '../tags.js';
import { DEFAULT_EWT_DIR, DEFAULT_LEMMA_PATH, ewtFile } from '../tagger/paths.js';
import { caseShape, Lemmatizer, MAX_SUFFIX, type LemmaModelData, type Rewrite } from './model.js';

/** Minimum number of word types supporting a suffix rule. */
const MIN_TYPES = 2;

function rewriteOf(base: string, lemma: string): Rewrite {
  let p = 0;
  const m = Math.min(base.length, lemma.length);
  while (p < m && base.charCodeAt(p) === lemma.charCodeAt(p)) p++;
  return [base.length - p, lemma.slice(p)];
}

/** Learn a lemmatizer model from gold sentences. */
export function trainLemmatizer(train: ConlluSentence[]): LemmaModelData {
  // (form, tagKey) -> lemma counts.
  const types = new Map<string, Map<string, number>>();
  const caseVotes = new Map<string, [number, number]>();
  const votedTypes = new Set<string>();
  for (const s of train) {
    for (let i = 0; i < s.words.length; i++) {
      const form = s.words[i];
      const lemma = s.lemmas[i];
      if (lemma === '_' || lemma === '') continue;
      const u = uposId(s.upos[i]);
      const key = `${form}\u0000${u * 256 + xposId(s.xpos[i])}`;
      let m = types.get(key);
      if (!m) types.set(key, (m = new Map()));
      m.set(lemma, (m.get(lemma) ?? 0) + 1);
      const shape = caseShape(form);
      // Votes count word types, so that "I" does not decide for every capitalised pronoun.
      const tk = `${form}\u0000${u}\u0000${i === 0 ? 1 : 0}`;
      if (shape !== 'l' && !votedTypes.has(tk)) {
        votedTypes.add(tk);
        const ck = `${u},${shape},${i === 0 ? 1 : 0}`;
        const v = caseVotes.get(ck) ?? [0, 0];
        if (lemma[0] === form[0]) v[1]++;
        else if (lemma[0] === form[0].toLowerCase()) v[0]++;
        caseVotes.set(ck, v);
      }
    }
  }
  const keepCase: Record<string, 0 | 1> = {};
  for (const [k, [lower, keep]] of [...caseVotes.entries()].sort()) keepCase[k] = keep > lower ? 1 : 0;

  const majority = new Map<string, string>();
  for (const [k, m] of types) {
    let best = '';
    let bc = -1;
    for (const [l, c] of [...m.entries()].sort()) if (c > bc) [best, bc] = [l, c];
    majority.set(k, best);
  }

  // Suffix statistics over types: xpos -> suffix -> rewrite -> count.
  // Known lemmas of content and function words (not numbers, symbols, punctuation, foreign).
  const vocabSet = new Set<string>();
  for (const s of train) {
    for (let i = 0; i < s.words.length; i++) {
      const u = s.upos[i];
      if (u === 'PUNCT' || u === 'SYM' || u === 'NUM' || u === 'X') continue;
      const l = s.lemmas[i].toLowerCase();
      if (/^[a-z][a-z'-]*$/.test(l)) vocabSet.add(l);
    }
  }
  const vocab = [...vocabSet].sort();
  const noEx: LemmaModelData = { format: 'annals-lemma', version: 1, keepCase, rules: {}, exceptions: {}, vocab };
  const caser = new Lemmatizer(noEx);
  const stats = new Map<number, Map<string, Map<string, number>>>();
  for (const [k, lemma] of majority) {
    const [form, tk] = k.split('\u0000');
    const tagKey = Number(tk);
    const xpos = tagKey & 255;
    const base = caser.base(form, tagKey >> 8);
    const r = rewriteOf(base, lemma);
    const rk = `${r[0]}\u0000${r[1]}`;
    let byS = stats.get(xpos);
    if (!byS) stats.set(xpos, (byS = new Map()));
    const lower = base.toLowerCase();
    for (let n = 0; n <= Math.min(MAX_SUFFIX, lower.length); n++) {
      const suf = lower.slice(lower.length - n);
      let c = byS.get(suf);
      if (!c) byS.set(suf, (c = new Map()));
      c.set(rk, (c.get(rk) ?? 0) + 1);
    }
  }
  const rules: Record<string, Record<string, Rewrite>> = {};
  for (const [xpos, byS] of [...stats.entries()].sort((a, b) => a[0] - b[0])) {
    const best = new Map<string, string>();
    for (const [suf, c] of byS) {
      let total = 0;
      let top = '';
      let tc = -1;
      for (const [rk, n] of [...c.entries()].sort()) {
        total += n;
        if (n > tc) [top, tc] = [rk, n];
      }
      if (total >= MIN_TYPES || suf === '') best.set(suf, top);
    }
    // Keep a suffix only if it changes the answer of its nearest kept shorter suffix.
    const kept = new Map<string, string>();
    const sufs = [...best.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    for (const suf of sufs) {
      let parent: string | undefined;
      for (let n = suf.length - 1; n >= 0 && parent === undefined; n--) parent = kept.get(suf.slice(suf.length - n));
      if (suf === '' || parent !== best.get(suf)) kept.set(suf, best.get(suf)!);
    }
    const table: Record<string, Rewrite> = {};
    for (const [suf, rk] of kept) {
      const [cut, add] = rk.split('\u0000');
      table[suf] = [Number(cut), add];
    }
    rules[String(xpos)] = table;
  }

  // Exceptions: training types the rules get wrong.
  const ruled = new Lemmatizer({ ...noEx, rules });
  const exceptions: Record<string, (number | string)[]> = {};
  for (const [k, lemma] of [...majority.entries()].sort()) {
    const [form, tk] = k.split('\u0000');
    const tagKey = Number(tk);
    if (ruled.lemma(form, tagKey >> 8, tagKey & 255) === lemma) continue;
    (exceptions[form] ??= []).push(tagKey, lemma);
  }
  return { format: 'annals-lemma', version: 1, keepCase, rules, exceptions, vocab };
}

function main(argv: string[]): void {
  let out = DEFAULT_LEMMA_PATH;
  let data = DEFAULT_EWT_DIR;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = argv[++i];
    else if (argv[i] === '--data') data = argv[++i];
    else throw new Error(`unknown option ${argv[i]}`);
  }
  const f = ewtFile(data, 'train');
  const model = trainLemmatizer(parseConllu(readFileSync(f, 'utf8'), f));
  const json = JSON.stringify(model);
  writeFileSync(out, json);
  const nRules = Object.values(model.rules).reduce((a, t) => a + Object.keys(t).length, 0);
  console.log(`wrote ${out}: ${nRules} suffix rules, ${Object.keys(model.exceptions).length} exception forms, ${(json.length / 1e3).toFixed(0)} kB`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
