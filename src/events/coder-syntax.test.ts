// Argument finding in long news sentences: invented sentences, hand-parsed the way the
// parser parses such sentences, and an invented dictionary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileVerbDictionary } from '../dictionaries/verbs.js';
import { createCoder } from './coder.js';
import { fakeActors, handRows, makeDoc } from './testing.js';
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

--- ATTACK [190] ---
ATTACK {ATTACKED}
AMBUSH {AMBUSHED}
KILL {KILLED}
- ROADSIDE_BOMBS * [183]

--- ACCUSE [112] ---
ACCUSE {ACCUSED}

--- MEET [040] ---
MEET {MET}
`;

const verbs = compileVerbDictionary([{ file: 'v.txt', text: VERBS }]);
const actors = fakeActors({ arnor: 'ARN', gondor: 'GON', rohan: 'ROH', eriador: 'ERI', 'gondor troops': 'GONMIL', 'arnor police': 'ARNCOP' });
const coder = createCoder({ verbs, actors });
const triples = (ev: CodedEvent[]) => ev.map((e) => `${e.source.code} ${e.target?.code ?? '---'} ${e.cameo}`).sort();

const rows = handRows;

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

test('"A Gondor raid/VB on a village killed ...": the noun tagged as a verb is the subject, the state its military', () => {
  const doc = makeDoc(
    rows(`
      A        DET   DT  a       3 nsubj:pass
      Gondor   ADJ   JJ  Gondor  3 advcl
      raid     VERB  VB  raid    0 root
      on       ADP   IN  on      6 case
      a        DET   DT  a       6 det
      village  NOUN  NN  village 3 obl
      killed   VERB  VBD kill    3 advcl
      Rohan    PROPN NNP Rohan   9 compound
      fighters NOUN  NNS fighter 7 obj
      .        PUNCT .   .       3 punct`),
  );
  assert.deepEqual(triples(coder.code(doc)), ['GONMIL ROH 190']);
});

test('"..., and Gondor troops killed six members of X, Arnor police and leaders said": the object is the verb\'s, the speakers are not targets', () => {
  const doc = makeDoc(
    rows(`
      Arnor    PROPN NNP Arnor   2  nsubj
      ambushed VERB  VBD ambush  0  root
      Eriador  PROPN NNP Eriador 2  obj
      ,        PUNCT ,   ,       8  punct
      and      CCONJ CC  and     8  cc
      Gondor   PROPN NNP Gondor  7  compound
      troops   NOUN  NNS troop   8  nsubj
      killed   VERB  VBD kill    2  conj
      six      NUM   CD  six     10 nummod
      members  NOUN  NNS member  19 ccomp
      of       ADP   IN  of      12 case
      Rohan    PROPN NNP Rohan   10 nmod
      ,        PUNCT ,   ,       15 punct
      Arnor    PROPN NNP Arnor   15 compound
      police   NOUN  NN  police  10 conj
      and      CCONJ CC  and     18 cc
      tribal   ADJ   JJ  tribal  18 amod
      leaders  NOUN  NNS leader  19 nsubj
      said     VERB  VBD say     2  conj
      .        PUNCT .   .       2  punct`),
  );
  const t = triples(coder.code(doc));
  assert.ok(t.includes('GONMIL ROH 190'), t.join('; '));
  assert.ok(!t.some((x) => x.includes('ARNCOP')), t.join('; '));
});

test('an actor only modifying a participle ("a Gondor-backed Rohan force") yields to the head\'s actor', () => {
  const doc = makeDoc(
    rows(`
      Arnor    PROPN NNP Arnor   2 nsubj
      attacked VERB  VBD attack  0 root
      a        DET   DT  a       8 det
      Gondor   PROPN NNP Gondor  6 obl:unmarked
      -        PUNCT HYPH -      4 punct
      backed   VERB  VBN back    8 amod
      Rohan    ADJ   JJ  Rohan   8 amod
      force    NOUN  NN  force   2 obj
      .        PUNCT .   .       2 punct`),
  );
  assert.deepEqual(triples(coder.code(doc)), ['ARN ROH 190']);
});

test("a conjoined clause's verb does not take pattern words from the clause before it", () => {
  // "Arnor ambushed Rohan with roadside bombs , and Gondor later killed six Eriador soldiers ."
  const doc = makeDoc(
    rows(`
      Arnor    PROPN NNP Arnor    2  nsubj
      ambushed VERB  VBD ambush   0  root
      Rohan    PROPN NNP Rohan    2  obj
      with     ADP   IN  with     6  case
      roadside NOUN  NN  roadside 6  compound
      bombs    NOUN  NNS bomb     2  obl
      ,        PUNCT ,   ,        11 punct
      and      CCONJ CC  and      11 cc
      Gondor   PROPN NNP Gondor   11 nsubj
      later    ADV   RB  later    11 advmod
      killed   VERB  VBD kill     2  conj
      six      NUM   CD  six      14 nummod
      Eriador  PROPN NNP Eriador  14 compound
      soldiers NOUN  NNS soldier  11 obj
      .        PUNCT .   .        2  punct`),
  );
  const t = triples(coder.code(doc));
  assert.ok(t.includes('GON ERI 190'), t.join('; '));
  assert.ok(!t.includes('GON ERI 183'), t.join('; '));
});

test('"..., according to an aide": the source of the report is never the target', () => {
  // "Arnor urged the council to wait , according to a Gondor aide ." (the parser hangs the
  // "according to" phrase on the last noun).
  const doc = makeDoc(
    rows(`
      Arnor     PROPN NNP Arnor     2  nsubj
      urged     VERB  VBD urge      0  root
      the       DET   DT  the       4  det
      council   NOUN  NN  council   2  obj
      to        PART  TO  to        6  mark
      wait      VERB  VB  wait      2  xcomp
      ,         PUNCT ,   ,         12 punct
      according VERB  VBG accord    12 case
      to        ADP   IN  to        8  fixed
      a         DET   DT  a         12 det
      Gondor    PROPN NNP Gondor    12 compound
      aide      NOUN  NN  aide      4  nmod
      .         PUNCT .   .         2  punct`),
  );
  assert.deepEqual(triples(coder.code(doc)), []);
});

test('a finite verb left without a subject after a comma-delimited insert takes the actor before the insert', () => {
  // "Arnor , speaking at a rally in Rohan , attacked Gondor ." parsed with the noun as root.
  const doc = makeDoc(
    rows(`
      Arnor    PROPN NNP Arnor    0  root
      ,        PUNCT ,   ,        3  punct
      speaking VERB  VBG speak    1  acl:relcl
      at       ADP   IN  at       6  case
      a        DET   DT  a        6  det
      rally    NOUN  NN  rally    3  obl
      in       ADP   IN  in       8  case
      Rohan    PROPN NNP Rohan    6  nmod
      ,        PUNCT ,   ,        10 punct
      attacked VERB  VBN attack   3  advcl
      Gondor   PROPN NNP Gondor   10 obj
      .        PUNCT .   .        1  punct`),
  );
  assert.deepEqual(triples(coder.code(doc)), ['ARN GON 190']);
});

test('"said X would never attack Y and accused Z": the past verb is the speaker\'s act, not the reported clause\'s', () => {
  const doc = makeDoc(
    rows(`
      Arnor    PROPN NNP Arnor   2  nsubj
      told     VERB  VBD tell    0  root
      reporters NOUN NNS reporter 2 obj
      that     SCONJ IN  that    9  mark
      the      DET   DT  the     6  det
      Gondor   PROPN NNP Gondor  9  nsubj
      would    AUX   MD  would   9  aux
      never    ADV   RB  never   9  advmod
      attack   VERB  VB  attack  2  ccomp
      Rohan    PROPN NNP Rohan   9  obj
      and      CCONJ CC  and     12 cc
      accused  VERB  VBN accuse  10 acl:relcl
      Eriador  PROPN NNP Eriador 12 obj
      .        PUNCT .   .       2  punct`),
  );
  const t = triples(coder.code(doc));
  assert.ok(t.includes('ARN ERI 112'), t.join('; '));
  assert.ok(!t.includes('GON ERI 112'), t.join('; '));
});

test('"X said Y was in contact with Z and called on W to ...": the appeal after the reported clause is the speaker\'s', () => {
  const doc = makeDoc(
    rows(`
      Arnor   PROPN NNP Arnor   2  nsubj
      said    VERB  VBD say     0  root
      Gondor  PROPN NNP Gondor  6  nsubj
      was     AUX   VBD be      6  cop
      in      ADP   IN  in      6  case
      contact NOUN  NN  contact 2  obj
      with    ADP   IN  with    8  case
      Rohan   PROPN NNP Rohan   6  nmod
      and     CCONJ CC  and     10 cc
      called  VERB  VBN call    6  conj
      on      ADP   IN  on      12 case
      Eriador PROPN NNP Eriador 10 obl
      to      PART  TO  to      14 mark
      talk    VERB  VB  talk    10 advcl
      .       PUNCT .   .       2  punct`),
  );
  const t = triples(coder.code(doc));
  assert.ok(t.includes('ARN ERI 020'), t.join('; '));
  assert.ok(!t.includes('GON ERI 020'), t.join('; '));
});

test('"attacked a Gondor patrol": a state modifying a military unit is its military', () => {
  const doc = makeDoc(
    rows(`
      Arnor    PROPN NNP Arnor   2 nsubj
      attacked VERB  VBD attack  0 root
      a        DET   DT  a       5 det
      Gondor   PROPN NNP Gondor  5 compound
      patrol   NOUN  NN  patrol  2 obj
      .        PUNCT .   .       2 punct`),
  );
  assert.deepEqual(triples(coder.code(doc)), ['ARN GONMIL 190']);
});

test('"Arnor, who met Rohan troops last week, said ...": a relative clause the parser took for the main clause', () => {
  // The beam parser's reading: "met" the root, "Rohan troops" the subject of "said".
  const doc = makeDoc(
    rows(`
      Arnor    PROPN NNP Arnor   4  vocative
      ,        PUNCT ,   ,       1  punct
      who      PRON  WP  who     4  nsubj
      met      VERB  VBD meet    0  root
      Gondor   PROPN NNP Gondor  6  compound
      troops   NOUN  NNS troop   10 nsubj
      last     ADJ   JJ  last    8  amod
      week     NOUN  NN  week    6  appos
      ,        PUNCT ,   ,       6  punct
      said     VERB  VBD say     4  ccomp
      Rohan    PROPN NNP Rohan   12 nsubj
      attacked VERB  VBD attack  10 ccomp
      Eriador  PROPN NNP Eriador 12 obj
      .        PUNCT .   .       4  punct`),
  );
  const t = triples(coder.code(doc));
  assert.ok(t.includes('ARN GONMIL 040'), t.join('; '));
  assert.ok(t.includes('ROH ERI 190'), t.join('; '));
  // The troops met are not the speaker.
  assert.ok(!t.some((x) => x.startsWith('GONMIL')), t.join('; '));
});
