/**
 * Evaluate the parser on UD English EWT dev and test (gold tokenisation):
 * UAS/LAS with predicted tags (or gold tags with --gold-tags), parsing speed
 * and model load time.
 *
 *   node dist/analysis/parser/eval.js [--gold-tags] [--model models/parser.bin] [--data DIR] [--beam K] [--margin M] [--revise]
 *        [--tagger FILE] [--bidirectional] [--dev-only]
 *
 * --beam K overrides the model's default decoding width; --margin M prunes
 * the beam (ParserOptions.beamMargin). --revise re-parses
 * right to left with the file's reverse model reading the first parse (see
 * index.ts ParserOptions.revise). A right-to-left model file on its own
 * (train.js --reverse without --guide) is evaluated as such.
 * @module
 */
import { statSync } from 'node:fs';
import { Doc } from '../doc.js';
import { DEFAULT_EWT_DIR, readSplit, scoreDoc, type Score } from './data.js';
import { defaultParserPath, loadParser, parserStage, type Parser } from './index.js';
import { loadTagger, taggerStage } from '../tagger/index.js';
import { runStages } from '../pipeline.js';
import { tokenize } from '../tokenize/index.js';
import { lemmaStage, loadLemmatizer } from '../lemma/index.js';
import { goldTags, type SentTags } from './trainer.js';
import { evalTags } from './tagsource.js';
import type { ConlluSentence } from '../conllu.js';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
}

// Default: the file the default pipeline parses with (the fast model unless --beam or --revise).
const modelPath = arg('model', '') || defaultParserPath({ ...(arg('beam', '') ? { beam: Number(arg('beam', '')) } : {}), ...(process.argv.includes('--revise') ? { revise: true } : {}) });
const dataDir = arg('data', DEFAULT_EWT_DIR);
const useGold = process.argv.includes('--gold-tags');
// --tagger FILE / --bidirectional: predicted tags from another tagger model / both tagger directions.
const taggerPath = arg('tagger', '') || undefined;
const bidirectional = process.argv.includes('--bidirectional');

let t0 = performance.now();
const beamArg = arg('beam', '');
const marginArg = arg('margin', '');
const parser = loadParser(modelPath, {
  ...(beamArg ? { beam: Number(beamArg) } : {}),
  ...(marginArg ? { beamMargin: Number(marginArg) } : {}),
  ...(process.argv.includes('--revise') ? { revise: true } : {}),
});
const loadMs = performance.now() - t0;
console.log(
  `model ${modelPath}: ${(statSync(modelPath).size / 1e6).toFixed(2)} MB, loaded in ${loadMs.toFixed(0)} ms, beam ${parser.beam}` +
    `${parser.margin < Infinity ? `, margin ${parser.margin}` : ''}` +
    `${parser.revise ? ', right-to-left revision' : ''}${parser.model.reverse ? ', right to left' : ''}`,
);

/** Build one Doc holding all sentences, with the given tags. */
function toDoc(sents: readonly ConlluSentence[], tags: readonly SentTags[]): Doc {
  const doc = Doc.fromWords(sents.map((s) => s.words));
  sents.forEach((_, si) => {
    doc.upos.set(tags[si].upos, doc.sentStart[si]);
    doc.xpos.set(tags[si].xpos, doc.sentStart[si]);
  });
  return doc;
}

function score(p: Parser, sents: readonly ConlluSentence[], doc: Doc): Score {
  p.parseDoc(doc);
  return scoreDoc(sents, doc);
}

