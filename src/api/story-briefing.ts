/**
 * What `GET /api/stories/{id}` and `Parallax.story` answer: for now the story's summary and its
 * members with the evidence of each relation, the same JSON as `parallax story ID --json`. The full
 * briefing (entities, quotes, facts) replaces the body of this one function.
 */
import { storyId } from '../article.ts';
import { storiesJson } from '../cli/stories-json.ts';
import type { Store } from '../store/store.ts';

export type StoryBriefing = Awaited<ReturnType<typeof storiesJson>>[number];

export async function storyBriefing(store: Store, id: string): Promise<StoryBriefing | null> {
  const summary = await store.story(storyId(id));
  if (!summary) return null;
  return (await storiesJson(store, [summary]))[0]!;
}
