import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleMentions } from '../testkit/article.js';

const annals = createAnnals({ geo: false });

/** The article-level code of each mention whose text is `phrase` (in order), and the home, for an invented article. */
function resolve(text: string, dateline = 'BAGHDAD, April 2 (AP) -', day = 20080402): { codes: (phrase: string) => string[]; home: string | null } {
  return articleMentions(annals, text, dateline, day);
}

test('"the group" is a non-state body, not the police named since', () => {
  const r = resolve(
    'Iraqi police raided the offices of the Badr Organization in Kut on Monday. ' +
      'Police detained 12 guards and seized weapons, officials said. ' +
      'The group said it would complain to parliament.',
  );
  const groups = r.codes('group');
  assert.equal(groups.length, 1, groups.join(' '));
  assert.match(groups[0], /^IRQUAF/, groups.join(' '));
});

test('"the group" is not the government either', () => {
  const r = resolve(
    'The Kurdistan Workers\' Party said on Sunday that Turkish jets had bombed its camps in the mountains. ' +
      'The Turkish government said the raids were aimed at rebels who had attacked border posts. ' +
      'Prime Minister Recep Tayyip Erdogan\'s government has vowed to crush the group.',
    'ANKARA, Turkey, Aug. 3 (AP) -',
    20070803,
  );
  const groups = r.codes('group');
  assert.equal(groups.length, 1);
  assert.ok(!/GOV|MIL|COP/.test(groups[0]), groups.join(' '));
});

test('"the group" again is the body the article has been calling so, before an organisation named since', () => {
  const r = resolve(
    'The Badr Organization said its offices in Kut had been raided. ' +
      'According to the group, police beat two guards. ' +
      'The group has long been at odds with the governor. ' +
      'The United Nations urged calm. ' +
      'The group said it would hold a rally on Friday.',
  );
  const groups = r.codes('group');
  assert.equal(groups.length, 3, groups.join(' '));
  for (const g of groups) assert.match(g, /^IRQUAF/, groups.join(' '));
});

test('a country before "X and the Y" does not reach the determined conjunct: "the exiles" are the exiles named before', () => {
  const r = resolve(
    'Turkish troops entered a camp near Hatay that houses about 2,000 Syrian opposition exiles, Turkish officials and the exiles said. ' +
      'The exiles accused Ankara of bowing to pressure from Damascus.',
    'ANKARA, Turkey, May 4 (AP) -',
    20120504,
  );
  const exiles = r.codes('exiles');
  assert.ok(exiles.length >= 3, exiles.join(' '));
  for (const c of exiles) assert.match(c, /^SYROPP/, exiles.join(' '));
});

test('a country still spreads over an agent-only conjunct with no determiner ("Iraqi police and soldiers")', () => {
  const r = resolve('Syrian police and soldiers surrounded the town of Deraa on Monday, witnesses said.', 'AMMAN, Jordan, April 25 (AP) -', 20110425);
  assert.deepEqual(r.codes('soldiers'), ['SYRMIL']);
});

test('the dateline decides the home when the lead\'s only foreign actor is a mission abroad', () => {
  const r = resolve(
    'Protesters angry over power cuts stormed the Syrian embassy in Baghdad late Friday and set it on fire, officials said. ' +
      'Police fired tear gas at the crowd.',
    'BAGHDAD, Iraq, Aug. 4 (AP) -',
    20120804,
  );
  assert.equal(r.home, 'IRQ');
  assert.deepEqual(r.codes('Protesters'), ['IRQOPP']);
  assert.deepEqual(r.codes('Police'), ['IRQCOP']);
});

test('a foreign actor that is no mission still makes its country the home ("ADDIS ABABA" for two other states\' talks)', () => {
  const r = resolve(
    'Sudanese officials and rebels resumed talks in Addis Ababa on Monday, mediators said. ' +
      'The government said the rebels must disarm first.',
    'ADDIS ABABA, Ethiopia, May 7 (AP) -',
    20120507,
  );
  assert.equal(r.home, 'SDN');
});

test('"the militants" are the armed group the article named, not a second group of the home\'s militants', () => {
  const r = resolve(
    'Islamic State fighters seized the town of Hit on Monday after a week of clashes, officials said. ' +
      'The militants overran a police station and freed dozens of prisoners. ' +
      'The governor asked the government to send troops to fight the militants.',
    'BAGHDAD, Oct. 6 (AP) -',
    20141006,
  );
  const ms = r.codes('militants');
  assert.equal(ms.length, 2, ms.join(' '));
  for (const c of ms) assert.equal(c, 'IMGMUSISI', ms.join(' '));
});

