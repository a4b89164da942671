/**
 * Hostile input through the whole analysis pipeline (tokenise + split + tag +
 * lemmatise + parse), single thread: the "robust on anything, in
 * time linear in input size" shown by measurement, not by a timed test.
 *   npm run bench:hostile [-- --mb 5]
 *
 * Each kind of input is analysed at a quarter, half and all of its largest
 * size (5 MB of text for the single line and for news prose, 1 MB
 * for the kinds that are one token per character or two; `--mb N` sets the
 * first to N MB and the others to N/5): the table prints milliseconds per MB at each
 * size and the ratio of the largest size's to the smallest size's. Linear
 * time keeps that ratio near 1; a quadratic step would make it ~4 (4x the
 * text). The analyses themselves are checked as trees elsewhere
 * (analysis/analyze.test.ts); here a run also fails (exit 1) when a call
 * throws or returns a sentence longer than the splitter's cap.
 * @module
 */
import { cpus, loadavg } from 'node:os';
import { loadAnalyzer } from '../analysis/index.js';
import { MAX_SENTENCE_TOKENS as SENTENCE_CAP } from '../analysis/tokenize/sentences.js';
import { mb } from './corpus.js';

const mbAt = process.argv.indexOf('--mb');
const MAX_MB = mbAt > 0 ? Number(process.argv[mbAt + 1]) : 5;
if (!(MAX_MB > 0)) {
  console.error('usage: node dist/bench/hostile.js [--mb N]  (N > 0, default 5)');
  process.exit(2);
}
const sizeOf = (units: number): string => `${(units / 1048576).toFixed(2)} MB`;

/** Text of about `bytes` UTF-16 code units made by repeating `unit`. */
const repeat = (unit: string, bytes: number): string => unit.repeat(Math.max(1, Math.round(bytes / unit.length)));

// Deterministic noise over the whole BMP, surrogates and controls included.
const noise = (bytes: number): string => {
  const out: string[] = [];
  let x = 2463534242;
  for (let i = 0; i < bytes; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out.push(String.fromCharCode((x >>> 0) % 0xffff));
  }
  return out.join('');
};

/** Name, largest size as a share of --mb, text of a given size. */
const KINDS: [string, number, (bytes: number) => string][] = [
  ['one line, no punctuation', 1, (b) => repeat('militia fighters clashed near the ministry ', b)],
  ['commas only', 0.2, (b) => repeat(',', b)],
  ['binary noise', 0.2, noise],
  ['all-caps headlines', 0.2, (b) => repeat('IRAQI PREMIER REJECTS US DEMAND TO DISBAND MILITIA\n', b)],
  ['another script', 0.2, (b) => repeat('رئيس الوزراء يرفض المطالب. 伊拉克总理拒绝要求。 ', b)],
  ['news prose', 1, (b) => repeat('The prime minister met the cleric on Monday, aides said. He refused to disband the militia. ', b)],
];

const analyzer = loadAnalyzer();
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}; single thread; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log(`${'input'.padEnd(26)} ${'size'.padStart(8)} ${'tokens'.padStart(9)} ${'sentences'.padStart(9)} ${'ms'.padStart(8)} ${'ms/MB'.padStart(8)}`);
let failed = false;
for (const [name, scale, make] of KINDS) {
  const perMb: number[] = [];
  for (const share of [0.25, 0.5, 1]) {
    const bytes = Math.round(MAX_MB * scale * share * 1048576);
    const text = make(bytes);
    try {
      const t0 = performance.now();
      const doc = analyzer.analyze(text);
      const ms = performance.now() - t0;
      let longest = 0;
      for (let s = 0; s < doc.sentenceCount; s++) longest = Math.max(longest, doc.sentEnd[s] - doc.sentStart[s]);
      if (longest > SENTENCE_CAP) {
        failed = true;
        console.log(`${name}: a sentence of ${longest} tokens (cap ${SENTENCE_CAP})`);
      }
      const m = ms / (text.length / 1048576);
      perMb.push(m);
      console.log(`${name.padEnd(26)} ${sizeOf(text.length).padStart(8)} ${doc.length.toString().padStart(9)} ${doc.sentenceCount.toString().padStart(9)} ${ms.toFixed(0).padStart(8)} ${m.toFixed(0).padStart(8)}`);
    } catch (e) {
      failed = true;
      console.log(`${name}: threw ${(e as Error).message}`);
    }
  }
  if (perMb.length === 3) console.log(`${''.padEnd(26)} ms/MB at full size / at a quarter: x${(perMb[2] / perMb[0]).toFixed(2)} (linear ~1, quadratic ~4)`);
}
console.log(`RSS at end: ${mb(process.memoryUsage().rss)}`);
process.exit(failed ? 1 : 0);
