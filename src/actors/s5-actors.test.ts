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

test("an armed movement's leader acts politically as its party: urged, met, accused = IRQPTYSDR; his fighting stays IRQREBSHI", () => {
  const got = code(
    'Shiite cleric Moqtada al-Sadr urged Prime Minister Nouri al-Maliki to free the detainees.\n\n' +
      'The U.N. envoy met Sadr in Najaf on Tuesday.',
  );
  assert.ok(hasEvent(got, 'IRQPTYSDR', '02', 'IRQGOV'), got.join('; '));
  assert.ok(hasEvent(got, 'IGOUNO', '04', 'IRQPTYSDR'), got.join('; '));
  assert.ok(!got.some((g) => g.includes('IRQREBSHI')), got.join('; '));
  // The Mahdi Army itself is the armed group.
  const fight = code('The Mahdi Army attacked a police station in Kut on Monday.');
  assert.ok(hasEvent(fight, 'IRQREBSHI', '1', 'IRQCOP'), fight.join('; '));
});

test('a title before a known name is a title even where the tagger reads "to cleric" as a verb: "the cleric" later is that leader', () => {
  const got = code(
    'Police raided homes of men loyal to cleric Moqtada al-Sadr in Kufa on Monday.\n\n' +
      "The cleric's followers accused the police of torturing the detainees.\n\n" +
      'The cleric demanded that the government release his men.',
  );
  assert.ok(hasEvent(got, 'IRQPTYSDR', '112', 'IRQCOP'), got.join('; '));
  assert.ok(got.some((g) => /^IRQPTYSDR 1\d+ IRQGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQREL')), got.join('; '));
});
