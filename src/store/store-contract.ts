import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleId } from '../article.ts';
import { resolveConfig } from '../config.ts';
import { ingest, openCorpus } from '../ingest.ts';
import type { ReadResult } from '../read/read-inputs.ts';
import { rawArticle } from '../testing/raw-article.ts';
import { collect, type Store } from './store.ts';
import { storeQueryContract } from './store-query-contract.ts';

async function* fromArticles(items: Array<[string, string]>): AsyncGenerator<ReadResult> {
  for (const [id, text] of items) yield { ok: true, article: rawArticle(id, text, { title: `Title of ${id}`, published: '2025-03-14T08:00:00Z' }) };
}

const A = 'The central bank of Norway raised its key rate by 25 basis points to 4.75 percent on Thursday, citing persistent inflation.';
const B = 'Flooding in the Po valley forced 3,200 residents from their homes as the river rose above 9 metres near Cremona.';

/**
 * The contract every Store implementation must keep. Each backend's test file calls this with a
 * factory that opens a fresh store, and one that reopens the same store.
 */
export function storeContract(name: string, fresh: () => Promise<Store>, reopen: (s: Store) => Promise<Store>): void {
  const cfg = resolveConfig();

  test(`${name}: articles, placements and stories survive a reopen unchanged`, async () => {
    let store = await fresh();
    await ingest(fromArticles([['a', A], ['b', B], ['a2', A]]), store, await openCorpus(store, cfg), cfg);
    const before = { articles: await collect(store.articles()), stories: await store.stories(), detail: await store.article(articleId('b')) };
    store = await reopen(store);
    assert.deepEqual(await collect(store.articles()), before.articles);
    assert.deepEqual(await store.stories(), before.stories);
    assert.deepEqual(await store.article(articleId('b')), before.detail);
    assert.equal((await store.article(articleId('b')))!.text, B);
    assert.equal(await store.articleCount(), 3);
    const dup = before.articles.find((a) => a.id === 'a2')!;
    assert.equal(dup.relation?.kind, 'duplicate');
    assert.equal(dup.story, before.articles.find((a) => a.id === 'a')!.story);
    const story = (await store.story(dup.story))!;
    assert.equal(story.articles, 2);
    assert.equal(story.independent, 1);
    await store.close();
  });

  test(`${name}: ingesting the same input twice changes nothing`, async () => {
    let store = await fresh();
    const first = await ingest(fromArticles([['a', A], ['b', B]]), store, await openCorpus(store, cfg), cfg);
    assert.equal(first.stored, 2);
    const snapshot = await collect(store.articles());
    store = await reopen(store);
    const second = await ingest(fromArticles([['a', A], ['b', B]]), store, await openCorpus(store, cfg), cfg);
    assert.deepEqual({ stored: second.stored, unchanged: second.unchanged }, { stored: 0, unchanged: 2 });
    assert.deepEqual(await collect(store.articles()), snapshot);
    await store.close();
  });

  test(`${name}: a later run continues the stream where the store left it`, async () => {
    let store = await fresh();
    await ingest(fromArticles([['a', A]]), store, await openCorpus(store, cfg), cfg);
    store = await reopen(store);
    await ingest(fromArticles([['a-copy', A], ['b', B]]), store, await openCorpus(store, cfg), cfg);
    const rows = await collect(store.articles());
    assert.deepEqual(rows.map((r) => r.id), ['a', 'a-copy', 'b']);
    assert.equal(rows[1]!.relation?.of, 'a');
    assert.equal(rows[1]!.story, rows[0]!.story);
    assert.notEqual(rows[2]!.story, rows[0]!.story);
    await store.close();
  });

  test(`${name}: a changed article replaces the stored version`, async () => {
    const store = await fresh();
    await ingest(fromArticles([['a', A]]), store, await openCorpus(store, cfg), cfg);
    const report = await ingest(fromArticles([['a', B]]), store, await openCorpus(store, cfg), cfg);
    assert.equal(report.updated, 1);
    assert.equal(await store.articleCount(), 1);
    assert.equal((await store.article(articleId('a')))!.text, B);
    await store.close();
  });

  storeQueryContract(name, fresh, reopen);
}
