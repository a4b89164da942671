import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { AnnalsError } from '../errors.js';
import {
  actorCountry,
  checkDevSentence,
  isExactCameo,
  isWellFormedActor,
  loadDevset,
  parseDevset,
  ploverType,
  scoreSentence,
  summarize,
  summarizeByRoot,
  type DevSentence,
} from './devset-score.js';

const DATA = fileURLToPath(new URL('../../data/devset/', import.meta.url));

// Region, IGO and other non-country prefixes: they do not count towards country coverage.
const NOT_COUNTRY = new Set(
  ('AFR ASA BLK CAF CAS CAU CEU CRB EAF EAS EEU EIN EUR LAM MDT MEA NAF NMR PGS SAF SAM SAS SCN SEA WAF WAS WEU WST ' +
    'IGO NGO NGM MNC IMG INT UIS').split(' '),
);
// CAF is both a region code and the Central African Republic; the dev set uses it for the country.
NOT_COUNTRY.delete('CAF');

const devset = loadDevset(DATA);

test('dev set: at least 450 sentences with unique ids and texts', () => {
  assert.ok(devset.length >= 450, `${devset.length} sentences`);
  assert.equal(new Set(devset.map((s) => s.id)).size, devset.length);
  const norm = (t: string): string => t.toLowerCase().replace(/\s+/g, ' ').trim();
  const seen = new Map<string, string>();
  for (const s of devset) {
    const k = norm(s.text);
    assert.ok(!seen.has(k), `${s.id} repeats the text of ${seen.get(k)}`);
    seen.set(k, s.id);
  }
});

test('dev set: ids name the root of the main event (rNN-XXX) or none-XXX', () => {
  for (const s of devset) {
    const root = s.events[0]?.cameo.slice(0, 2);
    assert.match(s.id, root ? new RegExp(`^r${root}-\\d{3}$`) : /^none-\d{3}$/, s.id);
  }
});

test('dev set: every CAMEO code is a codebook code and every actor code well formed', () => {
  for (const s of devset) {
    for (const e of s.events) {
      assert.ok(isExactCameo(e.cameo), `${s.id}: ${e.cameo}`);
      assert.ok(isWellFormedActor(e.source), `${s.id}: ${e.source}`);
      assert.ok(e.target === null || isWellFormedActor(e.target), `${s.id}: ${e.target}`);
    }
  }
});

test('dev set: every root 01-20 is the main event of at least 12 sentences; about 40 no-event sentences', () => {
  const byRoot = new Map<string, number>();
  for (const s of devset) {
    const r = s.events[0]?.cameo.slice(0, 2) ?? 'none';
    byRoot.set(r, (byRoot.get(r) ?? 0) + 1);
  }
  for (let r = 1; r <= 20; r++) {
    const k = String(r).padStart(2, '0');
    assert.ok((byRoot.get(k) ?? 0) >= 12, `root ${k}: ${byRoot.get(k) ?? 0}`);
  }
  assert.ok((byRoot.get('none') ?? 0) >= 35, `no-event: ${byRoot.get('none') ?? 0}`);
});

test('dev set: at least 60 distinct countries among source and target codes', () => {
  const countries = new Set<string>();
  for (const s of devset) {
    for (const e of s.events) {
      for (const a of [e.source, e.target]) {
        const c = actorCountry(a);
        if (c && !NOT_COUNTRY.has(c)) countries.add(c);
      }
    }
  }
  assert.ok(countries.size >= 60, `${countries.size} countries`);
});

test('dev set: texts are wire-length sentences and dates are valid days', () => {
  for (const s of devset) {
    const words = s.text.split(/\s+/).length;
    assert.ok(words >= 12 && words <= 45, `${s.id}: ${words} words`);
    assert.ok(!Number.isNaN(Date.parse(s.date)), `${s.id}: ${s.date}`);
  }
});

