/** Sparse vectors as maps; the few operations streaming clustering needs. */
export type Vector = Map<string, number>;

export function norm(v: ReadonlyMap<string, number>): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

export function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y !== undefined) s += x * y;
  }
  return s;
}

export function normalized(v: Vector): Vector {
  const n = norm(v);
  if (n === 0) return v;
  const out: Vector = new Map();
  for (const [k, x] of v) out.set(k, x / n);
  return out;
}

/** A centroid that keeps its squared norm up to date as members are added. */
export class Centroid {
  readonly sum: Vector;
  private norm2: number;

  constructor(sum: Vector = new Map(), norm2?: number) {
    this.sum = sum;
    this.norm2 = norm2 ?? norm(sum) ** 2;
  }

  add(v: ReadonlyMap<string, number>): void {
    this.norm2 += 2 * dot(this.sum, v) + norm(v) ** 2;
    for (const [k, x] of v) this.sum.set(k, (this.sum.get(k) ?? 0) + x);
  }

  cosine(v: ReadonlyMap<string, number>): number {
    const nv = norm(v);
    if (nv === 0 || this.norm2 <= 0) return 0;
    return dot(this.sum, v) / (Math.sqrt(this.norm2) * nv);
  }

  /** The strongest dimensions: what the story is about, for candidate retrieval and explanations. */
  top(n: number): Array<[string, number]> {
    return [...this.sum].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
  }
}
