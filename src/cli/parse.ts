/**
 * `annals parse`: print the analysis of raw or pre-tokenised text.
 * @module
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { AnnalsError } from '../errors.js';
import { loadAnalyzer, toConllu, UPOS, XPOS, DEPREL, type Doc } from '../analysis/index.js';
import { beamOption, writeAll, type Io } from './io.js';

export const help = `Usage: annals parse [--input raw|horizontal] [--format conllu|json] <paths...>

Print the linguistic analysis (tokens, POS tags, lemmas, dependency parse).
  --input raw          tokenise and split sentences (default)
  --input horizontal   one pre-tokenised sentence per line, tokens separated by spaces
  --format conllu      CoNLL-U (default)
  --format json        one JSON object per sentence
  --beam K             parser beam width (default 3, the beam model, pruned by --margin;
                       1 = greedy: the greedy model, about 1.6x as fast, less accurate)
  --margin M           beam pruning: drop hypotheses more than M below the best (default
                       300; 'Infinity' = the plain beam, slower)
  --revise             parse each sentence again right to left, reading the first parse
                       (more accurate, about 0.7 of the speed)
A path of '-' reads standard input.
`;

async function readText(path: string, io: Io): Promise<string> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const c of io.stdin) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(String(c)));
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    throw new AnnalsError('E_INPUT', `cannot read: ${(e as Error).message}`, { file: path });
  }
}

/** One JSON object per sentence: tokens with offsets and annotations. */
export function sentenceJson(doc: Doc, s: number): string {
  const a = doc.sentStart[s];
  const b = doc.sentEnd[s];
  const tokens = [];
  for (let i = a; i < b; i++) {
    tokens.push({
      id: i - a + 1,
      text: doc.tokenText(i),
      start: doc.start[i],
      end: doc.end[i],
      lemma: doc.lemma[i],
      upos: UPOS[doc.upos[i]],
      xpos: XPOS[doc.xpos[i]],
      head: doc.head[i] < 0 ? 0 : doc.head[i] - a + 1,
      deprel: DEPREL[doc.dep[i]],
    });
  }
  return JSON.stringify({ sentence: s, start: b > a ? doc.start[a] : 0, end: b > a ? doc.end[b - 1] : 0, tokens });
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      input: { type: 'string', default: 'raw' },
      format: { type: 'string', default: 'conllu' },
      beam: { type: 'string' },
      margin: { type: 'string' },
      revise: { type: 'boolean', default: false },
    },
  });
  if (values.input !== 'raw' && values.input !== 'horizontal') {
    throw new AnnalsError('E_USAGE', `--input must be raw or horizontal, not '${values.input}'`);
  }
  if (values.format !== 'conllu' && values.format !== 'json') {
    throw new AnnalsError('E_USAGE', `--format must be conllu or json, not '${values.format}'`);
  }
  const paths = positionals.length > 0 ? positionals : ['-'];
  const beam = beamOption(values.beam);
  const margin = values.margin === undefined ? undefined : Number(values.margin);
  if (margin !== undefined && !(margin >= 0)) throw new AnnalsError('E_USAGE', `--margin takes a number >= 0 (or Infinity), not '${values.margin}'`);
  const analyzer = loadAnalyzer({
    ...(beam === undefined ? {} : { beam }),
    ...(margin === undefined ? {} : { beamMargin: margin }),
    ...(values.revise ? { revise: true } : {}),
  });
  for (const p of paths) {
    const text = await readText(p, io);
    const doc = values.input === 'horizontal' ? analyzer.analyzeHorizontal(text) : analyzer.analyze(text);
    if (values.format === 'conllu') {
      await writeAll(io.stdout, toConllu(doc));
    } else {
      for (let s = 0; s < doc.sentenceCount; s++) await writeAll(io.stdout, sentenceJson(doc, s) + '\n');
    }
  }
  return 0;
}
