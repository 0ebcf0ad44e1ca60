import type { ArticleId, StoryId, TopicId } from '../article.ts';
import { dayGap, partitionSmallTopic, partitionTopic, type TopicMember } from './partition-topic.ts';
import type { PostingIndex } from './posting-index.ts';
import { accumulate, sparseDot, topIds, type Sparse } from './sparse.ts';
import { assignStableIds, type StoryAtRefine } from './stable-ids.ts';
import type { StoryChange } from './story-change.ts';
import type { StoryState } from './story-state.ts';
import { topicSimilarity, type TopicState } from './topic-state.ts';
import type { WarmMember } from './corpus.ts';
import type { MemberTable } from './member-table.ts';
import { givenSpan, outOfTime } from './time-bound.ts';
import type { Tuning } from './tuning.ts';
import type { VectorSpace } from './vector-space.ts';
import { round } from './explain.ts';
import { regroupAround } from './regroup-around.ts';
import type { ReportedTopics } from './reported-topics.ts';

/** What the pass needs of the corpus. */
export interface RefineHost {
  readonly tuning: Tuning;
  /** The similarity at which placement lets an article join a story. */
  readonly storyThreshold: number;
  readonly space: VectorSpace;
  readonly stories: Map<StoryId, StoryState>;
  readonly topics: Map<TopicId, TopicState>;
  readonly members: MemberTable;
  readonly topicIndex: PostingIndex<TopicId>;
  readonly changes: StoryChange[];
  profile(t: TopicState): Sparse;
  topicOf(id: TopicId): TopicId;
  freshStoryId(founder: ArticleId): StoryId;
  openStory(id: StoryId, topic: TopicState): StoryState;
  move(m: WarmMember, into: StoryId): void;
  retopic(s: StoryState, to: TopicState): void;
  dropTopic(t: TopicState, into: TopicId): void;
  /** The topics stories are reported under, which regrouping sets (regroup-around.ts). */
  readonly reported: ReportedTopics;
  reportedTopic(s: StoryState): TopicId;
}

const INDEXED_DIMENSIONS = 24;

/** A member the pass took part in clustering: warm by construction (`all` holds no dormant one). */
function warm(host: RefineHost, id: ArticleId): WarmMember {
  const m = host.members.warm(id);
  if (!m) throw new Error(`cluster: the merge/split pass reached dormant article ${id}; dormant articles must stay out of it (a bug in cluster/refine-topic.ts)`);
  return m;
}

/**
 * The merge/split pass over one topic: first merge it with topics whose profiles have come to look
 * alike (the older topic's id is kept), then re-cluster its most recent articles into events with the
 * topic's own idf (partition-topic.ts), and give the events stable ids (stable-ids.ts); last, regroup
 * its stories and its neighbours' into the topics they are reported under, by what kind of news their
 * leads report (regroup-around.ts). Every change is recorded in `host.changes`.
 */
/** The step of a fixed geometric ladder a topic of `size` articles is on: the pass runs as it crosses one. */
export function ladderStep(size: number, growth: number): number {
  return size < 3 ? 0 : Math.floor(Math.log(size) / Math.log(growth));
}

export function refineTopic(host: RefineHost, topic: TopicState): void {
  const t = mergeTopics(host, topic);
  // A topic merged into an older one is re-clustered with it when the older one's own ladder says so:
  // every small topic a large one absorbs would otherwise re-cluster the large one's whole window, and
  // the borderline articles of a busy topic (an election campaign's many stories) move at every turn.
  if (t === topic || ladderStep(t.size, host.tuning.refineGrowth) > ladderStep(t.refinedAt, host.tuning.refineGrowth)) refineEvents(host, t);
  // On a coarser ladder than the pass's own: what kind of news a topic's stories report changes more
  // slowly than which articles tell which event, and regrouping reads a neighbourhood, not one topic.
  const { regroupThreshold, regroupGrowth } = host.tuning;
  if (regroupThreshold > 0 && host.topics.has(t.id) && ladderStep(t.size, regroupGrowth) > ladderStep(t.regroupedAt, regroupGrowth)) {
    t.regroupedAt = t.size;
    regroupAround(host, t);
  }
}

