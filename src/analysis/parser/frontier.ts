/**
 * The parser's accuracy-speed frontier (speed session 18): UAS/LAS on an EWT
 * split, hypotheses scored per token and parser CPU time for several model
 * files and decoding settings, in one process.
 *
 *   node dist/analysis/parser/frontier.js --models A.bin[,B.bin..] --settings 1,2,3/300,4/300,...
 *        [--split dev|test] [--tagger FILE] [--rounds N]
 *
 * A setting is WIDTH or WIDTH/MARGIN (no margin: no pruning). Width 1 on a
 * file with a beam model beside its greedy one (the shipped file) decodes
 * with the greedy model; on a file holding one beam-trained model it decodes
 * that model greedily. Dev tags come from --tagger (select on dev with the
 * train-only tagger, /work/ft/tagger-trainonly.bin); test (read once per
 * candidate) with the shipped tagger unless --tagger.
 *
 * hyp/tok = Decoder.scoreCached calls per token (the beam's work, free of
 * machine load); CPU = parser CPU microseconds per 20 tokens, the split
 * parsed as one Doc, settings interleaved over --rounds rounds (median);
 * x = speed relative to the first setting.
 * @module
 */
import { readFileSync } from 'node:fs';
import { Doc } from '../doc.js';
import { DEFAULT_EWT_DIR, readSplit, scoreDoc } from './data.js';
import { Parser } from './index.js';
import { Decoder, deserialiseModel } from './model.js';
import { evalTags } from './tagsource.js';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
}

const split = arg('split', 'dev') as 'dev' | 'test';
const sents = readSplit(arg('data', DEFAULT_EWT_DIR), split);
const { tags, uposAcc } = await evalTags(sents, arg('tagger', '') || undefined);
const doc = Doc.fromWords(sents.map((s) => s.words));
sents.forEach((_, si) => {
  doc.upos.set(tags[si].upos, doc.sentStart[si]);
  doc.xpos.set(tags[si].xpos, doc.sentStart[si]);
});
console.log(`${split}: ${sents.length} sentences, ${doc.length} tokens, UPOS ${uposAcc?.toFixed(2)}`);

interface Run {
  name: string;
  p: Parser;
  cpu: number[];
}
const runs: Run[] = [];
for (const file of arg('models', 'models/parser.bin').split(',')) {
  const model = deserialiseModel(readFileSync(file), file);
  for (const s of arg('settings', '1,2,3/300,4/300').split(',')) {
    const [w, m] = s.split('/');
    runs.push({ name: `${file} ${s}`, p: new Parser(model, { beam: Number(w), beamMargin: m ? Number(m) : Infinity }), cpu: [] });
  }
}
const rounds = Number(arg('rounds', '3'));
for (const r of runs) r.p.parseDoc(doc); // warm-up
for (let k = 0; k < rounds; k++) {
  for (const r of k % 2 ? [...runs].reverse() : runs) {
    const c0 = process.cpuUsage();
    r.p.parseDoc(doc);
    const c = process.cpuUsage(c0);
    r.cpu.push(c.user + c.system);
  }
}
// Accuracy and counts last (the counting wrapper deoptimises the decoder).
let calls = 0;
const orig = Decoder.prototype.scoreCached;
Decoder.prototype.scoreCached = function (this: Decoder, ...a: Parameters<Decoder['scoreCached']>) {
  calls++;
  return orig.apply(this, a);
};
const med = (a: number[]): number => [...a].sort((x, y) => x - y)[a.length >> 1];
const base = med(runs[0].cpu);
for (const r of runs) {
  calls = 0;
  r.p.parseDoc(doc);
  const sc = scoreDoc(sents, doc);
  const c = med(r.cpu);
  console.log(
    `${r.name.padEnd(40)} UAS ${sc.pct(sc.uas)} LAS ${sc.pct(sc.las)}  hyp/tok ${(calls / doc.length).toFixed(2)}  CPU ${((20 * c) / doc.length).toFixed(1)} us/20tok  x${(base / c).toFixed(2)}`,
  );
}
