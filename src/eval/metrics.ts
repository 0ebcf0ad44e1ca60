/**
 * Clustering evaluation metrics over flat assignments (item id -> cluster label).
 *
 * Every metric is evaluated on the items of the gold map only: a gold item missing
 * from the prediction is its own predicted singleton, and predicted items that are not
 * in gold are ignored (they cannot be judged). All metrics are computed from the
 * contingency table of gold clusters x predicted clusters, so the cost is
 * O(n + number of non-empty cells), never O(n^2): these run on millions of items.
 *
 * Degenerate ratios (0/0) follow one rule throughout: a quantity over an empty set of
 * claims is vacuously perfect. So with no predicted pairs pairwise precision is 1, with
 * no gold pairs pairwise recall is 1, and with no gold items every score is 1. F1 is 0
 * whenever precision + recall is 0.
 */

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Gold x predicted contingency table. Cells are listed sparsely (only non-zero ones),
 * which is what keeps 10^6 items with ~10^5 clusters cheap.
 */
interface Contingency {
  n: number;
  goldSizes: number[];
  predSizes: number[];
  cellGold: number[];
  cellPred: number[];
  cellCount: number[];
}

function contingency(gold: Map<string, string>, pred: Map<string, string>): Contingency {
  const n = gold.size;
  const goldIndex = new Map<string, number>();
  const predIndex = new Map<string, number>();
  const goldSizes: number[] = [];
  const predSizes: number[] = [];
  const gi = new Int32Array(n);
  const pi = new Int32Array(n);
  let k = 0;
  for (const [item, goldLabel] of gold) {
    let g = goldIndex.get(goldLabel);
    if (g === undefined) {
      g = goldSizes.length;
      goldIndex.set(goldLabel, g);
      goldSizes.push(0);
    }
    goldSizes[g]! += 1;
    const predLabel = pred.get(item);
    let p: number;
    if (predLabel === undefined) {
      // A fresh index rather than a synthetic label, so it can never collide with a real one.
      p = predSizes.length;
      predSizes.push(0);
    } else {
      const known = predIndex.get(predLabel);
      if (known === undefined) {
        p = predSizes.length;
        predIndex.set(predLabel, p);
        predSizes.push(0);
      } else {
        p = known;
      }
    }
    predSizes[p]! += 1;
    gi[k] = g;
    pi[k] = p;
    k += 1;
  }
  // g * P + p stays below 2^53 for any realistic table (P, G <= n <= 10^7).
  const width = predSizes.length;
  const cellIndex = new Map<number, number>();
  const cellGold: number[] = [];
  const cellPred: number[] = [];
  const cellCount: number[] = [];
  for (let i = 0; i < n; i++) {
    const g = gi[i]!;
    const p = pi[i]!;
    const key = g * width + p;
    const c = cellIndex.get(key);
    if (c === undefined) {
      cellIndex.set(key, cellCount.length);
      cellGold.push(g);
      cellPred.push(p);
      cellCount.push(1);
    } else {
      cellCount[c]! += 1;
    }
  }
  return { n, goldSizes, predSizes, cellGold, cellPred, cellCount };
}

/** Number of unordered pairs among k items. */
const pairs = (k: number): number => (k * (k - 1)) / 2;

const sumPairs = (sizes: number[]): number => {
  let s = 0;
  for (const k of sizes) s += pairs(k);
  return s;
};

/** Harmonic mean; 0 when both are 0 so that a total miss is not NaN. */
export function f1Score(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/**
 * B-cubed precision/recall/F1 (Bagga & Baldwin 1998), averaged over items with equal
 * weight. Per item, precision is the share of its predicted cluster that shares its gold
 * cluster; summed over a cell (i, j) that is n_ij * n_ij / |P_j|.
 */
export function bcubed(gold: Map<string, string>, pred: Map<string, string>): PrecisionRecall {
  const t = contingency(gold, pred);
  if (t.n === 0) return { precision: 1, recall: 1, f1: 1 };
  let p = 0;
  let r = 0;
  for (let c = 0; c < t.cellCount.length; c++) {
    const nij = t.cellCount[c]!;
    p += (nij * nij) / t.predSizes[t.cellPred[c]!]!;
    r += (nij * nij) / t.goldSizes[t.cellGold[c]!]!;
  }
  const precision = p / t.n;
  const recall = r / t.n;
  return { precision, recall, f1: f1Score(precision, recall) };
}

/**
 * Pairwise precision/recall/F1 over unordered item pairs placed in the same cluster.
 * No predicted pairs -> precision 1 (no wrong claim was made); no gold pairs -> recall 1
 * (nothing was missed). Hence all-singletons against all-singletons scores 1 everywhere,
 * while all-singletons against a real clustering gets F1 0 through recall 0.
 */
export function pairwise(gold: Map<string, string>, pred: Map<string, string>): PrecisionRecall {
  const t = contingency(gold, pred);
  const together = sumPairs(t.cellCount);
  const goldPairs = sumPairs(t.goldSizes);
  const predPairs = sumPairs(t.predSizes);
  const precision = predPairs === 0 ? 1 : together / predPairs;
  const recall = goldPairs === 0 ? 1 : together / goldPairs;
  return { precision, recall, f1: f1Score(precision, recall) };
}

/**
 * Adjusted Rand index (Hubert & Arabie 1985): pair agreement corrected for chance,
 * 1 for identical partitions, about 0 for independent ones, negative below chance.
 * The denominator vanishes only when both partitions are the same trivial one (all
 * singletons, or one cluster, or fewer than two items); those are identical, so 1.
 */
export function adjustedRandIndex(gold: Map<string, string>, pred: Map<string, string>): number {
  const t = contingency(gold, pred);
  const total = pairs(t.n);
  const index = sumPairs(t.cellCount);
  const a = sumPairs(t.goldSizes);
  const b = sumPairs(t.predSizes);
  if (total === 0) return 1;
  // a * (b / total) rather than a * b / total: a * b overflows 2^53 at 10^6 items.
  const expected = a * (b / total);
  const max = (a + b) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}

/**
 * Number of gold clusters and of predicted clusters over the gold items; each gold item
 * missing from the prediction counts as one predicted (singleton) cluster.
 */
export function clusterCounts(
  gold: Map<string, string>,
  pred: Map<string, string>,
): { gold: number; predicted: number } {
  const goldLabels = new Set<string>();
  const predLabels = new Set<string>();
  let missing = 0;
  for (const [item, label] of gold) {
    goldLabels.add(label);
    const p = pred.get(item);
    if (p === undefined) missing += 1;
    else predLabels.add(p);
  }
  return { gold: goldLabels.size, predicted: predLabels.size + missing };
}
