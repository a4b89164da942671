import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnnals } from '../annals.js';
import { againstCivilians } from './coder.js';

test('againstCivilians: force on civilians is unconventional violence, other fights keep their code', () => {
  assert.equal(againstCivilians('193', 'KENCVL'), '180');
  assert.equal(againstCivilians('190', '---CVL'), '180');
  assert.equal(againstCivilians('193', 'KENOPP'), '193');
  assert.equal(againstCivilians('195', 'SYRCVL'), '195');
  assert.equal(againstCivilians('193', null), '193');
});

test('default knowledge base: shooting civilians, beating with batons, pulling ministers out of the cabinet', () => {
  const annals = createAnnals({ cacheDir: false });
  const code = (text: string) =>
    annals.codeDocument({ id: 'd', text, date: '2007-08-20', path: '-' }).events.map((e) => `${e.source.code}>${e.target?.code}:${e.cameo}`);
  const shot = code('The commission said most of the victims had been shot by Kenyan police in the Kibera slum.');
  assert.ok(shot.includes('KENCOP>KENCVL:180'), JSON.stringify(shot));
  const pulled = code('The Iraqi Accord Front pulled its six ministers out of the cabinet on Wednesday.');
  assert.ok(pulled.some((d) => d.startsWith('IRQPTYSUN>IRQGOV:16')), JSON.stringify(pulled));
  const beat = code('Kenyan police beat several students with batons in Nairobi on Tuesday.');
  assert.ok(beat.includes('KENCOP>KENEDU:182'), JSON.stringify(beat));
  // "beat" alone is also "defeat": no assault without a weapon.
  assert.deepEqual(code('Kenyan police beat the Ugandan army in the football final.').filter((d) => d.includes(':18')), []);
});
