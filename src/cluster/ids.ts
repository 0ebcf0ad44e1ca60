import { createHash } from 'node:crypto';
import { storyId, topicId, type ArticleId, type StoryId, type TopicId } from '../article.ts';

// Ids derive from what founded them, so a run over the same input in the same order gives the same
// ids, and a later article can never rename an earlier story.
const short = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 10);

/** The id of the story an article founds; `k` > 0 for a further story it founds (when the merge/split pass splits one off). */
export const storyIdFor = (founder: ArticleId, k = 0): StoryId => storyId(`s-${short(k === 0 ? founder : `${founder}\u0000${k}`)}`);
/** `k` > 0 for a further topic named after the same story (when regrouping splits one off). */
export const topicIdFor = (founder: StoryId, k = 0): TopicId => topicId(`t-${short(k === 0 ? founder : `${founder}\u0000${k}`)}`);
