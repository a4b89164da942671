import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc, fakeActors, type HandSentence } from '../events/testing.js';
import type { Doc } from '../analysis/doc.js';
import type { CodedEvent } from '../events/types.js';
import { createContextAnalyzer, resolveDate, type EventContext } from './index.js';

/** Hand-parsed sentence from "word/UPOS/head/deprel" items (heads 1-based, 0 = root). */
function sent(spec: string, lemmas?: Record<string, string>): HandSentence {
  const items = spec.split(' ').map((x) => x.split('/'));
  return {
    words: items.map((i) => i[0]),
    upos: items.map((i) => i[1]),
    heads: items.map((i) => Number(i[2])),
    deps: items.map((i) => i[3]),
    lemmas: items.map((i) => lemmas?.[i[0]] ?? i[0].toLowerCase()),
  };
}

const ACTORS = fakeActors({
  iran: 'IRN', iraq: 'IRQ', kuwait: 'KWT', syria: 'SYR', israel: 'ISR', us: 'USA', army: 'IRQMIL',
  'iraqi officials': 'IRQGOV', iraqi: 'IRQ', police: '---COP', protesters: '---OPP', baghdad: 'IRQ', sadr: 'IRQREB',
  militia: '---UAF', activists: '---OPP', town: '---', talks: '---',
});
const ctx = createContextAnalyzer({ actors: ACTORS });

/** Context of a one-sentence doc's event on `verb` (source/target = first/second actor found). */
function contextOf(doc: Doc, verb: string, docDate: string | null = '2006-12-04', opts: { dateline?: string; rule?: string; src?: number } = {}): EventContext {
  const v = doc.form.indexOf(verb);
  assert.ok(v >= 0, `no verb ${verb}`);
  const ms = ACTORS.match(doc, 0);
  const ev: CodedEvent = {
    sentence: 0,
    source: ms[opts.src ?? 0],
    target: ms[(opts.src ?? 0) + 1] ?? null,
    cameo: '190',
    negated: false,
    verb: v,
    evidenceStart: 0,
    evidenceEnd: doc.length,
    rule: opts.rule ?? 'test.txt:1 ATTACK',
  };
  return ctx.analyze(doc, { date: docDate, dateline: opts.dateline }, [ev])[0];
}

const IRAN_WILL = makeDoc(sent('Iran/PROPN/3/nsubj will/AUX/3/aux reopen/VERB/0/root talks/NOUN/3/obj ./PUNCT/3/punct'));
const IRAQ_NOT = makeDoc(sent('Iraq/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod attack/VERB/0/root Kuwait/PROPN/4/obj ./PUNCT/4/punct', { did: 'do' }));
const OFFICIALS = makeDoc(
  sent('Officials/NOUN/2/nsubj said/VERB/0/root the/DET/4/det army/NOUN/6/nsubj had/AUX/6/aux shelled/VERB/2/ccomp the/DET/8/det town/NOUN/6/obj ./PUNCT/2/punct', { said: 'say', shelled: 'shell', had: 'have' }),
);
const URGED = makeDoc(
  sent('The/DET/2/det US/PROPN/3/nsubj urged/VERB/0/root Iraq/PROPN/3/obj to/PART/6/mark disband/VERB/3/xcomp the/DET/8/det militia/NOUN/6/obj ./PUNCT/3/punct', { urged: 'urge' }),
);
const IF_SYRIA = makeDoc(
  sent('If/SCONJ/3/mark Syria/PROPN/3/nsubj withdraws/VERB/7/advcl ,/PUNCT/7/punct Israel/PROPN/7/nsubj could/AUX/7/aux resume/VERB/0/root talks/NOUN/7/obj ./PUNCT/7/punct', { withdraws: 'withdraw' }),
);

test('modality: will -> intended, not -> negated, urged X to -> demanded, if/could -> hypothetical', () => {
  assert.equal(contextOf(IRAN_WILL, 'reopen').modality, 'intended');
  assert.equal(contextOf(IRAQ_NOT, 'attack').modality, 'negated');
  assert.equal(contextOf(URGED, 'disband').modality, 'demanded');
  // The urging itself happened.
  assert.equal(contextOf(URGED, 'urged').modality, 'asserted');
  assert.equal(contextOf(IF_SYRIA, 'resume').modality, 'hypothetical');
  assert.equal(contextOf(IF_SYRIA, 'withdraws').modality, 'hypothetical');
});

