/**
 * Verb, idiom and event-noun families of the article-accuracy work (issue 5, session 6, verbs part): each test
 * codes invented news sentences through the whole pipeline (`createAnnals`, article coreference on) and checks
 * the dyad and CAMEO code an expert would give them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals({ coder: { requireDyad: true } });
const code = eventCoder(annals, '2009-06-10');

test('a bloc boycotting a sitting of the legislature shuns the legislature (163), no street protest (14x)', () => {
  const got = code("Kenyan opposition lawmakers boycotted Tuesday's session of parliament.");
  assert.ok(hasEvent(got, 'KENOPPLEG', '163', 'KENLEG'), got.join('; '));
});

test('a boycott of the legislature still to come, said by the bloc itself, is a threat (13x)', () => {
  const got = code('The Kenyan opposition party said it would boycott any session of parliament that took up the land bill.');
  assert.ok(hasEvent(got, 'KENOPP', '13', 'KENLEG'), got.join('; '));
});

test('a boycott announced to last until the government acts is taken (16x), not threatened', () => {
  const got = code('The Kenyan opposition party said it would boycott sessions until the government released the detained activists.');
  assert.ok(hasEvent(got, 'KENOPP', '16', 'KENGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.split(' ')[1].startsWith('13')), got.join('; '));
});

test('quitting the government if its leader does not act is a threat to that leader (13x)', () => {
  const got = code(
    'A spokesman for the Kenyan opposition party warned that the party would quit the government if the president did not sack the finance minister.',
  );
  assert.ok(hasEvent(got, 'KENOPPGOV', '13', 'KENGOV'), got.join('; '));
});

test('a bloc that quit the cabinet cut its ties with it (16x), no resignation from office (083)', () => {
  const got = code('The Nepalese Maoist party, which quit the cabinet last May, praised the prime minister.');
  assert.ok(got.some((g) => /^NPL\S* 16\d* NPLGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => g.split(' ')[1].startsWith('083')), got.join('; '));
});

test('walking out of parliament is a walkout from the legislature (163), not a withdrawal from a region mentioned later', () => {
  const got = code(
    "Kenyan opposition lawmakers walked out of parliament on Monday after a ruling party member called for the opposition region's budget to be cut.",
  );
  assert.ok(hasEvent(got, 'KENOPPLEG', '163', 'KENLEG'), got.join('; '));
  assert.ok(!got.some((g) => g.split(' ')[1].startsWith('087')), got.join('; '));
});

test('a purpose clause is as planned as the trip it is for: "would visit X to meet Y" is an intent to meet Y (036)', () => {
  const got = code('The Somali president said he would visit Nairobi soon to meet the Kenyan president.');
  assert.ok(hasEvent(got, 'SOMGOV', '036', 'KENGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.split(' ')[1] === '040'), got.join('; '));
});

test('"was to meet" is a meeting planned (036), not held', () => {
  const got = code('The French foreign minister left Beirut for Damascus, where she was to meet the Syrian president.');
  assert.ok(hasEvent(got, 'FRAGOV', '036', 'SYRGOV'), got.join('; '));
});

test('sending a delegation or an envoy to a capital is a visit (042), an intent to meet (036) while still to come', () => {
  const sent = code('Egypt sent an envoy to Khartoum on Monday.');
  assert.ok(sent.some((g) => /^EGY\S* 042 SDN\S*$/.test(g)), sent.join('; '));
  const will = code('The Ugandan government will send a delegation to Kinshasa next week.');
  assert.ok(will.some((g) => /^UGAGOV 036 COD\S*$/.test(g)), will.join('; '));
});

test('massing troops on a border is a mobilisation (154), massing crowds is none', () => {
  const troops = code('Ankara massed tens of thousands of troops on the border with Iraq.');
  assert.ok(troops.some((g) => /^TUR\S* 154 IRQ$/.test(g)), troops.join('; '));
  const crowds = code('Thousands of Kenyan opposition supporters massed outside the parliament in Nairobi.');
  assert.ok(!crowds.some((g) => g.split(' ')[1].startsWith('15')), crowds.join('; '));
});

test('refusing to allow or let an actor do something is a refusal to that actor (12x), no yielding (08)', () => {
  const allow = code('The Ugandan president has refused to allow the Kenyan opposition party to open an office in Kampala.');
  assert.ok(allow.some((g) => /^UGAGOV 12\d* KENOPP$/.test(g)), allow.join('; '));
  assert.ok(!allow.some((g) => g.split(' ')[1].startsWith('08')), allow.join('; '));
  // Only "to allow" itself: a law that "would allow" others, signed or not, is no refusal to them.
  const law = code("The Kenyan president refused on Monday to sign a law that would allow the Ugandan army to use Kenya's ports.");
  assert.ok(!law.some((g) => /^KEN\S* 12\d* UGAMIL$/.test(g)), law.join('; '));
});

test('telling an addressee that something must stop, or that the speaker\'s side expects results, is a demand on the addressee (100)', () => {
  const must = code('The French envoy told the Syrian government very clearly that the flow of weapons into Lebanon must end.');
  assert.ok(hasEvent(must, 'FRAGOV', '100', 'SYRGOV'), must.join('; '));
  const passive = code('The French president told the Lebanese prime minister that the militias must be disarmed.');
  assert.ok(hasEvent(passive, 'FRAGOV', '100', 'LBNGOV'), passive.join('; '));
  const expect = code('The French envoy told the Syrian government on Monday that Paris expected concrete steps.');
  assert.ok(hasEvent(expect, 'FRAGOV', '100', 'SYRGOV'), expect.join('; '));
  // Told to reporters, it stays the plain statement experts leave uncoded.
  const press = code('The Lebanese prime minister told reporters that the violence must end.');
  assert.ok(!press.some((g) => g.split(' ')[1].startsWith('10')), press.join('; '));
});

test('armed forces or warplanes that strike or hit attack (190, from the air 195); "would not hesitate to attack" is a threat (138)', () => {
  const army = code('The Colombian army struck FARC rebels near the Venezuelan border on Monday.');
  assert.ok(army.some((g) => /^COLMIL 19\d* COLREB\S*$/.test(g)), army.join('; '));
  const jets = code('Colombian warplanes hit FARC rebels in the jungle.');
  assert.ok(jets.some((g) => /^COLMIL 195 COLREB\S*$/.test(g)), jets.join('; '));
  const resolve = code('Colombia will not hesitate to attack the FARC rebels.');
  assert.ok(resolve.some((g) => /^COL\S* 138 COLREB\S*$/.test(g)), resolve.join('; '));
  const deal = code('Colombian troops struck a deal with the FARC rebels.');
  assert.ok(!deal.some((g) => g.split(' ')[1].startsWith('19')), deal.join('; '));
});

test('troops sent on a condition are a threat of force (138), troops sent for a mission a deployment (154)', () => {
  const threat = code('Turkey said it would send troops to the border if the PKK attacks continued.');
  assert.ok(threat.some((g) => /^TUR\S* 138 TURREBPKK$/.test(g)), threat.join('; '));
});
