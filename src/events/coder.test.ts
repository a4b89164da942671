import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileVerbDictionary } from '../dictionaries/verbs.js';
import { createCoder } from './coder.js';
import { fakeActors, makeDoc } from './testing.js';
import type { CodedEvent } from './types.js';

// Invented dictionary exercising each pattern feature.
const VERBS = `
&TIES
+TIES
+RELATIONS

--- RESTORE [064] ---
RESTORE
- * &TIES [065]
- * FULL_&TIES [066]

--- ATTACK [190] ---
ATTACK {ATTACKED}
- * (WITH ROCKETS) [195]

--- MEET [040:041] ---
MEET {MET}
+MEET_WITH {+MET_WITH} [042]
- % * [043]

--- FREE [066] ---
FREE
- + * FROM $ [067]

--- AGREE [081] ---
AGREE

--- BREAK [160] ---
BREAK {BROKE}
+BREAK_OFF {+BROKE_OFF}  [161]

--- SAY [---] ---
SAY {SAID}

--- WANT [---] ---
WANT
- * ATTACK [138]
- * (TO TALKS) [036]
`;

const verbs = compileVerbDictionary([{ file: 'v.txt', text: VERBS }]);
const actors = fakeActors({ arnor: 'ARN', gondor: 'GON', rohan: 'ROH', mordor: 'MOR', 'the elves': 'ELF' });
const coder = createCoder({ verbs, actors });
const triples = (ev: CodedEvent[]) =>
  ev.map((e) => `${e.source.code} ${e.target?.code ?? '---'} ${e.cameo}${e.negated ? ' neg' : ''}`).sort();

test('subject -> object with the most specific pattern', () => {
  // Arnor restored full ties with Gondor .
  const doc = makeDoc({
    words: ['Arnor', 'restored', 'full', 'ties', 'with', 'Gondor', '.'],
    upos: ['PROPN', 'VERB', 'ADJ', 'NOUN', 'ADP', 'PROPN', 'PUNCT'],
    lemmas: ['Arnor', 'restore', 'full', 'tie', 'with', 'Gondor', '.'],
    heads: [2, 0, 4, 2, 6, 2, 2],
    deps: ['nsubj', 'root', 'amod', 'obj', 'case', 'obl', 'punct'],
  });
  const ev = coder.code(doc);
  assert.deepEqual(triples(ev), ['ARN GON 066']);
  assert.equal(ev[0].verb, 1);
  assert.match(ev[0].rule, /^v\.txt:\d+ - \* FULL_&TIES/);
  assert.deepEqual([ev[0].evidenceStart, ev[0].evidenceEnd], [0, 6]);
});

test('gapped words match, `_` joined words must be adjacent; default code otherwise', () => {
  const mk = (mid: string[]) => {
    const words = ['Arnor', 'restored', ...mid, 'with', 'Gondor'];
    const n = words.length;
    return makeDoc({
      words,
      upos: words.map((w, i) => (i === 1 ? 'VERB' : i === 0 || i === n - 1 ? 'PROPN' : 'NOUN')),
      lemmas: words.map((w, i) => (i === 1 ? 'restore' : w.toLowerCase())),
      heads: words.map((_, i) => (i === 1 ? 0 : i === n - 1 ? 2 : i === n - 2 ? n : 2)),
      deps: words.map((_, i) => (i === 0 ? 'nsubj' : i === 1 ? 'root' : i === n - 1 ? 'obl' : i === n - 2 ? 'case' : 'obj')),
    });
  };
  assert.deepEqual(triples(coder.code(mk(['full', 'good', 'ties']))), ['ARN GON 065']);
  assert.deepEqual(triples(coder.code(mk(['relations']))), ['ARN GON 065']);
  assert.deepEqual(triples(coder.code(mk(['trade']))), ['ARN GON 064']);
});

test('passive with a by-agent swaps the roles; conjoined subjects give one event each', () => {
  // Gondor was attacked by Arnor and Rohan with rockets .
  const doc = makeDoc({
    words: ['Gondor', 'was', 'attacked', 'by', 'Arnor', 'and', 'Rohan', 'with', 'rockets', '.'],
    upos: ['PROPN', 'AUX', 'VERB', 'ADP', 'PROPN', 'CCONJ', 'PROPN', 'ADP', 'NOUN', 'PUNCT'],
    lemmas: ['Gondor', 'be', 'attack', 'by', 'Arnor', 'and', 'Rohan', 'with', 'rocket', '.'],
    heads: [3, 3, 0, 5, 3, 7, 5, 9, 3, 3],
    deps: ['nsubj:pass', 'aux:pass', 'root', 'case', 'obl:agent', 'cc', 'conj', 'case', 'obl', 'punct'],
  });
  assert.deepEqual(triples(coder.code(doc)), ['ARN GON 195', 'ROH GON 195']);
});

test('code pairs code both directions; multiword verbs beat single ones', () => {
  // Arnor met with Gondor .
  const doc = makeDoc({
    words: ['Arnor', 'met', 'with', 'Gondor', '.'],
    upos: ['PROPN', 'VERB', 'ADP', 'PROPN', 'PUNCT'],
    lemmas: ['Arnor', 'meet', 'with', 'Gondor', '.'],
    heads: [2, 0, 4, 2, 2],
    deps: ['nsubj', 'root', 'case', 'obl', 'punct'],
  });
  assert.deepEqual(triples(coder.code(doc)), ['ARN GON 042']);
  // Arnor met Gondor . -> [040:041]
  const doc2 = makeDoc({
    words: ['Arnor', 'met', 'Gondor', '.'],
    upos: ['PROPN', 'VERB', 'PROPN', 'PUNCT'],
    lemmas: ['Arnor', 'meet', 'Gondor', '.'],
    heads: [2, 0, 2, 2],
    deps: ['nsubj', 'root', 'obj', 'punct'],
  });
  assert.deepEqual(triples(coder.code(doc2)), ['ARN GON 040', 'GON ARN 041']);
});

test('a separated particle (compound:prt) completes a multiword verb', () => {
  // Arnor broke talks off with Gondor .
  const doc = makeDoc({
    words: ['Arnor', 'broke', 'talks', 'off', 'with', 'Gondor', '.'],
    upos: ['PROPN', 'VERB', 'NOUN', 'ADP', 'ADP', 'PROPN', 'PUNCT'],
    lemmas: ['Arnor', 'break', 'talk', 'off', 'with', 'Gondor', '.'],
    heads: [2, 0, 2, 2, 6, 2, 2],
    deps: ['nsubj', 'root', 'obj', 'compound:prt', 'case', 'obl', 'punct'],
  });
  assert.deepEqual(triples(coder.code(doc)), ['ARN GON 161']);
});

test('a compound subject with `%` codes the members towards each other', () => {
  // Arnor and Gondor met .
  const doc = makeDoc({
    words: ['Arnor', 'and', 'Gondor', 'met', '.'],
    upos: ['PROPN', 'CCONJ', 'PROPN', 'VERB', 'PUNCT'],
    lemmas: ['Arnor', 'and', 'Gondor', 'meet', '.'],
    heads: [4, 3, 1, 0, 4],
    deps: ['nsubj', 'cc', 'conj', 'root', 'punct'],
  });
  assert.deepEqual(triples(coder.code(doc)), ['ARN GON 043', 'GON ARN 043']);
});

test('`+` before and `$` after the verb override the default roles', () => {
  // Rohan was freed from Mordor .
  const doc = makeDoc({
    words: ['Rohan', 'was', 'freed', 'from', 'Mordor', '.'],
    upos: ['PROPN', 'AUX', 'VERB', 'ADP', 'PROPN', 'PUNCT'],
    lemmas: ['Rohan', 'be', 'free', 'from', 'Mordor', '.'],
    heads: [3, 3, 0, 5, 3, 3],
    deps: ['nsubj:pass', 'aux:pass', 'root', 'case', 'obl', 'punct'],
  });
  assert.deepEqual(triples(coder.code(doc)), ['MOR ROH 067']);
});

test('xcomp: the embedded verb decides, with the controller as source; negation is kept and marked', () => {
  // Arnor agreed to restore ties with Gondor .
  const doc = makeDoc({
    words: ['Arnor', 'agreed', 'to', 'restore', 'ties', 'with', 'Gondor', '.'],
    upos: ['PROPN', 'VERB', 'PART', 'VERB', 'NOUN', 'ADP', 'PROPN', 'PUNCT'],
    lemmas: ['Arnor', 'agree', 'to', 'restore', 'tie', 'with', 'Gondor', '.'],
    heads: [2, 0, 4, 2, 4, 7, 4, 2],
    deps: ['nsubj', 'root', 'mark', 'xcomp', 'obj', 'case', 'obl', 'punct'],
  });
  assert.deepEqual(triples(coder.code(doc)), ['ARN GON 065']);
  // Arnor did not attack Gondor .
  const neg = makeDoc({
    words: ['Arnor', 'did', 'not', 'attack', 'Gondor', '.'],
    upos: ['PROPN', 'AUX', 'PART', 'VERB', 'PROPN', 'PUNCT'],
    lemmas: ['Arnor', 'do', 'not', 'attack', 'Gondor', '.'],
    heads: [4, 4, 4, 0, 4, 4],
    deps: ['nsubj', 'aux', 'advmod', 'root', 'obj', 'punct'],
  });
  assert.deepEqual(triples(coder.code(neg)), ['ARN GON 190 neg']);
});

