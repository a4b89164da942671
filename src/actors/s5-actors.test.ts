/**
 * Actor families of the issue-5 article work (helper s5-actors), through the whole pipeline
 * (`createAnnals`) on invented sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from '../events/testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2007-06-12');

test('a title before a known name is a title even where the tagger reads "to cleric" as a verb: "the cleric" later is that leader', () => {
  const got = code(
    'Police raided homes of men loyal to cleric Moqtada al-Sadr in Kufa on Monday.\n\n' +
      "The cleric's followers accused the police of torturing the detainees.\n\n" +
      'The cleric demanded that the government release his men.',
  );
  assert.ok(hasEvent(got, 'IRQPTYSDR', '112', 'IRQCOP'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQREL')), got.join('; '));
});
