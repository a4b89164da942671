/**
 * Code-selection families of the issue-5 work (helper s23-roots), on invented sentences: events found with the right
 * source and target but the wrong CAMEO root. An invitation is the host's intent to meet (036) whatever it names.
 * Each failed before its change.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2011-05-04');
const CAIRO = 'CAIRO, May 4 (AP) - ';

test('an invitation is an intent to meet (036), also when it names only a place or nothing at all', () => {
  for (const text of [
    `${CAIRO}Egyptian President Hosni Mubarak invited Iraqi Prime Minister Nouri al-Maliki to Cairo on Tuesday.`,
    `${CAIRO}Egyptian President Hosni Mubarak said he would invite Iraqi Prime Minister Nouri al-Maliki back.`,
  ]) {
    const got = code(text);
    assert.ok(hasEvent(got, 'EGYGOV', '036', 'IRQGOV'), `${text}: ${got.join('; ')}`);
    assert.ok(!got.some((g) => / 026 /.test(g)), `${text}: ${got.join('; ')}`);
  }
});
