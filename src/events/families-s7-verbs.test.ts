/**
 * Verb, idiom and construction families of the article-accuracy work (issue 5, session 7, verbs part): each test
 * codes invented news sentences through the whole pipeline (`createAnnals`, article coreference on) and checks
 * the dyad and CAMEO code an expert would give them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals({ coder: { requireDyad: true } });
const code = eventCoder(annals, '2007-06-10');

test('a speaker saying another actor failed to act criticises it (111)', () => {
  const got = code('Senator Carl Levin said the Iraqi government had failed to disarm the militias.');
  assert.ok(hasEvent(got, 'USALEG', '111', 'IRQGOV'), got.join('; '));
});

test('missed deadlines, let-downs and not doing enough are criticisms of the actor blamed (111)', () => {
  const a = code('Senate Majority Leader Harry Reid said the Iraqi government had missed one deadline after another.');
  assert.ok(hasEvent(a, 'USALEG', '111', 'IRQGOV'), a.join('; '));
  const b = code("British Foreign Secretary Jack Straw said Iraq's leaders had let their voters down.");
  assert.ok(hasEvent(b, 'GBRGOV', '111', 'IRQGOV'), b.join('; '));
  const c = code('Senator John McCain said the Iraqi government had not done enough to rein in the death squads.');
  assert.ok(hasEvent(c, 'USALEG', '111', 'IRQGOV'), c.join('; '));
});

test('saying an actor is responsible for or behind a deed accuses it (112), in a quotation too', () => {
  const a = code('Iranian officials said the United States was behind the bombings in Basra.');
  assert.ok(hasEvent(a, 'IRNGOV', '112', 'USA'), a.join('; '));
  const b = code('"The Americans are responsible for the chaos in Iraq," the Iranian ambassador told reporters.');
  assert.ok(b.some((g) => /^IRNGOV 112 USA/.test(g)), b.join('; '));
  const c = code('The U.S. military said the car bombing carried the hallmarks of al-Qaida in Iraq.');
  assert.ok(hasEvent(c, 'USAMIL', '112', 'IRQREBAQD'), c.join('; '));
});

test('a denied or negated verdict, and a verdict on the speaker\'s own side, is no criticism', () => {
  const a = code("The Sadrist movement denied that its militia was behind the kidnappings.");
  assert.ok(!a.some((g) => g.split(' ')[1].startsWith('11')), a.join('; '));
  const b = code('Iraqi officials said Syria was not responsible for the bombing.');
  assert.ok(!b.some((g) => g.split(' ')[1].startsWith('11')), b.join('; '));
  const c = code('Senator Carl Levin said the Iraqi government would reconsider the law if the army failed to restore order.');
  assert.ok(!c.some((g) => g.split(' ')[1].startsWith('11')), c.join('; '));
});

test('killed by a roadside bomb near a town: an unidentified attacker (18x), the town is where it went off', () => {
  const got = code('A British soldier was killed by a roadside bomb near Basra on Friday.');
  assert.ok(hasEvent(got, '---UAF', '183', 'GBRMIL'), got.join('; '));
  const b = code('Two Iraqi policemen were wounded by a car bomb outside Kirkuk.');
  assert.ok(hasEvent(b, '---UAF', '18', 'IRQCOP'), b.join('; '));
});

test("a bombing's victims named by its trailing participle are its target, before the place it went off", () => {
  const got = code('A truck bomb exploded outside an army base in Tal Afar, killing six Iraqi soldiers.');
  assert.ok(hasEvent(got, '---UAF', '18', 'IRQMIL'), got.join('; '));
  // What it struck names an actor: that stays the target.
  const b = code('A suicide bomber attacked a gathering of Sunni tribal leaders in Ramadi, killing nine people.');
  assert.ok(!b.some((g) => / ---CVL$/.test(g)), b.join('; '));
});

test('a protest march is aimed at whom its purpose names (14x), not at the towns it filled', () => {
  const got = code("Thousands of Sadr's followers marched in Basra and Nasiriyah on Friday to demand Maliki's resignation.");
  assert.ok(hasEvent(got, 'IRQPTYSDR', '14', 'IRQGOV'), got.join('; '));
  const b = code("Hundreds of Sunni Arabs demonstrated in Falluja and Ramadi to demand the release of the vice president's guards.");
  assert.ok(hasEvent(b, 'IRQSUN', '14', 'IRQGOV'), b.join('; '));
  assert.ok(got.concat(b).every((g) => !/ 14\d* IRQ$/.test(g)), b.join('; '));
});

test('"killed N insurgents and detained M (suspects)": the arrests (173) are of the insurgents too', () => {
  const a = code('The British military said its soldiers had killed four insurgents and detained 15 in overnight raids.');
  assert.ok(a.some((g) => /^GBRMIL 173 \w*REB$/.test(g)), a.join('; '));
  const b = code('Iraqi troops killed three militants and detained 12 suspects during a sweep of Diyala province.');
  assert.ok(b.some((g) => /^IRQMIL 173 IRQ(REB|UAF)/.test(g)), b.join('; '));
  // Rebels who kill soldiers and capture others take hostages: no arrest.
  const c = code('Fighters of the Kurdistan Workers Party killed six Turkish soldiers and captured four near the border.');
  assert.ok(!c.some((g) => / 17\d* TURMIL$/.test(g)), c.join('; '));
});
