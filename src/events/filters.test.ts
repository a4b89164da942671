import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnnals } from '../annals.js';
import { filterEvents } from './filters.js';
import { handEvent, handMention, handSentence, makeDoc } from './testing.js';

// Hand-parsed invented sentences, so each rule is tested apart from the statistical parser.
const mention = handMention;
const event = handEvent;
const sent = handSentence;

test('a place in a fronted locative or a locative adjunct is not an actor', () => {
  // In Harlow , Ruritania praised Borduria .
  const doc = makeDoc(
    sent('In Harlow , Ruritania praised Borduria .', 'ADP PROPN PUNCT PROPN VERB PROPN PUNCT', [2, 5, 5, 5, 0, 5, 5], 'case obl punct nsubj root obj punct'),
  );
  const fronted = event(0, mention(1, 'HRL'), mention(5, 'BOR'), '051', 4);
  const real = event(0, mention(3, 'RUR'), mention(5, 'BOR'), '051', 4);
  const r = filterEvents(doc, [fronted, real]);
  assert.deepEqual(r.kept, [real]);
  assert.deepEqual(r.dropped, { 'place-adjunct': 1 });
});

test('directional prepositions mark a place only on a noun; visits and violence keep their place target', () => {
  // Ruritania blocked the road to Borduria . / Ruritania sent aid to Borduria .
  const doc = makeDoc(
    sent('Ruritania blocked the road to Borduria .', 'PROPN VERB DET NOUN ADP PROPN PUNCT', [2, 0, 4, 2, 6, 4, 2], 'nsubj root det obj case nmod punct'),
    sent('Ruritania sent aid to Borduria .', 'PROPN VERB NOUN ADP PROPN PUNCT', [2, 0, 2, 5, 2, 2], 'nsubj root obj case obl punct'),
    sent('Ruritania arrived in Borduria .', 'PROPN VERB ADP PROPN PUNCT', [2, 0, 4, 2, 2], 'nsubj root case obl punct'),
    sent('Ruritania shelled villages near Borduria .', 'PROPN VERB NOUN ADP PROPN PUNCT', [2, 0, 2, 5, 3, 2], 'nsubj root obj case nmod punct'),
    sent('Ruritania intervened in Borduria .', 'PROPN VERB ADP PROPN PUNCT', [2, 0, 4, 2, 2], 'nsubj root case obl punct'),
  );
  const s = (k: number) => doc.sentStart[k];
  const road = event(0, mention(s(0), 'RUR'), mention(s(0) + 5, 'BOR'), '144', s(0) + 1);
  const aid = event(1, mention(s(1), 'RUR'), mention(s(1) + 4, 'BOR'), '070', s(1) + 1);
  const visit = event(2, mention(s(2), 'RUR'), mention(s(2) + 3, 'BOR'), '042', s(2) + 1);
  const meetIn = event(2, mention(s(2), 'RUR'), mention(s(2) + 3, 'BOR'), '040', s(2) + 1);
  const shell = event(3, mention(s(3), 'RUR'), mention(s(3) + 4, 'BOR'), '195', s(3) + 1);
  const named = event(4, mention(s(4), 'RUR'), mention(s(4) + 3, 'BOR'), '160', s(4) + 1, 'test:9 - * IN +');
  const r = filterEvents(doc, [road, aid, visit, meetIn, shell, named]);
  assert.deepEqual(r.kept, [aid, visit, shell, named]);
  assert.deepEqual(
    r.droppedEvents.map((d) => [d.event, d.reason]),
    [
      [road, 'place-adjunct'],
      [meetIn, 'place-adjunct'],
    ],
  );
  // A sectored actor is never a place ("the Bordurian government" in a locative is still an actor).
  const gov = event(2, mention(s(2), 'RUR'), mention(s(2) + 3, 'BORGOV'), '040', s(2) + 1);
  assert.equal(filterEvents(doc, [gov]).kept.length, 1);
});

