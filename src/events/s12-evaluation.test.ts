/**
 * Reported evaluations of the issue-5 work (helper s12-evaluation): a statement whose content is the event
 * (src/events/evaluation.ts), on invented sentences through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2007-03-14');

test('blame told of another actor ("bore the main responsibility for") is an accusation (112) of it', () => {
  const got = code('AMMAN, Jordan (AP) - King Abdullah said the Syrian government bore the main responsibility for the refugee crisis.');
  assert.ok(hasEvent(got, 'JORGOV', '112', 'SYRGOV'), got.join('; '));
});

test('a bad motive told of another actor\'s act ("had closed X to please Y") is an accusation (112) of it', () => {
  const got = code('AMMAN, Jordan (AP) - The Jordanian foreign minister said the Syrian government had closed the border to please Iran.');
  assert.ok(hasEvent(got, 'JORGOV', '112', 'SYRGOV'), got.join('; '));
});

test('a negative judgement of an execution whose agent is implicit is a criticism of the home government', () => {
  const got = code(
    'DAMASCUS, Syria (AP) - Syria hanged a former general on Monday.\n\n' +
      "Jordan's King Abdullah said the execution had been carried out in a way that humiliated Arabs.",
  );
  assert.ok(hasEvent(got, 'JORGOV', '111', 'SYRGOV'), got.join('; '));
});

test('a judgement of a raid as an act of revenge is an accusation of the raiders named before', () => {
  const got = code(
    'AMMAN, Jordan (AP) - Israeli troops raided a village near Jenin on Monday.\n\n' +
      'A Palestinian spokesman said the raid had been an act of collective revenge.',
  );
  assert.ok(got.some((g) => /^PSE\w* 112 ISR/.test(g)), got.join('; '));
});

test('a neutral report of an act, a negated judgement and a conditional one pass no evaluation', () => {
  const got = code(
    'AMMAN, Jordan (AP) - Israeli troops raided a village near Jenin on Monday.\n\n' +
      'A Palestinian spokesman said the raid had lasted three hours.\n\n' +
      'An Egyptian official said the raid was not illegal.',
  );
  assert.ok(!got.some((g) => / 11\d ISR/.test(g)), got.join('; '));
});

test('blame told of two actors misparsed as the statement\'s object and a conjoined clause falls on the first', () => {
  const got = code('AMMAN, Jordan (AP) - The king said the Syrian government and the Baath party bore the main responsibility for the unrest.');
  assert.ok(hasEvent(got, 'JORGOV', '112', 'SYRGOV'), got.join('; '));
});

test('a call that a state of affairs must come to an end, naming no one, is an appeal (020) to the home government', () => {
  const got = code('DAMASCUS, Syria (AP) - The U.N. envoy said in a statement that "the killing of protesters must come to an end."');
  assert.ok(hasEvent(got, 'IGOUNO', '02', 'SYRGOV'), got.join('; '));
});

test('what evidence is said to prove of an act ("the video proved that the execution had been an act of revenge") is told too', () => {
  const got = code(
    'DAMASCUS, Syria (AP) - Syria executed a former general on Monday.\n\n' +
      'Jordanian officials said the video proved that the execution had been an act of sectarian revenge.',
  );
  assert.ok(got.some((g) => / 112 SYRGOV$/.test(g)), got.join('; '));
});

test('a judgement of an act named with its agent ("the president\'s deployment ... was an attempt to distract") aims at that agent', () => {
  const got = code(
    "AMMAN, Jordan (AP) - Opposition leaders said the king's deployment of troops to the border was an attempt to distract attention from the economy.",
  );
  assert.ok(got.some((g) => /^JOR\w* 11\d JORGOV$/.test(g)), got.join('; '));
});

test('demands judged legitimate: praise (051) of those who made them', () => {
  const got = code(
    'AMMAN, Jordan (AP) - Jordanian teachers demanded higher wages from the government on Monday.\n\n' +
      'The Muslim Brotherhood said the demands of the teachers were legitimate.',
  );
  assert.ok(got.some((g) => / 051 JOR(EDU|LAB|CVL)/.test(g)), got.join('; '));
});

test('a state of affairs that must end, told to an addressee, is no appeal to the home government', () => {
  const got = code('DAMASCUS, Syria (AP) - The U.N. envoy told the Turkish government that the shelling of villages must end.');
  assert.ok(!got.some((g) => /^IGOUNO 02\d* SYRGOV$/.test(g)), got.join('; '));
});
