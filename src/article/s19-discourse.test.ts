import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleDyads, articleMentions } from '../testkit/article.js';

const annals = createAnnals({ geo: false });

/** The article-level code of each mention whose text is `phrase` (in order), for an invented article. */
const resolve = (text: string): ((phrase: string) => string[]) => articleMentions(annals, text, 'BAGHDAD, March 9 (AP) -', 20100309).codes;

// A body that names its own kind ("the electoral commission", "the council") is no foreign body of another kind named
// last ("the administration"): with none called so in reach it is the home's, as "the government" is.

test('"the electoral commission" after "the administration" is the home\'s, not the U.S. government', () => {
  const codes = resolve(
    'Kurdish parties accused their rivals of fraud in Dohuk. ' +
      'A State Department official said the administration was following the count closely. ' +
      'The electoral commission said it would audit 200 polling stations.',
  );
  const c = codes('electoral commission');
  assert.equal(c.length, 1, c.join(' '));
  assert.match(c[0], /^IRQ/, c[0]);
});

test('a foreign council called so is still "the council"', () => {
  const codes = resolve('The U.N. Security Council met on Tuesday to discuss the vote in Iraq. The council urged all parties to accept the results.');
  assert.deepEqual(codes('council'), ['IGOUNO']);
});

// "them" after a verb conjoined to one that acted on plural things ("received petitions and would study them"): the
// things, no actor.

test('"them" for the petitions a body received is no actor', () => {
  const codes = resolve(
    'Sunni tribal leaders in Anbar met the governor on Sunday. ' +
      'The provincial council said it had received 300 petitions and would study them next week.',
  );
  assert.deepEqual(codes('them'), []);
});

test('"them" after people detained is still those people', () => {
  const codes = resolve('Police in Kut detained 40 protesters on Friday and beat them, witnesses said.');
  assert.equal(codes('them').length, 1);
});

// "the government" is no radical council that is only a "council" (IRQRAD...GOV): a body noun of a state sector is no
// non-state side's organ.

test('"the interim government" is not a mujahedeen council named before it', () => {
  const codes = resolve(
    'A spokesman for the town\'s mujahedeen council said its fighters would resist any assault. ' +
      'A Sunni cleric said the interim government had betrayed the town.',
  );
  const g = codes('government');
  assert.equal(g.length, 1, g.join(' '));
  assert.equal(g[0], 'IRQGOV');
});

// "A militant group", "an insurgent cell": the group noun after the matched word heads the actor, an organisation that
// "the group" and "it" name later.

const hostage =
  'A militant group calling itself the Lions of the Desert threatened on Sunday to kill a Bulgarian driver it seized near Kirkuk. ' +
  'The group said it would free him only if Bulgaria pulled its soldiers out of Iraq. ' +
  'It also demanded that the Kirkuk police release four of its members.';

test('"a militant group" is one organisation that "the group" names again', () => {
  const codes = resolve(hostage);
  const first = codes('militant group');
  assert.equal(first.length, 1, first.join(' '));
  assert.match(first[0], /REB/, first[0]);
  assert.deepEqual(codes('group'), [first[0], first[0]]);
});

test('"it" after "the group" is that group, so its demand has a source', () => {
  const dyads = articleDyads(annals, `KIRKUK, July 11 (AP) - ${hostage}`, '2004-07-11');
  assert.ok(dyads.some((d) => /^2 \S*REB\S*>\S*COP 10/.test(d)), dyads.join('\n'));
});

test('a name no dictionary knows, in apposition with an armed group, is that group, and "it" names it next', () => {
  const codes = resolve(
    'The Hamza Martyrs Brigades, a little-known Sunni insurgent group, claimed a bombing in Samarra on Monday. ' +
      'It said it would strike again.',
  );
  const name = codes('Hamza Martyrs Brigades');
  assert.equal(name.length, 1, name.join(' '));
  assert.match(name[0], /^IRQREBSUN/, name[0]);
  assert.deepEqual(codes('It'), [name[0]]);
});

test('an item of a list is not renamed by the next item ("the Dawa party, the Badr Organization, the Hikma movement")', () => {
  const codes = resolve('Protesters burned the offices of the Dawa party, the Badr Organization, the National Wisdom movement and two militias in Basra.');
  assert.ok(!codes('Badr Organization').some((c) => /PTY/.test(c)), codes('Badr Organization').join(' '));
});

// "The pontiff" after "Pope Francis", "The Guards" after "the Revolutionary Guards": a title the person was named with, or
// the last word of an organisation's name, said again with "the" (no dictionary knows the short form).

test('"the pontiff" is the pope the article named', () => {
  const codes = resolve('Pope Benedict XVI received the Iraqi foreign minister at the Vatican on Monday. The pontiff urged Iraq to protect its Christians.');
  const pope = codes('Pope Benedict XVI');
  assert.equal(pope.length, 1);
  assert.deepEqual(codes('pontiff'), pope);
});

test('"the Guards" after "Iran\'s Revolutionary Guards" is the Guards, whose claim then has a source', () => {
  const text = 'Iran\'s Revolutionary Guards fired missiles at a base near Erbil on Sunday. Kurdish officials condemned the strike. The Guards said they had struck a spy center.';
  assert.deepEqual(resolve(text)('Guards'), ['IRNMIL', 'IRNMIL']);
});

test('"the House" is no White House, "the state" no State Department official', () => {
  const codes = resolve(
    'A State Department official said the White House wanted a vote soon. The House will vote next week, and the state must protect its citizens.',
  );
  assert.ok(!codes('House').slice(1).some((c) => c === 'USAGOV'), codes('House').join(' '));
  assert.ok(!codes('state').some((c) => c === 'USAGOV'), codes('state').join(' '));
});

test('"the Governing Council" is no occupation authority named before it', () => {
  const codes = articleMentions(
    annals,
    'Thousands of former Iraqi soldiers marched on the headquarters of the U.S.-led occupation authority on Monday. ' +
      'The Governing Council urged the authority to pay the men. The council also called on the marchers to remain calm.',
    'BAGHDAD, June 2 (AP) -',
    20030602,
  ).codes;
  assert.deepEqual(codes('Governing Council'), ['IRQGOV']);
  assert.deepEqual(codes('council').slice(-1), ['IRQGOV']);
});

// "Its spokesman said the bloc would not allow a vote": the group word said as the subject of the clause its own
// spokesman reports is that group, not another bloc named before.

test('"the bloc" in its own spokesman\'s words is the spokesman\'s group', () => {
  const codes = resolve(
    'Ayad Allawi, whose Iraqiya bloc won the most seats, met Kurdish leaders in Irbil. ' +
      'Maliki\'s State of Law coalition dismissed the meeting. Its spokesman said the bloc would not allow a vote.',
  );
  assert.deepEqual(codes('bloc').slice(-1), ['IRQPTYSHI']);
});

test('an addressee of a warning is not the warner\'s own group', () => {
  const codes = resolve('Sadr\'s movement has warned the alliance that it would leave the government if the prime minister is replaced.');
  assert.ok(!codes('alliance').includes('IRQPTYSDR'), codes('alliance').join(' '));
});
