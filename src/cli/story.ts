import { storyId } from '../article.ts';
import type { Store } from '../store/store.ts';
import { renderStories } from './render-stories.ts';
import { storiesJson } from './stories-json.ts';
import { UsageError } from './usage-error.ts';

/** `parallax stories` and `parallax story ID`. */
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
