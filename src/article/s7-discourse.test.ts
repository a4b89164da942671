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

test('"a charge X denies" appended to an accusation is X\'s denial aimed at the accuser; "he" there is the accused', () => {
  const got = code('Syrian officials accused Jordan of sheltering the smugglers, a charge Amman has always denied.', 'DAMASCUS, May 3 (Reuters) -');
  assert.ok(got.some((g) => /^JOR\w* 016 SYR/.test(g)), got.join('; '));
  const he = code(
    'The Kurdish leader Massoud Barzani met the U.S. ambassador on Monday. ' +
      'Turkish generals have accused Barzani of arming the rebels, a charge he denies.',
    'ANKARA, May 3 (Reuters) -',
  );
  assert.ok(he.some((g) => /^IRQ\w* 016 TUR/.test(g)), he.join('; '));
  assert.ok(!he.some((g) => /^TUR\w* 016/.test(g)), he.join('; '));
});

test('a rejection that names a claim or an offer is aimed at the one who made it, not at the last act aimed at the rejecter', () => {
  const claim = code(
    'The Syrian government has in turn accused Lebanon of arming the rebels. Israeli troops detained two Lebanese shepherds on Thursday. ' +
      'The Lebanese ambassador dismissed the claim as baseless.',
    'BEIRUT, May 3 (Reuters) -',
  );
  assert.ok(claim.some((g) => /^LBN\w* 016 SYR/.test(g)), claim.join('; '));
  assert.ok(!claim.some((g) => /^LBN\w* 016 ISR/.test(g)), claim.join('; '));
  const offer = code('Prime Minister Nouri al-Maliki promised that the government would review the cases of the detainees one by one. But the Sunni bloc rejected the offer.');
  assert.ok(offer.some((g) => /^IRQPTYSUN 12\d* IRQGOV/.test(g)), offer.join('; '));
});

test('"the alliance" is the body last called an alliance, not one mentioned since by another word', () => {
  const got = code(
    'The Kurdish alliance criticized the choice on Monday. The Shiite alliance chose a new candidate for prime minister on Sunday. ' +
      'The Kurds want control of Kirkuk. Sunni leaders warned the alliance on Tuesday that they would boycott parliament.',
  );
  assert.ok(got.some((g) => / 13\d* IRQPTYSHI$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 13\d* IRQKUR$/.test(g)), got.join('; '));
});

test('a figure named early is still known by his short name after fifty other actors', () => {
  const countries = ['France', 'Germany', 'Italy', 'Spain', 'Portugal', 'Greece', 'Poland', 'Hungary', 'Austria', 'Belgium',
    'Norway', 'Sweden', 'Finland', 'Denmark', 'Ireland', 'Brazil', 'Chile', 'Peru', 'Argentina', 'Mexico', 'Canada',
    'Japan', 'China', 'India', 'Pakistan', 'Egypt', 'Jordan', 'Lebanon', 'Kuwait', 'Qatar', 'Oman', 'Yemen', 'Kenya',
    'Nigeria', 'Ghana', 'Senegal', 'Morocco', 'Tunisia', 'Algeria', 'Libya', 'Sudan', 'Ethiopia', 'Uganda', 'Tanzania',
    'Zambia', 'Angola', 'Indonesia', 'Malaysia', 'Thailand', 'Vietnam', 'Australia', 'Romania', 'Bulgaria', 'Serbia'];
  const filler: string[] = [];
  for (let k = 0; k < countries.length; k += 6) filler.push(`Envoys from ${countries.slice(k, k + 6).join(', ')} attended the donors' meeting.`);
  const got = code(['British Foreign Secretary Jack Straw arrived in Baghdad on Monday.', ...filler, 'Straw criticized the Iraqi leaders for the delay.'].join(' '));
  assert.ok(got.some((g) => /^GBR\w* 111 IRQ/.test(g)), got.join('; '));
});

test('", which X denies" after an accusation is X\'s denial aimed at the accuser; a state denies through its government', () => {
  const got = code('Saudi officials accused Yemen of harbouring the gunmen, which Sanaa denies.', 'RIYADH, May 3 (Reuters) -');
  assert.ok(got.some((g) => /^YEMGOV 016 SAU/.test(g)), got.join('; '));
  // No accusation before it: no accuser is guessed (the unknown claimant at most, session 17).
  const none = code('The ministry announced new rules for imports, which Yemen denies.', 'RIYADH, May 3 (Reuters) -');
  assert.ok(!none.some((g) => / 016 (?!---$)/.test(g)), none.join('; '));
});
