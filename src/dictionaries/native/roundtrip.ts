/**
 * Round trip check: PETRARCH dictionaries -> native YAML (in memory) -> compiled,
 * compared with the PETRARCH dictionaries compiled directly. For every actor and
 * agent phrase, the code the matcher gives on several dates; for every verb form,
 * its block's code, verb code and pattern codes.
 *
 * Usage: node dist/dictionaries/native/roundtrip.js [DIR]   (default ../shared/dictionaries/phoenix)
 * @module
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../../analysis/doc.js';
import { createActorMatcher } from '../../actors/matcher.js';
import { classifyDictionaryFile } from '../actor-dicts.js';
import { resolveDictionaryFiles } from '../index.js';
import type { VerbDictionary } from '../verbs.js';
import { compileAll } from './compile.js';
import { petrarchToNative } from './convert.js';
import { readNative, type NativeProblem } from './read.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = process.argv[2] ?? resolve(root, '../shared/dictionaries/phoenix');
const found = resolveDictionaryFiles([dir]);
const files = [...found.verbs, ...found.actorSide];
const texts = files.map((f) => ({ file: f, text: readFileSync(f, 'utf8') }));

let t = performance.now();
const direct = compileAll({
  verbs: texts.filter((x) => found.verbs.includes(x.file)),
  actorSide: texts
    .filter((x) => found.actorSide.includes(x.file))
    .map((x) => ({ name: basename(x.file), kind: classifyDictionaryFile(x.file)!, text: x.text })),
  native: [],
});
const tDirect = performance.now() - t;
t = performance.now();
const converted = petrarchToNative(texts);
const problems: NativeProblem[] = [];
const native = converted.map((c) => readNative(c.yaml, `${basename(c.from)}.${c.kind}.yaml`, problems)!);
if (problems.length > 0) {
  for (const p of problems.slice(0, 20)) process.stdout.write(`read problem ${p.file}:${p.line}: ${p.message}\n`);
}
const viaNative = compileAll({ verbs: [], actorSide: [], native: native.filter(Boolean) });
const tNative = performance.now() - t;
const losses = converted.reduce((n, c) => n + c.losses.length, 0);

// Actors: every phrase alone as a sentence, on four dates.
const dates = [19900101, 20050601, 20120315, 20200101];
const ma = createActorMatcher(direct.actors);
const mb = createActorMatcher(viaNative.actors);
let phrases = 0;
let same = 0;
const diffs: string[] = [];
const seen = new Set<string>();
for (const list of [direct.actors.actorPhrases.map((p) => p.phrase), direct.actors.agents.map((a) => a.phrase)]) {
  for (const ph of list) {
    const ws = ph.replace(/_/g, ' ').trim().split(/\s+/).filter(Boolean);
    const key = ws.join(' ').toUpperCase();
    if (ws.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const doc = Doc.fromWords([ws]);
    phrases++;
    const a = dates.map((d) => ma.matchAll(doc, 0, d).map((m) => m.code).join(',')).join(' ');
    const b = dates.map((d) => mb.matchAll(doc, 0, d).map((m) => m.code).join(',')).join(' ');
    if (a === b) same++;
    else if (diffs.length < 10) diffs.push(`  ${ws.join(' ')}: ${a} | ${b}`);
  }
}

// Verbs: each verb form's entries (block code, verb code, pattern codes).
const verbSig = (v: VerbDictionary, k: string): string =>
  (v.verbs.get(k) ?? [])
    .map((e) => {
      const b = v.blocks[e.block];
      const c = (x: { fwd: string | null; rev: string | null } | null): string => (x ? `${x.fwd}:${x.rev}` : '-');
      // Patterns as distinct text => code of the first (the coder lets earlier patterns win ties,
      // so a later pattern with the same text never fires).
      const first = new Map<string, string>();
      for (const p of b.patterns) {
        const t = p.rule.replace(/^.+?:\d+ -\s*/, '').replace(/\s*\[[^\]]*\]\s*$/, '').replace(/\s+/g, ' ').toUpperCase();
        if (!first.has(t)) first.set(t, c(p.code));
      }
      const pats = [...first].map(([t, x]) => `${t}=>${x}`);
      return `${e.pre.join(' ')}|${e.post.join(' ')}|${c(e.code)}|${c(b.code)}|${pats.sort().join(',')}`;
    })
    .sort()
    .join(';');
let forms = 0;
let sameForms = 0;
const vdiffs: string[] = [];
for (const k of direct.verbs.verbs.keys()) {
  forms++;
  const a = verbSig(direct.verbs, k);
  const b = verbSig(viaNative.verbs, k);
  if (a === b) sameForms++;
  else if (vdiffs.length < 5) vdiffs.push(`  ${k}: ${a.slice(0, 120)} | ${b.slice(0, 120)}`);
}

const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(2)}%`;
process.stdout.write(
  [
    `dictionaries: ${dir} (${files.length} files)`,
    `compile direct ${tDirect.toFixed(0)} ms; convert + read + compile native ${tNative.toFixed(0)} ms; ${losses} conversion notes; ${problems.length} read problems`,
    `actor/agent phrases with the same codes on ${dates.length} dates: ${same}/${phrases} (${pct(same, phrases)})`,
    ...diffs,
    `verb forms with the same entries, block codes and pattern codes: ${sameForms}/${forms} (${pct(sameForms, forms)})`,
    ...vdiffs,
  ].join('\n') + '\n',
);
