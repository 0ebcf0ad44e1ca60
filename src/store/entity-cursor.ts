/**
 * The opaque cursor of `entities`, shared by every engine: the mention count and id of the last entity
 * of a page (entities are ordered by mentions descending, then id).
 */

const VERSION = 1;

export interface EntityCursor {
  mentions: number;
  id: string;
}

export function encodeEntityCursor(c: EntityCursor): string {
  return Buffer.from(JSON.stringify({ v: VERSION, m: c.mentions, i: c.id }), 'utf8').toString('base64url');
}

/** For engines: the cursor's position, or a misuse error that names the fix. */
export function entityCursorPosition(after: string | undefined): EntityCursor | null {
  if (after === undefined) return null;
  const fail = () => new RangeError(`store: "${after.slice(0, 40)}" is not an entity cursor; pass the "next" of a previous page`);
  if (after.length > 600 || !/^[A-Za-z0-9_-]+$/.test(after)) throw fail();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw fail();
  }
  const { v, m, i } = (value ?? {}) as { v?: unknown; m?: unknown; i?: unknown };
  if (v !== VERSION || typeof m !== 'number' || !Number.isSafeInteger(m) || m < 0 || typeof i !== 'string') throw fail();
  return { mentions: m, id: i };
}

/** Aliases from (entity, text, count) rows that come most frequent first: the name and the alias list. */
export function namesOf(rows: ReadonlyArray<{ text: string; n: number }>): { name: string; aliases: string[] } {
  const sorted = [...rows].sort((a, b) => b.n - a.n || b.text.length - a.text.length || (a.text < b.text ? -1 : 1));
  return { name: sorted[0]?.text ?? '', aliases: sorted.map((r) => r.text) };
}
