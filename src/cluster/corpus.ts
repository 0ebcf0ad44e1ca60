import type { ArticleId, ArticleRecord, Features, StoryId, TopicId } from '../article.ts';
import type { ResolvedConfig } from '../config.ts';
import { RelationIndex } from '../relate/relation-index.ts';
import type { Relation } from '../relate/relation.ts';
import { dayNumber } from './article-day.ts';
import { dimensions } from './article-vector.ts';
import { round, sharedFeatures, type Explanation } from './explain.ts';
import { storyIdFor, topicIdFor } from './ids.ts';
import { dayGap, partitionTopic, type TopicMember } from './partition-topic.ts';
import { PostingIndex } from './posting-index.ts';
import { accumulate, dotSum, sparseDot, sparseNormalized, strongest, topIds, type Sparse } from './sparse.ts';
import { assignStableIds, type StoryAtRefine } from './stable-ids.ts';
import type { StoryChange } from './story-change.ts';
import { defaultTuning, type Tuning } from './tuning.ts';
import { VectorSpace } from './vector-space.ts';

interface MemberState {
  id: ArticleId;
  seq: number;
  tf: Sparse;
  /** Weighted with the document frequencies at arrival: what it added to its story's and topic's sums. */
  vector: Sparse;
  top: number[];
  day: number | null;
  /** The article it copies or translates, if any. */
  of: ArticleId | null;
  story: StoryId;
}

export interface StoryState {
  id: StoryId;
  topic: TopicId;
  /** Sum of the members' vectors: `v · sum / size` is the mean similarity of `v` to the members. */
  sum: Map<number, number>;
  members: Set<ArticleId>;
  first: number | null;
  last: number | null;
}

export interface TopicState {
  id: TopicId;
  sum: Map<number, number>;
  size: number;
  stories: Set<StoryId>;
  /** The topic's strongest dimensions, normalised: what new stories and other topics are compared with. */
  profile: Sparse | null;
  /** The same over its anchors alone: what topics in different languages can share. */
  anchorProfile: Sparse | null;
  profileSize: number;
  /** Size when the merge/split pass last looked at it. */
  refinedAt: number;
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
const POSTINGS = 400;
const CANDIDATES = 64;

/**
 * The streaming state of one store: vector space, relation index, stories and topics.
 *
 * `add` places one analysed article at once: with the article it copies or translates, else in the
 * story whose articles it is most similar to on average (if that reaches the story threshold; stories
 * far from it in time count as inactive and need more), else in a new story under the nearest topic
 * (or a new topic). Candidates come from capped inverted indexes, so the work per article stays flat.
 *
 * As a topic grows, a merge/split pass re-clusters its most recent articles with the topic's own idf
 * (what tells its events apart) and merges it with topics that have come to look alike. Ids stay
 * stable (see stable-ids.ts); every change is queued for the store (`takeChanges`).
 */
export class Corpus {
  readonly relations: RelationIndex;
  readonly space: VectorSpace;
  readonly stories = new Map<StoryId, StoryState>();
  readonly topics = new Map<TopicId, TopicState>();
  private readonly members = new Map<ArticleId, MemberState>();
  private readonly storyIndex = new PostingIndex<StoryId>(POSTINGS);
  private readonly topicIndex = new PostingIndex<TopicId>(POSTINGS);
  /** Where merged stories and topics went. */
  private readonly storyAlias = new Map<StoryId, StoryId>();
  private readonly topicAlias = new Map<TopicId, TopicId>();
  private changes: StoryChange[] = [];
  private seq = 0;
  readonly tuning: Tuning;

  constructor(private readonly cfg: ResolvedConfig, tuning: Partial<Tuning> = {}) {
    this.tuning = { ...defaultTuning, ...tuning };
    this.relations = new RelationIndex(cfg);
    this.space = new VectorSpace(this.tuning.kinds);
  }

  add(rec: ArticleRecord): Placement {
    const features = rec.features;
    if (!features) throw new Error(`cluster: article ${rec.id} has no features; run the article stages first`);
    const entry = { id: rec.id, lang: rec.lang.code, features };
    const relation = this.relations.find(entry);
    this.relations.add(entry);
    this.forget(rec.id);
    const m = this.member(rec.id, features, dayNumber(rec.reportDate), relation?.of ?? null);
    const placement = this.place(m, relation);
    this.join(m, placement.story);
    this.afterJoin(placement.topic);
    return placement;
  }

