/**
 * Coding conventions of helper s11b-conv, on invented sentences through the whole pipeline: offers of help or
 * mediation from abroad naming no addressee (offersToHome in src/events/conventions.ts) and boycotts announced
 * for the future or threatened (the modality of src/context/modality.ts and src/events/intent.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2009-03-18');

test('a foreign state offering to help end the fighting, naming no one, offers it to the home government (03x)', () => {
  const got = code(
    'NAIROBI (Reuters) - Kenyan police clashed with opposition supporters in Kisumu on Tuesday.\n\n' + 'Uganda offered on Wednesday to help end the unrest.',
  );
  assert.ok(got.some((g) => /^UGA\w* 03\d* KENGOV$/.test(g)), got.join('; '));
});

test('an international body offering to mediate, naming no one, offers it to the home government (039)', () => {
  const got = code(
    'NAIROBI (Reuters) - Kenyan police clashed with opposition supporters in Kisumu on Tuesday.\n\n' + 'The African Union offered to mediate.',
  );
  assert.ok(got.some((g) => /^IGO\w* 039 KENGOV$/.test(g)), got.join('; '));
});

test("a home actor's offer to mediate is not made to its own government by this convention", () => {
  const got = code(
    'NAIROBI (Reuters) - Kenyan police clashed with opposition supporters in Kisumu on Tuesday.\n\n' + 'A Kenyan Anglican bishop offered to mediate.',
  );
  assert.ok(!got.some((g) => /^KEN\w* 03\d* KENGOV$/.test(g)), got.join('; '));
});

test('lawmakers who, a leader said, would boycott parliament only threaten it (13x), no boycott (163)', () => {
  const got = code('BAGHDAD (AP) - A Kurdish leader said the Kurdistan Alliance legislators would boycott parliament.');
  assert.ok(!got.some((g) => / 163 /.test(g)), got.join('; '));
  assert.ok(got.some((g) => / 13\d* \w*(LEG|GOV)\w*$/.test(g)), got.join('; '));
});

test('a bloc threatening to pull out of the cabinet threatens (13x), no withdrawal done', () => {
  const got = code('BAGHDAD (AP) - The Kurdish alliance threatened on Sunday to pull out of the cabinet.');
  assert.ok(!got.some((g) => / 16\d* /.test(g)), got.join('; '));
  assert.ok(got.some((g) => / 13\d* IRQGOV$/.test(g)), got.join('; '));
});

test('a boycott a leader says lawmakers would stage unless another side acts is a conditional threat (13x), no boycott (163)', () => {
  const got = code("BAGHDAD (AP) - Tariq al-Hashemi, another of its leaders, said Sunni politicians would boycott parliament's first session unless the arrests ended.");
  assert.ok(!got.some((g) => / 163 /.test(g)), got.join('; '));
  assert.ok(got.some((g) => / 13\d* /.test(g)), got.join('; '));
});

test('a boycott of an election threatened on a condition, aimed at no one, is a threat (13x) against the government', () => {
  const got = code('ERBIL, Iraq (AP) - Kurdish leader Massoud Barzani said the Kurds would boycott the election if the seats were cut.');
  assert.ok(got.some((g) => /^IRQ\w* 13\d* IRQGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 16\d* /.test(g)), got.join('; '));
});
