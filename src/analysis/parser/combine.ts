/**
 * Combine a greedily trained model and a beam-trained model into one file:
 * the parser decodes greedily with the first and, when asked for a beam
 * (loadParser(path, { beam: K })), searches with the second.
 *
 *   node dist/analysis/parser/combine.js GREEDY.bin BEAM.bin --out models/parser.bin [--greedy-labels] [--reverse R2L.bin]
 *
 * BEAM.bin may itself be a combined file (e.g. the shipped model): its beam
 * model is taken.
 *
 * --greedy-labels gives the beam model the greedy model's label table: it was
 * trained along explored (partly wrong) parses, not only along the gold one,
 * which measured slightly better (dev LAS +0.1).
 *
 * --reverse R2L.bin adds a right-to-left model (train.js --reverse, e.g.
 * with --guide) as the file's third section: greedy decoding then revises
 * the left-to-right parse with it (see index.ts ParserOptions.revise).
 * Without --reverse, GREEDY.bin's own reverse model, if any, is kept (so a
 * new beam model can replace the one of a complete file).
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { deserialiseModel, serialiseModel } from './model.js';

const [greedyPath, beamPath] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--out' && all[i - 1] !== '--reverse');
const ri = process.argv.indexOf('--reverse');
const oi = process.argv.indexOf('--out');
if (!greedyPath || !beamPath || oi < 0) {
  console.error('usage: node dist/analysis/parser/combine.js GREEDY.bin BEAM.bin --out OUT.bin');
  process.exit(2);
}
const greedy = deserialiseModel(readFileSync(greedyPath), greedyPath);
// A file that already pairs a greedy and a beam model contributes its beam model.
const beamFile = deserialiseModel(readFileSync(beamPath), beamPath);
const beam = beamFile.beamModel ?? beamFile;
let beamLab = beam.lab;
if (process.argv.includes('--greedy-labels')) {
  if (greedy.labBits !== beam.labBits || greedy.cands.join() !== beam.cands.join() || greedy.labels.join() !== beam.labels.join()) {
    console.error('--greedy-labels: the two models have different label tables');
    process.exit(2);
  }
  beamLab = greedy.lab;
}
let reverseModel = greedy.reverseModel;
if (ri >= 0) {
  const rp = process.argv[ri + 1];
  const r = deserialiseModel(readFileSync(rp), rp);
  if (!r.reverse) {
    console.error(`--reverse: ${rp} is not a right-to-left model`);
    process.exit(2);
  }
  reverseModel = { ...r, beamModel: undefined, reverseModel: undefined };
}
const bytes = serialiseModel({
  ...greedy,
  beam: 1,
  beamModel: { ...beam, lab: beamLab, beamModel: undefined, reverseModel: undefined },
  reverseModel,
});
writeFileSync(process.argv[oi + 1], bytes);
console.log(`wrote ${process.argv[oi + 1]} (${(bytes.length / 1e6).toFixed(2)} MB): greedy ${greedyPath} + beam ${beamPath} (width ${beam.beam})`);
