// Argument finding in long news sentences: invented sentences, hand-parsed the way the
// parser parses such sentences, and an invented dictionary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileVerbDictionary } from '../dictionaries/verbs.js';
import { createCoder } from './coder.js';
import { fakeActors, makeDoc, type HandSentence } from './testing.js';
import type { CodedEvent } from './types.js';

const VERBS = `
--- URGE [020] ---
URGE {URGED}
+CALL_ON {+CALLED_ON}
- * TO MEDIATE [028]

--- SAY [010] ---
SAY {SAID}

--- MEDIATE [045] ---
MEDIATE
`;

const verbs = compileVerbDictionary([{ file: 'v.txt', text: VERBS }]);
const actors = fakeActors({ arnor: 'ARN', gondor: 'GON', rohan: 'ROH' });
const coder = createCoder({ verbs, actors });
const triples = (ev: CodedEvent[]) => ev.map((e) => `${e.source.code} ${e.target?.code ?? '---'} ${e.cameo}`).sort();

/** Parse from CoNLL-like rows "word upos xpos lemma head dep". */
function rows(text: string): HandSentence {
  const s: HandSentence = { words: [], upos: [], xpos: [], lemmas: [], heads: [], deps: [] };
  for (const line of text.trim().split('\n')) {
    const [w, u, x, l, h, d] = line.trim().split(/\s+/);
    s.words.push(w);
    s.upos.push(u);
    s.xpos!.push(x);
    s.lemmas!.push(l);
    s.heads.push(Number(h));
    s.deps.push(d);
  }
  return s;
}

test("a verb's pattern does not reach into a later conjoined clause", () => {
  // "Arnor called on Gondor to talk and said it was ready to mediate with Rohan ."
  // The full stop hangs on the root: the root's clause still ends before "and said".
  const doc = makeDoc(
    rows(`
      Arnor   PROPN NNP  Arnor   2  nsubj
      called  VERB  VBD  call    0  root
      on      ADP   IN   on      4  case
      Gondor  PROPN NNP  Gondor  2  obl
      to      PART  TO   to      6  mark
      talk    VERB  VB   talk    2  advcl
      and     CCONJ CC   and     8  cc
      said    VERB  VBD  say     2  conj
      it      PRON  PRP  it      11 nsubj
      was     AUX   VBD  be      11 cop
      ready   ADJ   JJ   ready   8  ccomp
      to      PART  TO   to      13 mark
      mediate VERB  VB   mediate 11 xcomp
      with    ADP   IN   with    15 case
      Rohan   PROPN NNP  Rohan   13 obl
      .       PUNCT .    .       2  punct`),
  );
  const ev = coder.code(doc);
  // The appeal to Gondor is 020, not 028 taken from "to mediate" in the second clause.
  assert.ok(triples(ev).includes('ARN GON 020'), triples(ev).join('; '));
  assert.ok(!triples(ev).some((t) => t.endsWith(' 028')), triples(ev).join('; '));
});

test('a conjunct without a conjunction does not end the clause (a noun phrase misparsed)', () => {
  // "Arnor urged Gondor to mediate , besieged Rohan ." with "besieged" a conj without "and".
  const doc = makeDoc(
    rows(`
      Arnor    PROPN NNP Arnor   2 nsubj
      urged    VERB  VBD urge    0 root
      Gondor   PROPN NNP Gondor  2 obj
      to       PART  TO  to      5 mark
      mediate  VERB  VB  mediate 2 xcomp
      ,        PUNCT ,   ,       7 punct
      besieged VERB  VBD besiege 2 conj
      Rohan    PROPN NNP Rohan   7 obj
      .        PUNCT .   .       2 punct`),
  );
  assert.ok(triples(coder.code(doc)).includes('ARN GON 028'));
});
