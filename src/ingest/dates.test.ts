import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDate, normalizeDate } from './dates.js';
import { parseArticle, splitDateline } from './text.js';

test('normalizeDate reads metadata date forms', () => {
  assert.equal(normalizeDate('2006-12-04'), '2006-12-04');
  assert.equal(normalizeDate('20080801'), '2008-08-01');
  assert.equal(normalizeDate('2006-12-04T23:30:00-05:00'), '2006-12-04');
  assert.equal(normalizeDate('2006/12/4'), '2006-12-04');
  assert.equal(normalizeDate('Dec. 4, 2006'), '2006-12-04');
  assert.equal(normalizeDate('20061304'), null);
  assert.equal(normalizeDate('2006-02-30'), null);
  assert.equal(normalizeDate('soon'), null);
});

test('findDate takes the first full date written in the text, never a partial one', () => {
  assert.equal(findDate('Published 4 December 2006 in the morning.'), '2006-12-04');
  assert.equal(findDate('Officials met on Dec. 4, 2006 in Baghdad.'), '2006-12-04');
  assert.equal(findDate('Posted 2006-12-04 08:00'), '2006-12-04');
  assert.equal(findDate('Monday, December 4, 2006'), '2006-12-04');
  assert.equal(findDate('BAGHDAD, Dec. 4 (Reuters) - On Monday the envoy spoke.'), null);
  assert.equal(findDate('The war began in 2003.'), null);
});

test('parseArticle: first short line is the title, a dateline is split off', () => {
  const a = parseArticle('Cabinet backs plan\n\nGAZA CITY, 6 December 2006 - The cabinet backed the plan.\n', false);
  assert.equal(a.title, 'Cabinet backs plan');
  assert.equal(a.dateline, 'GAZA CITY, 6 December 2006 -');
  assert.equal(a.date, '2006-12-06');
  assert.equal(a.text, 'The cabinet backed the plan.');
  // A one-line text is all body, and a normal lead sentence keeps its words.
  const b = parseArticle('The minister said on Monday that talks would resume - and they did.', false);
  assert.equal(b.title, undefined);
  assert.equal(b.dateline, undefined);
  assert.equal(b.text, 'The minister said on Monday that talks would resume - and they did.');
  // Hard-wrapped prose: the first line is short but is not a headline.
  const c = parseArticle('The envoy urged the prime minister on Monday to\ndisarm the militia, officials said.\n', false);
  assert.equal(c.title, undefined);
  assert.ok(c.text.startsWith('The envoy urged'));
  const d = parseArticle('Envoy urges disarmament\nBy Jane Doe\n\nThe envoy spoke.', false);
  assert.deepEqual([d.title, d.byline, d.text], ['Envoy urges disarmament', 'Jane Doe', 'The envoy spoke.']);
});

test('splitDateline: agency, capitals or a date make a dateline; ordinary leads stay whole', () => {
  const cases: [string, string | undefined][] = [
    ['WASHINGTON - The president spoke.', 'WASHINGTON -'],
    ['NEW YORK (Reuters) - Shares fell.', 'NEW YORK (Reuters) -'],
    ['Baghdad, 4 December 2006 — Talks began.', 'Baghdad, 4 December 2006 —'],
    ['Kabul (AFP) -- Karzai spoke.', 'Kabul (AFP) --'],
    ['SAN DIEGO, Calif., Dec. 4 (AP) - Navy ships left.', 'SAN DIEGO, Calif., Dec. 4 (AP) -'],
    ['LONDON/PARIS - Ministers met.', 'LONDON/PARIS -'],
    ['Ministers in London/Paris - all of them - met.', undefined],
    ['US President Bush - who arrived late - spoke.', undefined],
    ["Iraq's Prime Minister - in a speech - said no.", undefined],
  ];
  for (const [text, want] of cases) assert.equal(splitDateline(text).dateline, want, text);
  assert.equal(splitDateline('WASHINGTON - The president spoke.').text, 'The president spoke.');
});
