import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../doc.js';
import { DEPREL, uposId, xposId } from '../tags.js';
import { AnnalsError } from '../../errors.js';
import { checkStages, runStages } from '../pipeline.js';
import { loadTagger, taggerStage } from '../tagger/index.js';
import { DEFAULT_PARSER_MODEL, loadParser, Parser, parserStage } from './index.js';
import { COARSE_GROUPS, Decoder, deserialiseModel, FINE_GROUPS, selectTop, serialiseModel, type ParserModel } from './model.js';
import { compileTemplates, CONFIG_GROUP_IDS, CONFIG_GROUPS, CONFIG_IDS, FX_BETWEEN, FX_GUIDE, FX_WN, h1, h2, h3, h4, LEFT, MAX_ACT_FEATS, MAX_LAB_FEATS, RIGHT, SHIFT, State } from './core.js';
import { projectivise } from './data.js';
import { blendQuantised } from './trainer.js';
import { assertTrees } from '../tree-check.js';
import { scratchDir } from '../../testkit/tmp.js';

const parser = loadParser(DEFAULT_PARSER_MODEL); // models/parser.bin (greedy, beam and right-to-left models), not the default fast model
const tagger = loadTagger();

/** A Doc from "word/UPOS/XPOS" tokens, one string per sentence (hand-set tags). */
function tagged(...sents: string[]): Doc {
  const toks = sents.map((s) => s.split(' ').map((t) => t.split('/')));
  const doc = Doc.fromWords(toks.map((ts) => ts.map((t) => t[0])));
  toks.flat().forEach((t, i) => {
    doc.upos[i] = uposId(t[1]);
    doc.xpos[i] = xposId(t[2]);
  });
  return doc;
}

/** Head word and relation of the token with form `w` (first occurrence). */
function arc(doc: Doc, w: string): string {
  const i = doc.form.indexOf(w);
  assert.ok(i >= 0, `no token ${w}`);
  const h = doc.head[i];
  return `${h < 0 ? 'ROOT' : doc.form[h]} ${DEPREL[doc.dep[i]]}`;
}

// Each smoke sentence is checked twice: with hand-set tags, and through the
// real tagger (the tags the parser sees in the pipeline).
const SMOKE: { name: string; tagged: string; arcs: Record<string, string> }[] = [
  {
    name: 'coordinated subject, xcomp and object',
    tagged: 'Iraq/PROPN/NNP and/CCONJ/CC Iran/PROPN/NNP agreed/VERB/VBD to/PART/TO restore/VERB/VB ties/NOUN/NNS ./PUNCT/.',
    arcs: {
      agreed: 'ROOT root',
      Iraq: 'agreed nsubj',
      Iran: 'Iraq conj',
      and: 'Iran cc',
      restore: 'agreed xcomp',
      to: 'restore mark',
      ties: 'restore obj',
    },
  },
  {
    name: 'passive with agent',
    tagged: 'The/DET/DT embassy/NOUN/NN was/AUX/VBD attacked/VERB/VBN by/ADP/IN gunmen/NOUN/NNS ./PUNCT/.',
    arcs: { embassy: 'attacked nsubj:pass', was: 'attacked aux:pass', gunmen: 'attacked obl:agent', by: 'gunmen case' },
  },
  {
    name: 'clausal complement with mark',
    tagged: 'The/DET/DT minister/NOUN/NN said/VERB/VBD that/SCONJ/IN the/DET/DT talks/NOUN/NNS had/AUX/VBD failed/VERB/VBN ./PUNCT/.',
    arcs: { minister: 'said nsubj', failed: 'said ccomp', that: 'failed mark', talks: 'failed nsubj', had: 'failed aux' },
  },
  {
    name: 'relative clause',
    tagged: 'The/DET/DT cleric/NOUN/NN who/PRON/WP leads/VERB/VBZ the/DET/DT militia/NOUN/NN refused/VERB/VBD ./PUNCT/.',
    arcs: { refused: 'ROOT root', cleric: 'refused nsubj', leads: 'cleric acl:relcl', who: 'leads nsubj', militia: 'leads obj' },
  },
];

