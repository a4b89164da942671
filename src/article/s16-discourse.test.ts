import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleMentions } from '../testkit/article.js';

const annals = createAnnals({ geo: false });

/** The article-level code of each mention whose text is `phrase` (in order), for an invented article. */
function resolve(text: string, dateline = 'BAGHDAD, April 2 (AP) -', day = 20150402): (phrase: string) => string[] {
  return articleMentions(annals, text, dateline, day).codes;
}

test('an identity after a person\'s possessive is the next noun\'s ("Abadi\'s Shiite-led government"): the person keeps his office', () => {
  const codes = resolve(
    "Prime Minister Haider al-Abadi's Shiite-led government agreed on Monday to free hundreds of detainees. " +
      'The prime minister praised the tribal sheikhs in Ramadi.',
  );
  const pm = codes('prime minister');
  assert.equal(pm.length, 1, pm.join(' '));
  assert.equal(pm[0], 'IRQGOV');
  assert.ok(codes('Haider al - Abadi').every((c) => !c.endsWith('SHI')), codes('Haider al - Abadi').join(' '));
});

test('"their leaders" after a group of lawmakers speak for that group, not for the government', () => {
  const codes = resolve('Most Kurdish lawmakers left for Dohuk on Monday, and their leaders said they would boycott the session until the cabinet apologised.');
  const leaders = codes('leaders');
  assert.equal(leaders.length, 1, leaders.join(' '));
  assert.match(leaders[0], /KUR/);
});

test('"their leaders" of a people are its government', () => {
  const codes = resolve('"The Iraqi people want to see their leaders agree," the envoy said.');
  const leaders = codes('leaders');
  assert.equal(leaders.length, 1, leaders.join(' '));
  assert.equal(leaders[0], 'IRQGOV');
});

test('"the country\'s leaders" after a foreign visitor to the home capital: the home country, not his own', () => {
  const codes = resolve(
    'Protesters camped outside parliament for a second week. ' +
      'Secretary of State John Kerry, who flew into Baghdad on Sunday, urged the country\'s leaders to end the standoff.',
  );
  const leaders = codes('leaders');
  assert.equal(leaders.length, 1, leaders.join(' '));
  assert.match(leaders[0], /^IRQ/);
});

test('"the political leaders" are the home\'s, not foreign diplomats named just before', () => {
  const codes = resolve(
    'British diplomats in Baghdad were moved to Irbil on Friday. ' +
      'The U.N. envoy urged the political leaders to agree on a new cabinet.',
  );
  const leaders = codes('leaders');
  assert.equal(leaders.length, 1, leaders.join(' '));
  assert.match(leaders[0], /^IRQ/);
});

test('"the lawmakers who ..." is a new set of lawmakers, not the group of lawmakers named before', () => {
  const codes = resolve(
    'Kurdish lawmakers said they would vote for the budget. ' +
      'The speaker thanked the lawmakers who approved the bill.',
  );
  const all = codes('lawmakers');
  assert.equal(all.length, 2, all.join(' '));
  assert.match(all[0], /KUR/);
  assert.doesNotMatch(all[1], /KUR/);
});

test('"Sheik NAME, a spokesman for the association": one person, of the association, and "he" after him', () => {
  const codes = resolve(
    'The Association of Muslim Scholars called for a boycott of the referendum. ' +
      '"The vote is a fraud," said Sheik Omar al-Rawi, a spokesman for the association. ' +
      'He denied that the clerics had backed the attacks.',
  );
  const he = codes('He');
  assert.equal(he.length, 1, he.join(' '));
  assert.match(he[0], /^IRQREL/);
});

test('"the U.N.\'s chief electoral adviser, NAME": "chief" is no person of its own, and "he" is the U.N.\'s man', () => {
  const codes = resolve(
    "Marta Lindqvist, the U.N.'s chief electoral adviser, said the count had been fair. " +
      'She dismissed claims by some parties that the results had been fixed.',
  );
  assert.deepEqual(codes('adviser').map((c) => c.slice(0, 6)), ['IGOUNO']);
  const she = codes('She');
  assert.equal(she.length, 1, she.join(' '));
  assert.match(she[0], /^IGOUNO/);
});

test('"they" inside a quote before its speaker is not that one person', () => {
  const codes = resolve(
    'The prime minister accused foreign troops of killing civilians. ' +
      '"They do not respect our people," Abadi said.',
  );
  const they = codes('They');
  assert.ok(they.every((c) => c !== 'IRQGOV'), they.join(' '));
});

