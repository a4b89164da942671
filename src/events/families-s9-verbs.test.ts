/**
 * Verb, idiom and construction families of the article-accuracy work (issue 5, session 9, verbs part): each test
 * codes invented news sentences through the whole pipeline (`createAnnals`, article coreference on) and checks
 * the dyad and CAMEO code an expert would give them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals({ coder: { requireDyad: true } });
const code = eventCoder(annals, '2012-11-20');

test("a state's army and a regional or sectarian force of that state that exchange fire fight each other (190)", () => {
  const a = code('Iraqi soldiers and Kurdish peshmerga fighters exchanged fire near Kirkuk on Friday.');
  assert.ok(hasEvent(a, 'IRQMIL', '19', 'IRQMILKURREB'), a.join('; '));
  assert.ok(hasEvent(a, 'IRQMILKURREB', '19', 'IRQMIL'), a.join('; '));
  // The bystanders the clash left dead are not whom either side fought.
  const b = code('Iraqi soldiers and Kurdish peshmerga fighters traded fire in a border town, leaving two civilians dead.');
  assert.ok(hasEvent(b, 'IRQMIL', '19', 'IRQMILKURREB'), b.join('; '));
  assert.ok(!b.some((g) => g.endsWith(' IRQCVL')), b.join('; '));
  // One state's army and police do not fight each other; an attack's victims stay its targets.
  const c = code('Iraqi soldiers and policemen refused to fight.');
  assert.ok(!c.some((g) => g.split(' ')[1].startsWith('19')), c.join('; '));
  const d = code('A car bomb exploded near a police checkpoint in Baquba, killing four policemen.');
  assert.ok(d.some((g) => / 18\d* \S*COP$/.test(g)), d.join('; '));
});

test('dismissing a warning rejects it (120), toward whoever made it', () => {
  const got = code('Turkey warned the Iraqi government on Monday that it would close the border. Iraqi officials dismissed the warning.');
  assert.ok(hasEvent(got, 'IRQGOV', '12', 'TURGOV') || hasEvent(got, 'IRQGOV', '12', 'TUR'), got.join('; '));
});

test("the giver's own state named on the help offered is no target of the offer", () => {
  const a = code("Vice President Joe Biden offered Washington's help to the Iraqi government.");
  assert.ok(hasEvent(a, 'USAGOV', '03', 'IRQGOV'), a.join('; '));
  assert.ok(!a.some((g) => g.endsWith(' USA')), a.join('; '));
  const b = code('Vice President Joe Biden offered American help in setting up a joint security mechanism.');
  assert.ok(!b.some((g) => g.endsWith(' USA')), b.join('; '));
  // Support names whom it backs that way.
  const c = code("The Kurdish Democratic Party backed Prime Minister Nouri al-Maliki's campaign against the militias.");
  assert.ok(c.some((g) => / 05\d* IRQGOV$/.test(g)), c.join('; '));
});

test("a summoned charge d'affaires stands for the government that sent him, and is no charge", () => {
  const a = code("Turkey's Foreign Ministry summoned the Iraqi charge d'affaires to protest.");
  assert.ok(hasEvent(a, 'TURGOV', '11', 'IRQGOV'), a.join('; '));
  const b = code("Turkish Prime Minister Recep Tayyip Erdogan accused Maliki of stoking sectarian tensions. Iraq's Foreign Ministry summoned the Turkish charge d'affaires.");
  assert.ok(hasEvent(b, 'IRQGOV', '11', 'TURGOV'), b.join('; '));
});

test('flying or travelling somewhere for talks or a meeting with someone is a visit (042) to that someone', () => {
  const a = code('U.S. Ambassador Robert Beecroft flew to Erbil for talks with Kurdish leader Massoud Barzani.');
  assert.ok(hasEvent(a, 'USAGOV', '042', 'IRQGOVKUR'), a.join('; '));
  const b = code('Secretary of State Condoleezza Rice traveled to Basra for a meeting with Prime Minister Nouri al-Maliki.');
  assert.ok(hasEvent(b, 'USAGOV', '042', 'IRQGOV'), b.join('; '));
});

test('a deadline set for another actor, given or reported, is an ultimatum (139)', () => {
  const a = code('Prime Minister Nouri al-Maliki told reporters that the Mahdi Army had "until the end of the year" to hand over its weapons.');
  assert.ok(hasEvent(a, 'IRQGOV', '139', 'IRQREBSHI'), a.join('; '));
  const b = code('Prime Minister Nouri al-Maliki said the Mahdi Army had 72 hours to leave the shrine.');
  assert.ok(hasEvent(b, 'IRQGOV', '139', 'IRQREBSHI'), b.join('; '));
  const c = code('Prime Minister Nouri al-Maliki gave the Mahdi Army until Friday to hand over its weapons.');
  assert.ok(hasEvent(c, 'IRQGOV', '139', 'IRQREBSHI'), c.join('; '));
  // An obligation with no time limit stays a demand; weapons given for a time stay aid.
  const d = code('Prime Minister Nouri al-Maliki said the Mahdi Army has to hand over its weapons.');
  assert.ok(hasEvent(d, 'IRQGOV', '100', 'IRQREBSHI'), d.join('; '));
  const e = code('Prime Minister Nouri al-Maliki gave the Sunni tribes weapons until the end of the year.');
  assert.ok(!e.some((g) => g.split(' ')[1] === '139'), e.join('; '));
});

test('rethinking ties, or considering a hostile step, on a condition another actor must meet is a threat to it (13)', () => {
  const a = code('The United States would reconsider its commitment if the Iraqi government failed to keep its promises.');
  assert.ok(hasEvent(a, 'USAGOV', '13', 'IRQGOV'), a.join('; '));
  const b = code('The Sadrist bloc would consider withdrawing its six ministers from the Iraqi government if Maliki failed to respond.');
  assert.ok(hasEvent(b, 'IRQPTYSDR', '13', 'IRQGOV'), b.join('; '));
  // Considering talks on a condition threatens no one.
  const c = code('The Iraqi government would consider new talks with the Kurdish Regional Government if the violence ended.');
  assert.ok(!c.some((g) => g.split(' ')[1].startsWith('13')), c.join('; '));
});

test('forces firing into the air to disperse a crowd use violent repression on it (175), not an attack on the place', () => {
  const a = code('Iraqi army troops fired into the air to disperse a crowd that tried to march on a checkpoint east of Ramadi.');
  assert.ok(hasEvent(a, 'IRQMIL', '175', 'IRQCVL'), a.join('; '));
  assert.ok(!a.some((g) => g.startsWith('IRQMIL 19')), a.join('; '));
  const b = code('Iraqi army troops fired into the air to disperse a crowd of protesters.');
  assert.ok(!b.some((g) => g.startsWith('IRQMIL 18')), b.join('; '));
  // Fire aimed at someone stays an attack.
  const c = code('Iraqi troops fired on insurgents in Ramadi.');
  assert.ok(hasEvent(c, 'IRQMIL', '19', 'IRQREB'), c.join('; '));
});
