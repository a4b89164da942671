/**
 * Coding conventions of the issue-5 work (helper s11-conventions), on invented sentences through the
 * whole pipeline: arrests (src/events/custody.ts) and walkouts, boycotts and resignations
 * (withdrawalsAsBoycotts in src/events/conventions.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2009-03-18');

test('unnamed people arrested are the unknown actor ---', () => {
  const got = code('KIRKUK, Iraq (AP) - Police in Kirkuk arrested three men in connection with the blast on Tuesday.');
  assert.ok(hasEvent(got, 'IRQCOP', '173', '---'), got.join('; '));
});

test('a raid that ends in arrests is the arrest, against the group the arrested are said to belong to', () => {
  const got = code(
    'BASRA, Iraq (AP) - British and Iraqi troops raided a neighbourhood of Basra before dawn, arresting nine men suspected of belonging to a Mahdi Army cell.',
  );
  assert.ok(got.some((g) => /^(GBRMIL|IRQMIL) 173 IRQREBSHI$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 19\d* IRQ$/.test(g)), got.join('; '));
});

test('"a man the army described as an X commander": the arrest is aimed at X, not at the describer', () => {
  const got = code('RAMADI, Iraq (AP) - Iraqi soldiers raided a house in Ramadi and detained a man the army described as a senior al Qaeda in Iraq commander.');
  assert.ok(got.some((g) => /^IRQMIL 173 IRQREB/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 17\d* \w*MIL$/.test(g)), got.join('; '));
});

test('people arrested on suspicion are unknown; an accused arrest is no arrest; a bare number keeps its conjunct', () => {
  const got = code(
    'MOSUL, Iraq (AP) - The police chief said his officers had arrested two people suspected of helping the bomber.\n\n' +
      'The Marines killed five insurgents near Hit and detained 21.\n\n' +
      'A Sunni lawmaker accused Kurdish police of detaining Arab men without warrants.',
  );
  assert.ok(hasEvent(got, 'IRQCOP', '173', '---'), got.join('; '));
  assert.ok(!got.some((g) => /173 ---$/.test(g) && g.startsWith('USAMIL')), got.join('; '));
  assert.ok(!got.some((g) => / 173 IRQSUN$/.test(g)), got.join('; '));
});

test('a walkout from a session or a boycott of a vote is 163 against the legislature, not the town it sits in', () => {
  const got = code(
    'BAGHDAD (AP) - Kurdish lawmakers walked out of a session in Baghdad on Monday in protest.\n\n' +
      "The Accordance Front boycotted Sunday's vote.",
  );
  assert.ok(got.some((g) => /^IRQ\w* 163 IRQLEG$/.test(g) && g.includes('LEG')), got.join('; '));
  assert.ok(hasEvent(got, 'IRQPTYSUN', '163', 'IRQLEG'), got.join('; '));
  assert.ok(!got.some((g) => g.endsWith(' IRQ')), got.join('; '));
});

test('lawmakers walking out in protest over a proposal leave their legislature (163), no protest against the proposers', () => {
  const got = code('BAGHDAD (AP) - Iraqi Sunni lawmakers walked out in protest over a proposal by Shiite members.');
  assert.ok(got.some((g) => /^IRQ\w*LEG\w* 163 IRQLEG$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 14\d* IRQSHI$/.test(g)), got.join('; '));
});

test('ministers resigning over an act, or announcing their resignation, leave their government (163)', () => {
  const got = code(
    "BAGHDAD (AP) - Three Iraqi cabinet ministers resigned over the bombing.\n\n" + "Iraq's planning minister, Ali Baban, announced his resignation on Monday.",
  );
  assert.ok(got.some((g) => /^IRQGOV\w* 163 IRQGOV$/.test(g)), got.join('; '));
  assert.ok(hasEvent(got, 'IRQGOV', '163', 'IRQGOV'), got.join('; '));
  assert.ok(!got.some((g) => / 083\d? /.test(g)), got.join('; '));
});

test('pulling ministers out of the cabinet, beside a boycott of parliament, is 163 against the government', () => {
  const got = code('BAGHDAD (AP) - The Accordance Front has boycotted sessions of parliament since June and pulled its five ministers out of the cabinet.');
  assert.ok(hasEvent(got, 'IRQPTYSUN', '163', 'IRQLEG'), got.join('; '));
  assert.ok(hasEvent(got, 'IRQPTYSUN', '163', 'IRQGOV'), got.join('; '));
});

test('a conditional or threatened boycott is left to the modality rules; a council session is no national legislature', () => {
  const got = code(
    'BAGHDAD (AP) - The Accordance Front would boycott the first session if the alliance insisted on Jaafari.\n\n' +
      'Arab members walked out of a council session in Mosul on Monday.',
  );
  assert.ok(!got.some((g) => / 163 IRQLEG$/.test(g)), got.join('; '));
});

test('opposition figures walking out of talks, known only through a coreferent, are not coded against the legislature', () => {
  const got = code(
    'NAIROBI (Reuters) - Opposition members of parliament met the bishops on Monday.\n\n' + 'The talks collapsed in June when the opposition walked out.',
  );
  assert.ok(!got.some((g) => / 163 KENLEG$/.test(g)), got.join('; '));
});

test('troops storming a protest camp is repression (175) of the protesters, not an attack on the town', () => {
  const got = code(
    'FALLUJAH, Iraq (AP) - Tribal sheikhs in Anbar threatened on Thursday to fight the government, two days after Iraqi troops stormed a protest camp in the town of Hit.',
  );
  assert.ok(hasEvent(got, 'IRQMIL', '175', 'IRQOPP'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQMIL') && g.endsWith(' IRQ')), got.join('; '));
});

test('organizers of a rally arrested are the protesters (the opposition of the arresting state)', () => {
  const got = code('RAMADI, Iraq (AP) - Iraqi police detained four organizers of a Friday rally on Saturday.');
  assert.ok(hasEvent(got, 'IRQCOP', '173', 'IRQOPP'), got.join('; '));
});
