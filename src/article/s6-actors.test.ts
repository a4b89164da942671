/**
 * Actor families of the issue-5 work (helper s6-actors), on invented sentences through the
 * whole pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from '../events/testing.js';

const annals = createAnnals();

test('"Senate Majority Leader Harry Reid": the body before the title is part of the named person\'s title (USALEG), not a home-country body', () => {
  const got = eventCoder(annals, '2007-05-02')(
    'BAGHDAD (Reuters) - Iraqi Prime Minister Nouri al-Maliki met Sunni leaders on Monday.\n\n' +
      'Senate Majority Leader Harry Reid accused the White House of ignoring the voters.',
  );
  assert.ok(hasEvent(got, 'USALEG', '11', 'USAGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQLEG')), got.join('; '));
});

test('"Kurdish rebels" in a story that names the PKK are the PKK (TURREBPKK), not rebels of the home country', () => {
  const got = eventCoder(annals, '2007-12-20')(
    'BAGHDAD (Reuters) - Iraqi officials said on Friday that Turkish warplanes had bombed Kurdish rebels in the mountains of northern Iraq.\n\n' +
      'The PKK said the raids had killed no one.\n\n' +
      'Iraqi Foreign Minister Hoshiyar Zebari urged the PKK to leave Iraq.',
  );
  assert.ok(hasEvent(got, 'TURMIL', '19', 'TURREBPKK'), got.join('; '));
  assert.ok(!got.some((g) => g.includes('IRQREBKUR')), got.join('; '));
});

test('"the militia" is the militia the article names most, not a group named once in passing just before', () => {
  const got = eventCoder(annals, '2008-03-30')(
    'BAGHDAD (Reuters) - Iraqi troops fought the Mahdi Army in Basra on Tuesday.\n\n' +
      'The Mahdi Army said it would not give up its weapons.\n\n' +
      'A delegation that included Hadi al-Amiri of the Badr Organization flew to Najaf on Wednesday.\n\n' +
      'American aircraft bombed militia positions in the city.\n\n' +
      'Maliki ordered the militia to surrender.',
  );
  assert.ok(hasEvent(got, 'USAMIL', '19', 'IRQREBSHI'), got.join('; '));
  assert.ok(hasEvent(got, 'IRQGOV', '10', 'IRQREBSHI'), got.join('; '));
  assert.ok(!got.some((g) => /IRQUAF(BDR)?$/.test(g)), got.join('; '));
});

test('aircraft with no country of their own are the side whose forces were just named with theirs ("American troops, backed by helicopters")', () => {
  const got = eventCoder(annals, '2007-06-04')(
    'BAGHDAD (Reuters) - Iraqi police said on Monday that American troops, backed by helicopters, raided a village north of the capital.\n\n' +
      'A helicopter fired on a crowd of villagers, the police said.',
  );
  assert.ok(got.some((g) => /^USAMIL 1[89]\d* IRQCVL$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQMIL')), got.join('; '));
});

test('in a story of a tribal militia (the Awakening), tribal leaders are that militia, and gunmen who kill one assassinate him', () => {
  const got = eventCoder(annals, '2007-09-10')(
    "RAMADI, Iraq (Reuters) - The Awakening council said on Sunday that its fighters had driven al Qaeda out of two villages.\n\n" +
      "Tribal leaders in the province welcomed the government's decision to pay the fighters.\n\n" +
      'Gunmen killed a Sunni tribal leader near Ramadi on Monday, police said.',
  );
  assert.ok(hasEvent(got, 'IRQUAFSUN', '05', 'IRQGOV'), got.join('; '));
  assert.ok(hasEvent(got, '---UAF', '186', 'IRQUAFSUN'), got.join('; '));
  assert.ok(!got.some((g) => /ELI/.test(g)), got.join('; '));
});
