/**
 * Script: coder throughput with the Phoenix dictionaries on the GigaWord sample.
 *   node dist/events/bench-coder.js [reps]
 * Prints load times, then sentences/s for actor matching alone and for the coder alone
 * (actor mentions cached), on already analysed documents.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadAnalyzer } from '../analysis/index.js';
import type { Doc } from '../analysis/doc.js';
import { createActorMatcher } from '../actors/matcher.js';
import type { ActorMatcher, ActorMention } from '../actors/types.js';
import { loadActorDictionaries } from '../dictionaries/actor-dicts.js';
import { loadVerbDictionary } from '../dictionaries/verbs.js';
import { createCoder } from './coder.js';

const P = '../shared/dictionaries/phoenix/';
const SAMPLE = '../shared/corpora/gigaword-sample/GigaWord.sample.PETR.xml';
if (!existsSync(P) || !existsSync(SAMPLE)) {
  process.stderr.write('bench-coder: needs ../shared (Phoenix dictionaries and the GigaWord sample)\n');
  process.exit(2);
}
const reps = Number(process.argv[2] ?? 50);
let t = performance.now();
const verbs = loadVerbDictionary([P + 'CAMEO.2.0.txt']);
const tVerbs = performance.now() - t;
t = performance.now();
const actors = createActorMatcher(
  loadActorDictionaries(['Countries.actors', 'International.actors', 'MilNonState.actors', 'agents', 'discards'].map((f) => `${P}Phoenix.${f}.txt`)),
);
const tActors = performance.now() - t;
const analyzer = loadAnalyzer();
const xml = readFileSync(SAMPLE, 'utf8');
const docs: [number, Doc][] = [...xml.matchAll(/<Sentence[^>]*date\s*=\s*"(\d+)"[^>]*>\s*<Text>([^]*?)<\/Text>/g)].map((m) => [
  Number(m[1]),
  analyzer.analyze(m[2].replace(/\s+/g, ' ').trim()),
]);
const sentences = docs.reduce((n, [, d]) => n + d.sentenceCount, 0);

const cache = new Map<Doc, ActorMention[][]>();
t = performance.now();
for (let r = 0; r < reps; r++) {
  for (const [date, doc] of docs) {
    const per: ActorMention[][] = [];
    for (let s = 0; s < doc.sentenceCount; s++) per.push(actors.match(doc, s, date));
    cache.set(doc, per);
  }
}
const tMatch = performance.now() - t;
const cached: ActorMatcher = { match: (doc, s) => cache.get(doc)![s] };
const coder = createCoder({ verbs, actors: cached });
let events = 0;
t = performance.now();
for (let r = 0; r < reps; r++) for (const [date, doc] of docs) events += coder.code(doc, date).length;
const tCode = performance.now() - t;
const rate = (ms: number) => ((sentences * reps) / ms) * 1000;
process.stdout.write(
  `verb dictionary load ${tVerbs.toFixed(0)} ms (${verbs.blocks.length} blocks), actor dictionaries ${tActors.toFixed(0)} ms\n` +
    `${sentences} sentences x ${reps}: actor matching ${rate(tMatch).toFixed(0)} sentences/s, coder ${rate(tCode).toFixed(0)} sentences/s, ${events / reps} events per pass\n`,
);