test('actor codes: well-formedness', () => {
  assert.ok(isWellFormedActor('USAGOV'));
  assert.ok(isWellFormedActor('---REB'));
  assert.ok(isWellFormedActor('IGOUNO'));
  assert.ok(isWellFormedActor('RUS'));
  assert.ok(!isWellFormedActor('---'));
  assert.ok(!isWellFormedActor('usagov'));
  assert.ok(!isWellFormedActor('IGOG8'));
  assert.ok(!isWellFormedActor('XYZGOV'), 'unknown country prefix');
  assert.equal(actorCountry('IRQCOP'), 'IRQ');
  assert.equal(actorCountry('---UAF'), null);
  assert.equal(actorCountry(null), null);
});

test('CAMEO codes: exact codebook match only', () => {
  assert.ok(isExactCameo('0841'));
  assert.ok(isExactCameo('19'));
  assert.ok(!isExactCameo('0849'), 'parent fallback is not accepted');
  assert.ok(!isExactCameo('21'));
  assert.equal(ploverType('042'), 'CONSULT');
  assert.equal(ploverType('010'), null);
});

const sent = (events: DevSentence['events'], id = 's1'): DevSentence => ({ id, date: '2008-01-01', text: 'x', events });

test('scoreSentence: type, dyad and root hits against the main event', () => {
  const gold = sent([
    { source: 'RUSGOV', target: 'USA', cameo: '042' },
    { source: 'USAGOV', target: 'RUSGOV', cameo: '111' },
  ]);
  // Same PLOVER type (CONSULT), other CAMEO code, same countries with other sectors.
  const s1 = scoreSentence(gold, [{ source: 'RUSMIL', target: 'USAGOV', cameo: '040' }]);
  assert.deepEqual(
    [s1.typeHit, s1.dyadHit, s1.rootHit, s1.emitted, s1.correct, s1.root],
    [true, true, true, 1, 1, '04'],
  );
  // Right type, reversed dyad: type hit, no dyad hit.
  const s2 = scoreSentence(gold, [{ source: 'USAGOV', target: 'RUSGOV', cameo: '043' }]);
  assert.deepEqual([s2.typeHit, s2.dyadHit, s2.rootHit], [true, false, true]);
  // Only the second gold event found: no main-event hit, but the event is correct for precision.
  const s3 = scoreSentence(gold, [{ source: 'USAGOV', target: 'RUSGOV', cameo: '112' }]);
  assert.deepEqual([s3.typeHit, s3.dyadHit, s3.rootHit, s3.correct], [false, false, false, 1]);
  // Type and dyad must come from one event: one with the type, another with the dyad.
  const s4 = scoreSentence(gold, [
    { source: 'CHNGOV', target: 'JPNGOV', cameo: '046' },
    { source: 'RUSGOV', target: 'USAGOV', cameo: '173' },
  ]);
  assert.deepEqual([s4.typeHit, s4.dyadHit, s4.correct, s4.emitted], [true, false, 1, 2]);
});

test('scoreSentence: same PLOVER type across CAMEO roots, and root hits without the type', () => {
  // 19 (fight) and 18 (assault) share ASSAULT; 191 (blockade) is COERCE.
  const gold = sent([{ source: 'ISRMIL', target: 'PSE', cameo: '195' }]);
  const a = scoreSentence(gold, [{ source: 'ISRMIL', target: 'PSECVL', cameo: '183' }]);
  assert.deepEqual([a.typeHit, a.dyadHit, a.rootHit], [true, true, false]);
  const b = scoreSentence(gold, [{ source: 'ISRMIL', target: 'PSE', cameo: '191' }]);
  assert.deepEqual([b.typeHit, b.rootHit, b.correct], [false, true, 0]);
});

