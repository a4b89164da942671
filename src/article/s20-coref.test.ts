import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleMentions } from '../testkit/article.js';

const annals = createAnnals({ geo: false });

/** The article-level code of each mention whose text is `phrase` (in order), for an invented article. */
const resolve = (text: string): ((phrase: string) => string[]) => articleMentions(annals, text, 'BAGHDAD, May 14 (AP) -', 20070514).codes;

// A verb conjoined to a reporting verb after the clause it reports may belong to that clause: "him" is then that
// clause's object, never its subject.

test('"said A had spoken to B and urged him": him is B, not A', () => {
  const codes = resolve(
    'Iraqi Prime Minister Nouri al-Maliki met tribal leaders in Ramadi on Sunday. ' +
      'White House spokesman Tony Snow said President George W. Bush had spoken to Maliki by telephone on Monday and urged him to pass the oil law.',
  );
  assert.deepEqual(codes('him'), ['IRQGOV']);
});
