import type { ArticleId, ArticleRecord, Features, StoryId, TopicId } from '../article.ts';
import type { ResolvedConfig } from '../config.ts';
import { wholeNames } from '../features/name-key.ts';
import { RelationIndex } from '../relate/relation-index.ts';
import { ArticleWindow } from './article-window.ts';
import { dimensions } from './article-vector.ts';
import { followAliases, storyIdFor } from './ids.ts';
import type { MemberState, WarmMember } from './member-state.ts';
import { MemberTable } from './member-table.ts';
import { PostingIndex } from './posting-index.ts';
import { placeArticle, type Placement, type PlaceHost } from './place-article.ts';
import { ladderStep, refineTopic, type RefineHost } from './refine-topic.ts';
import { replayChange, type ReplayHost } from './replay-change.ts';
import { ClosedStories } from './closed-stories.ts';
import { QuietStories } from './quiet-stories.ts';
import { commonestTopic, ReportedTopics } from './reported-topics.ts';
import { accumulate, topIds, type Sparse } from './sparse.ts';
import type { StoryChange } from './story-change.ts';
import { absorbStory, addMember, newStory, removeDormantMember, removeMember, type StoryState } from './story-state.ts';
import { addPartToTopic, addToTopic, newTopic, topicProfile, type TopicState } from './topic-state.ts';
import { articleDay, givenSpan, outOfTime, widen } from './time-bound.ts';
import { defaultTuning, type Tuning } from './tuning.ts';
import { VectorSpace } from './vector-space.ts';

export type { StoryState } from './story-state.ts';
export type { TopicState } from './topic-state.ts';
export type { Placement } from './place-article.ts';
export type { DormantMember, MemberState, WarmMember } from './member-state.ts';

const INDEXED_DIMENSIONS = 24;
const INDEXED_ANCHORS = 8;
const POSTINGS = 400;
const LEAD_KEYS = 16;

/**
 * The streaming state of one store: vector space, relation index, stories and topics.
 *
 * `add` relates one analysed article to earlier ones (copies, translations) and places it at once
 * (place-article.ts).
 *
 * As a topic grows, the merge/split pass (refine-topic.ts) merges it with topics that have come to
 * look alike and re-clusters its most recent articles with the topic's own idf. Ids stay stable; every
 * change is queued for the store (`takeChanges`). When the pass runs depends only on the topics'
 * sizes, so a store reopened mid-stream continues as one run would.
 */
export class Corpus implements RefineHost, PlaceHost, ReplayHost {
  readonly relations: RelationIndex;
  readonly space: VectorSpace;
  readonly stories = new Map<StoryId, StoryState>();
  readonly topics = new Map<TopicId, TopicState>();
  readonly members = new MemberTable();
  readonly storyIndex = new PostingIndex<StoryId>(POSTINGS);
  readonly topicIndex = new PostingIndex<TopicId>(POSTINGS);
  /** Where merged stories and topics went. */
  readonly storyAlias = new Map<StoryId, StoryId>();
  readonly topicAlias = new Map<TopicId, TopicId>();
  readonly changes: StoryChange[] = [];
  /** The topics stories are reported under where regrouping set one (reported-topics.ts). */
  readonly reported = new ReportedTopics();
  /** The articles held in full, and when each is let go. */
  private readonly window: ArticleWindow;
  /** Articles that went dormant since the last `takeDormant`, for the store to let go of what only relations read. */
  private readonly letGo = new Set<ArticleId>();
  /** Stories an article of which went dormant: packed once none is left in the window, closed later. */
  private readonly quiet: QuietStories;
  /** Stories let go whole (closed-stories.ts). */
  readonly closed = new ClosedStories();
  private seq = 0;
  /** The newest publication day given so far: the stream's clock, which closes stories out of time. */
  private clock: number | null = null;
  readonly tuning: Tuning;
  readonly storyThreshold: number;
  readonly topicThreshold: number;

