import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ArticleRecord } from '../article.ts';
import { resolveConfig } from '../config.ts';
import { bcubed } from '../eval/metrics.ts';
import { analyzeArticle } from '../pipeline.ts';
import { readInputs } from '../read/read-inputs.ts';
import { shuffled } from '../testing/shuffled.ts';
import { Corpus } from './corpus.ts';

// The sample corpus has topics of two events each (two floods, two summits in Bari a year apart, ...),
// whose reports share the kind of news and few names.
const cfg = resolveConfig();
const corpusDir = fileURLToPath(new URL('../../examples/corpus', import.meta.url));
const gold = readFileSync(fileURLToPath(new URL('../../examples/corpus-gold.jsonl', import.meta.url)), 'utf8')
  .trim().split('\n').map((l) => JSON.parse(l) as { id: string; gold: { event: string; topic: string } });
const goldTopics = new Map(gold.map((o) => [o.id, o.gold.topic]));

let cached: ArticleRecord[] | null = null;
async function records(): Promise<ArticleRecord[]> {
  if (cached) return cached;
  const out: ArticleRecord[] = [];
  for await (const r of readInputs([corpusDir])) if (r.ok && goldTopics.has(r.article.id)) out.push(analyzeArticle(r.article, cfg));
  return (cached = out);
}

function run(order: readonly ArticleRecord[], regroupThreshold?: number): Corpus {
  const corpus = new Corpus(cfg, regroupThreshold === undefined ? {} : { regroupThreshold });
  for (const r of order) corpus.add(r);
  return corpus;
}

/** Article → label, by the corpus's stories, the topics placement gave them, or the topics they are reported under. */
function labels(c: Corpus, by: 'story' | 'placed' | 'reported'): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of c.stories.values()) {
    const label = by === 'story' ? s.id : by === 'placed' ? s.topic : c.reportedTopic(s);
    for (const a of s.members) out.set(a, label);
  }
  return out;
}

test('regroup: the sample corpus\'s stories are reported under its topics in every order, two events of one kind under one topic', async () => {
  const recs = await records();
  const scores = [0, 1, 2, 3, 4, 5].map((seed) => bcubed(goldTopics, labels(run(seed ? shuffled(recs, seed) : recs), 'reported')).f1);
  assert.deepEqual(scores.map((x) => x.toFixed(3)), scores.map(() => '1.000'));
  // Without regrouping, placement keeps a topic's two events apart in some orders.
  const placed = [0, 1, 2, 3, 4, 5].map((seed) => bcubed(goldTopics, labels(run(seed ? shuffled(recs, seed) : recs, 0), 'reported')).f1);
  assert.ok(Math.min(...placed) < 1, placed.join(' '));
});

test('regroup: reporting stories under other topics changes neither a story nor the topic placement reads', async () => {
  const recs = await records();
  for (const seed of [0, 2, 4]) {
    const order = seed ? shuffled(recs, seed) : recs;
    const [on, off] = [run(order), run(order, 0)];
    assert.deepEqual(labels(on, 'story'), labels(off, 'story'), `order ${seed}: stories`);
    assert.deepEqual(labels(on, 'placed'), labels(off, 'placed'), `order ${seed}: placed topics`);
    assert.ok([...on.stories.values()].some((s) => on.reportedTopic(s) !== s.topic), `order ${seed}: some story is regrouped`);
  }
});

test('regroup: every regrouping is a recorded change, and a corpus replaying them reports the same topics', async () => {
  const recs = shuffled(await records(), 3);
  const corpus = new Corpus(cfg);
  const changes = [];
  for (const r of recs) {
    corpus.add(r);
    changes.push(...corpus.takeChanges());
  }
  const regroups = changes.filter((c) => c.kind === 'regroup');
  assert.ok(regroups.length > 0);
  for (const c of regroups) assert.notEqual(c.from, c.into);
  // What the store holds: each story's last recorded regroup, else the topic placement gave it.
  const last = new Map(regroups.map((c) => [c.story, c.into]));
  for (const s of corpus.stories.values()) assert.equal(corpus.reportedTopic(s), last.get(s.id) ?? s.topic, s.id);
});

test('regroup: a corpus restored mid-stream with its reported topics continues as the uninterrupted run does', async () => {
  const recs = shuffled(await records(), 3);
  const cut = 24;
  const whole = run(recs);
  const first = run(recs.slice(0, cut));
  const restored = new Corpus(cfg);
  for (const r of recs.slice(0, cut)) {
    const s = first.stories.get(first.storyOf(r.id)!)!;
    const m = first.members.get(r.id)!;
    restored.restore(r.id, r.lang.code, r.features!, s.id, s.topic, { reportDate: r.reportDate, relationOf: m.of, reportedTopic: first.reported.get(s.id) ?? null });
  }
  assert.deepEqual(labels(restored, 'reported'), labels(first, 'reported'));
  assert.ok([...first.stories.values()].some((s) => first.reportedTopic(s) !== s.topic), 'some story is regrouped by the cut');
  for (const r of recs.slice(cut)) restored.add(r);
  assert.deepEqual(labels(restored, 'reported'), labels(whole, 'reported'));
  assert.deepEqual(labels(restored, 'story'), labels(whole, 'story'));
});
