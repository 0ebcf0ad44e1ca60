import type { Stage } from '../article.ts';
import { extractDates } from '../dates/extract-dates.ts';
import { inferArticleDate } from '../dates/infer-article-date.ts';

const DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * Stage: dates, resolved against the day the article reports from — its `published` date when given,
 * else the one its own absolute dates point to (src/dates/infer-article-date.ts), else unknown.
 */
export const findDates: Stage = (rec) => {
  const input = { text: rec.text, paragraphs: rec.paragraphs, lang: rec.lang.code };
  const given = rec.published !== null && DAY.test(rec.published) ? rec.published.slice(0, 10) : null;
  const unresolved = given === null ? extractDates(input, null) : null;
  const reportDate = given ?? inferArticleDate(unresolved ?? []);
  // With no day to resolve against, the dates are the ones just found (extractDates is pure).
  const dates = reportDate === null && unresolved ? unresolved : extractDates(input, reportDate);
  const messages = given === null && reportDate !== null
    ? [...rec.messages, { stage: 'dates', code: 'inferred-date', message: `no date given; the text points to ${reportDate}`, level: 'info' as const }]
    : rec.messages;
  return { ...rec, reportDate, messages, facts: [...rec.facts, ...dates] };
};
