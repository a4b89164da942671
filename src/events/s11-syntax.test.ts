/**
 * Argument-finding families (issue 5, syntax part, session 11) through the whole pipeline
 * (`createAnnals`): each test codes invented news sentences and checks who is the source
 * and the target of an event when the sentence's structure (a relative clause, a description
 * set off by commas, a conjoined infinitive, a trailing participle, a clause of time) misleads.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnals } from '../annals.js';
import { eventCoder, hasEvent } from './testing.js';

const annals = createAnnals();
const code = eventCoder(annals, '2012-03-14');
const has = hasEvent;

test('"X called on Y to hold Z accountable": the person addressed through "on" is the target, even when coded like the source', () => {
  const got = code('Kenyan Vice President William Ruto called on Kibaki to hold the police commanders accountable.');
  assert.ok(has(got, 'KENGOV', '02', 'KENGOV'), got.join('; '));
  // Those the infinitive names are not whom he called on.
  assert.ok(!got.some((g) => / 02\d* KENCOP$/.test(g)), got.join('; '));
});

test('"appealed to the neighbours to stop using X": an unnamed addressee leaves no target to the infinitive it carries', () => {
  const got = code('The African Union envoy, Jean Ping, appealed to the neighbours to stop using Somalia as a battlefield for their own quarrels.');
  assert.ok(!got.some((g) => / 02\d* SOM/.test(g)), got.join('; '));
});

test('"pressed X to stop A and to push B through parliament": the second infinitive goes on with the first, not with "pressed"', () => {
  const got = code(
    'Ugandan President Yoweri Museveni pressed Kenyan President Mwai Kibaki on Monday to stop relying on the Luo bloc of Raila Odinga and to push a package of land laws through parliament.',
  );
  assert.ok(has(got, 'UGAGOV', '02', 'KENGOV'), got.join('; '));
  // Museveni pushes nothing through the Kenyan parliament.
  assert.ok(!got.some((g) => /^UGAGOV \S+ KENLEG$/.test(g)), got.join('; '));
});

test('"N days after guards opened fire and killed X": the second verb of the time clause is the guards\', not the main subject\'s', () => {
  const got = code(
    "Kenya's Interior Ministry suspended the licence of a British security firm on Friday, three days after guards working for the firm opened fire in a busy Mombasa market and killed nine Kenyan civilians.",
  );
  assert.ok(!got.some((g) => /^KENGOV 1[89]\d* KENCVL$/.test(g)), got.join('; '));
  assert.ok(got.some((g) => /^GBR\S* 1[89]\d* KENCVL$/.test(g)), got.join('; '));
});

test('"refused to give up X, filing a complaint with the court": a trailing participle\'s actors are no target of the refusal', () => {
  const got = code("Raila Odinga refused again on Tuesday to give up the premiership, filing a second complaint with Kenya's highest court.");
  assert.ok(!got.some((g) => / 12\d* KENJUD$/.test(g)), got.join('; '));
  // A participle done to the same thing ("sending it back") still names where it goes.
  const veto = code("Kenya's president vetoed the land bill, sending it back to parliament.");
  assert.ok(has(veto, 'KENGOV', '12', 'KENLEG'), veto.join('; '));
});

test('"accused foreign elements of smuggling weapons to the militia": an unnamed accused leaves no target to the charge', () => {
  const got = code('The prime minister of Kenya also accuses foreign elements of smuggling weapons to the militia across the Somali border.');
  assert.ok(!got.some((g) => / 11\d* /.test(g)), got.join('; '));
  // An actor named in the object phrase is still the accused.
  const named = code('Odinga, in a televised speech, defended the police, and accused "remnants of the old regime and al Shabaab" of infiltrating the protests.');
  assert.ok(named.some((g) => /^KEN\S* 11\d* SOMREBSHB$/.test(g)), named.join('; '));
});

test('"X, a militia that officials say ..., claimed responsibility": after ", and", the new clause\'s subject is its source', () => {
  const got = code(
    "A roadside bomb struck a Kenyan convoy near Garissa on Sunday, wounding three soldiers, and al Shabaab, a Somali militia that Kenyan commanders say is trained by Eritrea's army, claimed responsibility for rocket attacks on a Kenyan base in Lamu last week.",
  );
  assert.ok(got.some((g) => /^SOMREBSHB 01\d* KEN/.test(g)), got.join('; '));
  assert.ok(!got.some((g) => /^---UAF 01\d* /.test(g)), got.join('; '));
});

test('"Siniora, a moderate Sunni who has clashed with Hezbollah, ...": the relative clause of a description is the named person\'s', () => {
  const got = code('Lebanese Prime Minister Fouad Siniora, a moderate Sunni who has clashed with Hezbollah over its weapons, appealed to Shiites to ignore the boycott.');
  assert.ok(has(got, 'LBNGOV', '02', 'LBNSHI'), got.join('; '));
  assert.ok(!got.some((g) => /^LBN\S*SUN /.test(g)), got.join('; '));
});

test('"said the report showed that leaders had failed ... and urged Y": a simple past appeal after a past perfect is the speaker\'s', () => {
  const got = code(
    'Senator John McCain, the ranking Republican on the committee, said the fighting showed that Lebanese leaders had failed to reach a deal and urged the White House to press them harder.',
  );
  assert.ok(has(got, 'USALEG', '02', 'USAGOV'), got.join('; '));
  assert.ok(!got.some((g) => /^LBN\S* 02\d* USAGOV$/.test(g)), got.join('; '));
});

test('"pushed into the districts, where gunmen fired ...": a "where" clause is the place\'s, not a second act of the subject', () => {
  const got = code(
    'Moqtada al-Sadr called for calm. Army units pushed into the Hayyaniya and Jumhuriya districts at dawn, where gunmen loyal to the cleric fired rocket-propelled grenades at their armored vehicles from alleys and rooftops.',
  );
  // The army did not occupy or attack the gunmen by pushing into the districts.
  assert.ok(!got.some((g) => /^IRQMIL 19\d* /.test(g)), got.join('; '));
  // The clause's pronoun subject is still the sentence's subject, not the place.
  const met = code("Uganda's ambassador in Nairobi, Joseph Tomusange, spent the day at the Kenyan parliament, where he met senators from both parties.");
  assert.ok(has(met, 'UGAGOV', '04', 'KENLEG'), met.join('; '));
});

test('"bombed a building where militiamen were firing": the pre-verb words of the main clause are no pattern of the relative clause', () => {
  const got = code('U.S. jets dropped two bombs on a building where militiamen were firing on Iraqi troops.');
  // "bombs" belongs to the jets' act: the militiamen's firing is no bombing.
  assert.ok(!got.some((g) => / 183\d* /.test(g)), got.join('; '));
});

test('"stormed a mosque in which fighters had taken refuge": force on a place is aimed at those its relative clause puts there', () => {
  const got = code('Kenyan troops stormed a mosque in which al Shabaab fighters had taken refuge.');
  assert.ok(has(got, 'KENMIL', '19', 'SOMREBSHB'), got.join('; '));
});
