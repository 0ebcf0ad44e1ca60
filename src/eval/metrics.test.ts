import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { adjustedRandIndex, bcubed, clusterCounts, pairwise, type PrecisionRecall } from './metrics.ts';

type Assignment = Map<string, string>;

const EPS = 1e-9;

function close(actual: number, expected: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= EPS, `${what}: got ${actual}, expected ${expected}`);
}

function closePR(actual: PrecisionRecall, expected: PrecisionRecall, what: string): void {
  close(actual.precision, expected.precision, `${what} precision`);
  close(actual.recall, expected.recall, `${what} recall`);
  close(actual.f1, expected.f1, `${what} f1`);
}

/** Build an assignment from clusters written as arrays of item ids. */
function fromClusters(clusters: string[][]): Assignment {
  const m = new Map<string, string>();
  clusters.forEach((items, k) => {
    for (const item of items) m.set(item, `c${k}`);
  });
  return m;
}

// ---- Naive O(n^2) references, written straight from the definitions. ----

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Same predicted cluster; an item missing from pred is only with itself. */
function samePred(pred: Assignment, a: string, b: string): boolean {
  if (a === b) return true;
  const la = pred.get(a);
  return la !== undefined && la === pred.get(b);
}

function naiveBcubed(gold: Assignment, pred: Assignment): PrecisionRecall {
  const items = [...gold.keys()];
  if (items.length === 0) return { precision: 1, recall: 1, f1: 1 };
  let p = 0;
  let r = 0;
  for (const i of items) {
    let inPred = 0;
    let inGold = 0;
    let inBoth = 0;
    for (const j of items) {
      const sg = gold.get(i) === gold.get(j);
      const sp = samePred(pred, i, j);
      if (sp) inPred++;
      if (sg) inGold++;
      if (sg && sp) inBoth++;
    }
    p += inBoth / inPred;
    r += inBoth / inGold;
  }
  const precision = p / items.length;
  const recall = r / items.length;
  return { precision, recall, f1: f1(precision, recall) };
}

/** Pair counts: n11 together in both, n10 only in gold, n01 only in pred, n00 in neither. */
function naivePairCounts(gold: Assignment, pred: Assignment) {
  const items = [...gold.keys()];
  let n11 = 0, n10 = 0, n01 = 0, n00 = 0;
  for (let x = 0; x < items.length; x++) {
    for (let y = x + 1; y < items.length; y++) {
      const a = items[x]!;
      const b = items[y]!;
      const sg = gold.get(a) === gold.get(b);
      const sp = samePred(pred, a, b);
      if (sg && sp) n11++;
      else if (sg) n10++;
      else if (sp) n01++;
      else n00++;
    }
  }
  return { n11, n10, n01, n00 };
}

function naivePairwise(gold: Assignment, pred: Assignment): PrecisionRecall {
  const { n11, n10, n01 } = naivePairCounts(gold, pred);
  const precision = n11 + n01 === 0 ? 1 : n11 / (n11 + n01);
  const recall = n11 + n10 === 0 ? 1 : n11 / (n11 + n10);
  return { precision, recall, f1: f1(precision, recall) };
}

/** ARI in its pair-count form (Steinley 2004), algebraically equal to Hubert & Arabie. */
function naiveARI(gold: Assignment, pred: Assignment): number {
  const { n11, n10, n01, n00 } = naivePairCounts(gold, pred);
  const den = (n00 + n01) * (n01 + n11) + (n00 + n10) * (n10 + n11);
  return den === 0 ? 1 : (2 * (n00 * n11 - n01 * n10)) / den;
}

function naiveClusterCounts(gold: Assignment, pred: Assignment) {
  const goldReps: string[] = [];
  const predReps: string[] = [];
  for (const item of gold.keys()) {
    if (!goldReps.some((r) => gold.get(r) === gold.get(item))) goldReps.push(item);
    if (!predReps.some((r) => samePred(pred, r, item))) predReps.push(item);
  }
  return { gold: goldReps.length, predicted: predReps.length };
}

// ---- Generators. ----

const LABELS = ['a', 'b', 'c', 'd', 'e', ''];
const label = fc.constantFrom(...LABELS);

