import { SumMap } from './sum-map.ts';
/**
 * Sparse vectors over interned dimension ids: sorted ids with their values. The clustering compares
 * thousands of these per article, and typed arrays merged in order are several times faster than maps
 * keyed by strings.
 */
export interface Sparse {
  readonly ids: Int32Array;
  readonly values: Float64Array;
}

export const EMPTY: Sparse = { ids: new Int32Array(0), values: new Float64Array(0) };

/** Interns dimension keys as small integers, in first-seen order (so ids are deterministic). */
export class Dictionary {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  /** The id of a key already seen, or -1. */
  find(key: string): number {
    return this.ids.get(key) ?? -1;
  }

  key(id: number): string {
    return this.keys[id]!;
  }

  get size(): number {
    return this.keys.length;
  }
}

export function sparseFrom(entries: Iterable<[number, number]>): Sparse {
  const given = Array.isArray(entries) ? entries : [...entries];
  const ids = new Int32Array(given.length);
  const values = new Float64Array(given.length);
  for (let i = 0; i < given.length; i++) {
    const [k, x] = given[i]!;
    ids[i] = k;
    values[i] = x;
  }
  return sparseFromColumns(ids, values, given.length);
}

/**
 * `sparseFrom` over the first `n` entries of two columns (ids, values), which a caller can fill without
 * making a tuple an entry: the entries without zeros, in a stable sort by id (a repeated id kept, in its
 * given order). Columns already in that form are returned as they are, not copied.
 */
export function sparseFromColumns(ids: Int32Array, values: Float64Array, n: number): Sparse {
  let kept = 0;
  let last = -Infinity;
  let sorted = true;
  for (let i = 0; i < n; i++) {
    if (values[i] === 0) continue;
    if (ids[i]! < last) {
      sorted = false;
      break;
    }
    last = ids[i]!;
    kept++;
  }
  // Most callers build their entries in id order already (weighting a sorted vector): then the
  // (stable) sort below would change nothing.
  if (sorted) {
    if (kept === ids.length) return { ids, values };
    const out = { ids: new Int32Array(kept), values: new Float64Array(kept) };
    for (let i = 0, j = 0; i < n; i++) {
      if (values[i] === 0) continue;
      out.ids[j] = ids[i]!;
      out.values[j++] = values[i]!;
    }
    return out;
  }
  return sortedColumns(ids, values, n);
}

/**
 * The entries without zeros, in a stable sort by id: each entry's id and position packed in one double
 * (id × 2²¹ + position, exact below 2⁵³), so that a native numeric sort of a typed array does what a
 * comparison of tuples did, several times faster, ties (a repeated id) in their given order.
 */
function sortedColumns(ids: Int32Array, values: Float64Array, n: number): Sparse {
  if (n >= POSITIONS) {
    const order = Array.from({ length: n }, (_, i) => i).filter((i) => values[i] !== 0).sort((a, b) => ids[a]! - ids[b]! || a - b);
    return { ids: Int32Array.from(order, (i) => ids[i]!), values: Float64Array.from(order, (i) => values[i]!) };
  }
  let kept = 0;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) if (values[i] !== 0) keys[kept++] = ids[i]! * POSITIONS + i;
  const order = keys.subarray(0, kept).sort();
  const out = { ids: new Int32Array(kept), values: new Float64Array(kept) };
  for (let j = 0; j < kept; j++) {
    const key = order[j]!;
    const i = key - Math.floor(key / POSITIONS) * POSITIONS;
    out.ids[j] = ids[i]!;
    out.values[j] = values[i]!;
  }
  return out;
}

/** Positions packed beside an id in `sortedColumns`: 2²¹, so that any non-negative 32-bit id × it stays exact. */
const POSITIONS = 2 ** 21;

export function sparseNorm(v: Sparse): number {
  let s = 0;
  for (let i = 0; i < v.values.length; i++) s += v.values[i]! ** 2;
  return Math.sqrt(s);
}

export function sparseNormalized(v: Sparse): Sparse {
  const n = sparseNorm(v);
  return n === 0 ? v : { ids: v.ids, values: v.values.map((x) => x / n) };
}