test('modality: negative and intention governors, reported speech', () => {
  const refused = makeDoc(sent('Iraq/PROPN/2/nsubj refused/VERB/0/root to/PART/4/mark meet/VERB/2/xcomp Iran/PROPN/4/obj ./PUNCT/2/punct', { refused: 'refuse' }));
  assert.equal(contextOf(refused, 'meet').modality, 'negated');
  const denied = makeDoc(
    sent('Iran/PROPN/2/nsubj denied/VERB/0/root that/SCONJ/6/mark it/PRON/6/nsubj had/AUX/6/aux attacked/VERB/2/ccomp Iraq/PROPN/6/obj ./PUNCT/2/punct', { denied: 'deny', attacked: 'attack', had: 'have' }),
  );
  const d = contextOf(denied, 'attacked');
  assert.equal(d.modality, 'negated');
  assert.deepEqual(d.attributedTo, { code: 'IRN', text: 'Iran' });
  const preparing = makeDoc(
    sent('Russia/PROPN/3/nsubj is/AUX/3/aux preparing/VERB/0/root to/PART/5/mark invade/VERB/3/xcomp Iraq/PROPN/5/obj ./PUNCT/3/punct', { preparing: 'prepare', is: 'be' }),
  );
  assert.equal(contextOf(preparing, 'invade').modality, 'intended');
  // Reported "would" is the future of the report, not a hypothesis.
  const would = makeDoc(
    sent('Iraq/PROPN/2/nsubj said/VERB/0/root it/PRON/5/nsubj would/AUX/5/aux attack/VERB/2/ccomp Kuwait/PROPN/5/obj ./PUNCT/2/punct', { said: 'say' }),
  );
  assert.equal(contextOf(would, 'attack').modality, 'intended');
});

test('a pattern spanning a report and its complement ("SAY ... * ATTACK") takes the complement verb\'s modality', () => {
  const doc = makeDoc(
    sent('Obama/PROPN/2/nsubj said/VERB/0/root he/PRON/5/nsubj will/AUX/5/aux attack/VERB/2/ccomp Iraq/PROPN/5/obj ./PUNCT/2/punct', { said: 'say' }),
  );
  assert.equal(contextOf(doc, 'said', '2006-12-04', { rule: 'x.txt:1 - * ATTACK [190]' }).modality, 'intended');
  assert.equal(contextOf(doc, 'said', '2006-12-04', { rule: 'x.txt:1 --- SAY ---' }).modality, 'asserted');
});

test('attribution: an uncoded speaker makes a report, a first-hand one stays asserted', () => {
  const o = contextOf(OFFICIALS, 'shelled');
  assert.equal(o.modality, 'reported');
  assert.deepEqual(o.attributedTo, { code: null, text: 'Officials' });
  const own = makeDoc(
    sent('Iraqi/ADJ/2/amod officials/NOUN/3/nsubj said/VERB/0/root the/DET/5/det army/NOUN/7/nsubj had/AUX/7/aux shelled/VERB/3/ccomp Kuwait/PROPN/7/obj ./PUNCT/3/punct', { said: 'say', shelled: 'shell' }),
  );
  // Source: the army (IRQMIL), speaker: Iraqi officials (IRQGOV): same country, first-hand.
  const ev = contextOf(own, 'shelled', '2006-12-04', { src: 1 });
  assert.deepEqual(ev.attributedTo, { code: 'IRQGOV', text: 'Iraqi officials' });
  assert.equal(ev.modality, 'asserted');
  const trailing = makeDoc(
    sent('Iraq/PROPN/2/nsubj attacked/VERB/0/root Kuwait/PROPN/2/obj ,/PUNCT/6/punct US/PROPN/6/nsubj said/VERB/2/parataxis ./PUNCT/2/punct', { attacked: 'attack', said: 'say' }),
  );
  const t = contextOf(trailing, 'attacked');
  assert.equal(t.modality, 'reported');
  assert.deepEqual(t.attributedTo, { code: 'USA', text: 'US' });
  assert.equal(contextOf(IRAQ_NOT, 'attack').attributedTo, null);
});

