import type { Features } from '../article.ts';
import { nameKey } from '../features/name-key.ts';
import { normalized, type Vector } from './vector.ts';

/**
 * What a dimension of an article vector stands for. Terms are stems of one language; the others are
 * anchors that survive translation (`@kind:key`), and `pivot` is an English pivot word a bilingual
 * lexicon gave for a content word (`~word`).
 */
export type FeatureKind = 'term' | 'name' | 'number' | 'year' | 'acronym' | 'place' | 'pivot';

export function featureKind(key: string): FeatureKind {
  if (key.charCodeAt(0) === 126) return 'pivot';
  if (key.charCodeAt(0) !== 64) return 'term';
  const kind = key.slice(1, key.indexOf(':'));
  return kind === 'name' || kind === 'number' || kind === 'year' || kind === 'acronym' || kind === 'place' ? kind : 'name';
}

export type KindWeights = Readonly<Record<FeatureKind, number>>;

/** Document frequencies seen so far in the stream. */
export interface DocumentFrequencies {
  readonly count: number;
  get(key: string): number;
}

export function idf(df: DocumentFrequencies, key: string): number {
  return Math.log((df.count + 1) / (df.get(key) + 1)) + 1;
}

/**
 * Dimensions of an article with their counts: terms, anchors prefixed with `@` (names by their first
 * letters, so that their inflections meet: name-key.ts), pivots with `~`.
 */
export function dimensions(f: Features): Map<string, number> {
  const out = new Map<string, number>(f.terms);
  for (const [k, n] of f.anchors) {
    const key = `@${nameKey(k)}`;
    out.set(key, (out.get(key) ?? 0) + n);
  }
  for (const [k, n] of f.pivots ?? []) out.set(`~${k}`, n);
  return out;
}

/**
 * Sublinear tf × idf × the weight of the dimension's kind, L2-normalised. Kinds are weighted on the
 * raw values and normalised together: normalising each kind apart would let one shared year count as
 * much as every shared word.
 */
export function weightedVector(dims: ReadonlyMap<string, number>, weights: KindWeights, idfOf: (key: string) => number): Vector {
  const v: Vector = new Map();
  for (const [k, tf] of dims) {
    if (tf <= 0) continue;
    const w = weights[featureKind(k)] * idfOf(k);
    if (w > 0) v.set(k, (1 + Math.log(tf)) * w);
  }
  return normalized(v);
}

/** The article's vector with the stream's document frequencies. */
export function articleVector(dims: ReadonlyMap<string, number>, df: DocumentFrequencies, weights: KindWeights): Vector {
  return weightedVector(dims, weights, (k) => idf(df, k));
}

/**
 * The article's vector inside one topic: idf over the topic's own articles, so that what every article
 * of the topic says (the kind of event, its usual actors) weighs nothing and what tells its events apart
 * (names, numbers, places, the words of one event) weighs most. Dimensions seen once in the topic
 * cannot link two of its articles and are left out.
 */
export function localVector(dims: ReadonlyMap<string, number>, localDf: ReadonlyMap<string, number>, n: number, weights: KindWeights): Vector {
  return weightedVector(dims, weights, (k) => {
    const d = localDf.get(k) ?? 0;
    return d < 2 ? 0 : Math.log(n / d);
  });
}
