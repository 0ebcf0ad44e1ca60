import { createHash } from 'node:crypto';
import type { ArticleRecord, Stage } from '../article.ts';
import { paragraphKey } from '../normalize/paragraph-key.ts';
import { extractAnchors } from './anchors.ts';
import { extractSounds } from './extract-sounds.ts';
import { fnv1a } from './hash.ts';
import { extractTerms } from './terms.ts';

const SHINGLE = 5;

/** Hashes of overlapping word 5-grams, sorted and unique. */
export function shingles(words: readonly string[]): Uint32Array {
  const set = new Set<number>();
  if (words.length > 0 && words.length < SHINGLE) set.add(fnv1a(words.join(' ')));
  for (let i = 0; i + SHINGLE <= words.length; i++) set.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
  return Uint32Array.from(set).sort();
}

/** Everything later stages compare articles by: terms, anchors, shape, shingles, body hash. */
export const extractFeatures: Stage = (rec: ArticleRecord): ArticleRecord => {
  const analysed = rec.paragraphs.filter((p) => p.repeatOf === null);
  const total = analysed.reduce((n, p) => n + (p.end - p.start), 0) || 1;
  const anchors = extractAnchors(rec);
  const body = analysed.map((p) => paragraphKey(rec.text.slice(p.start, p.end))).join('\n');
  return {
    ...rec,
    features: {
      terms: extractTerms(rec),
      anchors: anchors.counts,
      anchorParagraphs: anchors.paragraphs,
      shape: analysed.map((p) => (p.end - p.start) / total),
      shingles: shingles(rec.tokens.map((t) => t.norm)),
      bodyHash: createHash('sha256').update(body).digest('hex').slice(0, 32),
      sounds: extractSounds(rec, anchors.names),
    },
  };
};