test('joint subjects of talks held at a venue become each other\'s targets', () => {
  // Rur and Bor held talks in Harlow .
  const doc = makeDoc(
    sent('Rur and Bor held talks in Harlow .', 'PROPN CCONJ PROPN VERB NOUN ADP PROPN PUNCT', [4, 3, 1, 0, 4, 7, 4, 4], 'nsubj cc conj root obj case obl punct'),
  );
  const venue = mention(6, 'HRL');
  const a = event(0, mention(0, 'RURGOV'), venue, '046', 3);
  const b = event(0, mention(2, 'BORGOV'), venue, '046', 3);
  const r = filterEvents(doc, [a, b]);
  assert.deepEqual(
    r.kept.map((e) => `${e.source.code}>${e.target?.code}`),
    ['RURGOV>BORGOV', 'BORGOV>RURGOV'],
  );
  assert.equal(r.retargeted, 2);
  assert.deepEqual(r.dropped, {});
  // Another actor in a non-partner adjunct is not the partner either: Rur and Bor held talks under Syl auspices.
  const doc2 = makeDoc(
    sent('Rur and Bor held talks under Syl auspices .', 'PROPN CCONJ PROPN VERB NOUN ADP PROPN NOUN PUNCT', [4, 3, 1, 0, 4, 8, 8, 4, 4], 'nsubj cc conj root obj case compound obl punct'),
  );
  const mediator = mention(6, 'SYLGOV');
  const r2 = filterEvents(doc2, [event(0, mention(0, 'RURGOV'), mediator, '046', 3), event(0, mention(2, 'BORGOV'), mediator, '046', 3)]);
  assert.deepEqual(
    r2.kept.map((e) => `${e.source.code}>${e.target?.code}`),
    ['RURGOV>BORGOV', 'BORGOV>RURGOV'],
  );
  // One mention coded as a pair ("both governments": two events, two codes) stays two events.
  const pairA = event(0, mention(0, 'RURGOV'), mention(2, 'BORGOV'), '040', 3);
  const pairB = event(0, mention(0, 'RURGOV'), mention(2, 'SYLGOV'), '040', 3);
  assert.deepEqual(filterEvents(doc, [pairA, pairB]).kept, [pairA, pairB]);
  // A single subject at a venue has no partner: the event is dropped.
  assert.deepEqual(filterEvents(doc, [a]).dropped, { 'place-adjunct': 1 });
});

test('statements to the press, about actors of the reported clause, or covered by a specific event are dropped', () => {
  const doc = makeDoc(
    // Rur told reporters that Borduria had attacked .
    sent('Rur told reporters that Borduria had attacked .', 'PROPN VERB NOUN SCONJ PROPN AUX VERB PUNCT', [2, 0, 2, 7, 7, 7, 2, 2], 'nsubj root obj mark nsubj aux ccomp punct'),
    // Rur told Bor that he rejected the offer .
    sent('Rur told Bor that he rejected the offer .', 'PROPN VERB PROPN SCONJ PRON VERB DET NOUN PUNCT', [2, 0, 2, 6, 6, 2, 8, 6, 2], 'nsubj root obj mark nsubj ccomp det obj punct'),
    // Rur told Bor the news .
    sent('Rur told Bor the news .', 'PROPN VERB PROPN DET NOUN PUNCT', [2, 0, 2, 5, 2, 2], 'nsubj root iobj det obj punct'),
  );
  const s = (k: number) => doc.sentStart[k];
  const press = event(0, mention(s(0), 'RURGOV'), mention(s(0) + 2, '---MED'), '010', s(0) + 1);
  const about = event(0, mention(s(0), 'RURGOV'), mention(s(0) + 4, 'BOR'), '010', s(0) + 1);
  const attack = event(0, mention(s(0) + 4, 'BOR'), mention(s(0) + 2, '---MED'), '190', s(0) + 6);
  const told = event(1, mention(s(1), 'RURGOV'), mention(s(1) + 2, 'BORGOV'), '010', s(1) + 1);
  const rejected = event(1, mention(s(1), 'RURGOV'), mention(s(1) + 2, 'BORGOV'), '120', s(1) + 5);
  const plain = event(2, mention(s(2), 'RURGOV'), mention(s(2) + 2, 'BORGOV'), '010', s(2) + 1);
  const r = filterEvents(doc, [press, about, attack, told, rejected, plain], { 'plain-statement': false });
  assert.deepEqual(r.kept, [attack, rejected, plain]);
  assert.deepEqual(r.dropped, { 'media-addressee': 1, 'reported-clause-actor': 1, 'covered-statement': 1 });
  // By default no plain statement is kept: "Rur told Bor the news" says nothing an expert codes.
  const all = filterEvents(doc, [press, about, attack, told, rejected, plain]);
  assert.deepEqual(all.kept, [attack, rejected]);
  assert.deepEqual(all.dropped, { 'media-addressee': 1, 'reported-clause-actor': 1, 'covered-statement': 1, 'plain-statement': 1 });
  // Each rule can be turned off on its own.
  assert.equal(filterEvents(doc, [press], { 'media-addressee': false, 'plain-statement': false }).kept.length, 1);
});