function refineEvents(host: RefineHost, t: TopicState): void {
  t.refinedAt = t.size;
  // Below `refineMinimum` a topic's own idf says little: it is re-clustered with the stream's weights.
  const small = t.size < Math.max(2, host.tuning.refineMinimum);
  if (t.size < 3) return;
  // Dormant articles (their story left the window) stay where they are, as articles older than the window do.
  const all = [...t.stories].flatMap((s) => [...host.stories.get(s)!.members].flatMap((id) => host.members.warm(id) ?? []));
  all.sort((a, b) => a.seq - b.seq);
  // Articles published more than `eventDays` before the topic's newest can join none of the newer ones
  // (time-bound.ts): they were re-clustered while they were new, and stay where they are.
  const window = inTime(all, host.tuning.eventDays).slice(-host.tuning.refineWindow);
  const inWindow = new Set(window.map((m) => m.id));
  // Copies and translations stay with their original: a chain is re-clustered as one unit, and one whose
  // original is older than the window stays where it is, with it.
  const unit = (id: ArticleId): ArticleId | null => {
    let u = host.members.get(id)!;
    while (u.of !== null) {
      if (!inWindow.has(u.of)) return null;
      u = host.members.get(u.of)!;
    }
    return u.id;
  };
  const members: Array<TopicMember & { vector: Sparse; anchors: Sparse }> = window.flatMap((m) => {
    const u = unit(m.id);
    return u === null ? [] : [{ id: m.id, unit: u, lang: m.lang, tf: m.tf, day: m.day, dayGiven: m.dayGiven, vector: m.vector, anchors: m.anchors }];
  });
  if (members.length < 2) return;
  let clusters: ArticleId[][];
  if (small) clusters = partitionSmallTopic(members, host.tuning, host.storyThreshold);
  else {
    clusters = partitionTopic(members, host.space, host.tuning);
    if (!smallSplitStands(clusters, members, host.tuning)) return;
  }
  const participating = new Map<StoryId, StoryAtRefine>();
  for (const { id } of members) {
    const m = host.members.get(id)!;
    const p = participating.get(m.story) ?? { id: m.story, founded: earliest(host, host.stories.get(m.story)!), participating: 0 };
    p.participating++;
    participating.set(m.story, p);
  }
  const { stories } = assignStableIds(clusters, (a) => host.members.get(a)!.story, participating, (founder) => host.freshStoryId(founder));
  clusters.forEach((cluster, i) => moveInto(host, cluster, stories[i]!, t));
}

/**
 * A split into parts that are all too small for their own idf (fewer than `refineMinimum` articles each)
 * rests on a handful of words; it stands only where time also separates two parts (more than
 * `eventDays` apart: the same summit a year later). Otherwise the topic stays as the stream placed it:
 * six reports of one event must not fall apart because the words they all share weigh nothing here.
 */
function smallSplitStands(clusters: ArticleId[][], members: readonly TopicMember[], tuning: Tuning): boolean {
  if (clusters.length < 2 || clusters.some((c) => c.length >= tuning.refineMinimum)) return true;
  const day = new Map(members.map((m) => [m.id, m.day]));
  const spans = clusters.map((c) => {
    const days = c.map((id) => day.get(id)).filter((d): d is number => d !== null && d !== undefined);
    return days.length ? { first: Math.min(...days), last: Math.max(...days) } : { first: null, last: null };
  });
  return spans.some((a, i) => spans.some((b, j) => j > i && (dayGap(a, b) ?? 0) > tuning.eventDays));
}

/** The articles not out of time with the newest given publication day among them, in their order. */
function inTime(all: WarmMember[], eventDays: number): WarmMember[] {
  let newest: number | null = null;
  for (const m of all) if (m.dayGiven && m.day !== null && (newest === null || m.day > newest)) newest = m.day;
  if (newest === null) return all;
  const now = { first: newest, last: newest };
  return all.filter((m) => !outOfTime(now, givenSpan(m.day, m.dayGiven), eventDays));
}

/** Seq of the earliest article of a story: which of two stories is the older. */
function earliest(host: RefineHost, s: StoryState): number {
  let min = Infinity;
  for (const id of s.members) min = Math.min(min, host.members.seqOf(id));
  return min;
}

