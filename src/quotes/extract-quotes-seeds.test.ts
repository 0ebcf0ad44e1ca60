import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '../config.ts';
import { extractEntities } from '../entities/extract-entities.ts';
import { analyzeArticle } from '../pipeline.ts';
import { rawArticle } from '../testing/raw-article.ts';
import { extractQuotes } from './extract-quotes.ts';

// The seed articles live outside the repository (../shared/data/seeds); they are read, never copied.
const root = fileURLToPath(new URL('../..', import.meta.url));
const seeds = resolve(root, process.env.PARALLAX_SEEDS ?? '../shared/data/seeds');
const available = existsSync(seeds);
const skip = !available && process.env.PARALLAX_REQUIRE_ALL !== '1' ? `no seeds at ${seeds}` : false;

function quotesOf(prefix: string) {
  const file = readdirSync(seeds).find((f) => f.startsWith(prefix))!;
  const rec = analyzeArticle(rawArticle(prefix, readFileSync(join(seeds, file), 'utf8')), resolveConfig({}));
  const input = { text: rec.text, paragraphs: rec.paragraphs, lang: rec.lang.code };
  return { text: rec.text, quotes: extractQuotes(input, extractEntities({ ...input, tokens: rec.tokens })) };
}

test('seeds: Kishida\'s quote about the most challenging security environment is his in 003 and in 004', { skip }, () => {
  assert.ok(available, `the seed articles are missing at ${seeds}; set PARALLAX_SEEDS`);
  for (const prefix of ['003', '004']) {
    const { text, quotes } = quotesOf(prefix);
    const q = quotes.find((x) => x.direct && text.slice(x.start, x.end).includes('herausforderndsten und komplexesten Sicherheitsumfeld'));
    assert.ok(q, `${prefix}: the quote is found`);
    assert.match(q.speakerText ?? '', /Kishida/, `${prefix}: spoken by Kishida`);
    assert.equal(text.slice(q.speakerStart!, q.speakerEnd!), q.speakerText);
    assert.match(q.speaker ?? '', /kishida/);
  }
});
