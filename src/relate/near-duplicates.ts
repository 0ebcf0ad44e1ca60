import type { NearDuplicateEvidence } from './relation.ts';

/** Size of the intersection of two sorted, duplicate-free arrays. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Shingle overlap of two articles: Jaccard for "the same text", containment for "one copied into the other". */
export function nearDuplicateEvidence(a: Uint32Array, b: Uint32Array): NearDuplicateEvidence {
  const shared = intersectionSize(a, b);
  const union = a.length + b.length - shared;
  const smaller = Math.min(a.length, b.length);
  return {
    jaccard: union === 0 ? 0 : shared / union,
    containment: smaller === 0 ? 0 : shared / smaller,
    sharedShingles: shared,
  };
}

// A copy with one paragraph edited keeps most shingles; a quote shared by two reports keeps few.
export function nearDuplicateScore(e: NearDuplicateEvidence): number {
  return Math.max(e.jaccard, 0.9 * e.containment);
}

/** Shingles kept in the candidate index: a fixed 1-in-4 sample by hash, the same for every article. */
export function isSampledShingle(h: number): boolean {
  return (h & 3) === 0;
}
