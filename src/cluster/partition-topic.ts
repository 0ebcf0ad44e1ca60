import type { ArticleId } from '../article.ts';
import { averageLink } from './average-link.ts';
import { sparseDot, sparseSum, type Sparse } from './sparse.ts';
import type { Tuning } from './tuning.ts';
import type { VectorSpace } from './vector-space.ts';

/** What the merge/split pass knows of each article of a topic. */
export interface TopicMember {
  id: ArticleId;
  /** The article whose copy or translation this is, followed to the first of the chain; itself otherwise. */
  unit: ArticleId;
  /** Dimension counts. */
  tf: Sparse;
  /** Day number of the report, or null when unknown. */
  day: number | null;
}

interface Unit {
  members: ArticleId[];
  vector: Sparse;
  first: number | null;
  last: number | null;
}

/** Days between two date ranges (0 when they overlap), or null when either is undated. */
export function dayGap(a: { first: number | null; last: number | null }, b: { first: number | null; last: number | null }): number | null {
  if (a.first === null || a.last === null || b.first === null || b.last === null) return null;
  return Math.max(0, a.first - b.last, b.first - a.last);
}

/**
 * Re-clusters a topic's articles into events: average link over the topic's articles weighted with the
 * topic's own idf (see `localVector`), copies and translations kept with their original, and pairs of
 * reports far apart in time discounted. Returns the events as lists of article ids, in member order.
 */
export function partitionTopic(members: readonly TopicMember[], space: VectorSpace, tuning: Tuning): ArticleId[][] {
  const localDf = new Map<number, number>();
  for (const m of members) for (const id of m.tf.ids) localDf.set(id, (localDf.get(id) ?? 0) + 1);
  const byUnit = new Map<ArticleId, { members: ArticleId[]; vectors: Sparse[]; first: number | null; last: number | null }>();
  for (const m of members) {
    let u = byUnit.get(m.unit);
    if (!u) byUnit.set(m.unit, (u = { members: [], vectors: [], first: null, last: null }));
    u.members.push(m.id);
    u.vectors.push(space.local(m.tf, localDf, members.length));
    if (m.day !== null) {
      u.first = u.first === null ? m.day : Math.min(u.first, m.day);
      u.last = u.last === null ? m.day : Math.max(u.last, m.day);
    }
  }
  const units: Unit[] = [...byUnit.values()].map((u) => ({ members: u.members, vector: sparseSum(u.vectors), first: u.first, last: u.last }));
  const totals = units.map(() => new Float64Array(units.length));
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      const gap = dayGap(units[i]!, units[j]!);
      const t = sparseDot(units[i]!.vector, units[j]!.vector) * (gap !== null && gap > tuning.activeDays ? tuning.inactive : 1);
      totals[i]![j] = t;
      totals[j]![i] = t;
    }
  }
  const clusters = averageLink(units.map((u) => u.members.length), totals, tuning.refineThreshold);
  return clusters.map((c) => c.flatMap((i) => units[i]!.members));
}
