import { soundKey } from '../features/sound-key.ts';
import type { TranslationEvidence } from './relation.ts';

const ANCHOR_KIND_WEIGHT: Readonly<Record<string, number>> = { number: 1.5, year: 1, acronym: 1.2, name: 1 };

/**
 * How well two paragraph length profiles agree: 1 - half the L1 distance (0..1). Translations keep
 * the paragraphs of their original and roughly their relative lengths, in any script. Profiles of
 * different lengths score 0; a one-paragraph article carries no shape evidence (0.5).
 */
export function shapeSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  if (a.length === 1) return 0.5;
  let l1 = 0;
  for (let i = 0; i < a.length; i++) l1 += Math.abs(a[i]! - b[i]!);
  return Math.max(0, 1 - l1 / 2);
}

/** Weight of an anchor by its kind (the part of `kind:key` before the colon). */
function kindWeight(k: string): number {
  // Without slicing the kind out: this runs for every anchor of every candidate pair.
  switch (k.charCodeAt(0)) {
    case 110: return k.startsWith('number:') ? ANCHOR_KIND_WEIGHT.number! : k.startsWith('name:') ? ANCHOR_KIND_WEIGHT.name! : 1;
    case 121: return k.startsWith('year:') ? ANCHOR_KIND_WEIGHT.year! : 1;
    case 97: return k.startsWith('acronym:') ? ANCHOR_KIND_WEIGHT.acronym! : 1;
    default: return 1;
  }
}

/** Anchors both articles have, in `b`'s order, and their weight over the smaller article's anchors. */
function sharedAnchors(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): { overlap: number; shared: string[] } {
  let ws = 0;
  const shared: string[] = [];
  for (const k of b.keys()) {
    if (a.has(k)) {
      ws += kindWeight(k);
      shared.push(k);
    }
  }
  const smaller = Math.min(anchorWeight(a), anchorWeight(b));
  return { overlap: smaller === 0 ? 0 : ws / smaller, shared };
}

/** Anchors both articles have (strongest kind first), weighted by kind, over the smaller article's anchors. */
export function anchorOverlap(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): { overlap: number; shared: string[] } {
  const found = sharedAnchors(a, b);
  found.shared.sort((x, y) => kindWeight(y) - kindWeight(x) || x.localeCompare(y));
  return found;
}

export interface TranslationSide {
  lang: string;
  shape: readonly number[];
  anchors: ReadonlyMap<string, number>;
  anchorParagraphs: ReadonlyMap<string, number>;
  /** How its names sound, by paragraph (see extract-sounds.ts); absent for articles stored before sounds existed. */
  sounds?: ReadonlyMap<string, number>;
  /** Its whole names by the cut keys its anchors are compared under (name-key.ts), where they differ. */
  wholeNames?: ReadonlyMap<string, string>;
}

// Articles are compared with many others: what depends on one side only is worked out once per article.
const heardViews = new WeakMap<ReadonlyMap<string, number>, ReadonlyMap<string, number>>();
const anchorWeights = new WeakMap<ReadonlyMap<string, number>, number>();

/** `k` -> the paragraph of sound `k`, else of `*k` (a word of a script without case). */
function heardAs(sounds: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  let view = heardViews.get(sounds);
  if (!view) {
    const m = new Map<string, number>();
    for (const [k, p] of sounds) {
      if (!k.startsWith('*')) m.set(k, p);
      else if (!sounds.has(k.slice(1))) m.set(k.slice(1), p);
    }
    heardViews.set(sounds, (view = m));
  }
  return view;
}

/** The summed kind weights of an article's anchors, in their order (so the sum is the same to the last bit). */
function anchorWeight(anchors: ReadonlyMap<string, number>): number {
  let w = anchorWeights.get(anchors);
  if (w === undefined) {
    w = 0;
    for (const k of anchors.keys()) w += kindWeight(k);
    anchorWeights.set(anchors, w);
  }
  return w;
}

/**
 * Names heard in the same paragraph on both sides: a name written in one script and its rendering in
 * another ("Biden" and "بايدن"). Words of scripts without case (marked `*`) count only against a name
 * of the other side; `known` are sound keys already counted as shared anchors.
 */
export function soundMatches(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, known: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  const probe = (x: ReadonlyMap<string, number>, y: ReadonlyMap<string, number>) => {
    const heard = heardAs(y);
    for (const [k, p] of x) {
      if (k.startsWith('*')) continue;
      if (heard.get(k) === p && !known.has(k)) out.add(k);
    }
  };
  probe(a, b);
  probe(b, a);
  return [...out].sort();
}

/**
 * Share of the shared anchors that first occur in the same paragraph on both sides. A translation
 * keeps each name and number in its paragraph; two reports of one event use them in their own order.
 */
export function anchorAlignment(a: TranslationSide, b: TranslationSide, shared: readonly string[]): number {
  if (shared.length === 0) return 0;
  let aligned = 0;
  for (const k of shared) if (a.anchorParagraphs.get(k) === b.anchorParagraphs.get(k)) aligned++;
  return aligned / shared.length;
}

