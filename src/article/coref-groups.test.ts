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
  assert.ok(s2.some((x) => /^(Sadr's )?representatives=IRQPTYSDR/.test(x)), s2.join(' '));
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

test('"X, a representative of <non-state leader>" speaks for the leader\'s party; "he" then is X', () => {
  const show = linked(
    'Sheikh Jalal al-Karkhi, a representative of Shiite cleric Moqtada al-Sadr in Hilla, said the march would go ahead. ' +
      'He denied that the Mahdi Army had attacked the police.',
    20080210,
  );
  assert.ok(show(0).some((x) => /^Sheikh Jalal al-Karkhi=IRQPTYSDR/.test(x)), show(0).join(' '));
  assert.ok(show(1).some((x) => /^He=IRQPTYSDR<-Sheikh Jalal al-Karkhi$/.test(x)), show(1).join(' '));
});

test('a name no dictionary knows, "who is a member of" a party, is of that party; "He" next is that person, not an object named after', () => {
  const show = linked(
    'Sadr\'s office accused the provincial police of bias on Tuesday. ' +
      'Karim al-Jabiri, who is a member of ISCI, rejected the charge, and he urged Sadr to restrain his men. ' +
      'He accused foreign agents of stoking the violence.',
    20080210,
  );
  assert.ok(show(1).some((x) => /^Karim al-Jabiri=IRQPTYSCI/.test(x)), show(1).join(' '));
  assert.ok(show(2).some((x) => /^He=IRQPTYSCI<-Karim al-Jabiri$/.test(x)), show(2).join(' '));
});

test('"Y, a Kurd, thanked him": the identity in apposition is Y, and "him" is the other man', () => {
  const show = linked(
    'In Ankara, Turkish Foreign Minister Ali Babacan phoned Iraqi President Jalal Talabani on Monday. ' +
      'Talabani, a Kurd, thanked him for the call.',
  );
  const s1 = show(1);
  assert.ok(s1.some((x) => /^Kurd=IRQ\w*<-Iraqi President Jalal Talabani$/.test(x)), s1.join(' '));
  assert.ok(s1.some((x) => /^him=TUR\w*<-Turkish Foreign Minister Ali Babacan$/.test(x)), s1.join(' '));
});

test('"Foreign Minister X" with no country named is the home country\'s, not a foreigner (home.ts)', () => {
  const show = linked(
    'Iraqi police detained 20 suspects in Basra on Sunday, police said. ' +
      'Iran\'s ambassador, Hassan Kazemi Qomi, who met Foreign Minister Karim Haddadi last week, said Tehran wanted calm.',
  );
  assert.ok(show(1).some((x) => /^Foreign Minister Karim Haddadi=IRQGOV/.test(x)), show(1).join(' '));
});
