/** Filter rules of the syntax part (session 9), on hand-parsed invented sentences. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActorMention } from '../actors/types.js';
import { filterEvents } from './filters.js';
import { handEvent, handMention, handSentence, makeDoc } from './testing.js';
import type { CodedEvent } from './types.js';

const mention = handMention;
const event = (source: ActorMention, target: ActorMention | null, cameo: string, verb: number): CodedEvent => handEvent(0, source, target, cameo, verb);
const sent = handSentence;

test('a clause hung before a later "accused", with its own subject, is not what is alleged', () => {
  // The parser's error: "detained" as an adverbial clause of the later "accused".
  const doc = makeDoc(
    sent(
      'Ruritanian troops had detained rebels , among them a man accused of bombings .',
      'ADJ NOUN AUX VERB NOUN PUNCT ADP PRON DET NOUN VERB ADP NOUN PUNCT',
      [2, 4, 4, 11, 4, 4, 8, 4, 10, 11, 0, 13, 11, 11],
      'amod nsubj aux advcl obj punct case obl det nsubj root case obl punct',
      'ruritanian troop have detain rebel , among they a man accuse of bombing .',
    ),
  );
  const detained = event(mention(0, 'RURMIL', 2), mention(4, 'RURREB'), '173', 3);
  const r = filterEvents(doc, [detained]);
  assert.deepEqual(r.kept, [detained]);
});

test('"balked when/WRB X pressed it to ...": a time clause of a rejection is asserted', () => {
  const doc = makeDoc(
    sent(
      'Ruritania balked when Borduria pressed it to sign .',
      'PROPN VERB ADV PROPN VERB PRON PART VERB PUNCT',
      [2, 0, 5, 5, 2, 5, 8, 5, 2],
      'nsubj root advmod nsubj advcl obj mark xcomp punct',
      'ruritania balk when borduria press it to sign .',
      'NNP VBD WRB NNP VBD PRP TO VB .',
    ),
  );
  const balk = event(mention(0, 'RUR'), mention(3, 'BOR'), '120', 1);
  const press = event(mention(3, 'BOR'), mention(5, 'RUR'), '020', 4);
  const r = filterEvents(doc, [balk, press]);
  assert.deepEqual(r.kept, [balk, press]);
});

test('", an idea X rejected" after an appeal is a reaction to it, not a fronted allegation', () => {
  const doc = makeDoc(
    sent(
      'Ruritania urged Borduria to talk , an idea Borduran officials rejected .',
      'PROPN VERB PROPN PART VERB PUNCT DET NOUN ADJ NOUN VERB PUNCT',
      [2, 0, 2, 5, 2, 11, 8, 11, 10, 8, 2, 2],
      'nsubj root obj mark advcl punct det nsubj amod conj conj punct',
      'ruritania urge borduria to talk , a idea borduran official reject .',
    ),
    // The fronted content of a warning stays an allegation.
    sent(
      'Borduria would attack Ruritanian troops , the statement warned .',
      'PROPN AUX VERB ADJ NOUN PUNCT DET NOUN VERB PUNCT',
      [3, 3, 0, 5, 3, 9, 8, 9, 3, 3],
      'nsubj aux root amod obj punct det nsubj parataxis punct',
      'borduria would attack ruritanian troop , the statement warn .',
    ),
  );
  const s1 = doc.sentStart[1];
  const urge = event(mention(0, 'RUR'), mention(2, 'BOR'), '020', 1);
  const reject = event(mention(8, 'BORGOV', 10), mention(0, 'RUR'), '120', 10);
  const attack = { ...event(mention(s1, 'BOR'), mention(s1 + 3, 'RURMIL', s1 + 5), '190', s1 + 2), sentence: 1 };
  const r = filterEvents(doc, [urge, reject, attack]);
  assert.deepEqual(r.kept, [urge, reject]);
});
