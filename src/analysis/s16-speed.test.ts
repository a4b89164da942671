/**
 * Speed session 16: the tagger's WebAssembly SIMD kernels give the same
 * integers and tags as its JavaScript loops; the benchmark's document mode
 * builds article-length texts from a treebank file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SimdArena, simdModule, simdModuleBytes } from './tagger/simd.js';
import { ewtDocuments } from '../bench/corpus.js';
import { wasmLabel } from './parser/wasm-label.js';
import { LABEL_SUMS, labelBase } from './parser/core.js';
import { tokenize } from './tokenize/index.js';
import { scratchDir } from '../testkit/tmp.js';

/** Deterministic pseudo-random int32s. */
function rng(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x | 0;
  };
}

test('the SIMD module validates on this Node (WebAssembly SIMD is in Node 20)', () => {
  const W = (globalThis as unknown as { WebAssembly: { validate(b: Uint8Array): boolean } }).WebAssembly;
  assert.equal(W.validate(simdModuleBytes()), true);
  if (process.env.ANNALS_TAGGER_SIMD !== '0') assert.notEqual(simdModule(), null);
});

test('SIMD kernels: same sums, stores and first best class as the scalar loops, for every tail length', () => {
  const mod = simdModule();
  if (mod === null) return;
  const next = rng(16);
  for (const C of [1, 2, 3, 4, 5, 7, 8, 11, 66, 67, 68]) {
    const ar: SimdArena = new SimdArena(1 << 16, mod, C);
    const rows = [0, 1, 2, 3, 4].map(() => ar.alloc(3 * C));
    const g = ar.alloc(2 * C);
    const s: Int32Array = ar.alloc(3 * C);
    const h = ar.alloc(2 * C);
    for (let trial = 0; trial < 200; trial++) {
      // Small ranges make ties (the first best must win); large ones make 32-bit wraparound.
      const small = trial % 2 === 0;
      for (const v of [...rows, g, s, h]) for (let i = 0; i < v.length; i++) v[i] = small ? next() % 3 : next();
      const off = rows.map((_, r) => ((trial + r) % 3) * C);
      const go = (trial % 2) * C;
      const so = ((trial >> 1) % 3) * C;
      const want: Int32Array = Int32Array.from(s);
      let best = 0;
      let bs = 0;
      for (let c = 0; c < C; c++) {
        const x = (rows[0][off[0] + c] + rows[1][off[1] + c] + rows[2][off[2] + c] + rows[3][off[3] + c] + rows[4][off[4] + c]) | 0;
        if (c === 0 || x > bs) {
          bs = x;
          best = c;
        }
        want[so + c] = x + g[go + c];
      }
      const at = (v: Int32Array, o: number): number => v.byteOffset + 4 * o;
      const got: number = ar.kernels.stat5(at(rows[0], off[0]), at(rows[1], off[1]), at(rows[2], off[2]), at(rows[3], off[3]), at(rows[4], off[4]), at(g, go), at(s, so), C);
      assert.equal(got, best, `stat5 argmax, C=${C}`);
      // Rows other than the token's, and the classes past C, are left as they were.
      assert.deepEqual(s, want, `stat5 stores, C=${C}`);
      const ho = ((trial + 1) % 2) * C;
      let b2 = 0;
      let v2 = 0;
      for (let c = 0; c < C; c++) {
        const x = (s[so + c] + h[ho + c]) | 0;
        if (c === 0 || x > v2) {
          v2 = x;
          b2 = c;
        }
      }
      assert.equal(ar.kernels.argmax2(at(s, so), at(h, ho), C), b2, `argmax2, C=${C}`);
    }
  }
});

