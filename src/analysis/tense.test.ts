import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadAnalyzer } from './index.js';
import { uposId, xposId, XPOS } from './tags.js';
import { repairTense } from './tense.js';

/** "word/XPOS" tokens -> repaired XPOS of each token. */
function repaired(tagged: string): string[] {
  const toks = tagged.split(' ').map((t) => t.split('/'));
  const form = toks.map((t) => t[0]);
  const xpos = Uint8Array.from(toks.map((t) => xposId(t[1])));
  const upos = Uint8Array.from(toks.map((t) => uposId(t[1].startsWith('VB') ? 'VERB' : t[1].startsWith('NN') ? 'NOUN' : 'X')));
  repairTense(form, upos, xpos, 0, form.length);
  return [...xpos].map((x) => XPOS[x]);
}

test('a participle after a subject with no other verb in its clause is a past tense', () => {
  const t = repaired('Lebanese/JJ soldiers/NNS fired/VBN on/IN a/DT bulldozer/NN that/WDT crossed/VBN the/DT border/NN ./.');
  assert.equal(t[2], 'VBD');
  assert.equal(t[7], 'VBD');
  // After a verb of saying, the complement is a new clause.
  assert.equal(repaired('Officials/NNS said/VBD troops/NNS fired/VBN on/IN protesters/NNS')[3], 'VBD');
  assert.equal(repaired('They/PRP later/RB attacked/VBN the/DT garrison/NN')[2], 'VBD');
});

test('real participles stay: a later main verb, a passive agent, an earlier finite verb', () => {
  assert.equal(repaired('Soldiers/NNS wounded/VBN in/IN the/DT attack/NN were/VBD taken/VBN to/IN hospital/NN')[1], 'VBN');
  assert.equal(repaired('The/DT convoy/NN attacked/VBN by/IN militants/NNS carried/VBD fuel/NN')[2], 'VBN');
  assert.equal(repaired('Police/NNS clashed/VBD with/IN men/NNS armed/VBN with/IN sticks/NNS')[4], 'VBN');
  // Right to left: the repaired main verb marks the earlier participle.
  const t = repaired('The/DT agreement/NN signed/VBN in/IN Doha/NNP collapsed/VBN last/JJ year/NN');
  assert.deepEqual([t[2], t[5]], ['VBN', 'VBD']);
});

test('the analyzer runs the repair between the tagger and the parser', () => {
  const analyzer = loadAnalyzer();
  assert.deepEqual(
    analyzer.stages.map((s) => s.name),
    ['tagger', 'tense', 'lemma', 'parser'],
  );
  const doc = analyzer.analyze('Lebanese soldiers fired on an Israeli bulldozer that crossed the border.');
  const fired = doc.form.indexOf('fired');
  assert.equal(XPOS[doc.xpos[fired]], 'VBD');
  // The verb heads the clause, with the soldiers as its subject.
  assert.equal(doc.head[doc.form.indexOf('soldiers')], fired);
});
