import type { ArticleId, StoryId, TopicId } from '../article.ts';
import { accumulate, dotSum, type Sparse } from './sparse.ts';
import { SumMap } from './sum-map.ts';

/** What a story keeps of each article. */
export interface StoryMember {
  id: ArticleId;
  lang: string;
  /** Weighted with the document frequencies at arrival: what it added to the sums. */
  vector: Sparse;
  /** The anchor dimensions of `vector` alone, renormalised: what articles in other languages can share. */
  anchors: Sparse;
}

/** The sums of a story's articles in one language. */
export interface LanguagePart {
  sum: SumMap;
  anchors: SumMap;
  size: number;
}

export interface StoryState {
  id: StoryId;
  topic: TopicId;
  /**
   * Sum of the members' anchor vectors. (Word sums are kept per language only, in `byLang`: an article's
   * words are compared with its own language's articles, and a sum over all languages would double them.)
   */
  anchors: SumMap;
  byLang: Map<string, LanguagePart>;
  members: Set<ArticleId>;
  /** Day numbers of its earliest and latest dated article. */
  first: number | null;
  last: number | null;
}

export function newStory(id: StoryId, topic: TopicId): StoryState {
  return { id, topic, anchors: new SumMap(), byLang: new Map(), members: new Set(), first: null, last: null };
}

export function addMember(s: StoryState, m: StoryMember): void {
  s.members.add(m.id);
  accumulate(s.anchors, m.anchors);
  let part = s.byLang.get(m.lang);
  if (!part) s.byLang.set(m.lang, (part = { sum: new SumMap(), anchors: new SumMap(), size: 0 }));
  accumulate(part.sum, m.vector);
  accumulate(part.anchors, m.anchors);
  part.size++;
}

export function removeMember(s: StoryState, m: StoryMember): void {
  s.members.delete(m.id);
  accumulate(s.anchors, m.anchors, -1);
  const part = s.byLang.get(m.lang)!;
  accumulate(part.sum, m.vector, -1);
  accumulate(part.anchors, m.anchors, -1);
  if (--part.size === 0) s.byLang.delete(m.lang);
}

/** How an article compares with a story: its words with the story's articles in its language, or its anchors with the others. */
export interface StoryMatch {
  score: number;
  path: 'words' | 'anchors';
}

/**
 * Mean similarity to the story's articles in the article's own language (all dimensions), or, when
 * higher, the discounted mean similarity of its anchors to the story's articles in other languages:
 * across languages words rarely match, while names, numbers and years do.
 */
export function matchStory(m: StoryMember, s: StoryState, anchorWeight: number): StoryMatch {
  const same = s.byLang.get(m.lang);
  const words = same ? dotSum(m.vector, same.sum) / same.size : 0;
  const others = s.members.size - (same?.size ?? 0);
  const anchors = others > 0 && anchorWeight > 0
    ? (anchorWeight * (dotSum(m.anchors, s.anchors) - (same ? dotSum(m.anchors, same.anchors) : 0))) / others
    : 0;
  return anchors > words ? { score: anchors, path: 'anchors' } : { score: words, path: 'words' };
}

/** What a match compared, for explanations: the article's vector, the sum it met, over how many articles, and the discount. */
export function matchedSides(m: StoryMember, s: StoryState, path: StoryMatch['path'], anchorWeight: number): { vector: Sparse; sum: { get(id: number): number | undefined }; size: number; factor: number } {
  const same = s.byLang.get(m.lang);
  if (path === 'words') return { vector: m.vector, sum: same?.sum ?? new SumMap(), size: same?.size ?? 1, factor: 1 };
  // The other languages' anchors, read through: copying the story's whole anchor sum for every placement
  // explained cost more than the match itself.
  const others = (id: number): number | undefined => {
    const all = s.anchors.get(id);
    return all === undefined || !same ? all : all - (same.anchors.get(id) ?? 0);
  };
  return { vector: m.anchors, sum: { get: others }, size: Math.max(1, s.members.size - (same?.size ?? 0)), factor: anchorWeight };
}
