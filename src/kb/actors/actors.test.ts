import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { Doc } from '../../analysis/doc.js';
import { createActorMatcher } from '../../actors/matcher.js';
import { inspectDictionaries, loadDictionaries } from '../../dictionaries/index.js';
import { lintDictionaries } from '../../dictionaries/native/lint.js';
import { CAMEO_CODE, buildCountries, renderCountries } from './countries.js';
import {
  ACTOR_CODE,
  AGENT_CODE,
  type KbFile,
  checkKb,
  defaultKbDirs,
  listYaml,
  parseCodeSpec,
  phraseKey,
  readKbFile,
} from './validate.js';

const require = createRequire(import.meta.url);
const [ACTOR_DIR, AGENT_DIR] = defaultKbDirs();
const files: KbFile[] = listYaml([ACTOR_DIR, AGENT_DIR]).map((p) => readKbFile(p));

/** Undated code of every actor phrase (phrase key -> code). */
const phraseCode = new Map<string, string>();
for (const f of files) {
  for (const a of f.actors) {
    if (a.codes.length === 1 && !a.codes[0].from && !a.codes[0].to) for (const n of a.names) phraseCode.set(phraseKey(n), a.codes[0].code);
  }
}
const agentCode = new Map<string, string>();
for (const f of files) for (const g of f.agents) for (const w of g.words) agentCode.set(phraseKey(w), g.code);

test('every KB file parses and follows the schema', () => {
  assert.ok(files.length >= 6, `found ${files.length} files`);
  for (const f of files) {
    assert.notEqual(f.kind, 'other', f.file);
    assert.deepEqual(
      f.problems.filter((p) => p.level === 'error'),
      [],
      f.file,
    );
  }
  assert.ok(files.some((f) => f.kind === 'agents'));
});

test('no phrase has two conflicting codes; every code is well formed with a known country/type part', () => {
  // Warnings too (repeated names, actor phrases that are also agent words): the KB is kept clean.
  // people-*.yaml has its own tests (src/kb/people); here only its errors count.
  const ownFile = (file: string): boolean => !/people-[^/]*\.ya?ml$/.test(file);
  assert.deepEqual(checkKb(files).filter((p) => ownFile(p.file) || p.level === 'error'), []);
  for (const f of files) {
    const own = ownFile(f.file);
    assert.deepEqual(own ? f.problems : f.problems.filter((p) => p.level === 'error'), [], f.file);
  }
  for (const f of files) {
    for (const a of f.actors) for (const c of a.codes) assert.match(c.code, ACTOR_CODE, `${f.file}:${a.line}`);
    for (const g of f.agents) assert.match(g.code, AGENT_CODE, `${f.file}:${g.line}`);
  }
});

