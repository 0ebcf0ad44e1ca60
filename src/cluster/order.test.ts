import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ArticleRecord } from '../article.ts';
import { resolveConfig } from '../config.ts';
import { bcubed } from '../eval/metrics.ts';
import { analyzeArticle } from '../pipeline.ts';
import { readInputs } from '../read/read-inputs.ts';
import { shuffled } from '../testing/shuffled.ts';
import { Corpus } from './corpus.ts';

const cfg = resolveConfig();
const corpusDir = fileURLToPath(new URL('../../examples/corpus', import.meta.url));
const gold = new Map(readFileSync(fileURLToPath(new URL('../../examples/corpus-gold.jsonl', import.meta.url)), 'utf8')
  .trim().split('\n').map((l) => JSON.parse(l) as { id: string; gold: { event: string } }).map((o) => [o.id, o.gold.event]));

async function records(): Promise<ArticleRecord[]> {
  const out: ArticleRecord[] = [];
  for await (const r of readInputs([corpusDir])) if (r.ok && gold.has(r.article.id)) out.push(analyzeArticle(r.article, cfg));
  return out;
}

function stories(order: readonly ArticleRecord[]): Map<string, string> {
  const corpus = new Corpus(cfg);
  for (const r of order) corpus.add(r);
  const out = new Map<string, string>();
  for (const s of corpus.stories.values()) for (const m of s.members) out.set(m, s.id);
  return out;
}

test('order: five random orders of the sample corpus give event B-cubed F1 within 0.02 of each other; one order twice gives the same stories', async () => {
  const recs = await records();
  assert.equal(recs.length, gold.size, 'every article of the gold file is read');
  const scores = [1, 2, 3, 4, 5].map((seed) => bcubed(gold, stories(shuffled(recs, seed))).f1);
  assert.ok(Math.max(...scores) - Math.min(...scores) <= 0.02, `B-cubed F1 over five orders: ${scores.map((x) => x.toFixed(3)).join(' ')}`);
  assert.ok(Math.min(...scores) >= 0.9, `B-cubed F1 over five orders: ${scores.map((x) => x.toFixed(3)).join(' ')}`);
  const order = shuffled(recs, 7);
  assert.deepEqual(stories(order), stories(order));
});

test('order: a corpus restored from its stored state mid-stream continues as the uninterrupted run does', async () => {
  const recs = shuffled(await records(), 3);
  const whole = new Corpus(cfg);
  const first = new Corpus(cfg);
  const cut = 17;
  const placed = new Map<string, { story: string; topic: string; of: string | null }>();
  recs.forEach((r, i) => {
    const p = whole.add(r);
    if (i < cut) placed.set(r.id, { story: p.story, topic: p.topic, of: p.relation?.of ?? null });
    if (i < cut) first.add(r);
  });
  // What a store holds at the cut: each article where the placements and changes so far put it.
  const restored = new Corpus(cfg);
  for (const r of recs.slice(0, cut)) {
    const s = first.stories.get(first.storyOf(r.id)!)!;
    restored.restore(r.id, r.lang.code, r.features!, s.id, s.topic, { reportDate: r.reportDate, relationOf: placed.get(r.id)!.of as never });
  }
  for (const r of recs.slice(cut)) restored.add(r);
  const partition = (c: Corpus) => [...c.stories.values()].map((s) => [...s.members].sort().join(' ')).sort();
  assert.deepEqual(partition(restored), partition(whole));
});

test('order: the reference pile makes the same two stories in every one of its 120 orders, and one topic where a 2023 report came first', async (t) => {
  // Two summits of the same two leaders, only one report dated: whichever summit arrives first, a report
  // of the other must not stay in its story for having met it alone.
  const seedsDir = fileURLToPath(new URL('../../../shared/data/seeds', import.meta.url));
  if (!existsSync(seedsDir) && process.env.PARALLAX_REQUIRE_ALL !== '1') return t.skip(`no seeds at ${seedsDir}`);
  const recs: ArticleRecord[] = [];
  for await (const r of readInputs([seedsDir])) if (r.ok) recs.push(analyzeArticle(r.article, cfg));
  assert.equal(recs.length, 5, `the five seed articles at ${seedsDir}`);
  const expected = ['000 001', '002 003 004'];
  const orders = (xs: ArticleRecord[]): ArticleRecord[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => orders([...xs.slice(0, i), ...xs.slice(i + 1)]).map((o) => [x, ...o])));
  const wrong: string[] = [];
  for (const order of orders(recs)) {
    const got = [...new Set(stories(order).entries())].reduce((m, [a, s]) => m.set(s, [...(m.get(s) ?? []), a.slice(0, 3)]), new Map<string, string[]>());
    const groups = [...got.values()].map((g) => g.sort().join(' ')).sort();
    if (JSON.stringify(groups) !== JSON.stringify(expected)) wrong.push(`${order.map((r) => r.id.slice(0, 3)).join(',')} → ${groups.join(' | ')}`);
  }
  assert.deepEqual(wrong, []);
  // Topics still hang on a threshold (a few orders leave the summits 0.19 apart), but where a 2023 report
  // came first and the 2024 pair founded its own topic, the pair's German article matches the 2023 topic
  // as a founder would: one topic.
  const byId = new Map(recs.map((r) => [r.id.slice(0, 3), r]));
  const corpus = new Corpus(cfg);
  for (const k of ['002', '000', '001', '003', '004']) corpus.add(byId.get(k)!);
  assert.equal(corpus.topics.size, 1, [...corpus.topics.keys()].join(' '));
});
