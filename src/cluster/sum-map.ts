import { indexOfId, mergedDot } from './sorted-ids.ts';
import type { Sparse } from './sparse.ts';

/**
 * A running sum of sparse vectors by dimension id: what a story (per language) and a topic accumulate
 * from their articles, for as long as the stream runs. Open addressing over typed arrays, 12 bytes a
 * slot, where a `Map<number, number>` holding doubles takes about 50 an entry; these sums are most of
 * what the corpus keeps of a story (DESIGN, "Known limits"). Iteration is in slot order: callers that
 * rank dimensions (`strongest`) break ties by id, so nothing depends on insertion order.
 *
 * A sum no longer added to (a story whose articles have all left the window) can be packed: its live
 * entries as two sorted arrays, 12 bytes an entry instead of 12 a slot at a third to three quarters
 * full, read by binary search. It answers every read as before; the first write unpacks it again.
 */

export interface ReadonlySums extends Iterable<[number, number]> {
  get(id: number): number | undefined;
  readonly size: number;
}

const EMPTY = -1;
const GONE = -2;
const MIX = 0x9e3779b1;

export class SumMap implements ReadonlySums {
  private ids: Int32Array;
  private values: Float64Array;
  private bits: number;
  /** Live entries and deleted slots: the probe chains' length. */
  private occupied = 0;
  /** True while `ids` and `values` are the live entries sorted by id (`pack`), not a hash table. */
  private packed = false;
  size = 0;

  constructor(capacityBits = 3) {
    this.bits = capacityBits;
    this.ids = new Int32Array(1 << capacityBits).fill(EMPTY);
    this.values = new Float64Array(1 << capacityBits);
  }

  private slot(id: number): number {
    return Math.imul(id, MIX) >>> (32 - this.bits);
  }

  private find(id: number): number {
    const mask = this.ids.length - 1;
    for (let i = this.slot(id); ; i = (i + 1) & mask) {
      const k = this.ids[i]!;
      if (k === id) return i;
      if (k === EMPTY) return -1;
    }
  }

  get(id: number): number | undefined {
    if (this.packed) {
      const i = indexOfId(this.ids, this.size, id);
      return i < 0 ? undefined : this.values[i];
    }
    const i = this.find(id);
    return i < 0 ? undefined : this.values[i];
  }

  set(id: number, x: number): void {
    if (id < 0 || !Number.isInteger(id)) throw new RangeError(`sum-map: dimension ids are non-negative integers, got ${id}`);
    if (this.packed) this.unpack();
    const mask = this.ids.length - 1;
    let free = -1;
    for (let i = this.slot(id); ; i = (i + 1) & mask) {
      const k = this.ids[i]!;
      if (k === id) {
        this.values[i] = x;
        return;
      }
      if (k === GONE && free < 0) free = i;
      if (k === EMPTY) {
        if (free < 0) {
          free = i;
          this.occupied++;
        }
        break;
      }
    }
    this.ids[free] = id;
    this.values[free] = x;
    this.size++;
    if (this.occupied * 4 > this.ids.length * 3) this.rehash();
  }

  /**
   * Adds `x` to `id`'s value, and drops the dimension when the result cancels out (under 1e-12): what
   * `set(id, (get(id) ?? 0) + x)` or `delete(id)` would do, with one probe instead of two. Summing
   * articles into stories and topics was a tenth of reopening a store.
   */
  add(id: number, x: number): void {
    if (id < 0 || !Number.isInteger(id)) throw new RangeError(`sum-map: dimension ids are non-negative integers, got ${id}`);
    if (this.packed) {
      // A sum that would change nothing stays packed, as `delete` of an absent id leaves it.
      if (Math.abs(x) < 1e-12 && indexOfId(this.ids, this.size, id) < 0) return;
      this.unpack();
    }
    const i = this.find(id);
    if (i < 0) {
      if (Math.abs(x) >= 1e-12) this.set(id, x);
      return;
    }
    const y = this.values[i]! + x;
    if (Math.abs(y) < 1e-12) {
      this.ids[i] = GONE;
      this.size--;
    } else this.values[i] = y;
  }

  delete(id: number): boolean {
    if (this.packed) {
      if (indexOfId(this.ids, this.size, id) < 0) return false;
      this.unpack();
    }
    const i = this.find(id);
    if (i < 0) return false;
    this.ids[i] = GONE;
    this.size--;
    return true;
  }

