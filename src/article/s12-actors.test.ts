/**
 * Actor families of the issue-5 work (helper s12-actors), on invented sentences through the whole
 * pipeline: a nationality said of a person in an international post, bare "the authorities" at home,
 * "the country's ... cleric", a foreign group's home namesake, "the coalition" of the occupation,
 * a country adjective opening an unknown organisation's name, and a delegation's members.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from '../events/testing.js';

const annals = createAnnals();

test('"the Slovak diplomat" after the U.N. envoy Jan Kubis is the envoy (IGOUNO, by his undated code SVKELI), not the Slovak government', () => {
  const got = eventCoder(annals, '2016-03-14')(
    'BAGHDAD (AP) - The U.N. envoy for Iraq, Jan Kubis, arrived in Basra on Monday.\n\n' +
      'The Slovak diplomat urged Kurdish leaders to end their boycott of parliament.',
  );
  assert.ok(got.some((g) => /^IGOUNO 02\d* \S*KUR/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('SVK')), got.join('; '));
});

test('an office of a state is no nationality said of the envoy: "the Slovak ambassador" stays the Slovak government', () => {
  const got = eventCoder(annals, '2016-03-14')(
    'BAGHDAD (AP) - The U.N. envoy for Iraq, Jan Kubis, arrived in Basra on Monday.\n\n' +
      'The Slovak ambassador urged Kurdish leaders to end their boycott of parliament.',
  );
  assert.ok(got.some((g) => /^SVKGOV 02\d* /.test(g)), got.join('; '));
});

test('bare "the authorities" after a foreign ministry spoke are the home government, not that ministry', () => {
  const got = eventCoder(annals, '2016-03-14')(
    'BAGHDAD, Iraq (AP) - Iraqi police fired tear gas at hundreds of protesters in Nasiriyah on Monday.\n\n' +
      'The State Department said Washington was troubled by the violence.\n\n' +
      'Jan Kubis, the U.N. envoy, said the deaths were unacceptable. He urged the authorities to free the detained students.',
  );
  assert.ok(hasEvent(got, 'IGOUNO', '02', 'IRQGOV'), got.join('; '));
  assert.ok(!got.some((g) => /^IGOUNO \d+ USA/.test(g)), got.join('; '));
});

test('"the country\'s most senior Sunni cleric" is the cleric (IRQRELSUN), not the country', () => {
  const got = eventCoder(annals, '2013-01-08')(
    'RAMADI, Iraq (AP) - The country\'s most senior Sunni cleric accused the government on Tuesday of persecuting his community.',
  );
  assert.ok(hasEvent(got, 'IRQRELSUN', '112', 'IRQGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQ 112')), got.join('; '));
});

test('"Fatah" in a Baghdad story naming nothing Palestinian is the Iraqi Fatah Alliance, in a Palestinian story the Palestinian party', () => {
  const iraq = eventCoder(annals, '2019-05-20')(
    'BAGHDAD, Iraq (AP) - Iraqi lawmakers argued over the budget in Baghdad on Monday.\n\n' +
      'A Fatah legislator accused the Iraqi finance minister of starving the southern provinces of funds.',
  );
  assert.ok(iraq.some((g) => /^IRQPTYSHI\w* 112 IRQGOV/.test(g)), iraq.join('; '));
  assert.ok(!iraq.some((g) => g.includes('PSE')), iraq.join('; '));
  const pse = eventCoder(annals, '2019-05-20')(
    'RAMALLAH, West Bank (AP) - A Fatah legislator accused Hamas on Monday of blocking the elections in Gaza.',
  );
  assert.ok(pse.some((g) => /^PSEPTYFTH\w* 112 PSEREBHAM/.test(g)), pse.join('; '));
});

test('"the coalition" in Iraq under the occupation is the occupying power (USAGOV); later it is an Iraqi party', () => {
  const occupied = eventCoder(annals, '2003-11-12')(
    'BAGHDAD, Iraq (AP) - Iraqi police arrested six men in Baghdad on Tuesday after a bomb wounded two officers.\n\n' +
      'Members of the Iraqi Governing Council accused the coalition on Wednesday of ignoring their advice on the police.',
  );
  assert.ok(occupied.some((g) => /^IRQGOV\w* 112 USAGOV$/.test(g)), occupied.join('; '));
  const later = eventCoder(annals, '2009-11-12')(
    'BAGHDAD, Iraq (AP) - Iraqi police arrested six men in Baghdad on Tuesday after a bomb wounded two officers.\n\n' +
      'Members of the provincial council accused the coalition on Wednesday of ignoring their advice on the police.',
  );
  assert.ok(hasEvent(later, 'IRQGOV', '112', 'IRQPTY'), later.join('; '));
  assert.ok(!later.some((g) => g.includes('USA')), later.join('; '));
});

test('a country adjective just before an unknown organisation\'s name is part of the name and says whose ("the Lebanese Armenian Front")', () => {
  const got = eventCoder(annals, '2012-06-05')(
    'BEIRUT (AP) - The Lebanese Armenian Front accused Hezbollah on Tuesday of arming gangs in the Bourj Hammoud district.',
  );
  assert.ok(got.some((g) => /^LBNPTY 112\d* LBNREBHEZ$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^(LBN|ARM) /.test(g)), got.join('; '));
});

test('a delegation of clerics is the clerics (IRQRELSUN), and "the delegation" later is the same', () => {
  const got = eventCoder(annals, '2006-08-02')(
    'RAMADI, Iraq (AP) - A delegation of Sunni clerics met the American commander in Ramadi on Tuesday.\n\n' +
      'The delegation accused the Marines of shooting at worshippers.',
  );
  assert.ok(got.some((g) => /^IRQRELSUN 04\d* USAMIL/.test(g)), got.join('; '));
  assert.ok(hasEvent(got, 'IRQRELSUN', '112', 'USAMIL'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQGOV')), got.join('; '));
});

test('"the occupation forces" and "the occupation authority" in an Iraqi story are the occupying power (USAMIL, USAGOV), not Iraq\'s', () => {
  const got = eventCoder(annals, '2004-05-18')(
    'BASRA, Iraq (AP) - Iraqi police arrested four men in Basra on Monday after a bomb wounded two officers.\n\n' +
      'A Shiite cleric accused the occupation authority of starving the south. His aides accused the occupation forces of killing farmers.',
  );
  assert.ok(hasEvent(got, 'IRQRELSHI', '112', 'USAGOV'), got.join('; '));
  assert.ok(got.some((g) => /^IRQ\S* 112 USAMIL$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 112 IRQ(GOV|MIL)$/.test(g)), got.join('; '));
});

test('a paragraph opening "In the village of X, west of Ramadi," is set in Iraq: its police are Iraqi in a story datelined Amman', () => {
  const got = eventCoder(annals, '2008-03-09')(
    'AMMAN, Jordan (AP) - Jordanian officials met Iraqi ministers in Amman on Sunday to discuss trade, and King Abdullah praised the Iraqi delegation.\n\n' +
      'In the village of Hit, west of Ramadi, a roadside bomb killed four soldiers. Police blamed al Qaeda in Iraq.',
  );
  assert.ok(got.some((g) => /^IRQCOP 112\d* IRQREB/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('JORCOP')), got.join('; '));
});

test('"the two countries" are the two states named before them in their own sentence, not the lead\'s pair', () => {
  const got = eventCoder(annals, '2008-03-09')(
    'AMMAN, Jordan (AP) - Jordanian officials met Iraqi ministers in Amman on Sunday to discuss trade, and King Abdullah praised the Iraqi delegation.\n\n' +
      "Egypt's foreign minister, Ahmed Aboul Gheit, who held talks with Jordanian Foreign Minister Salaheddine al-Bashir, said the two countries had agreed to reopen the border.",
  );
  assert.ok(hasEvent(got, 'EGYGOV', '03', 'JORGOV') && hasEvent(got, 'JORGOV', '03', 'EGYGOV'), got.join('; '));
  assert.ok(!got.some((g) => / 03\d* IRQ/.test(g) || /^IRQ\S* 03/.test(g)), got.join('; '));
});

test('"Democratic lawmakers" and "two Republican senators" in an Iraqi story are the U.S. Congress (USALEG), not Iraq\'s legislators', () => {
  const got = eventCoder(annals, '2007-06-12')(
    'BAGHDAD, Iraq (AP) - Iraqi police arrested six men in Mosul on Tuesday.\n\n' +
      'A government spokesman rejected the criticism from Democratic lawmakers. Two Republican senators urged the Iraqi parliament to pass the oil law.',
  );
  assert.ok(hasEvent(got, 'IRQGOV', '12', 'USALEG'), got.join('; '));
  assert.ok(hasEvent(got, 'USALEG', '02', 'IRQLEG'), got.join('; '));
  assert.ok(!got.some((g) => / IRQLEG$/.test(g) && g.startsWith('IRQGOV 12')), got.join('; '));
});

test('a middle initial the knowledge base does not spell is skipped inside a listed name ("Peter P. Pace" = Peter Pace)', () => {
  const got = eventCoder(annals, '2006-04-12')(
    'KARBALA, Iraq (AP) - Iraqi police arrested six men in Karbala on Tuesday.\n\nPeter P. Pace praised the Iraqi army on Wednesday.',
  );
  assert.ok(hasEvent(got, 'USAMIL', '051', 'IRQMIL'), got.join('; '));
});