  constructor(cfg: ResolvedConfig, tuning: Partial<Tuning> = {}) {
    // The bound is the config's; a tuning given here (tests, studies) still wins.
    this.tuning = { ...defaultTuning, eventDays: cfg.eventDays, ...tuning };
    this.storyThreshold = cfg.storyThreshold;
    this.topicThreshold = cfg.topicThreshold;
    this.window = new ArticleWindow(cfg);
    // A limit shorter than the looks' interval is looked at as often as it says.
    this.quiet = new QuietStories(cfg.storyLimit, Math.min(cfg.storyLimit, this.tuning.quietEvery), this.tuning.eventDays);
    this.relations = new RelationIndex(cfg);
    this.space = new VectorSpace(this.tuning.kinds, this.tuning.localKinds);
  }

  add(rec: ArticleRecord): Placement {
    const features = rec.features;
    if (!features) throw new Error(`cluster: article ${rec.id} has no features; run the article stages first`);
    const names = wholeNames(features.anchors);
    const relation = this.relations.relate({ id: rec.id, lang: rec.lang.code, features }, names);
    this.forget(rec.id);
    // A copy of an article whose story was closed, or published too long after it, is placed as any
    // article is (place-article.ts).
    const m = this.member(rec.id, rec.lang.code, features, articleDay(rec.published, rec.reportDate), relation?.of ?? null);
    const placement = placeArticle(this, m, relation, names);
    this.join(m, placement.story);
    const s = this.stories.get(placement.story)!;
    if (s.members.size === 1 && this.tuning.regroupThreshold > 0) this.reportAsNeighbours(s);
    const t = this.topics.get(placement.topic)!;
    if (t.size >= 3 && ladderStep(t.size, this.tuning.refineGrowth) > ladderStep(t.refinedAt, this.tuning.refineGrowth)) refineTopic(this, t);
    this.settle(true);
    return placement;
  }

  /** Replays a stored decision (when reopening a store) without deciding anything anew. */
  restore(id: ArticleId, lang: string, features: Features, story: StoryId, topic: TopicId, extra: { published?: string | null; reportDate?: string | null; relationOf?: ArticleId | null; reportedTopic?: TopicId | null } = {}): void {
    this.relations.add({ id, lang, features });
    this.forget(id);
    const m = this.member(id, lang, features, articleDay(extra.published ?? null, extra.reportDate ?? null), extra.relationOf ?? null);
    if (!this.stories.has(story)) this.openStory(story, this.openTopic(topic));
    this.join(m, story);
    if (extra.reportedTopic) this.reported.set(story, extra.reportedTopic);
    // Stored stories are as the pass left them.
    const t = this.topics.get(topic)!;
    t.refinedAt = t.size;
    t.regroupedAt = t.size;
    // What goes dormant here was handed to the store by the corpus that placed the article it went
    // dormant at: every corpus lets the same articles go at the same article of the stream.
    this.settle(false);
  }

  /** Applies a change another process made and recorded (replay-change.ts). */
  replay(c: StoryChange): void {
    replayChange(this, c);
  }

  /**
   * The articles that went dormant while placing articles (`add`, not `restore`) since the last call,
   * still dormant now: the store keeps of them only what their stories' sums are rebuilt from on
   * reopening (`dormantFeatures`). Take it before the batch's write, in the same transaction.
   */
  takeDormant(): ArticleId[] {
    const ids = [...this.letGo];
    this.letGo.clear();
    return ids;
  }

  /** The changes made by the merge/split pass since the last call, in order. */
  takeChanges(): StoryChange[] {
    return this.changes.splice(0, this.changes.length);
  }

  storyOf(id: ArticleId): StoryId | null {
    return this.members.storyOf(id) ?? null;
  }

  /** A new version of a stored article replaces the old one: the old one leaves its story. */
  private forget(id: ArticleId): void {
    const old = this.members.get(id);
    if (!old) return;
    this.leave(old);
    const s = this.stories.get(old.story)!;
    if (s.members.size === 0) {
      this.stories.delete(s.id);
      this.reported.delete(s.id);
      this.topics.get(s.topic)!.stories.delete(s.id);
    }
    this.members.delete(id);
    this.window.leave(id);
    // A new version is warm again: its stored features must stay whole.
    this.letGo.delete(id);
  }

  /** Articles whose story left the window, their vectors let go. */
  get dormant(): number {
    return this.members.dormant;
  }

