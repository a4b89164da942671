import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { uposId, xposId } from '../tags.js';
import { tagAtom } from './core.js';
import { FX_BETWEEN, FX_GUIDE, FX_WN, MAX_ACT_FEATS, MAX_LAB_FEATS, N_ACT_FEATS, N_LAB_FEATS, State, nActFeats, nLabFeats } from './core.js';
import { Decoder, FINE_GROUPS, classAtom, deserialiseModel, serialiseModel, type ParserModel } from './model.js';
import { buildWordClasses, nounClass, verbClass } from './wordnet.js';
import { scratchDir } from '../../testkit/tmp.js';

/** A state over `n` tokens with distinct word/tag atoms, after two shifts. */
function stateOf(n: number, fx: number): State {
  const st = new State();
  st.fx = fx;
  st.init(n);
  for (let i = 0; i < n; i++) {
    st.w[i] = 10 + i;
    st.t[i] = 100 + i;
    st.c[i] = 0;
  }
  st.shift();
  st.shift();
  return st;
}

test('template families add their features after the unchanged base ones', () => {
  assert.equal(nActFeats(0), N_ACT_FEATS);
  assert.equal(nLabFeats(0), N_LAB_FEATS);
  assert.ok(nActFeats(FX_BETWEEN | FX_WN | FX_GUIDE) === MAX_ACT_FEATS && nLabFeats(FX_BETWEEN | FX_WN | FX_GUIDE) === MAX_LAB_FEATS);
  assert.ok(nActFeats(FX_BETWEEN) > N_ACT_FEATS && nActFeats(FX_WN) > N_ACT_FEATS && nActFeats(FX_GUIDE) > N_ACT_FEATS);
  const mask = (1 << 20) - 1;
  const base = new Int32Array(MAX_ACT_FEATS).fill(-1);
  const rich = new Int32Array(MAX_ACT_FEATS).fill(-1);
  stateOf(6, 0).actionFeatures(base, mask);
  const st = stateOf(6, FX_BETWEEN | FX_WN | FX_GUIDE);
  st.setGuide(Int32Array.of(1, 6, 1, 4, 2, 4), Int32Array.of(1, 2, 3, 4, 5, 6));
  st.actionFeatures(rich, mask);
  assert.deepEqual([...rich.subarray(0, N_ACT_FEATS)], [...base.subarray(0, N_ACT_FEATS)]);
  assert.ok(base.subarray(N_ACT_FEATS).every((v) => v === -1), 'a base model writes only its own templates');
  assert.ok(rich.every((v) => v >= 0 && v <= mask));
  // A class atom on b1 changes only WordNet templates.
  st.c[3] = 7;
  const withClass = new Int32Array(MAX_ACT_FEATS);
  st.actionFeatures(withClass, mask);
  const changed = [...withClass.keys()].filter((i) => withClass[i] !== rich[i]);
  assert.ok(changed.length > 0 && changed.every((i) => i >= N_ACT_FEATS && i < nActFeats(FX_WN)));
  // Label features: same base, extra ones filled.
  const lb = new Int32Array(MAX_LAB_FEATS).fill(-1);
  const lr = new Int32Array(MAX_LAB_FEATS).fill(-1);
  stateOf(6, 0).labelFeatures(lb, mask, 2, 1, 5);
  stateOf(6, FX_BETWEEN | FX_WN | FX_GUIDE).labelFeatures(lr, mask, 2, 1, 5);
  assert.deepEqual([...lr.subarray(0, N_LAB_FEATS)], [...lb.subarray(0, N_LAB_FEATS)]);
  assert.ok(lr.every((v) => v >= 0));
});

test('FX_BETWEEN counts the verbs and punctuation between s0 and b0', () => {
  const tag = (u: string, x: string): number => tagAtom(uposId(u), xposId(x));
  const st = new State();
  st.fx = FX_BETWEEN;
  st.init(6);
  const tags = [tag('NOUN', 'NN'), tag('VERB', 'VBD'), tag('PUNCT', ','), tag('VERB', 'VBD'), tag('NOUN', 'NN'), tag('PUNCT', '.')];
  tags.forEach((t, i) => {
    st.w[i] = 10 + i;
    st.t[i] = t;
  });
  st.countBetween();
  assert.deepEqual([...st.pv.subarray(0, 7)], [0, 0, 1, 1, 2, 2, 2]);
  assert.deepEqual([...st.pp.subarray(0, 7)], [0, 0, 0, 1, 1, 1, 2]);
  // s0 = token 0, b0 = token 4 (tokens 1-3 as if attached away): with a verb and a comma
  // between them, vs. only nouns between them, the FX_BETWEEN features differ.
  const mask = (1 << 20) - 1;
  const withVerbs = new Int32Array(MAX_ACT_FEATS);
  const withNouns = new Int32Array(MAX_ACT_FEATS);
  st.shift();
  st.bi = 4;
  st.actionFeatures(withVerbs, mask);
  for (const i of [1, 2, 3]) st.t[i] = tags[0];
  st.countBetween();
  st.actionFeatures(withNouns, mask);
  const between = (f: Int32Array): number[] => [...f.subarray(N_ACT_FEATS, nActFeats(FX_BETWEEN))];
  assert.equal(nActFeats(FX_BETWEEN) - N_ACT_FEATS, 4);
  // Templates 0, 2, 3 look at s0..b0; template 1 at s1..s0 (no s1 here).
  const same = between(withVerbs).map((v, i) => v === between(withNouns)[i]);
  assert.deepEqual(same, [false, true, false, false]);
});

