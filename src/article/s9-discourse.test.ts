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