for (const c of SMOKE) {
  test(`${c.name} (hand-set tags)`, () => {
    const doc = tagged(c.tagged);
    parser.parseDoc(doc);
    assertTrees(doc);
    for (const [w, want] of Object.entries(c.arcs)) assert.equal(arc(doc, w), want, w);
  });
  test(`${c.name} (tagger then parser)`, () => {
    const doc = Doc.fromWords([c.tagged.split(' ').map((t) => t.split('/')[0])]);
    const stages = [taggerStage(tagger), parserStage(parser)];
    checkStages(stages);
    runStages(stages, doc);
    assertTrees(doc);
    for (const [w, want] of Object.entries(c.arcs)) assert.equal(arc(doc, w), want, w);
  });
}

test('the shipped model decodes with a pruned beam of 4 by default and has a greedy model for beam 1', () => {
  assert.equal(parser.beam, 4);
  assert.equal(parser.margin, 300);
  assert.ok(parser.model.beamModel, 'models/parser.bin carries a beam model');
  assert.equal(loadParser(undefined, { beam: 1 }).beam, 1);
  const beam = loadParser(undefined, { beam: 4 });
  assert.equal(beam.beam, 4);
  for (const c of SMOKE) {
    const doc = tagged(c.tagged);
    beam.parseDoc(doc);
    assertTrees(doc);
    for (const [w, want] of Object.entries(c.arcs)) assert.equal(arc(doc, w), want, `${c.name}: ${w}`);
  }
});

test('heads are absolute indexes in multi-sentence docs', () => {
  const doc = tagged('Talks/NOUN/NNS resumed/VERB/VBD ./PUNCT/.', 'Iran/PROPN/NNP protested/VERB/VBD ./PUNCT/.');
  runStage(doc);
  assertTrees(doc);
  assert.equal(doc.head[3], 4);
  assert.equal(doc.head[4], -1);
  assert.ok(doc.annotations.has('token.dep'));
});

function runStage(doc: Doc): void {
  const stage = parserStage(parser);
  stage.run(doc);
  for (const a of stage.assigns) doc.annotations.add(a);
}

test('stage declares it needs POS tags', () => {
  const stage = parserStage(parser);
  assert.deepEqual(stage.requires, ['token.pos']);
  assert.deepEqual(stage.assigns, ['token.dep']);
  assert.throws(() => checkStages([stage]), (e: unknown) => e instanceof AnnalsError && e.code === 'E_PIPELINE');
});

test('empty sentences, a single token and all punctuation', () => {
  const doc = new Doc({
    text: 'Hello',
    start: Int32Array.of(0),
    end: Int32Array.of(5),
    form: ['Hello'],
    sentStart: Int32Array.of(0, 0, 1),
    sentEnd: Int32Array.of(0, 1, 1),
  });
  parser.parseDoc(doc);
  assert.equal(doc.head[0], -1);
  assert.equal(DEPREL[doc.dep[0]], 'root');
  const punct = tagged('!/PUNCT/. ?/PUNCT/. ,/PUNCT/, .../PUNCT/: "/PUNCT/`` -/PUNCT/HYPH');
  parser.parseDoc(punct);
  assertTrees(punct);
  const untagged = Doc.fromWords([['no', 'tags', 'were', 'set', 'here']]);
  parser.parseDoc(untagged);
  assertTrees(untagged);
});

test('a 3,000-token sentence still yields one tree', () => {
  const words: string[] = [];
  for (let i = 0; i < 3000; i++) words.push(['Rebels', 'attacked', 'the', 'town', 'and', ','][i % 6]);
  const doc = Doc.fromWords([words]);
  const tags = [['PROPN', 'NNP'], ['VERB', 'VBD'], ['DET', 'DT'], ['NOUN', 'NN'], ['CCONJ', 'CC'], ['PUNCT', ',']];
  for (let i = 0; i < 3000; i++) {
    doc.upos[i] = uposId(tags[i % 6][0]);
    doc.xpos[i] = xposId(tags[i % 6][1]);
  }
  parser.parseDoc(doc);
  assertTrees(doc);
});

test('a bad token range is rejected', () => {
  const doc = tagged('Talks/NOUN/NNS resumed/VERB/VBD');
  assert.throws(() => parser.parseSentence(doc, 1, 5), AnnalsError);
});

test('missing or corrupt model files raise E_MODEL', () => {
  const dir = scratchDir('annals-parser-');
  const isModelError = (e: unknown): boolean => e instanceof AnnalsError && e.code === 'E_MODEL';
  assert.throws(() => loadParser(join(dir, 'absent.bin')), isModelError);
  writeFileSync(join(dir, 'junk.bin'), 'not a model');
  assert.throws(() => loadParser(join(dir, 'junk.bin')), isModelError);
});

