import type { Stage } from '../article.ts';
import { extractQuotes } from '../quotes/extract-quotes.ts';
import { factsOf } from './fact.ts';

/** Stage: direct and reported speech, each speaker resolved to one of the entity mentions found before. */
export const findQuotes: Stage = (rec) => {
  const quotes = extractQuotes({ text: rec.text, paragraphs: rec.paragraphs, lang: rec.lang.code }, factsOf(rec.facts, 'entity'));
  return { ...rec, facts: [...rec.facts, ...quotes] };
};
