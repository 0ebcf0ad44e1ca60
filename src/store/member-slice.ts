/**
 * A bounded slice of a story's members, for readers that cannot afford every member of a huge story
 * (the briefing): the founding members and the newest, each in ingest order. Shared by the engines.
 */

/** The first `first` and the last `last` members by ingest order (all of them when they are fewer). */
export interface MemberSlice {
  first: number;
  last: number;
}

/**
 * Runs `base` (a SELECT of rows with a `seq`, ending in its WHERE clause) for the whole story, or for
 * the two ends of the slice, merged in ingest order without repeats.
 */
export async function sliceMembers<T extends { seq: number }>(run: (sql: string) => Promise<T[]> | T[], base: string, slice?: MemberSlice): Promise<T[]> {
  if (!slice) return run(`${base} ORDER BY seq`);
  for (const n of [slice.first, slice.last]) {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`store: a member slice takes whole numbers from 0, got ${String(n)}`);
  }
  const head = await run(`${base} ORDER BY seq LIMIT ${slice.first}`);
  const tail = await run(`${base} ORDER BY seq DESC LIMIT ${slice.last}`);
  const seen = new Set(head.map((r) => r.seq));
  return [...head, ...tail.reverse().filter((r) => !seen.has(r.seq))];
}
