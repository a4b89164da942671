/**
 * Actor families of the issue-5 work (helper s14-actors), on invented sentences through the whole pipeline:
 * the home country of a story whose lead names only a foreign mission, coordination that shares no modifier
 * over "the", "the group" and "the regional government", treaty names, a state's presence or interference,
 * a country before a rank abbreviation, "the militants" of an international armed group, and a state-office
 * title before a person the knowledge base codes by party.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from '../events/testing.js';

const annals = createAnnals();

test('home: a lead that names only a foreign mission ("stormed the Turkish consulate") leaves the story where it is datelined', () => {
  const got = eventCoder(annals, '2019-06-14')(
    'KIRKUK, Iraq, June 14, 2019 (AP) - Demonstrators angry over unpaid salaries stormed the Turkish consulate in Kirkuk ' +
      'on Thursday and set its gate on fire.\n\n' +
      'Marchers chanted slogans against Ankara as smoke rose over the building.\n\n' +
      'Police arrested at least 20 demonstrators, a police officer said.',
  );
  assert.ok(got.some((g) => /^IRQOPP 14\d* TUR/.test(g)), got.join('; '));
  assert.ok(hasEvent(got, 'IRQCOP', '17', 'IRQOPP'), got.join('; '));
  assert.ok(!got.some((g) => /^TUR(OPP|COP|CVL)/.test(g)), got.join('; '));
});

test('home: a lead that names a state still decides over the dateline', () => {
  const got = eventCoder(annals, '2019-06-14')(
    'AMMAN, Jordan, June 14, 2019 (AP) - Iraqi protesters stormed the offices of the Dawa Party in Nasiriyah on Thursday.\n\n' +
      'Police arrested at least 20 protesters, officials said.',
  );
  assert.ok(got.some((g) => /^IRQOPP 14\d* IRQPTY/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^JOR(COP|OPP)/.test(g)), got.join('; '));
});

test('coordination: "Jordanian officials and the exiles said" gives the exiles no Jordanian code', () => {
  const got = eventCoder(annals, '2012-03-05')(
    'AMMAN, Jordan, March 5, 2012 (AP) - Jordanian police raided a farm that shelters 300 Syrian opposition exiles ' +
      'on Sunday, Jordanian officials and the exiles said.\n\n' +
      'The exiles accused the police of beating unarmed women.',
  );
  assert.ok(got.some((g) => /^SYROPP\S* 112 JORCOP/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^JOROPP/.test(g)), got.join('; '));
});

test('"the group" is no police force, government or U.N. body named since, but the movement named before', () => {
  const got = eventCoder(annals, '2010-05-04')(
    "BAGHDAD, May 4, 2010 (AP) - The People's Mujahedin Organization of Iran said Iraqi police had beaten dozens of its members.\n\n" +
      'Police officers detained 12 men at the camp on Monday, and the U.N. mission asked for access. ' +
      'The group carried out bombings inside Iran in the 1980s.',
  );
  assert.ok(got.some((g) => /^IRNREB\S* 18\d* IRN/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^(IRQCOP|IGOUNO) 18/.test(g)), got.join('; '));
});

test('"the regional government" in an Iraqi story is the Kurdish regional government, not Baghdad named before', () => {
  const got = eventCoder(annals, '2015-09-02')(
    'BAGHDAD, Sept. 2, 2015 (AP) - The government in Baghdad sent two army brigades toward Sinjar on Tuesday.\n\n' +
      'Karwan Abdullah, a spokesman for the regional government, urged Baghdad to withdraw the brigades.',
  );
  assert.ok(hasEvent(got, 'IRQGOVKUR', '0', 'IRQGOV') || got.some((g) => /^IRQGOVKUR 0\d* IRQ/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRQGOV 0\d* IRQ/.test(g)), got.join('; '));
});

test('a place in a treaty\'s name ("the Geneva Conventions", "the Vienna Convention") is no actor', () => {
  const got = eventCoder(annals, '2013-02-11')(
    'BAGHDAD, Feb. 11, 2013 (AP) - The U.S. military granted the detainees protected status under the Geneva Conventions.\n\n' +
      'The embassy granted the diplomats protected status under the Vienna Convention.',
  );
  assert.ok(!got.some((g) => / (CHE|AUT)\S*$/.test(g) || /^(CHE|AUT)/.test(g)), got.join('; '));
});

test('"rejected the Turkish presence", "condemned Iranian interference": the state\'s government, not the bare country', () => {
  const got = eventCoder(annals, '2016-10-06')(
    'The Iraqi parliament rejected the Turkish presence near Mosul on Tuesday. ' + 'The Arab League condemned Iranian interference in Bahrain.',
  );
  assert.ok(hasEvent(got, 'IRQLEG', '12', 'TURGOV'), got.join('; '));
  assert.ok(got.some((g) => /^IGO\S*ARL 11\d* IRNGOV/.test(g)), got.join('; '));
});

test('"Iranian Gen. Qassem Soleimani": the country before a rank abbreviation belongs to the named general', () => {
  const got = eventCoder(annals, '2015-03-10')('Iranian Maj. Gen. Qassem Soleimani met Iraqi militia leaders in Samarra on Monday.');
  assert.ok(got.some((g) => /^IRNMIL 04\d* /.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRN 04/.test(g)), got.join('; '));
});

test('"the militants" after "the Islamic State group" are that group, not generic Iraqi rebels', () => {
  const got = eventCoder(annals, '2016-11-02')(
    'ERBIL, Iraq, Nov. 2, 2016 (AP) - Kurdish peshmerga fighters pushed toward a town held by the Islamic State group on Wednesday.\n\n' +
      'The militants attacked Kurdish peshmerga fighters near the town on Thursday, a Kurdish commander said.',
  );
  assert.ok(got.some((g) => /^IMGMUSISI 19\d* /.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRQREB 19/.test(g)), got.join('; '));
});

test('a capitalised state-office title beats the party code of the day ("Iraqi Foreign Minister Ibrahim al-Jaafari" in 2019)', () => {
  const got = eventCoder(annals, '2019-05-03')('Iraqi Foreign Minister Ibrahim al-Jaafari criticized Turkey on Monday.');
  assert.ok(got.some((g) => /^IRQGOV 11\d* TUR/.test(g)), got.join('; '));
  // No office now: "former" and a party title keep the party.
  const former = eventCoder(annals, '2019-05-03')('Former Prime Minister Ibrahim al-Jaafari criticized Turkey on Monday.');
  assert.ok(former.some((g) => /^IRQPTY\S* 11\d* TUR/.test(g)), former.join('; '));
  const leader = eventCoder(annals, '2019-05-03')('Dawa leader Ibrahim al-Jaafari criticized Turkey on Monday.');
  assert.ok(leader.some((g) => /^IRQPTY\S* 11\d* TUR/.test(g)), leader.join('; '));
});

test('"they" after "his fighters" in the same sentence are the fighters, not a consulate named before', () => {
  const got = eventCoder(annals, '2018-05-03')(
    'MOSUL, Iraq, May 3, 2018 (AP) - Protesters burned the Turkish consulate in Mosul on Friday.\n\n' +
      'Hadi al-Amiri warned that his fighters would defend their offices by force if they were attacked again.',
  );
  assert.ok(!got.some((g) => /^IRQUAFSHI 13\d* TUR/.test(g)), got.join('; '));
});

test('"the appeals filed by X" name their own agent: not the author of an earlier appeal', () => {
  const text =
    'BAGHDAD, May 3, 2010 (AP) - The U.N. envoy urged calm on Sunday and appealed to the parties to accept the results.\n\n' +
    'The election commission rejected most of the appeals filed by the Sadrist movement.';
  const got = eventCoder(annals, '2010-05-03')(text);
  assert.ok(!got.some((g) => /^IRQGOV 12\d* IGOUNO/.test(g)), got.join('; '));
});

test('"the politicians" in an Iraqi story are Iraqi, not "U.S. officials" named last', () => {
  const got = eventCoder(annals, '2006-05-09')(
    'BAGHDAD, May 9 (Reuters) - Iraqi Shiite and Kurdish leaders on Tuesday again failed to agree on a prime minister.\n\n' +
      'The U.S. envoy met President Jalal Talabani during two days of talks. U.S. officials said privately that Washington had lost patience.\n\n' +
      'Foreign Secretary Jack Straw said the politicians had let the country down.',
  );
  assert.ok(got.some((g) => /^GBRGOV 11\d* IRQ/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^GBRGOV 11\d* USA/.test(g)), got.join('; '));
});
