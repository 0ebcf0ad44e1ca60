import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { generateCorpus, type ScaledItem } from './generate-corpus.ts';
import { realCorpus } from './real-corpus.ts';
import { defaultSourcePaths, loadSourceClusters, type SourceCluster } from './source-clusters.ts';
import { writeCorpus } from './write-corpus.ts';

// The real documents live outside the repository (../shared/data); they are read, never copied.
const root = fileURLToPath(new URL('../..', import.meta.url));
const data = resolve(root, process.env.PARALLAX_DATA ?? '../shared/data');
const available = existsSync(join(data, 'ntrex', 'dev.jsonl'));
const skip = !available && process.env.PARALLAX_REQUIRE_ALL !== '1' ? `no evaluation data at ${data}` : false;
const dir = mkdtempSync(join(tmpdir(), 'parallax-scale-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let loaded: SourceCluster[] | null = null;
async function clusters(): Promise<SourceCluster[]> {
  assert.ok(available, `the evaluation data is missing at ${data}; set PARALLAX_DATA`);
  return (loaded ??= await loadSourceClusters(defaultSourcePaths(data)));
}

async function write(seed: number, articles: number, name: string): Promise<{ corpus: Buffer; gold: Buffer }> {
  const corpus = join(dir, `${name}.jsonl`);
  const gold = join(dir, `${name}-gold.jsonl`);
  const w = await writeCorpus(generateCorpus(await clusters(), { articles, seed }), corpus, gold);
  assert.equal(w.articles, articles);
  return { corpus: readFileSync(corpus), gold: readFileSync(gold) };
}

test('scale: the same seed writes the same bytes, another seed other bytes', { skip }, async () => {
  const a = await write(7, 600, 'a');
  const b = await write(7, 600, 'b');
  const c = await write(8, 600, 'c');
  assert.ok(a.corpus.equals(b.corpus) && a.gold.equals(b.gold), 'seed 7 twice');
  assert.ok(!a.corpus.equals(c.corpus) && !a.gold.equals(c.gold), 'seed 7 and seed 8');
  assert.equal(a.corpus.toString().trim().split('\n').length, 600);
  // The articles carry no label: the readers could not see the answers even if they read every field.
  for (const line of a.corpus.toString().trim().split('\n')) assert.deepEqual(Object.keys(JSON.parse(line)).sort(), ['id', 'published', 'source', 'text', 'title']);
});

test('scale: every paragraph comes from its story\'s gold cluster; stories of one cluster are apart in time', { skip }, async () => {
  const cs = await clusters();
  const paragraphs = new Map(cs.map((c) => [c.key, new Set(c.docs.flatMap((d) => d.paragraphs))]));
  const items: ScaledItem[] = [...generateCorpus(cs, { articles: 4000, seed: 3, epochGapDays: 60, storyDays: 4 })];
  assert.equal(items.length, 4000);
  assert.equal(new Set(items.map((i) => i.article.id)).size, 4000, 'ids are unique');
  const span = new Map<string, { cluster: string; first: number; last: number; n: number }>();
  let previous = '';
  for (const { article, gold, from } of items) {
    assert.equal(gold.id, article.id);
    assert.ok(article.published >= previous, 'publication order');
    previous = article.published;
    const [cluster, epoch] = gold.gold.event.split('@');
    assert.equal(cluster, from.cluster);
    assert.equal(gold.gold.cluster, cluster);
    assert.match(epoch!, /^\d+$/);
    const own = paragraphs.get(cluster!)!;
    for (const p of article.text.split('\n\n')) assert.ok(own.has(p), `a paragraph of ${article.id} is not from ${cluster}: ${p.slice(0, 80)}`);
    const t = Date.parse(article.published) / 86_400_000;
    const s = span.get(gold.gold.event) ?? { cluster: cluster!, first: t, last: t, n: 0 };
    s.first = Math.min(s.first, t);
    s.last = Math.max(s.last, t);
    s.n++;
    span.set(gold.gold.event, s);
  }
  const byCluster = new Map<string, Array<{ first: number; last: number }>>();
  for (const s of span.values()) {
    assert.ok(s.last - s.first < 4, 'a story is published within its window');
    byCluster.set(s.cluster, [...(byCluster.get(s.cluster) ?? []), s]);
  }
  let reused = 0;
  for (const epochs of byCluster.values()) {
    epochs.sort((a, b) => a.first - b.first);
    for (let i = 1; i < epochs.length; i++, reused++) assert.ok(epochs[i]!.first - epochs[i - 1]!.last >= 60, 'two stories of one cluster at least 60 days apart');
  }
  assert.ok(reused > 0, 'some cluster gives more than one story at this scale');
  // A heavy tail: many single reports, and a few stories far larger than the median.
  const sizes = [...span.values()].map((s) => s.n).sort((a, b) => a - b);
  assert.ok(sizes.filter((n) => n === 1).length / sizes.length > 0.3, 'single reports are common');
  assert.ok(sizes.at(-1)! >= 20 * sizes[Math.floor(sizes.length / 2)]!, `the largest story (${sizes.at(-1)}) is far above the median`);
});

test('scale: the real corpus holds every source document once, labelled with its cluster', { skip }, async () => {
  const cs = await clusters();
  const lines = [...realCorpus(cs, 1)];
  assert.equal(lines.length, cs.reduce((n, c) => n + c.docs.length, 0));
  assert.equal(new Set(lines.map((l) => l.article.id)).size, lines.length);
  const kinds = new Set(lines.map((l) => l.gold.gold.event!.split(':')[0]));
  assert.deepEqual([...kinds].sort(), ['ecbplus', 'ntrex', 'polnear']);
  assert.notDeepEqual(lines.slice(0, 50).map((l) => l.article.id), [...realCorpus(cs, 2)].slice(0, 50).map((l) => l.article.id), 'the order follows the seed');
});

test('scale: daySeconds compresses the published times and nothing else', { skip }, async () => {
  const cs = await clusters();
  const plain = [...generateCorpus(cs, { articles: 1500, seed: 5 })];
  const dense = [...generateCorpus(cs, { articles: 1500, seed: 5, daySeconds: 86 })];
  assert.deepEqual(dense.map((i) => [i.article.id, i.article.text, i.gold.gold.event]), plain.map((i) => [i.article.id, i.article.text, i.gold.gold.event]));
  const offset = (p: string) => (Date.parse(p) - Date.parse('2000-01-01T00:00:00Z')) / 1000;
  const span = offset(plain.at(-1)!.article.published);
  assert.ok(span > 20 * 86_400, `the plain stream spans weeks (${span} s)`);
  for (let i = 0; i < plain.length; i++) {
    // The same instant scaled by 86/86,400, to the second it is written in.
    assert.ok(Math.abs(offset(dense[i]!.article.published) - (offset(plain[i]!.article.published) * 86) / 86_400) < 1.01);
  }
  assert.throws(() => generateCorpus(cs, { articles: 1, seed: 1, daySeconds: 0 }).next(), /daySeconds must be more than 0/);
});