test('class atoms follow the tag: verb class for VERB, noun class for NOUN/PROPN, none otherwise', () => {
  const code = 16 | (9 << 5);
  assert.equal(classAtom(code, uposId('NOUN')), 16);
  assert.equal(classAtom(code, uposId('PROPN')), 16);
  assert.equal(classAtom(code, uposId('VERB')), 32 + 9);
  assert.equal(classAtom(code, uposId('ADJ')), 0);
  assert.equal(classAtom(16, uposId('VERB')), 0);
});

test('a model with template families and a WordNet table round-trips and loads class atoms', () => {
  const m: ParserModel = {
    actBits: 4,
    labBits: 4,
    act: new Int8Array(16 * 3),
    lab: new Int8Array(16 * 16),
    labStride: 16,
    depGroup: FINE_GROUPS,
    headGroup: FINE_GROUPS,
    labels: Int32Array.of(1),
    rootLabel: 0,
    candStart: new Int32Array(2 * 18 * 18 + 1),
    cands: new Int32Array(0),
    vocab: new Map([['envoys', 3]]),
    beam: 1,
    fx: FX_BETWEEN | FX_WN,
    wn: new Map([
      ['envoys', 16],
      ['met', 9 << 5],
    ]),
  };
  const back = deserialiseModel(serialiseModel(m), 'mem');
  assert.equal(back.fx, FX_BETWEEN | FX_WN);
  assert.deepEqual([...back.wn!], [...m.wn!]);
  const dec = new Decoder(back);
  assert.equal(dec.nAct, nActFeats(FX_BETWEEN | FX_WN));
  const form = ['Envoys', 'met', 'Envoys'];
  const upos = Uint8Array.of(uposId('NOUN'), uposId('VERB'), uposId('ADJ'));
  const xpos = Uint8Array.of(xposId('NNS'), xposId('VBD'), xposId('JJ'));
  dec.load(form, upos, xpos, 0, 3);
  assert.deepEqual([...dec.state.c.subarray(0, 3)], [16, 32 + 9, 0]);
  assert.deepEqual([...dec.state.w.subarray(0, 3)], [3, 1, 3]);
  dec.parse();
  // A model without families keeps none after a round trip.
  const plain = deserialiseModel(serialiseModel({ ...m, fx: undefined, wn: undefined }), 'mem');
  assert.equal(plain.fx, undefined);
  assert.equal(plain.wn, undefined);
  assert.equal(new Decoder(plain).nAct, N_ACT_FEATS);
});

test('WordNet classes: first sense per part of speech, regular inflections, treebank lemmas', () => {
  const dir = scratchDir('annals-wn-');
  // Invented miniature database in WordNet's format: data lines start with
  // an 8-digit byte offset and the 2-digit lexicographer file number.
  const writePos = (pos: string, entries: [string, number[]][], lexOf: number[]): void => {
    let data = '  1 header line\n';
    const offsets: number[] = [];
    for (const lex of lexOf) {
      offsets.push(data.length);
      data += `${String(data.length).padStart(8, '0')} ${String(lex).padStart(2, '0')} ${pos[0]} 01 x 0 000 | gloss\n`;
    }
    writeFileSync(join(dir, `data.${pos}`), data);
    const index = entries.map(([w, senses]) => `${w} ${pos[0]} ${senses.length} 1 @ ${senses.length} ${w === 'box' ? 0 : 1} ${senses.map((s) => String(offsets[s]).padStart(8, '0')).join(' ')}  `);
    writeFileSync(join(dir, `index.${pos}`), '  1 header\n' + index.join('\n') + '\n');
  };
  // Noun lexicographer files: 18 = noun.person, 06 = noun.artifact; verb: 32 = verb.communication, 35 = verb.contact.
  writePos('noun', [['envoy', [0, 1]], ['stone', [1]], ['peace_talks', [0]], ['box', [1]]], [18, 6]);
  writePos('verb', [['say', [0]], ['stop', [1]], ['envoy', [1]]], [32, 35]);
  const wn = buildWordClasses(dir, [['Said', 'say', 'VERB']]);
  assert.equal(nounClass(wn.get('envoy')!), 16);
  assert.equal(nounClass(wn.get('envoys')!), 16);
  assert.equal(verbClass(wn.get('envoy')!), 7);
  // 'box' has no sense-tagged occurrences: only kept on request.
  assert.equal(wn.has('boxes'), false);
  assert.equal(nounClass(buildWordClasses(dir, [], { tagged: false }).get('boxes')!), 4);
  assert.equal(verbClass(wn.get('says')!), 4);
  assert.equal(verbClass(wn.get('said')!), 4);
  assert.equal(verbClass(wn.get('stopped')!), 7);
  assert.equal(verbClass(wn.get('stopping')!), 7);
  assert.equal(wn.has('peace_talks'), false);
  assert.equal(wn.has('talks'), false);
});
