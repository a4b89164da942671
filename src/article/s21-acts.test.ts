import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnnals } from '../annals.js';

// Sentences between the story's own act, told in its lead, and the reaction that names it by its noun.
const FILLER =
  'The two leaders met for two hours at a palace in the capital.\n\n' +
  'Trade between the neighbours has fallen sharply since last year.\n\n' +
  'Truck drivers have waited for weeks at the border, and farmers complain that their produce is rotting.\n\n' +
  'Customs teams will meet next week to settle the details.\n\n' +
  'Economists said the change could add millions of dollars to the region\'s trade.\n\n';

function dyads(text: string): string[] {
  const annals = createAnnals({ coder: { requireDyad: true } });
  const { events } = annals.codeDocument({ id: 't', path: 't.txt', text, date: '2005-06-03' });
  return events.map((e) => `${e.sentence} ${e.source.code}>${e.target?.code} ${e.cameo.slice(0, 2)}`);
}

test('"denounced the agreement" far from the lead is aimed at those who agreed in it', () => {
  const text =
    'AMMAN, June 3, 2005 (AP) - King Abdullah and Syrian President Bashar Assad agreed on Monday to reopen the main border crossing between their countries.\n\n' +
    FILLER +
    'The Muslim Brotherhood denounced the agreement as a ploy designed to keep Israeli goods flowing through the region.';
  const d = dyads(text);
  assert.ok(d.some((x) => /^[6-9] \w+>(JOR|SYR)GOV 11$/.test(x)), d.join('; '));
});

test('"decided to sign a pact": "the deal" is the act of the ones who decided', () => {
  const text =
    'AMMAN, June 3, 2005 (AP) - The governments of Jordan and Syria decided on Monday to sign a pact reopening the main border crossing between their countries.\n\n' +
    FILLER +
    'The Muslim Brotherhood denounced the deal as a ploy designed to keep Israeli goods flowing through the region.';
  const d = dyads(text);
  assert.ok(d.some((x) => /^[6-9] \w+>(JOR|SYR)GOV 11$/.test(x)), d.join('; '));
});