test('projectivise lifts a crossing arc to the grandparent', () => {
  // 0 <- 2, 1 <- 3 crosses 2's arc; root is 3 (n = 4 means ROOT).
  // Tokens: 0 headed by 2, 1 headed by 3, 2 headed by 3, 3 root.
  // Arc 2->0 spans 1, which 2 does not dominate: lift 0 to 3.
  const heads = Int32Array.of(2, 3, 3, 4);
  assert.equal(projectivise(heads, 4), 1);
  assert.deepEqual([...heads], [3, 3, 3, 4]);
  const proj = Int32Array.of(1, 3, 1);
  assert.equal(projectivise(proj, 3), 0);
});

test('beam decoding yields trees, and width 1 is the greedy parse', () => {
  const sents = [
    'Iraq/PROPN/NNP and/CCONJ/CC Iran/PROPN/NNP agreed/VERB/VBD to/PART/TO restore/VERB/VB ties/NOUN/NNS ./PUNCT/.',
    'The/DET/DT cleric/NOUN/NN who/PRON/WP leads/VERB/VBZ the/DET/DT militia/NOUN/NN refused/VERB/VBD ./PUNCT/.',
    'Talks/NOUN/NNS resumed/VERB/VBD ./PUNCT/.',
  ];
  const greedy = tagged(...sents);
  new Parser(parser.model, { beam: 1 }).parseDoc(greedy);
  for (const width of [1, 2, 4, 8]) {
    const doc = tagged(...sents);
    const p = new Parser(parser.model, { beam: width });
    assert.equal(p.beam, width);
    p.parseDoc(doc);
    assertTrees(doc);
    if (width === 1) {
      assert.deepEqual([...doc.head], [...greedy.head]);
      assert.deepEqual([...doc.dep], [...greedy.dep]);
    }
  }
  // Parsing is deterministic and reuses scratch correctly across sentences of different lengths.
  const a = tagged(...sents);
  const b = tagged(...sents.slice().reverse());
  const p4 = new Parser(parser.model, { beam: 4 });
  p4.parseDoc(a);
  p4.parseDoc(b);
  const c = tagged(...sents);
  new Parser(parser.model, { beam: 4 }).parseDoc(c);
  assert.deepEqual([...a.head], [...c.head]);
});

test('beam decoding with its caches and memos gives the parses of plain scoring', () => {
  // The same weights as floats take the plain path: every feature hashed and
  // summed for every hypothesis, every label scored (integer sums are exact,
  // so the two must agree on every arc and label).
  const m = parser.model.beamModel!;
  const plainModel: ParserModel = { ...parser.model, beamModel: { ...m, act: Float32Array.from(m.act), lab: Float32Array.from(m.lab) } };
  const doc = (): Doc =>
    runStages([taggerStage(tagger)], Doc.fromWords([
      'The rebels , who had seized the town on Monday after a week of fighting , said on Tuesday that they would withdraw if the talks resumed .'.split(' '),
      'Police fired tear gas at protesters who had gathered outside the parliament in the capital .'.split(' '),
      'Ministers from both countries met in Geneva , where they agreed to restore ties and to reopen their embassies by March .'.split(' '),
      'He left .'.split(' '),
    ]));
  for (const width of [2, 3, 4, 8]) {
    const fast = doc();
    const plain = doc();
    new Parser(parser.model, { beam: width }).parseDoc(fast);
    new Parser(plainModel, { beam: width }).parseDoc(plain);
    assertTrees(fast);
    assert.deepEqual([...fast.head], [...plain.head], `heads at beam ${width}`);
    assert.deepEqual([...fast.dep], [...plain.dep], `labels at beam ${width}`);
  }
});