test('the checker catches conflicts, unknown country parts and schema errors', () => {
  const a = readKbFile('a.yaml', 'kind: actors\nentries:\n  - code: IRQ\n    names: [Iraq, Iraqi]\n');
  const b = readKbFile('b.yaml', 'kind: actors\nentries:\n  - code: IRN\n    names: [IRAQI]\n  - code: QQQGOV\n    names: [Nowhere]\n');
  const g = readKbFile('g.yaml', 'kind: agents\nentries:\n  - code: GOV\n    words: [government, iraqi]\n');
  assert.match(checkKb([a, g]).map((p) => `${p.level} ${p.message}`).join('\n'), /^warning 'IRAQI' is an actor \(IRQ\) and an agent word \(GOV/);
  const h = readKbFile('h.yaml', 'kind: actors\nentries:\n  - code: ESHSEPPOL\n    names: [Polisario]\n  - code: NGOIRQ\n    names: [Iraqi aid]\n');
  assert.deepEqual(checkKb([h]).map((p) => p.message), ['code ESHSEPPOL: part POL reads as a country']);
  const problems = checkKb([a, b]).map((p) => `${p.file}:${p.line} ${p.message}`);
  assert.equal(problems.length, 2);
  assert.match(problems[0], /^b\.yaml:3 'IRAQI' coded IRN here and IRQ at a\.yaml:3$/);
  assert.match(problems[1], /unknown country\/type part QQQ/);
  const bad = readKbFile('c.yaml', 'kind: actors\nentries:\n  - code: irq\n    names: []\n  - code: IRQ\n    codes: [IRQGOV]\n    names: [x]\n    extra: 1\n');
  const msgs = bad.problems.map((p) => `${p.line} ${p.message}`);
  assert.ok(msgs.some((m) => /^3 malformed code 'irq'/.test(m)), msgs.join('\n'));
  assert.ok(msgs.some((m) => /^3 names must be a non-empty list/.test(m)));
  assert.ok(msgs.some((m) => /^5 give exactly one of code or codes/.test(m)));
  assert.ok(msgs.some((m) => /^5 unknown key 'extra'/.test(m)));
  assert.equal(readKbFile('d.yaml', 'kind: verbs\nentries: []\n').problems.length, 1);
  assert.match(readKbFile('e.yaml', 'kind: actors\nentries:\n  - code: IRQ\n   names: [x]\n').problems[0].message, /^YAML/);
});

test('code specs: dates and open ranges', () => {
  assert.deepEqual(parseCodeSpec('AFGGOVTAL 1996-09-27..2001-11-13'), { code: 'AFGGOVTAL', from: '1996-09-27', to: '2001-11-13' });
  assert.deepEqual(parseCodeSpec('SDNREBRSF 2023-04-15..'), { code: 'SDNREBRSF', from: '2023-04-15' });
  assert.deepEqual(parseCodeSpec('RWAREBRPF ..1994'), { code: 'RWAREBRPF', to: '1994' });
  assert.deepEqual(parseCodeSpec('IRQ'), { code: 'IRQ' });
  assert.equal(typeof parseCodeSpec('IRQGO'), 'string');
  assert.equal(typeof parseCodeSpec('IRQ 2006-5..'), 'string');
  assert.equal(typeof parseCodeSpec('IRQ ..'), 'string');
});

test('every ISO 3166-1 country and territory is in countries.yaml', () => {
  const iso = require('i18n-iso-countries') as { getAlpha3Codes(): Record<string, string> };
  const codes = new Set<string>();
  for (const f of files) if (f.file.endsWith('countries.yaml')) for (const a of f.actors) for (const c of a.codes) codes.add(c.code);
  const missing = Object.keys(iso.getAlpha3Codes())
    .map((c) => CAMEO_CODE[c] ?? c)
    .filter((c) => !codes.has(c));
  assert.deepEqual(missing, []);
  assert.ok(codes.size >= 249);
  for (const c of ['USR', 'YUG', 'CSK', 'DDR', 'SCG', 'KSV', 'PSE', 'TWN']) assert.ok(codes.has(c), c);
});

test('countries.yaml is what countries.ts generates (regenerate after editing the table)', () => {
  const onDisk = readFileSync(join(ACTOR_DIR, 'countries.yaml'), 'utf8');
  assert.equal(renderCountries(buildCountries()), onDisk);
});

test('names, demonyms, cities and historical names map to the right code', () => {
  const expect: Record<string, string> = {
    Iraq: 'IRQ', Iraqi: 'IRQ', Iraqis: 'IRQ', Baghdad: 'IRQ', 'Republic of Iraq': 'IRQ',
    Kenyan: 'KEN', Nairobi: 'KEN', Burma: 'MMR', Burmese: 'MMR', Rangoon: 'MMR', Zaire: 'COD', Congo: 'COD',
    'Congo-Brazzaville': 'COG', Ceylon: 'LKA', Persia: 'IRN', 'Soviet Union': 'USR', USSR: 'USR', Soviet: 'USR',
    Yugoslavia: 'YUG', Czechoslovakia: 'CSK', 'East Germany': 'DDR', 'West Germany': 'DEU', 'Ivory Coast': 'CIV',
    "Côte d'Ivoire": 'CIV', 'North Korea': 'PRK', 'South Korean': 'KOR', 'U.S.': 'USA', Americans: 'USA',
    'New Mexico': 'USA', Mexico: 'MEX', Britain: 'GBR', Britons: 'GBR', Dutch: 'NLD', 'The Hague': 'NLD',
    Swiss: 'CHE', Filipino: 'PHL', Gaza: 'PSE', 'West Bank': 'PSE', Palestinians: 'PSE', Kosovo: 'KSV',
    Turkey: 'TUR', Ankara: 'TUR', Kyiv: 'UKR', Kiev: 'UKR', Crimea: 'UKR', Sudanese: 'SDN', 'South Sudanese': 'SSD',
    Nigerien: 'NER', Nigerian: 'NGA', Emirati: 'ARE', Saudi: 'SAU', Vatican: 'VAT', Taiwanese: 'TWN',
    // non-state, regional, organisations
    'Middle East': 'MEA', Europeans: 'EUR', 'the West': 'WST', 'Persian Gulf': 'PGS', 'Latin America': 'LAM',
    'United Nations': 'IGOUNO', 'Security Council': 'IGOUNO', UNHCR: 'IGOUNOREFHCR', UNICEF: 'IGOUNOKID',
    NATO: 'IGOWSTNAT', 'European Union': 'IGOEUREEC', 'European Commission': 'IGOEUREEC', 'African Union': 'IGOAFRAFU',
    'Arab League': 'IGOMEAARL', IAEA: 'IGOUNOIAE', 'World Bank': 'IGOUNODEVWBK', 'International Criminal Court': 'IGOJUDICC',
    'Red Cross': 'NGOHLHIRC', 'Amnesty International': 'NGOHRIAMN', 'Doctors Without Borders': 'NGOHLHMSF',
    // armed and political groups
    Hamas: 'PSEREBHAM', Hezbollah: 'LBNREBHEZ', 'Mahdi Army': 'IRQREBSHI', 'al-Qaeda': 'IMGMOSAQD', AQAP: 'YEMREBAQD',
    ISIS: 'IMGMUSISI', Daesh: 'IMGMUSISI', 'al-Shabaab': 'SOMREBSHB', 'Boko Haram': 'NGAREBBKH', Houthis: 'YEMREBHTH',
    FARC: 'COLREBFRC', PKK: 'TURREBPKK', 'Wagner Group': 'RUSMILWAG', LTTE: 'LKAREBLTT', Janjaweed: 'SDNUAFJJW',
    'Free Syrian Army': 'SYRREBFSA', 'Nusra Front': 'SYRREBHTS', 'Lashkar-e-Taiba': 'PAKREBLET', IRA: 'GBRREBIRA',
    Fatah: 'PSEPTYFTH', Kremlin: 'RUSGOV', 'White House': 'USAGOV', Pentagon: 'USAMIL', ISI: 'PAKSPY',
  };
  const wrong: string[] = [];
  for (const [name, code] of Object.entries(expect)) {
    const got = phraseCode.get(phraseKey(name));
    if (got !== code) wrong.push(`${name}: ${got} != ${code}`);
  }
  assert.deepEqual(wrong, []);
});

test('dated codes: the Taliban, the RSF', () => {
  const find = (name: string) => files.flatMap((f) => f.actors).find((a) => a.names.some((n) => phraseKey(n) === phraseKey(name)));
  const tal = find('Taliban');
  assert.ok(tal);
  assert.deepEqual(
    tal.codes.map((c) => `${c.code} ${c.from ?? ''}..${c.to ?? ''}`),
    ['AFGGOVTAL 1996-09-27..2001-11-13', 'AFGREBTAL 2001-11-14..2021-08-14', 'AFGGOVTAL 2021-08-15..', 'AFGREBTAL ..'],
  );
  assert.equal(find('RSF')?.codes.at(-1)?.code, 'SDNREBRSF');
});

test('agents: the usual news words, religions and ethnic groups', () => {
  const expect: Record<string, string> = {
    police: 'COP', 'riot police': 'COP', troops: 'MIL', soldiers: 'MIL', government: 'GOV', ministry: 'GOV',
    spokesman: 'GOV', lawmakers: 'LEG', parliament: 'LEG', prosecutors: 'JUD', judge: 'JUD', cleric: 'REL',
    gunmen: 'UAF', militants: 'REB', rebels: 'REB', insurgents: 'REB', separatists: 'SEP', protesters: 'OPP',
    journalists: 'MED', refugees: 'REF', civilians: 'CVL', doctors: 'HLH', students: 'EDU', farmers: 'AGR',
    smugglers: 'CRM', 'human rights groups': 'HRI', 'aid workers': 'NGO', environmentalists: 'ENV',
    businessmen: 'BUS', 'trade unions': 'LAB', 'intelligence agency': 'SPY', 'ruling party': 'PTY',
    Shiite: 'SHI', Shia: 'SHI', Sunnis: 'SUN', Kurds: 'KUR', Kurdish: 'KUR', Christians: 'CHR', Jews: 'JEW',
    Muslims: 'MOS', Hindu: 'HIN', Buddhist: 'BUD', Islamist: 'MOSRAD', 'state television': 'GOVMED',
    'health ministry': 'GOVHLH', 'finance minister': 'GOVBUS', forces: 'MIL', 'government forces': 'MIL',
  };
  const wrong: string[] = [];
  for (const [w, code] of Object.entries(expect)) if (agentCode.get(phraseKey(w)) !== code) wrong.push(`${w}: ${agentCode.get(phraseKey(w))} != ${code}`);
  assert.deepEqual(wrong, []);
});

// ---- the KB compiled by annals' own loader and matched on hand-built Docs
const VERBS = join(ACTOR_DIR, '..', 'verbs');
const KB_PATHS = [ACTOR_DIR, AGENT_DIR, VERBS];

test('annals dict lint finds no error or warning in the actor KB', () => {
  const insp = inspectDictionaries(KB_PATHS);
  assert.deepEqual(insp.problems, []);
  const findings = lintDictionaries({ files: insp.files, actors: insp.actors, verbs: insp.verbs, problems: insp.problems });
  // The verb files are only there to make a complete set: their findings are tested with them.
  const ours = findings.filter((f) => !/[/\\]verbs[/\\]/.test(f.file));
  assert.deepEqual(
    ours.map((f) => `${f.file}:${f.line} ${f.severity} ${f.message}`),
    [],
  );
});

test('the compiled KB codes actors in sentences (countries + agents, groups, dates)', () => {
  const set = loadDictionaries(KB_PATHS, { cacheDir: false });
  const matcher = createActorMatcher(set.actors);
  const m = (text: string, date?: number): string[] =>
    matcher.match(Doc.fromWords([text.split(' ')]), 0, date).map((x) => `${x.start}-${x.end} ${x.code}`);
  assert.deepEqual(m('Iraqi police arrested gunmen'), ['0-2 IRQCOP', '3-4 ---UAF']);
  assert.deepEqual(m('Hezbollah fired rockets'), ['0-1 LBNREBHEZ']);
  assert.deepEqual(m('the Kenyan government said'), ['1-3 KENGOV']);
  assert.deepEqual(m('police in Iraq'), ['0-3 IRQCOP']);
  assert.deepEqual(m('Israeli troops entered Gaza'), ['0-2 ISRMIL', '3-4 PSE']);
  assert.deepEqual(m('Iraqi Shiites and Egyptian Copts'), ['0-2 IRQSHI', '3-5 EGYCHRCPT']);
  assert.deepEqual(m('UN peacekeepers met Amnesty International'), ['0-2 IGOUNOPKO', '3-5 NGOHRIAMN']);
  assert.deepEqual(m('Western diplomats visited Burma'), ['0-2 WSTGOV', '3-4 MMR']);
  assert.deepEqual(m('an Iraqi aid group'), ['1-4 NGOIRQ']);
  assert.deepEqual(m('the Taliban took Kabul', 20210901), ['1-2 AFGGOVTAL', '3-4 AFG']);
  assert.deepEqual(m('the Taliban attacked', 20100101), ['1-2 AFGREBTAL']);
  assert.deepEqual(m('the Islamic State group'), ['1-4 IMGMUSISI']);
  assert.deepEqual(m('Russian-backed separatists'), ['0-2 UKRSEPDPR']);
  // Ordinary words stay uncoded: the pronouns "us"/"who", the bird, the direction.
  assert.deepEqual(m('they told us who said it'), []);
  assert.deepEqual(m('in western Iraq'), ['2-3 IRQ']);
});
