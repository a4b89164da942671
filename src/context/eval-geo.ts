/**
 * Location check: codes the invented sentences of data/geo/check.jsonl with the whole
 * pipeline (annals' own dictionaries, or --dict) and compares each document's event
 * locations with the expected place: name, country, precision, and coordinates within
 * 0.25 degrees (about 25 km; GeoNames points vs. our reference points).
 *   node dist/context/eval-geo.js [--dict PATH]... [--verbose]
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAnnals } from '../annals.js';
import type { EventRecord } from '../events/types.js';

interface Expect {
  text: string;
  country: string | null;
  precision?: string;
  lat?: number;
  lon?: number;
}
interface Item {
  id: string;
  text: string;
  date: string;
  dateline?: string;
  expect: Expect;
}

const TOLERANCE = 0.25;
const { values } = parseArgs({ options: { dict: { type: 'string', multiple: true }, verbose: { type: 'boolean', default: false } } });
const file = fileURLToPath(new URL('../../data/geo/check.jsonl', import.meta.url));
const items = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim().length > 0)
  .map((l) => JSON.parse(l) as Item);
const annals = createAnnals({ dicts: values.dict ?? [] });

/** Why a location does not match the expectation, or '' when it does. */
function mismatch(got: EventRecord['location'], e: Expect): string {
  if (!got) return 'no location';
  if (got.text.toLowerCase() !== e.text.toLowerCase()) return `place "${got.text}"`;
  if (got.country !== e.country) return `country ${got.country}`;
  if ((got.precision ?? null) !== (e.precision ?? null)) return `precision ${got.precision ?? '-'}`;
  if (e.lat === undefined || e.lon === undefined) return got.lat === undefined ? '' : `unexpected coordinates ${got.lat},${got.lon}`;
  if (got.lat === undefined || got.lon === undefined) return 'no coordinates';
  const off = Math.max(Math.abs(got.lat - e.lat), Math.abs(got.lon - e.lon));
  return off <= TOLERANCE ? '' : `coordinates ${got.lat},${got.lon} (${off.toFixed(2)} deg off)`;
}

let noEvent = 0;
let right = 0;
const wrong: string[] = [];
for (const it of items) {
  const { events } = annals.codeDocument({ id: it.id, text: it.text, date: it.date, dateline: it.dateline, path: file });
  if (events.length === 0) {
    noEvent++;
    wrong.push(`${it.id}: no event coded: ${it.text}`);
    continue;
  }
  // The document's place: the one its events agree on (they share one clause here).
  const why = mismatch(events[0].location, it.expect);
  if (!why) right++;
  else wrong.push(`${it.id}: ${why} (expected ${JSON.stringify(it.expect)}): ${it.text}`);
  if (values.verbose) console.log(`${it.id} ${why ? 'WRONG' : 'ok   '} ${JSON.stringify(events[0].location)}`);
}
const coded = items.length - noEvent;
console.log(`locations: ${right}/${coded} right (${((100 * right) / Math.max(1, coded)).toFixed(1)}%) on ${items.length} invented sentences; ${noEvent} without a coded event`);
for (const w of wrong) console.log(`  ${w}`);