test('scoreSentence: null targets and "---" actors compare by country', () => {
  const gold = sent([{ source: 'PAKREB', target: null, cameo: '015' }]);
  assert.equal(scoreSentence(gold, [{ source: 'PAKGOV', target: null, cameo: '015' }]).dyadHit, true);
  assert.equal(scoreSentence(gold, [{ source: 'PAK', target: '---CVL', cameo: '015' }]).dyadHit, true);
  assert.equal(scoreSentence(gold, [{ source: 'PAKREB', target: 'IND', cameo: '015' }]).dyadHit, false);
  const g2 = sent([{ source: '---UAF', target: 'KENCVL', cameo: '1823' }]);
  assert.equal(scoreSentence(g2, [{ source: '---INS', target: 'KEN', cameo: '190' }]).dyadHit, true);
  assert.equal(scoreSentence(g2, [{ source: 'SOMREB', target: 'KEN', cameo: '190' }]).dyadHit, false);
});

test('scoreSentence: statements without a PLOVER type match only untyped statements', () => {
  const gold = sent([{ source: 'SRBGOV', target: 'KSVGOV', cameo: '010' }]);
  const a = scoreSentence(gold, [{ source: 'SRBGOV', target: 'KSVGOV', cameo: '012' }]);
  assert.deepEqual([a.typeHit, a.dyadHit, a.correct, a.emittedTyped], [true, true, 1, 0]);
  const b = scoreSentence(gold, [{ source: 'SRBGOV', target: 'KSVGOV', cameo: '016' }]);
  assert.deepEqual([b.typeHit, b.rootHit, b.correct, b.emittedTyped, b.correctTyped], [false, true, 0, 1, 0]);
});

test('scoreSentence and summarize: no-event sentences count only against precision', () => {
  const none = sent([], 'n1');
  const fp = scoreSentence(none, [{ source: 'BRA', target: 'DEU', cameo: '190' }]);
  assert.deepEqual([fp.root, fp.typeHit, fp.emitted, fp.correct, fp.emittedTyped], ['none', false, 1, 0, 1]);
  const ok = scoreSentence(sent([{ source: 'USAGOV', target: 'CHNGOV', cameo: '040' }], 'e1'), [
    { source: 'USAGOV', target: 'CHNGOV', cameo: '040' },
  ]);
  const miss = scoreSentence(sent([{ source: 'IRNGOV', target: 'ISR', cameo: '138' }], 'e2'), []);
  const all = summarize([fp, ok, miss]);
  assert.equal(all.sentences, 3);
  assert.equal(all.eventSentences, 2);
  assert.equal(all.typeHits, 1);
  assert.equal(all.dyadHits, 1);
  assert.equal(all.emitted, 2);
  assert.equal(all.correct, 1);
  const by = summarizeByRoot([fp, miss, ok]);
  assert.deepEqual([...by.keys()], ['04', '13', 'none']);
  assert.equal(by.get('none')!.emitted, 1);
  assert.equal(by.get('13')!.typeHits, 0);
});

test('checkDevSentence and parseDevset: reject malformed records with file and line', () => {
  const good = { id: 'a', date: '2008-01-01', text: 'Iraq accused Iran.', events: [{ source: 'IRQGOV', target: 'IRNGOV', cameo: '112' }] };
  assert.equal(checkDevSentence(good, 'f', 1).events[0]!.cameo, '112');
  const bad = (patch: object): void => {
    assert.throws(() => checkDevSentence({ ...good, ...patch }, 'f.jsonl', 7), (e: unknown) => {
      return e instanceof AnnalsError && e.code === 'E_INPUT' && e.line === 7 && e.file === 'f.jsonl';
    });
  };
  bad({ events: [{ source: 'IRQGOV', target: 'IRNGOV', cameo: '0849' }] });
  bad({ events: [{ source: 'iraq', target: null, cameo: '112' }] });
  bad({ events: [{ source: 'IRQGOV', target: 'X', cameo: '112' }] });
  bad({ date: '4 Dec 2006' });
  bad({ text: ' ' });
  assert.throws(() => parseDevset('{"id":', 'g.jsonl'), /g\.jsonl:1: invalid JSON/);
  assert.equal(parseDevset(`\n${JSON.stringify(good)}\n\n`, 'g').length, 1);
});