test('the patient of a passive, a victim noun, or an own possessed force is not a dyad', () => {
  const doc = makeDoc(
    // People were killed in Harlow .
    sent('People were killed .', 'NOUN AUX VERB PUNCT', [3, 3, 0, 3], 'nsubj:pass aux:pass root punct'),
    // Egypt hosted Rur . (past tense mis-tagged as a passive: no auxiliary, kept)
    sent('Egypt hosted Rur .', 'PROPN VERB PROPN PUNCT', [2, 0, 2, 2], 'nsubj:pass root obj punct'),
    // Victims attacked police .
    sent('Victims attacked police .', 'NOUN VERB NOUN PUNCT', [2, 0, 2, 2], 'nsubj root obj punct'),
    // Ruritania withdrew its troops .
    sent('Ruritania withdrew its troops .', 'PROPN VERB PRON NOUN PUNCT', [2, 0, 4, 2, 2], 'nsubj root nmod:poss obj punct'),
  );
  const s = (k: number) => doc.sentStart[k];
  const killed = event(0, mention(s(0), '---CVL'), mention(s(0), 'KEN'), '190', s(0) + 2);
  const hosted = event(1, mention(s(1), 'EGY'), mention(s(1) + 2, 'RUR'), '043', s(1) + 1);
  const victims = event(2, mention(s(2), '---CVL'), mention(s(2) + 2, '---COP'), '190', s(2) + 1);
  const own = event(3, mention(s(3), 'RUR'), mention(s(3) + 3, '---MIL'), '0874', s(3) + 1);
  const other = event(3, mention(s(3), 'RUR'), mention(s(3) + 3, 'BORMIL'), '0874', s(3) + 1);
  const r = filterEvents(doc, [killed, hosted, victims, own, other]);
  assert.deepEqual(r.kept, [hosted, other]);
  assert.deepEqual(r.dropped, { 'patient-source': 2, 'own-possessed-target': 1 });
});

