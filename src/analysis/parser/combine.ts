/**
 * Combine a greedily trained model and a beam-trained model into one file:
 * the parser decodes greedily with the first and, when asked for a beam
 * (loadParser(path, { beam: K })), searches with the second.
 *
 *   node dist/analysis/parser/combine.js GREEDY.bin BEAM.bin --out models/parser.bin
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { deserialiseModel, serialiseModel } from './model.js';

const [greedyPath, beamPath] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--out');
const oi = process.argv.indexOf('--out');
if (!greedyPath || !beamPath || oi < 0) {
  console.error('usage: node dist/analysis/parser/combine.js GREEDY.bin BEAM.bin --out OUT.bin');
  process.exit(2);
}
const greedy = deserialiseModel(readFileSync(greedyPath), greedyPath);
const beam = deserialiseModel(readFileSync(beamPath), beamPath);
const bytes = serialiseModel({ ...greedy, beam: 1, beamModel: { ...beam, beamModel: undefined } });
writeFileSync(process.argv[oi + 1], bytes);
console.log(`wrote ${process.argv[oi + 1]} (${(bytes.length / 1e6).toFixed(2)} MB): greedy ${greedyPath} + beam ${beamPath} (width ${beam.beam})`);
