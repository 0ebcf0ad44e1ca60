import type { ArticleId, ArticleRecord, Features, StoryId, TopicId } from '../article.ts';
import type { ResolvedConfig } from '../config.ts';
import { RelationIndex } from '../relate/relation-index.ts';
import type { Relation } from '../relate/relation.ts';
import { dayNumber } from './article-day.ts';
import { dimensions } from './article-vector.ts';
import { round, sharedFeatures, type Explanation } from './explain.ts';
import { storyIdFor, topicIdFor } from './ids.ts';
import { dayGap, timeFactor } from './partition-topic.ts';
import { PostingIndex } from './posting-index.ts';
import { refineTopic, type RefineHost } from './refine-topic.ts';
import { accumulate, topIds, type Sparse } from './sparse.ts';
import type { StoryChange } from './story-change.ts';
import { addMember, matchedSides, matchStory, newStory, removeMember, type StoryMember, type StoryState } from './story-state.ts';
import { newTopic, topicProfile, topicSimilarity, type TopicState } from './topic-state.ts';
import { defaultTuning, type Tuning } from './tuning.ts';
import { VectorSpace } from './vector-space.ts';

export type { StoryState } from './story-state.ts';
export type { TopicState } from './topic-state.ts';

export interface MemberState extends StoryMember {
  seq: number;
  /** Dimension counts. */
  tf: Sparse;
  /** Dimensions it is found by: its strongest, and its strongest anchors. */
  keys: number[];
  day: number | null;
  /** The article it copies or translates, if any. */
  of: ArticleId | null;
  story: StoryId;
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
  explanation: Explanation;
}

const INDEXED_DIMENSIONS = 24;
const INDEXED_ANCHORS = 8;
const POSTINGS = 400;
const CANDIDATES = 64;

/**
 * The streaming state of one store: vector space, relation index, stories and topics.
 *
 * `add` places one analysed article at once: with the article it copies or translates, else in the
 * story it is most similar to (mean similarity to the story's articles, see `matchStory`) if that
 * reaches the story threshold (stories far from it in time count as inactive and need more), else in
 * a new story under the nearest topic, or a new topic. Candidates come from capped inverted indexes,
 * so the work per article stays flat.
 *
 * As a topic grows, the merge/split pass (refine-topic.ts) merges it with topics that have come to
 * look alike and re-clusters its most recent articles with the topic's own idf. Ids stay stable; every
 * change is queued for the store (`takeChanges`). When the pass runs depends only on the topics'
 * sizes, so a store reopened mid-stream continues as one run would.
 */
export class Corpus implements RefineHost {
  readonly relations: RelationIndex;
  readonly space: VectorSpace;
  readonly stories = new Map<StoryId, StoryState>();
  readonly topics = new Map<TopicId, TopicState>();
  readonly members = new Map<ArticleId, MemberState>();
  readonly storyIndex = new PostingIndex<StoryId>(POSTINGS);
  readonly topicIndex = new PostingIndex<TopicId>(POSTINGS);
  /** Where merged stories and topics went. */
  readonly storyAlias = new Map<StoryId, StoryId>();
  readonly topicAlias = new Map<TopicId, TopicId>();
  readonly changes: StoryChange[] = [];
  private seq = 0;
  readonly tuning: Tuning;
  readonly storyThreshold: number;

  constructor(private readonly cfg: ResolvedConfig, tuning: Partial<Tuning> = {}) {
    this.tuning = { ...defaultTuning, ...tuning };
    this.storyThreshold = cfg.storyThreshold;
    this.relations = new RelationIndex(cfg);
    this.space = new VectorSpace(this.tuning.kinds, this.tuning.localKinds);
  }

  add(rec: ArticleRecord): Placement {
    const features = rec.features;
    if (!features) throw new Error(`cluster: article ${rec.id} has no features; run the article stages first`);
    const entry = { id: rec.id, lang: rec.lang.code, features };
    const relation = this.relations.find(entry);
    this.relations.add(entry);
    this.forget(rec.id);
    const m = this.member(rec.id, rec.lang.code, features, dayNumber(rec.reportDate), relation?.of ?? null);
    const placement = this.place(m, relation);
    this.join(m, placement.story);
    const t = this.topics.get(placement.topic)!;
    if (t.size >= 3 && this.step(t.size) > this.step(t.refinedAt)) refineTopic(this, t);
    return placement;
  }

