/**
 * Scores annals on the development set (data/devset): codes every sentence and
 * prints PLOVER type accuracy, type + source/target country accuracy, CAMEO root
 * accuracy, precision and a per-root table. The scoring rules are defined in
 * src/eval/devset-score.ts and data/devset/README.md.
 *
 *   node dist/eval/devset.js [--dict PATH]... [--verbose] [--all-events] [--no-filters] [--data PATH] [--json]
 *
 * Without --dict it scores annals' default dictionaries and then, when
 * ../shared/dictionaries/phoenix exists, the Phoenix dictionaries for comparison
 * (--no-compare skips that). --all-events mirrors `annals code --all-events`
 * (coder option requireDyad: false); --no-filters mirrors `annals code --no-filters`
 * (no precision filters); the default scores what `annals code` emits.
 * @module
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAnnals } from '../annals.js';
import { cameoInfo } from '../events/cameo.js';
import type { EventRecord } from '../events/types.js';
import {
  actorCountry,
  loadDevset,
  ploverType,
  ratio,
  scoreSentence,
  summarize,
  summarizeByRoot,
  type DevSentence,
  type GotEvent,
  type ScoreSummary,
  type SentenceScore,
} from './devset-score.js';

const DATA = fileURLToPath(new URL('../../data/devset/', import.meta.url));
const PHOENIX = fileURLToPath(new URL('../../../shared/dictionaries/phoenix', import.meta.url));

interface RunResult {
  label: string;
  loadMs: number;
  codeMs: number;
  problems: number;
  /** Sentences on which annals threw (scored as emitting nothing), with the message. */
  crashes: { id: string; message: string }[];
  scores: SentenceScore[];
  got: GotEvent[][];
  records: EventRecord[][];
}

function run(devset: readonly DevSentence[], dicts: string[], allEvents: boolean, filters = true): RunResult {
  let t = performance.now();
  const annals = createAnnals({ dicts, coder: { requireDyad: !allEvents }, filters });
  const loadMs = performance.now() - t;
  t = performance.now();
  const scores: SentenceScore[] = [];
  const got: GotEvent[][] = [];
  const records: EventRecord[][] = [];
  let problems = 0;
  const crashes: { id: string; message: string }[] = [];
  for (const s of devset) {
    let events: EventRecord[] = [];
    try {
      const coded = annals.codeDocument({ id: s.id, text: s.text, date: s.date, path: 'devset' });
      problems += coded.problems.length;
      events = coded.events;
    } catch (e) {
      // A coder failure on one sentence must not stop the evaluation; it scores as no output.
      crashes.push({ id: s.id, message: (e as Error).message });
    }
    const g = events.map((e) => ({ source: e.source.code, target: e.target?.code ?? null, cameo: e.cameo }));
    scores.push(scoreSentence(s, g));
    got.push(g);
    records.push(events);
  }
  return {
    label: dicts.length ? dicts.join(' + ') : 'annals default dictionaries',
    loadMs,
    codeMs: performance.now() - t,
    problems,
    crashes,
    scores,
    got,
    records,
  };
}

const pct = (n: number, d: number): string => `${(100 * ratio(n, d)).toFixed(1).padStart(5)}%`;
const frac = (n: number, d: number): string => `${`${n}/${d}`.padStart(9)} ${pct(n, d)}`;

function fmtGold(e: { source: string; target: string | null; cameo: string }): string {
  return `${e.source} -> ${e.target ?? '(none)'} ${e.cameo} ${ploverType(e.cameo) ?? 'no-PLOVER'}`;
}

