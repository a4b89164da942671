import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from './index.js';

// dist/ingest/ -> repo root / examples
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

test('the shipped examples read with titles, datelines and dates', { skip: !existsSync(EXAMPLES) && 'examples/ not present' }, async () => {
  const got: [string, string | null, string | undefined][] = [];
  // The top-level examples only.
  const top = readdirSync(EXAMPLES).map((f) => join(EXAMPLES, f)).filter((p) => statSync(p).isFile());
  for await (const r of readInputs(top)) {
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    got.push([r.doc.id.replace(EXAMPLES, ''), r.doc.date, r.doc.dateline]);
  }
  assert.deepEqual(got, [
    ['baghdad-2006-12-04.txt', '2006-12-04', 'BAGHDAD, Dec. 4 (Reuters) -'],
    ['ceasefire-talks.md', '2006-12-12', 'ABUJA (AP) -'],
    ['ex-001', '2006-12-04', undefined],
    ['ex-002', '2006-12-06', undefined],
    ['ex-003', '2006-12-07', undefined],
    ['page.html', '2006-12-08', 'KABUL, Dec. 8 (Example News) -'],
    ['security-council.txt', '2006-12-05', 'UNITED NATIONS, Dec. 5, 2006 (AP) --'],
  ]);
});
