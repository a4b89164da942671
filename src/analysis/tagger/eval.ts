/**
 * Evaluate the committed tagger (and lemmatizer) on UD English EWT dev and test
 * with gold tokenisation; print accuracy, tagging speed and model load time.
 *
 * Also scores the key tokens of the invented news check set (news-check.tsv);
 * --news-errors lists the check sentences with a wrong key token.
 *
 *   node dist/analysis/tagger/eval.js [--model models/tagger.bin] [--data DIR] [--confusions] [--news-errors] [--bidirectional]
 * @module
 */
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseConllu, type ConlluSentence } from '../conllu.js';
import { UPOS, XPOS, uposId, xposId } from '../tags.js';
import { loadTagger, taggerStage } from './index.js';
import { Doc } from '../doc.js';
import { runStages } from '../pipeline.js';
import type { Tagger } from './model.js';
import { DEFAULT_EWT_DIR, DEFAULT_LEMMA_PATH, DEFAULT_TAGGER_PATH, ewtFile } from './paths.js';
import { lemmaStage, loadLemmatizer, type Lemmatizer } from '../lemma/index.js';
import { DEFAULT_NEWS_CHECK_PATH, readNewsCheck, scoreNewsCheck } from './news.js';
import { repairTense } from '../tense.js';

interface Scores {
  tokens: number;
  upos: number;
  xpos: number;
  lemmaGold: number;
  lemmaPred: number;
}

function evaluate(tagger: Tagger, lem: Lemmatizer | undefined, sents: ConlluSentence[], confusions: Map<string, number>): Scores {
  let n = 0;
  let u = 0;
  let x = 0;
  let lg = 0;
  let lp = 0;
  for (const s of sents) {
    const m = s.words.length;
    const uo = new Uint8Array(m);
    const xo = new Uint8Array(m);
    tagger.tagSentence(s.words, uo, xo);
    for (let i = 0; i < m; i++) {
      n++;
      if (UPOS[uo[i]] === s.upos[i]) u++;
      else {
        const k = `${s.upos[i]} -> ${UPOS[uo[i]]}`;
        confusions.set(k, (confusions.get(k) ?? 0) + 1);
      }
      if (XPOS[xo[i]] === s.xpos[i]) x++;
      if (lem) {
        if (lem.lemma(s.words[i], uposId(s.upos[i]), xposId(s.xpos[i]), i === 0) === s.lemmas[i]) lg++;
        if (lem.lemma(s.words[i], uo[i], xo[i], i === 0) === s.lemmas[i]) lp++;
      }
    }
  }
  return { tokens: n, upos: u / n, xpos: x / n, lemmaGold: lg / n, lemmaPred: lp / n };
}

/**
 * Tagging throughput on `sents`, from CPU time (the machine may be shared):
 * cold = one pass with an empty word cache; warm = best and median of `reps` further passes.
 */
function speed(tagger: Tagger, fresh: Tagger, sents: ConlluSentence[], reps: number): { cold: number; best: number; median: number } {
  const u = new Uint8Array(10000);
  const x = new Uint8Array(10000);
  let tokens = 0;
  for (const s of sents) tokens += s.words.length;
  const cpu = (): number => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1e6;
  };
  let t = cpu();
  for (const s of sents) fresh.tagSentence(s.words, u, x);
  const cold = tokens / (cpu() - t);
  for (const s of sents) tagger.tagSentence(s.words, u, x);
  const rates: number[] = [];
  for (let r = 0; r < reps; r++) {
    t = cpu();
    for (const s of sents) tagger.tagSentence(s.words, u, x);
    rates.push(tokens / (cpu() - t));
  }
  rates.sort((a, b) => a - b);
  return { cold, best: rates[rates.length - 1], median: rates[rates.length >> 1] };
}

