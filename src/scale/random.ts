/**
 * A small seeded generator (SplitMix32 steps into Mulberry32's mixer): the scaled corpora must be
 * byte-identical for a seed on every machine and Node version, which Math.random never promises.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    if (!Number.isInteger(seed)) throw new RangeError(`scale: the seed must be a whole number, got ${String(seed)}`);
    this.state = seed >>> 0;
  }

  /** A generator of its own for a sub-stream (a story), so that its draws do not depend on what came before. */
  static derive(seed: number, ...path: number[]): Random {
    let h = (seed ^ 0x9e3779b9) >>> 0;
    for (const p of path) h = mix((h + Math.imul(p + 1, 0x85ebca6b)) >>> 0);
    return new Random(h);
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    return mix(this.state) / 4294967296;
  }

  /** Uniform whole number in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new RangeError('scale: cannot pick from an empty list');
    return xs[this.int(xs.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** `k` distinct indices of [0, n), in increasing order. */
  subset(n: number, k: number): number[] {
    const idx = Array.from({ length: n }, (_, i) => i);
    for (let i = 0; i < Math.min(k, n); i++) {
      const j = i + this.int(n - i);
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    return idx.slice(0, Math.min(k, n)).sort((a, b) => a - b);
  }

  /**
   * 16 hex digits, for ids that say nothing about the story they belong to. Both halves follow from the
   * 32-bit state, so there are at most 2^32 distinct ids: the corpus makes repeats distinct (distinct-ids.ts).
   */
  hex(): string {
    const a = Math.floor(this.next() * 4294967296);
    const b = Math.floor(this.next() * 4294967296);
    return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
  }
}

function mix(x: number): number {
  let t = x;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}