/** Gold over i0..i(n-1); pred may omit gold items and may contain items gold lacks. */
const partialPair = fc
  .record({
    rows: fc.array(fc.tuple(label, fc.option(label, { freq: 5 })), { maxLength: 30 }),
    extras: fc.array(label, { maxLength: 5 }),
  })
  .map(({ rows, extras }) => {
    const gold: Assignment = new Map();
    const pred: Assignment = new Map();
    rows.forEach(([g, p], k) => {
      gold.set(`i${k}`, g);
      if (p !== null) pred.set(`i${k}`, p);
    });
    extras.forEach((p, k) => pred.set(`x${k}`, p));
    return { gold, pred };
  });

/** Gold and pred over exactly the same items, so swapping them is meaningful. */
const fullPair = fc.array(fc.tuple(label, label), { maxLength: 30 }).map((rows) => {
  const gold: Assignment = new Map();
  const pred: Assignment = new Map();
  rows.forEach(([g, p], k) => {
    gold.set(`i${k}`, g);
    pred.set(`i${k}`, p);
  });
  return { gold, pred };
});

const permutation = fc.shuffledSubarray(LABELS, { minLength: LABELS.length, maxLength: LABELS.length });

function rename(m: Assignment, perm: string[]): Assignment {
  const to = new Map(LABELS.map((l, k) => [l, `${perm[k]!}'`]));
  return new Map([...m].map(([item, l]) => [item, to.get(l)!]));
}

const RUNS = { numRuns: 300 };

// ---- Hand-computed examples. ----

// Bagga & Baldwin (1998), fig. 2: truth {1..5} {6,7} {8,9,A,B,C}; the response merges the
// last two. Items 1..5: precision 1; 6,7: 2/7; 8..C: 5/7. Sum 5 + 4/7 + 25/7 = 64/7,
// over 12 items = 16/21 (the paper's 76%). Recall is 1: no gold cluster was split.
const bbGold = fromClusters([['1', '2', '3', '4', '5'], ['6', '7'], ['8', '9', 'A', 'B', 'C']]);
const bbPred = fromClusters([['1', '2', '3', '4', '5'], ['6', '7', '8', '9', 'A', 'B', 'C']]);

test('B-cubed on the Bagga & Baldwin example is 16/21 precision, 1 recall', () => {
  closePR(bcubed(bbGold, bbPred), { precision: 16 / 21, recall: 1, f1: 32 / 37 }, 'bcubed');
  // Swapping roles swaps precision and recall.
  closePR(bcubed(bbPred, bbGold), { precision: 1, recall: 16 / 21, f1: 32 / 37 }, 'bcubed swapped');
});

test('pairwise on the Bagga & Baldwin example: 21 gold pairs, 31 predicted, 21 shared', () => {
  // Gold pairs 10 + 1 + 10 = 21; predicted 10 + C(7,2) = 31; all gold pairs are predicted.
  closePR(pairwise(bbGold, bbPred), { precision: 21 / 31, recall: 1, f1: 42 / 52 }, 'pairwise');
});

test('ARI on the Bagga & Baldwin example is 49/71', () => {
  // C(12,2) = 66; index 21; expected 21 * 31 / 66; max 26 -> (1386 - 651) / (1716 - 651).
  close(adjustedRandIndex(bbGold, bbPred), 49 / 71, 'ari');
});

test('ARI of small textbook cases', () => {
  const g = fromClusters([['p', 'q'], ['r'], ['s']]);
  const p = fromClusters([['p', 'q'], ['r', 's']]);
  // M = 6, a = 1, b = 2, index = 1: (1 - 1/3) / (3/2 - 1/3) = 4/7.
  close(adjustedRandIndex(g, p), 4 / 7, 'ari 4/7');
  const crossed = fromClusters([['p', 'r'], ['q', 's']]);
  const straight = fromClusters([['p', 'q'], ['r', 's']]);
  // a = b = 2, index = 0, expected 2/3, max 2: worse than chance, -1/2.
  close(adjustedRandIndex(straight, crossed), -0.5, 'ari -1/2');
});

