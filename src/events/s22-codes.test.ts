/**
 * Actor-code families of the issue-5 work (helper s22-codes), on invented sentences: a legislature named as the
 * place of a vote, of seats or of a sit-in ("a vote in parliament") is a scene, not the target of the act.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder } from './testing.js';

const code = eventCoder(createAnnals(), '2012-03-04');

test('"accept a vote in parliament", "approved by a vote in parliament": the legislature is where the vote is held, no target', () => {
  for (const text of [
    'BAGHDAD (AP) - Prime Minister Nouri al-Maliki said he might accept a vote in parliament on the budget.',
    'BAGHDAD (AP) - The Americans proposed that the agreement be approved by a vote in parliament.',
  ]) {
    const got = code(text);
    assert.ok(!got.some((g) => g.endsWith(' IRQLEG')), `${text}: ${got.join('; ')}`);
  }
  // A legislature that is itself what the act is about stays the target.
  const kept = code('BAGHDAD (AP) - The Kurdish bloc suspended its participation in parliament. Sadr\'s followers boycotted parliament.');
  assert.equal(kept.filter((g) => g.endsWith(' IRQLEG')).length, 2, kept.join('; '));
});
