import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { Doc } from '../analysis/doc.js';
import { UPOS } from '../analysis/tags.js';
import { type DictSource, compileActorDictionaries, loadActorDictionaries } from '../dictionaries/actor-dicts.js';
import { ACTORS, AGENTS, DISCARDS, ISSUES } from '../dictionaries/fixtures/actor-fixtures.js';
import { splitActorCode } from './code.js';
import { lookupActor } from './lookup.js';
import { createActorMatcher } from './matcher.js';

const SOURCES: DictSource[] = [
  { name: 'test.actors.txt', kind: 'actors', text: ACTORS },
  { name: 'test.agents.txt', kind: 'agents', text: AGENTS },
  { name: 'test.discards.txt', kind: 'discards', text: DISCARDS },
  { name: 'test.issues.txt', kind: 'issues', text: ISSUES },
];
const dicts = compileActorDictionaries(SOURCES);
const matcher = createActorMatcher(dicts);

/** Mentions of a one-sentence text (space-separated tokens) as "start-end CODE". */
function m(text: string, date?: number): string[] {
  const doc = Doc.fromWords([text.split(' ')]);
  return matcher.match(doc, 0, date).map((x) => `${x.start}-${x.end} ${x.code}`);
}

test('synonyms and longest match', () => {
  assert.deepEqual(m('The Valdorian Republic met Estmarki envoys'), ['0-3 VAL', '4-5 EST']);
  assert.deepEqual(m('Valdoria and Estmark'), ['0-1 VAL', '2-3 EST']);
});

test('punctuation-insensitive: hyphens split or not, U.S. / US, possessive', () => {
  assert.deepEqual(m('Tomas al-Brevik spoke', 20070101), ['0-2 VALGOV']);
  assert.deepEqual(m('Tomas al - Brevik spoke', 20070101), ['0-4 VALGOV']);
  assert.deepEqual(m('Tomas Al Brevik spoke', 20070101), ['0-3 VALGOV']);
  assert.deepEqual(m('the U.S. said'), ['1-2 USA']);
  assert.deepEqual(m('the US said'), ['1-2 USA']);
  assert.deepEqual(m("Valdoria 's army"), ['0-1 VAL']);
  assert.deepEqual(m("Valdoria's army"), ['0-1 VAL']);
  assert.deepEqual(m("the People's Freedom Army"), ['1-4 VALREB']);
  assert.deepEqual(m("the People 's Freedom Army"), ['1-5 VALREB']);
});

test('date restrictions: range containing the date, else the undated default', () => {
  assert.deepEqual(m('Brevik spoke', 20070101), ['0-1 VALGOV']);
  assert.deepEqual(m('Brevik spoke', 20150101), ['0-1 VALELI']);
  assert.deepEqual(m('Tomas al-Brevik spoke'), ['0-2 VALELI']);
  // 310101-300101 is 1931-2030 under the century rule.
  assert.deepEqual(m('Old King Orlo spoke', 19500101), ['0-3 VALGOV']);
  assert.deepEqual(m('Anna Kestrel spoke', 20120101), ['0-2 ESTGOV']);
  assert.deepEqual(m('Anna K. Kestrel spoke', 20100101), ['0-3 ESTOPP']);
  assert.deepEqual(m('Borderlands', 20150601), ['0-1 VAL']);
  assert.deepEqual(m('Borderlands', 20160601), ['0-1 EST']);
});

test('agents compose with countries; persons absorb titles; agents alone get ---', () => {
  assert.deepEqual(m('Valdorian police arrested rebels'), ['0-2 VALCOP', '3-4 ---REB']);
  assert.deepEqual(m('Valdorian policemen'), ['0-2 VALCOP']);
  assert.deepEqual(m('the police'), ['1-2 ---COP']);
  assert.deepEqual(m("Valdoria 's foreign minister spoke"), ['0-4 VALGOVFRM']);
  assert.deepEqual(m('Valdorian Prime Minister Tomas al-Brevik spoke', 20070101), ['0-5 VALGOV']);
  assert.deepEqual(m('Estmarki Islamist media'), ['0-3 ESTMUSMED']);
  assert.deepEqual(m('Valdorian government security officials'), ['0-4 VALGOV']);
  assert.deepEqual(m('the Valdorian rights body'), ['1-4 NGOVAL']);
  assert.deepEqual(m('a rights body'), ['1-3 NGO']);
  // Plural forms: generated, explicit, and suppressed by {}.
  assert.deepEqual(m('Valdorian militias'), ['0-2 VALREB']);
  assert.deepEqual(m('Estmarki thieves'), ['0-2 ESTCRM']);
  assert.deepEqual(m('Estmarki polices'), ['0-1 EST']);
  // A comma breaks composition.
  assert.deepEqual(m('Valdoria , police'), ['0-1 VAL', '2-3 ---COP']);
});

