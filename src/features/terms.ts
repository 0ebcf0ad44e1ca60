import type { ArticleRecord } from '../article.ts';
import { stopwordsFor } from '../language/stopwords.ts';
import { makeToken, scanTokens } from '../language/tokenize.ts';

const TITLE_WEIGHT = 2;
const HEADING_WEIGHT = 1.5;
const LEAD_WEIGHT = 2.5;
// A module constant: a pattern literal inside `usable` would be a new RegExp object for every token.
const DIGIT_START = /^\p{Nd}/u;

function usable(norm: string, stop: ReadonlySet<string>): boolean {
  return norm.length >= 2 && !DIGIT_START.test(norm) && !stop.has(norm);
}

/**
 * Content terms: stems without stop words, counted; the title and headings weigh more because
 * they say what the article is about in few words.
 */
export function extractTerms(rec: ArticleRecord): Map<string, number> {
  const stop = stopwordsFor(rec.lang.code);
  const terms = new Map<string, number>();
  const add = (k: string, w: number) => terms.set(k, (terms.get(k) ?? 0) + w);
  // The lead paragraph says what the news is; later paragraphs drift into background.
  const lead = rec.paragraphs.findIndex((p) => p.repeatOf === null && p.kind === 'body');
  for (const t of rec.tokens) {
    if (!usable(t.norm, stop)) continue;
    const kind = rec.paragraphs[t.para]!.kind;
    add(t.stem, kind === 'heading' ? HEADING_WEIGHT : t.para === lead ? LEAD_WEIGHT : 1);
  }
  if (rec.title) {
    for (const raw of scanTokens(rec.title)) {
      const t = makeToken(raw, -1, rec.lang.code);
      if (usable(t.norm, stop)) add(t.stem, TITLE_WEIGHT);
    }
  }
  return terms;
}
