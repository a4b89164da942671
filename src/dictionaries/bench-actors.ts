/**
 * Benchmark: load time of the actor-side dictionaries (cold compile and cached)
 * and actor matching speed over the UD English EWT dev sentences.
 *
 * Usage: node dist/dictionaries/bench-actors.js [dictionary paths...] [--conllu FILE]
 * Defaults: the Phoenix actors+agents+discards+issues in ../shared/dictionaries/phoenix,
 * sentences from ../shared/corpora/ud-english-ewt/en_ewt-ud-dev.conllu.
 * @module
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConllu } from '../analysis/conllu.js';
import { Doc } from '../analysis/doc.js';
import { UPOS } from '../analysis/tags.js';
import { createActorMatcher } from '../actors/matcher.js';
import { loadActorDictionaries } from './actor-dicts.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const ci = args.indexOf('--conllu');
const conllu = ci >= 0 ? args.splice(ci, 2)[1] : resolve(root, '../shared/corpora/ud-english-ewt/en_ewt-ud-dev.conllu');
const paths = args.length > 0 ? args : [resolve(root, '../shared/dictionaries/phoenix')];
for (const p of [...paths, conllu]) {
  if (!existsSync(p)) {
    process.stderr.write(`missing ${p}\n`);
    process.exit(2);
  }
}

const ms = (t0: number): string => (performance.now() - t0).toFixed(0);
const cache = mkdtempSync(join(tmpdir(), 'annals-bench-actors-'));
try {
  let t0 = performance.now();
  const cold = loadActorDictionaries(paths, { cacheDir: cache });
  const coldMs = ms(t0);
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    t0 = performance.now();
    loadActorDictionaries(paths, { cacheDir: cache });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const s = cold.stats;
  console.log(`dictionaries: ${cold.files.join(', ')}`);
  console.log(
    `entries: ${s.actorPhrases} actor phrases, ${s.agentPhrases} agent phrases, ${s.discards} discards, ${s.issuePhrases} issue phrases; ${s.nodes} trie nodes; ${cold.warnings.length} warnings`,
  );
  console.log(`load cold (read+compile+write cache): ${coldMs} ms`);
  console.log(`load cached (read+hash+deserialize), median of 5: ${times[2].toFixed(0)} ms`);

  const sents = parseConllu(readFileSync(conllu, 'utf8'), conllu);
  const doc = Doc.fromWords(sents.map((x) => x.words));
  let w = 0;
  for (const x of sents) {
    x.upos.forEach((u) => {
      doc.upos[w++] = Math.max(0, UPOS.indexOf(u as (typeof UPOS)[number]));
    });
  }
  doc.annotations.add('token.pos');
  const matcher = createActorMatcher(cold);
  let mentions = 0;
  for (let i = 0; i < doc.sentenceCount; i++) mentions += matcher.match(doc, i, 20070101).length;
  const passes = 5;
  t0 = performance.now();
  for (let p = 0; p < passes; p++) for (let i = 0; i < doc.sentenceCount; i++) matcher.match(doc, i, 20070101);
  const sec = (performance.now() - t0) / 1000;
  const nSent = doc.sentenceCount * passes;
  console.log(
    `matching ${doc.sentenceCount} sentences / ${doc.length} tokens (${conllu.split('/').pop()}), ${passes} passes: ` +
      `${(nSent / sec).toFixed(0)} sentences/s, ${((doc.length * passes) / sec / 1000).toFixed(0)}k tokens/s, ` +
      `${(mentions / doc.sentenceCount).toFixed(2)} mentions/sentence`,
  );
  console.log(`machine: ${cpus().length} cpus, node ${process.version}`);
} finally {
  rmSync(cache, { recursive: true, force: true });
}