test('dates: on Saturday in a Monday story is the Saturday before, also when the parser lost the main verb', () => {
  const good = makeDoc(
    sent('On/ADP/2/case Saturday/PROPN/4/obl police/NOUN/4/nsubj arrested/VERB/0/root 12/NUM/6/nummod protesters/NOUN/4/obj ./PUNCT/4/punct', { arrested: 'arrest' }),
  );
  assert.equal(contextOf(good, 'arrested').date, '2006-12-02');
  const orphan = makeDoc(
    sent('On/ADP/2/case Saturday/PROPN/3/compound police/NOUN/0/root arrested/VERB/3/acl 12/NUM/6/nummod protesters/NOUN/4/obj ./PUNCT/3/punct', { arrested: 'arrest' }),
  );
  assert.equal(contextOf(orphan, 'arrested').date, '2006-12-02');
  // No temporal expression: the document date.
  assert.equal(contextOf(IRAQ_NOT, 'attack').date, '2006-12-04');
  assert.equal(contextOf(IRAQ_NOT, 'attack', null).date, null);
});

test('dates: a date in another clause or on a noun does not date the event; background events keep theirs', () => {
  const other = makeDoc(
    sent('Iraq/PROPN/2/nsubj said/VERB/0/root on/ADP/4/case Monday/PROPN/2/obl that/SCONJ/7/mark Iran/PROPN/7/nsubj attacked/VERB/2/ccomp Kuwait/PROPN/7/obj ./PUNCT/2/punct', { said: 'say', attacked: 'attack' }),
  );
  assert.equal(contextOf(other, 'attacked', '2006-12-06').date, '2006-12-06');
  assert.equal(contextOf(other, 'said', '2006-12-06', { rule: 'x.txt:1 --- SAY ---' }).date, '2006-12-04');
  const invasion = makeDoc(
    sent('Iran/PROPN/2/nsubj condemned/VERB/0/root the/DET/5/det 2003/NUM/5/nummod invasion/NOUN/2/obj ./PUNCT/2/punct', { condemned: 'condemn' }),
  );
  assert.equal(contextOf(invasion, 'condemned').date, '2006-12-04');
  const uprising = makeDoc(
    sent('Sadr/PROPN/2/nsubj led/VERB/0/root an/DET/4/det April/PROPN/6/compound 2004/NUM/4/nmod:unmarked uprising/NOUN/2/obj ./PUNCT/2/punct', { led: 'lead' }),
  );
  assert.equal(contextOf(uprising, 'led').date, '2004-04');
  const threatened = makeDoc(
    sent('Iraq/PROPN/2/nsubj threatened/VERB/0/root to/PART/4/mark attack/VERB/2/xcomp Kuwait/PROPN/4/obj last/ADJ/7/amod week/NOUN/4/obl:unmarked ./PUNCT/2/punct', { threatened: 'threaten' }),
  );
  const th = contextOf(threatened, 'attack');
  assert.equal(th.modality, 'intended');
  assert.equal(th.date, '2006-11-27');
});

test('resolveDate: precision and direction', () => {
  assert.equal(resolveDate('on Saturday', '2006-12-04', false), '2006-12-02');
  assert.equal(resolveDate('on Monday', '2006-12-04', false), '2006-12-04');
  assert.equal(resolveDate('on Tuesday', '2006-12-04', false), '2006-11-28');
  assert.equal(resolveDate('on Tuesday', '2006-12-04', true), '2006-12-05');
  assert.equal(resolveDate('yesterday', '2006-12-04', false), '2006-12-03');
  assert.equal(resolveDate('in April 2004', '2006-12-04', false), '2004-04');
  assert.equal(resolveDate('since 2003', '2006-12-04', false), '2003');
  assert.equal(resolveDate('in March', '2006-12-04', false), '2006-03');
  assert.equal(resolveDate('in March', '2006-12-04', true), '2007-03');
  assert.equal(resolveDate('on Dec. 2', '2006-12-04', false), '2006-12-02');
  assert.equal(resolveDate('last month', '2006-12-04', false), '2006-11');
  assert.equal(resolveDate('earlier this month', '2006-12-04', false), '2006-12');
  assert.equal(resolveDate('last year', '2006-12-04', false), '2005');
  assert.equal(resolveDate('last week', '2006-12-04', false), '2006-11-27');
  // Left to chrono.
  assert.equal(resolveDate('two days ago', '2006-12-04', false), '2006-12-02');
  assert.equal(resolveDate('in April 2004', null, false), '2004-04');
  assert.equal(resolveDate('on Saturday', null, false), null);
  assert.equal(resolveDate('the talks', '2006-12-04', false), null);
});

