/**
 * `annals dict`: inspect dictionaries (PETRARCH and native formats alike).
 * @module
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { lookupActor } from '../actors/lookup.js';
import { dayNumber } from '../annals.js';
import type { CodeRule } from '../dictionaries/actor-readers.js';
import { type DictionarySet, defaultDictionaryDir, inspectDictionaries, isNativeFile, loadDictionaries, resolveDictionaryFiles } from '../dictionaries/index.js';
import { petrarchToNative } from '../dictionaries/native/convert.js';
import { formatRange } from '../dictionaries/native/dates.js';
import { dictionaryStats, lintDictionaries, splitRule } from '../dictionaries/native/lint.js';
import { readNative } from '../dictionaries/native/read.js';
import type { CodePair } from '../dictionaries/verbs.js';
import { AnnalsError } from '../errors.js';
import type { Io } from './io.js';

export const help = `Usage: annals dict <command> [options]

Commands:
  lint [PATH...]      check dictionaries: syntax, dates, duplicate phrases with
                      conflicting codes, unknown CAMEO event codes, unknown country
                      codes, patterns that can never match; file:line for each.
                      Exit status 1 when there are errors.
  stats [PATH...]     counts by kind, CAMEO codes no verb or pattern gives,
                      countries without leaders (no CCCGOV entry).
  lookup "<phrase>"   what an actor phrase or a verb resolves to, and why
                      (file:line of the entries, the dated code chosen).
  convert PATH... --out DIR
                      write PETRARCH dictionaries as native YAML files in DIR
                      (what cannot be carried over is listed on stderr).

PATHs are files or directories (walked recursively; *.yaml native files and
PETRARCH files may be mixed). Default: the package's dictionaries
(${defaultDictionaryDir()}).

Options:
  --dict PATH         dictionaries to use (repeatable; same as PATH)
  --date YYYY-MM-DD   lookup: the document date for dated actor codes
  --json              lint, stats: print JSON
  --out DIR           convert: where to write the YAML files
  --no-cache          do not read or write the compiled-dictionary cache
`;

function codeText(c: CodePair | null): string {
  if (!c) return '(block default)';
  return `${c.fwd ?? '---'}${c.rev ? `:${c.rev}` : ''}`;
}

/** Index of the rule {@link chooseCode} picks (same order of preference), or -1. */
function chosenRule(codes: readonly CodeRule[], date: number | undefined): number {
  if (date !== undefined) {
    const i = codes.findIndex((c) => c.dated && c.from <= date && date <= c.to);
    if (i >= 0) return i;
    return codes.findIndex((c) => !c.dated);
  }
  const u = codes.findIndex((c) => !c.dated);
  return u >= 0 ? u : codes.length - 1;
}

/** The note of a native actor entry, if the entry is in a YAML file. */
function nativeNote(file: string, line: number): string | undefined {
  if (!isNativeFile(file)) return undefined;
  try {
    const f = readNative(readFileSync(file, 'utf8'), file, []);
    return f?.actors.find((a) => a.line === line)?.note;
  } catch {
    return undefined;
  }
}