  /** Replays a stored decision (when reopening a store) without deciding anything anew. */
  restore(id: ArticleId, lang: string, features: Features, story: StoryId, topic: TopicId, extra: { reportDate?: string | null; relationOf?: ArticleId | null } = {}): void {
    this.relations.add({ id, lang, features });
    this.forget(id);
    const m = this.member(id, features, dayNumber(extra.reportDate ?? null), extra.relationOf ?? null);
    if (!this.stories.has(story)) this.openStory(story, this.openTopic(topic));
    this.join(m, story);
    // Stored stories are as the pass left them.
    const t = this.topics.get(topic)!;
    t.refinedAt = t.size;
  }

  /** The changes made by the merge/split pass since the last call, in order. */
  takeChanges(): StoryChange[] {
    const out = this.changes;
    this.changes = [];
    return out;
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
      if (from && from.stories.size === 0) {
        this.topics.delete(c.from);
        this.topicAlias.set(c.from, c.into);
      }
      return;
    }
    const source = this.stories.get(c.from);
    const moving = c.kind === 'merge' ? [...(source?.members ?? [])] : c.articles.filter((a) => this.members.has(a));
    if (moving.length === 0) return;
    if (!this.stories.has(c.into)) this.openStory(c.into, this.openTopic(c.topic));
    for (const id of moving) {
      const m = this.members.get(id)!;
      if (m.story === c.into) continue;
      const old = this.stories.get(m.story)!;
      this.leave(m);
      this.join(m, c.into);
      if (old.members.size === 0) this.dropStory(old, c.into);
    }
  }

  private retopic(s: StoryState, to: TopicState): void {
    const from = this.topics.get(s.topic)!;
    for (const id of s.members) {
      const m = this.members.get(id)!;
      accumulate(from.sum, m.vector, -1);
      accumulate(to.sum, m.vector);
      for (const k of m.top) this.topicIndex.add(k, to.id);
    }
    from.size -= s.members.size;
    to.size += s.members.size;
    from.stories.delete(s.id);
    from.profile = null;
    to.stories.add(s.id);
    to.profile = null;
    s.topic = to.id;
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

  storyOf(id: ArticleId): StoryId | null {
    return this.members.get(id)?.story ?? null;
  }

  private member(id: ArticleId, features: Features, day: number | null, of: ArticleId | null): MemberState {
    const tf = this.space.intern(dimensions(features));
    this.space.count(tf);
    const vector = this.space.global(tf);
    const m: MemberState = { id, seq: this.seq++, tf, vector, top: topIds(vector, INDEXED_DIMENSIONS), day, of, story: '' as StoryId };
    this.members.set(id, m);
    return m;
  }

  private place(m: MemberState, relation: Relation | null): Placement {
    const ranked = this.rankStories(m);
    const best = ranked[0];
    const explainStory = (story: StoryId, score: number) => {
      const s = this.stories.get(story)!;
      return { story, score: round(score), shared: sharedFeatures(m.vector, s.sum, s.members.size, this.space.dict, this.timeFactor(m.day, s)) };
    };
    const daysApart = (story: StoryId) => {
      const s = this.stories.get(story)!;
      return m.day === null ? null : dayGap({ first: m.day, last: m.day }, s);
    };
    if (relation) {
      const story = this.members.get(relation.of)!.story;
      const runnerUp = ranked.find((r) => r.story !== story) ?? null;
      const own = explainStory(story, 0);
      return {
        story, topic: this.stories.get(story)!.topic, relation, via: 'relation', score: relation.score, runnerUp: runnerUp && { story: runnerUp.story, score: round(runnerUp.score) },
        explanation: { shared: own.shared, topic: null, runnerUp: runnerUp && explainStory(runnerUp.story, runnerUp.score), daysApart: daysApart(story) },
      };
    }
    if (best && best.score >= this.cfg.storyThreshold) {
      const second = ranked[1] ?? null;
      return {
        story: best.story, topic: this.stories.get(best.story)!.topic, relation: null, via: 'similarity', score: round(best.score),
        runnerUp: second && { story: second.story, score: round(second.score) },
        explanation: { shared: explainStory(best.story, best.score).shared, topic: null, runnerUp: second && explainStory(second.story, second.score), daysApart: daysApart(best.story) },
      };
    }
    const story = this.freshStoryId(m.id);
    const near = this.nearestTopic(m.vector);
    const topic = near && near.score >= this.cfg.topicThreshold ? near.topic : this.openTopic(topicIdFor(story)).id;
    this.openStory(story, this.topics.get(topic)!);
    const t = this.topics.get(topic)!;
    return {
      story, topic, relation: null, via: 'new', score: 0, runnerUp: best ? { story: best.story, score: round(best.score) } : null,
      explanation: {
        shared: [],
        topic: near && topic === near.topic ? { id: topic, score: round(near.score), shared: sharedFeatures(m.vector, t.profile!, 1, this.space.dict) } : null,
        runnerUp: best ? explainStory(best.story, best.score) : null,
        daysApart: null,
      },
    };
  }

  /** Candidate stories by shared strong dimensions, scored by mean similarity to their articles. */
  private rankStories(m: MemberState): Array<{ story: StoryId; score: number }> {
    const hits = new Map<StoryId, number>();
    for (const [raw, n] of this.storyIndex.hits(m.top)) {
      const s = this.resolveStory(raw);
      if (s !== null) hits.set(s, (hits.get(s) ?? 0) + n);
    }
    const candidates = [...hits].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES);
    const ranked = candidates.map(([story]) => {
      const s = this.stories.get(story)!;
      return { story, score: (dotSum(m.vector, s.sum) / s.members.size) * this.timeFactor(m.day, s) };
    });
    return ranked.sort((a, b) => b.score - a.score || (a.story < b.story ? -1 : 1));
  }