test('beam pruning by score margin keeps trees; no margin is the plain beam', () => {
  const sents = [
    'The/DET/DT cleric/NOUN/NN who/PRON/WP leads/VERB/VBZ the/DET/DT militia/NOUN/NN refused/VERB/VBD to/PART/TO meet/VERB/VB envoys/NOUN/NNS ./PUNCT/.',
    'Talks/NOUN/NNS resumed/VERB/VBD ./PUNCT/.',
  ];
  const plain = tagged(...sents);
  new Parser(parser.model, { beam: 4 }).parseDoc(plain);
  const wide = tagged(...sents);
  const p = new Parser(parser.model, { beam: 4, beamMargin: 1e9 });
  assert.equal(p.margin, 1e9);
  p.parseDoc(wide);
  assert.deepEqual([...wide.head], [...plain.head]);
  assert.deepEqual([...wide.dep], [...plain.dep]);
  // Margin 0 keeps only hypotheses tied with the best: still one tree per sentence.
  const narrow = tagged(...sents);
  new Parser(parser.model, { beam: 4, beamMargin: 0 }).parseDoc(narrow);
  assertTrees(narrow);
  assert.equal(new Parser(parser.model, { beam: 4 }).margin, 300);
  assert.equal(new Parser(parser.model, { beam: 4, beamMargin: Infinity }).margin, Infinity);
  assert.throws(() => new Parser(parser.model, { beam: 4, beamMargin: -1 }), (e: unknown) => e instanceof AnnalsError && e.code === 'E_USAGE');
});

test('selectTop keeps the best candidates in order, ties to the earlier', () => {
  const score = Float64Array.of(1, 5, 3, 5, 0);
  const parent = Int32Array.of(0, 1, 2, 3, 4);
  const act = Int32Array.of(10, 11, 12, 13, 14);
  assert.equal(selectTop(score, parent, act, 5, 3), 3);
  assert.deepEqual([...score.subarray(0, 3)], [5, 5, 3]);
  assert.deepEqual([...parent.subarray(0, 3)], [1, 3, 2]);
  assert.deepEqual([...act.subarray(0, 3)], [11, 13, 12]);
  assert.equal(selectTop(Float64Array.of(2), Int32Array.of(0), Int32Array.of(0), 1, 8), 1);
});

test('a model file can carry a second, beam-trained model', () => {
  // Tiny hand-made tables: the greedy model always prefers SHIFT then LEFT,
  // the beam model has other weights; what matters is which one is used.
  const tiny = (bias: number, beam: number): ParserModel => ({
    actBits: 4,
    labBits: 4,
    act: new Int8Array(16 * 3).map((_, i) => (i % 3 === 0 ? bias : 0)),
    lab: new Int8Array(16 * (beam > 1 ? 32 : 16)),
    labStride: beam > 1 ? 32 : 16,
    depGroup: FINE_GROUPS,
    headGroup: beam > 1 ? COARSE_GROUPS : FINE_GROUPS,
    labels: Int32Array.of(parser.model.labels[0]),
    rootLabel: parser.model.rootLabel,
    candStart: new Int32Array(2 * 18 * 18 + 1),
    cands: new Int32Array(0),
    vocab: new Map([['talks', 3]]),
    beam,
  });
  const both = { ...tiny(1, 1), beamModel: tiny(-1, 4) };
  const back = deserialiseModel(serialiseModel(both), 'mem');
  assert.equal(back.beam, 1);
  assert.equal(back.beamModel?.beam, 4);
  assert.deepEqual([...back.beamModel!.act.subarray(0, 6)], [-1, 0, 0, -1, 0, 0]);
  assert.equal(back.vocab.get('talks'), 3);
  // Label stride and candidate-key groups round-trip per section.
  assert.equal(back.labStride, 16);
  assert.equal(back.beamModel?.labStride, 32);
  assert.deepEqual([...back.beamModel!.headGroup], [...COARSE_GROUPS]);
  assert.deepEqual([...back.depGroup], [...FINE_GROUPS]);
  // A file with a beam model decodes with the default beam; one without, at its own width.
  assert.equal(new Parser(back).beam, 4);
  assert.equal(new Parser(tiny(1, 1)).beam, 1);
  assert.equal(new Parser(tiny(-1, 3)).beam, 3);
  for (const width of [1, 3]) {
    const doc = tagged('Talks/NOUN/NNS resumed/VERB/VBD quickly/ADV/RB ./PUNCT/.');
    new Parser(back, { beam: width }).parseDoc(doc);
    assertTrees(doc);
  }
  // Shift-first (greedy tables) vs never-shift-when-avoidable (beam tables) give different trees.
  const g = tagged('Talks/NOUN/NNS resumed/VERB/VBD quickly/ADV/RB ./PUNCT/.');
  const b = tagged('Talks/NOUN/NNS resumed/VERB/VBD quickly/ADV/RB ./PUNCT/.');
  new Parser(back, { beam: 1 }).parseDoc(g);
  new Parser(back, { beam: 2 }).parseDoc(b);
  assert.notDeepEqual([...g.head], [...b.head]);
  assert.throws(
    () => deserialiseModel(Buffer.concat([serialiseModel(both).subarray(0, 10)]), 'cut'),
    (e: unknown) => e instanceof AnnalsError && e.code === 'E_MODEL',
  );
});