function lookup(dicts: DictionarySet, phrase: string, date: number | undefined): string[] {
  const a = lookupActor(dicts.actors, phrase, date);
  const lines: string[] = [`actor: ${a.code ?? '(none)'}  (${a.reason})`];
  for (const e of a.entries) {
    if (typeof e.codes === 'string') {
      lines.push(`  ${e.kind} ${e.rule}  [${e.codes}]`);
      continue;
    }
    lines.push(`  ${e.kind} ${e.rule}  (entry at line ${e.entryLine})`);
    const chosen = chosenRule(e.codes, date);
    e.codes.forEach((c, i) => lines.push(`    ${i === chosen ? '*' : ' '} ${c.code}  ${formatRange(c)}`));
    const file = splitRule(e.rule).file;
    const path = dicts.files.find((f) => f === file || f.endsWith(`/${file}`)) ?? file;
    const note = e.entryLine !== undefined ? nativeNote(path, e.entryLine) : undefined;
    if (note) lines.push(`    note: ${note}`);
  }
  for (const m of a.mentions) lines.push(`  in text: tokens ${m.start}-${m.end} -> ${m.code}  (${m.rule})`);

  // Verbs: every entry whose words are the phrase's words (any of them the verb).
  const words = phrase.toUpperCase().split(/[\s_]+/).filter(Boolean);
  let found = 0;
  for (let i = 0; i < words.length; i++) {
    for (const e of dicts.verbs.verbs.get(words[i]) ?? []) {
      if (e.pre.join(' ') !== words.slice(0, i).join(' ') || e.post.join(' ') !== words.slice(i + 1).join(' ')) continue;
      const b = dicts.verbs.blocks[e.block];
      found++;
      lines.push(`verb: ${words.join(' ').toLowerCase()} -> ${codeText(e.code ?? b.code)}  (${e.rule})`);
      lines.push(`  block ${b.name} [${codeText(b.code)}]  ${splitRule(b.rule).file}:${splitRule(b.rule).line}`);
      if (e.code) lines.push(`  verb-specific code ${codeText(e.code)} overrides the block's`);
      for (const p of b.patterns) lines.push(`  pattern ${codeText(p.code)}  ${p.rule}`);
      if (b.patterns.length === 0) lines.push('  (no patterns)');
    }
  }
  if (found === 0) lines.push('verb: (none)');
  const syn = [...dicts.verbs.synsets].filter(([, alts]) => alts.some((alt) => alt.join(' ') === words.join(' '))).map(([n]) => `&${n}`);
  if (syn.length > 0) lines.push(`synsets: ${syn.join(' ')}`);
  return lines;
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      dict: { type: 'string', multiple: true },
      date: { type: 'string' },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
    },
  });
  const [sub, ...rest] = positionals;
  const cacheDir = values['no-cache'] ? false : undefined;
  if (sub === 'lookup') {
    const phrase = rest.join(' ').trim();
    if (!phrase) throw new AnnalsError('E_USAGE', `no phrase given\n\n${help}`);
    const date = dayNumber(values.date ?? null);
    if (values.date && date === undefined) throw new AnnalsError('E_USAGE', '--date must be YYYY-MM-DD');
    const dicts = loadDictionaries(values.dict ?? [], { cacheDir });
    io.stdout.write(lookup(dicts, phrase, date).join('\n') + '\n');
    return 0;
  }
  const paths = [...(values.dict ?? []), ...rest];
  if (sub === 'convert') {
    if (!values.out) throw new AnnalsError('E_USAGE', `convert needs --out DIR\n\n${help}`);
    if (paths.length === 0) throw new AnnalsError('E_USAGE', `convert needs the PETRARCH files or directories to convert\n\n${help}`);
    const found = resolveDictionaryFiles(paths);
    const files = [...found.verbs, ...found.actorSide];
    const converted = petrarchToNative(files.map((f) => ({ file: f, text: readFileSync(f, 'utf8') })));
    mkdirSync(values.out, { recursive: true });
    for (const c of converted) {
      const name = `${basename(c.from).replace(/\.[^.]*$/, '')}${c.kind === 'synsets' ? '.synsets' : ''}.yaml`;
      writeFileSync(join(values.out, name), c.yaml);
      io.stdout.write(`${join(values.out, name)}  (${c.kind}, from ${c.from})\n`);
      for (const l of c.losses) io.stderr.write(`${l}\n`);
    }
    return 0;
  }
  if (sub === 'lint') {
    const ins = inspectDictionaries(paths);
    const findings = lintDictionaries(ins);
    const errors = findings.filter((f) => f.severity === 'error').length;
    if (values.json) io.stdout.write(JSON.stringify({ files: ins.files.length, errors, warnings: findings.length - errors, findings }, null, 1) + '\n');
    else {
      const out = findings.map((f) => `${f.file}:${f.line}: ${f.severity} [${f.check}] ${f.message}`);
      out.push(`${ins.files.length} file(s): ${errors} error(s), ${findings.length - errors} warning(s)`);
      io.stdout.write(out.join('\n') + '\n');
    }
    return errors > 0 ? 1 : 0;
  }
  if (sub === 'stats') {
    const dicts = loadDictionaries(paths, { cacheDir });
    const s = dictionaryStats(dicts.actors, dicts.verbs);
    if (values.json) {
      io.stdout.write(JSON.stringify({ files: dicts.files.length, ...s }, null, 1) + '\n');
      return 0;
    }
    const wrap = (xs: string[]): string => (xs.length === 0 ? '(none)' : xs.join(' ').replace(/(.{1,76})(?: |$)/g, '\n    $1'));
    io.stdout.write(
      [
        `files            ${dicts.files.length}`,
        `actor entries    ${s.actorEntries}`,
        `actor phrases    ${s.actorPhrases}`,
        `agent phrases    ${s.agentPhrases}`,
        `discards         ${s.discards}`,
        `issue phrases    ${s.issuePhrases}`,
        `verb blocks      ${s.verbBlocks}`,
        `verb lemmas      ${s.verbLemmas}`,
        `patterns         ${s.patterns}`,
        `synsets          ${s.synsets}`,
        `CAMEO codes without any verb or pattern: ${s.cameoUncovered.length}${wrap(s.cameoUncovered)}`,
        `countries without leaders (no CCCGOV entry): ${s.countriesWithoutLeaders.length}${wrap(s.countriesWithoutLeaders)}`,
      ].join('\n') + '\n',
    );
    return 0;
  }
  throw new AnnalsError('E_USAGE', `unknown dict command '${sub ?? ''}'\n\n${help}`);
}
