import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleDyads } from '../testkit/article.js';

// As `annals code` and the article scorer run; every sentence is invented.
const annals = createAnnals({ coref: true, geo: false, coder: { requireDyad: true } });

test('"young men", "boys" and "teenagers" rounded up or beaten are civilians of the home country', () => {
  const raw =
    'KIRKUK, Iraq, April 2, 2012 (AP) - Soldiers detained dozens of young men in a village west of the city on Tuesday night.\n\n' +
    'Police arrested several teenagers near the market.';
  const d = articleDyads(annals, raw, '2012-04-02');
  assert.ok(d.includes('0 IRQMIL>IRQCVL 173'), d.join('; '));
  assert.ok(d.includes('1 IRQCOP>IRQCVL 173'), d.join('; '));
});
