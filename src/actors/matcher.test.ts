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
  assert.deepEqual(m('Brevik spoke'), ['0-1 VALELI']);
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

test('AGENT of/in/from ACTOR composes, headed by the agent', () => {
  const doc = Doc.fromWords(['the government of Estmark said'.split(' ')]);
  const [g] = matcher.match(doc, 0);
  assert.deepEqual([g.start, g.end, g.code, g.head], [1, 4, 'ESTGOV', 1]);
  assert.match(g.rule, /^test\.agents\.txt:\d+ GOVERNMENT \+ test\.actors\.txt:7 ESTMARK_$/);
  assert.deepEqual(m('police in the Valdorian Republic'), ['0-5 VALCOP']);
  const plain = createActorMatcher(dicts, { composeOf: false });
  assert.equal(plain.match(doc, 0).length, 2);
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
  assert.deepEqual(matcher.issues(doc, 0).map((i) => i.code), ['TEACHERS']);
  assert.deepEqual(matcher.issues(doc, 1).map((i) => i.code), ['EARLY_EDUCATION', 'EARLY_EDUCATION']);
  assert.deepEqual(matcher.issues(doc, 2), []);
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
