/**
 * What a sentence says, in a form that meets across outlets and languages: stemmed content words (same
 * language), and names and numbers folded to Latin digits and letters (any language).
 */
import { foldToLatin } from '../features/transliterate.ts';
import { stem } from '../language/stem.ts';
import { stopwordsFor } from '../language/stopwords.ts';

export interface Signature {
  words: Set<string>;
  anchors: Set<string>;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*|\p{N}[\p{N}.,' \u00a0\u202f]*\p{N}|\p{N}/gu;

export function signature(sentence: string, lang: string): Signature {
  const stops = stopwordsFor(lang);
  const words = new Set<string>();
  const anchors = new Set<string>();
  for (const m of sentence.matchAll(WORD)) {
    const w = m[0];
    if (/^\p{N}/u.test(w)) {
      anchors.add(`#${w.replace(/\D/g, '')}`);
      continue;
    }
    const lower = w.toLowerCase();
    if (stops.has(lower) || lower.length < 3) continue;
    words.add(stem(lower, lang));
    if (m.index! > 0 && /\p{Lu}/u.test(w[0]!)) anchors.add(foldToLatin(lower));
  }
  return { words, anchors };
}

const shared = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};

/**
 * How much two sentences say the same, from the number of stemmed words and of names and numbers they
 * share: word overlap within a language, anchor overlap across them (names and numbers are what a
 * translation keeps), each of the smaller set. 0..1. Given counts, so that a caller that has counted
 * them for many pairs at once (summarize.ts) decides exactly as `sentenceSimilarity` does.
 */
export function similarityOf(a: Signature, b: Signature, sameLanguage: boolean, sharedWords: number, sharedAnchors: number): number {
  const anchors = a.anchors.size >= 2 && b.anchors.size >= 2 ? sharedAnchors / Math.min(a.anchors.size, b.anchors.size) : 0;
  if (!sameLanguage) return anchors * 0.8;
  const words = a.words.size === 0 || b.words.size === 0 ? 0 : sharedWords / Math.min(a.words.size, b.words.size);
  return Math.max(words, anchors * 0.8);
}

export function sentenceSimilarity(a: Signature, b: Signature, sameLanguage: boolean): number {
  const anchors = a.anchors.size >= 2 && b.anchors.size >= 2 ? shared(a.anchors, b.anchors) : 0;
  return similarityOf(a, b, sameLanguage, sameLanguage ? shared(a.words, b.words) : 0, anchors);
}
