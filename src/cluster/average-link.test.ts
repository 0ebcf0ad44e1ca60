import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { averageLink } from './average-link.ts';

/** The textbook definition, recomputed from the member pairs at every step. */
function naive(sizes: number[], sim: number[][], threshold: number): number[][] {
  let clusters = sizes.map((_, i) => [i]);
  const mean = (a: number[], b: number[]) => {
    let t = 0;
    let n = 0;
    for (const i of a) for (const j of b) {
      t += sim[i]![j]!;
      n += sizes[i]! * sizes[j]!;
    }
    return t / n;
  };
  for (;;) {
    let best: [number, number, number] | null = null;
    for (let i = 0; i < clusters.length; i++) for (let j = i + 1; j < clusters.length; j++) {
      const m = mean(clusters[i]!, clusters[j]!);
      if (!best || m > best[0]) best = [m, i, j];
    }
    if (!best || best[0] < threshold) return clusters;
    const [, i, j] = best;
    clusters = clusters.flatMap((c, k) => (k === i ? [[...c, ...clusters[j]!].sort((a, b) => a - b)] : k === j ? [] : [c]));
  }
}

/** The scan this module did before it kept each row's best partner: every pair, in index order, at every step. */
function scanEveryPair(sizes: readonly number[], totals: ReadonlyArray<ArrayLike<number>>, threshold: number): number[][] {
  const u = sizes.length;
  const size = Float64Array.from(sizes);
  const total = totals.map((row) => Float64Array.from(row));
  const alive = new Uint8Array(u).fill(1);
  const members: number[][] = sizes.map((_, i) => [i]);
  for (;;) {
    let best = -Infinity;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < u; i++) for (let j = i + 1; j < u; j++) {
      if (!alive[i] || !alive[j]) continue;
      const mean = total[i]![j]! / (size[i]! * size[j]!);
      if (mean > best) [best, bi, bj] = [mean, i, j];
    }
    if (bi < 0 || best < threshold) break;
    for (let k = 0; k < u; k++) {
      if (!alive[k] || k === bi || k === bj) continue;
      total[bi]![k] = total[k]![bi] = total[bi]![k]! + total[bj]![k]!;
    }
    size[bi] = size[bi]! + size[bj]!;
    members[bi] = [...members[bi]!, ...members[bj]!].sort((a, b) => a - b);
    alive[bj] = 0;
  }
  return members.filter((_, i) => alive[i]);
}

test('average link: the same joins as scanning every pair at every step, ties and all', () => {
  // Few distinct values, so that means tie often and the order of indices decides.
  const tied = fc.integer({ min: 1, max: 14 }).chain((u) => fc.record({
    sizes: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: u, maxLength: u }),
    upper: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: (u * (u - 1)) / 2, maxLength: (u * (u - 1)) / 2 }),
    threshold: fc.integer({ min: 0, max: 4 }).map((x) => x / 4),
  }));
  fc.assert(fc.property(tied, ({ sizes, upper, threshold }) => {
    const u = sizes.length;
    const sim = sizes.map(() => new Array<number>(u).fill(0));
    let k = 0;
    for (let i = 0; i < u; i++) for (let j = i + 1; j < u; j++) sim[i]![j] = sim[j]![i] = (upper[k++]! / 4) * sizes[i]! * sizes[j]!;
    assert.deepEqual(averageLink(sizes, sim, threshold), scanEveryPair(sizes, sim, threshold));
  }), { numRuns: 1000 });
});

// Similarities on a 1/64 grid and distinct enough that ties do not depend on summation order.
const instance = fc.integer({ min: 1, max: 9 }).chain((u) => fc.record({
  sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: u, maxLength: u }),
  upper: fc.array(fc.integer({ min: 0, max: 64 }), { minLength: (u * (u - 1)) / 2, maxLength: (u * (u - 1)) / 2 }),
  threshold: fc.integer({ min: 0, max: 64 }).map((x) => x / 64),
}));

test('average link: the same clusters as the textbook definition', () => {
  fc.assert(fc.property(instance, ({ sizes, upper, threshold }) => {
    const u = sizes.length;
    const sim = sizes.map(() => new Array<number>(u).fill(0));
    let k = 0;
    for (let i = 0; i < u; i++) for (let j = i + 1; j < u; j++) {
      // A total over sizes[i] × sizes[j] member pairs, each pair the same grid value plus a tiny index offset.
      const v = (upper[k++]! + (i * u + j) / 1e4) / 64;
      sim[i]![j] = sim[j]![i] = v * sizes[i]! * sizes[j]!;
    }
    const got = averageLink(sizes, sim, threshold);
    const want = naive(sizes, sim, threshold).sort((a, b) => a[0]! - b[0]!);
    assert.deepEqual(got, want);
  }), { numRuns: 300 });
});

test('average link: every unit ends in exactly one cluster; nothing joins below the threshold', () => {
  const sim = [[0, 0.9, 0.1], [0.9, 0, 0.2], [0.1, 0.2, 0]];
  assert.deepEqual(averageLink([1, 1, 1], sim, 0.5), [[0, 1], [2]]);
  assert.deepEqual(averageLink([1, 1, 1], sim, 0.95), [[0], [1], [2]]);
  // {0,1} to 2: (0.1 + 0.2) / 2 = 0.15
  assert.deepEqual(averageLink([1, 1, 1], sim, 0.15), [[0, 1, 2]]);
  assert.deepEqual(averageLink([], [], 0), []);
});
