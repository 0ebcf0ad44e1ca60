import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleId, StoryId } from '../article.ts';
import { resolveConfig } from '../config.ts';
import { analyzeArticle } from '../pipeline.ts';
import { FLOOD, FLOOD2, FLOOD3, OTHERS } from '../testing/flood-stream.ts';
import { rawArticle } from '../testing/raw-article.ts';
import { Corpus } from './corpus.ts';

const cfg = resolveConfig();
/** Every article dormant one arrival after it came; stories closed `limit` arrivals after their newest article. */
const closing = (limit: number) => new Corpus(resolveConfig({ windowArticles: 1, windowDays: 0, windowLimit: 1, storyLimit: limit }), { quietEvery: 1 });
const day = (d: number) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString();
const rec = (id: string, text: string, d: number) => analyzeArticle(rawArticle(id, text, { published: day(d) }), cfg);

const others = OTHERS.map((t, i) => rec(`o${i}`, t, 2 + i));
const flood = [rec('f0', FLOOD, 0), rec('f1', FLOOD2, 1)];
const later = rec('f2', FLOOD3, 9);

/** The flood story, six unrelated reports, then the flood again. */
function stream(corpus: Corpus) {
  const first = flood.map((r) => corpus.add(r));
  for (const r of others) corpus.add(r);
  return { first, later: corpus.add(later) };
}

test('closed stories: a story nothing joined for storyLimit arrivals leaves memory whole; a later report starts a new story under its topic; its id is never given again', () => {
  const open = stream(new Corpus(cfg));
  assert.equal(open.later.story, open.first[0]!.story, 'held open, the later report joins the flood story');
  const corpus = closing(4);
  const { first, later: placed } = stream(corpus);
  const closedId = first[0]!.story;
  assert.equal(first[1]!.story, closedId);
  assert.equal(corpus.closed.has(closedId), true);
  assert.equal(corpus.stories.has(closedId), false);
  assert.equal(corpus.members.has('f0' as ArticleId), false, 'its articles are let go with it');
  assert.equal(corpus.resolveStory(closedId), null);
  assert.notEqual(placed.story, closedId);
  assert.equal(placed.topic, first[0]!.topic, 'the topic stays, and the new story is near it');
  assert.equal(corpus.topics.get(placed.topic)!.closed.has(closedId), true);
  // A new version of the closed story's founder founds a story of its own, under another id.
  const again = corpus.add(rec('f0', `${FLOOD} Schools stay closed on Wednesday.`, 10));
  assert.notEqual(again.story, closedId);
  assert.equal(corpus.closed.has(closedId), true);
  // Held open long enough, nothing is closed.
  const roomy = closing(100);
  assert.equal(stream(roomy).later.story, stream(new Corpus(cfg)).first[0]!.story);
  assert.equal(roomy.closed.size, 0);
});

test('closed stories: a copy of an article whose story was closed is placed as any article, and keeps its relation', () => {
  const corpus = closing(4);
  const { first } = stream(corpus);
  const copy = corpus.add(rec('copy', FLOOD, 11));
  assert.equal(copy.relation?.kind, 'duplicate');
  assert.equal(copy.relation?.of, 'f0');
  assert.notEqual(copy.story, first[0]!.story);
  assert.notEqual(copy.via, 'relation');
  const m = corpus.members.get('copy' as ArticleId)!;
  assert.equal(m.of, null, 'its original is not held: the merge/split pass treats it as an article of its own');
});

test('closed stories: only placing decides closings; a corpus restoring the placements and replaying the recorded changes holds the same stories at every article', () => {
  const placing = closing(3);
  const restoring = closing(3);
  const alone = closing(3);
  const recs = [...flood, ...others, later, rec('f3', FLOOD2.replace('Tuesday', 'Wednesday'), 12)];
  for (const r of recs) {
    const p = placing.add(r);
    const restore = (c: Corpus) => c.restore(r.id, r.lang.code, r.features!, p.story, p.topic, { reportDate: r.reportDate, relationOf: p.relation?.of ?? null });
    restore(restoring);
    restore(alone);
    for (const c of placing.takeChanges()) restoring.replay(c);
    assert.equal(alone.closed.size, 0, 'restoring alone closes nothing');
    assert.deepEqual([...restoring.stories.keys()].sort(), [...placing.stories.keys()].sort(), `open stories after ${r.id}`);
    assert.deepEqual([...restoring.members.keys()].sort(), [...placing.members.keys()].sort(), `articles held after ${r.id}`);
    assert.equal(restoring.closed.size, placing.closed.size);
  }
  assert.ok(placing.closed.size >= 2, `${placing.closed.size} closed`);
});

test('closed stories: a topic merged into another takes its closed stories along', () => {
  const corpus = closing(4);
  const { first, later: placed } = stream(corpus);
  const from = corpus.topics.get(first[0]!.topic)!;
  const into = corpus.topics.get(corpus.stories.get(corpus.members.get('o5' as ArticleId)!.story)!.topic)!;
  assert.notEqual(from.id, into.id);
  corpus.dropTopic(from, into.id);
  assert.equal(into.closed.has(first[0]!.story as StoryId), true);
  assert.ok(into.closedEarliest <= 1, 'the earliest closed article goes along: the older topic keeps its id in later merges');
  assert.equal(placed.topic, from.id);
});

test('closed stories: storyLimit is a whole number of articles, at least 1', () => {
  assert.equal(resolveConfig().storyLimit, 50_000);
  assert.throws(() => resolveConfig({ storyLimit: 0 }), /config: storyLimit must be a whole number of articles, at least 1, got 0/);
  assert.throws(() => resolveConfig({ storyLimit: 2.5 }), /storyLimit/);
});
