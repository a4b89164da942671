/**
 * Choosing an event's arguments among the actors of its clause (helper s23-args, issue 5, session 23): the victim
 * named in an adjunct of reason is no target. Invented sentences through the whole article pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleDyads } from '../testkit/article.js';

const annals = createAnnals({ coref: true, geo: false, coder: { requireDyad: false } });

/** The article's events as "sentence SOURCE>TARGET CAMEO" strings (sentences counted from 0, after the dateline). */
const events = (raw: string, date = '2013-05-21'): string[] => articleDyads(annals, raw, date);

test('the victim named in an adjunct of reason ("in retaliation for an attack on X") is no target of the act', () => {
  const got = events(`TEHRAN (AP) - Iran's Revolutionary Guard held a parade on Saturday. Last year, the Guard fired ballistic missiles at Islamic State group positions in eastern Syria in retaliation for an attack on Iran's parliament in Tehran.`);
  assert.ok(!got.some((g) => /^1 IRNMIL>IRN\S* 19/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^1 IRNMIL>IMG\S* 19/.test(g)), got.join('; '));
});
