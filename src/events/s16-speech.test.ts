/**
 * Speech-act families (issue 5, session 16): disapproval of an act named by a noun, rejection of a charge whose author
 * is named, and appeals for calm naming no one asked, through the whole article pipeline on invented articles.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleDyads } from '../testkit/article.js';

// As `annals code` and the article scorer run: dyads only, filters on, article-level coreference.
const annals = createAnnals({ coref: true, geo: false, coder: { requireDyad: true } });

/** The article's events as "sentence SOURCE>TARGET CAMEO" strings (sentences counted from 0, after the dateline). */
function dyads(raw: string, date = '2012-03-14'): string[] {
  return articleDyads(annals, raw, date);
}

test('"condemned the raid" with the raid told in the lead by another verb: aimed at the raiders', () => {
  const got = dyads(
    'KABUL, Afghanistan (AP) - Afghan troops swept into a religious school near the border in a dawn raid on Monday and killed 14 people, witnesses said. ' +
      'The school had been closed for a week. ' +
      'Local elders said the students had no weapons. ' +
      'The fighting spread to two villages on Tuesday. ' +
      "Pakistan's Foreign Ministry condemned the raid and urged Kabul to punish those responsible.",
  );
  assert.ok(got.some((g) => /^4 PAKGOV>AFGMIL 11/.test(g)), got.join('; '));
});

test('"condemned the bloodshed" with no act told just before: the story\'s own attackers', () => {
  const got = dyads(
    'KABUL, Afghanistan (AP) - Afghan troops opened fire on a crowd of protesters in Herat on Monday, killing nine people. ' +
      'The protesters had gathered outside the governor\'s office. ' +
      'Shops stayed closed across the city on Tuesday. ' +
      'The U.N. envoy, Lena Holm, condemned the bloodshed in a statement.',
  );
  assert.ok(got.some((g) => /^3 IGOUNO>AFG\w* 11/.test(g)), got.join('; '));
  // The envoy condemns no one of her own.
  assert.ok(!got.some((g) => /^3 IGOUNO>IGO\w* 11/.test(g)), got.join('; '));
});

test('"called the decision reckless": a criticism of the one whose decision the lead told', () => {
  const got = dyads(
    'NAIROBI, Kenya (AP) - President Samuel Otieno on Monday ordered the closure of three ministries to cut spending. ' +
      'The opposition leader, Grace Wanjiru, called the decision reckless.',
  );
  assert.ok(got.some((g) => /^1 KENOPP>KENGOV 111$/.test(g)), got.join('; '));
});

test('a judgement of a decision with no act in the lead to answer names no one', () => {
  const got = dyads(
    'NAIROBI, Kenya (AP) - Heavy rain flooded the capital on Monday. ' +
      'The opposition leader, Grace Wanjiru, called the decision reckless.',
  );
  assert.ok(!got.some((g) => /^1 KENOPP>\S+ 11/.test(g)), got.join('; '));
});

test('"rejected charges by opposition lawmakers that ...": the rejection answers the charge\'s author, not the accused', () => {
  const got = dyads(
    'ANKARA, Turkey (AP) - Turkish police detained 40 students at a rally in Izmir on Sunday. ' +
      'Interior Minister Kemal Arslan rejected charges by opposition lawmakers that the police had beaten the students.',
  );
  assert.ok(got.some((g) => /^1 TURGOV>TUR(OPP|LEG)\w* 016$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^1 TURGOV>TURCOP 016$/.test(g)), got.join('; '));
});

test('"dismissed claims from rival parties that ...": the author after "from" is answered', () => {
  const got = dyads(
    'BAGHDAD (AP) - Election officials began counting ballots on Sunday. ' +
      'The head of the election commission, Ali Hamdan, dismissed claims from Sunni politicians that the count had been rigged.',
  );
  assert.ok(got.some((g) => /^1 \S+>IRQPTYSUN 016$/.test(g)), got.join('; '));
});

test('"..., a charge Damascus dismissed as absurd": the appended dismissal answers the accuser', () => {
  const got = dyads(
    'BEIRUT, Lebanon (AP) - Lebanese officials accused Syria of arming the militias in Tripoli, a charge Damascus dismissed as absurd.',
  );
  assert.ok(got.some((g) => /^0 SYR\w*>LBN\w* 016$/.test(g)), got.join('; '));
});

test('"called for calm" and "appealed for restraint" naming no one asked: made to the home country', () => {
  const got = dyads(
    'KARACHI, Pakistan (AP) - A bomb tore through a crowded market in Karachi on Friday, killing 20 people. ' +
      'The city\'s leading cleric, Maulana Yusuf Ahmadi, called for calm in a sermon on Friday. ' +
      'U.N. Secretary-General Anna Berg condemned the bombing and appealed for restraint.',
  );
  assert.ok(got.some((g) => /^1 PAK\w*>PAK 02/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^2 IGOUNO>PAK 02/.test(g)), got.join('; '));
});

test('an appeal for calm that names those asked keeps them', () => {
  const got = dyads('KARACHI, Pakistan (AP) - U.N. Secretary-General Anna Berg urged the Pakistani government to show restraint.');
  assert.ok(got.some((g) => /^0 IGOUNO>PAKGOV 02/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^0 IGOUNO>PAK 02/.test(g)), got.join('; '));
});

test('"condemned the attacks on lawmakers" some sentences after the lead\'s storming of parliament: aimed at the stormers', () => {
  const got = dyads(
    'BAGHDAD (AP) - Thousands of followers of Shiite cleric Hassan al-Karbalai stormed parliament in Baghdad on Saturday and beat several lawmakers. ' +
      'The crowd left the building after dark. ' +
      'Shops in the capital stayed closed on Sunday. ' +
      'The Kurdish lawmakers flew home to Irbil. ' +
      'The U.N. envoy to Iraq, Lena Holm, condemned the attacks on lawmakers.',
  );
  assert.ok(got.some((g) => /^4 IGOUNO>IRQ(OPP|REL|CVL|PTY)\w* 11/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^4 IGOUNO>IRQLEG 11/.test(g)), got.join('; '));
});
