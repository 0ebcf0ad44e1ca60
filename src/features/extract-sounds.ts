import type { ArticleRecord } from '../article.ts';
import { stopwordsFor } from '../language/stopwords.ts';
import { soundKey } from './sound-key.ts';

// Scripts without letter case: there is no telling a name from another word, so every word counts.
const UNCASED = /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Thaana}\p{Script=Georgian}\p{Script=Ethiopic}\p{Script=Hangul}]/u;
// Japanese writes foreign names in katakana, between words it writes without spaces.
const KATAKANA_RUN = /[\p{Script=Katakana}ー]{2,}/gu;

/**
 * How the article's names sound (see `soundKey`), with the first analysed paragraph each occurs in:
 * the names found by capitals in cased scripts, every word in scripts without case, and katakana
 * words in Japanese. A translation into another script keeps these in the same paragraphs. Keys of words
 * that may be no name at all (every word of a script without case) are marked with a leading `*`.
 */
export function extractSounds(rec: ArticleRecord, names: ReadonlyArray<{ norm: string; para: number }>): Map<string, number> {
  const out = new Map<string, number>();
  const add = (word: string, para: number, mark: string) => {
    const key = soundKey(word);
    if (key !== null && !out.has(mark + key)) out.set(mark + key, para);
  };
  for (const n of names) add(n.norm, n.para, '');
  const position = new Map<number, number>();
  rec.paragraphs.forEach((p, i) => { if (p.repeatOf === null) position.set(i, position.size); });
  const stop = stopwordsFor(rec.lang.code);
  for (const t of rec.tokens) {
    const para = position.get(t.para);
    if (para !== undefined && UNCASED.test(t.norm) && !stop.has(t.norm)) add(t.norm, para, '*');
  }
  rec.paragraphs.forEach((p, i) => {
    const para = position.get(i);
    if (para === undefined) return;
    for (const m of rec.text.slice(p.start, p.end).matchAll(KATAKANA_RUN)) add(m[0], para, '');
  });
  return out;
}
