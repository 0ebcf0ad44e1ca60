import { createHash } from 'node:crypto';
import { storyId, topicId, type ArticleId, type StoryId, type TopicId } from '../article.ts';

// Ids derive from what founded them, so a run over the same input in the same order gives the same
// ids, and a later article can never rename an earlier story.
const short = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 10);

/** The id of the story an article founds; `k` > 0 for a further story it founds (when the merge/split pass splits one off). */
export const storyIdFor = (founder: ArticleId, k = 0): StoryId => storyId(`s-${short(k === 0 ? founder : `${founder}\u0000${k}`)}`);
export const topicIdFor = (founder: StoryId): TopicId => topicId(`t-${short(founder)}`);