// --dev-only: settings are selected on dev; test is printed once per kept setting.
for (const split of process.argv.includes('--dev-only') ? (['dev'] as const) : (['dev', 'test'] as const)) {
  const sents = readSplit(dataDir, split);
  const { tags, source, uposAcc } = useGold
    ? { tags: sents.map(goldTags), source: 'gold tags', uposAcc: undefined }
    : await evalTags(sents, taggerPath, bidirectional);
  const doc = toDoc(sents, tags);
  const sc = score(parser, sents, doc);
  // The shipped tagger (and models/parser-fast.bin) learned from dev too: say so next to its dev figure.
  const seenDev = split === 'dev' && (taggerPath === undefined || /parser-fast/.test(modelPath));
  console.log(`${split} (${source}${uposAcc !== undefined ? `, UPOS ${uposAcc.toFixed(2)}` : ''}): ${sc.toString()}${seenDev ? '  [not held out: the shipped tagger or this parser model was trained on train+dev]' : ''}`);
  if (split === 'test') {
    // Speed: parser alone, single thread, over the whole test set several times,
    // and over its 20-30 token sentences (the size the target is stated for).
    const mid = sents.map((s, i) => [s, i] as const).filter(([s]) => s.words.length >= 20 && s.words.length <= 30);
    const midDoc = toDoc(mid.map(([s]) => s), mid.map(([, i]) => tags[i]));
    for (const [name, d] of [['all test', doc], ['20-30 tokens', midDoc]] as const) {
      parser.parseDoc(d); // warm-up
      // The machine is shared: take the fastest of several timed runs (wall
      // clock) and also report CPU time, which other processes do not inflate.
      let bestWall = Infinity;
      let bestCpu = Infinity;
      for (let r = 0; r < 7; r++) {
        const c0 = process.cpuUsage();
        t0 = performance.now();
        parser.parseDoc(d);
        bestWall = Math.min(bestWall, (performance.now() - t0) / 1000);
        const c = process.cpuUsage(c0);
        bestCpu = Math.min(bestCpu, (c.user + c.system) / 1e6);
      }
      const ns = d.sentenceCount;
      const nt = d.length;
      console.log(
        `parser speed (${name}, ${(nt / ns).toFixed(1)} tok/sent): ${(ns / bestWall).toFixed(0)} sent/s wall, ` +
          `${(ns / bestCpu).toFixed(0)} sent/s CPU; ${(nt / bestWall).toFixed(0)} tok/s = ${(nt / bestWall / 25).toFixed(0)} 25-token sent/s`,
      );
    }
    if (!useGold) {
      // Tagger + parser together on the 20-30 token sentences.
      const tagger = loadTagger(taggerPath, { bidirectional });
      const stages = [taggerStage(tagger), parserStage(parser)];
      runStages(stages, midDoc);
      let best = Infinity;
      let bestCpu = Infinity;
      for (let r = 0; r < 7; r++) {
        const c0 = process.cpuUsage();
        t0 = performance.now();
        runStages(stages, midDoc);
        best = Math.min(best, (performance.now() - t0) / 1000);
        const c = process.cpuUsage(c0);
        bestCpu = Math.min(bestCpu, (c.user + c.system) / 1e6);
      }
      console.log(
        `tagger+parser speed (20-30 tokens): ${(midDoc.sentenceCount / best).toFixed(0)} sent/s wall, ` +
          `${(midDoc.sentenceCount / bestCpu).toFixed(0)} sent/s CPU`,
      );
      // Whole pipeline from raw text: tokenise + split + tag + lemmatise + parse.
      const text = mid.map(([s]) => s.text ?? s.words.join(' ')).join('\n\n');
      const full = [taggerStage(tagger), lemmaStage(loadLemmatizer()), parserStage(parser)];
      let ns = 0;
      best = Infinity;
      bestCpu = Infinity;
      for (let r = 0; r < 8; r++) {
        const c0 = process.cpuUsage();
        t0 = performance.now();
        const d = runStages(full, Doc.fromTokens(tokenize(text)));
        if (r > 0) {
          best = Math.min(best, (performance.now() - t0) / 1000);
          const c = process.cpuUsage(c0);
          bestCpu = Math.min(bestCpu, (c.user + c.system) / 1e6);
        }
        ns = d.sentenceCount;
      }
      console.log(
        `whole pipeline from raw text (${mid.length} sentences of 20-30 tokens, split into ${ns}): ` +
          `${(mid.length / best).toFixed(0)} sent/s wall, ${(mid.length / bestCpu).toFixed(0)} sent/s CPU`,
      );
    }
  }
}
