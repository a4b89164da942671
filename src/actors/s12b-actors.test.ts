/**
 * Actor conventions of the issue-5 work (helper s12b-actors), on invented sentences through the whole pipeline:
 * the subject of a stated condition is who must meet it, capitals as the sides of a relation, a regional seat as
 * the regional government, a human rights minister as the government.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { hasEvent } from '../events/testing.js';

const annals = createAnnals();
/** Events of an invented story, with the dateline a wire story has (its city is the article's home). */
const code = (text: string, dateline = 'BAGHDAD, June 3 (AP) -'): string[] =>
  annals.codeDocument({ id: 't', text, date: '2007-06-03', path: '-', dateline }).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);

test('"only if X set a date for the departure of the forces" is a demand on X, not on the forces', () => {
  const got = code(
    'A spokesman for the Sadr movement said the bloc would rejoin the coalition only if Prime Minister Nouri al-Maliki set a date for the departure of the "occupation forces".',
  );
  assert.ok(hasEvent(got, 'IRQPTYSDRGOV', '100', 'IRQGOV'), got.join('; '));
  assert.ok(!got.some((g) => / 100 USAMIL$/.test(g)), got.join('; '));
});

test('a visit to Erbil is aimed at the Kurdish regional government; a killing in Erbil keeps no such target', () => {
  const got = code('The Turkish trade minister visited Erbil on Monday.\n\nTwo soldiers were killed by a roadside bomb in Irbil on Monday.');
  assert.ok(hasEvent(got, 'TURGOVBUS', '04', 'IRQGOVKUR'), got.join('; '));
  assert.ok(!got.some((g) => / 1[89]\d* IRQGOVKUR$/.test(g)), got.join('; '));
});

test('"the human rights minister" is the government, not a rights body', () => {
  const got = code("Iraq's human rights minister accused the U.S. army of punishing an entire town.");
  assert.ok(hasEvent(got, 'IRQGOV', '112', 'USAMIL'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQHRI')), got.join('; '));
});

test('capitals named as the sides of talks ("talks between Damascus and Ankara") are their governments', () => {
  const got = code('The European Union offered to mediate talks between Damascus and Ankara.', 'BRUSSELS, June 3 (Reuters) -');
  assert.ok(hasEvent(got, 'IGOEUREEC', '03', 'SYRGOV'), got.join('; '));
  assert.ok(hasEvent(got, 'IGOEUREEC', '03', 'TURGOV'), got.join('; '));
  assert.ok(!got.some((g) => / (SYR|TUR)$/.test(g)), got.join('; '));
});
