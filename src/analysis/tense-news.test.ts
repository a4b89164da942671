/**
 * The news tag repairs added when the WordNet tagger became the default (tense.ts):
 * each family on hand-tagged invented sentences (the tags a web-text tagger gives
 * them, so the rule is tested whatever the shipped model says), with controls the
 * rule must leave alone, and the whole pipeline on new invented sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repairedTagOf } from './tense-testing.js';
import { loadAnalyzer } from './index.js';

/** The tag the repair leaves on `word` (first occurrence). */
function tagOf(tagged: string, word: string): string {
  const t = repairedTagOf(tagged, word);
  assert.ok(t, word);
  return t;
}

test('verbless clause: an -ed adjective or a non-preposition IN between the subject and an object is the verb', () => {
  const s = 'Georgian/ADJ/JJ and/CCONJ/CC Russian/ADJ/JJ soldiers/NOUN/NNS exchanged/ADJ/JJ fire/NOUN/NN near/ADP/IN the/DET/DT border/NOUN/NN ./PUNCT/.';
  assert.equal(tagOf(s, 'exchanged'), 'VERB/VBD');
  // Plural subject, no -ed: a present form (the lemma is the same either way).
  assert.equal(tagOf('Nigerian/ADJ/JJ soldiers/NOUN/NNS beat/ADP/IN several/ADJ/JJ traders/NOUN/NNS with/ADP/IN sticks/NOUN/NNS ./PUNCT/.', 'beat'), 'VERB/VBP');
  // Inside a content clause.
  assert.equal(tagOf('Ankara/PROPN/NNP denied/VERB/VBD reports/NOUN/NNS that/SCONJ/IN Iran/PROPN/NNP armed/ADJ/JJ Kurdish/ADJ/JJ fighters/NOUN/NNS ./PUNCT/.', 'armed'), 'VERB/VBD');
  // Controls: a clause that has its verb, and real prepositions.
  assert.equal(tagOf('Hamas/PROPN/NNP armed/ADJ/JJ men/NOUN/NNS attacked/VERB/VBD a/DET/DT post/NOUN/NN ./PUNCT/.', 'armed'), 'ADJ/JJ');
  assert.equal(tagOf('Soldiers/NOUN/NNS near/ADP/IN the/DET/DT border/NOUN/NN ./PUNCT/.', 'near'), 'ADP/IN');
  assert.equal(tagOf('Villagers/NOUN/NNS fled/VERB/VBD as/ADP/IN rebels/NOUN/NNS armed/ADJ/JJ with/ADP/IN rifles/NOUN/NNS came/VERB/VBD ./PUNCT/.', 'armed'), 'ADJ/JJ');
});

test('a capitalised common noun inside a name or in a list of names is a proper noun', () => {
  assert.equal(tagOf('The/DET/DT Albanian/ADJ/JJ Democratic/PROPN/NNP Alliance/NOUN/NN Party/PROPN/NNP quit/VERB/VBD ./PUNCT/.', 'Alliance'), 'PROPN/NNP');
  assert.equal(tagOf('Chile/PROPN/NNP ,/PUNCT/, the/DET/DT Republic/NOUN/NN ,/PUNCT/, Peru/PROPN/NNP and/CCONJ/CC Bolivia/PROPN/NNP signed/VERB/VBD ./PUNCT/.', 'Republic'), 'PROPN/NNP');
  // Controls: sentence-initial capitals and lower-case nouns.
  assert.equal(tagOf('Police/NOUN/NNS Chief/PROPN/NNP Ali/PROPN/NNP resigned/VERB/VBD ./PUNCT/.', 'Police'), 'NOUN/NNS');
  assert.equal(tagOf('the/DET/DT army/NOUN/NN ,/PUNCT/, Peru/PROPN/NNP said/VERB/VBD ./PUNCT/.', 'army'), 'NOUN/NN');
});