  /** Replays a stored decision (when reopening a store) without deciding anything anew. */
  restore(id: ArticleId, lang: string, features: Features, story: StoryId, topic: TopicId, extra: { reportDate?: string | null; relationOf?: ArticleId | null } = {}): void {
    this.relations.add({ id, lang, features });
    this.forget(id);
    const m = this.member(id, lang, features, dayNumber(extra.reportDate ?? null), extra.relationOf ?? null);
    if (!this.stories.has(story)) this.openStory(story, this.openTopic(topic));
    this.join(m, story);
    // Stored stories are as the pass left them.
    const t = this.topics.get(topic)!;
    t.refinedAt = t.size;
  }

  /**
   * Applies a change another process made and recorded (a worker catching up with the shared store),
   * after restoring the articles stored since: restored articles are already where the change put them,
   * so it moves only what this corpus still has elsewhere.
   */
  replay(c: StoryChange): void {
    if (c.kind === 'topic') {
      const s = this.stories.get(c.story);
      if (s && s.topic !== c.into) this.retopic(s, this.openTopic(c.into));
      const from = this.topics.get(c.from);
      if (from && from.stories.size === 0) this.dropTopic(from, c.into);
      return;
    }
    const source = this.stories.get(c.from);
    const moving = c.kind === 'merge' ? [...(source?.members ?? [])] : c.articles.filter((a) => this.members.has(a));
    if (moving.length === 0) return;
    if (!this.stories.has(c.into)) this.openStory(c.into, this.openTopic(c.topic));
    for (const id of moving) this.move(this.members.get(id)!, c.into);
  }

  /** The changes made by the merge/split pass since the last call, in order. */
  takeChanges(): StoryChange[] {
    return this.changes.splice(0, this.changes.length);
  }

  storyOf(id: ArticleId): StoryId | null {
    return this.members.get(id)?.story ?? null;
  }

  /** The pass looks at a topic each time its size crosses a step of a fixed geometric ladder. */
  private step(size: number): number {
    return size < 3 ? 0 : Math.floor(Math.log(size) / Math.log(this.tuning.refineGrowth));
  }

  /** A new version of a stored article replaces the old one: the old one leaves its story. */
  private forget(id: ArticleId): void {
    const old = this.members.get(id);
    if (!old) return;
    this.leave(old);
    const s = this.stories.get(old.story)!;
    if (s.members.size === 0) {
      this.stories.delete(s.id);
      this.topics.get(s.topic)!.stories.delete(s.id);
    }
    this.members.delete(id);
  }

  private member(id: ArticleId, lang: string, features: Features, day: number | null, of: ArticleId | null): MemberState {
    const tf = this.space.intern(dimensions(features));
    this.space.count(tf);
    const vector = this.space.global(tf);
    const anchors = this.space.anchorsOf(vector, lang === 'en');
    const keys = [...new Set([...topIds(vector, INDEXED_DIMENSIONS), ...topIds(anchors, INDEXED_ANCHORS)])];
    const m: MemberState = { id, lang, seq: this.seq++, tf, vector, anchors, keys, day, of, story: '' as StoryId };
    this.members.set(id, m);
    return m;
  }

