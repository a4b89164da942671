/**
 * Coding conventions of the issue-5 work (helper s12-conventions), on invented sentences through the whole
 * pipeline: arrests of suspects (src/events/custody.ts) and the other expert conventions this part adds.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { hasEvent } from './testing.js';

const annals = createAnnals();
/** Events of an invented story, with the dateline a wire story has (its city is the article's home). */
const code = (text: string, dateline = 'BAGHDAD, March 18 (AP) -'): string[] =>
  annals.codeDocument({ id: 't', text, date: '2009-03-18', path: '-', dateline }).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);

test('suspects soldiers detain are the country\'s rebels, not criminals; suspects the police hold stay unknown', () => {
  const got = code(
    'Iraqi soldiers killed two gunmen in a raid near Hawija and detained 11 suspects.\n\n' +
      'Police in Kirkuk said they had arrested three suspects.',
  );
  assert.ok(hasEvent(got, 'IRQMIL', '173', 'IRQREB'), got.join('; '));
  assert.ok(!got.some((g) => / 17\d* \w*CRM$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRQCOP 173 IRQREB$/.test(g)), got.join('; '));
});

test('men suspected of an attack whom troops detain are rebels; men detained with no suspicion stay unknown', () => {
  const got = code(
    'U.S. troops raided a house in Shaab and detained three men suspected of planting the roadside bomb.\n\n' +
      'Iraqi police detained two men in Basra on Monday.',
  );
  assert.ok(hasEvent(got, 'USAMIL', '173', 'IRQREB'), got.join('; '));
  assert.ok(hasEvent(got, 'IRQCOP', '173', '---'), got.join('; '));
});

test('an arrest hung on another act of the arresters ("freed ..., arresting ...") is theirs', () => {
  const got = code(
    'Iraqi officials said a car bomb killed six people in Baquba.\n\n' +
      'The U.S. military said American soldiers had stormed a farm near Balad and freed two hostages, arresting four suspects.',
  );
  assert.ok(hasEvent(got, 'USAMIL', '173', 'IRQREB'), got.join('; '));
});

test('"detaining five men the military described as members of X": an arrest of X, nothing against the describer', () => {
  const got = code(
    'Iraqi officials said a car bomb killed six people in Baquba.\n\n' +
      'American soldiers raided a village near Hilla, detaining five men the military described as members of a "special group" that smuggled rockets from Iran.',
  );
  assert.ok(hasEvent(got, 'USAMIL', '173', 'IRQREBSHI'), got.join('; '));
  assert.ok(!got.some((g) => / USAMIL$/.test(g)), got.join('; '));
});

test('an arrest in "a Shiite district" is no arrest of Shiites: it is recoded against the arrested', () => {
  const got = code('U.S. and Iraqi troops raided a house in Hurriya, a Shiite district in western Baghdad, and detained a man the army described as a senior Mahdi Army commander.');
  assert.ok(got.some((g) => /^(USAMIL|IRQMIL) 173 IRQREBSHI$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / IRQSHI$/.test(g)), got.join('; '));
});

test('"offered the United Nations\' help": the U.N. offers it, to the home government, not to itself', () => {
  const got = code(
    'Iraqi police fired tear gas at protesters in Basra on Sunday.\n\n' +
      'The Swedish diplomat, who met the prime minister on Monday, offered the United Nations\' help in opening talks between the government and the protesters.',
  );
  assert.ok(hasEvent(got, 'IGOUNO', '03', 'IRQGOV'), got.join('; '));
  assert.ok(!got.some((g) => / 03\d* IGOUNO$/.test(g)), got.join('; '));
});

test('"the world body" is the United Nations; its readiness to support a mediation is an offer to the home government', () => {
  const got = code(
    'Iraqi police fired tear gas at protesters in Basra on Sunday.\n\n' + 'The U.N. envoy, Martin Kobler, said the world body was ready to support any mediation.',
  );
  assert.ok(hasEvent(got, 'IGOUNO', '03', 'IRQGOV'), got.join('; '));
});

test('soldiers among the arresters ("U.S. and Iraqi troops") make the suspects they hold rebels for every arrester', () => {
  const got = code('U.S. and Iraqi troops raided a farm near Tarmiya before dawn and detained seven men suspected of planting roadside bombs.');
  assert.ok(hasEvent(got, 'IRQMIL', '173', 'IRQREB'), got.join('; '));
  assert.ok(!got.some((g) => / 17\d* ---$/.test(g)), got.join('; '));
});

test('"raided a house in X, the district that is the sheikh\'s base, and detained ...": the raiders arrest', () => {
  const got = code(
    "Iraqi soldiers raided a house in Hurriya, the crowded district in western Baghdad that is the sheikh's base, and detained a man the army described as a senior Mahdi Army commander.",
  );
  assert.ok(hasEvent(got, 'IRQMIL', '173', 'IRQREBSHI'), got.join('; '));
});

test('a government ordering an inquiry that names no one looks into its own officials (090 against itself)', () => {
  const got = code('The Iraqi government ordered an investigation into the insults that the prisoner suffered in his last hours.');
  assert.ok(hasEvent(got, 'IRQGOV', '09', 'IRQGOV'), got.join('; '));
  assert.ok(!got.some((g) => / 09\d* IRQ(CVL|CRM|ELI)$/.test(g)), got.join('; '));
});

test('an inquiry after a foreign raid looks into the raiders; a body "investigating" alone is left uncoded', () => {
  const got = code(
    'U.S. troops raided a house in the Shaab district on Sunday, killing three men, residents said.\n\n' +
      "Maliki's office said the prime minister had ordered a joint Iraqi-American investigation.\n\n" +
      'The Iraqi army said it was investigating.',
  );
  assert.ok(hasEvent(got, 'IRQGOV', '09', 'USAMIL'), got.join('; '));
  assert.ok(!got.some((g) => /^IRQMIL 09/.test(g)), got.join('; '));
});

test('a walkout told after another clause is by its own subject, not the first clause\'s', () => {
  const got = code(
    'Iraqi soldiers opened fire on protesters in Basra on Sunday, as the Sunni Endowment condemned the killings and the Accordance Front walked out of parliament.',
  );
  assert.ok(hasEvent(got, 'IRQPTYSUN', '16', 'IRQLEG'), got.join('; '));
  assert.ok(!got.some((g) => /^IRQMIL 16/.test(g)), got.join('; '));
});

test('closing a border with a state is a sanction (172) on that state, not a blockade of one\'s own country', () => {
  const got = code(
    'Iraqi police fired tear gas at protesters in Basra on Sunday.\n\n' +
      "The government said it had closed Iraq's borders with Kuwait and Jordan for 48 hours to stop smugglers.\n\n" +
      'Syria sealed its border with Iraq on Monday.',
  );
  assert.ok(got.some((g) => /^IRQGOV 172 KWT/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^IRQGOV 172 JOR/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^SYR\w* 172 IRQ/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 19\d* IRQ$/.test(g)), got.join('; '));
});

test('halting flights to and from a region is an embargo (163) on the region, not an act against the requester', () => {
  const got = code(
    'Iraqi police fired tear gas at protesters in Basra on Sunday.\n\n' +
      "Turkey halted all flights to and from the Kurdish region at Baghdad's request, a spokesman for the aviation authority said.",
  );
  assert.ok(hasEvent(got, 'TURGOV', '163', 'IRQKUR'), got.join('; '));
  assert.ok(!got.some((g) => /^TURGOV \d+ IRQGOV$/.test(g)), got.join('; '));
});