test('blendQuantised averages equal-shaped models by weight and refuses others', () => {
  const m = parser.model;
  // A model blended with itself keeps its (re-quantised) tables' argmax behaviour: same trees.
  const self = blendQuantised([
    { model: m, weight: 2 },
    { model: m, weight: 1 },
  ]);
  assert.equal(self.beamModel, undefined);
  const a = tagged('Officials/NOUN/NNS said/VERB/VBD talks/NOUN/NNS would/AUX/MD resume/VERB/VB in/ADP/IN Geneva/PROPN/NNP next/ADJ/JJ week/NOUN/NN ./PUNCT/.');
  const b = tagged('Officials/NOUN/NNS said/VERB/VBD talks/NOUN/NNS would/AUX/MD resume/VERB/VB in/ADP/IN Geneva/PROPN/NNP next/ADJ/JJ week/NOUN/NN ./PUNCT/.');
  new Parser(m, { beam: 1 }).parseDoc(a);
  new Parser(self).parseDoc(b);
  assert.deepEqual([...a.head], [...b.head]);
  // Weights count: the blend of +x (weight 3) and -x (weight 1) has the sign of +x.
  const neg = { ...m, act: m.act.map((v) => -v), lab: m.lab.map((v) => -v) } as ParserModel;
  const mix = blendQuantised([
    { model: m, weight: 3 },
    { model: neg, weight: 1 },
  ]);
  let agree = 0;
  let nonzero = 0;
  for (let i = 0; i < 3000; i++) {
    if (m.act[i] === 0) continue;
    nonzero++;
    if (Math.sign(mix.act[i]) === Math.sign(m.act[i])) agree++;
  }
  assert.ok(nonzero > 0 && agree === nonzero);
  const other = { ...m, act: new Int8Array(48) } as ParserModel;
  assert.throws(
    () => blendQuantised([
      { model: m, weight: 1 },
      { model: other, weight: 1 },
    ]),
    (e: unknown) => e instanceof AnnalsError && e.code === 'E_MODEL',
  );
});

test('compiled feature templates hash exactly like h1..h4', () => {
  const atoms = Int32Array.from({ length: 8 }, (_, i) => Math.imul(i + 1, 0x9e3779b1) ^ (i * 977));
  const list = [[3, 0], [7, 1, 2], [9, 3, 4, 5], [12, 6, 7, 0, 1], [40, 7]];
  const hash = compileTemplates(list);
  for (const base of [0, 100, 100 + 17 * 32]) {
    const out = new Int32Array(2 + list.length);
    assert.equal(hash(base, atoms, out, 2, 0xfffff), 2 + list.length);
    const a = (i: number): number => atoms[i];
    assert.deepEqual(
      [...out.subarray(2)],
      [h1(base + 3, a(0)), h2(base + 7, a(1), a(2)), h3(base + 9, a(3), a(4), a(5)), h4(base + 12, a(6), a(7), a(0), a(1)), h1(base + 40, a(7))].map(
        (h) => h & 0xfffff,
      ),
    );
  }
  assert.throws(() => compileTemplates([[1]]), RangeError);
  assert.throws(() => compileTemplates([[1, 0, 1, 2, 3, 4]]), RangeError);
});

