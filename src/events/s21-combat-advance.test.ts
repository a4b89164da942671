/**
 * Combat (helper s21-combat, part 3): armed sides advancing, pressing or pushing on the enemy fight it (190);
 * the same verbs with other subjects or objects ("the talks advanced", "pushed the reform through") code nothing. Invented sentences through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2015-06-10');
const LEAD = 'ADEN, Yemen (AP) - Yemeni troops fought Houthi rebels near the port of Aden on Tuesday. The rebels shelled army positions near the airport. ';

test('fighters advancing are fighting (190); talks advancing and a reform pushed through are not', () => {
  const got = code(LEAD + 'Houthi fighters advanced from the north on Wednesday, retaking several villages.');
  assert.ok(got.some((g) => /^YEMREB\S* 190 /.test(g)), got.join('; '));
  const calm = code('ADEN, Yemen (AP) - The talks advanced on Monday. The Yemeni president pushed the reform through parliament.');
  assert.ok(!calm.some((g) => / 19\d* /.test(g)), calm.join('; '));
});

test('rebels pressing south toward a city are fighting (190), not appealing', () => {
  const got = code(LEAD + 'The rebels pressed south toward Aden after seizing the port of Mokha.');
  assert.ok(got.some((g) => /^YEMREB\S* 190 /.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 02\d* /.test(g)), got.join('; '));
});

test('commandos pushing deeper into the mountains are fighting (190)', () => {
  const got = code(LEAD + 'Yemeni commandos pushed deeper into the mountains on Friday.');
  assert.ok(got.some((g) => /^YEMMIL 190 /.test(g)), got.join('; '));
});


