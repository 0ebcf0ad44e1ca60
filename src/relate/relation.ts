import type { ArticleId } from '../article.ts';

/** How one article relates to an earlier one. Kinds are exclusive: the strongest found wins. */
export type Relation =
  | { kind: 'duplicate'; of: ArticleId; score: 1; evidence: { sameBody: true } }
  | { kind: 'near-duplicate'; of: ArticleId; score: number; evidence: NearDuplicateEvidence }
  | { kind: 'translation'; of: ArticleId; score: number; evidence: TranslationEvidence };

export interface NearDuplicateEvidence {
  /** Shared shingles over the union (Jaccard). */
  jaccard: number;
  /** Shared shingles over the smaller article's shingles: 1 when one text contains the other. */
  containment: number;
  sharedShingles: number;
}

export interface TranslationEvidence {
  languages: [string, string];
  /** 0..1: how well the paragraph length profiles agree (paragraph counts must match). */
  shape: number;
  paragraphs: [number, number];
  /** Anchors present in both (names, numbers, years, acronyms), strongest first. */
  sharedAnchors: string[];
  /** Shared anchors over the smaller article's anchors. */
  anchorOverlap: number;
  /** Share of the shared anchors found in the same paragraph on both sides. */
  alignment: number;
}
