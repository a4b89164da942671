/**
 * Coding conventions of the issue-5 work (helper s13-conventions), on invented sentences through the whole
 * pipeline: condemnations of attacks no one is named for (src/article/unknown-agents.ts) and rejections of a
 * demand or request told before (src/article/implicit.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { hasEvent } from './testing.js';

const annals = createAnnals();
/** Events of an invented story, with the dateline a wire story has (its city is the article's home). */
const code = (text: string, dateline = 'BEIRUT, May 4 (AP) -'): string[] =>
  annals.codeDocument({ id: 't', text, date: '2011-05-04', path: '-', dateline }).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);

test('a condemnation of a bombing no one is named for is aimed at the unknown perpetrator', () => {
  const got = code(
    "Saturday's bombing of a mosque in Tripoli, which killed the imam and 40 worshippers, shocked the city.\n\n" +
      'The White House condemned the bombing on Sunday.',
  );
  assert.ok(hasEvent(got, 'USAGOV', '111', '---'), got.join('; '));
});

test('a condemnation of a kidnapping with no kidnapper named is aimed at the unknown kidnappers', () => {
  const got = code('Gunmen in police uniforms seized 30 people from a ministry office on Tuesday.\n\nThe French ambassador condemned the kidnapping.');
  assert.ok(got.some((g) => /^FRAGOV 111 ---/.test(g)), got.join('; '));
});

test('an attack by a named actor keeps its agent: the condemnation is aimed at the attackers, not at an unknown one', () => {
  const got = code('Israeli warplanes bombed a bridge near Tyre on Monday.\n\nThe Lebanese government condemned the bombing.');
  assert.ok(got.some((g) => /^LBNGOV 111 ISR/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => / 111 ---$/.test(g)), got.join('; '));
});

test('a condemnation of an act that is no attack ("condemned the decision") gets no unknown target', () => {
  const got = code('The Lebanese government condemned the decision on Monday.');
  assert.ok(!got.some((g) => / ---$/.test(g)), got.join('; '));
});

test('"rejected the demand" answers a demand told as a conditional threat', () => {
  const got = code(
    'Members of the Lebanese cabinet threatened on Monday to resign unless Syrian troops left the Bekaa valley.\n\n' +
      'The Syrian president rejected the demand.',
  );
  assert.ok(got.some((g) => /^SYRGOV 12\d* LBNGOV$/.test(g)), got.join('; '));
});

test('"dismissed the cabinet as illegitimate": a criticism of the actor judged', () => {
  const got = code('The Druze leader Walid Jumblatt dismissed the Lebanese cabinet as illegitimate on Tuesday.');
  assert.ok(got.some((g) => /^LBN\w* 111 LBNGOV$/.test(g)), got.join('; '));
});

test('"denounced the plan as an Israeli plot": a criticism of the state the "as" phrase names', () => {
  const got = code('Hezbollah denounced the plan as an Israeli plot.');
  assert.ok(got.some((g) => /^LBNREBHEZ 111 ISR/.test(g)), got.join('; '));
});

test('"dismissed the British criticism as hypocrisy" is no criticism of Britain by the "as" rule', () => {
  const got = code('The Iranian foreign minister dismissed the British criticism as hypocrisy.');
  assert.ok(!got.some((g) => /^IRNGOV 111 GBR/.test(g)), got.join('; '));
});
