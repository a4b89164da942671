/**
 * The day-noun tag repair (tense.ts `repairDayNoun`, session 15): a lowercase word the tagger hangs on a day or month
 * as part of a name ("On Tuesday gunmen ambushed ...") is a common noun; name particles before a capitalised word stay.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repairedTagOf } from './tense-testing.js';

test('a lowercase "name" word right after a day or month is a common noun; "al" before a name is not touched', () => {
  assert.equal(
    repairedTagOf('On/ADP/IN Friday/PROPN/NNP militiamen/PROPN/NNPS shelled/VERB/VBD a/DET/DT market/NOUN/NN ./PUNCT/.', 'militiamen'),
    'NOUN/NNS',
  );
  assert.equal(
    repairedTagOf('In/ADP/IN March/PROPN/NNP police/PROPN/NNP arrested/VERB/VBD a/DET/DT mayor/NOUN/NN ./PUNCT/.', 'police'),
    'NOUN/NN',
  );
  // Controls: a name particle before a capitalised word, and a lowercase word after a day's name that is no name word.
  assert.equal(
    repairedTagOf('On/ADP/IN Monday/PROPN/NNP al/PROPN/NNP Qaeda/PROPN/NNP claimed/VERB/VBD the/DET/DT attack/NOUN/NN ./PUNCT/.', 'al'),
    'PROPN/NNP',
  );
  assert.equal(
    repairedTagOf('On/ADP/IN Monday/PROPN/NNP troops/NOUN/NNS left/VERB/VBD ./PUNCT/.', 'troops'),
    'NOUN/NNS',
  );
});