test('an act alleged by an accusation, and the object of a later conjoined verb, are not coded', () => {
  const doc = makeDoc(
    // Rur accused Bor of attacking Sylvania .
    sent('Rur accused Bor of attacking Sylvania .', 'PROPN VERB PROPN SCONJ VERB PROPN PUNCT', [2, 0, 2, 5, 3, 5, 2], 'nsubj root obj mark acl obj punct'),
    // Rur welcomed the talks and called on Bor .
    sent('Rur welcomed the talks and called on Bor .', 'PROPN VERB DET NOUN CCONJ VERB ADP PROPN PUNCT', [2, 0, 4, 2, 6, 2, 8, 6, 2], 'nsubj root det obj cc conj case obl punct'),
    // Rur attacked Bor and condemned Sylvania . (plain coordination: both asserted)
    sent('Rur attacked Bor and condemned Sylvania .', 'PROPN VERB PROPN CCONJ VERB PROPN PUNCT', [2, 0, 2, 5, 2, 5, 2], 'nsubj root obj cc conj obj punct'),
  );
  const s = (k: number) => doc.sentStart[k];
  const accuse = event(0, mention(s(0), 'RUR'), mention(s(0) + 2, 'BOR'), '112', s(0) + 1);
  const attack = event(0, mention(s(0) + 2, 'BOR'), mention(s(0) + 5, 'SYL'), '190', s(0) + 4);
  const welcome = event(1, mention(s(1), 'RUR'), mention(s(1) + 7, 'BOR'), '051', s(1) + 1);
  const callOn = event(1, mention(s(1), 'RUR'), mention(s(1) + 7, 'BOR'), '020', s(1) + 5);
  const attacked = event(2, mention(s(2), 'RUR'), mention(s(2) + 2, 'BOR'), '190', s(2) + 1);
  const condemned = event(2, mention(s(2), 'RUR'), mention(s(2) + 5, 'SYL'), '111', s(2) + 4);
  const r = filterEvents(doc, [accuse, attack, welcome, callOn, attacked, condemned]);
  assert.deepEqual(r.kept, [accuse, callOn, attacked, condemned]);
  assert.deepEqual(r.dropped, { 'alleged-act': 1, 'other-predicate-target': 1 });
  // A requested act is not asserted either, even when the request itself went uncoded.
  const doc2 = makeDoc(
    sent('Rur urged Bor to attack Sylvania .', 'PROPN VERB PROPN PART VERB PROPN PUNCT', [2, 0, 2, 5, 2, 5, 2], 'nsubj root obj mark xcomp obj punct', 'rur urge bor to attack sylvania .'),
    sent('Rur pressed Bor , and Syl attacked Bor .', 'PROPN VERB PROPN PUNCT CCONJ PROPN VERB PROPN PUNCT', [2, 0, 2, 7, 7, 7, 2, 7, 2], 'nsubj root obj punct cc nsubj conj obj punct', 'rur press bor , and syl attack bor .'),
  );
  const requested = event(0, mention(2, 'BOR'), mention(5, 'SYL'), '190', 4);
  const second = event(1, mention(doc2.sentStart[1] + 5, 'SYL'), mention(doc2.sentStart[1] + 7, 'BOR'), '190', doc2.sentStart[1] + 6);
  const r2 = filterEvents(doc2, [requested, second]);
  assert.deepEqual(r2.kept, [second]);
  assert.deepEqual(r2.dropped, { 'alleged-act': 1 });
});

test('createAnnals filters by default and keeps the coder output with filters: false', () => {
  const text = 'In Washington, Iraq accused Iran of arming militias. Iraqi officials told reporters that Iran had attacked.';
  const on = createAnnals({ cacheDir: false });
  const off = createAnnals({ cacheDir: false, filters: false });
  const src = { id: 'd', text, date: '2006-12-04', path: '-' };
  const a = on.codeDocument(src);
  const b = off.codeDocument(src);
  const dyads = (evs: typeof a.events) => evs.map((e) => `${e.source.code}>${e.target?.code}:${e.cameo}`);
  // Every kept event is one the unfiltered coder emitted, and the counts add up.
  for (const d of dyads(a.events)) assert.ok(dyads(b.events).includes(d), d);
  const n = Object.values(a.filtered).reduce((x, y) => x + y, 0);
  assert.equal(a.events.length + n, b.events.length);
  assert.deepEqual(b.filtered, {});
  // No event has the city as its source, nor the press as its target.
  assert.ok(!a.events.some((e) => e.source.text === 'Washington' || e.target?.code.endsWith('MED')), JSON.stringify(dyads(a.events)));
  assert.ok(a.events.some((e) => e.cameo.startsWith('112') && e.target?.code === 'IRNGOV'), JSON.stringify(dyads(a.events)));
});