/** Location without its coordinates (checked apart, within a tolerance). */
function placeOf(c: EventContext): { text: string; country: string | null; precision?: string } | null {
  if (!c.location) return null;
  const { text, country, precision } = c.location;
  return precision ? { text, country, precision } : { text, country };
}

/** Coordinates within 0.05 degrees (a few km) of the expected ones. */
function near(c: EventContext, lat: number, lon: number): void {
  const l = c.location;
  assert.ok(l && l.lat !== undefined && l.lon !== undefined, `no coordinates: ${JSON.stringify(l)}`);
  assert.ok(Math.abs(l.lat - lat) < 0.05 && Math.abs(l.lon - lon) < 0.05, `${l.text}: ${l.lat},${l.lon} is not near ${lat},${lon}`);
}

test('locations: a place in the clause, else the dateline', () => {
  const inBaghdad = makeDoc(
    sent('Police/NOUN/2/nsubj arrested/VERB/0/root protesters/NOUN/2/obj in/ADP/5/case Baghdad/PROPN/2/obl ./PUNCT/2/punct', { arrested: 'arrest' }),
  );
  const b = contextOf(inBaghdad, 'arrested');
  assert.deepEqual(placeOf(b), { text: 'Baghdad', country: 'IRQ', precision: 'city' });
  near(b, 33.34, 44.4);
  // Not in the (test) dictionaries: the gazetteer knows it ("Hilla" is an alternate name of Al Hillah) and gives its country.
  const hilla = makeDoc(
    sent('Police/NOUN/2/nsubj arrested/VERB/0/root protesters/NOUN/2/obj near/ADP/5/case Hilla/PROPN/2/obl ./PUNCT/2/punct', { arrested: 'arrest' }),
  );
  assert.deepEqual(placeOf(contextOf(hilla, 'arrested')), { text: 'Hilla', country: 'IRQ', precision: 'city' });
  near(contextOf(hilla, 'arrested'), 32.46, 44.42);
  // Only the name: not a date the parser hung on it; "central" is not part of the name looked up.
  const dated = makeDoc(
    sent('Activists/NOUN/2/nsubj protested/VERB/0/root in/ADP/5/case central/ADJ/5/amod Hilla/PROPN/2/obl on/ADP/7/case Wednesday/PROPN/5/nmod ./PUNCT/2/punct', { protested: 'protest' }),
  );
  assert.deepEqual(placeOf(contextOf(dated, 'protested')), { text: 'central Hilla', country: 'IRQ', precision: 'city' });
  const dl = contextOf(IRAQ_NOT, 'attack', '2006-12-04', { dateline: 'BAGHDAD, Dec. 4 (Reuters) -' });
  assert.deepEqual(placeOf(dl), { text: 'BAGHDAD', country: 'IRQ', precision: 'city' });
  near(dl, 33.34, 44.4);
  assert.deepEqual(placeOf(contextOf(IRAQ_NOT, 'attack', '2006-12-04', { dateline: 'BAGHDAD -' })), { text: 'BAGHDAD', country: 'IRQ', precision: 'city' });
  assert.equal(contextOf(IRAQ_NOT, 'attack').location, null);
});

