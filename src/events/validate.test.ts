import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runValidation, type ValidationDeps } from './validate.js';
import { makeDoc } from './testing.js';
import type { Doc } from '../analysis/doc.js';
import { createActorMatcher } from '../actors/matcher.js';
import { loadActorDictionaries } from '../dictionaries/actor-dicts.js';

// Invented two-country world; a toy "parser" that knows only "X attacked Y ." shapes.
const toyAnalyze = (text: string): Doc => {
  const words = text.replace(/\.$/, ' .').split(/\s+/).filter(Boolean);
  const v = words.findIndex((w) => /ed$/.test(w));
  return makeDoc({
    words,
    upos: words.map((w, i) => (i === v ? 'VERB' : w === '.' ? 'PUNCT' : 'PROPN')),
    lemmas: words.map((w, i) => (i === v ? w.replace(/ed$/, '') : w)),
    heads: words.map((_, i) => (i === v ? 0 : v + 1)),
    deps: words.map((_, i) => (i === v ? 'root' : i < v ? 'nsubj' : i === words.length - 1 ? 'punct' : 'obj')),
  });
};

test('runValidation scores records, honours <Config> and discards, codes from <Text>', () => {
  const dir = mkdtempSync(join(tmpdir(), 'annals-val-'));
  try {
    writeFileSync(join(dir, 'v.verbs.txt'), '--- ATTACK [190] ---\nATTACK\n--- GREET [041] ---\nGREET\n');
    writeFileSync(join(dir, 'a.actors.txt'), 'ARNOR [ARN]\nGONDOR [GON]\n');
    writeFileSync(join(dir, 'd.discards.txt'), 'FOOTBALL\n');
    const configs: string[] = [];
    const deps: ValidationDeps = {
      analyze: toyAnalyze,
      // The real dictionary matcher: discards are its job (the coder has none of its own).
      actors: (env, config) => {
        assert.match(env.actors[0], /a\.actors\.txt$/);
        configs.push(config.actor_option ?? '-');
        return createActorMatcher(loadActorDictionaries([...env.actors, ...env.agents, ...env.discards], { cacheDir: false }));
      },
    };
    writeFileSync(
      join(dir, 'r.xml'),
      `<Validation>
<Environment>
  <Verbfile>v.verbs.txt</Verbfile><Actorfile>a.actors.txt</Actorfile><Discardfile>d.discards.txt</Discardfile>
</Environment>
<Sentences>
<Sentence date="20010101" id="T-1"><EventCoding sourcecode="ARN" targetcode="GON" eventcode="190"></EventCoding>
<Text>Arnor attacked Gondor.</Text><Parse>(ROOT (S (NP (NNP Nonsense))))</Parse></Sentence>
<Sentence date="20010101" id="T-2"><EventCoding sourcecode="ARN" targetcode="GON" eventcode="041"></EventCoding>
<Text>Arnor attacked Gondor.</Text></Sentence>
<Sentence date="20010101" id="T-3"><EventCoding noevents="True"></EventCoding><Text>Arnor greeted.</Text></Sentence>
<Config option="require_dyad" value="False"></Config>
<Config option="actor_option" value="4"></Config>
<Sentence date="20010101" id="T-4"><EventCoding sourcecode="ARN" targetcode="---" eventcode="041"></EventCoding><Text>Arnor greeted.</Text></Sentence>
<Sentence date="20010101" id="T-5"><EventCoding error="sentencediscard"></EventCoding><Text>Arnor attacked Gondor FOOTBALL.</Text></Sentence>
</Sentences>
</Validation>`,
    );
    const r = runValidation(join(dir, 'r.xml'), { deps });
    assert.deepEqual(
      r.results.map((x) => [x.id, x.pass]),
      [['T-1', true], ['T-2', false], ['T-3', true], ['T-4', true], ['T-5', true]],
    );
    assert.deepEqual(r.results[1].got, ['ARN GON 190']);
    assert.equal(r.results[0].text, 'Arnor attacked Gondor.');
    assert.deepEqual([r.passed, r.failed], [4, 1]);
    assert.deepEqual(configs, ['-', '4']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
