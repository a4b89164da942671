/**
 * Error analysis on UD English EWT: how much of the parser's loss comes from
 * tagging errors, per gold relation, with predicted vs gold tags.
 *
 *   node dist/analysis/parser/errors.js [--model models/parser.bin] [--split dev|test] [--data DIR]
 *
 * Prints: the UAS error rate on tokens whose predicted UPOS is wrong vs right;
 * how often the gold relation is not among the label candidates of the arc's
 * key (so no label choice can be right); per relation, head and label errors
 * with predicted and with gold tags; root errors and the final punctuation
 * errors they cause; the most frequent UPOS confusions.
 * @module
 */
import { Doc } from '../doc.js';
import { DEPREL, DEPREL_ID, UPOS } from '../tags.js';
import type { ConlluSentence } from '../conllu.js';
import { tagAtom } from './core.js';
import { DEFAULT_EWT_DIR, readSplit } from './data.js';
import { DEFAULT_PARSER_MODEL, loadParser, type Parser } from './index.js';
import { candKey } from './model.js';
import { evalTags } from './tagsource.js';
import { goldTags, type SentTags } from './trainer.js';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
}

const split = arg('split', 'dev') as 'dev' | 'test';
const sents = readSplit(arg('data', DEFAULT_EWT_DIR), split);
const parser = loadParser(arg('model', DEFAULT_PARSER_MODEL));
const pred = (await evalTags(sents)).tags;
const gold = sents.map(goldTags);

/** Parse all sentences with the given tags; returns [1-based head, relation] per token. */
function run(p: Parser, tags: readonly SentTags[]): [number, string][][] {
  const doc = Doc.fromWords(sents.map((s) => s.words));
  sents.forEach((_, si) => {
    doc.upos.set(tags[si].upos, doc.sentStart[si]);
    doc.xpos.set(tags[si].xpos, doc.sentStart[si]);
  });
  p.parseDoc(doc);
  return sents.map((s, si) => {
    const a = doc.sentStart[si];
    return s.words.map((_, i): [number, string] => {
      const h = doc.head[a + i];
      return [h < 0 ? 0 : h - a + 1, DEPREL[doc.dep[a + i]] ?? '_'];
    });
  });
}

const P = run(parser, pred);
const G = run(parser, gold);
const m = parser.model;
const labIdx = new Map(Array.from(m.labels, (id, i) => [id, i] as const));

/** Is the gold relation of token i among the candidates of its arc's key under `tags`? */
function inCands(s: ConlluSentence, tags: SentTags, i: number): boolean {
  const h = s.heads[i];
  const l = labIdx.get(DEPREL_ID.get(s.deprels[i]) ?? -1);
  const key = candKey(m, i < h - 1 ? 0 : 1, tagAtom(tags.upos[i], tags.xpos[i]), tagAtom(tags.upos[h - 1], tags.xpos[h - 1]));
  for (let j = m.candStart[key]; j < m.candStart[key + 1]; j++) if (m.cands[j] === l) return true;
  return false;
}

// Per relation: count, head errors / label-or-head errors with predicted tags, then with gold tags.
const byRel = new Map<string, number[]>();
const confusions = new Map<string, number>();
let total = 0;
let tagWrong = 0;
let errTagWrong = 0;
let errTagRight = 0;
let notCandPred = 0;
let notCandGold = 0;
// Root errors, and the sentence-final punctuation head errors that merely follow them.
let rootWrong = 0;
let finalPunctErr = 0;
let finalPunctOnWrongRoot = 0;
sents.forEach((s, si) => {
  const n = s.words.length;
  const predRoot = P[si].findIndex(([h]) => h === 0);
  if (s.heads[predRoot] !== 0) rootWrong++;
  const last = n - 1;
  if (s.deprels[last] === 'punct' && P[si][last][0] !== s.heads[last]) {
    finalPunctErr++;
    if (s.heads[predRoot] !== 0 && P[si][last][0] === predRoot + 1 && s.heads[last] > 0 && s.heads[s.heads[last] - 1] === 0) finalPunctOnWrongRoot++;
  }
});
sents.forEach((s, si) => {
  s.words.forEach((_, i) => {
    total++;
    const rel = s.deprels[i];
    const row = byRel.get(rel) ?? [0, 0, 0, 0, 0];
    byRel.set(rel, row);
    const [ph, pr] = P[si][i];
    const [gh, gr] = G[si][i];
    row[0]++;
    if (ph !== s.heads[i]) row[1]++;
    if (ph !== s.heads[i] || pr !== rel) row[2]++;
    if (gh !== s.heads[i]) row[3]++;
    if (gh !== s.heads[i] || gr !== rel) row[4]++;
    if (pred[si].upos[i] !== gold[si].upos[i]) {
      tagWrong++;
      if (ph !== s.heads[i]) errTagWrong++;
      const k = `${UPOS[gold[si].upos[i]]}->${UPOS[pred[si].upos[i]]}`;
      confusions.set(k, (confusions.get(k) ?? 0) + 1);
    } else if (ph !== s.heads[i]) errTagRight++;
    if (s.heads[i] > 0) {
      if (!inCands(s, pred[si], i)) notCandPred++;
      if (!inCands(s, gold[si], i)) notCandGold++;
    }
  });
});
const pc = (a: number, b: number): string => ((100 * a) / Math.max(1, b)).toFixed(1);
console.log(`${split}: ${total} tokens, predicted UPOS wrong on ${tagWrong} (${pc(tagWrong, total)}%)`);
console.log(`head error rate: ${pc(errTagWrong, tagWrong)}% on mistagged tokens, ${pc(errTagRight, total - tagWrong)}% on the others`);
console.log(`gold relation not among the key's candidates: ${notCandPred} with predicted tags, ${notCandGold} with gold tags`);
console.log(
  `root wrong in ${rootWrong} of ${sents.length} sentences; sentence-final punctuation head errors: ${finalPunctErr}, ` +
    `of which ${finalPunctOnWrongRoot} attach to a wrong predicted root instead of the gold one`,
);
console.log('relation        count | predicted tags: head-err  LAS-err | gold tags: head-err  LAS-err');
for (const [rel, v] of [...byRel.entries()].sort((a, b) => b[1][2] - a[1][2]).slice(0, 30)) {
  console.log(`${rel.padEnd(14)} ${String(v[0]).padStart(6)} | ${String(v[1]).padStart(24)} ${String(v[2]).padStart(8)} | ${String(v[3]).padStart(19)} ${String(v[4]).padStart(8)}`);
}
console.log(
  'UPOS confusions (gold->predicted): ' +
    [...confusions.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
);
