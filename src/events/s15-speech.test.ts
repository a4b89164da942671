/**
 * Speech-act families (issue 5, session 15): promises, demands, threats, accusations and denials whose addressee the
 * sentence leaves out or misplaces, through the whole article pipeline on invented articles.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { articleDyads } from '../testkit/article.js';

// As `annals code` and the article scorer run: dyads only, filters on, article-level coreference.
const annals = createAnnals({ coref: true, geo: false, coder: { requireDyad: true } });

/** The article's events as "sentence SOURCE>TARGET CAMEO" strings (sentences counted from 0, after the dateline). */
function dyads(raw: string, date = '2009-05-06'): string[] {
  return articleDyads(annals, raw, date);
}

test('"pledged that the United States would help rebuild it": a promise from abroad about its own side is made to the home government', () => {
  const got = dyads(
    'BAGHDAD (AP) - Iraqi Prime Minister Ali Hamdan demanded on Sunday that foreign contractors leave the country. ' +
      'In Washington, President Mark Ellison condemned the bombing of the bridge and pledged that the United States would help rebuild it.',
  );
  assert.ok(got.some((g) => /^1 USAGOV>IRQGOV 03/.test(g)), got.join('; '));
  // Not a promise to itself.
  assert.ok(!got.some((g) => /^1 USAGOV>USA\w* 03/.test(g)), got.join('; '));
});

test('"telephoned Hamdan and pledged that the United States would ...": the promise is made to the one contacted', () => {
  const got = dyads(
    'BAGHDAD (AP) - Iraqi Prime Minister Ali Hamdan demanded on Sunday that foreign contractors leave the country. ' +
      'U.S. Secretary of State Ellen Marsh telephoned Hamdan on Monday and pledged that the United States would stand with his government.',
  );
  assert.ok(got.some((g) => /^1 USAGOV>IRQGOV 03/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^1 USAGOV>USA\w* 03/.test(g)), got.join('; '));
});

test('"also promised that Britain would work with ...": the promise goes to whom the promiser spoke in the sentence before', () => {
  const got = dyads(
    'ANKARA, Turkey (AP) - Turkish Prime Minister Kemal Arslan said on Monday that his army would pursue the rebels into the mountains. ' +
      'The British foreign secretary spoke with Arslan by telephone and urged him to show restraint. ' +
      'The foreign secretary also promised that Britain would work with the Iraqis against the rebels.',
  );
  assert.ok(got.some((g) => /^2 GBRGOV>TURGOV 03/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^2 GBRGOV>GBR\w* 03/.test(g)), got.join('; '));
});

test('a domestic promise about its own government with no one it is made to is given no addressee', () => {
  const got = dyads(
    'BAGHDAD (AP) - Iraqi Prime Minister Ali Hamdan met protest leaders in Basra on Sunday. ' +
      'On Monday Hamdan promised that his government would review the contracts of the oil companies.',
  );
  assert.ok(!got.some((g) => /^1 IRQGOV>IRQGOV 03/.test(g)), got.join('; '));
});

test('"rejected the demand" some sentences after it: the demand made of the rejecting side answers it', () => {
  const got = dyads(
    'ANKARA, Turkey (AP) - Turkish Prime Minister Kemal Arslan demanded on Monday that the Kurdish regional government hand over the rebel leaders hiding in the mountains. ' +
      '"We have waited long enough," Arslan told reporters in Ankara. ' +
      'Turkish warplanes bombed rebel positions near the border on Sunday, the army said. ' +
      'Villagers said two shepherds were wounded in the raids. ' +
      "The Turkish parliament voted last week to extend the army's mandate for another year. " +
      'The Kurdish regional government rejected the demand on Tuesday.',
  );
  assert.ok(got.some((g) => /^5 IRQGOVKUR>TUR\w* 12/.test(g)), got.join('; '));
});

test('"His critics accuse him of ..., a charge he denies": the accused denies it to his critics, however they were resolved', () => {
  const got = dyads(
    'BAGHDAD (AP) - Prime Minister Ali Hamdan has dominated Iraqi politics since 2010. ' +
      'His critics accuse him of hoarding power and sidelining the Kurds, a charge he denies.',
  );
  assert.ok(got.some((g) => /^1 IRQGOV>IRQOPP 016$/.test(g)), got.join('; '));
  // The critics deny nothing.
  assert.ok(!got.some((g) => /^1 IRQOPP>\S+ 016$/.test(g)), got.join('; '));
});

test('"condemned the seizure of Tikrit": the condemnation is aimed at who seized it, not at the town', () => {
  const got = dyads(
    'BAGHDAD (AP) - Islamic State fighters seized the city of Tikrit on Wednesday after government troops fled. ' +
      'Thousands of families escaped to the Kurdish region, officials said. ' +
      'The U.N. envoy, Maria Lund, condemned the seizure of Tikrit and urged Iraqi leaders to unite.',
  );
  assert.ok(got.some((g) => /^2 IGOUNO>IMGMUSISI 11/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^2 IGOUNO>IRQ 11/.test(g)), got.join('; '));
});

test('"warned the Kurds that ... would take the city by force if the Peshmerga ...": the threat is aimed at the one warned', () => {
  const got = dyads(
    'BAGHDAD (AP) - Iraqi troops moved toward the oil city on Monday. ' +
      'An Iranian general had warned the Kurds that Baghdad\'s forces would take the city by force if the Peshmerga did not leave.',
  );
  assert.ok(got.some((g) => /^1 IRN\w*>IRQKUR 13/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^1 IRN\w*>IRQMIL\w* 13/.test(g)), got.join('; '));
  // With no one warned by name, the condition's subject still takes the threat.
  const bare = dyads(
    'BAGHDAD (AP) - Iraqi troops moved toward the oil city on Monday. ' +
      'The Sadrist bloc threatened to quit the cabinet if the government signed the pact.',
  );
  assert.ok(bare.some((g) => /^1 IRQPTYSDR\w*>IRQGOV 13/.test(g)), bare.join('; '));
});

test('a denial of a part in "the ambush" answers the latest ambush before it, not an earlier one on another victim', () => {
  const got = dyads(
    'BEIRUT (AP) - Gunmen ambushed a convoy of Syrian diplomats near Zahle on Monday. ' +
      'The Syrian foreign minister condemned the attack. ' +
      'On Tuesday gunmen ambushed a patrol of Lebanese soldiers near Baalbek, killing two of them. ' +
      'The Amal movement denied on Wednesday that it had any role in the ambush.',
  );
  assert.ok(got.some((g) => /^3 LBNPTYAML>LBNMIL 01\d/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^3 LBNPTYAML>SYR\w* 01\d/.test(g)), got.join('; '));
});
