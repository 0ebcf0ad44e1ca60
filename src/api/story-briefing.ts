/**
 * What `GET /api/stories/{id}`, `Parallax.story` and `parallax story ID --json` answer: the briefing
 * (src/briefing) plus the members with their placements and the evidence of each relation.
 */
import { storyId } from '../article.ts';
import type { Briefing } from '../briefing/briefing.ts';
import { storyBriefing as buildStoryBriefing } from '../briefing/story-briefing.ts';
import { storiesJson } from '../cli/stories-json.ts';
import type { Store } from '../store/store.ts';

export type StoryBriefing = Briefing & { members: Awaited<ReturnType<typeof storiesJson>>[number]['members'] };

export async function storyBriefing(store: Store, id: string): Promise<StoryBriefing | null> {
  const briefing = await buildStoryBriefing(store, storyId(id));
  if (!briefing) return null;
  const [withMembers] = await storiesJson(store, [(await store.story(storyId(id)))!]);
  return { ...briefing, members: withMembers!.members };
}
