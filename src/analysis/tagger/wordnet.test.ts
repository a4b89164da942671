import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnnalsError } from '../../errors.js';
import { Scratch, WF, W_HTAIL, W_LOWER, WN_TAIL, wnClassOf, wordFeatures } from './features.js';
import { WordClasses } from './lexicon.js';
import { buildTaggerWordClasses, WN_ADJ, WN_ADJ_ER, WN_ADV, WN_DOM_SHIFT, WN_NOUN, WN_NOUN_CAP, WN_PLURAL, WN_VERB, WN_VERB_ED, WN_VERB_ING, WN_VERB_S } from './wordnet.js';
import { scratchDir } from '../../testkit/tmp.js';

/** A tiny invented WordNet database in WordNet 3.0's file format. */
function tinyWordNet(): string {
  const dir = scratchDir('annals-wn-');
  const files: Record<string, string[]> = {
    // offset lex_filenum ss_type w_cnt word lex_id ... p_cnt | gloss
    'data.noun': [
      '  1 licence header line',
      '00000001 04 n 02 walk 0 stroll 0 000 | a trip on foot',
      '00000002 15 n 01 Paris 0 000 | a city',
      '00000003 04 n 01 stop 0 000 | a halt',
    ],
    'index.noun': ['  1 licence header line', 'walk n 1 0 1 3 00000001', 'paris n 1 0 1 0 00000002', 'stop n 1 0 1 1 00000003'],
    'data.verb': ['00000011 38 v 01 walk 0 000 | go on foot', '00000012 38 v 01 stop 0 000 | halt'],
    'index.verb': ['walk v 1 0 1 9 00000011', 'stop v 1 0 1 5 00000012'],
    'data.adj': ['00000021 00 s 01 big(a) 0 000 | large'],
    'index.adj': ['big a 1 0 1 2 00000021'],
    'data.adv': ['00000031 02 r 01 fast 0 000 | quickly'],
    'index.adv': ['fast r 1 0 1 1 00000031'],
  };
  for (const [name, lines] of Object.entries(files)) writeFileSync(join(dir, name), lines.join('\n') + '\n');
  return dir;
}

test('WordNet classes: parts of speech, regular inflections, names, the dominant part of speech', () => {
  const c = buildTaggerWordClasses(tinyWordNet());
  const dom = (w: string): number => c.get(w)! >> WN_DOM_SHIFT;
  assert.equal(c.get('walk')! & 1023, WN_NOUN | WN_VERB);
  assert.equal(dom('walk'), 1, 'the verb has more sense-tagged occurrences');
  assert.equal(c.get('walks'), WN_PLURAL | WN_VERB_S);
  assert.equal(c.get('walked'), WN_VERB_ED);
  assert.equal(c.get('walking'), WN_VERB_ING);
  assert.equal(c.get('stopped'), WN_VERB_ED, 'final consonant doubled');
  assert.equal(c.get('stroll'), WN_NOUN);
  assert.equal(c.get('paris'), WN_NOUN_CAP, 'a capitalised noun is a name');
  assert.equal(c.get('big')! & 1023, WN_ADJ, 'the adjective marker is stripped');
  assert.equal(c.get('bigger'), WN_ADJ_ER);
  assert.equal(c.get('fast')! & 1023, WN_ADV);
  assert.equal(c.get('ran'), undefined, 'irregular forms are not guessed');
  assert.throws(() => buildTaggerWordClasses(join(tinyWordNet(), 'missing')), (e: unknown) => e instanceof AnnalsError && e.code === 'E_MODEL');
});

test('a hyphenated word without a class of its own takes its last part\'s, marked', () => {
  const table = WordClasses.withCapacity(4);
  const b = new Int32Array(WF);
  const s = new Scratch();
  wordFeatures('border', b, 0, s);
  table.set(b[W_LOWER], WN_NOUN);
  const get = (h: number): number => table.get(h);
  assert.equal(wnClassOf(b, 0, get), WN_NOUN);
  wordFeatures('Cross-Border', b, 0, s);
  assert.notEqual(b[W_HTAIL], 0);
  assert.equal(wnClassOf(b, 0, get), WN_NOUN | WN_TAIL);
  wordFeatures('border-', b, 0, s);
  assert.equal(b[W_HTAIL], 0, 'no part after a final hyphen');
  wordFeatures('unknown', b, 0, s);
  assert.equal(wnClassOf(b, 0, get), 0);
});