test('whole pipeline with the tagger SIMD kernels and the parser label chooser on and off: the same CoNLL-U (short, long and bidirectional tagging)', () => {
  const words = 'the delegates from Varnholm met quietly with envoys of the Oskari council'.split(' ');
  const long = Array.from({ length: 600 }, (_, i) => words[i % words.length]).join(' ');
  const texts = [
    'Ministers from Quellport and Darnavia agreed on Tuesday to reopen the border crossing near Stelby.',
    'The convoy was attacked by gunmen outside Harrowgate, a police spokesman said.',
    'Talks that the envoy had proposed collapsed after the rebels seized two towns.',
    long,
  ];
  const script = `
    const an = await import(${JSON.stringify(new URL('./index.js', import.meta.url).href)});
    const texts = JSON.parse(process.argv[1]);
    const out = [];
    for (const bidi of [false, true]) {
      const a = an.loadAnalyzer({ taggerBidirectional: bidi });
      for (const t of texts) out.push(an.toConllu(a.analyze(t)));
    }
    process.stdout.write(out.join('\\n'));`;
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const run = (simd: string): string =>
    execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(texts)], {
      cwd: root,
      env: { ...process.env, ANNALS_TAGGER_SIMD: simd, ANNALS_PARSER_WASM: simd },
      maxBuffer: 64 << 20,
    }).toString();
  const on = run('1');
  const off = run('0');
  assert.ok(on.includes('Quellport') && on.split('\n').length > 1300);
  assert.equal(on, off);
});

test('document mode: EWT-style files become texts of 20-40 sentences, in order, paragraphs as blank lines', () => {
  const dir = scratchDir('s16-speed-');
  const lines: string[] = [];
  const sent: string[] = [];
  let n = 0;
  // Documents of 3, 12, 50 and 9 sentences; the 50-sentence one has two paragraphs.
  for (const [d, size] of [3, 12, 50, 9].entries()) {
    lines.push(`# newdoc id = doc${d}`);
    for (let k = 0; k < size; k++) {
      if (k === 0 || (size === 50 && k === 20)) lines.push(`# newpar id = doc${d}-p${k}`);
      const text = `Envoy number ${++n} arrived in Pellaton.`;
      sent.push(text);
      lines.push(`# sent_id = s${n}`, `# text = ${text}`, '1\tEnvoy\tenvoy\tNOUN\tNN\t_\t0\troot\t_\t_', '');
    }
  }
  const path = join(dir, 'mini.conllu');
  writeFileSync(path, lines.join('\n'));
  const docs = ewtDocuments(path);
  assert.ok(docs);
  // Every sentence once, in order.
  assert.deepEqual(docs.texts.join('\n\n').split(/(?<=\.)\s+/), sent);
  const counts = docs.texts.map((t) => t.split(/(?<=\.)\s+/).length);
  for (const c of counts) assert.ok(c >= 9 && c <= 40, `text of ${c} sentences`);
  assert.equal(counts.reduce((a, b) => a + b, 0), 74);
  assert.ok(counts.filter((c) => c >= 20).length >= 2, counts.join(' '));
  // Paragraph breaks survive as blank lines, and annals' splitter finds the sentences.
  assert.ok(docs.texts.some((t) => t.includes('\n\n')));
  assert.equal(docs.sentences, docs.texts.reduce((x, t) => x + tokenize(t).sentStart.length, 0));
  assert.equal(docs.sentences, 74);
});

test('WebAssembly label chooser: the same first best candidate as LABEL_SUMS and the argmax, on random tables', () => {
  const bits = 10;
  const mask = (1 << bits) - 1;
  const next = rng(1616);
  const lab = new Int8Array(16 * (mask + 1));
  const W = wasmLabel(lab, mask);
  if (W === null) {
    assert.equal(process.env.ANNALS_PARSER_WASM, '0', 'WebAssembly SIMD is in Node 20');
    return;
  }
  const L32 = new Int32Array(lab.buffer);
  const sc = new Float64Array(32);
  const atoms = new Int32Array(64);
  for (let trial = 0; trial < 300; trial++) {
    // Small weights make ties (the first best must win); full-range ones test the exact sums.
    const small = trial % 3 === 0;
    for (let i = 0; i < lab.length; i++) lab[i] = small ? next() % 2 : next() % 128;
    const W2 = wasmLabel(lab, mask)!;
    for (let k = 0; k < atoms.length; k++) atoms[k] = next() % 50;
    const key = (next() >>> 0) % 400;
    const nc = 2 + ((next() >>> 0) % 15);
    LABEL_SUMS[(nc - 1) >> 2](labelBase(key), atoms, L32, sc, mask);
    let best = 0;
    for (let j = 1; j < nc; j++) if (sc[j] > sc[best]) best = j;
    W2.atoms.set(atoms.subarray(0, W2.count));
    assert.equal(W2.best(labelBase(key), nc), best, `trial ${trial}`);
  }
});
