/**
 * Script: run PETRARCH's unit-test records through annals and print each failing
 * record (id, text, expected vs got), then `N passed, M failed`.
 *   node dist/events/validate-run.js [records.xml] [--all] [--only ID,ID] [--gold-parse]
 * `--gold-parse` is a diagnostic: it codes from the records' CoreNLP trees (converted to
 * dependencies) instead of annals' own analysis, to tell parser errors from coder errors.
 * @module
 */
import { existsSync } from 'node:fs';
import { runValidation } from './validate.js';
import { pennToDoc } from './penn.js';

const args = process.argv.slice(2);
const xml = args.find((a) => !a.startsWith('--') && a.endsWith('.xml')) ?? '../shared/conformance/petrarch2-unit-tests/PETR.UnitTest.records.xml';
const showAll = args.includes('--all');
const onlyIdx = args.indexOf('--only');
const only = onlyIdx >= 0 ? new Set(args[onlyIdx + 1].split(',')) : null;
if (!existsSync(xml)) {
  process.stderr.write(`validate-run: no such file ${xml}\n`);
  process.exit(2);
}
const t0 = performance.now();
const report = runValidation(xml, { goldParse: args.includes('--gold-parse') ? pennToDoc : undefined, only: only ? (id) => only.has(id) : undefined });
for (const r of report.results) {
  if (r.pass && !showAll) continue;
  process.stdout.write(
    `${r.pass ? 'PASS' : 'FAIL'} ${r.id}: ${r.text}\n  expected: ${r.expected.join(' ; ') || '(none)'}\n  got:      ${r.got.join(' ; ') || '(none)'}\n`,
  );
}
const ms = performance.now() - t0;
process.stdout.write(`(${report.results.length} records in ${(ms / 1000).toFixed(1)} s)\n`);
process.stdout.write(`${report.passed} passed, ${report.failed} failed\n`);
