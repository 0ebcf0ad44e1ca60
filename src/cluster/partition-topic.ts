import type { ArticleId } from '../article.ts';
import { averageLink } from './average-link.ts';
import { pairwiseDots } from './pairwise-dots.ts';
import type { Sparse } from './sparse.ts';
import { sparseSum } from './sparse-sum.ts';
import { outOfTime, widen, type DaySpan } from './time-bound.ts';
import type { Tuning } from './tuning.ts';
import type { VectorSpace } from './vector-space.ts';

/** What the merge/split pass knows of each article of a topic. */
export interface TopicMember {
  id: ArticleId;
  /** The article whose copy or translation this is, followed to the first of the chain; itself otherwise. */
  unit: ArticleId;
  lang: string;
  /** Dimension counts. */
  tf: Sparse;
  /** Day number of the report, or null when unknown. */
  day: number | null;
  /** Whether `day` is the publication date the source gave (time-bound.ts). */
  dayGiven: boolean;
}

interface Unit {
  members: ArticleId[];
  langs: Set<string>;
  vector: Sparse;
  anchors: Sparse;
  first: number | null;
  last: number | null;
  given: DaySpan;
}

/** Days between two date ranges (0 when they overlap), or null when either is undated. */
export function dayGap(a: { first: number | null; last: number | null }, b: { first: number | null; last: number | null }): number | null {
  if (a.first === null || a.last === null || b.first === null || b.last === null) return null;
  return Math.max(0, a.first - b.last, b.first - a.last);
}

function shareLanguage(a: Set<string>, b: Set<string>): boolean {
  for (const l of a) if (b.has(l)) return true;
  return false;
}

/**
 * The factor on the similarity of reports `gap` days apart: 1 within `window` days, then falling
 * with the gap (a story a year old needs far more to be revived than one a week old), never below
 * `floor`. 1 when either side is undated.
 */
export function timeFactor(gap: number | null, window: number, floor: number): number {
  return gap === null || gap <= window ? 1 : Math.max(floor, window / gap);
}

/**
 * Re-clusters a topic's articles into events: average link over the topic's articles weighted with the
 * topic's own idf (see `localVector`), copies and translations kept with their original, pairs of
 * reports more than `eventDays` apart discounted, and groups with no language in common compared by their
 * anchors (discounted, as `matchStory` does). Returns the events as lists of article ids, in member order.
 */
export function partitionTopic(members: readonly TopicMember[], space: VectorSpace, tuning: Tuning): ArticleId[][] {
  return partitionWithin(members, space, tuning, true);
}

/**
 * Each cluster found is partitioned again with its own idf: a topic that holds two kinds of event
 * (two kinds of football news, merged by their shared vocabulary) makes each kind's own words
 * look rare against the other's, which joins the two events of a kind; inside the kind they weigh
 * nothing again and the events part. Below the top level a split is kept only when at least two parts
 * are large enough for their own idf to mean something (`refineMinimum`, as for whole topics), and the
 * smaller parts join the large part they are most similar to: a cluster's few odd articles are not cut
 * off as stories of their own, nor do they keep two events together. At the top level a small part joins
 * the nearest large one only at `attachThreshold`; below that it is a story of its own.
 */
function partitionWithin(members: readonly TopicMember[], space: VectorSpace, tuning: Tuning, top: boolean): ArticleId[][] {
  const found = partitionOnce(members, space, tuning);
  let clusters = found.clusters;
  if (clusters.length < 2) return clusters;
  const min = Math.max(2, tuning.refineMinimum);
  if (top) clusters = joinSmallParts(clusters, found.mean, min, tuning.attachThreshold);
  else if (clusters.some((c) => c.length < min)) {
    if (clusters.filter((c) => c.length >= min).length < 2) return [members.map((m) => m.id)];
    clusters = joinSmallParts(clusters, found.mean, min, -Infinity);
  }
  const byId = new Map(members.map((m) => [m.id, m]));
  return clusters.flatMap((c) => (c.length < min ? [c] : partitionWithin(c.map((id) => byId.get(id)!), space, tuning, false)));
}

/**
 * Parts of fewer than `min` articles join the large part they are most similar to (mean similarity, as
 * average link measures it) when that mean reaches `floor`; the others stay as they are, in their order.
 */
