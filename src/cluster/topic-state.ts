import type { StoryId, TopicId } from '../article.ts';
import { sparseDot, strongest, type Sparse } from './sparse.ts';
import { SumMap } from './sum-map.ts';

export interface TopicState {
  id: TopicId;
  /** Sum of its articles' vectors. */
  sum: SumMap;
  size: number;
  stories: Set<StoryId>;
  /** Its strongest dimensions, normalised, and the same over its anchors alone; recomputed as it grows. */
  profile: Sparse | null;
  anchorProfile: Sparse | null;
  profileSize: number;
  /** Size when the merge/split pass last looked at it, and last regrouped around it (regroup-around.ts). */
  refinedAt: number;
  regroupedAt: number;
}

export function newTopic(id: TopicId): TopicState {
  return { id, sum: new SumMap(), size: 0, stories: new Set(), profile: null, anchorProfile: null, profileSize: 0, refinedAt: 0, regroupedAt: 0 };
}

/** The topic's profile (and anchor profile), recomputed when stale: small topics change quickly, large ones as they grow by a quarter. */
export function topicProfile(t: TopicState, dimensions: number, isAnchor: (id: number) => boolean): Sparse {
  if (!t.profile || !t.anchorProfile || t.size < 8 || t.size >= t.profileSize * 1.25) {
    t.profile = strongest(t.sum, dimensions);
    const anchors = new Map<number, number>();
    for (const [k, x] of t.sum) if (isAnchor(k)) anchors.set(k, x);
    t.anchorProfile = strongest(anchors, dimensions);
    t.profileSize = t.size;
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
