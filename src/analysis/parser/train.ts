/**
 * Train the parser on UD English EWT and write models/parser.bin.
 *
 *   node dist/analysis/parser/train.js [--epochs N] [--out models/parser.bin]
 *        [--data DIR] [--seed S] [--act-bits B] [--lab-bits B] [--gold-tags]
 *
 * Trains on gold tags; the epoch kept is the one with the best dev LAS on the
 * tagger's predicted tags (on gold dev tags with --gold-tags).
 *
 * The written model is a derived work of UD English EWT: CC BY-SA 4.0.
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_EWT_DIR, readSplit } from './data.js';
import { serialiseModel } from './model.js';
import { goldTags, train } from './trainer.js';
import { evalTags } from './tagsource.js';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
}

const t0 = Date.now();
const dataDir = arg('data', DEFAULT_EWT_DIR);
const out = arg('out', fileURLToPath(new URL('../../../models/parser.bin', import.meta.url)));
const trainSents = readSplit(dataDir, 'train');
const devSents = readSplit(dataDir, 'dev');
// Train on gold tags; pick the best epoch on dev with the tagger's predicted
// tags (what the parser sees at run time) unless --gold-tags.
const trainTags = trainSents.map(goldTags);
const devTags = process.argv.includes('--gold-tags') ? devSents.map(goldTags) : (await evalTags(devSents)).tags;
const trained = train(trainSents, trainTags, devSents, devTags, {
  epochs: Number(arg('epochs', '15')),
  seed: Number(arg('seed', '1')),
  actBits: Number(arg('act-bits', '19')),
  labBits: Number(arg('lab-bits', '17')),
  exploreFrom: 1,
  exploreP: 0.9,
  minCount: 2,
  log: (m) => console.log(m),
});
const bytes = serialiseModel(trained.model, trained.vocabList);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
console.log(`wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
