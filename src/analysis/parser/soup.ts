/**
 * Average parser models trained alike (same data and shapes; e.g. one
 * train.js run per seed, each keeping its best dev epoch) into one file:
 * blendQuantised over their Int8 tables, weight 1 each unless FILE:W. A
 * combined file contributes its beam model when --beam is given, else its
 * first model.
 *
 *   node dist/analysis/parser/soup.js A.bin[:W] B.bin[:W] ... --out OUT.bin [--beam] [--width K] [--margin M]
 *
 * --width K and --margin M record the file's default decoding width and beam
 * pruning margin (a file of one beam-trained model, such as
 * models/parser-fast.bin; see ParserModel.width).
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { deserialiseModel, serialiseModel } from './model.js';
import { blendQuantised } from './trainer.js';

const args = process.argv.slice(2);
const oi = args.indexOf('--out');
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--out' && args[i - 1] !== '--margin' && args[i - 1] !== '--width');
if (oi < 0 || files.length < 2) {
  console.error('usage: node dist/analysis/parser/soup.js A.bin[:W] B.bin[:W] ... --out OUT.bin [--beam]');
  process.exit(2);
}
const members = files.map((spec) => {
  const at = spec.lastIndexOf(':');
  const file = at > 0 ? spec.slice(0, at) : spec;
  const m = deserialiseModel(readFileSync(file), file);
  return { model: args.includes('--beam') ? (m.beamModel ?? m) : { ...m, beamModel: undefined, reverseModel: undefined }, weight: at > 0 ? Number(spec.slice(at + 1)) : 1 };
});
// --width K / --margin M record the file's default decoding width and beam
// pruning margin (ParserModel.width, ParserModel.margin).
const wi = args.indexOf('--width');
const width = wi >= 0 ? Number(args[wi + 1]) : undefined;
if (width !== undefined && !(Number.isInteger(width) && width >= 1)) throw new Error('--width takes an integer >= 1');
const mi = args.indexOf('--margin');
const margin = mi >= 0 ? Number(args[mi + 1]) : undefined;
if (margin !== undefined && !(margin >= 0)) throw new Error('--margin takes a number >= 0');
const out = {
  ...blendQuantised(members),
  reverseModel: undefined,
  beamModel: undefined,
  ...(width !== undefined ? { width } : {}),
  ...(margin !== undefined ? { margin } : {}),
};
const bytes = serialiseModel(out);
writeFileSync(args[oi + 1], bytes);
console.log(`wrote ${args[oi + 1]} (${(bytes.length / 1e6).toFixed(2)} MB): average of ${files.join(' ')}`);
