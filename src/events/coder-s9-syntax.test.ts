// Parse repairs of the syntax part (session 9): invented sentences, hand-parsed the way the
// parser parsed such news sentences, and an invented dictionary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileVerbDictionary } from '../dictionaries/verbs.js';
import { createCoder } from './coder.js';
import { fakeActors, handRows, makeDoc } from './testing.js';
import type { CodedEvent } from './types.js';

const VERBS = `
--- SAY [010] ---
SAY {SAID}

--- ATTACK [190] ---
ATTACK {ATTACKED}

--- DETAIN [173] ---
DETAIN {DETAINED}
`;

const verbs = compileVerbDictionary([{ file: 'v.txt', text: VERBS }]);
const actors = fakeActors({ arnor: 'ARN', gondor: 'GON', rohan: 'ROH', eriador: 'ERI', 'gondor troops': 'GONMIL', 'arnor police': 'ARNCOP' });
const coder = createCoder({ verbs, actors });
const triples = (ev: CodedEvent[]) => ev.map((e) => `${e.source.code} ${e.target?.code ?? '---'} ${e.cameo}`).sort();

test('a sentence-final ", X said" hung deep in the clause is no target of the verbs above it', () => {
  // "Gondor troops detained six men suspected of helping Rohan , Arnor police said ."
  const doc = makeDoc(
    handRows(`
      Gondor    PROPN NNP Gondor    2  compound
      troops    NOUN  NNS troop     3  nsubj
      detained  VERB  VBD detain    0  root
      six       NUM   CD  six       5  nummod
      men       NOUN  NNS man       6  nsubj
      suspected VERB  VBD suspect   3  ccomp
      of        SCONJ IN  of        8  mark
      helping   VERB  VBG help      13 advcl
      Rohan     PROPN NNP Rohan     8  obj
      ,         PUNCT ,   ,         13 punct
      Arnor     PROPN NNP Arnor     12 compound
      police    NOUN  NN  police    13 nsubj
      said      VERB  VBD say       6  ccomp
      .         PUNCT .   .         3  punct
    `),
  );
  const got = triples(coder.code(doc));
  // The men were detained: neither the reporter nor whom the men are suspected of helping.
  assert.ok(!got.some((g) => g.startsWith('GONMIL ')), got.join('; '));
});
