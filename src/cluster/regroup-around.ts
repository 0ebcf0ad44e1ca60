import type { StoryId, TopicId } from '../article.ts';
import { topicIdFor } from './ids.ts';
import type { RefineHost } from './refine-topic.ts';
import { assignTopics, groupStories, similarities, type SimilarityCache, type StoryLead } from './regroup-topics.ts';
import { sparseFrom, sparseNormalized, strongest, topIds } from './sparse.ts';
import type { StoryState } from './story-state.ts';
import type { TopicState } from './topic-state.ts';
import { round } from './explain.ts';

/** Dimensions of a topic's profile and of its stories' leads by which neighbouring topics are found. */
const NEIGHBOUR_KEYS = 48;
/** Dimensions of a story's anchor centroid. */
const ANCHOR_DIMENSIONS = 80;

/**
 * Regroups the stories of a topic and of the topics near it by what kind of news their leads report
 * (regroup-topics.ts), and records the topic each is reported under (reported-topics.ts); the topics
 * placement reads, and so the events, stay as they are. Topics are found near through the topic
 * index, from the topic's profile and its stories' leads, the most-hit first, until `regroupWindow`
 * stories; a topic that does not fit whole is left out. Dormant articles have no vectors: a story is
 * read through its warm articles, and one with none stays where it is.
 */
export function regroupAround(host: RefineHost, topic: TopicState): void {
  const leads = new Map<StoryId, StoryLead>();
  const add = (t: TopicState) => {
    for (const sid of t.stories) {
      const lead = storyLead(host, sid, host.reportedTopic(host.stories.get(sid)!));
      if (lead) leads.set(sid, lead);
    }
  };
  add(topic);
  const keys = [...topIds(host.profile(topic), NEIGHBOUR_KEYS), ...[...leads.values()].flatMap((l) => topIds(l.lead, NEIGHBOUR_KEYS))];
  const hits = new Map<TopicId, number>();
  for (const [raw, n] of host.topicIndex.hits(keys)) {
    const id = host.topicOf(raw);
    if (id !== topic.id && host.topics.has(id)) hits.set(id, (hits.get(id) ?? 0) + n);
  }
  for (const [id] of [...hits].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    const t = host.topics.get(id)!;
    if (leads.size + t.stories.size > host.tuning.regroupWindow) continue;
    add(t);
  }
  const stories = [...leads.values()];
  if (stories.length < 2) return;
  // A topic smaller than `refineMinimum` is one unit: too few articles to say what kind of news it is
  // against what placed them together (the seeds' two summits share names and no word of their leads).
  const units: number[][] = [];
  const byTopic = new Map<TopicId, number[]>();
  stories.forEach((s, i) => {
    const placed = host.stories.get(s.id)!.topic;
    byTopic.set(placed, [...(byTopic.get(placed) ?? []), i]);
  });
  for (const [id, idx] of byTopic) {
    if (host.topics.get(id)!.size < host.tuning.refineMinimum) units.push(idx);
    else for (const i of idx) units.push([i]);
  }
  const { anchorTopic, regroupNames } = host.tuning;
  const groups = groupStories(units, host.tuning.regroupThreshold, similarities(stories, anchorTopic, regroupNames, pairs));
  const age = new Map<TopicId, number>();
  for (const s of stories) age.set(s.topic, Math.min(age.get(s.topic) ?? Infinity, founded(host, s.id)));
  const used = new Set<TopicId>();
  // A new topic's id must name no topic in use at either level, nor one merged away.
  const fresh = (founder: StoryId) => {
    let id = topicIdFor(founder);
    for (let k = 1; host.topics.has(id) || host.topicOf(id) !== id || host.reported.inUse(id) || used.has(id); k++) id = topicIdFor(founder, k);
    used.add(id);
    return id;
  };
  const targets = assignTopics(groups, stories, (t) => age.get(t)!, fresh);
  groups.forEach((group, g) => {
    const into = targets[g]!;
    for (const i of group) {
      const s = stories[i]!;
      if (s.topic === into) continue;
      host.reported.set(s.id, into);
      host.changes.push({ kind: 'regroup', story: s.id, from: s.topic, into, score: round(host.tuning.regroupThreshold) });
    }
  });
}

/** Seq of a story's earliest article: which of two topics is the older. */
function founded(host: RefineHost, id: StoryId): number {
  let min = Infinity;
  for (const a of host.stories.get(id)!.members) min = Math.min(min, host.members.seqOf(a));
  return min;
}

type StoryRead = Omit<StoryLead, 'id' | 'topic'>;

/** Similarities of stories as last read (`read`), by their lead vectors: the same objects while a story is unchanged. */
const pairs: SimilarityCache = new WeakMap();

/** What `storyLead` read of a story, with the story's version then: a topic's neighbours are read again at every pass over it, and most have not changed since. */
const read = new WeakMap<StoryState, { version: number; value: StoryRead | null }>();

/** A story's lead and anchor centroids, from the sums the corpus keeps (`StoryState.lead`, `named`); null when its articles' leads say nothing. */
function storyLead(host: RefineHost, id: StoryId, topic: TopicId): StoryLead | null {
  const s = host.stories.get(id)!;
  let known = read.get(s);
  if (!known || known.version !== s.version) read.set(s, (known = { version: s.version, value: readStory(s) }));
  return known.value && { id, topic, ...known.value };
}

function readStory(s: StoryState): StoryRead | null {
  const lead = sparseNormalized(s.lead.sorted());
  if (lead.ids.length === 0) return null;
  const n = s.members.size;
  // What half its articles or more name: one article's passing mention is not who the story is about.
  const names: Array<[number, number]> = [];
  for (const [k, count] of s.named) if (count * 2 >= n) names.push([k, count / n]);
  // Anchors matter only to stories with no language in common: their strongest, as a topic's profile keeps.
  return { langs: new Set(s.byLang.keys()), lead, anchors: strongest(s.anchors, ANCHOR_DIMENSIONS), names: sparseNormalized(sparseFrom(names)) };
}
