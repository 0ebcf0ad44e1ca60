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
  let n = 0;
  let last = -Infinity;
  let sorted = true;
  for (const [k, x] of given) {
    if (x === 0) continue;
    if (k < last) {
      sorted = false;
      break;
    }
    last = k;
    n++;
  }
  // Most callers build their entries in id order already (weighting a sorted vector): then the
  // (stable) sort below would change nothing, and skipping its tuple comparisons is most of the cost.
  if (sorted) {
    const ids = new Int32Array(n);
    const values = new Float64Array(n);
    let i = 0;
    for (const [k, x] of given) {
      if (x === 0) continue;
      ids[i] = k;
      values[i++] = x;
    }
    return { ids, values };
  }
  return sortedEntries(given);
}

/**
 * The entries without zeros, in a stable sort by id: each entry's id and position packed in one double
 * (id × 2²¹ + position, exact below 2⁵³), so that a native numeric sort of a typed array does what a
 * comparison of tuples did, several times faster, ties (a repeated id) in their given order.
 */
function sortedEntries(given: ReadonlyArray<readonly [number, number]>): Sparse {
  if (given.length >= POSITIONS) {
    const list = given.filter(([, x]) => x !== 0).sort((a, b) => a[0] - b[0]);
    return { ids: Int32Array.from(list, ([k]) => k), values: Float64Array.from(list, ([, x]) => x) };
  }
  let n = 0;
  const keys = new Float64Array(given.length);
  for (let i = 0; i < given.length; i++) {
    const [k, x] = given[i]!;
    if (x !== 0) keys[n++] = k * POSITIONS + i;
  }
  const order = keys.subarray(0, n).sort();
  const ids = new Int32Array(n);
  const values = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const key = order[j]!;
    const i = key - Math.floor(key / POSITIONS) * POSITIONS;
    ids[j] = given[i]![0];
    values[j] = given[i]![1];
  }
  return { ids, values };
}

/** Positions packed beside an id in `sortedEntries`: 2²¹, so that any non-negative 32-bit id × it stays exact. */
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
  for (let i = 0; i < v.ids.length; i++) addInto(sum, v.ids[i]!, sign * v.values[i]!);
}

/** `accumulate` from entries in any order (another sum's slots): each dimension is summed on its own, so order changes nothing. */
export function accumulateEntries(sum: MutableSums, entries: Iterable<[number, number]>, sign = 1): void {
  for (const [k, x] of entries) addInto(sum, k, sign * x);
}

function addInto(sum: MutableSums, k: number, x: number): void {
  const y = (sum.get(k) ?? 0) + x;
  if (Math.abs(y) < 1e-12) sum.delete(k);
  else sum.set(k, y);
}

/** The sum of several sparse vectors. */
export function sparseSum(vs: readonly Sparse[]): Sparse {
  // One vector (an article with no copies): what accumulating it into an empty sum keeps.
  if (vs.length === 1 && ascending(vs[0]!.ids)) return sparseKept(vs[0]!);
  const m = new SumMap();
  for (const v of vs) accumulate(m, v);
  return m.sorted();
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
