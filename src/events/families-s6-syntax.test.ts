/**
 * Argument-finding families (issue 5, syntax part, session 6) through the whole pipeline
 * (`createAnnals`): each test codes invented news sentences and checks who is the source
 * and the target of an event.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { speakersConjunct } from './repair.js';
import { eventCoder, hasEvent, treeView } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2012-03-14');
const has = hasEvent;

test('a past verb after "and" does not go on from an -ing form: it is the main subject\'s act', () => {
  // A progressive in the reported clause: the call for sanctions is the senator's, not Kampala's.
  const progressive = code('A Kenyan senator, an opposition member who opposes the deal, said Kampala was "running a secret war" against Kenyan farmers and called for new sanctions on Ugandan firms.');
  assert.ok(!progressive.some((g) => g.startsWith('UGA') && g.endsWith(' UGABUS')), progressive.join('; '));
  assert.ok(has(progressive, 'KENLEG', '020', 'UGABUS'), progressive.join('; '));
});

test('"accused X of V-ing ... and said": the past conjunct of a gerund continues the finite verb above it', () => {
  // "Arnor accused the militias of fuelling the killing and said Gondor had to act ."
  const gerund = treeView(`
    Arnor    NNP arnor   2 nsubj
    accused  VBD accuse  0 root
    the      DT  the     4 det
    militias NNS militia 2 obj
    of       IN  of      6 mark
    fuelling VBG fuel    4 acl
    the      DT  the     8 det
    killing  NN  killing 6 obj
    and      CC  and     10 cc
    said     VBD say     6 conj
    Gondor   NNP gondor  12 nsubj
    had      VBD have    10 ccomp`);
  assert.equal(speakersConjunct(gerund, 9), 1);
  // "Arnor said Gondor was arming the rebels and called for talks ." : the speaker's appeal.
  const progressive = treeView(`
    Arnor   NNP arnor  2 nsubj
    said    VBD say    0 root
    Gondor  NNP gondor 5 nsubj
    was     VBD be     5 aux
    arming  VBG arm    2 ccomp
    the     DT  the    7 det
    rebels  NNS rebel  5 obj
    and     CC  and    9 cc
    called  VBN call   5 conj
    for     IN  for    11 case
    talks   NNS talk   9 obl`);
  assert.equal(speakersConjunct(progressive, 8), 1);
  // "Arnor said Gondor was arming and training the rebels ." : both -ing forms are Gondor's.
  const both = treeView(`
    Arnor    NNP arnor  2 nsubj
    said     VBD say    0 root
    Gondor   NNP gondor 5 nsubj
    was      VBD be     5 aux
    arming   VBG arm    2 ccomp
    and      CC  and    7 cc
    training VBG train  5 conj
    the      DT  the    9 det
    rebels   NNS rebel  7 obj`);
  assert.equal(speakersConjunct(both, 6), -1);
});
