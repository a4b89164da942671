import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAnalyzer } from '../analysis/index.js';
import { createActorMatcher } from '../actors/matcher.js';
import type { ActorMatcher } from '../actors/types.js';
import { loadDictionaries } from '../dictionaries/index.js';
import { createCoder } from '../events/coder.js';
import { toEventRecord } from '../events/record.js';
import { run } from '../cli/actors.js';
import { runCaptured } from '../cli/capture.js';
import { AnnalsError } from '../errors.js';
import { createArticleActorMatcher } from './coref.js';
import { UnknownActorTally, findUnknownNames } from './unknown.js';
import { codeMatches, scoreArticle } from './score.js';
import { findQuotes } from './quotes.js';
import { scratchDir } from '../testkit/tmp.js';

// The real analyzer and annals' own dictionaries (both ship in the repository).
const analyzer = loadAnalyzer();
const dicts = loadDictionaries([], { cacheDir: false });
const base = createActorMatcher(dicts.actors);
const article = createArticleActorMatcher(base, { countries: dicts.actors.countryCodes });

const TEXT =
  'U.S. Ambassador Daniel Korvath met Iraqi Prime Minister Nouri al-Maliki on Monday. ' +
  'Korvath later criticized the prime minister. He also accused Iran.';

test('with the real pipeline, short names, titles and pronouns give events a sentence coder misses', () => {
  const doc = analyzer.analyze(TEXT);
  const code = (actors: ActorMatcher) =>
    createCoder({ verbs: dicts.verbs, actors })
      .code(doc, 20061204)
      .map((e) => toEventRecord(doc, { docId: 'd', date: '2006-12-04' }, e));
  const plain = code(base).filter((e) => e.sentence > 0);
  const resolved = code(article).filter((e) => e.sentence > 0);
  assert.equal(plain.length, 0);
  const crit = resolved.find((e) => e.cameo.startsWith('11') && e.sentence === 1);
  assert.ok(crit, JSON.stringify(resolved));
  assert.equal(crit.source.code, 'USAGOV');
  assert.equal(crit.source.text, 'Korvath');
  assert.equal(crit.source.resolved_from?.text, 'U.S. Ambassador Daniel Korvath');
  assert.equal(crit.target?.code, 'IRQGOV');
  assert.equal(crit.target?.resolved_from?.text, 'Iraqi Prime Minister Nouri al-Maliki');
  const acc = resolved.find((e) => e.cameo.startsWith('112'));
  assert.ok(acc, JSON.stringify(resolved));
  assert.equal(acc.source.text, 'He');
  assert.equal(acc.source.code, 'USAGOV');
  assert.equal(acc.target?.code, 'IRN');
});

test('findUnknownNames: names acting with dictionary verbs and no actor, short forms counted under the full name', () => {
  const doc = analyzer.analyze('Quillon Dresk met Iraqi officials in Vienna. Dresk later criticized Iran. Syria praised Maliki.');
  const hits = findUnknownNames(doc, article, dicts.verbs, 20061204);
  assert.deepEqual(
    hits.map((h) => [h.name, h.sentence, h.verb]),
    [
      ['Quillon Dresk', 0, 'meet'],
      ['Quillon Dresk', 1, 'criticize'],
    ],
  );
  const tally = new UnknownActorTally();
  tally.add(doc, 'd1', hits);
  assert.deepEqual(tally.top(), [{ name: 'Quillon Dresk', count: 2, example: 'Quillon Dresk met Iraqi officials in Vienna.', docId: 'd1' }]);
});

const cli = (args: string[]) => runCaptured(run, args);

test('annals actors --unknown lists the most frequent unknown names over a corpus', async () => {
  const dir = scratchDir('annals-actors-');
  writeFileSync(join(dir, 'a.txt'), 'Quillon Dresk met Iraqi officials on Monday. Dresk later criticized Iran.\n');
  writeFileSync(join(dir, 'b.txt'), 'Quillon Dresk accused Syria. Maren Tolvay met Maliki.\n');
  const r = await cli(['--unknown', '--no-cache', '--format', 'jsonl', dir]);
  assert.equal(r.code, 0, r.err);
  const rows = r.out.trim().split('\n').map((l) => JSON.parse(l) as { name: string; count: number; example: string });
  assert.deepEqual(rows.map((x) => [x.name, x.count]), [
    ['Quillon Dresk', 3],
    ['Maren Tolvay', 1],
  ]);
  assert.equal(rows[0].example, 'Quillon Dresk met Iraqi officials on Monday.');
  assert.match(r.err, /2 documents, 2 unknown names/);
  const t = await cli(['--unknown', '--no-cache', '--top', '1', dir]);
  assert.match(t.out, /^count +name +example\n +3 +Quillon Dresk +Quillon Dresk met Iraqi officials on Monday\.\n$/);
  await assert.rejects(cli([dir]), (e: unknown) => e instanceof AnnalsError && e.code === 'E_USAGE');
  await assert.rejects(cli(['--unknown', '--top', '0', dir]), (e: unknown) => e instanceof AnnalsError && e.code === 'E_USAGE');
});

