import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';

const annals = createAnnals({ geo: false });
const code = (text: string, dateline = 'BAGHDAD, May 3 (Reuters) -', date = '2008-05-03'): string[] =>
  annals.codeDocument({ id: 't', text, date, path: '-', dateline }).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);

test('"the government" is "Maliki\'s government" named before, not "police officials" quoted since (COPGOV)', () => {
  const got = code(
    "The clashes in Kut are a test of Maliki's government and of the army it has rebuilt. " +
      'Police officials said at least 12 people had died in the fighting since Sunday. ' +
      'Hospital workers said many of the wounded were children. ' +
      'In a sermon read by aides on Friday, the cleric Moqtada al-Sadr criticized the government.',
    'KUT, Iraq, April 4, 2008 (AP) -',
    '2008-04-04',
  );
  assert.ok(got.some((g) => /^IRQ\w* 11\d* IRQGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 11\d* IRQCOP/.test(g)), got.join('; '));
});

test('"demanded an inquiry" asks the home government, not the gunmen whose attack is to be inquired into', () => {
  const got = code(
    'Gunmen killed two candidates of the Iraqi Islamic Party in Hilla on Monday. ' +
      'The Iraqi Islamic Party said the police had failed to protect its candidates and demanded an independent inquiry.',
    'HILLA, Iraq, Feb. 8, 2010 (AP) -',
    '2010-02-08',
  );
  assert.ok(got.some((g) => /^IRQ\w* 10\d* IRQGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 10\d* \w*UAF$/.test(g)), got.join('; '));
});

test('"called for an investigation" is an appeal to the home government', () => {
  const got = code(
    'Soldiers opened fire on a crowd of protesters in Falluja on Friday, killing six. ' +
      'The U.N. envoy, Ana Lindqvist, called for a full investigation.',
    'FALLUJA, Iraq, Jan. 25, 2013 (AP) -',
    '2013-01-25',
  );
  assert.ok(got.some((g) => /^IGOUNO 02\d* IRQGOV$/.test(g)), got.join('; '));
});

test('"gunmen loyal to the cleric" are his armed group, and "the gunmen" later too (not unidentified attackers)', () => {
  const got = code(
    'Iraqi troops fought Mahdi Army fighters in Kut on Monday as Moqtada al-Sadr called for calm. ' +
      'Soldiers entered the market district, where gunmen loyal to the cleric attacked a police station. ' +
      'The governor gave the gunmen two days to surrender their weapons.',
    'KUT, Iraq, March 31, 2008 (AP) -',
    '2008-03-31',
  );
  assert.ok(got.some((g) => /^IRQ\w* 1[34]\d* IRQREBSHI$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 1[34]\d* ---UAF$/.test(g)), got.join('; '));
});

test('a surname opening a sentence before a comma is the person named in full before ("Hakim, whose party ...")', () => {
  const got = code(
    'Abdul Aziz al-Hakim returned to Baghdad on Sunday after medical treatment in Tehran. ' +
      'Hakim, whose movement holds the largest share of seats in the alliance, criticized the United States on Monday.',
    'BAGHDAD, Aug. 8, 2007 (Reuters) -',
    '2007-08-08',
  );
  assert.ok(got.some((g) => /^IRQPTYSCI 11\d* USA/.test(g)), got.join('; '));
});

test('"politicians said he ...": a singular "he" is not the plural reporting subject but the man named before', () => {
  const got = code(
    'Moqtada al-Sadr returned to Kufa on Friday after months in Iran. ' +
      'Shiite politicians said he accused the Americans of provoking the clashes.',
    'KUFA, Iraq, May 9, 2008 (Reuters) -',
    '2008-05-09',
  );
  assert.ok(got.some((g) => /^IRQ(PTYSDR|REBSHI) 112\d* USA/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRQPTYSHI 112\d* USA/.test(g)), got.join('; '));
});

test('"the election commission" is no embassy named before: a kind noun must have been said of the antecedent', () => {
  const got = code(
    'The U.S. embassy said on Sunday that the vote would go ahead as planned. ' +
      'Kurdish leaders in Kirkuk had threatened to boycott the poll. ' +
      'The election commission agreed on Monday to let displaced Kurds vote in Mosul.',
    'BAGHDAD, Jan. 24, 2005 (Reuters) -',
    '2005-01-24',
  );
  assert.ok(!got.some((g) => /^USA\w* 03\d* /.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^IRQGOV 03\d* IRQKUR$/.test(g)), got.join('; '));
});

test('"the two sides" is no list of three named since, but the pair of states before, as governments', () => {
  const got = code(
    'Jordan and Syria recalled their envoys on Monday after a dispute over border smuggling. ' +
      'Egypt proposed a meeting of Jordanian, Syrian and Egyptian border officials in Cairo. ' +
      'The Arab League chief urged the two sides to show restraint.',
    'AMMAN, Sept. 2, 2009 (Reuters) -',
    '2009-09-02',
  );
  const appeals = got.filter((g) => / 02\d* /.test(g));
  assert.ok(appeals.some((g) => / JORGOV$/.test(g)) && appeals.some((g) => / SYRGOV$/.test(g)), got.join('; '));
  assert.ok(!appeals.some((g) => / EGY\w*$/.test(g)), got.join('; '));
});
