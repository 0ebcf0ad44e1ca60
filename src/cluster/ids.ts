import { createHash } from 'node:crypto';
import { storyId, topicId, type ArticleId, type StoryId, type TopicId } from '../article.ts';

// Ids derive from what founded them, so a run over the same input in the same order gives the same
// ids, and a later article can never rename an earlier story.
const short = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 10);

export const storyIdFor = (founder: ArticleId): StoryId => storyId(`s-${short(founder)}`);
export const topicIdFor = (founder: StoryId): TopicId => topicId(`t-${short(founder)}`);
