/**
 * Actor and coding families found on held-out set 6 (Washington, Najaf, Kirkuk stories),
 * through the whole pipeline (`createAnnals`) on invented sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals();

const code = eventCoder(annals, '2005-06-14');

const has = hasEvent;

test("a capitalised 'Marines' is the U.S. Marine Corps even in a story datelined abroad; 'Royal Marines' are British", () => {
  const text =
    'FALLUJAH, Iraq -- Iraqi police detained four men in Fallujah on Sunday.\n\nMarines raided a house used by insurgents near the market.\n\n' +
    'The insurgents accused the Marines of killing civilians.\n\nA Marine commander accused the insurgents of hiding in mosques.';
  const got = code(text);
  assert.ok(got.some((g) => g.startsWith('USAMIL 19')), got.join('; '));
  assert.ok(got.some((g) => g.startsWith('USAMIL 112')), got.join('; '));
  assert.ok(got.some((g) => /^\S+ 112 USAMIL$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => g.includes('IRQMIL')), got.join('; '));
  // A later "the Marines" that coreference would tie to another force named before it.
  const later = code(
    'RAMADI, Iraq -- Iraqi soldiers arrested a local sheikh on Sunday.\n\nAmerican helicopters pounded insurgent positions overnight, and Marines fought through the alleys.\n\n' +
      'A spokesman for the insurgents accused the Marines of destroying homes.',
  );
  assert.ok(later.some((g) => /^\S+ 112 USAMIL$/.test(g)), later.join('; '));
  const british = code('Royal Marines attacked a pirate camp in Somalia.');
  assert.ok(british.some((g) => g.startsWith('GBRMIL')), british.join('; '));
});
