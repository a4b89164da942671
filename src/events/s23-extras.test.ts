/**
 * Precision part of session 23 (issue 5, extra events): filter rules on hand-parsed invented sentences
 * (heads 1-based, 0 = root).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterEvents } from './filters.js';
import { handEvent as event, handMention as mention, handRows, makeDoc } from './testing.js';

test('"the blasts outside the ministry killed 40 people": a place or supplier inside a weapon subject is no attacker', () => {
  const doc = makeDoc(
    handRows(`
      The DET DT the 2 det
      blasts NOUN NNS blast 6 nsubj
      outside ADP IN outside 5 case
      the DET DT the 5 det
      ministry NOUN NN ministry 2 nmod
      killed VERB VBD kill 0 root
      40 NUM CD 40 8 nummod
      people NOUN NNS people 6 obj
      . PUNCT . . 6 punct
    `),
    // Members named with "from" are the attackers.
    handRows(`
      Gunmen NOUN NNS gunman 5 nsubj
      from ADP IN from 4 case
      the DET DT the 4 det
      militia NOUN NN militia 1 nmod
      killed VERB VBD kill 0 root
      40 NUM CD 40 7 nummod
      people NOUN NNS people 5 obj
      . PUNCT . . 5 punct
    `),
    // ... but "from" after a verb of moving is where the weapon came from.
    handRows(`
      Explosives NOUN NNS explosive 6 nsubj
      smuggled VERB VBN smuggle 1 acl
      from ADP IN from 4 case
      Borduria PROPN NNP borduria 2 obl
      had AUX VBD have 6 aux
      killed VERB VBN kill 0 root
      40 NUM CD 40 8 nummod
      soldiers NOUN NNS soldier 6 obj
      . PUNCT . . 6 punct
    `),
    // A name that holds the preposition itself is the subject.
    handRows(`
      Al-Qaida PROPN NNP al-qaida 4 nsubj
      in ADP IN in 3 case
      Ruritania PROPN NNP ruritania 1 nmod
      attacked VERB VBD attack 0 root
      the DET DT the 6 det
      convoy NOUN NN convoy 4 obj
      . PUNCT . . 4 punct
    `),
  );
  const blasts = event(0, mention(4, 'RURGOV'), mention(7, 'RURCVL'), '183', 5);
  const gunmen = event(1, mention(12, 'RURREB'), mention(15, 'RURCVL'), '180', 13);
  const smuggled = event(2, mention(20, 'BDR'), mention(24, 'RURMIL'), '183', 22);
  const named = event(3, mention(26, 'RURREBAQD', 29), mention(31, 'RURMIL'), '190', 29);
  const r = filterEvents(doc, [blasts, gunmen, smuggled, named]);
  assert.deepEqual(r.kept, [gunmen, named]);
  assert.equal(r.dropped['embedded-place-source'], 2);
});

test('"would remain in Ruritania to help fight the rebels": a mission against a common enemy is no attack', () => {
  const doc = makeDoc(
    handRows(`
      The DET DT the 2 det
      troops NOUN NNS troop 4 nsubj
      would AUX MD would 4 aux
      remain VERB VB remain 0 root
      in ADP IN in 6 case
      Ruritania PROPN NNP ruritania 4 obl
      to PART TO to 8 mark
      help VERB VB help 4 advcl
      fight VERB VB fight 8 xcomp
      the DET DT the 11 det
      rebels NOUN NNS rebel 9 obj
      . PUNCT . . 4 punct
    `),
    // Help given in an attack that was made is the attack.
    handRows(`
      The DET DT the 2 det
      troops NOUN NNS troop 3 nsubj
      helped VERB VBD help 0 root
      attack VERB VB attack 3 xcomp
      the DET DT the 6 det
      rebels NOUN NNS rebel 4 obj
      . PUNCT . . 3 punct
    `),
  );
  const mission = event(0, mention(1, 'RURMIL'), mention(10, 'RURREB'), '190', 8);
  const made = event(1, mention(13, 'RURMIL'), mention(17, 'RURREB'), '190', 15);
  const r = filterEvents(doc, [mission, made]);
  assert.deepEqual(r.kept, [made]);
  assert.equal(r.dropped['mission-purpose'], 1);
});
