import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '../config.ts';
import { analyzeArticle } from '../pipeline.ts';
import { rawArticle } from '../testing/raw-article.ts';
import { extractDates } from './extract-dates.ts';
import { inferArticleDate } from './infer-article-date.ts';

// The seed articles live outside the repository (../shared/data/seeds); they are read, never copied.
const root = fileURLToPath(new URL('../..', import.meta.url));
const seeds = resolve(root, process.env.PARALLAX_SEEDS ?? '../shared/data/seeds');
const available = existsSync(seeds);
const skip = !available && process.env.PARALLAX_REQUIRE_ALL !== '1' ? `no seeds at ${seeds}` : false;

function input(name: string) {
  const rec = analyzeArticle(rawArticle(name, readFileSync(join(seeds, name), 'utf8')), resolveConfig());
  return { text: rec.text, paragraphs: rec.paragraphs, lang: rec.lang.code };
}

test('seeds: 003 dates itself to 13 January 2023; its weekdays and "einen Tag zuvor" follow', { skip }, () => {
  assert.ok(available, `the seed articles are missing at ${seeds}; set PARALLAX_SEEDS`);
  const doc = input('003_c9c1153546be85de.txt');
  const inferred = inferArticleDate(extractDates(doc, null));
  assert.equal(inferred, '2023-01-13');
  const got = extractDates(doc, inferred).map((d) => `${d.text}=${d.value}`);
  assert.deepEqual(got, ['am 13. Januar=2023-01-13', 'in dieser Woche=2023-W02', 'im November 2022=2022-11', 'am 12. Januar=2023-01-12',
    'am Donnerstag=2023-01-12', 'Dieses Jahr=2023', 'Einen Tag zuvor=2023-01-11', 'am Donnerstag=2023-01-12']);
});

test('seeds: 004 read on its Friday, 000 and 001 name the same year in two languages', { skip }, () => {
  assert.ok(available, `the seed articles are missing at ${seeds}; set PARALLAX_SEEDS`);
  const got = extractDates(input('004_659ceb6cbba424e3.txt'), '2023-01-13').map((d) => `${d.text}=${d.value}:${d.role}`);
  assert.deepEqual(got, ['am Freitag=2023-01-13:event', 'im vergangenen Monat=2022-12:event', 'im vergangenen Monat=2022-12:event',
    'am Mittwoch=2023-01-11:event', 'im vergangenen Jahr=2022:event', 'am 1. Januar=2023-01-01:event', 'im Januar=2023-01:event', 'im Oktober=2022-10:event']);
  for (const name of ['000_08975b3dcdfca614.txt', '001_7c2d59c7325b740d.txt']) {
    assert.deepEqual(extractDates(input(name), null).map((d) => d.value), ['2026'], name);
  }
});
