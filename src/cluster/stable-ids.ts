import type { ArticleId, StoryId } from '../article.ts';

/** A story as the id mapping sees it: when it was founded, and its members taking part in the pass. */
export interface StoryAtRefine {
  id: StoryId;
  founded: number;
  /** Members of the story that the pass re-clustered (older members stay where they are). */
  participating: number;
}

export interface Assignment {
  /** For each cluster, in input order: the story it becomes, and whether that story is new. */
  stories: Array<{ id: StoryId; created: boolean }>;
}

/**
 * Gives re-clustered events the ids of the stories they were, so that ids stay stable: clusters are
 * taken largest first; each becomes the oldest story that has at least half of its participating members
 * in it (a story split in halves keeps its id on one of them rather than being emptied), else the story
 * it shares the most members with (the older on a tie), else a new story. A story whose members all went
 * into an older story's cluster has been merged into it: the older id is the one kept.
 */
export function assignStableIds(
  clusters: readonly ArticleId[][],
  storyOf: (a: ArticleId) => StoryId,
  stories: ReadonlyMap<StoryId, StoryAtRefine>,
  newStory: (founder: ArticleId) => StoryId,
): Assignment {
  const order = clusters.map((c, i) => i).sort((a, b) => clusters[b]!.length - clusters[a]!.length || a - b);
  const taken = new Set<StoryId>();
  const result: Array<{ id: StoryId; created: boolean }> = new Array(clusters.length);
  for (const i of order) {
    const counts = new Map<StoryId, number>();
    for (const a of clusters[i]!) counts.set(storyOf(a), (counts.get(storyOf(a)) ?? 0) + 1);
    let target: StoryAtRefine | null = null;
    for (const [id, n] of counts) {
      const s = stories.get(id)!;
      if (taken.has(id) || n * 2 < s.participating) continue;
      if (!target || s.founded < target.founded) target = s;
    }
    if (!target) {
      let best = 0;
      for (const [id, n] of counts) {
        const s = stories.get(id)!;
        if (taken.has(id)) continue;
        if (n > best || (n === best && s.founded < target!.founded)) {
          best = n;
          target = s;
        }
      }
    }
    if (target) {
      taken.add(target.id);
      result[i] = { id: target.id, created: false };
    } else {
      const id = newStory(clusters[i]![0]!);
      taken.add(id);
      result[i] = { id, created: true };
    }
  }
  return { stories: result };
}
