/**
 * Transparent huge pages for the model tables.
 *
 * The tagger's and parser's weight tables (~25 MB of typed arrays) are read
 * at random rows, one or a few per feature. On 4 KB pages nearly every such
 * read also misses the TLB (a few MB of reach), and the page walk adds to
 * the cache miss. Linux hosts whose transparent huge pages are in `madvise`
 * mode (the common default) give 2 MB pages only to memory the program
 * marks with madvise(MADV_HUGEPAGE), which Node never does for ArrayBuffers.
 * glibc (2.35 and later) does it for the large blocks it maps when started
 * with the tunable `GLIBC_TUNABLES=glibc.malloc.hugetlb=1`; the typed arrays
 * of the models live in such blocks. Nothing changes in the output, only the
 * page size under the tables: speed session 15 measured x1.14-1.29 on the
 * whole pipeline (CPU time, alternating processes; see hugepages-ab.ts).
 *
 * The tunable is read when the process starts, so it must be in the
 * environment of the `node` process (the npm bench scripts set it); on other
 * C libraries or kernels it is ignored.
 * @module
 */
import { readFileSync } from 'node:fs';

/** The glibc tunable that makes malloc advise huge pages for the blocks it maps. */
export const HUGETLB_TUNABLE = 'glibc.malloc.hugetlb=1';

/**
 * `GLIBC_TUNABLES` with {@link HUGETLB_TUNABLE} set, keeping any other
 * tunables of `current` (a colon-separated list) and replacing an earlier
 * glibc.malloc.hugetlb setting.
 */
export function withHugetlb(current: string | undefined): string {
  const kept = (current ?? '')
    .split(':')
    .filter((t) => t !== '' && !t.startsWith('glibc.malloc.hugetlb='));
  return [...kept, HUGETLB_TUNABLE].join(':');
}

/** Whether `GLIBC_TUNABLES` asks for huge pages (glibc.malloc.hugetlb set to 1 or 2). */
export function asksHugetlb(tunables: string | undefined): boolean {
  return (tunables ?? '').split(':').some((t) => /^glibc\.malloc\.hugetlb=[12]$/.test(t));
}

/** The AnonHugePages figure (kB) of a /proc/PID/smaps_rollup text, or null if absent. */
export function anonHugePagesKb(smapsRollup: string): number | null {
  const m = /^AnonHugePages:\s+(\d+) kB/m.exec(smapsRollup);
  return m ? Number(m[1]) : null;
}

/** One line on the huge pages of this process, for benchmark reports. */
export function hugePageReport(): string {
  let kb: number | null = null;
  try {
    kb = anonHugePagesKb(readFileSync('/proc/self/smaps_rollup', 'utf8'));
  } catch {
    // Not Linux, or no /proc.
  }
  const asked = asksHugetlb(process.env.GLIBC_TUNABLES);
  const mem = kb === null ? 'unknown' : `${(kb / 1024).toFixed(0)} MB on huge pages`;
  return `huge pages: ${asked ? `asked (GLIBC_TUNABLES ${HUGETLB_TUNABLE})` : 'not asked'}, ${mem}`;
}
