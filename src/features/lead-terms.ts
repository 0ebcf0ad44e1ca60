import type { ArticleRecord } from '../article.ts';
import { stopwordsFor } from '../language/stopwords.ts';

/** Content words the lead must hold: a dateline or a byline line alone says nothing of the kind of news. */
const LEAD_WORDS = 8;
const DIGIT_START = /^\p{Nd}/u;

/**
 * What kind of news an article reports, for grouping its story under a topic: the common words of its
 * lead (the first body paragraphs, until they hold `LEAD_WORDS` content words), counted by stem, with
 * names left out. Two earthquakes, two celebrity rehab stays or two takeovers share these words
 * ("magnitude", "rehab", "acquire") and little else; their names, dates and figures differ by
 * definition, and the body's background drifts apart. Headings are left out: a headline is written to
 * catch the eye, the lead to say what happened.
 *
 * `names`: the words the anchors took as names (capitalised mid-sentence). A name word the article also
 * writes in lower case ("Ford" and "ford") is kept, as a common word.
 */
export function leadTerms(rec: ArticleRecord, names: ReadonlySet<string>): Map<string, number> {
  const stop = stopwordsFor(rec.lang.code);
  const lower = new Set<string>();
  for (const t of rec.tokens) if (!t.cap) lower.add(t.stem);
  const lead = new Set<number>();
  let words = 0;
  const out = new Map<string, number>();
  for (const t of rec.tokens) {
    const p = rec.paragraphs[t.para]!;
    if (p.repeatOf !== null || p.kind !== 'body') continue;
    if (!lead.has(t.para)) {
      if (words >= LEAD_WORDS) break;
      lead.add(t.para);
    }
    if (t.norm.length < 2 || DIGIT_START.test(t.norm) || stop.has(t.norm)) continue;
    words++;
    if (t.cap && names.has(t.norm) && !lower.has(t.stem)) continue;
    out.set(t.stem, (out.get(t.stem) ?? 0) + 1);
  }
  return out;
}
