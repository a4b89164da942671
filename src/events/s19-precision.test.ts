/**
 * Precision families of session 19 (helper s19-precision), on invented sentences through the whole pipeline, each with
 * its filter off to show it is the rule that removes them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder } from './testing.js';

const base = createAnnals();
const code = eventCoder(base, '2009-03-02');
const withoutRule = (rule: string) => eventCoder(createAnnals({ filters: { [rule]: false }, reuse: base }), '2009-03-02');

test('chain-of-command: a leader ordering his own army is no demand between two actors', () => {
  const text = 'BAGHDAD (AP) - Prime Minister Nouri al-Maliki ordered the army on Tuesday to seal the roads into Kut after a week of clashes.';
  const got = code(text);
  assert.ok(!got.some((g) => /^IRQGOV 10\d* IRQMIL$/.test(g)), got.join('; '));
  const off = withoutRule('chain-of-command')(text);
  assert.ok(off.some((g) => /^IRQGOV 10\d* IRQMIL$/.test(g)), off.join('; '));
});

test('chain-of-command: a cleric ordering his own lawmakers, and fighters obeying their leader, are one side', () => {
  const off = withoutRule('chain-of-command');
  const lawmakers = 'NAJAF, Iraq (AP) - Moqtada al-Sadr ordered all of his lawmakers to resign from parliament on Sunday.';
  assert.ok(!code(lawmakers).some((g) => /^IRQ\w* 10\d* IRQ\w*$/.test(g)), code(lawmakers).join('; '));
  assert.ok(off(lawmakers).some((g) => /^IRQPTYSDR 10\d* IRQ\w*$/.test(g)), off(lawmakers).join('; '));
  const obey =
    'NAJAF, Iraq (AP) - A Sadrist official said the cleric Moqtada al-Sadr had ordered his commanders to pull their men out of the market. ' +
    'The fighters would obey the orders of the cleric, the official said.';
  assert.ok(!code(obey).some((g) => /^IRQ\w* 03\d* IRQ\w*$/.test(g)), code(obey).join('; '));
  assert.ok(off(obey).some((g) => /^IRQREB\w* 03\d* IRQ\w*$/.test(g)), off(obey).join('; '));
});

test('chain-of-command keeps an order to another party of the same country: a demand between two sides', () => {
  const got = code('BAGHDAD (AP) - Prime Minister Nouri al-Maliki ordered the Sadrist ministers to return to the cabinet.');
  assert.ok(got.some((g) => /^IRQGOV 10\d* IRQPTYSDR\w*$/.test(g)), got.join('; '));
});

test('chain-of-command keeps an order to a self-ruled region\'s forces, a side of their own', () => {
  const got = code('BAGHDAD (AP) - Prime Minister Nouri al-Maliki ordered the Kurdish peshmerga on Tuesday to seal the roads into Kut after a week of clashes.');
  assert.ok(got.some((g) => /^IRQGOV 10\d* IRQMILKUR$/.test(g)), got.join('; '));
});

test('own-territory-retaken: state forces retaking their own town do not fight the town', () => {
  const text = 'BAGHDAD (AP) - Iraqi troops recaptured Tal Afar on Friday after a two-week battle with the militants.';
  const got = code(text);
  assert.ok(!got.some((g) => /^IRQMIL 192 IRQ$/.test(g)), got.join('; '));
  const off = withoutRule('own-territory-retaken')(text);
  assert.ok(off.some((g) => /^IRQMIL 192 IRQ$/.test(g)), off.join('; '));
});

test('own-territory-retaken keeps an insurgent seizure of the town', () => {
  const got = code('BAGHDAD (AP) - Islamic State militants seized Tal Afar on Friday after government troops fled.');
  assert.ok(got.some((g) => /^IMGMUSISI 19\d* IRQ/.test(g)), got.join('; '));
});

test('own-country-modifier: the source\'s own country named only as whose march or laws it is is no target', () => {
  const off = withoutRule('own-country-modifier');
  const march = 'BAGHDAD (AP) - The Sadrist bloc called on Friday for a march of a million Iraqis to demand the departure of foreign forces.';
  assert.ok(!code(march).some((g) => /^IRQ\w* 02\d* IRQ$/.test(g)), code(march).join('; '));
  assert.ok(off(march).some((g) => /^IRQ\w* 02\d* IRQ$/.test(g)), off(march).join('; '));
  const laws = "COPENHAGEN, Denmark (AP) - The Danish prime minister defended Denmark's press laws on Monday.";
  assert.ok(!code(laws).some((g) => /^DNKGOV 05\d* DNK$/.test(g)), code(laws).join('; '));
  assert.ok(off(laws).some((g) => /^DNKGOV 05\d* DNK$/.test(g)), off(laws).join('; '));
});

test('own-country-modifier keeps the people addressed themselves: "urged Iraqis to boycott the vote"', () => {
  const got = code('BAGHDAD (AP) - The Sadrist bloc urged Iraqis on Friday to boycott the vote.');
  assert.ok(got.some((g) => /^IRQ\w* 02\d* IRQ$/.test(g)), got.join('; '));
});

test('unnamed-claimant: a denial of a bare that-clause is not aimed at an unknown claimant; one of "suggestions" still is', () => {
  const off = withoutRule('unnamed-claimant');
  const bare = 'BAGHDAD (AP) - The Dawa party denied that its members had taken bribes.';
  assert.ok(!code(bare).some((g) => /^IRQPTYDAW 016 ---$/.test(g)), code(bare).join('; '));
  assert.ok(off(bare).includes('IRQPTYDAW 016 ---'), off(bare).join('; '));
  const named = 'BAGHDAD (AP) - The Dawa party rejected suggestions that its members had taken bribes.';
  assert.ok(code(named).includes('IRQPTYDAW 016 ---'), code(named).join('; '));
});

test('walkout-protest: blocs staying away from a session stage no protest against their government; a march still does', () => {
  const text = 'BAGHDAD (AP) - Parliament met on Monday to elect a speaker. Sunni and Turkmen blocs stayed away.';
  assert.ok(!code(text).some((g) => / 14\d* /.test(g)), code(text).join('; '));
  const off = withoutRule('walkout-protest')(text);
  assert.ok(off.some((g) => / 14\d* /.test(g)), off.join('; '));
  const march = code('BAGHDAD (AP) - Thousands of Sadr supporters marched through Kufa on Friday.');
  assert.ok(march.some((g) => /^IRQPTYSDR 14\d* IRQGOV$/.test(g)), march.join('; '));
});
