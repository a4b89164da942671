/**
 * Coordinated verbs that share arguments (issue 5, syntax part): "X condemned Y and
 * demanded ...", "X met Y and pledged to ...". The second verb has no subject of its own
 * and, when it names no actor either, is aimed at the first verb's target.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2014-05-06');

test('a conjoined demand, pledge, threat or rejection with no actor of its own shares the first verb\'s target', () => {
  const demand = code('The Venezuelan president criticized Colombia and demanded an apology.');
  assert.ok(hasEvent(demand, 'VENGOV', '111', 'COL'), demand.join('; '));
  assert.ok(hasEvent(demand, 'VENGOV', '10', 'COL'), demand.join('; '));
  const pledge = code('The Syrian foreign minister hosted Iraqi officials and pledged to tighten the border.');
  assert.ok(hasEvent(pledge, 'SYRGOV', '03', 'IRQGOV'), pledge.join('; '));
  const threat = code('The Japanese prime minister met the Chinese president and threatened to impose tariffs.');
  assert.ok(hasEvent(threat, 'JPNGOV', '13', 'CHNGOV'), threat.join('; '));
  const reject = code('The Egyptian foreign minister received the Israeli envoy and rejected the proposal.');
  assert.ok(hasEvent(reject, 'EGYGOV', '12', 'ISRGOV'), reject.join('; '));
});

test('a conjoined verb keeps its own target when it names one', () => {
  const own = code('The Iranian foreign minister criticized the plan and urged Turkey to respect the border.');
  assert.ok(hasEvent(own, 'IRNGOV', '02', 'TUR'), own.join('; '));
  const other = code('The Venezuelan president criticized Colombia and demanded an apology from Panama.');
  assert.ok(hasEvent(other, 'VENGOV', '10', 'PAN'), other.join('; '));
  assert.ok(!hasEvent(other, 'VENGOV', '10', 'COL'), other.join('; '));
});

test('a conjoined statement does not borrow a target, nor a verb hung on a reported clause', () => {
  const said = code('The Russian envoy met the Ukrainian delegation and said the talks went well.');
  assert.ok(!said.some((g) => g.startsWith('RUSGOV 01')), said.join('; '));
  const reported = code('The German chancellor said Moscow posed a threat to Poland and warned that sanctions would follow.');
  assert.ok(!reported.some((g) => / 13\d* POL/.test(g)), reported.join('; '));
});

test('a finite verb after ", and" is the clause\'s next act, not part of what the first verb alleged', () => {
  // The parser may hang "urged" inside "what he called ...", under the criticism.
  const urged = code('The Jordanian king criticised the Shiite-led government in Baghdad for what he called the exclusion of Sunni tribes, and urged Prime Minister Nouri al-Maliki to bring Sunni ministers back into the cabinet.');
  assert.ok(hasEvent(urged, 'JORGOV', '111', 'IRQGOV'), urged.join('; '));
  assert.ok(hasEvent(urged, 'JORGOV', '02', 'IRQGOV'), urged.join('; '));
});
