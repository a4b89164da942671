/**
 * Precision part of session 11 (issue 5): filter rules that removed correct events, and new rules, on
 * hand-parsed invented sentences (heads 1-based, 0 = root).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterEvents } from './filters.js';
import { handEvent, handMention, handRows, makeDoc } from './testing.js';

const mention = handMention;
const event = handEvent;

test('"soldiers had arrested four of his men": a singular possessive cannot stand for a plural source', () => {
  const doc = makeDoc(
    handRows(`
      Ruritanian ADJ JJ ruritanian 2 amod
      soldiers NOUN NNS soldier 4 nsubj
      had AUX VBD have 4 aux
      arrested VERB VBN arrest 0 root
      four NUM CD four 4 obj
      of ADP IN of 8 case
      his PRON PRP$ his 8 nmod:poss
      men NOUN NNS man 5 nmod
      . PUNCT . . 4 punct
    `),
    // The same words with a singular subject: "his" may be the general's own men.
    handRows(`
      The DET DT the 2 det
      general NOUN NN general 4 nsubj
      had AUX VBD have 4 aux
      withdrawn VERB VBN withdraw 0 root
      his PRON PRP$ his 6 nmod:poss
      men NOUN NNS man 4 obj
      . PUNCT . . 4 punct
    `),
  );
  // Coreference gave "his men" the sheikh's code, of the source's country.
  const arrest = event(0, mention(0, 'RURMIL', 2), mention(7, 'RURUAF'), '173', 3);
  const withdraw = event(1, mention(10, 'RURMIL', 11), mention(14, 'RURMIL'), '0874', 12);
  const r = filterEvents(doc, [arrest, withdraw]);
  assert.deepEqual(r.kept, [arrest]);
  assert.equal(r.dropped['own-possessed-target'], 1);
  // With no country at all the possessed noun names no actor, whoever "his" is.
  const bare = event(0, mention(0, 'RURMIL', 2), mention(7, '---UAF'), '173', 3);
  assert.deepEqual(filterEvents(doc, [bare]).kept, []);
});

test('a clause of time the parser coordinated under a rejection is asserted, not rejected: "even after the ministers walked out"', () => {
  const doc = makeDoc(
    handRows(`
      Ruritania PROPN NNP ruritania 2 nsubj
      rejected VERB VBD reject 0 root
      what PRON WP what 5 obj
      Borduria PROPN NNP borduria 5 nsubj
      called VERB VBD call 2 ccomp
      dictation NOUN NN dictation 5 xcomp
      , PUNCT , , 2 punct
      even ADV RB even 12 advmod
      after SCONJ IN after 12 mark
      the DET DT the 11 det
      ministers NOUN NNS minister 12 nsubj
      walked VERB VBD walk 5 conj
      out ADP IN out 15 case
      of ADP IN of 15 case
      cabinet NOUN NN cabinet 12 obl
      . PUNCT . . 2 punct
    `),
  );
  const reject = event(0, mention(0, 'RURGOV'), mention(3, 'BOR'), '120', 1);
  const walk = event(0, mention(10, 'RURPTY'), mention(14, 'RURGOV'), '160', 11);
  assert.deepEqual(filterEvents(doc, [reject, walk]).kept, [reject, walk]);
  // Without the subordinator the conjunct is part of what was rejected.
  const plain = makeDoc(
    handRows(`
      Ruritania PROPN NNP ruritania 2 nsubj
      rejected VERB VBD reject 0 root
      what PRON WP what 5 obj
      Borduria PROPN NNP borduria 5 nsubj
      called VERB VBD call 2 ccomp
      dictation NOUN NN dictation 5 xcomp
      and CCONJ CC and 9 cc
      ministers NOUN NNS minister 9 nsubj
      walked VERB VBD walk 5 conj
      out ADP IN out 12 case
      of ADP IN of 12 case
      cabinet NOUN NN cabinet 9 obl
      . PUNCT . . 2 punct
    `),
  );
  const reject2 = event(0, mention(0, 'RURGOV'), mention(3, 'BOR'), '120', 1);
  const walk2 = event(0, mention(7, 'RURPTY'), mention(11, 'RURGOV'), '160', 8);
  assert.deepEqual(filterEvents(plain, [reject2, walk2]).kept, [reject2]);
});

test('"X recalled its envoy, after the government demanded that ...": a later time clause is no speaker\'s frame', () => {
  const doc = makeDoc(
    handRows(`
      Ruritania PROPN NNP ruritania 2 nsubj
      recalled VERB VBD recall 0 root
      its PRON PRP$ its 4 nmod:poss
      ambassador NOUN NN ambassador 2 obj
      to ADP IN to 6 case
      Borduria PROPN NNP borduria 4 nmod
      , PUNCT , , 11 punct
      after SCONJ IN after 11 mark
      the DET DT the 10 det
      government NOUN NN government 11 nsubj
      demanded VERB VBD demand 2 conj
      that SCONJ IN that 14 mark
      Borduria PROPN NNP borduria 14 nsubj
      extradite VERB VB extradite 11 advcl
      suspects NOUN NNS suspect 14 obj
      . PUNCT . . 2 punct
    `),
  );
  const recall = event(0, mention(0, 'RURGOV'), mention(5, 'BORGOV'), '161', 1);
  assert.deepEqual(filterEvents(doc, [recall]).kept, [recall]);
  // A fronted content with the demand after it, as a speaker's frame ("..., the cabinet demanded"), stays alleged.
  const framed = makeDoc(
    handRows(`
      Ruritania PROPN NNP ruritania 2 nsubj
      recalled VERB VBD recall 0 root
      its PRON PRP$ its 4 nmod:poss
      ambassador NOUN NN ambassador 2 obj
      to ADP IN to 6 case
      Borduria PROPN NNP borduria 4 nmod
      , PUNCT , , 10 punct
      the DET DT the 9 det
      cabinet NOUN NN cabinet 10 nsubj
      warned VERB VBD warn 2 parataxis
      . PUNCT . . 2 punct
    `),
  );
  const recall2 = event(0, mention(0, 'RURGOV'), mention(5, 'BORGOV'), '161', 1);
  assert.deepEqual(filterEvents(framed, [recall2]).kept, []);
});
