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

test('"condemned the law" sentences after "parliament passed a law": aimed at the lawmakers', () => {
  const text =
    'BAGHDAD, June 4, 2011 (AP) - Iraq\'s parliament passed a law on Monday that would let former officers return to the army.\n\n' +
    'Teachers in the south went on strike over unpaid salaries, and hospitals reported shortages of medicine.\n\n' +
    'The weather was hot and dusty across the country, and power cuts lasted for hours.\n\n' +
    'Farmers said the harvest would be the smallest in a decade.\n\n' +
    'Fuel queues stretched for miles outside the capital on Sunday.\n\n' +
    'Exporters said the port had been closed for two days by a sandstorm.\n\n' +
    'The Sadrist bloc condemned the law in a statement on Tuesday.';
  const d = dyads(text);
  assert.ok(d.some((x) => /^\d+ IRQ\w*>IRQLEG 11$/.test(x)), d.join('; '));
});

test('"rejected the text" of a draft presented in the same sentence: aimed at those who presented it', () => {
  const text =
    'ERBIL, Iraq, June 4, 2011 (AP) - Kurdish leaders presented a draft constitution for the region on Monday, but Turkmen delegates rejected the text.';
  const d = dyads(text);
  assert.ok(d.some((x) => /^\d+ IRQ\w*>IRQ\w*KUR\w* 12$/.test(x)), d.join('; '));
});
