import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { hasEvent } from '../events/testing.js';

const annals = createAnnals({ geo: false });
const code = (text: string, dateline = 'BAGHDAD, May 3 (Reuters) -'): string[] =>
  annals.codeDocument({ id: 't', text, date: '2006-05-03', path: '-', dateline }).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);

test('"the Shiite alliance" is a party bloc, and "the alliance" after it is that bloc, not a Kurdish one named before', () => {
  const got = code(
    'The Kurdish alliance criticized the interior minister on Sunday. ' +
      'The Shiite alliance nominated a new candidate for prime minister. ' +
      'Sunni leaders warned the alliance that they would quit the talks.',
  );
  assert.ok(got.some((g) => /^IRQ\w* 13\d* IRQPTYSHI$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 13\d* IRQLEGKUR$/.test(g)), got.join('; '));
});

test('an object "it" of a subjectless clause is the body the sentence named before, not the clause\'s understood subject', () => {
  const got = code(
    'The Kurdish alliance met the president on Monday. ' +
      'President Jalal Talabani wrote to the Sunni coalition on Tuesday, asking it to end its boycott of parliament.',
  );
  assert.ok(got.some((g) => /^IRQGOV 02\d* IRQPTYSUN$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 02\d* IRQLEGKUR$/.test(g)), got.join('; '));
});

test('"calling it": a thing the sentence names as an object is what "it" is, not a place named before', () => {
  const got = code(
    'A U.S. general accused Iran of arming the militias. ' +
      "Iran's embassy in Baghdad rejected the accusation on Friday, calling it baseless.",
  );
  assert.ok(!got.some((g) => /^IRN\w* \d+ IRQ/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^IRN\w* 016 USA/.test(g)), got.join('; '));
});