function report(devset: readonly DevSentence[], r: RunResult, verbose: boolean): string[] {
  const out: string[] = [];
  const all = summarize(r.scores);
  const n = devset.length;
  out.push(`== ${r.label}`);
  out.push(
    `   load ${r.loadMs.toFixed(0)} ms; coded ${n} sentences in ${r.codeMs.toFixed(0)} ms ` +
      `(${((1000 * n) / r.codeMs).toFixed(0)} sentences/s); ${all.emitted} events emitted` +
      (r.problems ? `; ${r.problems} dropped (record problems)` : ''),
  );
  if (r.crashes.length) {
    out.push(`   annals threw on ${r.crashes.length} sentences (scored as no output): ` +
      r.crashes.map((c) => `${c.id} (${c.message})`).join('; '));
  }
  const ev = all.eventSentences;
  out.push(`(a) PLOVER type accuracy           ${frac(all.typeHits, ev)}   (goal >= 60%)`);
  out.push(`(b) type + source/target countries ${frac(all.dyadHits, ev)}   (goal >= 40%)`);
  out.push(`(c) CAMEO root accuracy            ${frac(all.rootHits, ev)}   (goal >= 55%)`);
  out.push(`(d) precision, all emitted events  ${frac(all.correct, all.emitted)}`);
  out.push(`    precision, PLOVER-typed events ${frac(all.correctTyped, all.emittedTyped)}`);
  // Stricter: the emitted event's CAMEO root and source/target countries match one gold event.
  let dyadRight = 0;
  let dyadAll = 0;
  r.got.forEach((got, i) => {
    for (const e of got) {
      dyadAll++;
      const gold = devset[i]!.events;
      const same = (g: (typeof gold)[number]) =>
        g.cameo.slice(0, 2) === e.cameo.slice(0, 2) && actorCountry(g.source) === actorCountry(e.source) && actorCountry(g.target) === actorCountry(e.target);
      if (gold.some(same)) dyadRight++;
    }
  });
  out.push(`    precision, root + countries    ${frac(dyadRight, dyadAll)}`);
  const none = r.scores.filter((s) => s.root === 'none');
  const fpSent = none.filter((s) => s.emitted > 0).length;
  const fpEv = none.reduce((a, s) => a + s.emitted, 0);
  out.push(`    no-event sentences with events  ${frac(fpSent, none.length)}  (${fpEv} events)`);
  out.push('(e) by root of the main gold event');
  out.push('    root name                                  n    type    dyad    root   emitted  precision');
  for (const [root, s] of summarizeByRoot(r.scores)) out.push(rootRow(root, s));
  if (verbose) {
    out.push('(f) misses: type (a), dyad (b), root (c) misses and wrongly typed emitted events');
    r.scores.forEach((sc, i) => {
      const s = devset[i]!;
      const tags: string[] = [];
      if (sc.root !== 'none') {
        if (!sc.typeHit) tags.push('type');
        if (!sc.dyadHit) tags.push('dyad');
        if (!sc.rootHit) tags.push('root');
      }
      if (sc.correct < sc.emitted) tags.push(`wrong ${sc.emitted - sc.correct}/${sc.emitted}`);
      if (!tags.length) return;
      out.push(`- ${s.id} [${tags.join(', ')}] ${s.text}`);
      if (s.events.length === 0) out.push('    gold: (no event)');
      for (const g of s.events) out.push(`    gold: ${fmtGold(g)}`);
      if (r.got[i]!.length === 0) out.push('    got:  (nothing)');
      r.records[i]!.forEach((e) => {
        out.push(`    got:  ${fmtGold({ source: e.source.code, target: e.target?.code ?? null, cameo: e.cameo })}  «${e.evidence.text}» ${e.rule}`);
      });
    });
  }
  return out;
}

function rootRow(root: string, s: ScoreSummary): string {
  const name = root === 'none' ? 'no event (emitted = false positives)' : (cameoInfo(root)?.name ?? '');
  const cell = (h: number): string => (root === 'none' ? '      -' : pct(h, s.eventSentences).padStart(7));
  return (
    `    ${root.padEnd(4)} ${name.slice(0, 38).padEnd(38)} ${String(s.sentences).padStart(3)}  ` +
    `${cell(s.typeHits)} ${cell(s.dyadHits)} ${cell(s.rootHits)} ${String(s.emitted).padStart(9)}  ` +
    `${s.emitted ? pct(s.correct, s.emitted) : '     -'}`
  );
}

function main(): void {
  const { values } = parseArgs({
    options: {
      dict: { type: 'string', multiple: true },
      data: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      'all-events': { type: 'boolean', default: false },
      'no-filters': { type: 'boolean', default: false },
      'no-compare': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const devset = loadDevset(values.data ?? DATA);
  const sets: string[][] = values.dict?.length ? [values.dict] : [[]];
  if (!values.dict?.length && !values['no-compare'] && existsSync(PHOENIX)) sets.push([PHOENIX]);
  const withEvents = devset.filter((s) => s.events.length).length;
  const results = sets.map((d) => run(devset, d, values['all-events'], !values['no-filters']));
  if (values.json) {
    const summary = results.map((r) => ({
      dictionaries: r.label,
      allEvents: values['all-events'],
      overall: summarize(r.scores),
      // An array, not an object: JS would reorder integer-like keys ("10" before "01").
      byRoot: [...summarizeByRoot(r.scores)].map(([root, sum]) => ({ root, ...sum })),
    }));
    process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    return;
  }
  const lines = [
    `annals dev set: ${devset.length} sentences (${withEvents} with events, ${devset.length - withEvents} without)` +
      `; ${values['all-events'] ? 'all events (requireDyad: false)' : 'default coder options'}${values['no-filters'] ? ', no precision filters' : ''}`,
  ];
  for (const r of results) lines.push('', ...report(devset, r, values.verbose));
  process.stdout.write(lines.join('\n') + '\n');
}

// Piping into `head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});

try {
  main();
} catch (e) {
  process.stderr.write(`devset: ${(e as Error).message}\n`);
  process.exitCode = 1;
}
