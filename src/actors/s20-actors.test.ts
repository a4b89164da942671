/**
 * Named actors of the issue-5 work (helper s20-actors), on invented sentences through the whole pipeline:
 * legislators drawn from several parties act as legislators, not as the parties; a minority faith's leaders are
 * the community, not a government; a bare "Revolutionary Guards" is Iran's force wherever the article is set;
 * "Kurdish Democratic Party" is the Kurdish party, not the U.S. Democrats; "Secretary-General X" is X's body; an organisation
 * named in full is that organisation when named again by the end of its name; "deputy" before an office title is
 * that office's deputy.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder } from '../events/testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2012-05-03');
const lead = 'BAGHDAD, May 3, 2012 (AP) - Prime Minister Nouri al-Maliki met the provincial governors in the capital on Sunday. ';

test('legislators: "lawmakers from several blocs" accuse as lawmakers (IRQLEG), not as the blocs', () => {
  const got = code(lead + 'Lawmakers from several blocs accused the prime minister of neglecting the southern provinces.');
  assert.ok(got.some((g) => g === 'IRQLEG 112 IRQGOV'), got.join('; '));
  assert.ok(!got.some((g) => /^IRQPTY\S* 112/.test(g)), got.join('; '));
});

test('faiths: "Yazidi leaders" and "Christian leaders" are their communities, not a government', () => {
  const got = code(lead + 'Yazidi leaders accused the Kurdish regional government of abandoning their villages. ' +
    'Christian leaders urged Maliki to protect their churches.');
  assert.ok(got.some((g) => /^IRQYAZ 112 IRQGOVKUR$/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^IRQCHR 02\d* IRQGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRQGOV(YAZ|CHR) /.test(g)), got.join('; '));
});

test('faiths: Sunni leaders keep their political code beside Christian leaders', () => {
  const got = code(lead + 'Sunni leaders accused the prime minister of sidelining them. Christian leaders accused the prime minister of ignoring them.');
  assert.ok(got.some((g) => g === 'IRQPTYSUN 112 IRQGOV'), got.join('; '));
  assert.ok(got.some((g) => g === 'IRQCHR 112 IRQGOV'), got.join('; '));
});

test('kb: a bare "Revolutionary Guards" in an Iraq story is Iran\'s force', () => {
  const got = code(lead + 'The Revolutionary Guards fired missiles at Kurdish rebels in the mountains near the border.');
  assert.ok(got.some((g) => /^IRNMIL 19\d* IRQREBKUR$/.test(g)), got.join('; '));
});

test('kb: "Kurdish Democratic Party" is the Kurdish party, not the U.S. Democrats', () => {
  const got = code(lead + 'The Kurdish Democratic Party accused the prime minister of violating the constitution.');
  assert.ok(got.some((g) => /^IRQKUR\S* 112\d* IRQGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('USA')), got.join('; '));
});

test('kb: "Secretary-General X" with no organisation before the title is the person\'s body, not the home government', () => {
  const got = code(lead + 'Secretary-General Kofi Annan criticized Maliki over the arrests.');
  assert.ok(got.some((g) => g === 'IGOUNO 111 IRQGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQGOV 111')), got.join('; '));
});

const orgs = 'BAGHDAD, Oct. 10, 2010 (AP) - The Iraqi Islamic Party and the Kurdistan Democratic Party agreed to back the budget on Sunday. ';

test('org tails: "the Islamic Party" after "the Iraqi Islamic Party" is that party (IRQPTYSUN), not a Muslim party', () => {
  const got = code(orgs + 'The Islamic Party blamed Maliki for the delay.');
  assert.ok(got.some((g) => /^IRQPTYSUN 112\d* IRQGOV$/.test(g)), got.join('; '));
});

test('org tails: "the Democratic Party" after "the Kurdistan Democratic Party" is the Kurdish party, not the U.S. Democrats', () => {
  const got = code(orgs + 'The Democratic Party blamed Maliki for the delay.');
  assert.ok(got.some((g) => /^IRQKURKDP 112\d* IRQGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('USAPTYDEM')), got.join('; '));
  // Only a full name said before counts.
  const us = code('WASHINGTON, Oct. 10, 2010 (AP) - The Democratic Party blamed President Barack Obama for the delay. The Kurdistan Democratic Party met on Monday.');
  assert.ok(us.some((g) => /^USAPTYDEM 112\d* USAGOV$/.test(g)), us.join('; '));
});

test('deputy titles: "Deputy Interior Minister X" is the government (IRQGOV), not a legislator in it (IRQLEGGOV)', () => {
  const got = code(lead + 'Deputy Interior Minister Ahmed Jassim criticised Maliki over the arrests. Deputy Oil Minister Karim Hattab met Maliki on Monday.');
  assert.ok(got.some((g) => g === 'IRQGOV 111 IRQGOV'), got.join('; '));
  assert.ok(got.some((g) => /^IRQGOV\S* 04\d* IRQGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQLEG')), got.join('; '));
});

test('party of a state figure: "Maliki\'s coalition" is a party of his country (IRQPTY), not his office (IRQGOVPTY)', () => {
  const got = code(lead + "Maliki's coalition accused Ayad Allawi of plotting a coup. Talabani's party accused Allawi of lying.");
  assert.ok(got.some((g) => /^IRQPTY 112\d* IRQ\S*$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('IRQGOVPTY')), got.join('; '));
});
