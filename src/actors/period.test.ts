import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnnals } from '../annals.js';
import { createActorMatcher } from './matcher.js';

// annals' own knowledge base and analyzer (both ship in the repository); every sentence is invented.
const annals = createAnnals({ cacheDir: false, geo: false });
const matcher = createActorMatcher(annals.dictionaries.actors);

/** Dyads of a one-paragraph invented article as "SOURCE>TARGET:CAMEO". */
function code(text: string, date = '2008-05-12'): string[] {
  return annals.codeDocument({ id: 'd', text, date, path: '-' }).events.map((e) => `${e.source.code}>${e.target?.code}:${e.cameo}`);
}

/** Actor mentions of the first sentence as "text=CODE" (`null`: no document date). */
function mentions(text: string, date: number | null = 20080512): string[] {
  const doc = annals.analyzer.analyze(text);
  return matcher.match(doc, 0, date ?? undefined).map((m) => `${doc.text.slice(doc.start[m.start], doc.end[m.end - 1])}=${m.code}`);
}

test('period knowledge base: Iraqi and U.S. officials of 2003-2011 resolve with their dated posts', () => {
  assert.deepEqual(mentions('Ryan Crocker met Mahmoud al-Mashhadani and Jawad al-Bolani.'), [
    'Ryan Crocker=USAGOV',
    'Mahmoud al-Mashhadani=IRQLEG',
    'Jawad al-Bolani=IRQGOV',
  ]);
  // After their terms the same names are elites or party figures.
  assert.deepEqual(mentions('Tariq al-Hashemi met Ray Odierno.', 20200101), ['Tariq al-Hashemi=IRQPTYSUN', 'Ray Odierno=USAELI']);
  assert.deepEqual(mentions('Harry Reid criticised Ahmed Chalabi.', 20060101), ['Harry Reid=USALEG', 'Ahmed Chalabi=IRQGOV']);
  const met = code('Ryan Crocker met Mahmoud al-Mashhadani in Baghdad on Sunday.');
  assert.ok(met.includes('USAGOV>IRQLEG:040'), JSON.stringify(met));
});

test('period groups: the Awakening, the Accordance Front, the Kurdish bloc', () => {
  assert.deepEqual(mentions('Leaders of the Awakening met the Iraqi Accordance Front and the Kurdish bloc.'), [
    'Leaders of the Awakening=IRQUAFSUNGOV',
    'Iraqi Accordance Front=IRQPTYSUN',
    'Kurdish bloc=IRQKUR',
  ]);
});

test('"Sheikh X" is a notable, not a government official', () => {
  assert.deepEqual(mentions('Sheikh Khalil al-Dulaimi denounced the raid.'), ['Sheikh=---ELI']);
  // Gulf rulers are listed by name, title included.
  assert.deepEqual(mentions('Sheikh Mohammed bin Rashid visited Cairo.'), ['Sheikh Mohammed bin Rashid=ARE' + 'GOV', 'Cairo=EGY']);
});

test('a spokesman for / an aide to a principal takes the principal\'s code', () => {
  assert.deepEqual(mentions('A spokesman for Sadr condemned the raid.', 20090301), ['spokesman for Sadr=IRQPTYSDRGOV']);
  assert.deepEqual(mentions('An aide to Maliki criticised Iran.'), ['aide to Maliki=IRQGOV', 'Iran=IRN']);
  // "envoy to" names where the envoy is sent, not whom it serves.
  assert.deepEqual(mentions('The envoy to Iraq criticised Iran.'), ['envoy=---GOV', 'Iraq=IRQ', 'Iran=IRN']);
  const cond = code('A spokesman for Sadr condemned the Iraqi army on Friday.', '2009-03-01');
  assert.ok(cond.some((d) => d.startsWith('IRQPTYSDRGOV>IRQMIL:11')), JSON.stringify(cond));
});

test('a title and the known name in apposition or right after it are one actor', () => {
  assert.deepEqual(mentions("Maliki's spokesman, Ali al-Dabbagh, criticised Iran."), ["Maliki's spokesman, Ali al-Dabbagh=IRQGOV", 'Iran=IRN']);
  assert.deepEqual(mentions('State Department spokesman Sean McCormack criticised Iran.'), ['State Department spokesman Sean McCormack=USAGOV', 'Iran=IRN']);
  // One event, not one per half of the apposition.
  const crit = code("Maliki's spokesman, Ali al-Dabbagh, criticised Iran on Monday.");
  assert.deepEqual(
    crit.filter((d) => d.includes('>IRN')),
    ['IRQGOV>IRNGOV:111'],
  );
});

