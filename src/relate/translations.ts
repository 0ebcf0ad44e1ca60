import { soundKey } from '../features/sound-key.ts';
import type { TranslationEvidence } from './relation.ts';

const ANCHOR_KIND_WEIGHT: Record<string, number> = { number: 1.5, year: 1, acronym: 1.2, name: 1 };

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

/** Anchors both articles have, weighted by kind, over the smaller article's anchors. */
export function anchorOverlap(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): { overlap: number; shared: string[] } {
  const weight = (k: string) => ANCHOR_KIND_WEIGHT[k.slice(0, k.indexOf(':'))] ?? 1;
  let wa = 0;
  let wb = 0;
  let ws = 0;
  const shared: string[] = [];
  for (const k of a.keys()) wa += weight(k);
  for (const k of b.keys()) {
    wb += weight(k);
    if (a.has(k)) {
      ws += weight(k);
      shared.push(k);
    }
  }
  const smaller = Math.min(wa, wb);
  shared.sort((x, y) => weight(y) - weight(x) || x.localeCompare(y));
  return { overlap: smaller === 0 ? 0 : ws / smaller, shared };
}

export interface TranslationSide {
  lang: string;
  shape: readonly number[];
  anchors: ReadonlyMap<string, number>;
  anchorParagraphs: ReadonlyMap<string, number>;
  /** How its names sound, by paragraph (see extract-sounds.ts); absent for articles stored before sounds existed. */
  sounds?: ReadonlyMap<string, number>;
}

/**
 * Names heard in the same paragraph on both sides: a name written in one script and its rendering in
 * another ("Biden" and "بايدن"). Words of scripts without case (marked `*`) count only against a name
 * of the other side; `known` are sound keys already counted as shared anchors.
 */
export function soundMatches(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, known: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  const probe = (x: ReadonlyMap<string, number>, y: ReadonlyMap<string, number>) => {
    for (const [k, p] of x) {
      if (k.startsWith('*')) continue;
      if ((y.get(k) ?? y.get(`*${k}`)) === p && !known.has(k)) out.add(k);
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

/**
 * The best score a pair with this shape similarity could still reach (all anchor evidence perfect):
 * candidates below the threshold are skipped before their anchors are compared.
 */
export function bestPossibleScore(shape: number): number {
  return SHAPE_WEIGHT * shape + (1 - SHAPE_WEIGHT);
}

/** Evidence and a 0..1 score that `b` is a translation of `a` (or both of one original). */
export function translationEvidence(a: TranslationSide, b: TranslationSide): { score: number; evidence: TranslationEvidence } {
  const shape = shapeSimilarity(a.shape, b.shape);
  const anchors = anchorOverlap(a.anchors, b.anchors);
  // Names that sound alike in the same paragraph count as shared, aligned anchors: across scripts they
  // are what the anchors miss.
  const known = new Set(anchors.shared.filter((k) => k.startsWith('name:')).map((k) => soundKey(k.slice(5))).filter((k): k is string => k !== null));
  const heard = a.sounds && b.sounds ? soundMatches(a.sounds, b.sounds, known) : [];
  // A name heard on both sides is shown as written where it is a name ("sound:giappone" for Japan).
  const written = (k: string) => [...a.anchors.keys(), ...b.anchors.keys()].find((n) => n.startsWith('name:') && soundKey(n.slice(5)) === k)?.slice(5) ?? k;
  const shared = [...anchors.shared, ...heard.map((k) => `sound:${written(k)}`)];
  const overlap = Math.min(1, anchors.overlap + heard.length / Math.max(4, Math.min(a.anchors.size, b.anchors.size)));
  // Two shared anchors at least: one name in common is what any two reports on a topic have.
  const anchorScore = shared.length >= 2 ? Math.min(1, overlap * 1.5) : 0;
  // Alignment over one or two shared anchors is chance; it counts in full from four on.
  const alignment = shared.length === 0 ? 0 : (anchorAlignment(a, b, anchors.shared) * anchors.shared.length + heard.length) / shared.length;
  const alignmentScore = anchorScore > 0 ? alignment * Math.min(1, shared.length / 4) : 0;
  const score = SHAPE_WEIGHT * shape + 0.25 * anchorScore + 0.4 * alignmentScore;
  return {
    score,
    evidence: {
      languages: [a.lang, b.lang],
      shape,
      paragraphs: [a.shape.length, b.shape.length],
      sharedAnchors: shared.slice(0, 12),
      anchorOverlap: overlap,
      alignment,
    },
  };
}