/** A one-sentence Doc with UPOS tags ("word/TAG" tokens). */
function tagged(text: string): Doc {
  const toks = text.split(' ').map((t) => t.split('/'));
  const doc = Doc.fromWords([toks.map((t) => t[0])]);
  toks.forEach((t, i) => {
    doc.upos[i] = UPOS.indexOf(t[1] as (typeof UPOS)[number]);
  });
  doc.annotations.add('token.pos');
  return doc;
}

test('with POS tags: modifiers between country and agent, verbs and adjectives are not agents', () => {
  const codes = (d: Doc): string[] => matcher.match(d, 0).map((x) => `${x.start}-${x.end} ${x.code}`);
  assert.deepEqual(codes(tagged('the/DET Valdorian/ADJ interim/ADJ government/NOUN resigned/VERB')), ['1-4 VALGOV']);
  // Without tags the gap is not bridged.
  assert.deepEqual(m('the Valdorian interim government resigned'), ['1-2 VAL', '3-4 ---GOV']);
  assert.deepEqual(codes(tagged('they/PRON police/VERB the/DET streets/NOUN')), []);
  // An agent adjective still counts, as in PETRARCH ("the official news agency" = ---GOV).
  assert.deepEqual(codes(tagged('Islamist/ADJ rhetoric/NOUN spread/VERB')), ['0-1 ---MUS']);
  assert.deepEqual(codes(tagged('the/DET Islamist/NOUN won/VERB')), ['1-2 ---MUS']);
  // With a parse, the country must depend on the bridged stretch.
  const parsed = tagged('Valdorian/ADJ oil/NOUN government/NOUN');
  parsed.head[0] = 2;
  parsed.head[1] = 2;
  parsed.annotations.add('token.dep');
  assert.deepEqual(codes(parsed), ['0-3 VALGOV']);
  parsed.head[0] = 1;
  assert.deepEqual(codes(parsed), ['0-3 VALGOV']);
  parsed.head[0] = -1;
  assert.deepEqual(codes(parsed), ['0-1 VAL', '2-3 ---GOV']);
  // A possessive and a title word in between; the capitalised title then takes the name.
  assert.deepEqual(codes(tagged("Valdoria/PROPN 's/PART first/ADJ Deputy/PROPN Prime/PROPN Minister/PROPN Valdoria/PROPN")), ['0-7 VALGOV']);
  // A verb in between breaks it.
  assert.deepEqual(codes(tagged('Valdoria/PROPN hit/VERB rebels/NOUN')), ['0-1 VAL', '2-3 ---REB']);
});

test('with lemmas: an agent matches by the lemma of its last word', () => {
  const doc = Doc.fromWords([['Valdorian', 'boxen', 'met', 'policemen']]);
  assert.deepEqual(matcher.match(doc, 0).map((x) => x.code), ['VAL', '---COP']);
  doc.lemma[1] = 'box';
  doc.lemma[3] = 'policeman';
  assert.deepEqual(matcher.match(doc, 0).map((x) => `${x.start}-${x.end} ${x.code}`), ['0-2 VALBOX', '3-4 ---COP']);
  // POLICE {} takes no plural, not even through the lemma.
  const pl = Doc.fromWords([['Estmarki', 'polices']]);
  pl.lemma[1] = 'police';
  assert.deepEqual(matcher.match(pl, 0).map((x) => x.code), ['EST']);
});

test('coordination shares the country and modifiers with an agent-only conjunct', () => {
  assert.deepEqual(m('Estmarki Islamist media and government protested'), ['0-3 ESTMUSMED', '4-5 ESTMUSGOV']);
  assert.deepEqual(m('Estmarki police and Valdorian rebels'), ['0-2 ESTCOP', '3-5 VALREB']);
  assert.deepEqual(m('police in Estmark and Valdoria'), ['0-3 ESTCOP', '4-5 VALCOP']);
  assert.deepEqual(m('the government of Estmark , Valdoria and the US'), ['1-4 ESTGOV', '5-6 VALGOV', '8-9 USAGOV']);
  // Commas alone do not share a country with agents ("Estmarki police, rebels said").
  assert.deepEqual(m('Estmarki police , rebels said'), ['0-2 ESTCOP', '3-4 ---REB']);
  const plain = createActorMatcher(dicts, { coordination: false });
  assert.deepEqual(
    plain.match(Doc.fromWords([['Estmarki', 'media', 'and', 'government']]), 0).map((x) => x.code),
    ['ESTMED', '---GOV'],
  );
});

