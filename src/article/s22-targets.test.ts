import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnnals } from '../annals.js';

function dyads(text: string): string[] {
  const annals = createAnnals({ coder: { requireDyad: true } });
  const { events } = annals.codeDocument({ id: 't', path: 't.txt', text, date: '2011-03-04' });
  return events.map((e) => `${e.sentence} ${e.source.code}>${e.target?.code} ${e.cameo.slice(0, 2)}`);
}

test('"condemned the strikes" after "Turkish air strikes": aimed at the strikes\' author named on the noun', () => {
  const text =
    'ERBIL, Iraq, March 4, 2011 (AP) - Kurdish officials met American diplomats in Erbil to discuss oil exports.\n\n' +
    'Local residents said that schools had closed in several valleys because families had fled to the cities.\n\n' +
    'The regional president described American support for Turkish air strikes on rebel camps as a mistake.\n\n' +
    "Nechirvan Barzani's office condemned the strikes in a statement.";
  const d = dyads(text);
  assert.ok(d.some((x) => /^\d+ IRQ\w*>TUR\w* 11$/.test(x)), d.join('; '));
});