/** Dot product of two sparse vectors, by merging their sorted ids. */
export function sparseDot(a: Sparse, b: Sparse): number {
  let i = 0;
  let j = 0;
  let s = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) s += a.values[i++]! * b.values[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** Dot product of a sparse vector with a dense accumulation (a story's or topic's sum). */
export function dotSum(v: Sparse, sum: { get(id: number): number | undefined; dot?(v: Sparse): number }): number {
  // The sums placement reads (SumMap, a part of one article) compute it themselves, in the same order.
  if (sum.dot) return sum.dot(v);
  let s = 0;
  for (let i = 0; i < v.ids.length; i++) {
    const y = sum.get(v.ids[i]!);
    if (y !== undefined) s += v.values[i]! * y;
  }
  return s;
}

type MutableSums = { get(id: number): number | undefined; set(id: number, x: number): void; delete(id: number): boolean };

/** Adds `sign × v` into `sum`, dropping dimensions that cancel out. */
export function accumulate(sum: MutableSums, v: Sparse, sign = 1): void {
  const add = adderOf(sum);
  for (let i = 0; i < v.ids.length; i++) add(v.ids[i]!, sign * v.values[i]!);
}

/** `accumulate` from entries in any order (another sum's slots): each dimension is summed on its own, so order changes nothing. */
export function accumulateEntries(sum: MutableSums, entries: Iterable<[number, number]>, sign = 1): void {
  const add = adderOf(sum);
  for (const [k, x] of entries) add(k, sign * x);
}

/** A SumMap adds in one probe (`SumMap.add`); any other sums by a read and a write. */
function adderOf(sum: MutableSums): (k: number, x: number) => void {
  return sum instanceof SumMap ? (k, x) => sum.add(k, x) : (k, x) => addInto(sum, k, x);
}

function addInto(sum: MutableSums, k: number, x: number): void {
  const y = (sum.get(k) ?? 0) + x;
  if (Math.abs(y) < 1e-12) sum.delete(k);
  else sum.set(k, y);
}

/** The `n` strongest dimensions (ties by id, so the choice is deterministic), as a normalised vector. */
export function strongest(sum: Iterable<[number, number]>, n: number): Sparse {
  if (n <= 0) return sparseNormalized(sparseFrom([]));
  // A SumMap is scanned as arrays: its iterator makes a tuple an entry, most of which never make the list.
  const top = firstInOrder(sum instanceof SumMap ? sum.unsorted() : unzip(sum), n);
  const entries: Array<[number, number]> = [];
  for (let i = 0; i < top.ids.length; i++) entries.push([top.ids[i]!, top.values[i]!]);
  return sparseNormalized(sparseFrom(entries));
}

/**
 * The first `n` entries of `all` in the order value descending, then id ascending, in that order. Kept
 * by insertion into a short sorted list instead of sorting everything: a topic's sum has thousands of
 * dimensions, an article's vector hundreds, and only a few dozen are wanted.
 */
function firstInOrder(all: Sparse, n: number): Sparse {
  const topIds = new Int32Array(n);
  const topValues = new Float64Array(n);
  let len = 0;
  // Whether list entry i comes before the dimension (k, x) in the order.
  const before = (i: number, k: number, x: number) => x - topValues[i]! < 0 || (x - topValues[i]! === 0 && topIds[i]! - k < 0);
  for (let e = 0; e < all.ids.length; e++) {
    const k = all.ids[e]!;
    const x = all.values[e]!;
    if (len === n && before(n - 1, k, x)) continue;
    let lo = 0;
    let hi = len;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(mid, k, x)) lo = mid + 1;
      else hi = mid;
    }
    for (let i = Math.min(len, n - 1); i > lo; i--) {
      topIds[i] = topIds[i - 1]!;
      topValues[i] = topValues[i - 1]!;
    }
    topIds[lo] = k;
    topValues[lo] = x;
    if (len < n) len++;
  }
  return { ids: topIds.subarray(0, len), values: topValues.subarray(0, len) };
}

function unzip(entries: Iterable<[number, number]>): Sparse {
  const list = [...entries];
  return { ids: Int32Array.from(list, ([k]) => k), values: Float64Array.from(list, ([, x]) => x) };
}

/** Ids of the `n` strongest dimensions of a vector, strongest first (ties by id). */
export function topIds(v: Sparse, n: number): number[] {
  return n <= 0 ? [] : Array.from(firstInOrder(v, n).ids);
}
