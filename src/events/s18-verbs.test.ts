/**
 * Verbs and no-event sentences (helper s18-verbs, issue 5, session 18). Invented sentences through the whole article
 * pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleDyads } from '../testkit/article.js';
import { XPOS } from '../analysis/tags.js';

// Every event, with or without a target (filters on, article-level coreference).
const annals = createAnnals({ coref: true, geo: false, coder: { requireDyad: false } });

/** The article's events as "sentence SOURCE>TARGET CAMEO" strings (sentences counted from 0, after the dateline). */
const events = (raw: string, date = '2011-05-09'): string[] => articleDyads(annals, raw, date);

const LEAD = 'KIRKUK, Iraq (AP) - Heavy rain flooded the city on Sunday. ';

test('"threatened to resign": a threat (13), not an intent to yield (03) or a resignation (08)', () => {
  const got = events(`${LEAD}Two Kurdish ministers threatened on Monday to resign over the shelling of Zakho.`);
  const s1 = got.filter((g) => g.startsWith('1 '));
  assert.ok(s1.some((g) => / 13\d*$/.test(g)), got.join('; '));
  assert.ok(!s1.some((g) => / 0[38]\d*$/.test(g)), got.join('; '));
});

test('"threatened to step down": a threat too; "threatened to quit the cabinet" keeps its own pattern and target', () => {
  const got = events(`${LEAD}The governor threatened to step down. The Turkmen bloc threatened to quit the cabinet.`);
  assert.ok(got.some((g) => /^1 \S+>\S+ 13\d*$/.test(g)) && !got.some((g) => /^1 \S+ 0[38]\d*$/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^2 \S+>IRQGOV 131$/.test(g)), got.join('; '));
});

test('"would resign if / unless ...": quitting promised on a condition is a threat (130)', () => {
  const got = events(
    `${LEAD}The speaker said he would resign if the bombing of Tuz Khurmatu did not stop. ` +
      'The deputy governor said he would step down unless the arrested guards were freed within a week.',
  );
  assert.ok(got.some((g) => /^1 \S+>\S+ 130$/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^2 \S+>\S+ 130$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^[12] \S+ 0[38]\d*$/.test(g)), got.join('; '));
});

test('"said he would resign" with no condition and no threat stays no threat', () => {
  const got = events(`${LEAD}The governor of Kirkuk said on Monday that he would resign next month to run for parliament.`);
  assert.ok(!got.some((g) => /^1 \S+ 13\d*$/.test(g)), got.join('; '));
});

test('tags: a capitalised plural starting its sentence before "also" + past verb is the subject, not a verb', () => {
  const doc = annals.analyzer.analyze('Insurgents also fired mortars at an Italian base near Nasiriyah.');
  const k = doc.form.indexOf('Insurgents');
  assert.equal(XPOS[doc.xpos[k]], 'NNS');
  assert.equal(XPOS[doc.xpos[doc.form.indexOf('fired')]], 'VBD');
  // An auxiliary stays one: "Has the army also fired ...?" is no noun.
  const aux = annals.analyzer.analyze('Has the army also fired on the crowd?');
  assert.notEqual(XPOS[aux.xpos[aux.form.indexOf('Has')]], 'NNS');
});

test('tags: a lowercase verb tagged as a noun right after a modal is the bare verb ("would march on")', () => {
  const doc = annals.analyzer.analyze('The tribes warned that they would march on Ramadi if the arrests went on.');
  assert.equal(XPOS[doc.xpos[doc.form.indexOf('march')]], 'VB');
  // "will power" after a noun is no modal.
  const noun = annals.analyzer.analyze('The vote tested the will of the council.');
  assert.notEqual(XPOS[noun.xpos[noun.form.indexOf('will')]], 'MD');
});

test('a rebel group, militia or party threatening the state forces of its own country aims the threat at them', () => {
  const got = events(
    `${LEAD}Turkmen gunmen threatened on Monday to attack Iraqi soldiers in Tuz Khurmatu. ` +
      'The Sadrist movement threatened to fight the police in Basra.',
  );
  assert.ok(got.some((g) => /^1 \S+>IRQMIL 13\d*$/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^2 IRQPTYSDR>IRQCOP 13\d*$/.test(g)), got.join('; '));
  // A government's own forces are still its instrument: "threatened to send troops" names no target of theirs.
  const own = events(`${LEAD}The Iraqi government threatened to send troops to Kirkuk.`);
  assert.ok(!own.some((g) => /^1 IRQGOV>IRQMIL /.test(g)), own.join('; '));
});

test('tags: "told the delegates that/WDT X would ..." after a verb of telling is a content clause, not a relative clause', () => {
  const doc = annals.analyzer.analyze('The envoy told the Jordanian delegates that the coalition would not negotiate with the hijackers.');
  const that = doc.form.indexOf('that');
  assert.equal(XPOS[doc.xpos[that]], 'IN');
  // A relative clause with no verb of saying before it stays one: "the treaty that Syria would sign".
  const rel = annals.analyzer.analyze('The treaty that Syria would sign was published in Damascus.');
  assert.notEqual(XPOS[rel.xpos[rel.form.indexOf('that')]], 'IN');
});

test('"told X that Y would not negotiate with Z": Y\'s refusal, not a demand by the teller on Y', () => {
  const got = events(`${LEAD}The Jordanian envoy told the delegates that the Iraqi government would not negotiate with the kidnappers.`);
  assert.ok(!got.some((g) => /^1 JOR\S*>IRQGOV 10\d*$/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^1 IRQGOV>\S+ 12\d*$/.test(g)), got.join('; '));
});

test('"told senators that X must ...": an obligation told is still a demand on X', () => {
  const got = events(`${LEAD}Defense Secretary Robert Gates told senators that Maliki must disarm the militias.`);
  assert.ok(got.some((g) => /^1 USAGOV>IRQGOV 10\d*$/.test(g)), got.join('; '));
});

test('tags: "told X that/WDT Y had/was ..." (a finite auxiliary) after a verb of telling is a content clause too', () => {
  const doc = annals.analyzer.analyze('The ambassador had told the prime minister that Washington was not prepared to reopen the border talks.');
  assert.equal(XPOS[doc.xpos[doc.form.indexOf('that')]], 'IN');
  // A relative clause on a longer object after the verb of telling stays one.
  const rel = annals.analyzer.analyze('The minister told reporters the names of the officers that the army had detained.');
  assert.notEqual(XPOS[rel.xpos[rel.form.indexOf('that')]], 'IN');
});
