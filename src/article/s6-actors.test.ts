/**
 * Actor families of the issue-5 work (helper s6-actors), on invented sentences through the
 * whole pipeline, plus the era estimate of undated articles.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { estimateEraDay } from '../actors/era.js';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from '../events/testing.js';

const annals = createAnnals();
/** Events of an undated text, as "SOURCE CAMEO TARGET". */
const undated = (text: string): string[] =>
  annals.codeDocument({ id: 't', text, date: null, path: '-' }).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);

test('era: the day most named people hold a dated role; each person counts once; none dated = undefined', () => {
  const pm = [{ from: 20060520, to: 20140908 }];
  const envoy = [{ from: 20070301, to: 20090213 }];
  const oldRuler = [{ from: 19790716, to: 20030409 }];
  const day = estimateEraDay([pm, envoy, oldRuler, envoy]);
  assert.ok(day !== undefined && day >= 20070301 && day <= 20090213, String(day));
  assert.equal(estimateEraDay([]), undefined);
  assert.equal(estimateEraDay([[]]), undefined);
  // One person alone: inside his tenure.
  const only = estimateEraDay([oldRuler]);
  assert.ok(only !== undefined && only >= 19790716 && only <= 20030409, String(only));
});

test('an undated article codes its named officials for the era they share (prime minister IRQGOV, envoy USAGOV), not as elites', () => {
  const got = undated(
    'BAGHDAD, March 3 (Reuters) - Maliki met Crocker and Petraeus in the Green Zone on Monday.\n\n' +
      'Crocker urged Maliki to sign the budget law before the holiday.',
  );
  assert.ok(hasEvent(got, 'USAGOV', '02', 'IRQGOV'), got.join('; '));
  assert.ok(!got.some((g) => /ELI/.test(g)), got.join('; '));
});

test('a relative phrase ("last week") is no publication date: only a written full date is', async () => {
  const { findDate } = await import('../ingest/dates.js');
  assert.equal(findDate('BAGHDAD, Oct. 23 (Reuters) - Parliament voted last week to authorise the army.'), null);
  assert.equal(findDate('BAGHDAD, Oct. 23, 2007 (Reuters) - Parliament voted last week.'), '2007-10-23');
});

test('"Senate Majority Leader Harry Reid": the body before the title is part of the named person\'s title (USALEG), not a home-country body', () => {
  const got = eventCoder(annals, '2007-05-02')(
    'BAGHDAD (Reuters) - Iraqi Prime Minister Nouri al-Maliki met Sunni leaders on Monday.\n\n' +
      'Senate Majority Leader Harry Reid accused the White House of ignoring the voters.',
  );
  assert.ok(hasEvent(got, 'USALEG', '11', 'USAGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQLEG')), got.join('; '));
});