test('another country\'s institution after a country keeps only its sector', () => {
  assert.deepEqual(m("Valdoria 's Senate voted"), ['0-3 VALGOVLEG']);
  assert.deepEqual(m('the Senate voted'), ['1-2 USAGOVLEG']);
  assert.deepEqual(m('the US Senate voted'), ['1-3 USAGOVLEG']);
  // A person of the same country absorbs it as before.
  assert.deepEqual(m('Valdorian Brevik', 20070101), ['0-2 VALGOV']);
});

test('a country before an international organisation and an agent is the agent country', () => {
  assert.deepEqual(m("Valdoria 's United Nations ambassador spoke"), ['0-5 VALGOV']);
  assert.deepEqual(m('the Valdorian United Nations ambassador'), ['1-5 VALGOV']);
  assert.deepEqual(m("Valdoria 's United Nations mission"), ['0-1 VAL', '2-4 IGOUNO']);
  assert.deepEqual(m('the United Nations ambassador'), ['1-4 IGOUNOGOV']);
});

test('"former" between a country and its agents makes an elite', () => {
  assert.deepEqual(m('Valdorian former security officials'), ['0-4 VALELI']);
  assert.deepEqual(m('former Valdorian police'), ['0-3 VALELI']);
  assert.deepEqual(m('the ex-government of Valdoria'), ['1-4 VALELI']);
  assert.deepEqual(m('Valdorian ex-police'), ['0-2 VALELI']);
});

test('AGENT of/in/from ACTOR composes, headed by the agent', () => {
  const doc = Doc.fromWords(['the government of Estmark said'.split(' ')]);
  const [g] = matcher.match(doc, 0);
  assert.deepEqual([g.start, g.end, g.code, g.head], [1, 4, 'ESTGOV', 1]);
  assert.match(g.rule, /^test\.agents\.txt:\d+ GOVERNMENT \+ test\.actors\.txt:7 ESTMARK_$/);
  assert.deepEqual(m('police in the Valdorian Republic'), ['0-5 VALCOP']);
  const plain = createActorMatcher(dicts, { composeOf: false });
  assert.equal(plain.match(doc, 0).length, 2);
});

test('a repeated phrase: the later entry wins unless it has no code for the date', () => {
  assert.deepEqual(m('Brevik spoke', 19550101), ['0-1 VALMIL']);
  assert.deepEqual(m('Brevik spoke', 20070101), ['0-1 VALGOV']);
  const r = lookupActor(dicts, 'Brevik', 19550101);
  assert.deepEqual(r.entries.map((e) => e.rule), ['test.actors.txt:29 BREVIK', 'test.actors.txt:13 BREVIK']);
  // Only BREVIK: US_ and U.S. normalise alike but belong to the same entry.
  assert.equal(dicts.stats.shadowed, 1);
});

test('rule says file:line PHRASE of the synonym that matched', () => {
  const doc = Doc.fromWords([['Brevik']]);
  const [x] = matcher.match(doc, 0, 20070101);
  assert.equal(x.rule, 'test.actors.txt:13 BREVIK');
  assert.equal(x.head, 0);
});

test('null code --- takes the span but gives no mention; compound codes give all codes', () => {
  assert.deepEqual(m('the Quiet Observer said'), []);
  const [s] = matcher.match(Doc.fromWords([['North', 'Shire']]), 0);
  assert.equal(s.code, 'FRO');
  assert.deepEqual(s.codes, ['FRO', 'BIL']);
});

test('lower-case common words are not actors', () => {
  assert.deepEqual(m('he told us about the US'), ['5-6 USA']);
  const doc = Doc.fromWords([['they', 'told', 'us']]);
  assert.deepEqual(matcher.match(doc, 0), []);
  // With POS tags: a lower-case pronoun is skipped, a proper noun kept.
  const tagged = Doc.fromWords([['us', 'valdoria']]);
  tagged.upos[0] = UPOS.indexOf('PRON');
  tagged.upos[1] = UPOS.indexOf('PROPN');
  tagged.annotations.add('token.pos');
  assert.deepEqual(matcher.match(tagged, 0).map((x) => x.code), ['VAL']);
});