test('"the militants" with no armed group named stay the home\'s', () => {
  const r = resolve('Militants attacked a police station in Hit on Monday, Iraqi officials said. The militants fled before Iraqi troops arrived.', 'BAGHDAD, Oct. 6 (AP) -', 20141006);
  const ms = r.codes('militants');
  assert.ok(ms.length >= 1);
  for (const c of ms) assert.match(c, /^IRQ(REB|INS)/, ms.join(' '));
});

test('"they" after "his fighters" in the same sentence is not a body named sentences before', () => {
  const r = resolve(
    'Protesters set fire to the Kuwaiti embassy in Baghdad on Friday. ' +
      'Before turning on the embassy, demonstrators burned the offices of the Badr Organization. ' +
      'Qais al-Khazali, the leader of Asaib Ahl al-Haq, blamed saboteurs for the arson. ' +
      'He warned that his fighters would defend their offices if they were attacked again.',
    'BAGHDAD, Aug. 4 (AP) -',
    20180804,
  );
  for (const c of r.codes('they')) assert.ok(!c.startsWith('KWT'), c);
});

test('"X and the Y" is a pair: "the two sides" after "between Baghdad and the Kurdish region"', () => {
  const r = resolve(
    'Tensions between Baghdad and the Kurdish region rose on Monday after a deadly gunfight near Kirkuk. ' +
      'The two sides traded accusations on Tuesday.',
    'BAGHDAD, Nov. 21 (AP) -',
    20121121,
  );
  assert.deepEqual(r.codes('The two sides'), ['IRQ+IRQKUR']);
});

test('an act noun with its own agent ("appeals filed by X") is no earlier speaker\'s act', () => {
  const r = resolve(
    'The U.N. envoy urged all parties on Sunday to settle the dispute through legal means. ' +
      'The election commission has rejected most of the appeals filed by the losing parties.',
    'BAGHDAD, Nov. 7 (AP) -',
    20211107,
  );
  assert.deepEqual(r.codes('appeals'), []);
});

test('"the ministry" after a foreign minister is his ministry, not a ministry named further back', () => {
  const r = resolve(
    'The Interior Ministry said 20 people had been arrested after the embassy attack. ' +
      'Prime Minister Nouri al-Maliki ordered an investigation. ' +
      'Denmark\'s foreign minister, Per Stig Moller, condemned the attack as unacceptable. ' +
      'The ministry summoned Iraq\'s charge d\'affaires in Copenhagen.',
    'BAGHDAD, Feb. 9 (AP) -',
    20060209,
  );
  const ms = r.codes('ministry');
  assert.equal(ms[ms.length - 1], 'DNKGOV', ms.join(' '));
});

test('"the foreign militants" are not the armed group named before: only the bare noun is', () => {
  const r = resolve(
    'Islamic State claimed the bombing of a market in Ramadi on Monday, Iraqi officials said. ' +
      'Tribal leaders said the foreign militants had crossed from Syria.',
    'BAGHDAD, Oct. 6 (AP) -',
    20150306,
  );
  const ms = r.codes('militants');
  assert.equal(ms.length, 1);
  assert.notEqual(ms[0], 'IMGMUSISI');
});

test('"the regional government" after "the government of the Kurdish region" is that government, not Baghdad\'s', () => {
  const r = resolve(
    'Prime Minister Haider al-Abadi said the government in Baghdad would not allow foreign troops on Iraqi soil. ' +
      'The government of the Kurdish region said the deployment had been coordinated with it. ' +
      'A spokesman for the regional government urged Baghdad and Ankara to resolve the dispute.',
    'BAGHDAD, Oct. 6 (AP) -',
    20161006,
  );
  const g = r.codes('regional government');
  assert.equal(g.length, 1);
  assert.match(g[0], /^IRQGOVKUR/, g.join(' '));
});

test('"Police fired tear gas to disperse them": the purpose clause\'s object is not the police but the crowd counted before', () => {
  const r = resolve(
    'Hundreds of students gathered again outside the Education Ministry in Baghdad on Wednesday, shouting slogans against the minister, witnesses said. ' +
      'Police fired tear gas to disperse them.',
    'BAGHDAD, Oct. 6 (AP) -',
    20150306,
  );
  assert.deepEqual(r.codes('them'), ['IRQEDU']);
});

test('"condemned the attack" after a storming: the attack is the stormers\' act', () => {
  const r = resolve(
    'Protesters stormed the Kuwaiti embassy in Baghdad on Friday and set part of it on fire, officials said. ' +
      'No diplomats were hurt. ' +
      'A Kuwaiti Foreign Ministry spokesman condemned the attack as a savage act.',
    'BAGHDAD, Iraq, Aug. 4 (AP) -',
    20180804,
  );
  assert.deepEqual(r.codes('attack'), ['IRQOPP']);
});
