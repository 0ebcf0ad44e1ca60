import type { ArticleId, ArticleRecord, Features, StoryId, TopicId } from '../article.ts';
import type { ResolvedConfig } from '../config.ts';
import { RelationIndex } from '../relate/relation-index.ts';
import type { Relation } from '../relate/relation.ts';
import { articleVector, dimensions, type DocumentFrequencies } from './article-vector.ts';
import { storyIdFor, topicIdFor } from './ids.ts';
import { PostingIndex } from './posting-index.ts';
import { Centroid, normalized, type Vector } from './vector.ts';

export interface StoryState {
  id: StoryId;
  topic: TopicId;
  centroid: Centroid;
  /** Centroid of the members' anchors alone: what two languages can share. */
  anchors: Centroid;
  members: ArticleId[];
  founder: ArticleId;
}

export interface TopicState {
  id: TopicId;
  centroid: Centroid;
  stories: StoryId[];
}

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
}

const INDEXED_DIMENSIONS = 24;
const STORY_POSTINGS = 400;

/**
 * The streaming state of one store: document frequencies, the relation index, stories and topics.
 * `add` takes one analysed article and decides, once and for good, where it belongs.
 */
export class Corpus {
  private readonly dfCounts = new Map<string, number>();
  private docs = 0;
  readonly df: DocumentFrequencies;
  readonly relations: RelationIndex;
  readonly stories = new Map<StoryId, StoryState>();
  readonly topics = new Map<TopicId, TopicState>();
  private readonly storyOf = new Map<ArticleId, StoryId>();
  private readonly storyIndex = new PostingIndex<StoryId>(STORY_POSTINGS);
  private readonly topicIndex = new PostingIndex<TopicId>(STORY_POSTINGS);

  constructor(private readonly cfg: ResolvedConfig) {
    this.relations = new RelationIndex(cfg);
    const self = this;
    this.df = { get: (k) => self.dfCounts.get(k) ?? 0, get count() { return self.docs; } };
  }

  add(rec: ArticleRecord): Placement {
    const features = rec.features;
    if (!features) throw new Error(`cluster: article ${rec.id} has no features; run the article stages first`);
    const dims = dimensions(features);
    this.count(dims);
    const vector = articleVector(dims, this.df);
    const entry = { id: rec.id, lang: rec.lang.code, features };
    const relation = this.relations.find(entry);
    this.relations.add(entry);
    const placement = this.place(rec.id, vector, relation);
    this.join(placement.story, rec.id, vector);
    return placement;
  }

  /** Replays a stored decision (when reopening a store) without deciding anything anew. */
  restore(id: ArticleId, lang: string, features: Features, story: StoryId, topic: TopicId): void {
    const dims = dimensions(features);
    this.count(dims);
    const vector = articleVector(dims, this.df);
    this.relations.add({ id, lang, features });
    if (!this.stories.has(story)) this.openStory(story, topic, id);
    this.join(story, id, vector);
  }

  private count(dims: ReadonlyMap<string, number>): void {
    this.docs++;
    for (const k of dims.keys()) this.dfCounts.set(k, (this.dfCounts.get(k) ?? 0) + 1);
  }

  private place(id: ArticleId, vector: Vector, relation: Relation | null): Placement {
    const ranked = this.rankStories(vector);
    const best = ranked[0];
    if (relation) {
      const story = this.storyOf.get(relation.of)!;
      const runnerUp = ranked.find((r) => r.story !== story) ?? null;
      return { story, topic: this.stories.get(story)!.topic, relation, via: 'relation', score: relation.score, runnerUp };
    }
    if (best && best.score >= this.cfg.storyThreshold) {
      return { story: best.story, topic: this.stories.get(best.story)!.topic, relation: null, via: 'similarity', score: best.score, runnerUp: ranked[1] ?? null };
    }
    const story = storyIdFor(id);
    const topic = this.chooseTopic(vector) ?? topicIdFor(story);
    this.openStory(story, topic, id);
    return { story, topic, relation: null, via: 'new', score: 0, runnerUp: best ?? null };
  }

  private rankStories(vector: Vector): Array<{ story: StoryId; score: number }> {
    const candidates = this.storyIndex.hits(topKeys(vector, INDEXED_DIMENSIONS));
    const ranked: Array<{ story: StoryId; score: number }> = [];
    for (const story of candidates.keys()) {
      ranked.push({ story, score: storySimilarity(this.stories.get(story)!, vector) });
    }
    return ranked.sort((a, b) => b.score - a.score || (a.story < b.story ? -1 : 1));
  }

  private chooseTopic(vector: Vector): TopicId | null {
    let best: { topic: TopicId; score: number } | null = null;
    for (const topic of this.topicIndex.hits(topKeys(vector, INDEXED_DIMENSIONS)).keys()) {
      const score = this.topics.get(topic)!.centroid.cosine(vector);
      if (score >= this.cfg.topicThreshold && (!best || score > best.score)) best = { topic, score };
    }
    return best?.topic ?? null;
  }

  private openStory(story: StoryId, topic: TopicId, founder: ArticleId): void {
    this.stories.set(story, { id: story, topic, centroid: new Centroid(), anchors: new Centroid(), members: [], founder });
    let t = this.topics.get(topic);
    if (!t) this.topics.set(topic, (t = { id: topic, centroid: new Centroid(), stories: [] }));
    t.stories.push(story);
  }

  private join(storyId: StoryId, id: ArticleId, vector: Vector): void {
    const story = this.stories.get(storyId)!;
    story.members.push(id);
    story.centroid.add(vector);
    story.anchors.add(anchorPart(vector));
    this.storyOf.set(id, storyId);
    this.topics.get(story.topic)!.centroid.add(vector);
    for (const k of topKeys(vector, INDEXED_DIMENSIONS)) {
      this.storyIndex.add(k, storyId);
      this.topicIndex.add(k, story.topic);
    }
  }
}

const ANCHOR_ONLY = 0.7;

/** The anchor dimensions of a vector (names, numbers, years, acronyms), renormalised. */
function anchorPart(v: Vector): Vector {
  const out: Vector = new Map();
  for (const [k, x] of v) if (k.charCodeAt(0) === 64) out.set(k, x);
  return normalized(out);
}

/**
 * Word similarity, or, when that is lower, the similarity of anchors alone (discounted): across
 * languages words rarely match, while names, numbers and dates do.
 */
function storySimilarity(story: StoryState, v: Vector): number {
  return Math.max(story.centroid.cosine(v), ANCHOR_ONLY * story.anchors.cosine(anchorPart(v)));
}

function topKeys(v: Vector, n: number): string[] {
  return [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([k]) => k);
}
