/**
 * Actor families of the issue-5 work (helper s10-actors): people the knowledge base lacks or knows
 * under another office, members of political groups no dictionary knows, deputies of executives and
 * the identities of Iraqi news, on invented sentences through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from '../events/testing.js';

const annals = createAnnals();

test('"Karim al-Nujaifi, a leader of the Rafidain list" is no listed Nujaifi but a member of that unknown list (IRQPTY), and so is the bare "Nujaifi" after him', () => {
  const got = eventCoder(annals, '2009-02-03')(
    'MOSUL, Iraq (AP) - Karim al-Nujaifi, a leader of the Rafidain list, accused Kurdish officials on Monday of rigging the count.\n\n' +
      'Nujaifi also criticized the electoral commission for ignoring the complaints.',
  );
  assert.ok(hasEvent(got, 'IRQPTY', '112', 'IRQGOVKUR'), got.join('; '));
  assert.ok(got.some((g) => /^IRQPTY 11\d* IRQGOV/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQLEG')), got.join('; '));
});

test('a person in apposition to "a member of the X Party", a party no dictionary knows, is that party (the group word merges into the name)', () => {
  const got = eventCoder(annals, '2009-02-03')(
    'BAGHDAD (AP) - Iraqi Prime Minister Nouri al-Maliki met Kurdish leaders on Sunday.\n\n' +
      'Hamid Jassim, a member of the Karama Party, accused the government of neglecting the south.',
  );
  assert.ok(hasEvent(got, 'IRQPTY', '112', 'IRQGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQGOV 112')), got.join('; '));
});

test('a deputy governor or deputy mayor is the executive (GOV), not a legislator as a bare "deputy"', () => {
  const got = eventCoder(annals, '2008-05-14')(
    'KIRKUK, Iraq (AP) - The Kurdish deputy governor, Rizgar Hamid, accused Turkmen parties on Monday of blocking the budget.\n\n' +
      'The deputy mayor of Kirkuk accused Turkmen parties of lying.',
  );
  assert.ok(hasEvent(got, 'IRQGOVKUR', '112', 'IRQPTY'), got.join('; '));
  assert.ok(!got.some((g) => g.includes('LEG')), got.join('; '));
});

test('in Iraqi news "Arab" members and sheikhs set against the Kurds are Sunni Arabs (IRQSUN), a Shiite Arab stays Shiite', () => {
  const got = eventCoder(annals, '2008-05-14')(
    'MOSUL, Iraq (AP) - Kurdish leaders accused Arab members of the provincial council on Monday of obstructing the vote.\n\n' +
      'The top U.S. commander in the north met Arab tribal sheiks on Tuesday.\n\n' +
      'Shiite Arab leaders accused the Kurds of grabbing land.',
  );
  assert.ok(hasEvent(got, 'IRQGOVKUR', '112', 'IRQSUN'), got.join('; '));
  assert.ok(hasEvent(got, 'USAMIL', '04', 'IRQSUN'), got.join('; '));
  assert.ok(got.some((g) => /^IRQ\w*SHI 112 IRQKUR$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => g.includes('ARB')), got.join('; '));
});

test('"Arab governments" in an Iraqi story are the region\'s other states, not Iraq\'s Sunni Arabs', () => {
  const got = eventCoder(annals, '2004-04-10')(
    'BAGHDAD (AP) - Iraqi leaders accused American Marines on Saturday of killing civilians in Falluja.\n\n' +
      'Arab governments urged the Americans to halt the offensive.',
  );
  assert.ok(got.some((g) => /^---GOVARB 02\d* USA/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQGOV') && g.includes(' 02')), got.join('; '));
});

test('the Dawa party is coded IRQPTYDAW, as the expert coders code it', () => {
  const got = eventCoder(annals, '2010-06-01')('BAGHDAD (AP) - Kurdish leaders accused the Dawa Party on Tuesday of stalling the talks.');
  assert.ok(hasEvent(got, 'IRQGOVKUR', '112', 'IRQPTYDAW'), got.join('; '));
});

test('dated offices: a prime minister-designate is the government, a speaker out of office his party, a regional chief of staff the regional government', () => {
  const code = eventCoder(annals, '2014-08-20');
  const a = code('BAGHDAD (AP) - President Barack Obama telephoned Haider al-Abadi on Monday.');
  assert.ok(hasEvent(a, 'USAGOV', '04', 'IRQGOV'), a.join('; '));
  const b = code('BAGHDAD (AP) - Osama al-Nujaifi accused the army on Monday of shelling Falluja.');
  assert.ok(b.some((g) => /^IRQPTYSUN 11\d* IRQMIL$/.test(g)), b.join('; '));
  const c = code('IRBIL, Iraq (AP) - Fuad Hussein accused Baghdad on Monday of withholding the budget.');
  assert.ok(c.some((g) => /^IRQGOVKUR 11\d* IRQGOV$/.test(g)), c.join('; '));
});

test('"Iraq\'s largest Sunni Arab bloc": the bloc after a country\'s identity mention is that identity\'s party (IRQPTYSUN), not the bare identity', () => {
  const got = eventCoder(annals, '2006-11-16')('BAGHDAD (AP) - Iraq\'s largest Sunni Arab bloc accused the government on Monday of protecting death squads.');
  assert.ok(hasEvent(got, 'IRQPTYSUN', '112', 'IRQGOV'), got.join('; '));
});

test('ranks of a force are that force: "the commanders of the border police units" are police (IRQCOP), not the army', () => {
  const got = eventCoder(annals, '2006-11-16')(
    'BAGHDAD (AP) - Iraq\'s interior minister ordered the arrest of the commanders of the border police units on Tuesday.\n\n' +
      'Officers of the traffic police accused the army of firing on them.',
  );
  assert.ok(hasEvent(got, 'IRQGOV', '17', 'IRQCOP'), got.join('; '));
  assert.ok(hasEvent(got, 'IRQCOP', '112', 'IRQMIL'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQGOV 17') && g.endsWith('IRQMIL')), got.join('; '));
});

test('"X, the country\'s most senior Sunni politician": the possessor of a title in apposition is no actor of its own, the person is', () => {
  const got = eventCoder(annals, '2011-12-19')(
    'BAGHDAD (AP) - Iraqi authorities issued an arrest warrant on Monday for Vice President Tareq al-Hashemi, the country\'s most senior Sunni Arab politician.',
  );
  assert.ok(got.some((g) => /^IRQGOV 17\d* IRQ(GOV|PTYSUN)$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / IRQ$/.test(g)), got.join('; '));
});

test('"a criminal act" names no criminals; a media adviser is his principal\'s office (GOV), not the media', () => {
  const got = eventCoder(annals, '2011-10-04')(
    'BAGHDAD (AP) - Prime Minister Nouri al-Maliki called the bombing a criminal act and demanded that those responsible be punished.\n\n' +
      "Ali Hamid, the prime minister's media adviser, accused the Americans of meddling in the talks.",
  );
  assert.ok(!got.some((g) => g.includes('CRM')), got.join('; '));
  assert.ok(got.some((g) => /^IRQGOV 112\d* USA/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQMED')), got.join('; '));
});

test('"the president of the Kurdish region" is the regional government with the role first (IRQGOVKUR, not IRQKURGOV); protest leaders are the opposition', () => {
  const got = eventCoder(annals, '2012-04-10')(
    'BAGHDAD (AP) - The president of the Kurdish region accused Prime Minister Nouri al-Maliki on Monday of monopolizing power.\n\n' +
      "Protest leaders in Ramadi rejected the government's offer.",
  );
  assert.ok(hasEvent(got, 'IRQGOVKUR', '112', 'IRQGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.includes('KURGOV')), got.join('; '));
  assert.ok(got.some((g) => /^IRQOPP 12\d* IRQGOV$/.test(g)), got.join('; '));
});

test('a party\'s leader in parliament speaks for his party: Ali al-Adeeb in 2010 is Dawa (IRQPTYDAW), not the legislature', () => {
  const got = eventCoder(annals, '2010-08-17')('BAGHDAD (AP) - Ali al-Adeeb accused Iraqiya on Tuesday of blocking the talks.');
  assert.ok(got.some((g) => /^IRQPTYDAW 112\d* IRQPTYIQY$/.test(g)), got.join('; '));
});