test('the configuration template groups of beam search are exactly the configuration templates', () => {
  const ids = Object.values(CONFIG_GROUP_IDS).flat();
  assert.deepEqual([...ids].sort((x, y) => x - y), [...CONFIG_IDS].sort((x, y) => x - y));
  assert.equal(new Set(ids).size, ids.length, 'no template in two groups');
  // The groups' features over the same atoms are configFeatures' features (order aside).
  const dec = new Decoder(parser.model);
  const doc = runStages([taggerStage(tagger)], Doc.fromWords(['Officials said the talks , which began on Monday , would resume .'.split(' ')]));
  dec.load(doc.form, doc.upos, doc.xpos, 0, doc.length);
  const st = dec.state;
  const all = new Int32Array(MAX_ACT_FEATS);
  const parts = new Int32Array(MAX_ACT_FEATS);
  let steps = 0;
  while (!st.done()) {
    const n = st.configFeatures(all, 0, 0xfffff);
    st.configAtoms();
    let k = 0;
    for (const g of Object.values(CONFIG_GROUPS)) k = g(0, st.atoms, parts, k, 0xfffff);
    assert.equal(k, n);
    assert.deepEqual([...parts.subarray(0, k)].sort(), [...all.subarray(0, n)].sort());
    // Each group's own atom filler sets every atom the group reads.
    const fillers: Record<keyof typeof CONFIG_GROUPS, () => void> = {
      s0: () => st.s0Atoms(),
      b0: () => st.b0Atoms(),
      s1s0: () => st.s1s0Atoms(),
      s0b0: () => st.tokAtoms(),
      tok: () => st.tokAtoms(),
    };
    for (const [name, g] of Object.entries(CONFIG_GROUPS) as [keyof typeof CONFIG_GROUPS, (typeof CONFIG_GROUPS)['s0']][]) {
      st.configAtoms();
      const want = new Int32Array(MAX_ACT_FEATS);
      const kw = g(0, st.atoms, want, 0, 0xfffff);
      st.atoms.fill(0x5bd1e995);
      fillers[name]();
      const got = new Int32Array(MAX_ACT_FEATS);
      assert.equal(g(0, st.atoms, got, 0, 0xfffff), kw);
      assert.deepEqual([...got], [...want], `group ${name}`);
    }
    dec.apply(st.canShift() && steps % 3 !== 2 ? SHIFT : st.canRight() ? RIGHT : LEFT);
    steps++;
  }
});

test('cached and packed scoring equals the plain sums over all features, in any configuration', () => {
  const m = parser.model;
  // The shipped weights also score the optional families' features (hashed into the same rows).
  const withFamilies: ParserModel = { ...m, fx: FX_WN | FX_BETWEEN, wn: new Map([['rebels', 18], ['police', 14], ['said', 4 << 5], ['fired', 7 << 5]]) };
  for (const model of [m, m.beamModel!, withFamilies]) {
    const dec = new Decoder(model);
    const doc = runStages([taggerStage(tagger)], Doc.fromWords([
      'The rebels , who had seized the town on Monday , said they would withdraw if talks resumed .'.split(' '),
      'Police fired tear gas at protesters in the capital .'.split(' '),
    ]));
    // The same weights as floats take the plain per-weight loops (no caches, no packed words).
    const plain = new Decoder({ ...model, act: Float32Array.from(model.act), lab: Float32Array.from(model.lab) });
    const full = new Float64Array(3);
    const cached = new Float64Array(3);
    const feats = new Int32Array(MAX_ACT_FEATS);
    let arcs = 0;
    let seed = 7;
    let steps = 0;
    for (let s = 0; s < doc.sentStart.length; s++) {
      // Walk several action sequences (pseudo-random legal choices) over each sentence.
      for (let run = 0; run < 6; run++) {
        dec.load(doc.form, doc.upos, doc.xpos, doc.sentStart[s], doc.sentEnd[s]);
        plain.load(doc.form, doc.upos, doc.xpos, doc.sentStart[s], doc.sentEnd[s]);
        const st = dec.state;
        dec.resetGroups(st.n, run % 2 === 1 ? 4 : 1); // odd runs: with the pair caches and version memos of beam search
        while (!st.done()) {
          dec.scoreState(st, feats, full);
          dec.scoreCached(st, cached);
          assert.deepEqual([...cached], [...full]);
          plain.state.copyFrom(st);
          plain.scoreState(plain.state, feats, full);
          assert.deepEqual([...cached], [...full]);
          // The label scores of the arcs LEFT and RIGHT would make.
          for (const [h, d] of [
            [st.bi, st.stack[st.sp - 1]],
            [st.stack[st.sp - 2], st.stack[st.sp - 1]],
          ]) {
            if (st.sp === 0 || h === undefined || h < 0 || h >= st.n || (h !== st.bi && st.sp < 2)) continue;
            assert.equal(dec.bestLabel(h, d, st), plain.bestLabel(h, d, plain.state));
            const nc = model.candStart[dec.lastKey + 1] - model.candStart[dec.lastKey];
            if (nc > 1) assert.deepEqual([...dec.lscores.subarray(0, nc)], [...plain.lscores.subarray(0, nc)]);
            arcs++;
          }
          steps++;
          const legal = [SHIFT, LEFT, RIGHT].filter((a) => (a === SHIFT ? st.canShift() : a === LEFT ? st.canLeft() : st.canRight()));
          seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
          dec.apply(legal[(seed >>> 16) % legal.length]);
        }
      }
    }
    assert.ok(steps > 100 && arcs > 100);
  }
});

