/**
 * Actor codes (helper s18-kb): classes of mentions that were right but coded wrong on the development sets, on
 * invented sentences through the whole pipeline (names, places and dates of our own making where no real office
 * holder is needed; real office holders only where the dated knowledge base is what is tested).
 * - groups called foreign take no country from the sentence (src/article/home.ts, src/events/coder.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';

const annals = createAnnals();

/** "SOURCE CAMEO TARGET" of each event of an article (`date` null: undated, the dateline alone). */
function events(body: string, date: string | null = '2009-08-26', dateline = 'BAGHDAD, Aug. 26 (AP)'): string[] {
  const text = `${dateline} - ${body}`;
  const { events } = annals.codeDocument({ id: 't', text, date, dateline, path: '-' });
  return events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);
}

test('groups called foreign: "foreign companies" are multinational, "foreign troops" the article\'s foreign power\'s', () => {
  const comp = events('The oil minister threatened to blacklist foreign companies that signed contracts with the Kurdish region.');
  assert.ok(comp.some((g) => / 13\d* MNC$/.test(g)), comp.join('; '));
  assert.ok(!comp.some((g) => g.endsWith('IRQBUS')), comp.join('; '));
  const troops = events(
    'U.S. troops raided a mosque in Baqouba on Monday, the U.S. military said. American commanders said the raid targeted ' +
      'insurgents. The U.S. ambassador met the prime minister.\n\nThe cleric demanded the withdrawal of foreign troops.',
    '2007-03-03',
  );
  assert.ok(troops.some((g) => / 10\d* USAMIL$/.test(g)), troops.join('; '));
  assert.ok(!troops.some((g) => / 10\d* IRQMIL$/.test(g)), troops.join('; '));
});

test('"Amnesty International said security forces ...": a name ending in "International" does not make the forces foreign', () => {
  const got = events('Amnesty International said security forces had abducted dozens of activists in the southern city.');
  assert.ok(got.some((g) => g.startsWith('IRQCOP 18') || g.startsWith('IRQMIL 18')), got.join('; '));
});

test('a story told from Washington: the bodies of a place\'s own sects and peoples are the theatre\'s, not the desk\'s', () => {
  // Home USA (the lead's actors), theatre Iraq (its places): "Shiite officials", "Sunni leaders" are Iraq's.
  const got = events(
    'The secretary of state told senators on Tuesday that the administration would keep its troops in Iraq through the summer. ' +
      'The White House said violence had fallen in Ramadi. Attacks had also dropped in Mosul, the Pentagon said.\n\n' +
      'Shiite officials accused the Sunni leaders of sheltering gunmen in Ramadi. Sunni leaders rejected the accusation.',
    '2007-03-06',
    'WASHINGTON, March 6 (AP)',
  );
  assert.ok(got.some((g) => /^IRQ\S*SHI 112 IRQ\S*SUN$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /USA\S*(SHI|SUN)/.test(g)), got.join('; '));
});