export function joinSmallParts(clusters: ArticleId[][], mean: (a: number, b: number) => number, min: number, floor: number): ArticleId[][] {
  const big = clusters.flatMap((c, i) => (c.length >= min ? [i] : []));
  if (big.length === 0) return clusters;
  const kept = new Map<number, ArticleId[]>(clusters.map((c, i) => [i, [...c]]));
  clusters.forEach((c, i) => {
    if (c.length >= min) return;
    let best = big[0]!;
    for (const b of big) if (mean(i, b) > mean(i, best)) best = b;
    if (mean(i, best) < floor) return;
    kept.get(best)!.push(...c);
    kept.delete(i);
  });
  return [...kept.values()];
}

/** One average-link pass over `members` with their own idf. */
function partitionOnce(members: readonly TopicMember[], space: VectorSpace, tuning: Tuning): { clusters: ArticleId[][]; mean: (a: number, b: number) => number } {
  const perLanguage = new Map<string, number>();
  for (const m of members) perLanguage.set(m.lang, (perLanguage.get(m.lang) ?? 0) + 1);
  const localDf = space.countWithin(members.map((m) => m.tf));
  try {
    const weigh = (m: TopicMember) => {
      const v = space.local(m.tf, localDf, members.length, perLanguage.get(m.lang)!);
      return { vector: v, anchors: space.anchorsOf(v, m.lang === 'en') };
    };
    return averageLinkOver(members, weigh, tuning, tuning.refineThreshold);
  } finally {
    localDf.release();
  }
}

/**
 * A topic too small for its own idf (fewer than `refineMinimum` articles) is re-clustered with the
 * stream's weights, the ones placement used, at the threshold placement used: the same test, but over
 * every pair at once rather than article by article in arrival order. Which of two summits of the same
 * two leaders came first then no longer decides whether a report of the second joins the first.
 */
export function partitionSmallTopic(members: ReadonlyArray<TopicMember & { vector: Sparse; anchors: Sparse }>, tuning: Tuning, threshold: number): ArticleId[][] {
  return averageLinkOver(members, (m) => m, tuning, threshold).clusters;
}

function averageLinkOver<M extends TopicMember>(
  members: readonly M[],
  weigh: (m: M) => { vector: Sparse; anchors: Sparse },
  tuning: Tuning,
  threshold: number,
): { clusters: ArticleId[][]; mean: (a: number, b: number) => number } {
  const byUnit = new Map<ArticleId, { members: ArticleId[]; langs: Set<string>; vectors: Sparse[]; anchors: Sparse[]; first: number | null; last: number | null; given: DaySpan }>();
  for (const m of members) {
    let u = byUnit.get(m.unit);
    if (!u) byUnit.set(m.unit, (u = { members: [], langs: new Set(), vectors: [], anchors: [], first: null, last: null, given: { first: null, last: null } }));
    u.members.push(m.id);
    u.langs.add(m.lang);
    const w = weigh(m);
    u.vectors.push(w.vector);
    u.anchors.push(w.anchors);
    if (m.day !== null) {
      widen(u, m.day);
      if (m.dayGiven) widen(u.given, m.day);
    }
  }
  const units: Unit[] = [...byUnit.values()].map((u) => ({ members: u.members, langs: u.langs, vector: sparseSum(u.vectors), anchors: sparseSum(u.anchors), first: u.first, last: u.last, given: u.given }));
  // Every pair's dot product at once (pairwise-dots.ts): the same sums sparseDot gives, far fewer steps.
  const totals = pairwiseDots(units.map((u) => u.vector));
  const anchorDots = tuning.anchorStory > 0 ? pairwiseDots(units.map((u) => u.anchors)) : null;
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      const a = units[i]!;
      const b = units[j]!;
      let t = totals[i]![j]!;
      if (anchorDots && !shareLanguage(a.langs, b.langs)) t = Math.max(t, tuning.anchorStory * anchorDots[i]![j]!);
      // Reports published too far apart are never one event; others far apart need more to be one.
      t = outOfTime(a.given, b.given, tuning.eventDays) ? 0 : t * timeFactor(dayGap(a, b), tuning.eventDays, tuning.inactive);
      totals[i]![j] = t;
      totals[j]![i] = t;
    }
  }
  const clusters = averageLink(units.map((u) => u.members.length), totals, threshold);
  const size = (c: number[]) => c.reduce((n, i) => n + units[i]!.members.length, 0);
  const mean = (a: number, b: number) => {
    let t = 0;
    for (const i of clusters[a]!) for (const j of clusters[b]!) t += totals[i]![j]!;
    return t / (size(clusters[a]!) * size(clusters[b]!));
  };
  return { clusters: clusters.map((c) => c.flatMap((i) => units[i]!.members)), mean };
}
