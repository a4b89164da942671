/**
 * Fixes made while merging the session-14 parts: a state's spokesman speaking for it in the third person inside a
 * quotation keeps its demands, refusals and threats (the `quoted-claim` filter drops only third parties' acts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder } from './testing.js';

const code = eventCoder(createAnnals(), '2009-03-02');

test("a spokesman's quoted threat or refusal in his state's name stays; a third party's quoted act does not", () => {
  const threat = code('NAIROBI, Kenya (AP) - "Kenya will expel the Ugandan ambassador if the troops stay," Foreign Minister Moses Wetangula said.');
  assert.ok(threat.some((g) => /^KENGOV 13\d* /.test(g)), threat.join('; '));
  const refusal = code('NAIROBI, Kenya (AP) - "The Kenyan government will not negotiate with the rebels," a government spokesman said on Monday.');
  assert.ok(refusal.some((g) => /^KENGOV 12\d* /.test(g)), refusal.join('; '));
  const claim = code('NAIROBI, Kenya (AP) - "Ugandan soldiers are killing our children," said a farmer in Busia.');
  assert.ok(!claim.some((g) => /^UGAMIL /.test(g)), claim.join('; '));
});