test('score: codes match when equal or more specific; recall counts core events, precision all emitted', () => {
  assert.ok(codeMatches('IRQREB', 'IRQREBSHI'));
  assert.ok(codeMatches('IRQREBSHI', 'IRQREB'));
  assert.ok(!codeMatches('IRQGOV', 'IRQ'));
  assert.ok(!codeMatches('USAGOV', 'IRQGOV'));
  const doc = analyzer.analyze('Iraq accused Iran. Syria praised Turkey.');
  const evs = createCoder({ verbs: dicts.verbs, actors: base })
    .code(doc)
    .map((e) => toEventRecord(doc, { docId: 'd', date: null }, e));
  const sc = scoreArticle(
    doc,
    [
      { quote: 'Iraq accused Iran', source: 'IRQ', target: 'IRN', cameo: '112', core: true },
      { quote: 'Syria praised', source: 'SYR', target: 'USA', cameo: '051', core: true },
    ],
    evs,
  );
  assert.equal(sc.core, 2);
  assert.equal(sc.coreFound, 1);
  assert.equal(sc.emitted, 2);
  assert.equal(sc.emittedRight, 1);
});

test('UnknownActorTally: a one-word name counts under the one longer name ending with it', async () => {
  const { Doc } = await import('../analysis/doc.js');
  const doc = Doc.fromWords([['Barack', 'Obama', 'met', 'Putin'], ['Obama', 'left'], ['Lee', 'Kim', 'and', 'Sun', 'Kim', 'met', 'Kim']]);
  const hit = (name: string, sentence: number) => ({ name, sentence, start: 0, end: 1, role: 'nsubj', verb: 'meet' });
  const t = new UnknownActorTally();
  t.add(doc, 'd', [hit('Barack Obama', 0), hit('Obama', 1), hit('Obama', 1), hit('Lee Kim', 2), hit('Sun Kim', 2), hit('Kim', 2)]);
  assert.deepEqual(t.top().map((c) => [c.name, c.count]), [
    ['Barack Obama', 3],
    ['Kim', 1],
    ['Lee Kim', 1],
    ['Sun Kim', 1],
  ]);
  assert.equal(t.top(1).length, 1);
});

test('real analyzer: unknown organisation with its acronym, a name in apposition, religious groups', () => {
  const doc = analyzer.analyze(
    'The Iraqi Unity Front (IUF) accused Maliki of sectarianism. The IUF later met the prime minister. ' +
      'Tariq al-Hamdawi, the Iraqi vice president, said he would act. Hamdawi criticized the Sunni-based insurgency.',
  );
  const t = (m: { start: number; end: number }) => doc.text.slice(doc.start[m.start], doc.end[m.end - 1]);
  const show = (s: number) =>
    article.match(doc, s, 20070101).map((m) => `${t(m)}=${m.code}${m.via ? `[${m.via}<-${t(m.resolvedFrom!)}]` : ''}`);
  assert.deepEqual(show(0), ['Iraqi Unity Front=IRQPTY', 'IUF=IRQPTY[acronym<-Iraqi Unity Front]', 'Maliki=IRQGOV']);
  assert.deepEqual(show(1), ['IUF=IRQPTY[acronym<-Iraqi Unity Front]', 'prime minister=IRQGOV[title<-Maliki]']);
  // "he" has its antecedent in its own sentence: left to the coder's governing-clause rule.
  assert.deepEqual(show(2), ['Tariq al-Hamdawi=IRQGOV', 'Iraqi vice president=IRQGOV[title<-Tariq al-Hamdawi]']);
  // An Iraqi article: the country-less group takes its home country (home.ts).

  // A group with no country of its own in an article about one country is that country's.
  assert.deepEqual(show(3), ['Hamdawi=IRQGOV[short-name<-Tariq al-Hamdawi]', 'Sunni-based insurgency=IRQREBSUN']);
});

