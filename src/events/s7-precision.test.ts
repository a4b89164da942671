/**
 * Precision families of the article-accuracy work (issue 5, session 7, precision part): events an expert
 * would never code, checked on invented news sentences through the whole pipeline (`createAnnals`,
 * precision filters on), and the same acts asserted, which must still be coded.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals({ coder: { requireDyad: true } });
const code = eventCoder(annals, '2009-03-02');
const raw = eventCoder(createAnnals({ coder: { requireDyad: true }, filters: false }), '2009-03-02');

test('an act the text says did not happen is not coded; the asserted act is', () => {
  const neg = 'The Egyptian foreign minister did not meet the Syrian ambassador on Monday.';
  // The coder still sees the (negated) meeting; the filter drops it.
  assert.ok(hasEvent(raw(neg), 'EGYGOV', '04', 'SYRGOV'), raw(neg).join('; '));
  assert.ok(!hasEvent(code(neg), 'EGYGOV', '04', 'SYRGOV'), code(neg).join('; '));
  const pos = 'The Egyptian foreign minister met the Syrian ambassador on Monday.';
  assert.ok(hasEvent(code(pos), 'EGYGOV', '04', 'SYRGOV'), code(pos).join('; '));
});

test('two sides that could not agree made no agreement', () => {
  const neg = 'Jordan and Lebanon could not agree on the water deal.';
  assert.ok(!code(neg).some((g) => g.split(' ')[1].startsWith('03')), code(neg).join('; '));
  const pos = 'Jordan and Lebanon agreed to share water.';
  assert.ok(code(pos).some((g) => g.split(' ')[1].startsWith('03')), code(pos).join('; '));
});

test('a refusal is coded, not dropped as a negated act', () => {
  const got = code('Jordan refused to meet the Israeli envoy.');
  assert.ok(got.some((g) => g.startsWith('JOR') && g.split(' ')[1].startsWith('12')), got.join('; '));
});

test('a refusal to give something up has no target unless it names the one yielded to', () => {
  const place = 'Turkish officials said Ankara would never give up northern Cyprus.';
  assert.ok(hasEvent(raw(place), 'TURGOV', '12', 'CYP'), raw(place).join('; '));
  assert.ok(!code(place).some((g) => g.split(' ')[1].startsWith('12')), code(place).join('; '));
  const pressure = 'Syria would not bow to pressure from Paris.';
  assert.ok(raw(pressure).some((g) => g.split(' ')[1].startsWith('12')), raw(pressure).join('; '));
  assert.ok(!code(pressure).some((g) => g.split(' ')[1].startsWith('12')), code(pressure).join('; '));
  const got = code('Hezbollah said it would not surrender its rifles to "a Lebanese cabinet chosen by foreigners."');
  assert.ok(got.some((g) => g.split(' ')[1].startsWith('12')), got.join('; '));
});
