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

test('"the occupiers", "the occupying powers" of an occupied home are the occupying power; elsewhere no home force', () => {
  const raw =
    'BAGHDAD, Iraq, May 3, 2004 (AP) - Iraqi police clashed with gunmen in Baghdad on Monday.\n\n' +
    'The Syrian foreign minister said the occupiers were responsible for the chaos in Iraq.\n\n' +
    'The Arab League urged the occupying powers to hand power to an elected government.';
  const d = articleDyads(annals, raw, '2004-05-03');
  assert.ok(d.includes('1 SYRGOV>USAMIL 112'), d.join('; '));
  assert.ok(d.some((x) => /^2 IGO\w*>USAGOV 02/.test(x)), d.join('; '));
  const far = articleDyads(annals, 'TBILISI, Georgia, May 3, 2009 (AP) - The president said the occupiers had shelled two villages.', '2009-05-03');
  assert.ok(!far.some((x) => /^0 GEO\w*>/.test(x)), far.join('; '));
});