  /** 1 for a story active at the article's date (or undated), `inactive` for one that left the window. */
  private timeFactor(day: number | null, s: StoryState): number {
    const gap = day === null ? null : dayGap({ first: day, last: day }, s);
    return gap !== null && gap > this.tuning.activeDays ? this.tuning.inactive : 1;
  }

  private nearestTopic(v: Sparse): { topic: TopicId; score: number } | null {
    let best: { topic: TopicId; score: number } | null = null;
    const seen = new Set<TopicId>();
    for (const raw of this.topicIndex.hits(topIds(v, INDEXED_DIMENSIONS)).keys()) {
      const id = this.topicOf(raw);
      if (seen.has(id) || !this.topics.has(id)) continue;
      seen.add(id);
      const score = this.topicSimilarity(this.topics.get(id)!, v, this.anchorsOf(v));
      if (!best || score > best.score || (score === best.score && id < best.topic)) best = { topic: id, score };
    }
    return best;
  }

  private profile(t: TopicState): Sparse {
    // Small topics change quickly; large ones are recomputed as they grow by a quarter.
    if (!t.profile || !t.anchorProfile || t.size < 8 || t.size >= t.profileSize * 1.25) {
      t.profile = strongest(t.sum, this.tuning.topicProfile);
      const anchors = new Map<number, number>();
      for (const [k, x] of t.sum) if (this.isAnchor(k)) anchors.set(k, x);
      t.anchorProfile = strongest(anchors, this.tuning.topicProfile);
      t.profileSize = t.size;
    }
    return t.profile;
  }

  private isAnchor(id: number): boolean {
    return this.space.dict.key(id).charCodeAt(0) === 64;
  }

  private anchorsOf(v: Sparse): Sparse {
    const keep: number[] = [];
    for (let i = 0; i < v.ids.length; i++) if (this.isAnchor(v.ids[i]!)) keep.push(i);
    return sparseNormalized({ ids: Int32Array.from(keep, (i) => v.ids[i]!), values: Float64Array.from(keep, (i) => v.values[i]!) });
  }

  /**
   * How alike a topic and a vector (a new story's article, or another topic's profile) are: the cosine of
   * the topic's profile with it, or, when higher, the discounted cosine of their anchors alone, which
   * is what reports in different languages share.
   */
  private topicSimilarity(t: TopicState, v: Sparse, anchors: Sparse): number {
    const all = sparseDot(this.profile(t), v);
    return this.tuning.anchorTopic > 0 ? Math.max(all, this.tuning.anchorTopic * sparseDot(t.anchorProfile!, anchors)) : all;
  }