function topicEarliest(host: RefineHost, t: TopicState): number {
  let min = t.closedEarliest;
  for (const s of t.stories) min = Math.min(min, earliest(host, host.stories.get(s)!));
  return min;
}

/** Applies one event of the pass: its articles now in `target`, with the changes recorded. */
function moveInto(host: RefineHost, cluster: ArticleId[], target: { id: StoryId; created: boolean }, t: TopicState): void {
  const from = new Map<StoryId, ArticleId[]>();
  for (const id of cluster) {
    const s = host.members.get(id)!.story;
    if (s === target.id) continue;
    from.set(s, [...(from.get(s) ?? []), id]);
  }
  if (from.size === 0) return;
  let created = target.created;
  if (created) host.openStory(target.id, t);
  const score = cohesion(host, cluster);
  const order = [...from].sort((a, b) => earliest(host, host.stories.get(a[0])!) - earliest(host, host.stories.get(b[0])!));
  for (const [old, moving] of order) {
    const whole = moving.length === host.stories.get(old)!.members.size;
    // A story emptied into a younger one was split up rather than merged: a merge keeps the older id.
    const older = !created && earliest(host, host.stories.get(target.id)!) < earliest(host, host.stories.get(old)!);
    for (const id of moving) host.move(warm(host, id), target.id);
    host.changes.push(whole && older
      ? { kind: 'merge', from: old, into: target.id, topic: t.id, score }
      : { kind: 'move', from: old, into: target.id, articles: moving, created, topic: t.id, score });
    created = false;
  }
}

/** Mean similarity among a cluster's articles (global weights), for the record of a change. */
function cohesion(host: RefineHost, cluster: ArticleId[]): number {
  if (cluster.length < 2) return 0;
  const sum = new Map<number, number>();
  let self = 0;
  for (const id of cluster) {
    const v = warm(host, id).vector;
    accumulate(sum, v);
    self += sparseDot(v, v);
  }
  let total = 0;
  for (const x of sum.values()) total += x * x;
  return round((total - self) / (cluster.length * (cluster.length - 1)));
}

/** Merges `t` with topics whose profiles have come to look alike (or, for a small topic, `foundingScore`); returns the topic that remains. */
function mergeTopics(host: RefineHost, topic: TopicState): TopicState {
  let t = topic;
  for (let merged = true; merged;) {
    merged = false;
    const p = host.profile(t);
    for (const raw of host.topicIndex.hits(topIds(p, INDEXED_DIMENSIONS)).keys()) {
      const o = host.topics.get(host.topicOf(raw));
      if (!o || o === t || o.size === 0) continue;
      host.profile(o);
      let score = topicSimilarity(o, p, t.anchorProfile!, host.tuning.anchorTopic);
      if (score < host.tuning.topicMergeThreshold) score = Math.max(score, foundingScore(host, t, o), foundingScore(host, o, t));
      if (score < host.tuning.topicMergeThreshold) continue;
      const [keep, gone] = topicEarliest(host, o) < topicEarliest(host, t) ? [o, t] : [t, o];
      for (const sid of [...gone.stories].sort()) {
        host.retopic(host.stories.get(sid)!, keep);
        host.changes.push({ kind: 'topic', story: sid, from: gone.id, into: keep.id, score: round(score) });
      }
      // Closed stories move in the store only; `dropTopic` hands them to `keep` here.
      for (const sid of [...gone.closed].sort()) host.changes.push({ kind: 'topic', story: sid, from: gone.id, into: keep.id, score: round(score) });
      host.dropTopic(gone, keep.id);
      t = keep;
      merged = true;
      break;
    }
  }
  return t;
}

/**
 * How well the best article of a small topic (fewer than `refineMinimum` articles) matches another
 * topic: the test placement put its founder to, taken again now that both topics exist. Whether a
 * summit's report founded its story before or after the other summit's topic existed no longer
 * decides whether the two summits share a topic.
 */
function foundingScore(host: RefineHost, small: TopicState, other: TopicState): number {
  if (small.size >= host.tuning.refineMinimum) return 0;
  let best = 0;
  for (const sid of small.stories) for (const id of host.stories.get(sid)!.members) {
    const m = host.members.warm(id);
    if (!m) continue;
    best = Math.max(best, topicSimilarity(other, m.vector, m.anchors, host.tuning.anchorTopic));
  }
  return best;
}
