/**
 * `annals` command-line entry: dispatches to one module per command.
 * Exit codes: 0 ok, 1 some input failed (the rest was processed), 2 usage or
 * fatal error.
 * @module
 */
import { readFileSync } from 'node:fs';
import { AnnalsError } from '../errors.js';
import { processIo, type Io } from './io.js';

const HELP = `annals: news text in, political event data out (CAMEO and PLOVER).

Usage: annals <command> [options]

Commands:
  code [options] <paths...>    code events from articles (files, directories, '-' for stdin)
  parse [options] <paths...>   print the linguistic analysis (CoNLL-U or JSON)
  validate <records.xml>       run a PETRARCH validation suite and report passes
  dict lint|stats|lookup       check, count or query dictionaries (PETRARCH and YAML)
  actors --unknown <paths...>  list frequent named actors that no dictionary knows
  help [command]               show help for a command

Run 'annals help <command>' for the options of a command.
`;

type Command = (args: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, () => Promise<{ run: Command; help: string }>> = {
  code: () => import('./code.js'),
  parse: () => import('./parse.js'),
  validate: () => import('./validate.js'),
  dict: () => import('./dict.js'),
  actors: () => import('./actors.js'),
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Run the CLI with arguments (without `node` and the script); returns the exit code. */
export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === '--help' || cmd === '-h') {
    io.stdout.write(HELP);
    return 0;
  }
  if (cmd === '--version' || cmd === '-V') {
    io.stdout.write(`annals ${version()}\n`);
    return 0;
  }
  if (cmd === 'help') {
    const sub = rest[0];
    if (sub && COMMANDS[sub]) {
      io.stdout.write((await COMMANDS[sub]()).help);
      return 0;
    }
    io.stdout.write(HELP);
    return 0;
  }
  const load = COMMANDS[cmd];
  if (!load) {
    io.stderr.write(`annals: unknown command '${cmd}'. Commands: ${Object.keys(COMMANDS).join(', ')}. See 'annals --help'.\n`);
    return 2;
  }
  const mod = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(mod.help);
    return 0;
  }
  try {
    return await mod.run(rest, io);
  } catch (e) {
    if (e instanceof AnnalsError) {
      io.stderr.write(`annals ${cmd}: ${e.message}\n`);
      return 2;
    }
    if (String((e as { code?: unknown }).code ?? '').startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`annals ${cmd}: ${(e as Error).message}\n${mod.help}`);
      return 2;
    }
    throw e;
  }
}
