/**
 * Code-selection families of the issue-5 work (helper s23-roots), on invented sentences: events found with the right
 * source and target but the wrong CAMEO root. An invitation is the host's intent to meet (036) whatever it names.
 * People taken: escaped prisoners recaptured are arrested (173), people seized are abducted (181). A state's protest
 * is an official complaint (114), as a protest note handed to an envoy is.
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

test('escaped prisoners recaptured are arrested (173); a town recaptured is still taken ground (192)', () => {
  const got = code(`${CAIRO}Egyptian police recaptured 30 of the escaped prisoners on Tuesday.`);
  assert.ok(got.some((g) => g.startsWith('EGYCOP 173 ')), got.join('; '));
  assert.ok(!got.some((g) => / 192 /.test(g)), got.join('; '));
  const town = code(`${CAIRO}Syrian troops recaptured the town of Qusair from the rebels.`);
  assert.ok(town.some((g) => / 192 /.test(g)), town.join('; '));
});

test('people seized are abducted (181), not property confiscated (171)', () => {
  const got = code(`${CAIRO}Militants seized eleven Egyptian engineers near the Libyan border.`);
  assert.ok(got.some((g) => / 181 /.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 171 /.test(g)), got.join('; '));
  // Control: goods seized are still confiscated.
  const goods = code(`${CAIRO}Egyptian police seized Hamas weapons in a raid on Tuesday.`);
  assert.ok(goods.some((g) => / 1711 /.test(g)), goods.join('; '));
});

test('a government protesting, or handing an envoy a protest note, complains officially (114); a crowd protesting stays 14x', () => {
  const ministry = code(`${CAIRO}The Egyptian Foreign Ministry protested the shelling of the border town by Libya.`);
  assert.ok(ministry.some((g) => g.startsWith('EGYGOV 114 ')), ministry.join('; '));
  const note = code(`${CAIRO}Egypt's foreign ministry handed the Libyan ambassador a sharply worded protest note on Monday.`);
  assert.ok(hasEvent(note, 'EGYGOV', '114', 'LBYGOV'), note.join('; '));
  const crowd = code(`${CAIRO}Thousands of Egyptians protested the shelling of the border town by Libya.`);
  assert.ok(crowd.some((g) => / 14\d* /.test(g)) && !crowd.some((g) => / 114 /.test(g)), crowd.join('; '));
});
