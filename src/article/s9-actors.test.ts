/**
 * Actor families of the issue-5 work (helper s9-actors): who an actor is when the sentence
 * names it only by a role, on invented sentences through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from '../events/testing.js';

const annals = createAnnals();

test('"the Kurdish parties" are no Shiite parties called "parties" before, and "the government" they urge is their country\'s, not the foreign one named last', () => {
  const got = eventCoder(annals, '2008-06-20')(
    'BAGHDAD (Reuters) - Iraqi Prime Minister Nouri al-Maliki met Shiite parties on Monday to discuss the security pact.\n\n' +
      'The Shiite parties said they would study the text.\n\n' +
      'The Bush administration said it hoped for an agreement by July.\n\n' +
      'The Kurdish parties urged the government to sign the agreement.',
  );
  assert.ok(hasEvent(got, 'IRQKUR', '02', 'IRQGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQPTYSHI 02') || g.endsWith('USAGOV')), got.join('; '));
});

test('an ambassador named with no country in a story about Iraq is the envoy of the foreign power the article names, never an Iraqi official', () => {
  const got = eventCoder(annals, '2010-03-14')(
    'BAGHDAD (Reuters) - The United States urged Iraqi leaders on Sunday to form a government quickly.\n\n' +
      'U.S. officials said Washington would not take sides.\n\n' +
      'Ambassador Thomas Whitfield met Maliki on Saturday, embassy officials said.',
  );
  assert.ok(hasEvent(got, 'USAGOV', '04', 'IRQGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQGOV 04')), got.join('; '));
});

test('a charge d\'affaires is his government\'s envoy (TURGOV), not the bare country', () => {
  const got = eventCoder(annals, '2013-01-09')("BAGHDAD (Reuters) - Iraq's Foreign Ministry summoned the Turkish charge d'affaires on Monday.");
  assert.ok(got.some((g) => /^IRQGOV 1\d+ TURGOV$/.test(g)), got.join('; '));
});

test('an undated article is dated by the office a title gives a person ("Interim Prime Minister Iyad Allawi"), not by the years of his exile that older names share', () => {
  const got = annals
    .codeDocument({
      id: 't',
      path: '-',
      date: null,
      dateline: 'BAGHDAD, Jan. 25 (Reuters) -',
      text:
        'BAGHDAD, Jan. 25 (Reuters) - Interim Prime Minister Iyad Allawi met Ashraf Qazi on Tuesday.\n\n' +
        'Jalal Talabani accused supporters of Saddam Hussein of attacking polling stations.\n\n' +
        'Allawi criticized Syria for the attacks.',
    })
    .events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);
  assert.ok(hasEvent(got, 'IRQGOV', '111', 'SYRGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQOPP')), got.join('; '));
});

test('bare forces ("commanders", "the military") right after one foreign state\'s forces are named are that state\'s, not the home country\'s', () => {
  const got = eventCoder(annals, '2004-11-10')(
    "BAGHDAD (Reuters) - Iraq's interim government condemned insurgents in Ramadi on Tuesday.\n\n" +
      'American Marines encircled the town of Hit on Wednesday.\n\n' +
      'The military accused insurgents of using civilians as shields.',
  );
  assert.ok(hasEvent(got, 'USAMIL', '112', 'IRQREB'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQMIL 112')), got.join('; '));
});

test('"X, whose leader Y ...": the unknown leader is X\'s (its party), not of a country named nearby', () => {
  const got = eventCoder(annals, '2004-04-10')(
    'BAGHDAD (Reuters) - Iraqi officials met on Saturday.\n\n' +
      'In a blow to the American project in Iraq, the Iraqi Islamic Party, whose leader Tariq Hamdoun sits on the council, suspended its work.\n\n' +
      'Hamdoun accused the government of ignoring the Sunnis.',
  );
  assert.ok(hasEvent(got, 'IRQPTYSUN', '112', 'IRQGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('USAGOV 112')), got.join('; '));
});