const SHAPE_WEIGHT = 0.35;
/** Slack on the early exit below, so that rounding can never drop a pair the full sum would keep. */
const SLACK = 1e-9;

/**
 * The best score a pair with this shape similarity could still reach (all anchor evidence perfect):
 * candidates below the threshold are skipped before their anchors are compared.
 */
export function bestPossibleScore(shape: number): number {
  return SHAPE_WEIGHT * shape + (1 - SHAPE_WEIGHT);
}

/** What the score of a pair is made of; the evidence is spelled out only for the pair that wins. */
export interface TranslationScore {
  score: number;
  shape: number;
  /** Shared anchors, unordered. */
  anchors: string[];
  /** Sound keys of names heard on both sides (sorted). */
  heard: string[];
  overlap: number;
  alignment: number;
}

/** A 0..1 score that `b` is a translation of `a` (or both of one original). */
export function translationScore(a: TranslationSide, b: TranslationSide): TranslationScore {
  const shape = shapeSimilarity(a.shape, b.shape);
  const anchors = sharedAnchors(a.anchors, b.anchors);
  // Names that sound alike in the same paragraph count as shared, aligned anchors: across scripts they
  // are what the anchors miss.
  const known = new Set<string>();
  const hear = (name: string | undefined) => {
    const key = name === undefined ? null : soundKey(name.slice(5));
    if (key !== null) known.add(key);
  };
  for (const k of anchors.shared) {
    if (!k.startsWith('name:')) continue;
    // A cut name sounds as the whole names behind it do: those are what the sounds were taken from.
    hear(k);
    hear(a.wholeNames?.get(k));
    hear(b.wholeNames?.get(k));
  }
  const heard = a.sounds && b.sounds ? soundMatches(a.sounds, b.sounds, known) : [];
  const sharedCount = anchors.shared.length + heard.length;
  const overlap = Math.min(1, anchors.overlap + heard.length / Math.max(4, Math.min(a.anchors.size, b.anchors.size)));
  // Two shared anchors at least: one name in common is what any two reports on a topic have.
  const anchorScore = sharedCount >= 2 ? Math.min(1, overlap * 1.5) : 0;
  // Alignment over one or two shared anchors is chance; it counts in full from four on.
  const alignment = sharedCount === 0 ? 0 : (anchorAlignment(a, b, anchors.shared) * anchors.shared.length + heard.length) / sharedCount;
  const alignmentScore = anchorScore > 0 ? alignment * Math.min(1, sharedCount / 4) : 0;
  const score = SHAPE_WEIGHT * shape + 0.25 * anchorScore + 0.4 * alignmentScore;
  return { score, shape, anchors: anchors.shared, heard, overlap, alignment };
}

/** The evidence behind a score, as a relation shows it. */
export function describeTranslation(a: TranslationSide, b: TranslationSide, s: TranslationScore): TranslationEvidence {
  const anchors = [...s.anchors].sort((x, y) => kindWeight(y) - kindWeight(x) || x.localeCompare(y));
  // A name heard on both sides is shown as written where it is a name ("sound:giappone" for Japan).
  const written = (k: string) => [...a.anchors.keys(), ...b.anchors.keys()].find((n) => n.startsWith('name:') && soundKey(n.slice(5)) === k)?.slice(5) ?? k;
  const shared = [...anchors, ...s.heard.map((k) => `sound:${written(k)}`)];
  return {
    languages: [a.lang, b.lang],
    shape: s.shape,
    paragraphs: [a.shape.length, b.shape.length],
    sharedAnchors: shared.slice(0, 12),
    anchorOverlap: s.overlap,
    alignment: s.alignment,
  };
}

/**
 * `shapeSimilarity(a, b)` when a pair with that shape could still reach `threshold`, else null.
 * The sum of differences only grows, so most hopeless pairs are dropped before their last paragraph.
 */
export function promisingShape(a: readonly number[], b: readonly number[], threshold: number): number | null {
  // (At or below the weight of the anchors alone every pair passes, whatever its shape.)
  if (a.length === b.length && a.length > 1 && threshold > 1 - SHAPE_WEIGHT) {
    const limit = 2 * (1 - (threshold - (1 - SHAPE_WEIGHT)) / SHAPE_WEIGHT) + SLACK;
    let l1 = 0;
    for (let i = 0; i < a.length && l1 <= limit; i++) l1 += Math.abs(a[i]! - b[i]!);
    if (l1 > limit) return null;
  }
  const shape = shapeSimilarity(a, b);
  return bestPossibleScore(shape) >= threshold ? shape : null;
}

/** Evidence and a 0..1 score that `b` is a translation of `a` (or both of one original). */
export function translationEvidence(a: TranslationSide, b: TranslationSide): { score: number; evidence: TranslationEvidence } {
  const s = translationScore(a, b);
  return { score: s.score, evidence: describeTranslation(a, b, s) };
}