test("a statement is not addressed to a reported passive's agent, nor to another side's actors in its clause", () => {
  const doc = makeDoc(
    // Rur said the convoy was attacked by Bor .
    sent('Rur said the convoy was attacked by Bor .', 'PROPN VERB DET NOUN AUX VERB ADP PROPN PUNCT', [2, 0, 4, 6, 6, 2, 8, 6, 2], 'nsubj root det nsubj:pass aux:pass ccomp case obl:agent punct', 'Rur say the convoy be attack by Bor .'),
    // Rur said the treaty would turn Bor into a base .
    sent('Rur said the treaty would turn Bor into a base .', 'PROPN VERB DET NOUN AUX VERB PROPN ADP DET NOUN PUNCT', [2, 0, 4, 6, 6, 2, 6, 10, 10, 6, 2], 'nsubj root det nsubj aux ccomp obj case det obl punct', 'Rur say the treaty would turn Bor into a base .'),
    // Rur said Rurland would watch Bor closely .
    sent('Rur said Rurland would watch Bor closely .', 'PROPN VERB PROPN AUX VERB PROPN ADV PUNCT', [2, 0, 5, 5, 2, 5, 5, 2], 'nsubj root nsubj aux ccomp obj advmod punct', 'Rur say Rurland would watch Bor closely .'),
  );
  const s = (k: number) => doc.sentStart[k];
  const agent = event(0, mention(s(0), 'RURGOV'), mention(s(0) + 7, 'BOR'), '010', s(0) + 1);
  const other = event(1, mention(s(1), 'RURGOV'), mention(s(1) + 6, 'BOR'), '010', s(1) + 1);
  const own = event(2, mention(s(2), 'RURGOV'), mention(s(2) + 5, 'BOR'), '010', s(2) + 1);
  const codes = new Map([[s(2) + 2, 'RUR']]);
  const actorAt = (i: number): string | null => codes.get(i) ?? null;
  // (plain-statement off: these rules decide which statements it would see.)
  const r = filterEvents(doc, [agent, other, own], { 'plain-statement': false }, { actorAt });
  // Japan-style "Rurland would watch Bor": a clause about the speaker's own side is its position.
  assert.deepEqual(r.kept, [own]);
  assert.deepEqual(r.dropped, { 'reported-clause-actor': 2 });
  // Without knowing the clause subject's actor, only the agent is dropped.
  assert.deepEqual(filterEvents(doc, [agent, other, own], { 'plain-statement': false }).kept, [other, own]);
});

test("the speaker's own accusation after a reported refusal is not alleged by it", () => {
  // Rur said Bor would never yield Kos and accused Dal .
  const doc = makeDoc({
    ...sent('Rur said Bor would never yield Kos and accused Dal .', 'PROPN VERB PROPN AUX ADV VERB PROPN CCONJ VERB PROPN PUNCT', [2, 0, 6, 6, 6, 2, 6, 9, 7, 9, 2], 'nsubj root nsubj aux advmod ccomp obj cc acl:relcl obj punct', 'Rur say Bor would never yield Kos and accuse Dal .'),
    xpos: 'NNP VBD NNP MD RB VB NNP CC VBN NNP .'.split(' '),
  });
  const refusal = event(0, mention(2, 'BOR'), mention(6, 'KOS'), '1246', 5);
  const accusation = event(0, mention(0, 'RURGOV'), mention(9, 'DAL'), '112', 8);
  assert.deepEqual(filterEvents(doc, [refusal, accusation]).kept, [refusal, accusation]);
});

test('a relative clause in the simple present describes its noun: no event', () => {
  const doc = makeDoc(
    {
      // Rur backs militants who attack Bor .
      ...sent('Rur backs militants who attack Bor .', 'PROPN VERB NOUN PRON VERB PROPN PUNCT', [2, 0, 2, 5, 3, 5, 2], 'nsubj root obj nsubj acl:relcl obj punct', 'Rur back militant who attack Bor .'),
      xpos: 'NNP VBZ NNS WP VBP NNP .'.split(' '),
    },
    {
      // Rur backs militants who attacked Bor .
      ...sent('Rur backs militants who attacked Bor .', 'PROPN VERB NOUN PRON VERB PROPN PUNCT', [2, 0, 2, 5, 3, 5, 2], 'nsubj root obj nsubj acl:relcl obj punct', 'Rur back militant who attack Bor .'),
      xpos: 'NNP VBZ NNS WP VBD NNP .'.split(' '),
    },
  );
  const s = (k: number) => doc.sentStart[k];
  const generic = event(0, mention(s(0) + 2, '---UAF'), mention(s(0) + 5, 'BOR'), '190', s(0) + 4);
  const past = event(1, mention(s(1) + 2, '---UAF'), mention(s(1) + 5, 'BOR'), '190', s(1) + 4);
  const r = filterEvents(doc, [generic, past]);
  assert.deepEqual(r.kept, [past]);
  assert.deepEqual(r.dropped, { 'generic-relative': 1 });
});
