/**
 * Speech acts of the issue-5 work (helper s14-speech), on invented stories through the whole pipeline: denials of a
 * part in an attack, demands for an inquiry, demands and promises whose content is passive, and blame still to be laid
 * (src/article/speech.ts, src/events/intent.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';

const annals = createAnnals({ geo: false });
/** Events of an invented story ("SOURCE CAMEO TARGET"), with the dateline a wire story has (its city is the article's home). */
const code = (text: string, dateline = 'BEIRUT, May 4 (AP) -'): string[] =>
  annals.codeDocument({ id: 't', text, date: '2011-05-04', path: '-', dateline }).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);
const has = (got: string[], re: RegExp): boolean => got.some((g) => re.test(g));

test('"would hold X responsible for any attack" is a warning (130), not an accusation already laid', () => {
  const got = code('Rockets landed near the French embassy on Friday.\n\nThe French foreign minister said France would hold Syria responsible for any attack on its diplomats.');
  assert.ok(has(got, /^FRAGOV 13\d SYR/), got.join('; '));
  assert.ok(!has(got, /^FRAGOV 112 SYR/), got.join('; '));
});

test('blame laid ("held Syria responsible for the attack") stays an accusation', () => {
  const got = code('The French foreign minister said on Friday that France held Syria responsible for the attack on its embassy.');
  assert.ok(!has(got, /^FRAGOV 13\d SYR/), got.join('; '));
});

test('a denial of any role in an attack is aimed at its victim, when no accuser was named', () => {
  const got = code(
    'Gunmen ambushed a convoy of Lebanese soldiers near Zahle on Tuesday, killing three of them.\n\n' +
      'The Amal movement denied on Wednesday that it had any role in the ambush.',
  );
  assert.ok(has(got, /^LBNPTYAML 01\d LBNMIL/), got.join('; '));
});

test('a denial that its men fired at protesters is aimed at the protesters', () => {
  const got = code('Thousands of Lebanese protesters marched on the ministry on Monday.\n\nThe Amal movement denied that its guards had fired at the protesters.');
  assert.ok(has(got, /^LBNPTYAML 01\d LBN(OPP|CVL)/), got.join('; '));
});

test('a denial of a claim about nothing violent gets no victim', () => {
  const got = code('The Amal movement denied on Wednesday that it had received money from abroad.');
  // (No victim; the unknown claimant at most, session 17.)
  assert.ok(!has(got, /^LBNPTYAML 016 (?!---$)/), got.join('; '));
});

test('a demand for an independent inquiry naming no one is made of the home government', () => {
  const got = code('Lebanese troops opened fire on demonstrators in Tripoli on Monday, killing four.\n\nHuman Rights Watch demanded an independent inquiry into the deaths.');
  assert.ok(has(got, /^NGOHRIHRW 10\d* LBNGOV/), got.join('; '));
});

test('a demand for an inquiry by the home government itself is aimed at no one', () => {
  const got = code('The Lebanese government demanded an inquiry into the deaths.');
  assert.ok(!has(got, /^LBNGOV 10\d* LBNGOV/), got.join('; '));
});

test('a demand that militias be disarmed is made of the government, not of the militias', () => {
  const got = code('A Sunni cleric in Sidon demanded on Friday that the militias be disarmed.');
  assert.ok(has(got, /^LBN\S* 10\d* LBNGOV/), got.join('; '));
  assert.ok(!has(got, /^LBN\S* 10\d* LBNUAF/), got.join('; '));
});

test('a demand that foreign troops be withdrawn is made of their government', () => {
  const got = code('The Lebanese foreign minister demanded that the Syrian troops be withdrawn from the Bekaa valley.');
  assert.ok(has(got, /^LBNGOV 10\d* SYRGOV/), got.join('; '));
});

test('a promise to resign unless detainees are freed is a threat to the government', () => {
  const got = code('Thousands of Druze marched in the Chouf on Monday.\n\nThe Druze leader Walid Jumblatt said he would resign from the cabinet unless the detained guards were released within a week.');
  assert.ok(has(got, /^LBN\S* 13\d LBNGOV/), got.join('; '));
});

test('a request promised if foreign troops are not withdrawn is a threat to their government', () => {
  const got = code('Beirut would ask for an emergency session of the Arab League if the Syrian troops were not withdrawn, the Lebanese foreign minister said.');
  assert.ok(has(got, /^LBNGOV 13\d SYRGOV/), got.join('; '));
});

test('a cut in relations a government "decided to" make is the act (16), not a threat of it', () => {
  const got = code('The Lebanese cabinet decided on Monday to recall its ambassador from Syria.');
  assert.ok(has(got, /^LBNGOV 16\d* SYR/), got.join('; '));
  assert.ok(!has(got, /^LBNGOV 13\d SYR/), got.join('; '));
});

test('a cut in relations still to come ("will expel") stays a threat', () => {
  const got = code('Lebanon will expel the Syrian ambassador if the shelling continues, the minister said.');
  assert.ok(!has(got, /^LBNGOV 16\d* SYR/), got.join('; '));
});

test("a denial naming no one, with no claimant or victim told, answers the other side of the article's conflict", () => {
  const got = code(
    'Syria accused Lebanon on Monday of sheltering rebels. Lebanon rejected the charge and accused Syria of shelling border villages.\n\n' +
      'Syrian troops shelled the Lebanese border town of Qaa on Tuesday. Lebanon condemned the shelling.\n\n' +
      'The town has about 10,000 people. Most of them are farmers. Many have relatives in Syria.\n\n' +
      'The Syrian foreign minister denied on Wednesday that there were any plans for an offensive.',
  );
  assert.ok(has(got, /^SYRGOV 01\d LBN/), got.join('; '));
});

test('a vow that the perpetrators will be brought to justice is a threat (130) to the unknown perpetrators', () => {
  const got = code('Gunmen shot dead a judge in Sidon on Tuesday.\n\nPresident Michel Aoun vowed that the perpetrators would be brought to justice.');
  assert.ok(has(got, /^LBN\S* 130 ---/), got.join('; '));
  assert.ok(!has(got, / 034\d? /), got.join('; '));
});

test('a statement that the killers will be punished is a threat to unknown killers, not to a criminal code', () => {
  const got = code('The Lebanese interior minister said the killers would be punished.');
  assert.ok(has(got, /^LBNGOV 130 ---/), got.join('; '));
});

test('a vow that detainees will be released is no threat', () => {
  const got = code('The Lebanese interior minister vowed that the detainees would be released.');
  assert.ok(!has(got, / 130 /), got.join('; '));
});