  /** Twice the room when it is more than a third full of live entries; else the same room, without the deleted slots. */
  private rehash(): void {
    const ids = this.ids;
    const values = this.values;
    if (this.size * 3 > ids.length) this.bits++;
    this.ids = new Int32Array(1 << this.bits).fill(EMPTY);
    this.values = new Float64Array(1 << this.bits);
    this.occupied = 0;
    this.size = 0;
    for (let i = 0; i < ids.length; i++) if (ids[i]! >= 0) this.set(ids[i]!, values[i]!);
  }

  /**
   * The live entries as a sparse vector, ids ascending, zeros left out (what `sparseFrom` gives):
   * sorting the ids as a typed array is several times faster than sorting entry tuples, and a
   * story's lead sum is read so at every regrouping of its neighbourhood.
   */
  sorted(): Sparse {
    if (this.packed) {
      const keep = this.values.reduce((n, x) => (x !== 0 ? n + 1 : n), 0);
      if (keep === this.size) return { ids: this.ids.slice(), values: this.values.slice() };
      const ids = new Int32Array(keep);
      const values = new Float64Array(keep);
      for (let i = 0, k = 0; i < this.size; i++) {
        if (this.values[i] === 0) continue;
        ids[k] = this.ids[i]!;
        values[k++] = this.values[i]!;
      }
      return { ids, values };
    }
    const ids = new Int32Array(this.size);
    let n = 0;
    for (let i = 0; i < this.ids.length; i++) if (this.ids[i]! >= 0 && this.values[i] !== 0) ids[n++] = this.ids[i]!;
    const kept = n === ids.length ? ids.sort() : ids.subarray(0, n).sort();
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = this.values[this.find(kept[i]!)]!;
    return { ids: kept, values };
  }

  /** `dotSum(v, this)` with the probing inline: placement scores every candidate story this way. */
  dot(v: Sparse): number {
    if (this.packed) return mergedDot(v, this.ids, this.values, this.size);
    const ids = this.ids;
    const values = this.values;
    const mask = ids.length - 1;
    const shift = 32 - this.bits;
    let s = 0;
    for (let i = 0; i < v.ids.length; i++) {
      const id = v.ids[i]!;
      for (let j = Math.imul(id, MIX) >>> shift; ; j = (j + 1) & mask) {
        const k = ids[j]!;
        if (k === id) {
          s += v.values[i]! * values[j]!;
          break;
        }
        if (k === EMPTY) break;
      }
    }
    return s;
  }

  /** The live entries in slot order, as two arrays: for scans that would otherwise make a tuple an entry. */
  unsorted(): Sparse {
    if (this.packed) return { ids: this.ids.slice(), values: this.values.slice() };
    const ids = new Int32Array(this.size);
    const values = new Float64Array(this.size);
    let n = 0;
    for (let i = 0; i < this.ids.length; i++) {
      if (this.ids[i]! < 0) continue;
      ids[n] = this.ids[i]!;
      values[n++] = this.values[i]!;
    }
    return { ids, values };
  }

  get isPacked(): boolean {
    return this.packed;
  }

  /** Keeps the live entries as sorted arrays, exactly as large as they are, until the next write. */
  pack(): void {
    if (this.packed) return;
    const ids = new Int32Array(this.size);
    let n = 0;
    for (let i = 0; i < this.ids.length; i++) if (this.ids[i]! >= 0) ids[n++] = this.ids[i]!;
    ids.sort();
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = this.values[this.find(ids[i]!)]!;
    this.ids = ids;
    this.values = values;
    this.packed = true;
  }

  /** Back to a hash table holding the same entries, before a write. */
  private unpack(): void {
    const ids = this.ids;
    const values = this.values;
    const n = this.size;
    this.packed = false;
    this.bits = 3;
    this.ids = new Int32Array(8).fill(EMPTY);
    this.values = new Float64Array(8);
    this.occupied = 0;
    this.size = 0;
    for (let i = 0; i < n; i++) this.set(ids[i]!, values[i]!);
  }

  *[Symbol.iterator](): IterableIterator<[number, number]> {
    if (this.packed) {
      for (let i = 0; i < this.size; i++) yield [this.ids[i]!, this.values[i]!];
      return;
    }
    for (let i = 0; i < this.ids.length; i++) if (this.ids[i]! >= 0) yield [this.ids[i]!, this.values[i]!];
  }
}
