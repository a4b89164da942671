import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { findDate } from '../ingest/dates.js';
import { hasEvent } from '../events/testing.js';
import { datelineMonthDay } from './era.js';

const annals = createAnnals({ geo: false });
const undated = (text: string, dateline?: string): string[] =>
  annals.codeDocument({ id: 't', text, date: null, path: '-', dateline }).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);

test('an undated article takes the year its named people held their offices', () => {
  const text = 'Crocker accused Iran of arming the militias on Tuesday. Petraeus criticized Maliki for the delay.';
  const got = undated(text, 'BAGHDAD, Nov. 3 (AP) -');
  assert.ok(hasEvent(got, 'USAGOV', '112', 'IRN'), got.join('; '));
  assert.ok(hasEvent(got, 'USAMIL', '111', 'IRQGOV'), got.join('; '));
  // Without coreference (the sentence coder) nothing is inferred: the undated elite codes.
  const plain = createAnnals({ reuse: annals, coref: false, geo: false })
    .codeDocument({ id: 't', text, date: null, path: '-' })
    .events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);
  assert.ok(hasEvent(plain, 'USAELI', '112', 'IRN'), plain.join('; '));
});

test('one dated name alone does not date an article', () => {
  const got = undated('Crocker accused Iran of arming the militias on Tuesday.');
  assert.ok(hasEvent(got, 'USAELI', '112', 'IRN'), got.join('; '));
});

test('the dateline gives month and day; relative phrases give no document date', () => {
  assert.equal(datelineMonthDay('BAGHDAD, Jan. 16 (AP) -'), 116);
  assert.equal(datelineMonthDay('WASHINGTON, Sept 26 (Reuters)'), 926);
  assert.equal(datelineMonthDay('WASHINGTON (AP) -'), null);
  assert.equal(findDate('Parliament voted last week to let the army cross the border.'), null);
  assert.equal(findDate('The vote came 10 days ago, officials said.'), null);
  assert.equal(findDate('The vote came on Oct. 17, 2007, officials said.'), '2007-10-17');
});
