/**
 * Verb families of the article-accuracy work (issue 5, session 13, verbs part): each test codes invented news
 * sentences through the whole pipeline (`createAnnals`, article coreference on) and checks the dyad and CAMEO code an
 * expert would give them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder } from './testing.js';

const annals = createAnnals({ coder: { requireDyad: true } });
const code2016 = eventCoder(annals, '2016-03-04');
const code2007 = eventCoder(annals, '2007-03-04');

test('rockets and mortar rounds that hit a government zone hit the government that holds it (19x)', () => {
  // After the zone's handover to Iraq (2009): Iraq's government.
  const a = code2016('At least four rockets slammed into the Green Zone early on Friday.');
  assert.ok(a.some((g) => /^\S+ 19\d+ IRQGOV$/.test(g)), a.join('; '));
  const b = code2016('Two mortar rounds struck the fortified Green Zone on Tuesday evening.');
  assert.ok(b.some((g) => /^\S+ 19\d+ IRQGOV$/.test(g)), b.join('; '));
  // Before it: the U.S. authority there.
  const c = code2007('Several mortar shells crashed into the Green Zone on Sunday.');
  assert.ok(c.some((g) => /^\S+ 19\d+ USAGOV$/.test(g)), c.join('; '));
});

test('a government zone named where something else happens stays a scene (no event aimed at it)', () => {
  const a = code2016('Iraqi police fired tear gas at protesters inside the Green Zone on Monday.');
  assert.ok(!a.some((g) => / (?:IRQ|USA)GOV$/.test(g)), a.join('; '));
  const b = code2016('The U.N. envoy met Iraqi Prime Minister Haider al-Abadi in the Green Zone on Monday.');
  assert.ok(!b.some((g) => / 1\d+ IRQGOV$/.test(g)), b.join('; '));
});

test("a leader's partisans who storm a building or a government body riot (145); fighting the forces stays force", () => {
  const a = code2016("Hundreds of Sadr's followers stormed the provincial council building in Basra on Friday.");
  assert.ok(a.some((g) => /^IRQPTYSDR 145 /.test(g)) && !a.some((g) => / 19\d /.test(g)), a.join('; '));
  const b = code2016("Sadr's supporters stormed the offices of the Badr Organization in Nasiriyah.");
  assert.ok(b.some((g) => /^IRQPTYSDR 145 /.test(g)), b.join('; '));
  const c = code2007("Sadr's followers attacked U.S. troops in Najaf on Thursday.");
  assert.ok(!c.some((g) => / 145 /.test(g)) && c.some((g) => / 19\d USAMIL$/.test(g)), c.join('; '));
});

test('a pattern noun is no adjective of another noun: the ruling parties are no court ruling (115)', () => {
  const a = code2016("Sadr's militia fought U.S. troops in Najaf in 2004, and the cleric has long worried Washington and the ruling Shiite parties.");
  assert.ok(!a.some((g) => / 115 /.test(g)) && a.some((g) => / 19\d USAMIL$/.test(g)), a.join('; '));
  const b = code2016("Odinga's supporters attacked the offices of the ruling party in Kisumu.");
  assert.ok(!b.some((g) => / 115 /.test(g)), b.join('; '));
  // The court's ruling itself is still what is attacked (11x, not force).
  const c = code2016('Kenyan opposition leader Raila Odinga attacked the ruling of the Kenyan Supreme Court.');
  assert.ok(c.some((g) => / 11\d /.test(g)) && !c.some((g) => / 19\d /.test(g)), c.join('; '));
});

test('a complaint filed with a court is aimed at whom it is against, also in a trailing participle (11x)', () => {
  const a = code2016('Raila Odinga refused to concede on Wednesday, filing a second complaint with Kenya\'s highest court against President Uhuru Kenyatta.');
  assert.ok(a.some((g) => /^KENOPP 11\d+ KENGOV$/.test(g)) && !a.some((g) => / 11\d+ KENJUD$/.test(g)), a.join('; '));
  const b = code2016('Raila Odinga filed a complaint with the Supreme Court against the Kenyan government.');
  assert.ok(b.some((g) => /^KENOPP 11\d+ KENGOV$/.test(g)), b.join('; '));
  // A summons to protest against remarks is still aimed at the one summoned.
  const c = code2016('Kenya summoned the German ambassador on Thursday to protest against remarks by the ambassador.');
  assert.ok(c.some((g) => /^KENGOV 114 DEUGOV$/.test(g)), c.join('; '));
});

test('handing rifles and ammunition to a force is military aid (072); handing sovereignty is none', () => {
  const a = code2016('American commanders have begun handing rifles and ammunition to Somali government troops.');
  assert.ok(a.some((g) => /^USAMIL 072 SOM/.test(g)), a.join('; '));
  const b = code2016('The occupation authority handed sovereignty to the Kenyan interim government.');
  assert.ok(!b.some((g) => / 05\d+ /.test(g)), b.join('; '));
});

test('rejecting a suggestion that one took part is a denial (016)', () => {
  const all = eventCoder(createAnnals({ coder: { requireDyad: false } }), '2016-03-04');
  const a = all('Kenyan President Uhuru Kenyatta rejected any suggestion that his government had played a part in the killings.');
  assert.ok(a.some((g) => /^KENGOV 016/.test(g)) && !a.some((g) => / 12\d+/.test(g)), a.join('; '));
});
