import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder } from '../events/testing.js';

// With the gazetteer (the installed cities package; without it a place is told only by a name
// ending in "City", "Zone", ...): Cusco is a Peruvian city that is not the capital.
const code = eventCoder(createAnnals({}), '2009-06-10');

test('a district or zone aimed at by force is the people there, not the country (no bare IRQ target)', () => {
  const raided = code('Iraqi troops raided Sadr City before dawn on Monday.');
  assert.ok(!raided.some((g) => g.endsWith(' IRQ')), raided.join('; '));
  const rockets = code('Bolivian rebels fired rockets at the Green Zone on Monday.');
  assert.ok(!rockets.some((g) => g.endsWith(' IRQ')), rockets.join('; '));
  // A city attacked or seized is the state's territory, as the expert codes it.
  const city = code('Bolivian troops shelled Cusco on Monday.');
  assert.ok(city.some((g) => g.startsWith('BOLMIL 19') && g.endsWith(' PER')), city.join('; '));
});

test('a city visited or named after a preposition of a scene is no target', () => {
  // A visit to the city: the host is whoever is met there, never the place.
  const visit = code('The Bolivian foreign minister flew to Cusco to meet the Peruvian president.');
  assert.ok(!visit.some((g) => g.endsWith(' PER')), visit.join('; '));
  assert.ok(visit.some((g) => g.startsWith('BOLGOV 04') && g.endsWith(' PERGOV')), visit.join('; '));
  const scene = code('The Bolivian president, who is studying in the holy city of Cusco, denied the report.');
  assert.ok(!scene.some((g) => g.endsWith(' PER')), scene.join('; '));
});

test('a city as the source of force is no actor; as the subject of a political act it speaks for itself', () => {
  const force = code('Cusco shelled the Bolivian embassy on Monday.');
  assert.ok(!force.some((g) => g.startsWith('PER ')), force.join('; '));
  const political = code('Cusco condemned the Bolivian government on Monday.');
  assert.ok(political.some((g) => g.startsWith('PER 11') && g.endsWith(' BOLGOV')), political.join('; '));
});

test('a city that receives aid or is the topic of a demand stays the country, as the expert codes it', () => {
  const aid = code('The Bolivian government promised to send food to Cusco.');
  assert.ok(aid.some((g) => g.startsWith('BOLGOV 03') && g.endsWith(' PER')), aid.join('; '));
  const demand = code('The Bolivian president demanded a referendum on the status of Cusco.');
  assert.ok(demand.some((g) => g.startsWith('BOLGOV 10') && g.endsWith(' PER')), demand.join('; '));
});

test('a place that possesses a district is where, never who ("a raid on Lima\'s Rimac district that killed ...")', () => {
  const raid = code("Protests followed a raid on Lima's Rimac district that killed four people.");
  assert.ok(!raid.some((g) => g.startsWith('PER ')), raid.join('; '));
  // The state's own forces named by a possessive act as themselves.
  const army = code("Bolivia's army attacked the rebels on Monday.");
  assert.ok(army.some((g) => g.startsWith('BOLMIL 19')), army.join('; '));
});

test('a district or zone is no actor of a political act either ("condemned the siege of Sadr City")', () => {
  const siege = code('Bolivian lawmakers condemned the siege of Sadr City.');
  assert.ok(!siege.some((g) => g.endsWith(' IRQ')), siege.join('; '));
  // The people of the district are an actor.
  const people = code('The Bolivian president praised the people of Sadr City.');
  assert.ok(people.some((g) => g.startsWith('BOLGOV 05') && g.endsWith(' IRQCVL')), people.join('; '));
});
