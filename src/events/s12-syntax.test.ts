/**
 * Parse repairs of the syntax part (issue 5, session 12): invented sentences, hand-parsed the way
 * the parser parsed such news sentences, with an invented dictionary; and the shared trailing-participle
 * predicate (src/events/repair.ts) on hand trees. Families: a second clause after "and" whose subject the
 * parser took for a conjunct of an object; a trailing participle hung on the wrong word; custody in a
 * trailing participle; a finite "as"-clause's actors taken for a target.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileVerbDictionary } from '../dictionaries/verbs.js';
import { createCoder } from './coder.js';
import { trailingParticipleHost } from './repair.js';
import { fakeActors, handRows, makeDoc, treeView } from './testing.js';
import type { CodedEvent } from './types.js';

const VERBS = `
--- SAY [010] ---
SAY {SAID}

--- ATTACK [190] ---
ATTACK {ATTACKED}

--- FIRE [190] ---
FIRE {FIRED}

--- BLAME [112] ---
BLAME {BLAMED}

--- ACCUSE [112] ---
ACCUSE {ACCUSING ACCUSED}

--- DETAIN [173] ---
DETAIN {DETAINING DETAINED}

--- RAID [190] ---
RAID {RAIDED RAIDING}

--- KILL [1823] ---
KILL {KILLING KILLED}

--- ENTER [192] ---
ENTER {ENTERED}

--- WARN [130] ---
WARN {WARNED}

--- RESIGN [163] ---
RESIGN {RESIGNED}

--- TELL [010] ---
TELL {TOLD}

--- MEET [040] ---
MEET {MEETING MET}

--- CHANT [141] ---
CHANT {CHANTING}

--- PROTEST [140] ---
PROTEST {PROTESTING}
`;

const verbs = compileVerbDictionary([{ file: 'v.txt', text: VERBS }]);
const actors = fakeActors({ arnor: 'ARN', gondor: 'GON', rohan: 'ROH', eriador: 'ERI', 'gondor troops': 'GONMIL', 'arnor police': 'ARNCOP', 'eriador fighters': 'ERIREB' });
const coder = createCoder({ verbs, actors });
const triples = (ev: CodedEvent[]) => ev.map((e) => `${e.source.code} ${e.target?.code ?? '---'} ${e.cameo}`).sort();

test('"A fired on X, as B blamed Y for the bloodshed and C attacked Z": the noun phrase before a subjectless verb is its subject', () => {
  // The parser hung "Eriador fighters" as a conjunct of "bloodshed" and "attacked" on the root, with no subject.
  const doc = makeDoc(
    handRows(`
      Gondor    PROPN NNP Gondor    2  compound
      troops    NOUN  NNS troop     3  nsubj
      fired     VERB  VBD fire      0  root
      on        ADP   IN  on        5  case
      protesters NOUN NNS protester 3  obl
      ,         PUNCT ,   ,         10 punct
      as        SCONJ IN  as        10 mark
      Arnor     PROPN NNP Arnor     9  compound
      police    NOUN  NN  police    10 nsubj
      blamed    VERB  VBD blame     3  advcl
      Rohan     PROPN NNP Rohan     10 obj
      for       ADP   IN  for       14 case
      the       DET   DT  the       14 det
      bloodshed NOUN  NN  bloodshed 10 obl
      and       CCONJ CC  and       17 cc
      Eriador   PROPN NNP Eriador   17 compound
      fighters  NOUN  NNS fighter   14 conj
      attacked  VERB  VBD attack    3  conj
      Gondor    PROPN NNP Gondor    18 obj
      .         PUNCT .   .         3  punct
    `),
  );
  const got = triples(coder.code(doc));
  assert.ok(got.includes('ERIREB GON 190'), got.join('; '));
  assert.ok(!got.includes('GONMIL GON 190'), got.join('; '));
});

test('"laws on X and provincial powers passed in February": a past form with nothing of its own after a conjoined noun is no clause', () => {
  // "Arnor police said Gondor backed laws and Rohan powers passed in February": no object, particle or complement.
  const doc = makeDoc(
    handRows(`
      Arnor     PROPN NNP Arnor     2  compound
      police    NOUN  NN  police    3  nsubj
      attacked  VERB  VBD attack    0  root
      Gondor    PROPN NNP Gondor    3  obj
      and       CCONJ CC  and       7  cc
      Rohan     PROPN NNP Rohan     7  compound
      powers    NOUN  NNS power     4  conj
      passed    VERB  VBD pass      3  conj
      in        ADP   IN  in        10 case
      February  PROPN NNP February  8  obl
      .         PUNCT .   .         3  punct
    `),
  );
  const got = triples(coder.code(doc));
  assert.ok(got.includes('ARNCOP GON 190'), got.join('; '));
  assert.ok(got.includes('ARNCOP ROH 190'), got.join('; '));
});

test('"resigned late Thursday, accusing/acl(Thursday) X of ...": a participle hung on the date is the subject\'s accusation', () => {
  const doc = makeDoc(
    handRows(`
      Arnor     PROPN NNP Arnor     2  compound
      police    NOUN  NN  police    3  nsubj
      attacked  VERB  VBD attack    0  root
      Gondor    PROPN NNP Gondor    3  obj
      late      ADV   RB  late      6  advmod
      Thursday  PROPN NNP Thursday  3  obl:unmarked
      ,         PUNCT ,   ,         8  punct
      accusing  VERB  VBG accuse    6  acl:relcl
      Rohan     PROPN NNP Rohan     8  obj
      of        SCONJ IN  of        11 mark
      plotting  VERB  VBG plot      8  advcl
      .         PUNCT .   .         3  punct
    `),
  );
  const got = triples(coder.code(doc));
  assert.ok(got.includes('ARNCOP ROH 112'), got.join('; '));
});

test('"suspended talks with X, accusing/case the premier/conj of ...": a participle read as a preposition takes its noun as object', () => {
  const doc = makeDoc(
    handRows(`
      Arnor     PROPN NNP Arnor     2  compound
      police    NOUN  NN  police    3  nsubj
      attacked  VERB  VBD attack    0  root
      Gondor    PROPN NNP Gondor    3  obj
      ,         PUNCT ,   ,         7  punct
      accusing  VERB  VBG accuse    7  case
      Rohan     PROPN NNP Rohan     4  conj
      of        SCONJ IN  of        9  mark
      plotting  VERB  VBG plot      7  acl
      .         PUNCT .   .         3  punct
    `),
  );
  const got = triples(coder.code(doc));
  assert.ok(got.includes('ARNCOP ROH 112'), got.join('; '));
  // Rohan was accused, not attacked.
  assert.ok(!got.includes('ARNCOP ROH 190'), got.join('; '));
});

test('"denied that X was arming Y, accusing/conj(arming) Z of ...": the accusation goes on with the denial', () => {
  const doc = makeDoc(
    handRows(`
      Arnor     PROPN NNP Arnor     2  nsubj
      denied    VERB  VBD deny      0  root
      that      SCONJ IN  that      6  mark
      Gondor    PROPN NNP Gondor    6  nsubj
      was       AUX   VBD be        6  aux
      arming    VERB  VBG arm       2  ccomp
      Rohan     PROPN NNP Rohan     6  obj
      ,         PUNCT ,   ,         9  punct
      accusing  VERB  VBG accuse    6  conj
      Eriador   PROPN NNP Eriador   9  obj
      of        SCONJ IN  of        12 mark
      lying     VERB  VBG lie       9  advcl
      .         PUNCT .   .         2  punct
    `),
  );
  const got = triples(coder.code(doc));
  assert.ok(got.includes('ARN ERI 112'), got.join('; '));
  assert.ok(!got.includes('GON ERI 112'), got.join('; '));
});

test('"raided a village, detaining X": custody in a trailing participle is the raiders\' own act; a killing is not', () => {
  const rows = (verb: string, lemma: string) =>
    handRows(`
      Gondor    PROPN NNP Gondor    2  compound
      troops    NOUN  NNS troop     3  nsubj
      raided    VERB  VBD raid      0  root
      a         DET   DT  a         5  det
      village   NOUN  NN  village   3  obj
      ,         PUNCT ,   ,         7  punct
      ${verb}   VERB  VBG ${lemma}  3  advcl
      six       NUM   CD  six       10 nummod
      Eriador   PROPN NNP Eriador   10 compound
      fighters  NOUN  NNS fighter   7  obj
      .         PUNCT .   .         3  punct
    `);
  const got = triples(coder.code(makeDoc(rows('detaining', 'detain'))));
  assert.ok(got.includes('GONMIL ERIREB 173'), got.join('; '));
  const killed = triples(coder.code(makeDoc(rows('killing', 'kill'))));
  assert.ok(!killed.some((g) => g.startsWith('GONMIL ERIREB 18')), killed.join('; '));
});

test('"entered the city, as X warned Y": a finite as-clause\'s actors are no fallback target of the verb before it', () => {
  const doc = makeDoc(
    handRows(`
      Gondor    PROPN NNP Gondor    2  compound
      troops    NOUN  NNS troop     3  nsubj
      entered   VERB  VBD enter     0  root
      the       DET   DT  the       5  det
      city      NOUN  NN  city      3  obj
      ,         PUNCT ,   ,         9  punct
      as        SCONJ IN  as        9  mark
      Arnor     PROPN NNP Arnor     9  nsubj
      warned    VERB  VBD warn      3  advcl
      Rohan     PROPN NNP Rohan     9  obj
      .         PUNCT .   .         3  punct
    `),
  );
  const got = triples(coder.code(doc));
  assert.ok(got.includes('ARN ROH 130'), got.join('; '));
  assert.ok(!got.includes('GONMIL ARN 192'), got.join('; '));
});

test('trailingParticipleHost: the clause verb, out of a denial or an order for a verbal act, never for a preposition', () => {
  const comma = (t: string) => (k: number) => t.trim().split('\n')[k].trim().startsWith(',');
  // "ordered the channel to close its office for a month, accusing it of ..."
  const ordered = `
    government NN  government 2 nsubj
    ordered    VBD order      0 root
    channel    NN  channel    2 obj
    to         TO  to         5 mark
    close      VB  close      2 xcomp
    office     NN  office     5 obj
    ,          ,   ,          8 punct
    accusing   VBG accuse     5 advcl
    it         PRP it         8 obj
  `;
  assert.equal(trailingParticipleHost(treeView(ordered), 7, true, comma(ordered)), 1);
  // A raid in the same place stays with the infinitive ("ordered troops to storm the town, arresting ...").
  assert.equal(trailingParticipleHost(treeView(ordered), 7, false, comma(ordered)), -1);
  // "..., according/case to police/obl": a preposition, not a participle.
  const according = `
    troops     NNS troop      2 nsubj
    attacked   VBD attack     0 root
    town       NN  town       2 obj
    ,          ,   ,          6 punct
    according  VBG accord     6 case
    police     NN  police     2 obl
  `;
  assert.equal(trailingParticipleHost(treeView(according), 4, false, comma(according)), -1);
  // "ambushed a convoy carrying a lawmaker, wounding/conj(carrying) two guards": the ambush's.
  const convoy = `
    gunmen     NNS gunman     2 nsubj
    ambushed   VBD ambush     0 root
    convoy     NN  convoy     2 obj
    carrying   VBG carry      3 acl
    lawmaker   NN  lawmaker   4 obj
    ,          ,   ,          7 punct
    wounding   VBG wound      4 conj
    guards     NNS guard      7 obj
  `;
  assert.equal(trailingParticipleHost(treeView(convoy), 6, false, comma(convoy)), 1);
  // A participle describing the subject before the verb ("X, speaking in Y, said") is left alone.
  const speaking = `
    minister   NN  minister   5 nsubj
    ,          ,   ,          3 punct
    speaking   VBG speak      1 acl
    ,          ,   ,          3 punct
    said       VBD say        0 root
  `;
  assert.equal(trailingParticipleHost(treeView(speaking), 2, true, comma(speaking)), -1);
});

test('"told reporters after meeting X", "was praised by Y days after meeting X": a gerund clause of time is its main subject\'s act', () => {
  const told = makeDoc(
    handRows(`
      Arnor     PROPN NNP Arnor     2  nsubj
      told      VERB  VBD tell      0  root
      reporters NOUN  NNS reporter  2  iobj
      after     SCONJ IN  after     5  mark
      meeting   VERB  VBG meet      2  advcl
      Gondor    PROPN NNP Gondor    5  obj
      .         PUNCT .   .         2  punct
    `),
  );
  const got = triples(coder.code(told));
  assert.ok(got.includes('ARN GON 040'), got.join('; '));
  // The grammatical subject of a passive, not its agent.
  const praised = makeDoc(
    handRows(`
      Arnor     PROPN NNP Arnor     3  nsubj:pass
      was       AUX   VBD be        3  aux:pass
      praised   VERB  VBN praise    0  root
      by        ADP   IN  by        5  case
      Rohan     PROPN NNP Rohan     3  obl:agent
      days      NOUN  NNS day       8  obl:npmod
      after     SCONJ IN  after     8  mark
      meeting   VERB  VBG meet      3  advcl
      Gondor    PROPN NNP Gondor    8  obj
      .         PUNCT .   .         3  punct
    `),
  );
  const got2 = triples(coder.code(praised));
  assert.ok(got2.includes('ARN GON 040'), got2.join('; '));
  assert.ok(!got2.includes('ROH GON 040'), got2.join('; '));
});

test('"carried coffins through the streets, chanting slogans against X": a chant is the marchers\' protest; "boycotted ..., protesting Y" is not', () => {
  const rows = (verb: string, lemma: string) =>
    handRows(`
      Eriador   PROPN NNP Eriador   2  compound
      fighters  NOUN  NNS fighter   3  nsubj
      carried   VERB  VBD carry     0  root
      coffins   NOUN  NNS coffin    3  obj
      ,         PUNCT ,   ,         6  punct
      ${verb}   VERB  VBG ${lemma}  3  advcl
      slogans   NOUN  NNS slogan    6  obj
      against   ADP   IN  against   9  case
      Gondor    PROPN NNP Gondor    7  nmod
      .         PUNCT .   .         3  punct
    `);
  const got = triples(coder.code(makeDoc(rows('chanting', 'chant'))));
  assert.ok(got.includes('ERIREB GON 141'), got.join('; '));
  const protesting = triples(coder.code(makeDoc(rows('protesting', 'protest'))));
  assert.ok(!protesting.some((g) => g.startsWith('ERIREB GON 14')), protesting.join('; '));
});

test('"Arnor police said/amod Eriador fighters/appos attacked Gondor": a "said" read as an adjective is the main verb', () => {
  const doc = makeDoc(
    handRows(`
      Arnor     PROPN NNP Arnor     2  compound
      police    NOUN  NN  police    6  nsubj
      said      VERB  VBD say       5  amod
      Eriador   PROPN NNP Eriador   5  compound
      fighters  NOUN  NNS fighter   2  appos
      attacked  VERB  VBD attack    0  root
      Gondor    PROPN NNP Gondor    6  obj
      .         PUNCT .   .         6  punct
    `),
  );
  const got = triples(coder.code(doc));
  assert.ok(got.includes('ERIREB GON 190'), got.join('; '));
  assert.ok(!got.includes('ARNCOP GON 190'), got.join('; '));
});

test('"exploded near the offices of X, killing/conj(offices) four policemen": the victims of a trailing participle hung on a noun', () => {
  const host = `
    bomb       NN  bomb       2 nsubj
    exploded   VBD explode    0 root
    near       IN  near       4 case
    offices    NNS office     2 obl
    party      NN  party      4 nmod
    ,          ,   ,          7 punct
    killing    VBG kill       4 conj
    policemen  NNS policeman  7 obj
  `;
  const comma = (k: number) => host.trim().split('\n')[k].trim().startsWith(',');
  assert.equal(trailingParticipleHost(treeView(host), 6, false, comma), 1);
});
