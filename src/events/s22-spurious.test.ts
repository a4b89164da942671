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
