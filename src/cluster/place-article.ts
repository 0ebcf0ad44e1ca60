/**
 * Where one article goes, and why: with the article it copies or translates, else in the story it is
 * most similar to (mean similarity to the story's articles, `matchStory`) if that reaches the story
 * threshold (stories far from it in time count as inactive and need more), else in a new story under
 * the nearest topic, or a new topic. Candidates come from capped inverted indexes, so the work per
 * article stays flat. Every placement carries its explanation.
 */
import type { ArticleId, StoryId, TopicId } from '../article.ts';
import type { Relation } from '../relate/relation.ts';
import type { WarmMember } from './corpus.ts';
import type { MemberLookup } from './member-table.ts';
import { round, sharedFeatures, type Explanation } from './explain.ts';
import { topicIdFor } from './ids.ts';
import { givenSpan, outOfTime } from './time-bound.ts';
import { dayGap, timeFactor } from './partition-topic.ts';
import type { PostingIndex } from './posting-index.ts';
import type { Sparse } from './sparse.ts';
import { matchedSides, matchStory, type StoryState } from './story-state.ts';
import { topicSimilarity, type TopicState } from './topic-state.ts';
import type { Tuning } from './tuning.ts';
import type { VectorSpace } from './vector-space.ts';

/** Why an article went where it went: what later explains the story. */
export interface Placement {
  story: StoryId;
  topic: TopicId;
  relation: Relation | null;
  /** How the story was chosen: through a copy/translation, by similarity, or as a new story. */
  via: 'relation' | 'similarity' | 'new';
  score: number;
  /** The best story it was not put in. */
  runnerUp: { story: StoryId; score: number } | null;
  explanation: Explanation;
}

/** What placing reads of the corpus, and the two ways it changes it: a new story, a new topic. */
export interface PlaceHost {
  readonly tuning: Tuning;
  readonly storyThreshold: number;
  readonly topicThreshold: number;
  readonly space: VectorSpace;
  readonly stories: ReadonlyMap<StoryId, StoryState>;
  readonly topics: ReadonlyMap<TopicId, TopicState>;
  readonly members: MemberLookup;
  readonly storyIndex: PostingIndex<StoryId>;
  readonly topicIndex: PostingIndex<TopicId>;
  resolveStory(id: StoryId): StoryId | null;
  topicOf(id: TopicId): TopicId;
  profile(t: TopicState): Sparse;
  freshStoryId(founder: ArticleId): StoryId;
  openStory(id: StoryId, topic: TopicState): StoryState;
  openTopic(id: TopicId): TopicState;
}

/** Candidate stories compared in full, the most shared keys first. */
const CANDIDATES = 64;

/** `whole`: the article's names by the keys they are compared under (name-key.ts), for its explanation. */
export function placeArticle(h: PlaceHost, m: WarmMember, relation: Relation | null, whole?: ReadonlyMap<string, string>): Placement {
  const ranked = rankStories(h, m);
  const best = ranked[0];
  const explainStory = (r: { story: StoryId; score: number; path: 'words' | 'anchors' }) => {
    const s = h.stories.get(r.story)!;
    const side = matchedSides(m, s, r.path, h.tuning.anchorStory);
    return { story: r.story, score: round(r.score), shared: sharedFeatures(side.vector, side.sum, side.size, h.space.dict, side.factor * storyTimeFactor(h.tuning, m.day, s), whole) };
  };
  const daysApart = (story: StoryId) => (m.day === null ? null : dayGap({ first: m.day, last: m.day }, h.stories.get(story)!));
  const brief = (r: { story: StoryId; score: number } | undefined) => (r ? { story: r.story, score: round(r.score) } : null);
  // A copy of an article whose story was closed (DESIGN, "Closed stories"), or published too long after
  // it (time-bound.ts), does not join it: it is placed as any article is, and keeps its relation.
  const original = relation && m.of !== null ? h.members.get(m.of) : undefined;
  if (relation && original) {
    const story = original.story;
    const own = h.stories.get(story)!;
    const runnerUp = ranked.find((r) => r.story !== story);
    const match = matchStory(m, own, h.tuning.anchorStory);
    return {
      story, topic: own.topic, relation, via: 'relation', score: relation.score, runnerUp: brief(runnerUp),
      explanation: { shared: explainStory({ story, ...match }).shared, topic: null, runnerUp: runnerUp ? explainStory(runnerUp) : null, daysApart: daysApart(story) },
    };
  }
  if (best && best.score >= h.storyThreshold) {
    const second = ranked[1];
    return {
      story: best.story, topic: h.stories.get(best.story)!.topic, relation, via: 'similarity', score: round(best.score), runnerUp: brief(second),
      explanation: { shared: explainStory(best).shared, topic: null, runnerUp: second ? explainStory(second) : null, daysApart: daysApart(best.story) },
    };
  }
  const story = h.freshStoryId(m.id);
  const near = nearestTopic(h, m);
  const topic = near && near.score >= h.topicThreshold ? h.topics.get(near.topic)! : h.openTopic(topicIdFor(story));
  h.openStory(story, topic);
  return {
    story, topic: topic.id, relation, via: 'new', score: 0, runnerUp: brief(best),
    explanation: {
      shared: [],
      topic: near && topic.id === near.topic ? { id: topic.id, score: round(near.score), shared: sharedFeatures(m.vector, topic.profile!, 1, h.space.dict, 1, whole) } : null,
      runnerUp: best ? explainStory(best) : null,
      daysApart: null,
    },
  };
}

/** Candidate stories by shared strong dimensions, scored by `matchStory` and time. */
function rankStories(h: PlaceHost, m: WarmMember): Array<{ story: StoryId; score: number; path: 'words' | 'anchors' }> {
  const hits = new Map<StoryId, number>();
  for (const [raw, n] of h.storyIndex.hits(m.keys)) {
    const s = h.resolveStory(raw);
    if (s !== null) hits.set(s, (hits.get(s) ?? 0) + n);
  }
  const mine = givenSpan(m.day, m.dayGiven);
  const inTime = [...hits].filter(([story]) => !outOfTime(mine, h.stories.get(story)!.given, h.tuning.eventDays));
  const candidates = inTime.sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES);
  const ranked = candidates.map(([story]) => {
    const s = h.stories.get(story)!;
    const match = matchStory(m, s, h.tuning.anchorStory);
    return { story, score: match.score * storyTimeFactor(h.tuning, m.day, s), path: match.path };
  });
  return ranked.sort((a, b) => b.score - a.score || (a.story < b.story ? -1 : 1));
}

/** 1 for a story active at the article's date (or undated); less the longer ago it left the window. */
function storyTimeFactor(tuning: Tuning, day: number | null, s: StoryState): number {
  return timeFactor(day === null ? null : dayGap({ first: day, last: day }, s), tuning.activeDays, tuning.inactive);
}

function nearestTopic(h: PlaceHost, m: WarmMember): { topic: TopicId; score: number } | null {
  let best: { topic: TopicId; score: number } | null = null;
  const seen = new Set<TopicId>();
  for (const raw of h.topicIndex.hits(m.keys).keys()) {
    const id = h.topicOf(raw);
    const t = h.topics.get(id);
    if (seen.has(id) || !t) continue;
    seen.add(id);
    h.profile(t);
    const score = topicSimilarity(t, m.vector, m.anchors, h.tuning.anchorTopic);
    if (!best || score > best.score || (score === best.score && id < best.topic)) best = { topic: id, score };
  }
  return best;
}
