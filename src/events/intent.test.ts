import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { codeForModality } from './intent.js';

const facts = (modality: string, source = 'IRNGOV', attributedTo: string | null | undefined = undefined) => ({
  modality,
  source,
  attributed: attributedTo !== undefined,
  attributedTo,
});

test('an intended or supposed meeting is an intent to meet (036); an asserted one stays', () => {
  assert.equal(codeForModality('040', facts('intended')), '036');
  assert.equal(codeForModality('042', facts('hypothetical')), '036');
  assert.equal(codeForModality('046', facts('intended', 'IRNGOV', 'USAGOV')), '036');
  assert.equal(codeForModality('040', facts('asserted')), '040');
  assert.equal(codeForModality('040', facts('negated')), '040');
  assert.equal(codeForModality('040', facts('demanded')), '040');
  assert.equal(codeForModality('0874', facts('intended')), '035');
  assert.equal(codeForModality('070', facts('intended')), '033');
});

test("a hostile act is a threat only when the intention is the actor's own", () => {
  assert.equal(codeForModality('190', facts('intended')), '138');
  assert.equal(codeForModality('141', facts('intended', 'IRQREBSHI', 'IRQREBSHI')), '133');
  // Reported by another party: a report of a plan, not a threat.
  assert.equal(codeForModality('190', facts('intended', 'IRQREBSHI', 'USAGOV')), '190');
  assert.equal(codeForModality('190', facts('intended', 'IRQREBSHI', null)), '190');
  // "could attack" is a supposition, not a stated intention.
  assert.equal(codeForModality('190', facts('hypothetical')), '190');
  // Other roots are left alone.
  assert.equal(codeForModality('111', facts('intended')), '111');
});

test('annals codes "will meet" as 036 and "met" as 040', () => {
  const annals = createAnnals();
  const code = (text: string) =>
    annals.codeDocument({ id: 't', text, date: '2007-08-21', path: '-' }).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code}`);
  assert.deepEqual(code('Iran will meet the European Union next week.'), ['IRNGOV 036 IGOEUREEC']);
  assert.deepEqual(code('Iran met the European Union on Monday.'), ['IRNGOV 040 IGOEUREEC']);
});

test('the condition of an if-clause is nobody\'s intent', () => {
  assert.equal(codeForModality('0841', { ...facts('hypothetical'), conditional: true }), '0841');
  assert.equal(codeForModality('040', { ...facts('hypothetical'), conditional: true }), '040');
  const annals = createAnnals();
  const events = annals.codeDocument({
    id: 't',
    text: 'The opposition would return to talks if the Kenyan government released the detained protesters.',
    date: '2023-07-20',
    path: '-',
  }).events;
  assert.ok(!events.some((e) => e.source.code.startsWith('KENGOV') && e.cameo.startsWith('03')), JSON.stringify(events.map((e) => [e.source.code, e.cameo])));
});
