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
  assert.ok(s0.includes("Sadr's representatives=IRQPTYSDR"), s0.join(' '));
  const s1 = show(1);
  assert.ok(s1.includes('Sadr supporters=IRQPTYSDR'), s1.join(' '));
  // The apposition's party, not a party of unknown name (IRQPTY).
  assert.ok(s1.includes('Sheikh Ali al-Tamimi=IRQPTYSDR'), s1.join(' '));
});

test('"his Iraqi counterpart" is that country\'s government; "representatives of Iran" its government', () => {
  const show = mentions('Syrian Foreign Minister Walid al-Moualem telephoned his Iraqi counterpart on Tuesday and later met representatives of Iran.');
  const s0 = show(0);
  assert.ok(s0.includes('Iraqi counterpart=IRQGOV'), s0.join(' '));
  assert.ok(s0.includes('representatives of Iran=IRNGOV'), s0.join(' '));
});

test('a nationality or identity in apposition to a name ("X, a Kurd,", "Y, himself a Kurd,") is no actor of its own', () => {
  const show = mentions(
    'President Omar Barzani, himself a Kurd, telephoned Turkish President Abdullah Gul on Monday. ' +
      'Vice President Adel Qasimi, a Sunni Arab, thanked him. General Piero Lanza, an Italian, met Lebanese army officers.',
    20080101,
  );
  assert.ok(!show(0).some((x) => /^Kurd=/.test(x)), show(0).join(' '));
  assert.ok(!show(1).some((x) => /^Sunni Arab=/.test(x)), show(1).join(' '));
  assert.ok(!show(2).some((x) => /^Italian=/.test(x)), show(2).join(' '));
  // Not an apposition to a name: still actors.
  const other = mentions('The Kurds demanded a referendum, and a Kurd was elected speaker.')(0);
  assert.ok(other.some((x) => /^Kurd=/.test(x)), other.join(' '));
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
  assert.equal(branches.get('IMGMOSISL')?.get('IRQ'), 'IRQREBISL');
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
