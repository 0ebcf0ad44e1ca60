import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '../config.ts';
import { analyzeArticle } from '../pipeline.ts';
import { rawArticle } from '../testing/raw-article.ts';
import { extractFigures } from './extract-figures.ts';

// The seed articles live outside the repository (../shared/data/seeds); they are read, never copied.
const root = fileURLToPath(new URL('../..', import.meta.url));
const seeds = resolve(root, process.env.PARALLAX_SEEDS ?? '../shared/data/seeds');
const available = existsSync(seeds);
const skip = !available && process.env.PARALLAX_REQUIRE_ALL !== '1' ? `no seeds at ${seeds}` : false;

test('seeds: the figures of the January 2023 story, as each article writes them', { skip }, () => {
  assert.ok(available, `the seed articles are missing at ${seeds}; set PARALLAX_SEEDS`);
  const by = new Map<string, string[]>();
  for (const f of readdirSync(seeds).sort()) {
    const rec = analyzeArticle(rawArticle(f, readFileSync(join(seeds, f), 'utf8')), resolveConfig());
    const figures = extractFigures({ text: rec.text, paragraphs: rec.paragraphs, lang: rec.lang.code });
    by.set(f.slice(0, 3), figures.map((x) => `${x.value}${x.max === null ? '' : `-${x.max}`} ${x.unit ?? x.about} ${x.si ? `${x.si.value}${x.si.unit}` : ''}`.trim()));
  }
  assert.deepEqual(by.get('002'), ['2 %', '54000 soldaten', '7 industrienationen']);
  assert.deepEqual(by.get('003'), ['5 jahre', '2 %', '900-1800 mi 1448409.6m']);
  assert.deepEqual(by.get('004'), ['7 jahrzehnten', '2 %', '1000 km 1000000m', '600 mi 965606.4m']);
  // "bis 2026" and "entro il 2026" are years, not figures.
  assert.deepEqual(by.get('000'), ['3 partner']);
  assert.deepEqual(by.get('001'), ['2 parti', '2 parti', '3 partner']);
});
