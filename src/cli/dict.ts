/**
 * `annals dict`: inspect dictionaries.
 * @module
 */
import { parseArgs } from 'node:util';
import { lookupActor } from '../actors/lookup.js';
import { dayNumber } from '../annals.js';
import { loadDictionaries } from '../dictionaries/index.js';
import { AnnalsError } from '../errors.js';
import type { Io } from './io.js';

export const help = `Usage: annals dict lookup [--dict PATH]... [--date YYYY-MM-DD] "<phrase>"

Show what an actor phrase or a verb resolves to in the dictionaries, and why
(file:line of the entries, the dated code that applies on --date).
`;

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { dict: { type: 'string', multiple: true }, date: { type: 'string' }, 'no-cache': { type: 'boolean', default: false } },
  });
  const [sub, ...words] = positionals;
  if (sub !== 'lookup') throw new AnnalsError('E_USAGE', `unknown dict command '${sub ?? ''}'\n\n${help}`);
  const phrase = words.join(' ').trim();
  if (!phrase) throw new AnnalsError('E_USAGE', `no phrase given\n\n${help}`);
  const date = dayNumber(values.date ?? null);
  if (values.date && date === undefined) throw new AnnalsError('E_USAGE', '--date must be YYYY-MM-DD');
  const dicts = loadDictionaries(values.dict ?? [], { cacheDir: values['no-cache'] ? false : undefined });
  const a = lookupActor(dicts.actors, phrase, date);
  const lines: string[] = [`actor: ${a.code ?? '(none)'}  (${a.reason})`];
  for (const e of a.entries) {
    const codes = typeof e.codes === 'string' ? e.codes : e.codes.map((c) => JSON.stringify(c)).join(' ');
    lines.push(`  ${e.kind} ${e.rule}  ${codes}`);
  }
  for (const m of a.mentions) lines.push(`  in text: tokens ${m.start}-${m.end} -> ${m.code}  (${m.rule})`);
  const key = phrase.toUpperCase().replace(/\s+/g, '_');
  const verbs = dicts.verbs.verbs.get(key) ?? dicts.verbs.verbs.get(phrase.toUpperCase()) ?? [];
  if (verbs.length === 0) lines.push('verb: (none)');
  for (const v of verbs) {
    const block = dicts.verbs.blocks[v.block];
    lines.push(`verb: ${key} in block ${JSON.stringify(block).slice(0, 200)}`);
  }
  io.stdout.write(lines.join('\n') + '\n');
  return 0;
}