test('require_dyad drops target-less events unless turned off; `---` codes nothing', () => {
  // The elves attacked .  /  Arnor said .
  const doc = makeDoc(
    {
      words: ['The', 'elves', 'attacked', '.'],
      upos: ['DET', 'NOUN', 'VERB', 'PUNCT'],
      lemmas: ['the', 'elf', 'attack', '.'],
      heads: [2, 3, 0, 3],
      deps: ['det', 'nsubj', 'root', 'punct'],
    },
    {
      words: ['Arnor', 'said', 'Gondor', '.'],
      upos: ['PROPN', 'VERB', 'PROPN', 'PUNCT'],
      lemmas: ['Arnor', 'say', 'Gondor', '.'],
      heads: [2, 0, 2, 2],
      deps: ['nsubj', 'root', 'obj', 'punct'],
    },
  );
  assert.deepEqual(coder.code(doc), []);
  const loose = createCoder({ verbs, actors, options: { requireDyad: false } });
  const ev = loose.code(doc);
  assert.deepEqual(triples(ev), ['ELF --- 190']);
  assert.equal(ev[0].sentence, 0);
});

test('a dictionary verb the tagger missed after a modal is still coded, with linear roles', () => {
  // Arnor will attack Gondor .  (attack mis-tagged NOUN, parse garbled)
  const doc = makeDoc({
    words: ['Arnor', 'will', 'attack', 'Gondor', '.'],
    upos: ['PROPN', 'AUX', 'NOUN', 'PROPN', 'PUNCT'],
    xpos: ['NNP', 'MD', 'NN', 'NNP', '.'],
    heads: [4, 4, 4, 0, 4],
    deps: ['compound', 'aux', 'compound', 'root', 'punct'],
  });
  assert.deepEqual(triples(coder.code(doc)), ['ARN GON 190']);
  // Without the modal the noun stays a noun: "the Arnor attack on Gondor" codes nothing.
  const noun = makeDoc({
    words: ['the', 'Arnor', 'attack', 'on', 'Gondor'],
    upos: ['DET', 'PROPN', 'NOUN', 'ADP', 'PROPN'],
    heads: [3, 3, 0, 5, 3],
    deps: ['det', 'compound', 'root', 'case', 'nmod'],
  });
  assert.deepEqual(coder.code(noun), []);
});

test('an active participle modifying a noun takes the noun as its subject', () => {
  // Arnor attacked Gondor . parsed as "Arnor [attacked Gondor]" (acl with an object)
  const doc = makeDoc({
    words: ['Arnor', 'attacked', 'Gondor', '.'],
    upos: ['PROPN', 'VERB', 'PROPN', 'PUNCT'],
    lemmas: ['Arnor', 'attack', 'Gondor', '.'],
    heads: [0, 1, 2, 1],
    deps: ['root', 'acl', 'obj', 'punct'],
  });
  assert.deepEqual(triples(coder.code(doc)), ['ARN GON 190']);
});

test('the leftmost actor of a phrase wins; shared modifiers reach every conjunct', () => {
  const acts = fakeActors({ 'arnor prime minister': 'ARNGOV', romen: 'ROM', gondor: 'GON', 'rohan army': 'ROHMIL', mordor: 'MOR', elves: '---ELF' });
  const c = createCoder({ verbs, actors: acts });
  // Arnor Prime Minister Romen attacked Gondor .
  const doc = makeDoc({
    words: ['Arnor', 'Prime', 'Minister', 'Romen', 'attacked', 'Gondor', '.'],
    upos: ['PROPN', 'PROPN', 'PROPN', 'PROPN', 'VERB', 'PROPN', 'PUNCT'],
    lemmas: ['Arnor', 'Prime', 'Minister', 'Romen', 'attack', 'Gondor', '.'],
    heads: [4, 3, 4, 5, 0, 5, 5],
    deps: ['compound', 'compound', 'compound', 'nsubj', 'root', 'obj', 'punct'],
  });
  assert.deepEqual(triples(c.code(doc)), ['ARNGOV GON 190']);
  // Rohan army and elves attacked Mordor .  -> the elves get Rohan's country
  const doc2 = makeDoc({
    words: ['Rohan', 'army', 'and', 'elves', 'attacked', 'Mordor', '.'],
    upos: ['PROPN', 'NOUN', 'CCONJ', 'NOUN', 'VERB', 'PROPN', 'PUNCT'],
    lemmas: ['Rohan', 'army', 'and', 'elf', 'attack', 'Mordor', '.'],
    heads: [2, 5, 4, 2, 0, 5, 5],
    deps: ['compound', 'nsubj', 'cc', 'conj', 'root', 'obj', 'punct'],
  });
  assert.deepEqual(triples(c.code(doc2)), ['ROHELF MOR 190', 'ROHMIL MOR 190']);
});

test('a pronoun subject stands for the governing clause source', () => {
  // Arnor said it attacked Gondor .
  const doc = makeDoc({
    words: ['Arnor', 'said', 'it', 'attacked', 'Gondor', '.'],
    upos: ['PROPN', 'VERB', 'PRON', 'VERB', 'PROPN', 'PUNCT'],
    lemmas: ['Arnor', 'say', 'it', 'attack', 'Gondor', '.'],
    heads: [2, 0, 4, 2, 4, 2],
    deps: ['nsubj', 'root', 'nsubj', 'ccomp', 'obj', 'punct'],
  });
  assert.deepEqual(triples(coder.code(doc)), ['ARN GON 190']);
});

test('a verb used as a word of another verb pattern is not coded again; ( ) needs a real preposition', () => {
  // Arnor wants to attack Gondor .
  const doc = makeDoc({
    words: ['Arnor', 'wants', 'to', 'attack', 'Gondor', '.'],
    upos: ['PROPN', 'VERB', 'PART', 'VERB', 'PROPN', 'PUNCT'],
    lemmas: ['Arnor', 'want', 'to', 'attack', 'Gondor', '.'],
    heads: [2, 0, 4, 2, 4, 2],
    deps: ['nsubj', 'root', 'mark', 'xcomp', 'obj', 'punct'],
  });
  assert.deepEqual(triples(coder.code(doc)), ['ARN GON 138']);
  // Arnor wants Gondor to hold talks .  -> "to" is infinitival: (TO TALKS) must not match
  const doc2 = makeDoc({
    words: ['Arnor', 'wants', 'Gondor', 'to', 'hold', 'talks', '.'],
    upos: ['PROPN', 'VERB', 'PROPN', 'PART', 'VERB', 'NOUN', 'PUNCT'],
    lemmas: ['Arnor', 'want', 'Gondor', 'to', 'hold', 'talk', '.'],
    heads: [2, 0, 2, 5, 2, 5, 2],
    deps: ['nsubj', 'root', 'obj', 'mark', 'xcomp', 'obj', 'punct'],
  });
  assert.deepEqual(coder.code(doc2), []);
  // Arnor wants Gondor back to talks .  -> a preposition: it matches
  const doc3 = makeDoc({
    words: ['Arnor', 'wants', 'Gondor', 'back', 'to', 'talks', '.'],
    upos: ['PROPN', 'VERB', 'PROPN', 'ADV', 'ADP', 'NOUN', 'PUNCT'],
    lemmas: ['Arnor', 'want', 'Gondor', 'back', 'to', 'talk', '.'],
    heads: [2, 0, 2, 2, 6, 2, 2],
    deps: ['nsubj', 'root', 'obj', 'advmod', 'case', 'obl', 'punct'],
  });
  assert.deepEqual(triples(coder.code(doc3)), ['ARN GON 036']);
});

test('new_actor_length codes short unknown noun phrases as quoted new actors', () => {
  // The river council attacked the Ministry of Fog on Monday .
  const doc = makeDoc({
    words: ['The', 'river', 'council', 'attacked', 'the', 'Ministry', 'of', 'Fog', 'on', 'Monday', '.'],
    upos: ['DET', 'NOUN', 'NOUN', 'VERB', 'DET', 'PROPN', 'ADP', 'PROPN', 'ADP', 'PROPN', 'PUNCT'],
    lemmas: ['the', 'river', 'council', 'attack', 'the', 'Ministry', 'of', 'Fog', 'on', 'Monday', '.'],
    heads: [3, 3, 4, 0, 6, 4, 8, 6, 10, 6, 4],
    deps: ['det', 'compound', 'nsubj', 'root', 'det', 'obj', 'case', 'nmod', 'case', 'nmod', 'punct'],
  });
  assert.deepEqual(coder.code(doc), []);
  const c4 = createCoder({ verbs, actors, options: { newActorLength: 4 } });
  assert.deepEqual(triples(c4.code(doc)), ['"THE RIVER COUNCIL" "THE MINISTRY OF FOG" 190']);
  const c3 = createCoder({ verbs, actors, options: { newActorLength: 3 } });
  assert.deepEqual(c3.code(doc), []);
});