  private place(m: MemberState, relation: Relation | null): Placement {
    const ranked = this.rankStories(m);
    const best = ranked[0];
    const explainStory = (r: { story: StoryId; score: number; path: 'words' | 'anchors' }) => {
      const s = this.stories.get(r.story)!;
      const side = matchedSides(m, s, r.path, this.tuning.anchorStory);
      return { story: r.story, score: round(r.score), shared: sharedFeatures(side.vector, side.sum, side.size, this.space.dict, side.factor * this.timeFactor(m.day, s)) };
    };
    const daysApart = (story: StoryId) => (m.day === null ? null : dayGap({ first: m.day, last: m.day }, this.stories.get(story)!));
    const brief = (r: { story: StoryId; score: number } | undefined) => (r ? { story: r.story, score: round(r.score) } : null);
    if (relation) {
      const story = this.members.get(relation.of)!.story;
      const own = this.stories.get(story)!;
      const runnerUp = ranked.find((r) => r.story !== story);
      const match = matchStory(m, own, this.tuning.anchorStory);
      return {
        story, topic: own.topic, relation, via: 'relation', score: relation.score, runnerUp: brief(runnerUp),
        explanation: { shared: explainStory({ story, ...match }).shared, topic: null, runnerUp: runnerUp ? explainStory(runnerUp) : null, daysApart: daysApart(story) },
      };
    }
    if (best && best.score >= this.cfg.storyThreshold) {
      const second = ranked[1];
      return {
        story: best.story, topic: this.stories.get(best.story)!.topic, relation: null, via: 'similarity', score: round(best.score), runnerUp: brief(second),
        explanation: { shared: explainStory(best).shared, topic: null, runnerUp: second ? explainStory(second) : null, daysApart: daysApart(best.story) },
      };
    }
    const story = this.freshStoryId(m.id);
    const near = this.nearestTopic(m);
    const topic = near && near.score >= this.cfg.topicThreshold ? this.topics.get(near.topic)! : this.openTopic(topicIdFor(story));
    this.openStory(story, topic);
    return {
      story, topic: topic.id, relation: null, via: 'new', score: 0, runnerUp: brief(best),
      explanation: {
        shared: [],
        topic: near && topic.id === near.topic ? { id: topic.id, score: round(near.score), shared: sharedFeatures(m.vector, topic.profile!, 1, this.space.dict) } : null,
        runnerUp: best ? explainStory(best) : null,
        daysApart: null,
      },
    };
  }

