/**
 * Write the parser's trees for UD English EWT dev and test as CoNLL-U
 * (ID, FORM, predicted UPOS, HEAD, DEPREL), one file per split and beam
 * width, for checking that a decoder change leaves every parse unchanged:
 *
 *   node dist/analysis/parser/dump.js --out DIR [--ref DIR] [--beams 1,2,3,4] [--margin M] [--gold-tags] [--model FILE] [--data DIR]
 *
 * With --ref, each file is compared byte for byte with the file of the same
 * name in the reference directory (written by the other build), and the exit
 * status is 1 if any differs. Tags are the shipped tagger's predictions (as
 * in eval.js) unless --gold-tags. Beams are unpruned (margin Infinity, as
 * before pruning became the default) unless --margin M.
 * @module
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Doc } from '../doc.js';
import { DEPREL, UPOS } from '../tags.js';
import { DEFAULT_EWT_DIR, readSplit } from './data.js';
import { DEFAULT_PARSER_MODEL, loadParser } from './index.js';
import { goldTags } from './trainer.js';
import { evalTags } from './tagsource.js';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
}

const out = arg('out', '');
if (!out) {
  console.error('usage: node dist/analysis/parser/dump.js --out DIR [--ref DIR] [--beams 1,2,3,4] [--margin M] [--gold-tags] [--model FILE] [--data DIR]');
  process.exit(2);
}
const modelPath = arg('model', DEFAULT_PARSER_MODEL);
const dataDir = arg('data', DEFAULT_EWT_DIR);
const useGold = process.argv.includes('--gold-tags');
const ref = arg('ref', '');
const beams = arg('beams', '1,2,3,4').split(',').map(Number);
const margin = Number(arg('margin', 'Infinity'));
mkdirSync(out, { recursive: true });
let differ = 0;

for (const split of ['dev', 'test'] as const) {
  const sents = readSplit(dataDir, split);
  const tags = useGold ? sents.map(goldTags) : (await evalTags(sents)).tags;
  for (const beam of beams) {
    const parser = loadParser(modelPath, { beam, beamMargin: margin });
    const doc = Doc.fromWords(sents.map((s) => s.words));
    sents.forEach((_, si) => {
      doc.upos.set(tags[si].upos, doc.sentStart[si]);
      doc.xpos.set(tags[si].xpos, doc.sentStart[si]);
    });
    const t0 = performance.now();
    parser.parseDoc(doc);
    const ms = performance.now() - t0;
    const lines: string[] = [];
    sents.forEach((s, si) => {
      const a = doc.sentStart[si];
      lines.push(`# sent_id = ${s.id ?? si}`);
      for (let i = 0; i < s.words.length; i++) {
        const h = doc.head[a + i];
        lines.push(`${i + 1}\t${s.words[i]}\t_\t${UPOS[doc.upos[a + i]]}\t_\t_\t${h < 0 ? 0 : h - a + 1}\t${DEPREL[doc.dep[a + i]] ?? '_'}\t_\t_`);
      }
      lines.push('');
    });
    const file = `${out}/${split}-beam${beam}${margin < Infinity && beam > 1 ? `-margin${margin}` : ''}${useGold ? '-gold' : ''}.conllu`;
    const text = lines.join('\n') + '\n';
    writeFileSync(file, text);
    let verdict = '';
    if (ref) {
      const rfile = `${ref}/${file.slice(out.length + 1)}`;
      const same = existsSync(rfile) && readFileSync(rfile, 'utf8') === text;
      if (!same) differ++;
      verdict = same ? ', identical to the reference' : `, DIFFERS from ${rfile}`;
    }
    console.log(`${file}: ${sents.length} sentences, parsed in ${ms.toFixed(0)} ms${verdict}`);
  }
}
if (differ > 0) process.exitCode = 1;
