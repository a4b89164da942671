import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TokenizedText } from '../doc.js';
import { Doc } from '../doc.js';
import { MAX_SENTENCE_TOKENS, tokenize, tokenizeHorizontal } from './index.js';

/** Structural invariants every tokenisation must satisfy. */
function checkInvariants(t: TokenizedText): void {
  const n = t.start.length;
  assert.equal(t.end.length, n);
  assert.equal(t.form.length, n);
  let prevEnd = 0;
  for (let i = 0; i < n; i++) {
    assert.ok(t.start[i] >= prevEnd, `token ${i} overlaps the previous one`);
    assert.ok(t.end[i] > t.start[i], `token ${i} is empty`);
    assert.ok(t.end[i] <= t.text.length, `token ${i} runs past the text`);
    assert.ok(t.form[i].length > 0, `token ${i} has an empty form`);
    prevEnd = t.end[i];
  }
  assert.equal(t.sentStart.length, t.sentEnd.length);
  let expect = 0;
  for (let q = 0; q < t.sentStart.length; q++) {
    assert.equal(t.sentStart[q], expect, `sentence ${q} does not start where the previous ended`);
    assert.ok(t.sentEnd[q] > t.sentStart[q], `sentence ${q} is empty`);
    assert.ok(t.sentEnd[q] - t.sentStart[q] <= MAX_SENTENCE_TOKENS, `sentence ${q} is too long`);
    expect = t.sentEnd[q];
  }
  assert.equal(expect, n, 'sentences must cover all tokens');
}

/** Forms per sentence, after checking invariants. */
function sents(text: string): string[][] {
  const t = tokenize(text);
  checkInvariants(t);
  const out: string[][] = [];
  for (let q = 0; q < t.sentStart.length; q++) out.push(t.form.slice(t.sentStart[q], t.sentEnd[q]));
  return out;
}

function toks(text: string): string[] {
  return sents(text).flat();
}

/** Source slices (not forms) of all tokens. */
function slices(text: string): string[] {
  const t = tokenize(text);
  return Array.from(t.start, (s, i) => text.slice(s, t.end[i]));
}

test('clitics split as in EWT: n\'t, \'s, \'re, \'ll, cannot', () => {
  assert.deepEqual(toks("They don't know; we can't wait, won't we? You're late and I'll go."), [
    'They', 'do', "n't", 'know', ';', 'we', 'ca', "n't", 'wait', ',', 'wo', "n't", 'we', '?',
    'You', "'re", 'late', 'and', 'I', "'ll", 'go', '.',
  ]);
  assert.deepEqual(toks('We cannot agree.'), ['We', 'can', 'not', 'agree', '.']);
});

test('possessives split; inner apostrophes in names stay', () => {
  assert.deepEqual(toks("Sadr's militia and the militias' leaders met Da'awa members."), [
    'Sadr', "'s", 'militia', 'and', 'the', 'militias', "'", 'leaders', 'met', "Da'awa", 'members', '.',
  ]);
  assert.deepEqual(toks("The U.S.'s allies and Acme Co.\u2019s staff"), ['The', 'U.S.', "'s", 'allies', 'and', 'Acme', 'Co.', "'s", 'staff']);
  assert.deepEqual(toks("O'Brien visited Shi'ite areas."), ["O'Brien", 'visited', "Shi'ite", 'areas', '.']);
});

test('curly apostrophes and quotes are normalised in forms, offsets stay on the source', () => {
  const text = '\u201cWe won\u2019t yield,\u201d said Hakim\u2019s aide. \u2018Never,\u2019 he added.';
  assert.deepEqual(toks(text), [
    '"', 'We', 'wo', "n't", 'yield', ',', '"', 'said', 'Hakim', "'s", 'aide', '.',
    "'", 'Never', ',', "'", 'he', 'added', '.',
  ]);
  const sl = slices(text);
  assert.equal(sl[0], '\u201c');
  assert.equal(sl[3], 'n\u2019t');
  assert.equal(sl[9], '\u2019s');
});

test('straight quotes, PTB quotes, guillemets', () => {
  assert.deepEqual(toks('He said "no" and \'maybe\'.'), ['He', 'said', '"', 'no', '"', 'and', "'", 'maybe', "'", '.']);
  assert.deepEqual(toks("``Fine,'' she said."), ['"', 'Fine', ',', '"', 'she', 'said', '.']);
  assert.deepEqual(toks('\u00abNon\u00bb, dit-il.'), ['"', 'Non', '"', ',', 'dit', '-', 'il', '.']);
});

