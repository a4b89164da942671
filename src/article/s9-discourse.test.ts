import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';

const annals = createAnnals({ geo: false });
const code = (text: string, dateline = 'BAGHDAD, May 3 (Reuters) -', date = '2008-05-03'): string[] =>
  annals.codeDocument({ id: 't', text, date, path: '-', dateline }).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);

test('"the government" in an Iraqi story is Baghdad\'s, not the foreign administration named last', () => {
  const got = code(
    "Prime Minister Nouri al-Maliki's government turned down a U.S. offer of more advisers on Monday. " +
      'The Bush administration said it regretted the choice. Sunni clerics urged the government to resign.',
  );
  assert.ok(got.some((g) => / 02\d* IRQGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 02\d* USAGOV$/.test(g)), got.join('; '));
});

test('a reaction in a relative clause appended to an act ("..., a move the Kurds called a provocation") answers its author', () => {
  const got = code('Prime Minister Nouri al-Maliki sent army units to Kirkuk on Sunday, a move Kurdish officials condemned.');
  assert.ok(got.some((g) => /^IRQGOVKUR 11\d* IRQGOV$/.test(g)), got.join('; '));
  // No act coded and the main clause's subject no actor: the latest actor subject before the noun made the move.
  const later = code('Tensions rose on Sunday after Prime Minister Nouri al-Maliki dissolved the Kirkuk provincial council, a move Kurdish officials condemned.');
  assert.ok(later.some((g) => /^IRQGOVKUR 11\d* IRQGOV$/.test(g)), later.join('; '));
  // The main clause's act is not coded: its subject still made the proposal.
  const rejected = code("Iraq's Sunni clerics offered to end their boycott of the vote, a proposal the U.S. embassy rejected on Monday.");
  assert.ok(rejected.some((g) => /^USAGOV 12\d* IRQ\w*SUN/.test(g)), rejected.join('; '));
});

test('a dismissed warning answers the threat told a few sentences before, after the quotes that spell it out', () => {
  const got = code(
    "Iraq's oil ministry threatened on Monday to blacklist foreign firms that sign deals with the Kurdish region. " +
      'The deputy oil minister told reporters the firms had until March to decide. ' +
      '"Nobody can sell Iraqi oil behind our backs," he said. Kurdish officials dismissed the warning.',
  );
  assert.ok(got.some((g) => /^IRQ\w*KUR\w* 12\d* IRQGOV\w*$/.test(g)), got.join('; '));
});

test('"the Qatar-based network" is the news organisation named last, and its denial answers the one who accused it', () => {
  const got = code(
    'Defense Secretary Donald Rumsfeld accused Al-Jazeera of "irresponsible" coverage of the fighting on Monday. The Qatar-based network rejected the charge.',
    'WASHINGTON, April 12 (AP) -',
    '2004-04-12',
  );
  assert.ok(got.some((g) => /^QAT\w*MED\w* 016 USAGOV/.test(g)), got.join('; '));
});

test('a rejected condition answers whoever set it ("would consider it only if ...")', () => {
  const got = code(
    "Iraq's defense minister said on Monday that Baghdad would consider hiring the tribal fighters only if the sheikhs handed over suspected killers. " +
      'A spokesman for the Anbar tribes rejected that condition.',
  );
  assert.ok(got.some((g) => / 12\d* IRQGOV$/.test(g)), got.join('; '));
});
