import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder } from '../events/testing.js';

const annals = createAnnals({ geo: false });
const code = eventCoder(annals, '2009-06-10');

test('a denial or rejection that names no target answers the act aimed at its source', () => {
  const got = code('The Ugandan president accused Rwanda of arming the rebels on Monday. On Tuesday the Rwandan foreign minister denied any involvement.');
  assert.ok(got.some((g) => g.startsWith('RWAGOV 016 UGA')), got.join('; '));
  const rejected = code('The Ugandan president demanded that Rwanda withdraw its troops. The Rwandan foreign minister rejected the demand on Friday.');
  assert.ok(rejected.some((g) => /^RWAGOV 12\d* UGA/.test(g)), rejected.join('; '));
});

test('no answered act, no target: alone, after its own act, or too far back', () => {
  // (Session 17: a denial no one is named for answers the unknown claimant, "---"; never a named actor.)
  const named = (got: string[]): string[] => got.filter((g) => !g.endsWith(' ---'));
  assert.deepEqual(named(code('The Rwandan foreign minister denied any involvement.')), []);
  // The earlier act is the denier's own.
  const own = code('The Rwandan foreign minister accused Uganda of shelling the border. The minister denied any involvement in the raid.');
  assert.ok(!named(own).some((g) => g.startsWith('RWAGOV 016')), own.join('; '));
  const far = code(
    'The Ugandan president accused Rwanda of arming the rebels on Monday. Heavy rain fell in the capital. Schools were closed. Markets stayed open. The Rwandan foreign minister denied any involvement.',
  );
  assert.ok(!named(far).some((g) => g.startsWith('RWAGOV 016')), far.join('; '));
});

test('the sentence-level coder keeps target-less reactions out', () => {
  const run = eventCoder(createAnnals({ reuse: annals, coref: false }), '2009-06-10');
  const got = run('The Ugandan president accused Rwanda of arming the rebels on Monday. On Tuesday the Rwandan foreign minister denied any involvement.');
  assert.ok(!got.some((g) => g.startsWith('RWAGOV 016')), got.join('; '));
});
