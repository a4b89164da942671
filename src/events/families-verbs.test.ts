/**
 * Verb, idiom and statement families through the whole pipeline (`createAnnals`), second
 * set: each test codes invented news sentences and checks the dyad and CAMEO code an
 * expert would give them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';

const annals = createAnnals();

/** Every emitted event of `text` as "SOURCE CAMEO TARGET". */
function code(text: string): string[] {
  return annals.codeDocument({ id: 't', text, date: '2011-03-02', path: '-' }).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);
}

/** Whether some event of `got` has this source and target and a code starting with `prefix`. */
function has(got: string[], source: string, prefix: string, target: string): boolean {
  return got.some((g) => {
    const [s, c, t] = g.split(' ');
    return s === source && c.startsWith(prefix) && t === target;
  });
}

test('a denial of an accusation made by a compatriot is coded toward the accuser (016)', () => {
  const got = code('Afghan lawmakers accused the Afghan army of abandoning its posts. The Afghan defence minister rejected the charge.');
  assert.ok(has(got, 'AFGGOV', '016', 'AFGLEG'), got.join('; '));
  const dismissed = code('The Kenyan opposition leader accused the Kenyan police of killing protesters in Kisumu. A police spokesman in Nairobi dismissed the accusation as baseless.');
  assert.ok(has(dismissed, 'KENCOP', '016', 'KENOPP'), dismissed.join('; '));
});

test('sharing intelligence "with" a state is intelligence cooperation (064) toward that state, not toward "intelligence"', () => {
  const got = code('Jordan shared intelligence on the militants with Israel.');
  assert.ok(has(got, 'JOR', '064', 'ISR'), got.join('; '));
  assert.ok(!got.some((g) => g.endsWith('SPY')), got.join('; '));
});

test('"saw" a named leader on a given day is a meeting (040); "his French counterpart" is the French government', () => {
  const saw = code('The French president saw the German chancellor on Monday.');
  assert.ok(has(saw, 'FRAGOV', '040', 'DEUGOV'), saw.join('; '));
  // Perception and opinion are no meeting.
  assert.deepEqual(code('The French president saw the German proposal as a mistake.').filter((g) => g.includes(' 04')), []);
  const phoned = code('Putin telephoned his French counterpart on Monday.');
  assert.ok(has(phoned, 'RUSGOV', '041', 'FRAGOV'), phoned.join('; '));
});
