/**
 * The `k` items of highest `shape`, highest first, ties in the order given: what a stable sort and
 * `slice(0, k)` would return, without sorting every candidate (an article can have a thousand of
 * the same paragraph count).
 */
export function closest<T extends { shape: number }>(items: readonly T[], k: number): T[] {
  const byShape = (x: T, y: T) => y.shape - x.shape;
  if (items.length <= k) return [...items].sort(byShape);
  if (k <= 0) return [];
  const values = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) values[i] = items[i]!.shape;
  values.sort();
  // The k-th highest value: everything above it is in, and as many equal to it as fit, first come first.
  const kth = values[items.length - k]!;
  let above = 0;
  for (const x of items) if (x.shape > kth) above++;
  let ties = k - above;
  const picked: T[] = [];
  for (const x of items) {
    if (x.shape > kth) picked.push(x);
    else if (x.shape === kth && ties > 0) {
      picked.push(x);
      ties--;
    }
  }
  return picked.sort(byShape);
}
