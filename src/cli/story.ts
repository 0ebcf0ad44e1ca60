import { storyId } from '../article.ts';
import type { Store } from '../store/store.ts';
import { renderStories } from './render-stories.ts';
import { storiesJson } from './stories-json.ts';
import { UsageError } from './usage-error.ts';

/** `parallax stories` and `parallax story ID`. */
export function showStories(store: Store, id: string | null, json: boolean, out: NodeJS.WritableStream): number {
  let stories = store.stories();
  if (id !== null) {
    const one = store.story(storyId(id));
    if (!one) throw new UsageError(`no story "${id}"; "parallax stories" lists them`);
    stories = [one];
  }
  if (json) {
    const data = storiesJson(store, stories);
    out.write(`${JSON.stringify(id !== null ? data[0] : data, null, 2)}\n`);
  } else out.write(`${renderStories(stories, (s) => store.storyMembers(s.id))}\n`);
  return 0;
}