test('clusterCounts counts gold clusters and predicted clusters over gold items', () => {
  assert.deepEqual(clusterCounts(bbGold, bbPred), { gold: 3, predicted: 2 });
  const gold = fromClusters([['a', 'b', 'c']]);
  const pred = new Map([['a', 'x'], ['z', 'y']]); // b, c missing -> 2 singletons; z ignored
  assert.deepEqual(clusterCounts(gold, pred), { gold: 1, predicted: 3 });
});

// ---- Edge cases. ----

const four = ['w', 'x', 'y', 'z'];
const singletons = fromClusters(four.map((i) => [i]));
const oneCluster = fromClusters([four]);

test('empty input scores 1 everywhere and counts no clusters', () => {
  const e: Assignment = new Map();
  const perfect = { precision: 1, recall: 1, f1: 1 };
  assert.deepEqual(bcubed(e, e), perfect);
  assert.deepEqual(pairwise(e, e), perfect);
  assert.equal(adjustedRandIndex(e, e), 1);
  assert.deepEqual(clusterCounts(e, e), { gold: 0, predicted: 0 });
  // Predicted items without gold are ignored, so this is still the empty evaluation.
  assert.deepEqual(bcubed(e, oneCluster), perfect);
});

test('all singletons against all singletons: 0/0 pairs count as perfect', () => {
  assert.deepEqual(pairwise(singletons, singletons), { precision: 1, recall: 1, f1: 1 });
  assert.deepEqual(bcubed(singletons, singletons), { precision: 1, recall: 1, f1: 1 });
  assert.equal(adjustedRandIndex(singletons, singletons), 1);
});

test('one big cluster against itself is perfect', () => {
  assert.deepEqual(pairwise(oneCluster, oneCluster), { precision: 1, recall: 1, f1: 1 });
  assert.deepEqual(bcubed(oneCluster, oneCluster), { precision: 1, recall: 1, f1: 1 });
  assert.equal(adjustedRandIndex(oneCluster, oneCluster), 1);
});

test('singletons against one big cluster', () => {
  closePR(bcubed(singletons, oneCluster), { precision: 1 / 4, recall: 1, f1: 0.4 }, 'bcubed');
  // Six predicted pairs, none right; no gold pairs so recall is vacuously 1.
  assert.deepEqual(pairwise(singletons, oneCluster), { precision: 0, recall: 1, f1: 0 });
  assert.deepEqual(pairwise(oneCluster, singletons), { precision: 1, recall: 0, f1: 0 });
  assert.equal(adjustedRandIndex(singletons, oneCluster), 0);
  assert.deepEqual(clusterCounts(singletons, oneCluster), { gold: 4, predicted: 1 });
});

test('items missing from the prediction are singletons; extra predicted items are ignored', () => {
  const gold = fromClusters([['a', 'b']]);
  const pred = new Map([['a', 'k'], ['z', 'k']]);
  assert.deepEqual(bcubed(gold, pred), { precision: 1, recall: 0.5, f1: 2 / 3 });
  assert.deepEqual(pairwise(gold, pred), { precision: 1, recall: 0, f1: 0 });
  // Two missing items must not be merged with each other.
  assert.deepEqual(pairwise(gold, new Map()), { precision: 1, recall: 0, f1: 0 });
  assert.deepEqual(clusterCounts(gold, new Map()), { gold: 1, predicted: 2 });
});

test('a million items run in linear time and score exactly', () => {
  const n = 1_000_000;
  const gold: Assignment = new Map();
  const pred: Assignment = new Map();
  for (let i = 0; i < n; i++) {
    gold.set(`i${i}`, `g${i % 1000}`);
    // Each gold cluster of 1000 is split into two halves of 500.
    pred.set(`i${i}`, `p${i % 2000}`);
  }
  const start = performance.now();
  closePR(bcubed(gold, pred), { precision: 1, recall: 0.5, f1: 2 / 3 }, 'bcubed 1e6');
  const pw = pairwise(gold, pred);
  close(pw.precision, 1, 'pairwise precision 1e6');
  close(pw.recall, (2 * 500 * 499) / (1000 * 999), 'pairwise recall 1e6');
  // a = 1000 C(1000,2), b = index = 2000 C(500,2), M = C(10^6,2): (b - ab/M) / ((a+b)/2 - ab/M).
  const a = 1000 * 499_500;
  const b = 2000 * 124_750;
  const e = (a * b) / 499_999_500_000;
  close(adjustedRandIndex(gold, pred), (b - e) / ((a + b) / 2 - e), 'ari 1e6');
  assert.deepEqual(clusterCounts(gold, pred), { gold: 1000, predicted: 2000 });
  assert.ok(performance.now() - start < 20_000, 'metrics on 10^6 items should take seconds, not hours');
});