test('a listed surname after an unlisted first name is another person of that family', () => {
  // "Shaibani" alone is Syria's foreign minister (2024-); "Ahmed al-Shaibani" is someone else.
  assert.deepEqual(mentions('Ahmed al-Shaibani condemned the raid.', 20250301), []);
  assert.deepEqual(mentions('Sheikh al-Shaibani condemned the raid.', 20250301), ['Sheikh al-Shaibani=SYRGOV']);
  assert.deepEqual(mentions('Asaad al-Shaibani condemned the raid.', 20250301), ['Asaad al-Shaibani=SYRGOV']);
});

test('without a date, a title says more than a person\'s undated elite fallback', () => {
  assert.deepEqual(mentions('U.S. Ambassador Ryan Crocker met Iraqi officials.', null), ['U.S. Ambassador Ryan Crocker=USAGOV', 'Iraqi officials=IRQGOV']);
  assert.deepEqual(mentions('Former Ambassador Ryan Crocker met Iraqi officials.', null), ['Former Ambassador Ryan Crocker=USAELI', 'Iraqi officials=IRQGOV']);
});

test('"U.S. and Iraqi troops": both countries take the shared head noun', () => {
  assert.deepEqual(mentions('U.S. and Iraqi troops later detained five suspects.'), ['U.S.=USAMIL', 'Iraqi troops=IRQMIL', 'suspects=---CRM']);
  assert.deepEqual(mentions('Rebels attacked American and Iraqi soldiers.'), ['Rebels=---REB', 'American=USAMIL', 'Iraqi soldiers=IRQMIL']);
  // Two countries, no shared noun: each stays itself.
  assert.deepEqual(mentions('Iran and Iraq signed a border deal.'), ['Iran=IRN', 'Iraq=IRQ']);
  const det = code('U.S. and Iraqi troops detained five suspects in Mosul on Sunday.');
  assert.ok(det.some((d) => d.startsWith('USAMIL>') && d.endsWith(':173')), JSON.stringify(det));
});

test('a country adjective that names a place or a sponsor is no actor', () => {
  // Place nouns: the adjective says where, not who.
  assert.deepEqual(mentions('The accord requires Dutch marines to leave Somali cities by June.'), ['Dutch marines=NLDMIL']);
  assert.deepEqual(mentions('Syrian warplanes violated Turkish airspace on Friday.'), ['Syrian warplanes=SYRMIL']);
  // "COUNTRY-trained", "COUNTRY-backed": the country is not the noun's actor.
  assert.deepEqual(mentions('Police detained a Libyan-trained commander.'), ['Police=---COP', 'commander=---MIL']);
  // Two hyphenated countries before a non-party noun; but "A-B talks" are the two parties' talks.
  assert.deepEqual(mentions('Kabila ordered a joint Congolese-Rwandan inquiry.', 20050101), ['Kabila=CODGOV']);
  assert.deepEqual(mentions('Egypt will host the Sudanese-Chadian talks.'), ['Egypt=EGY', 'Sudanese=SDN', 'Chadian=TCD']);
  // An adjective heading an actor, or the actor of an event noun, stays.
  assert.deepEqual(mentions('Israeli strikes killed ten Lebanese civilians.'), ['Israeli=ISR', 'Lebanese civilians=LBNCVL']);
  const left = code('The accord requires Dutch marines to leave Somali cities by June.');
  assert.ok(!left.some((d) => d.includes('>SOM:')), JSON.stringify(left));
});

test('military ranks and patrols; a capitalised title in apposition to another country\'s title is of that country', () => {
  assert.deepEqual(mentions('A roadside bomb struck a Dutch patrol near Kandahar.'), ['Dutch patrol=NLDMIL', 'Kandahar=AFG']);
  // "Rear Admiral" is military; after "a Dutch army spokesman in Kabul," it is Dutch, not Afghan.
  assert.deepEqual(mentions('A Dutch army spokesman in Kabul, Rear Admiral Pieter Verhoef, said the patrol was hit.'), [
    'Dutch army spokesman=NLDMIL',
    'Kabul=AFG',
    'Rear Admiral=NLDMIL',
    'patrol=---MIL',
  ]);
});

test('military hardware stands for the armed forces that use it', () => {
  assert.deepEqual(mentions('Sudanese aircraft bombed two villages on Monday.'), ['Sudanese aircraft=SDNMIL']);
  assert.deepEqual(mentions('Syrian tanks shelled the town.'), ['Syrian tanks=SYRMIL']);
});
