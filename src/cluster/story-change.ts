import type { ArticleId, StoryId, TopicId } from '../article.ts';

/**
 * What the merge/split pass changed, in the order it happened; the store applies and records each.
 * Ids stay stable: a merge keeps the older story's id, a split keeps the id where most of the story
 * stayed, and a story that leaves its topic keeps its own id.
 */
export type StoryChange =
  /** Every article of `from` is now in `into`, and `from` is gone. */
  | { kind: 'merge'; from: StoryId; into: StoryId; topic: TopicId; score: number }
  /** `articles` left `from` for `into`; a new story when `created` (founded by the first of them, in `topic`). */
  | { kind: 'move'; from: StoryId; into: StoryId; articles: ArticleId[]; created: boolean; topic: TopicId; score: number }
  /** The story moved to topic `into` (its topic `from` was merged into an older one). */
  | { kind: 'topic'; story: StoryId; from: TopicId; into: TopicId; score: number }
  /**
   * The topic the story is reported under is now `into` (it was `from`): stories regrouped by the kind
   * of news their leads report (regroup-around.ts). Placement and the pass go on reading the topic
   * above; this is the topic users see.
   */
  | { kind: 'regroup'; story: StoryId; from: TopicId; into: TopicId; score: number }
  /**
   * No article joined the story for `score` arrivals (config `storyLimit`) and all its articles had left
   * the window: the clustering let go of it (DESIGN, "Closed stories"). The store keeps it as it is; a
   * reopened corpus lets it go at the same point of the stream instead of deciding anew.
   */
  | { kind: 'close'; story: StoryId; topic: TopicId; score: number };
