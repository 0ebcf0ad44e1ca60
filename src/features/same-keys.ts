/**
 * Whether two maps have the same keys in the same order. Extraction builds an article's anchor counts
 * and their first paragraphs together (`anchors.ts`), so the two share their keys; the store writes the
 * keys once when they do, and the relation index keeps one map for both.
 */
export function sameKeys(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  const bk = b.keys();
  for (const k of a.keys()) if (bk.next().value !== k) return false;
  return true;
}