  private freshStoryId(founder: ArticleId): StoryId {
    let id = storyIdFor(founder);
    for (let k = 1; this.stories.has(id) || this.storyAlias.has(id); k++) id = storyIdFor(founder, k);
    return id;
  }

  private openTopic(id: TopicId): TopicState {
    let t = this.topics.get(id);
    if (!t) {
      t = { id, sum: new Map(), size: 0, stories: new Set(), profile: null, anchorProfile: null, profileSize: 0, refinedAt: 0 };
      this.topics.set(id, t);
    }
    return t;
  }

  private openStory(id: StoryId, topic: TopicState): StoryState {
    const s: StoryState = { id, topic: topic.id, sum: new Map(), members: new Set(), first: null, last: null };
    this.stories.set(id, s);
    topic.stories.add(id);
    return s;
  }

  private join(m: MemberState, storyId: StoryId): void {
    const s = this.stories.get(storyId)!;
    m.story = storyId;
    s.members.add(m.id);
    accumulate(s.sum, m.vector);
    if (m.day !== null) {
      s.first = s.first === null ? m.day : Math.min(s.first, m.day);
      s.last = s.last === null ? m.day : Math.max(s.last, m.day);
    }
    const t = this.topics.get(s.topic)!;
    accumulate(t.sum, m.vector);
    t.size++;
    for (const k of m.top) {
      this.storyIndex.add(k, storyId);
      this.topicIndex.add(k, t.id);
    }
  }

  private leave(m: MemberState): void {
    const s = this.stories.get(m.story)!;
    s.members.delete(m.id);
    accumulate(s.sum, m.vector, -1);
    const t = this.topics.get(s.topic)!;
    accumulate(t.sum, m.vector, -1);
    t.size--;
    this.recomputeDays(s);
  }

  private recomputeDays(s: StoryState): void {
    s.first = null;
    s.last = null;
    for (const id of s.members) {
      const d = this.members.get(id)!.day;
      if (d === null) continue;
      s.first = s.first === null ? d : Math.min(s.first, d);
      s.last = s.last === null ? d : Math.max(s.last, d);
    }
  }

  /**
   * The pass looks at a topic each time its size crosses a step of a fixed geometric ladder, so that when
   * it runs depends only on the topic's size: a store reopened mid-stream continues as one run would.
   */
  private afterJoin(topic: TopicId): void {
    const t = this.topics.get(topic)!;
    if (t.size >= 3 && this.step(t.size) > this.step(t.refinedAt)) this.refine(t);
  }

  private step(size: number): number {
    return size < 3 ? 0 : Math.floor(Math.log(size) / Math.log(this.tuning.refineGrowth));
  }

  /** Seq of the earliest article of a story: which of two stories is the older. */
  private earliest(s: StoryState): number {
    let min = Infinity;
    for (const id of s.members) min = Math.min(min, this.members.get(id)!.seq);
    return min;
  }

  private topicEarliest(t: TopicState): number {
    let min = Infinity;
    for (const s of t.stories) min = Math.min(min, this.earliest(this.stories.get(s)!));
    return min;
  }

  private resolveStory(id: StoryId): StoryId | null {
    let s = id;
    for (let alias = this.storyAlias.get(s); alias !== undefined; alias = this.storyAlias.get(s)) s = alias;
    return this.stories.has(s) ? s : null;
  }

  private topicOf(id: TopicId): TopicId {
    let t = id;
    for (let alias = this.topicAlias.get(t); alias !== undefined; alias = this.topicAlias.get(t)) t = alias;
    return t;
  }