test('abbreviations keep their period and do not end sentences', () => {
  const s = sents(
    'Gen. Ali met Mr. Smith and Dr. Jones of the U.N. on Jan. 5 and Feb. 6, with Sept. 11 in mind. ' +
      'Acme Inc. and Beta Corp. sold No. 3 shares, guns, etc. to the U.S. Army.',
  );
  assert.equal(s.length, 2);
  for (const a of ['Gen.', 'Mr.', 'Dr.', 'U.N.', 'Jan.', 'Feb.', 'Sept.']) assert.ok(s[0].includes(a), a);
  for (const a of ['Inc.', 'Corp.', 'No.', 'etc.', 'U.S.']) assert.ok(s[1].includes(a), a);
});

test('an abbreviation can end a sentence; its period then is the full stop, as in EWT', () => {
  assert.deepEqual(sents('Troops left the U.S. The war went on.'), [
    ['Troops', 'left', 'the', 'U.S', '.'],
    ['The', 'war', 'went', 'on', '.'],
  ]);
  assert.deepEqual(sents('They bought guns, tanks, etc.'), [['They', 'bought', 'guns', ',', 'tanks', ',', 'etc', '.']]);
  assert.deepEqual(sents('They met on Main St. The talks began at St. Mary church.').length, 2);
  // "No" is a word unless a number follows.
  assert.deepEqual(sents('He said No. Then he left.'), [['He', 'said', 'No', '.'], ['Then', 'he', 'left', '.']]);
});

test('initials stay with their name', () => {
  assert.deepEqual(sents('George W. Bush met John F. Kennedy Jr. in a dream.'), [
    ['George', 'W.', 'Bush', 'met', 'John', 'F.', 'Kennedy', 'Jr.', 'in', 'a', 'dream', '.'],
  ]);
});

test('numbers, percentages and currency', () => {
  assert.deepEqual(toks('Aid rose 12.5% to $5 billion, or 1,000.50 dinars per head, by 2007.'), [
    'Aid', 'rose', '12.5', '%', 'to', '$', '5', 'billion', ',', 'or', '1,000.50', 'dinars', 'per', 'head', ',',
    'by', '2007', '.',
  ]);
  assert.deepEqual(toks('Scores were 3-4 at 5:30 on 9/11.'), ['Scores', 'were', '3', '-', '4', 'at', '5:30', 'on', '9/11', '.']);
  assert.deepEqual(toks('Call 713-555-0199 now.'), ['Call', '713-555-0199', 'now', '.']);
});

test('hyphens split as in EWT except after kept prefixes', () => {
  assert.deepEqual(toks('Al-Maliki and al-Hakim saw a 10-year-old in a pro-government, anti-war e-mail.'), [
    'Al', '-', 'Maliki', 'and', 'al', '-', 'Hakim', 'saw', 'a', '10', '-', 'year', '-', 'old', 'in', 'a',
    'pro-government', ',', 'anti-war', 'e-mail', '.',
  ]);
  assert.deepEqual(toks('Lashkar-e-Taiba and the vice-president'), ['Lashkar', '-', 'e', '-', 'Taiba', 'and', 'the', 'vice', '-', 'president']);
});

test('dashes and parenthesised acronyms', () => {
  assert.deepEqual(toks('The council (SCIRI) \u2014 a Shiite party \u2013 met -- briefly.'), [
    'The', 'council', '(', 'SCIRI', ')', '\u2014', 'a', 'Shiite', 'party', '\u2013', 'met', '--', 'briefly', '.',
  ]);
});

test('datelines become their own sentence', () => {
  assert.deepEqual(sents('BAGHDAD, Dec 4 (Reuters) - Gunmen killed two police officers on Monday.'), [
    ['BAGHDAD', ',', 'Dec', '4', '(', 'Reuters', ')', '-'],
    ['Gunmen', 'killed', 'two', 'police', 'officers', 'on', 'Monday', '.'],
  ]);
  assert.deepEqual(sents('Bombs kill 12 in Iraq\nNEW YORK (AP) \u2014 Police said on Sunday they had arrested him.'), [
    ['Bombs', 'kill', '12', 'in', 'Iraq'],
    ['NEW', 'YORK', '(', 'AP', ')', '\u2014'],
    ['Police', 'said', 'on', 'Sunday', 'they', 'had', 'arrested', 'him', '.'],
  ]);
  // A caps word and a dash in running text is not a dateline.
  assert.equal(sents('He said NATO - the alliance - would stay.').length, 1);
  assert.equal(sents('NATO, EU and UN officials - Reuters reported - met.').length, 1);
  assert.equal(sents('GENEVA, March 3 - Talks resumed.').length, 2);
  assert.deepEqual(sents('LONDON/PARIS - Ministers met on Friday.')[0], ['LONDON', '/', 'PARIS', '-']);
});

