import { createHash } from 'node:crypto';
import { storyId, topicId, type ArticleId, type StoryId, type TopicId } from '../article.ts';

// Ids derive from what founded them, so a run over the same input in the same order gives the same
// ids, and a later article can never rename an earlier story.
const short = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 10);

/** The id of the story an article founds; `k` > 0 for a further story it founds (when the merge/split pass splits one off). */
export const storyIdFor = (founder: ArticleId, k = 0): StoryId => storyId(`s-${short(k === 0 ? founder : `${founder}\u0000${k}`)}`);
/** `k` > 0 for a further topic named after the same story (when regrouping splits one off). */
export const topicIdFor = (founder: StoryId, k = 0): TopicId => topicId(`t-${short(k === 0 ? founder : `${founder}\u0000${k}`)}`);

/** The end of an alias chain. A chain longer than the aliases is a cycle: a bug, never to be waited out. */
export function followAliases<T>(aliases: ReadonlyMap<T, T>, id: T, what: string): T {
  let x = id;
  for (let steps = 0, alias = aliases.get(x); alias !== undefined; alias = aliases.get(x)) {
    if (++steps > aliases.size) throw new Error(`corpus: the ${what} aliases of ${String(id)} form a cycle; a merged ${what} was reopened without its alias removed (a bug in cluster/corpus.ts)`);
    x = alias;
  }
  return x;
}
