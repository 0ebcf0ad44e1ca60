import type { Features } from '../article.ts';
import { normalized, type Vector } from './vector.ts';


/** Document frequencies seen so far in the stream. */
export interface DocumentFrequencies {
  readonly count: number;
  get(key: string): number;
}

export function idf(df: DocumentFrequencies, key: string): number {
  return Math.log((df.count + 1) / (df.get(key) + 1)) + 1;
}

/** Dimensions of an article: its terms, and its anchors prefixed with `@`. */
export function dimensions(f: Features): Map<string, number> {
  const out = new Map<string, number>(f.terms);
  for (const [k, n] of f.anchors) out.set(`@${k}`, n);
  return out;
}

/** Sublinear tf times smoothed idf, L2-normalised. */
export function articleVector(dims: ReadonlyMap<string, number>, df: DocumentFrequencies): Vector {
  const v: Vector = new Map();
  for (const [k, tf] of dims) {
    if (tf <= 0) continue;
    v.set(k, (1 + Math.log(tf)) * idf(df, k));
  }
  return normalized(v);
}
