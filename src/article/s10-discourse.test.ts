import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';

const annals = createAnnals({ geo: false });
const code = (text: string, dateline = 'BAGHDAD, May 3 (Reuters) -', date = '2008-05-03'): string[] =>
  annals.codeDocument({ id: 't', text, date, path: '-', dateline }).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);

test('"the late Syrian president" is no antecedent of a later "the president" or "he"', () => {
  const got = code(
    'The envoy, who once negotiated with the late Syrian president Hafez al-Assad, argued that talks had worked before. ' +
      'Senator Harry Reid praised the report and called on the president to adopt its proposals.',
    'WASHINGTON, Dec. 7, 2006 (Reuters) -',
    '2006-12-07',
  );
  assert.ok(!got.some((g) => /^USALEG 02\d* SYR/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^USALEG 02\d* USAGOV$/.test(g)), got.join('; '));
});

test('"the prime minister" is the office holder named before, not a nameless court official quoted since', () => {
  const got = code(
    'Nouri al-Maliki filed a complaint with the Federal Supreme Court on Monday against his party colleague Haider al-Abadi. ' +
      'The court will hear the complaint next week, a court official said. ' +
      'Later on Monday, the prime minister criticized the Kurdish regional government.',
    'BAGHDAD, Aug. 12, 2014 (AP) -',
    '2014-08-12',
  );
  assert.ok(got.some((g) => /^IRQGOV 11\d* IRQGOVKUR$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRQ(JUD|ELI)\w* 11\d* IRQGOVKUR$/.test(g)), got.join('; '));
});

test('"the two governments" after the prime minister and the Kurdish regional president are both governments', () => {
  const got = code(
    'Prime Minister Nouri al-Maliki and Massoud Barzani traded accusations over oil contracts on Monday. ' +
      'On Tuesday the U.S. ambassador urged the two governments to settle the dispute through a national oil law.',
    'BAGHDAD, Nov. 20, 2012 (AP) -',
    '2012-11-20',
  );
  assert.ok(got.some((g) => /^USAGOV 02\d* IRQGOV$/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^USAGOV 02\d* IRQGOVKUR$/.test(g)), got.join('; '));
});

test('"both sides" are two actors: a list of one code ("tanks and artillery") does not replace the pair before it', () => {
  const got = code(
    'Iraqi soldiers and Kurdish peshmerga fighters exchanged fire near Kirkuk on Friday, and both sides now have tanks and artillery facing each other. ' +
      'The United States has urged both sides to pull back.',
    'BAGHDAD, Nov. 20, 2012 (AP) -',
    '2012-11-20',
  );
  const appeals = got.filter((g) => /^USAGOV 02\d* /.test(g));
  assert.ok(appeals.length >= 2, got.join('; '));
  assert.ok(appeals.some((g) => /KUR/.test(g)), got.join('; '));
});

test('a denial for its own side ("denied that Tehran was arming ...") answers the claimant told before, not the denied act\'s object', () => {
  const got = code(
    'U.S. commanders accused Iran on Friday of smuggling rockets to Shiite militias in Basra. ' +
      'The Iraqi government said it would look into the matter. ' +
      "Iran's foreign ministry spokesman denied on Saturday that Tehran was supplying the militias.",
  );
  assert.ok(got.some((g) => /^IRNGOV 016 USA/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRNGOV 016 IRQ/.test(g)), got.join('; '));
  // No claim before it: the denied act's object is still no target (the unknown claimant is, session 17).
  const alone = code("Iran's foreign ministry spokesman denied on Saturday that Tehran was supplying the Shiite militias.");
  assert.ok(!alone.some((g) => /^IRNGOV 016 (?!---$)/.test(g)), alone.join('; '));
  // A denied attack keeps its victims ("denied that its helicopters had fired on civilians").
  const attack = code('A U.S. military spokesman denied on Tuesday that American helicopters had fired on civilians in Sadr City.');
  assert.ok(!attack.some((g) => /^USA\w* 016 USA/.test(g)), attack.join('; '));
});

test('"the prime minister\'s media adviser" speaks for the prime minister (GOV), not for the media', () => {
  const got = code(
    'Prime Minister Nouri al-Maliki met Kurdish leaders in Baghdad on Monday. ' +
      "On Tuesday the prime minister's media adviser accused the Kurdish parties of blocking the oil law.",
    'BAGHDAD, Oct. 4, 2011 (Reuters) -',
    '2011-10-04',
  );
  assert.ok(got.some((g) => /^IRQGOV 11\d* IRQ\w*KUR/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRQMED /.test(g)), got.join('; '));
});

test('"X make up ..., and Y accuse them": the first clause\'s subject, not the pair of the sentence before', () => {
  const got = code(
    'The offensive has laid bare the tensions between Arabs and Kurds over the province. ' +
      'Kurdish peshmerga troops make up much of the force in the city, and Sunni Arab leaders accuse them of seizing land.',
  );
  assert.ok(got.some((g) => /^IRQ\w*SUN 11\d* IRQMILKUR$/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^IRQ\w*SUN 11\d* IRQ(ARB|SUN)$/.test(g)), got.join('; '));
});