test('"until/before/after/since" + subject + finite verb after a finite verb is a subordinator', () => {
  const s = 'The/DET/DT party/NOUN/NN said/VERB/VBD it/PRON/PRP would/AUX/MD stay/VERB/VB away/ADV/RB until/ADP/IN the/DET/DT government/NOUN/NN released/VERB/VBD the/DET/DT prisoners/NOUN/NNS ./PUNCT/.';
  assert.equal(tagOf(s, 'until'), 'SCONJ/IN');
  assert.equal(tagOf('Troops/NOUN/NNS left/VERB/VBD before/ADP/IN Kenyan/ADJ/JJ police/NOUN/NNS arrived/VERB/VBD ./PUNCT/.', 'before'), 'SCONJ/IN');
  // Controls: a plain prepositional phrase, and no finite verb before ("Fighting since Monday has ...").
  assert.equal(tagOf('Talks/NOUN/NNS will/AUX/MD last/VERB/VB until/ADP/IN the/DET/DT end/NOUN/NN of/ADP/IN May/PROPN/NNP ./PUNCT/.', 'until'), 'ADP/IN');
  assert.equal(tagOf('Fighting/NOUN/NN since/ADP/IN Monday/PROPN/NNP has/AUX/VBZ killed/VERB/VBN ten/NUM/CD ./PUNCT/.', 'since'), 'ADP/IN');
});

test('a participle coordinated with a simple past is a past; a passive or perfect one stays', () => {
  const s = 'The/DET/DT minister/NOUN/NN denied/VERB/VBD that/SCONJ/IN Chad/PROPN/NNP funded/VERB/VBD rebels/NOUN/NNS and/CCONJ/CC blamed/VERB/VBN Sudan/PROPN/NNP ./PUNCT/.';
  assert.equal(tagOf(s, 'blamed'), 'VERB/VBD');
  assert.equal(tagOf('Two/NUM/CD men/NOUN/NNS were/AUX/VBD arrested/VERB/VBN and/CCONJ/CC charged/VERB/VBN ./PUNCT/.', 'charged'), 'VERB/VBN');
  assert.equal(tagOf('Police/NOUN/NNS said/VERB/VBD two/NUM/CD men/NOUN/NNS fled/VERB/VBD and/CCONJ/CC hidden/VERB/VBN by/ADP/IN friends/NOUN/NNS ./PUNCT/.', 'hidden'), 'VERB/VBN');
});

test('a relative "that" with a subject, a finite verb and that verb\'s object is a content-clause "that"', () => {
  assert.equal(tagOf('Turkey/PROPN/NNP rejected/VERB/VBD claims/NOUN/NNS that/PRON/WDT Ankara/PROPN/NNP armed/VERB/VBD the/DET/DT militia/NOUN/NN ./PUNCT/.', 'that'), 'SCONJ/IN');
  // Controls: an object relative ("the deal that Israel signed last week"), a subject relative.
  assert.equal(tagOf('The/DET/DT deal/NOUN/NN that/PRON/WDT Israel/PROPN/NNP signed/VERB/VBD last/ADJ/JJ week/NOUN/NN collapsed/VERB/VBD ./PUNCT/.', 'that'), 'PRON/WDT');
  assert.equal(tagOf('The/DET/DT men/NOUN/NNS that/PRON/WDT attacked/VERB/VBD the/DET/DT post/NOUN/NN fled/VERB/VBD ./PUNCT/.', 'that'), 'PRON/WDT');
});

test('the default pipeline (WordNet tagger + repairs) gives these news shapes their verbs', () => {
  const a = loadAnalyzer({ parse: false });
  const tags = (text: string): Map<string, string> => {
    const doc = a.analyze(text);
    const m = new Map<string, string>();
    for (let i = doc.form.length - 1; i >= 0; i--) m.set(doc.token(i).form, `${doc.token(i).upos}/${doc.token(i).xpos}`);
    return m;
  };
  assert.equal(tags('Georgian and Russian soldiers exchanged fire near the border on Sunday.').get('exchanged'), 'VERB/VBD');
  assert.match(tags('Nigerian soldiers beat several traders with sticks in Lagos.').get('beat') ?? '', /^VERB\//);
  assert.equal(tags('Ankara denied reports that Iran armed Kurdish fighters.').get('armed'), 'VERB/VBD');
  assert.equal(tags('The Basque party said it would boycott the talks until the government released the prisoners.').get('until'), 'SCONJ/IN');
  assert.equal(tags("The Chadian minister denied that N'Djamena funded any rebel group and blamed the Sudanese army for the fighting.").get('blamed'), 'VERB/VBD');
  assert.equal(tags('Chile, the Argentine Republic, Peru and Bolivia signed the accord.').get('Republic'), 'PROPN/NNP');
});