test('locations: Basra, near Kirkuk, the southern city of Najaf get their coordinates', () => {
  const basra = makeDoc(
    sent('Police/NOUN/2/nsubj arrested/VERB/0/root three/NUM/4/nummod protesters/NOUN/2/obj in/ADP/6/case Basra/PROPN/2/obl ./PUNCT/2/punct', { arrested: 'arrest' }),
  );
  const b = contextOf(basra, 'arrested');
  assert.deepEqual(placeOf(b), { text: 'Basra', country: 'IRQ', precision: 'city' });
  near(b, 30.51, 47.78);
  const kirkuk = makeDoc(
    sent('The/DET/2/det army/NOUN/3/nsubj shelled/VERB/0/root militia/NOUN/5/compound positions/NOUN/3/obj near/ADP/7/case Kirkuk/PROPN/3/obl ./PUNCT/3/punct', { shelled: 'shell' }),
  );
  const k = contextOf(kirkuk, 'shelled');
  assert.equal(k.location?.country, 'IRQ');
  near(k, 35.47, 44.39);
  const najaf = makeDoc(
    sent(
      'Militia/NOUN/2/nsubj attacked/VERB/0/root the/DET/4/det army/NOUN/2/obj in/ADP/8/case the/DET/8/det southern/ADJ/8/amod city/NOUN/2/obl of/ADP/10/case Najaf/PROPN/8/nmod ./PUNCT/2/punct',
      { attacked: 'attack' },
    ),
  );
  const n = contextOf(najaf, 'attacked');
  assert.deepEqual(placeOf(n), { text: 'Najaf', country: 'IRQ', precision: 'city' });
  near(n, 32.03, 44.35);
  // The parser lost the verb into a noun phrase ("troops attacked/amod rebels near Goma"): the place phrase after it.
  const lost = makeDoc(
    sent('The/DET/2/det army/NOUN/4/nsubj attacked/VERB/4/amod militia/NOUN/0/root near/ADP/6/case Kirkuk/PROPN/4/nmod ./PUNCT/4/punct', { attacked: 'attack' }),
  );
  near(contextOf(lost, 'attacked'), 35.47, 44.39);
  // ... but not past the next clause.
  const next = makeDoc(
    sent(
      'The/DET/2/det army/NOUN/4/nsubj attacked/VERB/4/amod militia/NOUN/0/root and/CCONJ/6/cc left/VERB/4/conj in/ADP/8/case Kirkuk/PROPN/6/obl ./PUNCT/4/punct',
      { attacked: 'attack', left: 'leave' },
    ),
  );
  assert.equal(contextOf(next, 'attacked').location, null);
  // A name inside the place phrase: "at a news conference in Baghdad".
  const conference = makeDoc(
    sent('Iraq/PROPN/2/nsubj accused/VERB/0/root Iran/PROPN/2/obj at/ADP/6/case a/DET/6/det conference/NOUN/2/obl in/ADP/8/case Baghdad/PROPN/6/nmod ./PUNCT/2/punct', { accused: 'accuse' }),
  );
  near(contextOf(conference, 'accused'), 33.34, 44.4);
  // A name the dictionaries code with a sector: a sizeable town of their country (Gaza City), never an institution
  // whose name a place shares ("the White House" = a small town in Tennessee, and an alternate name of Casablanca).
  const sector = fakeActors({ israel: 'ISR', 'gaza city': 'PSEGZA', morocco: 'MAR', 'white house': 'USAGOV' });
  const sca = createContextAnalyzer({ actors: sector });
  const inPhrase = (doc: Doc, verb: string) => {
    const ms = sector.match(doc, 0);
    return sca.analyze(doc, { date: null }, [
      { sentence: 0, source: ms[0], target: ms[1] ?? null, cameo: '190', negated: false, verb: doc.form.indexOf(verb), evidenceStart: 0, evidenceEnd: doc.length, rule: 't:1 X' },
    ])[0].location;
  };
  const gazaCity = makeDoc(sent('Israel/PROPN/2/nsubj struck/VERB/0/root targets/NOUN/2/obj in/ADP/6/case Gaza/PROPN/6/compound City/PROPN/2/obl ./PUNCT/2/punct', { struck: 'strike' }));
  const gc = inPhrase(gazaCity, 'struck');
  assert.ok(gc && gc.country === 'PSE' && gc.lat !== undefined && Math.abs(gc.lat - 31.5) < 0.05, JSON.stringify(gc));
  const whiteHouse = makeDoc(
    sent('Morocco/PROPN/2/nsubj protested/VERB/0/root at/ADP/6/case the/DET/6/det White/PROPN/6/compound House/PROPN/2/obl ./PUNCT/2/punct', { protested: 'protest' }),
  );
  assert.deepEqual(inPhrase(whiteHouse, 'protested'), { text: 'White House', country: 'USA' });
  // "the Iraqi capital": a country adjective is no place name, so no coordinates (not Baghdad's, not a guess).
  const capital = makeDoc(
    sent('Iraq/PROPN/2/nsubj accused/VERB/0/root Iran/PROPN/2/obj in/ADP/7/case the/DET/7/det Iraqi/ADJ/7/amod capital/NOUN/2/obl ./PUNCT/2/punct', { accused: 'accuse' }),
  );
  assert.deepEqual(contextOf(capital, 'accused').location, { text: 'Iraqi', country: 'IRQ' });
});