test('parse repairs: adjectival passive, by-agent under an adverb, verb after "and" hung on a noun', () => {
  // Rohan was freed from Mordor .  ("freed" tagged ADJ with a copula)
  const adj = makeDoc({
    words: ['Rohan', 'was', 'freed', 'from', 'Mordor', '.'],
    upos: ['PROPN', 'AUX', 'ADJ', 'ADP', 'PROPN', 'PUNCT'],
    heads: [3, 3, 0, 5, 3, 3],
    deps: ['nsubj', 'cop', 'root', 'case', 'obl', 'punct'],
  });
  assert.deepEqual(triples(coder.code(adj)), ['MOR ROH 067']);
  // Gondor was attacked later by Arnor .
  const adv = makeDoc({
    words: ['Gondor', 'was', 'attacked', 'later', 'by', 'Arnor', '.'],
    upos: ['PROPN', 'AUX', 'VERB', 'ADV', 'ADP', 'PROPN', 'PUNCT'],
    lemmas: ['Gondor', 'be', 'attack', 'later', 'by', 'Arnor', '.'],
    heads: [3, 3, 0, 3, 6, 4, 3],
    deps: ['nsubj:pass', 'aux:pass', 'root', 'advmod', 'case', 'obl', 'punct'],
  });
  assert.deepEqual(triples(coder.code(adv)), ['ARN GON 190']);
  // Arnor met Rohan and attacked Mordor .  ("attacked" parsed as amod of Mordor)
  const and = makeDoc({
    words: ['Arnor', 'met', 'Rohan', 'and', 'attacked', 'Mordor', '.'],
    upos: ['PROPN', 'VERB', 'PROPN', 'CCONJ', 'VERB', 'PROPN', 'PUNCT'],
    lemmas: ['Arnor', 'meet', 'Rohan', 'and', 'attack', 'Mordor', '.'],
    heads: [2, 0, 2, 6, 6, 2, 2],
    deps: ['nsubj', 'root', 'obj', 'cc', 'amod', 'obj', 'punct'],
  });
  assert.deepEqual(triples(coder.code(and)), ['ARN MOR 190', 'ARN ROH 040', 'ROH ARN 041']);
});

test('a reporting clause speaker is neither an argument conjunct nor a fallback target', () => {
  // Arnor attacked in the north , an elf official said .  (official parsed as conj of north)
  const acts = fakeActors({ arnor: 'ARN', 'elf official': 'ELFGOV' });
  const loose = createCoder({ verbs, actors: acts, options: { requireDyad: false } });
  const doc = makeDoc({
    words: ['Arnor', 'attacked', 'in', 'the', 'north', ',', 'an', 'elf', 'official', 'said', '.'],
    upos: ['PROPN', 'VERB', 'ADP', 'DET', 'NOUN', 'PUNCT', 'DET', 'NOUN', 'NOUN', 'VERB', 'PUNCT'],
    lemmas: ['Arnor', 'attack', 'in', 'the', 'north', ',', 'a', 'elf', 'official', 'say', '.'],
    heads: [2, 0, 5, 5, 2, 9, 9, 9, 5, 9, 2],
    deps: ['nsubj', 'root', 'case', 'det', 'obl', 'punct', 'det', 'compound', 'conj', 'acl', 'punct'],
  });
  assert.deepEqual(triples(loose.code(doc)), ['ARN --- 190']);
});

test('an agent-only conjunct takes the country of a composed conjunct, not of a bare country', () => {
  const acts = fakeActors({ lawmakers: '---LEG', 'officials in arnor': 'ARNGOV', gondor: 'GON', rebels: '---REB', mordor: 'MOR' });
  const c = createCoder({ verbs, actors: acts });
  // Lawmakers and officials in Arnor attacked Mordor .
  const doc = makeDoc({
    words: ['Lawmakers', 'and', 'officials', 'in', 'Arnor', 'attacked', 'Mordor', '.'],
    upos: ['NOUN', 'CCONJ', 'NOUN', 'ADP', 'PROPN', 'VERB', 'PROPN', 'PUNCT'],
    lemmas: ['lawmaker', 'and', 'official', 'in', 'Arnor', 'attack', 'Mordor', '.'],
    heads: [6, 3, 1, 5, 3, 0, 6, 6],
    deps: ['nsubj', 'cc', 'conj', 'case', 'nmod', 'root', 'obj', 'punct'],
  });
  assert.deepEqual(triples(c.code(doc)), ['ARNGOV MOR 190', 'ARNLEG MOR 190']);
  // Gondor and rebels attacked Mordor .
  const doc2 = makeDoc({
    words: ['Gondor', 'and', 'rebels', 'attacked', 'Mordor', '.'],
    upos: ['PROPN', 'CCONJ', 'NOUN', 'VERB', 'PROPN', 'PUNCT'],
    lemmas: ['Gondor', 'and', 'rebel', 'attack', 'Mordor', '.'],
    heads: [4, 3, 1, 0, 4, 4],
    deps: ['nsubj', 'cc', 'conj', 'root', 'obj', 'punct'],
  });
  assert.deepEqual(triples(c.code(doc2)), ['---REB MOR 190', 'GON MOR 190']);
});

test('a bare country possessor of an agent-only noun composes with it', () => {
  const acts = fakeActors({ arnor: 'ARN', minister: '---GOV', gondor: 'GON' });
  const c = createCoder({ verbs, actors: acts });
  // Arnor 's fierce minister attacked Gondor .
  const doc = makeDoc({
    words: ['Arnor', "'s", 'fierce', 'minister', 'attacked', 'Gondor', '.'],
    upos: ['PROPN', 'PART', 'ADJ', 'NOUN', 'VERB', 'PROPN', 'PUNCT'],
    lemmas: ['Arnor', "'s", 'fierce', 'minister', 'attack', 'Gondor', '.'],
    heads: [4, 1, 4, 5, 0, 5, 5],
    deps: ['nmod:poss', 'case', 'amod', 'nsubj', 'root', 'obj', 'punct'],
  });
  assert.deepEqual(triples(c.code(doc)), ['ARNGOV GON 190']);
});

test('comma rules drop the verbs and actors of clauses in the configured length ranges', () => {
  // Arnor attacked Gondor , Rohan said .  -> the end clause (2 words) is dropped when emin..emax covers it
  const doc = makeDoc({
    words: ['Arnor', 'attacked', 'Gondor', ',', 'Rohan', 'met', 'Mordor', '.'],
    upos: ['PROPN', 'VERB', 'PROPN', 'PUNCT', 'PROPN', 'VERB', 'PROPN', 'PUNCT'],
    lemmas: ['Arnor', 'attack', 'Gondor', ',', 'Rohan', 'meet', 'Mordor', '.'],
    heads: [2, 0, 2, 6, 6, 2, 6, 2],
    deps: ['nsubj', 'root', 'obj', 'punct', 'nsubj', 'parataxis', 'obj', 'punct'],
  });
  assert.deepEqual(triples(coder.code(doc)), ['ARN GON 190', 'MOR ROH 041', 'ROH MOR 040']);
  const off = { min: 0, max: 0, bmin: 0, bmax: 0, emin: 0, emax: 0 };
  const c = createCoder({ verbs, actors, options: { commas: { ...off, emin: 2, emax: 4 } } });
  assert.deepEqual(triples(c.code(doc)), ['ARN GON 190']);
  const c2 = createCoder({ verbs, actors, options: { commas: { ...off, emin: 4, emax: 6 } } });
  assert.equal(c2.code(doc).length, 3);
});

test('repairs: subject misparsed as the object of the verb before, verbless root verb word', () => {
  // Arnor indicated it would attack Gondor .  ("it" parsed as object of "indicated")
  const doc = makeDoc({
    words: ['Arnor', 'indicated', 'it', 'would', 'attack', 'Gondor', '.'],
    upos: ['PROPN', 'VERB', 'PRON', 'AUX', 'VERB', 'PROPN', 'PUNCT'],
    xpos: ['NNP', 'VBD', 'PRP', 'MD', 'VB', 'NNP', '.'],
    lemmas: ['Arnor', 'indicate', 'it', 'would', 'attack', 'Gondor', '.'],
    heads: [2, 0, 2, 5, 2, 5, 2],
    deps: ['nsubj', 'root', 'obj', 'aux', 'advcl', 'obj', 'punct'],
  });
  assert.deepEqual(triples(coder.code(doc)), ['ARN GON 190']);
  // Arnor attack on Gondor  (headline: the verb word is a NOUN root)
  const head = makeDoc({
    words: ['Arnor', 'attack', 'on', 'Gondor'],
    upos: ['PROPN', 'NOUN', 'ADP', 'PROPN'],
    heads: [2, 0, 4, 2],
    deps: ['compound', 'root', 'case', 'nmod'],
  });
  assert.deepEqual(triples(coder.code(head)), ['ARN GON 190']);
});

// Compact hand parses: one "form UPOS XPOS head deprel [lemma]" row per token.
const rows = (...lines: string[]) => {
  const t = lines.map((l) => l.trim().split(/\s+/));
  return makeDoc({
    words: t.map((r) => r[0]),
    upos: t.map((r) => r[1]),
    xpos: t.map((r) => r[2]),
    heads: t.map((r) => Number(r[3])),
    deps: t.map((r) => r[4]),
    lemmas: t.map((r) => r[5] ?? r[0].toLowerCase()),
  });
};

const REPAIR_VERBS = `
--- ATTACK [190] ---
ATTACK
--- DEPART [032] ---
DEPART
- * FROM + [033]
--- WELCOME [041] ---
WELCOME
--- OUST [201] ---
OUST
--- CONDEMN [122] ---
CONDEMN
--- SAY [010] ---
SAY {SAID}
--- PROMISE [030] ---
PROMISE
- * TO RELEASE [0353]
--- SEND [070] ---
SEND {SENT}
--- RELEASE [0841] ---
RELEASE
--- DEMAND [100] ---
DEMAND
--- PULL [080] ---
PULL
+PULL OUT [0874]
+PULL OUT OF [0875]
--- PUT [080] ---
PUT
+PUT_OUT [0876]
`;
const rcoder = createCoder({ verbs: compileVerbDictionary([{ file: 'r.txt', text: REPAIR_VERBS }]), actors });

