import type { StoryId, TopicId } from '../article.ts';
import type { MemberTable } from './member-table.ts';
import type { ReportedTopics } from './reported-topics.ts';
import type { StoryState } from './story-state.ts';
import type { TopicState } from './topic-state.ts';

/** What closing a story changes in the corpus. */
export interface ClosingHost {
  readonly stories: Map<StoryId, StoryState>;
  readonly topics: ReadonlyMap<TopicId, TopicState>;
  readonly members: MemberTable;
  readonly reported: ReportedTopics;
  topicOf(id: TopicId): TopicId;
}

/**
 * The stories the corpus let go whole (quiet-stories.ts decides when; DESIGN, "Closed stories"), by
 * the topic each is now under. A closed story stays in the store as it is; here only its id is kept,
 * so that no new story is ever given it, and so that its topic, when it merges, moves it in the store too
 * (`TopicState.closed`).
 */
export class ClosedStories {
  private readonly topicOf = new Map<StoryId, TopicId>();
  /** Closed since the index was last swept of them. */
  private unswept = 0;

  has(id: StoryId): boolean {
    return this.topicOf.has(id);
  }

  get size(): number {
    return this.topicOf.size;
  }

  /** Lets go of `s`, its articles and its sums; the caller has let go of what it held of them. */
  close(host: ClosingHost, s: StoryState): void {
    const t = host.topics.get(s.topic)!;
    t.stories.delete(s.id);
    t.closed.add(s.id);
    for (const id of s.members) {
      t.closedEarliest = Math.min(t.closedEarliest, host.members.seqOf(id));
      host.members.delete(id);
    }
    host.stories.delete(s.id);
    host.reported.delete(s.id);
    this.topicOf.set(s.id, t.id);
    this.unswept++;
  }

  /** A closed story now under another topic (another worker merged its topic). */
  move(host: ClosingHost, id: StoryId, to: TopicState): void {
    if (!this.leaveTopic(host, id)) return;
    to.closed.add(id);
    this.topicOf.set(id, to.id);
  }

  /** A closed id opened again: only a restore or another worker's change does that, the store having it open. */
  reopen(host: ClosingHost, id: StoryId): void {
    if (this.leaveTopic(host, id)) this.topicOf.delete(id);
  }

  /** Takes a closed id off its topic's list; false when the id is not closed. */
  private leaveTopic(host: ClosingHost, id: StoryId): boolean {
    const was = this.topicOf.get(id);
    if (was === undefined) return false;
    host.topics.get(host.topicOf(was))?.closed.delete(id);
    return true;
  }

  /**
   * Whether the closed stories' postings are many enough to sweep out of the story index (`open`
   * stories are live): until then a lookup skips them, and one sweep a time keeps the cost flat.
   */
  sweepDue(open: number): boolean {
    if (this.unswept * 8 <= open) return false;
    this.unswept = 0;
    return true;
  }
}
