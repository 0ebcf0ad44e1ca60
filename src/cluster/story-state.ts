import type { ArticleId, StoryId, TopicId } from '../article.ts';
import { accumulate, accumulateEntries, dotSum, type Sparse } from './sparse.ts';
import { indexOfId, mergedDot } from './sorted-ids.ts';
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

/** A sum to read: a story part's accumulated sums, or the one article a part holds. */
export interface PartSum {
  get(id: number): number | undefined;
}

/** The sums of a story's articles in one language. */
export interface LanguagePart {
  sum: PartSum;
  anchors: PartSum;
  size: number;
}

/**
 * A part of one article reads that article's vectors instead of copying them into sums: in a story told
 * in many languages most parts hold one article, and the copies were most of what the corpus kept of a
 * story. It answers as a sum accumulated from that one vector would (`accumulate` drops values below
 * 1e-12), so every score is the same to the last bit.
 */
class OneArticle implements PartSum {
  constructor(readonly v: Sparse) {}

  get(id: number): number | undefined {
    const i = indexOfId(this.v.ids, this.v.ids.length, id);
    if (i < 0) return undefined;
    const y = this.v.values[i]!;
    return Math.abs(y) < 1e-12 ? undefined : y;
  }

  /** `dotSum(w, this)` by merging the two sorted id lists instead of a search an id; a value a sum would have dropped is no value. */
  dot(w: Sparse): number {
    return mergedDot(w, this.v.ids, this.v.values, this.v.ids.length, 1e-12);
  }
}

/** The part's sums, made on its second article from the first one's vectors, as adding both one by one would. */
function grown(part: LanguagePart): { sum: SumMap; anchors: SumMap } {
  const made = (x: PartSum): SumMap => {
    if (x instanceof SumMap) return x;
    const sum = new SumMap();
    accumulate(sum, (x as OneArticle).v);
    return sum;
  };
  const sums = { sum: made(part.sum), anchors: made(part.anchors) };
  part.sum = sums.sum;
  part.anchors = sums.anchors;
  return sums;
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
  /** The same over the days given as publication dates only: what bounds the story in time (`outOfTime`). */
  given: { first: number | null; last: number | null };
  /** Arrival (seq) of its newest article: how long ago an article last joined it (quiet-stories.ts). */
  newest: number;
  /** Bumped whenever its members change: what reads it whole may keep what it read until then (regroup-around.ts). */
  version: number;
  /**
   * What regrouping reads (regroup-around.ts), kept by the corpus as articles join and leave: the sum of
   * its articles' lead vectors, and for each name dimension how many of its articles name it.
   */
  lead: SumMap;
  named: SumMap;
}

export function newStory(id: StoryId, topic: TopicId): StoryState {
  return { id, topic, anchors: new SumMap(), byLang: new Map(), members: new Set(), first: null, last: null, given: { first: null, last: null }, newest: -1, version: 0, lead: new SumMap(), named: new SumMap() };
}

export function addMember(s: StoryState, m: StoryMember): void {
  s.members.add(m.id);
  s.version++;
  accumulate(s.anchors, m.anchors);
  const part = s.byLang.get(m.lang);
  if (!part) {
    s.byLang.set(m.lang, { sum: new OneArticle(m.vector), anchors: new OneArticle(m.anchors), size: 1 });
    return;
  }
  const sums = grown(part);
  accumulate(sums.sum, m.vector);
  accumulate(sums.anchors, m.anchors);
  part.size++;
}

export function removeMember(s: StoryState, m: StoryMember): void {
  s.members.delete(m.id);
  s.version++;
  accumulate(s.anchors, m.anchors, -1);
  const part = s.byLang.get(m.lang)!;
  if (part.size === 1) {
    s.byLang.delete(m.lang);
    return;
  }
  const sums = grown(part);
  accumulate(sums.sum, m.vector, -1);
  accumulate(sums.anchors, m.anchors, -1);
  part.size--;
}

/**
 * Takes a dormant article (its vectors let go, corpus.ts) out of a story. Its words stay in the sums it
 * was added to: only the counts drop. A part it held alone goes with it, exactly.
 */
export function removeDormantMember(s: StoryState, id: ArticleId, lang: string): void {
  if (!s.members.delete(id)) return;
  s.version++;
  const part = s.byLang.get(lang);
  if (!part) return;
  if (--part.size <= 0) s.byLang.delete(lang);
}

/** Adds `sign ×` a part's sum (or its one article's vector) into `into`. */
export function accumulatePart(into: SumMap, x: PartSum, sign = 1): void {
  if (x instanceof OneArticle) accumulate(into, x.v, sign);
  else accumulateEntries(into, x as SumMap, sign);
}

/**
 * Moves everything `from` holds into `into`, at the level of sums: what moving its members one by one
 * would give, and the only way for members whose vectors were let go (dormant ones).
 */
export function absorbStory(into: StoryState, from: StoryState): void {
  for (const id of from.members) into.members.add(id);
  into.version++;
  accumulatePart(into.anchors, from.anchors);
  accumulatePart(into.lead, from.lead);
  accumulatePart(into.named, from.named);
  for (const [lang, part] of from.byLang) {
    const target = into.byLang.get(lang);
    if (!target) {
      // A part of one article keeps reading that article's vector; a grown part is taken over as it is.
      into.byLang.set(lang, { ...part });
      continue;
    }
    const sums = grown(target);
    accumulatePart(sums.sum, part.sum);
    accumulatePart(sums.anchors, part.anchors);
    target.size += part.size;
  }
  const span = (a: number | null, b: number | null, pick: (x: number, y: number) => number) => (a === null ? b : b === null ? a : pick(a, b));
  into.first = span(into.first, from.first, Math.min);
  into.last = span(into.last, from.last, Math.max);
  into.given.first = span(into.given.first, from.given.first, Math.min);
  into.given.last = span(into.given.last, from.given.last, Math.max);
  into.newest = Math.max(into.newest, from.newest);
  from.members.clear();
  from.byLang.clear();
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
