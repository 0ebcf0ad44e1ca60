import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Paragraph } from '../article.ts';
import { extractDates } from './extract-dates.ts';
import { inferArticleDate } from './infer-article-date.ts';

const one = (text: string): Paragraph[] => [{ start: 0, end: text.length, kind: 'body', repeatOf: null }];
const infer = (text: string, lang = 'de') => inferArticleDate(extractDates({ text, paragraphs: one(text), lang }, null));

test('infer: a dated report cue wins over later dates', () => {
  assert.equal(infer('Stand: 10.01.2023. Der Gipfel ist am 20. März 2023.'), '2023-01-10');
  assert.equal(infer('WASHINGTON, Jan. 13, 2023 (Reuters) - The summit on March 20, 2023 ...', 'en'), '2023-01-13');
});

test('infer: else the latest full date mentioned', () => {
  assert.equal(infer('Am 12.01.2023 und am 13. Januar 2023 trafen sie sich; im Jahr 2026 landen sie.'), '2023-01-13');
});

test('infer: else the latest day without a year, placed on or after the latest month mentioned', () => {
  const text = 'Im November 2022 stimmte die Regierung zu. Biden begrüßte Kishida am 13. Januar. Kirby sprach am 12. Januar.';
  assert.equal(infer(text), '2023-01-13');
  assert.equal(infer('Im März 2022 begann es; am 29. Februar endete es.'), '2024-02-29');
  assert.equal(infer('Im November 2022 begann es; am 5. November endete es.'), '2022-11-05');
});

test('infer: nothing to go on gives null; bare years are not enough', () => {
  assert.equal(infer('Artemis plant die Rückkehr zum Mond bis 2026. Am Mittwoch sprach er, gestern auch.'), null);
  assert.equal(infer('Am 13. Januar sprach er.'), null);
  assert.equal(inferArticleDate([]), null);
});
