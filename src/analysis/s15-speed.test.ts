// Speed session 15: huge pages under the model tables (bench/hugepages.ts, measured by
// bench/hugepages-inproc.ts: no gain on this host; the helpers and the mechanism are tested here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { anonHugePagesKb, asksHugetlb, HUGETLB_TUNABLE, withHugetlb } from '../bench/hugepages.js';

test('withHugetlb adds the tunable and keeps the other glibc tunables', () => {
  assert.equal(withHugetlb(undefined), HUGETLB_TUNABLE);
  assert.equal(withHugetlb(''), HUGETLB_TUNABLE);
  assert.equal(withHugetlb('glibc.malloc.arena_max=2'), `glibc.malloc.arena_max=2:${HUGETLB_TUNABLE}`);
  // An earlier hugetlb setting is replaced, not repeated.
  assert.equal(
    withHugetlb('glibc.malloc.hugetlb=0:glibc.malloc.tcache_count=0'),
    `glibc.malloc.tcache_count=0:${HUGETLB_TUNABLE}`,
  );
});

test('asksHugetlb reads the tunable list', () => {
  assert.equal(asksHugetlb(undefined), false);
  assert.equal(asksHugetlb('glibc.malloc.hugetlb=0'), false);
  assert.equal(asksHugetlb('glibc.malloc.arena_max=4:glibc.malloc.hugetlb=1'), true);
  assert.equal(asksHugetlb('glibc.malloc.hugetlb=2'), true);
  assert.equal(asksHugetlb('glibc.malloc.hugetlb=10'), false);
  assert.equal(asksHugetlb(withHugetlb('glibc.malloc.hugetlb=0')), true);
});

test('anonHugePagesKb reads the figure of a smaps_rollup text', () => {
  const text = [
    '55d0c0000000-7ffd00000000 ---p 00000000 00:00 0                          [rollup]',
    'Rss:              151234 kB',
    'AnonHugePages:     47104 kB',
    'ShmemPmdMapped:        0 kB',
  ].join('\n');
  assert.equal(anonHugePagesKb(text), 47104);
  assert.equal(anonHugePagesKb('Rss: 10 kB\nShmemHugePages: 2048 kB\n'), null);
});

// The mechanism itself, where the host can show it: THP in madvise or always
// mode and glibc (whose loader path is the usual Debian/Ubuntu one).
const thp = existsSync('/sys/kernel/mm/transparent_hugepage/enabled')
  ? readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'utf8')
  : '';
const glibc = process.platform === 'linux' && (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header?.glibcVersionRuntime;
const glibcOk = typeof glibc === 'string' && Number(glibc.split('.')[1]) >= 35 && glibc.startsWith('2.');
test(
  'a large typed array lands on huge pages with the tunable, not without it in madvise mode',
  { skip: !(glibcOk && /\[(madvise|always)\]/.test(thp)) ? 'needs Linux THP and glibc >= 2.35' : false },
  () => {
    const child =
      "const a = new Int32Array(16 << 20); for (let i = 0; i < a.length; i += 1024) a[i] = i;" +
      "const m = /AnonHugePages:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/smaps_rollup', 'utf8'));" +
      'console.log(m ? m[1] : -1, a[1024]);';
    const run = (env: NodeJS.ProcessEnv): number => {
      const out = spawnSync(process.execPath, ['-e', child], { env, encoding: 'utf8' });
      assert.equal(out.status, 0, out.stderr);
      return Number(out.stdout.split(' ')[0]);
    };
    const base = { ...process.env };
    delete base.GLIBC_TUNABLES;
    const on = run({ ...base, GLIBC_TUNABLES: withHugetlb(undefined) });
    // 64 MB touched every 4 KB: most of it on 2 MB pages.
    assert.ok(on >= 32 * 1024, `AnonHugePages ${on} kB with the tunable`);
    if (thp.includes('[madvise]')) assert.ok(run(base) < on / 2, 'madvise mode: far fewer huge pages without the tunable');
  },
);
