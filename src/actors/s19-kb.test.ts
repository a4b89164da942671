/**
 * Actor codes (helper s19-kb): classes of mentions that were right but coded against the consensus of the
 * development sets' writers, on invented sentences through the whole pipeline (names, places and dates of our own
 * making where no real office holder is needed).
 * - the Popular Mobilization Forces and their bodies are a Shiite militia (IRQUAFSHI), as every writer naming them
 *   accepts (sets 20, 23, 24, 27, 30, 33, 37), not a party-like IRQMILPMF that fails IRQUAFSHI|IRQREBSHI.
 * - members of the U.S.-appointed Governing Council are the Iraqi government while it sat (13 July 2003 - 1 June
 *   2004), as the writers of sets 15, 21, 22 and 31 code them, and keep their own codes before and after; the
 *   Coalition Provisional Authority is the occupying power's government (USAGOV), as every writer naming it accepts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { codeMatches } from '../article/score.js';

const annals = createAnnals();

/** "SOURCE CAMEO TARGET" of each event of an article (`date` null: undated, the dateline alone). */
function events(body: string, date: string | null = '2019-03-14', dateline = 'BAGHDAD, March 14 (AP)'): string[] {
  const text = `${dateline} - ${body}`;
  const { events } = annals.codeDocument({ id: 't', text, date, dateline, path: '-' });
  return events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);
}

test('the Popular Mobilization Forces, under any of their names, are a Shiite militia (IRQUAFSHI)', () => {
  for (const name of ['The Popular Mobilization Forces', 'The Popular Mobilisation Units', 'The Popular Mobilization Commission', 'The Hashd al-Shaabi']) {
    const got = events(`${name} accused the American embassy of spying on its commanders in Tikrit.`);
    assert.ok(got.some((g) => /^IRQUAFSHI 11\d* USAGOV$/.test(g)), `${name}: ${got.join('; ')}`);
  }
});

test('"Popular Mobilization" before a role names the umbrella: its commanders and officials are the militia', () => {
  const got = events('Popular Mobilization commanders criticized the defence minister on Tuesday over unpaid salaries.');
  assert.ok(got.some((g) => /^IRQUAFSHI 11\d* IRQGOV$/.test(g)), got.join('; '));
  const officials = events('Popular Mobilization officials accused the Kurdish regional government of hoarding weapons.');
  assert.ok(officials.some((g) => /^IRQUAFSHI\S* 11\d* IRQGOVKUR$/.test(g)), officials.join('; '));
});

test('the militia code satisfies every writer who names the Popular Mobilization Forces', () => {
  // The writers' alternatives (sets 20, 23, 24, 27, 30, 33, 37), judged as the article scorer judges a code.
  for (const accepted of ['IRQUAFSHI|IRQREBSHI|IRQMIL', 'IRQUAFSHI|IRQMIL', 'IRQUAFSHI|IRQREBSHI', 'IRQUAFSHI|IRQMIL|IRQREBSHI', 'IRQUAFSHI'])
    assert.ok(codeMatches(accepted, 'IRQUAFSHI'), accepted);
  assert.ok(!codeMatches('IRQUAFSHI|IRQREBSHI', 'IRQMILPMF'));
});

/** The source code of "NAME criticized the American military ..." in an article of `date`, or ''. */
function sourceOf(subject: string, date: string, dateline: string): string {
  const got = events(`${subject} criticized the American military on Monday for the raids in Baquba.`, date, dateline);
  return got.find((g) => / 11\d* USAMIL$/.test(g))?.split(' ')[0] ?? '';
}

test('members of the Governing Council are the Iraqi government while it sat (July 2003 - June 2004), not after', () => {
  for (const name of ['Adnan Pachachi', 'Ahmed Chalabi', 'Ghazi al-Yawar', 'Mahmoud Othman']) {
    assert.equal(sourceOf(name, '2003-11-17', 'BAGHDAD, Nov. 17 (AP)'), 'IRQGOV', `${name} in November 2003`);
  }
  // Out of the council's term they keep their own codes (elite, party).
  assert.equal(sourceOf('Adnan Pachachi', '2009-03-02', 'BAGHDAD, March 2 (AP)'), 'IRQELI');
  assert.match(sourceOf('Ahmed Chalabi', '2009-03-02', 'BAGHDAD, March 2 (AP)'), /^IRQPTY/);
  assert.match(sourceOf('Mahmoud Othman', '2016-03-02', 'BAGHDAD, March 2 (AP)'), /^IRQKUR/);
});

test('the Coalition Provisional Authority is the occupying power\'s government (USAGOV), as the writers code it', () => {
  const got = events('The Coalition Provisional Authority accused the Iraqi police in Kut of abandoning their posts.', '2004-04-08', 'BAGHDAD, April 8 (AP)');
  assert.ok(got.some((g) => /^USAGOV 112\d* IRQCOP$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRQGOV 112/.test(g)), got.join('; '));
});
