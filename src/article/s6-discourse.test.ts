import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { findDate } from '../ingest/dates.js';
import { hasEvent } from '../events/testing.js';
import { datelineMonthDay } from './era.js';

const annals = createAnnals({ geo: false });
const undated = (text: string, dateline?: string): string[] =>
  annals.codeDocument({ id: 't', text, date: null, path: '-', dateline }).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);

test('an undated article takes the year its named people held their offices', () => {
  const text = 'Crocker accused Iran of arming the militias on Tuesday. Petraeus criticized Maliki for the delay.';
  const got = undated(text, 'BAGHDAD, Nov. 3 (AP) -');
  assert.ok(hasEvent(got, 'USAGOV', '112', 'IRNGOV'), got.join('; '));
  assert.ok(hasEvent(got, 'USAMIL', '111', 'IRQGOV'), got.join('; '));
  // Without coreference (the sentence coder) nothing is inferred: the undated elite codes.
  const plain = createAnnals({ reuse: annals, coref: false, geo: false })
    .codeDocument({ id: 't', text, date: null, path: '-' })
    .events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);
  assert.ok(hasEvent(plain, 'USAELI', '112', 'IRNGOV'), plain.join('; '));
});

test('one dated name alone does not date an article', () => {
  const got = undated('Crocker accused Iran of arming the militias on Tuesday.');
  assert.ok(hasEvent(got, 'USAELI', '112', 'IRNGOV'), got.join('; '));
});

test('the dateline gives month and day; relative phrases give no document date', () => {
  assert.equal(datelineMonthDay('BAGHDAD, Jan. 16 (AP) -'), 116);
  assert.equal(datelineMonthDay('WASHINGTON, Sept 26 (Reuters)'), 926);
  assert.equal(datelineMonthDay('WASHINGTON (AP) -'), null);
  assert.equal(findDate('Parliament voted last week to let the army cross the border.'), null);
  assert.equal(findDate('The vote came 10 days ago, officials said.'), null);
  assert.equal(findDate('The vote came on Oct. 17, 2007, officials said.'), '2007-10-17');
});

const code = (text: string): string[] =>
  annals.codeDocument({ id: 't', text, date: '2009-06-10', path: '-' }).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);

test('a vow to fight with no target is aimed at the other side of its source\'s last exchange', () => {
  const got = code('The Ugandan president gave the rebels three days to lay down their weapons. He vowed to fight until the end.');
  assert.ok(got.some((g) => /^UGAGOV 13\d* UGAREB/.test(g)), got.join('; '));
  // No exchange just before: no target, no event.
  const alone = code('Heavy rain fell on the capital on Monday. The Ugandan president vowed to fight until the end.');
  assert.ok(!alone.some((g) => g.startsWith('UGAGOV 13')), alone.join('; '));
});

test('a denial answers an accusation aimed at the very body that denies, even of the same government', () => {
  const got = code(
    'The Ugandan vice president accused the Interior Ministry of shielding corrupt officers. A spokesman for the ministry denied the charge on Friday.',
  );
  assert.ok(got.some((g) => g.startsWith('UGAGOV 016 UGAGOV')), got.join('; '));
  // The accuser itself denying something later is no answer to its own act.
  const own = code('The Ugandan vice president accused the Interior Ministry of shielding corrupt officers. The vice president denied any rift in the cabinet.');
  // (It answers no named actor: the unknown claimant at most, session 17.)
  assert.ok(!own.some((g) => g.startsWith('UGAGOV 016') && !g.endsWith(' ---')), own.join('; '));
});

test('"the administration" is one called so, else the U.S. government, never the last government named', () => {
  const got = code(
    'President Barack Obama met the Afghan president on Monday. The Afghan government criticized the raids. Senator John Kerry urged the administration to halt the raids.',
  );
  assert.ok(got.some((g) => /^USA\w* 02\d* USAGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^USA\w* 02\d* AFGGOV$/.test(g)), got.join('; '));
});

test('a pronoun opening the next clause after ", and" is no second member of a pair', () => {
  const got = code(
    'Kenyan and Ugandan diplomats met in Nairobi on Monday. The occupiers are responsible for the insecurity in Somalia, and they should set a timetable to leave, the Somali envoy said. The two sides agreed to hold another round of talks next month.',
  );
  assert.ok(hasEvent(got, 'KENGOV', '03', 'UGAGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('SOM')), got.join('; '));
});

test('"both countries" addressed by a political act are their governments', () => {
  const got = code('Kenyan and Ugandan diplomats met in Nairobi on Monday. The Somali president appealed to both countries to keep their troops at the border.');
  assert.ok(hasEvent(got, 'SOMGOV', '02', 'KENGOV') && hasEvent(got, 'SOMGOV', '02', 'UGAGOV'), got.join('; '));
});

test('"the cabinet" is the state\'s own, not the regional government named last', () => {
  const got = code(
    "Iraqi Prime Minister Nouri al-Maliki met U.S. envoys in Baghdad on Sunday. Iraq's Kurdish regional government signed a contract with a Norwegian firm on Monday. The cabinet condemned the Kurdish leaders for signing it.",
  );
  assert.ok(hasEvent(got, 'IRQGOV', '11', 'IRQGOVKUR'), got.join('; '));
});

test('"the Presidency Council" is a council of its own name, not the last organisation named', () => {
  const got = code('The U.S. Embassy urged the Kenyan leaders to resolve the dispute quickly. The ambassador hopes to meet the Presidency Council on Friday.');
  assert.ok(!got.some((g) => / USAGOV$/.test(g) && !g.startsWith('USAGOV 02')), got.join('; '));
});

test('"embassy spokeswoman X" after "The U.S. Embassy urged ..." speaks for that embassy', () => {
  const got = code(
    'Kenyan President Mwai Kibaki met opposition leaders in Nairobi on Sunday. The U.S. Embassy urged Kenyan leaders to settle the dispute. "We urge the president to release the prisoners," embassy spokeswoman Jane Doe said.',
  );
  assert.ok(got.filter((g) => g.startsWith('USAGOV 02')).length >= 2, got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('KENGOV 02')), got.join('; '));
});
