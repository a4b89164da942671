import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadAnalyzer } from '../analysis/index.js';
import { createArticleActorMatcher } from '../article/coref.js';
import { loadDictionaries } from '../dictionaries/index.js';
import { nationalBranches } from './conventions.js';
import { createActorMatcher } from './matcher.js';
import type { ActorMention } from './types.js';

// Actor coding conventions with the real analyzer and annals' own dictionaries (both ship in
// the repository); every sentence is invented.
const analyzer = loadAnalyzer();
const dicts = loadDictionaries([], { cacheDir: false });
const base = createActorMatcher(dicts.actors);

/** The article's mentions per sentence as "text=CODE" (date: a day number). */
const branches = nationalBranches(dicts.actors);

function mentions(text: string, date?: number): (s: number) => string[] {
  const article = createArticleActorMatcher(base, { countries: dicts.actors.countryCodes, branches });
  const doc = analyzer.analyze(text);
  const t = (m: ActorMention) => doc.text.slice(doc.start[m.start], doc.end[m.end - 1]);
  return (s) => article.match(doc, s, date).map((m) => `${t(m)}=${m.codes ? m.codes.join('+') : m.code}`);
}

test("a leader's representatives, supporters and followers are his political side (Sadr in 2007 = the Sadrists)", () => {
  const show = mentions(
    "Iraqi Prime Minister Nouri al-Maliki met Sadr's representatives in Kufa on Sunday. " +
      'Hundreds of Sadr supporters rallied in Basra, and Sheikh Ali al-Tamimi, a representative of Moqtada al-Sadr, addressed them.',
    20070601,
  );
  const s0 = show(0);
  // As one mention or as the group after the possessive (src/article/coref.ts).
  assert.ok(s0.some((x) => /^(Sadr's )?representatives=IRQPTYSDR$/.test(x)), s0.join(' '));
  const s1 = show(1);
  assert.ok(s1.includes('Sadr supporters=IRQPTYSDR'), s1.join(' '));
  // The apposition's party, not a party of unknown name (IRQPTY).
  assert.ok(s1.includes('Sheikh Ali al-Tamimi=IRQPTYSDR'), s1.join(' '));
});

test('"his Iraqi counterpart" is that country\'s government', () => {
  const show = mentions('Syrian Foreign Minister Walid al-Moualem telephoned his Iraqi counterpart on Tuesday.');
  const s0 = show(0);
  assert.ok(s0.includes('Iraqi counterpart=IRQGOV'), s0.join(' '));
});

test('an unknown "Foreign Minister X" takes the article\'s country: "foreign" names the office, not a foreigner', () => {
  const show = mentions(
    'Iraqi Prime Minister Nouri al-Maliki met a visiting delegation in Baghdad on Monday. ' +
      'Its leader, who met Foreign Minister Karim Haddadi last week, praised the talks.',
    20080101,
  );
  assert.ok(show(1).includes('Foreign Minister Karim Haddadi=IRQGOV'), show(1).join(' '));
});

test('nationalBranches: a transnational group and its national branches of the same organisation code', () => {
  assert.equal(branches.get('IMGMOSAQD')?.get('IRQ'), 'IRQREBAQD');
  assert.equal(branches.get('IMGMOSAQD')?.get('YEM'), 'YEMREBAQD');
  // The Islamic State keeps Phoenix's IMGMUSISI, an organisation code no national branch shares: never an Iraqi branch.
  assert.equal(branches.get('IMGMUSISI'), undefined);
  assert.equal(branches.get('IMGMOSAQD')?.get('PAK'), undefined);
});

test("militia nouns are the article's militia; unidentified gunmen get no home country; al Qaeda in an Iraq story is its Iraqi branch", () => {
  const show = mentions(
    'Iraqi police fought Mahdi Army militiamen in the southern city of Kut on Monday, and the governor imposed a curfew. ' +
      'Gunmen on rooftops fired on a police patrol, and a suicide bomber struck a checkpoint. ' +
      'By evening the police had detained 30 suspected militiamen, among them a local commander of the militia. ' +
      'U.S. troops separately arrested 12 suspected al Qaeda fighters near Baquba, and a militia leader denied any role.',
    20080114,
  );
  const s1 = show(1);
  assert.ok(s1.includes('Gunmen=---UAF'), s1.join(' '));
  assert.ok(s1.includes('suicide bomber=---UAF'), s1.join(' '));
  // Police keep the article's country.
  assert.ok(s1.some((x) => /^police patrol=IRQCOP/.test(x)), s1.join(' '));
  const s2 = show(2);
  assert.ok(s2.includes('militiamen=IRQREBSHI'), s2.join(' '));
  assert.ok(!s2.some((x) => /=IRQUAF$/.test(x)), s2.join(' '));
  const s3 = show(3);
  assert.ok(s3.includes('al Qaeda fighters=IRQREBAQD'), s3.join(' '));
  assert.ok(s3.includes('militia leader=IRQREBSHI'), s3.join(' '));
});

test('no militia named in the article: militia nouns keep the generic code; plural "militias" stays generic', () => {
  const show = mentions(
    'Iraqi police detained 30 suspected militiamen in Kut on Monday. ' +
      'The Mahdi Army denied any role, and the governor urged all militias to disarm.',
    20080114,
  );
  assert.ok(show(0).some((x) => /^militiamen.*=IRQUAF$/.test(x)), show(0).join(' '));
  assert.ok(show(1).some((x) => /^militias=IRQUAF/.test(x)), show(1).join(' '));
});

test('a government figure\'s office speaks for that figure ("Barzani\'s office" = IRQGOVKUR, not IRQGOV)', () => {
  const show = mentions(
    'Massoud Barzani, the president of the Kurdish region, met Turkish diplomats on Sunday. ' +
      "Barzani's office condemned the border raids on Monday.",
    20080110,
  );
  assert.ok(show(1).some((x) => /^(Barzani's )?office=IRQGOVKUR$/.test(x)), show(1).join(' '));
});

test('"shared intelligence" is information, not an intelligence service; "Iraqi intelligence" and "the intelligence services" are actors', () => {
  const show = mentions('Germany agreed to share intelligence with Turkey. Iraqi intelligence arrested two men, and the intelligence services warned Syria.');
  assert.ok(!show(0).some((x) => /^intelligence=/.test(x)), show(0).join(' '));
  assert.ok(show(0).some((x) => /^Turkey=TUR$/.test(x)), show(0).join(' '));
  assert.ok(show(1).some((x) => /^Iraqi intelligence=IRQSPY$/.test(x)), show(1).join(' '));
  assert.ok(show(1).some((x) => /^intelligence services=\w*SPY$/.test(x)), show(1).join(' '));
});

test('"the cleric\'s militia": the possessive names the cleric (resolved in the article), the militia is his', () => {
  const show = mentions(
    'Shiite cleric Moqtada al-Sadr called for calm on Friday. ' +
      "U.S. officials urged the government to act against the Mahdi Army, the cleric's militia.",
    20070415,
  );
  const s1 = show(1);
  assert.ok(s1.includes('cleric=IRQREBSHI'), s1.join(' '));
  assert.ok(s1.includes('militia=IRQREBSHI'), s1.join(' '));
  assert.ok(!s1.some((x) => /RELUAF/.test(x)), s1.join(' '));
});

test('generic armed nouns "linked to" / "loyal to" a named armed group are that group (its national branch in its country)', () => {
  const show = mentions(
    'Iraqi police blamed Sunni militants linked to al Qaeda for a bombing in Baquba on Monday. ' +
      'U.S. troops later arrested six fighters loyal to Moqtada al-Sadr in Kut.',
    20070301,
  );
  assert.ok(show(0).some((x) => /^Sunni militants=IRQREBAQD$/.test(x)), show(0).join(' '));
  assert.ok(show(1).some((x) => /^fighters=IRQREBSHI$/.test(x)), show(1).join(' '));
  // "Sunni tribal fighters" is how wire copy names the Awakening.
  const aw = mentions('Sunni tribal fighters clashed with al Qaeda in Iraq near Ramadi on Sunday.', 20071201)(0);
  assert.ok(aw.some((x) => /^Sunni tribal fighters=IRQUAFSUN$/.test(x)), aw.join(' '));
});

test('"The commander of UNIFIL, Major General X," is UNIFIL\'s (not the home country\'s), and so is his short name; "Lebanese and Israeli officers" are military', () => {
  const show = mentions(
    'Lebanese troops and Israeli soldiers exchanged fire across the border on Monday, the Lebanese army said. ' +
      'The commander of UNIFIL, Major General Paolo Verdi, said his troops had deployed between the two armies. ' +
      'Verdi met senior Lebanese and Israeli officers on Tuesday.',
    20100803,
  );
  assert.ok(show(1).some((x) => /^Major General Paolo Verdi=IGOUNOPKO/.test(x)), show(1).join(' '));
  const s2 = show(2);
  assert.ok(s2.some((x) => /^Verdi=IGOUNOPKO/.test(x)), s2.join(' '));
  assert.ok(s2.some((x) => /=LBNMIL$/.test(x)) && s2.some((x) => /=ISRMIL$/.test(x)), s2.join(' '));
  // Helicopters are military too ("U.S. helicopters fired on ...").
  const heli = mentions('Residents said U.S. helicopters fired on their homes.')(0);
  assert.ok(heli.includes('U.S. helicopters=USAMIL'), heli.join(' '));
});

test('a capitalised "Congress" in a story about Iraq is the U.S. Congress; in a U.S. or Peruvian story the home legislature', () => {
  const iraq = mentions('Iraqi Prime Minister Nouri al-Maliki met Sunni leaders in Baghdad on Monday. The U.S. commander told Congress that violence had fallen.', 20070903);
  assert.ok(iraq(1).some((x) => /^Congress=USALEG$/.test(x)), iraq(1).join(' '));
  const peru = mentions('Peruvian President Alan Garcia met opposition leaders in Lima on Monday. Prime Minister Jorge del Castillo told Congress that prices had fallen.', 20070903);
  assert.ok(peru(1).some((x) => /^Congress=PERLEG$/.test(x)), peru(1).join(' '));
});

test("bare 'Democrats'/'Republicans' are the party's lawmakers (USALEG); the party as an organisation stays a party", () => {
  const show = mentions(
    'Senate Republicans and Democrats pressed the defense secretary to testify. ' +
      'The Democratic National Committee ran advertisements on Tuesday.',
    20070601,
  );
  const s0 = show(0);
  assert.ok(s0.some((x) => /^(Senate )?Republicans=USALEG$/.test(x)), s0.join(' '));
  assert.ok(s0.includes('Democrats=USALEG'), s0.join(' '));
  const s1 = show(1);
  assert.ok(s1.some((x) => x.endsWith('=USAPTYDEM')), s1.join(' '));
});

test('the Islamic State in an Iraq story stays the transnational group (Phoenix IMGMUSISI), its predecessor before 2013 the Iraqi rebels', () => {
  const late = mentions('Islamic State fighters overran an army base near the Iraqi city of Tikrit on Monday, police said.', 20140611);
  assert.ok(late(0).some((x) => x.startsWith('Islamic State fighters=IMGMUSISI')), late(0).join(' '));
  const early = mentions('The Islamic State of Iraq claimed the bombing of a market in the Iraqi city of Baquba.', 20080301);
  assert.ok(early(0).some((x) => x.startsWith('Islamic State of Iraq=IRQREBISL')), early(0).join(' '));
});