test('repair: a past verb hung as acl on a noun root, with an object, is the main verb', () => {
  // Arnor troops attacked Gondor .  (tagger: VBN, parser: troops = root, attacked = acl)
  const doc = rows(
    'Arnor PROPN NNP 2 compound',
    'troops NOUN NNS 0 root',
    'attacked VERB VBN 2 acl attack',
    'Gondor PROPN NNP 3 xcomp',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(rcoder.code(doc)), ['ARN GON 190']);
  // With an auxiliary it stays a modifier ("troops having attacked ...") — no rescue by this rule,
  // and a passive subject with an object but no passive auxiliary is an active subject.
  const act = rows('Arnor PROPN NNP 2 nsubj:pass', 'attacked VERB VBN 0 root attack', 'Gondor PROPN NNP 2 obj', '. PUNCT . 2 punct');
  assert.deepEqual(triples(rcoder.code(act)), ['ARN GON 190']);
});

test('repair: "A and B VERB" with the verb hung on A codes both subjects', () => {
  // Arnor and the awful Gondor welcomed talks with Rohan , the agency said .
  const doc = rows(
    'Arnor PROPN NNP 14 nsubj',
    'and CCONJ CC 6 cc',
    'the DET DT 6 nsubj',
    'awful ADJ JJ 6 advcl',
    'Gondor PROPN NNP 6 nsubj',
    'welcomed VERB VBD 1 conj welcome',
    'talks NOUN NNS 6 obj talk',
    'with ADP IN 9 case',
    'Rohan PROPN NNP 7 nmod',
    ', PUNCT , 12 punct',
    'the DET DT 12 det',
    'agency NOUN NN 14 nsubj',
    'x X X 14 dep',
    'said VERB VBD 0 root say',
    '. PUNCT . 14 punct',
  );
  // Fix the fixture: 'and' hangs on the verb, before its subject (as the parser did).
  doc.head[1] = 5;
  assert.deepEqual(triples(rcoder.code(doc)), ['ARN ROH 041', 'GON ROH 041']);
});

test('repair: a finite verb after "and" hung on a noun is a conjunct of the verb before', () => {
  // Arnor condemned an attack by Gondor and ousted Rohan officials .
  const doc = rows(
    'Arnor PROPN NNP 2 nsubj',
    'condemned VERB VBD 0 root condemn',
    'an DET DT 4 det',
    'attack NOUN NN 2 obj',
    'by ADP IN 6 case',
    'Gondor PROPN NNP 4 nmod',
    'and CCONJ CC 8 cc',
    'ousted VERB VBN 6 acl:relcl oust',
    'Rohan PROPN NNP 10 compound',
    'officials NOUN NNS 8 obj official',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(rcoder.code(doc)), ['ARN GON 122', 'ARN ROH 201']);
});

test('repair: a verb form tagged as a noun after the first actor, before a subordinated root', () => {
  // Arnor departs from Gondor after crowds attacked .  (departs = NOUN, root = attacked)
  const doc = rows(
    'Arnor PROPN NNP 2 compound',
    'departs NOUN NNS 7 nsubj depart',
    'from ADP IN 4 case',
    'Gondor PROPN NNP 2 nmod',
    'after SCONJ IN 7 mark',
    'crowds NOUN NNS 7 nsubj crowd',
    'attacked VERB VBD 0 root attack',
    '. PUNCT . 7 punct',
  );
  assert.deepEqual(triples(rcoder.code(doc)), ['ARN GON 033']);
  // A misspelt form the lemmatiser maps onto a dictionary verb is not that verb.
  const typo = rows('Arnor PROPN NNP 2 nsubj', 'departes VERB VBZ 0 root depart', 'from ADP IN 4 case', 'Gondor PROPN NNP 2 obl', '. PUNCT . 2 punct');
  assert.deepEqual(triples(rcoder.code(typo)), []);
});

test('repair: a noun root with its own subject lost its verb to a modifier between them', () => {
  // Arnor troops attacked Gondor rebels .  (attacked = amod of the root "rebels")
  const doc = rows(
    'Arnor PROPN NNP 2 compound',
    'troops NOUN NNS 5 nsubj',
    'attacked VERB VBN 5 amod attack',
    'Gondor PROPN NNP 5 compound',
    'rebels NOUN NNS 0 root rebel',
    '. PUNCT . 5 punct',
  );
  assert.deepEqual(triples(rcoder.code(doc)), ['ARN GON 190']);
  // The same with the verb tagged as a preposition ("attacked/ADP").
  const adp = rows(
    'Arnor PROPN NNP 2 compound',
    'troops NOUN NNS 5 nsubj',
    'attacked ADP IN 5 case',
    'Gondor PROPN NNP 5 compound',
    'rebels NOUN NNS 0 root rebel',
    '. PUNCT . 5 punct',
  );
  assert.deepEqual(triples(rcoder.code(adp)), ['ARN GON 190']);
});

test('repair: a passive verb\'s "by" phrase hung on the reporting verb is its agent', () => {
  // Arnor troops were attacked by Gondor , Rohan said .
  const doc = rows(
    'Arnor PROPN NNP 2 compound',
    'troops NOUN NNS 4 nsubj:pass',
    'were AUX VBD 4 aux:pass',
    'attacked VERB VBN 9 csubj attack',
    'by ADP IN 9 mark',
    'Gondor PROPN NNP 9 obl:unmarked',
    ', PUNCT , 8 punct',
    'Rohan PROPN NNP 9 nsubj',
    'said VERB VBD 0 root say',
    '. PUNCT . 9 punct',
  );
  assert.deepEqual(triples(rcoder.code(doc)), ['GON ARN 190']);
});

test('a denial leaves what it denies uncoded', () => {
  const DENY = '--- DENY [016] ---\nDENY\n--- ATTACK [190] ---\nATTACK\n';
  const c = createCoder({ verbs: compileVerbDictionary([{ file: 'd.txt', text: DENY }]), actors });
  // Arnor denied it had attacked Gondor .
  const doc = rows(
    'Arnor PROPN NNP 2 nsubj',
    'denied VERB VBD 0 root deny',
    'it PRON PRP 5 nsubj',
    'had AUX VBD 5 aux',
    'attacked VERB VBN 2 ccomp attack',
    'Gondor PROPN NNP 5 obj',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(c.code(doc)), ['ARN GON 016']);
});

test('competing multiword verbs: the longest matched span wins', () => {
  // Arnor pulled out of Gondor .  (PULL OUT and PULL OUT OF both match)
  const doc = rows('Arnor PROPN NNP 2 nsubj', 'pull VERB VB 0 root', 'out ADP RP 2 compound:prt', 'of ADP IN 5 case', 'Gondor PROPN NNP 2 obl', '. PUNCT . 2 punct');
  assert.deepEqual(triples(rcoder.code(doc)), ['ARN GON 0875']);
});

test('an act promised, demanded or said to be future is not coded beside the governing event', () => {
  // Arnor said it would send troops to Gondor .  -> one event: the intent to send aid (033)
  const said = rows(
    'Arnor PROPN NNP 2 nsubj',
    'said VERB VBD 0 root say',
    'it PRON PRP 5 nsubj',
    'would AUX MD 5 aux',
    'send VERB VB 2 ccomp',
    'troops NOUN NNS 5 obj troop',
    'to ADP IN 8 case',
    'Gondor PROPN NNP 5 obl',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(rcoder.code(said)), ['ARN GON 033']);
  // Without the modal the sending is reported as done: both events.
  const done = rows(
    'Arnor PROPN NNP 2 nsubj',
    'said VERB VBD 0 root say',
    'it PRON PRP 4 nsubj',
    'sent VERB VBD 2 ccomp send',
    'troops NOUN NNS 4 obj troop',
    'to ADP IN 7 case',
    'Gondor PROPN NNP 4 obl',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(rcoder.code(done)), ['ARN GON 010', 'ARN GON 070']);
  // Arnor demanded that Gondor release Rohan .  -> the demand only, for release (1053)
  const demand = rows(
    'Arnor PROPN NNP 2 nsubj',
    'demanded VERB VBD 0 root demand',
    'that SCONJ IN 5 mark',
    'Gondor PROPN NNP 5 nsubj',
    'release VERB VB 2 ccomp',
    'Rohan PROPN NNP 5 obj',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(rcoder.code(demand)), ['ARN GON 1053']);
});

const REQUEST_VERBS = `
--- URGE [020] ---
URGE
+CALL_ON {+CALLED_ON}
- * &TIES [022]
--- DEMAND [100] ---
DEMAND
PRESS
--- SAY [010] ---
SAY {SAID}
TELL {TOLD}
--- RELEASE [0841] ---
RELEASE
--- DISARM [0873] ---
DISARM
--- ATTACK [190] ---
ATTACK
--- RESTORE [064] ---
RESTORE
&TIES
+TIES
`;
const qcoder = createCoder({ verbs: compileVerbDictionary([{ file: 'q.txt', text: REQUEST_VERBS }]), actors });

