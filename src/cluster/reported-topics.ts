import type { StoryId, TopicId } from '../article.ts';

/**
 * The topics stories are reported under, where regrouping set one (regroup-around.ts); a story without
 * one is reported under the topic placement and the merge/split pass gave it.
 *
 * Two levels because they answer two questions. The topic placement gives a story is where it was
 * found (a story's neighbourhood: the pass re-clusters its events there with its own idf, and two
 * events of one kind kept apart there are told apart by what they say, not by names alone). The
 * reported topic is what kind of news the story is, by the common words of its leads: both rehab
 * stays of a celebrity, both summits of two leaders. Regrouping changes only the second, so the
 * events stay as they were.
 *
 * Mirrors `stories.reported_topic` in the store: set and cleared only through recorded changes.
 */
export class ReportedTopics {
  private readonly of = new Map<StoryId, TopicId>();
  /** Stories reported under each topic set here: which ids are taken. */
  private readonly uses = new Map<TopicId, number>();

  get(story: StoryId): TopicId | undefined {
    return this.of.get(story);
  }

  set(story: StoryId, topic: TopicId): void {
    this.delete(story);
    this.of.set(story, topic);
    this.uses.set(topic, (this.uses.get(topic) ?? 0) + 1);
  }

  delete(story: StoryId): void {
    const old = this.of.get(story);
    if (old === undefined) return;
    this.of.delete(story);
    const n = this.uses.get(old)! - 1;
    if (n === 0) this.uses.delete(old);
    else this.uses.set(old, n);
  }

  /** Whether some story is reported under this topic through regrouping. */
  inUse(topic: TopicId): boolean {
    return this.uses.has(topic);
  }
}

/** The topic that occurs most often (at a tie, the first of them met); null for none. */
export function commonestTopic(topics: Iterable<TopicId>): TopicId | null {
  const counts = new Map<TopicId, number>();
  for (const t of topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  let best: TopicId | null = null;
  for (const [t, n] of counts) if (best === null || n > counts.get(best)!) best = t;
  return best;
}
