/**
 * Argument-finding families (issue 5, syntax part, session 8) through the whole pipeline
 * (`createAnnals`): each test codes invented news sentences and checks who is the source
 * and the target of an event.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2012-03-14');
const has = hasEvent;

test('the actors of a reduced relative of an unnamed noun are not its argument', () => {
  // The guards were fired on; the late president is only whose tomb they protect.
  const guards = code('Kenyan police traded fire with guards protecting the tomb of President Kenyatta.');
  assert.ok(!guards.some((g) => g.endsWith(' KENGOV')), guards.join('; '));
  // Deeper still: the rebels only named whose office the guards protect.
  const office = code('Ugandan troops clashed with guards protecting the offices of the Kenyan opposition.');
  assert.ok(!office.some((g) => g.endsWith(' KENOPP')), office.join('; '));
  // Participles of carrying, manning and planting still name the argument's people.
  const convoy = code('Rebels attacked a convoy carrying Kenyan officials.');
  assert.ok(has(convoy, 'KENREB', '19', 'KENGOV'), convoy.join('; '));
  const manned = code('A suicide bomber blew himself up at a checkpoint manned by Kenyan policemen.');
  assert.ok(manned.some((g) => / 18\d* KENCOP$/.test(g)), manned.join('; '));
  const planted = code('A roadside bomb planted by al Shabaab militants struck a Kenyan army patrol near Garissa.');
  assert.ok(planted.some((g) => g.startsWith('SOMREB') && g.endsWith(' KENMIL')), planted.join('; '));
});

test('"expel any member found to have fired on X": the participle is a reduced relative of the object', () => {
  const got = code('The cleric said he would expel any member found to have fired on Kenyan police.');
  assert.ok(!got.some((g) => g.endsWith(' KENCOP')), got.join('; '));
  // A reported clause with its own object stays a clause.
  const asked = code('The aide said the Kenyan president asked Museveni to release the prisoners.');
  assert.ok(has(asked, 'KENGOV', '02', 'UGAGOV'), asked.join('; '));
});

test('"lawmakers loyal to/close to X VERB": the noun before the adjective of allegiance is the subject', () => {
  // The parser made "close to" a preposition and Kibaki the subject.
  const close = code('Kenyan lawmakers close to President Kibaki accused the opposition of fraud.');
  assert.ok(close.some((g) => g.startsWith('KENLEG 11') && g.endsWith(' KENOPP')), close.join('; '));
  assert.ok(!close.some((g) => g.startsWith('KENGOV')), close.join('; '));
  // The parser made "loyal" the root and the verb a relative clause of the leader's name.
  const loyal = code('In parliament, Kenyan lawmakers loyal to the opposition leader Raila Odinga demanded that Kibaki resign.');
  assert.ok(has(loyal, 'KENLEG', '10', 'KENGOV'), loyal.join('; '));
  assert.ok(!loyal.some((g) => g.startsWith('KENOPP')), loyal.join('; '));
});

test('"X, of the Y Party, urged ...": the party a person belongs to is no second actor, only his country', () => {
  const got = code('Senator John Smith, of the Republican Party, urged Iran to release the prisoners.');
  assert.ok(has(got, 'USALEG', '02', 'IRNGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('USAPTY')), got.join('; '));
  const named = code('Kenyan Vice President Kalonzo Musyoka, of the Orange Democratic Movement, urged Uganda to release the prisoners.');
  assert.ok(has(named, 'KENGOV', '02', 'UGAGOV') && !named.some((g) => g.startsWith('KENPTY')), named.join('; '));
});

test('a place conjoined inside a mention\'s place phrase is no co-actor ("protesters in Nairobi and Mombasa")', () => {
  const got = code('Opposition protesters in Nairobi and Mombasa denounced the Ugandan president.');
  assert.equal(got.filter((g) => g === 'KENOPP 111 UGAGOV').length, 1, got.join('; '));
});

test('"X, who met Y last week, has urged Z": the main verb after the relative clause keeps its auxiliary', () => {
  const got = code('Museveni, who met Kibaki in Nairobi last week, has urged Sudan to close its border.');
  assert.ok(has(got, 'UGAGOV', '02', 'SDNGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('KENOPP 02')), got.join('; '));
});

test('"said the cleric was following events and had asked X to ...": the backshifted conjunct goes on with the reported clause', () => {
  const got = code('An official in his office said the cleric was following events closely and had asked Sudan to release the prisoners.');
  assert.ok(got.some((g) => /^[A-Z]{3}REL 02/.test(g) && g.endsWith(' SDNGOV')), got.join('; '));
  assert.ok(!got.some((g) => /^[A-Z-]{3}GOV 02/.test(g)), got.join('; '));
});

test('"Another party in the coalition, the Orange Democratic Movement, backed ...": the named apposition is the actor', () => {
  const got = code('Another party in the ruling coalition, the Orange Democratic Movement, backed the Ugandan demand.');
  assert.ok(got.some((g) => g.startsWith('KENPTYODM ')), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('KENPTY ')), got.join('; '));
});
