import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakersConjunct } from './repair.js';
import { treeView as view } from './testing.js';

test('a verb of blame conjoined inside a denied clause is the denier\'s; a plain conjunct of a reported act is not', () => {
  // "Arnor denied that Gondor armed the rebels and blamed Rohan ."
  const denied = view(`
    Arnor   NNP arnor  2 nsubj
    denied  VBD deny   0 root
    that    IN  that   5 mark
    Gondor  NNP gondor 5 nsubj
    armed   VBD arm    2 ccomp
    the     DT  the    7 det
    rebels  NNS rebel  5 obj
    and     CC  and    9 cc
    blamed  VBD blame  5 conj
    Rohan   NNP rohan  9 obj`);
  assert.equal(speakersConjunct(denied, 8), 1);
  // "Arnor said Gondor armed the rebels and trained them ." : Gondor trained them.
  const said = view(`
    Arnor   NNP arnor  2 nsubj
    said    VBD say    0 root
    Gondor  NNP gondor 4 nsubj
    armed   VBD arm    2 ccomp
    the     DT  the    6 det
    rebels  NNS rebel  4 obj
    and     CC  and    8 cc
    trained VBD train  4 conj
    them    PRP they   8 obj`);
  assert.equal(speakersConjunct(said, 7), -1);
  // "Arnor said Gondor would attack and accused Rohan ." : the modal cannot be shared.
  const modal = view(`
    Arnor   NNP arnor   2 nsubj
    said    VBD say     0 root
    Gondor  NNP gondor  5 nsubj
    would   MD  will    5 aux
    attack  VB  attack  2 ccomp
    and     CC  and     7 cc
    accused VBD accuse  5 conj
    Rohan   NNP rohan   7 obj`);
  assert.equal(speakersConjunct(modal, 6), 1);
});
