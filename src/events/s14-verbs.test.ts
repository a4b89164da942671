/**
 * Verb and construction families annals did not code (helper s14-verbs), on invented sentences through the whole
 * pipeline: envoys ordered out, licences suspended, matters raised with someone, statements made in a telephone
 * call with someone.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { hasEvent } from './testing.js';

const annals = createAnnals();
/** Events of an invented story, with the dateline a wire story has (its city is the article's home). */
const code = (text: string, dateline = 'AMMAN, May 4 (AP) -'): string[] =>
  annals.codeDocument({ id: 't', text, date: '2011-05-04', path: '-', dateline }).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);

test('an envoy ordered or told to leave the country is expelled (161), not sent a demand', () => {
  const got = code("The Jordanian government ordered Syria's ambassador to leave the country on Monday.");
  assert.ok(hasEvent(got, 'JORGOV', '161', 'SYRGOV'), got.join('; '));
  assert.ok(!got.some((g) => / 10\d* SYRGOV$/.test(g)), got.join('; '));
  const told = code('Cairo told the Libyan envoy to leave within 48 hours.');
  assert.ok(told.some((g) => /^EGY\w* 161 LBYGOV$/.test(g)), told.join('; '));
});

test('an order to one\'s own troops to leave is no expulsion', () => {
  const got = code('The Jordanian king ordered his troops to leave the border area.');
  assert.ok(!got.some((g) => / 161 /.test(g)), got.join('; '));
});

test('a suspended or revoked work permit or operating licence is an administrative sanction (172)', () => {
  const got = code('Jordan suspended the work permit of the Chinese telecommunications firm Huawei on Sunday.');
  assert.ok(got.some((g) => /^JOR\w* 172 \w*CHN\w*$/.test(g)), got.join('; '));
  const lic = code('Kenya revoked the operating licence of the British security company on Friday.');
  assert.ok(lic.some((g) => /^KEN\w* 172 GBR\w*$/.test(g)), lic.join('; '));
});

test('a matter raised with someone is discussed with them (040), not a complaint', () => {
  const got = code('The Kuwaiti ambassador raised the matter with the Iraqi prime minister on Tuesday evening.');
  assert.ok(hasEvent(got, 'KWTGOV', '040', 'IRQGOV'), got.join('; '));
  const issue = code('The Saudi envoy raised the detentions with the Lebanese president.');
  assert.ok(hasEvent(issue, 'SAUGOV', '040', 'LBNGOV'), issue.join('; '));
});

test('raise keeps its other senses: alert levels and tariffs', () => {
  const got = code('Egypt raised tariffs on Chinese steel, and the Egyptian army raised its alert level.');
  assert.ok(got.some((g) => / 163 CHN/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 040 /.test(g)), got.join('; '));
});

test('a statement made in a telephone call with someone is the call (041) with them', () => {
  const got = code('The Kenyan foreign minister said in a telephone call with the U.S. secretary of state that Nairobi would help.');
  assert.ok(hasEvent(got, 'KENGOV', '041', 'USAGOV'), got.join('; '));
});

test('"Iraq and Turkey summoned each other\'s ambassadors": each summons is aimed at the other state', () => {
  const got = code("Kenya and Uganda summoned each other's ambassadors on Thursday.");
  assert.ok(got.some((g) => /^KENGOV 11\d* UGAGOV$/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^UGAGOV 11\d* KENGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^KEN\w* \d+ KEN/.test(g) || /^UGA\w* \d+ UGA/.test(g)), got.join('; '));
});

test('a decision taken to expel or recall envoys is the measure (161), not a threat of it', () => {
  const got = code("The Kuwaiti cabinet had decided to expel the Syrian ambassador and to recall its own charge d'affaires from Damascus.");
  assert.ok(hasEvent(got, 'KWTGOV', '161', 'SYRGOV'), got.join('; '));
  assert.ok(!got.some((g) => / 13\d* /.test(g)), got.join('; '));
});

test('a decision still to come, or to attack, keeps its intent coding', () => {
  const later = code('Egypt would decide to expel the Turkish ambassador if the raids continued.');
  assert.ok(!later.some((g) => / 161 /.test(g)), later.join('; '));
  const attack = code('The Jordanian government decided to attack the rebels in the north.');
  assert.ok(!attack.some((g) => / 1[89]\d* /.test(g)), attack.join('; '));
});

test('a deployment naming only a place is aimed at the side its source faces in the article', () => {
  const got = code(
    'Kenya accused Somalia on Monday of arming gunmen near the border town of Mandera.\n\n' +
      'The Somali government rejected the charge and accused Nairobi of meddling in its affairs.\n\n' +
      'The Kenyan army moved two brigades into the area over the weekend, officials said.',
    'NAIROBI, May 4 (AP) -',
  );
  assert.ok(got.some((g) => /^KEN\w* 15\d* SOM\w*$/.test(g)), got.join('; '));
});

test('a deployment with no side faced in the article stays without a target', () => {
  const got = code('The Kenyan army moved two brigades into the area over the weekend, officials said.', 'NAIROBI, May 4 (AP) -');
  assert.ok(!got.some((g) => / 15\d* /.test(g)), got.join('; '));
});

test('"the blocs" in an appeal are the home country\'s parties; "the bloc" alone is left to the article (the EU)', () => {
  const got = code('The Lebanese speaker appealed to the rival blocs to put the country first.', 'BEIRUT, May 4 (AP) -');
  assert.ok(hasEvent(got, 'LBNLEG', '02', 'LBNPTY'), got.join('; '));
  const eu = code('The European Union said the bloc would summon the Lebanese envoy.', 'BEIRUT, May 4 (AP) -');
  assert.ok(!eu.some((g) => / LBNPTY$/.test(g) || /^LBNPTY /.test(g)), eu.join('; '));
});

test('"described the ultimatum as collective punishment": a criticism (111) without an article before the noun', () => {
  const got = code('Kenya gave the Somali government 72 hours to hand over the gunmen.\n\nThe Somali president described the ultimatum as "collective punishment."', 'NAIROBI, May 4 (AP) -');
  assert.ok(got.some((g) => /^SOM\w* 111 KEN\w*$/.test(g)), got.join('; '));
});

test('a mediator between both sides of a war keeps both as targets, its own state\'s side too (the pair rule is for possessives only)', () => {
  const got = code(
    'Kenyan troops and Somali soldiers clashed near the border on Monday.\n\nThe Kenyan president said he could broker a solution that both sides would accept.',
    'NAIROBI, May 4 (AP) -',
  );
  assert.ok(hasEvent(got, 'KENGOV', '039', 'SOMMIL'), got.join('; '));
  assert.ok(hasEvent(got, 'KENGOV', '039', 'KENMIL'), got.join('; '));
});