test('a request codes the appeal or demand to its addressee; what is asked for picks the sub-code', () => {
  // Arnor urged Gondor to disarm Rohan .  -> an appeal for de-escalation, not Gondor's disarming
  const urged = rows(
    'Arnor PROPN NNP 2 nsubj',
    'urged VERB VBD 0 root urge',
    'Gondor PROPN NNP 2 obj',
    'to PART TO 5 mark',
    'disarm VERB VB 2 xcomp',
    'Rohan PROPN NNP 5 obj',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(qcoder.code(urged)), ['ARN GON 0256']);
  // Arnor called on Gondor to release Rohan .  (infinitive misparsed as advcl, addressee an obl)
  const called = rows(
    'Arnor PROPN NNP 2 nsubj',
    'called VERB VBD 0 root call',
    'on ADP IN 4 case',
    'Gondor PROPN NNP 2 obl',
    'to PART TO 6 mark',
    'release VERB VB 2 advcl',
    'Rohan PROPN NNP 6 obj',
    '. PUNCT . 2 punct',
  );
  // (A call on someone to release people is a demand, its sub-code from the release: 1053; s16-verbs, the article
  // sets code 10 for 11 of 11 calls on someone to resign, release, hand over or cancel.)
  assert.deepEqual(triples(qcoder.code(called)), ['ARN GON 1053']);
  // Arnor pressed Gondor not to attack Rohan .  -> a demand for de-escalation
  const pressed = rows(
    'Arnor PROPN NNP 2 nsubj',
    'pressed VERB VBD 0 root press',
    'Gondor PROPN NNP 2 obj',
    'not PART RB 6 advmod',
    'to PART TO 6 mark',
    'attack VERB VB 2 advcl',
    'Rohan PROPN NNP 6 obj',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(qcoder.code(pressed)), ['ARN GON 1056']);
  // Arnor told Gondor to release Rohan .  -> telling someone to act is a demand
  const told = rows(
    'Arnor PROPN NNP 2 nsubj',
    'told VERB VBD 0 root tell',
    'Gondor PROPN NNP 2 obj',
    'to PART TO 5 mark',
    'release VERB VB 2 xcomp',
    'Rohan PROPN NNP 5 obj',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(qcoder.code(told)), ['ARN GON 1053']);
  // Arnor told Gondor it released Rohan .  -> a statement and a reported act, no request
  const stated = rows(
    'Arnor PROPN NNP 2 nsubj',
    'told VERB VBD 0 root tell',
    'Gondor PROPN NNP 2 obj',
    'it PRON PRP 5 nsubj',
    'released VERB VBD 2 ccomp release',
    'Rohan PROPN NNP 5 obj',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(qcoder.code(stated)), ['ARN GON 010', 'ARN ROH 0841']);
});

test('a request whose own pattern is specific keeps it; an attack asked for is a plain appeal', () => {
  // Arnor urged Gondor to restore ties with Rohan .  -> the URGE pattern (022) stands
  const ties = rows(
    'Arnor PROPN NNP 2 nsubj',
    'urged VERB VBD 0 root urge',
    'Gondor PROPN NNP 2 obj',
    'to PART TO 5 mark',
    'restore VERB VB 2 xcomp',
    'ties NOUN NNS 5 obj tie',
    'with ADP IN 8 case',
    'Rohan PROPN NNP 5 obl',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(qcoder.code(ties)), ['ARN GON 022']);
  // Arnor urged Gondor to attack Rohan .
  const attack = rows(
    'Arnor PROPN NNP 2 nsubj',
    'urged VERB VBD 0 root urge',
    'Gondor PROPN NNP 2 obj',
    'to PART TO 5 mark',
    'attack VERB VB 2 xcomp',
    'Rohan PROPN NNP 5 obj',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(qcoder.code(attack)), ['ARN GON 020']);
});

test('the addressee of an uncoded verb of asking is the subject of its infinitive', () => {
  // Arnor persuaded Gondor to attack Rohan .  ("persuade" is no dictionary verb; advcl misparse)
  const doc = rows(
    'Arnor PROPN NNP 2 nsubj',
    'persuaded VERB VBD 0 root persuade',
    'Gondor PROPN NNP 2 obj',
    'to PART TO 5 mark',
    'attack VERB VB 2 advcl',
    'Rohan PROPN NNP 5 obj',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(qcoder.code(doc)), ['GON ROH 190']);
  // Arnor hosted Gondor to attack Rohan .  -> a purpose clause keeps the subject
  const hosted = rows(
    'Arnor PROPN NNP 2 nsubj',
    'hosted VERB VBD 0 root host',
    'Gondor PROPN NNP 2 obj',
    'to PART TO 5 mark',
    'attack VERB VB 2 advcl',
    'Rohan PROPN NNP 5 obj',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(qcoder.code(hosted)), ['ARN ROH 190']);
});

test('pathological parses: 5,000-token sentences with deep chains and head cycles code without throwing', () => {
  const N = 5000;
  const names = ['Arnor', 'Gondor', 'Rohan', 'Mordor'];
  // "Arnor attacked Gondor and Rohan and Mordor and ...": each conjunct hangs on the previous one.
  const words: string[] = ['Arnor', 'attacked'];
  const upos = ['PROPN', 'VERB'];
  const heads = [2, 0];
  const deps = ['nsubj', 'root'];
  for (let i = 2; i < N; i++) {
    const isName = i % 2 === 0;
    words.push(isName ? names[(i / 2) % 4] : 'and');
    upos.push(isName ? 'PROPN' : 'CCONJ');
    heads.push(isName ? (i === 2 ? 2 : i - 1) : i + 2);
    deps.push(isName ? (i === 2 ? 'obj' : 'conj') : 'cc');
  }
  heads[N - 1] = 2; // the last 'and' (no conjunct after it)
  const chain = makeDoc({ words, upos, heads, deps, lemmas: words.map((w) => (w === 'attacked' ? 'attack' : w.toLowerCase())) });
  const ev = rcoder.code(chain);
  assert.ok(ev.some((e) => e.source.code === 'ARN' && e.target?.code === 'GON' && e.cameo === '190'));
  // "attacked to attack to attack ...": a 1,000-token xcomp chain (each of its verbs
  // walks the rest of the chain, which is quadratic).
  const M = 1000;
  const xw: string[] = ['Arnor'];
  const xh = [2];
  const xd = ['nsubj'];
  for (let i = 1; i < M - 1; i++) {
    xw.push(i % 2 === 1 ? 'attack' : 'to');
    xh.push(i === 1 ? 0 : i % 2 === 1 ? i - 1 : i + 2);
    xd.push(i === 1 ? 'root' : i % 2 === 1 ? 'xcomp' : 'mark');
  }
  xw.push('Gondor');
  xh.push(M - 2);
  xd.push('obj');
  const xc = makeDoc({ words: xw, upos: xw.map((w) => (w === 'attack' ? 'VERB' : w === 'to' ? 'PART' : 'PROPN')), heads: xh, deps: xd });
  assert.doesNotThrow(() => rcoder.code(xc));
  // Every token's head is the next one, the last one's the first: one big cycle.
  const cyc = makeDoc({
    words: chain.form.slice(),
    upos,
    heads: words.map((_, i) => (i + 1 < N ? i + 2 : 1)),
    deps: words.map((_, i) => (i % 3 === 0 ? 'conj' : i % 3 === 1 ? 'xcomp' : 'nsubj')),
  });
  assert.doesNotThrow(() => rcoder.code(cyc));
});

const PLACE_VERBS = `
--- MEET [040] ---
MEET {MET}
--- VISIT [042] ---
ARRIVE
--- ARREST [173] ---
ARREST
--- SAY [010] ---
SAY {SAID}
TELL {TOLD}
--- CRITICIZE [111] ---
CRITICIZE
`;
const pactors = fakeActors({
  arnor: 'ARN', gondor: 'GON', rohan: 'ROH', 'arnorian police': 'ARNCOP', police: '---COP', protesters: '---OPP',
  gunmen: '---UAF', reporters: '---MED', 'gondorian officials': 'GONGOV',
});
const pcoder = createCoder({ verbs: compileVerbDictionary([{ file: 'p.txt', text: PLACE_VERBS }]), actors: pactors });

test('a place where it happened yields to a named participant; a coordination there acts with itself', () => {
  // Arnor met in Gondor with Rohan .  -> Rohan, not the venue
  const met = rows(
    'Arnor PROPN NNP 2 nsubj',
    'met VERB VBD 0 root meet',
    'in ADP IN 4 case',
    'Gondor PROPN NNP 2 obl',
    'with ADP IN 6 case',
    'Rohan PROPN NNP 2 obl',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(pcoder.code(met)), ['ARN ROH 040']);
  // Arnor and Rohan met in Gondor .  -> with each other
  const both = rows(
    'Arnor PROPN NNP 4 nsubj',
    'and CCONJ CC 3 cc',
    'Rohan PROPN NNP 1 conj',
    'met VERB VBD 0 root meet',
    'in ADP IN 6 case',
    'Gondor PROPN NNP 4 obl',
    '. PUNCT . 4 punct',
  );
  assert.deepEqual(triples(pcoder.code(both)), ['ARN ROH 040', 'ROH ARN 040']);
  // Arnor criticized closures in Gondor .  -> without anyone else the place stands (PETRARCH)
  const crit = rows(
    'Arnor PROPN NNP 2 nsubj',
    'criticized VERB VBD 0 root criticize',
    'closures NOUN NNS 2 obj closure',
    'in ADP IN 5 case',
    'Gondor PROPN NNP 3 nmod',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(pcoder.code(crit)), ['ARN GON 111']);
  // Arnor arrived in Gondor .  -> a visit goes to its place
  const visit = rows('Arnor PROPN NNP 2 nsubj', 'arrived VERB VBD 0 root arrive', 'in ADP IN 4 case', 'Gondor PROPN NNP 2 obl', '. PUNCT . 2 punct');
  assert.deepEqual(triples(pcoder.code(visit)), ['ARN GON 042']);
});

