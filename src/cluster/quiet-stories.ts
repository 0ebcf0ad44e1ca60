import type { ArticleId, StoryId } from '../article.ts';
import type { MemberState } from './member-state.ts';
import type { StoryState } from './story-state.ts';
import { SumMap } from './sum-map.ts';

/** Articles placed between two looks at the stories noted meanwhile. */
const LOOK_EVERY = 1000;

/**
 * The stories whose articles have all left the window keep their sums packed (`SumMap.pack`): a
 * dormant story is read when an article may join it, and written again only if one does, so its sums
 * need not keep the free slots a table growing by additions needs. At a hundred thousand articles
 * most stories are dormant, and their sums are the largest part of what the corpus holds (DESIGN,
 * "Known limits"). Packing changes no answer: a packed sum reads as it did and unpacks on its next write.
 *
 * A story is noted when one of its articles goes dormant, and looked at every `LOOK_EVERY` articles,
 * so that a large story is not scanned at every one of its articles' turn.
 */
export class QuietStories {
  private readonly noted = new Set<StoryId>();
  private since = 0;

  note(story: StoryId): void {
    this.noted.add(story);
  }

  /** Called once an article: every `LOOK_EVERY` calls, packs the noted stories with no warm article left. */
  tick(stories: ReadonlyMap<StoryId, StoryState>, members: ReadonlyMap<ArticleId, MemberState>): void {
    if (++this.since < LOOK_EVERY) return;
    this.since = 0;
    for (const id of this.noted) {
      const s = stories.get(id);
      if (s && allDormant(s, members)) packStory(s);
    }
    this.noted.clear();
  }
}

function allDormant(s: StoryState, members: ReadonlyMap<ArticleId, MemberState>): boolean {
  for (const id of s.members) if (!members.get(id)?.dormant) return false;
  return true;
}

function packStory(s: StoryState): void {
  s.anchors.pack();
  s.lead.pack();
  s.named.pack();
  for (const part of s.byLang.values()) {
    if (part.sum instanceof SumMap) part.sum.pack();
    if (part.anchors instanceof SumMap) part.anchors.pack();
  }
}
