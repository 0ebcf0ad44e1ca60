import type { StoryId } from '../article.ts';
import type { ArticleDetail, Store } from '../store/store.ts';
import type { Briefing } from './briefing.ts';
import { buildBriefing } from './build-briefing.ts';

/** Loads a story's members from the store and builds its briefing; null when there is no such story. */
export async function storyBriefing(store: Store, id: StoryId): Promise<Briefing | null> {
  const story = await store.story(id);
  if (!story) return null;
  const members: ArticleDetail[] = [];
  for (const row of await store.storyMembers(id)) {
    const a = await store.article(row.id);
    if (a) members.push(a);
  }
  return buildBriefing(story, members);
}
