import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CAMEO_CODES, cameoInfo, quadClassOfRoot } from './cameo.js';
import { PLOVER_TYPES, ploverFor } from './plover.js';

test('CAMEO table covers all 20 roots and the full 1.1b3 code list', () => {
  for (let r = 1; r <= 20; r++) {
    const root = String(r).padStart(2, '0');
    assert.ok(CAMEO_CODES.has(root), root);
    assert.ok(CAMEO_CODES.has(`${root}0`), `${root}0`);
  }
  assert.ok(CAMEO_CODES.size > 280, `size ${CAMEO_CODES.size}`);
  for (const info of CAMEO_CODES.values()) {
    assert.ok(info.goldstein >= -10 && info.goldstein <= 10, info.code);
    assert.equal(info.root, info.code.slice(0, 2));
    assert.ok(info.name.length > 2);
  }
});

test('cameoInfo gives the standard Goldstein weights and quad classes', () => {
  assert.deepEqual(cameoInfo('042'), { code: '042', name: 'Make a visit', root: '04', goldstein: 1.9, quadClass: 1 });
  assert.equal(cameoInfo('057')?.goldstein, 8);
  assert.equal(cameoInfo('0874')?.goldstein, 10);
  assert.equal(cameoInfo('072')?.quadClass, 2);
  assert.equal(cameoInfo('112')?.quadClass, 3);
  assert.equal(cameoInfo('190')?.goldstein, -10);
  assert.equal(cameoInfo('190')?.quadClass, 4);
  assert.equal(cameoInfo('130')?.goldstein, -4.4);
  assert.equal(quadClassOfRoot('05'), 1);
  assert.equal(quadClassOfRoot('06'), 2);
  assert.equal(quadClassOfRoot('09'), 3);
  assert.equal(quadClassOfRoot('14'), 4);
});

test('cameoInfo falls back to the nearest listed parent and rejects non-codes', () => {
  assert.equal(cameoInfo('0234')?.code, '0234');
  assert.equal(cameoInfo('0239')?.code, '023');
  assert.equal(cameoInfo('109')?.code, '10');
  assert.equal(cameoInfo(' 042 ')?.code, '042');
  assert.equal(cameoInfo('---'), undefined);
  assert.equal(cameoInfo(''), undefined);
  assert.equal(cameoInfo('21'), undefined);
  assert.equal(cameoInfo('4'), undefined);
});

test('ploverFor maps CAMEO codes to PLOVER types and modes', () => {
  assert.deepEqual(ploverFor('042'), { type: 'CONSULT', mode: 'visit' });
  assert.deepEqual(ploverFor('040'), { type: 'CONSULT', mode: null });
  assert.deepEqual(ploverFor('0871'), { type: 'RETREAT', mode: 'ceasefire' });
  assert.equal(ploverFor('1123')?.type, 'ACCUSE');
  assert.equal(ploverFor('173')?.type, 'COERCE');
  assert.equal(ploverFor('193')?.type, 'ASSAULT');
  assert.equal(ploverFor('1041')?.type, 'REQUEST');
  assert.equal(ploverFor('163')?.type, 'SANCTION');
  assert.equal(ploverFor('154')?.type, 'MOBILIZE');
  assert.equal(ploverFor('010'), null);
  assert.equal(ploverFor('---'), null);
  assert.equal(ploverFor('99'), null);
  // Every listed code maps to one of the 16 types or to null.
  const seen = new Set<string>();
  for (const code of CAMEO_CODES.keys()) {
    const p = ploverFor(code);
    if (p) {
      assert.ok((PLOVER_TYPES as readonly string[]).includes(p.type), `${code} -> ${p.type}`);
      seen.add(p.type);
    }
  }
  assert.equal(seen.size, 16);
});
