import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadAnalyzer } from '../analysis/index.js';
import { createActorMatcher } from '../actors/matcher.js';
import type { ActorMention } from '../actors/types.js';
import { loadDictionaries } from '../dictionaries/index.js';
import { createArticleActorMatcher } from './coref.js';
import { isPartitive, joins, pairPhrase } from './plural.js';

// The real analyzer and annals' own dictionaries (both ship in the repository); every sentence is invented.
const analyzer = loadAnalyzer();
const dicts = loadDictionaries([], { cacheDir: false });
const article = createArticleActorMatcher(createActorMatcher(dicts.actors), { countries: dicts.actors.countryCodes });

function mentions(text: string): (s: number) => string[] {
  const doc = analyzer.analyze(text);
  const t = (m: ActorMention) => doc.text.slice(doc.start[m.start], doc.end[m.end - 1]);
  return (s) => article.match(doc, s).map((m) => `${t(m)}=${m.codes ? m.codes.join('+') : m.code}`);
}

test('pair phrases: "both X", "the two X", one modifier between; a possessive is marked', () => {
  const doc = analyzer.analyze("Ghana urged both governments and the two rival delegations. The two countries' envoys met.");
  const at = (w: string, from = 0) => doc.form.indexOf(w, from);
  assert.deepEqual(pairPhrase(doc, at('governments')), { start: at('both'), kind: 'gov', possessive: false });
  assert.deepEqual(pairPhrase(doc, at('delegations')), { start: at('the'), kind: 'any', possessive: false });
  assert.deepEqual(pairPhrase(doc, at('countries')), { start: at('The'), kind: 'country', possessive: true });
  assert.equal(pairPhrase(doc, at('Ghana')), null);
});

test('"the two neighbours" in a clause of its own is the pair the lead\'s subjects make; "both countries" wants two states', () => {
  const show = mentions(
    'Chad and Niger resumed talks in Lagos on Monday, a month after the two neighbours came close to war. ' +
      "Chad's delegation was led by Defence Minister Oumar Mahamat Sorel and Chadian General Idriss Kebir. " +
      'Ghana threatened to impose sanctions on both countries.',
  );
  assert.ok(show(0).includes('the two neighbours=TCD+NER'), show(0).join(' '));
  // The last pair (two Chadians) shares one state: "both countries" goes back to the lead's pair.
  assert.ok(show(2).includes('both countries=TCD+NER'), show(2).join(' '));
});

test("with no pair set up, \"the two countries' ambassadors\" are of the two states named just before", () => {
  const show = mentions(
    'Niger criticized the plan on Monday. Officials said Niamey was ready to hold talks with Accra soon. ' +
      "The two countries' ambassadors met in Lagos.",
  );
  assert.ok(show(2).some((x) => /^ambassadors=NER\w*\+GHA\w*$/.test(x)), show(2).join(' '));
});

test('"both governments" and "the two sides" after a coordination are the pair', () => {
  const show = mentions(
    'Chad and Niger resumed talks in Lagos on Monday. Nigeria urged both governments to withdraw their troops. ' +
      'Ghana also pressed the two sides to sign a deal.',
  );
  assert.ok(show(1).includes('both governments=TCDGOV+NERGOV'), show(1).join(' '));
  assert.ok(show(2).some((x) => /^the two sides=TCD(GOV)?\+NER(GOV)?$/.test(x)), show(2).join(' '));
});

test('"both men" are the two people named last; "them" after them is the same pair', () => {
  const show = mentions(
    'Chad and Niger resumed talks on Monday. ' +
      "Chad's delegation was led by Defence Minister Oumar Mahamat Sorel, while Niger sent its negotiator, Issa Boubacar Kane. " +
      'Nigerian President Ade Balogun received both men and appealed to them to stop the fighting.',
  );
  const s2 = show(2);
  assert.ok(s2.includes('both men=TCDGOV+NERGOV'), s2.join(' '));
  assert.ok(s2.includes('them=TCDGOV+NERGOV'), s2.join(' '));
});

