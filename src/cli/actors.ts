/**
 * `annals actors --unknown`: the named actors a corpus talks about that the
 * dictionaries do not know, most frequent first, to help extend them.
 * @module
 */
import { parseArgs } from 'node:util';
import { loadAnalyzer } from '../analysis/index.js';
import { createActorMatcher } from '../actors/matcher.js';
import { dayNumber } from '../annals.js';
import { createArticleActorMatcher } from '../article/coref.js';
import { UnknownActorTally, findUnknownNames } from '../article/unknown.js';
import { loadDictionaries } from '../dictionaries/index.js';
import { AnnalsError } from '../errors.js';
import { readInputs } from '../ingest/index.js';
import { writeAll, type Io } from './io.js';

export const help = `Usage: annals actors --unknown [options] <paths...>

List the most frequent unresolved named actors: proper names that are subjects or
objects of dictionary verbs but match no actor (after article-level resolution of
pronouns, titles and short names), with a count and an example sentence each.
A path is a file, a directory (walked recursively) or '-' for standard input.

Options:
  --unknown          list unknown actors (the only mode for now; required)
  --dict PATH        dictionary file or directory (repeatable; default: annals' own)
  --date YYYY-MM-DD  document date (overrides dates found in article text)
  --top N            show at most N names (default 50)
  --format FMT       table | jsonl (default: table)
  --no-cache         do not read or write the compiled-dictionary cache

Exit code: 0 all inputs read, 1 some inputs could not be read, 2 usage error.
`;

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      unknown: { type: 'boolean', default: false },
      dict: { type: 'string', multiple: true },
      date: { type: 'string' },
      top: { type: 'string' },
      format: { type: 'string', default: 'table' },
      'no-cache': { type: 'boolean', default: false },
    },
  });
  if (!values.unknown) throw new AnnalsError('E_USAGE', `annals actors needs --unknown\n\n${help}`);
  if (positionals.length === 0) throw new AnnalsError('E_USAGE', `no input paths given\n\n${help}`);
  if (values.format !== 'table' && values.format !== 'jsonl') {
    throw new AnnalsError('E_USAGE', `--format must be table or jsonl, not '${values.format}'`);
  }
  let top = 50;
  if (values.top !== undefined) {
    top = Number(values.top);
    if (!Number.isInteger(top) || top <= 0) throw new AnnalsError('E_USAGE', '--top must be a positive integer');
  }
  const analyzer = loadAnalyzer();
  const dicts = loadDictionaries(values.dict ?? [], { cacheDir: values['no-cache'] ? false : undefined });
  const dictMatcher = createActorMatcher(dicts.actors);
  // Discard phrases silence a sentence for coding, but its names are still known to the dictionaries.
  const known = { match: dictMatcher.matchAll };
  const matcher = createArticleActorMatcher(known, { countries: dicts.actors.countryCodes });
  const tally = new UnknownActorTally();
  let docs = 0;
  let failed = 0;
  for await (const r of readInputs(positionals, { date: values.date }, io.stdin)) {
    if (!r.ok) {
      failed++;
      io.stderr.write(`annals actors: ${r.error.message}\n`);
      continue;
    }
    const doc = analyzer.analyze(r.doc.text);
    tally.add(doc, r.doc.id, findUnknownNames(doc, matcher, dicts.verbs, dayNumber(r.doc.date)));
    docs++;
  }
  const rows = tally.top(top);
  if (values.format === 'jsonl') {
    for (const c of rows) await writeAll(io.stdout, JSON.stringify(c) + '\n');
  } else {
    const w = Math.max(4, ...rows.map((c) => c.name.length));
    await writeAll(io.stdout, `${'count'.padStart(5)}  ${'name'.padEnd(w)}  example\n`);
    for (const c of rows) {
      const ex = c.example.length > 120 ? `${c.example.slice(0, 117)}...` : c.example;
      await writeAll(io.stdout, `${String(c.count).padStart(5)}  ${c.name.padEnd(w)}  ${ex}\n`);
    }
  }
  io.stderr.write(`annals actors: ${docs} documents, ${rows.length} unknown names shown\n`);
  return failed > 0 ? 1 : 0;
}
