/**
 * Argument-finding families (issue 5, syntax part, session 10) through the whole pipeline
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

test('"offered X the post": the indirect object is whom it is offered to, not the thing or its possessor', () => {
  const got = code("Fatah had offered Hamas the speaker's post and three key ministries.");
  assert.ok(has(got, 'PSEPTYFTH', '03', 'PSEREBHAM'), got.join('; '));
  // Neither the post's holder nor the ministries are offered anything.
  assert.ok(!got.some((g) => / 03\d* PSE(LEG|GOV)$/.test(g)), got.join('; '));
});

test('"X, who met Y, urged him to ...": an object pronoun resolved to another person is the target, however alike their codes', () => {
  const got = code(
    'Police raided a mosque in Mombasa on Monday. Kenyan Vice President William Ruto, who met Raila Odinga late on Wednesday, urged him to hand the investigation to a committee.',
  );
  assert.ok(got.some((g) => /^KEN\S* 02\d* KEN/.test(g) && !/ 02\d* KENCOP$/.test(g)), got.join('; '));
  // The infinitive's object (an inquiry standing for the raiders) is not whom he urged.
  assert.ok(!got.some((g) => / 02\d* KENCOP$/.test(g)), got.join('; '));
});

test('"urged them/both men to agree on X": an unnamed object of a verb of asking leaves no target to the infinitive', () => {
  const got = code('The Ugandan foreign minister urged them to reach a deal with the Kenyan government.');
  assert.ok(!got.some((g) => / 02\d* KENGOV$/.test(g)), got.join('; '));
  const men = code('The Ugandan foreign minister pressed both men to sign a pact with the Kenyan government.');
  assert.ok(!men.some((g) => / 02\d* KENGOV$/.test(g)), men.join('; '));
});

test('"urged X on Tuesday to ...": a date after the object is not the one asked', () => {
  const got = code('Ugandan President Yoweri Museveni urged Kenyan President Mwai Kibaki on Tuesday to put the border treaty before his cabinet within days.');
  assert.ok(has(got, 'UGAGOV', '02', 'KENGOV'), got.join('; '));
});

test('"told X that Y might have to ...": a need foreseen is no demand on Y', () => {
  const got = code('Ugandan President Yoweri Museveni told Kenyan President Mwai Kibaki that the Kenyan army might have to withdraw from the border.');
  assert.ok(!got.some((g) => / 10\d* KEN/.test(g)), got.join('; '));
  // A need stated outright still is one.
  const must = code('Ugandan President Yoweri Museveni told Kenyan President Mwai Kibaki that the Kenyan army has to withdraw from the border.');
  assert.ok(must.some((g) => /^UGAGOV 10\d* KEN/.test(g)), must.join('; '));
});

test('"called the killings a criminal act": what a verb of naming calls its object is no target', () => {
  const got = code('Kenya\'s foreign minister called the shooting "a criminal act" and demanded that those responsible be punished.');
  assert.ok(!got.some((g) => / KENCRM$/.test(g)), got.join('; '));
  const terror = code('The Kenyan government called the bombing a terrorist crime.');
  assert.ok(!terror.some((g) => / (111|11\d*) KENUAF$/.test(g)), terror.join('; '));
  // The object named is still the target.
  const named = code('Kenyan President Mwai Kibaki called Museveni a dictator.');
  assert.ok(has(named, 'KENGOV', '11', 'UGAGOV'), named.join('; '));
});

test('"X fled after being attacked by Y": a passive adverbial clause without a subject is done to the main subject, not to a place', () => {
  const got = code('The Kenyan opposition leader fled to Uganda after being attacked by Kenyan police in Nairobi.');
  assert.ok(has(got, 'KENCOP', '19', 'KENOPP'), got.join('; '));
  const out = code('Al-Shabaab fighters regrouped in Kismayo after being driven out of Mogadishu and Baidoa by Kenyan troops.');
  assert.ok(!out.some((g) => / 19\d* SOM$/.test(g)), out.join('; '));
});

test('"called for U.S. troops to begin leaving": the source\'s own forces, asked for, are not whom an appeal is made to', () => {
  const got = code('Kenyan lawmakers called for the withdrawal of Kenyan troops from Somalia.');
  assert.ok(!got.some((g) => / 0\d* KENMIL$/.test(g) || / 1\d* KENMIL$/.test(g)), got.join('; '));
  const force = code('Kenyan defence officials have pushed for months for a force of up to 5,000 soldiers.');
  assert.ok(!force.some((g) => / KENMIL$/.test(g)), force.join('; '));
  // An appeal to the forces themselves is still made to them.
  const calm = code('The Kenyan president urged the army to show restraint.');
  assert.ok(calm.some((g) => /^KENGOV 02\d* KENMIL$/.test(g)), calm.join('; '));
});