test('discards: a sentence phrase blocks its sentence, a story phrase the whole Doc', () => {
  const doc = Doc.fromWords([
    ['Valdoria', 'won', 'a', 'gold', 'medal'],
    ['Estmark', 'protested'],
  ]);
  assert.deepEqual(matcher.match(doc, 0), []);
  assert.equal(matcher.discard(doc, 0)?.rule, 'test.discards.txt:2 GOLD MEDAL');
  assert.equal(matcher.match(doc, 1).length, 1);
  assert.equal(matcher.matchAll(doc, 0).length, 1);
  const story = Doc.fromWords([['Estmark', 'protested'], ['the', 'Football', 'League', 'met']]);
  assert.deepEqual(matcher.match(story, 0), []);
  assert.equal(matcher.discard(story, 0)?.level, 'story');
});

test('issues: noun plurals, negative phrases, category blockers', () => {
  const doc = Doc.fromWords([
    ['teachers', 'got', 'a', 'head', 'start'],
    ['the', 'pre-school', 'and', 'head', 'start'],
    ['a', 'driving', 'school', 'and', 'teachers'],
  ]);
  const clean = Doc.fromWords([
    ['teachers', 'got', 'a', 'head', 'start'],
    ['the', 'pre-school', 'and', 'head', 'start'],
  ]);
  assert.deepEqual(matcher.issues(clean, 0).map((i) => i.code), ['TEACHERS']);
  assert.deepEqual(matcher.issues(clean, 1).map((i) => i.code), ['EARLY_EDUCATION', 'EARLY_EDUCATION']);
  // "driving school" blocks EDUCATION in the whole Doc, sentence 0 included.
  assert.deepEqual(matcher.issues(doc, 2), []);
  assert.deepEqual(matcher.issues(doc, 0), []);
  const other = Doc.fromWords([['teachers', 'got', 'a', 'head', 'start']]);
  assert.deepEqual(matcher.issues(other, 0).map((i) => i.code), ['TEACHERS']);
});

test('multi-sentence Docs: matches stay inside the sentence', () => {
  const doc = Doc.fromWords([['Tomas', 'al'], ['Brevik', 'spoke']]);
  assert.deepEqual(matcher.match(doc, 1, 20070101).map((x) => [x.start, x.end, x.code]), [[2, 3, 'VALGOV']]);
});

test('lookupActor explains the code and its source', () => {
  const r = lookupActor(dicts, 'Tomas al-Brevik', 20070101);
  assert.equal(r.code, 'VALGOV');
  assert.match(r.reason, /test\.actors\.txt:12 TOMAS_AL-BREVIK_: \[VALGOV 20060520-20140908\] contains 20070101/);
  assert.equal(r.entries[0].entryLine, 12);
  const p = lookupActor(dicts, 'police');
  assert.equal(p.code, '---COP');
  const c = lookupActor(dicts, 'Valdorian police');
  assert.equal(c.code, 'VALCOP');
  assert.match(c.reason, /composed/);
  assert.equal(lookupActor(dicts, 'nobody here').code, null);
});

test('splitActorCode', () => {
  assert.deepEqual(splitActorCode('IRQGOV'), { country: 'IRQ', sector: 'GOV' });
  assert.deepEqual(splitActorCode('USA'), { country: 'USA', sector: null });
  assert.deepEqual(splitActorCode('IGOUNO'), { country: 'IGO', sector: 'UNO' });
  assert.deepEqual(splitActorCode('---COP'), { country: null, sector: 'COP' });
  assert.deepEqual(splitActorCode('VALGOV'), { country: null, sector: 'VALGOV' });
  assert.deepEqual(splitActorCode('VALGOV', dicts.countryCodes), { country: 'VAL', sector: 'GOV' });
});

const PHOENIX = fileURLToPath(new URL('../../../shared/dictionaries/phoenix', import.meta.url));