test('a country-less actor takes the country of its place, of the event place, or of the other actor', () => {
  // Arnorian police arrested protesters .  -> Arnorian protesters
  const own = rows(
    'Arnorian PROPN NNP 2 amod',
    'police NOUN NN 3 nsubj',
    'arrested VERB VBD 0 root arrest',
    'protesters NOUN NNS 3 obj protester',
    '. PUNCT . 3 punct',
  );
  assert.deepEqual(triples(pcoder.code(own)), ['ARNCOP ARNOPP 173']);
  // Police in Gondor arrested protesters .  -> both placed in Gondor
  const inPlace = rows(
    'Police NOUN NN 4 nsubj police',
    'in ADP IN 3 case',
    'Gondor PROPN NNP 1 nmod',
    'arrested VERB VBD 0 root arrest',
    'protesters NOUN NNS 4 obj protester',
    '. PUNCT . 4 punct',
  );
  assert.deepEqual(triples(pcoder.code(inPlace)), ['GONCOP GONOPP 173']);
  // Arnorian police arrested protesters in Gondor .  -> the event's place decides
  const there = rows(
    'Arnorian PROPN NNP 2 amod',
    'police NOUN NN 3 nsubj',
    'arrested VERB VBD 0 root arrest',
    'protesters NOUN NNS 3 obj protester',
    'in ADP IN 6 case',
    'Gondor PROPN NNP 3 obl',
    '. PUNCT . 3 punct',
  );
  assert.deepEqual(triples(pcoder.code(there)), ['ARNCOP GONOPP 173']);
  // Arnor arrested protesters backing Rohan .  -> another state named: no guess
  const other = rows(
    'Arnor PROPN NNP 2 nsubj',
    'arrested VERB VBD 0 root arrest',
    'protesters NOUN NNS 2 obj protester',
    'backing VERB VBG 3 acl back',
    'Rohan PROPN NNP 4 obj',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(pcoder.code(other)), ['ARN ---OPP 173']);
  // Arnorian police arrested gunmen .  -> unidentified armed men stay unknown
  const uaf = rows('Arnorian PROPN NNP 2 amod', 'police NOUN NN 3 nsubj', 'arrested VERB VBD 0 root arrest', 'gunmen NOUN NNS 3 obj gunman', '. PUNCT . 3 punct');
  assert.deepEqual(triples(pcoder.code(uaf)), ['ARNCOP ---UAF 173']);
  // Arnor told reporters ... -> a statement's audience is not placed
  const told = rows('Arnor PROPN NNP 2 nsubj', 'told VERB VBD 0 root tell', 'reporters NOUN NNS 2 obj reporter', '. PUNCT . 2 punct');
  assert.deepEqual(triples(pcoder.code(told)), ['ARN ---MED 010']);
});

test('forces sent are the instrument: the target is where they go; an institution word modifying a thing is no actor', () => {
  const FORCE = '--- DEPLOY [154] ---\nDEPLOY\n--- SUSPEND [162] ---\nSUSPEND\n--- ARREST [173] ---\nARREST\n';
  const c = createCoder({
    verbs: compileVerbDictionary([{ file: 'f.txt', text: FORCE }]),
    actors: fakeActors({ arnor: 'ARN', gondor: 'GON', rohan: 'ROH', troops: '---MIL', military: '---MIL', people: '---CVL', 'arnorian police': 'ARNCOP' }),
  });
  // Arnor deployed troops to Gondor .
  const deployed = rows(
    'Arnor PROPN NNP 2 nsubj',
    'deployed VERB VBD 0 root deploy',
    'troops NOUN NNS 2 obj troop',
    'to ADP IN 5 case',
    'Gondor PROPN NNP 2 obl',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(c.code(deployed)), ['ARN GON 154']);
  // Arnor suspended military aid to Gondor .  ("to Gondor" inside the object)
  const aid = rows(
    'Arnor PROPN NNP 2 nsubj',
    'suspended VERB VBD 0 root suspend',
    'military ADJ JJ 4 amod',
    'aid NOUN NN 2 obj',
    'to ADP IN 6 case',
    'Gondor PROPN NNP 4 nmod',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(c.code(aid)), ['ARN GON 162']);
  // Arnorian police arrested people who backed Rohan .  -> police act at home: Arnorian people
  const home = rows(
    'Arnorian PROPN NNP 2 amod',
    'police NOUN NN 3 nsubj',
    'arrested VERB VBD 0 root arrest',
    'people NOUN NNS 3 obj person',
    'who PRON WP 6 nsubj',
    'backed VERB VBD 4 acl:relcl back',
    'Rohan PROPN NNP 6 obj',
    '. PUNCT . 3 punct',
  );
  assert.deepEqual(triples(c.code(home)), ['ARNCOP ARNCVL 173']);
});

test('a weapon with no named user stands for an unidentified attacker; a passive subject is the target', () => {
  const BOMB = '&CAR_BOMB\n+CAR_BOMB\n+CAR_BOMBS\n--- KILL [190] ---\nKILL {KILLED}\n- &CAR_BOMB * [1832]\n';
  const c = createCoder({
    verbs: compileVerbDictionary([{ file: 'b.txt', text: BOMB }]),
    actors: fakeActors({ arnor: 'ARN', gondor: 'GON', arnorian: 'ARN', 'gondorian soldiers': 'GONMIL' }),
  });
  // A car bomb killed Gondorian soldiers .
  const active = rows(
    'A DET DT 3 det a',
    'car NOUN NN 3 compound',
    'bomb NOUN NN 4 nsubj',
    'killed VERB VBD 0 root kill',
    'Gondorian ADJ JJ 6 amod',
    'soldiers NOUN NNS 4 obj soldier',
    '. PUNCT . 4 punct',
  );
  assert.deepEqual(triples(c.code(active)), ['---UAF GONMIL 1832']);
  // Arnorian car bombs killed Gondorian soldiers .  -> the user is named
  const named = rows(
    'Arnorian ADJ JJ 3 amod',
    'car NOUN NN 3 compound',
    'bombs NOUN NNS 4 nsubj bomb',
    'killed VERB VBD 0 root kill',
    'Gondorian ADJ JJ 6 amod',
    'soldiers NOUN NNS 4 obj soldier',
    '. PUNCT . 4 punct',
  );
  assert.deepEqual(triples(c.code(named)), ['ARN GONMIL 1832']);
  // Gondor was killed by a bomb .  -> not Gondor against itself: an unidentified attacker
  const passive = rows(
    'Gondor PROPN NNP 3 nsubj:pass',
    'was AUX VBD 3 aux:pass be',
    'killed VERB VBN 0 root kill',
    'by ADP IN 6 case',
    'a DET DT 6 det',
    'bomb NOUN NN 3 obl:agent',
    '. PUNCT . 3 punct',
  );
  assert.deepEqual(triples(c.code(passive)), ['---UAF GON 190']);
  // Gondor was killed in an attack .  -> the attack's user
  const inAttack = rows(
    'Gondor PROPN NNP 3 nsubj:pass',
    'was AUX VBD 3 aux:pass be',
    'killed VERB VBN 0 root kill',
    'in ADP IN 6 case',
    'an DET DT 6 det',
    'attack NOUN NN 3 obl',
    '. PUNCT . 3 punct',
  );
  assert.deepEqual(triples(c.code(inAttack)), ['---UAF GON 190']);
});

test('an act an actor says it will do, or is ready to do, is its intent (03) instead of a statement', () => {
  const INT = '--- SAY [010] ---\nSAY {SAID}\n--- MEET [040] ---\nMEET\n--- ATTACK [190] ---\nATTACK\n';
  const c = createCoder({ verbs: compileVerbDictionary([{ file: 'i.txt', text: INT }]), actors });
  // Arnor said it would meet Gondor .
  const would = rows(
    'Arnor PROPN NNP 2 nsubj',
    'said VERB VBD 0 root say',
    'it PRON PRP 5 nsubj',
    'would AUX MD 5 aux',
    'meet VERB VB 2 ccomp',
    'Gondor PROPN NNP 5 obj',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(c.code(would)), ['ARN GON 036']);
  // Arnor said it was ready to meet Gondor .
  const ready = rows(
    'Arnor PROPN NNP 2 nsubj',
    'said VERB VBD 0 root say',
    'it PRON PRP 5 nsubj',
    'was AUX VBD 5 cop be',
    'ready ADJ JJ 2 ccomp',
    'to PART TO 7 mark',
    'meet VERB VB 5 xcomp',
    'Gondor PROPN NNP 7 obj',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(c.code(ready)), ['ARN GON 036']);
  // Arnor said it would attack Gondor .  -> a conflict act is no intent to cooperate: the statement,
  // and, as the speaker's own side will do it, its threat of force (138)
  const attack = rows(
    'Arnor PROPN NNP 2 nsubj',
    'said VERB VBD 0 root say',
    'it PRON PRP 5 nsubj',
    'would AUX MD 5 aux',
    'attack VERB VB 2 ccomp',
    'Gondor PROPN NNP 5 obj',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(c.code(attack)), ['ARN GON 010', 'ARN GON 138']);
  // Arnor said it would not meet Gondor .  -> a refusal to meet (125)
  const refuse = rows(
    'Arnor PROPN NNP 2 nsubj',
    'said VERB VBD 0 root say',
    'it PRON PRP 6 nsubj',
    'would AUX MD 6 aux',
    'not PART RB 6 advmod',
    'meet VERB VB 2 ccomp',
    'Gondor PROPN NNP 6 obj',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(c.code(refuse)), ['ARN GON 125']);
  // Arnor said it met Gondor .  -> a reported act, not an intent
  const met = rows(
    'Arnor PROPN NNP 2 nsubj',
    'said VERB VBD 0 root say',
    'it PRON PRP 4 nsubj',
    'met VERB VBD 2 ccomp meet',
    'Gondor PROPN NNP 4 obj',
    '. PUNCT . 2 punct',
  );
  assert.deepEqual(triples(c.code(met)), ['ARN GON 010', 'ARN GON 040']);
});

