/**
 * Precision families of session 22 (helper s22-spurious), on invented sentences through the whole pipeline, each with
 * its filter off to show it is the rule that removes them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder } from './testing.js';

const base = createAnnals();
const code = eventCoder(base, '2009-03-02');
const withoutRule = (rule: string) => eventCoder(createAnnals({ filters: { [rule]: false }, reuse: base }), '2009-03-02');

test('populace-protection: protecting residents, workers or investors is a mission, no dyad', () => {
  const off = withoutRule('populace-protection');
  const residents = 'BAGHDAD (AP) - Kurdish peshmerga forces entered the town on Sunday to protect residents, a Kurdish official said.';
  assert.ok(!code(residents).some((g) => / 07\d* IRQCVL$/.test(g)), code(residents).join('; '));
  assert.ok(off(residents).some((g) => /^IRQMILKUR 07\d* IRQCVL$/.test(g)), off(residents).join('; '));
  const workers = 'ROME (AP) - Italy said on Monday it would send 200 soldiers to protect the Italian engineers and workers repairing the dam.';
  assert.ok(!code(workers).some((g) => / 033\d* ITALAB$/.test(g)), code(workers).join('; '));
  assert.ok(off(workers).some((g) => / 033\d* ITALAB$/.test(g)), off(workers).join('; '));
  const investors = 'BAGHDAD (AP) - The new prime minister promised on Tuesday to protect foreign investors and diplomatic missions.';
  assert.ok(!code(investors).some((g) => / 033\d* MNC$/.test(g)), code(investors).join('; '));
  assert.ok(off(investors).some((g) => / 033\d* MNC$/.test(g)), off(investors).join('; '));
});

test('populace-protection keeps protection of a named side', () => {
  const named = code('BAGHDAD (AP) - The Kurdish regional government said on Sunday it would protect Vice President Tareq al-Hashemi.');
  assert.ok(named.includes('IRQGOVKUR 0334 IRQGOV'), named.join('; '));
  const kurds = code('WASHINGTON (AP) - American troops protected the Kurds in the north for a decade.');
  assert.ok(kurds.some((g) => /^USAMIL 074 /.test(g)), kurds.join('; '));
});

test("own-populace judges a denial's taken target too: the police chief's denial is not aimed at his own town's residents", () => {
  const text =
    'BAGHDAD (AP) - Police opened fire on a crowd of residents in Kut on Friday, killing three people, witnesses said. ' +
    'The provincial police chief denied that his men had fired at the crowd.';
  assert.ok(!code(text).some((g) => / 016 IRQCVL$/.test(g)), code(text).join('; '));
  const off = withoutRule('own-populace')(text);
  assert.ok(off.includes('IRQCOP 016 IRQCVL'), off.join('; '));
  // The shooting itself stays.
  assert.ok(code(text).includes('IRQCOP 180 IRQCVL'), code(text).join('; '));
});