test('Phoenix actors+agents load without error and resolve Nouri al-Maliki', { skip: !existsSync(PHOENIX) && `${PHOENIX} not present` }, () => {
  const d = loadActorDictionaries([PHOENIX]);
  const pm = createActorMatcher(d);
  const doc = Doc.fromWords([
    ['Nouri', 'al-Maliki', 'met', 'Iraqi', 'police', '.'],
    ['Iraqi', 'Prime', 'Minister', 'Nouri', 'al', '-', 'Maliki', 'spoke', '.'],
  ]);
  assert.deepEqual(pm.match(doc, 0, 20070101).map((x) => x.code), ['IRQGOV', 'IRQCOP']);
  assert.deepEqual(pm.match(doc, 1, 20070101).map((x) => [x.start, x.end, x.code]), [[6, 13, 'IRQGOV']]);
  assert.equal(lookupActor(d, 'Nouri al-Maliki', 20070101).code, 'IRQGOV');
  assert.ok(d.stats.actorPhrases > 30000 && d.stats.agentPhrases > 3000);
});

const VALIDATE = fileURLToPath(new URL('../../../shared/conformance/petrarch2-unit-tests', import.meta.url));

test('PETRARCH validation dictionaries: noun phrases of the unit-test records code as expected', { skip: !existsSync(VALIDATE) && `${VALIDATE} not present` }, () => {
  const d = loadActorDictionaries([VALIDATE], { cacheDir: false });
  assert.deepEqual(d.files, ['PETR.Validate.actors.txt', 'PETR.Validate.agents.txt', 'PETR.Validate.discards.txt']);
  assert.deepEqual(d.warnings, []);
  const vm = createActorMatcher(d);
  // [phrase, record date, expected codes] taken from the suite's expected codings (DATE-*, AGENTS-*, COMPOUND-*).
  const cases: [string, number, string[]][] = [
    ['Sam Gamgee', 19950104, ['HOBCIV']],
    ['Sam Gamgee', 20100106, ['HOBMIL']],
    ['Sam Gamgee', 20100109, ['ORCHOB']],
    ['Sam Gamgee', 20100112, ['ORCHOB']],
    ['Sam Gamgee', 20121231, ['HOBGOV']],
    ['Hamfast Gamgee', 19950104, ['HOB']],
    ['Hamfast Gamgee', 20121109, ['HOBGOV']],
    ['Zimbabwe', 19781223, ['RHO']],
    ['Zimbabwe', 20010101, ['ZBW']],
    ['Arnor security officials', 19950101, ['ARNGOV']],
    ['Minas Tirith border police', 19950101, ['GONCOP']],
    ["Gondor 's polices", 19950101, ['GON']],
    ["Arnor 's foreign minister", 19950119, ['ARNGOVFRM']],
    ['The Danish Islamist media', 19990809, ['DNKMUSMED']],
    ['Russian police', 19950104, ['RUSCOP']],
    ['students', 19950104, ['---EDU']],
    ['Bree Prime Minister Romendacil', 19950111, ['BREGOV']],
    ['Former security officials in White House', 19950101, ['USAGOVELI']],
    ['the Prince of Dol Amroth', 19990809, ['DOL']],
  ];
  for (const [text, date, want] of cases) {
    const got = vm.match(Doc.fromWords([text.split(' ')]), 0, date).map((x) => x.code);
    assert.deepEqual(got, want, `${text} @${date}`);
  }
  const [shire] = vm.match(Doc.fromWords([['the', 'Shire']]), 0, 19950104);
  assert.deepEqual(shire.codes, ['FRO', 'BIL', 'SAM']);
});

test('invariants: mentions are ordered, non-overlapping, inside the sentence, headed inside', () => {
  const words = ['Valdoria', "'s", 'Valdorian', 'police', 'and', 'of', 'the', 'former', 'Prime', 'Minister', 'Brevik', ',', 'rebels', 'United', 'Nations', 'ambassador', 'Senate', 'in', 'Estmark', 'media', 'Islamist', 'said', 'US'];
  let seed = 7;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let k = 0; k < 300; k++) {
    const sents = [0, 1].map(() => Array.from({ length: 3 + rnd(12) }, () => words[rnd(words.length)]));
    const doc = Doc.fromWords(sents);
    for (let s = 0; s < doc.sentenceCount; s++) {
      let prev = doc.sentStart[s];
      for (const x of matcher.matchAll(doc, s, 20070101)) {
        const where = `${sents[s].join(' ')} -> ${JSON.stringify(x)}`;
        assert.ok(x.start >= prev && x.end > x.start && x.end <= doc.sentEnd[s], where);
        assert.ok(x.head >= x.start && x.head < x.end && x.code.length >= 3, where);
        prev = x.end;
      }
    }
  }
});
