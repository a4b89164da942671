/**
 * The writers' conventions (helper s17-kb): each development article set's README names the actor codes its
 * independent writer used, and ~30 writers agree on most of them. These tests pin annals' code for each actor class
 * the writers name to the alternatives EVERY writer who names the class accepts (judged as the article scorer judges
 * a code: src/article/score.ts codeMatches, so "IRQPTYIQY" passes for "IRQPTY"), on invented sentences through the
 * whole pipeline. A change of the knowledge base or of a convention that leaves the writers' consensus for a class
 * fails here; a class the writers disagree on (Sunni lawmakers, al-Qaida in Iraq, the Popular Mobilization Forces'
 * second code) is left out.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { codeMatches } from '../article/score.js';

const annals = createAnnals();

/** The code of the source of the event of "SUBJECT criticized OBJECT." in an article of `date`, or ''. */
function sourceCode(subject: string, date: string, object = 'the Iraqi government'): string {
  const text = `BAGHDAD, ${date} (AP) - ${subject} criticized ${object} on Monday.`;
  const { events } = annals.codeDocument({ id: 't', text, date, path: '-' });
  return events.find((e) => e.cameo.startsWith('11'))?.source.code ?? '';
}

/** [subject, article date, alternatives every writer naming the class accepts, writers' sets that name it]. */
const CLASSES: readonly [string, string, string, string][] = [
  ['Kataib Hezbollah', '2020-01-06', 'IRQREBSHI', 'heldout16 22 25 27 31'],
  ['Asaib Ahl al-Haq', '2018-09-08', 'IRQREBSHI', 'heldout23 24 25 27'],
  ['The Badr Organization', '2015-05-20', 'IRQUAFSHI', 'heldout10 11 12 19 21 22 24 30'],
  ['The Mahdi Army', '2007-08-30', 'IRQREBSHI', 'heldout3 5-19 21-23 28-31'],
  ['The Sadrist movement', '2007-08-30', 'IRQPTYSDR', 'heldout3 5-29'],
  ['The Association of Muslim Scholars', '2004-04-10', 'IRQRELSUN', 'heldout10 14 15 17 18 20 21 22 26 28 31'],
  ['Grand Ayatollah Ali al-Sistani', '2006-03-01', 'IRQRELSHI', 'heldout10 12 14 17 21 23 24 26 28 30'],
  ['The Accordance Front', '2007-08-30', 'IRQPTYSUN', 'heldout3 5-19 21 26 28 29'],
  ['The Iraqi Islamic Party', '2005-10-10', 'IRQPTYSUN', 'heldout14 15 16 18 20 28 31'],
  ['The Supreme Council for the Islamic Revolution in Iraq', '2005-10-10', 'IRQPTYSCI', 'heldout3 5 6 9-19 22 26 28'],
  ['The Awakening councils', '2008-01-10', 'IRQUAFSUN', 'heldout3 5 7 8 9 15 18 29'],
  ['Iraqiya', '2010-11-10', 'IRQPTY', 'heldout11 13 15 16 18 27 30 31'],
  ['The State of Law coalition', '2010-11-10', 'IRQPTYSHI|IRQPTY', 'heldout13 15 17 28 29'],
  ['The Kurdistan Regional Government', '2014-07-01', 'IRQGOVKUR', 'heldout3 5-31'],
  ['The Kurdish regional president', '2014-07-01', 'IRQGOVKUR', 'heldout3 5-31'],
  ['Peshmerga commanders', '2014-07-01', 'IRQMILKUR|IRQMIL', 'heldout14 17 20 24-27 29'],
  ['The Iraqi parliament', '2016-04-30', 'IRQLEG', 'heldout9 12-31'],
  ['Iraqi security forces', '2019-12-01', 'IRQMIL|IRQCOP', 'heldout13 21 23 24 30 31'],
  ['The Islamic State group', '2015-05-20', 'IMGMUSISI', 'heldout17 20 23 24 27-30'],
  ['The Arab League', '2015-05-20', 'IGOMEAARL', 'heldout15 19 20 24 25 30 31'],
  ['The U.N. envoy to Iraq', '2007-08-30', 'IGOUNO', 'heldout6 12-31'],
  ['NATO', '2020-01-06', 'IGOWSTNAT', 'heldout22 31'],
  ["Iran's Revolutionary Guard", '2020-01-06', 'IRNMIL', 'heldout22 24 27 31'],
  ['Members of Congress', '2007-08-30', 'USALEG', 'heldout5 6 8 9 11-19 26'],
  ['The U.S. Embassy in Baghdad', '2011-12-18', 'USAGOV', 'heldout12 13 26 27 29'],
  ['The State Department', '2011-12-18', 'USAGOV', 'heldout5 6 11-19 21 27 29 30'],
  ['The Pentagon', '2011-12-18', 'USAMIL', 'heldout6 13 27 30'],
];

for (const [subject, date, accepted, sets] of CLASSES) {
  test(`writers' conventions: "${subject}" is coded as every writer naming it accepts (${accepted}; ${sets})`, () => {
    const code = sourceCode(subject, date);
    assert.ok(code !== '', `no event for "${subject} criticized ..."`);
    assert.ok(codeMatches(accepted, code), `${subject}: ${code}, writers accept ${accepted}`);
  });
}

test("writers' conventions: the scorer's judgement these tests rely on rejects another class's code", () => {
  // (The test above would pass for anything if codeMatches accepted too much.)
  assert.ok(!codeMatches('IRQREBSHI', 'IRQUAF'));
  assert.ok(!codeMatches('IRQRELSUN', 'IRQPTYSUN'));
  assert.ok(!codeMatches('IRQGOVKUR', 'IRQKURKDP'));
  assert.ok(codeMatches('IRQPTY', 'IRQPTYIQY'));
});
