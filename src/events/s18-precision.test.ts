/**
 * Precision families of session 18 (helper s18-precision), on invented sentences through the whole pipeline, each with
 * its filter off to show it is the rule that removes them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder } from './testing.js';

const code = eventCoder(createAnnals(), '2012-05-02');
const unfiltered = eventCoder(createAnnals({ filters: { 'foreign-home': false } }), '2012-05-02');

test('foreign-home: an actor the text calls foreign is no actor of the home country', () => {
  const text =
    'BAGHDAD (AP) - Iraqi Oil Minister Abdul Karim al-Luaibi threatened on Tuesday to blacklist foreign companies that sign ' +
    'contracts with the Kurdish region, and he accused Kurdish leaders of smuggling oil.';
  const got = code(text);
  assert.ok(!got.some((g) => / IRQBUS$/.test(g)), got.join('; '));
  // The accusation in the same sentence stays.
  assert.ok(got.some((g) => /^IRQGOV\w* 112\d* IRQGOVKUR$/.test(g)), got.join('; '));
  // Without the rule the companies took the home country.
  assert.ok(unfiltered(text).some((g) => / 13\d* IRQBUS$/.test(g)), unfiltered(text).join('; '));
});

test('foreign-home leaves actors of the home country that are not called foreign, and foreign offices', () => {
  const got = code('BAGHDAD (AP) - Prime Minister Nouri al-Maliki met Iraqi businessmen in Baghdad on Monday and praised foreign investors.');
  assert.ok(got.includes('IRQGOV 040 IRQBUS'), got.join('; '));
  assert.ok(!got.some((g) => /^IRQGOV 05\d* IRQBUS$/.test(g)), got.join('; '));
  const office = code("BAGHDAD (AP) - Kurdish leaders accused Iraq's foreign ministry on Sunday of blocking their oil exports.");
  assert.ok(office.some((g) => / 11\d* IRQGOV$/.test(g)), office.join('; '));
});

const unlabelled = eventCoder(createAnnals({ filters: { 'act-label-target': false } }), '2015-03-02');

test('act-label-target: "condemned the terrorist attack" is not aimed at terrorists but at the unknown perpetrator; the word only says what kind of act it was', () => {
  const text =
    'BAGHDAD (AP) - A car bomb exploded outside a police station in Kirkuk on Sunday, killing nine people. ' +
    'The Arab League condemned the terrorist attack and called for calm.';
  const got = eventCoder(createAnnals(), '2015-03-02')(text);
  assert.ok(!got.some((g) => /^IGO\S* \d+ \S*REB$/.test(g)), got.join('; '));
  // A condemnation that names no one but the kind of act is aimed at its unknown perpetrator, as the experts code it.
  assert.ok(got.includes('IGOMEAARL 111 ---'), got.join('; '));
  // The bombing itself stays.
  assert.ok(got.some((g) => / 18\d* IRQCVL$/.test(g)), got.join('; '));
  // Without the rule the label was taken for the condemned.
  assert.ok(unlabelled(text).some((g) => /^IGO\S* 11\d* \S*REB$/.test(g)), unlabelled(text).join('; '));
});

test('act-label-target keeps a nationality that names the side: "condemned the American strikes"', () => {
  const got = eventCoder(createAnnals(), '2015-03-02')('BAGHDAD (AP) - The Jordanian government on Monday condemned the American strikes near the border.');
  assert.ok(got.includes('JORGOV 111 USAMIL'), got.join('; '));
});