function main(argv: string[]): void {
  let model = DEFAULT_TAGGER_PATH;
  let lemmaPath = DEFAULT_LEMMA_PATH;
  let data = DEFAULT_EWT_DIR;
  let showConf = false;
  let showNewsErrors = false;
  let bidirectional = false;
  let newsPath = DEFAULT_NEWS_CHECK_PATH;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--model') model = argv[++i];
    else if (a === '--bidirectional') bidirectional = true;
    else if (a === '--lemma') lemmaPath = argv[++i];
    else if (a === '--data') data = argv[++i];
    else if (a === '--confusions') showConf = true;
    else if (a === '--news-errors') showNewsErrors = true;
    else if (a === '--news') newsPath = argv[++i];
    else throw new Error(`unknown option ${a}`);
  }
  const t0 = process.hrtime.bigint();
  const tagger = loadTagger(model, { bidirectional });
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  let lem: Lemmatizer | undefined;
  let lemmaLoadMs = 0;
  try {
    const t1 = process.hrtime.bigint();
    // As in the pipeline (analysis/index.ts): WordNet lemmas from the tagger model.
    lem = loadLemmatizer(lemmaPath, { wordnet: (w) => tagger.wordnetClass(w) });
    lemmaLoadMs = Number(process.hrtime.bigint() - t1) / 1e6;
  } catch (e) {
    console.log(`(no lemmatizer: ${(e as Error).message})`);
  }
  console.log(`tagger model ${model}: ${(statSync(model).size / 1e6).toFixed(2)} MB, loaded in ${loadMs.toFixed(1)} ms`);
  if (lem) console.log(`lemmatizer model ${lemmaPath}: ${(statSync(lemmaPath).size / 1e6).toFixed(2)} MB, loaded in ${lemmaLoadMs.toFixed(1)} ms`);
  const pct = (v: number): string => `${(100 * v).toFixed(2)}%`;
  let test: ConlluSentence[] = [];
  for (const split of ['dev', 'test'] as const) {
    const f = ewtFile(data, split);
    const sents = parseConllu(readFileSync(f, 'utf8'), f);
    if (split === 'test') test = sents;
    const conf = new Map<string, number>();
    const r = evaluate(tagger, lem, sents, conf);
    console.log(
      `${split.padEnd(4)}: ${r.tokens} tokens  UPOS ${pct(r.upos)}  XPOS ${pct(r.xpos)}` +
        (lem ? `  lemma(gold tags) ${pct(r.lemmaGold)}  lemma(pred tags) ${pct(r.lemmaPred)}` : ''),
    );
    if (showConf) {
      const top = [...conf.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15);
      console.log('  top UPOS confusions (gold -> predicted): ' + top.map(([k, v]) => `${k} ${v}`).join(', '));
    }
  }
  const checkSet = readNewsCheck(newsPath);
  const news = scoreNewsCheck(tagger, checkSet);
  console.log(
    `news check (key tokens): UPOS ${pct(news.upos)} of ${news.keys}  XPOS ${pct(news.xpos)} of ${news.xposKeys}  (${news.errors.length} sentences with an error)`,
  );
  // The pipeline runs the tense repair (src/analysis/tense.ts, with the lemmatizer's verb forms) after the tagger: score that too.
  const repaired = scoreNewsCheck(
    {
      tagSentence(words: readonly string[], upos: Uint8Array, xpos: Uint8Array) {
        tagger.tagSentence(words, upos, xpos);
        repairTense(words, upos, xpos, 0, words.length, lem);
      },
    },
    checkSet,
  );
  console.log(
    `news check + tense repair (as in the pipeline): UPOS ${pct(repaired.upos)}  XPOS ${pct(repaired.xpos)}  (${repaired.errors.length} sentences with an error)`,
  );
  if (showNewsErrors) for (const e of repaired.errors) console.log('  ' + e);
  const sp = speed(tagger, loadTagger(model, { bidirectional }), test, 15);
  const f = (v: number): string => Math.round(v).toLocaleString('en');
  console.log(
    `tagging speed (test set, 1 thread, CPU time): warm cache best ${f(sp.best)} / median ${f(sp.median)} tokens/s; cold first pass ${f(sp.cold)} tokens/s`,
  );
  if (lem) {
    const l = lem;
    const words = test.flatMap((s) => s.words);
    const up = test.flatMap((s) => s.upos.map(uposId));
    const xp = test.flatMap((s) => s.xpos.map(xposId));
    const t2 = process.hrtime.bigint();
    let k = 0;
    for (let rep = 0; rep < 5; rep++) for (let i = 0; i < words.length; i++) k += l.lemma(words[i], up[i], xp[i]).length;
    const el = Number(process.hrtime.bigint() - t2) / 1e9;
    console.log(`lemmatizer speed: ${Math.round((5 * words.length) / el).toLocaleString('en')} tokens/s (${k > 0 ? 'ok' : '?'})`);
    // Both stages over a Doc, as the pipeline runs them.
    const doc = Doc.fromWords(test.map((s) => s.words));
    const stages = [taggerStage(tagger), lemmaStage(l)];
    let best = 0;
    for (let rep = 0; rep < 8; rep++) {
      const c0 = process.cpuUsage();
      runStages(stages, doc);
      const c = process.cpuUsage(c0);
      best = Math.max(best, doc.length / ((c.user + c.system) / 1e6));
    }
    console.log(
      `tagger+lemma stages on a Doc: best ${Math.round(best).toLocaleString('en')} tokens/s = ${Math.round(best / (doc.length / test.length)).toLocaleString('en')} sentences/s (avg ${(doc.length / test.length).toFixed(1)} tokens)`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
