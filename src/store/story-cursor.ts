/**
 * The opaque cursor of `listStories`, shared by every engine so that a cursor from one page works
 * whichever engine answers the next. It holds the `firstSeq` of the last story of the page.
 */

const VERSION = 1;

export function encodeStoryCursor(firstSeq: number): string {
  return Buffer.from(JSON.stringify({ v: VERSION, s: firstSeq }), 'utf8').toString('base64url');
}

/** The `firstSeq` a cursor holds, or null when the string is not a cursor this version made. */
export function decodeStoryCursor(cursor: string): number | null {
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { v, s } = value as { v?: unknown; s?: unknown };
  return v === VERSION && typeof s === 'number' && Number.isSafeInteger(s) && s > 0 ? s : null;
}

/** For engines: the cursor's position, or a misuse error that names the fix. */
export function storyCursorPosition(after: string | undefined): number | null {
  if (after === undefined) return null;
  const seq = decodeStoryCursor(after);
  if (seq === null) throw new RangeError(`store: "${after.slice(0, 40)}" is not a story cursor; pass the "next" of a previous page`);
  return seq;
}
