/**
 * Verb, idiom and construction families of the article-accuracy work (issue 5, session 8, verbs part): each test
 * codes invented news sentences through the whole pipeline (`createAnnals`, article coreference on) and checks
 * the dyad and CAMEO code an expert would give them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals({ coder: { requireDyad: true } });
const code = eventCoder(annals, '2008-04-02');
const root = (g: string): string => g.split(' ')[1].slice(0, 2);

test('stopping a fight is de-escalation (087x), not the fight the gerund names', () => {
  const a = code('The Mahdi Army stopped fighting Iraqi forces in Basra on Sunday.');
  assert.ok(hasEvent(a, 'IRQREBSHI', '087', 'IRQMIL'), a.join('; '));
  assert.ok(!a.some((g) => root(g) === '19'), a.join('; '));
  const b = code('Hamas ordered its fighters to halt rocket fire on Israel.');
  assert.ok(hasEvent(b, 'PSEREBHAM', '087', 'ISRGOV'), b.join('; '));
  // Ordering another side to stop is still a demand on it.
  const c = code('Hamas ordered Fatah to halt rocket fire on Israel.');
  assert.ok(hasEvent(c, 'PSEREBHAM', '10', 'PSEPTYFTH'), c.join('; '));
});

test('suspending armed operations is de-escalation (087)', () => {
  const got = code('The Mahdi Army suspended armed operations against American troops.');
  assert.ok(hasEvent(got, 'IRQREBSHI', '087', 'USAMIL'), got.join('; '));
});

test('throwing support or weight behind someone, or lining up behind him, is support (051)', () => {
  const a = code('The Sadrist movement threw its support behind Prime Minister Nouri al-Maliki.');
  assert.ok(hasEvent(a, 'IRQPTYSDR', '051', 'IRQGOV'), a.join('; '));
  const b = code('The Kurdish alliance threw their weight behind Prime Minister Nouri al-Maliki.');
  assert.ok(b.some((g) => / 051 IRQGOV$/.test(g)), b.join('; '));
  const c = code('Shiite parties lined up behind Prime Minister Nouri al-Maliki.');
  assert.ok(c.some((g) => / 051 IRQGOV$/.test(g)), c.join('; '));
});

test('saying one will not take part in or join a government is a refusal (120) toward it', () => {
  const a = code('The Iraqi Accordance Front said it would not take part in any government led by Prime Minister Nouri al-Maliki.');
  assert.ok(hasEvent(a, 'IRQPTYSUN', '120', 'IRQGOV'), a.join('; '));
  const b = code('The Sadrist movement said it would not join a government led by the Iraqi prime minister.');
  assert.ok(hasEvent(b, 'IRQPTYSDR', '120', 'IRQGOV'), b.join('; '));
  // Joining a protest or an attack is no seat in a government.
  const c = code('Thousands of Sadrists joined the protest against the Iraqi government.');
  assert.ok(!c.some((g) => g.split(' ')[1] === '050'), c.join('; '));
});

test('conditions or demands set out, listed or submitted are demands (100)', () => {
  const a = code('The Sadrist movement set out a list of 12 conditions for the Iraqi government.');
  assert.ok(hasEvent(a, 'IRQPTYSDR', '100', 'IRQGOV'), a.join('; '));
  const b = code('The Sadrist movement submitted its demands to the Iraqi government.');
  assert.ok(hasEvent(b, 'IRQPTYSDR', '100', 'IRQGOV'), b.join('; '));
  const c = code('The Iraqi government listed the names of the victims.');
  assert.ok(!c.some((g) => root(g) === '10'), c.join('; '));
});

test("forces that will keep hunting or hunt down a group threaten it with force (138)", () => {
  const a = code('A U.S. military spokesman said American forces would keep hunting Mahdi Army cells.');
  assert.ok(hasEvent(a, 'USAMIL', '138', 'IRQREBSHI'), a.join('; '));
  const b = code('The Iraqi army said it would hunt down al-Qaida in Iraq.');
  assert.ok(b.some((g) => /^IRQMIL 138 IRQREB/.test(g)), b.join('; '));
});

test("a trailing ', saying ...' is a statement apart: its words are no pattern of the verb before it", () => {
  const got = code(
    'The Sadrist movement accused the Iraqi government of abusing its powers. ' +
      'The government rejected the charge, saying the constitution gave the cabinet the right to return laws to parliament.',
  );
  assert.ok(hasEvent(got, 'IRQGOV', '016', 'IRQPTYSDR'), got.join('; '));
  assert.ok(!got.some((g) => g.split(' ')[1].startsWith('124')), got.join('; '));
});

test('dismissing a threat rejects it (120), toward whoever made it', () => {
  const got = code('The Sadrist movement threatened to quit the cabinet. The Iraqi government dismissed the threat.');
  assert.ok(hasEvent(got, 'IRQGOV', '120', 'IRQPTYSDR'), got.join('; '));
});

test('welcoming or condemning the veto or the freeze answers whoever vetoed or froze, however far back', () => {
  const a = code(
    'Iraqi Vice President Tareq al-Hashemi vetoed the new election law on Wednesday. He said the law was unfair to refugees. ' +
      'Parliament will meet on Sunday. Kurdish leaders said they were studying the text. The session was postponed. Syria welcomed the veto.',
  );
  assert.ok(hasEvent(a, 'SYRGOV', '051', 'IRQGOV'), a.join('; '));
  const b = code('Iraqi Vice President Tareq al-Hashemi vetoed the new election law on Wednesday. Sunni lawmakers condemned the veto.');
  assert.ok(hasEvent(b, 'IRQLEGSUN', '111', 'IRQGOV'), b.join('; '));
  const c = code(
    'The Mahdi Army suspended all armed operations for six months on Wednesday. The announcement came after clashes in Karbala. ' +
      'Prime Minister Nouri al-Maliki welcomed the freeze.',
  );
  assert.ok(hasEvent(c, 'IRQGOV', '051', 'IRQREBSHI'), c.join('; '));
});

test("a threat about the speaker's own side does not target that side; with no other side named it is left open", () => {
  const a = code('Kurdish leader Massoud Barzani threatened that the Kurds would withdraw from the talks if the Kirkuk clause was changed.');
  assert.ok(!a.some((g) => /^IRQGOVKUR 13\d* IRQKUR$/.test(g)), a.join('; '));
  const b = code('The Sunni speaker threatened that his bloc would block the budget if the Kurds did not compromise.');
  assert.ok(b.some((g) => / 13\d* ---KUR$/.test(g)), b.join('; '));
  // Another side as the clause's subject stays the target.
  const c = code('Prime Minister Nouri al-Maliki threatened that the Sadrists would pay a heavy price.');
  assert.ok(hasEvent(c, 'IRQGOV', '13', 'IRQPTYSDR'), c.join('; '));
});

test('inviting leaders to a meeting, talks or a visit is the host committing to meet (036)', () => {
  const got = code('Prime Minister Ibrahim al-Jaafari invited the leaders of the Sunni Accordance Front to an emergency meeting at his residence.');
  assert.ok(got.some((g) => / 036 IRQPTYSUN/.test(g)), got.join('; '));
});