// ---- Properties against the naive references. ----

test('bcubed equals the naive per-item definition', () => {
  fc.assert(
    fc.property(partialPair, ({ gold, pred }) => closePR(bcubed(gold, pred), naiveBcubed(gold, pred), 'bcubed')),
    RUNS,
  );
});

test('pairwise equals naive pair enumeration', () => {
  fc.assert(
    fc.property(partialPair, ({ gold, pred }) => closePR(pairwise(gold, pred), naivePairwise(gold, pred), 'pairwise')),
    RUNS,
  );
});

test('adjustedRandIndex equals the pair-count form of ARI', () => {
  fc.assert(
    fc.property(partialPair, ({ gold, pred }) => close(adjustedRandIndex(gold, pred), naiveARI(gold, pred), 'ari')),
    RUNS,
  );
});

test('clusterCounts equals naive grouping', () => {
  fc.assert(
    fc.property(partialPair, ({ gold, pred }) =>
      assert.deepEqual(clusterCounts(gold, pred), naiveClusterCounts(gold, pred)),
    ),
    RUNS,
  );
});

// ---- Invariants. ----

test('a perfect prediction (even with renamed labels) scores exactly 1', () => {
  fc.assert(
    fc.property(fullPair, permutation, ({ gold }, perm) => {
      for (const pred of [gold, rename(gold, perm)]) {
        assert.deepEqual(bcubed(gold, pred), { precision: 1, recall: 1, f1: 1 });
        assert.deepEqual(pairwise(gold, pred), { precision: 1, recall: 1, f1: 1 });
        assert.equal(adjustedRandIndex(gold, pred), 1);
      }
    }),
    RUNS,
  );
});

test('swapping gold and pred swaps precision and recall and keeps F1 and ARI', () => {
  fc.assert(
    fc.property(fullPair, ({ gold, pred }) => {
      const b = bcubed(gold, pred);
      const bs = bcubed(pred, gold);
      closePR(bs, { precision: b.recall, recall: b.precision, f1: b.f1 }, 'bcubed swap');
      const p = pairwise(gold, pred);
      const ps = pairwise(pred, gold);
      closePR(ps, { precision: p.recall, recall: p.precision, f1: p.f1 }, 'pairwise swap');
      close(adjustedRandIndex(pred, gold), adjustedRandIndex(gold, pred), 'ari swap');
    }),
    RUNS,
  );
});

test('renaming labels on either side changes no score', () => {
  fc.assert(
    fc.property(partialPair, permutation, permutation, ({ gold, pred }, pg, pp) => {
      const g2 = rename(gold, pg);
      const p2 = rename(pred, pp);
      closePR(bcubed(g2, p2), bcubed(gold, pred), 'bcubed rename');
      closePR(pairwise(g2, p2), pairwise(gold, pred), 'pairwise rename');
      close(adjustedRandIndex(g2, p2), adjustedRandIndex(gold, pred), 'ari rename');
      assert.deepEqual(clusterCounts(g2, p2), clusterCounts(gold, pred));
    }),
    RUNS,
  );
});

test('scores stay in range: P, R, F1 in [0, 1] and ARI at most 1', () => {
  fc.assert(
    fc.property(partialPair, ({ gold, pred }) => {
      for (const s of [bcubed(gold, pred), pairwise(gold, pred)]) {
        for (const v of [s.precision, s.recall, s.f1]) assert.ok(v >= 0 && v <= 1 + EPS, `out of range: ${v}`);
      }
      assert.ok(adjustedRandIndex(gold, pred) <= 1 + EPS);
    }),
    RUNS,
  );
});
