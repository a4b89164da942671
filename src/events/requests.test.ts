import { test } from 'node:test';
import assert from 'node:assert/strict';
import { refusalCode, requestCode, requestedSuffix, requestFamily } from './requests.js';

test('request families are the appeal and demand roots', () => {
  assert.equal(requestFamily('020'), '02');
  assert.equal(requestFamily('1056'), '10');
  assert.equal(requestFamily('010'), null);
  assert.equal(requestFamily('190'), null);
});

test('the requested act picks the shared sub-code of appeals and demands', () => {
  const ask = (code: string, neg = false) => [requestCode('02', requestedSuffix(code, neg)), requestCode('10', requestedSuffix(code, neg))];
  assert.deepEqual(ask('0841'), ['0253', '1053']); // release persons
  assert.deepEqual(ask('0873'), ['0256', '1056']); // demobilize
  assert.deepEqual(ask('0832'), ['0242', '1042']); // accede to policy change
  assert.deepEqual(ask('085'), ['0254', '1054']); // ease sanctions
  assert.deepEqual(ask('062'), ['0212', '1012']); // military cooperation
  assert.deepEqual(ask('073'), ['0233', '1033']); // humanitarian aid
  assert.deepEqual(ask('046'), ['026', '106']); // negotiate
  assert.deepEqual(ask('045'), ['028', '108']); // mediate
  assert.deepEqual(ask('057'), ['022', '102']); // sign an agreement
  assert.deepEqual(ask('0356'), ['0256', '1056']); // an intent asked for
  assert.deepEqual(ask('190'), ['020', '100']); // asked to fight: a plain request
  assert.deepEqual(ask('190', true), ['0256', '1056']); // asked not to fight
  assert.deepEqual(ask('1041'), ['020', '100']); // asked to demand: a plain request
});

test('an act refused maps to the reject branch', () => {
  assert.equal(refusalCode('046'), '125'); // not negotiate
  assert.equal(refusalCode('045'), '126'); // not mediate
  assert.equal(refusalCode('0841'), '1243'); // not release
  assert.equal(refusalCode('087'), '1246'); // not de-escalate
  assert.equal(refusalCode('062'), '1212'); // not cooperate militarily
  assert.equal(refusalCode('073'), '1223'); // not give humanitarian aid
  assert.equal(refusalCode('0832'), '1232'); // not change policy
  assert.equal(refusalCode('057'), '120'); // not sign
  assert.equal(refusalCode('190'), null); // not attack: no refusal code
});