test('locations: an ambiguous name follows the story (Tripoli in Libya or in Lebanon)', () => {
  // The dictionaries give Tripoli its best-known country, as data/kb does.
  const actors = fakeActors({ 'lebanese troops': 'LBNMIL', 'libyan forces': 'LBYMIL', militants: '---UAF', tripoli: 'LBY', lebanon: 'LBN', rebels: '---REB', us: 'USA', iraq: 'IRQ', paris: 'FRA' });
  const ca = createContextAnalyzer({ actors });
  const at = (doc: Doc, verb: string, dateline?: string) => {
    const ms = actors.match(doc, 0);
    const v = doc.form.indexOf(verb);
    return ca.analyze(doc, { date: '2008-05-04', dateline }, [
      { sentence: 0, source: ms[0], target: ms[1] ?? null, cameo: '190', negated: false, verb: v, evidenceStart: 0, evidenceEnd: doc.length, rule: 't:1 CLASH' },
    ])[0];
  };
  const lebanese = makeDoc(
    sent('Lebanese/ADJ/2/amod troops/NOUN/3/nsubj clashed/VERB/0/root with/ADP/5/case militants/NOUN/3/obl in/ADP/7/case Tripoli/PROPN/5/nmod ./PUNCT/3/punct', { clashed: 'clash' }),
  );
  const lb = at(lebanese, 'clashed');
  assert.deepEqual(placeOf(lb), { text: 'Tripoli', country: 'LBN', precision: 'city' });
  near(lb, 34.43, 35.84);
  const libyan = makeDoc(
    sent('Libyan/ADJ/2/amod forces/NOUN/3/nsubj shelled/VERB/0/root rebels/NOUN/3/obj in/ADP/6/case Tripoli/PROPN/3/obl ./PUNCT/3/punct', { shelled: 'shell' }),
  );
  const ly = at(libyan, 'shelled');
  assert.deepEqual(placeOf(ly), { text: 'Tripoli', country: 'LBY', precision: 'city' });
  near(ly, 32.89, 13.19);
  // No evidence either way: the dictionaries' country.
  const bare = makeDoc(sent('Rebels/NOUN/2/nsubj clashed/VERB/0/root in/ADP/4/case Tripoli/PROPN/2/obl ./PUNCT/2/punct', { clashed: 'clash' }));
  assert.equal(at(bare, 'clashed').location?.country, 'LBY');
  // A country named with the place decides: "Tripoli, Lebanon", even with Libyan actors.
  const named = makeDoc(
    sent('Libyan/ADJ/2/amod forces/NOUN/3/nsubj shelled/VERB/0/root rebels/NOUN/3/obj in/ADP/6/case Tripoli/PROPN/3/obl ,/PUNCT/8/punct Lebanon/PROPN/6/appos ./PUNCT/3/punct', { shelled: 'shell' }),
  );
  assert.equal(at(named, 'shelled').location?.country, 'LBN');
  // A dateline's country is evidence for a clause place.
  assert.equal(at(bare, 'clashed', 'BEIRUT, Lebanon, May 4 -').location?.country, 'LBN');
  // One US actor does not move Paris to Texas.
  const paris = makeDoc(
    sent('US/PROPN/2/nsubj met/VERB/0/root Iraq/PROPN/2/obj in/ADP/5/case Paris/PROPN/2/obl ./PUNCT/2/punct', { met: 'meet' }),
  );
  const pa = at(paris, 'met');
  assert.equal(pa.location?.country, 'FRA');
  near(pa, 48.85, 2.35);
});

