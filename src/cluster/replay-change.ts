import type { StoryId, TopicId } from '../article.ts';
import type { ClosedStories, ClosingHost } from './closed-stories.ts';
import type { WarmMember } from './member-state.ts';
import type { StoryChange } from './story-change.ts';
import type { StoryState } from './story-state.ts';
import type { TopicState } from './topic-state.ts';

/** What replaying a change reads and moves in the corpus. */
export interface ReplayHost extends ClosingHost {
  readonly closed: ClosedStories;
  openTopic(id: TopicId): TopicState;
  openStory(id: StoryId, topic: TopicState): StoryState;
  retopic(s: StoryState, to: TopicState): void;
  dropTopic(t: TopicState, into: TopicId): void;
  mergeWhole(from: StoryState, into: StoryState): void;
  /** Lets go of a story another process closed, whatever this corpus would have decided. */
  closeStory(s: StoryState): void;
  move(m: WarmMember, into: StoryId): void;
}

/**
 * Applies a change another process made and recorded (a worker catching up with the shared store),
 * after restoring the articles stored since: restored articles are already where the change put them,
 * so it moves only what this corpus still has elsewhere.
 */
export function replayChange(h: ReplayHost, c: StoryChange): void {
  if (c.kind === 'regroup') {
    if (h.stories.has(c.story)) h.reported.set(c.story, c.into);
    return;
  }
  if (c.kind === 'topic') {
    const s = h.stories.get(c.story);
    if (s && s.topic !== c.into) h.retopic(s, h.openTopic(c.into));
    if (!s && h.closed.has(c.story)) h.closed.move(h, c.story, h.openTopic(c.into));
    const from = h.topics.get(c.from);
    if (from && from.stories.size === 0) h.dropTopic(from, c.into);
    return;
  }
  if (c.kind === 'close') {
    const s = h.stories.get(c.story);
    if (s) h.closeStory(s);
    return;
  }
  const source = h.stories.get(c.from);
  const moving = (c.kind === 'merge' ? [...(source?.members ?? [])] : c.articles.filter((a) => h.members.has(a))).map((id) => h.members.get(id)!);
  if (moving.length === 0) return;
  if (!h.stories.has(c.into)) h.openStory(c.into, h.openTopic(c.topic));
  // Dormant articles have no vectors to move one by one: a whole story with some moves at the level of
  // its sums; one moved alone stays where this corpus has it (its story's sums keep it anyway).
  if (c.kind === 'merge' && source && source.id !== c.into && moving.some((m) => m.dormant)) {
    h.mergeWhole(source, h.stories.get(c.into)!);
    return;
  }
  for (const m of moving) if (!m.dormant) h.move(m, c.into);
}
