/**
 * A story list filtered by a day range, on either engine: each stored day's facets are one index walk
 * in first_seq order, a range of days is not; so the page is asked of each day in the range and the
 * pages merged here. A story on several days appears on each of their pages with the same first_seq.
 */

/** The first `limit` distinct stories of per-day pages, by first_seq descending. */
export function mergeDayPages(pages: ReadonlyArray<ReadonlyArray<{ id: string; firstSeq: number | string }>>, limit: number): string[] {
  const best = new Map<string, number>();
  for (const page of pages) for (const r of page) best.set(r.id, Number(r.firstSeq));
  return [...best].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([id]) => id);
}

/** The day range's bounds for the per-day walk: an absent bound is open (every stored day is a `YYYY-MM-DD` string). */
export function dayBounds(days: { from?: string; to?: string }): { from: string; to: string } {
  return { from: days.from ?? '', to: days.to ?? '\uffff' };
}
