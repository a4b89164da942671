import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder } from '../events/testing.js';

const annals = createAnnals({ geo: false });

const code = eventCoder(annals, '2009-06-10');

test('a state named as the subject of a political act is its government (Peru rejected ... = PERGOV)', () => {
  const peru = code('Peru rejected the Chilean proposal on Tuesday.');
  assert.ok(peru.some((g) => g.startsWith('PERGOV 12')), peru.join('; '));
  // A multi-word name and a capital are the state too.
  const us = code('The United States condemned the Venezuelan government on Friday.');
  assert.ok(us.some((g) => g.startsWith('USAGOV 1')), us.join('; '));
  const capital = code('Lima accused the Bolivian government of arming smugglers.');
  assert.ok(capital.some((g) => g.startsWith('PERGOV 112')), capital.join('; '));
  // The subject shared by a coordinated verb.
  const both = code('Quito praised the Colombian government and condemned the rebels.');
  assert.ok(both.some((g) => g.startsWith('ECUGOV 111 ')), both.join('; '));
  // The name modifying another noun, or a plural demonym (a people), keeps the actor the dictionaries give it.
  const navy = code('Peru\'s navy seized a Chilean fishing boat.');
  assert.ok(!navy.some((g) => g.startsWith('PERGOV')), navy.join('; '));
  const people = code('Peruvians protested against the Chilean government on Sunday.');
  assert.ok(people.some((g) => g.startsWith('PER 14')), people.join('; '));
});

test('a capital an act is addressed to, or a state whose demand is answered, is its government (appealed to Lima = PERGOV)', () => {
  const addressee = code('The Bolivian president appealed to Lima to reopen the border.');
  assert.ok(addressee.some((g) => / PERGOV$/.test(g)), addressee.join('; '));
  // The possessor of the object: the state whose demand is rejected.
  const poss = code("The Bolivian president rejected Peru's demand for compensation.");
  assert.ok(poss.some((g) => g.startsWith('BOLGOV 12') && g.endsWith(' PERGOV')), poss.join('; '));
  // Its people, its forces and a modifier keep the code the dictionaries give them.
  const navy = code("The Bolivian president condemned Peru's navy on Friday.");
  assert.ok(!navy.some((g) => g.endsWith(' PERGOV')), navy.join('; '));
  const people = code('The Bolivian president praised Peruvians on Friday.');
  assert.ok(!people.some((g) => g.endsWith(' PERGOV')), people.join('; '));
});

test('a capital speaks for its state, another city does not (with the gazetteer)', () => {
  const run = eventCoder(createAnnals({ reuse: annals }), '2009-06-10');
  const capital = run('Lima accused the Bolivian government of arming smugglers.');
  assert.ok(capital.some((g) => g.startsWith('PERGOV 112')), capital.join('; '));
  // Cusco, a Peruvian city that is not the capital: its own voice, coded as the dictionaries give it.
  const city = run('Cusco accused the Bolivian government of arming smugglers.');
  assert.ok(!city.some((g) => g.startsWith('PERGOV')), city.join('; '));
});

test("a state's own name as the object of a political act is its government (urged Peru = PERGOV)", () => {
  const urged = code('The Bolivian president urged Peru to reopen the border on Friday.');
  assert.ok(urged.some((g) => g.startsWith('BOLGOV 02') && g.endsWith(' PERGOV')), urged.join('; '));
  const accused = code('The Bolivian foreign minister accused Peru of arming smugglers.');
  assert.ok(accused.some((g) => g.startsWith('BOLGOV 112') && g.endsWith(' PERGOV')), accused.join('; '));
  // Force is aimed at the country, and a scene stays a place.
  const shelled = code('Bolivian troops shelled Peru on Friday.');
  assert.ok(!shelled.some((g) => g.endsWith(' PERGOV')), shelled.join('; '));
  const scene = code('The Bolivian president met the rebels in Peru on Friday.');
  assert.ok(!scene.some((g) => g.endsWith(' PERGOV')), scene.join('; '));
});

test('a state named as the source of a political act is its government however the parse attaches it', () => {
  const rel = code("Peru, whose own troops have shelled rebel camps in recent months, said it understood Chile's anger but urged Santiago to show restraint.");
  assert.ok(rel.some((g) => g.startsWith('PERGOV 02')), rel.join('; '));
  // Force stays with the country the dictionaries give it (or its forces).
  assert.ok(!rel.some((g) => g.startsWith('PERGOV 19')), rel.join('; '));
});

test("a people named by a plural the tagger reads as a singular name stays the people (Icelanders protested)", () => {
  const got = code('Thousands of Icelanders protested outside parliament in Reykjavik demanding the government resign.');
  assert.ok(!got.some((g) => g.startsWith('ISLGOV')), got.join('; '));
  assert.ok(!got.some((g) => / 114 /.test(g)), got.join('; '));
});
