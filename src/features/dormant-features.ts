import type { Features } from '../article.ts';

/**
 * What the store keeps of an article's features once it has left the corpus window (issue 7, store
 * size): the dimensions its story's sums and the document frequencies are rebuilt from on reopening
 * (terms, anchors, pivots) and the body hash that still finds its exact copies. What only the relation
 * index reads goes (shingles, shape, the paragraphs of anchors and sounds): a dormant article is never
 * looked up for near-copies or translations again, so they would be 1.4 KB of an NTREX article's 2.9 KB
 * that nothing reads. A store reopened with a larger window than it was written with keeps these
 * articles without near-copy detection.
 */
export function dormantFeatures(f: Features): Features {
  return { ...f, anchorParagraphs: new Map(), shape: [], shingles: new Uint32Array(0), sounds: new Map() };
}

/** Whether `dormantFeatures` would drop anything: a stored article let go once is not rewritten again. */
export function holdsRelationFeatures(f: Features): boolean {
  return f.shingles.length > 0 || f.shape.length > 0 || f.sounds.size > 0 || f.anchorParagraphs.size > 0;
}
