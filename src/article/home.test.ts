import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadAnalyzer } from '../analysis/index.js';
import { createActorMatcher } from '../actors/matcher.js';
import type { ActorMention } from '../actors/types.js';
import { loadDictionaries } from '../dictionaries/index.js';
import { createArticleActorMatcher } from './coref.js';
import { completeCode, decideHome } from './home.js';

// The real analyzer and annals' own dictionaries (both ship in the repository); every sentence is invented.
const analyzer = loadAnalyzer();
const dicts = loadDictionaries([], { cacheDir: false });
const base = createActorMatcher(dicts.actors);
const article = createArticleActorMatcher(base, { countries: dicts.actors.countryCodes });

function mentions(text: string): (s: number) => string[] {
  const doc = analyzer.analyze(text);
  const t = (m: ActorMention) => doc.text.slice(doc.start[m.start], doc.end[m.end - 1]);
  return (s) => article.match(doc, s).map((m) => `${t(m)}=${m.code}`);
}

test('completeCode: domestic agents take the country, identities go after the sector, others stay', () => {
  assert.equal(completeCode('---COP', 'KEN'), 'KENCOP');
  assert.equal(completeCode('---SUNGOV', 'IRQ'), 'IRQGOVSUN');
  assert.equal(completeCode('---KUR', 'IRQ'), 'IRQKUR');
  assert.equal(completeCode('---PKO', 'SDN'), null);
  assert.equal(completeCode('---REF', 'SDN'), null);
  assert.equal(completeCode('IRQGOV', 'KEN'), null);
});

test('the home country is the lead country; two countries tied give none', () => {
  const home = (text: string) => {
    const doc = analyzer.analyze(text);
    return decideHome(doc, (s) => base.match(doc, s), dicts.actors.countryCodes);
  };
  assert.equal(home('Tanzanian police fired tear gas at protesters on Friday. Police arrested 40 people.'), 'TZA');
  assert.equal(home('Chad and Niger resumed talks in the Malian capital on Monday.'), null);
  // A place ("in Brussels", "on Iran") is no actor of the article.
  assert.equal(home('Ghana accused Togo of harbouring rebels in Brussels on Monday. Ghanaian officials met in Paris.'), 'GHA');
});

test("the dateline's country is the home when it is also an actor early on, not when it is only the venue", () => {
  const home = (text: string, dateline: string) => {
    const doc = analyzer.analyze(text);
    return decideHome(doc, (s) => base.match(doc, s), dicts.actors.countryCodes, undefined, dateline);
  };
  const visit = 'French Foreign Minister Paul Arnaud and French aides urged the Malian president to hold elections. ';
  assert.equal(home(visit + 'Malian officials said the vote would be held in May.', 'MLI'), 'MLI');
  // Without the dateline the visitor's side, named more often in the lead, wins.
  assert.equal(home(visit + 'Malian officials said the vote would be held in May.', 'XXX'), 'FRA');
  // Talks held in Ethiopia: Ethiopia is only the venue.
  assert.equal(home('Chad and Niger resumed talks in the Ethiopian capital on Monday.', 'ETH'), null);
});

test('a story filed from two places is about the country of its lead actor among them', () => {
  const home = (text: string, dateline: string[]) => {
    const doc = analyzer.analyze(text);
    return decideHome(doc, (s) => base.match(doc, s), dicts.actors.countryCodes, undefined, dateline);
  };
  const lead =
    'Malian President Ibrahim Keita ordered troops into Gao over the objections of French officials, French diplomats said. ' +
    'French Foreign Minister Paul Arnaud and French aides warned him that his army was not ready.';
  // The filing side (France) is named more often; the lead's own actor (Mali) decides.
  assert.equal(home(lead, ['FRA', 'MLI']), 'MLI');
  assert.equal(home(lead, ['MLI', 'FRA']), 'MLI');
  // One dateline place keeps the old rule: France is an actor early on.
  assert.equal(home(lead, 'FRA' as unknown as string[]), 'FRA');
  // Through the article matcher: "the government" of a 'PARIS/BAMAKO' story is Mali's.
  const doc = analyzer.analyze(lead + ' The government said the army would stay.');
  article.setDateline(doc, 'PARIS/BAMAKO');
  const gov = article.match(doc, 2).find((m) => doc.form[m.end - 1] === 'government');
  assert.equal(gov?.code, 'MLIGOV');
});

test('country-less agents and titled unknown people take the home country', () => {
  const show = mentions(
    'Tanzanian police fired tear gas at opposition supporters in Dodoma on Friday. ' +
      'Police arrested 40 people, Interior Minister Halima Juma Ndege said. ' +
      'The opposition accused the government of brutality.',
  );
  assert.ok(show(1).includes('Police=TZACOP'), show(1).join(' '));
  assert.ok(show(1).includes('Interior Minister Halima Juma Ndege=TZAGOV'), show(1).join(' '));
  assert.ok(show(2).includes('opposition=TZAOPP'), show(2).join(' '));
  assert.ok(show(2).includes('government=TZAGOV'), show(2).join(' '));
});

