import type { Stage } from '../article.ts';
import { extractFigures } from '../figures/extract-figures.ts';
import { factsOf } from './fact.ts';

/** Stage: figures with units, ranges and SI values; the dates found before keep years and days out of them. */
export const findFigures: Stage = (rec) => {
  const figures = extractFigures({ text: rec.text, paragraphs: rec.paragraphs, lang: rec.lang.code }, factsOf(rec.facts, 'date'));
  return { ...rec, facts: [...rec.facts, ...figures] };
};
