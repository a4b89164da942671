/**
 * Precision filters of the issue-5 work (helper s14-precision), on invented sentences through the whole pipeline:
 * the framings of src/events/framing.ts (`quoted-claim`, `passive-non-agent`, `alongside-target`, `aid-enemy`), attitude verbs tagged as adjectives (`stance-verb`) and "yet to" (`unrealised-act`).
 * Each test shows the premise (the event with the rule off) and the result with every rule on.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import type { FilterReason } from './filters.js';
import { quotationOf } from './framing.js';
import { eventCoder } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2009-03-02');
/** The coder with one filter off (same analyzer and dictionaries). */
const without = (r: FilterReason) => eventCoder(createAnnals({ filters: { [r]: false }, reuse: annals }), '2009-03-02');

test("a third party's act inside a direct quotation is the speaker's claim, not an event", () => {
  const text = 'BAGHDAD (AP) - "U.S. forces are killing Iraqi civilians," said Ahmed Jabbar, a shopkeeper in Baghdad.';
  const before = without('quoted-claim')(text);
  // (A foreign army killing civilians is 190 since s16-force, as the experts code it; the premise is the event, either root.)
  assert.ok(before.some((g) => /^USAMIL 1[89]\d* IRQCVL$/.test(g)), `premise: ${before.join('; ')}`);
  const got = code(text);
  assert.ok(!got.some((g) => /^USAMIL /.test(g)), got.join('; '));
});

test("the speaker's own act in the first person inside a quotation stays", () => {
  const appeal = code('DAMASCUS, Syria (AP) - "We call on the Iraqi government to release the prisoners," the Syrian foreign minister said.');
  // (An appeal or, for a release, a demand: s16-verbs.)
  assert.ok(appeal.some((g) => /^SYRGOV (02|10)\d* IRQGOV$/.test(g)), appeal.join('; '));
  const threat = code('BAGHDAD (AP) - "We will attack U.S. forces if they enter the city," said Ahmed Jabbar, a militia commander.');
  assert.ok(threat.some((g) => / 13\d* USAMIL$/.test(g)), threat.join('; '));
});

test('a passive whose source is not its agent is no act of that source', () => {
  const text = 'Hundreds of Sunnis had been held for years without charge at Camp Cropper, the largest U.S. detention site.';
  const before = without('passive-non-agent')(text);
  assert.ok(before.some((g) => / 17\d* USAGOV$/.test(g)), `premise: ${before.join('; ')}`);
  assert.ok(!code(text).some((g) => / 17\d* /.test(g)), code(text).join('; '));
  // The agent after "by" is the source: kept.
  const agent = code('Most Sunnis have been detained by Iraqi police without charge.');
  assert.ok(agent.some((g) => /^IRQCOP 17\d* IRQSUN$/.test(g)), agent.join('; '));
  // The means in an adjunct of the passive is its agent: kept.
  const means = code('Former Lebanese Prime Minister Rafik Hariri was assassinated in a huge bomb attack in Beirut.');
  assert.ok(means.some((g) => /^---UAF 18\d* LBN/.test(g)), means.join('; '));
  // A misparse that reads "Watch" as a passive auxiliary makes no passive.
  const hrw = code('Human Rights Watch accused Kenyan police of killing dozens of protesters.');
  assert.ok(hrw.some((g) => /^NGOHRI\S* 11\d* KENCOP$/.test(g)), hrw.join('; '));
});

test('the side one fought alongside is no target of the fight', () => {
  const text = 'AMMAN, Jordan (AP) - The Kurdish volunteers, who fought alongside the Syrian army in the 1990s, denied the charge.';
  const before = without('alongside-target')(text);
  assert.ok(before.some((g) => / 19\d* SYRMIL$/.test(g)), `premise: ${before.join('; ')}`);
  assert.ok(!code(text).some((g) => / SYRMIL$/.test(g)), code(text).join('; '));
});

test('the enemy named after "against" gets no help', () => {
  const text = 'OTTAWA (AP) - Canada, which has armed and trained Kurdish troops in the war against Islamic State militants, urged calm.';
  const before = without('aid-enemy')(text);
  assert.ok(before.some((g) => / 07\d* IMGMUSISI$/.test(g)), `premise: ${before.join('; ')}`);
  const got = code(text);
  assert.ok(!got.some((g) => / IMGMUSISI$/.test(g)), got.join('; '));
  // The help to the troops themselves stays.
  assert.ok(got.some((g) => /^CAN(GOV)? 06\d* /.test(g)), got.join('; '));
});

test('a lasting worry the tagger read as an adjective is no event; the appeal after it stays', () => {
  const text = 'WASHINGTON (AP) - Britain, which has long worried that the feud could turn into open war, called on Turkey and Greece to talk.';
  const before = without('stance-verb')(text);
  assert.ok(before.some((g) => /^GBR(GOV)? 012 TUR(GOV)?$/.test(g)), `premise: ${before.join('; ')}`);
  const got = code(text);
  assert.ok(!got.some((g) => / 012 /.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^GBR(GOV)? 02\d* TUR(GOV)?$/.test(g)), got.join('; '));
});

test('an act a state "has yet to" do has not happened', () => {
  const text = 'KUWAIT CITY (AP) - Kuwait, which has yet to open an embassy in Baghdad, welcomed the vote.';
  const before = without('unrealised-act')(text);
  assert.ok(before.some((g) => /^KWT(GOV)? 05\d* IRQGOV$/.test(g)), `premise: ${before.join('; ')}`);
  assert.ok(!code(text).some((g) => /^KWT(GOV)? 05\d* IRQGOV$/.test(g)), code(text).join('; '));
});

test('quotations: a mark that closes a quotation opened in an earlier sentence ends it', () => {
  const doc = annals.analyzer.analyze('"Our patience has limits. The army will strike the rebels," the prime minister warned on Sunday.');
  const at = (w: string): number => doc.form.indexOf(w);
  // The second sentence starts inside the quotation: "strike" is quoted, "warned" is not.
  assert.ok(quotationOf(doc, at('strike')) >= 0);
  assert.equal(quotationOf(doc, at('warned')), -1);
  assert.ok(quotationOf(doc, at('patience')) >= 0);
  const plain = annals.analyzer.analyze('The army will strike the rebels, the prime minister warned.');
  assert.equal(quotationOf(plain, plain.form.indexOf('strike')), -1);
});

test('an act under "no plans ... to" hung on the verb is not planned', () => {
  const text = 'STOCKHOLM (AP) - Stockholm had no plans for now to retaliate by expelling Iraqi diplomats, the ministry said.';
  const before = without('no-intent')(text);
  assert.ok(before.some((g) => / IRQGOV$/.test(g)), `premise: ${before.join('; ')}`);
  assert.ok(!code(text).some((g) => / IRQGOV$/.test(g)), code(text).join('; '));
});
