import type { Sparse } from './sparse.ts';

/**
 * Reads of a sum kept as sorted ids with their values (the first `n`): a part of one article
 * (story-state.ts) and a packed SumMap (sum-map.ts) answer through these.
 */

/** Where `id` is among `ids[0..n)`, sorted ascending, or -1. */
export function indexOfId(ids: Int32Array, n: number, id: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = ids[mid]!;
    if (x === id) return mid;
    if (x < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The dot product of `v` with the sum, merging the two sorted id lists: the products in `v`'s order, as
 * a lookup a dimension of `v` gives. Values below `floor` in magnitude count as absent (what a sum that
 * drops them would answer).
 */
export function mergedDot(v: Sparse, ids: Int32Array, values: Float64Array, n: number, floor = 0): number {
  let s = 0;
  for (let i = 0, j = 0; i < v.ids.length && j < n;) {
    const x = v.ids[i]!;
    const y = ids[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      const z = values[j++]!;
      if (!(Math.abs(z) < floor)) s += v.values[i]! * z;
      i++;
    }
  }
  return s;
}