test('a place heading the subject phrase ("In Gondor, Arnor ...") yields to the actor', () => {
  // In Gondor , Arnor praised Rohan .  (parser: "Gondor" a compound of the subject)
  const doc = rows(
    'In ADP IN 2 case',
    'Gondor PROPN NNP 4 compound',
    ', PUNCT , 4 punct',
    'Arnor PROPN NNP 5 nsubj',
    'praised VERB VBD 0 root praise',
    'Rohan PROPN NNP 5 obj',
    '. PUNCT . 5 punct',
  );
  const c = createCoder({ verbs: compileVerbDictionary([{ file: 'w.txt', text: '--- PRAISE [051] ---\nPRAISE\n' }]), actors });
  assert.deepEqual(triples(c.code(doc)), ['ARN ROH 051']);
});

test('a coordination talking under a third party\'s auspices talks with itself; a government addressed by an envoy is not the envoy\'s', () => {
  // Arnor and Gondor resumed talks under Rohan mediation .
  const doc = rows(
    'Arnor PROPN NNP 4 nsubj',
    'and CCONJ CC 3 cc',
    'Gondor PROPN NNP 1 conj',
    'resumed VERB VBD 0 root resume',
    'talks NOUN NNS 4 obj talk',
    'under ADP IN 7 case',
    'Rohan PROPN NNP 8 compound',
    'mediation NOUN NN 4 obl',
    '. PUNCT . 4 punct',
  );
  const c = createCoder({ verbs: compileVerbDictionary([{ file: 't.txt', text: '--- RESUME [---] ---\nRESUME\n- * TALKS [046]\n--- URGE [020] ---\nURGE\n' }]), actors: pactors });
  assert.deepEqual(triples(c.code(doc)), ['ARN GON 046', 'GON ARN 046']);
  // Gondorian officials urged the government .  -> whose government is not known
  const urged = rows(
    'Gondorian ADJ JJ 2 amod',
    'officials NOUN NNS 3 nsubj official',
    'urged VERB VBD 0 root urge',
    'the DET DT 5 det',
    'government NOUN NN 3 obj',
    '. PUNCT . 3 punct',
  );
  const c2 = createCoder({
    verbs: compileVerbDictionary([{ file: 't.txt', text: '--- URGE [020] ---\nURGE\n' }]),
    actors: fakeActors({ 'gondorian officials': 'GONGOV', government: '---GOV' }),
  });
  assert.deepEqual(triples(c2.code(urged)), ['GONGOV ---GOV 020']);
});

test('an actor coded like the source is no target: the next one is', () => {
  // Arnor warned Arnorians about Gondor .
  const doc = rows(
    'Arnor PROPN NNP 2 nsubj',
    'warned VERB VBD 0 root warn',
    'Arnorians PROPN NNPS 2 obj arnorian',
    'about ADP IN 5 case',
    'Gondor PROPN NNP 2 obl',
    '. PUNCT . 2 punct',
  );
  const c = createCoder({
    verbs: compileVerbDictionary([{ file: 'w.txt', text: '--- WARN [130] ---\nWARN\n' }]),
    actors: fakeActors({ arnor: 'ARN', arnorians: 'ARN', gondor: 'GON' }),
  });
  assert.deepEqual(triples(c.code(doc)), ['ARN GON 130']);
});

test('a statement is about others: its target is not the speaker\'s own state', () => {
  // Arnor said Arnorian troops attacked Gondor .
  const doc = rows(
    'Arnor PROPN NNP 2 nsubj',
    'said VERB VBD 0 root say',
    'Arnorian ADJ JJ 4 amod',
    'troops NOUN NNS 5 nsubj troop',
    'attacked VERB VBD 2 ccomp attack',
    'Gondor PROPN NNP 5 obj',
    '. PUNCT . 2 punct',
  );
  const c = createCoder({
    verbs: compileVerbDictionary([{ file: 's.txt', text: '--- SAY [010] ---\nSAY {SAID}\n--- ATTACK [190] ---\nATTACK\n' }]),
    actors: fakeActors({ arnor: 'ARN', 'arnorian troops': 'ARNMIL', gondor: 'GON' }),
  });
  assert.deepEqual(triples(c.code(doc)), ['ARN GON 010', 'ARNMIL GON 190']);
});

test('a domestic measure with no one else named is aimed at the source\'s own country', () => {
  // Arnorian officials lifted the curfew .
  const doc = rows(
    'Arnorian ADJ JJ 2 amod',
    'officials NOUN NNS 3 nsubj official',
    'lifted VERB VBD 0 root lift',
    'the DET DT 5 det',
    'curfew NOUN NN 3 obj',
    '. PUNCT . 3 punct',
  );
  const c = createCoder({
    verbs: compileVerbDictionary([{ file: 'd.txt', text: '--- LIFT [---] ---\nLIFT\n- * CURFEW [0813]\n- * BAN [0812]\n' }]),
    actors: fakeActors({ 'arnorian officials': 'ARNGOV' }),
  });
  assert.deepEqual(triples(c.code(doc)), ['ARNGOV ARN 0813']);
});

test('a coordination cooperating against a third party cooperates with itself', () => {
  // Arnor and Gondor launched joint patrols against Rohan .
  const doc = rows(
    'Arnor PROPN NNP 4 nsubj',
    'and CCONJ CC 3 cc',
    'Gondor PROPN NNP 1 conj',
    'launched VERB VBD 0 root launch',
    'joint ADJ JJ 6 amod',
    'patrols NOUN NNS 4 obj patrol',
    'against ADP IN 8 case',
    'Rohan PROPN NNP 6 nmod',
    '. PUNCT . 4 punct',
  );
  const c = createCoder({ verbs: compileVerbDictionary([{ file: 'j.txt', text: '--- LAUNCH [---] ---\nLAUNCH\n- * JOINT PATROLS [062]\n' }]), actors });
  assert.deepEqual(triples(c.code(doc)), ['ARN GON 062', 'GON ARN 062']);
});

test('a temporal clause of a coded event dates it and is not coded; under an uncoded clause it is', () => {
  // Arnor restored ties with Gondor after Rohan attacked Mordor .  ("after" as mark, or hung on the subject)
  const mk = (afterOnSubject: boolean, verb: string, lemma: string) =>
    makeDoc({
      words: ['Arnor', verb, 'ties', 'with', 'Gondor', 'after', 'Rohan', 'attacked', 'Mordor', '.'],
      upos: ['PROPN', 'VERB', 'NOUN', 'ADP', 'PROPN', afterOnSubject ? 'ADP' : 'SCONJ', 'PROPN', 'VERB', 'PROPN', 'PUNCT'],
      lemmas: ['Arnor', lemma, 'tie', 'with', 'Gondor', 'after', 'Rohan', 'attack', 'Mordor', '.'],
      heads: [2, 0, 2, 5, 2, afterOnSubject ? 7 : 8, 8, 2, 8, 2],
      deps: ['nsubj', 'root', 'obj', 'case', 'obl', afterOnSubject ? 'case' : 'mark', 'nsubj', 'advcl', 'obj', 'punct'],
    });
  assert.deepEqual(triples(coder.code(mk(false, 'restored', 'restore'))), ['ARN GON 065']);
  assert.deepEqual(triples(coder.code(mk(true, 'restored', 'restore'))), ['ARN GON 065']);
  // "wanted ties" codes nothing: the clause's attack is the sentence's event.
  assert.deepEqual(triples(coder.code(mk(false, 'wanted', 'want'))), ['ROH MOR 190']);
});

test('a reporting root with two subjects: the first, a verb word after its actor, is the reported verb', () => {
  // Arnor attack/NOUN on Gondor , an official said .
  const doc = makeDoc({
    words: ['Arnor', 'attack', 'on', 'Gondor', ',', 'an', 'official', 'said', '.'],
    upos: ['PROPN', 'NOUN', 'ADP', 'PROPN', 'PUNCT', 'DET', 'NOUN', 'VERB', 'PUNCT'],
    lemmas: ['Arnor', 'attack', 'on', 'Gondor', ',', 'an', 'official', 'say', '.'],
    heads: [2, 8, 4, 2, 8, 7, 8, 0, 8],
    deps: ['compound', 'nsubj', 'case', 'nmod', 'punct', 'det', 'nsubj', 'root', 'punct'],
  });
  assert.deepEqual(triples(coder.code(doc)), ['ARN GON 190']);
  // Without the comma the noun is just the speaker's subject: nothing is coded.
  const plain = makeDoc({
    words: ['Arnor', 'attack', 'on', 'Gondor', 'an', 'official', 'said', '.'],
    upos: ['PROPN', 'NOUN', 'ADP', 'PROPN', 'DET', 'NOUN', 'VERB', 'PUNCT'],
    lemmas: ['Arnor', 'attack', 'on', 'Gondor', 'an', 'official', 'say', '.'],
    heads: [2, 7, 4, 2, 6, 7, 0, 7],
    deps: ['compound', 'nsubj', 'case', 'nmod', 'det', 'nsubj', 'root', 'punct'],
  });
  assert.deepEqual(triples(coder.code(plain)), []);
});

