/**
 * Evaluation: how many of the actor codes expected by PETRARCH's validation
 * records (source and target codes of each expected event) the actor matcher
 * finds in the record's sentence, with the validation dictionaries.
 *
 * Usage: node dist/dictionaries/eval-actors-validation.js [--show]
 * Reads ../shared/conformance/petrarch2-unit-tests (by path).
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../analysis/doc.js';
import { createActorMatcher } from '../actors/matcher.js';
import { loadActorDictionaries } from './actor-dicts.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = resolve(root, '../shared/conformance/petrarch2-unit-tests');
const show = process.argv.includes('--show');
if (!existsSync(dir)) {
  process.stderr.write(`missing ${dir}\n`);
  process.exit(2);
}

/** A plain tokenizer for the evaluation only: words, possessive 's, punctuation. */
function tokenize(text: string): string[] {
  return text.match(/'s\b|[\p{L}\p{N}]+(?:[.\-_'][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu) ?? [];
}

const dicts = loadActorDictionaries([dir], { cacheDir: false });
const matcher = createActorMatcher(dicts);
const xml = readFileSync(resolve(dir, 'PETR.UnitTest.records.xml'), 'utf8');
let records = 0;
let expected = 0;
let found = 0;
for (const m of xml.matchAll(/<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
  const attrs = m[1];
  const body = m[2];
  const date = Number(/date\s*=\s*"(\d{8})"/.exec(attrs)?.[1] ?? NaN);
  const id = /id\s*=\s*"([^"]*)"/.exec(attrs)?.[1] ?? '?';
  const text = /<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1].trim().replace(/\s+/g, ' ');
  if (!text) continue;
  const want = new Set<string>();
  for (const e of body.matchAll(/<EventCoding\b[^>]*>/g)) {
    for (const k of ['sourcecode', 'targetcode']) {
      const v = new RegExp(`${k}\\s*=\\s*"([^"]*)"`).exec(e[0])?.[1];
      if (v && /^[A-Z-]{3,}$/.test(v)) want.add(v);
    }
  }
  if (want.size === 0) continue;
  records++;
  const doc = Doc.fromWords([tokenize(text)]);
  const got = new Set<string>();
  for (const x of matcher.matchAll(doc, 0, Number.isNaN(date) ? undefined : date)) for (const c of x.codes ?? [x.code]) got.add(c);
  const missing = [...want].filter((c) => !got.has(c));
  expected += want.size;
  found += want.size - missing.length;
  if (show && missing.length > 0) console.log(`${id}: missing ${missing.join(' ')}; found ${[...got].join(' ')} | ${text}`);
}
console.log(
  `validation records with expected actors: ${records}; expected actor codes found: ${found}/${expected} (${((100 * found) / expected).toFixed(1)}%)`,
);