test('roles that are foreign by nature keep no country', () => {
  const show = mentions('Tanzanian police fired tear gas at protesters on Friday. Diplomats criticized the police.');
  assert.ok(show(1).includes('Diplomats=---GOV'), show(1).join(' '));
  assert.ok(show(1).includes('police=TZACOP'), show(1).join(' '));
});

test('without a home, a person takes the country named before him in his sentence', () => {
  const show = mentions(
    'Chad and Niger resumed talks on Monday. ' +
      "Chad's delegation was led by Defence Minister Oumar Mahamat Sorel, while Niger sent its negotiator, Issa Boubacar Kane.",
  );
  assert.ok(show(1).includes('Defence Minister Oumar Mahamat Sorel=TCDGOV'), show(1).join(' '));
});

test('a paragraph opened by "In <place>," and a person\'s apposition override the home country', () => {
  const show = mentions(
    'Iraqi police arrested 12 men in Basra on Monday. Police said the men had smuggled weapons.\n\n' +
      'In Washington, President Harlan Todd praised the Iraqi army. Lawmakers criticized the arrests.\n\n' +
      'Senator Ewan Pardee, chairman of the Senate Armed Services Committee, criticized Iraqi officials.',
  );
  assert.ok(show(3).includes('Lawmakers=USALEG'), show(3).join(' '));
  assert.ok(show(4).some((x) => /^Senator Ewan Pardee=USALEG/.test(x)), show(4).join(' '));
});

test('"the bloc" is the political bloc named before, not the militia; "Sunni Arab bloc" is a party', () => {
  const show = mentions(
    'Iraqi Prime Minister Nouri al-Maliki met the leaders of the Mahdi Army, the militia loyal to the cleric, and the main Sunni Arab bloc on Monday. ' +
      'The bloc accused Maliki of sectarianism.',
  );
  assert.ok(show(0).includes('Sunni Arab bloc=IRQPTYSUNARB') || show(0).includes('Sunni Arab bloc=IRQPTYSUN'), show(0).join(' '));
  const bloc = show(1).find((x) => x.startsWith('bloc='));
  assert.ok(bloc && /^bloc=IRQPTYSUN/.test(bloc), show(1).join(' '));
});

test('"the president" is no opposition leader; "the envoys of three African countries" are those countries\'', () => {
  const show = mentions(
    'Zambian police fired tear gas at supporters of opposition leader Hakainde Mwale on Monday. ' +
      'Mwale accused the police of brutality. The president said his government would talk to the opposition. ' +
      'The envoys of three African countries urged calm.',
  );
  assert.ok(!show(2).some((x) => x.startsWith('president=ZMBOPP')), show(2).join(' '));
  assert.ok(show(3).includes('envoys=AFRGOV'), show(3).join(' '));
});

test('"the rebels" are the rebel group named before; a bare spokeswoman speaks for the organisation before her', () => {
  const show = mentions(
    'Chad and Niger resumed talks on Monday. Chad accused Niger of arming rebels of the SPLM-N. ' +
      'Niger said it had never supported the rebels. ' +
      'The United Nations refugee agency urged both countries to protect civilians. ' +
      '"We are worried," spokeswoman Ana Lindqvist said.',
  );
  const all = [0, 1, 2, 3].flatMap((s) => show(s));
  // The second "rebels" (the first is the composed "rebels of the SPLM-N").
  const rebels = all.filter((x) => x.startsWith('rebels='));
  assert.ok(rebels.length > 0 && rebels.every((x) => x.startsWith('rebels=SDNREB')), all.join(' '));
  assert.ok(all.some((x) => /^spokeswoman Ana Lindqvist=IGOUNO/.test(x)), all.join(' '));
});

test('a group "from" a country is of that country, not of the home country', () => {
  const show = mentions('Tanzanian police fired tear gas at protesters on Friday. President Jakaya Mrisho met dissidents from war-torn Burundi.');
  assert.ok(show(1).includes('dissidents=BDIOPP'), show(1).join(' '));
});

test('insurgents and ethnic groups in a story filed from Washington about another state are that state\'s (its theatre)', async () => {
  const { createAnnals } = await import('../annals.js');
  const a = createAnnals({ geo: false });
  const run = (text: string, dateline: string): string[] =>
    a.codeDocument({ id: 't', text, date: '2007-05-01', path: '-', dateline }).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code}`);
  const washington =
    'President Bush met senators at the White House on Monday. He said the plan was working in Kabul. Violence fell in Kabul and in Kandahar province. The U.S. military said its troops had killed five insurgents near Jalalabad.';
  const got = run(washington, 'WASHINGTON');
  assert.ok(got.some((g) => g === 'USAMIL 190 AFGREB'), got.join('; '));
  // Without places of another state the home stays: insurgents in a story about the home's own streets.
  const home = run('President Bush met senators at the White House on Monday. The police said insurgents had attacked a station.', 'WASHINGTON');
  assert.ok(!home.some((g) => g.includes('AFG')), home.join('; '));
});
