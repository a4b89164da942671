/**
 * Syntax part, session 13 (issue 5): source and target from sentence structure, through the whole
 * pipeline (`createAnnals`, article coreference on) on invented news sentences. Families: another
 * person of the same code named by a short name, or accused by a title; a named object the parser
 * hung as an oblique without a preposition; the passive subject of a demanded clause; a name before an -ing
 * clause whose adjunct the parser took for the subject; a reaction in a relative clause of a proposal noun
 * (with or without a relative word), aimed at the proposal's author.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnnals } from '../annals.js';
import { compileVerbDictionary } from '../dictionaries/verbs.js';
import { createCoder } from './coder.js';
import { eventCoder, fakeActors, handRows, hasEvent, makeDoc } from './testing.js';
import type { CodedEvent } from './types.js';

const annals = createAnnals();
const code = eventCoder(annals, '2012-03-14');

test('"Ochieng accused Wambua of ...": a short name resolved to another person of the same code is the target', () => {
  const got = code(
    'NAIROBI, Kenya, March 14, 2012 (AP) - Kenyan Foreign Minister Joseph Ochieng met Kenyan Interior Minister Peter Wambua on Wednesday.\n\n' +
      'In a speech late Tuesday, Ochieng accused Wambua of "betraying the coalition" and said he would not resign.',
  );
  assert.ok(hasEvent(got, 'KENGOV', '112', 'KENGOV'), got.join('; '));
});

test('"the president accused Deputy Prime Minister X of ...": a title resolved to one person accuses another by name', () => {
  const got = code(
    'NAIROBI, Kenya, March 14, 2012 (AP) - President Mwai Kibaki named a new cabinet on Wednesday.\n\n' +
      'In a speech late Tuesday, the president accused Deputy Prime Minister Uhuru Kenyatta of betraying the coalition.',
  );
  assert.ok(hasEvent(got, 'KENGOV', '112', 'KENGOV'), got.join('; '));
});

test('a person accused by a pronoun resolved to the same person is no target of his own accusation', () => {
  const got = code(
    'NAIROBI, Kenya, March 14, 2012 (AP) - Kenyan Foreign Minister Joseph Ochieng named a new envoy on Wednesday.\n\n' +
      'In a speech late Tuesday, Ochieng accused himself of "failing the coalition."',
  );
  assert.ok(!hasEvent(got, 'KENGOV', '112', 'KENGOV'), got.join('; '));
});

test('"accused X of ... and demanded that Y be allowed to ...": the demand is made to the accused, not to who would be allowed', () => {
  const got = code(
    "Uganda's justice minister accused the Kenyan police on Monday of hiding the scale of the abuse and demanded that Ugandan judges be allowed to question the guards.",
  );
  assert.ok(hasEvent(got, 'UGAGOV', '10', 'KENCOP'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('UGAGOV 10') && g.endsWith('UGAJUD')), got.join('; '));
});

test('"raised their case and demanded that they be freed": the source\'s own people are not whom the demand is made to', () => {
  const got = code("Uganda's foreign minister said Uganda had raised the case of the Ugandan traders and demanded that they be freed.");
  assert.ok(!got.some((g) => g.startsWith('UGAGOV 10') && / UGA\w*$/.test(g) && !g.endsWith('-')), got.join('; '));
});

// Hand-parsed sentences (the parser's mistakes written out), an invented dictionary.
const VERBS = `
--- ACCUSE [112] ---
ACCUSE {ACCUSING ACCUSED}

--- SPEAK [010] ---
SPEAK {SPEAKING SPOKE}
`;
const handCoder = createCoder({
  verbs: compileVerbDictionary([{ file: 'v.txt', text: VERBS }]),
  actors: fakeActors({ arnor: 'ARN', gondor: 'GON', 'gondor leaders': 'GONGOV', 'arnor television': 'ARNMED', 'president boromir': 'GONGOV', faramir: 'GONGOV' }),
});
const triples = (ev: CodedEvent[]) => ev.map((e) => `${e.source.code} ${e.target?.code ?? '---'} ${e.cameo}`).sort();

test('"X, speaking/csubj on television ... before the vote/nsubj, accused Y": the name is the subject, not the adjunct\'s actor', () => {
  const doc = makeDoc(
    handRows(`
      Arnor      PROPN NNP Arnor      12 vocative
      ,          PUNCT ,   ,          1  punct
      speaking   VERB  VBG speak      10 csubj
      on         ADP   IN  on         6  case
      Arnor      PROPN NNP Arnor      6  compound
      television NOUN  NN  television 3  obl
      shortly    ADV   RB  shortly    10 advmod
      before     ADP   IN  before     10 case
      the        DET   DT  the        10 det
      vote       NOUN  NN  vote       12 nsubj
      ,          PUNCT ,   ,          10 punct
      accused    VERB  VBD accuse     0  root
      Gondor     PROPN NNP Gondor     14 compound
      leaders    NOUN  NNS leader     12 obj
      .          PUNCT .   .          12 punct
    `),
  );
  const got = triples(handCoder.code(doc));
  assert.ok(got.includes('ARN GONGOV 112'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('ARNMED')), got.join('; '));
});

test('"Faramir accused President/nmod:desc Boromir/obl of ...": a named oblique with no preposition right after the verb is its object', () => {
  const doc = makeDoc(
    handRows(`
      Faramir   PROPN NNP Faramir   2  nsubj
      accused   VERB  VBD accuse    0  root
      President PROPN NNP President 4  nmod:desc
      Boromir   PROPN NNP Boromir   2  obl
      of        SCONJ IN  of        6  mark
      lying     VERB  VBG lie       2  advcl
      .         PUNCT .   .         2  punct
    `),
  );
  const got = triples(handCoder.code(doc));
  assert.ok(got.includes('GONGOV GONGOV 112'), got.join('; '));
});

test('"X offered to mediate, an offer that Y welcomed": a reaction in a relative clause of a proposal answers its author', () => {
  const got = code('Uganda offered to mediate between the factions, an offer that the Kenyan government welcomed last month.');
  assert.ok(hasEvent(got, 'KENGOV', '05', 'UGAGOV'), got.join('; '));
});

test('"X demanded that parliament be dissolved, a demand/nsubj:pass Y has rejected": a relative clause with no relative word', () => {
  const got = code('The Kenyan opposition has demanded that parliament be dissolved, a demand the ruling coalition has rejected.');
  assert.ok(hasEvent(got, 'KENPTY', '12', 'KENOPP'), got.join('; '));
});
