/**
 * Actor conventions of the issue-5 work (helper s15-actors), on invented sentences through the whole pipeline.
 * The expert coders of the article sets write Iraq's Kurdish parties as the Kurds' political side (IRQKUR or
 * IRQPTYKUR, never a party-specific code), and the Iran-backed Shiite factions of Iraq as Shiite rebels
 * (IRQREBSHI) in every era; a Badr leader who heads an electoral list is a Shiite politician (IRQPTYSHI).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder } from '../events/testing.js';

const annals = createAnnals();

test('Kurdish parties: the PUK and the KDP are the Kurds (IRQKUR...) and stay two actors when one accuses the other', () => {
  const got = eventCoder(annals, '2013-09-20')(
    'SULAIMANIYAH, Iraq, Sept. 20, 2013 (AP) - The Patriotic Union of Kurdistan accused the KDP on Friday of rigging ' +
      'the vote in Dohuk.\n\nA KDP spokesman denied the charge.',
  );
  assert.ok(got.some((g) => /^IRQKUR\w* 112\d* IRQKUR\w*$/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^IRQKUR\w* 01\d* IRQKUR\w*$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /PTYKDP|PTYPUK/.test(g)), got.join('; '));
});

test('Kurdish parties: Gorran criticizing the regional government is a Kurdish actor against the KRG', () => {
  const got = eventCoder(annals, '2014-03-02')(
    'IRBIL, Iraq, March 2, 2014 (AP) - Gorran condemned the Kurdistan Regional Government on Sunday over unpaid salaries.',
  );
  assert.ok(got.some((g) => /^IRQKUR\w* 11\d* IRQGOVKUR$/.test(g)), got.join('; '));
});

test('Shiite factions after 2014: Harakat Hezbollah al-Nujaba is Shiite rebels (IRQREBSHI), not a militia of unclear allegiance', () => {
  const got = eventCoder(annals, '2019-11-12')(
    'BAGHDAD, Nov. 12, 2019 (AP) - Harakat Hezbollah al-Nujaba threatened on Tuesday to attack American forces in Anbar.',
  );
  assert.ok(got.some((g) => /^IRQREBSHI 13\d* USA/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /IRQUAFSHI/.test(g)), got.join('; '));
});

test('a Badr leader heading an electoral list in 2018 is a Shiite politician (IRQPTYSHI)', () => {
  const got = eventCoder(annals, '2018-07-15')(
    'BAGHDAD, July 15, 2018 (AP) - Hadi al-Amiri criticized the caretaker government on Sunday for failing to restore power in Basra.',
  );
  assert.ok(got.some((g) => /^IRQPTYSHI 11\d* IRQGOV/.test(g)), got.join('; '));
});

test('senators: "Sen. X" is a legislator (the surname "Sen" is not), and in an Iraq story a senator is the U.S. Congress', () => {
  const got = eventCoder(annals, '2007-09-12')(
    'BAGHDAD, Sept. 12, 2007 (AP) - Sen. Tom Fenwick accused the Iraqi government on Wednesday of wasting American aid.\n\n' +
      'A senator also criticized the Iraqi army for its slow progress.',
  );
  assert.ok(got.some((g) => /^USALEG 112\d* IRQGOV$/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^USALEG 11\d* IRQMIL$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRQLEG/.test(g)), got.join('; '));
  const delhi = eventCoder(annals, '2007-09-12')('NEW DELHI, Sept. 12, 2007 (AP) - The economist Ravi Sen criticized the Indian government on Wednesday.');
  assert.ok(!delhi.some((g) => /LEG/.test(g)), delhi.join('; '));
});

test('officers: bare "officers" in a sentence about the police are policemen (IRQCOP); at an army base they stay the army', () => {
  const got = eventCoder(annals, '2008-05-20')(
    'BAQUBA, Iraq, May 20, 2008 (AP) - Gunmen kidnapped three officers outside a police station in Baquba on Tuesday.\n\n' +
      'In Tikrit, insurgents kidnapped two officers from an army base.',
  );
  assert.ok(got.includes('---UAF 181 IRQCOP'), got.join('; '));
  assert.ok(got.includes('IRQREB 181 IRQMIL'), got.join('; '));
});

test('"the U.S. command" is the U.S. military (USAMIL), not the U.S. government', () => {
  const got = eventCoder(annals, '2006-06-02')(
    'BAGHDAD, June 2, 2006 (AP) - Prime Minister Nouri al-Maliki demanded on Friday that the U.S. command hand over its files on the shooting.',
  );
  assert.ok(got.some((g) => /^IRQGOV 10\d* USAMIL$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / USAGOV$/.test(g)), got.join('; '));
});

test('"Kurdish troops" right after the Pentagon spoke are the Kurds\' forces in Iraq (IRQMILKUR), not U.S. troops', () => {
  const got = eventCoder(annals, '2014-08-09')(
    'IRBIL, Iraq, Aug. 9, 2014 (AP) - The Pentagon said American drones struck artillery that the militants had used to shell Kurdish troops near the city.',
  );
  assert.ok(got.some((g) => / 19\d* IRQMILKUR$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /USAMILKUR/.test(g)), got.join('; '));
});

test('"both governments": peoples\' adjectives of a thing ("waving Iraqi and Turkmen flags") and Turkmen residents are no pair of governments', () => {
  const got = eventCoder(annals, '2017-10-17')(
    'KIRKUK, Iraq, Oct. 17, 2017 (AP) - Iraqi troops seized the city on Monday.\n\n' +
      'Turkmen residents celebrated in the streets of southern Kirkuk on Monday evening, waving Iraqi and Turkmen flags.\n\n' +
      'A U.N. envoy called on both governments to return to talks.',
  );
  assert.ok(!got.some((g) => /TKM/.test(g)), got.join('; '));
});

test('Turkmen: a minority of Kirkuk is no state for "both governments"; with Turkmenistan named, Turkmen officials are its own', () => {
  const kirkuk = eventCoder(annals, '2017-10-17')(
    'KIRKUK, Iraq, Oct. 17, 2017 (AP) - Abadi and Barzani traded accusations on Monday.\n\n' +
      'The city is home to Kurds, Arabs and Turkmen.\n\n' +
      'A U.N. envoy called on both governments to return to talks.',
  );
  assert.ok(!kirkuk.some((g) => /TKM/.test(g)), kirkuk.join('; '));
  const gas = eventCoder(annals, '2012-05-02')(
    'BAGHDAD, May 2, 2012 (AP) - Iraq signed a gas deal with Turkmenistan on Wednesday.\n\nTurkmen officials praised the Iraqi government for the deal.',
  );
  assert.ok(gas.includes('TKMGOV 051 IRQGOV'), gas.join('; '));
});