test('a parser reused over sentences of growing length parses each as a fresh one does', () => {
  const clause = 'officials said the rebels attacked a convoy near the border on Monday ,';
  const sents = [
    'Talks resumed on Tuesday .',
    `${clause} ${clause} ${clause} ${clause} ${clause} and the army withdrew .`, // > 64 tokens: scratch regrows
    'Iraq and Iran agreed to restore ties .',
    `${clause} ${clause} and police fired tear gas .`,
    'Talks resumed on Tuesday .',
  ].map((s) => s.split(' '));
  for (const beam of [1, 4]) {
    const doc = runStages([taggerStage(tagger)], Doc.fromWords(sents));
    new Parser(parser.model, { beam }).parseDoc(doc);
    for (let s = 0; s < sents.length; s++) {
      const one = runStages([taggerStage(tagger)], Doc.fromWords([sents[s]]));
      new Parser(parser.model, { beam }).parseDoc(one);
      const a = doc.sentStart[s];
      assert.deepEqual(
        [...one.head].map((h) => (h < 0 ? h : h + a)),
        [...doc.head.subarray(a, doc.sentEnd[s])],
      );
      assert.deepEqual([...one.dep], [...doc.dep.subarray(a, doc.sentEnd[s])]);
    }
  }
});

test('every template group sets each atom it reads (no values left over from another group)', () => {
  const dec = new Decoder(parser.model);
  const doc = runStages([taggerStage(tagger)], Doc.fromWords(['The rebels , who had seized the town , said they would withdraw .'.split(' ')]));
  dec.load(doc.form, doc.upos, doc.xpos, 0, doc.length);
  const st = dec.state;
  const a = new Int32Array(MAX_ACT_FEATS + MAX_LAB_FEATS);
  const b = new Int32Array(MAX_ACT_FEATS + MAX_LAB_FEATS);
  let checked = 0;
  // Reading under garbage atoms and under zeroed atoms must give the same features.
  const same = (run: (out: Int32Array) => void): void => {
    st.atoms.fill(0x5bd1e995);
    run(a);
    st.atoms.fill(0);
    run(b);
    assert.deepEqual([...a], [...b]);
    checked++;
  };
  let seed = 3;
  while (!st.done()) {
    const sp = st.sp;
    const s0 = sp > 0 ? st.stack[sp - 1] : -1;
    const s1 = sp > 1 ? st.stack[sp - 2] : -1;
    same((o) => st.s0b0Features(s0, st.bi, o, 0, 0xfffff));
    same((o) => st.s1s0Features(s1, s0, o, 0, 0xfffff));
    same((o) => st.configFeatures(o, 0, 0xfffff));
    if (sp > 0 && st.bi < st.n) same((o) => st.labelFeatures(o, 0xfffff, st.bi, s0, 5));
    const legal = [SHIFT, LEFT, RIGHT].filter((x) => (x === SHIFT ? st.canShift() : x === LEFT ? st.canLeft() : st.canRight()));
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    dec.apply(legal[(seed >>> 16) % legal.length]);
  }
  assert.ok(checked > 50);
});

