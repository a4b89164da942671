/**
 * Look up a phrase in the actor dictionaries and print what it resolves to and why.
 *
 * Usage: node dist/dictionaries/lookup-actor.js "Nouri al-Maliki" [yyyymmdd] [--dicts PATH ...]
 * Default dictionaries: ../shared/dictionaries/phoenix.
 * @module
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lookupActor } from '../actors/lookup.js';
import { AnnalsError } from '../errors.js';
import { loadActorDictionaries } from './actor-dicts.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const di = args.indexOf('--dicts');
const dictPaths = di >= 0 ? args.splice(di).slice(1) : [resolve(root, '../shared/dictionaries/phoenix')];
const [phrase, dateArg] = args;
if (!phrase || (dateArg !== undefined && !/^\d{8}$/.test(dateArg))) {
  process.stderr.write('usage: lookup-actor.js PHRASE [yyyymmdd] [--dicts PATH ...]\n');
  process.exit(2);
}
try {
  const dicts = loadActorDictionaries(dictPaths);
  const r = lookupActor(dicts, phrase, dateArg ? Number(dateArg) : undefined);
  console.log(`${r.phrase}${dateArg ? ` @${dateArg}` : ''} -> ${r.code ?? '(no code)'}`);
  console.log(`  because ${r.reason}`);
  for (const e of r.entries) {
    const codes =
      typeof e.codes === 'string'
        ? e.codes
        : e.codes.map((c) => (c.dated ? `[${c.code} ${c.from}-${c.to}]` : `[${c.code}]`)).join(' ');
    console.log(`  ${e.kind} ${e.rule}${e.entryLine !== undefined ? ` (entry at line ${e.entryLine})` : ''}: ${codes}`);
  }
  for (const m of r.mentions) console.log(`  mention tokens ${m.start}-${m.end} ${m.code} via ${m.rule}`);
} catch (e) {
  if (e instanceof AnnalsError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
  throw e;
}