test('markdown emphasis markers are dropped from the tokens, offsets stay right', () => {
  const text = 'As *Newsweek* and **Time** reported, _all_ agreed.';
  assert.deepEqual(toks(text), ['As', 'Newsweek', 'and', 'Time', 'reported', ',', 'all', 'agreed', '.']);
  const t = tokenize(text);
  assert.equal(text.slice(t.start[1], t.end[1]), 'Newsweek');
  assert.equal(text.slice(t.start[3], t.end[3]), 'Time');
  // A bullet star on its own is a token.
  assert.deepEqual(toks('* Iraq protested.'), ['*', 'Iraq', 'protested', '.']);
});

test('URLs and e-mail addresses are one token; trailing punctuation is not part of them', () => {
  assert.deepEqual(toks('See http://example.org/a/b.html?x=1, or www.example.com. Write to press.office@example.org.'), [
    'See', 'http://example.org/a/b.html?x=1', ',', 'or', 'www.example.com', '.',
    'Write', 'to', 'press.office@example.org', '.',
  ]);
  assert.deepEqual(toks('(see https://example.org/wiki/A_(b))'), ['(', 'see', 'https://example.org/wiki/A_(b)', ')']);
});

test('ellipsis is one token and can end a sentence', () => {
  assert.deepEqual(sents('They waited... Nobody came. Then \u2026 silence.'), [
    ['They', 'waited', '...'],
    ['Nobody', 'came', '.'],
    ['Then', '\u2026', 'silence', '.'],
  ]);
});

test('sentence ends at ! ? and after closing quotes', () => {
  assert.deepEqual(sents('"Why?" he asked. "We fight!" They left.'), [
    ['"', 'Why', '?', '"', 'he', 'asked', '.'],
    ['"', 'We', 'fight', '!', '"'],
    ['They', 'left', '.'],
  ]);
  // A quote's attribution stays with the quote.
  assert.deepEqual(sents('"We will win!" Ali Hassan said. "Why?" Smith asked.'), [
    ['"', 'We', 'will', 'win', '!', '"', 'Ali', 'Hassan', 'said', '.'],
    ['"', 'Why', '?', '"', 'Smith', 'asked', '.'],
  ]);
  assert.deepEqual(sents('It ended (finally.) Peace came.'), [['It', 'ended', '(', 'finally', '.', ')'], ['Peace', 'came', '.']]);
});

test('line breaks: lowercase continues, blank line + capital splits, newline after a full stop splits', () => {
  assert.deepEqual(sents('The minister said the\ntalks would resume.'), [['The', 'minister', 'said', 'the', 'talks', 'would', 'resume', '.']]);
  assert.deepEqual(sents('Talks failed\n\nThe minister left.'), [['Talks', 'failed'], ['The', 'minister', 'left', '.']]);
  assert.deepEqual(sents('Talks failed.\nThe minister left.'), [['Talks', 'failed', '.'], ['The', 'minister', 'left', '.']]);
  assert.deepEqual(sents('Talks failed and\n\nthe minister left.').length, 1);
  // Windows line ends behave the same.
  assert.equal(sents('Talks failed.\r\nThe minister left.').length, 2);
});

test('hard-wrapped text does not split at every line start', () => {
  const text =
    'The foreign ministers of the two countries met in the capital on\n' +
    'Tuesday and agreed to reopen the border crossing that was closed\n' +
    'after Monday clashes, officials said, adding that President Ali\n' +
    'Hassan would visit next week.';
  assert.equal(sents(text).length, 1);
  assert.equal(sents('Iraqi forces killed five insurgents in a raid north of the\nBaghdad airport on Monday, police said.').length, 1);
  assert.equal(sents('Iraq votes\nBaghdad was calm on Monday.').length, 2);
});

test('"end.The" without a space still splits; domains do not', () => {
  assert.deepEqual(sents('Talks ended.The army left reuters.com quickly.'), [
    ['Talks', 'ended', '.'],
    ['The', 'army', 'left', 'reuters.com', 'quickly', '.'],
  ]);
});

test('emoticons stay with the sentence they close; decades keep their apostrophe', () => {
  assert.deepEqual(sents('We won :) See you.'), [['We', 'won', ':)'], ['See', 'you', '.']]);
  assert.deepEqual(sents('Great news! :-) More later.'), [['Great', 'news', '!', ':-)'], ['More', 'later', '.']]);
  assert.deepEqual(toks("In the 1980's and '90s"), ['In', 'the', "1980's", 'and', "'", '90s']);
  assert.deepEqual(toks("Back in '73, #Iraq and @Reuters"), ['Back', 'in', "'73", ',', '#Iraq', 'and', '@Reuters']);
});

test('a dateline with an agency inside a line is split off too', () => {
  assert.deepEqual(sents('Breaking: TEHRAN (AFP) - Talks resumed.'), [
    ['Breaking', ':'],
    ['TEHRAN', '(', 'AFP', ')', '-'],
    ['Talks', 'resumed', '.'],
  ]);
});

