/**
 * Coordinated verbs that share arguments (issue 5, syntax part): "X condemned Y and
 * demanded ...", "X met Y and pledged to ...". The second verb has no subject of its own
 * and, when it names no actor either, is aimed at the first verb's target.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, fakeActors, hasEvent, makeDoc, treeView as view } from './testing.js';
import { speakersConjunct } from './repair.js';
import { compileVerbDictionary } from '../dictionaries/verbs.js';
import { createCoder } from './coder.js';

const annals = createAnnals();
const code = eventCoder(annals, '2014-05-06');

test('a conjoined demand, pledge, threat or rejection with no actor of its own shares the first verb\'s target', () => {
  const demand = code('The Venezuelan president criticized Colombia and demanded an apology.');
  assert.ok(hasEvent(demand, 'VENGOV', '111', 'COLGOV'), demand.join('; '));
  assert.ok(hasEvent(demand, 'VENGOV', '10', 'COLGOV'), demand.join('; '));
  const pledge = code('The Syrian foreign minister hosted Iraqi officials and pledged to tighten the border.');
  assert.ok(hasEvent(pledge, 'SYRGOV', '03', 'IRQGOV'), pledge.join('; '));
  const threat = code('The Japanese prime minister met the Chinese president and threatened to impose tariffs.');
  assert.ok(hasEvent(threat, 'JPNGOV', '13', 'CHNGOV'), threat.join('; '));
  const reject = code('The Egyptian foreign minister received the Israeli envoy and rejected the proposal.');
  assert.ok(hasEvent(reject, 'EGYGOV', '12', 'ISRGOV'), reject.join('; '));
});

test('a conjoined verb keeps its own target when it names one', () => {
  const own = code('The Iranian foreign minister criticized the plan and urged Turkey to respect the border.');
  assert.ok(hasEvent(own, 'IRNGOV', '02', 'TURGOV'), own.join('; '));
  const other = code('The Venezuelan president criticized Colombia and demanded an apology from Panama.');
  assert.ok(hasEvent(other, 'VENGOV', '10', 'PAN'), other.join('; '));
  assert.ok(!hasEvent(other, 'VENGOV', '10', 'COL') && !hasEvent(other, 'VENGOV', '10', 'COLGOV'), other.join('; '));
});

test('a conjoined statement does not borrow a target, nor a verb hung on a reported clause', () => {
  const said = code('The Russian envoy met the Ukrainian delegation and said the talks went well.');
  assert.ok(!said.some((g) => g.startsWith('RUSGOV 01')), said.join('; '));
  const reported = code('The German chancellor said Moscow posed a threat to Poland and warned that sanctions would follow.');
  assert.ok(!reported.some((g) => / 13\d* POL/.test(g)), reported.join('; '));
});

test('a finite verb after ", and" is the clause\'s next act, not part of what the first verb alleged', () => {
  // The parser may hang "urged" inside "what he called ...", under the criticism.
  const urged = code('The Jordanian king criticised the Shiite-led government in Baghdad for what he called the exclusion of Sunni tribes, and urged Prime Minister Nouri al-Maliki to bring Sunni ministers back into the cabinet.');
  assert.ok(hasEvent(urged, 'JORGOV', '111', 'IRQGOV'), urged.join('; '));
  assert.ok(hasEvent(urged, 'JORGOV', '02', 'IRQGOV'), urged.join('; '));
});

test('a verb of blame taken for an adjective of a conjoined noun after a modal report is the speaker\'s', () => {
  // "Arnor told reporters the Elves would never give up Lindon and accused Gondor's king ."
  // parsed as "Lindon/ccomp and accused/amod king/conj".
  const rows = `
    Arnor    NNP arnor    2 nsubj
    told     VBD tell     0 root
    reporters NNS reporter 2 obj
    the      DT  the      5 det
    Elves    NNPS elf     8 nsubj
    would    MD  will     8 aux
    never    RB  never    8 advmod
    give     VB  give     2 ccomp
    up       RP  up       8 compound:prt
    Lindon   NNP lindon   8 ccomp
    and      CC  and      15 cc
    accused  VBN accuse   15 amod
    Gondor   NNP gondor   15 nmod:poss
    's       POS 's       13 case
    king     NN  king     10 conj`;
  assert.equal(speakersConjunct(view(rows), 11), 1);
  // A plain adjective ("and armed men") is no act of the speaker's.
  assert.equal(speakersConjunct(view(rows.replace('accused  VBN accuse', 'armed    VBN arm   ')), 11), -1);
});

test('the coder reads "and accused/amod X/conj" after a modal report as the speaker accusing X', () => {
  const verbs = compileVerbDictionary([{ file: 'v.txt', text: '--- ACCUSE [112] ---\nACCUSE {ACCUSED}\n\n--- SAY [010] ---\nSAY {SAID}\n' }]);
  const coder = createCoder({ verbs, actors: fakeActors({ arnor: 'ARN', gondor: 'GON', rohan: 'ROH', eriador: 'ERI' }) });
  // "Arnor told reporters that Eriador would never give up Rohan and accused Gondor of stalling ."
  const t = `
    Arnor    PROPN NNP arnor    2  nsubj
    told     VERB  VBD tell     0  root
    reporters NOUN NNS reporter 2  obj
    that     SCONJ IN  that     8  mark
    Eriador  PROPN NNP eriador  8  nsubj
    would    AUX   MD  will     8  aux
    never    ADV   RB  never    8  advmod
    give     VERB  VB  give     2  ccomp
    up       ADP   RP  up       8  compound:prt
    Rohan    PROPN NNP rohan    8  ccomp
    and      CCONJ CC  and      13 cc
    accused  VERB  VBN accuse   13 amod
    Gondor   PROPN NNP gondor   10 conj
    of       SCONJ IN  of       15 mark
    stalling VERB  VBG stall    13 acl
    .        PUNCT .   .        2  punct`;
  const r = t.trim().split('\n').map((l) => l.trim().split(/\s+/));
  const doc = makeDoc({
    words: r.map((x) => x[0]),
    upos: r.map((x) => x[1]),
    xpos: r.map((x) => x[2]),
    lemmas: r.map((x) => x[3]),
    heads: r.map((x) => Number(x[4])),
    deps: r.map((x) => x[5]),
  });
  const got = coder.code(doc).map((e) => `${e.source.code} ${e.target?.code ?? '---'} ${e.cameo}`);
  assert.ok(got.includes('ARN GON 112'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('ERI ')), got.join('; '));
});