  /**
   * Lets go of the articles that left the window (article-window.ts). A dormant article (`DormantMember`)
   * is no longer compared for copies and translations (exact copies are still found), nor re-clustered
   * by the merge/split pass (which looks at a topic's most recent articles anyway); its story keeps its
   * sums and index keys, so an article still joins it, scored as before.
   */
  private settle(handToStore: boolean): void {
    // Only placing decides closings: a restore replays those recorded in the store (ingest.ts `openCorpus`).
    this.quiet.tick(this.seq, this.clock, this.stories, this.members, handToStore ? this.closeQuiet : null);
    this.window.settle(this.seq, this.held, handToStore ? this.goDormantAndHand : this.goDormant);
    if (this.closed.sweepDue(this.stories.size)) this.storyIndex.retain((id) => this.resolveStory(id) !== null);
  }

  // Made once: `settle` runs for every article. Only held articles are in the window: forgetting one takes it out.
  private readonly held = (id: ArticleId): MemberState => this.members.get(id)!;
  private readonly goDormant = (id: ArticleId): void => {
    this.relations.evict(id);
    this.members.makeDormant(id);
    this.quiet.note(this.members.storyOf(id)!);
  };
  private readonly closeQuiet = (s: StoryState): void => {
    this.changes.push({ kind: 'close', story: s.id, topic: s.topic, score: this.seq - s.newest });
    this.closeStory(s);
  };

  /** Lets go of a story and its articles (closed-stories.ts); one still held whole leaves the window first. */
  closeStory(s: StoryState): void {
    for (const id of s.members) {
      if (this.members.isDormant(id)) continue;
      this.window.leave(id);
      this.relations.evict(id);
    }
    this.closed.close(this, s);
  }

  private readonly goDormantAndHand = (id: ArticleId): void => {
    this.goDormant(id);
    this.letGo.add(id);
  };

  /**
   * `original`: the article it copies or translates, kept as its `of` when the corpus still holds it and
   * it was published within `eventDays` of it: the two then stay together in one story.
   */
  private member(id: ArticleId, lang: string, features: Features, { day, dayGiven }: { day: number | null; dayGiven: boolean }, original: ArticleId | null): WarmMember {
    const of = original !== null && this.members.has(original) && !outOfTime(givenSpan(day, dayGiven), givenSpan(this.members.givenDayOf(original), true), this.tuning.eventDays)
      ? original : null;
    const tf = this.space.intern(dimensions(features));
    this.space.count(tf);
    const vector = this.space.global(tf);
    const anchors = this.space.anchorsOf(vector, lang === 'en');
    const keys = [...new Set([...topIds(vector, INDEXED_DIMENSIONS), ...topIds(anchors, INDEXED_ANCHORS)])];
    const lead = this.space.leadOf(features.leadTerms ?? new Map());
    if (dayGiven && day !== null) this.clock = this.clock === null ? day : Math.max(this.clock, day);
    const m: WarmMember = { dormant: false, id, lang, seq: this.seq++, tf, vector, anchors, keys, lead, day, dayGiven, of, story: '' as StoryId };
    this.members.setWarm(m);
    this.window.enter(id, m.seq, day);
    return m;
  }

  profile(t: TopicState): Sparse {
    return topicProfile(t, this.tuning.topicProfile, (id) => this.space.isAnchor(id));
  }

  freshStoryId(founder: ArticleId): StoryId {
    let id = storyIdFor(founder);
    for (let k = 1; this.stories.has(id) || this.storyAlias.has(id) || this.closed.has(id); k++) id = storyIdFor(founder, k);
    return id;
  }

  openTopic(id: TopicId): TopicState {
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
    this.closed.reopen(this, id);
    topic.stories.add(id);
    return s;
  }

  private join(m: WarmMember, storyId: StoryId): void {
    const s = this.stories.get(storyId)!;
    m.story = storyId;
    addMember(s, m);
    s.newest = Math.max(s.newest, m.seq);
    if (m.day !== null) {
      widen(s, m.day);
      if (m.dayGiven) widen(s.given, m.day);
    }
    const t = this.topics.get(s.topic)!;
    addToTopic(t, m.vector, 1);
    t.size++;
    for (const k of m.keys) {
      this.storyIndex.add(k, storyId);
      this.topicIndex.add(k, t.id);
    }
    // Lead words are dimensions of their own, which placement never looks up: they find the topics
    // whose stories report the same kind of news, for regrouping (regroup-around.ts).
    for (const k of topIds(m.lead, LEAD_KEYS)) this.topicIndex.add(k, t.id);
    accumulate(s.lead, m.lead);
    accumulate(s.named, this.space.namesOf(m.vector));
  }