test('a right-to-left model parses the sentence last to first; a file can carry one to revise the greedy parse', () => {
  // Tables that always prefer SHIFT: every token is shifted, then the stack
  // folds with RIGHT arcs (each token to the one shifted before it).
  const tiny = (extra: Partial<ParserModel> = {}): ParserModel => ({
    actBits: 4,
    labBits: 4,
    act: new Int8Array(16 * 3).map((_, i) => (i % 3 === SHIFT ? 1 : 0)),
    lab: new Int8Array(16 * 16),
    labStride: 16,
    depGroup: FINE_GROUPS,
    headGroup: FINE_GROUPS,
    labels: Int32Array.of(parser.model.labels[0]),
    rootLabel: parser.model.rootLabel,
    candStart: new Int32Array(2 * 18 * 18 + 1),
    cands: new Int32Array(0),
    vocab: new Map([['talks', 3]]),
    beam: 1,
    ...extra,
  });
  const sent = 'Talks/NOUN/NNS resumed/VERB/VBD quickly/ADV/RB ./PUNCT/.';
  const l2r = tagged(sent);
  new Parser(tiny()).parseDoc(l2r);
  assert.deepEqual([...l2r.head], [-1, 0, 1, 2]);
  const r2l = tagged(sent);
  const rev = deserialiseModel(serialiseModel(tiny({ reverse: true })), 'mem');
  assert.equal(rev.reverse, true);
  new Parser(rev).parseDoc(r2l);
  assert.deepEqual([...r2l.head], [1, 2, 3, -1]);
  // Three sections: greedy, beam, and a guided right-to-left model.
  const file = { ...tiny(), beamModel: tiny({ beam: 4 }), reverseModel: tiny({ reverse: true, fx: FX_GUIDE }) };
  const back = deserialiseModel(serialiseModel(file), 'mem');
  assert.equal(back.reverseModel?.reverse, true);
  assert.equal(back.reverseModel?.fx, FX_GUIDE);
  assert.equal(back.beamModel?.beam, 4);
  assert.equal(new Parser(back).revise, false);
  const revised = new Parser(back, { revise: true });
  assert.equal(revised.revise, true);
  const d = tagged(sent, sent);
  revised.parseDoc(d);
  assertTrees(d);
  assert.deepEqual([...d.head], [1, 2, 3, -1, 5, 6, 7, -1]);
  const plain = tagged(sent);
  new Parser(back).parseDoc(plain);
  assert.deepEqual([...plain.head], [-1, 0, 1, 2]);
  // Revising a beam parse works too; a file without a reverse model cannot revise.
  const bd = tagged(sent);
  new Parser(back, { beam: 2, revise: true }).parseDoc(bd);
  assert.deepEqual([...bd.head], [1, 2, 3, -1]);
  assert.throws(() => new Parser(tiny(), { revise: true }), (e: unknown) => e instanceof AnnalsError && e.code === 'E_MODEL');
  // A guided model cannot run without the left-to-right model that guides it.
  assert.throws(() => new Parser(back.reverseModel!), (e: unknown) => e instanceof AnnalsError && e.code === 'E_MODEL');
  // A third section needs a second one before it.
  assert.throws(() => serialiseModel({ ...tiny(), reverseModel: tiny({ reverse: true }) }), (e: unknown) => e instanceof AnnalsError);
});

test('guide templates read the guide parse (and change only their own features)', () => {
  const st = new State();
  st.fx = FX_GUIDE;
  st.init(3);
  for (let i = 0; i < 3; i++) {
    st.w[i] = 3;
    st.t[i] = 2;
  }
  st.setGuide(Int32Array.of(1, 3, 1), Int32Array.of(5, 0, 7));
  assert.deepEqual([...st.gh.subarray(0, 4)], [1, 3, 1, -1]);
  assert.equal(st.gnl[1], 1);
  assert.equal(st.grm[1], 2);
  assert.equal(st.grm[0], -1);
  const f1 = new Int32Array(MAX_ACT_FEATS);
  const f2 = new Int32Array(MAX_ACT_FEATS);
  st.shift();
  st.actionFeatures(f1, 0xffff);
  // Same configuration, other guide: the guide templates change, the others do not.
  st.setGuide(Int32Array.of(3, 0, 0), Int32Array.of(0, 5, 7));
  st.actionFeatures(f2, 0xffff);
  const n = MAX_ACT_FEATS;
  let differ = 0;
  for (let i = 0; i < n; i++) if (f1[i] !== f2[i]) differ++;
  assert.ok(differ > 0 && differ <= 8, `${differ} features changed`);
});

test('the shipped model revises greedy parses right to left on request', () => {
  assert.ok(parser.model.reverseModel?.reverse, 'models/parser.bin carries a right-to-left model');
  assert.equal(parser.revise, false);
  const revised = loadParser(undefined, { revise: true });
  for (const c of SMOKE) {
    const doc = tagged(c.tagged);
    revised.parseDoc(doc);
    assertTrees(doc);
    for (const [w, want] of Object.entries(c.arcs)) assert.equal(arc(doc, w), want, `${c.name}: ${w}`);
  }
  // One doc of several sentences parses as the sentences do one by one.
  const both = tagged(SMOKE[0].tagged, SMOKE[3].tagged);
  revised.parseDoc(both);
  const one = tagged(SMOKE[3].tagged);
  revised.parseDoc(one);
  const off = both.sentStart[1];
  for (let i = 0; i < one.length; i++) {
    assert.equal(both.head[off + i], one.head[i] < 0 ? -1 : one.head[i] + off);
    assert.equal(both.dep[off + i], one.dep[i]);
  }
});
