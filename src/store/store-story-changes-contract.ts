import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleId, storyId, topicId } from '../article.ts';
import { resolveConfig } from '../config.ts';
import { ingest, openCorpus } from '../ingest.ts';
import type { ReadResult } from '../read/read-inputs.ts';
import { rawArticle } from '../testing/raw-article.ts';
import { collect, type Store } from './store.ts';

const TEXTS: Array<[string, string]> = [
  ['a1', 'The central bank of Norway raised its key rate by 25 basis points to 4.75 percent on Thursday, citing persistent inflation.'],
  ['a2', 'The central bank of Norway raised its key rate by 25 basis points to 4.75 percent on Thursday, citing persistent inflation.'],
  ['b', 'Flooding in the Po valley forced 3,200 residents from their homes as the river rose above 9 metres near Cremona.'],
  ['c', 'Astronomers in Chile photographed a comet that will pass closest to the Sun in March, visible with binoculars.'],
];

async function* articles(): AsyncGenerator<ReadResult> {
  for (const [id, text] of TEXTS) yield { ok: true, article: rawArticle(id, text, { title: `Title of ${id}` }) };
}

/** The contract for the merge/split pass's changes: applied in order, recorded, kept across a reopen. */
export function storeStoryChangesContract(name: string, fresh: () => Promise<Store>, reopen: (s: Store) => Promise<Store>): void {
  const cfg = resolveConfig();

  test(`${name}: story changes move articles, found and remove stories, move stories between topics, and are recorded`, async () => {
    let store = await fresh();
    await ingest(articles(), store, await openCorpus(store, cfg), cfg);
    const before = new Map((await collect(store.articles())).map((a) => [a.id as string, a]));
    const [a1, a2, b, c] = ['a1', 'a2', 'b', 'c'].map((id) => before.get(id)!);
    assert.equal(a1!.story, a2!.story, 'the copy is in its original\'s story');
    assert.equal(new Set([a1!.story, b!.story, c!.story]).size, 3, 'three stories to start from');
    const split = storyId('s-split-test');
    await store.applyStoryChanges([
      { kind: 'move', from: a1!.story, into: split, articles: [articleId('a2')], created: true, topic: a1!.topic, score: 0.5 },
      { kind: 'merge', from: c!.story, into: b!.story, topic: b!.topic, score: 0.25 },
      { kind: 'topic', story: b!.story, from: b!.topic, into: a1!.topic, score: 0.3 },
    ]);
    const check = async () => {
      const now = new Map((await collect(store.articles())).map((a) => [a.id as string, a]));
      assert.equal(now.get('a1')!.story, a1!.story);
      assert.equal(now.get('a2')!.story, split);
      assert.equal(now.get('c')!.story, b!.story);
      for (const id of ['a1', 'a2', 'b', 'c']) assert.equal(now.get(id)!.topic, a1!.topic, `${id} is under the surviving topic`);
      assert.deepEqual((await store.stories()).map((s) => s.id).sort(), [a1!.story, b!.story, split].sort());
      assert.equal(await store.story(c!.story), null, 'the merged story is gone');
      const created = (await store.story(split))!;
      assert.equal(created.title, 'Title of a2');
      assert.equal(created.articles, 1);
      assert.equal(created.firstSeq, a2!.seq, 'a split-off story is as old as its first article');
      assert.deepEqual((await store.topic(a1!.topic))!.stories.map((s) => s.id).sort(), [a1!.story, b!.story, split].sort());
      const merged = await store.storyHistory(c!.story);
      assert.deepEqual(merged.map((h) => [h.kind, h.score]), [['merge', 0.25]]);
      assert.ok(merged[0]!.after >= c!.seq, 'recorded after the articles it moved were stored');
      assert.deepEqual((await store.storyHistory(b!.story)).map((h) => h.kind), ['merge', 'topic']);
      const moved = await store.storyHistory(split);
      assert.equal(moved.length, 1);
      assert.ok(moved[0]!.kind === 'move' && moved[0]!.created && moved[0]!.articles[0] === 'a2');
      const log = await collect(store.storyChanges());
      assert.equal(log.length, new Set([...merged, ...(await store.storyHistory(b!.story)), ...moved].map((h) => JSON.stringify(h))).size, 'the whole log: every change once');
      for (let i = 1; i < log.length; i++) assert.ok(log[i - 1]!.after <= log[i]!.after, 'oldest first');
      const state = new Map((await collect(store.loadState())).map((s) => [s.id as string, s]));
      assert.equal(state.get('a2')!.story, split);
      assert.equal(state.get('a2')!.relationOf, 'a1');
      assert.equal(state.get('c')!.topic, a1!.topic);
    };
    await check();
    store = await reopen(store);
    await check();
    await assert.rejects(store.applyStoryChanges([{ kind: 'merge', from: storyId('s-none'), into: b!.story, topic: topicId('t-none'), score: 0 }]), /unknown story "s-none"/);
    assert.equal((await store.storyHistory(b!.story)).length, 2, 'a rejected change records nothing');
    await store.close();
  });

  test(`${name}: a regroup change sets the topic a story is reported under, everywhere it is read, and leaves the one placement reads`, async () => {
    let store = await fresh();
    await ingest(articles(), store, await openCorpus(store, cfg), cfg);
    const before = new Map((await collect(store.articles())).map((a) => [a.id as string, a]));
    const [a1, b, c] = ['a1', 'b', 'c'].map((id) => before.get(id)!);
    const reported = topicId('t-regrouped-test');
    await store.applyStoryChanges([{ kind: 'regroup', story: b!.story, from: b!.topic, into: reported, score: 0.19 }]);
    const check = async () => {
      const rows = new Map((await collect(store.articles())).map((a) => [a.id as string, a]));
      assert.equal(rows.get('b')!.topic, reported, 'article rows give the reported topic');
      assert.equal(rows.get('a1')!.topic, a1!.topic, 'other stories keep theirs');
      assert.equal((await store.article(articleId('b')))!.topic, reported);
      assert.equal((await store.story(b!.story))!.topic, reported);
      assert.equal((await store.storyMembers(b!.story))[0]!.topic, reported);
      assert.deepEqual((await store.topic(reported))!.stories.map((s) => s.id), [b!.story]);
      assert.equal(await store.topic(topicId('t-none')), null);
      assert.deepEqual((await store.listStories({ topic: reported, limit: 10 })).items.map((s) => s.id), [b!.story]);
      if (b!.topic !== a1!.topic && b!.topic !== c!.topic) assert.equal(await store.topic(b!.topic), null, 'the placed topic is no longer listed');
      const state = new Map((await collect(store.loadState())).map((s) => [s.id as string, s]));
      assert.equal(state.get('b')!.topic, b!.topic, 'reopening reads the topic placement gave');
      assert.equal(state.get('b')!.reportedTopic, reported);
      assert.equal(state.get('a1')!.reportedTopic, null);
      assert.deepEqual((await store.storyHistory(b!.story)).map((h) => [h.kind, h.kind === 'regroup' ? h.into : null]), [['regroup', reported]]);
    };
    await check();
    store = await reopen(store);
    await check();
    // A later placement-level topic change leaves the reported topic as regrouping set it.
    await store.applyStoryChanges([{ kind: 'topic', story: b!.story, from: b!.topic, into: a1!.topic, score: 0.3 }]);
    assert.equal((await store.story(b!.story))!.topic, reported);
    assert.equal(new Map((await collect(store.loadState())).map((s) => [s.id as string, s])).get('b')!.topic, a1!.topic);
    await store.close();
  });
}
