import type { Random } from './random.ts';

/**
 * Story sizes with a heavy tail, as news has: most stories are one or two reports, a few draw hundreds.
 * P(size = k) ∝ k^-alpha on 1..max (alpha 2: about half the stories are single reports, and the
 * largest few hundred articles).
 */
export class StorySizes {
  private readonly cumulative: Float64Array;

  constructor(readonly alpha: number, readonly max: number) {
    if (!(alpha > 1) || !Number.isInteger(max) || max < 1) throw new RangeError(`scale: story sizes need alpha > 1 and a whole max >= 1, got ${alpha}, ${max}`);
    this.cumulative = new Float64Array(max);
    let sum = 0;
    for (let k = 1; k <= max; k++) this.cumulative[k - 1] = sum += k ** -alpha;
    for (let k = 0; k < max; k++) this.cumulative[k]! /= sum;
  }

  draw(rng: Random): number {
    const u = rng.next();
    let lo = 0;
    let hi = this.max - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    return lo + 1;
  }

  mean(): number {
    let m = 0;
    let prev = 0;
    for (let k = 0; k < this.max; k++) {
      m += (k + 1) * (this.cumulative[k]! - prev);
      prev = this.cumulative[k]!;
    }
    return m;
  }
}
