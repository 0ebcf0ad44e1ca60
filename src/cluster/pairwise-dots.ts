import type { Sparse } from './sparse.ts';

/** Per dimension id: where its postings start in the flat arrays, reused from call to call. */
let startOf = new Int32Array(4096);
/** Per dimension id: how many postings it has, then the next one a row reaches (a cursor). */
let cursorOf = new Int32Array(4096);

/**
 * The dot product of every pair of `vectors`, as a symmetric matrix (rows of Float64Array; the diagonal
 * is left 0). The same number `sparseDot(vectors[i], vectors[j])` gives for i < j, to the last bit, at a
 * fraction of the cost of merging every pair.
 *
 * Why: re-clustering a topic compares up to a few hundred articles pairwise, each with hundreds of
 * dimensions, and most of their dimensions are shared by few of them. Merging a pair walks both vectors
 * whole; walking each dimension's postings touches only the pairs that share it.
 *
 * How the bits stay the same: row i adds, for each of its dimensions in ascending id order, its value
 * times each later vector's value there, so each pair's sum takes the same products in the same order as
 * `sparseDot`'s merge does, starting from the same 0.
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
    cursorOf = new Int32Array(size);
  }
  // Postings of each dimension, in ascending vector order, laid out flat (counting first).
  for (const v of vectors) for (let k = 0; k < v.ids.length; k++) cursorOf[v.ids[k]!]!++;
  let at = 0;
  for (const v of vectors) {
    for (let k = 0; k < v.ids.length; k++) {
      const d = v.ids[k]!;
      const count = cursorOf[d]!;
      if (count <= 0) continue;
      startOf[d] = at;
      at += count;
      cursorOf[d] = 0;
    }
  }
  const who = new Int32Array(entries);
  const value = new Float64Array(entries);
  for (let i = 0; i < n; i++) {
    const v = vectors[i]!;
    for (let k = 0; k < v.ids.length; k++) {
      const d = v.ids[k]!;
      const p = startOf[d]! - cursorOf[d]!;
      cursorOf[d]!--;
      who[p] = i;
      value[p] = v.values[k]!;
    }
  }
  // cursorOf[d] is now minus the dimension's count: postings of d lie in [startOf[d], startOf[d] + count).
  for (const v of vectors) for (let k = 0; k < v.ids.length; k++) {
    const d = v.ids[k]!;
    if (cursorOf[d]! < 0) cursorOf[d] = startOf[d]! - cursorOf[d]!;
  }
  // cursorOf[d] is now the end of d's postings; a row's own posting of d is the first one left at startOf[d].
  for (let i = 0; i < n; i++) {
    const v = vectors[i]!;
    const row = out[i]!;
    for (let k = 0; k < v.ids.length; k++) {
      const d = v.ids[k]!;
      const w = v.values[k]!;
      const end = cursorOf[d]!;
      // This row's posting is the first of d's left: step past it, and later rows start after it.
      const from = ++startOf[d]!;
      for (let p = from; p < end; p++) {
        const j = who[p]!;
        row[j] = row[j]! + w * value[p]!;
      }
    }
    for (let j = i + 1; j < n; j++) out[j]![i] = row[j]!;
  }
  // Leave the per-dimension arrays as they were found: zeros.
  for (const v of vectors) for (let k = 0; k < v.ids.length; k++) {
    startOf[v.ids[k]!] = 0;
    cursorOf[v.ids[k]!] = 0;
  }
  return out;
}