test('all-caps headline, Arabic and Chinese text', () => {
  assert.deepEqual(sents('IRAQ POLLS OPEN AMID TIGHT SECURITY'), [['IRAQ', 'POLLS', 'OPEN', 'AMID', 'TIGHT', 'SECURITY']]);
  assert.deepEqual(sents('GEN. ALI MEETS U.S. ENVOY ON SEPT. 5. TALKS END.'), [
    ['GEN.', 'ALI', 'MEETS', 'U.S.', 'ENVOY', 'ON', 'SEPT.', '5', '.'],
    ['TALKS', 'END', '.'],
  ]);
  assert.deepEqual(toks('\u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064a\u0633\u060c \u0627\u0644\u064a\u0648\u0645.'), [
    '\u0642\u0627\u0644', '\u0627\u0644\u0631\u0626\u064a\u0633', '\u060c', '\u0627\u0644\u064a\u0648\u0645', '.',
  ]);
  // Chinese has no spaces: one token per character, so downstream still gets units.
  assert.deepEqual(toks('\u4e2d\u56fd\u653f\u5e9c\u3002'), ['\u4e2d', '\u56fd', '\u653f', '\u5e9c', '\u3002']);
});

test('robustness: empty and whitespace-only text', () => {
  for (const text of ['', ' ', '\n\n\t \r\n', '\u00a0\u2003']) {
    const t = tokenize(text);
    checkInvariants(t);
    assert.equal(t.start.length, 0);
    assert.equal(t.sentStart.length, 0);
    assert.equal(Doc.fromTokens(t).length, 0);
  }
});

test('robustness: control characters, binary noise and lone surrogates', () => {
  let noise = '';
  let x = 12345;
  for (let i = 0; i < 20000; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    noise += String.fromCharCode(x % 65536);
  }
  const t = tokenize(noise + '\u0000\u0007\ud800 \udc00x\ud83d\ude00y');
  checkInvariants(t);
  assert.ok(t.start.length > 0);
  // An emoji (a surrogate pair) is one token; lone surrogates are tokens of one unit.
  assert.deepEqual(slices('a \ud83d\ude00 b \ud800 c'), ['a', '\ud83d\ude00', 'b', '\ud800', 'c']);
  assert.deepEqual(toks('war\u0000peace'), ['war', 'peace']);
});

test('robustness: a 5 MB line with no punctuation is split into capped sentences', () => {
  const text = 'militia fighters clashed '.repeat(200_000); // 5 MB, 600k tokens
  const t = tokenize(text);
  checkInvariants(t);
  assert.equal(t.start.length, 600_000);
  assert.equal(t.sentStart.length, Math.ceil(600_000 / MAX_SENTENCE_TOKENS));
});

test('robustness: 10,000 commas, a 1 MB word, repeated periods', () => {
  const commas = tokenize(','.repeat(10_000));
  checkInvariants(commas);
  assert.equal(commas.start.length, 10_000);
  const word = tokenize('a'.repeat(1_000_000));
  checkInvariants(word);
  assert.equal(word.start.length, 1);
  const dots = tokenize('. '.repeat(50_000));
  checkInvariants(dots);
  const mixed = tokenize('U.S.'.repeat(20_000) + ' ' + '-a'.repeat(20_000) + ' ' + "'s".repeat(20_000));
  checkInvariants(mixed);
});

test('long sentences are cut at a comma near the cap', () => {
  const text = Array.from({ length: 60 }, () => 'the army moved north,').join(' ') + ' and stopped.';
  const t = tokenize(text);
  checkInvariants(t);
  assert.ok(t.sentStart.length >= 2);
  assert.equal(t.form[t.sentEnd[0] - 1], ',');
});

test('tokenizeHorizontal keeps the given tokens, one sentence per non-empty line', () => {
  const text = 'Iraq protested .\n\n  \nHe said \u201cno\u201d \t.\r\n';
  const t = tokenizeHorizontal(text);
  checkInvariants(t);
  assert.deepEqual(t.form, ['Iraq', 'protested', '.', 'He', 'said', '"no"', '.']);
  assert.deepEqual(Array.from(t.sentStart), [0, 3]);
  assert.deepEqual(Array.from(t.sentEnd), [3, 7]);
  assert.equal(text.slice(t.start[5], t.end[5]), '\u201cno\u201d');
  for (let i = 0; i < t.start.length; i++) assert.ok(!/\s/.test(text.slice(t.start[i], t.end[i])));
  // Pre-tokenised input is not re-split: "don't" stays one token.
  assert.deepEqual(tokenizeHorizontal("don\u2019t `` x ''").form, ["don't", '"', 'x', '"']);
  const empty = tokenizeHorizontal('');
  checkInvariants(empty);
  assert.equal(empty.sentStart.length, 0);
});
