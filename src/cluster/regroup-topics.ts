import type { StoryId, TopicId } from '../article.ts';
import { averageLink } from './average-link.ts';
import { sparseDot, type Sparse } from './sparse.ts';

/**
 * What regrouping reads of a story: its leads' common words and its anchors (each a normalised
 * centroid), the anchors most of its articles name (`names`), its languages, its topic.
 */
export interface StoryLead {
  id: StoryId;
  topic: TopicId;
  langs: ReadonlySet<string>;
  lead: Sparse;
  anchors: Sparse;
  names: Sparse;
}

/**
 * Groups stories into topics by average link over the centroids of their leads' common words
 * (features/lead-terms.ts), each story one unit whatever its size: a topic is a kind of news, and a
 * story of two reports says what kind as well as one of forty. Two stories of the same actors (two
 * summits of the same leaders) may share no word of their leads: what most articles of each name
 * (`names`) counts too, discounted by `namesWeight`, whichever is higher. Stories with no language in
 * common compare their anchors instead (discounted by `anchorWeight`), as placement does across languages.
 *
 * `units`: lists of indices into `stories` that stay together (a small topic: see regroup-around.ts).
 * Returns the groups as lists of indices into `stories`, ordered as `averageLink` orders them.
 */
export function groupStories(stories: readonly StoryLead[], units: readonly number[][], threshold: number, sim: (a: StoryLead, b: StoryLead) => number): number[][] {
  const totals = units.map(() => new Float64Array(units.length));
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      let s = 0;
      for (const a of units[i]!) for (const b of units[j]!) s += sim(stories[a]!, stories[b]!);
      totals[i]![j] = s;
      totals[j]![i] = s;
    }
  }
  return averageLink(units.map((u) => u.length), totals, threshold).map((g) => g.flatMap((u) => units[u]!).sort((a, b) => a - b));
}

/** How alike two stories are for regrouping (`groupStories`). */
export function storySimilarity(a: StoryLead, b: StoryLead, anchorWeight: number, namesWeight: number): number {
  let shared = false;
  for (const l of a.langs) if (b.langs.has(l)) shared = true;
  if (!shared) return anchorWeight * sparseDot(a.anchors, b.anchors);
  const lead = sparseDot(a.lead, b.lead);
  return namesWeight > 0 ? Math.max(lead, namesWeight * sparseDot(a.names, b.names)) : lead;
}

/**
 * The topic each group keeps or founds: a topic goes to the group holding most of its stories (ties:
 * the larger share of the group, then the older topic, `age` ascending), one group per topic; a group
 * left without one founds a new topic (`fresh`, named after its first story). So a topic that only
 * gains or loses a story keeps its id, and one split in two keeps it for its larger part.
 */
export function assignTopics(groups: readonly number[][], stories: readonly StoryLead[], age: (t: TopicId) => number, fresh: (founder: StoryId) => TopicId): TopicId[] {
  const pairs: Array<{ g: number; topic: TopicId; count: number }> = [];
  groups.forEach((group, g) => {
    const counts = new Map<TopicId, number>();
    for (const i of group) counts.set(stories[i]!.topic, (counts.get(stories[i]!.topic) ?? 0) + 1);
    for (const [topic, count] of counts) pairs.push({ g, topic, count });
  });
  pairs.sort((a, b) => b.count - a.count || b.count / groups[b.g]!.length - a.count / groups[a.g]!.length || age(a.topic) - age(b.topic) || a.g - b.g);
  const out: Array<TopicId | undefined> = groups.map(() => undefined);
  const taken = new Set<TopicId>();
  for (const p of pairs) {
    if (out[p.g] !== undefined || taken.has(p.topic)) continue;
    out[p.g] = p.topic;
    taken.add(p.topic);
  }
  return out.map((t, g) => t ?? fresh(stories[groups[g]![0]!]!.id));
}
