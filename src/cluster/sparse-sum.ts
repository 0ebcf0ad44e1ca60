import type { Sparse } from './sparse.ts';

/** Per dimension id: the running sum, and whether the id holds one (1) or was met and cancelled (2). Reused; all 0 between calls. */
let value = new Float64Array(4096);
let state = new Uint8Array(4096);

/**
 * The sum of several sparse vectors, as `accumulate` into an empty sum would leave it: each dimension
 * summed in the vectors' order from 0, and dropped whenever its running sum falls below 1e-12 in size
 * (a later vector starts it again from 0). Sorted by id.
 *
 * Why not a SumMap: re-clustering a topic sums the vectors of every article with copies or translations
 * at each pass, and a hash map's lookups were most of that. A dense array over the dimension ids (the
 * touched slots cleared again after) makes each addition one read and one write.
 */
export function sparseSum(vs: readonly Sparse[]): Sparse {
  // One vector (an article with no copies): what accumulating it into an empty sum keeps.
  if (vs.length === 1 && ascending(vs[0]!.ids)) return sparseKept(vs[0]!);
  let top = -1;
  let entries = 0;
  for (const v of vs) {
    for (let k = 0; k < v.ids.length; k++) top = Math.max(top, v.ids[k]!);
    entries += v.ids.length;
  }
  if (value.length <= top) {
    const size = Math.max(top + 1, value.length * 2);
    value = new Float64Array(size);
    state = new Uint8Array(size);
  }
  const touched = new Int32Array(entries);
  let n = 0;
  for (const v of vs) {
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k]!;
      const was = state[id]!;
      if (was === 0) touched[n++] = id;
      const y = (was === 1 ? value[id]! : 0) + v.values[k]!;
      if (Math.abs(y) < 1e-12) state[id] = 2;
      else {
        state[id] = 1;
        value[id] = y;
      }
    }
  }
  const ids = touched.subarray(0, n).sort();
  let kept = 0;
  for (let i = 0; i < n; i++) if (state[ids[i]!] === 1) kept++;
  const out = { ids: new Int32Array(kept), values: new Float64Array(kept) };
  for (let i = 0, j = 0; i < n; i++) {
    const id = ids[i]!;
    if (state[id] === 1) {
      out.ids[j] = id;
      out.values[j++] = value[id]!;
    }
    state[id] = 0;
    value[id] = 0;
  }
  return out;
}

function ascending(ids: Int32Array): boolean {
  for (let i = 1; i < ids.length; i++) if (ids[i]! <= ids[i - 1]!) return false;
  return true;
}

/** `v` without the dimensions `accumulate` would drop from an empty sum (|x| < 1e-12). */
function sparseKept(v: Sparse): Sparse {
  let n = 0;
  for (let i = 0; i < v.values.length; i++) if (!(Math.abs(v.values[i]!) < 1e-12)) n++;
  const ids = new Int32Array(n);
  const values = new Float64Array(n);
  for (let i = 0, k = 0; i < v.values.length; i++) {
    const x = v.values[i]!;
    if (Math.abs(x) < 1e-12) continue;
    ids[k] = v.ids[i]!;
    values[k++] = x;
  }
  return { ids, values };
}
