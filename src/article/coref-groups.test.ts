import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadAnalyzer } from '../analysis/index.js';
import { createActorMatcher } from '../actors/matcher.js';
import { loadDictionaries } from '../dictionaries/index.js';
import { createArticleActorMatcher } from './coref.js';

// A leader's group, "the movement"/"the front", people acting for a leader, with the real analyzer and
// annals' own dictionaries (both ship in the repository); every sentence is invented.
const analyzer = loadAnalyzer();
const dicts = loadDictionaries([], { cacheDir: false });
const base = createActorMatcher(dicts.actors);

/** The article's mentions per sentence as "text=CODE<-antecedent", on a given day (YYYYMMDD). */
function linked(text: string, day?: number): (s: number) => string[] {
  const article = createArticleActorMatcher(base, { countries: dicts.actors.countryCodes });
  const doc = analyzer.analyze(text);
  const t = (m: { start: number; end: number }) => doc.text.slice(doc.start[m.start], doc.end[m.end - 1]);
  return (s) => article.match(doc, s, day).map((m) => `${t(m)}=${m.code}${m.resolvedFrom ? `<-${t(m.resolvedFrom)}` : ''}`);
}

test('"the movement" is a political group, never the police; with none named, the party of the non-state leader just named', () => {
  const show = linked(
    'Police in Kut arrested three men at a checkpoint on Sunday. ' +
      'Sheikh Ali al-Saadi, a representative of Shiite cleric Moqtada al-Sadr in Kut, said the movement\'s followers would protest peacefully.',
    20080210,
  );
  const s1 = show(1);
  assert.ok(!s1.some((x) => /^(movement|followers)=IRQCOP/.test(x)), s1.join(' '));
  assert.ok(s1.some((x) => /^followers=IRQPTYSDR/.test(x)), s1.join(' '));
});

test('a leader\'s supporters are his political side: "X supporters" is one mention with the party\'s code', () => {
  const show = linked(
    'Shiite cleric Moqtada al-Sadr called for calm on Friday. Hundreds of Sadr supporters marched through Kufa on Saturday.',
    20080210,
  );
  const s1 = show(1);
  assert.ok(s1.some((x) => /^Sadr supporters=IRQPTYSDR/.test(x)), s1.join(' '));
  assert.ok(!s1.some((x) => /^Sadr=/.test(x)), s1.join(' '));
});

test('"phoned X\'s representatives and asked them": the representatives, not a group of the sentence before', () => {
  const show = linked(
    'Shiite cleric Moqtada al-Sadr has not been seen in public for months. ' +
      'Prime Minister Nouri al-Maliki, who is under pressure to act against Sunni insurgents, sent troops to Hilla. ' +
      'Maliki later phoned Sadr\'s representatives in Kufa and asked them to restrain the fighters.',
    20080210,
  );
  const s2 = show(2);
  assert.ok(s2.some((x) => /^representatives=IRQPTYSDR/.test(x)), s2.join(' '));
  assert.ok(s2.some((x) => /^them=IRQPTYSDR/.test(x)), s2.join(' '));
});

test('"the front" after "a spokesman for the ... Front" is that front, not another party named before', () => {
  const show = linked(
    'A council member from the Islamic Supreme Council of Iraq (ISCI) welcomed the new governor. ' +
      'Omar al-Jubouri, a spokesman for the Iraqi Accordance Front, criticised the appointment. ' +
      'The front said it would boycott the council.',
    20080210,
  );
  assert.ok(show(2).some((x) => /^front=IRQPTYSUN/.test(x)), show(2).join(' '));
});

test('"an aide to the cleric, X": X is the aide, acting for the cleric\'s party; "the cleric" stays the cleric', () => {
  const show = linked(
    'Ministers loyal to Shiite cleric Moqtada al-Sadr quit the cabinet on Monday. ' +
      'The statement was read by an aide to the cleric, Karim al-Husseini, in Najaf. ' +
      '"We warned the government," Husseini told reporters.',
    20070420,
  );
  const s1 = show(1);
  assert.ok(s1.some((x) => /^Karim al-Husseini=IRQPTYSDR/.test(x)), s1.join(' '));
  assert.ok(s1.some((x) => /^cleric=IRQ\w*<-Shiite cleric Moqtada al-Sadr$/.test(x)), s1.join(' '));
  assert.ok(show(2).some((x) => /^We=IRQPTYSDR/.test(x)), show(2).join(' '));
});
