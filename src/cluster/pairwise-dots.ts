import type { Sparse } from './sparse.ts';

/** Per dimension id: where its postings start in the flat arrays. Reused from call to call; all 0 between calls. */
let startOf = new Int32Array(4096);
/** Per dimension id: first its number of postings, then where the next posting goes. Reused; all 0 between calls. */
let nextOf = new Int32Array(4096);

/**
 * The dot product of every pair of `vectors`, as a symmetric matrix (rows of Float64Array; the diagonal
 * is left 0). The same number `sparseDot(vectors[i], vectors[j])` gives, to the last bit, at a fraction
 * of the cost of merging every pair.
 *
 * Why: re-clustering a topic compares up to a few hundred articles pairwise, each with hundreds of
 * dimensions, and most of their dimensions are shared by few of them. Merging a pair walks both vectors
 * whole; walking each dimension's postings touches only the pairs that share it.
 *
 * How the bits stay the same: vector i adds, for each of its dimensions in ascending id order, its value
 * times each earlier vector's value there, then posts its own. So each pair's sum takes the same products
 * in the same order as `sparseDot`'s merge does, starting from the same 0.
 */
export function pairwiseDots(vectors: readonly Sparse[]): Float64Array[] {
  const n = vectors.length;
  const out = vectors.map(() => new Float64Array(n));
  let top = -1;
  let entries = 0;
  for (const v of vectors) {
    if (v.ids.length > 0) top = Math.max(top, v.ids[v.ids.length - 1]!);
    entries += v.ids.length;
  }
  if (top < 0) return out;
  if (startOf.length <= top) {
    const size = Math.max(top + 1, startOf.length * 2);
    startOf = new Int32Array(size);
    nextOf = new Int32Array(size);
  }
  // Each dimension's postings get a slice of the flat arrays, as long as the number of vectors holding it.
  const dims: number[] = [];
  for (const v of vectors) {
    for (let k = 0; k < v.ids.length; k++) if (nextOf[v.ids[k]!]!++ === 0) dims.push(v.ids[k]!);
  }
  let at = 0;
  for (const d of dims) {
    startOf[d] = at;
    at += nextOf[d]!;
    nextOf[d] = startOf[d]!;
  }
  const who = new Int32Array(entries);
  const value = new Float64Array(entries);
  for (let i = 0; i < n; i++) {
    const v = vectors[i]!;
    const row = out[i]!;
    for (let k = 0; k < v.ids.length; k++) {
      const d = v.ids[k]!;
      const w = v.values[k]!;
      const end = nextOf[d]!;
      for (let p = startOf[d]!; p < end; p++) {
        const j = who[p]!;
        row[j] = row[j]! + w * value[p]!;
      }
      who[end] = i;
      value[end] = w;
      nextOf[d] = end + 1;
    }
    for (let j = 0; j < i; j++) out[j]![i] = row[j]!;
  }
  for (const d of dims) {
    startOf[d] = 0;
    nextOf[d] = 0;
  }
  return out;
}