  /** The merge/split pass over one topic. */
  private refine(topic: TopicState): void {
    const t = this.mergeTopics(topic);
    t.refinedAt = t.size;
    const all: MemberState[] = [];
    for (const s of t.stories) for (const id of this.stories.get(s)!.members) all.push(this.members.get(id)!);
    if (all.length < Math.max(2, this.tuning.refineMinimum)) return;
    all.sort((a, b) => a.seq - b.seq);
    const window = all.slice(-this.tuning.refineWindow);
    const inWindow = new Set(window.map((m) => m.id));
    const unit = (m: MemberState): ArticleId => {
      let u = m;
      while (u.of !== null && inWindow.has(u.of)) u = this.members.get(u.of)!;
      return u.id;
    };
    const topicMembers: TopicMember[] = window.map((m) => ({ id: m.id, unit: unit(m), tf: m.tf, day: m.day }));
    const clusters = partitionTopic(topicMembers, this.space, this.tuning);
    const participating = new Map<StoryId, StoryAtRefine>();
    for (const m of window) {
      const s = this.stories.get(m.story)!;
      const p = participating.get(s.id) ?? { id: s.id, founded: this.earliest(s), participating: 0 };
      p.participating++;
      participating.set(s.id, p);
    }
    const { stories } = assignStableIds(clusters, (a) => this.members.get(a)!.story, participating, (founder) => this.freshStoryId(founder));
    clusters.forEach((cluster, i) => this.moveInto(cluster, stories[i]!, t));
  }

  /** Applies one cluster of the pass: its articles now in `target`, with the changes recorded. */
  private moveInto(cluster: ArticleId[], target: { id: StoryId; created: boolean }, t: TopicState): void {
    const from = new Map<StoryId, MemberState[]>();
    for (const id of cluster) {
      const m = this.members.get(id)!;
      if (m.story === target.id) continue;
      const list = from.get(m.story) ?? [];
      list.push(m);
      from.set(m.story, list);
    }
    if (from.size === 0) return;
    let created = target.created;
    if (created) this.openStory(target.id, t);
    const score = this.cohesion(cluster);
    for (const [old, moving] of [...from].sort((a, b) => this.earliest(this.stories.get(a[0])!) - this.earliest(this.stories.get(b[0])!))) {
      const source = this.stories.get(old)!;
      const whole = moving.length === source.members.size;
      for (const m of moving) {
        this.leave(m);
        this.join(m, target.id);
      }
      if (whole && !created) {
        this.changes.push({ kind: 'merge', from: old, into: target.id, topic: t.id, score });
        this.dropStory(source, target.id);
      } else {
        this.changes.push({ kind: 'move', from: old, into: target.id, articles: moving.map((m) => m.id), created, topic: t.id, score });
        if (source.members.size === 0) this.dropStory(source, target.id);
      }
      created = false;
    }
  }

  private dropStory(s: StoryState, into: StoryId): void {
    this.stories.delete(s.id);
    this.topics.get(s.topic)!.stories.delete(s.id);
    this.storyAlias.set(s.id, into);
  }

  /** Mean global similarity among a cluster's articles (for the record of a change). */
  private cohesion(cluster: ArticleId[]): number {
    if (cluster.length < 2) return 0;
    const sum = new Map<number, number>();
    let self = 0;
    for (const id of cluster) {
      const v = this.members.get(id)!.vector;
      accumulate(sum, v);
      self += sparseDot(v, v);
    }
    let total = 0;
    for (const [, x] of sum) total += x * x;
    return round((total - self) / (cluster.length * (cluster.length - 1)));
  }

  /** Merges into `t` (or `t` into) topics whose profiles have come to look alike; returns the topic that remains. */
  private mergeTopics(t: TopicState): TopicState {
    for (let merged = true; merged;) {
      merged = false;
      const p = this.profile(t);
      for (const raw of this.topicIndex.hits(topIds(p, INDEXED_DIMENSIONS)).keys()) {
        const o = this.topics.get(this.topicOf(raw));
        if (!o || o === t || o.size === 0) continue;
        this.profile(o);
        const score = this.topicSimilarity(o, p, t.anchorProfile!);
        if (score < this.tuning.topicMergeThreshold) continue;
        const [keep, gone] = this.topicEarliest(o) < this.topicEarliest(t) ? [o, t] : [t, o];
        for (const sid of [...gone.stories].sort()) {
          const s = this.stories.get(sid)!;
          s.topic = keep.id;
          keep.stories.add(sid);
          this.changes.push({ kind: 'topic', story: sid, from: gone.id, into: keep.id, score: round(score) });
        }
        for (const [k, x] of gone.sum) keep.sum.set(k, (keep.sum.get(k) ?? 0) + x);
        keep.size += gone.size;
        keep.profile = null;
        this.topics.delete(gone.id);
        this.topicAlias.set(gone.id, keep.id);
        t = keep;
        merged = true;
        break;
      }
    }
    return t;
  }
}