test('"them" after an object coordination in its sentence is that pair', () => {
  const show = mentions('Egyptian police arrested protesters on Monday. Israel met Jordan and Syria in Cairo and urged them to act.');
  assert.ok(show(1).includes('them=JOR+SYR'), show(1).join(' '));
});

test('no pair set up: "both sides" stays unresolved', () => {
  const show = mentions('Egypt criticized the plan on Monday. Officials said both sides had doubts.');
  assert.ok(!show(1).some((x) => x.startsWith('both sides')), show(1).join(' '));
});

test("the lead's pair stays the article's pair; 'them' prefers a pair to a singular organisation", () => {
  const show = mentions(
    'Chad and Niger resumed talks on Monday. Ghana praised the talks. Togo praised the talks. Benin praised the talks. ' +
      'Mali praised the talks. Senegal praised the talks. Gambia praised the talks. Guinea praised the talks. ' +
      'The Security Council threatened to impose sanctions on both countries.',
  );
  assert.ok(show(8).includes('both countries=TCD+NER'), show(8).join(' '));
  const them = mentions('Tanzanian police arrested protesters on Monday. Kenya met Uganda and Rwanda at the U.S. embassy and urged them to act.');
  assert.ok(them(1).includes('them=UGA+RWA'), them(1).join(' '));
});

test('partitive pronouns ("among them", "two of them") are no actors', () => {
  const show = mentions(
    'Kenya and Uganda signed a trade deal on Monday. Police arrested 300 protesters, among them two lawmakers. Two of them were released.',
  );
  assert.ok(!show(1).some((x) => x.startsWith('them=')), show(1).join(' '));
  assert.ok(!show(2).some((x) => x.startsWith('them=')), show(2).join(' '));
  const doc = analyzer.analyze('Kenya urged them. Two of them left.');
  assert.equal(isPartitive(doc, doc.form.indexOf('them')), false);
  assert.equal(isPartitive(doc, doc.form.lastIndexOf('them')), true);
});

test('a pair may share a code ("the two leaders" = both Iraqi); its members are not "him" in the same clause', () => {
  const show = mentions(
    'Iraqi Prime Minister Nouri al-Maliki met Kurdish leaders in Baghdad on Monday. ' +
      'President Jalal Talabani and Maliki met U.S. Ambassador Ryan Crocker. The two leaders told him that the army was ready.',
  );
  // Without a date Maliki is IRQELI and "President Jalal Talabani" keeps his title (IRQGOV): both Iraqi.
  assert.ok(show(2).some((x) => /^The two leaders=IRQ(GOV|ELI)(\+IRQ(GOV|ELI))?$/.test(x)), show(2).join(' '));
  assert.ok(show(2).includes('him=USAGOV'), show(2).join(' '));
});

test('the subject of the sentence is no member of "both sides" ("Egypt promised a plan to both sides")', () => {
  const show = mentions(
    'Egypt hosted delegations from Israel and Hamas in Cairo on Saturday. Egyptian Foreign Minister Karim Nasser met Hamas negotiator Yasin Qadri. ' +
      'Qadri told the Egyptian minister that the movement would accept a truce. ' +
      'Egypt promised to present a revised plan to both sides on Monday.',
  );
  const both = show(3).find((x) => x.startsWith('both sides='));
  assert.ok(both && !both.includes('EGY') && both.includes('ISR'), show(3).join(' '));
});

test('joins: "and" (or the first preposition repeated) coordinates; a comma alone only when the parse makes a list', () => {
  const doc = analyzer.analyze(
    'Gunmen killed six members of a Kenyan patrol, Ugandan police said. Kenya, Uganda and Tanzania signed the pact. Ghana met with Togo and with Benin.',
  );
  const m = (w: string, n = 1): ActorMention => {
    const i = doc.form.indexOf(w);
    return { start: i, end: i + n, code: 'X', rule: 'test', head: i + n - 1 };
  };
  assert.equal(joins(doc, m('patrol'), m('Ugandan', 2)), false);
  assert.equal(joins(doc, m('Kenya'), m('Uganda')), true);
  assert.equal(joins(doc, m('Uganda'), m('Tanzania')), true);
  assert.equal(joins(doc, m('Togo'), m('Benin')), true);
});
