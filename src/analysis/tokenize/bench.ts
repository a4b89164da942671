/**
 * Tokenizer throughput on synthesised news-like text (our own generator, no
 * third-party text).
 *
 *   node dist/analysis/tokenize/bench.js [megabytes=8]
 *
 * Prints tokens/second for one large document and for many article-sized
 * documents (single thread), then times adversarial inputs at 1 and 4 MB to
 * show that time grows linearly.
 * @module
 */
import { tokenize } from './index.js';

const ACTORS = [
  'Iraqi police', 'U.S. forces', 'Gen. Ali Hassan', 'the U.N. Security Council', "Sadr's militia", 'Mr. Karimov',
  'the interior ministry', 'Dr. Amira Nasser', 'Acme Corp.', 'the Supreme Council (SCIRI)', 'al-Maliki',
  'George W. Bush', 'NATO', 'the militias\u2019 leaders', 'Prime Minister Ibrahim Jaafari', 'the European Union',
];
const VERBS = [
  'accused', 'met', 'condemned', 'attacked', 'praised', 'threatened', 'arrested', 'urged', 'criticised',
  'signed an agreement with', 'rejected talks with', 'welcomed', 'pledged $5 billion to', 'warned',
];
const TAILS = [
  'on Tuesday', 'in Baghdad', 'after talks in Geneva', 'on Sept. 12', 'near the Syrian border', 'late on Monday',
  'for the third time this year', 'despite a 12.5% fall in output', 'amid protests by 1,500 people',
  "in a statement on the ministry's website", 'according to officials who didn\u2019t want to be named',
];
const QUOTES = [
  '"We will not accept this," a spokesman said.',
  '\u201cIt\u2019s a serious violation,\u201d he told reporters.',
  "'They can't stop us,' the commander said.",
  'Officials said the talks -- the first since January -- would resume.',
  'The deal, worth about $2.3 billion, is expected to close in 2007.',
  'Details were posted at http://www.example.org/news/a.html and on *Newsweek*.',
];
const DATELINES = ['BAGHDAD, Dec 4 (Reuters) - ', 'WASHINGTON (AP) \u2014 ', 'GENEVA, March 3 - ', ''];

/** Deterministic generator (LCG), so runs are comparable. */
function makeRng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 4294967296;
  };
}

function pick<T>(rng: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rng() * xs.length)];
}

function sentence(rng: () => number): string {
  const r = rng();
  if (r < 0.25) return pick(rng, QUOTES);
  const s = `${pick(rng, ACTORS)} ${pick(rng, VERBS)} ${pick(rng, ACTORS)} ${pick(rng, TAILS)}`;
  const cap = s[0].toUpperCase() + s.slice(1);
  return r < 0.3 ? `${cap}, ${pick(rng, TAILS)}.` : `${cap}.`;
}

function article(rng: () => number): string {
  const paras: string[] = [];
  const np = 3 + Math.floor(rng() * 6);
  for (let p = 0; p < np; p++) {
    const ns = 1 + Math.floor(rng() * 4);
    const ss: string[] = [];
    for (let k = 0; k < ns; k++) ss.push(sentence(rng));
    paras.push(ss.join(' '));
  }
  return pick(rng, DATELINES) + paras.join('\n\n');
}

function main(): void {
  const mb = Number(process.argv[2] ?? 8);
  const rng = makeRng(42);
  const docs: string[] = [];
  let size = 0;
  while (size < mb * 1_000_000) {
    const a = article(rng);
    docs.push(a);
    size += a.length;
  }
  const big = docs.join('\n\n');
  // Warm up the JIT.
  for (let k = 0; k < 200; k++) tokenize(docs[k % docs.length]);
  tokenize(big.slice(0, 1_000_000));

  let best = 0;
  let tokens = 0;
  for (let rep = 0; rep < 3; rep++) {
    const t0 = process.hrtime.bigint();
    tokens = tokenize(big).start.length;
    const sec = Number(process.hrtime.bigint() - t0) / 1e9;
    best = Math.max(best, tokens / sec);
  }
  console.log(`one document: ${(big.length / 1e6).toFixed(1)} MB, ${tokens} tokens, ${(best / 1e6).toFixed(2)} M tokens/s`);

  let bestDocs = 0;
  for (let rep = 0; rep < 3; rep++) {
    let n = 0;
    const t0 = process.hrtime.bigint();
    for (const d of docs) n += tokenize(d).start.length;
    const sec = Number(process.hrtime.bigint() - t0) / 1e9;
    bestDocs = Math.max(bestDocs, n / sec);
  }
  console.log(`${docs.length} articles: ${(bestDocs / 1e6).toFixed(2)} M tokens/s (best of 3, single thread)`);

  // Linearity on adversarial inputs: time at 1 MB and 4 MB; a ratio near 4 means linear.
  const worst: Record<string, (k: number) => string> = {
    'no punctuation': (k) => 'militia fighters clashed '.repeat(Math.ceil(k / 25)),
    commas: (k) => ','.repeat(k),
    'one word': (k) => 'a'.repeat(k),
    'dotted word': (k) => 'a.'.repeat(k / 2),
    'caps + dash': (k) => 'BAGHDAD (AP) - '.repeat(Math.ceil(k / 15)),
    'url + parens': (k) => 'http://' + ')'.repeat(k),
    hyphens: (k) => '-a'.repeat(k / 2),
    'lone surrogates': (k) => '\ud800'.repeat(k),
    'han characters': (k) => '\u4e2d'.repeat(k),
  };
  for (const [name, gen] of Object.entries(worst)) {
    const ms = [1_000_000, 4_000_000].map((k) => {
      const text = gen(k);
      const t0 = process.hrtime.bigint();
      tokenize(text);
      return Number(process.hrtime.bigint() - t0) / 1e6;
    });
    console.log(`worst case ${name.padEnd(16)} 1 MB ${ms[0].toFixed(0).padStart(5)} ms, 4 MB ${ms[1].toFixed(0).padStart(5)} ms (x${(ms[1] / ms[0]).toFixed(1)})`);
  }
}

main();
