import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { sideOf, sidesPhraseAt } from './sides.js';
import { loadAnalyzer } from '../analysis/index.js';
import { createActorMatcher } from '../actors/index.js';
import { createArticleActorMatcher } from './coref.js';

const annals = createAnnals({ geo: false });
const code = (text: string, dateline = 'BAGHDAD, May 3 (Reuters) -', date = '2008-05-03'): string[] =>
  annals.codeDocument({ id: 't', text, date, path: '-', dateline }).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);

test('"the country\'s top Shiite cleric" is the cleric, not the country', () => {
  const got = code(
    'Police fired tear gas at protesters in Najaf on Friday, as the country\'s top Shiite cleric criticized the government for the violence.',
    'NAJAF, Iraq, Feb. 1, 2019 (AP) -',
    '2019-02-01',
  );
  assert.ok(got.some((g) => /^IRQRELSHI 11\d* IRQGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRQ 11\d* /.test(g)), got.join('; '));
});

test('"urged all sides" is aimed at the two sides of the article\'s conflict', () => {
  const got = code(
    'Prime Minister Nouri al-Maliki demanded on Sunday that Kurdish forces withdraw from Kirkuk. ' +
      'Kurdish leaders accused Maliki of trying to seize the oil fields. ' +
      'Maliki accused the Kurdish regional government of smuggling oil. ' +
      'The European Union urged all sides to resolve the dispute through talks.',
    'KIRKUK, Iraq, Dec. 2, 2012 (AP) -',
    '2012-12-02',
  );
  assert.ok(got.some((g) => /^IGOEU\w* 02\d* IRQGOV$/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^IGOEU\w* 02\d* IRQ\w*KUR$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 02\d* IRQPTY$/.test(g)), got.join('; '));
});

test('"all sides" of a war between home forces and a foreign army are the home country\'s; "both sides" both', () => {
  const text =
    'American troops fought militiamen loyal to the cleric Moqtada al-Sadr in Karbala on Tuesday. ' +
    'The Mahdi Army fighters attacked a U.S. patrol near the shrine, and U.S. helicopters fired on their positions. ' +
    'The U.N. envoy, Ana Lindqvist, called on all sides to show restraint.';
  const got = code(text, 'KARBALA, Iraq, Aug. 10, 2004 (AP) -', '2004-08-10');
  assert.ok(got.some((g) => /^IGOUNO 02\d* IRQREBSHI/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IGOUNO 02\d* (USA|IRQPTY)/.test(g)), got.join('; '));
  const both = code(text.replace('on all sides', 'on both sides'), 'KARBALA, Iraq, Aug. 10, 2004 (AP) -', '2004-08-10');
  assert.ok(both.some((g) => /^IGOUNO 02\d* USA/.test(g)), both.join('; '));
});

test('sidesPhraseAt finds "all sides", "on both the parties", "the two sides", and nothing else', () => {
  const an = loadAnalyzer({ beam: 1 });
  const at = (text: string, verb: string): string | null => {
    const doc = an.analyze(text);
    const v = doc.form.indexOf(verb);
    const p = sidesPhraseAt(doc, v);
    return p ? doc.form.slice(p.start, p.end).join(' ') : null;
  };
  assert.equal(at('Rome urged all sides to stop.', 'urged'), 'all sides');
  assert.equal(at('Rome called on both the parties to stop.', 'called'), 'both the parties');
  assert.equal(at('Rome urged the two warring factions to stop.', 'urged'), 'the two warring factions');
  assert.equal(at('Rome urged the government to stop.', 'urged'), null);
  assert.equal(at('Rome urged all lawmakers to stop.', 'urged'), null);
});

test('sideOf: a community\'s bodies are one side, a state\'s bodies another', () => {
  assert.equal(sideOf('IRQGOVKUR'), sideOf('IRQKUR'));
  assert.equal(sideOf('IRQLEG'), sideOf('IRQGOV'));
  assert.notEqual(sideOf('IRQGOV'), sideOf('IRQGOVKUR'));
  assert.notEqual(sideOf('IRQREB'), sideOf('IRQGOV'));
});

test('"the vice president" is the one the story is about when two vice presidents were named as recently', () => {
  const got = code(
    'U.S. Vice President Joe Biden arrived in Baghdad on Monday and met Prime Minister Nouri al-Maliki. ' +
      'Biden urged Maliki to include Sunni leaders in the government. ' +
      'Biden also called Kurdish leaders in Irbil. ' +
      'On Tuesday Biden had lunch with Vice President Khudair al-Khuzaie, a Shiite. ' +
      'The vice president also met Ammar al-Hakim.',
    'BAGHDAD, Jan. 12, 2011 (AP) -',
    '2011-01-12',
  );
  assert.ok(got.some((g) => /^USAGOV 04\d* IRQPTYSCI$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRQGOV 04\d* IRQPTYSCI$/.test(g)), got.join('; '));
});

test('"His critics accuse him": "him" is the one "his" names, not a person quoted in the sentence before', () => {
  const got = code(
    '"He has failed the country," said Sheik Khalid al-Dulaimi, a tribal leader from Ramadi. ' +
      'Prime Minister Nouri al-Maliki, whose coalition won the most seats, wants a third term. ' +
      'His critics accuse him of sidelining the Sunnis.',
    'BAGHDAD, May 20, 2014 (AP) -',
    '2014-05-20',
  );
  assert.ok(got.some((g) => / 112 IRQGOV$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 112 IRQ(ELI|UAF)\w*$/.test(g)), got.join('; '));
});

test('"X told him that Washington would not protect him": both pronouns are the same man, not the speaker', () => {
  const an = annals.analyzer;
  const doc = an.analyze(
    'Prime Minister Nouri al-Maliki has relied on the Sadrists to stay in power. ' +
      'According to a former diplomat, Ambassador Ryan Crocker told him in May that Washington would not protect him if he kept relying on the militia.',
  );
  const matcher = createArticleActorMatcher(createActorMatcher(annals.dictionaries.actors), { countries: annals.dictionaries.actors.countryCodes });
  const hims = matcher.match(doc, 1, 20080402).filter((m) => doc.form[m.start] === 'him');
  assert.equal(hims.length, 2);
  for (const m of hims) assert.equal(m.code, 'IRQGOV', JSON.stringify(m));
});

test('"Ban" after "Ban Ki-moon" is the secretary-general (a Korean name gives the family name first)', () => {
  const got = code(
    'Syrian and Turkish troops exchanged fire across the border on Sunday. ' +
      'U.N. Secretary-General Ban Ki-moon spoke to both foreign ministers by telephone. ' +
      'Ban, speaking in Geneva, urged Damascus to exercise restraint.',
    'ANKARA, Oct. 7, 2012 (AP) -',
    '2012-10-07',
  );
  assert.ok(got.some((g) => /^IGOUNO 02\d* SYR/.test(g)), got.join('; '));
});

test('a state\'s side of the conflict is its government when the exchange named it, not its police', () => {
  const got = code(
    'Police clashed with Mahdi Army fighters in Diwaniya on Monday. ' +
      'The government accused the Mahdi Army of attacking police stations. ' +
      'Police arrested dozens of Mahdi Army fighters. ' +
      'Grand Ayatollah Ali al-Sistani urged all sides to stop the fighting.',
    'DIWANIYA, Iraq, Oct. 9, 2007 (AP) -',
    '2007-10-09',
  );
  assert.ok(got.some((g) => /^IRQRELSHI 02\d* IRQGOV$/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^IRQRELSHI 02\d* IRQREBSHI$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRQRELSHI 02\d* IRQCOP$/.test(g)), got.join('; '));
});