  private leave(m: MemberState): void {
    const s = this.stories.get(m.story)!;
    const t = this.topics.get(s.topic)!;
    if (m.dormant) removeDormantMember(s, m.id, m.lang);
    else {
      removeMember(s, m);
      addToTopic(t, m.vector, -1);
      accumulate(s.lead, m.lead, -1);
      accumulate(s.named, this.space.namesOf(m.vector), -1);
    }
    t.size--;
    s.first = null;
    s.last = null;
    s.given = { first: null, last: null };
    for (const id of s.members) {
      const d = this.members.dayOf(id);
      if (d === null) continue;
      widen(s, d);
      if (this.members.givenDayOf(id) !== null) widen(s.given, d);
    }
  }

  /** Moves an article to another story (of any topic); a story left empty is gone, pointing to `into`. */
  move(m: WarmMember, into: StoryId): void {
    if (m.story === into) return;
    const old = this.stories.get(m.story)!;
    this.leave(m);
    this.join(m, into);
    if (old.members.size === 0) this.dropStory(old, into);
  }

  /** Merges a whole story into another at the level of sums (dormant articles have no vectors to move one by one). */
  mergeWhole(from: StoryState, into: StoryState): void {
    const ids = [...from.members];
    if (from.topic !== into.topic) this.retopic(from, this.topics.get(into.topic)!);
    absorbStory(into, from);
    for (const id of ids) this.members.setStory(id, into.id);
    this.dropStory(from, into.id);
  }

  dropStory(s: StoryState, into: StoryId): void {
    this.stories.delete(s.id);
    this.reported.delete(s.id);
    this.topics.get(s.topic)?.stories.delete(s.id);
    this.storyAlias.set(s.id, into);
  }

  /** A topic merged into another: its closed stories go with it (the caller records their moves). */
  dropTopic(t: TopicState, into: TopicId): void {
    const keep = this.topics.get(into);
    if (keep) {
      for (const id of t.closed) keep.closed.add(id);
      keep.closedEarliest = Math.min(keep.closedEarliest, t.closedEarliest);
    }
    this.topics.delete(t.id);
    this.topicAlias.set(t.id, into);
  }

  /** Moves a whole story to another topic. */
  retopic(s: StoryState, to: TopicState): void {
    const from = this.topics.get(s.topic)!;
    const ids = [...s.members];
    const anyDormant = ids.some((id) => this.members.isDormant(id));
    if (anyDormant) {
      // The story's sums per language add up to its articles' vectors, which dormant articles no longer hold.
      for (const part of s.byLang.values()) {
        addPartToTopic(from, part.sum, -1);
        addPartToTopic(to, part.sum, 1);
      }
    }
    for (const id of ids) {
      const m = this.members.warm(id);
      if (!m) continue;
      if (!anyDormant) {
        addToTopic(from, m.vector, -1);
        addToTopic(to, m.vector, 1);
      }
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

  /** The topic a story is reported under: regrouping's, else its own. */
  reportedTopic(s: StoryState): TopicId {
    return this.reported.get(s.id) ?? s.topic;
  }

  /**
   * A new story is reported where most stories of its topic are: placement found it near them, and
   * until the pass regroups them it would otherwise stand under a topic of its own in the listing.
   */
  private reportAsNeighbours(s: StoryState): void {
    const others = [...this.topics.get(s.topic)!.stories].filter((id) => id !== s.id);
    const best = commonestTopic(others.map((id) => this.reportedTopic(this.stories.get(id)!)));
    if (best === null || best === s.topic) return;
    this.reported.set(s.id, best);
    this.changes.push({ kind: 'regroup', story: s.id, from: s.topic, into: best, score: 0 });
  }

  resolveStory(id: StoryId): StoryId | null {
    const s = followAliases(this.storyAlias, id, 'story');
    return this.stories.has(s) ? s : null;
  }

  topicOf(id: TopicId): TopicId {
    return followAliases(this.topicAlias, id, 'topic');
  }
}