test('"the Foreign Ministry" in a sentence whose subject is a government: that government\'s, not a ministry named before', () => {
  const codes = resolve(
    "Turkey's Foreign Ministry rejected the charge on Monday. " +
      'Oil prices rose in Basra. ' +
      'The Iraqi government said it would review its trade ties, and the Foreign Ministry summoned the Turkish ambassador.',
  );
  const fm = codes('Foreign Ministry');
  assert.equal(fm.length, 2, fm.join(' '));
  assert.match(fm[0], /^TUR/);
  assert.match(fm[1], /^IRQ/);
});

test('"followers of the cleric X" are his group ("them"), and he stays a person of his own ("he")', () => {
  const codes = resolve(
    'Thousands of followers of the cleric Moqtada al-Sadr marched through Kut on Friday. ' +
      'Riot police fired tear gas at them near the main bridge. ' +
      'Hours later, he told his aides to call off the march.',
  );
  const them = codes('them');
  assert.equal(them.length, 1, them.join(' '));
  assert.match(them[0], /^IRQ(PTYSDR|REBSHI)/);
  const he = codes('he');
  assert.equal(he.length, 1, he.join(' '));
  assert.match(he[0], /^IRQ(PTYSDR|REBSHI)/);
});

test('"the bloc loyal to X" is X\'s bloc, not the last bloc named', () => {
  const codes = resolve(
    'Adnan al-Dulaimi said his bloc would return to parliament on Sunday. ' +
      'The bloc loyal to Shiite cleric Moqtada al-Sadr rejected the budget as a betrayal.',
    'BAGHDAD, Dec. 2 (AP) -',
    20061202,
  );
  const bloc = codes('bloc');
  assert.equal(bloc.length, 2, bloc.join(' '));
  assert.match(bloc[1], /^IRQ(PTYSDR|REBSHI)/);
});

test('"the political blocs" are the parties at large, not the one bloc named before', () => {
  const codes = resolve(
    "Sadr's aides said his bloc would quit the cabinet. " +
      'The president invited the leaders of all the political blocs to a meeting on Monday.',
    'BAGHDAD, Dec. 2 (AP) -',
    20141202,
  );
  const blocs = codes('blocs');
  assert.equal(blocs.length, 1, blocs.join(' '));
  assert.equal(blocs[0], 'IRQPTY');
});

test('"them" after "the police" in a reported clause: the police (many), not the reporters', () => {
  const codes = resolve('Iraqi officials said the police fired only after villagers attacked them with stones.');
  const them = codes('them');
  assert.equal(them.length, 1, them.join(' '));
  assert.equal(them[0], 'IRQCOP');
});

test('"aides to Prime Minister X said ...": X stays in mind for "the prime minister" after a foreign premier was named', () => {
  const codes = resolve(
    'British Prime Minister Gordon Brown said on Monday that his troops would stay in Basra. ' +
      'Aides to Prime Minister Nouri al-Maliki said the talks would resume. ' +
      'The prime minister, who spoke to Brown by telephone, told him that Iraq wanted a firm date.',
    'BAGHDAD, Dec. 2 (AP) -',
    20081202,
  );
  const pm = codes('prime minister');
  assert.equal(pm.length, 1, pm.join(' '));
  assert.match(pm[0], /^IRQ/);
});

test('"Villagers pelted the police with stones, accusing them of ...": "them" is no subject of its own participle', () => {
  const codes = resolve('Angry villagers pelted Iraqi soldiers with stones in Hit on Monday, accusing them of failing to stop the raids.');
  const them = codes('them');
  assert.equal(them.length, 1, them.join(' '));
  assert.equal(them[0], 'IRQMIL');
});

test('"the cabinet" in an Iraqi story is Baghdad\'s, not a foreign embassy named last', () => {
  const codes = resolve(
    'The U.S. Embassy in Baghdad called for calm on Sunday. ' +
      'Trade Minister Ali Jassim himself quit the cabinet in June at a rally in Ramadi.',
  );
  const cab = codes('cabinet');
  assert.equal(cab.length, 1, cab.join(' '));
  assert.match(cab[0], /^IRQ/);
});

test('"the cabinet" after a non-state side of one country, in a story filed from abroad: that country\'s', () => {
  const codes = resolve(
    'President George W. Bush met his advisers on Monday to discuss the war. ' +
      'The bloc loyal to Shiite cleric Moqtada al-Sadr, which has boycotted the cabinet since June, called the plan a trick.',
    'WASHINGTON, Dec. 6 (AP) -',
    20061206,
  );
  const cab = codes('cabinet');
  assert.equal(cab.length, 1, cab.join(' '));
  assert.match(cab[0], /^IRQ/);
});