test('locations: a dateline with its country; a country name has no coordinates; an unknown place none and no error', () => {
  const mosul = contextOf(IRAQ_NOT, 'attack', '2006-05-02', { dateline: 'MOSUL, Iraq, May 2 -' });
  assert.deepEqual(placeOf(mosul), { text: 'MOSUL', country: 'IRQ', precision: 'city' });
  near(mosul, 36.34, 43.12);
  const inSyria = makeDoc(sent('Police/NOUN/2/nsubj arrested/VERB/0/root activists/NOUN/2/obj in/ADP/5/case Syria/PROPN/2/obl ./PUNCT/2/punct', { arrested: 'arrest' }));
  const sy = contextOf(inSyria, 'arrested');
  assert.deepEqual(sy.location, { text: 'Syria', country: 'SYR', precision: 'country' });
  // A US state is a region (no coordinates), not the hamlet of Alaska, Maryland.
  const inAlaska = makeDoc(sent('Police/NOUN/2/nsubj arrested/VERB/0/root activists/NOUN/2/obj in/ADP/5/case Alaska/PROPN/2/obl ./PUNCT/2/punct', { arrested: 'arrest' }));
  assert.deepEqual(contextOf(inAlaska, 'arrested').location, { text: 'Alaska', country: 'USA', precision: 'region' });
  const unknown = makeDoc(
    sent('Police/NOUN/2/nsubj arrested/VERB/0/root protesters/NOUN/2/obj in/ADP/5/case Zarquonville/PROPN/2/obl ./PUNCT/2/punct', { arrested: 'arrest' }),
  );
  assert.deepEqual(contextOf(unknown, 'arrested').location, { text: 'Zarquonville', country: null });
  assert.deepEqual(contextOf(IRAQ_NOT, 'attack', '2006-12-04', { dateline: 'ZARQUONVILLE, May 2 -' }).location, { text: 'ZARQUONVILLE', country: null });
});

test('locations: the gazetteer is loaded on the first place name only, once; without it, countries only', () => {
  let loads = 0;
  const lazy = createContextAnalyzer({
    actors: ACTORS,
    gazetteer: () => {
      loads++;
      return null;
    },
  });
  const run = (doc: Doc, verb: string) => {
    const ms = ACTORS.match(doc, 0);
    return lazy.analyze(doc, { date: null }, [
      { sentence: 0, source: ms[0], target: ms[1] ?? null, cameo: '190', negated: false, verb: doc.form.indexOf(verb), evidenceStart: 0, evidenceEnd: doc.length, rule: 't:1 X' },
    ])[0];
  };
  run(IRAQ_NOT, 'attack');
  assert.equal(loads, 0);
  const inBasra = makeDoc(sent('Police/NOUN/2/nsubj arrested/VERB/0/root protesters/NOUN/2/obj in/ADP/5/case Baghdad/PROPN/2/obl ./PUNCT/2/punct', { arrested: 'arrest' }));
  assert.deepEqual(run(inBasra, 'arrested').location, { text: 'Baghdad', country: 'IRQ' });
  run(inBasra, 'arrested');
  assert.equal(loads, 1);
  const off = createContextAnalyzer({ actors: ACTORS, gazetteer: false });
  const ms = ACTORS.match(inBasra, 0);
  const ev: CodedEvent = { sentence: 0, source: ms[0], target: ms[1], cameo: '173', negated: false, verb: 1, evidenceStart: 0, evidenceEnd: 5, rule: 't:1 X' };
  assert.deepEqual(off.analyze(inBasra, { date: null }, [ev])[0].location, { text: 'Baghdad', country: 'IRQ' });
});
