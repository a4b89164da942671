import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';

const annals = createAnnals({ geo: false });
const code = (text: string, dateline = 'BAGHDAD, May 3 (Reuters) -', date = '2006-05-03'): string[] =>
  annals.codeDocument({ id: 't', text, date, path: '-', dateline }).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);

test('"the prime minister" is not the one the article called the former prime minister', () => {
  const got = code(
    'Former Prime Minister Ibrahim al-Jaafari met Kurdish leaders in Arbil on Monday. ' +
      'Sunni lawmakers accused the prime minister of ignoring their demands.',
    'BAGHDAD, May 3 (Reuters) -',
    '2010-05-03',
  );
  assert.ok(got.some((g) => / 112 IRQGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 112 IRQELI$/.test(g)), got.join('; '));
});

test('"she" is a person, never a people named by a plural ("Sunni Arabs"); a spokeswoman for a bloc speaks for it', () => {
  const got = code(
    'The Kurdish alliance threatened on Sunday to quit the talks. ' +
      'A spokeswoman for the alliance said the draft ignored the Turkmen and Sunni Arabs. She accused Turkey of meddling in Kirkuk.',
  );
  assert.ok(got.some((g) => /^IRQ\w*KUR\w* 112\d* TUR/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRQSUN 112/.test(g)), got.join('; '));
});

test('"the bloc" is the party the story is on now, not one called a bloc many sentences before', () => {
  const lines = [
    'The Sadrist bloc walked out of parliament on Monday, and a member of the bloc said it would not return.',
    'The finance minister presented the budget.',
    'The oil minister visited Basra.',
    'Kurdish leaders met the U.S. ambassador.',
    'Police found six bodies in the river.',
    'The central bank cut its interest rate.',
    'A car bomb killed three people in Mosul.',
    'The electricity ministry promised more power.',
    'The Iraqi Accordance Front\'s leaders threatened to boycott the vote.',
    'A spokeswoman for the bloc accused Iran of meddling.',
  ];
  const got = code(lines.join(' '));
  assert.ok(got.some((g) => /^IRQPTYSUN\w* 112\d* IRN/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRQPTYSDR 112\d* IRN/.test(g)), got.join('; '));
});

test('"he" after ", a Foreign Ministry spokesman said" is that spokesman, a person of the ministry', () => {
  const got = code(
    'U.S. Ambassador Zalmay Khalilzad met Iraqi leaders on Sunday. Iraq will protest the shelling, a Foreign Ministry spokesman said. ' +
      'He accused Ankara of violating Iraqi sovereignty.',
  );
  assert.ok(got.some((g) => /^IRQGOV 112\d* TUR/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^USA\w* 112\d* TUR/.test(g)), got.join('; '));
});

test('a denial with no addressee answers the side whose claim about the denier was reported just before', () => {
  const claim = code(
    'Iraqi border guards seized a truck loaded with rifles near Rabia on Monday. ' +
      'Two Iraqi officials said Syrian intelligence officers had armed the smugglers and had sheltered Iraqi insurgents. Damascus denied playing any part.',
  );
  assert.ok(claim.some((g) => /^SYR\w* 016 IRQ/.test(g)), claim.join('; '));
  const reported = code(
    'Moqtada al-Sadr flew to Iran last month, according to U.S. officials. His aides deny it.',
    'BAGHDAD, May 3 (Reuters) -',
    '2007-05-03',
  );
  assert.ok(reported.some((g) => /^IRQ\w* 016 USA/.test(g)), reported.join('; '));
});

test('a reaction to an act named by its own noun ("condemned the veto", "welcomed the veto") is aimed at its author, told many sentences before', () => {
  const lead = 'President Jalal Talabani vetoed the election law on Wednesday, sending it back to parliament. ';
  const filler = 'The law was passed last month. Parliament is in recess until September. The electoral commission said the delay would cost money. ';
  const condemned = code(`${lead}Kurdish leaders had objected to a clause on Kirkuk. ${filler}Sunni lawmakers condemned the veto.`);
  assert.ok(condemned.some((g) => /^IRQ\w*SUN\w* 111 IRQGOV$/.test(g)), condemned.join('; '));
  const welcomed = code(`${lead}${filler}The Kurdish alliance welcomed the veto.`);
  assert.ok(welcomed.some((g) => /^IRQ\w*KUR\w* 051 IRQGOV$/.test(g)), welcomed.join('; '));
});
