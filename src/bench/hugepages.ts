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
 * of the models live in such blocks (~45 of the ~100 MB a pipeline process
 * holds then sit on 2 MB pages). The tunable is read when the process
 * starts, so it must be in the environment of the `node` process; on other
 * C libraries or kernels it is ignored. Nothing changes in the output.
 *
 * Speed session 15 (2-core host shared with ~8 jobs, load 10-20): NO
 * measurable gain. hugepages-inproc.ts (both pipelines in one process, one
 * with its tables moved to 4 KB pages, alternating passes by CPU time):
 * huge over 4 KB x1.011 and x1.018 (block medians 0.989, 0.978), its
 * control (tables copied to ordinary buffers) x0.966 (median 1.030), i.e.
 * within the tool's noise. Separate processes with and without the tunable,
 * 20 alternating rounds: x0.974 (median 1.013); a first 3 rounds had shown
 * x1.14-1.29, which did not hold up. The bench is left on the default pages.
 * @module
 */
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
