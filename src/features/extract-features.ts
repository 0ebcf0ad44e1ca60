import { createHash } from 'node:crypto';
import type { ArticleRecord, Stage } from '../article.ts';
import { paragraphKey } from '../normalize/paragraph-key.ts';
import { extractAnchors } from './anchors.ts';
import { extractSounds } from './extract-sounds.ts';
import { missingLexiconMessage, pivotTable } from './lexicon.ts';
import { fnv1aWords } from './hash.ts';
import { extractTerms } from './terms.ts';
import { leadTerms } from './lead-terms.ts';

const SHINGLE = 5;

/** Hashes of overlapping word 5-grams (`fnv1a` of the words joined by spaces), sorted and unique. */
export function shingles(words: readonly string[]): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  // Sorted, then duplicates dropped in place: no Set and no iterator for a few hundred numbers an article.
  const all = words.length < SHINGLE ? Uint32Array.of(fnv1aWords(words, 0, words.length)) : new Uint32Array(words.length - SHINGLE + 1);
  for (let i = 0; i + SHINGLE <= words.length; i++) all[i] = fnv1aWords(words, i, i + SHINGLE);
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[n - 1]) all[n++] = all[i]!;
  return n === all.length ? all : all.slice(0, n);
}

/**
 * English pivots for the terms of an article in another language, through its dictionary, each term's
 * weight shared among its pivots; none without a dictionary, and none for English (whose terms are the
 * pivots: the clustering reads them as such).
 */
export function extractPivots(lang: string, terms: ReadonlyMap<string, number>): Map<string, number> {
  const table = lang === 'en' ? null : pivotTable(lang);
  const out = new Map<string, number>();
  if (!table) return out;
  for (const [term, w] of terms) {
    const pivots = table.get(term);
    if (!pivots) continue;
    for (const p of pivots) out.set(p, (out.get(p) ?? 0) + w / pivots.length);
  }
  return out;
}

/** Everything later stages compare articles by: terms, anchors, shape, shingles, body hash, sounds, pivots. */
export const extractFeatures: Stage = (rec: ArticleRecord): ArticleRecord => {
  const analysed = rec.paragraphs.filter((p) => p.repeatOf === null);
  const total = analysed.reduce((n, p) => n + (p.end - p.start), 0) || 1;
  const anchors = extractAnchors(rec);
  // The hash of the paragraph keys joined by newlines, fed piece by piece instead of joined first.
  const body = createHash('sha256');
  analysed.forEach((p, i) => {
    if (i > 0) body.update('\n');
    body.update(paragraphKey(rec.text.slice(p.start, p.end)));
  });
  const terms = extractTerms(rec);
  const missing = missingLexiconMessage(rec.lang.code);
  return {
    ...rec,
    messages: missing ? [...rec.messages, missing] : rec.messages,
    features: {
      terms,
      anchors: anchors.counts,
      anchorParagraphs: anchors.paragraphs,
      shape: analysed.map((p) => (p.end - p.start) / total),
      shingles: shingles(rec.tokens.map((t) => t.norm)),
      bodyHash: body.digest('hex').slice(0, 32),
      sounds: extractSounds(rec, anchors.names),
      pivots: extractPivots(rec.lang.code, terms),
      leadTerms: leadTerms(rec, new Set(anchors.names.map((n) => n.norm))),
    },
  };
};