test('new actors: an unnamed conjunct of a known subject is one; adjacent sibling conjunct nouns are one phrase', () => {
  // Arnor 's army and border guard/conj attacked Gondor .  ("border" misparsed as a second conjunct)
  const doc = makeDoc({
    words: ['Arnor', "'s", 'army', 'and', 'border', 'guard', 'attacked', 'Gondor', '.'],
    upos: ['PROPN', 'PART', 'NOUN', 'CCONJ', 'NOUN', 'NOUN', 'VERB', 'PROPN', 'PUNCT'],
    xpos: ['NNP', 'POS', 'NN', 'CC', 'NN', 'NN', 'VBD', 'NNP', '.'],
    lemmas: ['Arnor', "'s", 'army', 'and', 'border', 'guard', 'attack', 'Gondor', '.'],
    heads: [3, 1, 7, 5, 3, 3, 0, 7, 7],
    deps: ['nmod:poss', 'case', 'nsubj', 'cc', 'conj', 'conj', 'root', 'obj', 'punct'],
  });
  assert.deepEqual(triples(coder.code(doc)), ['ARN GON 190']);
  const c4 = createCoder({ verbs, actors, options: { newActorLength: 4 } });
  assert.deepEqual(triples(c4.code(doc)), ['"BORDER GUARD" GON 190', 'ARN GON 190']);
});

test('a fronted adjunct\'s conjunct after a comma that names an actor is the lost subject', () => {
  // In a gesture , Arnor/conj attacked Gondor .
  const mk = (sep: string, sepDep: string) =>
    makeDoc({
      words: ['In', 'a', 'gesture', sep, 'Arnor', 'attacked', 'Gondor', '.'],
      upos: ['ADP', 'DET', 'NOUN', sep === ',' ? 'PUNCT' : 'CCONJ', 'PROPN', 'VERB', 'PROPN', 'PUNCT'],
      lemmas: ['in', 'a', 'gesture', sep, 'Arnor', 'attack', 'Gondor', '.'],
      heads: [3, 3, 6, 5, 3, 0, 6, 6],
      deps: ['case', 'det', 'obl', sepDep, 'conj', 'root', 'obj', 'punct'],
    });
  assert.deepEqual(triples(coder.code(mk(',', 'punct'))), ['ARN GON 190']);
  // A real coordination ("in a gesture and Arnor") is no subject.
  assert.deepEqual(triples(coder.code(mk('and', 'cc'))), []);
});

test('a cooperative act offered only if the target acts is a demand on it', () => {
  // Arnor would only restore ties if Gondor agreed .
  const mk = (only: boolean) => {
    const words = ['Arnor', 'would', ...(only ? ['only'] : []), 'restore', 'ties', 'if', 'Gondor', 'agreed', '.'];
    const o = only ? 1 : 0;
    const v = 3 + o; // 1-based index of "restore"
    return makeDoc({
      words,
      upos: ['PROPN', 'AUX', ...(only ? ['ADV'] : []), 'VERB', 'NOUN', 'SCONJ', 'PROPN', 'VERB', 'PUNCT'],
      xpos: ['NNP', 'MD', ...(only ? ['RB'] : []), 'VB', 'NNS', 'IN', 'NNP', 'VBD', '.'],
      lemmas: ['Arnor', 'would', ...(only ? ['only'] : []), 'restore', 'tie', 'if', 'Gondor', 'agree', '.'],
      heads: [v, v, ...(only ? [v] : []), 0, v, v + 4, v + 4, v, v],
      deps: ['nsubj', 'aux', ...(only ? ['advmod'] : []), 'root', 'obj', 'mark', 'nsubj', 'advcl', 'punct'],
    });
  };
  assert.deepEqual(triples(coder.code(mk(true))), ['ARN GON 100']);
  // Without "only" the condition does not make the offer a demand.
  assert.deepEqual(triples(coder.code(mk(false))), ['ARN GON 065']);
});

test('a conjunct hung on a reported clause whose subject it would act on is the speaker\'s', () => {
  const c = createCoder({
    verbs: compileVerbDictionary([{ file: 'q.txt', text: REQUEST_VERBS + '--- PLAY [---] ---\nPLAY\n' }]),
    actors: fakeActors({ arnor: 'ARN', gondor: 'GON', 'minas tirith': 'GON', rohan: 'ROH' }),
  });
  const doc = (obj: string[]) =>
    rows(
      'Arnor PROPN NNP 2 nsubj',
      'said VERB VBD 0 root say',
      'Gondor PROPN NNP 4 nsubj',
      'played VERB VBD 2 ccomp play',
      'games NOUN NNS 4 obj game',
      'and CCONJ CC 7 cc',
      'called VERB VBD 4 conj call',
      'on ADP IN 9 case',
      ...obj,
      '. PUNCT . 2 punct',
    );
  // Arnor said Gondor played games and called on Minas Tirith .  -> Arnor calls on Gondor
  const self = triples(c.code(doc(['Minas PROPN NNP 10 compound', 'Tirith PROPN NNP 7 obl'])));
  assert.ok(self.includes('ARN GON 020'), JSON.stringify(self));
  // Arnor said Gondor played games and called on the Rohan .  -> Gondor's own call, as parsed
  const other = triples(c.code(doc(['the DET DT 10 det', 'Rohan PROPN NNP 7 obl'])));
  assert.ok(other.includes('GON ROH 020') && !other.includes('ARN ROH 020'), JSON.stringify(other));
});

test('an unattached relative clause (", which ...") takes the actor before the comma as subject', () => {
  // Rohan urged Arnor , which attacked Gondor .  (the relative clause parsed as a conjunct)
  const doc = rows(
    'Rohan PROPN NNP 2 nsubj',
    'urged VERB VBD 0 root urge',
    'Arnor PROPN NNP 2 obj',
    ', PUNCT , 6 punct',
    'which PRON WDT 6 nsubj which',
    'attacked VERB VBD 2 conj attack',
    'Gondor PROPN NNP 6 obj',
    '. PUNCT . 2 punct',
  );
  const got = triples(qcoder.code(doc));
  assert.ok(got.includes('ARN GON 190'), JSON.stringify(got));
  assert.ok(!got.includes('ROH GON 190'), JSON.stringify(got));
});

test('two actors joined by "and" inside one misparsed compound noun are both arguments', () => {
  // Arnor attacked Gondor and Rohan .  ("Gondor" parsed as a compound of "Rohan", "and" on Rohan)
  const doc = rows(
    'Arnor PROPN NNP 2 nsubj',
    'attacked VERB VBD 0 root attack',
    'Gondor PROPN NNP 5 compound',
    'and CCONJ CC 5 cc',
    'Rohan PROPN NNP 2 obj',
    '. PUNCT . 2 punct',
  );
  const got = triples(qcoder.code(doc));
  assert.ok(got.includes('ARN GON 190') && got.includes('ARN ROH 190'), JSON.stringify(got));
});

test('a subject misparsed as an apposition of the fronted place phrase is the source', () => {
  // In Rohan , Arnor attacked Gondor .  ("Arnor" hung on "Rohan" as appos, the comma on Arnor)
  const doc = rows(
    'In ADP IN 2 case',
    'Rohan PROPN NNP 5 obl',
    ', PUNCT , 4 punct',
    'Arnor PROPN NNP 2 appos',
    'attacked VERB VBD 0 root attack',
    'Gondor PROPN NNP 5 obj',
    '. PUNCT . 5 punct',
  );
  assert.deepEqual(triples(qcoder.code(doc)), ['ARN GON 190']);
  // In Rohan , the capital of Arnor , troops attacked Gondor .  -> the apposition is not next to the verb
  const far = rows(
    'In ADP IN 2 case',
    'Rohan PROPN NNP 10 obl',
    ', PUNCT , 5 punct',
    'the DET DT 5 det',
    'capital NOUN NN 2 appos',
    'of ADP IN 7 case',
    'Arnor PROPN NNP 5 nmod',
    ', PUNCT , 2 punct',
    'troops NOUN NNS 10 obl:tmod',
    'attacked VERB VBD 0 root attack',
    'Gondor PROPN NNP 10 obj',
    '. PUNCT . 10 punct',
  );
  assert.ok(!triples(qcoder.code(far)).includes('ARN GON 190'));
});

test('one mention standing for a pair ("the two sides") of a reciprocal verb codes each towards the other', () => {
  // the two sides met .  (the mention carries the pair's codes, as article coreference gives them)
  const doc = rows('the DET DT 3 det', 'two NUM CD 3 nummod', 'sides NOUN NNS 4 nsubj side', 'met VERB VBD 0 root meet', '. PUNCT . 4 punct');
  const pair = (codes: string[]) => ({
    match: (d: typeof doc, s: number) => [{ start: d.sentStart[s], end: d.sentStart[s] + 3, head: d.sentStart[s] + 2, code: codes[0], codes, rule: 'pair' }],
  });
  const c = (codes: string[]) => createCoder({ verbs: compileVerbDictionary([{ file: 'm.txt', text: '--- MEET [040] ---\nMEET {MET}\n' }]), actors: pair(codes) });
  assert.deepEqual(triples(c(['ARN', 'GON']).code(doc)), ['ARN GON 040', 'GON ARN 040']);
  assert.deepEqual(triples(c(['ARN']).code(doc)), []);
});
