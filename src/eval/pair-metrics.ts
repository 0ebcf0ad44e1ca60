/**
 * Scores for relation pairs (copies, translations, ...) given as sets of unordered pair
 * keys. Separate from the clustering metrics because relations need not be transitive:
 * they are compared as plain sets, not through a partition.
 */

import { f1Score } from './metrics.ts';

/**
 * Order-independent key of the unordered pair {a, b}. The length prefix makes it
 * injective whatever characters the ids contain (a separator alone could be forged by
 * an id that contains it).
 */
export function pairKey(a: string, b: string): string {
  if (a === b) {
    throw new Error(
      `eval/pairKey: a relation pair needs two distinct ids, got "${a}" twice; drop self-pairs before scoring`,
    );
  }
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return `${lo.length}:${lo}|${hi}`;
}

export interface PairSetScores {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/**
 * Precision/recall/F1 of predicted pairs against gold pairs, keys made with `pairKey`.
 * Same 0/0 rule as the clustering metrics: no predicted pairs -> precision 1, no gold
 * pairs -> recall 1, F1 0 when both are 0. Runs in O(|predPairs|).
 */
export function pairSetScores(goldPairs: Set<string>, predPairs: Set<string>): PairSetScores {
  let tp = 0;
  for (const key of predPairs) if (goldPairs.has(key)) tp += 1;
  const fp = predPairs.size - tp;
  const fn = goldPairs.size - tp;
  const precision = predPairs.size === 0 ? 1 : tp / predPairs.size;
  const recall = goldPairs.size === 0 ? 1 : tp / goldPairs.size;
  return { precision, recall, f1: f1Score(precision, recall), tp, fp, fn };
}
