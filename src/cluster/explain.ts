import type { StoryId, TopicId } from '../article.ts';
import { featureKind, type FeatureKind } from './article-vector.ts';
import type { Dictionary, Sparse } from './sparse.ts';

/** One dimension two sides share, and how much of their similarity it makes. */
export interface SharedFeature {
  kind: FeatureKind;
  /** The stem, name, number, year, acronym, place code or pivot word, without its kind. */
  key: string;
  /** Its part of the similarity score (the parts of all shared dimensions add up to the score). */
  weight: number;
}

/** Why an article went where it went, as the placement decided it. */
export interface Explanation {
  /** What it shares with the story it joined (with that story's articles on average), strongest first, the strongest few of each kind. */
  shared: SharedFeature[];
  /** For a new story: the topic it was put under, with the similarity and what they share; null for a new topic. */
  topic: { id: TopicId; score: number; shared: SharedFeature[] } | null;
  /** The nearest story it was not put in, with its score and what they share. */
  runnerUp: { story: StoryId; score: number; shared: SharedFeature[] } | null;
  /** Days between the article and the joined story's dated articles, when both are dated. */
  daysApart: number | null;
}

const NONE: ReadonlyMap<string, string> = new Map();

/** Shared dimensions shown per kind. */
const SHOWN = 6;

/**
 * The dimensions of `v` also in `sum`, with their parts of `v · sum / scale` (the mean similarity to a
 * story's articles when `sum` is the story's sum and `scale` its size), strongest first. A name compared
 * by its first letters is shown whole as the article wrote it, when `whole` has it (name-key.ts).
 */
export function sharedFeatures(v: Sparse, sum: { get(id: number): number | undefined } | Sparse, scale: number, dict: Dictionary, factor = 1, whole: ReadonlyMap<string, string> = NONE): SharedFeature[] {
  // A plain Sparse (a topic's profile) has no get; sums (SumMap, a story's one-article part) look ids up themselves.
  const get = 'get' in sum ? (id: number) => sum.get(id) : sortedGetter(sum);
  const out: SharedFeature[] = [];
  for (let i = 0; i < v.ids.length; i++) {
    const y = get(v.ids[i]!);
    if (y === undefined || y <= 0) continue;
    const cut = dict.key(v.ids[i]!);
    const key = whole.size > 0 && cut.charCodeAt(0) === 64 ? `@${whole.get(cut.slice(1)) ?? cut.slice(1)}` : cut;
    const kind = featureKind(key);
    out.push({ kind, key: kind === 'term' ? key : key.slice(key.indexOf(':') + 1 || 1), weight: round((v.values[i]! * y * factor) / scale) });
  }
  const perKind = new Map<FeatureKind, number>();
  return out.sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1)).filter((f) => {
    const n = perKind.get(f.kind) ?? 0;
    perKind.set(f.kind, n + 1);
    return f.weight > 0 && n < SHOWN;
  });
}

/**
 * Values of `s` for ids asked in ascending order (a Sparse's own order), by walking its sorted ids
 * alongside: placement explains every article against a topic profile of thousands of dimensions, and
 * a map of it made for each explanation cost more than the explaining itself.
 */
function sortedGetter(s: Sparse): (id: number) => number | undefined {
  let j = 0;
  let last = -Infinity;
  return (id) => {
    if (id < last) throw new Error('cluster: sharedFeatures asked for ids out of order; a Sparse must have its ids ascending (sparse.ts)');
    last = id;
    while (j < s.ids.length && s.ids[j]! < id) j++;
    return j < s.ids.length && s.ids[j] === id ? s.values[j] : undefined;
  };
}

export const round = (x: number): number => Math.round(x * 10000) / 10000;