  /** Candidate stories by shared strong dimensions, scored by `matchStory` and time. */
  private rankStories(m: MemberState): Array<{ story: StoryId; score: number; path: 'words' | 'anchors' }> {
    const hits = new Map<StoryId, number>();
    for (const [raw, n] of this.storyIndex.hits(m.keys)) {
      const s = this.resolveStory(raw);
      if (s !== null) hits.set(s, (hits.get(s) ?? 0) + n);
    }
    const candidates = [...hits].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES);
    const ranked = candidates.map(([story]) => {
      const s = this.stories.get(story)!;
      const match = matchStory(m, s, this.tuning.anchorStory);
      return { story, score: match.score * this.timeFactor(m.day, s), path: match.path };
    });
    return ranked.sort((a, b) => b.score - a.score || (a.story < b.story ? -1 : 1));
  }

  /** 1 for a story active at the article's date (or undated); less the longer ago it left the window. */
  private timeFactor(day: number | null, s: StoryState): number {
    return timeFactor(day === null ? null : dayGap({ first: day, last: day }, s), this.tuning.activeDays, this.tuning.inactive);
  }

  private nearestTopic(m: MemberState): { topic: TopicId; score: number } | null {
    let best: { topic: TopicId; score: number } | null = null;
    const seen = new Set<TopicId>();
    for (const raw of this.topicIndex.hits(m.keys).keys()) {
      const id = this.topicOf(raw);
      const t = this.topics.get(id);
      if (seen.has(id) || !t) continue;
      seen.add(id);
      this.profile(t);
      const score = topicSimilarity(t, m.vector, m.anchors, this.tuning.anchorTopic);
      if (!best || score > best.score || (score === best.score && id < best.topic)) best = { topic: id, score };
    }
    return best;
  }

  profile(t: TopicState): Sparse {
    return topicProfile(t, this.tuning.topicProfile, (id) => this.space.isAnchor(id));
  }

  freshStoryId(founder: ArticleId): StoryId {
    let id = storyIdFor(founder);
    for (let k = 1; this.stories.has(id) || this.storyAlias.has(id); k++) id = storyIdFor(founder, k);
    return id;
  }

  private openTopic(id: TopicId): TopicState {
    let t = this.topics.get(id);
    if (!t) {
      this.topics.set(id, (t = newTopic(id)));
      this.topicAlias.delete(id);
    }
    return t;
  }

  /**
   * A live story is never an alias. Another worker can bring back an id this corpus saw merged away
   * (it named a new story after the same founder); a stale alias left beside it would send lookups
   * elsewhere, and a later merge the other way would close a cycle.
   */
  openStory(id: StoryId, topic: TopicState): StoryState {
    const s = newStory(id, topic.id);
    this.stories.set(id, s);
    this.storyAlias.delete(id);
    topic.stories.add(id);
    return s;
  }

  private join(m: MemberState, storyId: StoryId): void {
    const s = this.stories.get(storyId)!;
    m.story = storyId;
    addMember(s, m);
    if (m.day !== null) {
      s.first = s.first === null ? m.day : Math.min(s.first, m.day);
      s.last = s.last === null ? m.day : Math.max(s.last, m.day);
    }
    const t = this.topics.get(s.topic)!;
    accumulate(t.sum, m.vector, 1);
    t.size++;
    for (const k of m.keys) {
      this.storyIndex.add(k, storyId);
      this.topicIndex.add(k, t.id);
    }
  }

  private leave(m: MemberState): void {
    const s = this.stories.get(m.story)!;
    removeMember(s, m);
    const t = this.topics.get(s.topic)!;
    accumulate(t.sum, m.vector, -1);
    t.size--;
    s.first = null;
    s.last = null;
    for (const id of s.members) {
      const d = this.members.get(id)!.day;
      if (d === null) continue;
      s.first = s.first === null ? d : Math.min(s.first, d);
      s.last = s.last === null ? d : Math.max(s.last, d);
    }
  }

  /** Moves an article to another story (of any topic); a story left empty is gone, pointing to `into`. */
  move(m: MemberState, into: StoryId): void {
    if (m.story === into) return;
    const old = this.stories.get(m.story)!;
    this.leave(m);
    this.join(m, into);
    if (old.members.size === 0) this.dropStory(old, into);
  }

  dropStory(s: StoryState, into: StoryId): void {
    this.stories.delete(s.id);
    this.topics.get(s.topic)?.stories.delete(s.id);
    this.storyAlias.set(s.id, into);
  }

  dropTopic(t: TopicState, into: TopicId): void {
    this.topics.delete(t.id);
    this.topicAlias.set(t.id, into);
  }

  /** Moves a whole story to another topic. */
  retopic(s: StoryState, to: TopicState): void {
    const from = this.topics.get(s.topic)!;
    for (const id of s.members) {
      const m = this.members.get(id)!;
      accumulate(from.sum, m.vector, -1);
      accumulate(to.sum, m.vector, 1);
      for (const k of m.keys) this.topicIndex.add(k, to.id);
    }
    from.size -= s.members.size;
    to.size += s.members.size;
    from.stories.delete(s.id);
    from.profile = null;
    to.stories.add(s.id);
    to.profile = null;
    s.topic = to.id;
  }

  resolveStory(id: StoryId): StoryId | null {
    const s = followAliases(this.storyAlias, id, 'story');
    return this.stories.has(s) ? s : null;
  }

  topicOf(id: TopicId): TopicId {
    return followAliases(this.topicAlias, id, 'topic');
  }
}

/** The end of an alias chain. A chain longer than the aliases is a cycle: a bug, never to be waited out. */
function followAliases<T>(aliases: ReadonlyMap<T, T>, id: T, what: string): T {
  let x = id;
  for (let steps = 0, alias = aliases.get(x); alias !== undefined; alias = aliases.get(x)) {
    if (++steps > aliases.size) throw new Error(`corpus: the ${what} aliases of ${String(id)} form a cycle; a merged ${what} was reopened without its alias removed (a bug in cluster/corpus.ts)`);
    x = alias;
  }
  return x;
}
