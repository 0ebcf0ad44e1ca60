import type { StoryId, TopicId } from '../article.ts';
import { accumulate, sparseDot, strongest, type Sparse } from './sparse.ts';
import { accumulatePart, type PartSum } from './story-state.ts';
import { SumMap } from './sum-map.ts';

export interface TopicState {
  id: TopicId;
  /** Sum of its articles' vectors. */
  sum: SumMap;
  size: number;
  stories: Set<StoryId>;
  /**
   * Its closed stories (quiet-stories.ts): gone from memory but still its stories in the store, so that
   * merging the topic moves them too; and the earliest arrival among their articles, so that the older
   * of two merging topics keeps its id whether or not its first stories are closed.
   */
  closed: Set<StoryId>;
  closedEarliest: number;
  /** Its strongest dimensions, normalised, and the same over its anchors alone; recomputed as it grows. */
  profile: Sparse | null;
  anchorProfile: Sparse | null;
  profileSize: number;
  /** Bumped at every change of `sum` (`addToTopic`), and its value when the profile was last computed. */
  version: number;
  profileVersion: number;
  /** Size when the merge/split pass last looked at it, and last regrouped around it (regroup-around.ts). */
  refinedAt: number;
  regroupedAt: number;
}

export function newTopic(id: TopicId): TopicState {
  return { id, sum: new SumMap(), size: 0, stories: new Set(), closed: new Set(), closedEarliest: Infinity, profile: null, anchorProfile: null, profileSize: 0, version: 0, profileVersion: -1, refinedAt: 0, regroupedAt: 0 };
}

/** Adds `sign ×` an article's vector to the topic's sum. */
export function addToTopic(t: TopicState, v: Sparse, sign: 1 | -1): void {
  accumulate(t.sum, v, sign);
  t.version++;
}

/** Adds `sign ×` the sum of a story's part (one language's articles) to the topic's sum. */
export function addPartToTopic(t: TopicState, part: PartSum, sign: 1 | -1): void {
  accumulatePart(t.sum, part, sign);
  t.version++;
}

/**
 * The topic's profile (and anchor profile), recomputed when stale: small topics change quickly, large
 * ones as they grow by a quarter. A small topic's is recomputed only when its sum has changed: a new
 * article's placement asks for the profile of every topic its keys hit, most of them small and unchanged.
 */
export function topicProfile(t: TopicState, dimensions: number, isAnchor: (id: number) => boolean): Sparse {
  if (!t.profile || !t.anchorProfile || (t.size < 8 && t.version !== t.profileVersion) || t.size >= t.profileSize * 1.25) {
    t.profile = strongest(t.sum, dimensions);
    const anchors = new Map<number, number>();
    for (const [k, x] of t.sum) if (isAnchor(k)) anchors.set(k, x);
    t.anchorProfile = strongest(anchors, dimensions);
    t.profileSize = t.size;
    t.profileVersion = t.version;
  }
  return t.profile;
}

/**
 * How alike a topic and a vector (a new story's article, or another topic's profile) are: the cosine
 * of the topic's profile with it, or, when higher, the discounted cosine of their anchors alone, which
 * is what reports in different languages share. The profile must be fresh (`topicProfile`).
 */
export function topicSimilarity(t: TopicState, v: Sparse, anchors: Sparse, anchorWeight: number): number {
  const all = sparseDot(t.profile!, v);
  return anchorWeight > 0 ? Math.max(all, anchorWeight * sparseDot(t.anchorProfile!, anchors)) : all;
}
