#!/usr/bin/env node
// Launcher: the CLI is compiled to dist/ by `npm ci` (the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(main)) {
  process.stderr.write('annals: not built yet; run `npm ci` (or `npm run build`) in the package folder first.\n');
  process.exit(2);
}
// A closed pipe (`annals code ... | head`) is a normal way to stop reading.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const { run } = await import('../dist/cli/main.js');
process.exitCode = await run(process.argv.slice(2));
