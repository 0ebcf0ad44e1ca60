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
 * `units`: lists of indices of stories that stay together (a small topic: see regroup-around.ts);
 * `sim(a, b)`: how alike stories a and b are (`similarities`).
 * Returns the groups as lists of story indices, ordered as `averageLink` orders them.
 */
export function groupStories(units: readonly number[][], threshold: number, sim: (a: number, b: number) => number): number[][] {
  const totals = units.map(() => new Float64Array(units.length));
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      let s = 0;
      for (const a of units[i]!) for (const b of units[j]!) s += sim(a, b);
      totals[i]![j] = s;
      totals[j]![i] = s;
    }
  }
  return averageLink(units.map((u) => u.length), totals, threshold).map((g) => g.flatMap((u) => units[u]!).sort((a, b) => a - b));
}

/** Pairs of stories already compared, by the lead vectors read of them: unchanged since, their similarity is too. */
export type SimilarityCache = WeakMap<Sparse, WeakMap<Sparse, number>>;

/** A story's lead spread over its dimension ids (zeros elsewhere), reused from pass to pass. */
let spread = new Float64Array(4096);

/**
 * `storySimilarity` of every pair of `stories`, as `sim(i, j)` over their indices. A pair not in
 * `cache` compares its leads through one story's lead spread over a dense array: one read per
 * dimension of the other instead of a merge of both (a story in 129 languages has a lead of hundreds of
 * dimensions, and most pairs of a neighbourhood change between passes). The sum runs over the same
 * products in the same order as `sparseDot`'s, so the value is the same to the last bit.
 */
export function similarities(stories: readonly StoryLead[], anchorWeight: number, namesWeight: number, cache: SimilarityCache): (a: number, b: number) => number {
  const n = stories.length;
  const out = new Float64Array(n * n);
  let top = 0;
  for (const s of stories) if (s.lead.ids.length > 0) top = Math.max(top, s.lead.ids[s.lead.ids.length - 1]!);
  if (spread.length <= top) spread = new Float64Array(Math.max(top + 1, spread.length * 2));
  for (let i = 0; i < n; i++) {
    const a = stories[i]!;
    let row = cache.get(a.lead);
    if (!row) cache.set(a.lead, (row = new WeakMap()));
    let spreadOut = false;
    for (let j = i + 1; j < n; j++) {
      const b = stories[j]!;
      let s = row.get(b.lead) ?? cache.get(b.lead)?.get(a.lead);
      if (s === undefined) {
        if (!spreadOut) {
          for (let k = 0; k < a.lead.ids.length; k++) spread[a.lead.ids[k]!] = a.lead.values[k]!;
          spreadOut = true;
        }
        s = storySimilarity(a, b, anchorWeight, namesWeight, spread);
        row.set(b.lead, s);
      }
      out[i * n + j] = s;
      out[j * n + i] = s;
    }
    if (spreadOut) for (let k = 0; k < a.lead.ids.length; k++) spread[a.lead.ids[k]!] = 0;
  }
  return (a, b) => out[a * n + b]!;
}

/** How alike two stories are for regrouping (`groupStories`); `spread`, if given, is `a.lead` spread out (`similarities`). */
export function storySimilarity(a: StoryLead, b: StoryLead, anchorWeight: number, namesWeight: number, spread?: Float64Array): number {
  let shared = false;
  for (const l of a.langs) {
    if (!b.langs.has(l)) continue;
    shared = true;
    break;
  }
  if (!shared) return anchorWeight * sparseDot(a.anchors, b.anchors);
  const lead = spread ? spreadDot(spread, b.lead) : sparseDot(a.lead, b.lead);
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

function spreadDot(spread: Float64Array, b: Sparse): number {
  let s = 0;
  for (let k = 0; k < b.ids.length; k++) {
    const x = spread[b.ids[k]!]!;
    if (x !== 0) s += x * b.values[k]!;
  }
  return s;
}
