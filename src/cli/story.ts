import { storyId } from '../article.ts';
import { renderBriefingHtml } from '../briefing/render-briefing-html.ts';
import { renderBriefing } from '../briefing/render-briefing.ts';
import { storyBriefing } from '../api/story-briefing.ts';
import type { Store } from '../store/store.ts';
import { renderStories } from './render-stories.ts';
import { storiesJson } from './stories-json.ts';
import { UsageError } from './usage-error.ts';

export type StoryFormat = 'text' | 'json' | 'md' | 'html';

/**
 * `parallax story ID`: the briefing (summary with citations, timeline, people and quotes, fact ledger,
 * sources). `--json` adds the members with their placements, as `parallax stories --json` gives them.
 */
export async function showStory(store: Store, id: string, format: StoryFormat, out: NodeJS.WritableStream): Promise<number> {
  const briefing = await storyBriefing(store, id);
  if (!briefing) throw new UsageError(`no story "${id}"; "parallax stories" lists them`);
  if (format === 'json') out.write(`${JSON.stringify(briefing, null, 2)}\n`);
  else if (format === 'html') out.write(renderBriefingHtml(briefing));
  else out.write(`${renderBriefing(briefing, format)}\n`);
  return 0;
}

/** `parallax stories`. */
export async function showStories(store: Store, id: string | null, json: boolean, out: NodeJS.WritableStream): Promise<number> {
  let stories = await store.stories();
  if (id !== null) {
    const one = await store.story(storyId(id));
    if (!one) throw new UsageError(`no story "${id}"; "parallax stories" lists them`);
    stories = [one];
  }
  if (json) {
    const data = await storiesJson(store, stories);
    out.write(`${JSON.stringify(id !== null ? data[0] : data, null, 2)}\n`);
  } else out.write(`${await renderStories(stories, (s) => store.storyMembers(s.id))}\n`);
  return 0;
}