test('with the real pipeline: "it", a quote\'s "we", cataphora and the dateline country give the right actors', () => {
  const doc = analyzer.analyze(
    'Iran backed the Iraqi position on Monday. It also condemned the United States.\n\n' +
      '"We will attack the Americans," Shiite cleric Moqtada al-Sadr said.\n\n' +
      'Speaking to reporters in Baghdad, he accused the United States of meddling, Maliki said.\n\n' +
      'The army arrested 20 militiamen.',
  );
  const m = createArticleActorMatcher(base, { countries: dicts.actors.countryCodes });
  m.setDateline(doc, 'BAGHDAD -');
  const evs = createCoder({ verbs: dicts.verbs, actors: m })
    .code(doc, 20061204)
    .map((e) => toEventRecord(doc, { docId: 'd', date: '2006-12-04' }, e));
  const got = (s: number) => evs.filter((e) => e.sentence === s).map((e) => `${e.source.text}=${e.source.code} ${e.cameo.slice(0, 2)} ${e.target?.code}`);
  assert.deepEqual(got(1), ['It=IRN 11 USA']);
  assert.ok(got(2).includes('We=IRQREBSHI 19 USA'), JSON.stringify(got(2)));
  assert.ok(got(3).some((x) => x.startsWith('he=IRQGOV 11')), JSON.stringify(got(3)));
  assert.ok(evs.some((e) => e.sentence === 4 && e.source.code === 'IRQMIL'), JSON.stringify(evs.filter((e) => e.sentence === 4)));
});

test('findQuotes: straight quotes alternate, a paragraph break closes an open quote, a continued quote keeps its speaker', () => {
  const doc = analyzer.analyze('"We will fight," Sadr said.\n\n"The occupation must end. We will fight\n\n"Nobody will disarm us," he told reporters.');
  const qs = findQuotes(doc).map((q) => [doc.form.slice(q.start, q.end).join(' '), q.speaker >= 0 ? doc.form[q.speaker] : null]);
  assert.deepEqual(qs, [
    ['We will fight ,', 'Sadr'],
    ['The occupation must end . We will fight', 'Sadr'],
    ['Nobody will disarm us ,', 'he'],
  ]);
});

test('"he" after an international official named in the people files is that official, not an earlier head of government', () => {
  const doc = analyzer.analyze(
    'Prime Minister Nouri al-Maliki ordered an inquiry on Monday. ' +
      'U.N. Secretary-General Ban Ki-moon called for calm. He also criticized Iran.',
  );
  const events = createCoder({ verbs: dicts.verbs, actors: article })
    .code(doc, 20080214)
    .map((e) => toEventRecord(doc, { docId: 'd', date: '2008-02-14' }, e));
  const crit = events.find((e) => e.sentence === 2 && e.cameo.startsWith('11'));
  assert.ok(crit, JSON.stringify(events));
  assert.equal(crit.source.code, 'IGOUNO');
  assert.equal(crit.source.resolved_from?.text, 'Ban Ki-moon');
});

test("a leader's political side: the office, lawmakers and spokesman of Sadr (2007) are the Sadrists, Sadr himself the Mahdi Army", () => {
  const doc = analyzer.analyze(
    "Sadr's 30 lawmakers accused the government of betraying the voters. " +
      "A spokesman for Sadr condemned the Iraqi army. " +
      "Sadr's political office accused the interior minister of lying. " +
      'Sadr condemned the Iraqi army. ' +
      "Karim Obaid, the head of Sadr's political office, accused the interior minister of lying. " +
      "Sadr's militia attacked an Iraqi police checkpoint.",
  );
  const evs = createCoder({ verbs: dicts.verbs, actors: article })
    .code(doc, 20070310)
    .map((e) => toEventRecord(doc, { docId: 'd', date: '2007-03-10' }, e));
  const src = (s: number) => evs.find((e) => e.sentence === s)?.source.code;
  assert.equal(src(0), 'IRQPTYSDR', JSON.stringify(evs));
  assert.equal(src(1), 'IRQPTYSDR');
  assert.equal(src(2), 'IRQPTYSDR');
  assert.equal(src(3), 'IRQREBSHI');
  assert.equal(src(4), 'IRQPTYSDR');
  assert.equal(src(5), 'IRQREBSHI');
});
