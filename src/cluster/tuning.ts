import type { KindWeights } from './article-vector.ts';

/**
 * The clustering's weights and thresholds, chosen on the development sets by the procedure in
 * DESIGN.md ("Tuning"). The thresholds users are likely to move live in the config (`--story-threshold`,
 * `--topic-threshold`); the rest are here.
 */
export interface Tuning {
  /** Weight of each kind of dimension in article vectors. */
  readonly kinds: KindWeights;
  /** The same inside a topic, for the merge/split pass: what tells one event of a topic from another. */
  readonly localKinds: KindWeights;
  /** Mean similarity to the articles of a topic's stories (topic-local idf) at which the merge/split pass keeps them together. */
  readonly refineThreshold: number;
  /**
   * Mean similarity at which a part of a topic smaller than `refineMinimum`, left beside a larger event by
   * average link, joins the nearest one. Lower than `refineThreshold` (what two groups need to merge): a
   * few articles are too few for their own idf to say they are an event apart, and are mostly reports of
   * a large event from another side; below it they stay a story of their own.
   */
  readonly attachThreshold: number;
  /** Mean similarity of stories' leads (regroup-topics.ts) at which they are reported under one topic; 0: no regrouping. */
  readonly regroupThreshold: number;
  /** Discount on the similarity of what most articles of two stories name, when regrouping (regroup-topics.ts). */
  readonly regroupNames: number;
  /** The most stories the pass regroups at once: a topic's and its neighbours'. */
  readonly regroupWindow: number;
  /** Growth of a topic (×) after which the pass regroups around it again. */
  readonly regroupGrowth: number;
  /** Cosine of two topics' profiles at which the merge pass joins them. */
  readonly topicMergeThreshold: number;
  /** Discount on the mean similarity of an article's anchors to a story's articles in other languages. */
  readonly anchorStory: number;
  /** Discount on the similarity of topics' anchors alone (0: anchors count only as part of the whole). */
  readonly anchorTopic: number;
  /** Dimensions of a topic's profile (its strongest, from the sum of its articles). */
  readonly topicProfile: number;
  /** Days between an article and a story's dated articles beyond which the story counts as inactive. */
  readonly activeDays: number;
  /** Floor of the factor on the similarity to an inactive story (`activeDays` / days apart): reviving one takes more than joining an active one. */
  readonly inactive: number;
  /**
   * Days apart within which the merge/split pass counts two reports as possibly one event (then `eventDays` / days
   * apart, never below `inactive`). Longer than `activeDays`: that one asks whether a story is still being told,
   * this one whether two reports tell the same event, and follow-ups (charges, repairs, hearings) come weeks later.
   */
  readonly eventDays: number;
  /** A topic is re-examined when it has grown by this factor since it was last examined. */
  readonly refineGrowth: number;
  /** Topics smaller than this are re-clustered with the stream's weights at the story threshold, not their own idf (it says little). */
  readonly refineMinimum: number;
  /** The most recent articles of a topic that the merge/split pass looks at; older ones stay where they are. */
  readonly refineWindow: number;
  /** Articles between two looks at the stories that went quiet, to pack and to close them (quiet-stories.ts). */
  readonly quietEvery: number;
}

export const defaultTuning: Tuning = Object.freeze({
  kinds: Object.freeze({ term: 1, name: 1, number: 0.3, year: 0.3, acronym: 0.3, place: 0.6, pivot: 0.5 }),
  localKinds: Object.freeze({ term: 1, name: 2, number: 1.5, year: 1.5, acronym: 1, place: 1.5, pivot: 1 }),
  refineThreshold: 0.075,
  attachThreshold: 0.05,
  regroupThreshold: 0.19,
  regroupWindow: 160,
  regroupGrowth: 1.25,
  regroupNames: 0.5,
  topicMergeThreshold: 0.2,
  anchorStory: 1.5,
  anchorTopic: 1,
  topicProfile: 80,
  activeDays: 7,
  inactive: 0.4,
  eventDays: 60,
  refineGrowth: 1.1,
  refineMinimum: 6,
  refineWindow: 160,
  quietEvery: 1000,
});
